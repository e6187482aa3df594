import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { systemClock } from '../../context';
import { openEmbeddedDatabase } from '../../db/client';
import { loadFixtureSites, startFixtureSiteServer, type SiteFiles } from '../../testing/fixture-site-server';
import { percentile, reportFigure, rssMb } from '../../testing/bench';
import { analyseSites } from './analyse-sites';
import { createDbAnalysisCache } from './db-analysis-cache';
import { domainKey } from './analyse-site';
import { compareWithExpected } from './compare-with-expected';
import { spyOnSockets } from './spy-on-sockets';

// 500 sites (~2,500 requests) made from the fixture sites, served by a loopback server, analysed
// with concurrency 8 and no polite delay, stored in website_analysis_cache on an embedded database;
// then the same 500 again, answered from that table (one prefetch query, as a job does).
// The server runs in a worker thread: in real use the websites are someone else's computers, so
// their CPU time is not the analyser's to pay for.

const siteCount = 500;
const fixtures = loadFixtureSites();
const spy = spyOnSockets();

/** Copy n of a fixture: its own host name, and the business name numbered so pages differ. */
function variant(files: SiteFiles, businessName: string | null, n: number): SiteFiles {
  if (!businessName) return files;
  const copy: SiteFiles = new Map();
  for (const [path, body] of files) {
    const text = body.toString('utf8');
    // Legacy-encoded pages are served as they are: re-encoding them is not what we measure.
    copy.set(path, text.includes('\uFFFD') ? body : Buffer.from(text.split(businessName).join(`${businessName} ${n}`)));
  }
  return copy;
}

const sites = new Map<string, SiteFiles>();
const plan: Array<{ host: string; fixture: (typeof fixtures)[number] }> = [];
for (let i = 0; i < siteCount; i++) {
  const fixture = fixtures[i % fixtures.length]!;
  const host = `b${i}.${fixture.host}`;
  sites.set(host, variant(fixture.files, fixture.expected.localBusinessName ?? null, i));
  plan.push({ host, fixture });
}

if (!isMainThread) {
  const server = await startFixtureSiteServer(sites);
  parentPort!.postMessage(server.port);
  parentPort!.once('message', () => void server.close().then(() => process.exit(0)));
} else {
  await main();
}

async function main(): Promise<void> {
  // The worker has to load this TypeScript file too, and loader hooks are registered per thread.
  const worker = new Worker(
    `(async () => { (await import('tsx/esm/api')).register(); await import(${JSON.stringify(import.meta.url)}); })()`,
    { eval: true },
  );
  const port = await new Promise<number>((resolve) => worker.once('message', resolve));
  const server = {
    url: (host: string) => `http://${host}:${port}/`,
    resolve: async (hostname: string) => {
      if (sites.has(hostname)) return ['127.0.0.1'];
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    },
    close: () =>
      new Promise<void>((resolve) => {
        worker.once('exit', () => resolve());
        worker.postMessage('close');
      }),
  };
  const dataDir = mkdtempSync(join(tmpdir(), 'research-bench-'));
  const database = await openEmbeddedDatabase({ dataDir, lock: false });
  const cache = createDbAnalysisCache(database.db, systemClock);
  const deps = { resolve: server.resolve, allowedAddresses: ['127.0.0.1'], politeDelayMs: 0, cache };
  const urls = plan.map((p) => server.url(p.host));

  global.gc?.();
  const baselineRss = rssMb();
  let peakRss = baselineRss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb())), 50);
  let started = performance.now();
  const results = await analyseSites(urls, deps, { concurrency: 8 });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, rssMb());

  const pages = results.reduce((n, r) => n + r.analysis.pages.length, 0);
  const failed = results.filter((r) => !r.analysis.ok).length;
  // Variants keep their fixture's signals, so expected.json still holds (the business name aside).
  const wrong = results.filter(
    (r, i) => compareWithExpected(r.analysis, { ...plan[i]!.fixture.expected, localBusinessName: undefined }).length > 0,
  ).length;
  reportFigure('research.rate', siteCount / seconds, 'sites/s', {
    sites: siteCount,
    pages,
    seconds: Math.round(seconds * 100) / 100,
    failed,
    wrong,
  });
  reportFigure('research.pageRate', pages / seconds, 'pages/s');
  // Whole process, the server thread included; `growth` is what the run added on top.
  reportFigure('research.rss', peakRss, 'MB', { baseline: Math.round(baselineRss), growth: Math.round(peakRss - baselineRss) });
  // Time spent fetching one site's pages, robots.txt and politeness waits aside.
  const siteMs = results.map((r) => r.analysis.pages.reduce((sum, p) => sum + p.ms, 0));
  reportFigure('research.siteFetchP95', percentile(siteMs, 95), 'ms');

  // A new cache object: nothing remembered in memory from the first run, every answer from the table.
  started = performance.now();
  const dbCache = createDbAnalysisCache(database.db, systemClock);
  await dbCache.prefetch(urls.map(domainKey));
  const cached = await analyseSites(urls, { ...deps, cache: dbCache }, { concurrency: 8 });
  const cachedSeconds = (performance.now() - started) / 1000;
  reportFigure('research.cachedRate', siteCount / cachedSeconds, 'sites/s', {
    fromCache: cached.filter((r) => r.fromCache).length,
    cache: 'website_analysis_cache (embedded)',
  });
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });

  await server.close();
  spy.stop();
  const elsewhere = spy.connections.filter((c) => c.address !== '127.0.0.1');
  if (elsewhere.length > 0 || failed > 0 || wrong > 0) {
    console.error(`bench problems: ${elsewhere.length} connections off loopback, ${failed} sites failed, ${wrong} sites wrong`);
    process.exitCode = 1;
  }
}
