// firstName / lastName / companyDomain are derived, never stored: the lead keeps what was imported.

// Matched without their trailing dot, case-insensitively.
const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'sir',
  'dame',
  'madam',
  'rev',
  'hon',
  'mme',
  'mlle',
  'mmes',
  'herr',
  'frau',
  'sr',
  'sra',
  'srta',
  'dott',
  'dottssa',
  'sig',
  'sigra',
  'ing',
]);
// "M." is French for Mr; without the dot "M" is more likely an initial.
const DOTTED_ONLY_HONORIFICS = new Set(['m']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'mba', 'cpa', 'esq', 'dds', 'msc', 'bsc']);
// Contact names that are really mailbox names: "Hi Info," would be worse than "Hi there,".
const NOT_A_PERSON = new Set([
  'info',
  'team',
  'sales',
  'support',
  'office',
  'admin',
  'contact',
  'hello',
  'hi',
  'enquiries',
  'inquiries',
  'reception',
  'marketing',
  'billing',
  'accounts',
  'service',
  'customer',
  'webmaster',
  'noreply',
  'the',
]);

export interface NameParts {
  firstName?: string;
  lastName?: string;
}

// Lower-cased, without dots and commas: "Dr." → "dr", "Dott.ssa" → "dottssa".
function bare(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('.') || lower.includes(',') ? lower.replace(/[.,]/g, '') : lower;
}

function isHonorific(word: string): boolean {
  const key = bare(word);
  return HONORIFICS.has(key) || (word.endsWith('.') && DOTTED_ONLY_HONORIFICS.has(key));
}

function isSuffix(word: string): boolean {
  return SUFFIXES.has(bare(word));
}

/** "JEAN-PIERRE" → "Jean-Pierre", "o'neil" → "O'Neil"; mixed case ("McDonald", "DeVito") is left alone. */
function properCase(word: string): string {
  const ascii = properCaseLatin(word);
  if (ascii !== undefined) return ascii;
  const upper = word.toUpperCase();
  const lower = word.toLowerCase();
  if (upper === lower || (word !== upper && word !== lower)) return word;
  return lower.replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

// properCase for words in Latin-1 (most names in Latin scripts), without two case conversions
// and a Unicode regex; undefined for anything else.
function properCaseLatin(word: string): string | undefined {
  let upper = false;
  let lower = false;
  for (let i = 0; i < word.length; i++) {
    const kind = latinCase(word.charCodeAt(i));
    if (kind === UNSURE) return undefined;
    if (kind === UPPER) upper = true;
    else if (kind === LOWER) lower = true;
  }
  if (upper === lower) return word; // no letters, or mixed case
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const kind = latinCase(code);
    const startsPart = i === 0 || word.charCodeAt(i - 1) === 45 || word.charCodeAt(i - 1) === 39; // - '
    if (kind === UPPER && !startsPart) out += String.fromCharCode(code + 32);
    else if (kind === LOWER && startsPart) out += String.fromCharCode(code - 32);
    else out += word[i];
  }
  return out;
}

const UPPER = 1;
const LOWER = 2;
const UNCASED = 3;
const UNSURE = 4;

// Latin-1 letters whose other case is 32 code points away; ß, ÿ, µ, ª, º and anything above
// U+00FF are left to String.prototype.toUpperCase and the Unicode regex.
function latinCase(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? UPPER : code >= 97 && code <= 122 ? LOWER : UNCASED;
  if (code > 0xff || code === 0xdf || code === 0xff || code === 0xaa || code === 0xb5 || code === 0xba) return UNSURE;
  if (code >= 0xc0 && code <= 0xde && code !== 0xd7) return UPPER;
  if (code >= 0xe0 && code <= 0xfe && code !== 0xf7) return LOWER;
  return UNCASED;
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]|[^\p{L}\p{N}]$/u;

// Strip quotes, brackets and stray punctuation around a word, keeping inner hyphens and apostrophes.
function cleanWord(word: string): string {
  // Most words start and end with an ASCII letter: no need for the Unicode regex.
  if (isAsciiAlphanumeric(word.charCodeAt(0)) && isAsciiAlphanumeric(word.charCodeAt(word.length - 1))) return word;
  if (!EDGE_PUNCTUATION.test(word)) return word;
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

function hasAsciiDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

function looksLikeName(word: string): boolean {
  if (word.length < 2 || word.includes('@') || hasAsciiDigit(word)) return false;
  // A lone initial ("J." or "J") is not something to greet anyone with.
  if (word.length === 2 && word[1] === '.') return false;
  return !NOT_A_PERSON.has(word.toLowerCase());
}

/**
 * Splits a contact name into the parts a greeting needs. Honorifics are skipped
 * ("Dr. Anna Weber" → Anna), "Weber, Anna" is read as last-name-first, ALL CAPS or all-lowercase
 * names are proper-cased, and a name that is only an honorific plus one word ("Herr Müller")
 * yields a lastName but no firstName, so templates fall back to their default greeting.
 */
export function splitContactName(contactName: string | null | undefined): NameParts {
  if (!contactName) return {};
  let text = contactName.trim();
  if (/\s\s|[\t\n\r\u00a0]/.test(text)) text = text.replace(/\s+/g, ' ');
  // Nicknames in quotes or brackets ("Robert 'Bob' Smith") are not part of either name.
  if (/["“”(]/.test(text)) text = text.replace(/\s*(["“”][^"“”]*["“”]|\([^)]*\))\s*/g, ' ').trim();
  if (!text) return {};

  let words: string[];
  const comma = text.indexOf(',');
  if (comma < 0) {
    words = text.split(' ');
  } else {
    const before = text.slice(0, comma).trim();
    const after = text
      .slice(comma + 1)
      .replace(/,/g, ' ')
      .trim();
    const afterWords = after ? after.split(/ +/) : [];
    // "Weber, Anna" (and "Weber, Dr. Anna") is last name first; "Anna Weber, PhD" is not.
    words = afterWords.length > 0 && !afterWords.every(isSuffix) ? [...afterWords, ...before.split(' ')] : before.split(' ');
  }

  let start = 0;
  while (start < words.length && isHonorific(words[start]!)) start++;
  const hadHonorific = start > 0;
  let end = words.length;
  while (end - start > 1 && isSuffix(words[end - 1]!)) end--;
  const cleaned: string[] = [];
  for (let i = start; i < end; i++) {
    const word = cleanWord(words[i]!);
    if (word) cleaned.push(word);
  }
  if (cleaned.length === 0) return {};

  if (cleaned.length === 1) {
    const only = cleaned[0]!;
    if (!looksLikeName(only)) return {};
    return hadHonorific ? { lastName: properCase(only) } : { firstName: properCase(only) };
  }
  const parts: NameParts = {};
  const first = cleaned[0]!;
  if (looksLikeName(first)) parts.firstName = properCase(first);
  const last = cleaned[cleaned.length - 1]!;
  if (looksLikeName(last)) parts.lastName = properCase(last);
  return parts;
}

const FREEMAIL = new Set([
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'yahoo.fr',
  'yahoo.co.uk',
  'hotmail.com',
  'hotmail.fr',
  'outlook.com',
  'live.com',
  'msn.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'orange.fr',
  'free.fr',
  'proton.me',
  'protonmail.com',
  'yandex.ru',
  'mail.ru',
  'qq.com',
  '163.com',
]);

const HOST_END = /[/?#:\s]/g;

function isSchemeChar(code: number): boolean {
  return isAsciiAlphanumeric(code) || code === 43 || code === 46 || code === 45; // + . -
}

const DOMAIN_NAME = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u;

/** Two or more dot-separated labels of letters, digits and "-"; ASCII checked without the Unicode regex. */
function isDomainName(host: string): boolean {
  let labelLength = 0;
  let dots = 0;
  for (let i = 0; i < host.length; i++) {
    const code = host.charCodeAt(i);
    if (code >= 128) return DOMAIN_NAME.test(host);
    if (code === 46) {
      if (labelLength === 0) return false;
      dots++;
      labelLength = 0;
    } else if (isAsciiAlphanumeric(code) || code === 45) {
      labelLength++;
    } else {
      return false;
    }
  }
  return dots > 0 && labelLength > 0;
}

/**
 * "https://user@www.Acme.com./x" → "acme.com": without scheme, user, path, port, "www." and a
 * final dot, lower-cased. Index arithmetic instead of five regex replaces: it runs per lead.
 */
function websiteHost(site: string): string {
  let start = 0;
  // Scheme: a letter, then letters, digits, "+", "." or "-", then "://".
  if (/[a-z]/i.test(site[0]!)) {
    let i = 1;
    while (i < site.length && isSchemeChar(site.charCodeAt(i))) i++;
    if (site.startsWith('://', i)) start = i + 3;
  }
  // User info: up to the first "@", unless a "/" comes first.
  for (let i = start; i < site.length; i++) {
    const code = site.charCodeAt(i);
    if (code === 47) break;
    if (code === 64) {
      start = i + 1;
      break;
    }
  }
  HOST_END.lastIndex = start;
  const end = HOST_END.exec(site)?.index ?? site.length;
  let host = site.slice(start, end);
  if (host.length >= 4 && host[3] === '.' && host.slice(0, 3).toLowerCase() === 'www') host = host.slice(4);
  if (host.endsWith('.')) host = host.slice(0, -1);
  return host.toLowerCase();
}

/**
 * The company's domain: the website's host without "www.", or else the email's domain unless it
 * is a free-mail provider ("gmail.com" is nobody's company).
 */
export function deriveCompanyDomain(website: string | null | undefined, email: string | null | undefined): string | undefined {
  const site = website?.trim();
  if (site) {
    const host = websiteHost(site);
    if (isDomainName(host)) return host;
  }
  const at = email?.trim().lastIndexOf('@') ?? -1;
  if (email && at > 0) {
    const domain = email
      .trim()
      .slice(at + 1)
      .toLowerCase();
    if (domain.includes('.') && !FREEMAIL.has(domain)) return domain;
  }
  return undefined;
}
