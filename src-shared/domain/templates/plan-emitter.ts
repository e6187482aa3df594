import { toValue, type Emitter } from 'liquidjs';
import { BreakRunWriter, hasBreakMarker, splitAtBreaks, type BreakPieces } from './break-runs';
import { neutraliseRenderedHtml, neutraliseRenderedText } from './escape';
import { stringifyValue } from './liquid-engine';
import { charCodeAt, includes } from './char-code';

// Where runPlan writes a part. Static text carries flags worked out at compile time, so the
// last passes over the finished part (neutralising "{{", resolving line-break markers) only
// look at what can need them.

/** A run of template text, with what the emitters would otherwise have to search it for. */
export interface StaticText {
  kind: 'static';
  text: string;
  hasBrace: boolean;
  /** Set when `text` holds line-break markers: the text between them, and 1 or 2 for each. */
  breaks?: BreakPieces;
}

export function staticText(text: string): StaticText {
  const breaks = hasBreakMarker(text)
    ? splitAtBreaks(text).map((piece) => (typeof piece === 'string' ? oneByteCopy(piece) : piece))
    : undefined;
  return { kind: 'static', text: oneByteCopy(text), hasBrace: text.includes('{'), breaks };
}

// V8 keeps a slice of a two-byte string (the derived text's source holds private-use markers)
// two-byte; a one-byte copy halves what each rendered part copies when it is flattened.
function oneByteCopy(text: string): string {
  // eslint-disable-next-line no-control-regex -- the range starts at U+0000 by definition
  return /[^\u0000-\u00ff]/.test(text) ? text : [...text].join('');
}

// Space, tab, newline and the derived text part's line-break markers.
function endsBlank(text: string): boolean {
  const code = charCodeAt(text, text.length - 1);
  return code === 32 || code === 10 || code === 9 || code === 0xf8f1 || code === 0xf8f2;
}

export class BufferEmitter implements Emitter {
  buffer = '';
  /** Non-empty pieces written so far: how runPlan tells that a node printed nothing. */
  written = 0;
  /** Whether any piece held a "{": only then can the part contain "{{" or "{%". */
  hasBrace = false;
  /** The last non-empty piece written: what the buffer ends with, without flattening it. */
  private last = '';
  /** Set after a value or tag printed nothing right after a space or line break. */
  private collapseNextSpace = false;

  /**
   * `collapseSpaces`: for text derived from HTML, where "Hi {{ x }} there" with an empty x
   * should read "Hi there", as the HTML displays it.
   */
  constructor(private readonly collapseSpaces = false) {}

  write(html: unknown): void {
    this.append(stringifyValue(toValue(html)));
  }

  /** `mayHoldBrace`: false for text that cannot hold a "{" (HTML-escaped values), saving the search. */
  append(text: string, mayHoldBrace = true): void {
    if (text) this.add(text, mayHoldBrace && includes(text, '{'), undefined);
  }

  appendStatic(node: StaticText): void {
    const text = node.text;
    if (this.collapseNextSpace) {
      this.collapseNextSpace = false;
      if (charCodeAt(text, 0) === 32) {
        // The break pieces no longer match the text: the writer splits it again.
        const rest = text.replace(/^ +/, '');
        if (rest) this.add(rest, node.hasBrace, undefined);
        return;
      }
    }
    if (text) this.add(text, node.hasBrace, node.breaks ?? null);
  }

  /** Called after a node that printed nothing. */
  printedNothing(): void {
    if (this.collapseSpaces) this.collapseNextSpace = this.last === '' || endsBlank(this.last);
  }

  /** The finished HTML part. */
  html(): string {
    return this.hasBrace ? neutraliseRenderedHtml(this.buffer) : this.buffer;
  }

  /** `breaks`: `text` split at its line-break markers; null: it has none; undefined: not known. */
  protected store(text: string, _breaks: BreakPieces | null | undefined): void {
    this.buffer += text;
  }

  protected add(text: string, hasBrace: boolean, breaks: BreakPieces | null | undefined): void {
    this.store(text, breaks);
    this.last = text;
    this.written++;
    if (hasBrace) this.hasBrace = true;
  }
}

const BRACE_OR_BREAK = /[{\uf8f1\uf8f2]/;

/** The text part derived from HTML: its line-break markers become newlines as pieces arrive. */
export class DerivedTextEmitter extends BufferEmitter {
  private readonly runs = new BreakRunWriter();

  constructor() {
    super(true);
  }

  override append(text: string, mayHoldBrace = true): void {
    // One search for the two things a value rarely holds: a brace and a line-break marker.
    if (text && !BRACE_OR_BREAK.test(text)) this.add(text, false, null);
    else super.append(text, mayHoldBrace);
  }

  /** finishDerivedText and neutraliseRenderedText of everything written. */
  finish(): string {
    const text = this.runs.finish();
    return this.hasBrace ? neutraliseRenderedText(text) : text;
  }

  protected override store(text: string, breaks: BreakPieces | null | undefined): void {
    if (breaks === undefined) this.runs.push(text);
    else if (breaks === null) this.runs.pushPlain(text);
    else this.runs.pushPieces(breaks);
  }
}
