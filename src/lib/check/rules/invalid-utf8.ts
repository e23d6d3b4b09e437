import type { SourceRule } from '../types';

export const invalidUtf8: SourceRule = {
  name: 'invalid-utf8',
  description: 'a file that is not valid UTF-8 (for example saved as Latin-1 / Windows-1252)',
  check({ file, bytes }) {
    if (!bytes) return [];
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return [];
    } catch {
      // Find the first bad byte: decode growing prefixes is slow; scan the sequence rules instead.
      const offset = firstInvalidUtf8(bytes);
      let line = 1;
      for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
      return [{ file, line, field: '(fil)', message: 'filen er ikke lagret som UTF-8 (for eksempel æ, ø og å fra Latin-1 eller Windows-1252); lagre den som «UTF-8»' }];
    }
  },
};

export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}
