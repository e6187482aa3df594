import type { SiteAnalysis } from './site-analysis';

/**
 * Where finished analyses are kept between runs. The app implements it over the
 * `websiteAnalysisCache` table (domain unique, expiresAt); `get` returns nothing once expired.
 */
export interface AnalysisCache {
  get(domain: string): Promise<SiteAnalysis | undefined>;
  set(domain: string, analysis: SiteAnalysis, expiresAt: Date): Promise<void>;
}

export const analysisTtlMs = 30 * 24 * 60 * 60 * 1000;

/** In memory, for tests, benchmarks and the command line. */
export function createMemoryAnalysisCache(now: () => Date = () => new Date()): AnalysisCache {
  const entries = new Map<string, { analysis: SiteAnalysis; expiresAt: number }>();
  return {
    async get(domain) {
      const entry = entries.get(domain);
      if (!entry) return undefined;
      if (entry.expiresAt <= now().getTime()) {
        entries.delete(domain);
        return undefined;
      }
      return entry.analysis;
    },
    async set(domain, analysis, expiresAt) {
      entries.set(domain, { analysis, expiresAt: expiresAt.getTime() });
    },
  };
}
