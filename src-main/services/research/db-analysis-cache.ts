import { and, eq, gt, inArray } from 'drizzle-orm';
import type { Clock } from '../../context';
import type { DbOrTx } from '../../db/client';
import { websiteAnalysisCache } from '../../db/schema';
import { analysisTtlMs, type AnalysisCache } from './analysis-cache';
import { siteAnalysisSchema, type SiteAnalysis } from './site-analysis';

export interface DbAnalysisCache extends AnalysisCache {
  /**
   * Reads the fresh analyses of many domains in a few queries and answers later `get`s for them
   * from memory: a job asks for hundreds of domains, and one round trip each would be the bottleneck.
   */
  prefetch(domains: readonly string[]): Promise<void>;
}

const prefetchChunk = 1000;

/** The `website_analysis_cache` table as the analyser's cache: one row per domain, upserted, valid until expiresAt. */
export function createDbAnalysisCache(db: DbOrTx, clock: Clock): DbAnalysisCache {
  // domain → analysis, or null for "known to be missing or expired".
  const prefetched = new Map<string, SiteAnalysis | null>();

  const parse = (data: unknown): SiteAnalysis | null => {
    const parsed = siteAnalysisSchema.safeParse(data);
    // A row written by an older analyser that no longer parses is a miss: analysing again fixes it.
    return parsed.success ? parsed.data : null;
  };

  return {
    async prefetch(domains) {
      const wanted = [...new Set(domains)].filter((d) => !prefetched.has(d));
      for (let i = 0; i < wanted.length; i += prefetchChunk) {
        const chunk = wanted.slice(i, i + prefetchChunk);
        const rows = await db
          .select({ domain: websiteAnalysisCache.domain, data: websiteAnalysisCache.analysisData })
          .from(websiteAnalysisCache)
          .where(and(inArray(websiteAnalysisCache.domain, chunk), gt(websiteAnalysisCache.expiresAt, clock.now())));
        for (const domain of chunk) prefetched.set(domain, null);
        for (const row of rows) prefetched.set(row.domain, parse(row.data));
      }
    },

    async get(domain) {
      if (prefetched.has(domain)) return prefetched.get(domain) ?? undefined;
      const [row] = await db
        .select({ data: websiteAnalysisCache.analysisData })
        .from(websiteAnalysisCache)
        .where(and(eq(websiteAnalysisCache.domain, domain), gt(websiteAnalysisCache.expiresAt, clock.now())))
        .limit(1);
      return (row && parse(row.data)) ?? undefined;
    },

    async set(domain, analysis) {
      // Valid for 30 days from the analysis itself (the argument counts from when it was stored).
      const analysedAt = new Date(analysis.fetchedAt);
      const expiresAt = new Date(analysedAt.getTime() + analysisTtlMs);
      const columns = {
        hasBookingKeywords: analysis.hasBookingKeywords,
        bookingKeywordScore: analysis.bookingKeywordScore,
        currentBookingTool: analysis.currentBookingTool,
        hasAppointmentForm: analysis.hasAppointmentForm,
        hasCalendar: analysis.hasCalendar,
        hasPricing: analysis.hasPricing,
        hasGallery: analysis.hasGallery,
        hasReviews: analysis.hasReviews,
        hasContactForm: analysis.hasContactForm,
        hasPhoneOnly: analysis.hasPhoneOnly,
        multiLocation: analysis.multiLocation,
        servicesCount: analysis.servicesCount,
        languageSupport: analysis.languageSupport.map((l) => l.slice(0, 255)),
        // The whole analysis, evidence and fetch log included: the lead record shows it as it is.
        analysisData: analysis as unknown as Record<string, unknown>,
        lastAnalyzedAt: analysedAt,
        expiresAt,
      };
      await db
        .insert(websiteAnalysisCache)
        .values({ domain, ...columns })
        .onConflictDoUpdate({ target: websiteAnalysisCache.domain, set: columns });
      prefetched.set(domain, analysis);
    },
  };
}

/** The stored analyses of some domains, fresh or not (the lead record shows what was found, and when). */
export async function readStoredAnalyses(db: DbOrTx, domains: readonly string[]): Promise<Map<string, { analysis: SiteAnalysis; expiresAt: Date | null }>> {
  const out = new Map<string, { analysis: SiteAnalysis; expiresAt: Date | null }>();
  if (domains.length === 0) return out;
  const rows = await db
    .select({ domain: websiteAnalysisCache.domain, data: websiteAnalysisCache.analysisData, expiresAt: websiteAnalysisCache.expiresAt })
    .from(websiteAnalysisCache)
    .where(inArray(websiteAnalysisCache.domain, [...new Set(domains)]));
  for (const row of rows) {
    const parsed = siteAnalysisSchema.safeParse(row.data);
    if (parsed.success) out.set(row.domain, { analysis: parsed.data, expiresAt: row.expiresAt });
  }
  return out;
}
