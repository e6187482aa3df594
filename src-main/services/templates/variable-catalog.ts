import { asc } from 'drizzle-orm';
import type { VariableOption } from '../../../src-shared/contract/templates';
import {
  DERIVED_FIELDS,
  LEAD_BOOLEAN_FIELDS,
  LEAD_NUMBER_FIELDS,
  LEAD_TEXT_FIELDS,
  RESERVED_ROOTS,
  SENDER_FIELDS,
} from '../../../src-shared/domain/templates/template-variables';
import type { DbOrTx } from '../../db/client';
import { customVariables } from '../../db/schema';
import { readCustomFieldKeys } from './template-wording';

// "companyName" → "Company name"; "sender.name" → "Sender name".
function labelOf(name: string): string {
  const words = name
    .replace('.', ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** What the editor's variable picker offers, most used first: lead fields, sender, custom variables, imported columns. */
export async function readVariableCatalog(db: DbOrTx): Promise<{ options: VariableOption[] }> {
  const lead = [...DERIVED_FIELDS.slice(0, 2), ...LEAD_TEXT_FIELDS, DERIVED_FIELDS[2], ...LEAD_NUMBER_FIELDS, ...LEAD_BOOLEAN_FIELDS];
  const options: VariableOption[] = lead.map((name) => ({ name, label: labelOf(name), group: 'lead' }));
  options.push(...SENDER_FIELDS.map((name) => ({ name, label: labelOf(name), group: 'sender' as const })));
  const rows = await db.select().from(customVariables).orderBy(asc(customVariables.key));
  for (const row of rows) {
    if (row.isActive && !RESERVED_ROOTS.has(row.key)) options.push({ name: row.key, label: row.label, group: 'custom variable' });
  }
  for (const key of await readCustomFieldKeys(db)) {
    // Keys that are not identifiers (spaces, dashes) need bracket syntax in Liquid.
    const name = /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `custom.${key}` : `custom["${key.replace(/"/g, '')}"]`;
    options.push({ name, label: key, group: 'custom field' });
  }
  return { options };
}
