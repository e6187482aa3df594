import { desc, eq } from 'drizzle-orm';
import {
  applySavedMapping,
  autoMapColumns,
  headerSignature,
  type ColumnMapping,
  type ImportFormat,
} from '../../../src-shared/domain/column-mapping';
import type { DbOrTx } from '../../db/client';
import { importPresets, type ImportPreset } from '../../db/schema';
import { recordActivity } from '../activity/record-activity';

export interface SuggestedMapping {
  format: ImportFormat;
  mapping: ColumnMapping;
  signature: string;
  /** The preset whose mapping was re-applied, when the same set of headers was imported before. */
  preset: { name: string; defaults: Record<string, unknown> } | null;
}

/** The mapping the wizard starts from: a saved one for these headers (or the named preset), else automatic. */
export async function suggestMapping(db: DbOrTx, headers: readonly string[], presetName?: string): Promise<SuggestedMapping> {
  const signature = headerSignature(headers);
  const auto = autoMapColumns(headers);
  const [preset] = presetName
    ? await db.select().from(importPresets).where(eq(importPresets.name, presetName)).limit(1)
    : await db
        .select()
        .from(importPresets)
        .where(eq(importPresets.headerSignature, signature))
        .orderBy(desc(importPresets.updatedAt))
        .limit(1);
  if (!preset) return { format: auto.format, mapping: auto.mapping, signature, preset: null };
  return {
    format: auto.format,
    mapping: applySavedMapping(headers, preset.mapping as ColumnMapping),
    signature,
    preset: { name: preset.name, defaults: preset.defaults },
  };
}

export async function findPreset(db: DbOrTx, name: string): Promise<ImportPreset | null> {
  const [preset] = await db.select().from(importPresets).where(eq(importPresets.name, name)).limit(1);
  return preset ?? null;
}

export async function listPresets(db: DbOrTx): Promise<ImportPreset[]> {
  return db.select().from(importPresets).orderBy(desc(importPresets.updatedAt));
}

/**
 * Saves the mapping of an import: under the given name (replacing that preset), or else under
 * the preset already kept for this header set, or a new one named after the file.
 */
export async function saveMappingPreset(
  db: DbOrTx,
  input: { name?: string | undefined; fileName: string; signature: string; mapping: ColumnMapping; defaults: Record<string, unknown> },
): Promise<string> {
  let name = input.name?.trim();
  if (!name) {
    const [same] = await db
      .select({ name: importPresets.name })
      .from(importPresets)
      .where(eq(importPresets.headerSignature, input.signature))
      .orderBy(desc(importPresets.updatedAt))
      .limit(1);
    name = same?.name ?? (await freeName(db, `Columns of ${input.fileName}`.slice(0, 240)));
  }
  const values = { headerSignature: input.signature, mapping: input.mapping, defaults: input.defaults };
  const [saved] = await db
    .insert(importPresets)
    .values({ name, ...values })
    .onConflictDoUpdate({ target: importPresets.name, set: values })
    .returning({ id: importPresets.id });
  await recordActivity(db, {
    entityType: 'import_preset',
    entityId: saved!.id,
    action: 'saved',
    description: `Saved the column mapping "${name}".`,
  });
  return name;
}

async function freeName(db: DbOrTx, base: string): Promise<string> {
  for (let i = 1; ; i++) {
    const name = i === 1 ? base : `${base} (${i})`;
    if (!(await findPreset(db, name))) return name;
  }
}
