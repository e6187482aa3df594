import { z } from 'zod';
import { TEMPLATE_CATEGORIES, type TemplateCategoryName } from '../domain/template-categories';
import { procedure } from './procedure';

const id = z.uuid();
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => (value ? value : null));

/** What an editor sends: the template's own wording, which may not be saved yet (the preview takes it too). */
export const templateSourceSchema = z.object({
  subject: z.string().max(500),
  bodyHtml: z.string().max(500_000).nullish(),
  /** The plain-text part; used only when bodyTextOverride (otherwise derived from bodyHtml). */
  bodyText: z.string().max(500_000).default(''),
  bodyTextOverride: z.boolean().default(false),
});

export const templateFieldsSchema = templateSourceSchema.extend({
  name: z.string().trim().min(1, 'Give the template a name').max(255),
  description: optionalText(2000),
  category: z.enum(TEMPLATE_CATEGORIES).default('general'),
  industry: optionalText(100),
  followUpStage: optionalText(50),
  isActive: z.boolean().default(true),
  /** Makes this the default of its category (the previous default stops being one). */
  isDefault: z.boolean().default(false),
});

export type TemplateFields = z.input<typeof templateFieldsSchema>;

export interface TemplateSummary {
  id: string;
  name: string;
  description: string | null;
  category: TemplateCategoryName;
  industry: string | null;
  followUpStage: string | null;
  subject: string;
  variables: string[];
  isActive: boolean;
  isDefault: boolean;
  usageCount: number;
  updatedAt: string;
}

export interface TemplateDetail extends TemplateSummary {
  bodyHtml: string | null;
  bodyText: string;
  bodyTextOverride: boolean;
  createdAt: string;
}

export interface SavedTemplate {
  template: TemplateDetail;
  /** Not errors: e.g. variables that are neither built in nor custom variables. */
  warnings: string[];
}

export interface VariableOption {
  /** What goes between the braces: "firstName", "sender.name", "custom.revenue". */
  name: string;
  label: string;
  group: 'lead' | 'sender' | 'custom variable' | 'custom field';
}

/** A simple audience for the preview; the leads workspace's LeadFilter will take its place. */
export const previewAudienceSchema = z.object({
  search: z.string().trim().max(200).optional(),
  industry: z.string().trim().max(100).optional(),
  status: z.string().trim().max(50).optional(),
});
export type PreviewAudience = z.input<typeof previewAudienceSchema>;

export interface LeadChoice {
  id: string;
  companyName: string;
  contactName: string | null;
  email: string | null;
}

export interface PreviewedEmail {
  lead: LeadChoice;
  subject: string;
  text: string;
  /** Unsanitised: the renderer sanitises it and shows it in a sandboxed frame. */
  html: string;
  missing: string[];
  warnings: string[];
  subjectLength: number;
  linksCount: number;
  htmlBytes: number;
  /** Set when Liquid failed for this lead (a filter on a bad value, a time limit). */
  error: string | null;
}

export interface TemplatePreview {
  emails: PreviewedEmail[];
  sender: { name: string | null; email: string; source: 'account' | 'profile' };
  /** Syntax errors: nothing could be rendered. */
  errors: { message: string; line: number; part?: string }[];
  unknownVariables: string[];
  /** Over the audience: how many leads would get a variable with no value and no fallback. */
  audience: {
    total: number;
    /** Leads actually rendered to count the gaps (capped; see checkedAll). */
    checked: number;
    checkedAll: boolean;
    leadsMissingValues: number;
    missingByVariable: { variable: string; leads: number }[];
  } | null;
}

export const templatesContract = {
  'templates.list': procedure(
    z
      .object({
        search: z.string().trim().max(200).optional(),
        category: z.enum(TEMPLATE_CATEGORIES).optional(),
        industry: z.string().trim().max(100).optional(),
        followUpStage: z.string().trim().max(50).optional(),
        isActive: z.boolean().optional(),
      })
      .strict(),
  ).returns<{ items: TemplateSummary[]; industries: string[]; followUpStages: string[] }>(),
  'templates.get': procedure(z.object({ id }).strict()).returns<TemplateDetail>(),
  /** Syntax errors are INVALID_INPUT with field errors (subject, bodyHtml, bodyText) naming the line. */
  'templates.create': procedure(templateFieldsSchema.strict()).returns<SavedTemplate>(),
  'templates.update': procedure(templateFieldsSchema.extend({ id }).strict()).returns<SavedTemplate>(),
  'templates.duplicate': procedure(z.object({ id }).strict()).returns<TemplateDetail>(),
  'templates.delete': procedure(z.object({ id }).strict()).returns<{ id: string }>(),
  /** Everything the variable picker offers, custom-field keys from the leads included. */
  'templates.variables': procedure(z.object({}).strict()).returns<{ options: VariableOption[] }>(),
  /** The preview's lead picker: up to 20 leads by company, contact or email. */
  'templates.searchLeads': procedure(z.object({ search: z.string().trim().max(200).default('') }).strict()).returns<LeadChoice[]>(),
  /** Renders unsaved wording for one lead, or five random leads of an audience with its gap count. */
  'templates.preview': procedure(
    z
      .object({
        template: templateSourceSchema,
        leadId: id.optional(),
        audience: previewAudienceSchema.optional(),
        senderAccountId: id.optional(),
      })
      .strict()
      .refine((input) => input.leadId || input.audience, 'Choose a lead or an audience'),
  ).returns<TemplatePreview>(),
};
