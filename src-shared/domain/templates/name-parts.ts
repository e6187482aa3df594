import { charCodeAt } from './char-code';
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

// A lower-cased word without dots and commas: "dr." → "dr", "dott.ssa" → "dottssa".
function bare(lower: string): string {
  return lower.includes('.') || lower.includes(',') ? lower.replace(/[.,]/g, '') : lower;
}

// The word checks take the word lower-cased too: each word is lower-cased once for all of them.
function isHonorific(word: string, lower: string): boolean {
  const key = bare(lower);
  return HONORIFICS.has(key) || (word.endsWith('.') && DOTTED_ONLY_HONORIFICS.has(key));
}

function isSuffix(lower: string): boolean {
  return SUFFIXES.has(bare(lower));
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
  const length = word.length; // read once: see char-code.ts
  let upper = false;
  let lower = false;
  for (let i = 0; i < length; i++) {
    const kind = latinCase(charCodeAt(word, i));
    if (kind === UNSURE) return undefined;
    if (kind === UPPER) upper = true;
    else if (kind === LOWER) lower = true;
  }
  if (upper === lower) return word; // no letters, or mixed case
  // These letters' cases are 32 apart, which toLowerCase and toUpperCase agree with.
  const lowered = word.toLowerCase();
  let out = '';
  let copied = 0;
  for (let i = 0; i < length; i++) {
    const startsPart = i === 0 || charCodeAt(word, i - 1) === 45 || charCodeAt(word, i - 1) === 39; // - '
    if (!startsPart) continue;
    out += lowered.slice(copied, i) + lowered.charAt(i).toUpperCase();
    copied = i + 1;
  }
  return out + lowered.slice(copied);
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
  if (isAsciiAlphanumeric(charCodeAt(word, 0)) && isAsciiAlphanumeric(charCodeAt(word, word.length - 1))) return word;
  if (!EDGE_PUNCTUATION.test(word)) return word;
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

function hasAsciiDigit(word: string): boolean {
  const length = word.length; // read once: see char-code.ts
  for (let i = 0; i < length; i++) {
    const code = charCodeAt(word, i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

function looksLikeName(word: string, lower: string): boolean {
  if (word.length < 2 || word.includes('@') || hasAsciiDigit(word)) return false;
  // A lone initial ("J." or "J") is not something to greet anyone with.
  if (word.length === 2 && word[1] === '.') return false;
  return !NOT_A_PERSON.has(lower);
}

/**
 * Splits a contact name into the parts a greeting needs. Honorifics are skipped
 * ("Dr. Anna Weber" → Anna), "Weber, Anna" is read as last-name-first, ALL CAPS or all-lowercase
 * names are proper-cased, and a name that is only an honorific plus one word ("Herr Müller")
 * yields a lastName but no firstName, so templates fall back to their default greeting.
 */
export function splitContactName(contactName: string | null | undefined): NameParts {
  return contactNameParts(contactName, true);
}

/** splitContactName without the lastName when `withLastName` is false: its checks cost as much as the firstName's. */
export function contactNameParts(contactName: string | null | undefined, withLastName: boolean): NameParts {
  if (!contactName) return {};
  const text = contactName.trim();
  // Most names are words between single spaces: one search instead of three.
  const words = NEEDS_NORMALISING.test(text) ? normalisedWords(text) : text ? spaceSeparated(text) : [];
  if (words.length === 0) return {};
  return splitWords(words, withLastName);
}

// What normalisedWords handles: runs of whitespace, tabs and line breaks, nicknames, commas.
const NEEDS_NORMALISING = /\s\s|[\t\n\r\u00a0"“”(,]/;

/** The words of a trimmed name that NEEDS_NORMALISING matched; none when nothing is left. */
function normalisedWords(name: string): string[] {
  let text = name;
  if (/\s\s|[\t\n\r\u00a0]/.test(text)) text = text.replace(/\s+/g, ' ');
  // Nicknames in quotes or brackets ("Robert 'Bob' Smith") are not part of either name.
  if (/["“”(]/.test(text)) text = text.replace(/\s*(["“”][^"“”]*["“”]|\([^)]*\))\s*/g, ' ').trim();
  if (!text) return [];
  const comma = text.indexOf(',');
  if (comma < 0) return text.split(' ');
  const before = text.slice(0, comma).trim();
  const after = text
    .slice(comma + 1)
    .replace(/,/g, ' ')
    .trim();
  const afterWords = after ? after.split(/ +/) : [];
  // "Weber, Anna" (and "Weber, Dr. Anna") is last name first; "Anna Weber, PhD" is not.
  const isSuffixWord = (word: string) => isSuffix(word.toLowerCase());
  return afterWords.length > 0 && !afterWords.every(isSuffixWord) ? [...afterWords, ...before.split(' ')] : before.split(' ');
}

/** text.split(' '), without the runtime call split makes (several times the cost for two words). */
function spaceSeparated(text: string): string[] {
  const words: string[] = [];
  let from = 0;
  for (let space = text.indexOf(' '); space >= 0; space = text.indexOf(' ', from)) {
    words.push(text.slice(from, space));
    from = space + 1;
  }
  words.push(from === 0 ? text : text.slice(from));
  return words;
}

/** The first and last name among a name's words, past honorifics and suffixes. */
function splitWords(words: string[], withLastName: boolean): NameParts {
  const lower = words.map((word) => word.toLowerCase());
  let start = 0;
  while (start < words.length && isHonorific(words[start]!, lower[start]!)) start++;
  const hadHonorific = start > 0;
  let end = words.length;
  while (end - start > 1 && isSuffix(lower[end - 1]!)) end--;
  // The first and last words left, once cleaned (empty ones skipped).
  let count = 0;
  let first = '';
  let firstLower = '';
  let last = '';
  let lastLower = '';
  for (let i = start; i < end; i++) {
    const word = cleanWord(words[i]!);
    if (!word) continue;
    last = word;
    lastLower = word === words[i] ? lower[i]! : word.toLowerCase();
    if (count++ === 0) {
      first = last;
      firstLower = lastLower;
    }
  }
  if (count === 0) return {};

  if (count === 1) {
    if (!looksLikeName(first, firstLower)) return {};
    if (!hadHonorific) return { firstName: properCase(first) };
    return withLastName ? { lastName: properCase(first) } : {};
  }
  const parts: NameParts = {};
  if (looksLikeName(first, firstLower)) parts.firstName = properCase(first);
  if (withLastName && looksLikeName(last, lastLower)) parts.lastName = properCase(last);
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

// Scheme ("https://", a letter, then letters, digits, "+", "." or "-"), "www." and the host: sticky.
const SCHEME = /[a-z][a-z\d+.-]*:\/\//iy;
const WWW = /www\./iy;
const HOST = /[^/?#:\s]*/y;

/** Two or more dot-separated labels of letters, digits and "-". */
const DOMAIN_NAME = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u;

/**
 * "https://user@www.Acme.com./x" → "acme.com": without scheme, user, path, port, "www." and a
 * final dot, lower-cased. Native searches from where the last part ended instead of regex
 * replaces or a loop over the characters: it runs per lead.
 */
function websiteHost(site: string): string {
  SCHEME.lastIndex = 0;
  let start = SCHEME.test(site) ? SCHEME.lastIndex : 0;
  // User info: up to the first "@", unless a "/" comes first.
  const at = site.indexOf('@', start);
  if (at >= 0) {
    const slash = site.indexOf('/', start);
    if (slash < 0 || slash > at) start = at + 1;
  }
  WWW.lastIndex = start;
  if (WWW.test(site)) start += 4;
  HOST.lastIndex = start;
  HOST.test(site);
  let host = site.slice(start, HOST.lastIndex);
  if (host.endsWith('.')) host = host.slice(0, -1);
  return host.toLowerCase();
}

/**
 * The company's domain: the website's host without "www.", or else the email's domain unless it
 * is a free-mail provider ("gmail.com" is nobody's company).
 */
export function deriveCompanyDomain(website: string | null | undefined, email: string | null | undefined): string | undefined {
  return websiteDomain(website) ?? emailDomain(email);
}

/** deriveCompanyDomain's first choice, for callers that need the email only when this fails. */
export function websiteDomain(website: string | null | undefined): string | undefined {
  const site = website?.trim();
  if (!site) return undefined;
  const host = websiteHost(site);
  return DOMAIN_NAME.test(host) ? host : undefined;
}

/** deriveCompanyDomain's fallback. */
export function emailDomain(email: string | null | undefined): string | undefined {
  const address = email?.trim();
  const at = address?.lastIndexOf('@') ?? -1;
  if (!address || at <= 0) return undefined;
  const domain = address.slice(at + 1).toLowerCase();
  return domain.includes('.') && !FREEMAIL.has(domain) ? domain : undefined;
}
