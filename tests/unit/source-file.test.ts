import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../src/lib/source-file';
import { mermaidFences } from '../../src/lib/mermaid-fences';
import { accessibleSvg } from '../../src/lib/svg';

describe('parseContentFile', () => {
  it('knows the file line of nested fields', () => {
    const result = parseContentFile('a.mdx', '---\nid: x\nlist:\n  - a\n  - b\n---\nBody\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.parsed.lineOf(['id'])).toBe(2);
    expect(result.parsed.lineOf(['list', 1])).toBe(5);
    expect(result.parsed.lineOf(['missing'])).toBe(2);
    expect(result.parsed.bodyStartLine).toBe(7);
  });
  it('reports YAML errors with their line', () => {
    const result = parseContentFile('a.mdx', '---\nid: x\nstatus: [utkast\n---\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]!.field).toBe('(YAML)');
  });
  it('reads plain YAML files', () => {
    const result = parseContentFile('r.yaml', 'requirements:\n  - id: A\n');
    expect(result.ok && result.parsed.lineOf(['requirements', 0, 'id'])).toBe(2);
  });
});

it('finds mermaid fences with their file line', () => {
  expect(mermaidFences('Tekst\n\n```mermaid\nflowchart LR\n  a --> b\n```\n', 10)).toEqual([{ line: 12, code: 'flowchart LR\n  a --> b' }]);
});

it('gives a rendered SVG an accessible name from its caption', () => {
  const svg = accessibleSvg('<svg id="x" role="graphics-document document" aria-roledescription="flowchart-v2"><g/></svg>', 'cap');
  expect(svg).toBe('<svg id="x" role="img" aria-labelledby="cap" focusable="false"><g/></svg>');
});
