/** Turns the W3C Nu checker's JSON output into lines a person can act on: `file:line:column: message`. */

export interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

export interface VnuProblem { file: string; line: number; column: number; message: string; extract?: string }

/** Errors only (warnings and info are left out), with `file:` URLs made relative to `root`. */
export function vnuProblems(json: string, root: string): VnuProblem[] {
  const parsed = JSON.parse(json) as { messages?: VnuMessage[] };
  const base = root.endsWith('/') ? root : `${root}/`;
  return (parsed.messages ?? [])
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => {
      const path = decodeURIComponent((m.url ?? '').replace(/^file:(\/\/)?/, ''));
      return {
        file: path.startsWith(base) ? path.slice(base.length) : path,
        line: m.lastLine ?? m.firstLine ?? 0,
        column: m.firstColumn ?? m.lastColumn ?? 0,
        message: m.message,
        extract: m.extract?.replace(/\s+/g, ' ').trim().slice(0, 160),
      };
    })
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

export function formatVnuProblems(problems: VnuProblem[]): string {
  return problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}${p.extract ? `\n    ${p.extract}` : ''}`).join('\n');
}
