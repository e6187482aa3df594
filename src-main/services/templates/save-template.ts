import { and, eq, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { SavedTemplate, templateFieldsSchema } from '../../../src-shared/contract/templates';
import type { AppDb, DbOrTx } from '../../db/client';
import { emailTemplates, type EmailTemplate } from '../../db/schema';
import { notFound } from '../../rpc/app-error';
import { recordActivity } from '../activity/record-activity';
import { refreshVariableUsage } from './refresh-variable-usage';
import { toTemplateDetail } from './template-rows';
import { checkWording } from './template-wording';

export type TemplateFieldsInput = z.output<typeof templateFieldsSchema>;

/** Only one default per category: the previous one gives the flag up in the same transaction. */
async function clearOtherDefaults(tx: DbOrTx, category: EmailTemplate['category'], keepId: string | null): Promise<void> {
  const others = and(eq(emailTemplates.category, category), eq(emailTemplates.isDefault, true));
  await tx
    .update(emailTemplates)
    .set({ isDefault: false })
    .where(keepId ? and(others, ne(emailTemplates.id, keepId)) : others);
}

export async function createTemplate(db: AppDb, input: TemplateFieldsInput): Promise<SavedTemplate> {
  return db.transaction(async (tx) => {
    const wording = await checkWording(tx, input);
    if (input.isDefault) await clearOtherDefaults(tx, input.category, null);
    const [row] = await tx
      .insert(emailTemplates)
      .values({ ...fieldsOf(input), ...rowWording(wording) })
      .returning();
    await recordActivity(tx, {
      entityType: 'email_template',
      entityId: row!.id,
      action: 'created',
      description: `Template "${row!.name}" created`,
    });
    await refreshVariableUsage(tx);
    return { template: toTemplateDetail(row!), warnings: wording.warnings };
  });
}

export async function updateTemplate(db: AppDb, id: string, input: TemplateFieldsInput): Promise<SavedTemplate> {
  return db.transaction(async (tx) => {
    const wording = await checkWording(tx, input);
    if (input.isDefault) await clearOtherDefaults(tx, input.category, id);
    const [row] = await tx
      .update(emailTemplates)
      .set({ ...fieldsOf(input), ...rowWording(wording) })
      .where(eq(emailTemplates.id, id))
      .returning();
    if (!row) throw notFound('The template');
    await recordActivity(tx, {
      entityType: 'email_template',
      entityId: id,
      action: 'updated',
      description: `Template "${row.name}" saved`,
    });
    await refreshVariableUsage(tx);
    return { template: toTemplateDetail(row), warnings: wording.warnings };
  });
}

function fieldsOf(input: TemplateFieldsInput) {
  return {
    name: input.name,
    description: input.description,
    category: input.category,
    industry: input.industry,
    followUpStage: input.followUpStage,
    isActive: input.isActive,
    isDefault: input.isDefault,
  };
}

function rowWording(wording: Awaited<ReturnType<typeof checkWording>>) {
  return {
    subject: wording.subject,
    bodyHtml: wording.bodyHtml,
    bodyText: wording.bodyText,
    bodyTextOverride: wording.bodyTextOverride,
    variables: wording.variables,
  };
}
