import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixtureSites, startFixtureSiteServer, type FixtureSiteServer } from '../../testing/fixture-site-server';
import { analyseSites, type SiteResult } from './analyse-sites';
import { compareWithExpected } from './compare-with-expected';
import { siteAnalysisSchema } from './site-analysis';
import { spyOnSockets } from './spy-on-sockets';

// Every fixture site under src-main/testing/fixture-sites, analysed end to end over loopback HTTP.
const sites = loadFixtureSites();
const spy = spyOnSockets();
let server: FixtureSiteServer;
let results: SiteResult[];

beforeAll(async () => {
  server = await startFixtureSiteServer(sites);
  results = await analyseSites(
    sites.map((s) => server.url(s.host)),
    { resolve: server.resolve, allowedAddresses: ['127.0.0.1'], politeDelayMs: 0 },
    { concurrency: 8 },
  );
});
afterAll(async () => {
  spy.stop();
  await server.close();
});

describe('fixture sites', () => {
  it('has enough variety to mean something', () => {
    expect(sites.length).toBeGreaterThanOrEqual(30);
    expect(sites.filter((s) => s.expected.bookingTool === null).length).toBeGreaterThanOrEqual(8);
    const languages = new Set(sites.flatMap((s) => s.expected.languageSupport ?? []));
    for (const lang of ['en', 'de', 'fr', 'es', 'nl', 'it']) expect(languages).toContain(lang);
  });

  it.each(sites.map((s, i) => [s.name, i] as const))('%s matches expected.json', (_name, i) => {
    const analysis = results[i]!.analysis;
    expect(siteAnalysisSchema.safeParse(analysis).success).toBe(true);
    expect(analysis.ok).toBe(true);
    expect(compareWithExpected(analysis, sites[i]!.expected)).toEqual([]);
  });

  it('detects booking tools with precision and recall of at least 0.95', () => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    for (const [i, site] of sites.entries()) {
      const expected = site.expected.bookingTool;
      const detected = results[i]!.analysis.currentBookingTool;
      if (detected !== null && detected === expected) truePositives++;
      if (detected !== null && detected !== expected) falsePositives++;
      if (expected !== null && detected !== expected) falseNegatives++;
    }
    const precision = truePositives / Math.max(1, truePositives + falsePositives);
    const recall = truePositives / Math.max(1, truePositives + falseNegatives);
    console.log(
      `booking-tool detection over ${sites.length} fixture sites: precision ${precision.toFixed(3)} (TP ${truePositives}, FP ${falsePositives}), recall ${recall.toFixed(3)} (FN ${falseNegatives})`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('covers every booking tool the brief names', () => {
    const covered = new Set(sites.map((s) => s.expected.bookingTool));
    for (const id of [
      'calendly',
      'acuity',
      'square',
      'setmore',
      'simplybook',
      'vagaro',
      'mindbody',
      'fresha',
      'booksy',
      'schedulicity',
      'jane',
      'zocdoc',
      'doctolib',
      'opentable',
      'resy',
      'housecallpro',
      'jobber',
      'glossgenius',
      'timely',
      'treatwell',
    ]) {
      expect(covered, id).toContain(id);
    }
  });

  it('only ever talked to 127.0.0.1', () => {
    expect(spy.connections.length).toBeGreaterThan(sites.length);
    expect(spy.connections.filter((c) => c.address !== '127.0.0.1')).toEqual([]);
  });
});
