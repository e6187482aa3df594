import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';

/** The part of a nodemailer transport the engine uses. */
export interface MailTransport {
  sendMail(mail: { envelope: { from: string; to: string[] }; raw: Buffer | string }): Promise<{ response?: string }>;
  verify(): Promise<unknown>;
  close(): void;
}

/** nodemailer's createTransport, injected so tests and benches can count or wrap it. */
export type TransportFactory = (options: SMTPTransport.Options) => MailTransport;

export const nodemailerTransport: TransportFactory = (options) => nodemailer.createTransport(options);

/** An account's connection settings, with the password already opened. */
export interface SmtpEndpoint {
  host: string;
  port: number;
  secure: boolean;
  username: string | null;
  password: string | null;
}

// Generous but bounded: a send that hangs must end, so its row can be resolved.
const CONNECTION_TIMEOUT_MS = 30_000;
const GREETING_TIMEOUT_MS = 30_000;
const SOCKET_TIMEOUT_MS = 60_000;

/**
 * Transport options for one account. No file or URL access (a template can never make nodemailer
 * read a local file or fetch a URL), and no pool: a pooled transport re-queues a message whose
 * connection dropped mid-send, which could deliver it twice.
 */
export function transportOptions(endpoint: SmtpEndpoint, logger?: SMTPTransport.Options['logger']): SMTPTransport.Options {
  return {
    host: endpoint.host,
    port: endpoint.port,
    secure: endpoint.secure,
    ...(endpoint.username ? { auth: { user: endpoint.username, pass: endpoint.password ?? '' } } : {}),
    disableFileAccess: true,
    disableUrlAccess: true,
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    greetingTimeout: GREETING_TIMEOUT_MS,
    socketTimeout: SOCKET_TIMEOUT_MS,
    // Info level only: nodemailer's debug level copies every chunk of every message into the log.
    ...(logger ? { logger } : {}),
  };
}
