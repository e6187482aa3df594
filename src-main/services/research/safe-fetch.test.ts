import http from 'node:http';
import https from 'node:https';
import tls from 'node:tls';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from './fetch-error';
import { defaultUserAgent, safeFetch, type SafeFetchOptions } from './safe-fetch';
import { spyOnSockets } from './spy-on-sockets';

// Hostile servers, all real, all on 127.0.0.1. Nothing here may connect anywhere else.

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;
interface TestServer {
  port: number;
  url(path?: string): string;
  requests: string[];
  close(): Promise<void>;
}

const servers: TestServer[] = [];
async function serve(handler: Handler): Promise<TestServer> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const s: TestServer = {
    port,
    url: (path = '/') => `http://127.0.0.1:${port}${path}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  servers.push(s);
  return s;
}

const spy = spyOnSockets();
// The test servers' address is allowed by name; every other check stays on.
const loopbackOnly: SafeFetchOptions = { allowedAddresses: ['127.0.0.1'], resolve: async () => ['127.0.0.1'] };

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(FetchError);
    return error as FetchError;
  }
  throw new Error('expected the fetch to fail');
}

afterEach(() => {
  expect(spy.connections.filter((c) => !c.address.startsWith('127.'))).toEqual([]);
});
afterAll(async () => {
  spy.stop();
  await Promise.all(servers.map((s) => s.close()));
});

describe('safeFetch against hostile servers', () => {
  let redirectLoop: TestServer;
  beforeAll(async () => {
    redirectLoop = await serve((req, res) => {
      const n = Number(/\/hop\/(\d+)/.exec(req.url ?? '')?.[1] ?? 0);
      if (req.url?.startsWith('/chain/') && n >= 5) return void res.end('<p>arrived</p>');
      res.writeHead(302, { location: `/${req.url?.startsWith('/chain/') ? 'chain' : 'loop'}/hop/${n + 1}` });
      res.end();
    });
  });

  it('follows five redirects and fails clearly on the sixth', async () => {
    const ok = await safeFetch(redirectLoop.url('/chain/hop/0'), loopbackOnly);
    expect(ok.redirects).toHaveLength(5);
    expect(ok.body.toString()).toContain('arrived');

    const before = redirectLoop.requests.length;
    const error = await failure(safeFetch(redirectLoop.url('/loop/hop/0'), loopbackOnly));
    expect(error.code).toBe('too-many-redirects');
    expect(error.message).toMatch(/too many redirects \(more than 5\)/);
    expect(redirectLoop.requests.length - before).toBe(6);
  });

  it('times out on a slow drip instead of waiting for ever', async () => {
    const drip = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => res.write('<p>.</p>'), 50);
      res.on('close', () => clearInterval(timer));
    });
    const started = performance.now();
    const error = await failure(safeFetch(drip.url(), { ...loopbackOnly, timeoutMs: 400 }));
    expect(error.code).toBe('timeout');
    expect(error.message).toContain('timed out after 400 ms');
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('stops a gzip bomb at 2 MB of decoded bytes without ballooning memory', async () => {
    // An endless gzip stream of zeros: a few kB on the wire per 10 MB decoded.
    const bomb = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      const gzip = zlib.createGzip({ level: 9 });
      gzip.pipe(res);
      const zeros = Buffer.alloc(1024 * 1024);
      const pump = (): void => {
        while (!res.destroyed && gzip.write(zeros));
        if (!res.destroyed) gzip.once('drain', pump);
      };
      res.on('close', () => gzip.destroy());
      pump();
    });
    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 2);
    const res = await safeFetch(bomb.url(), loopbackOnly);
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    expect(res.truncated).toBe(true);
    expect(res.bytes).toBe(2 * 1024 * 1024);
    expect(res.body.length).toBe(2 * 1024 * 1024);
    expect((peak - baseline) / 1024 / 1024).toBeLessThan(64);
  });

  it('cuts a 50 MB page at 2 MB and drops the connection', async () => {
    let written = 0;
    let closedEarly = false;
    const huge = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': 50 * 1024 * 1024 });
      const chunk = Buffer.from('<p>lorem ipsum dolor sit amet</p>\n'.repeat(2048));
      const pump = (): void => {
        while (written < 50 * 1024 * 1024 && !res.destroyed) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => (closedEarly = written < 50 * 1024 * 1024));
      pump();
    });
    const res = await safeFetch(huge.url(), loopbackOnly);
    expect(res.truncated).toBe(true);
    expect(res.bytes).toBe(2 * 1024 * 1024);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closedEarly).toBe(true);
    expect(written).toBeLessThan(20 * 1024 * 1024);
  });

  it('decodes deflate and brotli too', async () => {
    const html = '<p>Öffnungszeiten</p>'.repeat(100);
    const encoded = await serve((req, res) => {
      const encoding = req.url === '/br' ? 'br' : 'deflate';
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': encoding });
      res.end(encoding === 'br' ? zlib.brotliCompressSync(html) : zlib.deflateSync(html));
    });
    expect((await safeFetch(encoded.url('/br'), loopbackOnly)).body.toString()).toBe(html);
    expect((await safeFetch(encoded.url('/deflate'), loopbackOnly)).body.toString()).toBe(html);
  });

  it('names the app in its User-Agent', async () => {
    let userAgent = '';
    const echo = await serve((req, res) => {
      userAgent = req.headers['user-agent'] ?? '';
      res.end('ok');
    });
    await safeFetch(echo.url(), loopbackOnly);
    expect(userAgent).toBe(defaultUserAgent);
    expect(userAgent).toMatch(
      /^OutreachDeskBot\/0\.1 \(\+https:\/\/github\.com\/outreach-desk; website analysis for lead qualification\)$/,
    );
  });

  it('cancels when the caller aborts', async () => {
    const stall = await serve(() => undefined);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await failure(safeFetch(stall.url(), { ...loopbackOnly, signal: controller.signal }));
    expect(error.code).toBe('aborted');
  });
});

// A throwaway self-signed certificate for "salon.test" (valid until 2126), made for this test only.
const testKey = `-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCp6+CYAELeqw4e
5QfUtdvDIHd7d/WnL2lW8CB3VVcJW6F/x78zXhzMavmQ/nAzZwO1g0liCJfKMm1I
p0xTnWueCzex0HiLghDNyjRO749amMGFYjbfbbazZ6z01rlw2/WvdTr5hmlvw6YU
z2aXf++yLcL6fdEIkWqn4IOxX7olh+K1e3a4lCNUjAhjOyvTbqMq/QSR14G091pq
otmguz5QzIakhOO1aEKjsmcjQG8egD3CeR+dSC7D/RD31zAEKYuepVf4UTFC8//O
QU7mpIDKUD4xuyQUTp76iaSj7aBh6XNjgLhgE95pOpE3b//6tf9W2hvmm2RxoXpZ
mNr5iWPjAgMBAAECggEABpCaaMT50GiDbyYiG1G7X9qNQzPrRb5LL5SvbGzbo/zq
TGmHNZDZQ/yOD9AEvbepKQYde7AhTSqNllUAWeqnEcAVMsV/IsSvqYO6aaJPw4xL
Tb/xpsgyWtQSlpMFLxsQbur0kFdlE3BXpk4tBIVo2VVzRwI9ZTtZB4thCyVLp898
EBXzatw+Ti4D0YbOlM+FyIAeBPb7W6/CRvryNsBrJFBq8l54qdWplfJwZy2FGdUL
XqXn03BePfTWe0RV7nIoG3JSg0pemdCryE6EbOv2vLHgGrPnY8DWiKld0sndbQ86
R9niiaCjWCI0i6QqjRf7gHLIinwOgdORB4SU2nB6AQKBgQDVQmjKSxW6abpaXNDa
Z+sreW4159J8+esAFKJcAZ01VhmN5YBb2sn/lm34hUuopPL+P3NFBjOJnusEOkpX
tUXywZJnY4KmGXvjzZawAqNnO0s+b0bhQOcP1stVmpGfMT5dlo2z9X19t6I+K8iP
NNdXwg3FOkV5jKn2KgQlcjOsIwKBgQDL+fJeskex33Z7hLwAK2blSjzb5pT15tC0
PtN6nnJePRGudHXd9xjcXiZEZLzvyp+65FwmfF58ECIus48mfCzxrLOzwTREXoWy
wPCDCsoh/Cbjy8FLWnV7k1/Tq/gXI0GY7UlShPVRpuxgNG3KbXMEjhisr+o9nF2L
9mTzGZoFQQKBgD53tnRTLCkvoSuo9nCTchqI9lSJ9GkxV7ntUWW7/03JS7D54fCG
FRdt/AaJHRFoR9lbwqscVupgB510aaRpb/Tc6MKqLnHzEww2g4ZJL44kmzTNqah/
t283TtZjcXZ9GTSWzilBpqG1sauebaAtLUsCh8AXApTJNFvsEMzbN/GbAoGBAMt3
RsIZOhT/IDPz4oiUwq4DkJOV/Y8Qr6ysYs2UkebZKfMIbq58Fgtzyt48Uo8rYovN
0PH+60z71u0Y5blw8nAcYqDzH0z3sIvvk7pTn++ok651CBo/YKNlDZiamP2TiJKg
V5x9ziulw3HvunjLFok7qPdQ/up4OIQtwuMP7ahBAoGAO+F93Q0Olsvf4NZCVTne
C3n2fMIPeLhkjuP+trw6XlPDY7fSxRVMn1itp2TiFc9XRB1VHbKbft+uN9N9wcsW
1tBdM6Pm6L3k6se2jwz98gVG4aYOZJbejtXl7tmxmTYlLsjLAVmsgkWJdUJ83LHx
5rdjbC7xsOlmnIl9T8qqBhs=
-----END PRIVATE KEY-----`;
const testCert = `-----BEGIN CERTIFICATE-----
MIIDJDCCAgygAwIBAgIUKAjJPJdPbuUDl6mH2wIt0GUiU2wwDQYJKoZIhvcNAQEL
BQAwFTETMBEGA1UEAwwKc2Fsb24udGVzdDAgFw0yNjExMjUwNDUxNTFaGA8yMTI2
MTEwMTA0NTE1MVowFTETMBEGA1UEAwwKc2Fsb24udGVzdDCCASIwDQYJKoZIhvcN
AQEBBQADggEPADCCAQoCggEBAKnr4JgAQt6rDh7lB9S128Mgd3t39acvaVbwIHdV
VwlboX/HvzNeHMxq+ZD+cDNnA7WDSWIIl8oybUinTFOda54LN7HQeIuCEM3KNE7v
j1qYwYViNt9ttrNnrPTWuXDb9a91OvmGaW/DphTPZpd/77Itwvp90QiRaqfgg7Ff
uiWH4rV7driUI1SMCGM7K9Nuoyr9BJHXgbT3Wmqi2aC7PlDMhqSE47VoQqOyZyNA
bx6APcJ5H51ILsP9EPfXMAQpi56lV/hRMULz/85BTuakgMpQPjG7JBROnvqJpKPt
oGHpc2OAuGAT3mk6kTdv//q1/1baG+abZHGhelmY2vmJY+MCAwEAAaNqMGgwHQYD
VR0OBBYEFOcOR3KbCDDRe4Csb3zm3HFmwA0PMB8GA1UdIwQYMBaAFOcOR3KbCDDR
e4Csb3zm3HFmwA0PMA8GA1UdEwEB/wQFMAMBAf8wFQYDVR0RBA4wDIIKc2Fsb24u
dGVzdDANBgkqhkiG9w0BAQsFAAOCAQEAbSg0RF2xhJ/gsdMUmolzi2QBY+v28PuW
yktMp0wahsSWR89Z/wje2fIvbJFl2BiB65lso5nqgMmaUs9No0iJYfWNy18Z6LBc
jAbNy2swtthlPE4v4vDgO5grAQsfwS78VKh6gGCUWcBsIjkhkimQqd+arT4QsS+/
WwS4T00aFRBIq81giWPenDiQDJOAfe1tpvPBkehugaoR5782qSRii3AckZkHT7NW
usXO7DZ3YnLapGhzVG39mGI3lmei4Q9zQ/nPrJbtKY6PHLnxXy56LbgInrEk5ey3
sAPVaUstguRQrwzIche7g89tyHfsFw4Kgb5egJax95xJ72oMmag6Pw==
-----END CERTIFICATE-----`;

describe('safeFetch over https', () => {
  it('connects to the checked address, sends the host name as SNI and verifies the certificate', async () => {
    let servername = '';
    const server = https.createServer(
      {
        key: testKey,
        cert: testCert,
        SNICallback: (name, callback) => {
          servername = name;
          callback(null, tls.createSecureContext({ key: testKey, cert: testCert }));
        },
      },
      (_req, res) => res.end('should never be read'),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    servers.push({ port, url: () => '', requests: [], close: () => new Promise((resolve) => server.close(() => resolve())) });
    spy.reset();
    const error = await failure(safeFetch(`https://salon.test:${port}/`, loopbackOnly));
    expect(error.code).toBe('network');
    expect(error.message).toMatch(/self[- ]signed certificate/);
    expect(servername).toBe('salon.test');
    expect(spy.connections).toEqual([{ address: '127.0.0.1', port }]);
  });
});

describe('safeFetch refuses private targets before any socket opens', () => {
  const noPrivate: SafeFetchOptions = {
    allowPrivateNetwork: false,
    resolve: async (host) => {
      const map: Record<string, string[]> = {
        'intranet.test': ['10.0.0.1'],
        'metadata.test': ['169.254.169.254'],
        'mixed.test': ['93.184.216.34', '192.168.0.10'],
        'mapped.test': ['::ffff:127.0.0.1'],
      };
      if (map[host]) return map[host]!;
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    },
  };

  it.each([
    ['http://[::ffff:7f00:1]/', '::ffff:7f00:1 is a loopback address'],
    ['http://0177.0.0.1/', '127.0.0.1 is a loopback address'],
    ['http://2130706433/', '127.0.0.1 is a loopback address'],
    ['http://0x7f000001/', '127.0.0.1 is a loopback address'],
    ['http://127.1/', '127.0.0.1 is a loopback address'],
    ['http://[::1]/', '::1 is a loopback address'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254 is a link-local address'],
    ['http://100.64.0.1/', '100.64.0.1 is a carrier-grade NAT address'],
    ['http://224.0.0.1/', '224.0.0.1 is a multicast address'],
    ['http://0.0.0.0/', '0.0.0.0 is an unspecified address'],
    ['https://10.0.0.1/', '10.0.0.1 is a private address'],
    ['http://intranet.test/', '10.0.0.1 is a private address (intranet.test resolves to it)'],
    ['http://metadata.test/', '169.254.169.254 is a link-local address'],
    ['http://mixed.test/', '192.168.0.10 is a private address'],
    ['http://mapped.test/', '::ffff:7f00:1 is a loopback address'],
    ['ftp://example.com/', 'ftp: is not http or https'],
    ['file:///etc/passwd', 'file: is not http or https'],
  ])('%s', async (url, words) => {
    spy.reset();
    const error = await failure(safeFetch(url, noPrivate));
    expect(error.code).toBe('refused');
    expect(error.message).toContain(`refused: ${words}`);
    expect(spy.created).toBe(0);
  });

  it('checks every redirect target: an allowed first hop cannot bounce us into the network', async () => {
    const bouncer = await serve((req, res) => {
      const to: Record<string, string> = {
        '/to-127-0-0-2': `http://127.0.0.2:${(req.socket.address() as AddressInfo).port}/`,
        '/to-10': 'http://10.0.0.1/admin',
        '/to-ipv6-loopback': 'http://[::1]/',
        '/to-octal': 'http://0177.0.0.2/',
        '/to-name': 'http://intranet.test/',
        '/to-file': 'file:///etc/passwd',
      };
      res.writeHead(302, { location: to[req.url ?? ''] ?? '/' });
      res.end();
    });
    // The first hop is on 127.0.0.1, allowed by name; everything else stays refused.
    const options: SafeFetchOptions = { ...noPrivate, allowedAddresses: ['127.0.0.1'] };
    for (const [path, words] of [
      ['/to-127-0-0-2', '127.0.0.2 is a loopback address'],
      ['/to-10', '10.0.0.1 is a private address'],
      ['/to-ipv6-loopback', '::1 is a loopback address'],
      ['/to-octal', '127.0.0.2 is a loopback address'],
      ['/to-name', '10.0.0.1 is a private address'],
      ['/to-file', 'file: is not http or https'],
    ] as const) {
      spy.reset();
      const error = await failure(safeFetch(bouncer.url(path), options));
      expect(error.code).toBe('refused');
      expect(error.message).toContain(words);
      // Exactly one socket: the allowed first hop. None for the refused target.
      expect(spy.created).toBe(1);
      expect(spy.connections).toEqual([{ address: '127.0.0.1', port: bouncer.port }]);
    }
  });

  it('connects to the address it checked and sends the real Host header', async () => {
    let host = '';
    const named = await serve((req, res) => {
      host = req.headers.host ?? '';
      res.end('hello');
    });
    spy.reset();
    const res = await safeFetch(`http://salon.test:${named.port}/`, {
      resolve: async () => ['127.0.0.1'],
      allowedAddresses: ['127.0.0.1'],
    });
    expect(res.body.toString()).toBe('hello');
    expect(host).toBe(`salon.test:${named.port}`);
    expect(spy.connections).toEqual([{ address: '127.0.0.1', port: named.port }]);
  });

  it('allowPrivateNetwork turns the address checks off', async () => {
    const local = await serve((_req, res) => res.end('intranet page'));
    const res = await safeFetch(local.url(), { allowPrivateNetwork: true });
    expect(res.body.toString()).toBe('intranet page');
  });

  it('reports an unknown host as a DNS failure', async () => {
    const error = await failure(safeFetch('http://nowhere.test/', noPrivate));
    expect(error.code).toBe('dns');
    expect(error.message).toContain('could not resolve nowhere.test');
  });
});
