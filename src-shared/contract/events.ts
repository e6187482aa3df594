import type { ImportStatusValue } from '../domain/import-options';
import type { SettingKey } from '../domain/settings-keys';
import type { ImportProgressEvent } from './imports';

/** Pushes from main to every window: `domain.pastTense` → payload. */
export interface EventPayloads {
  'settings.changed': { key: SettingKey };
  'database.switched': { nextStart: { mode: 'embedded' | 'server'; location: string } };
  /** After every committed chunk of an import: rows done, rows/s, ETA. */
  'imports.progressed': ImportProgressEvent;
  'imports.finished': { batchId: string; status: ImportStatusValue };
  'imports.undone': { batchId: string; removed: number; kept: number };
}

export type EventName = keyof EventPayloads;
