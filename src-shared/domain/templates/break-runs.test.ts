import { describe, expect, it } from 'vitest';
import { BreakRunWriter } from './break-runs';
import { finishDerivedText } from './derive-parts';

// The streaming writer must give exactly what one pass over the joined text gives.
function streamed(pieces: string[]): string {
  const writer = new BreakRunWriter();
  for (const piece of pieces) if (piece) writer.push(piece);
  return writer.finish();
}

describe('BreakRunWriter', () => {
  const cases: string[][] = [
    ['Hi', '\uf8f2', 'there'],
    ['Hi ', ' \uf8f1 \n', '\uf8f2  ', ' there'],
    ['  \uf8f1', 'x'],
    ['a\uf8f1 b\uf8f2\n\uf8f1c', ' \t', '\uf8f1'],
    ['\n x \n', '\uf8f1\u00a0y', '\uf8f2\n \t'],
    ['\uf8f1\uf8f2', '', '\u00a0'],
  ];
  for (const pieces of cases) {
    it(`matches finishDerivedText for ${JSON.stringify(pieces)}`, () => {
      expect(streamed(pieces)).toBe(finishDerivedText(pieces.join('')));
    });
  }

  it('matches finishDerivedText on random pieces', () => {
    const alphabet = ['a', 'b c', ' ', '  ', '\t', '\n', '\r', '\u00a0', '\uf8f1', '\uf8f2', '\uf8f3', '.', ' \uf8f1 '];
    let state = 1;
    const next = (n: number) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state >>> 8) % n;
    };
    for (let round = 0; round < 5000; round++) {
      const pieces = Array.from({ length: 1 + next(6) }, () =>
        Array.from({ length: next(5) }, () => alphabet[next(alphabet.length)]).join(''),
      );
      expect(streamed(pieces)).toBe(finishDerivedText(pieces.join('')));
    }
  });
});
