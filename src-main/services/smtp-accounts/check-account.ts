import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { SmtpCheck } from '../../../src-shared/contract/smtp';
import type { Clock } from '../../context';
import type { DbOrTx } from '../../db/client';
import { smtpConfig, type SmtpConfig } from '../../db/schema';
import { notFound } from '../../rpc/app-error';
import type { SecretStore } from '../../secrets/secret-store';
import { recordActivity } from '../activity/record-activity';
import { composeMessage, messageIdFor } from '../sending/compose-message';
import { openPassword } from '../sending/password-seals';
import { sendOverSmtp, verifySmtp } from '../sending/send-over-smtp';
import type { SmtpEndpoint, TransportFactory } from '../sending/smtp-transport';

async function load(db: DbOrTx, secrets: SecretStore, id: string): Promise<{ row: SmtpConfig; endpoint: SmtpEndpoint } | { row: SmtpConfig; error: string }> {
  const [row] = await db.select().from(smtpConfig).where(eq(smtpConfig.id, id));
  if (!row) throw notFound('That sending account');
  try {
    const password = openPassword(secrets, row.password);
    return { row, endpoint: { host: row.host, port: row.port, secure: row.secure, username: row.username, password } };
  } catch (error) {
    return { row, error: (error as Error).message };
  }
}

/** "Test connection": the server's own answer to connect, EHLO and login. */
export async function testAccountConnection(db: DbOrTx, secrets: SecretStore, createTransport: TransportFactory, id: string): Promise<SmtpCheck> {
  const loaded = await load(db, secrets, id);
  if ('error' in loaded) return { ok: false, message: loaded.error };
  return verifySmtp(createTransport, loaded.endpoint);
}

/** "Send a test email" to the user's own address, outside the queue and its caps, with the server's reply. */
export async function sendTestEmail(db: DbOrTx, secrets: SecretStore, createTransport: TransportFactory, clock: Clock, id: string, to: string): Promise<SmtpCheck> {
  const loaded = await load(db, secrets, id);
  if ('error' in loaded) return { ok: false, message: loaded.error };
  const { row, endpoint } = loaded;
  const messageId = messageIdFor(`test-${randomUUID()}`, row.fromEmail);
  const raw = await composeMessage({
    messageId,
    date: clock.now(),
    from: { name: row.fromName, address: row.fromEmail },
    to: { name: null, address: to },
    replyTo: row.replyTo,
    subject: `Outreach Desk test email from ${row.providerName}`,
    text: `This is a test email from Outreach Desk, sent through ${row.host}:${row.port} as ${row.fromEmail}.\n\nIf you can read this, the account works.`,
    html: null,
    inReplyTo: null,
  });
  const result = await sendOverSmtp(createTransport, endpoint, { from: row.fromEmail, to }, raw);
  await recordActivity(db, { entityType: 'smtp_config', entityId: row.id, action: 'test_email', description: `Test email to ${to}: ${result.reply}` });
  return result.kind === 'sent' ? { ok: true, message: result.reply, messageId } : { ok: false, message: result.reply };
}
