import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmbeddedDatabase } from '../../db/client';
import { smtpConfig } from '../../db/schema';
import { createKeyFileSecretStore } from '../../secrets/key-file-secret-store';
import { enqueueEmail } from '../../services/sending/enqueue-email';
import { addLeads } from '../../testing/sending-fixtures';
import { startSmtpSink, type SmtpSink } from '../../testing/smtp-sink';
import { runCli } from '../run-cli';

// The embedded database (a data folder) is what `outreach-desk` users run; each command opens and closes it.
describe('outreach-desk smtp … and run', () => {
  let sink: SmtpSink;
  let dataDir: string;
  beforeAll(async () => {
    sink = await startSmtpSink({ auth: { user: 'ada@sender.test', pass: 'secret-pw' } });
    dataDir = mkdtempSync(join(tmpdir(), 'outreach-desk-cli-'));
  });
  afterAll(async () => {
    await sink.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function cli(argv: string[], stdin = '', interrupted: Promise<void> = Promise.resolve()) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli([...argv, '--data-dir', dataDir], { out: (l) => out.push(l), err: (l) => err.push(l), stdin: Readable.from([stdin]), interrupted }, {});
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('adds an account with the password from stdin, tests it, and sends the queue until interrupted', async () => {
    const added = await cli(['smtp', 'add', '--name', 'Loop', '--from', 'ada@sender.test', '--host', sink.host, '--port', String(sink.port), '--starttls', '--hourly-limit', '50'], 'secret-pw\n');
    expect(added.err).toBe('');
    expect(added.code).toBe(0);
    expect((await cli(['smtp', 'test', 'loop'])).out).toMatch(/Loop: OK — Connected .* logged in as ada@sender.test/);
    expect((await cli(['smtp', 'list'])).out).toMatch(/Loop {2}ada@sender.test via 127.0.0.1:\d+ {2}priority 0 {2}sent 0\/h 0\/24h/);
    expect((await cli(['smtp', 'add', '--name', 'X', '--from', 'x@y.test', '--host', 'h'], '')).code).toBe(2);

    // Queue two emails, as the scheduler would, with no gap between sends.
    const handle = await openEmbeddedDatabase({ dataDir });
    const people = await addLeads(handle.db, 2);
    for (const p of people) await enqueueEmail(handle.db, { leadId: p.id, step: 1, subject: 'Hi', bodyText: 'Hello', scheduledAt: new Date() });
    await handle.db.execute(`INSERT INTO settings (key, value) VALUES ('sending.gapMinSeconds', '0'), ('sending.gapMaxSeconds', '0')` as never);
    await handle.close();

    let stop!: () => void;
    const running = cli(['run'], '', new Promise<void>((resolve) => (stop = resolve)));
    await sink.waitFor(2, 30_000);
    stop();
    const run = await running;
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/1 active account\(s\), 2 email\(s\) queued/);
    expect(run.out.match(/sent <[^>]+> to lead\d@recipient.test via Loop: 250/g)).toHaveLength(2);
  });

  it('seals the password for this machine beside a seal it cannot open', async () => {
    const handle = await openEmbeddedDatabase({ dataDir });
    // A seal from another machine's key (the app's keychain, say) that this folder's key cannot open.
    const elsewhere = createKeyFileSecretStore(mkdtempSync(join(tmpdir(), 'outreach-desk-other-')));
    await handle.db.update(smtpConfig).set({ password: elsewhere.encrypt('secret-pw') });
    await handle.close();
    expect((await cli(['smtp', 'test', 'Loop'])).err).toMatch(/saved on another machine/);
    expect((await cli(['smtp', 'set-password', 'Loop'], 'secret-pw\n')).code).toBe(0);
    expect((await cli(['smtp', 'test', 'Loop'])).code).toBe(0);
    const again = await openEmbeddedDatabase({ dataDir });
    const [row] = await again.db.select().from(smtpConfig);
    await again.close();
    expect(row!.password!.split('\n')).toHaveLength(2);
    expect(elsewhere.decrypt(row!.password!.split('\n')[0]!)).toBe('secret-pw');
  });
});
