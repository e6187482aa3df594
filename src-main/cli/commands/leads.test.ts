import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli';
import { createExportTickets } from '../../services/leads/export-tickets';

const dataDir = mkdtempSync(join(tmpdir(), 'outreach-desk-cli-leads-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...argv, '--data-dir', dataDir], { out: (l) => out.push(l), err: (l) => err.push(l), stdin: new PassThrough(), interrupted: new Promise(() => undefined) }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('outreach-desk leads', () => {
  it('seeds synthetic leads and exports them, all or by status and search', async () => {
    const seeded = await cli('leads', 'seed', '--count', '400');
    expect(seeded.code, seeded.err).toBe(0);
    expect(seeded.out).toMatch(/Added 400 synthetic leads \(400 scored\)/);

    const all = join(dataDir, 'all.csv');
    expect((await cli('leads', 'export', '--out', all)).out).toMatch(/Exported 400 leads/);
    expect(readFileSync(all, 'utf8').trimEnd().split('\n')).toHaveLength(401);

    const some = join(dataDir, 'some.csv');
    const result = await cli('leads', 'export', '--out', some, '--status', 'new', '--status', 'contacted', '--search', 'dental');
    expect(result.code).toBe(0);
    const lines = readFileSync(some, 'utf8').trimEnd().split('\n').slice(1);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThan(400);
    for (const line of lines) expect(line).toMatch(/,(new|contacted),/);
    expect(result.out).toContain(`Exported ${lines.length} lead`);
  });

  it('refuses a wrong invocation with its usage', async () => {
    expect((await cli('leads', 'export')).code).toBe(2);
    expect((await cli('leads', 'export', '--out', 'x.csv', '--status', 'sleeping')).err).toMatch(/Unknown status sleeping/);
    expect((await cli('leads', 'seed', '--count', 'lots')).code).toBe(2);
  });
});

describe('export download tickets', () => {
  it('work once, and not after two minutes', () => {
    const book = createExportTickets();
    const now = new Date('2025-05-01T10:00:00Z');
    const ticket = book.issue({ filter: { statuses: ['new'] } }, now);
    expect(book.redeem(ticket, now)).toEqual({ filter: { statuses: ['new'] } });
    expect(book.redeem(ticket, now)).toBeNull();
    const late = book.issue({ filter: {} }, now);
    expect(book.redeem(late, new Date(now.getTime() + 121_000))).toBeNull();
    expect(book.redeem('guess', now)).toBeNull();
  });
});
