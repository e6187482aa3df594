import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { SequenceDetail, stepFieldsSchema } from '../../../src-shared/contract/sequences';
import type { AppDb, DbOrTx } from '../../db/client';
import { emailTemplates, workflowSteps } from '../../db/schema';
import { AppError, notFound } from '../../rpc/app-error';
import { recordActivity } from '../activity/record-activity';
import { checkWording } from '../templates/template-wording';
import { readSequence } from './read-sequence';
import { lockSequence, renumberSteps, settleSequence, stepIdsInOrder } from './step-order';

export type StepFieldsInput = z.output<typeof stepFieldsSchema>;
export type NewStepInput = Omit<StepFieldsInput, 'subject'> & { subject?: string | undefined };

async function templateWording(tx: DbOrTx, templateId: string) {
  const template = await tx.query.emailTemplates.findFirst({ where: eq(emailTemplates.id, templateId) });
  if (!template) throw new AppError('NOT_FOUND', 'That template no longer exists.');
  return template;
}

/** Appends a step. Given only a template, the step copies its wording (and counts as one use of it). */
export async function addStep(db: AppDb, sequenceId: string, step: NewStepInput): Promise<SequenceDetail> {
  return db.transaction(async (tx) => {
    const sequence = await lockSequence(tx, sequenceId);
    let wording = {
      subject: step.subject ?? '',
      bodyHtml: step.bodyHtml,
      bodyText: step.bodyText,
      bodyTextOverride: step.bodyTextOverride,
    };
    if (step.templateId) {
      const template = await templateWording(tx, step.templateId);
      if (step.subject === undefined) {
        wording = {
          subject: template.subject,
          bodyHtml: template.bodyHtml,
          bodyText: template.bodyText,
          bodyTextOverride: template.bodyTextOverride,
        };
      }
    }
    const checked = await checkWording(tx, wording);
    const existing = await stepIdsInOrder(tx, sequenceId);
    const [row] = await tx
      .insert(workflowSteps)
      .values({
        workflowId: sequenceId,
        stepNumber: existing.length + 1,
        daysAfterPrevious: step.daysAfterPrevious,
        sendAsReply: step.sendAsReply,
        templateId: step.templateId ?? null,
        subject: checked.subject,
        body: checked.bodyText,
        bodyHtml: checked.bodyHtml,
        bodyTextOverride: checked.bodyTextOverride,
      })
      .returning({ id: workflowSteps.id });
    await settleSequence(tx, sequenceId);
    await recordActivity(tx, {
      entityType: 'workflow',
      entityId: sequenceId,
      action: 'step_added',
      description: `Step ${existing.length + 1} added to "${sequence.name}"`,
      metadata: { stepId: row!.id },
    });
    return readSequence(tx, sequenceId);
  });
}

export async function updateStep(db: AppDb, stepId: string, step: StepFieldsInput): Promise<SequenceDetail> {
  return db.transaction(async (tx) => {
    const current = await tx.query.workflowSteps.findFirst({ where: eq(workflowSteps.id, stepId) });
    if (!current) throw notFound('The step');
    const sequence = await lockSequence(tx, current.workflowId);
    const checked = await checkWording(tx, step);
    await tx
      .update(workflowSteps)
      .set({
        daysAfterPrevious: step.daysAfterPrevious,
        sendAsReply: step.sendAsReply,
        templateId: step.templateId === undefined ? current.templateId : step.templateId,
        subject: checked.subject,
        body: checked.bodyText,
        bodyHtml: checked.bodyHtml,
        bodyTextOverride: checked.bodyTextOverride,
      })
      .where(eq(workflowSteps.id, stepId));
    await settleSequence(tx, current.workflowId);
    await recordActivity(tx, {
      entityType: 'workflow',
      entityId: current.workflowId,
      action: 'step_updated',
      description: `Step ${current.stepNumber} of "${sequence.name}" saved`,
      metadata: { stepId },
    });
    return readSequence(tx, current.workflowId);
  });
}

/** The steps after it move up one place. */
export async function deleteStep(db: AppDb, stepId: string): Promise<SequenceDetail> {
  return db.transaction(async (tx) => {
    const current = await tx.query.workflowSteps.findFirst({ where: eq(workflowSteps.id, stepId) });
    if (!current) throw notFound('The step');
    const sequence = await lockSequence(tx, current.workflowId);
    await tx.delete(workflowSteps).where(eq(workflowSteps.id, stepId));
    const rest = await stepIdsInOrder(tx, current.workflowId);
    await renumberSteps(
      tx,
      current.workflowId,
      rest.map((s) => s.id),
    );
    await recordActivity(tx, {
      entityType: 'workflow',
      entityId: current.workflowId,
      action: 'step_deleted',
      description: `Step ${current.stepNumber} of "${sequence.name}" deleted`,
      metadata: { stepId },
    });
    return readSequence(tx, current.workflowId);
  });
}

/** Puts the steps in the given order: the emails move, the delays stay by position (day 0, 3, 8…). */
export async function reorderSteps(db: AppDb, sequenceId: string, stepIds: string[]): Promise<SequenceDetail> {
  return db.transaction(async (tx) => {
    const sequence = await lockSequence(tx, sequenceId);
    const existing = await stepIdsInOrder(tx, sequenceId);
    const known = new Set(existing.map((s) => s.id));
    if (stepIds.length !== existing.length || new Set(stepIds).size !== stepIds.length || !stepIds.every((id) => known.has(id))) {
      throw new AppError('CONFLICT', 'The steps changed meanwhile; reload the sequence and try again.', {
        fieldErrors: { stepIds: ['Must list every step once'] },
      });
    }
    await renumberSteps(
      tx,
      sequenceId,
      stepIds,
      existing.map((s) => s.daysAfterPrevious),
    );
    await recordActivity(tx, {
      entityType: 'workflow',
      entityId: sequenceId,
      action: 'steps_reordered',
      description: `Steps of "${sequence.name}" reordered`,
      metadata: { stepIds },
    });
    return readSequence(tx, sequenceId);
  });
}
