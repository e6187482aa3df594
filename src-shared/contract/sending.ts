import { z } from 'zod';
import { procedure } from './procedure';

export const deliveryStates = ['queued', 'sending', 'sent', 'delivered', 'opened', 'clicked', 'bounced', 'failed', 'spam', 'unknown', 'skipped', 'cancelled', 'awaiting_approval'] as const;
export type DeliveryState = (typeof deliveryStates)[number];

export interface DeliveryLogRow {
  id: string;
  status: DeliveryState;
  subject: string;
  to: string | null;
  leadId: string;
  company: string;
  campaignId: string | null;
  campaignName: string | null;
  step: number;
  accountId: string | null;
  accountName: string | null;
  messageId: string | null;
  attempts: number;
  scheduledAt: string;
  nextAttemptAt: string;
  claimedAt: string | null;
  sentAt: string | null;
  bouncedAt: string | null;
  /** The server's own last reply. */
  smtpResponse: string | null;
  errorMessage: string | null;
  /** Why it is waiting (queued) or was skipped, in words. */
  waitReason: string | null;
}

export interface SendingStatus {
  paused: boolean;
  /** Whether this process runs an engine (the app and `outreach-desk run` do). */
  engineRunning: boolean;
  counts: Record<DeliveryState, number>;
  /** Queued and due now. */
  due: number;
  activeAccounts: number;
  restingAccounts: number;
  gap: { minSeconds: number; maxSeconds: number };
}

export const sendingContract = {
  'sending.status': procedure(z.object({}).strict()).returns<SendingStatus>(),
  'sending.setPaused': procedure(z.object({ paused: z.boolean() }).strict()).returns<{ paused: boolean }>(),
  'sending.log': procedure(
    z
      .object({
        status: z.enum([...deliveryStates, 'all']).default('all'),
        search: z.string().trim().max(255).optional(),
        campaignId: z.uuid().optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
  ).returns<{ rows: DeliveryLogRow[]; total: number }>(),
  /** The user's answer for an email whose delivery SMTP could not confirm. */
  'sending.resolveUnknown': procedure(z.object({ emailId: z.uuid(), outcome: z.enum(['sent', 'failed']) }).strict()).returns<{ status: DeliveryState }>(),
  'sending.cancel': procedure(z.object({ emailId: z.uuid() }).strict()).returns<{ status: DeliveryState }>(),
};
