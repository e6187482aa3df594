import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';
import net, { type Socket } from 'node:net';
import tls from 'node:tls';
import { isAllowedAddress, normaliseAllowedAddresses, normaliseIpLiteral } from './check-address';
import { FetchError, toFetchError } from './fetch-error';
import { readBody } from './read-body';
import { resolveTarget, resolveWithSystemDns, type AddressPolicy, type Resolve, type Target } from './resolve-target';

export const defaultUserAgent = 'OutreachDeskBot/0.1 (+https://github.com/outreach-desk; website analysis for lead qualification)';

export interface SafeFetchOptions {
  /** Host name → addresses. Default: the system resolver (node:dns lookup, all answers). */
  resolve?: Resolve;
  allowPrivateNetwork?: boolean;
  /** Exact addresses allowed although private (a user's intranet server, a test server). */
  allowedAddresses?: readonly string[];
  userAgent?: string;
  /** Default 5: a sixth redirect fails. */
  maxRedirects?: number;
  /** Cap on decoded body bytes, default 2 MiB; the rest is not read. */
  maxBytes?: number;
  /** Whole fetch including redirects and body, default 10 s. */
  timeoutMs?: number;
  signal?: AbortSignal;
  accept?: string;
  /** Skip reading bodies we would throw away (images, PDFs): called with the Content-Type. */
  wantBody?: (contentType: string) => boolean;
}

export interface SafeFetchResponse {
  /** The URL of the last hop. */
  url: string;
  status: number;
  contentType: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  bytes: number;
  truncated: boolean;
  redirects: string[];
  ms: number;
}

/**
 * GET over http(s) for untrusted URLs. Every hop is resolved and checked by us, the socket is
 * opened to the checked address itself and re-checked on connect, redirects are followed by
 * hand so each target is checked too, and the body is capped after decompression.
 */
export async function safeFetch(input: string, options: SafeFetchOptions = {}): Promise<SafeFetchResponse> {
  const started = performance.now();
  const policy: AddressPolicy = {
    resolve: options.resolve ?? resolveWithSystemDns,
    allowPrivateNetwork: options.allowPrivateNetwork ?? false,
    allowedAddresses: normaliseAllowedAddresses(options.allowedAddresses),
  };
  const maxRedirects = options.maxRedirects ?? 5;
  const timeoutMs = options.timeoutMs ?? 10_000;

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new FetchError('timeout', `timed out after ${timeoutMs} ms: ${input}`)), timeoutMs);
  const onOuterAbort = (): void => controller.abort(new FetchError('aborted', `cancelled: ${input}`));
  if (options.signal?.aborted) onOuterAbort();
  options.signal?.addEventListener('abort', onOuterAbort, { once: true });
  const signal = controller.signal;

  try {
    let url = parseHttpUrl(input);
    const redirects: string[] = [];
    for (;;) {
      const target = await abortable(resolveTarget(url, policy), signal);
      const res = await sendRequest(url, target, options, policy, signal);
      const location = res.headers.location;
      if (res.statusCode && res.statusCode >= 300 && res.statusCode < 400 && location) {
        res.destroy();
        if (redirects.length >= maxRedirects) {
          throw new FetchError('too-many-redirects', `too many redirects (more than ${maxRedirects}) from ${input}`);
        }
        url = parseHttpUrl(new URL(location, url).href);
        redirects.push(url.href);
        continue;
      }
      const contentType = String(res.headers['content-type'] ?? '');
      const wanted = options.wantBody?.(contentType) ?? true;
      const read = wanted
        ? await readBody(res, options.maxBytes ?? 2 * 1024 * 1024, signal)
        : (res.destroy(), { body: Buffer.alloc(0), bytes: 0, truncated: false });
      return {
        url: url.href,
        status: res.statusCode ?? 0,
        contentType,
        headers: res.headers,
        ...read,
        redirects,
        ms: performance.now() - started,
      };
    }
  } catch (error) {
    throw toFetchError(signal.aborted ? signal.reason : error, input);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onOuterAbort);
  }
}

export function parseHttpUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new FetchError('invalid-url', `not a valid URL: ${input}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('refused', `refused: ${url.protocol} is not http or https (${input})`);
  }
  // Credentials in a prospect's URL are never ours to send.
  url.username = '';
  url.password = '';
  url.hash = '';
  return url;
}

function sendRequest(
  url: URL,
  target: Target,
  options: SafeFetchOptions,
  policy: AddressPolicy,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const hostname = url.hostname.replace(/^\[|\]$/g, '');
    const isIp = normaliseIpLiteral(hostname) !== null;
    const secure = url.protocol === 'https:';
    const port = Number(url.port || (secure ? 443 : 80));
    // We open the TCP connection ourselves, to the address we checked: no second DNS lookup can
    // send it elsewhere. TLS then runs over that socket with the real host name for SNI and for
    // certificate verification. No agent, so no pooled socket from another host is ever reused.
    const connect = (): Socket => {
      const socket = net.connect({ host: target.address, port, family: target.family });
      socket.once('connect', () => {
        const remote = socket.remoteAddress ?? '';
        const sameAsChecked = normaliseIpLiteral(remote) === target.address;
        const allowed = policy.allowPrivateNetwork || isAllowedAddress(remote, policy.allowedAddresses);
        if (!sameAsChecked || !allowed) {
          socket.destroy(new FetchError('refused', `refused: connected to ${remote}, not the checked ${target.address}`));
        }
      });
      return secure ? tls.connect({ socket, host: hostname, ...(isIp ? {} : { servername: hostname }) }) : socket;
    };
    const request = (secure ? https : http).request({
      host: hostname,
      port,
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      createConnection: connect,
      headers: {
        host: url.host,
        'user-agent': options.userAgent ?? defaultUserAgent,
        accept: options.accept ?? 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
        'accept-encoding': 'gzip, deflate, br',
        'accept-language': 'en,de;q=0.8,fr;q=0.8,es;q=0.8,nl;q=0.8,it;q=0.8,*;q=0.5',
        connection: 'close',
      },
    });
    const onAbort = (): void => {
      request.destroy(signal.reason instanceof Error ? signal.reason : new FetchError('aborted', 'cancelled'));
    };
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    request.on('response', (res) => {
      signal.removeEventListener('abort', onAbort);
      // From here readBody owns the abort; a late abort still has to stop the socket.
      signal.addEventListener('abort', () => res.destroy(), { once: true });
      resolve(res);
    });
    request.on('error', (error) => {
      signal.removeEventListener('abort', onAbort);
      reject(toFetchError(error, url.href));
    });
    request.end();
  });
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => (signal.removeEventListener('abort', onAbort), resolve(value)),
      (error) => (signal.removeEventListener('abort', onAbort), reject(error)),
    );
  });
}
