import { getCountries, getCountryCallingCode, Metadata, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { getDomain } from 'tldts';
import type { ColumnMapping } from './column-mapping';
import { leadFieldsByName, type ColumnTarget, type LeadFieldName } from './lead-fields';

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

// ── text ────────────────────────────────────────────────────────────────────────────────

// Control characters are exactly what this removes.
// eslint-disable-next-line no-control-regex
const invisible = /[\u0000-\u0008\u000e-\u001f\u007f\u200b-\u200d\u2060\ufeff]/g;

const maybeUnclean = /[^\x20-\x7e]| {2}/;

/**
 * True when the value has nothing to clean: no space at either end, no two spaces in a row,
 * nothing but plain spaces and printable characters. Most values pass, so this is the hot path
 * of normalising (30 cells × a million rows): a regular expression rules out plain ASCII first,
 * and only text with other characters is looked at one character at a time.
 */
function isClean(value: string): boolean {
  const n = value.length;
  if (n === 0) return true;
  if (value.charCodeAt(0) === 32 || value.charCodeAt(n - 1) === 32) return false;
  if (!maybeUnclean.test(value)) return true;
  let previous = 0;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c < 32 || c === 127 || (c === 32 && previous === 32)) return false;
    // No-break and other Unicode spaces, zero-width characters, BOM.
    if (
      c >= 0x80 &&
      (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200d) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x2060 ||
        c === 0x3000 ||
        c === 0xfeff)
    ) {
      return false;
    }
    previous = c;
  }
  return true;
}

/** One line: trimmed, whitespace runs (tabs, line breaks, no-break spaces) as one space. */
export function cleanLine(value: string): string {
  if (isClean(value)) return value;
  return value.replace(invisible, '').replace(/\s+/g, ' ').trim();
}

/**
 * Custom fields keep their text as written, trimmed, minus NUL characters (Postgres cannot
 * store them): they are the user's own columns, shown back as they were.
 */
function cleanCustom(value: string): string {
  const n = value.length;
  const v = value.charCodeAt(0) <= 32 || value.charCodeAt(n - 1) <= 32 ? value.trim() : value;
  return v.includes('\u0000') ? v.replaceAll('\u0000', '') : v;
}

/** Like cleanLine, but line breaks survive (as \n, at most one blank line in a row). */
function cleanKeepingLines(value: string): string {
  if (isClean(value)) return value;
  return value
    .replace(invisible, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const placeholders = new Set([
  '-',
  '--',
  '---',
  '—',
  '–',
  '.',
  '?',
  'n/a',
  'n.a.',
  'n.a',
  'na',
  '#n/a',
  'none',
  'null',
  'nil',
  'undefined',
  'unknown',
  'not available',
  'not found',
  'not provided',
  '(blank)',
  '(empty)',
  'empty',
  '#value!',
  '#ref!',
]);

const placeholderStarts = new Set([...placeholders].flatMap((p) => [p.charCodeAt(0), p.toUpperCase().charCodeAt(0)]));

function isPlaceholder(value: string): boolean {
  if (value.length > 13 || !placeholderStarts.has(value.charCodeAt(0))) return false;
  return placeholders.has(value.toLowerCase());
}

/** Cuts to `max` characters (Postgres counts code points), never inside a surrogate pair. */
function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  const points = Array.from(value);
  return points.length <= max ? value : points.slice(0, max).join('').trimEnd();
}

// ── email ───────────────────────────────────────────────────────────────────────────────

// Practical, not RFC 5322: dot-atom local part, a domain of labels with a letter TLD (or
// punycode). Unicode letters are allowed: internationalised addresses do exist.
const emailPattern =
  /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/u;

// ── web addresses ───────────────────────────────────────────────────────────────────────

// "acme.com", "https://www.acme.com/about": nothing for the URL parser to do but lower-case the host.
// (tldts refuses hosts with misplaced hyphens.)
const plainWebAddress = /^(https?:\/\/)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(\/[\w\-.~/%]*)?$/i;

const trackingParams =
  /^(utm_|hsa_|pk_|mtm_)|^(gclid|gbraid|wbraid|dclid|fbclid|msclkid|yclid|twclid|ttclid|li_fat_id|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|igshid|mkt_tok|ref|ref_src|srsltid|trk|trkinfo)$/i;

/**
 * A website as stored: https:// added when there is no scheme, host lower-cased, tracking
 * parameters and #fragment dropped, no trailing slash on a bare domain; plus its registrable
 * domain (tldts, private suffixes too, so "acme.wixsite.com" is its own domain).
 */
export function normaliseWebsite(value: string, withDomain = true): { url: string; domain: string } | { error: string } {
  const plain = plainWebAddress.exec(value);
  if (plain && !plain[3]?.includes('/.')) {
    const host = plain[2]!.toLowerCase();
    if (/(^|\.)-|-(\.|$)/.test(host)) return { error: `"${value}" is not a web address.` };
    const domain = withDomain ? getDomain(host, { allowPrivateDomains: true, extractHostname: false }) : host;
    if (!domain) return { error: `"${value}" is not a web address.` };
    const path = plain[3] && plain[3] !== '/' ? plain[3] : '';
    return { url: `${plain[1]?.toLowerCase() ?? 'https://'}${host}${path}`, domain };
  }
  const space = value.search(/\s/);
  let s = (space === -1 ? value : value.slice(0, space)).replace(/^[<"']+|[>"',;]+$/g, '');
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) {
    if (/^[a-z][a-z0-9+.-]*:(?!\d)/i.test(s)) return { error: `"${value}" is not a web address.` };
    s = `https://${s.replace(/^\/+/, '')}`;
  }
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return { error: `"${value}" is not a web address.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { error: `"${value}" is not a web address.` };
  let host = url.hostname;
  if (host.endsWith('.')) url.hostname = host = host.slice(0, -1);
  const domain = withDomain ? getDomain(host, { allowPrivateDomains: true, extractHostname: false }) : host;
  if (!domain || !host.includes('.')) return { error: `"${value}" is not a web address.` };
  if (url.username || url.password) url.username = url.password = '';
  // The query is filtered as text: URLSearchParams.delete re-serialises the URL on every call.
  const withoutHash = url.hash ? url.href.slice(0, url.href.indexOf('#')) : url.href;
  const q = withoutHash.indexOf('?');
  const kept =
    q === -1
      ? []
      : withoutHash
          .slice(q + 1)
          .split('&')
          .filter((p) => p && !trackingParams.test(p.split('=', 1)[0]!));
  const path = q === -1 ? withoutHash : withoutHash.slice(0, q);
  if (kept.length) return { url: `${path}?${kept.join('&')}`, domain };
  return { url: url.pathname === '/' ? path.slice(0, -1) : path, domain };
}

// ── phones ──────────────────────────────────────────────────────────────────────────────

interface PhoneReading {
  value: string;
  warning?: string;
  /** The original says more than the stored value (an extension, a second number). */
  keepOriginal?: boolean;
}

const phoneCache = new Map<string, PhoneReading>();

/**
 * E.164 for numbers libphonenumber-js can read, given the row's or the import's country for
 * national numbers; otherwise the text as written, with a warning.
 *
 * International numbers written plainly ("+1 415-555-0100", "+33 1 23 45 67 89") take a fast
 * path: the digits are already E.164 once the calling code is known and the national part has a
 * possible length for it. libphonenumber-js spends ~7 µs on each number (it builds its regular
 * expressions on every call), which alone would be most of the import's CPU time; numbers the
 * fast path is unsure of (a leading 0 after the code, "(0)", extensions, letters) still go to it.
 */
export function readPhone(value: string, country: CountryCode | null): PhoneReading {
  const fast = plainInternational(value);
  if (fast) return fast;
  const key = `${country ?? ''}|${value}`;
  const cached = phoneCache.get(key);
  if (cached) return cached;
  const reading = readPhoneUncached(value, country);
  // Bounded: a people export repeats its company phones, a million unique numbers must not pile up.
  if (phoneCache.size >= 20_000) phoneCache.clear();
  phoneCache.set(key, reading);
  return reading;
}

function readPhoneUncached(value: string, country: CountryCode | null): PhoneReading {
  // Excel users protect numbers from being turned into 4.15E+09 with a ' or ="…".
  let s = value.replace(/^'+|^="?|"$/g, '').trim();
  let several = false;
  const parts = s.split(/\s*(?:[,;|/]|\bor\b|\bou\b|\boder\b)\s*/i);
  if (parts.length > 1 && parts.filter((p) => p.replace(/\D/g, '').length >= 7).length > 1) {
    s = parts[0]!;
    several = true;
  }
  const number = plainInternational(s) ?? validNumber(s, country);
  if (number && several) {
    return { value: number.value, keepOriginal: true, warning: 'Several phone numbers: the first is used, all are kept in custom fields.' };
  }
  if (number) return number;
  const cleaned = s.replace(/\s+/g, ' ');
  if (!country && !/^(\+|00)/.test(cleaned)) {
    return { value: cleaned, warning: 'No country to read this national number by: kept as written.' };
  }
  return { value: cleaned, warning: `"${cleaned}" is not a valid phone number${country ? ` for ${country}` : ''}: kept as written.` };
}

function validNumber(s: string, country: CountryCode | null): PhoneReading | null {
  const parsed = parsePhoneNumberFromString(s, country ?? undefined);
  if (!parsed?.isValid()) return null;
  if (!parsed.ext) return { value: parsed.number };
  return { value: parsed.number, keepOriginal: true, warning: `The extension (${parsed.ext}) is kept in custom fields.` };
}

let possibleLengths: Map<string, Set<number>> | null = null;

function plainInternational(value: string): PhoneReading | null {
  // Excel users protect numbers from turning into 4.15E+09 with a leading apostrophe.
  const s = value.charCodeAt(0) === 39 ? value.slice(1) : value;
  if (s[0] !== '+' || !/^\+[1-9][\d \-.()/\u00a0]{5,24}$/.test(s) || s.includes('(0')) return null;
  possibleLengths ??= buildPossibleLengths();
  const digits = s.replace(/\D/g, '');
  if (digits.length > 15) return null;
  for (let codeLength = 1; codeLength <= 3; codeLength++) {
    const lengths = possibleLengths.get(digits.slice(0, codeLength));
    if (!lengths) continue;
    const national = digits.slice(codeLength);
    // A trunk 0 after the code is dropped by libphonenumber ("+44 (0)20…", "+49 030…"): let it decide.
    if (national[0] === '0' || !lengths.has(national.length)) return null;
    // North American numbers: area code and exchange never start with 0 or 1.
    if (codeLength === 1 && digits[0] === '1' && (national[0]! < '2' || national[3]! < '2')) return null;
    return { value: `+${digits}` };
  }
  return null;
}

function buildPossibleLengths(): Map<string, Set<number>> {
  const byCode = new Map<string, Set<number>>();
  const metadata = new Metadata();
  for (const country of getCountries()) {
    metadata.selectNumberingPlan(country);
    const code = getCountryCallingCode(country);
    const lengths = byCode.get(code) ?? new Set<number>();
    for (const n of metadata.numberingPlan?.possibleLengths() ?? []) lengths.add(n);
    byCode.set(code, lengths);
  }
  return byCode;
}

// ── countries ───────────────────────────────────────────────────────────────────────────

let countryIndex: Map<string, CountryCode> | null = null;
const countryKey = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, '');

const countryAliases: Record<string, CountryCode> = {
  usa: 'US',
  unitedstatesofamerica: 'US',
  america: 'US',
  uk: 'GB',
  greatbritain: 'GB',
  britain: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  northernireland: 'GB',
  gbr: 'GB',
  holland: 'NL',
  uae: 'AE',
  southkorea: 'KR',
  korea: 'KR',
  russia: 'RU',
  czechrepublic: 'CZ',
  vietnam: 'VN',
  turkey: 'TR',
  turkiye: 'TR',
  ivorycoast: 'CI',
  deu: 'DE',
  fra: 'FR',
  esp: 'ES',
  ita: 'IT',
  nld: 'NL',
  bel: 'BE',
  che: 'CH',
  aut: 'AT',
  can: 'CA',
  aus: 'AU',
  irl: 'IE',
  prt: 'PT',
  swe: 'SE',
  nor: 'NO',
  dnk: 'DK',
  fin: 'FI',
  pol: 'PL',
  bra: 'BR',
  mex: 'MX',
  ind: 'IN',
};

/** ISO code of a country written as a code or a name in English, French, German, Spanish, Italian, Dutch or Portuguese. */
const countryCodeCache = new Map<string, CountryCode | null>();

export function countryCode(country: string | null): CountryCode | null {
  if (!country) return null;
  let code = countryCodeCache.get(country);
  if (code === undefined) {
    countryIndex ??= buildCountryIndex();
    code = countryIndex.get(countryKey(country)) ?? null;
    if (countryCodeCache.size > 1000) countryCodeCache.clear();
    countryCodeCache.set(country, code);
  }
  return code;
}

function buildCountryIndex(): Map<string, CountryCode> {
  const index = new Map<string, CountryCode>();
  const codes = getCountries();
  for (const code of codes) index.set(code.toLowerCase(), code);
  for (const locale of ['en', 'fr', 'de', 'es', 'it', 'nl', 'pt']) {
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    for (const code of codes) {
      const name = names.of(code);
      if (name && !index.has(countryKey(name))) index.set(countryKey(name), code);
    }
  }
  for (const [alias, code] of Object.entries(countryAliases)) index.set(alias, code);
  return index;
}

// ── numbers, yes/no, tags ───────────────────────────────────────────────────────────────

const commaGroups = /^[-+]?\d{1,3}(,\d{3})+$/;
const dotGroups = /^[-+]?\d{1,3}(\.\d{3})+$/;

/** "4.7", "4,7" (European decimal comma), "1,234", "1.234" (European thousands), "1.2K". */
export function readNumber(value: string, integer: boolean): number | null {
  let s = value.replace(/[\s\u00a0\u202f'()]/g, '');
  let scale = 1;
  const suffix = /^(.*\d)([kKmM])$/.exec(s);
  if (suffix) {
    s = suffix[1]!;
    scale = suffix[2]!.toLowerCase() === 'k' ? 1_000 : 1_000_000;
  }
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  if (comma !== -1 && dot !== -1) s = comma > dot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  else if (comma !== -1) s = commaGroups.test(s) && (integer || s.split(',').length > 2) ? s.replace(/,/g, '') : s.replace(',', '.');
  else if (dot !== -1 && integer && dotGroups.test(s) && scale === 1) s = s.replace(/\./g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
  const n = Number(s) * scale;
  if (!Number.isFinite(n)) return null;
  return integer ? (Number.isInteger(Math.round(n * 1e6) / 1e6) ? Math.round(n) : null) : n;
}

function readRating(value: string): number | null {
  const n = readNumber(value.replace(/\s*(\/\s*5|stars?|★)$/i, ''), false);
  return n !== null && n >= 0 && n <= 5 ? Math.round(n * 100) / 100 : null;
}

function readCount(value: string): number | null {
  const n = readNumber(value, true);
  return n !== null && n >= 0 && n <= 2_147_483_647 ? n : null;
}

const placesPriceLevels: Record<string, number> = {
  price_level_free: 0,
  price_level_inexpensive: 1,
  price_level_moderate: 2,
  price_level_expensive: 3,
  price_level_very_expensive: 4,
};

/** 0–4 as Google Places has it: a number, "$$" (any one currency sign, repeated), or the Places API name. */
function readPriceLevel(value: string): number | null {
  if (/^([$€£¥₹])\1{0,3}$/u.test(value)) return Array.from(value).length;
  const named = placesPriceLevels[value.toLowerCase()];
  if (named !== undefined) return named;
  const n = readNumber(value, true);
  return n !== null && n >= 0 && n <= 4 ? n : null;
}

const yes = new Set(['yes', 'y', 'true', 't', '1', 'x', '✓', '✔', 'oui', 'ja', 'si', 'sí', 'sim', 'open']);
const no = new Set(['no', 'n', 'false', 'f', '0', 'non', 'nein', 'nee', 'não', 'nao', 'closed']);

function readBoolean(value: string): boolean | null {
  const v = value.toLowerCase();
  return yes.has(v) ? true : no.has(v) ? false : null;
}

// ── company names and duplicates ────────────────────────────────────────────────────────

// Legal-form words at the end of a name, after punctuation is gone ("S.A.R.L." → "sarl").
const legalSuffixes = new Set([
  'inc',
  'incorporated',
  'llc',
  'llp',
  'lp',
  'ltd',
  'limited',
  'plc',
  'corp',
  'corporation',
  'co',
  'company',
  'gmbh',
  'mbh',
  'ag',
  'kg',
  'ohg',
  'ug',
  'ek',
  'ev',
  'sarl',
  'sas',
  'sasu',
  'sa',
  'eurl',
  'sci',
  'snc',
  'sl',
  'slu',
  'sau',
  'bv',
  'nv',
  'vof',
  'srl',
  'srls',
  'spa',
  'sapa',
  'oy',
  'oyj',
  'ab',
  'as',
  'asa',
  'aps',
  'pty',
  'pvt',
  'private',
  'lda',
  'ltda',
  'eireli',
  'bhd',
  'sdn',
  'kk',
  'kft',
  'zrt',
  'sro',
  'spzoo',
  'doo',
  'se',
  'cv',
  'and',
  'the',
  'cie',
]);

/** A company name for duplicate checks: "Müller GmbH & Co. KG" and "MULLER" both → "muller". */
export function normaliseCompanyName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[.'’`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/\bsp\s*z\s*o\s*o\b/g, 'spzoo')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  if (words[0] === 'the' && words.length > 1) words.shift();
  let end = words.length;
  while (end > 1 && legalSuffixes.has(words[end - 1]!)) end--;
  return words.slice(0, end).join(' ');
}

// Domains that host many businesses: they say nothing about which company a lead is.
const sharedWebDomains = new Set([
  'facebook.com',
  'instagram.com',
  'linkedin.com',
  'twitter.com',
  'x.com',
  'google.com',
  'business.site',
  'yelp.com',
  'linktr.ee',
  'wixsite.com',
  'tiktok.com',
  'youtube.com',
  'booking.com',
  'tripadvisor.com',
  'pagesjaunes.fr',
]);
const freeMailDomain =
  /^(gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|aol|icloud|me|mac|gmx|web|t-online|orange|wanadoo|free|laposte|sfr|libero|virgilio|proton|protonmail|pm|yandex|mail|qq|163|126|zoho|seznam|wp|o2|bluewin|hetnet|ziggo|telenet|skynet|btinternet|sky|comcast|verizon|att|bellsouth|sbcglobal|rocketmail)\./;

function deriveCompanyName(websiteDomain: string | null, email: string | null): { name: string; from: string } | null {
  if (websiteDomain && !sharedWebDomains.has(websiteDomain)) return { name: websiteDomain, from: 'website' };
  const emailDomain = email ? getDomain(email.slice(email.indexOf('@') + 1), { allowPrivateDomains: true }) : null;
  if (emailDomain && !freeMailDomain.test(emailDomain)) return { name: emailDomain, from: 'email' };
  return null;
}

export interface DedupeKeys {
  email?: string;
  domainCompany?: string;
  phone?: string;
}

/**
 * The keys the import's duplicate rules match on, strongest first: email (case-insensitive);
 * else website domain together with the normalised company name; else phone (only when read as
 * E.164: a number kept as written is too unreliable to merge leads by).
 */
export function dedupeKeys(lead: Pick<NormalisedLead, 'email' | 'websiteDomain' | 'companyName' | 'phone'>): DedupeKeys {
  const keys: DedupeKeys = {};
  if (lead.email) keys.email = lead.email.toLowerCase();
  const company = lead.companyName ? normaliseCompanyName(lead.companyName) : '';
  if (lead.websiteDomain && company) keys.domainCompany = `${lead.websiteDomain}|${company}`;
  if (lead.phone && /^\+[1-9]\d{6,14}$/.test(lead.phone)) keys.phone = lead.phone;
  return keys;
}
