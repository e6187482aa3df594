import { basename } from 'node:path';
import { headerSignature, type ColumnMapping, type ImportFormat } from '../../../src-shared/domain/column-mapping';
import type { DedupeStrategy } from '../../../src-shared/domain/import-options';
import { missingRequiredFields, type LeadDefaults } from '../../../src-shared/domain/normalise-lead';
import { leadFieldsByName } from '../../../src-shared/domain/lead-fields';
import type { AppDb } from '../../db/client';
import { leadBatches } from '../../db/schema';
import { AppError } from '../../rpc/app-error';
import { recordActivity } from '../activity/record-activity';
import { saveMappingPreset } from './import-presets';
import type { CsvSettings } from './sniff-csv';

export interface NewImportBatch {
  fileName: string;
  settings: CsvSettings;
  mapping: ColumnMapping;
  defaults: LeadDefaults;
  dedupe: DedupeStrategy;
  format: ImportFormat;
  presetName?: string | undefined;
  uploadedBy?: string | undefined;
}

/**
 * Checks that the import can succeed at all, saves its mapping as a preset and creates the batch
 * row (status running) that runImport fills. A field no column and no default provides (an
 * industry, usually) stops the import here instead of failing every row.
 */
export async function createImportBatch(db: AppDb, input: NewImportBatch): Promise<{ batchId: string; presetName: string }> {
  const missing = missingRequiredFields(input.mapping, input.defaults);
  if (missing.length) {
    const labels = missing.map((f) => leadFieldsByName[f].label.toLowerCase());
    throw new AppError('INVALID_INPUT', `Every lead needs ${labels.join(' and ')}: map a column to it or set a default for this import.`, {
      missingFields: missing,
    });
  }
  const unknownHeaders = Object.keys(input.mapping).filter((h) => !input.settings.headers.includes(h));
  if (unknownHeaders.length) {
    throw new AppError('INVALID_INPUT', `The mapping names columns the file does not have: ${unknownHeaders.slice(0, 5).join(', ')}.`);
  }
  const signature = headerSignature(input.settings.headers);
  const fileName = basename(input.fileName).slice(0, 255);
  return db.transaction(async (tx) => {
    const presetName = await saveMappingPreset(tx, {
      name: input.presetName,
      fileName,
      signature,
      mapping: input.mapping,
      defaults: { ...input.defaults },
    });
    const [batch] = await tx
      .insert(leadBatches)
      .values({
        name: `Import of ${fileName}`.slice(0, 255),
        sourceFile: fileName,
        uploadedBy: input.uploadedBy ?? null,
        status: 'running',
        heartbeatAt: new Date(),
        importSettings: {
          mapping: input.mapping,
          defaults: input.defaults,
          dedupe: input.dedupe,
          format: input.format,
          csv: input.settings,
          headerSignature: signature,
          presetName,
        },
      })
      .returning({ id: leadBatches.id });
    await recordActivity(tx, {
      entityType: 'lead_batch',
      entityId: batch!.id,
      action: 'import_started',
      description: `Started importing ${fileName}.`,
      metadata: { dedupe: input.dedupe, format: input.format },
    });
    return { batchId: batch!.id, presetName };
  });
}
