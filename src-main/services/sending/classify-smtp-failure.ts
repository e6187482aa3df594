/** What a failed SMTP attempt means for the email and for the account that tried it. */
export type SmtpFailure =
  /** Permanent refusal of the recipient (550 5.1.1 …): bounced, and never written to again. */
  | { kind: 'bounced'; reply: string }
  /** The server answered the message itself with a permanent no: failed, not retried. */
  | { kind: 'rejected'; reply: string }
  /** Not handed over, worth another try later (4xx, greylisting). */
  | { kind: 'retry'; reply: string }
  /** The account cannot send right now (auth, quota, 421, connection): it rests, another takes over. */
  | { kind: 'account'; reason: 'authentication' | 'quota' | 'unavailable' | 'sender refused' | 'connection'; reply: string }
  /** The body went out and no answer came back: nobody can know whether it was delivered. */
  | { kind: 'unknown'; reply: string };

export interface NodemailerError {
  code?: string;
  command?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

// Enhanced status codes and words providers use for "this sender has sent too much".
const QUOTA = /\b[45]\.4\.5\b|\b[45]\.7\.28\b|quota|rate limit|too many (messages|emails)|sending limit/i;

/**
 * Reads a nodemailer error the way RFC 5321 means it. `handedOver` says whether the whole message
 * body had been written before the failure: only then is a missing reply "unknown" instead of
 * "safe to try again".
 */
export function classifySmtpFailure(error: NodemailerError, handedOver: boolean): SmtpFailure {
  const code = error.responseCode;
  const reply = (error.response ?? error.message ?? 'Unknown error').trim();
  const command = (error.command ?? '').toUpperCase();

  // No reply to the end of the message: it may or may not have been delivered.
  if (handedOver && code === undefined) return { kind: 'unknown', reply };
  if (error.code === 'EAUTH' || command.startsWith('AUTH') || code === 535 || code === 534 || code === 530) {
    return { kind: 'account', reason: 'authentication', reply };
  }
  if (code !== undefined && QUOTA.test(reply)) return { kind: 'account', reason: 'quota', reply };
  // 421: the service is closing the channel (overload, rate limiting) whatever the stage.
  if (code === 421) return { kind: 'account', reason: 'unavailable', reply };
  if (code === undefined) {
    // No reply at all before the body went out: refused, reset, timed out, TLS or DNS trouble.
    return { kind: 'account', reason: 'connection', reply };
  }
  if (command === 'CONN' || command === 'EHLO' || command === 'HELO' || command === 'STARTTLS') {
    return code >= 500 ? { kind: 'account', reason: 'unavailable', reply } : { kind: 'account', reason: 'connection', reply };
  }
  if (code >= 400 && code < 500) return { kind: 'retry', reply };
  if (command === 'MAIL FROM') return { kind: 'account', reason: 'sender refused', reply };
  if (command === 'RCPT TO') return { kind: 'bounced', reply };
  // 5xx to DATA or to the end of the message: this message will not be taken.
  return { kind: 'rejected', reply };
}

/** Backoff for retryable failures: 1 min, 5 min, 15 min, 1 h; the fifth failure is final. */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000];
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/** How long an account rests after a provider-level failure; connection trouble grows with repeats. */
export function restDurationMs(reason: Extract<SmtpFailure, { kind: 'account' }>['reason'], consecutiveFailures: number): number {
  if (reason === 'authentication') return 30 * 60_000;
  if (reason === 'quota') return 60 * 60_000;
  if (reason === 'sender refused') return 30 * 60_000;
  if (reason === 'unavailable') return 15 * 60_000;
  return Math.min(5 * 60_000 * 2 ** Math.max(0, consecutiveFailures - CONNECTION_FAILURES_BEFORE_REST), 60 * 60_000);
}

/** A refused or broken connection can be a blip: the account rests after this many in a row. */
export const CONNECTION_FAILURES_BEFORE_REST = 3;
