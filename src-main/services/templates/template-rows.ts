import type { TemplateDetail, TemplateSummary } from '../../../src-shared/contract/templates';
import type { TemplateInput } from '../../../src-shared/domain/templates';
import type { EmailTemplate } from '../../db/schema';

export function toTemplateSummary(row: EmailTemplate): TemplateSummary {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    category: row.category,
    industry: row.industry,
    followUpStage: row.followUpStage,
    subject: row.subject,
    variables: row.variables,
    isActive: row.isActive,
    isDefault: row.isDefault,
    usageCount: row.usageCount,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toTemplateDetail(row: EmailTemplate): TemplateDetail {
  return {
    ...toTemplateSummary(row),
    bodyHtml: row.bodyHtml,
    bodyText: row.bodyText,
    bodyTextOverride: row.bodyTextOverride,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * What compileTemplate takes from a stored template or sequence step. The stored text part is only
 * the user's when they overrode it; otherwise the renderer derives it from the HTML at compile time
 * (it keeps Liquid tags intact, which a stored copy of htmlToText cannot). The sender calls this too.
 */
export function templateInputOf(
  row: { subject: string; bodyHtml: string | null; bodyTextOverride: boolean } & ({ bodyText: string } | { body: string }),
): TemplateInput {
  const text = 'bodyText' in row ? row.bodyText : row.body;
  const useText = row.bodyTextOverride || !row.bodyHtml?.trim();
  return { subject: row.subject, bodyHtml: row.bodyHtml, bodyText: useText ? text : null };
}
