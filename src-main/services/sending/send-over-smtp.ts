import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { classifySmtpFailure, type NodemailerError, type SmtpFailure } from './classify-smtp-failure';
import { transportOptions, type SmtpEndpoint, type TransportFactory } from './smtp-transport';

export type SendResult = { kind: 'sent'; reply: string } | SmtpFailure;

/**
 * Watches nodemailer's own log of one conversation for the moment the message body has been
 * written in full, terminating dot included (its "message" entry with byte counts, logged when
 * the data stream ends and before any later socket error can be reported). Until then a broken
 * connection cannot have delivered anything: a server accepts a message only after the dot.
 * After it, it may have. The drop-after-DATA test fails if nodemailer ever stops logging this.
 * `reset` starts watching the next message of a reused connection.
 */
export function handoverWatcher(): { logger: SMTPTransport.Options['logger']; handedOver(): boolean; reset(): void } {
  let handedOver = false;
  const watch = (entry: unknown, ...args: unknown[]) => {
    const tnx = (entry as { tnx?: string } | null)?.tnx;
    if (tnx === 'message') handedOver = true;
    else if (tnx === 'server' && typeof args[0] === 'string' && /^354\b/.test(args[0])) handedOver = true; // debug level only
  };
  const noop = () => undefined;
  return {
    logger: { level: noop, trace: noop, debug: watch, info: watch, warn: watch, error: watch, fatal: noop } as unknown as SMTPTransport.Options['logger'],
    handedOver: () => handedOver,
    reset: () => {
      handedOver = false;
    },
  };
}

/** One SMTP conversation for one message, on a fresh connection; never throws. */
export async function sendOverSmtp(
  createTransport: TransportFactory,
  endpoint: SmtpEndpoint,
  envelope: { from: string; to: string },
  raw: Buffer,
): Promise<SendResult> {
  const watcher = handoverWatcher();
  const transport = createTransport(transportOptions(endpoint, watcher.logger));
  try {
    const info = await transport.sendMail({ envelope: { from: envelope.from, to: [envelope.to] }, raw });
    return { kind: 'sent', reply: (info.response ?? '250').trim() };
  } catch (error) {
    return classifySmtpFailure(error as NodemailerError, watcher.handedOver());
  } finally {
    transport.close();
  }
}

/** "Test connection": connect, say EHLO, log in, and report the server's own words. */
export async function verifySmtp(createTransport: TransportFactory, endpoint: SmtpEndpoint): Promise<{ ok: boolean; message: string }> {
  const transport = createTransport(transportOptions(endpoint));
  try {
    await transport.verify();
    return { ok: true, message: `Connected to ${endpoint.host}:${endpoint.port}${endpoint.username ? ` and logged in as ${endpoint.username}` : ''}.` };
  } catch (error) {
    const e = error as NodemailerError;
    return { ok: false, message: (e.response ?? e.message ?? String(error)).trim() };
  } finally {
    transport.close();
  }
}
