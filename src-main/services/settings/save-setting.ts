import type { SetSettingInput } from '../../../src-shared/contract/settings';
import type { AppDb } from '../../db/client';
import { settings } from '../../db/schema';
import { recordActivity } from '../activity/record-activity';

export async function saveSetting(db: AppDb, input: SetSettingInput): Promise<{ key: SetSettingInput['key']; updatedAt: string }> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(settings)
      .values({ key: input.key, value: input.value })
      .onConflictDoUpdate({ target: settings.key, set: { value: input.value } })
      .returning({ id: settings.id, updatedAt: settings.updatedAt });
    await recordActivity(tx, {
      entityType: 'setting',
      entityId: row!.id,
      action: 'updated',
      description: `Setting ${input.key} changed`,
      metadata: { key: input.key },
    });
    return { key: input.key, updatedAt: row!.updatedAt.toISOString() };
  });
}
