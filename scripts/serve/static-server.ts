import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

/** A route served from memory instead of a folder: path (starting with /) to HTML. */
export type ExtraPages = Record<string, () => Promise<string>>;

/**
 * Serves `roots` (first match wins) and `extraPages` on 127.0.0.1:port.
 * Paths are resolved inside a root, so `..` cannot escape it.
 */
export async function serveStatic(roots: string[], port: number, extraPages: ExtraPages = {}): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    respond(roots, path, extraPages).then(
      ({ status, type, body }) => {
        response.writeHead(status, { 'content-type': type });
        response.end(body);
      },
      () => {
        response.writeHead(500);
        response.end('server error');
      },
    );
  });
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolvePromise());
  });
  return server;
}

async function respond(roots: string[], path: string, extraPages: ExtraPages) {
  const extra = extraPages[path];
  if (extra) return { status: 200, type: contentTypes['.html'], body: await extra() };
  for (const root of roots) {
    const file = await findFile(root, path);
    if (file) return { status: 200, type: contentTypes[extname(file)] ?? 'application/octet-stream', body: await readFile(file) };
  }
  return { status: 404, type: contentTypes['.txt'], body: 'not found' };
}

async function findFile(root: string, path: string): Promise<string | null> {
  const base = resolve(root);
  const candidate = resolve(join(base, normalize(path)));
  if (candidate !== base && !candidate.startsWith(base + sep)) return null;
  const info = await stat(candidate).catch(() => null);
  if (info?.isFile()) return candidate;
  if (info?.isDirectory()) return findFile(candidate, 'index.html');
  return null;
}
