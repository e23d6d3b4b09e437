/**
 * The build's zipper for the office downloads: yazl with zlib, whose deflate runs in Node's thread
 * pool, so the second core compresses while the first renders pages (fflate compresses on the main
 * thread). Fixed times and no extra fields: the same document gives the same bytes, and the ODF
 * `mimetype` entry stays plain as the standard asks. Importing this module switches the writers to it.
 */
import yazl from 'yazl';
import { useZipper, ZIP_TIME, type Zipper } from '../lib/export/writers/xml';

export const zlibZipper: Zipper = (parts) =>
  new Promise((resolve, reject) => {
    const zip = new yazl.ZipFile();
    for (const part of parts) {
      zip.addBuffer(Buffer.from(part.content, 'utf8'), part.name, { mtime: ZIP_TIME, compress: !part.store, forceDosTimestamp: true });
    }
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    zip.outputStream.on('error', reject);
    zip.end();
  });

useZipper(zlibZipper);
