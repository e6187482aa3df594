import { asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { CustomVariableRow, customVariableFieldsSchema } from '../../../src-shared/contract/custom-variables';
import { analyseTemplate, knownTemplateVariables } from '../../../src-shared/domain/templates';
import { RESERVED_ROOTS } from '../../../src-shared/domain/templates/template-variables';
import type { AppDb, DbOrTx } from '../../db/client';
import { customVariables, type CustomVariable } from '../../db/schema';
import { AppError, notFound } from '../../rpc/app-error';
import { recordActivity } from '../activity/record-activity';
import { refreshVariableUsage } from '../templates/refresh-variable-usage';

export type CustomVariableInput = z.output<typeof customVariableFieldsSchema>;

function toRow(row: CustomVariable): CustomVariableRow {
  return {
    id: row.id,
    key: row.key,
    label: row.label,
    value: row.value,
    category: row.category,
    description: row.description,
    defaultValue: row.defaultValue,
    isActive: row.isActive,
    usageCount: row.usageCount,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A key must not hide a built-in ({{email}} is always the lead's), and the value is Liquid that must parse. */
function check(input: CustomVariableInput): void {
  if (RESERVED_ROOTS.has(input.key)) {
    throw new AppError('INVALID_INPUT', `"${input.key}" is a built-in variable; choose another key.`, {
      fieldErrors: { key: ['Already a built-in variable'] },
    });
  }
  // Values are rendered against lead fields and imported columns (not other custom variables).
  const analysis = analyseTemplate({ subject: input.value }, knownTemplateVariables([]));
  if (analysis.errors.length > 0) {
    const issue = analysis.errors[0]!;
    throw new AppError('INVALID_INPUT', `The value has an error: ${issue.message}`, { fieldErrors: { value: [issue.message] } });
  }
}

export async function listCustomVariables(db: DbOrTx): Promise<CustomVariableRow[]> {
  const rows = await db.select().from(customVariables).orderBy(asc(customVariables.key));
  return rows.map(toRow);
}

async function refuseTakenKey(tx: DbOrTx, key: string, exceptId: string | null): Promise<void> {
  const taken = await tx.query.customVariables.findFirst({ where: eq(customVariables.key, key) });
  if (taken && taken.id !== exceptId) {
    throw new AppError('CONFLICT', `A variable {{${key}}} already exists.`, { fieldErrors: { key: ['Already used by another variable'] } });
  }
}

export async function createCustomVariable(db: AppDb, input: CustomVariableInput): Promise<CustomVariableRow> {
  check(input);
  return db.transaction(async (tx) => {
    await refuseTakenKey(tx, input.key, null);
    const [row] = await tx.insert(customVariables).values(input).returning();
    await recordActivity(tx, {
      entityType: 'custom_variable',
      entityId: row!.id,
      action: 'created',
      description: `Variable {{${row!.key}}} created`,
    });
    await refreshVariableUsage(tx);
    return toRow((await tx.query.customVariables.findFirst({ where: eq(customVariables.id, row!.id) }))!);
  });
}

export async function updateCustomVariable(db: AppDb, id: string, input: CustomVariableInput): Promise<CustomVariableRow> {
  check(input);
  return db.transaction(async (tx) => {
    await refuseTakenKey(tx, input.key, id);
    const [row] = await tx.update(customVariables).set(input).where(eq(customVariables.id, id)).returning();
    if (!row) throw notFound('The variable');
    await recordActivity(tx, {
      entityType: 'custom_variable',
      entityId: id,
      action: 'updated',
      description: `Variable {{${row.key}}} saved`,
    });
    await refreshVariableUsage(tx);
    return toRow((await tx.query.customVariables.findFirst({ where: eq(customVariables.id, id) }))!);
  });
}

/** Templates that use the key keep it; the editor then reports it as unknown. */
export async function deleteCustomVariable(db: AppDb, id: string): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    const [row] = await tx.delete(customVariables).where(eq(customVariables.id, id)).returning({ key: customVariables.key });
    if (!row) throw notFound('The variable');
    await recordActivity(tx, {
      entityType: 'custom_variable',
      entityId: id,
      action: 'deleted',
      description: `Variable {{${row.key}}} deleted`,
    });
    return { id };
  });
}
