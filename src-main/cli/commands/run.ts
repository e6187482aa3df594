import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import type { Logger } from '../../context';
import { queryRows } from '../../db/client';
import { smtpConfig } from '../../db/schema';
import { openPassword } from '../../services/sending/password-seals';
import { startBackgroundWork } from '../../start/background-work';
import type { CliCommand, CliIo } from '../cli-command';
import { openAppForCli } from '../open-app-for-cli';

function cliLogger(io: CliIo): Logger {
  const stamp = () => new Date().toISOString();
  const text = (rest: unknown[]) => rest.map((r) => (r instanceof Error ? r.message : String(r))).join(' ');
  return {
    info: (m, ...r) => io.out(`${stamp()} ${m}${r.length ? ` ${text(r)}` : ''}`),
    warn: (m, ...r) => io.out(`${stamp()} ${m}${r.length ? ` ${text(r)}` : ''}`),
    error: (m, ...r) => io.err(`${stamp()} ${m}${r.length ? ` ${text(r)}` : ''}`),
  };
}

export const runCommand: CliCommand = {
  name: 'run',
  summary: 'Send queued emails headless until interrupted (for an always-on machine)',
  usage: 'outreach-desk run [--data-dir DIR] [--database-url URL]',
  async run(args, globals, io) {
    parseArgs({ args, strict: true, options: {} });
    const log = cliLogger(io);
    const app = await openAppForCli(globals, { log });
    try {
      const accounts = await app.ctx.db.select().from(smtpConfig);
      for (const account of accounts.filter((a) => a.isActive)) {
        try {
          openPassword(app.ctx.secrets, account.password);
        } catch {
          log.warn(`${account.providerName}: its password was saved by the app and is sealed for that machine. Run \`outreach-desk smtp set-password "${account.providerName}"\` here.`);
        }
      }
      const [queued] = await queryRows<{ n: number }>(app.ctx.db, sql`SELECT count(*)::int AS n FROM emails WHERE status = 'queued'`);
      log.info(`Sending from ${app.ctx.database.mode === 'embedded' ? app.ctx.database.location : `server ${app.ctx.database.location}`}: ${accounts.filter((a) => a.isActive).length} active account(s), ${queued?.n ?? 0} email(s) queued. Ctrl-C stops after the send under way.`);
      // Started here rather than by openApp, so the summary above describes the queue before sending.
      const stopWork = await startBackgroundWork(app.ctx, { sending: true });
      await io.interrupted;
      log.info('Stopping: finishing the send under way…');
      await stopWork();
      return 0;
    } finally {
      await app.close();
    }
  },
};
