import { z } from 'zod';
import { procedure } from './procedure';

const nullableText = (max: number) =>
  z
    .string()
    .max(max)
    .nullish()
    .transform((value) => (value && value.trim() ? value : null));

export const customVariableFieldsSchema = z.object({
  /** What templates write between braces: {{key}}. */
  key: z
    .string()
    .trim()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'Letters, digits and _ only, not starting with a digit')
    .max(100),
  label: z.string().trim().min(1, 'Give it a label').max(255),
  /** Liquid, rendered per lead: plain text, or e.g. "{{city}} area". */
  value: z.string().max(255),
  category: nullableText(50),
  description: nullableText(2000),
  defaultValue: nullableText(500),
  isActive: z.boolean().default(true),
});

export type CustomVariableFields = z.input<typeof customVariableFieldsSchema>;

export interface CustomVariableRow {
  id: string;
  key: string;
  label: string;
  value: string;
  category: string | null;
  description: string | null;
  defaultValue: string | null;
  isActive: boolean;
  /** Templates that use it. */
  usageCount: number;
  updatedAt: string;
}

export const customVariablesContract = {
  'customVariables.list': procedure(z.object({}).strict()).returns<CustomVariableRow[]>(),
  'customVariables.create': procedure(customVariableFieldsSchema.strict()).returns<CustomVariableRow>(),
  'customVariables.update': procedure(customVariableFieldsSchema.extend({ id: z.uuid() }).strict()).returns<CustomVariableRow>(),
  'customVariables.delete': procedure(z.object({ id: z.uuid() }).strict()).returns<{ id: string }>(),
};
