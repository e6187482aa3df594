import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createTestRouter } from '../testing/test-app';
import { useTestDatabase } from '../testing/test-db';
import { startHttpBridge, type HttpBridge } from './create-http-bridge';
import { isAllowedOrigin } from './request-guards';

/** A raw request, so the test controls Host and Origin exactly as an attacker could. */
function send(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

describe('HTTP bridge', () => {
  const t = useTestDatabase();
  let bridge: HttpBridge;
  let ctx: ReturnType<typeof createTestContext>;
  const rendererDir = mkdtempSync(join(tmpdir(), 'outreach-desk-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Outreach Desk</title>');
  writeFileSync(join(rendererDir, 'app.js'), 'console.log(1)');

  beforeAll(async () => {
    ctx = createTestContext(t());
    bridge = await startHttpBridge({ router: createTestRouter(ctx), ctx, rendererDir });
  });
  afterAll(() => bridge.close());

  const host = () => ({ Host: `127.0.0.1:${bridge.port}` });
  const auth = () => ({ ...host(), Authorization: `Bearer ${bridge.token}`, 'Content-Type': 'application/json' });

  it('listens on 127.0.0.1 only and prints a URL with the token', () => {
    expect(bridge.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/?token=${bridge.token}`);
    expect(bridge.token.length).toBeGreaterThanOrEqual(32);
  });

  it('calls a procedure with the token and returns the envelope', async () => {
    const res = await send(bridge.port, { method: 'POST', path: '/rpc/app.info', headers: auth(), body: '{}' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, data: { name: 'Outreach Desk' } });
    const empty = await send(bridge.port, { method: 'POST', path: '/rpc/settings.get', headers: auth() });
    expect(JSON.parse(empty.body)).toMatchObject({ ok: true });
  });

  it('refuses calls without the right token', async () => {
    for (const authorization of [undefined, 'Bearer wrong', `Basic ${bridge.token}`, `Bearer ${bridge.token}x`]) {
      const headers: Record<string, string> = { ...host(), 'Content-Type': 'application/json' };
      if (authorization) headers.Authorization = authorization;
      const res = await send(bridge.port, { method: 'POST', path: '/rpc/app.info', headers, body: '{}' });
      expect(res.status).toBe(401);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    }
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin (cross-site), even with the token', async () => {
    const rebinding = await send(bridge.port, {
      method: 'POST',
      path: '/rpc/app.info',
      headers: { ...auth(), Host: `evil.example:${bridge.port}` },
      body: '{}',
    });
    expect(rebinding.status).toBe(403);
    const crossSite = await send(bridge.port, {
      method: 'POST',
      path: '/rpc/app.info',
      headers: { ...auth(), Origin: 'https://evil.example' },
      body: '{}',
    });
    expect(crossSite.status).toBe(403);
    const sameOrigin = await send(bridge.port, {
      method: 'POST',
      path: '/rpc/app.info',
      headers: { ...auth(), Origin: `http://127.0.0.1:${bridge.port}` },
      body: '{}',
    });
    expect(sameOrigin.status).toBe(200);
    expect(isAllowedOrigin('null', bridge.port)).toBe(false);
    expect(isAllowedOrigin(`http://127.0.0.1:${bridge.port}.evil.example`, bridge.port)).toBe(false);
  });

  it('refuses form posts and bad JSON with a clear error', async () => {
    const form = await send(bridge.port, {
      method: 'POST',
      path: '/rpc/settings.set',
      headers: { ...auth(), 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'key=x',
    });
    expect(form.status).toBe(415);
    const bad = await send(bridge.port, { method: 'POST', path: '/rpc/settings.set', headers: auth(), body: '{nope' });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'The body is not valid JSON.' } });
  });

  it('serves the renderer with a strict CSP and never a file outside it', async () => {
    const page = await send(bridge.port, { path: '/', headers: host() });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Outreach Desk');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const asset = await send(bridge.port, { path: '/app.js', headers: host() });
    expect(asset.body).toBe('console.log(1)');
    const traversal = await send(bridge.port, { path: '/../../../../etc/passwd', headers: host() });
    expect(traversal.body).not.toContain('root:');
    const encoded = await send(bridge.port, { path: '/%2e%2e/%2e%2e/%2e%2e/etc/passwd', headers: host() });
    expect(encoded.body).not.toContain('root:');
  });

  it('streams events to an authorised subscriber', async () => {
    const received = await new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: bridge.port, path: '/events', headers: auth() }, (res) => {
        expect(res.headers['content-type']).toBe('text/event-stream');
        let buffer = '';
        res.on('data', (chunk: Buffer) => {
          buffer += chunk.toString();
          if (buffer.includes('settings.changed')) {
            req.destroy();
            resolve(buffer);
          }
        });
        setTimeout(() => ctx.events.emit('settings.changed', { key: 'profile.name' }), 50);
      });
      req.on('error', reject);
      req.end();
    });
    expect(received).toContain('event: settings.changed\ndata: {"key":"profile.name"}');
    const anonymous = await send(bridge.port, { path: '/events', headers: host() });
    expect(anonymous.status).toBe(401);
  });
});
