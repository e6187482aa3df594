import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliProcess, startCliProcess } from '../testing/spawn-cli';

const dataDir = mkdtempSync(join(tmpdir(), 'outreach-desk-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('outreach-desk command', () => {
  it('prints help listing its commands', () => {
    const help = runCliProcess(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['db migrate', 'db status', 'serve']) expect(help.stdout).toContain(command);
    const unknown = runCliProcess(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command: frobnicate');
  });

  it('migrates a new data folder and reports all 18 tables as JSON', () => {
    const migrate = runCliProcess(['db', 'migrate', '--data-dir', dataDir]);
    expect(migrate.code, migrate.stderr).toBe(0);
    expect(existsSync(join(dataDir, 'database'))).toBe(true);
    const status = runCliProcess(['db', 'status', '--data-dir', dataDir, '--json']);
    expect(status.code, status.stderr).toBe(0);
    const parsed = JSON.parse(status.stdout) as { mode: string; location: string; tables: { table: string; rows: number }[]; schemaVersion: { pending: number } };
    expect(parsed.mode).toBe('embedded');
    expect(parsed.location).toBe(join(dataDir, 'database'));
    expect(parsed.tables.filter((t) => ['leads', 'campaigns', 'emails', 'settings', 'activity_log'].includes(t.table))).toHaveLength(5);
    expect(parsed.tables.length).toBeGreaterThanOrEqual(18);
    expect(parsed.schemaVersion.pending).toBe(0);
  });

  it('rejects a bad option with the usage and exit code 2', () => {
    const bad = runCliProcess(['db', 'status', '--data-dir', dataDir, '--jsn']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Usage: outreach-desk db status');
  });

  it('lets only one process open a data folder, names the holder, and the folder opens again afterwards', async () => {
    const first = await startCliProcess(['serve', '--json', '--no-sending', '--data-dir', dataDir]);
    try {
      const served = JSON.parse(first.firstLine) as { url: string; token: string; port: number };
      expect(served.url).toBe(`http://127.0.0.1:${served.port}/?token=${served.token}`);

      const second = runCliProcess(['serve', '--json', '--no-sending', '--data-dir', dataDir]);
      expect(second.code).not.toBe(0);
      expect(second.stderr).toContain(`pid ${first.child.pid}`);
      expect(second.stderr).toContain('already open in another Outreach Desk process');
      const status = runCliProcess(['db', 'status', '--data-dir', dataDir]);
      expect(status.code).not.toBe(0);

      // The first one is unharmed by the attempt.
      const info = await fetch(`http://127.0.0.1:${served.port}/rpc/app.info`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${served.token}`, 'Content-Type': 'application/json' },
        body: '{}',
      }).then((r) => r.json());
      expect(info).toMatchObject({ ok: true });
    } finally {
      expect(await first.stop()).toBe(0);
    }
    expect(existsSync(join(dataDir, 'database.lock'))).toBe(false);
    const reopened = runCliProcess(['db', 'status', '--data-dir', dataDir, '--json']);
    expect(reopened.code, reopened.stderr).toBe(0);
  });

  it('takes over the lock of a process that died without closing', () => {
    const crashed = runCliProcess(['db', 'migrate', '--data-dir', dataDir], {}, undefined);
    expect(crashed.code).toBe(0);
    // Simulate a crash: a lock file naming a process that no longer exists.
    const lockPath = join(dataDir, 'database.lock');
    writeFileSync(lockPath, JSON.stringify({ pid: 2 ** 22 - 1, hostname: hostname(), command: 'crashed', startedAt: new Date().toISOString() }));
    const status = runCliProcess(['db', 'status', '--data-dir', dataDir, '--json']);
    expect(status.code, status.stderr).toBe(0);
  });
});
