import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixtureSites, startFixtureSiteServer, type FixtureSiteServer } from '../testing/fixture-site-server';
import { runCliProcessAsync } from '../testing/spawn-cli';

// The CLI resolves names with the system resolver, so the fixture is served as the site of "127.0.0.1".
let server: FixtureSiteServer;
beforeAll(async () => {
  const kinetic = loadFixtureSites().find((s) => s.name === 'kinetic-sports-massage')!;
  server = await startFixtureSiteServer(new Map([['127.0.0.1', kinetic.files]]));
});
afterAll(() => server.close());

describe('outreach-desk analyze', () => {
  it('prints one site\'s analysis as JSON, with booking potential and digital maturity', async () => {
    const run = await runCliProcessAsync(['analyze', server.url('127.0.0.1'), '--json', '--allow-private-network', '--polite-delay', '0']);
    expect(run.code, run.stderr).toBe(0);
    const analysis = JSON.parse(run.stdout) as { ok: boolean; currentBookingTool: string; evidence: Array<{ detail: string }>; bookingPotential: { potential: string }; digitalMaturity: { score: number } };
    expect(analysis.ok).toBe(true);
    expect(analysis.currentBookingTool).toBe('calendly');
    expect(analysis.evidence.some((e) => /Calendly/.test(e.detail))).toBe(true);
    expect(analysis.bookingPotential.potential).toBe('low');
    expect(analysis.digitalMaturity.score).toBeGreaterThan(0);
  });

  it('refuses a loopback address unless --allow-private-network is given', async () => {
    const before = server.requests.length;
    const run = await runCliProcessAsync(['analyze', server.url('127.0.0.1'), '--json']);
    expect(run.code).toBe(1);
    const analysis = JSON.parse(run.stdout) as { ok: boolean; errors: string[] };
    expect(analysis.ok).toBe(false);
    expect(analysis.errors.join(' ')).toMatch(/private|loopback|not allowed/i);
    expect(server.requests.length).toBe(before);
  });
});
