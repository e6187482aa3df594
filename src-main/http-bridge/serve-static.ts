import { createReadStream, existsSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServerResponse } from 'node:http';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
};

/** The built renderer (electron-vite's out/renderer), found from this file in source and in the bundle. */
export function findRendererDir(): string | null {
  if (process.env.OUTREACH_RENDERER_DIR) return resolve(process.env.OUTREACH_RENDERER_DIR);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'out', 'renderer');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    if (existsSync(join(dir, 'renderer', 'index.html')) && dir.endsWith(`${sep}out`)) return join(dir, 'renderer');
    dir = dirname(dir);
  }
  return null;
}

/** Serves a file of the renderer folder; unknown paths get index.html (the app routes by hash). */
export function serveStatic(rootDir: string, urlPath: string, res: ServerResponse, headers: Record<string, string>): void {
  const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const candidate = normalize(join(rootDir, decoded));
  // Never serve outside the renderer folder, whatever ../ or encoded trickery the path holds.
  const inside = candidate === rootDir || candidate.startsWith(rootDir + sep);
  let file = inside && existsSync(candidate) && statSync(candidate).isFile() ? candidate : join(rootDir, 'index.html');
  if (!inside) file = join(rootDir, 'index.html');
  const type = contentTypes[extname(file)] ?? 'application/octet-stream';
  const isHtml = type.startsWith('text/html');
  res.writeHead(200, {
    ...headers,
    'Content-Type': type,
    'Cache-Control': isHtml ? 'no-store' : 'public, max-age=31536000, immutable',
  });
  createReadStream(file).pipe(res);
}
