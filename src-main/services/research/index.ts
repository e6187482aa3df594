// The website analyser's public surface; the other files of this folder are its parts.
export {
  analyseSite,
  defaultLimits,
  domainKey,
  normaliseSiteUrl,
  robotsToken,
  type AnalyserDeps,
  type AnalyserLimits,
} from './analyse-site';
export { analyseSites, type AnalyseSitesDeps, type AnalyseSitesOptions, type SiteProgress, type SiteResult } from './analyse-sites';
export { analysisTtlMs, createMemoryAnalysisCache, type AnalysisCache } from './analysis-cache';
export { FetchError, type FetchErrorCode } from './fetch-error';
export { defaultUserAgent, safeFetch, type SafeFetchOptions, type SafeFetchResponse } from './safe-fetch';
export type { Resolve } from './resolve-target';
export * from './site-analysis';
