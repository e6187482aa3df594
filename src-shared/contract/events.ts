import type { SettingKey } from '../domain/settings-keys';
import type { ResearchJob, ResearchResult } from './research';

/** Pushes from main to every window: `domain.pastTense` → payload. */
export interface EventPayloads {
  'settings.changed': { key: SettingKey };
  /** A website-analysis job moved: throttled to a few per second, and once on every status change. */
  'research.progressed': { job: ResearchJob; latest: ResearchResult[] };
  'database.switched': { nextStart: { mode: 'embedded' | 'server'; location: string } };
}

export type EventName = keyof EventPayloads;
