import type { Problem, SourceRule } from '../types';

// Tab and newline are text; carriage returns are reported as Windows line endings elsewhere.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/;

export function firstMatch(file: string, text: string, pattern: RegExp, message: (code: string) => string): Problem[] {
  const index = text.search(pattern);
  if (index < 0) return [];
  const code = text.codePointAt(index)!.toString(16).toUpperCase().padStart(4, '0');
  const line = text.slice(0, index).split('\n').length;
  return [{ file, line, field: '(fil)', message: message(code) }];
}

export const controlCharacter: SourceRule = {
  name: 'control-character',
  description: 'NUL and other control characters, which break the feeds and office downloads',
  check: ({ file, text }) =>
    firstMatch(file, text, CONTROL, (code) => `filen har et kontrolltegn (U+${code}) som ikke hører hjemme i tekst; slett det (det ødelegger nyhetsstrømmer og nedlastinger)`),
};
