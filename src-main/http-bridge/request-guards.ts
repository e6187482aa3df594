import { timingSafeEqual } from 'node:crypto';

/**
 * The bridge listens on loopback, but a web page in the user's browser can still reach loopback.
 * Host stops DNS-rebinding pages; Origin stops cross-site requests; the token stops everything else.
 */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  return allowedHosts(port).has(hostHeader.toLowerCase());
}

/** No Origin (curl, scripts) is fine: the token still guards. A present Origin must be the bridge's own. */
export function isAllowedOrigin(originHeader: string | undefined, port: number): boolean {
  if (originHeader === undefined) return true;
  let origin: URL;
  try {
    origin = new URL(originHeader);
  } catch {
    return false;
  }
  if (origin.protocol !== 'http:' || origin.username || origin.password) return false;
  return allowedHosts(port).has(origin.host.toLowerCase()) && origin.origin === originHeader.replace(/\/$/, '');
}

export function hasValidToken(authorization: string | undefined, token: string): boolean {
  if (!authorization?.startsWith('Bearer ')) return false;
  const given = Buffer.from(authorization.slice('Bearer '.length).trim());
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
