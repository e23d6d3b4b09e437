import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { linkTree, listFiles } from '../../src/node/files';

describe('linkTree (the search index into the cache and back)', () => {
  it('gives the same tree, each file a link to the same data, and leaves symbolic links out', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'link-tree-'));
    const from = path.join(work, 'fra');
    mkdirSync(path.join(from, 'fragment', 'dypere'), { recursive: true });
    writeFileSync(path.join(from, 'pagefind-entry.json'), '{"version":"1"}');
    writeFileSync(path.join(from, 'fragment', 'nb_1.pf_fragment'), 'a');
    writeFileSync(path.join(from, 'fragment', 'dypere', 'nb_2.pf_fragment'), 'b');
    writeFileSync(path.join(work, 'hemmelig.txt'), 'utenfor mappen');
    symlinkSync(path.join(work, 'hemmelig.txt'), path.join(from, 'lenke.txt'));

    const to = path.join(work, 'til');
    linkTree(from, to);

    const relative = (root: string) => listFiles(root).map((f) => path.relative(root, f));
    expect(relative(to)).toEqual(['fragment/dypere/nb_2.pf_fragment', 'fragment/nb_1.pf_fragment', 'pagefind-entry.json']);
    expect(existsSync(path.join(to, 'lenke.txt'))).toBe(false);
    for (const file of relative(to)) {
      expect(readFileSync(path.join(to, file), 'utf8')).toBe(readFileSync(path.join(from, file), 'utf8'));
      expect(statSync(path.join(to, file)).ino).toBe(statSync(path.join(from, file)).ino);
    }
  });
});
