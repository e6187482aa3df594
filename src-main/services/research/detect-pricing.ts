import type { Cheerio } from 'cheerio';
import type { Element } from 'domhandler';
import { visibleText, type ParsedPage } from './parse-page';
import { moneyPattern, pricingPageWords, serviceItemMarkers } from './rules';

export interface PricingFindings {
  detail: string | null;
  /** Labels of priced rows ("Herrenhaarschnitt"), which are also services. */
  pricedItems: string[];
}

/**
 * Prices published: rows of a table, list or price-list block that each carry one amount, or a
 * page that calls itself a price list and shows any amount. One amount per row keeps a paragraph
 * of prose ("from €25 to €90 depending on length") from passing as a list.
 */
const moneyOnce = new RegExp(moneyPattern.source, 'i');

export function detectPricing(page: ParsedPage): PricingFindings {
  const { $ } = page;
  const priced = new Set<Element>();
  const labels: string[] = [];
  $('tr, li, dd, dt, [class]').each((_, el) => {
    if (
      el.tagName !== 'tr' &&
      el.tagName !== 'li' &&
      el.tagName !== 'dd' &&
      el.tagName !== 'dt' &&
      !serviceItemMarkers.test(el.attribs.class ?? '')
    )
      return;
    const node = $(el);
    if (node.closest('nav, header, footer').length > 0) return;
    const text = visibleText(node.contents().toArray()).replace(/\s+/g, ' ').trim();
    if (text.length > 200) return;
    const amounts = text.match(moneyPattern) ?? [];
    if (amounts.length !== 1) return;
    // Outermost priced element only: a row and the cell inside it are one item.
    if (hasPricedAncestor(node, priced)) return;
    priced.add(el);
    // A card's title names the item better than its whole text ("Octopus Lemon, capers…").
    const title = node.find('h2, h3, h4, h5, h6, [class*="title" i], [class*="name" i]').first();
    let label = title.length > 0 ? title.text() : text.replace(amounts[0]!, ' ');
    if (el.tagName === 'dd') label = node.prevAll('dt').first().text();
    label = cleanLabel(label);
    if (label.length >= 2 && label.length <= 80) labels.push(label);
  });

  const path = decodeURIComponent(page.url.pathname).toLowerCase();
  const heading = $('h1').first().text().toLowerCase();
  const pricingPage = pricingPageWords.find((w) => pathHasWord(path, w) || new RegExp(`(^|\\s)${w}(\\s|$)`, 'u').test(heading));
  let detail: string | null = null;
  if (labels.length >= 2) detail = `price list with ${labels.length} priced items`;
  else if (pricingPage && moneyOnce.test(page.text)) detail = `"${pricingPage}" page with prices`;
  return { detail, pricedItems: labels };
}

function hasPricedAncestor(node: Cheerio<Element>, priced: Set<Element>): boolean {
  for (const parent of node.parents().toArray()) if (priced.has(parent)) return true;
  return false;
}

export function cleanLabel(label: string): string {
  return label
    .replace(/[.·…_]{2,}|\s[-–—|·]\s|\s[-–—|·:]$/g, ' ')
    .replace(/\b(ab|from|dès|à partir de|desde|vanaf|da|a partir de)\s*$/i, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–—:·|]+|[\s\-–—:·|]+$/g, '')
    .trim();
}

function pathHasWord(path: string, word: string): boolean {
  return path.split(/[/._-]+/).includes(word.replace(/\s+/g, '-')) || path.includes(`/${word.replace(/\s+/g, '-')}`);
}
