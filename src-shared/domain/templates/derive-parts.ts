import { escapeHtmlText } from './escape';
import { convertHtmlToText } from './html-to-text';
import { LINK_URL_END_TAG, LINK_URL_TAG, type Piece, type ScannedSource } from './template-source';

// A template with only HTML (or only text) still needs both MIME parts. Deriving the other part
// from the *template* once, at compile time, costs nothing per lead; Liquid tags and spintax
// markers ride through the HTML-to-text conversion as private-use placeholder characters.

// Private-use characters: U+E000.. stand for the HTML template's pieces (tags, spintax markers),
// U+F8F1/U+F8F2 for one or two line breaks, U+F8FE/U+F8FF bracket a link's URL, whose " (url)"
// is written only when the URL a lead gets is not empty.
const PLACEHOLDER_BASE = 0xe000;
const PLACEHOLDER_LIMIT = 0xf7ff - PLACEHOLDER_BASE;
const BREAK_BASE = 0xf8f0;
const LINK_URL_OPEN = '\uf8fe';
const LINK_URL_CLOSE = '\uf8ff';
const PLACEHOLDER_CHARS = /[\ue000-\uf8ff]/g;

const BREAK_ONE = '\uf8f1';
const BREAK_TWO = '\uf8f2';

function isBlankChar(code: number, newlineToo: boolean): boolean {
  return code === 32 || code === 9 || (newlineToo && code === 10);
}

function isBreakChar(code: number): boolean {
  return code === 0xf8f1 || code === 0xf8f2;
}

/**
 * Break markers become newlines: a run of breaks is as many newlines as its largest member (like
 * adjacent block elements), none at either end of the text, and spaces before a break go.
 * `interiorOnly`: resolve only runs with text on both sides, leaving the edges of a static piece,
 * where a tag's output will join, for render time.
 */
function resolveBreakRuns(text: string, interiorOnly: boolean): string {
  let out = '';
  let copied = 0;
  const length = text.length;
  // Single-character indexOf: V8 searches two-byte strings for longer patterns much more slowly.
  let nextOne = text.indexOf(BREAK_ONE);
  let nextTwo = text.indexOf(BREAK_TWO);
  while (nextOne >= 0 || nextTwo >= 0) {
    const i = nextOne < 0 ? nextTwo : nextTwo < 0 ? nextOne : Math.min(nextOne, nextTwo);
    let start = i;
    while (start > copied && isBlankChar(text.charCodeAt(start - 1), false)) start--;
    let double = text[i] === BREAK_TWO;
    let end = i + 1;
    for (;;) {
      let next = end;
      while (next < length && isBlankChar(text.charCodeAt(next), true)) next++;
      if (next >= length || !isBreakChar(text.charCodeAt(next))) break;
      double ||= text[next] === BREAK_TWO;
      end = next + 1;
    }
    if (nextOne >= 0 && nextOne < end) nextOne = text.indexOf(BREAK_ONE, end);
    if (nextTwo >= 0 && nextTwo < end) nextTwo = text.indexOf(BREAK_TWO, end);
    const interior = start > 0 && end < length;
    if (interiorOnly && !interior) continue;
    out += text.slice(copied, start);
    if (interior) out += double ? '\n\n' : '\n';
    copied = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Finishes a rendered derived text part: the break markers left at the edges of tags become newlines. */
export function finishDerivedText(text: string): string {
  return resolveBreakRuns(text, false).trim();
}

function withoutWhitespaceControl(liquid: string): string {
  // "{%- if -%}" trims the newlines the text part is made of; in HTML they were only cosmetic.
  return liquid.replace(/^\{([{%])-/, '{$1').replace(/-([}%])\}$/, '$1}');
}

function groupsIntact(pieces: Piece[], original: Piece[]): boolean {
  const expected = new Map<number, number>();
  for (const piece of original) {
    if (piece.kind === 'or') expected.set(piece.group, (expected.get(piece.group) ?? 0) + 1);
  }
  const stack: { group: number; ors: number }[] = [];
  const closed = new Set<number>();
  for (const piece of pieces) {
    if (piece.kind === 'open') {
      if (closed.has(piece.group) || stack.some((f) => f.group === piece.group)) return false;
      stack.push({ group: piece.group, ors: 0 });
    } else if (piece.kind === 'or' || piece.kind === 'close') {
      const top = stack[stack.length - 1];
      if (!top || top.group !== piece.group) return false;
      if (piece.kind === 'or') top.ors++;
      else {
        if (top.ors !== (expected.get(piece.group) ?? 0)) return false;
        stack.pop();
        closed.add(piece.group);
      }
    }
  }
  return stack.length === 0;
}

/**
 * The text part's pieces, derived from the HTML part's pieces; null when placeholders could not
 * survive the conversion (a spintax group split by <style>, thousands of tags): the caller then
 * converts each rendered HTML instead.
 */
export function deriveTextFromHtml(html: ScannedSource): ScannedSource | null {
  if (html.pieces.length > PLACEHOLDER_LIMIT) return null;
  let marked = '';
  html.pieces.forEach((piece, index) => {
    if (piece.kind === 'text') marked += piece.text.replace(PLACEHOLDER_CHARS, '');
    else if (piece.kind === 'liquid' && piece.rawContent !== undefined) marked += piece.rawContent.replace(PLACEHOLDER_CHARS, '');
    else if (piece.kind === 'liquid' && /^\{%-?\s*comment/.test(piece.text)) return;
    else marked += String.fromCharCode(PLACEHOLDER_BASE + index);
  });
  const pieceAt = (ch: string): Piece | undefined => html.pieces[ch.charCodeAt(0) - PLACEHOLDER_BASE];
  const text = convertHtmlToText(marked, {
    isInert: (ch) => {
      const piece = pieceAt(ch);
      return piece !== undefined && (piece.kind !== 'liquid' || piece.inert);
    },
    formatLinkUrl: (href) => `${LINK_URL_OPEN}${href}${LINK_URL_CLOSE}`,
    breakMarker: (count) => String.fromCharCode(BREAK_BASE + count),
    resolve: (value) =>
      value.replace(PLACEHOLDER_CHARS, (ch) => {
        const piece = pieceAt(ch);
        return piece?.kind === 'liquid' ? piece.text : '';
      }),
  });

  const pieces: Piece[] = [];
  let literal = '';
  const flush = () => {
    if (literal) pieces.push({ kind: 'text', text: resolveBreakRuns(literal, true) });
    literal = '';
  };
  for (const ch of text) {
    if (ch === LINK_URL_OPEN || ch === LINK_URL_CLOSE) {
      flush();
      pieces.push({ kind: 'liquid', text: `{%${ch === LINK_URL_OPEN ? LINK_URL_TAG : LINK_URL_END_TAG}%}`, inert: true });
      continue;
    }
    const code = ch.charCodeAt(0);
    const piece = code >= PLACEHOLDER_BASE && code <= PLACEHOLDER_BASE + PLACEHOLDER_LIMIT ? pieceAt(ch) : undefined;
    if (!piece) {
      literal += ch;
      continue;
    }
    flush();
    pieces.push(piece.kind === 'liquid' ? { ...piece, text: withoutWhitespaceControl(piece.text) } : piece);
  }
  flush();
  if (!groupsIntact(pieces, html.pieces)) return null;
  return { pieces, groupKeys: html.groupKeys, issues: [] };
}

/** HTML pieces for a template written only as text: escaped, with line breaks as <br>. */
export function deriveHtmlFromText(text: ScannedSource): ScannedSource {
  const pieces = text.pieces.map((piece): Piece => {
    const literal = piece.kind === 'text' ? piece.text : piece.kind === 'liquid' ? piece.rawContent : undefined;
    if (literal === undefined) return piece;
    return { kind: 'text', text: escapeHtmlText(literal).replace(/\r\n?|\n/g, '<br>\n') };
  });
  return { pieces, groupKeys: text.groupKeys, issues: [] };
}
