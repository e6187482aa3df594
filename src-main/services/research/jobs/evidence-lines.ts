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

/** Evidence as sentences a person reads on the lead: "Calendly embed on /book". */
export function evidenceLines(analysis: SiteAnalysis): EvidenceLine[] {
  const site = analysis.finalUrl || analysis.url;
  return analysis.evidence.map((e) => ({ signal: e.signal, text: `${e.detail} on ${pageLabel(e.url, site)}`, url: e.url }));
}

/** The booking tool's display name ("Calendly") rather than its rule id. */
export function bookingToolName(analysis: SiteAnalysis): string | null {
  if (!analysis.currentBookingTool) return null;
  return analysis.bookingTools.find((t) => t.id === analysis.currentBookingTool)?.name ?? analysis.currentBookingTool;
}
