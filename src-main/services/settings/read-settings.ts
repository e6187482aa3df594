import { inArray } from 'drizzle-orm';
import { settingDefaults, settingKeys, settingSchemas, type SettingKey, type Settings } from '../../../src-shared/domain/settings-keys';
import type { DbOrTx } from '../../db/client';
import { settings } from '../../db/schema';

/** The asked-for settings with defaults filled in; a stored value that no longer parses falls back to its default. */
export async function readSettings(db: DbOrTx, keys: SettingKey[] = settingKeys): Promise<Partial<Settings>> {
  const rows = keys.length ? await db.select().from(settings).where(inArray(settings.key, keys)) : [];
  const stored = new Map(rows.map((row) => [row.key, row.value]));
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const parsed = settingSchemas[key].safeParse(stored.get(key));
    out[key] = parsed.success ? parsed.data : settingDefaults[key];
  }
  return out as Partial<Settings>;
}
