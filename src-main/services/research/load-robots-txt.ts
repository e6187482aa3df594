import { allowAll, disallowAll, parseRobotsTxt, type RobotsTxt } from './robots-txt';
import type { SafeFetchOptions, SafeFetchResponse } from './safe-fetch';

export type RobotsCache = Map<string, Promise<RobotsTxt>>;

/**
 * The robots.txt of an origin, fetched once and shared by every page of the run. Per RFC 9309:
 * 4xx means no rules, a 5xx means "stay out" (the site may be having trouble, and we would
 * rather miss a lead than ignore the owner's wishes). When robots.txt cannot be fetched at all
 * (no DNS, connection refused, timeout, refused by our address checks) that failure is the
 * site's real problem and is passed on as it is, not disguised as "robots.txt disallows /".
 */
export function loadRobotsTxt(
  origin: string,
  cache: RobotsCache,
  fetch: (url: string, options: Partial<SafeFetchOptions>) => Promise<SafeFetchResponse>,
): Promise<RobotsTxt> {
  let robots = cache.get(origin);
  if (!robots) {
    robots = fetch(`${origin}/robots.txt`, { maxBytes: 500 * 1024, accept: 'text/plain,*/*;q=0.5' }).then((res) => {
      if (res.status >= 200 && res.status < 300) return parseRobotsTxt(res.body.toString('utf8'));
      if (res.status >= 400 && res.status < 500) return allowAll;
      return disallowAll;
    });
    cache.set(origin, robots);
    // A failed lookup is not remembered: a later run (or a retry after cancelling) asks again.
    robots.catch(() => cache.delete(origin));
  }
  return robots;
}
