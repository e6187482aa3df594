import type { CountryCode } from 'libphonenumber-js';
import { cleanCustom, cleanKeepingLines, cleanLine, isPlaceholder, truncate } from './clean-text';
import type { ColumnMapping } from './column-mapping';
import { deriveCompanyName } from './company-name';
import { countryCode } from './country-codes';
import { leadFieldsByName, type ColumnTarget, type LeadFieldName } from './lead-fields';
import { readPhone } from './normalise-phone';
import { emailPattern, normaliseWebsite } from './normalise-web-address';
import { readBoolean, readCount, readPriceLevel, readRating } from './read-cell-values';

// The field readers live in their own files; these are re-exported for the import and the tests.
export { cleanLine } from './clean-text';
export { normaliseCompanyName } from './company-name';
export { countryCode } from './country-codes';
export { dedupeKeys, type DedupeKeys } from './dedupe-keys';
export { readPhone } from './normalise-phone';
export { normaliseWebsite } from './normalise-web-address';
export { readNumber } from './read-cell-values';

/**
 * One CSV row → one lead, the way the import stores it. Rules, in brief:
 * - Text is trimmed, inner whitespace collapsed (notes keep their line breaks), control
 *   characters dropped (Postgres text cannot hold NUL).
 * - Placeholders ("n/a", "-", "null", "#N/A", Apollo's "email_not_unlocked@domain.com") mean
 *   empty, not invalid: exports fill unknown cells with them.
 * - Several columns may map to one field: the leftmost non-empty value wins, the others are kept
 *   in customFields under their column names. Nothing the file holds is silently dropped except
 *   placeholders and columns mapped to 'ignore'.
 * - Errors (the row fails): an invalid or too-long email, website or LinkedIn URL (these are
 *   identities used for sending and dedupe: cut or guessed they would be wrong); no company name
 *   and nothing to derive one from; no industry and no default.
 * - Warnings (the row imports): names and other text past their column size are cut; a phone
 *   that cannot be read as a number of a known country is kept as written; numbers and yes/no
 *   values that do not parse go to customFields instead of their field.
 */

export interface LeadDefaults {
  /** The lead's source ('apollo', 'google_places', … see sourceForFormat); a mapped Source column wins. */
  source: string;
  sourceType?: string;
  /** For rows without an industry of their own. */
  industry?: string;
  /** For rows without a country: fills the field and decides how national phone numbers read. */
  country?: string;
  /** Added to every lead's own tags. */
  tags?: string[];
}

export interface LeadIssue {
  /** The CSV column the problem is in, or null when it is about a value no column gave. */
  column: string | null;
  reason: string;
}

export interface NormalisedLead {
  companyName: string;
  website: string | null;
  /** Registrable domain of the website ("acme.co.uk"), for duplicate checks. */
  websiteDomain: string | null;
  email: string | null;
  /** E.164 ("+33123456789") when it could be read, else the cleaned text as written. */
  phone: string | null;
  contactName: string | null;
  jobTitle: string | null;
  country: string | null;
  city: string | null;
  address: string | null;
  industry: string;
  businessType: string | null;
  companySize: string | null;
  source: string;
  sourceType: string | null;
  notes: string | null;
  tags: string[];
  linkedinUrl: string | null;
  googleRating: number | null;
  googleReviewCount: number | null;
  priceLevel: number | null;
  hasWeekendHours: boolean | null;
  hasGoogleMapsListing: boolean | null;
  customFields: Record<string, string>;
  warnings: LeadIssue[];
}

export type NormaliseResult = { ok: true; lead: NormalisedLead } | { ok: false; errors: LeadIssue[] };

export type LeadNormaliser = (values: readonly string[]) => NormaliseResult;

/**
 * The fields a mapping leaves without a value for every row: the wizard should ask for a
 * column or a default before importing, rather than fail every row.
 */
export function missingRequiredFields(mapping: ColumnMapping, defaults: LeadDefaults): LeadFieldName[] {
  const targets = new Set(Object.values(mapping));
  const missing: LeadFieldName[] = [];
  if (!targets.has('industry') && !defaults.industry?.trim()) missing.push('industry');
  const canDeriveCompany = targets.has('website') || targets.has('email');
  if (!targets.has('companyName') && !canDeriveCompany) missing.push('companyName');
  return missing;
}

const cache = new WeakMap<ColumnMapping, { headers: readonly string[]; defaults: LeadDefaults; normalise: LeadNormaliser }>();

/** Normalises one row; the mapping is compiled once per (headers, mapping, defaults) objects. */
export function normaliseLeadRow(
  values: readonly string[],
  headers: readonly string[],
  mapping: ColumnMapping,
  defaults: LeadDefaults,
): NormaliseResult {
  let entry = cache.get(mapping);
  if (!entry || entry.headers !== headers || entry.defaults !== defaults) {
    entry = { headers, defaults, normalise: createLeadNormaliser(headers, mapping, defaults) };
    cache.set(mapping, entry);
  }
  return entry.normalise(values);
}

type Target = Exclude<ColumnTarget, 'custom' | 'ignore'>;

interface Plan {
  headers: readonly string[];
  columns: Partial<Record<Target, number[]>>;
  customColumns: number[];
  defaults: LeadDefaults;
  defaultCountry: string | null;
  defaultIndustry: string | null;
  defaultTags: string[];
}

/** Compiles a mapping into a row function: the per-row work is then only the values' own. */
export function createLeadNormaliser(headers: readonly string[], mapping: ColumnMapping, defaults: LeadDefaults): LeadNormaliser {
  const plan: Plan = {
    headers,
    columns: {},
    customColumns: [],
    defaults,
    defaultCountry: defaults.country ? cleanLine(defaults.country) || null : null,
    defaultIndustry: defaults.industry ? truncate(cleanLine(defaults.industry), 100) || null : null,
    defaultTags: (defaults.tags ?? []).map(cleanLine).filter(Boolean),
  };
  headers.forEach((header, index) => {
    const target = mapping[header] ?? 'custom';
    if (target === 'custom') plan.customColumns.push(index);
    else if (target !== 'ignore') (plan.columns[target] ??= []).push(index);
  });
  return (values) => new RowNormaliser(plan, values).run();
}

/** The work on one row. A class rather than closures: a million rows should not allocate a dozen functions each. */
class RowNormaliser {
  readonly errors: LeadIssue[] = [];
  readonly warnings: LeadIssue[] = [];
  readonly customFields: Record<string, string> = {};
  /** Set by pick(): the value found and the index of its column. */
  value = '';
  column = -1;

  constructor(
    private readonly plan: Plan,
    private readonly values: readonly string[],
  ) {}

  run(): NormaliseResult {
    const { plan, customFields } = this;
    for (const index of plan.customColumns) {
      const raw = this.values[index];
      if (!raw) continue;
      const value = cleanCustom(raw);
      if (value && !isPlaceholder(value)) customFields[plan.headers[index]!] = value;
    }

    const email = this.pick('email') ? this.email() : null;
    const site = this.pick('website') ? this.webAddress(255, false) : null;
    const linkedin = this.pick('linkedinUrl') ? this.webAddress(500, true) : null;
    const country = this.text('country') ?? plan.defaultCountry;
    const phone = this.pick('phone') ? this.phone(countryCode(country) ?? countryCode(plan.defaultCountry)) : null;
    const contactName = this.contactName();

    let companyName = this.text('companyName');
    if (!companyName) {
      const derived = deriveCompanyName(site?.domain ?? null, email);
      if (derived) {
        companyName = derived.name;
        this.warnings.push({ column: null, reason: `No company name: used the ${derived.from} domain "${derived.name}".` });
      } else {
        this.fail('Company name is missing, and there is no website or work email to take it from.', this.firstColumn('companyName'));
      }
    }
    const industry = this.text('industry') ?? plan.defaultIndustry;
    if (!industry) {
      this.fail('Industry is missing: map a column to it or choose a default industry for this import.', this.firstColumn('industry'));
    }

    const lead: NormalisedLead = {
      companyName: companyName ?? '',
      website: site?.url ?? null,
      websiteDomain: site?.domain ?? null,
      email,
      phone,
      contactName,
      jobTitle: this.text('jobTitle'),
      country,
      city: this.text('city'),
      address: this.text('address'),
      industry: industry ?? '',
      businessType: this.text('businessType'),
      companySize: this.text('companySize'),
      source: this.text('source') ?? plan.defaults.source,
      sourceType: plan.defaults.sourceType ?? null,
      notes: this.text('notes', true),
      tags: this.tags(),
      linkedinUrl: linkedin?.url ?? null,
      googleRating: this.pick('googleRating') ? this.number(readRating, 'a rating from 0 to 5') : null,
      googleReviewCount: this.pick('googleReviewCount') ? this.number(readCount, 'a number of reviews') : null,
      priceLevel: this.pick('priceLevel') ? this.number(readPriceLevel, 'a price level from 0 to 4 ($ to $$$$)') : null,
      hasWeekendHours: this.pick('hasWeekendHours') ? this.yesNo() : null,
      hasGoogleMapsListing: this.pick('hasGoogleMapsListing') ? this.yesNo() : null,
      customFields,
      warnings: this.warnings,
    };
    return this.errors.length ? { ok: false, errors: this.errors } : { ok: true, lead };
  }

  /** Finds the target's first non-empty value (→ value, column); values of its later columns go to customFields. */
  pick(target: Target, multiline = false): boolean {
    const indexes = this.plan.columns[target];
    if (indexes === undefined) return false;
    let found = false;
    for (const index of indexes) {
      const raw = this.values[index];
      if (!raw) continue;
      const value = multiline ? cleanKeepingLines(raw) : cleanLine(raw);
      if (value === '' || isPlaceholder(value)) continue;
      if (found) {
        this.customFields[this.plan.headers[index]!] = value;
      } else {
        this.value = value;
        this.column = index;
        found = true;
      }
    }
    return found;
  }

  header(): string {
    return this.plan.headers[this.column]!;
  }

  firstColumn(target: Target): string | null {
    const index = this.plan.columns[target]?.[0];
    return index === undefined ? null : this.plan.headers[index]!;
  }

  warn(reason: string): void {
    this.warnings.push({ column: this.header(), reason });
  }

  fail(reason: string, column: string | null = this.header()): void {
    this.errors.push({ column, reason });
  }

  /** The original goes to customFields, so a value that fits no field is still not lost. */
  keepInCustomFields(reason: string): void {
    this.customFields[this.header()] = this.value;
    this.warn(reason);
  }

  text(target: Target & LeadFieldName, multiline = false): string | null {
    if (!this.pick(target, multiline)) return null;
    const { maxLength, label } = leadFieldsByName[target];
    if (maxLength === null || this.value.length <= maxLength) return this.value;
    this.warn(`${label} was cut to ${maxLength} characters.`);
    return truncate(this.value, maxLength);
  }

  contactName(): string | null {
    const full = this.text('contactName');
    const first = this.pick('firstName') ? this.value : '';
    if (first) this.customFields[this.header()] = first;
    const last = this.pick('lastName') ? this.value : '';
    if (last) this.customFields[this.header()] = last;
    if (full || (!first && !last)) return full;
    return truncate(first && last ? `${first} ${last}` : first || last, 255);
  }

  email(): string | null {
    let email = this.value;
    // Most cells hold one plain address: skip the unwrapping for them.
    if (/[\s,;|<>"':]|\.$/.test(email)) {
      let s = email.replace(/^mailto:/i, '');
      const angled = /<([^<>]+)>/.exec(s);
      if (angled) s = angled[1]!;
      const parts = s.split(/[\s,;|]+/).filter(Boolean);
      if (parts.length > 1) this.keepInCustomFields('Several email addresses: the first is used, all are kept in custom fields.');
      email = (parts[0] ?? '').replace(/^["']+|["'.]+$/g, '');
    }
    email = email.toLowerCase();
    // Apollo exports locked contacts with this stand-in address.
    if (email.startsWith('email_not_unlocked@')) return null;
    if (email.length > 254) this.fail('Email is longer than 254 characters.');
    else if (!emailPattern.test(email)) this.fail(`"${this.value}" is not a valid email address.`);
    else return email;
    return null;
  }

  webAddress(maxLength: number, isLinkedin: boolean): { url: string; domain: string } | null {
    const read = normaliseWebsite(this.value, !isLinkedin);
    if ('error' in read) {
      this.fail(read.error);
      return null;
    }
    // A LinkedIn URL's query is session and search state, never part of the profile's address.
    const url = isLinkedin ? read.url.split('?')[0]!.replace(/\/$/, '') : read.url;
    if (url.length <= maxLength) return { url, domain: read.domain };
    this.fail(`The address is longer than ${maxLength} characters.`);
    return null;
  }

  phone(country: CountryCode | null): string | null {
    const read = readPhone(this.value, country);
    if (read.warning) this.warn(read.warning);
    if (read.keepOriginal) this.customFields[this.header()] = this.value;
    if (read.value.length <= 50) return read.value;
    this.keepInCustomFields('Phone is longer than 50 characters: kept in custom fields instead.');
    return null;
  }

  number(read: (s: string) => number | null, what: string): number | null {
    const n = read(this.value);
    if (n === null) this.keepInCustomFields(`"${this.value}" is not ${what}: kept in custom fields instead.`);
    return n;
  }

  yesNo(): boolean | null {
    const b = readBoolean(this.value);
    if (b === null) this.keepInCustomFields(`"${this.value}" is not yes or no: kept in custom fields instead.`);
    return b;
  }

  tags(): string[] {
    const { defaultTags } = this.plan;
    if (!this.pick('tags')) return defaultTags.length ? [...defaultTags] : [];
    const tags: string[] = [];
    const seen = new Set<string>();
    for (const tag of [...this.value.split(/[,;|]/), ...defaultTags]) {
      let t = cleanLine(tag);
      if (!t || isPlaceholder(t) || seen.has(t.toLowerCase())) continue;
      if (t.length > 100) {
        this.warn('A tag was cut to 100 characters.');
        t = truncate(t, 100);
      }
      seen.add(t.toLowerCase());
      tags.push(t);
    }
    return tags;
  }
}
