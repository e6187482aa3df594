import { staticText, type StaticText } from './plan-emitter';
import type { Plan, PlanNode } from './render-plan';

// Spintax of plain options ("{Hi|Hello}") sits between runs of static text in most templates.
// Folding those runs into each option, and adjacent groups into one, at compile time more than
// halves the pieces a render appends.

/** Whether `text` holds more than spaces: see foldTextIntoSpins for why that matters. */
function hasNonSpace(text: string): boolean {
  return /[^ ]/.test(text);
}

type SpinNode = Extract<PlanNode, { kind: 'spin' }>;

function withTexts(node: SpinNode, texts: StaticText[], groups = node.data.groups): SpinNode {
  const options: Plan[] = texts.map((data) => [{ kind: 'static', data }]);
  return { kind: 'spin', data: { groups, options, texts } };
}

/**
 * The plan with static text before and after a plain-text spin folded into its options:
 * "<p>" {Hi|Hello} " " becomes {"<p>Hi "|"<p>Hello "}. Emitters handle a piece the same whether
 * it arrives whole or in parts (break-runs.test.ts), with one exception: after a value that
 * printed nothing, the derived text drops the leading spaces of the next static piece only. A
 * piece therefore leads a folded text only if it holds more than spaces, so the spaces dropped
 * are the same.
 */
export function foldTextIntoSpins(plan: Plan): Plan {
  const folded: Plan = [];
  for (const node of plan) {
    const previous = folded[folded.length - 1];
    if (node.kind === 'spin' && node.data.texts && previous?.kind === 'static' && hasNonSpace(previous.data.text)) {
      const before = previous.data.text;
      folded[folded.length - 1] = withTexts(
        node,
        node.data.texts.map((option) => staticText(before + option.text)),
      );
    } else if (node.kind === 'static' && previous?.kind === 'spin' && previous.data.texts?.every((option) => hasNonSpace(option.text))) {
      const after = node.data.text;
      folded[folded.length - 1] = withTexts(
        previous,
        previous.data.texts.map((option) => staticText(option.text + after)),
      );
    } else {
      folded.push(node);
    }
  }
  return folded;
}

// Combining multiplies the options: beyond these, the texts would cost more memory than they save.
const MAX_COMBINED_OPTIONS = 64;
const MAX_COMBINED_CHARS = 16_384;

/**
 * The plan with adjacent plain-text spins (after foldTextIntoSpins) combined into one, whose
 * options are every combination: {Hi|Hello}{ there| you} becomes {Hi there|Hi you|Hello there|
 * Hello you}, picked from the same per-group hashes. As there, a combination leads with the
 * first group's text only if every option of it holds more than spaces.
 */
export function combineAdjacentSpins(plan: Plan): Plan {
  const combined: Plan = [];
  for (const node of plan) {
    const previous = combined[combined.length - 1];
    const merged = previous?.kind === 'spin' && node.kind === 'spin' ? combine(previous, node) : undefined;
    if (merged) combined[combined.length - 1] = merged;
    else combined.push(node);
  }
  return combined;
}

function combine(first: SpinNode, second: SpinNode): SpinNode | undefined {
  const a = first.data.texts;
  const b = second.data.texts;
  if (!a || !b || a.length * b.length > MAX_COMBINED_OPTIONS) return undefined;
  if (!a.every((option) => hasNonSpace(option.text))) return undefined;
  const chars =
    a.reduce((sum, option) => sum + option.text.length, 0) * b.length + b.reduce((sum, option) => sum + option.text.length, 0) * a.length;
  if (chars > MAX_COMBINED_CHARS) return undefined;
  const texts = a.flatMap((x) => b.map((y) => staticText(x.text + y.text)));
  return withTexts(first, texts, [...first.data.groups, ...second.data.groups]);
}
