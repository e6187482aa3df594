import { Liquid, Tag, type Context, type Emitter, type FS, type Parser, type TagToken, type Template, type TopLevelToken } from 'liquidjs';
import { escapeHtmlValue, neutraliseTextValue } from './escape';
import { pickOption } from './spin-hash';
import { LINK_URL_END_TAG, LINK_URL_TAG, SPIN_END_TAG, SPIN_OR_TAG, SPIN_TAG } from './template-source';

// Liquid as users may write it in an email: the language, its filters and control flow, and
// nothing that reaches outside the template. No file system, no partials or layouts, no custom
// code of the user's. Escaping is the engine's outputEscape, so it applies to {{ }} and
// {% echo %} alike and no filter can switch it off.

/** Per-render state the internal tags and outputs need; kept on the liquidjs Context. */
export interface RenderState {
  seed: number;
  missing: string[];
}

const RENDER_STATE = Symbol('outreach.templateRenderState');

export function attachState(ctx: Context, state: RenderState): void {
  (ctx as unknown as Record<symbol, RenderState>)[RENDER_STATE] = state;
}

export function stateOf(ctx: Context): RenderState | undefined {
  return (ctx as unknown as Record<symbol, RenderState | undefined>)[RENDER_STATE];
}

// Tags that load other templates (include, render, layout, block) are removed so that they are a
// parse error ("not available") rather than a file read; cycle and tablerow have no use in an email.
export const REMOVED_TAGS = ['include', 'render', 'layout', 'block', 'cycle', 'tablerow'] as const;

const fileAccessDenied = (): never => {
  throw new Error('Templates cannot read files');
};
const NO_FILES: FS = {
  exists: async () => false,
  existsSync: () => false,
  readFile: async () => fileAccessDenied(),
  readFileSync: fileAccessDenied,
  resolve: fileAccessDenied,
  contains: async () => false,
  containsSync: () => false,
};

/**
 * {Hi|Hello} is parsed as {%__spin key%}Hi{%__or%}Hello{%__endspin%}, so Liquid validates the
 * nesting of spintax and tags in one pass. Renders the option the lead's seed picks.
 */
export class SpinTag extends Tag {
  readonly key: number;
  readonly options: Template[][] = [];

  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid, parser: Parser) {
    super(token, remainTokens, liquid);
    this.key = Number(token.args.trim()) >>> 0;
    let current: Template[] = [];
    this.options.push(current);
    parser
      .parseStream(remainTokens)
      .on(`tag:${SPIN_OR_TAG}`, () => {
        current = [];
        this.options.push(current);
      })
      .on(`tag:${SPIN_END_TAG}`, function () {
        this.stop();
      })
      .on('template', (tpl: Template) => {
        current.push(tpl);
      })
      .on('end', () => {
        throw new Error('spintax group is not closed');
      })
      .start();
  }

  pick(ctx: Context): Template[] {
    return this.options[pickOption(stateOf(ctx)?.seed ?? 0, this.key, this.options.length)]!;
  }

  *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    yield this.liquid.renderer.renderTemplates(this.pick(ctx), ctx, emitter);
  }

  // eslint-disable-next-line require-yield
  *children(): Generator<unknown, Template[]> {
    return this.options.flat();
  }
}

/** In a text part derived from HTML: a link's " (url)", left out when the URL renders blank. */
export class LinkUrlTag extends Tag {
  readonly templates: Template[] = [];

  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid, parser: Parser) {
    super(token, remainTokens, liquid);
    parser
      .parseStream(remainTokens)
      .on(`tag:${LINK_URL_END_TAG}`, function () {
        this.stop();
      })
      .on('template', (tpl: Template) => {
        this.templates.push(tpl);
      })
      .on('end', () => {
        throw new Error('link URL is not closed');
      })
      .start();
  }

  *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const url = String(yield this.liquid.renderer.renderTemplates(this.templates, ctx)).trim();
    if (url) emitter.write(` (${url})`);
  }

  // eslint-disable-next-line require-yield
  *children(): Generator<unknown, Template[]> {
    return this.templates;
  }
}

/** Stray {%__or%} / {%__endspin%} only occur in hand-written input; they are a parse error there. */
class StraySpinTag extends Tag {
  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
    super(token, remainTokens, liquid);
    throw new Error('"|" or "}" of a spintax group outside any group');
  }
  render(): void {}
}

export type EscapeMode = 'html' | 'text' | 'raw';

export function stringifyValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(stringifyValue).join('');
  return String(value);
}

// The engines' outputEscape functions. They do not use `this`: render-plan.ts calls them directly.
export const escapeHtmlOutput = (value: unknown): string => escapeHtmlValue(stringifyValue(value));
export const neutraliseTextOutput = (value: unknown): string => neutraliseTextValue(stringifyValue(value));

function createEngine(mode: EscapeMode): Liquid {
  const engine = new Liquid({
    fs: NO_FILES,
    root: [],
    partials: [],
    layouts: [],
    relativeReference: false,
    cache: false,
    // A misspelt filter ("defualt") is reported by the editor instead of silently ignored.
    strictFilters: true,
    strictVariables: false,
    ownPropertyOnly: true,
    outputEscape: mode === 'html' ? escapeHtmlOutput : mode === 'text' ? neutraliseTextOutput : undefined,
    // DoS guards for hand-written loops: {% for i in (1..100000000) %}.
    parseLimit: 2_000_000,
    renderLimit: 1_000,
    memoryLimit: 20_000_000,
  });
  for (const tag of REMOVED_TAGS) delete engine.tags[tag];
  // `| raw` would switch escaping off for that output: it stays a harmless no-op instead.
  engine.registerFilter('raw', (value: unknown) => value);
  engine.registerTag(SPIN_TAG, SpinTag);
  engine.registerTag(SPIN_OR_TAG, StraySpinTag);
  engine.registerTag(SPIN_END_TAG, StraySpinTag);
  engine.registerTag(LINK_URL_TAG, LinkUrlTag);
  return engine;
}

const engines = new Map<EscapeMode, Liquid>();

/** html: values HTML-escaped; text: values with "{{" pairs broken; raw: custom-variable values. */
export function engineFor(mode: EscapeMode): Liquid {
  let engine = engines.get(mode);
  if (!engine) {
    engine = createEngine(mode);
    engines.set(mode, engine);
  }
  return engine;
}
