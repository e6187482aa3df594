import type { SettingKey } from '../domain/settings-keys';

/** Pushes from main to every window: `domain.pastTense` → payload. */
export interface EventPayloads {
  'settings.changed': { key: SettingKey };
  'database.switched': { nextStart: { mode: 'embedded' | 'server'; location: string } };
  /** Leads were added, edited or removed: lead lists refresh. */
  'leads.changed': { reason: 'created' | 'updated' | 'deleted' | 'restored' | 'bulk' | 'imported' | 'researched'; count: number };
}

export type EventName = keyof EventPayloads;
