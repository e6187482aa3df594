import { getPublicSuffix } from 'tldts';
import { analysePage, type PageFindings } from './analyse-page';
import { createHostGate, type HostGate } from './create-host-gate';
import { decodeHtml } from './decode-html';
import { FetchError } from './fetch-error';
import { loadRobotsTxt, type RobotsCache } from './load-robots-txt';
import { parsePage, type ParsedPage } from './parse-page';
import type { Resolve } from './resolve-target';
import { isAllowedByRobots } from './robots-txt';
import { countryByTld } from './rules';
import { defaultUserAgent, safeFetch, type SafeFetchOptions, type SafeFetchResponse } from './safe-fetch';
import { selectInternalPages } from './select-internal-pages';
import type { PageFetch, SiteAnalysis } from './site-analysis';
import { summariseFindings } from './summarise-findings';

export interface AnalyserLimits {
  /** Internal pages fetched besides the home page. */
  maxInternalPages: number;
  maxRedirects: number;
  pageTimeoutMs: number;
  siteTimeoutMs: number;
  /** Decoded bytes per page; the rest is not read. */
  maxBytes: number;
}

export const defaultLimits: AnalyserLimits = {
  maxInternalPages: 5,
  maxRedirects: 5,
  pageTimeoutMs: 10_000,
  siteTimeoutMs: 30_000,
  maxBytes: 2 * 1024 * 1024,
};

export interface AnalyserDeps {
  /** Host name → addresses; default the system resolver. */
  resolve?: Resolve;
  /** Allow private, loopback and link-local targets (intranet sites; tests). Default false. */
  allowPrivateNetwork?: boolean;
  /** Exact addresses allowed although private, with every other check still on. */
  allowedAddresses?: readonly string[];
  /** Pause between two requests to one host, default 500 ms. */
  politeDelayMs?: number;
  userAgent?: string;
  now?: () => Date;
  limits?: Partial<AnalyserLimits>;
  /** Shared by analyseSites so two sites on one host still take turns. */
  hostGate?: HostGate;
  robotsCache?: RobotsCache;
}

/** The robots.txt product token; the full user agent string names the app and its purpose. */
export const robotsToken = 'OutreachDeskBot';

const isHtml = (contentType: string): boolean => contentType === '' || /html|xml|text\/plain/i.test(contentType);

/**
 * Fetches a prospect's home page and up to five internal pages chosen for qualification
 * signals, and reports what they show. Never throws for a site problem (unreachable, refused,
 * robots.txt): those end up in `errors` with `ok: false`. Throws only when `signal` aborts,
 * so a cancelled run cannot be mistaken for a finished one.
 */
export async function analyseSite(url: string, deps: AnalyserDeps = {}, options: { signal?: AbortSignal } = {}): Promise<SiteAnalysis> {
  const limits = { ...defaultLimits, ...deps.limits };
  const now = deps.now ?? (() => new Date());
  const gate = deps.hostGate ?? createHostGate(deps.politeDelayMs ?? 500);
  const robotsCache = deps.robotsCache ?? new Map();
  const deadline = performance.now() + limits.siteTimeoutMs;
  const fetchedAt = now().toISOString();
  const pages: PageFetch[] = [];
  const errors: string[] = [];
  const findings: Array<PageFindings | null> = [];
  let lastFailure: FetchError | null = null;
  const site = normaliseSiteUrl(url);
  if (!site) {
    return {
      ...summariseFindings([]),
      pages,
      errors: [`not a website address: ${url}`],
      url,
      finalUrl: url,
      domain: url,
      ok: false,
      fetchedAt,
    };
  }
  const siteUrl = site.url;

  const fetchOptions = (extra: Partial<SafeFetchOptions>): SafeFetchOptions => ({
    resolve: deps.resolve,
    allowPrivateNetwork: deps.allowPrivateNetwork,
    allowedAddresses: deps.allowedAddresses,
    userAgent: deps.userAgent ?? defaultUserAgent,
    maxRedirects: limits.maxRedirects,
    maxBytes: limits.maxBytes,
    signal: options.signal,
    ...extra,
    timeoutMs: Math.max(1, Math.round(Math.min(limits.pageTimeoutMs, deadline - performance.now()))),
  });
  const gatedFetch = (target: string, extra: Partial<SafeFetchOptions>): Promise<SafeFetchResponse> =>
    gate.run(new URL(target).hostname, () => safeFetch(target, fetchOptions(extra)));

  /** One page: robots check, polite fetch, decode, parse; null (with the reason logged) when it cannot be had. */
  const fetchPage = async (target: string): Promise<ParsedPage | null> => {
    // A sliver of budget cannot fetch a page; calling it spent keeps the error honest.
    if (deadline - performance.now() < 100) {
      errors.push(`site time budget of ${limits.siteTimeoutMs} ms used up before ${target}`);
      return null;
    }
    try {
      const parsedTarget = new URL(target);
      const robots = await loadRobotsTxt(parsedTarget.origin, robotsCache, gatedFetch);
      if (!isAllowedByRobots(robots, robotsToken, `${parsedTarget.pathname}${parsedTarget.search}`)) {
        errors.push(`robots.txt disallows ${parsedTarget.pathname}: not fetched (${target})`);
        return null;
      }
    } catch (error) {
      if (!(error instanceof FetchError)) throw error;
      lastFailure = error;
      errors.push(error.message);
      pages.push({ url: target, status: 0, bytes: 0, ms: 0 });
      return null;
    }
    const started = performance.now();
    let res: SafeFetchResponse;
    try {
      res = await gatedFetch(target, { wantBody: isHtml });
    } catch (error) {
      if (!(error instanceof FetchError)) throw error;
      lastFailure = error;
      errors.push(error.message);
      pages.push({ url: target, status: 0, bytes: 0, ms: Math.round(performance.now() - started) });
      return null;
    }
    pages.push({ url: res.url, status: res.status, bytes: res.bytes, ms: Math.round(res.ms) });
    if (res.truncated) errors.push(`page cut at ${limits.maxBytes} bytes: ${res.url}`);
    if (res.status < 200 || res.status >= 300) {
      errors.push(`HTTP ${res.status} for ${res.url}`);
      return null;
    }
    if (!isHtml(res.contentType)) {
      errors.push(`not an HTML page (${res.contentType}): ${res.url}`);
      return null;
    }
    try {
      const { text } = decodeHtml(res.body, res.contentType);
      return parsePage(text, res.url);
    } catch (error) {
      errors.push(`could not parse ${res.url}: ${(error as Error).message}`);
      return null;
    }
  };

  let home = await fetchPage(siteUrl.href);
  // A bare "salon.de" was tried over https first; plenty of small sites still have no certificate.
  // Only a failed connection is worth a second try: no DNS answer or a refusal will not change.
  const failure = lastFailure as FetchError | null;
  if (!home && site.guessedScheme && (failure?.code === 'network' || failure?.code === 'timeout')) {
    home = await fetchPage(siteUrl.href.replace(/^https:/, 'http:'));
  }
  let finalUrl = siteUrl.href;
  if (home) {
    finalUrl = home.url.href;
    const siteCountry = countryOfHost(home.url.hostname);
    findings.push(analyseSafely(home, siteCountry, errors));
    for (const choice of selectInternalPages(home, limits.maxInternalPages)) {
      options.signal?.throwIfAborted();
      const page = await fetchPage(choice.url);
      if (page) findings.push(analyseSafely(page, siteCountry, errors));
    }
  }
  options.signal?.throwIfAborted();

  return {
    ...summariseFindings(findings.filter((f): f is PageFindings => f !== null)),
    pages,
    errors,
    url: siteUrl.href,
    finalUrl,
    domain: domainKey(siteUrl.href),
    ok: home !== null,
    fetchedAt,
  };
}

function analyseSafely(page: ParsedPage, country: string | null, errors: string[]): PageFindings | null {
  try {
    return analysePage(page, country);
  } catch (error) {
    errors.push(`could not analyse ${page.url.href}: ${(error as Error).message}`);
    return null;
  }
}

/** "salon.de" → https://salon.de/ (remembering the scheme was a guess); full URLs pass through; null when hopeless. */
export function normaliseSiteUrl(input: string): { url: URL; guessedScheme: boolean } | null {
  const trimmed = input.trim();
  // "salon.de:8080/x" has a colon but no scheme; a scheme is letters followed by "://" or a known one.
  const guessedScheme = !/^[a-z][a-z\d+.-]*:\/\//i.test(trimmed) && !/^(mailto|javascript|data|file|ftp):/i.test(trimmed);
  try {
    const url = new URL(guessedScheme ? `https://${trimmed}` : trimmed);
    return url.hostname ? { url, guessedScheme } : null;
  } catch {
    return null;
  }
}

/** The cache key of a site: its host name without "www." ("salon.de"); the input itself when it is no URL. */
export function domainKey(input: string): string {
  const site = normaliseSiteUrl(input);
  return site
    ? site.url.hostname
        .toLowerCase()
        .replace(/^www\./, '')
        .replace(/\.$/, '')
    : input.trim().toLowerCase();
}

function countryOfHost(hostname: string): string | null {
  const suffix = getPublicSuffix(hostname) ?? '';
  return countryByTld[suffix] ?? countryByTld[suffix.split('.').pop() ?? ''] ?? null;
}
