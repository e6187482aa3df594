import type { EvidenceLine } from '../../../../src-shared/contract/research';
import type { SiteAnalysis } from '../site-analysis';

/** "/book" for a page of the site; the whole address for a page elsewhere (after a redirect). */
export function pageLabel(pageUrl: string, siteUrl: string): string {
  try {
    const page = new URL(pageUrl);
    const site = new URL(siteUrl);
    const path = `${page.pathname}${page.search}` || '/';
    return page.host === site.host ? path : `${page.host}${path}`;
  } catch {
    return pageUrl;
  }
}

// What decides a pitch first: how they book today, then what shapes the need.
const signalOrder: readonly string[] = [
  'bookingTool', 'appointmentForm', 'calendar', 'contactForm', 'weekendHours', 'multiLocation', 'services',
  'pricing', 'reviews', 'gallery', 'localBusiness', 'bookingKeywords', 'robots',
];

/** Evidence as sentences a person reads on the lead, most telling first: "Calendly embed on /book". */
export function evidenceLines(analysis: SiteAnalysis): EvidenceLine[] {
  const site = analysis.finalUrl || analysis.url;
  // The same finding on several pages reads once: "saturday: 8am–2pm on /, /services".
  const grouped = new Map<string, { signal: string; detail: string; urls: string[] }>();
  for (const e of analysis.evidence) {
    const key = `${e.signal}\u0000${e.detail}`;
    const entry = grouped.get(key) ?? { signal: e.signal, detail: e.detail, urls: [] };
    entry.urls.push(e.url);
    grouped.set(key, entry);
  }
  return [...grouped.values()]
    .sort((a, b) => signalOrder.indexOf(a.signal) - signalOrder.indexOf(b.signal))
    .map((e) => ({ signal: e.signal, text: `${e.detail} on ${e.urls.map((u) => pageLabel(u, site)).join(', ')}`, url: e.urls[0]! }));
}

/** The booking tool's display name ("Calendly") rather than its rule id. */
export function bookingToolName(analysis: SiteAnalysis): string | null {
  if (!analysis.currentBookingTool) return null;
  return analysis.bookingTools.find((t) => t.id === analysis.currentBookingTool)?.name ?? analysis.currentBookingTool;
}
