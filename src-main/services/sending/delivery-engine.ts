import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Clock, EventSink, Logger } from '../../context';
import type { AppDb } from '../../db/client';
import type { SecretStore } from '../../secrets/secret-store';
import { readSettings } from '../settings/read-settings';
import { claimDueEmails, type ClaimedEmail } from './claim-due-emails';
import { composeMessage } from './compose-message';
import { openPassword } from './password-seals';
import { markInterruptedUnknown, recordOutcomes } from './record-outcome';
import type { SendResult } from './send-over-smtp';
import { createSmtpSessions } from './smtp-sessions';

export interface DeliveryEngineDeps {
  db: AppDb;
  clock: Clock;
  secrets: SecretStore;
  log: Logger;
  events: EventSink;
  /** A gap between two sends of one account, in ms, between the configured bounds. */
  randomGapMs?: (minMs: number, maxMs: number) => number;
  /**
   * True on the embedded database: this process is the only engine, so every row still 'sending'
   * at start was left by a crash. On a shared server only claims older than staleClaimMs are.
   */
  exclusive: boolean;
  staleClaimMs?: number;
  /** How often an idle engine looks for work that other processes queued. */
  pollMs?: number;
  /** Claim-send-record loops at once. More than one only helps when gaps are zero (bulk sending, benches). */
  concurrency?: number;
  /**
   * With a zero gap, up to this many emails of one account are claimed together and sent in
   * parallel, and their outcomes recorded in one transaction. With a gap it is always one.
   */
  batch?: number;
  engineId?: string;
}

export type StepResult = { kind: 'idle'; retryAt: Date | null } | { kind: 'done'; outcomes: Array<{ emailId: string; status: string }> };

export interface DeliveryEngine {
  readonly engineId: string;
  /** Recovers interrupted rows, then sends until stopped. */
  start(): Promise<void>;
  /** Finishes the conversations under way (never abandons one mid-send), then resolves. */
  stop(): Promise<void>;
  /** Look for work now (something was queued or resumed). */
  wake(): void;
  /** One claim and its SMTP conversations; for tests. */
  sendNext(): Promise<StepResult>;
  /** sendNext until nothing is due. */
  runUntilIdle(): Promise<void>;
}

export const defaultRandomGapMs = (minMs: number, maxMs: number) => minMs + Math.random() * Math.max(0, maxMs - minMs);

const SETTINGS_TTL_MS = 1000;

export function createDeliveryEngine(deps: DeliveryEngineDeps): DeliveryEngine {
  const engineId = deps.engineId ?? `${hostname().slice(0, 60)}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const randomGap = deps.randomGapMs ?? defaultRandomGapMs;
  const pollMs = deps.pollMs ?? 2000;
  const staleClaimMs = deps.staleClaimMs ?? 10 * 60_000;
  let settings: { at: number; paused: boolean; minMs: number; maxMs: number } | null = null;
  let stopping = false;
  let workers: Promise<void>[] = [];
  let wakers: Array<() => void> = [];
  let staleTimer: NodeJS.Timeout | null = null;
  const sessions = createSmtpSessions();

  async function currentSettings() {
    const now = Date.now();
    if (!settings || now - settings.at > SETTINGS_TTL_MS) {
      const s = await readSettings(deps.db, ['sending.paused', 'sending.gapMinSeconds', 'sending.gapMaxSeconds']);
      const min = (s['sending.gapMinSeconds'] ?? 60) * 1000;
      settings = { at: now, paused: s['sending.paused'] ?? false, minMs: min, maxMs: Math.max(min, (s['sending.gapMaxSeconds'] ?? 180) * 1000) };
    }
    return settings;
  }

  async function attempt(email: ClaimedEmail): Promise<SendResult> {
    let password: string | null;
    try {
      password = openPassword(deps.secrets, email.account.password);
    } catch (error) {
      return { kind: 'account', reason: 'authentication', reply: (error as Error).message };
    }
    const raw = await composeMessage({
      messageId: email.messageId,
      date: deps.clock.now(),
      from: { name: email.account.fromName, address: email.account.fromEmail },
      to: email.to,
      replyTo: email.account.replyTo,
      subject: email.subject,
      text: email.bodyText,
      html: email.bodyHtml,
      inReplyTo: email.inReplyTo,
    });
    const { account } = email;
    return sessions.send(
      { host: account.host, port: account.port, secure: account.secure, username: account.username, password },
      { from: account.fromEmail, to: email.to.address },
      raw,
    );
  }

  async function sendNext(): Promise<StepResult> {
    const s = await currentSettings();
    if (s.paused) return { kind: 'idle', retryAt: null };
    const claim = await claimDueEmails(deps.db, {
      engineId,
      now: deps.clock.now(),
      batch: deps.batch ?? 8,
      nextGapMs: () => randomGap(s.minMs, s.maxMs),
    });
    if (claim.kind === 'idle') {
      // Nothing more to send right now (a gap, a cap, an empty queue): no session is held open meanwhile.
      sessions.closeAll();
      return claim;
    }
    const results = await Promise.all(claim.emails.map(async (email) => ({ email, result: await attempt(email) })));
    const outcomes = await recordOutcomes(deps.db, results, deps.clock.now(), engineId);
    for (const [i, outcome] of outcomes.entries()) {
      const { email, result } = results.find((r) => r.email.id === outcome.emailId) ?? results[i]!;
      if (outcome.status === 'sent') {
        deps.log.info(`sent ${email.messageId} to ${email.to.address} via ${email.account.providerName}: ${result.reply}`);
        deps.events.emit('sending.sent', { emailId: email.id, leadId: email.leadId, campaignId: email.campaignId, accountId: email.account.id });
      } else {
        deps.log.warn(`${outcome.status}: ${email.messageId} to ${email.to.address} via ${email.account.providerName}: ${result.reply}`);
        deps.events.emit('sending.notSent', { emailId: email.id, status: outcome.status as 'queued', reply: result.reply });
      }
      if (outcome.rested) {
        const r = outcome.rested;
        deps.log.warn(`account ${r.name} rests until ${r.until.toISOString()}: ${r.reason}`);
        deps.events.emit('sending.accountRested', { accountId: r.accountId, name: r.name, until: r.until.toISOString(), reason: r.reason });
      }
    }
    return { kind: 'done', outcomes: outcomes.map((o) => ({ emailId: o.emailId, status: o.status })) };
  }

  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      if (stopping) return resolve();
      const timer = setTimeout(done, Math.max(0, ms));
      function done() {
        clearTimeout(timer);
        wakers = wakers.filter((w) => w !== done);
        resolve();
      }
      wakers.push(done);
    });
  }

  async function work(): Promise<void> {
    while (!stopping) {
      try {
        const step = await sendNext();
        if (step.kind === 'idle') {
          const until = step.retryAt ? step.retryAt.getTime() - deps.clock.now().getTime() : pollMs;
          await sleep(Math.min(Math.max(until, 10), pollMs));
        }
      } catch (error) {
        if (stopping) break;
        deps.log.error('The delivery engine hit an error; it will try again shortly.', error);
        await sleep(pollMs);
      }
    }
  }

  return {
    engineId,
    async start() {
      stopping = false;
      const orphans = await markInterruptedUnknown(deps.db, deps.exclusive ? null : new Date(deps.clock.now().getTime() - staleClaimMs));
      if (orphans.length) deps.log.warn(`${orphans.length} email(s) were interrupted mid-send and are now "unknown": check them in the Outbox.`);
      if (!deps.exclusive) {
        staleTimer = setInterval(() => {
          void markInterruptedUnknown(deps.db, new Date(deps.clock.now().getTime() - staleClaimMs)).catch(() => undefined);
        }, 60_000);
        staleTimer.unref();
      }
      workers = Array.from({ length: Math.max(1, deps.concurrency ?? 1) }, () => work());
    },
    async stop() {
      stopping = true;
      if (staleTimer) clearInterval(staleTimer);
      for (const wake of [...wakers]) wake();
      await Promise.all(workers);
      workers = [];
      sessions.closeAll();
    },
    wake() {
      settings = null;
      for (const wake of [...wakers]) wake();
    },
    sendNext,
    async runUntilIdle() {
      for (;;) {
        const step = await sendNext();
        if (step.kind === 'idle') return;
      }
    },
  };
}
