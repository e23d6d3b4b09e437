/**
 * The build zips office files with yazl/zlib (src/node/zip.ts), the browser with fflate: both must
 * give the same parts, read back by JSZip, with ODF's plain `mimetype` first and fixed bytes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { fflateZipper, useZipper, zipParts, type Zipper } from '../../src/lib/export/writers/xml';
import { zlibZipper } from '../../src/node/zip';

const parts: [string, string][] = [
  ['mimetype', 'application/vnd.oasis.opendocument.text'],
  ['content.xml', `<?xml version="1.0"?><office:document-content>${'<text:p>Kravet skal oppfylles – æøå</text:p>'.repeat(200)}</office:document-content>`],
  ['META-INF/manifest.xml', '<manifest/>'],
];

async function readBack(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  return Promise.all(Object.values(zip.files).map(async (f) => [f.name, await f.async('string')] as [string, string]));
}

/** The first local file header: compression method, extra field length and where the content starts. */
function firstEntry(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const nameLength = view.getUint16(26, true);
  const extraLength = view.getUint16(28, true);
  const name = new TextDecoder().decode(bytes.subarray(30, 30 + nameLength));
  const start = 30 + nameLength + extraLength;
  return { method: view.getUint16(8, true), extraLength, name, start };
}

describe.each<[string, Zipper]>([
  ['zlib (the build)', zlibZipper],
  ['fflate (the browser)', fflateZipper],
])('zipParts with %s', (_label, zipper) => {
  afterEach(() => useZipper(zlibZipper));

  it('keeps every part, in order, with ODF mimetype stored plain at the start of the file', async () => {
    useZipper(zipper);
    const bytes = await zipParts(parts, true);
    expect(await readBack(bytes)).toEqual(parts);
    const first = firstEntry(bytes);
    expect(first).toMatchObject({ method: 0, extraLength: 0, name: 'mimetype', start: 38 });
    expect(new TextDecoder().decode(bytes.subarray(38, 38 + parts[0]![1].length))).toBe(parts[0]![1]);
    expect(Buffer.from(await zipParts(parts, true)).equals(Buffer.from(bytes))).toBe(true);
    // No extended timestamp ("UT") anywhere: it is written in UTC, so the bytes would follow the time zone.
    expect(Buffer.from(bytes).includes(Buffer.from([0x55, 0x54, 0x05, 0x00]))).toBe(false);
  });

  it('compresses the other parts', async () => {
    useZipper(zipper);
    const bytes = await zipParts(parts, false);
    expect(firstEntry(bytes).method).toBe(8);
    expect(bytes.length).toBeLessThan(parts[1]![1].length / 4);
  });
});
