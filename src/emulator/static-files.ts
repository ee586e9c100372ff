// `split-ship-emulator --static DIR`: serves a folder next to the API, so a page and the
// Storefront API share one origin as they do on a store (the REST API answers same-origin only).
import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticOptions {
  /** Extra response headers (a Content-Security-Policy to try a page under). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** Answers GET/HEAD for files under `dir` (index.html for a folder); 404 for anything else. */
export function serveStatic(dir: string, options: StaticOptions = {}) {
  const base = resolve(dir);
  return (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://static.local');
    let path: string;
    try {
      path = normalize(join(base, decodeURIComponent(url.pathname)));
    } catch {
      return answer(res, 400, 'Bad path');
    }
    if (path !== base && !path.startsWith(base + sep)) return answer(res, 403, 'Outside the served folder');
    if (req.method !== 'GET' && req.method !== 'HEAD') return answer(res, 405, 'Method not allowed');
    let file = path;
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!statSync(file).isFile()) return answer(res, 404, 'Not found');
    } catch {
      return answer(res, 404, 'Not found');
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...options.headers });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file).pipe(res);
  };
}

function answer(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}
