import { lookup } from 'node:dns/promises';
import { addressRefusal, isAllowedAddress, normaliseIpLiteral } from './check-address';
import { FetchError } from './fetch-error';

export type Resolve = (hostname: string) => Promise<string[]>;

export interface AddressPolicy {
  resolve: Resolve;
  /** Turns every address check off: for users analysing intranet sites, and for tests. */
  allowPrivateNetwork: boolean;
  /** Exact addresses allowed although not public (normalised, see normaliseAllowedAddresses). */
  allowedAddresses: ReadonlySet<string>;
}

export interface Target {
  address: string;
  family: 4 | 6;
}

export const resolveWithSystemDns: Resolve = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

/**
 * The one address a request to `url` will connect to, after checking it. We resolve the name
 * ourselves (instead of letting the socket do it) so the address checked is the address used:
 * a second lookup could answer differently (DNS rebinding).
 */
export async function resolveTarget(url: URL, policy: AddressPolicy): Promise<Target> {
  const host = url.hostname;
  const literal = normaliseIpLiteral(host);
  if (literal !== null) {
    checkAddress(literal, host, policy);
    return { address: literal, family: literal.includes(':') ? 6 : 4 };
  }
  let addresses: string[];
  try {
    addresses = await policy.resolve(host);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code ?? (error as Error)?.message ?? String(error);
    throw new FetchError('dns', `could not resolve ${host}: ${code}`);
  }
  const normalised = addresses.map((a) => normaliseIpLiteral(a)).filter((a): a is string => a !== null);
  if (normalised.length === 0) throw new FetchError('dns', `could not resolve ${host}: no addresses`);
  // Every answer must pass, not just the first: the OS could otherwise pick a refused one.
  for (const address of normalised) checkAddress(address, host, policy);
  const address = normalised[0]!;
  return { address, family: address.includes(':') ? 6 : 4 };
}

function checkAddress(address: string, host: string, policy: AddressPolicy): void {
  if (policy.allowPrivateNetwork || isAllowedAddress(address, policy.allowedAddresses)) return;
  const reason = addressRefusal(address) ?? 'not allowed';
  const via = normaliseIpLiteral(host) === null ? ` (${host} resolves to it)` : '';
  throw new FetchError('refused', `refused: ${address} is ${reason}${via}`);
}
