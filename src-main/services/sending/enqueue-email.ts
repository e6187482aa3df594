import type { DbOrTx } from '../../db/client';
import { emails } from '../../db/schema';

export interface EnqueueEmailInput {
  leadId: string;
  campaignId?: string | null;
  step: number;
  /** The final, rendered content: the engine sends exactly this. */
  subject: string;
  bodyText: string;
  bodyHtml?: string | null;
  scheduledAt: Date;
  /** Send from this account only (follow-ups thread from the account of the first step). */
  smtpConfigId?: string | null;
  /** The Message-ID of the email this one answers: sent with In-Reply-To and References. */
  replyToMessageId?: string | null;
  followUpStage?: string | null;
}

/**
 * Puts one rendered email in the queue. The unique key on (campaign, lead, step) makes a second
 * enqueue of the same step a no-op, however often a scheduler runs: `created` says which happened.
 */
export async function enqueueEmail(db: DbOrTx, input: EnqueueEmailInput): Promise<{ created: boolean; emailId: string | null }> {
  const rows = await db
    .insert(emails)
    .values({
      leadId: input.leadId,
      campaignId: input.campaignId ?? null,
      stepNumber: input.step,
      subject: input.subject,
      bodyText: input.bodyText,
      bodyHtml: input.bodyHtml ?? null,
      followUpStage: input.followUpStage ?? (input.step === 1 ? 'initial' : `follow_up_${input.step - 1}`),
      scheduledAt: input.scheduledAt,
      nextAttemptAt: input.scheduledAt,
      smtpConfigId: input.smtpConfigId ?? null,
      inReplyTo: input.replyToMessageId ?? null,
      status: 'queued',
    })
    .onConflictDoNothing()
    .returning({ id: emails.id });
  return { created: rows.length > 0, emailId: rows[0]?.id ?? null };
}
