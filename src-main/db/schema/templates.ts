import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { templateCategory } from './enums';

const tz = { withTimezone: true, mode: 'date' } as const;

/** Reusable email templates; subject and bodies may hold {{variables}}. */
export const emailTemplates = pgTable(
  'email_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: varchar('name', { length: 255 }).notNull(),
    description: text('description'),
    // The spec gives no default; 'general' is the neutral bucket so a new template always has one.
    category: templateCategory('category').default('general').notNull(),
    industry: varchar('industry', { length: 100 }),
    followUpStage: varchar('follow_up_stage', { length: 50 }),

    subject: varchar('subject', { length: 500 }).notNull(),
    bodyText: text('body_text').notNull(),
    bodyHtml: text('body_html'),
    // False: bodyText is derived from bodyHtml on save and the renderer derives it again at compile
    // time (it handles Liquid tags better than a stored copy). True: the user wrote the text part.
    bodyTextOverride: boolean('body_text_override').default(false).notNull(),
    // Names of the variables this template uses, shown in the editor's variable picker.
    variables: jsonb('variables').$type<string[]>().default([]).notNull(),

    isActive: boolean('is_active').default(true).notNull(),
    isDefault: boolean('is_default').default(false).notNull(),
    usageCount: integer('usage_count').default(0).notNull(),

    createdAt: timestamp('created_at', tz).defaultNow().notNull(),
    updatedAt: timestamp('updated_at', tz).defaultNow().notNull(),
  },
  (t) => [
    // The template library is filtered by category.
    index('email_templates_category_idx').on(t.category),
    // One default template per category; the service moves the flag in one transaction.
    uniqueIndex('email_templates_one_default_per_category')
      .on(t.category)
      .where(sql`${t.isDefault}`),
  ],
);

/** User-defined personalisation variables, e.g. key 'companyRevenue' → '{{companyRevenue}}'. */
export const customVariables = pgTable('custom_variables', {
  id: uuid('id').primaryKey().defaultRandom(),
  // Unique: the renderer resolves {{key}} by this name, so two rows with one key would be ambiguous.
  key: varchar('key', { length: 100 }).notNull().unique('custom_variables_key_unique'),
  label: varchar('label', { length: 255 }).notNull(),
  value: varchar('value', { length: 255 }).notNull(),
  // lead, company, link, custom
  category: varchar('category', { length: 50 }),
  description: text('description'),
  usageCount: integer('usage_count').default(0).notNull(),
  isActive: boolean('is_active').default(true).notNull(),
  defaultValue: varchar('default_value', { length: 500 }),

  createdAt: timestamp('created_at', tz).defaultNow().notNull(),
  updatedAt: timestamp('updated_at', tz).defaultNow().notNull(),
});

export type EmailTemplate = typeof emailTemplates.$inferSelect;
export type NewEmailTemplate = typeof emailTemplates.$inferInsert;
export type CustomVariable = typeof customVariables.$inferSelect;
export type NewCustomVariable = typeof customVariables.$inferInsert;
