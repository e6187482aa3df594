import { bookingKeywords, keywordCountCap } from './rules';

// One alternation, longest phrase first, so "termin buchen" is taken before "termin".
const alternatives = Object.keys(bookingKeywords)
  .sort((a, b) => b.length - a.length)
  .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const keywordPattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');

/** Occurrences of each booking keyword in lower-cased, space-flattened text. */
export function countBookingKeywords(flatLower: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of flatLower.matchAll(keywordPattern)) counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
  return counts;
}

/** 0–10: weighted sum of keywords, each counted at most keywordCountCap times. */
export function scoreBookingKeywords(counts: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const [keyword, count] of counts) sum += (bookingKeywords[keyword] ?? 0) * Math.min(count, keywordCountCap);
  return Math.min(10, Math.round(sum));
}
