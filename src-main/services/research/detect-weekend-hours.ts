import { dayRangeWords, dayTokens, everyDayPhrases, hoursLeadWords, schemaDays, timeRangeWords } from './rules';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alt = (words: string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
const wordSep = (words: string[]): string => {
  const symbols = words.filter((w) => !/\p{L}/u.test(w));
  const lettered = words.filter((w) => /\p{L}/u.test(w));
  return `(?:\\s*(?:${alt(symbols)})\\s*|\\s+(?:${alt(lettered)})\\s+)`;
};

const day = `(?<![\\p{L}\\p{N}])(?:${alt(Object.keys(dayTokens))})\\.?(?![\\p{L}])`;
const dayRange = `${day}(?:${wordSep(dayRangeWords)}${day})?`;
const dayList = `${dayRange}(?:\\s*(?:,|&|\\+|/|und|and|et|y|en|e)\\s*${dayRange})*`;
const time = `\\d{1,2}(?:[:.h]\\s?\\d{2})?\\s*(?:h|uhr|am|pm|a\\.m\\.|p\\.m\\.)?`;
const hours = `${time}${wordSep(timeRangeWords)}${time}`;
const lead = `[\\s:,]*(?:(?:${alt(hoursLeadWords)})\\s+)?`;
const dayHours = new RegExp(`(${dayList})${lead}(${hours})`, 'gu');
const dayIn = new RegExp(day, 'gu');

/**
 * Opening hours that include Saturday or Sunday, from page text: "Sa 9–13", "Mo–Sa 8–18 Uhr",
 * "samedi : 9h - 18h", "sábados de 10:00 a 14:00", "za 09.00 - 17.00", "sabato dalle 9 alle 13".
 * A weekend day must be followed by times, so "Samstag geschlossen" does not count.
 * `flatLower` is lower-cased text with single spaces.
 */
export function findWeekendHours(flatLower: string): string | null {
  const everyDay = everyDayPhrases.exec(flatLower);
  if (everyDay) return everyDay[0];
  for (const match of flatLower.matchAll(dayHours)) {
    if (coversWeekend(match[1]!)) return match[0].trim();
  }
  return null;
}

/** "mo–sa" covers Saturday; "fr - mo" wraps over the weekend; "sa, so" lists it. */
function coversWeekend(days: string): boolean {
  const parts = days.split(/\s*(?:,|&|\+|\/|\bund\b|\band\b|\bet\b|\by\b|\ben\b|\be\b)\s*/u);
  for (const part of parts) {
    const numbers = [...part.matchAll(dayIn)].map((m) => dayTokens[m[0].replace(/\.$/, '')]!).filter(Boolean);
    if (numbers.length === 0) continue;
    const first = numbers[0]!;
    const last = numbers[numbers.length - 1]!;
    if (first >= 6 || last >= 6 || first > last) return true;
  }
  return false;
}

/** schema.org openingHoursSpecification / openingHours with a Saturday or Sunday that is open. */
export function schemaWeekendHours(entity: Record<string, unknown>): string | null {
  for (const spec of asArray(entity.openingHoursSpecification)) {
    if (!spec || typeof spec !== 'object') continue;
    const s = spec as Record<string, unknown>;
    const closed = String(s.opens ?? '') === String(s.closes ?? '') && /^00:00/.test(String(s.opens ?? ''));
    if (closed) continue;
    for (const d of asArray(s.dayOfWeek)) {
      const name = String(d)
        .replace(/^.*[/:#]/, '')
        .toLowerCase();
      if ((schemaDays[name] ?? 0) >= 6) return `openingHoursSpecification: ${name} ${s.opens ?? ''}–${s.closes ?? ''}`.trim();
    }
  }
  for (const line of asArray(entity.openingHours)) {
    const text = String(line);
    for (const group of text.matchAll(/\b([A-Za-z]{2}(?:\s*[-,]\s*[A-Za-z]{2})*)\s+\d/g)) {
      const codes = group[1]!.split(',').map((r) => r.split('-').map((c) => schemaDays[c.trim().toLowerCase()] ?? 0));
      for (const range of codes) {
        const [a = 0, b = a] = range;
        if (a >= 6 || b >= 6 || (a > 0 && b > 0 && a > b)) return `openingHours: ${text}`;
      }
    }
  }
  return null;
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}
