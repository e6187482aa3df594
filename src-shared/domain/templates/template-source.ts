import { decodeEntities } from './html-entities';
import { fnv1a32 } from './spin-hash';
import type { TemplateIssue } from './types';

// A template's source as the renderer sees it before Liquid does: Liquid tags kept whole (so
// their pipes and braces are never mistaken for spintax), spintax groups found around them,
// and everything else literal text.

export type Piece =
  | { kind: 'text'; text: string }
  /** `inert`: a {% tag %} or raw/comment block, which prints nothing of itself. */
  | { kind: 'liquid'; text: string; inert: boolean; rawContent?: string }
  | { kind: 'open' | 'or' | 'close'; group: number };

export interface ScannedSource {
  pieces: Piece[];
  /** Per group, the key that (with the lead id) picks its option. */
  groupKeys: number[];
  issues: TemplateIssue[];
}

type Lexeme =
  | { kind: 'text'; start: number; end: number }
  | { kind: 'liquid'; start: number; end: number; inert: boolean; rawContent?: string }
  | { kind: '{' | '|' | '}'; start: number; end: number };

const BLOCK_START = /^\{%-?\s*(raw|comment)\s*-?%\}/;

function lineAt(source: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

// Mirrors liquidjs' tokenizer: outputs end at the first "}}" outside quotes, tags at the first "%}".
function liquidEnd(source: string, start: number): number {
  if (source[start + 1] === '%') {
    const end = source.indexOf('%}', start + 2);
    return end < 0 ? source.length : end + 2;
  }
  for (let i = start + 2; i < source.length; i++) {
    const ch = source[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < source.length && source[j] !== ch) j += source[j] === '\\' ? 2 : 1;
      i = j;
    } else if (ch === '}' && source[i + 1] === '}') {
      return i + 2;
    }
  }
  return source.length;
}

function lex(source: string): Lexeme[] {
  const lexemes: Lexeme[] = [];
  let textStart = 0;
  const flushText = (end: number) => {
    if (end > textStart) lexemes.push({ kind: 'text', start: textStart, end });
  };
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '{') {
      const next = source[i + 1];
      const after = source[i + 2];
      // "{{{firstName}}|there}": the first brace is spintax, the next two open the output.
      if ((next === '{' || next === '%') && after !== '{' && after !== '%') {
        flushText(i);
        let end = liquidEnd(source, i);
        const inert = next === '%';
        let rawContent: string | undefined;
        const block = next === '%' ? BLOCK_START.exec(source.slice(i, end)) : null;
        if (block) {
          // raw and comment blocks are opaque: nothing inside is Liquid or spintax.
          const closer = new RegExp(`\\{%-?\\s*end${block[1]}\\s*-?%\\}`, 'g');
          closer.lastIndex = end;
          const close = closer.exec(source);
          if (close) {
            if (block[1] === 'raw') rawContent = source.slice(end, close.index);
            end = close.index + close[0].length;
          }
        }
        lexemes.push({ kind: 'liquid', start: i, end, inert, rawContent });
        i = textStart = end;
        continue;
      }
    }
    if (ch === '{' || ch === '|' || ch === '}') {
      flushText(i);
      lexemes.push({ kind: ch, start: i, end: i + 1 });
      textStart = i + 1;
    }
    i++;
  }
  flushText(source.length);
  return lexemes;
}

interface Group {
  open: number;
  pipes: number[];
  close: number;
}

/**
 * Splits a template into literal text, Liquid tags and spintax groups. A group is a pair of
 * single braces with at least one "|" at its own level ("{Hi|Hello}", "{Hi {there|you}|Hey}");
 * braces without a pipe (CSS, "{name}") stay literal text.
 * `html`: entities inside Liquid tags are decoded, because rich-text editors write
 * `{{ x | default: &quot;there&quot; }}`.
 */
export function scanTemplate(source: string, mode: 'html' | 'text'): ScannedSource {
  const lexemes = lex(source);
  const issues: TemplateIssue[] = [];
  const groups: Group[] = [];
  const stack: { open: number; pipes: number[] }[] = [];
  lexemes.forEach((lexeme, index) => {
    if (lexeme.kind === '{') stack.push({ open: index, pipes: [] });
    else if (lexeme.kind === '|') stack[stack.length - 1]?.pipes.push(index);
    else if (lexeme.kind === '}') {
      const frame = stack.pop();
      if (frame && frame.pipes.length > 0) groups.push({ ...frame, close: index });
    }
  });
  for (const frame of stack) {
    if (frame.pipes.length > 0) {
      issues.push({
        message: 'Spintax "{" is never closed: write {option one|option two}',
        line: lineAt(source, lexemes[frame.open]!.start),
      });
    }
  }
  groups.sort((a, b) => a.open - b.open);

  const role = new Map<number, { kind: 'open' | 'or' | 'close'; group: number }>();
  const groupKeys: number[] = [];
  const seen = new Map<string, number>();
  groups.forEach((group, id) => {
    role.set(group.open, { kind: 'open', group: id });
    for (const pipe of group.pipes) role.set(pipe, { kind: 'or', group: id });
    role.set(group.close, { kind: 'close', group: id });
    // Keyed by its own text (and which repeat it is), so identical wording in the subject, the
    // HTML and the text part picks the same option, and editing one group leaves others alone.
    const text = source.slice(lexemes[group.open]!.start, lexemes[group.close]!.end);
    const occurrence = seen.get(text) ?? 0;
    seen.set(text, occurrence + 1);
    groupKeys.push(fnv1a32(`${occurrence}\u0000${text}`));
  });

  const pieces: Piece[] = [];
  const pushText = (text: string) => {
    const last = pieces[pieces.length - 1];
    if (last?.kind === 'text') last.text += text;
    else if (text) pieces.push({ kind: 'text', text });
  };
  lexemes.forEach((lexeme, index) => {
    const marker = role.get(index);
    if (marker) pieces.push({ ...marker });
    else if (lexeme.kind === 'liquid') {
      let text = source.slice(lexeme.start, lexeme.end);
      if (mode === 'html' && lexeme.rawContent === undefined) text = decodeEntities(text).replace(/\u00a0/g, ' ');
      pieces.push({ kind: 'liquid', text, inert: lexeme.inert, rawContent: lexeme.rawContent });
    } else pushText(source.slice(lexeme.start, lexeme.end));
  });
  return { pieces, groupKeys, issues };
}

// Literal text must not open Liquid by accident: a "{" right before "{" or "%" (or before the
// next piece, which always starts with "{") is written as an output of the string "{".
function literal(text: string, nextIsLiquid: boolean): string {
  if (!text.includes('{')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const next = i + 1 < text.length ? text[i + 1] : nextIsLiquid ? '{' : '';
    out += ch === '{' && (next === '{' || next === '%') ? '{{ "{" }}' : ch;
  }
  return out;
}

export const SPIN_TAG = '__spin';
export const SPIN_OR_TAG = '__or';
export const SPIN_END_TAG = '__endspin';
/** Used only in text derived from HTML: writes " (url)" unless the URL renders blank. */
export const LINK_URL_TAG = '__linkurl';
export const LINK_URL_END_TAG = '__endlinkurl';

/** The Liquid source liquidjs parses: spintax groups become internal block tags. */
export function toLiquidSource(scan: ScannedSource): string {
  let out = '';
  scan.pieces.forEach((piece, index) => {
    switch (piece.kind) {
      case 'text':
        out += literal(piece.text, index + 1 < scan.pieces.length);
        break;
      case 'liquid':
        out += piece.text;
        break;
      case 'open':
        out += `{%${SPIN_TAG} ${scan.groupKeys[piece.group]}%}`;
        break;
      case 'or':
        out += `{%${SPIN_OR_TAG}%}`;
        break;
      case 'close':
        out += `{%${SPIN_END_TAG}%}`;
        break;
    }
  });
  return out;
}
