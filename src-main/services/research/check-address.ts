import ipaddr from 'ipaddr.js';

/**
 * Which IP addresses the analyser may connect to. A prospect's "website" is untrusted input: a
 * URL or a DNS answer pointing at 127.0.0.1, the router or a cloud metadata endpoint would turn
 * the app into a probe of the user's own network, so only globally routable unicast is allowed.
 */

const rangeWords: Record<string, string> = {
  unspecified: 'an unspecified address',
  broadcast: 'a broadcast address',
  multicast: 'a multicast address',
  linkLocal: 'a link-local address',
  loopback: 'a loopback address',
  carrierGradeNat: 'a carrier-grade NAT address',
  private: 'a private address',
  uniqueLocal: 'a private (unique local) address',
  reserved: 'a reserved address',
};

/**
 * The canonical form of a host that is an IP literal, or null for a host name. Accepts the
 * legacy IPv4 spellings that old resolvers and WHATWG URL parsing understand (`127.1`,
 * `0177.0.0.1`, `0x7f000001`, `2130706433`) so they cannot slip past as "names", and bracketed
 * or zone-suffixed IPv6.
 */
export function normaliseIpLiteral(host: string): string | null {
  let h = host.trim();
  if (h.startsWith('[') && h.endsWith(']')) h = h.slice(1, -1);
  if (h.endsWith('.')) h = h.slice(0, -1);
  if (ipaddr.IPv6.isValid(h)) return ipaddr.IPv6.parse(h).toString();
  if (ipaddr.IPv4.isValid(h)) return ipaddr.IPv4.parse(h).toString();
  return null;
}

/**
 * Why an address must not be contacted, in words ("a private address"), or null when it is
 * public unicast. IPv4-mapped IPv6 (`::ffff:10.0.0.1`) is judged by the IPv4 address inside;
 * other IPv6 transition ranges (NAT64, 6to4, Teredo) are refused outright because they can
 * tunnel to an address we cannot see.
 */
export function addressRefusal(address: string): string | null {
  const literal = normaliseIpLiteral(address);
  if (literal === null) return 'not an IP address';
  let ip: ipaddr.IPv4 | ipaddr.IPv6 = ipaddr.parse(literal);
  if (ip.kind() === 'ipv6') {
    const v6 = ip as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) ip = v6.toIPv4Address();
  }
  const range = ip.range();
  if (range === 'unicast') return null;
  return rangeWords[range] ?? `a special-purpose (${range}) address`;
}

/** `allowed` holds exact addresses a caller opted into (an intranet server, a test server). */
export function isAllowedAddress(address: string, allowed: ReadonlySet<string> = new Set()): boolean {
  const literal = normaliseIpLiteral(address);
  if (literal !== null && allowed.has(literal)) return true;
  return addressRefusal(address) === null;
}

export function normaliseAllowedAddresses(addresses: readonly string[] | undefined): Set<string> {
  const set = new Set<string>();
  for (const a of addresses ?? []) {
    const literal = normaliseIpLiteral(a);
    if (literal !== null) set.add(literal);
  }
  return set;
}
