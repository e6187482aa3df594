import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startFixtureSiteServer, type SiteFiles } from '../../testing/fixture-site-server';
import { analyseSite } from './analyse-site';
import { analyseSites, type SiteProgress } from './analyse-sites';
import { createMemoryAnalysisCache } from './analysis-cache';
import { spyOnSockets } from './spy-on-sockets';

const spy = spyOnSockets();
const closers: Array<() => Promise<void>> = [];
afterEach(() => {
  expect(spy.connections.filter((c) => !c.address.startsWith('127.'))).toEqual([]);
});
afterAll(async () => {
  spy.stop();
  await Promise.all(closers.map((close) => close()));
});

const page = (body: string): Buffer => Buffer.from(`<html lang="en"><body>${body}</body></html>`);
function smallSites(count: number): Map<string, SiteFiles> {
  const sites = new Map<string, SiteFiles>();
  for (let i = 0; i < count; i++) {
    sites.set(
      `site-${i}.test`,
      new Map([
        ['/index.html', page('<a href="/contact">Contact</a> <a href="https://calendly.com/site/30min">Book now</a>')],
        ['/contact.html', page('<p>Call <a href="tel:+442079460000">020 7946 0000</a></p>')],
      ]),
    );
  }
  return sites;
}

/** A server where every response takes `delayMs`, counting how many requests are open at once. */
async function slowServer(
  delayMs: number,
): Promise<{ port: number; maxOpen: () => number; arrivals: Array<{ host: string; path: string; at: number; done?: number }> }> {
  let open = 0;
  let maxOpen = 0;
  const arrivals: Array<{ host: string; path: string; at: number; done?: number }> = [];
  const server = http.createServer((req, res) => {
    const entry = {
      host: (req.headers.host ?? '').split(':')[0]!,
      path: req.url ?? '',
      at: performance.now(),
    } as (typeof arrivals)[number];
    arrivals.push(entry);
    open++;
    maxOpen = Math.max(maxOpen, open);
    setTimeout(() => {
      open--;
      entry.done = performance.now();
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body><a href="/contact">Contact</a><a href="/prices">Prices</a></body></html>');
    }, delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(
    () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return { port: (server.address() as AddressInfo).port, maxOpen: () => maxOpen, arrivals };
}

describe('analyseSites', () => {
  it('answers from the cache on a second run, and fetches again with force or after 30 days', async () => {
    const server = await startFixtureSiteServer(smallSites(6));
    closers.push(server.close);
    let now = new Date('2025-03-01T10:00:00Z');
    const clock = (): Date => now;
    const cache = createMemoryAnalysisCache(clock);
    const deps = { resolve: server.resolve, allowedAddresses: ['127.0.0.1'], politeDelayMs: 0, now: clock, cache };
    const urls = [...smallSites(6).keys()].map((host) => server.url(host));

    const first = await analyseSites(urls, deps);
    expect(first.every((r) => !r.fromCache && r.analysis.currentBookingTool === 'calendly')).toBe(true);
    const requestsAfterFirst = server.requests.length;

    const second = await analyseSites(urls, deps);
    expect(second.every((r) => r.fromCache)).toBe(true);
    expect(second[3]!.analysis).toEqual(first[3]!.analysis);
    expect(server.requests.length).toBe(requestsAfterFirst);

    const forced = await analyseSites(urls.slice(0, 2), deps, { force: true });
    expect(forced.every((r) => !r.fromCache)).toBe(true);

    now = new Date(now.getTime() + 31 * 24 * 3600 * 1000);
    const later = await analyseSites(urls.slice(2, 4), deps);
    expect(later.every((r) => !r.fromCache)).toBe(true);
  });

  it('does not cache a site that could not be fetched', async () => {
    const cache = createMemoryAnalysisCache();
    const deps = { resolve: async () => [] as string[], politeDelayMs: 0, cache };
    const [first] = await analyseSites(['http://down.test/'], deps);
    expect(first!.analysis.ok).toBe(false);
    expect(await cache.get('down.test')).toBeUndefined();
  });

  it('keeps to the concurrency limit and reports progress in order of completion', async () => {
    const server = await slowServer(40);
    const urls = Array.from({ length: 9 }, (_, i) => `http://slow-${i}.test:${server.port}/`);
    const progress: SiteProgress[] = [];
    const results = await analyseSites(
      urls,
      { resolve: async () => ['127.0.0.1'], allowedAddresses: ['127.0.0.1'], politeDelayMs: 0 },
      { concurrency: 3, onProgress: (p) => progress.push(p) },
    );
    expect(server.maxOpen()).toBe(3);
    expect(results.map((r) => r.url)).toEqual(urls);
    expect(progress.map((p) => p.done)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(progress.every((p) => p.total === 9)).toBe(true);
  });

  it('fetches a domain listed twice only once', async () => {
    const server = await startFixtureSiteServer(smallSites(1));
    closers.push(server.close);
    const url = server.url('site-0.test');
    const results = await analyseSites([url, url], { resolve: server.resolve, allowedAddresses: ['127.0.0.1'], politeDelayMs: 0 });
    expect(results).toHaveLength(2);
    expect(server.requests.filter((r) => r.path === '/')).toHaveLength(1);
  });

  it('stops promptly when aborted', async () => {
    const server = await slowServer(100);
    const urls = Array.from({ length: 30 }, (_, i) => `http://abort-${i}.test:${server.port}/`);
    const controller = new AbortController();
    const progress: SiteProgress[] = [];
    const started = performance.now();
    setTimeout(() => controller.abort(), 250);
    await expect(
      analyseSites(
        urls,
        { resolve: async () => ['127.0.0.1'], allowedAddresses: ['127.0.0.1'], politeDelayMs: 0 },
        {
          concurrency: 4,
          signal: controller.signal,
          onProgress: (p) => progress.push(p),
        },
      ),
    ).rejects.toThrow(/abort/i);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(progress.length).toBeLessThan(urls.length);
    // A request written just before the abort may still reach the server a moment later (same
    // event loop, busy machine); after that moment, nothing new may start.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const settledAt = server.arrivals.length;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(server.arrivals.length).toBe(settledAt);
  });
});

describe('politeness', () => {
  it('sends one request at a time to a host, with the configured pause between them', async () => {
    const server = await slowServer(20);
    await analyseSite(`http://polite.test:${server.port}/`, {
      resolve: async () => ['127.0.0.1'],
      allowedAddresses: ['127.0.0.1'],
      politeDelayMs: 150,
    });
    const requests = server.arrivals.filter((a) => a.host === 'polite.test');
    expect(requests.map((r) => r.path)).toEqual(['/robots.txt', '/', '/contact', '/prices']);
    for (let i = 1; i < requests.length; i++) {
      // The next request starts only after the previous one finished, plus the pause.
      expect(requests[i]!.at - requests[i - 1]!.done!).toBeGreaterThanOrEqual(140);
    }
  });
});
