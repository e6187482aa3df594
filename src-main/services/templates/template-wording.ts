import { sql } from 'drizzle-orm';
import { analyseTemplate, htmlToText, knownTemplateVariables, type TemplatePart } from '../../../src-shared/domain/templates';
import type { DbOrTx } from '../../db/client';
import { queryRows } from '../../db/client';
import { customVariables } from '../../db/schema';
import { AppError } from '../../rpc/app-error';

export interface Wording {
  subject: string;
  bodyHtml?: string | null | undefined;
  bodyText: string;
  bodyTextOverride: boolean;
}

export interface CheckedWording {
  subject: string;
  bodyHtml: string | null;
  bodyText: string;
  bodyTextOverride: boolean;
  variables: string[];
  warnings: string[];
}

// Scanning every lead's custom fields on a big table is slow; keys beyond these are still usable.
const CUSTOM_FIELD_SCAN_ROWS = 20_000;
const CUSTOM_FIELD_KEYS_MAX = 200;

/** Imported column names kept in leads.custom_fields, for the variable picker and the unknown-variable check. */
export async function readCustomFieldKeys(db: DbOrTx): Promise<string[]> {
  const rows = await queryRows<{ key: string }>(
    db,
    sql`SELECT DISTINCT k.key FROM (SELECT custom_fields FROM leads WHERE custom_fields <> '{}'::jsonb LIMIT ${CUSTOM_FIELD_SCAN_ROWS}) l,
        LATERAL jsonb_object_keys(l.custom_fields) AS k(key) ORDER BY k.key LIMIT ${CUSTOM_FIELD_KEYS_MAX}`,
  );
  return rows.map((row) => row.key);
}

export async function readKnownVariables(db: DbOrTx): Promise<string[]> {
  const variables = await db.select({ key: customVariables.key, isActive: customVariables.isActive }).from(customVariables);
  return knownTemplateVariables(variables, await readCustomFieldKeys(db));
}

const partLabels: Record<TemplatePart, string> = { subject: 'subject', bodyHtml: 'body', bodyText: 'plain text' };

/**
 * Checks a template's (or a step's) wording before it is saved: syntax errors refuse the save as
 * INVALID_INPUT with the line per field; unknown variables only warn (a custom field may arrive
 * with the next import). Derives the plain-text part unless the user wrote it.
 */
export async function checkWording(db: DbOrTx, wording: Wording): Promise<CheckedWording> {
  const bodyHtml = wording.bodyHtml?.trim() ? wording.bodyHtml : null;
  const bodyTextOverride = wording.bodyTextOverride || bodyHtml === null;
  const source = { subject: wording.subject, bodyHtml, bodyText: bodyTextOverride ? wording.bodyText : null };
  const analysis = analyseTemplate(source, await readKnownVariables(db));
  if (!wording.subject.trim()) analysis.errors.unshift({ part: 'subject', line: 1, message: 'The subject is empty' });
  if (!bodyHtml && !wording.bodyText.trim()) analysis.errors.push({ part: 'bodyText', line: 1, message: 'The email has no body' });
  if (analysis.errors.length > 0) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of analysis.errors) {
      (fieldErrors[issue.part ?? 'bodyHtml'] ??= []).push(`Line ${issue.line}: ${issue.message}`);
    }
    const first = analysis.errors[0]!;
    throw new AppError(
      'INVALID_INPUT',
      `The ${partLabels[first.part ?? 'bodyHtml']} has an error on line ${first.line}: ${first.message}`,
      {
        fieldErrors,
      },
    );
  }
  return {
    subject: wording.subject,
    bodyHtml,
    bodyText: bodyTextOverride ? wording.bodyText : htmlToText(bodyHtml!),
    bodyTextOverride,
    variables: analysis.variables,
    warnings: analysis.unknown.map((name) => `{{${name}}} is neither a lead field, a custom variable nor an imported column.`),
  };
}
