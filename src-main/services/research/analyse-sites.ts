import { analyseSite, domainKey, type AnalyserDeps } from './analyse-site';
import { analysisTtlMs, type AnalysisCache } from './analysis-cache';
import { createHostGate } from './create-host-gate';
import type { SiteAnalysis } from './site-analysis';

export interface AnalyseSitesDeps extends AnalyserDeps {
  /** Consulted before fetching, filled after a successful analysis. */
  cache?: AnalysisCache;
}

export interface SiteResult {
  /** As given by the caller. */
  url: string;
  analysis: SiteAnalysis;
  fromCache: boolean;
}

export interface SiteProgress extends SiteResult {
  done: number;
  total: number;
}

export interface AnalyseSitesOptions {
  /** Sites analysed at the same time, default 8. */
  concurrency?: number;
  onProgress?: (progress: SiteProgress) => void;
  /** Aborting stops new sites at once and running ones at their next request; the promise rejects. */
  signal?: AbortSignal;
  /** Ignore cached analyses (they are still replaced by fresh ones). */
  force?: boolean;
}

/**
 * Many sites, a few at a time, in input order. One host gate and one robots.txt cache are shared
 * by the whole run, so two leads on one host still take turns and robots.txt is read once.
 * Duplicate domains in one run are fetched once.
 */
export async function analyseSites(
  urls: readonly string[],
  deps: AnalyseSitesDeps = {},
  options: AnalyseSitesOptions = {},
): Promise<SiteResult[]> {
  const { cache, ...analyserDeps } = deps;
  const shared: AnalyserDeps = {
    ...analyserDeps,
    hostGate: deps.hostGate ?? createHostGate(deps.politeDelayMs ?? 500),
    robotsCache: deps.robotsCache ?? new Map(),
  };
  const now = deps.now ?? (() => new Date());
  const signal = options.signal;
  const results: SiteResult[] = new Array(urls.length);
  const inFlight = new Map<string, Promise<{ analysis: SiteAnalysis; fromCache: boolean }>>();
  let next = 0;
  let done = 0;

  const analyseOne = async (url: string): Promise<{ analysis: SiteAnalysis; fromCache: boolean }> => {
    const domain = domainKey(url);
    if (cache && !options.force) {
      const cached = await cache.get(domain);
      if (cached) return { analysis: cached, fromCache: true };
    }
    const analysis = await analyseSite(url, shared, { signal });
    // Failures are not cached: the site may be back tomorrow, and the user may retry today.
    if (cache && analysis.ok) await cache.set(domain, analysis, new Date(now().getTime() + analysisTtlMs));
    return { analysis, fromCache: false };
  };

  const worker = async (): Promise<void> => {
    while (next < urls.length) {
      signal?.throwIfAborted();
      const index = next++;
      const url = urls[index]!;
      const domain = domainKey(url);
      let pending = inFlight.get(domain);
      if (!pending) {
        pending = analyseOne(url);
        inFlight.set(domain, pending);
      }
      const result = await pending;
      results[index] = { url, ...result };
      done++;
      options.onProgress?.({ url, ...result, done, total: urls.length });
    }
  };

  const workers = Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 8, urls.length)) }, worker);
  const settled = await Promise.allSettled(workers);
  signal?.throwIfAborted();
  const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failure) throw failure.reason;
  return results;
}
