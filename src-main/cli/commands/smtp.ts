import { parseArgs } from 'node:util';
import { eq, ilike } from 'drizzle-orm';
import { smtpPresets } from '../../../src-shared/domain/smtp-presets';
import { smtpAccountInput } from '../../../src-shared/contract/smtp';
import type { AppDb } from '../../db/client';
import { smtpConfig } from '../../db/schema';
import type { SecretStore } from '../../secrets/secret-store';
import { addSeal } from '../../services/sending/password-seals';
import { nodemailerTransport } from '../../services/sending/smtp-transport';
import { testAccountConnection } from '../../services/smtp-accounts/check-account';
import { listAccounts } from '../../services/smtp-accounts/list-accounts';
import { createAccount } from '../../services/smtp-accounts/save-account';
import { recordActivity } from '../../services/activity/record-activity';
import { UsageError, type CliCommand, type CliIo } from '../cli-command';
import { openAppForCli } from '../open-app-for-cli';

/** The first line of stdin: passwords never go on the command line, where `ps` and shell history see them. */
export async function readPassword(io: CliIo): Promise<string> {
  const stdin = io.stdin as NodeJS.ReadStream;
  if (stdin.isTTY) io.err('Password (then Enter; it is read from standard input):');
  let data = '';
  for await (const chunk of stdin) {
    data += chunk.toString();
    if (data.includes('\n')) break;
  }
  const password = data.split(/\r?\n/)[0] ?? '';
  if (!password) throw new UsageError('No password on standard input (pipe it in: `printf %s "$PASS" | outreach-desk smtp add …`).');
  return password;
}

async function findByName(db: AppDb, name: string) {
  const rows = await db.select().from(smtpConfig).where(ilike(smtpConfig.providerName, name.replace(/[%_\\]/g, '\\$&')));
  if (rows.length === 0) throw new UsageError(`There is no sending account named "${name}" (see \`outreach-desk smtp list\`).`);
  if (rows.length > 1) throw new UsageError(`Several accounts are named "${name}"; rename one in the app.`);
  return rows[0]!;
}

export const smtpAddCommand: CliCommand = {
  name: 'smtp add',
  summary: 'Add a sending account (the password is read from standard input)',
  usage:
    'outreach-desk smtp add --name NAME --from ADDRESS [--provider gmail|outlook|sendgrid|mailgun|ses|custom] [--host HOST] [--port N] ' +
    '[--secure|--starttls] [--username USER] [--from-name NAME] [--reply-to ADDRESS] [--daily-limit N] [--hourly-limit N] [--priority N] ' +
    '[--primary] [--inactive] [--no-password]',
  async run(args, globals, io) {
    const { values } = parseArgs({
      args,
      strict: true,
      options: {
        name: { type: 'string' }, from: { type: 'string' }, provider: { type: 'string', default: 'custom' }, host: { type: 'string' },
        port: { type: 'string' }, secure: { type: 'boolean' }, starttls: { type: 'boolean' }, username: { type: 'string' },
        'from-name': { type: 'string' }, 'reply-to': { type: 'string' }, 'daily-limit': { type: 'string' }, 'hourly-limit': { type: 'string' },
        priority: { type: 'string' }, primary: { type: 'boolean' }, inactive: { type: 'boolean' }, 'no-password': { type: 'boolean' },
      },
    });
    const preset = smtpPresets.find((p) => p.provider === values.provider);
    if (!preset) throw new UsageError(`--provider must be one of ${smtpPresets.map((p) => p.provider).join(', ')}`);
    const number = (v: string | undefined) => (v === undefined ? undefined : Number(v));
    const parsed = smtpAccountInput.safeParse({
      provider: preset.provider,
      providerName: values.name ?? '',
      host: values.host ?? preset.host,
      port: number(values.port) ?? preset.port,
      secure: values.secure ? true : values.starttls ? false : preset.secure,
      username: values.username ?? preset.username ?? (values['no-password'] ? null : (values.from ?? null)),
      fromEmail: values.from ?? '',
      fromName: values['from-name'] ?? null,
      replyTo: values['reply-to'] ?? null,
      dailyLimit: number(values['daily-limit']) ?? preset.dailyLimit,
      hourlyLimit: number(values['hourly-limit']) ?? preset.hourlyLimit,
      isActive: !values.inactive,
      isPrimary: Boolean(values.primary),
      priority: number(values.priority) ?? 0,
      documentationUrl: preset.documentationUrl,
      setupNotes: preset.setupNotes,
    });
    if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; '));
    const password = values['no-password'] ? null : await readPassword(io);
    const app = await openAppForCli(globals);
    try {
      // The CLI's store is the data folder's key file, which the user chose by using the CLI.
      const account = await createAccount(app.ctx.db, app.ctx.secrets, app.ctx.clock.now(), { ...parsed.data, password });
      io.out(`Added ${account.providerName} (${account.fromEmail} via ${account.host}:${account.port}). Try it: outreach-desk smtp test "${account.providerName}"`);
      return 0;
    } finally {
      await app.close();
    }
  },
};

export const smtpListCommand: CliCommand = {
  name: 'smtp list',
  summary: 'List sending accounts with their usage and rest state',
  usage: 'outreach-desk smtp list [--json]',
  async run(args, globals, io) {
    const { values } = parseArgs({ args, strict: true, options: { json: { type: 'boolean' } } });
    const app = await openAppForCli(globals);
    try {
      const accounts = await listAccounts(app.ctx.db, app.ctx.clock.now());
      if (values.json) io.out(JSON.stringify(accounts));
      else if (accounts.length === 0) io.out('No sending accounts yet: outreach-desk smtp add --help');
      for (const a of values.json ? [] : accounts) {
        const flags = [a.isPrimary && 'primary', !a.isActive && 'off', a.restingUntil && `resting until ${a.restingUntil}: ${a.restReason}`].filter(Boolean).join(', ');
        io.out(`${a.providerName}  ${a.fromEmail} via ${a.host}:${a.port}  priority ${a.priority}  sent ${a.usage.lastHour}/h ${a.usage.last24h}/24h${flags ? `  (${flags})` : ''}`);
      }
      return 0;
    } finally {
      await app.close();
    }
  },
};

export const smtpTestCommand: CliCommand = {
  name: 'smtp test',
  summary: 'Connect and log in to a sending account, and print the server reply',
  usage: 'outreach-desk smtp test NAME',
  async run(args, globals, io) {
    const { positionals } = parseArgs({ args, strict: true, allowPositionals: true, options: {} });
    if (positionals.length !== 1) throw new UsageError('Give the name of one account.');
    const app = await openAppForCli(globals);
    try {
      const row = await findByName(app.ctx.db, positionals[0]!);
      const result = await testAccountConnection(app.ctx.db, app.ctx.secrets, app.ctx.createTransport ?? nodemailerTransport, row.id);
      (result.ok ? io.out : io.err)(`${row.providerName}: ${result.ok ? 'OK' : 'FAILED'} — ${result.message}`);
      return result.ok ? 0 : 1;
    } finally {
      await app.close();
    }
  },
};

/** Adds this machine's seal beside the app's, so `outreach-desk run` here can open the password too. */
export async function setPasswordHere(db: AppDb, secrets: SecretStore, id: string, password: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.select({ password: smtpConfig.password }).from(smtpConfig).where(eq(smtpConfig.id, id)).for('update');
    await tx
      .update(smtpConfig)
      .set({ password: addSeal(secrets, row?.password ?? null, password), restingUntil: null, restReason: null, consecutiveFailures: 0 })
      .where(eq(smtpConfig.id, id));
    await recordActivity(tx, { entityType: 'smtp_config', entityId: id, action: 'password_sealed', description: `Password sealed for this machine (${secrets.kind})` });
  });
}

export const smtpSetPasswordCommand: CliCommand = {
  name: 'smtp set-password',
  summary: "Store an account's password for this machine (read from standard input), keeping the app's copy",
  usage: 'outreach-desk smtp set-password NAME',
  async run(args, globals, io) {
    const { positionals } = parseArgs({ args, strict: true, allowPositionals: true, options: {} });
    if (positionals.length !== 1) throw new UsageError('Give the name of one account.');
    const password = await readPassword(io);
    const app = await openAppForCli(globals);
    try {
      const row = await findByName(app.ctx.db, positionals[0]!);
      await setPasswordHere(app.ctx.db, app.ctx.secrets, row.id, password);
      io.out(`${row.providerName}: password stored for this machine (sealed with ${app.ctx.dataDir}/secret.key).`);
      return 0;
    } finally {
      await app.close();
    }
  },
};
