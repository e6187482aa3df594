import type { AddressInfo, Socket } from 'node:net';
import { SMTPServer, type SMTPServerOptions, type SMTPServerSession } from 'smtp-server';
// smtp-server's own connection class: used only to skip the greeting delay (see skipGreetingDelay).
import { SMTPConnection as ServerConnection } from 'smtp-server/lib/smtp-connection.js';

/** A reply the sink gives instead of accepting: `{ code: 550, message: '5.1.1 No such user' }`. */
export interface SinkReply {
  code: number;
  message: string;
}

/** What the sink does; change it between sends (`sink.knobs.failAuth = true`). */
export interface SinkKnobs {
  /** Require AUTH with exactly these credentials (the sink advertises AUTH PLAIN/LOGIN either way). */
  auth: { user: string; pass: string } | null;
  /** Answer every AUTH with 535. */
  failAuth: boolean;
  /** Answer the greeting with this reply and hang up (e.g. 421 too many connections). */
  greeting: SinkReply | null;
  /** Answer MAIL FROM with this reply (e.g. 550 5.4.5 daily sending quota exceeded). */
  mailFrom: SinkReply | null;
  /** Per recipient and attempt (1-based, counted per address): a reply to refuse RCPT TO with, or null to accept. */
  recipient: (address: string, attempt: number) => SinkReply | null;
  /** Take the whole message, then cut the connection without answering. */
  dropAfterData: boolean | ((address: string) => boolean);
  /** Answer the end of DATA with this reply instead of 250 (the message was refused after the body). */
  afterData: SinkReply | null;
  /** Wait this long before answering the end of DATA (a slow server). */
  delayMs: number;
}

export interface ReceivedMessage {
  envelope: { from: string; to: string[] };
  raw: string;
  /** Header names lower-cased, folded lines joined; first value of each. */
  headers: Map<string, string>;
  messageId: string | null;
  /** True when the sink cut the connection instead of answering (the sender cannot know it arrived). */
  dropped: boolean;
  /** Who logged in, when someone did. */
  user: string | null;
}

export interface SmtpSink {
  host: string;
  port: number;
  knobs: SinkKnobs;
  received: ReceivedMessage[];
  /** How many connections reached the greeting. */
  connections: number;
  /** Forgets what was received and per-recipient attempt counts, and restores the default knobs. */
  reset(): void;
  /** Cuts every open connection at once, as a server does to idle sessions at its timeout. */
  hangUpAll(): void;
  /** Resolves when `count` messages have been received (dropped ones included). */
  waitFor(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export function defaultKnobs(): SinkKnobs {
  return {
    auth: null,
    failAuth: false,
    greeting: null,
    mailFrom: null,
    recipient: () => null,
    dropAfterData: false,
    afterData: null,
    delayMs: 0,
  };
}

function replyError(reply: SinkReply): Error {
  return Object.assign(new Error(reply.message), { responseCode: reply.code });
}

/** Splits a raw message's header block into lower-cased names → unfolded first values. */
export function parseHeaders(raw: string): Map<string, string> {
  const end = raw.search(/\r?\n\r?\n/);
  const block = (end < 0 ? raw : raw.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of block.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return headers;
}

/**
 * smtp-server waits 100 ms before its greeting to catch clients that talk too early, as real
 * servers do. Benchmarks that compare senders turn it off, or both sides would measure that wait.
 * This repeats smtp-server's own connect() (3.21) minus the timer.
 */
function skipGreetingDelay(server: SMTPServer): void {
  type Connection = { on(e: string, f: (x: unknown) => void): void; _setListeners(f: () => void): void; connectionReady(): void };
  const internals = server as unknown as { connections: Set<unknown>; _onError(e: unknown): void; _onClientConnect(d: unknown): void };
  (server as unknown as { connect(socket: Socket, socketOptions: unknown): void }).connect = (socket, socketOptions) => {
    const connection = new ServerConnection(server, socket, socketOptions as never) as unknown as Connection;
    internals.connections.add(connection);
    connection.on('error', (err) => internals._onError(err));
    connection.on('connect', (data) => internals._onClientConnect(data));
    connection._setListeners(() => connection.connectionReady());
  };
}

/**
 * A real SMTP server (the smtp-server package) on 127.0.0.1 and a random port that records what
 * it receives, with knobs for the failures the delivery engine must handle. For tests and benches.
 */
export async function startSmtpSink(knobs: Partial<SinkKnobs> = {}, options: { greetingDelay?: boolean } = {}): Promise<SmtpSink> {
  const state = { ...defaultKnobs(), ...knobs };
  const received: ReceivedMessage[] = [];
  const rcptAttempts = new Map<string, number>();
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  let connections = 0;

  function record(message: ReceivedMessage) {
    received.push(message);
    for (const waiter of [...waiters]) {
      if (received.length >= waiter.count) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  }

  function socketOf(session: SMTPServerSession): Socket | undefined {
    // smtp-server keeps its connections in a Set; the session id finds the one to cut.
    const all = (server as unknown as { connections: Set<{ id: string; _socket: Socket }> }).connections;
    for (const connection of all) if (connection.id === session.id) return connection._socket;
    return undefined;
  }

  const serverOptions: SMTPServerOptions = {
    secure: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: true,
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    maxClients: 1000,
    // A reverse DNS lookup per connection would measure the resolver, not the sender.
    disableReverseLookup: true,
    onConnect(_session, callback) {
      connections++;
      if (state.greeting) return callback(replyError(state.greeting));
      callback();
    },
    onAuth(auth, _session, callback) {
      const ok = !state.failAuth && (!state.auth || (auth.username === state.auth.user && auth.password === state.auth.pass));
      if (!ok) return callback(replyError({ code: 535, message: '5.7.8 Authentication credentials invalid' }));
      callback(null, { user: auth.username });
    },
    onMailFrom(_address, session, callback) {
      if (state.auth && !session.user) return callback(replyError({ code: 530, message: '5.7.0 Authentication required' }));
      if (state.mailFrom) return callback(replyError(state.mailFrom));
      callback();
    },
    onRcptTo(address, _session, callback) {
      const attempt = (rcptAttempts.get(address.address) ?? 0) + 1;
      rcptAttempts.set(address.address, attempt);
      const reply = state.recipient(address.address, attempt);
      if (reply) return callback(replyError(reply));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const headers = parseHeaders(raw);
        const to = session.envelope.rcptTo.map((r) => r.address);
        const drop = typeof state.dropAfterData === 'function' ? to.some((a) => (state.dropAfterData as (a: string) => boolean)(a)) : state.dropAfterData;
        record({
          envelope: { from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to },
          raw,
          headers,
          messageId: headers.get('message-id') ?? null,
          dropped: drop,
          user: typeof session.user === 'string' ? session.user : null,
        });
        if (drop) {
          // The whole message arrived, and the sender never hears back: the "unknown" case.
          socketOf(session)?.destroy();
          return;
        }
        const answer = () => (state.afterData ? callback(replyError(state.afterData)) : callback(null, `2.0.0 Ok: queued as ${received.length}`));
        if (state.delayMs > 0) setTimeout(answer, state.delayMs);
        else answer();
      });
    },
  };
  const server = new SMTPServer(serverOptions);
  server.on('error', () => undefined);
  if (options.greetingDelay === false) skipGreetingDelay(server);
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;

  return {
    host: '127.0.0.1',
    port,
    knobs: state,
    received,
    get connections() {
      return connections;
    },
    reset() {
      received.length = 0;
      rcptAttempts.clear();
      Object.assign(state, defaultKnobs());
    },
    hangUpAll() {
      for (const connection of (server as unknown as { connections: Set<{ _socket: Socket }> }).connections) connection._socket.destroy();
    },
    waitFor(count, timeoutMs = 30_000) {
      if (received.length >= count) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`The sink received ${received.length} of ${count} messages in ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
      });
    },
    close() {
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
