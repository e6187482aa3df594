// Which time zone a lead's business hours are in, from the country and city the lead came with.
// Confidence says how far to trust it:
// - exact: the data pins the zone (a single-zone country, or a known city or region in a
//   multi-zone one);
// - country: a reasonable guess (a multi-zone country's most populous zone, or a well-known city
//   whose country was empty);
// - fallback: nothing usable; the campaign's own zone is used.
import { MULTI_ZONE_COUNTRIES, COUNTRY_ALIASES, SINGLE_ZONE_COUNTRIES, WORLD_CITIES } from './time-zone-data';

export type ZoneConfidence = 'exact' | 'country' | 'fallback';

export interface RecipientZone {
  zone: string;
  confidence: ZoneConfidence;
  /** Why, in words: "country France", "city Denver (United States)", "no country". */
  reason: string;
}

export interface LeadPlace {
  country?: string | null;
  city?: string | null;
  /** State, province or region when the lead has one; "Austin, TX" in `city` works too. */
  region?: string | null;
}

/** Lower case, no accents, punctuation as spaces: "Saint-Étienne" → "saint etienne", "U.S.A." → "u s a". */
export function normalisePlaceName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/['’`.\-_/(),]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface CountryIndex {
  byName: Map<string, string>;
  cities: Map<string, Map<string, string>>;
  regions: Map<string, Map<string, string[]>>;
  worldCities: Map<string, { country: string; zone: string }>;
}

let index: CountryIndex | null = null;

function splitNames(list: string): string[] {
  return list.split('|').map(normalisePlaceName).filter(Boolean);
}

function buildIndex(): CountryIndex {
  const codes = [...Object.keys(SINGLE_ZONE_COUNTRIES), ...Object.keys(MULTI_ZONE_COUNTRIES)];
  const byName = new Map<string, string>();
  for (const code of codes) byName.set(code.toLowerCase(), code);
  // The names a user types in the four languages the app's users write in most.
  for (const locale of ['en', 'fr', 'de', 'es']) {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([locale], { type: 'region' });
    } catch {
      continue;
    }
    for (const code of codes) {
      const name = names.of(code);
      if (name && name !== code) byName.set(normalisePlaceName(name), code);
    }
  }
  for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) byName.set(normalisePlaceName(alias), code);

  const cities = new Map<string, Map<string, string>>();
  const regions = new Map<string, Map<string, string[]>>();
  for (const [code, country] of Object.entries(MULTI_ZONE_COUNTRIES)) {
    const cityMap = new Map<string, string>();
    for (const [zone, list] of Object.entries(country.cities))
      for (const name of splitNames(list)) if (!cityMap.has(name)) cityMap.set(name, zone);
    cities.set(code, cityMap);
    const regionMap = new Map<string, string[]>();
    for (const [zone, list] of Object.entries(country.regions ?? {}))
      for (const raw of list.split('|')) {
        const secondary = raw.startsWith('+');
        const name = normalisePlaceName(secondary ? raw.slice(1) : raw);
        const zones = regionMap.get(name) ?? [];
        regionMap.set(name, secondary ? [...zones, zone] : [zone, ...zones]);
      }
    regions.set(code, regionMap);
  }
  const worldCities = new Map<string, { country: string; zone: string }>();
  for (const [city, code] of Object.entries(WORLD_CITIES)) {
    const zone = SINGLE_ZONE_COUNTRIES[code];
    if (zone) worldCities.set(normalisePlaceName(city), { country: code, zone });
  }
  // Big cities of multi-zone countries, for a lead with only a city. A name found in two
  // countries (Vancouver, Richmond) stays with the first; the lead's country settles it otherwise.
  for (const [code, cityMap] of cities)
    for (const [city, zone] of cityMap) if (!worldCities.has(city)) worldCities.set(city, { country: code, zone });
  return { byName, cities, regions, worldCities };
}

function getIndex(): CountryIndex {
  index ??= buildIndex();
  return index;
}

/** ISO 3166-1 alpha-2 code for a country name or code in any case and common spellings, or null. */
export function countryCode(country: string | null | undefined): string | null {
  if (!country) return null;
  const key = normalisePlaceName(country);
  if (!key) return null;
  return getIndex().byName.get(key) ?? getIndex().byName.get(key.replace(/^the /, '')) ?? null;
}

let englishNames: Intl.DisplayNames | null | undefined;

function countryLabel(code: string): string {
  if (englishNames === undefined) {
    try {
      englishNames = new Intl.DisplayNames(['en'], { type: 'region' });
    } catch {
      englishNames = null;
    }
  }
  return englishNames?.of(code) ?? code;
}

/** "Austin, TX" → city "austin", region "tx"; an explicit region wins over the one in the city. */
function splitCityAndRegion(place: LeadPlace): { city: string; region: string } {
  const rawCity = place.city ?? '';
  const comma = rawCity.indexOf(',');
  const city = normalisePlaceName(comma >= 0 ? rawCity.slice(0, comma) : rawCity);
  const regionFromCity = comma >= 0 ? normalisePlaceName(rawCity.slice(comma + 1)) : '';
  return { city, region: place.region ? normalisePlaceName(place.region) : regionFromCity };
}

/** The zone of a lead's business hours; `fallbackZone` when nothing in the data places it. */
export function inferRecipientTimeZone(place: LeadPlace, fallbackZone: string): RecipientZone {
  const idx = getIndex();
  const code = countryCode(place.country);
  const { city, region } = splitCityAndRegion(place);

  if (code) {
    const name = countryLabel(code);
    const single = SINGLE_ZONE_COUNTRIES[code];
    if (single) return { zone: single, confidence: 'exact', reason: `country ${name}` };
    const multi = MULTI_ZONE_COUNTRIES[code]!;
    const cityZone = city ? idx.cities.get(code)!.get(city) : undefined;
    const regionZones = region ? idx.regions.get(code)!.get(region) : undefined;
    if (regionZones) {
      // A region spanning zones keeps the city's zone when the city is one of them (El Paso, TX).
      if (cityZone && regionZones.includes(cityZone))
        return { zone: cityZone, confidence: 'exact', reason: `city ${place.city} (${name})` };
      return { zone: regionZones[0]!, confidence: 'exact', reason: `region ${region.toUpperCase()} (${name})` };
    }
    if (cityZone) return { zone: cityZone, confidence: 'exact', reason: `city ${place.city} (${name})` };
    return {
      zone: multi.zone,
      confidence: 'country',
      reason: city ? `city ${place.city} not known in ${name}: its most populous zone` : `${name} without a city: its most populous zone`,
    };
  }

  const known = city ? idx.worldCities.get(city) : undefined;
  if (known)
    return {
      zone: known.zone,
      confidence: 'country',
      reason: `city ${place.city}, no country given: assumed ${countryLabel(known.country)}`,
    };
  const why = place.country ? `country "${place.country}" not recognised` : 'no country';
  return { zone: fallbackZone, confidence: 'fallback', reason: `${why}: the campaign's zone` };
}

/** The zone a campaign reads its window in for one lead: its fixed zone, or the lead's own. */
export type ZoneMode = { kind: 'fixed'; zone: string } | { kind: 'recipient' };

export function zoneForLead(mode: ZoneMode, leadZone: string | null | undefined, campaignZone: string): string {
  if (mode.kind === 'fixed') return mode.zone;
  return leadZone || campaignZone;
}
