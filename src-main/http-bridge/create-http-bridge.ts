import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { productionCsp } from '../../src-shared/domain/content-security-policy';
import type { Envelope } from '../../src-shared/errors';
import type { AppContext } from '../context';
import type { Router } from '../rpc/router';
import { hasValidToken, isAllowedHost, isAllowedOrigin } from './request-guards';
import { serveStatic } from './serve-static';

/** A streaming endpoint beside /rpc (file uploads, downloads); it gets the request after the guards. */
export interface BridgeRoute {
  method: 'GET' | 'POST' | 'PUT';
  /** Matched as a prefix, e.g. '/upload/'. */
  prefix: string;
  /** The route checks a credential of its own (e.g. a one-time download ticket) instead of the bearer token. */
  ownCredential?: boolean;
  handle(req: IncomingMessage, res: ServerResponse, ctx: AppContext): Promise<void> | void;
}

export interface HttpBridgeOptions {
  router: Router;
  ctx: AppContext;
  rendererDir: string | null;
  port?: number;
  token?: string;
  routes?: BridgeRoute[];
  maxBodyBytes?: number;
}

export interface HttpBridge {
  url: string;
  token: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

const securityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...securityHeaders, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function sendError(
  res: ServerResponse,
  status: number,
  code: 'UNAUTHORIZED' | 'INVALID_INPUT' | 'UNKNOWN_PROCEDURE',
  message: string,
): void {
  const envelope: Envelope<never> = { ok: false, error: { code, message } };
  sendJson(res, status, envelope);
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error(`The request body is larger than ${limit} bytes.`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The loopback HTTP face of the router: the same procedures the Electron window calls, for browser
 * tests, screenshots and scripts. 127.0.0.1 only, a random token, Host and Origin checked.
 */
export async function startHttpBridge(options: HttpBridgeOptions): Promise<HttpBridge> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const maxBody = options.maxBodyBytes ?? 10 * 1024 * 1024;
  const sseClients = new Set<ServerResponse>();
  let port = 0;

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      options.ctx.log.error('http bridge request failed', error);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'The bridge failed to answer.' } });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isAllowedHost(req.headers.host, port)) return sendError(res, 403, 'UNAUTHORIZED', 'Unexpected Host header.');
    if (!isAllowedOrigin(req.headers.origin, port)) return sendError(res, 403, 'UNAUTHORIZED', 'Requests from other origins are refused.');
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const isApi = path.startsWith('/rpc/') || path === '/events' || (options.routes ?? []).some((r) => path.startsWith(r.prefix));

    if (!isApi) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, 'UNAUTHORIZED', 'Only GET is served here.');
      if (!options.rendererDir) {
        res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('The renderer is not built. Run `npm run build` first.');
        return;
      }
      return serveStatic(options.rendererDir, path, res, {
        ...securityHeaders,
        'Content-Security-Policy': `${productionCsp}; frame-ancestors 'none'`,
      });
    }

    const ownCredential = (options.routes ?? []).some((r) => r.ownCredential && path.startsWith(r.prefix));
    if (!ownCredential && !hasValidToken(req.headers.authorization, token)) return sendError(res, 401, 'UNAUTHORIZED', 'A valid bearer token is required.');

    if (path === '/events' && req.method === 'GET') {
      res.writeHead(200, {
        ...securityHeaders,
        'Content-Type': 'text/event-stream',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      sseClients.add(res);
      req.on('close', () => sseClients.delete(res));
      return;
    }

    if (path.startsWith('/rpc/')) {
      if (req.method !== 'POST') return sendError(res, 405, 'INVALID_INPUT', 'Use POST with a JSON body.');
      // A JSON content type cannot be sent by a plain HTML form: one more stop for cross-site posts.
      const type = req.headers['content-type'] ?? '';
      const raw = await readBody(req, maxBody).catch((e: Error) => e);
      if (raw instanceof Error) return sendError(res, 413, 'INVALID_INPUT', raw.message);
      if (raw.trim() && !type.startsWith('application/json'))
        return sendError(res, 415, 'INVALID_INPUT', 'The body must be application/json.');
      let input: unknown = {};
      if (raw.trim()) {
        try {
          input = JSON.parse(raw);
        } catch {
          return sendError(res, 400, 'INVALID_INPUT', 'The body is not valid JSON.');
        }
      }
      const name = decodeURIComponent(path.slice('/rpc/'.length));
      const envelope = await options.router.call(name, input);
      return sendJson(res, 200, envelope);
    }

    const route = (options.routes ?? []).find((r) => path.startsWith(r.prefix) && r.method === req.method);
    if (route) return route.handle(req, res, options.ctx);
    return sendError(res, 404, 'UNKNOWN_PROCEDURE', `Nothing is served at ${path}.`);
  }

  const unsubscribe = options.ctx.events.subscribe((name, payload) => {
    const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const client of sseClients) client.write(frame);
  });
  const keepAlive = setInterval(() => {
    for (const client of sseClients) client.write(': keep-alive\n\n');
  }, 15_000);
  keepAlive.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    port,
    server,
    async close() {
      unsubscribe();
      clearInterval(keepAlive);
      for (const client of sseClients) client.end();
      sseClients.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
