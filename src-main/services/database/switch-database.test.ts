import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openApp } from '../../start/open-app';
import { silentLogger } from '../../context';
import { createServerDatabase, testServerUrl } from '../../testing/test-db';
import { testServerConnection } from './test-server-connection';

const dataDir = mkdtempSync(join(tmpdir(), 'outreach-desk-switch-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function open() {
  return openApp({ dataDir, shell: 'cli', log: silentLogger, background: false });
}

describe('choosing the database', () => {
  it('reports the server’s own words for a URL that does not work, and changes nothing', async () => {
    const refused = await testServerConnection('postgres://nobody@127.0.0.1:1/none', 3_000);
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(/ECONNREFUSED|connect/i);

    const app = await open();
    try {
      const result = await app.router.call('database.useServer', { url: 'postgres://nobody@127.0.0.1:1/none' });
      expect(result).toMatchObject({ ok: false, error: { code: 'DATABASE_UNAVAILABLE', message: expect.stringContaining('Could not connect') } });
      const status = await app.router.call('database.status', {});
      expect(status).toMatchObject({ ok: true, data: { mode: 'embedded', nextStart: null } });
    } finally {
      await app.close();
    }
  });

  it.skipIf(!testServerUrl())('switches to a server from the next start, keeps its password sealed, and switches back', async () => {
    const server = await createServerDatabase(testServerUrl()!);
    // The server trusts local connections, so any password works; it must still never be stored in clear.
    const url = new URL(server.url);
    url.username = 'postgres';
    url.password = 'Sup3r-Secret';
    try {
      let app = await open();
      try {
        const test = await app.router.call('database.testConnection', { url: url.toString() });
        expect(test).toMatchObject({ ok: true, data: { ok: true, serverVersion: expect.any(String) } });
        const switched = await app.router.call('database.useServer', { url: url.toString() });
        expect(switched).toMatchObject({ ok: true, data: { mode: 'embedded', nextStart: { mode: 'server', location: expect.stringContaining('****') } } });
        expect(readFileSync(join(dataDir, 'config.json'), 'utf8')).not.toContain('Sup3r-Secret');
      } finally {
        await app.close();
      }

      app = await open();
      try {
        expect(app.ctx.database.mode).toBe('server');
        const status = await app.router.call('database.status', {});
        expect(status).toMatchObject({ ok: true, data: { mode: 'server', nextStart: null, schemaVersion: { pending: 0 } } });
        expect(JSON.stringify(status)).not.toContain('Sup3r-Secret');
        const back = await app.router.call('database.useEmbedded', {});
        expect(back).toMatchObject({ ok: true, data: { mode: 'server', nextStart: { mode: 'embedded' } } });
      } finally {
        await app.close();
      }

      app = await open();
      try {
        expect(app.ctx.database.mode).toBe('embedded');
      } finally {
        await app.close();
      }
    } finally {
      await server.drop();
    }
  });
});
