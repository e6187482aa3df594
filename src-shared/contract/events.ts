import type { ImportStatusValue } from '../domain/import-options';
import type { SettingKey } from '../domain/settings-keys';
import type { ResearchJob, ResearchResult } from './research';
import type { ImportProgressEvent } from './imports';

/** Pushes from main to every window: `domain.pastTense` → payload. */
export interface EventPayloads {
  'settings.changed': { key: SettingKey };
  /** A website-analysis job moved: throttled to a few per second, and once on every status change. */
  'research.progressed': { job: ResearchJob; latest: ResearchResult[] };
  'database.switched': { nextStart: { mode: 'embedded' | 'server'; location: string } };
  /** Leads were added, edited or removed: lead lists refresh. */
  'leads.changed': { reason: 'created' | 'updated' | 'deleted' | 'restored' | 'bulk' | 'imported' | 'researched'; count: number };
  /** The server answered 250 for this email. */
  'sending.sent': { emailId: string; leadId: string; campaignId: string | null; accountId: string };
  /** An attempt ended without a 250: back in the queue (retry), bounced, failed or unknown. */
  'sending.notSent': { emailId: string; status: 'queued' | 'bounced' | 'failed' | 'unknown'; reply: string };
  /** A provider-level failure rested an account until `until`; the next one by priority takes over. */
  'sending.accountRested': { accountId: string; name: string; until: string; reason: string };
  /** The user paused or resumed all sending. */
  'sending.paused': { paused: boolean };
  /** Accounts, the do-not-contact list or unknown emails changed (not by the engine). */
  'sending.changed': Record<string, never>;
  /** After every committed chunk of an import: rows done, rows/s, ETA. */
  'imports.progressed': ImportProgressEvent;
  'imports.finished': { batchId: string; status: ImportStatusValue };
  /** A campaign was created, changed, launched, paused… or the scheduler moved it. */
  'campaigns.changed': { campaignId: string | null };
  'imports.undone': { batchId: string; removed: number; kept: number };
}

export type EventName = keyof EventPayloads;
