import { refreshTemplateUsage } from '../templates/refresh-template-usage';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { workflowSteps, workflows } from '../../db/schema';
import { notFound } from '../../rpc/app-error';

/** Serialises step edits of one sequence (two windows, or the app and the CLI on one server). */
export async function lockSequence(tx: DbOrTx, id: string): Promise<{ id: string; name: string }> {
  const [row] = await tx.select({ id: workflows.id, name: workflows.name }).from(workflows).where(eq(workflows.id, id)).for('update');
  if (!row) throw notFound('The sequence');
  return row;
}

export async function stepIdsInOrder(tx: DbOrTx, workflowId: string): Promise<{ id: string; daysAfterPrevious: number }[]> {
  return tx
    .select({ id: workflowSteps.id, daysAfterPrevious: workflowSteps.daysAfterPrevious })
    .from(workflowSteps)
    .where(eq(workflowSteps.workflowId, workflowId))
    .orderBy(asc(workflowSteps.stepNumber));
}

/**
 * Gives the steps numbers 1..n in the given order. Two phases, because (workflow_id, step_number)
 * is unique and Postgres checks a unique index row by row: first every number becomes negative
 * (distinct, and clear of 1..n), then each step takes its place. Optionally sets the delays by
 * position, so reordering moves the emails while the schedule (day 0, 3, 8) stays.
 */
export async function renumberSteps(tx: DbOrTx, workflowId: string, orderedIds: string[], daysByPosition?: number[]): Promise<void> {
  if (orderedIds.length > 0) {
    await tx
      .update(workflowSteps)
      .set({ stepNumber: sql`-${workflowSteps.stepNumber}` })
      .where(eq(workflowSteps.workflowId, workflowId));
    const ids = sql.join(
      orderedIds.map((id) => sql`${id}::uuid`),
      sql`, `,
    );
    const days = sql.join(
      (daysByPosition ?? orderedIds.map(() => -1)).map((d) => sql`${d}::int`),
      sql`, `,
    );
    await tx.execute(sql`
      UPDATE workflow_steps s SET step_number = o.n,
        days_after_previous = CASE WHEN o.days >= 0 THEN o.days ELSE s.days_after_previous END
      FROM unnest(ARRAY[${ids}], ARRAY[${days}]) WITH ORDINALITY AS o(id, days, n)
      WHERE s.id = o.id AND s.workflow_id = ${workflowId}`);
  }
  await settleSequence(tx, workflowId);
}

/** The first step starts the thread on day 0; stepsCount is the real count. Same transaction as the edit. */
export async function settleSequence(tx: DbOrTx, workflowId: string): Promise<void> {
  await tx
    .update(workflowSteps)
    .set({ daysAfterPrevious: 0, sendAsReply: false })
    .where(and(eq(workflowSteps.workflowId, workflowId), eq(workflowSteps.stepNumber, 1)));
  await tx
    .update(workflows)
    .set({ stepsCount: sql`(SELECT count(*)::int FROM workflow_steps WHERE workflow_id = ${workflowId})` })
    .where(eq(workflows.id, workflowId));
  await refreshTemplateUsage(tx);
}
