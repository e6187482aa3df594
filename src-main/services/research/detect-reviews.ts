import { findByHost, resolveLink } from './match-host';
import type { ParsedPage } from './parse-page';
import { reviewMarkers, reviewWidgetHosts } from './rules';

/**
 * Reviews shown on the site: a review widget (Trustpilot, Google-reviews plugins, Yelp embed…),
 * schema.org aggregateRating in microdata (JSON-LD is read by extract-local-business), or a
 * testimonials block with at least two entries.
 */
export function detectReviews(page: ParsedPage): string | null {
  const { $ } = page;
  let found: string | null = null;
  $('script[src], iframe, link[href]').each((_, el) => {
    if (found) return;
    const url = resolveLink($(el).attr('src') ?? $(el).attr('data-src') ?? $(el).attr('href'), page.url);
    const widget = url && findByHost(reviewWidgetHosts, url);
    if (widget) found = widget.name;
  });
  if (found) return found;
  if ($('[itemprop="aggregateRating" i], [itemtype*="schema.org/Review" i], [itemtype*="schema.org/AggregateRating" i]').length > 0) {
    return 'schema.org rating (microdata)';
  }
  $('section, div, ul, aside').each((_, el) => {
    if (found) return false;
    const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
    if (!reviewMarkers.test(names)) return undefined;
    const entries = $(el).find('blockquote, [class*="item" i], [class*="card" i], li, figure').length;
    if (entries >= 2) found = `testimonials (${entries} entries)`;
    return undefined;
  });
  return found;
}
