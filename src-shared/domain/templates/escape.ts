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
  // One pass over the characters: it runs for every value of every email.
  let out = '';
  let copied = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code > 125 || !IS_HTML_SPECIAL[code]) continue;
    out += value.slice(copied, i);
    if (code === 13 || code === 10) {
      out += '<br>';
      if (code === 13 && value.charCodeAt(i + 1) === 10) i++; // CRLF is one line break
    } else {
      out += HTML_REPLACEMENTS[value[i]!]!;
    }
    copied = i + 1;
  }
  return copied === 0 ? value : out + value.slice(copied);
}

// By char code: & < > " ' { } CR LF.
const IS_HTML_SPECIAL: boolean[] = Array.from({ length: 126 }, (_, code) => /[&<>"'{}\r\n]/.test(String.fromCharCode(code)));

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
