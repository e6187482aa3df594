import type { DomainHandlers } from '../rpc/handlers-for';
import { addStep, deleteStep, reorderSteps, updateStep } from '../services/sequences/edit-steps';
import { createSequence, deleteSequence, updateSequence } from '../services/sequences/manage-sequences';
import { listSequences, readSequence } from '../services/sequences/read-sequence';

export const sequencesHandlers: DomainHandlers<'sequences'> = {
  'sequences.list': ({ search }, ctx) => listSequences(ctx.db, search),
  'sequences.get': ({ id }, ctx) => readSequence(ctx.db, id),
  'sequences.create': (input, ctx) => createSequence(ctx.db, input),
  'sequences.update': ({ id, ...input }, ctx) => updateSequence(ctx.db, id, input),
  'sequences.delete': ({ id }, ctx) => deleteSequence(ctx.db, id),
  'sequences.addStep': ({ sequenceId, step }, ctx) => addStep(ctx.db, sequenceId, step),
  'sequences.updateStep': ({ stepId, step }, ctx) => updateStep(ctx.db, stepId, step),
  'sequences.deleteStep': ({ stepId }, ctx) => deleteStep(ctx.db, stepId),
  'sequences.reorderSteps': ({ sequenceId, stepIds }, ctx) => reorderSteps(ctx.db, sequenceId, stepIds),
};
