import type { SourceRule } from '../types';
import { firstMatch } from './control-character';

/** Bidirectional overrides and isolates can make text read differently from how it is stored. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

export const bidiCharacter: SourceRule = {
  name: 'bidi-character',
  description: 'bidirectional override and isolate characters (U+202E and friends) anywhere in a file',
  check: ({ file, text }) =>
    firstMatch(file, text, BIDI, (code) => `filen har et usynlig retningstegn (U+${code}) som kan få teksten til å se annerledes ut enn den er; slett det`),
};
