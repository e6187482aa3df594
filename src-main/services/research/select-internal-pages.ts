import { getDomain } from 'tldts';
import { resolveLink } from './match-host';
import type { ParsedPage } from './parse-page';
import { pageTopics, skippedLinkExtensions, type PageTopic } from './rules';

export interface PageChoice {
  url: string;
  topic: PageTopic['topic'];
  score: number;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const topicPatterns = pageTopics.map((t) => ({
  ...t,
  pattern: new RegExp(`(?<![\\p{L}])(?:${t.words.map(escape).join('|')})(?![\\p{L}])`, 'u'),
}));

/** Same registrable site: "www.salon.de" and "buchung.salon.de" yes, "salon.wixsite.com" vs "other.wixsite.com" no. */
export function siteOf(hostname: string): string {
  return getDomain(hostname, { allowPrivateDomains: true }) ?? hostname.toLowerCase();
}

/**
 * The internal pages most likely to hold qualification signals, picked by link text and URL
 * words in our six languages: one page per topic first (booking, contact, pricing, services,
 * menu, locations, about, team, in that order of interest), then the next best.
 */
export function selectInternalPages(home: ParsedPage, limit: number): PageChoice[] {
  const { $ } = home;
  const site = siteOf(home.url.hostname);
  const homeKey = pageKey(home.url);
  const best = new Map<string, PageChoice>();
  $('a[href]').each((_, el) => {
    const url = resolveLink($(el).attr('href'), home.url);
    if (!url || siteOf(url.hostname) !== site || skippedLinkExtensions.test(url.pathname)) return;
    url.hash = '';
    const key = pageKey(url);
    if (key === homeKey) return;
    const text = `${$(el).text()} ${$(el).attr('title') ?? ''} ${$(el).attr('aria-label') ?? ''}`.toLowerCase().replace(/\s+/g, ' ');
    let path = url.pathname;
    try {
      path = decodeURIComponent(path);
    } catch {
      // keep it encoded
    }
    const pathWords = path
      .toLowerCase()
      .replace(/\.(html?|php|aspx?)$/, '')
      .replace(/[/_.+-]+/g, ' ');
    for (const topic of topicPatterns) {
      const score = (topic.pattern.test(text) ? topic.priority + 2 : 0) + (topic.pattern.test(pathWords) ? topic.priority + 1 : 0);
      if (score === 0) continue;
      const known = best.get(key);
      if (!known || score > known.score) best.set(key, { url: url.href, topic: topic.topic, score });
    }
  });

  const ranked = [...best.values()].sort((a, b) => b.score - a.score);
  const chosen: PageChoice[] = [];
  const topics = new Set<string>();
  for (const choice of ranked) {
    if (chosen.length >= limit) break;
    if (!topics.has(choice.topic)) {
      chosen.push(choice);
      topics.add(choice.topic);
    }
  }
  for (const choice of ranked) {
    if (chosen.length >= limit) break;
    if (!chosen.includes(choice)) chosen.push(choice);
  }
  return chosen;
}

function pageKey(url: URL): string {
  return `${url.hostname.toLowerCase()}${url.pathname.replace(/\/+$/, '').replace(/\/index\.(html?|php)$/, '') || '/'}${url.search}`;
}
