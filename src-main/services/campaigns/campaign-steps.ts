import { asc, eq } from 'drizzle-orm';
import type { SequenceStep } from '../../../src-shared/domain/campaign-schedule';
import type { TemplateInput } from '../../../src-shared/domain/templates/types';
import type { DbOrTx } from '../../db/client';
import { emailTemplates, workflowSteps, type Campaign } from '../../db/schema';
import { templateInputOf } from '../templates/template-rows';

export interface CampaignStep extends SequenceStep {
  input: TemplateInput;
  /** Sent in the thread of the first email: "Re: <first subject>", In-Reply-To the previous email. */
  sendAsReply: boolean;
}

/**
 * The emails a campaign sends each lead: the steps of its sequence, or its one template followed,
 * when follow-ups are on, by two replies in the same thread after followUp1/2DelayDays.
 */
export async function readCampaignSteps(
  db: DbOrTx,
  campaign: Pick<Campaign, 'workflowId' | 'emailTemplateId' | 'followUpEnabled' | 'followUp1DelayDays' | 'followUp2DelayDays'>,
): Promise<CampaignStep[]> {
  if (campaign.workflowId) {
    const rows = await db.select().from(workflowSteps).where(eq(workflowSteps.workflowId, campaign.workflowId)).orderBy(asc(workflowSteps.stepNumber));
    return rows.map((r, i) => ({
      stepNumber: r.stepNumber,
      daysAfterPrevious: i === 0 ? 0 : r.daysAfterPrevious,
      input: templateInputOf(r),
      sendAsReply: i > 0 && r.sendAsReply,
    }));
  }
  if (!campaign.emailTemplateId) return [];
  const [template] = await db.select().from(emailTemplates).where(eq(emailTemplates.id, campaign.emailTemplateId));
  if (!template) return [];
  const input = templateInputOf(template);
  const steps: CampaignStep[] = [{ stepNumber: 1, daysAfterPrevious: 0, input, sendAsReply: false }];
  if (campaign.followUpEnabled) {
    steps.push({ stepNumber: 2, daysAfterPrevious: campaign.followUp1DelayDays, input, sendAsReply: true });
    steps.push({ stepNumber: 3, daysAfterPrevious: campaign.followUp2DelayDays, input, sendAsReply: true });
  }
  return steps;
}
