import { readdirSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Serves many fixture websites from one loopback server, told apart by the Host header. Tests
 * pair it with `resolve`, which maps each fixture host name ("salon-lumiere.co.uk") to
 * 127.0.0.1 and refuses every other name, so nothing ever leaves the machine; URLs carry the
 * server's port ("http://salon-lumiere.co.uk:41234/"). Relative links inside a site resolve to
 * the same host and port, as they would on the real site.
 */

export const fixtureSitesDir = fileURLToPath(new URL('./fixture-sites/', import.meta.url));

/** A site's files: request path ("/", "/kontakt/", "/robots.txt") is mapped by `findFile`. */
export type SiteFiles = Map<string, Buffer>;

export interface FixtureSite {
  /** Folder name under fixture-sites/. */
  name: string;
  host: string;
  files: SiteFiles;
  expected: FixtureExpectation;
}

/** What a fixture's expected.json pins; a field left out is not asserted. */
export interface FixtureExpectation {
  host: string;
  /** Rule id from rules.ts, or null for "no booking tool". */
  bookingTool: string | null;
  hasAppointmentForm?: boolean;
  hasContactForm?: boolean;
  hasPhoneOnly?: boolean;
  hasPricing?: boolean;
  hasGallery?: boolean;
  hasReviews?: boolean;
  hasCalendar?: boolean;
  hasWeekendHours?: boolean;
  hasBookingKeywords?: boolean;
  multiLocation?: boolean;
  /** [min, max] inclusive. */
  servicesCount?: [number, number];
  bookingKeywordScore?: [number, number];
  languageSupport?: string[];
  emails?: string[];
  phones?: string[];
  socialNetworks?: string[];
  localBusinessName?: string | null;
  /** Pages fetched at least (home included). */
  minPages?: number;
  notes?: string;
}

export interface FixtureSiteServer {
  port: number;
  /** "http://host:port/path" */
  url(host: string, path?: string): string;
  /** Fixture host → 127.0.0.1; any other name fails like NXDOMAIN. */
  resolve(hostname: string): Promise<string[]>;
  /** Every request served, for assertions on what was (not) fetched. */
  requests: Array<{ host: string; path: string; userAgent: string }>;
  close(): Promise<void>;
}

export function loadFixtureSites(dir: string = fixtureSitesDir): FixtureSite[] {
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort()
    .map((name) => {
      const expected = JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8')) as FixtureExpectation;
      return { name, host: expected.host, files: readSiteFiles(join(dir, name)), expected };
    });
}

export function readSiteFiles(dir: string): SiteFiles {
  const files: SiteFiles = new Map();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder)) {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry !== 'expected.json') files.set(`/${relative(dir, path).split(sep).join('/')}`, readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

/** "/" → index.html, "/kontakt/" or "/kontakt" → kontakt.html or kontakt/index.html, else the exact file. */
export function findFile(files: SiteFiles, requestPath: string): { path: string; body: Buffer } | null {
  let path = requestPath.split('?')[0]!;
  try {
    path = decodeURIComponent(path);
  } catch {
    return null;
  }
  const bare = path.replace(/\/+$/, '');
  for (const candidate of [path, `${bare}.html`, `${bare}/index.html`, bare === '' ? '/index.html' : '']) {
    const body = candidate ? files.get(candidate) : undefined;
    if (body) return { path: candidate, body };
  }
  return null;
}

function contentTypeOf(path: string, body: Buffer): string {
  if (path.endsWith('.txt')) return 'text/plain; charset=utf-8';
  if (path.endsWith('.css')) return 'text/css';
  if (path.endsWith('.js')) return 'application/javascript';
  if (path.endsWith('.png')) return 'image/png';
  // Like many small hosts: UTF-8 files say so, legacy files get no charset and rely on <meta>.
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(body);
    return 'text/html; charset=utf-8';
  } catch {
    return 'text/html';
  }
}

export async function startFixtureSiteServer(
  sites: ReadonlyMap<string, SiteFiles> | FixtureSite[],
  options: { host?: string } = {},
): Promise<FixtureSiteServer> {
  const byHost = Array.isArray(sites) ? new Map(sites.map((s) => [s.host, s.files])) : sites;
  const requests: FixtureSiteServer['requests'] = [];
  const server = http.createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = req.url ?? '/';
    requests.push({ host, path, userAgent: req.headers['user-agent'] ?? '' });
    const files = byHost.get(host);
    const file = files ? findFile(files, path) : null;
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Not found</title><h1>Not found</h1>');
      return;
    }
    res.writeHead(200, { 'content-type': contentTypeOf(file.path, file.body), 'content-length': file.body.length });
    res.end(file.body);
  });
  const listenHost = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(0, listenHost, resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: (host, path = '/') => `http://${host}:${port}${path}`,
    resolve: async (hostname) => {
      if (byHost.has(hostname.toLowerCase())) return [listenHost];
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
