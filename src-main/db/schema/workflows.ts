import {
  boolean,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { emailTemplates } from './templates';

const tz = { withTimezone: true, mode: 'date' } as const;

/** A multi-step email sequence that campaigns follow. */
export const workflows = pgTable('workflows', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: varchar('name', { length: 255 }).notNull(),
  description: text('description'),
  // Denormalised count of workflow_steps, kept by the service that edits steps.
  stepsCount: integer('steps_count').default(0).notNull(),
  industry: varchar('industry', { length: 100 }),
  country: varchar('country', { length: 100 }),
  // Guidance for AI-generated content.
  aiInstructions: text('ai_instructions'),

  isActive: boolean('is_active').default(true).notNull(),
  usageCount: integer('usage_count').default(0).notNull(),

  createdAt: timestamp('created_at', tz).defaultNow().notNull(),
  updatedAt: timestamp('updated_at', tz).defaultNow().notNull(),
});

/** One email of a workflow. */
export const workflowSteps = pgTable(
  'workflow_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Steps have no meaning without their workflow.
    workflowId: uuid('workflow_id')
      .notNull()
      .references(() => workflows.id, { onDelete: 'cascade' }),
    stepNumber: integer('step_number').notNull(),
    // 0 for the first step, N days after the previous one for follow-ups.
    daysAfterPrevious: integer('days_after_previous').default(0).notNull(),
    subject: varchar('subject', { length: 500 }).notNull(),
    // The plain-text part: derived from bodyHtml unless bodyTextOverride (as in email_templates).
    body: text('body').notNull(),
    bodyHtml: text('body_html'),
    bodyTextOverride: boolean('body_text_override').default(false).notNull(),
    // The template the step was taken from; its wording is copied, so deleting the template keeps the step.
    templateId: uuid('template_id').references(() => emailTemplates.id, { onDelete: 'set null' }),
    // Sent in the thread of the previous step: subject "Re: <first step's subject>", In-Reply-To/References set by the sender.
    sendAsReply: boolean('send_as_reply').default(false).notNull(),

    createdAt: timestamp('created_at', tz).defaultNow().notNull(),
    // Not in the spec: steps are edited in the workflow editor, so record when.
    updatedAt: timestamp('updated_at', tz).defaultNow().notNull(),
  },
  (t) => [
    // The sender picks "step N of workflow W"; two step 2s would make that ambiguous.
    uniqueIndex('workflow_steps_workflow_step_unique').on(t.workflowId, t.stepNumber),
  ],
);

export type Workflow = typeof workflows.$inferSelect;
export type NewWorkflow = typeof workflows.$inferInsert;
export type WorkflowStep = typeof workflowSteps.$inferSelect;
export type NewWorkflowStep = typeof workflowSteps.$inferInsert;
