import { refreshTemplateUsage } from '../templates/refresh-template-usage';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { SequenceDetail, sequenceFieldsSchema } from '../../../src-shared/contract/sequences';
import type { AppDb } from '../../db/client';
import { workflows } from '../../db/schema';
import { notFound } from '../../rpc/app-error';
import { recordActivity } from '../activity/record-activity';
import { readSequence } from './read-sequence';

export type SequenceFieldsInput = z.output<typeof sequenceFieldsSchema>;

export async function createSequence(db: AppDb, input: SequenceFieldsInput): Promise<SequenceDetail> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(workflows)
      .values({ ...input, stepsCount: 0 })
      .returning({ id: workflows.id });
    await recordActivity(tx, {
      entityType: 'workflow',
      entityId: row!.id,
      action: 'created',
      description: `Sequence "${input.name}" created`,
    });
    return readSequence(tx, row!.id);
  });
}

export async function updateSequence(db: AppDb, id: string, input: SequenceFieldsInput): Promise<SequenceDetail> {
  return db.transaction(async (tx) => {
    const [row] = await tx.update(workflows).set(input).where(eq(workflows.id, id)).returning({ id: workflows.id });
    if (!row) throw notFound('The sequence');
    await recordActivity(tx, { entityType: 'workflow', entityId: id, action: 'updated', description: `Sequence "${input.name}" saved` });
    return readSequence(tx, id);
  });
}

/** Its steps go with it; a campaign that uses it refuses the delete (CONFLICT): archive it instead. */
export async function deleteSequence(db: AppDb, id: string): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    const [row] = await tx.delete(workflows).where(eq(workflows.id, id)).returning({ name: workflows.name });
    if (!row) throw notFound('The sequence');
    await refreshTemplateUsage(tx);
    await recordActivity(tx, { entityType: 'workflow', entityId: id, action: 'deleted', description: `Sequence "${row.name}" deleted` });
    return { id };
  });
}
