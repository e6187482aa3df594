import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { classifySmtpFailure, type NodemailerError } from './classify-smtp-failure';
import { handoverWatcher, type SendResult } from './send-over-smtp';
import { transportOptions, type SmtpEndpoint } from './smtp-transport';

export interface SmtpSessionsOptions {
  /** A session nobody used for this long is closed (QUIT). Longer than any bulk pause, shorter than servers' idle timeouts. */
  idleMs?: number;
  /** At most this many connections to one account at once; more sends wait for one to be free. */
  perAccount?: number;
}

export interface SmtpSessions {
  /** One message over a session of this account (reused when one is open); never throws. */
  send(endpoint: SmtpEndpoint, envelope: { from: string; to: string }, raw: Buffer): Promise<SendResult>;
  /** Says QUIT on every session not in use (a session in use is parked and closed when idle). */
  closeAll(): void;
}

interface Session {
  connection: SMTPConnection;
  watcher: ReturnType<typeof handoverWatcher>;
  sent: number;
  dead: boolean;
  idleTimer: NodeJS.Timeout | null;
}

interface AccountSessions {
  idle: Session[];
  open: number;
  waiting: Array<() => void>;
}

/**
 * Keeps SMTP sessions open between back-to-back sends of one account, as mail servers prefer to
 * a new connection per message. Reuse never risks a second delivery: a session is used for one
 * message at a time, a failure after the body was handed over is reported as "unknown" and never
 * retried, and only a reused session that broke before a byte of the message went out (the server
 * closed it while idle) is replaced by a fresh one for the same message.
 */
export function createSmtpSessions(options: SmtpSessionsOptions = {}): SmtpSessions {
  const idleMs = options.idleMs ?? 5_000;
  const perAccount = Math.max(1, options.perAccount ?? 4);
  const accounts = new Map<string, AccountSessions>();

  function accountOf(endpoint: SmtpEndpoint): AccountSessions {
    const key = JSON.stringify([endpoint.host, endpoint.port, endpoint.secure, endpoint.username, endpoint.password]);
    let sessions = accounts.get(key);
    if (!sessions) accounts.set(key, (sessions = { idle: [], open: 0, waiting: [] }));
    return sessions;
  }

  function end(account: AccountSessions, session: Session) {
    if (session.idleTimer) clearTimeout(session.idleTimer);
    session.idleTimer = null;
    if (!session.dead) {
      session.dead = true;
      account.open--;
      account.idle = account.idle.filter((s) => s !== session);
      account.waiting.shift()?.();
    }
    if (!session.connection.destroyed) session.connection.quit();
  }

  async function connect(endpoint: SmtpEndpoint, account: AccountSessions): Promise<Session | NodemailerError> {
    const watcher = handoverWatcher();
    const connection = new SMTPConnection(transportOptions(endpoint, watcher.logger) as SMTPConnection.Options);
    const session: Session = { connection, watcher, sent: 0, dead: false, idleTimer: null };
    account.open++;
    // An idle session the server times out or drops emits 'error' or 'end' with no send waiting.
    session.connection.on('error', () => end(account, session));
    session.connection.on('end', () => end(account, session));
    const failed = await new Promise<NodemailerError | null>((resolve) => {
      const settle = (error: NodemailerError | null) => {
        connection.off('error', settle);
        resolve(error);
      };
      connection.once('error', settle);
      connection.connect((error) => {
        if (error) return settle(error);
        if (!endpoint.username || !connection.allowsAuth) return settle(null);
        connection.login({ user: endpoint.username, pass: endpoint.password ?? '' }, (loginError) => settle(loginError ?? null));
      });
    });
    if (failed) {
      end(account, session);
      return failed;
    }
    return session;
  }

  type Transmitted = { ok: true; response: string } | { ok: false; error: NodemailerError };

  function transmit(session: Session, envelope: { from: string; to: string }, raw: Buffer): Promise<Transmitted> {
    session.watcher.reset();
    return new Promise((resolve) => {
      let settled = false;
      const settle = (value: Transmitted) => {
        if (settled) return;
        settled = true;
        session.connection.off('error', onError);
        resolve(value);
      };
      const onError = (error: NodemailerError) => settle({ ok: false, error });
      session.connection.once('error', onError);
      session.connection.send({ from: envelope.from, to: [envelope.to] }, raw, (error, info) =>
        settle(error ? { ok: false, error } : { ok: true, response: info.response ?? '250' }),
      );
    });
  }

  async function take(endpoint: SmtpEndpoint, account: AccountSessions): Promise<Session | NodemailerError> {
    for (;;) {
      const session = account.idle.pop();
      if (session) {
        if (session.idleTimer) clearTimeout(session.idleTimer);
        session.idleTimer = null;
        if (!session.dead && !session.connection.destroyed) return session;
        continue;
      }
      if (account.open < perAccount) return connect(endpoint, account);
      await new Promise<void>((resolve) => account.waiting.push(resolve));
    }
  }

  function park(account: AccountSessions, session: Session) {
    if (session.dead) return;
    session.idleTimer = setTimeout(() => end(account, session), idleMs);
    session.idleTimer.unref();
    account.idle.push(session);
    account.waiting.shift()?.();
  }

  return {
    async send(endpoint, envelope, raw) {
      const account = accountOf(endpoint);
      for (let attempt = 0; ; attempt++) {
        const session = await take(endpoint, account);
        if (!('connection' in session)) return classifySmtpFailure(session, false);
        const outcome = await transmit(session, envelope, raw);
        if (outcome.ok) {
          session.sent++;
          park(account, session);
          return { kind: 'sent', reply: outcome.response.trim() };
        }
        const { error } = outcome;
        const handedOver = session.watcher.handedOver();
        const reused = session.sent > 0;
        // After a refusal the server's transaction state is unknown to us: start clean next time.
        end(account, session);
        const staleSession = reused && !handedOver && (error.responseCode === undefined || error.responseCode === 421);
        if (!staleSession || attempt > 0) return classifySmtpFailure(error, handedOver);
      }
    },
    closeAll() {
      for (const account of accounts.values()) for (const session of [...account.idle]) end(account, session);
    },
  };
}
