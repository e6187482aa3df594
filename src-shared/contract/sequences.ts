import { z } from 'zod';
import { templateSourceSchema } from './templates';
import { procedure } from './procedure';

const id = z.uuid();
const nullableText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => (value ? value : null));

export const sequenceFieldsSchema = z.object({
  name: z.string().trim().min(1, 'Give the sequence a name').max(255),
  description: nullableText(2000),
  industry: nullableText(100),
  country: nullableText(100),
  aiInstructions: nullableText(5000),
  isActive: z.boolean().default(true),
});

export const stepFieldsSchema = templateSourceSchema.extend({
  daysAfterPrevious: z.number().int().min(0).max(365).default(0),
  /** Replies in the thread of the previous step (ignored for the first step). */
  sendAsReply: z.boolean().default(false),
  templateId: id.nullish(),
});

export type StepFields = z.input<typeof stepFieldsSchema>;

export interface SequenceStep {
  id: string;
  stepNumber: number;
  daysAfterPrevious: number;
  subject: string;
  /** The subject the sender uses: "Re: <first subject>" for a reply. */
  effectiveSubject: string;
  body: string;
  bodyHtml: string | null;
  bodyTextOverride: boolean;
  templateId: string | null;
  templateName: string | null;
  sendAsReply: boolean;
}

export interface SequenceSummary {
  id: string;
  name: string;
  description: string | null;
  industry: string | null;
  country: string | null;
  stepsCount: number;
  isActive: boolean;
  usageCount: number;
  /** "Day 0 intro · Day 3 follow-up · Day 8 break-up" */
  timeline: string;
  updatedAt: string;
}

export interface SequenceDetail extends SequenceSummary {
  aiInstructions: string | null;
  steps: SequenceStep[];
}

export const sequencesContract = {
  'sequences.list': procedure(z.object({ search: z.string().trim().max(200).optional() }).strict()).returns<SequenceSummary[]>(),
  'sequences.get': procedure(z.object({ id }).strict()).returns<SequenceDetail>(),
  'sequences.create': procedure(sequenceFieldsSchema.strict()).returns<SequenceDetail>(),
  'sequences.update': procedure(sequenceFieldsSchema.extend({ id }).strict()).returns<SequenceDetail>(),
  'sequences.delete': procedure(z.object({ id }).strict()).returns<{ id: string }>(),
  /** Appends a step; with only templateId, the step copies that template's wording. */
  'sequences.addStep': procedure(
    z.object({ sequenceId: id, step: stepFieldsSchema.partial({ subject: true }) }).strict(),
  ).returns<SequenceDetail>(),
  'sequences.updateStep': procedure(z.object({ stepId: id, step: stepFieldsSchema }).strict()).returns<SequenceDetail>(),
  'sequences.deleteStep': procedure(z.object({ stepId: id }).strict()).returns<SequenceDetail>(),
  /** The sequence's step ids in their new order; every step exactly once. */
  'sequences.reorderSteps': procedure(
    z.object({ sequenceId: id, stepIds: z.array(id).min(1).max(100) }).strict(),
  ).returns<SequenceDetail>(),
};
