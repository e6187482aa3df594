import { asc, inArray } from 'drizzle-orm';
import type { SequenceStep } from '../../../src-shared/domain/campaign-schedule';
import type { TemplateInput } from '../../../src-shared/domain/templates/types';
import type { DbOrTx } from '../../db/client';
import { emailTemplates, workflowSteps, type Campaign, type EmailTemplate, type WorkflowStep } from '../../db/schema';
import { templateInputOf } from '../templates/template-rows';

export interface CampaignStep extends SequenceStep {
  input: TemplateInput;
  /** Sent in the thread of the first email: "Re: <first subject>", In-Reply-To the previous email. */
  sendAsReply: boolean;
}

type StepSettings = Pick<Campaign, 'workflowId' | 'emailTemplateId' | 'followUpEnabled' | 'followUp1DelayDays' | 'followUp2DelayDays'>;

/**
 * The emails a campaign sends each lead: the steps of its sequence, or its one template followed,
 * when follow-ups are on, by two replies in the same thread after followUp1/2DelayDays.
 */
export function stepsOf(campaign: StepSettings, template: EmailTemplate | undefined, sequence: WorkflowStep[]): CampaignStep[] {
  if (campaign.workflowId) {
    return [...sequence]
      .sort((a, b) => a.stepNumber - b.stepNumber)
      .map((r, i) => ({
        stepNumber: r.stepNumber,
        daysAfterPrevious: i === 0 ? 0 : r.daysAfterPrevious,
        input: templateInputOf(r),
        sendAsReply: i > 0 && r.sendAsReply,
      }));
  }
  if (!template) return [];
  const input = templateInputOf(template);
  const steps: CampaignStep[] = [{ stepNumber: 1, daysAfterPrevious: 0, input, sendAsReply: false }];
  if (campaign.followUpEnabled) {
    steps.push({ stepNumber: 2, daysAfterPrevious: campaign.followUp1DelayDays, input, sendAsReply: true });
    steps.push({ stepNumber: 3, daysAfterPrevious: campaign.followUp2DelayDays, input, sendAsReply: true });
  }
  return steps;
}

export async function readCampaignSteps(db: DbOrTx, campaign: StepSettings): Promise<CampaignStep[]> {
  return (await readStepsOfCampaigns(db, [{ ...campaign, id: '' }])).get('') ?? [];
}

/** Steps of many campaigns in two queries (the scheduler tick reads them all at once). */
export async function readStepsOfCampaigns(db: DbOrTx, list: Array<StepSettings & { id: string }>): Promise<Map<string, CampaignStep[]>> {
  const templateIds = [...new Set(list.filter((c) => !c.workflowId && c.emailTemplateId).map((c) => c.emailTemplateId!))];
  const workflowIds = [...new Set(list.filter((c) => c.workflowId).map((c) => c.workflowId!))];
  const templates = templateIds.length ? await db.select().from(emailTemplates).where(inArray(emailTemplates.id, templateIds)) : [];
  const steps = workflowIds.length
    ? await db.select().from(workflowSteps).where(inArray(workflowSteps.workflowId, workflowIds)).orderBy(asc(workflowSteps.stepNumber))
    : [];
  const out = new Map<string, CampaignStep[]>();
  for (const c of list) {
    out.set(
      c.id,
      stepsOf(
        c,
        templates.find((t) => t.id === c.emailTemplateId),
        steps.filter((s) => s.workflowId === c.workflowId),
      ),
    );
  }
  return out;
}

