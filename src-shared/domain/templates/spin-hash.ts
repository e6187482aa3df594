import { charCodeAt } from './char-code';
// Spintax choices must agree between the preview (renderer process) and the real send (main
// process), so they come from a small pure hash of the lead id instead of Math.random.

/** FNV-1a, 32-bit, over UTF-16 code units: tiny, dependency-free, good enough to seed. */
export function fnv1a32(text: string): number {
  // As int32 from the start: the offset basis as a double would keep the loop off integer math.
  let hash = 0x811c9dc5 | 0;
  const length = text.length; // read once: see char-code.ts
  for (let i = 0; i < length; i++) hash = Math.imul(hash ^ charCodeAt(text, i), 0x01000193);
  return hash >>> 0;
}

/** murmur3's finaliser: spreads nearby seeds (lead-1, lead-2, ...) over the whole 32-bit range. */
export function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Which of `count` options a lead gets for one spintax group: same lead, same group → same pick. */
export function pickOption(leadSeed: number, groupKey: number, count: number): number {
  return pickMixedOption(leadSeed, mix32(groupKey), count);
}

/** pickOption with the group's half of the hash, mix32(groupKey) (as int32 or uint32), worked out once per template. */
export function pickMixedOption(leadSeed: number, mixedGroupKey: number, count: number): number {
  return unsignedModulo(mix32(leadSeed ^ mixedGroupKey), count);
}

/**
 * `value % count` for a uint32 value. V8 works out `%` of a number above 2^31 in floating point
 * (x87 fprem, tens of cycles); taken in two 16-bit halves, it stays in integer division:
 * (high * 2^16 + low) mod count = ((high mod count) * 2^16 + low) mod count.
 */
function unsignedModulo(value: number, count: number): number {
  if (count > 0x7fff) return value % count; // the halves would overflow int32
  return ((((value >>> 16) % count) << 16) + (value & 0xffff)) % count;
}
