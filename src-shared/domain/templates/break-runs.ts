import { charCodeAt } from './char-code';
// The derived text part's line-break markers (U+F8F1/U+F8F2, see derive-parts.ts) resolved as the
// rendered pieces arrive, instead of in a second pass over the whole text of every email.
// finish() returns exactly finishDerivedText(all pieces joined); break-runs.test.ts checks that.

const SPACE = 32;
const TAB = 9;
const NEWLINE = 10;
const BREAK_ONE = 0xf8f1;
const BREAK_TWO = 0xf8f2;
const BREAK_CHARS = /[\uf8f1\uf8f2]/;

/** Whether a piece of unknown origin (a lead's value) holds a break marker. */
export function hasBreakMarker(text: string): boolean {
  return BREAK_CHARS.test(text);
}

/** Text split at its break markers: the non-empty text between them, and 1 or 2 for each marker. */
export type BreakPieces = readonly (string | 1 | 2)[];

export function splitAtBreaks(text: string): BreakPieces {
  const pieces: (string | 1 | 2)[] = [];
  let from = 0;
  const length = text.length; // read once: see char-code.ts
  for (let i = 0; i < length; i++) {
    const code = charCodeAt(text, i);
    if (code !== BREAK_ONE && code !== BREAK_TWO) continue;
    if (i > from) pieces.push(text.slice(from, i));
    pieces.push(code === BREAK_TWO ? 2 : 1);
    from = i + 1;
  }
  if (from < length) pieces.push(from === 0 ? text : text.slice(from));
  return pieces;
}

export class BreakRunWriter {
  /** What is written so far, but for `tail`. */
  private out = '';
  /**
   * The text written last, kept apart so that its trailing spaces and tabs can be dropped if a
   * break follows; added to `out` whole when more text does (no slicing for the common case).
   */
  private tail = '';
  /** Inside a run of breaks: the newlines it becomes (1 or 2); 0 outside one. */
  private run = 0;
  /** Blanks after the run's last break: kept if text follows, dropped if another break does. */
  private runTail = '';

  /** Any text: a lead's value may hold break markers too. */
  push(text: string): void {
    if (hasBreakMarker(text)) this.pushPieces(splitAtBreaks(text));
    else this.pushPlain(text);
  }

  /** Text already split at its break markers (static text, split at compile time). */
  pushPieces(pieces: BreakPieces): void {
    for (const piece of pieces) {
      if (typeof piece === 'number') this.pushBreak(piece);
      else this.pushPlain(piece);
    }
  }

  /** The text so far, trimmed: the same as finishDerivedText of everything pushed. */
  finish(): string {
    // A run still open at the end, or trailing spaces, would be trimmed anyway.
    return (this.run ? this.out : this.out + this.tail).trim();
  }

  private pushBreak(newlines: number): void {
    if (this.run === 0) {
      if (this.tail) this.out += withoutTrailingBlanks(this.tail);
      this.tail = '';
      this.run = newlines;
    } else if (newlines > this.run) {
      this.run = newlines;
    }
    this.runTail = '';
  }

  /** A non-empty piece without break markers. */
  pushPlain(text: string): void {
    if (this.run !== 0) {
      const length = text.length; // read once: see char-code.ts
      let start = 0;
      while (start < length && isBlank(charCodeAt(text, start))) start++;
      if (start === length) {
        this.runTail += text;
        return;
      }
      // Text after the run: the run becomes its newlines (at the very start, trim drops them).
      const newlines = this.run === 2 ? '\n\n' : '\n';
      this.out += this.runTail ? newlines + this.runTail : newlines;
      this.run = 0;
      this.runTail = '';
      this.tail = text;
      return;
    }
    const last = charCodeAt(text, text.length - 1);
    if ((last === SPACE || last === TAB) && withoutTrailingBlanks(text) === '') {
      // Only spaces and tabs: they join the tail's, all dropped if a break follows.
      this.tail += text;
      return;
    }
    if (this.tail) this.out += this.tail;
    this.tail = text;
  }
}

/** `text` without the spaces and tabs it ends with. */
function withoutTrailingBlanks(text: string): string {
  let end = text.length;
  for (let code = charCodeAt(text, end - 1); code === SPACE || code === TAB; code = charCodeAt(text, end - 1)) {
    if (--end === 0) break;
  }
  return end === text.length ? text : text.slice(0, end);
}

function isBlank(code: number): boolean {
  return code === SPACE || code === TAB || code === NEWLINE;
}
