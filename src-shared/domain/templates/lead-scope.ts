import { stripControlChars } from './escape';
import { contactNameParts, emailDomain, websiteDomain } from './name-parts';
import { LEAD_BOOLEAN_FIELDS, LEAD_NUMBER_FIELDS, LEAD_TEXT_FIELDS } from './template-variables';
import type { TemplateLead, TemplateSender } from './types';

export type Scope = Record<string, unknown>;

// CR (normalised to LF) and the control characters stripControlChars drops.
// eslint-disable-next-line no-control-regex -- control characters are what this matches
const NEEDS_CLEANING = /[\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * A text value as templates see it: trimmed, CRLF as LF, control characters dropped, and blank
 * as absent, so `{% if city %}` and `| default:` treat "" and "   " like no value at all (in
 * Liquid an empty string is truthy).
 */
export function cleanText(value: unknown): string | undefined {
  if (typeof value !== 'string') return value === null || value === undefined ? undefined : cleanText(String(value));
  let text = value.trim();
  if (!text) return undefined;
  if (NEEDS_CLEANING.test(text)) text = stripControlChars(text.replace(/\r\n?/g, '\n'));
  return text || undefined;
}

/**
 * The lead's custom fields behind `custom.`. On a plain object Liquid answers a missing
 * `custom.size` with the number of fields, and imported columns are called "size" often enough:
 * an own, non-enumerable `size` makes a missing one read as no value.
 */
function customFieldsScope(record: Readonly<Record<string, unknown>> | null | undefined): Scope {
  const fields: Scope = {};
  if (record) {
    for (const key of Object.keys(record)) {
      const value = cleanText(record[key]);
      if (value !== undefined) fields[key] = value;
    }
  }
  if (!Object.hasOwn(fields, 'size')) Object.defineProperty(fields, 'size', { value: undefined, enumerable: false });
  return fields;
}

/** Which parts of a lead a template reads, worked out once per template. */
export interface ScopeNeeds {
  text: readonly string[];
  numbers: readonly string[];
  booleans: readonly string[];
  names: boolean;
  /** Whether the names include lastName: its checks cost as much as firstName's. */
  lastName: boolean;
  domain: boolean;
  tags: boolean;
  custom: boolean;
  sender: boolean;
}

/**
 * `roots`: the names a template reads; undefined for everything (custom variables may read
 * anything). A campaign renders thousands of leads, and most templates read five fields of forty.
 */
export function scopeNeeds(roots?: ReadonlySet<string>): ScopeNeeds {
  const wanted = (name: string) => roots === undefined || roots.has(name);
  return {
    text: LEAD_TEXT_FIELDS.filter(wanted),
    numbers: LEAD_NUMBER_FIELDS.filter(wanted),
    booleans: LEAD_BOOLEAN_FIELDS.filter(wanted),
    names: wanted('firstName') || wanted('lastName'),
    lastName: wanted('lastName'),
    domain: wanted('companyDomain'),
    tags: wanted('tags'),
    custom: wanted('custom'),
    sender: wanted('sender'),
  };
}

const EVERYTHING = scopeNeeds();

/** The lead, its derived names and the sender, as one plain object of own properties. */
export function leadScope(lead: TemplateLead, sender: TemplateSender, needs: ScopeNeeds = EVERYTHING): Scope {
  const scope: Scope = {};
  const source = lead as unknown as Record<string, unknown>;
  for (const field of needs.text) {
    const value = cleanText(source[field]);
    if (value !== undefined) scope[field] = value;
  }
  for (const field of needs.numbers) {
    const value = source[field];
    if (typeof value === 'number' && Number.isFinite(value)) scope[field] = value;
  }
  for (const field of needs.booleans) {
    const value = source[field];
    if (typeof value === 'boolean') scope[field] = value;
  }
  if (needs.names) {
    const names = contactNameParts(cleanText(lead.contactName), needs.lastName);
    if (names.firstName) scope.firstName = names.firstName;
    if (names.lastName) scope.lastName = names.lastName;
  }
  if (needs.domain) {
    // deriveCompanyDomain, cleaning the email only when the website gives no domain.
    const domain = websiteDomain(cleanText(lead.website)) ?? emailDomain(cleanText(lead.email));
    if (domain) scope.companyDomain = domain;
  }
  if (needs.tags && Array.isArray(lead.tags)) {
    const tags = lead.tags.map(cleanText).filter((t): t is string => t !== undefined);
    if (tags.length > 0) scope.tags = tags;
  }
  if (needs.custom) scope.custom = customFieldsScope(lead.customFields);
  if (needs.sender) scope.sender = cleanSender(sender).values;
  return scope;
}

// A campaign renders thousands of leads for one sender: its fields are cleaned once, and the
// cache is never stale (checked against the sender's current field values).
interface CleanSender {
  raw: TemplateSender;
  rawName: unknown;
  rawEmail: unknown;
  rawSignature: unknown;
  /** `sender` in the scope: frozen, as every render of the campaign shares it. */
  values: Readonly<Scope>;
}
let lastSender: CleanSender | undefined;

function cleanSender(sender: TemplateSender): CleanSender {
  const last = lastSender;
  if (
    last &&
    last.raw === sender &&
    last.rawName === sender.name &&
    last.rawEmail === sender.email &&
    last.rawSignature === sender.signature
  ) {
    return last;
  }
  const values: Scope = {};
  const name = cleanText(sender.name);
  const email = cleanText(sender.email);
  const signature = cleanText(sender.signature);
  if (name !== undefined) values.name = name;
  if (email !== undefined) values.email = email;
  if (signature !== undefined) values.signature = signature;
  lastSender = {
    raw: sender,
    rawName: sender.name,
    rawEmail: sender.email,
    rawSignature: sender.signature,
    values: Object.freeze(values),
  };
  return lastSender;
}
