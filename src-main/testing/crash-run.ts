import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { sql } from 'drizzle-orm';
import { openEmbeddedDatabase, openServerDatabase, queryRows, type DatabaseHandle } from '../db/client';
import { enqueueEmail } from '../services/sending/enqueue-email';
import { addAccount, addLeads, setGapSeconds } from './sending-fixtures';
import { startSmtpSink } from './smtp-sink';
import { createServerDatabase } from './test-db';

export interface CrashRunResult {
  emails: number;
  kills: number;
  /** Messages the server received more than once, by Message-ID (and by recipient). */
  duplicates: number;
  duplicateRecipients: number;
  received: number;
  counts: Record<string, number>;
  seconds: number;
}

const CHILD = join(import.meta.dirname, 'crash-engine-child.ts');

/** Starts the engine process and resolves once it is sending (or done, when nothing is left). */
function startChild(dataDir: string, url: string | null) {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, ...(url ? [url] : [])], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const lines = createInterface({ input: child.stdout! });
  const started = new Promise<void>((resolve, reject) => {
    lines.on('line', (line) => line === 'started' && resolve());
    void exited.then((code) => reject(new Error(`engine exited (${code}) before starting: ${stderr}`)));
  });
  const done = new Promise<boolean>((resolve) => lines.on('line', (line) => line === 'done' && resolve(true)));
  return { child, started, exited, done, stderr: () => stderr };
}

/**
 * Queues `emails` emails, runs the engine as a real child process, SIGKILLs it `kills` times at
 * random moments while it sends, then lets a last one finish. Embedded PGlite by default (what
 * users run: each kill is a power cut for its folder), or a server database when `serverUrl` is set.
 */
export async function runCrashTest(options: { emails: number; kills: number; serverUrl?: string | null; maxKillDelayMs?: number }): Promise<CrashRunResult> {
  const started = Date.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'outreach-desk-crash-'));
  const sink = await startSmtpSink();
  const server = options.serverUrl ? await createServerDatabase(options.serverUrl) : null;
  const open = (): Promise<DatabaseHandle> => (server ? openServerDatabase({ url: server.url }) : openEmbeddedDatabase({ dataDir }));
  try {
    const seed = await open();
    await setGapSeconds(seed.db, 0, 0);
    await addAccount(seed.db, sink);
    const people = await addLeads(seed.db, options.emails);
    for (const p of people) await enqueueEmail(seed.db, { leadId: p.id, step: 1, subject: 'Crash test', bodyText: 'Hello', scheduledAt: new Date() });
    await seed.close();

    let kills = 0;
    while (kills < options.kills) {
      const run = startChild(dataDir, server?.url ?? null);
      await run.started;
      const finished = await Promise.race([
        new Promise<false>((resolve) => setTimeout(() => resolve(false), Math.random() * (options.maxKillDelayMs ?? 400))),
        run.done,
      ]);
      if (finished) {
        await run.exited;
        break;
      }
      run.child.kill('SIGKILL');
      await run.exited;
      kills++;
    }
    const last = startChild(dataDir, server?.url ?? null);
    const code = await last.exited;
    if (code !== 0) throw new Error(`the last engine run failed (${code}): ${last.stderr()}`);

    const check = await open();
    const rows = await queryRows<{ status: string; n: number }>(check.db, sql`SELECT status, count(*)::int AS n FROM emails GROUP BY status`);
    await check.close();
    const ids = sink.received.map((m) => m.messageId);
    const recipients = sink.received.map((m) => m.envelope.to.join(','));
    return {
      emails: options.emails,
      kills,
      duplicates: ids.length - new Set(ids).size,
      duplicateRecipients: recipients.length - new Set(recipients).size,
      received: sink.received.length,
      counts: Object.fromEntries(rows.map((r) => [r.status, r.n])),
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    await sink.close();
    await server?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
