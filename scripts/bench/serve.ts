/**
 * Serves a built site the way a static host does, so that what the browser receives is what a
 * reader would: gzip (node:zlib) for compressible types when the request accepts it, with
 * `Content-Encoding` and `Vary`; Pagefind's index files, which Pagefind gzips itself, as they are
 * (application/octet-stream). Every response is logged with the bytes written for its body.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};
/** Types worth compressing on the fly. */
export const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.wasm', '.xml', '.txt']);
/** Pagefind writes these already gzipped (they start with 1f 8b) and decompresses them itself in the browser. */
export const PRECOMPRESSED = new Set(['.pf_fragment', '.pf_index', '.pf_meta', '.pf_filter', '.pagefind']);

/** Whether an Accept-Encoding header allows gzip (an explicit `gzip;q=0` refuses it; `*` allows it unless gzip is refused). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  const q = new Map(
    header.split(',').map((part) => {
      const [name, ...params] = part.trim().toLowerCase().split(';');
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return [name!.trim(), qParam ? Number(qParam.slice(2)) : 1] as const;
    }),
  );
  const gzip = q.get('gzip') ?? q.get('x-gzip');
  if (gzip !== undefined) return gzip > 0;
  return (q.get('*') ?? 0) > 0;
}

export interface ServingPlan {
  contentType: string;
  /** Compress this response now. */
  gzip: boolean;
  /** The response depends on Accept-Encoding (send `Vary`). */
  vary: boolean;
}

/** How a static host serves a file, decided by its name and the request's Accept-Encoding. */
export function servingPlan(file: string, acceptEncoding: string | undefined): ServingPlan {
  const ext = path.extname(file).toLowerCase();
  if (PRECOMPRESSED.has(ext)) return { contentType: 'application/octet-stream', gzip: false, vary: false };
  const compressible = COMPRESSIBLE.has(ext);
  return { contentType: TYPES[ext] ?? 'application/octet-stream', gzip: compressible && acceptsGzip(acceptEncoding), vary: compressible };
}

export interface Served {
  path: string;
  status: number;
  contentType: string;
  /** Size of the file. */
  rawBytes: number;
  /** Body bytes written to the wire (compressed when gzip was used). */
  sentBytes: number;
  gzip: boolean;
}

export interface StaticServer {
  url: string;
  /** Responses finished since the last take(). */
  take(): Served[];
  /** Requests started and not yet answered. */
  inFlight(): number;
  /** Resolves when no request has started or been open for `quietMs`. */
  quiet(quietMs?: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** Listens on the first free port from 4481 (the range this project's tools use). */
export async function serveStatic(siteDir: string, firstPort = 4481): Promise<StaticServer> {
  const dir = path.resolve(siteDir);
  let log: Served[] = [];
  let open = 0;
  let lastActivity = Date.now();
  const gzipCache = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    open++;
    lastActivity = Date.now();
    res.on('close', () => {
      open--;
      lastActivity = Date.now();
    });
    const url = new URL(req.url ?? '/', 'http://x');
    const pathname = decodeURIComponent(url.pathname);
    let file = path.join(dir, pathname);
    if (path.relative(dir, file).startsWith('..')) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) return void res.writeHead(301, { Location: `${pathname}/${url.search}` }).end();
      file = path.join(file, 'index.html');
    }
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = path.join(dir, '404.html');
      if (!existsSync(file)) return void res.writeHead(404).end();
    }
    const plan = servingPlan(file, req.headers['accept-encoding']);
    const raw = readFileSync(file);
    let body: Buffer = raw;
    if (plan.gzip) {
      body = gzipCache.get(file) ?? gzipSync(raw);
      gzipCache.set(file, body);
    }
    const headers: Record<string, string | number> = { 'Content-Type': plan.contentType, 'Content-Length': body.length, 'Cache-Control': 'no-cache' };
    if (plan.gzip) headers['Content-Encoding'] = 'gzip';
    if (plan.vary) headers.Vary = 'Accept-Encoding';
    res.writeHead(status, headers).end(body);
    log.push({ path: pathname, status, contentType: plan.contentType, rawBytes: raw.length, sentBytes: body.length, gzip: plan.gzip });
  });
  const port = await listen(server, firstPort);
  return {
    url: `http://127.0.0.1:${port}`,
    take: () => {
      const taken = log;
      log = [];
      return taken;
    },
    inFlight: () => open,
    quiet: async (quietMs = 500, timeoutMs = 15_000) => {
      const until = Date.now() + timeoutMs;
      while (Date.now() < until && (open > 0 || Date.now() - lastActivity < quietMs)) await new Promise((r) => setTimeout(r, 50));
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function listen(server: Server, port: number, last = port + 18): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' && port < last) resolve(listen(server, port + 1, last));
      else reject(error);
    });
    server.listen(port, '127.0.0.1', () => resolve(port));
  });
}
