import { asc } from 'drizzle-orm';
import type { z } from 'zod';
import type { PreviewedEmail, TemplatePreview, templateSourceSchema, PreviewAudience } from '../../../src-shared/contract/templates';
import {
  analyseTemplate,
  compileTemplate,
  previewWarnings,
  renderEmail,
  type CompiledTemplate,
  type TemplateCustomVariable,
  type TemplateSender,
} from '../../../src-shared/domain/templates';
import type { DbOrTx } from '../../db/client';
import { customVariables, type Lead } from '../../db/schema';
import { audienceCondition, audiencePage, countAudience, leadChoiceOf, randomLeads, readLead } from './preview-leads';
import { previewSender } from './preview-sender';
import { templateInputOf } from './template-rows';
import { readKnownVariables } from './template-wording';

export interface PreviewRequest {
  template: z.output<typeof templateSourceSchema>;
  leadId?: string | undefined;
  audience?: PreviewAudience | undefined;
  senderAccountId?: string | undefined;
}

const SAMPLE_SIZE = 5;
// Missing values are counted by rendering each lead of the audience (exact, conditionals and
// custom variables included, which SQL could not do). Past this many leads the count is a sample.
export const GAP_CHECK_CAP = 5_000;
const PAGE = 1_000;

function renderFor(template: CompiledTemplate, lead: Lead, sender: TemplateSender, variables: TemplateCustomVariable[]): PreviewedEmail {
  try {
    const email = renderEmail(template, lead, sender, variables);
    return { lead: leadChoiceOf(lead), ...email, ...previewWarnings(email), error: null };
  } catch (error) {
    return {
      lead: leadChoiceOf(lead),
      subject: '',
      text: '',
      html: '',
      missing: [],
      warnings: [],
      subjectLength: 0,
      linksCount: 0,
      htmlBytes: 0,
      error: error instanceof Error ? error.message : String(error),
    };
  }
}

/** Renders the editor's (possibly unsaved) wording exactly as the sender would, for one lead or a sample of an audience. */
export async function previewTemplate(db: DbOrTx, request: PreviewRequest): Promise<TemplatePreview> {
  const input = templateInputOf({
    subject: request.template.subject,
    bodyHtml: request.template.bodyHtml ?? null,
    bodyText: request.template.bodyText,
    bodyTextOverride: request.template.bodyTextOverride,
  });
  const analysis = analyseTemplate(input, await readKnownVariables(db));
  const sender = await previewSender(db, request.senderAccountId);
  const senderOut = { name: sender.name, email: sender.email, source: sender.source };
  if (analysis.errors.length > 0) {
    return { emails: [], sender: senderOut, errors: analysis.errors, unknownVariables: analysis.unknown, audience: null };
  }
  const template = compileTemplate(input);
  const variables = await db.select().from(customVariables).orderBy(asc(customVariables.key));

  if (request.leadId) {
    const lead = await readLead(db, request.leadId);
    return {
      emails: [renderFor(template, lead, sender, variables)],
      sender: senderOut,
      errors: [],
      unknownVariables: analysis.unknown,
      audience: null,
    };
  }

  const where = audienceCondition(request.audience ?? {});
  const total = await countAudience(db, where);
  const sample = await randomLeads(db, where, SAMPLE_SIZE);
  const byVariable = new Map<string, number>();
  let checked = 0;
  let leadsMissingValues = 0;
  let afterId: string | null = null;
  while (checked < Math.min(total, GAP_CHECK_CAP)) {
    const page = await audiencePage(db, where, afterId, Math.min(PAGE, GAP_CHECK_CAP - checked));
    if (page.length === 0) break;
    for (const lead of page) {
      let missing: string[];
      try {
        missing = renderEmail(template, lead, sender, variables).missing;
      } catch {
        missing = ['(render error)'];
      }
      if (missing.length > 0) leadsMissingValues++;
      for (const name of missing) byVariable.set(name, (byVariable.get(name) ?? 0) + 1);
    }
    checked += page.length;
    afterId = page[page.length - 1]!.id;
  }
  return {
    emails: sample.map((lead) => renderFor(template, lead, sender, variables)),
    sender: senderOut,
    errors: [],
    unknownVariables: analysis.unknown,
    audience: {
      total,
      checked,
      checkedAll: checked >= total,
      leadsMissingValues,
      missingByVariable: [...byVariable].map(([variable, leads]) => ({ variable, leads })).sort((a, b) => b.leads - a.leads),
    },
  };
}
