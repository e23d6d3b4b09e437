/** Finds ```mermaid fences in a Markdown/MDX body, with the file line where each starts. */
export interface Fence { line: number; code: string }

export function mermaidFences(body: string, bodyStartLine: number): Fence[] {
  const fences: Fence[] = [];
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*mermaid\b/.exec(lines[i]!);
    if (!open) continue;
    const marker = open[2]!;
    const start = i;
    const code: string[] = [];
    for (i++; i < lines.length && !lines[i]!.trim().startsWith(marker); i++) code.push(lines[i]!);
    fences.push({ line: bodyStartLine + start, code: code.join('\n') });
  }
  return fences;
}
