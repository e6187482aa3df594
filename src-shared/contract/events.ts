import type { SettingKey } from '../domain/settings-keys';

/** Pushes from main to every window: `domain.pastTense` → payload. */
export interface EventPayloads {
  'settings.changed': { key: SettingKey };
  'database.switched': { nextStart: { mode: 'embedded' | 'server'; location: string } };
}

export type EventName = keyof EventPayloads;
