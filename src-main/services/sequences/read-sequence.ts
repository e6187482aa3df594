import { asc, eq, ilike, inArray, or } from 'drizzle-orm';
import type { SequenceDetail, SequenceStep, SequenceSummary } from '../../../src-shared/contract/sequences';
import { describeTimeline, effectiveStepSubject } from '../../../src-shared/domain/sequences/sequence-timeline';
import type { DbOrTx } from '../../db/client';
import { emailTemplates, workflowSteps, workflows, type Workflow } from '../../db/schema';
import { notFound } from '../../rpc/app-error';
import { likePattern } from '../templates/like-pattern';

interface StepRow {
  id: string;
  workflowId: string;
  stepNumber: number;
  daysAfterPrevious: number;
  subject: string;
  body: string;
  bodyHtml: string | null;
  bodyTextOverride: boolean;
  templateId: string | null;
  templateName: string | null;
  sendAsReply: boolean;
}

async function stepsOf(db: DbOrTx, workflowIds: string[]): Promise<StepRow[]> {
  if (workflowIds.length === 0) return [];
  return db
    .select({
      id: workflowSteps.id,
      workflowId: workflowSteps.workflowId,
      stepNumber: workflowSteps.stepNumber,
      daysAfterPrevious: workflowSteps.daysAfterPrevious,
      subject: workflowSteps.subject,
      body: workflowSteps.body,
      bodyHtml: workflowSteps.bodyHtml,
      bodyTextOverride: workflowSteps.bodyTextOverride,
      templateId: workflowSteps.templateId,
      templateName: emailTemplates.name,
      sendAsReply: workflowSteps.sendAsReply,
    })
    .from(workflowSteps)
    .leftJoin(emailTemplates, eq(emailTemplates.id, workflowSteps.templateId))
    .where(inArray(workflowSteps.workflowId, workflowIds))
    .orderBy(asc(workflowSteps.workflowId), asc(workflowSteps.stepNumber));
}

function timelineOf(steps: StepRow[]): string {
  return describeTimeline(steps.map((step) => ({ ...step, label: step.templateName ?? null })));
}

function summaryOf(row: Workflow, steps: StepRow[]): SequenceSummary {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    industry: row.industry,
    country: row.country,
    stepsCount: row.stepsCount,
    isActive: row.isActive,
    usageCount: row.usageCount,
    timeline: timelineOf(steps),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listSequences(db: DbOrTx, search?: string): Promise<SequenceSummary[]> {
  const pattern = search ? likePattern(search) : null;
  const rows = await db
    .select()
    .from(workflows)
    .where(pattern ? or(ilike(workflows.name, pattern), ilike(workflows.description, pattern)) : undefined)
    .orderBy(asc(workflows.name));
  const steps = await stepsOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) =>
    summaryOf(
      row,
      steps.filter((step) => step.workflowId === row.id),
    ),
  );
}

export async function readSequence(db: DbOrTx, id: string): Promise<SequenceDetail> {
  const row = await db.query.workflows.findFirst({ where: eq(workflows.id, id) });
  if (!row) throw notFound('The sequence');
  const steps = await stepsOf(db, [id]);
  return {
    ...summaryOf(row, steps),
    aiInstructions: row.aiInstructions,
    steps: steps.map((step, index): SequenceStep => ({
      id: step.id,
      stepNumber: step.stepNumber,
      daysAfterPrevious: step.daysAfterPrevious,
      subject: step.subject,
      effectiveSubject: effectiveStepSubject(steps, index),
      body: step.body,
      bodyHtml: step.bodyHtml,
      bodyTextOverride: step.bodyTextOverride,
      templateId: step.templateId,
      templateName: step.templateName,
      sendAsReply: step.sendAsReply,
    })),
  };
}
