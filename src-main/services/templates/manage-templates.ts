import { and, asc, desc, eq, ilike, isNotNull, or, type SQL } from 'drizzle-orm';
import type { TemplateDetail, TemplateSummary } from '../../../src-shared/contract/templates';
import type { TemplateCategoryName } from '../../../src-shared/domain/template-categories';
import type { AppDb, DbOrTx } from '../../db/client';
import { emailTemplates } from '../../db/schema';
import { notFound } from '../../rpc/app-error';
import { recordActivity } from '../activity/record-activity';
import { likePattern } from './like-pattern';
import { refreshVariableUsage } from './refresh-variable-usage';
import { toTemplateDetail, toTemplateSummary } from './template-rows';

export interface TemplateListFilter {
  search?: string | undefined;
  category?: TemplateCategoryName | undefined;
  industry?: string | undefined;
  followUpStage?: string | undefined;
  isActive?: boolean | undefined;
}

/** The library: a few hundred templates at most, so the whole filtered list comes back at once. */
export async function listTemplates(db: DbOrTx, filter: TemplateListFilter) {
  const conditions: SQL[] = [];
  if (filter.search) {
    const pattern = likePattern(filter.search);
    conditions.push(
      or(ilike(emailTemplates.name, pattern), ilike(emailTemplates.subject, pattern), ilike(emailTemplates.bodyText, pattern))!,
    );
  }
  if (filter.category) conditions.push(eq(emailTemplates.category, filter.category));
  if (filter.industry) conditions.push(eq(emailTemplates.industry, filter.industry));
  if (filter.followUpStage) conditions.push(eq(emailTemplates.followUpStage, filter.followUpStage));
  if (filter.isActive !== undefined) conditions.push(eq(emailTemplates.isActive, filter.isActive));
  const rows = await db
    .select()
    .from(emailTemplates)
    .where(and(...conditions))
    .orderBy(desc(emailTemplates.isDefault), asc(emailTemplates.category), asc(emailTemplates.name));
  const industries = await db
    .selectDistinct({ value: emailTemplates.industry })
    .from(emailTemplates)
    .where(isNotNull(emailTemplates.industry))
    .orderBy(asc(emailTemplates.industry));
  const stages = await db
    .selectDistinct({ value: emailTemplates.followUpStage })
    .from(emailTemplates)
    .where(isNotNull(emailTemplates.followUpStage))
    .orderBy(asc(emailTemplates.followUpStage));
  return {
    items: rows.map(toTemplateSummary) as TemplateSummary[],
    industries: industries.map((r) => r.value!),
    followUpStages: stages.map((r) => r.value!),
  };
}

export async function readTemplate(db: DbOrTx, id: string): Promise<TemplateDetail> {
  const row = await db.query.emailTemplates.findFirst({ where: eq(emailTemplates.id, id) });
  if (!row) throw notFound('The template');
  return toTemplateDetail(row);
}

/** A copy to edit: never the default, usage starts at zero. */
export async function duplicateTemplate(db: AppDb, id: string): Promise<TemplateDetail> {
  return db.transaction(async (tx) => {
    const original = await tx.query.emailTemplates.findFirst({ where: eq(emailTemplates.id, id) });
    if (!original) throw notFound('The template');
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = original;
    const [copy] = await tx
      .insert(emailTemplates)
      .values({ ...fields, name: `${original.name} (copy)`.slice(0, 255), isDefault: false, usageCount: 0 })
      .returning();
    await recordActivity(tx, {
      entityType: 'email_template',
      entityId: copy!.id,
      action: 'created',
      description: `Template "${copy!.name}" duplicated from "${original.name}"`,
      metadata: { duplicatedFrom: id },
    });
    await refreshVariableUsage(tx);
    return toTemplateDetail(copy!);
  });
}

/** Sequence steps taken from it keep their copied wording (template_id is set to null). */
export async function deleteTemplate(db: AppDb, id: string): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    const [row] = await tx.delete(emailTemplates).where(eq(emailTemplates.id, id)).returning({ name: emailTemplates.name });
    if (!row) throw notFound('The template');
    await recordActivity(tx, {
      entityType: 'email_template',
      entityId: id,
      action: 'deleted',
      description: `Template "${row.name}" deleted`,
    });
    await refreshVariableUsage(tx);
    return { id };
  });
}
