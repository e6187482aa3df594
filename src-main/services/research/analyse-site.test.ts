import iconv from 'iconv-lite';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startFixtureSiteServer, type FixtureSiteServer, type SiteFiles } from '../../testing/fixture-site-server';
import { analyseSite, type AnalyserDeps } from './analyse-site';
import { siteAnalysisSchema } from './site-analysis';
import { spyOnSockets } from './spy-on-sockets';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const spy = spyOnSockets();
const servers: Array<{ close(): Promise<void> }> = [];
afterEach(() => {
  expect(spy.connections.filter((c) => !c.address.startsWith('127.'))).toEqual([]);
});
afterAll(async () => {
  spy.stop();
  await Promise.all(servers.map((s) => s.close()));
});

const files = (pages: Record<string, string | Buffer>): SiteFiles =>
  new Map(Object.entries(pages).map(([path, body]) => [path, Buffer.isBuffer(body) ? body : Buffer.from(body)]));

async function site(host: string, pages: Record<string, string | Buffer>): Promise<{ server: FixtureSiteServer; deps: AnalyserDeps }> {
  const server = await startFixtureSiteServer(new Map([[host, files(pages)]]));
  servers.push(server);
  return { server, deps: { resolve: server.resolve, allowedAddresses: ['127.0.0.1'], politeDelayMs: 0 } };
}

describe('analyseSite', () => {
  it('reads a Windows-1252 page that declares its charset only in a meta tag', async () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>Bäckerei Müller</title></head>
<body><h1>Bäckerei Müller – Öffnungszeiten</h1><p>Samstag 7:00 – 12:00 Uhr</p><p>Telefon: 089 1234567</p></body></html>`;
    const { server, deps } = await site('baeckerei-mueller.de', { '/index.html': iconv.encode(html, 'windows-1252') });
    const analysis = await analyseSite(server.url('baeckerei-mueller.de'), deps);
    expect(analysis.ok).toBe(true);
    expect(analysis.hasWeekendHours).toBe(true);
    expect(analysis.evidence.find((e) => e.signal === 'weekendHours')?.detail).toContain('samstag');
    expect(analysis.phones).toEqual(['+49891234567']);
  });

  it('lets the Content-Type charset override a wrong meta tag', async () => {
    const html = `<html><head><meta charset="utf-8"><script type="application/ld+json">{"@type":"Bakery","name":"Café Größenwahn","telephone":"+49 30 1234567"}</script></head><body><p>Hallo</p></body></html>`;
    const server = await startFixtureSiteServer(new Map([['cafe.de', files({ '/index.html': 'x' })]]));
    servers.push(server);
    // A server that sends Latin-1 bytes and says so in the header, while the page claims UTF-8.
    const raw = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' });
      res.end(iconv.encode(html, 'latin1'));
    });
    await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
    servers.push({ close: () => new Promise((resolve) => raw.close(() => resolve())) });
    const port = (raw.address() as AddressInfo).port;
    const analysis = await analyseSite(`http://cafe.de:${port}/`, {
      resolve: async () => ['127.0.0.1'],
      allowedAddresses: ['127.0.0.1'],
      politeDelayMs: 0,
    });
    expect(analysis.localBusiness?.name).toBe('Café Größenwahn');
  });

  it('honours robots.txt: the disallowed page is never requested', async () => {
    const home =
      '<html lang="en"><body><a href="/private/contact">Contact</a> <a href="/pricing">Pricing</a> <a href="/book">Book now</a></body></html>';
    const { server, deps } = await site('robots.test', {
      '/robots.txt': 'User-agent: *\nDisallow: /\n\nUser-agent: OutreachDeskBot\nDisallow: /private/\nAllow: /\n',
      '/index.html': home,
      '/private/contact.html': '<p>secret</p>',
      '/pricing.html': '<ul><li>Cut £20</li><li>Colour £40</li></ul>',
      '/book.html': '<p>Call us</p>',
    });
    const analysis = await analyseSite(server.url('robots.test'), deps);
    const paths = server.requests.map((r) => r.path);
    expect(paths).toContain('/robots.txt');
    expect(paths).toContain('/pricing');
    expect(paths).not.toContain('/private/contact');
    expect(paths.filter((p) => p === '/robots.txt')).toHaveLength(1);
    expect(analysis.errors.some((e) => e.includes('robots.txt disallows /private/contact'))).toBe(true);
    expect(analysis.hasPricing).toBe(true);
    expect(server.requests.every((r) => r.userAgent.startsWith('OutreachDeskBot/0.1'))).toBe(true);
  });

  it('does not fetch a site whose robots.txt shuts us out', async () => {
    const { server, deps } = await site('closed.test', { '/robots.txt': 'User-agent: *\nDisallow: /', '/index.html': '<p>hi</p>' });
    const analysis = await analyseSite(server.url('closed.test'), deps);
    expect(analysis.ok).toBe(false);
    expect(analysis.errors[0]).toMatch(/robots\.txt disallows \//);
    expect(server.requests.map((r) => r.path)).toEqual(['/robots.txt']);
  });

  it('gives up on a dripping page after the page timeout, and on the site after its budget', async () => {
    const drip = http.createServer((req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html' });
      const links = '<a href="/contact">Contact</a><a href="/book">Book</a><a href="/prices">Prices</a><a href="/team">Team</a>';
      if (req.url === '/') return void res.end(`<html><body>${links}</body></html>`);
      const timer = setInterval(() => res.write(' '), 50);
      res.on('close', () => clearInterval(timer));
    });
    await new Promise<void>((resolve) => drip.listen(0, '127.0.0.1', resolve));
    servers.push({
      close: () =>
        new Promise((resolve) => {
          drip.closeAllConnections();
          drip.close(() => resolve());
        }),
    });
    const port = (drip.address() as AddressInfo).port;
    const started = performance.now();
    const analysis = await analyseSite(`http://drip.test:${port}/`, {
      resolve: async () => ['127.0.0.1'],
      allowedAddresses: ['127.0.0.1'],
      politeDelayMs: 0,
      limits: { pageTimeoutMs: 300, siteTimeoutMs: 800 },
    });
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThan(700);
    expect(elapsed).toBeLessThan(1300);
    expect(analysis.ok).toBe(true);
    expect(analysis.errors.filter((e) => e.includes('timed out after 300 ms')).length).toBeGreaterThanOrEqual(2);
    expect(analysis.errors.some((e) => e.startsWith('site time budget of 800 ms used up'))).toBe(true);
  });

  it('times out a home page that never finishes', async () => {
    const drip = http.createServer((req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => res.write(' '), 50);
      res.on('close', () => clearInterval(timer));
    });
    await new Promise<void>((resolve) => drip.listen(0, '127.0.0.1', resolve));
    servers.push({
      close: () =>
        new Promise((resolve) => {
          drip.closeAllConnections();
          drip.close(() => resolve());
        }),
    });
    const port = (drip.address() as AddressInfo).port;
    const analysis = await analyseSite(`http://drip.test:${port}/`, {
      resolve: async () => ['127.0.0.1'],
      allowedAddresses: ['127.0.0.1'],
      politeDelayMs: 0,
      limits: { pageTimeoutMs: 300 },
    });
    expect(analysis.ok).toBe(false);
    expect(analysis.errors[0]).toContain('timed out after 300 ms');
  });

  it('cuts an oversized page, says so, and still analyses what it read', async () => {
    const big = `<html lang="de"><body><a href="tel:+4930123456">Anrufen</a>${'<p>Lorem ipsum dolor sit amet.</p>'.repeat(80_000)}</body></html>`;
    const { server, deps } = await site('big.test', { '/index.html': big });
    const analysis = await analyseSite(server.url('big.test'), { ...deps, limits: { maxBytes: 512 * 1024 } });
    expect(analysis.ok).toBe(true);
    expect(analysis.pages[0]!.bytes).toBe(512 * 1024);
    expect(analysis.errors.some((e) => e.startsWith('page cut at 524288 bytes'))).toBe(true);
    expect(analysis.phones).toEqual(['+4930123456']);
  });

  it('fetches at most five internal pages, chosen by topic, on the same site only', async () => {
    const links = [
      '/blog/a',
      '/blog/b',
      '/kontakt',
      '/preise',
      '/termin-buchen',
      '/team',
      '/ueber-uns',
      '/standorte',
      '/leistungen',
      '/jobs',
    ];
    const home = `<html lang="de"><body>${links.map((l) => `<a href="${l}">${l.slice(1)}</a>`).join(' ')}
<a href="https://other-site.test/kontakt">Partner</a> <a href="/preise.pdf">Preisliste PDF</a></body></html>`;
    const pages: Record<string, string> = { '/index.html': home };
    for (const l of links) pages[`${l}.html`] = `<p>${l}</p>`;
    const { server, deps } = await site('topics.test', pages);
    const analysis = await analyseSite(server.url('topics.test'), deps);
    const fetched = server.requests.map((r) => r.path).filter((p) => p !== '/' && p !== '/robots.txt');
    expect(fetched).toHaveLength(5);
    expect(fetched.slice(0, 3)).toEqual(['/termin-buchen', '/kontakt', '/preise']);
    expect(fetched).not.toContain('/blog/a');
    expect(fetched).not.toContain('/preise.pdf');
    expect(analysis.pages).toHaveLength(6);
    expect(siteAnalysisSchema.parse(analysis)).toBeTruthy();
  });

  it('reports an unreachable site as an analysis with errors, not an exception', async () => {
    const analysis = await analyseSite('http://gone.test/', { resolve: async () => [], politeDelayMs: 0 });
    expect(analysis.ok).toBe(false);
    expect(analysis.errors[0]).toContain('could not resolve gone.test');
    expect(analysis.currentBookingTool).toBeNull();
    expect(siteAnalysisSchema.parse(analysis)).toBeTruthy();
  });

  it('refuses a prospect URL on the private network unless allowed', async () => {
    spy.reset();
    const analysis = await analyseSite('http://router.test/', { resolve: async () => ['192.168.1.1'], politeDelayMs: 0 });
    expect(analysis.errors[0]).toBe('refused: 192.168.1.1 is a private address (router.test resolves to it)');
    expect(spy.created).toBe(0);
  });

  it('adds a scheme to a bare domain and uses the host without www as the cache key', async () => {
    const { server } = await site('www.bare.test', { '/index.html': '<p>hello</p>' });
    const analysis = await analyseSite(`www.bare.test:${server.port}`, {
      resolve: server.resolve,
      allowedAddresses: ['127.0.0.1'],
      politeDelayMs: 0,
    });
    // https is tried first, fails on this plain-http server, then http works.
    expect(analysis.ok).toBe(true);
    expect(analysis.finalUrl).toBe(`http://www.bare.test:${server.port}/`);
    expect(analysis.domain).toBe('bare.test');
  });
});
