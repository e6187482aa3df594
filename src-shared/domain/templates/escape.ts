import { charCodeAt } from './char-code';
// How variable values become safe output. Values are data: they are escaped once on the way out
// and never parsed as a template, so a lead named "{{ sender.email }}" stays that text.

const HTML_REPLACEMENTS: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // Braces are escaped too, so no value can put a literal "{{" or "{%" into the HTML source.
  '{': '&#123;',
  '}': '&#125;',
};
// C0 controls other than tab/newline/CR, and DEL: never meaningful in an email, sometimes hostile.
// eslint-disable-next-line no-control-regex -- control characters are what this matches
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function stripControlChars(value: string): string {
  return value.replace(CONTROL_CHARS, '');
}

/**
 * A value in the HTML part: HTML-escaped, braces as entities, and line breaks of a multi-line
 * plain-text value (an address, a signature) kept as <br>.
 */
export function escapeHtmlValue(value: string): string {
  // A native search first: most values hold nothing to escape, and it runs for every value.
  const first = value.search(HTML_SPECIAL);
  if (first < 0) return value;
  let out = '';
  let copied = 0;
  const length = value.length; // read once: see char-code.ts
  for (let i = first; i < length; i++) {
    const code = charCodeAt(value, i);
    const replacement = code < 126 ? HTML_REPLACEMENT_BY_CODE[code] : undefined;
    if (replacement === undefined) continue;
    out += value.slice(copied, i) + replacement;
    if (code === 13 && charCodeAt(value, i + 1) === 10) i++; // CRLF is one line break
    copied = i + 1;
  }
  return out + value.slice(copied);
}

const HTML_SPECIAL = /[&<>"'{}\r\n]/;
// What each of those becomes, by char code.
const HTML_REPLACEMENT_BY_CODE: (string | undefined)[] = Array.from({ length: 126 }, (_, code) => {
  const ch = String.fromCharCode(code);
  return ch === '\r' || ch === '\n' ? '<br>' : HTML_REPLACEMENTS[ch];
});

/**
 * A value in the text part or the subject: not escaped, but "{{", "{%", "%}" and "}}" are broken
 * apart with a space so nothing downstream can mistake the result for a template tag.
 */
export function neutraliseTextValue(value: string): string {
  if (!/[{}%]/.test(value)) return value;
  return value.replace(/\{(?=[{%])/g, '{ ').replace(/([}%])(?=\})/g, '$1 ');
}

/** Last line of defence for text and subject: static text (a {% raw %} block) may hold "{{" too. */
export function neutraliseRenderedText(text: string): string {
  // A one-character search first: fast on any string, and most emails hold no brace at all.
  if (text.indexOf('{') < 0) return text;
  return text.replace(/\{(?=[{%])/g, '{ ');
}

/** Same for the HTML part: the brace becomes an entity, which displays the same but is not "{{". */
export function neutraliseRenderedHtml(html: string): string {
  if (html.indexOf('{') < 0) return html;
  return html.replace(/\{(?=[{%])/g, '&#123;');
}

// Bidi embedding/override/isolate controls: an unterminated U+202E from a lead value would flip
// the rest of the subject line. Right-to-left letters carry their own direction and are kept.
const SUBJECT_STRIP = /[\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- control characters are what this matches
const SUBJECT_BREAKS = /[\r\n\u0000-\u001f\u007f\u2028\u2029\u0085]+/g;

/** A subject is one header line: CR and LF (header injection) and other controls become a space. */
export function sanitiseSubject(subject: string): string {
  // Most subjects need none of the three replacements: one search instead.
  if (!SUBJECT_NEEDS_CLEANING.test(subject)) return neutraliseRenderedText(subject.trim());
  // Neutralised last: removing a control character between two braces would join them.
  return neutraliseRenderedText(subject.replace(SUBJECT_STRIP, '').replace(SUBJECT_BREAKS, ' ').replace(/ {2,}/g, ' ').trim());
}
// What SUBJECT_STRIP, SUBJECT_BREAKS and / {2,}/ match.
// eslint-disable-next-line no-control-regex -- control characters are what this matches
const SUBJECT_NEEDS_CLEANING = /[\u202a-\u202e\u2066-\u2069\r\n\u0000-\u001f\u007f\u2028\u2029\u0085]| {2}/;

export function escapeHtmlText(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_REPLACEMENTS[ch]!);
}
