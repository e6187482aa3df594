// Where a lead's business hours are: country → IANA zone, and for countries that span several
// zones, city and region tables. Names are matched after lower-casing, removing accents and
// punctuation (see normalisePlaceName), so "São Paulo", "Sao Paulo" and "SAO PAULO" are one key.
// Country names in English, French, German and Spanish also come from Intl.DisplayNames; the
// aliases below add the short forms and spellings people actually type.

/** ISO 3166-1 alpha-2 → the one zone used across the country (for business hours). */
// prettier-ignore
export const SINGLE_ZONE_COUNTRIES: Record<string, string> = {
  // Europe
  AD: 'Europe/Andorra', AL: 'Europe/Tirane', AT: 'Europe/Vienna', AX: 'Europe/Mariehamn', BA: 'Europe/Sarajevo',
  BE: 'Europe/Brussels', BG: 'Europe/Sofia', BY: 'Europe/Minsk', CH: 'Europe/Zurich', CY: 'Asia/Nicosia',
  CZ: 'Europe/Prague', DE: 'Europe/Berlin', DK: 'Europe/Copenhagen', EE: 'Europe/Tallinn', FI: 'Europe/Helsinki',
  FO: 'Atlantic/Faroe', FR: 'Europe/Paris', GB: 'Europe/London', GG: 'Europe/Guernsey', GI: 'Europe/Gibraltar',
  GR: 'Europe/Athens', HR: 'Europe/Zagreb', HU: 'Europe/Budapest', IE: 'Europe/Dublin', IM: 'Europe/Isle_of_Man',
  IS: 'Atlantic/Reykjavik', IT: 'Europe/Rome', JE: 'Europe/Jersey', LI: 'Europe/Vaduz', LT: 'Europe/Vilnius',
  LU: 'Europe/Luxembourg', LV: 'Europe/Riga', MC: 'Europe/Monaco', MD: 'Europe/Chisinau', ME: 'Europe/Podgorica',
  MK: 'Europe/Skopje', MT: 'Europe/Malta', NL: 'Europe/Amsterdam', NO: 'Europe/Oslo', PL: 'Europe/Warsaw',
  RO: 'Europe/Bucharest', RS: 'Europe/Belgrade', SE: 'Europe/Stockholm', SI: 'Europe/Ljubljana', SK: 'Europe/Bratislava',
  SM: 'Europe/San_Marino', TR: 'Europe/Istanbul', UA: 'Europe/Kyiv', VA: 'Europe/Vatican', XK: 'Europe/Belgrade',
  GE: 'Asia/Tbilisi', AM: 'Asia/Yerevan', AZ: 'Asia/Baku',
  // Americas (one zone, or several that keep the same clock, like Argentina's)
  AG: 'America/Antigua', AI: 'America/Anguilla', AR: 'America/Argentina/Buenos_Aires', AW: 'America/Aruba',
  BB: 'America/Barbados', BM: 'Atlantic/Bermuda', BO: 'America/La_Paz', BS: 'America/Nassau', BZ: 'America/Belize',
  CO: 'America/Bogota', CR: 'America/Costa_Rica', CU: 'America/Havana', CW: 'America/Curacao', DM: 'America/Dominica',
  DO: 'America/Santo_Domingo', GD: 'America/Grenada', GF: 'America/Cayenne', GL: 'America/Nuuk', GP: 'America/Guadeloupe',
  GT: 'America/Guatemala', GY: 'America/Guyana', HN: 'America/Tegucigalpa', HT: 'America/Port-au-Prince',
  JM: 'America/Jamaica', KN: 'America/St_Kitts', KY: 'America/Cayman', LC: 'America/St_Lucia', MQ: 'America/Martinique',
  NI: 'America/Managua', PA: 'America/Panama', PE: 'America/Lima', PM: 'America/Miquelon', PR: 'America/Puerto_Rico',
  PY: 'America/Asuncion', SR: 'America/Paramaribo', SV: 'America/El_Salvador', TT: 'America/Port_of_Spain',
  UY: 'America/Montevideo', VC: 'America/St_Vincent', VE: 'America/Caracas', VG: 'America/Tortola', VI: 'America/St_Thomas',
  // Oceania
  NZ: 'Pacific/Auckland', FJ: 'Pacific/Fiji', PG: 'Pacific/Port_Moresby', WS: 'Pacific/Apia', TO: 'Pacific/Tongatapu',
  VU: 'Pacific/Efate', NC: 'Pacific/Noumea', PF: 'Pacific/Tahiti', SB: 'Pacific/Guadalcanal', GU: 'Pacific/Guam',
  MP: 'Pacific/Saipan', CK: 'Pacific/Rarotonga', PW: 'Pacific/Palau',
  // Africa
  AO: 'Africa/Luanda', BF: 'Africa/Ouagadougou', BJ: 'Africa/Porto-Novo', BW: 'Africa/Gaborone', CG: 'Africa/Brazzaville',
  CI: 'Africa/Abidjan', CM: 'Africa/Douala', CV: 'Atlantic/Cape_Verde', DZ: 'Africa/Algiers', EG: 'Africa/Cairo',
  ET: 'Africa/Addis_Ababa', GA: 'Africa/Libreville', GH: 'Africa/Accra', GN: 'Africa/Conakry', KE: 'Africa/Nairobi',
  LY: 'Africa/Tripoli', MA: 'Africa/Casablanca', MG: 'Indian/Antananarivo', ML: 'Africa/Bamako', MU: 'Indian/Mauritius',
  MZ: 'Africa/Maputo', NA: 'Africa/Windhoek', NE: 'Africa/Niamey', NG: 'Africa/Lagos', RE: 'Indian/Reunion',
  RW: 'Africa/Kigali', SC: 'Indian/Mahe', SD: 'Africa/Khartoum', SN: 'Africa/Dakar', TG: 'Africa/Lome', TN: 'Africa/Tunis',
  TZ: 'Africa/Dar_es_Salaam', UG: 'Africa/Kampala', YT: 'Indian/Mayotte', ZA: 'Africa/Johannesburg', ZM: 'Africa/Lusaka',
  ZW: 'Africa/Harare',
  // Middle East and Asia
  AE: 'Asia/Dubai', AF: 'Asia/Kabul', BD: 'Asia/Dhaka', BH: 'Asia/Bahrain', BN: 'Asia/Brunei', BT: 'Asia/Thimphu',
  CN: 'Asia/Shanghai', HK: 'Asia/Hong_Kong', IL: 'Asia/Jerusalem', IN: 'Asia/Kolkata', IQ: 'Asia/Baghdad', IR: 'Asia/Tehran',
  JO: 'Asia/Amman', JP: 'Asia/Tokyo', KG: 'Asia/Bishkek', KH: 'Asia/Phnom_Penh', KR: 'Asia/Seoul', KW: 'Asia/Kuwait',
  LA: 'Asia/Vientiane', LB: 'Asia/Beirut', LK: 'Asia/Colombo', MM: 'Asia/Yangon', MO: 'Asia/Macau', MV: 'Indian/Maldives',
  MY: 'Asia/Kuala_Lumpur', NP: 'Asia/Kathmandu', OM: 'Asia/Muscat', PH: 'Asia/Manila', PK: 'Asia/Karachi', PS: 'Asia/Hebron',
  QA: 'Asia/Qatar', SA: 'Asia/Riyadh', SG: 'Asia/Singapore', SY: 'Asia/Damascus', TH: 'Asia/Bangkok', TJ: 'Asia/Dushanbe',
  TM: 'Asia/Ashgabat', TW: 'Asia/Taipei', UZ: 'Asia/Tashkent', VN: 'Asia/Ho_Chi_Minh', YE: 'Asia/Aden',
};

/**
 * Countries spanning zones. `zone` is the most populous zone (the fallback). `cities` and
 * `regions` map zone → names separated by "|" (regions include their usual abbreviations).
 * A region spanning zones is listed under each; "+" marks its secondary ones (Texas is Central,
 * "+texas" under Mountain for El Paso), so a city from either zone keeps its own.
 */
export interface MultiZoneCountry {
  zone: string;
  cities: Record<string, string>;
  regions?: Record<string, string>;
}

// prettier-ignore
export const MULTI_ZONE_COUNTRIES: Record<string, MultiZoneCountry> = {
  US: {
    zone: 'America/New_York',
    cities: {
      'America/New_York':
        'new york|new york city|nyc|manhattan|brooklyn|queens|bronx|staten island|philadelphia|boston|washington|washington dc|baltimore|atlanta|miami|orlando|tampa|jacksonville|charlotte|raleigh|durham|greensboro|richmond|virginia beach|norfolk|pittsburgh|cleveland|columbus|cincinnati|toledo|akron|buffalo|rochester|syracuse|albany|newark|jersey city|hoboken|providence|hartford|new haven|stamford|wilmington|charleston|columbia|savannah|fort lauderdale|st petersburg|saint petersburg|tallahassee|west palm beach|boca raton|hialeah|sarasota|naples|gainesville|burlington|portland maine|manchester|worcester|springfield ma|cambridge|somerville|arlington va|alexandria|knoxville|chattanooga|lexington|asheville|augusta|athens|macon|allentown|scranton|harrisburg|erie|dayton|yonkers|white plains|long island|trenton|princeton|morristown|annapolis|bethesda|silver spring',
      'America/Detroit': 'detroit|grand rapids|ann arbor|lansing|flint|dearborn|kalamazoo|troy|warren',
      'America/Indiana/Indianapolis': 'indianapolis|fort wayne|south bend|bloomington in|carmel|fishers',
      'America/Kentucky/Louisville': 'louisville',
      'America/Chicago':
        'chicago|houston|dallas|san antonio|austin|fort worth|arlington|plano|irving|frisco|mckinney|corpus christi|lubbock|laredo|waco|galveston|the woodlands|sugar land|memphis|nashville|new orleans|baton rouge|shreveport|lafayette|kansas city|st louis|saint louis|omaha|lincoln|minneapolis|saint paul|st paul|bloomington|rochester mn|milwaukee|madison|green bay|des moines|cedar rapids|oklahoma city|tulsa|wichita|topeka|little rock|jackson|birmingham|montgomery|huntsville|mobile|pensacola|fargo|sioux falls|naperville|aurora il|evanston|springfield il|peoria|overland park|murfreesboro|clarksville|brownsville|mcallen|killeen|amarillo|tyler|college station',
      'America/Denver':
        'denver|boulder|aurora|colorado springs|fort collins|salt lake city|provo|ogden|albuquerque|santa fe|las cruces|el paso|billings|missoula|bozeman|cheyenne|casper|lakewood|park city|durango|aspen',
      'America/Boise': 'boise|nampa|meridian|idaho falls',
      'America/Phoenix': 'phoenix|tucson|mesa|scottsdale|chandler|gilbert|glendale|tempe|peoria az|flagstaff|yuma',
      'America/Los_Angeles':
        'los angeles|la|san francisco|sf|san diego|san jose|oakland|sacramento|fresno|long beach|anaheim|santa ana|irvine|riverside|bakersfield|stockton|santa monica|pasadena|berkeley|palo alto|mountain view|sunnyvale|santa clara|cupertino|menlo park|redwood city|silicon valley|santa barbara|santa cruz|beverly hills|hollywood|burbank|malibu|seattle|tacoma|bellevue|redmond|spokane|olympia|vancouver wa|portland|eugene|salem|bend|las vegas|henderson|reno|carson city|palm springs|san bernardino|modesto|chula vista|huntington beach|newport beach|ventura|oxnard|monterey|napa|sonoma',
      'America/Anchorage': 'anchorage|fairbanks|juneau',
      'Pacific/Honolulu': 'honolulu|hilo|maui|kailua',
    },
    regions: {
      'America/New_York':
        'connecticut|ct|delaware|de|district of columbia|dc|d c|florida|fl|georgia|ga|maine|me|maryland|md|massachusetts|ma|new hampshire|nh|new jersey|nj|new york|ny|north carolina|nc|ohio|oh|pennsylvania|pa|rhode island|ri|south carolina|sc|vermont|vt|virginia|va|west virginia|wv|+tennessee|+tn',
      'America/Detroit': 'michigan|mi',
      'America/Indiana/Indianapolis': 'indiana|in',
      'America/Kentucky/Louisville': 'kentucky|ky',
      'America/Chicago':
        'alabama|al|arkansas|ar|illinois|il|iowa|ia|kansas|ks|louisiana|la|minnesota|mn|mississippi|ms|missouri|mo|nebraska|ne|north dakota|nd|oklahoma|ok|south dakota|sd|texas|tx|wisconsin|wi|tennessee|tn|+kentucky|+ky|+indiana|+in|+florida|+fl|+michigan|+mi',
      'America/Denver': 'colorado|co|montana|mt|new mexico|nm|utah|ut|wyoming|wy|+texas|+tx|+kansas|+ks|+nebraska|+ne|+north dakota|+nd|+south dakota|+sd|+idaho|+id|+oregon|+or',
      'America/Boise': 'idaho|id|+oregon|+or',
      'America/Phoenix': 'arizona|az',
      'America/Los_Angeles': 'california|ca|nevada|nv|oregon|or|washington|wa|+idaho|+id',
      'America/Anchorage': 'alaska|ak',
      'Pacific/Honolulu': 'hawaii|hi',
    },
  },
  CA: {
    zone: 'America/Toronto',
    cities: {
      'America/Toronto':
        'toronto|ottawa|montreal|montréal|quebec|quebec city|laval|gatineau|mississauga|brampton|hamilton|london|kitchener|waterloo|windsor|markham|vaughan|oakville|burlington|sherbrooke|trois rivieres|kingston|barrie|guelph|sudbury|oshawa|richmond hill|longueuil|levis',
      'America/Vancouver': 'vancouver|victoria|surrey|burnaby|richmond|kelowna|abbotsford|coquitlam|nanaimo|kamloops|north vancouver|whistler',
      'America/Edmonton': 'calgary|edmonton|red deer|lethbridge|banff|canmore|fort mcmurray|yellowknife',
      'America/Winnipeg': 'winnipeg|brandon',
      'America/Regina': 'regina|saskatoon|moose jaw|prince albert',
      'America/Halifax': 'halifax|dartmouth|sydney ns|charlottetown|truro',
      'America/Moncton': 'moncton|fredericton|saint john|dieppe|miramichi',
      'America/St_Johns': "st john's|st johns|saint john's|mount pearl|corner brook",
      'America/Whitehorse': 'whitehorse',
      'America/Iqaluit': 'iqaluit',
    },
    regions: {
      'America/Toronto': 'ontario|on|quebec|qc|québec|nunavut|nu',
      'America/Vancouver': 'british columbia|bc|colombie britannique',
      'America/Edmonton': 'alberta|ab|northwest territories|nt',
      'America/Winnipeg': 'manitoba|mb',
      'America/Regina': 'saskatchewan|sk',
      'America/Halifax': 'nova scotia|ns|nouvelle ecosse|prince edward island|pe|pei',
      'America/Moncton': 'new brunswick|nb|nouveau brunswick',
      'America/St_Johns': 'newfoundland and labrador|newfoundland|nl|terre neuve',
      'America/Whitehorse': 'yukon|yt',
    },
  },
  AU: {
    zone: 'Australia/Sydney',
    cities: {
      'Australia/Sydney': 'sydney|newcastle|wollongong|canberra|central coast|parramatta|byron bay|coffs harbour|albury|wagga wagga',
      'Australia/Melbourne': 'melbourne|geelong|ballarat|bendigo',
      'Australia/Brisbane': 'brisbane|gold coast|sunshine coast|cairns|townsville|toowoomba|mackay|rockhampton|noosa',
      'Australia/Perth': 'perth|fremantle|mandurah|bunbury|joondalup',
      'Australia/Adelaide': 'adelaide|mount gambier',
      'Australia/Hobart': 'hobart|launceston|devonport',
      'Australia/Darwin': 'darwin|alice springs',
      'Australia/Broken_Hill': 'broken hill',
    },
    regions: {
      'Australia/Sydney': 'new south wales|nsw|australian capital territory|act',
      'Australia/Melbourne': 'victoria|vic',
      'Australia/Brisbane': 'queensland|qld',
      'Australia/Perth': 'western australia|wa',
      'Australia/Adelaide': 'south australia|sa',
      'Australia/Hobart': 'tasmania|tas',
      'Australia/Darwin': 'northern territory|nt',
    },
  },
  BR: {
    zone: 'America/Sao_Paulo',
    cities: {
      'America/Sao_Paulo':
        'sao paulo|rio de janeiro|rio|belo horizonte|brasilia|curitiba|porto alegre|goiania|campinas|florianopolis|santos|guarulhos|niteroi|vitoria|uberlandia|ribeirao preto|sorocaba|joinville|londrina|juiz de fora',
      'America/Bahia': 'salvador|feira de santana',
      'America/Recife': 'recife|joao pessoa|natal|olinda',
      'America/Fortaleza': 'fortaleza|teresina|sao luis',
      'America/Maceio': 'maceio|aracaju',
      'America/Belem': 'belem|macapa',
      'America/Araguaina': 'palmas|araguaina',
      'America/Manaus': 'manaus',
      'America/Cuiaba': 'cuiaba',
      'America/Campo_Grande': 'campo grande',
      'America/Porto_Velho': 'porto velho',
      'America/Boa_Vista': 'boa vista',
      'America/Rio_Branco': 'rio branco',
      'America/Noronha': 'fernando de noronha',
    },
    regions: {
      'America/Sao_Paulo': 'sao paulo|sp|rio de janeiro|rj|minas gerais|mg|parana|pr|santa catarina|sc|rio grande do sul|rs|goias|go|distrito federal|df|espirito santo|es',
      'America/Bahia': 'bahia|ba',
      'America/Recife': 'pernambuco|pe|paraiba|pb|rio grande do norte|rn',
      'America/Fortaleza': 'ceara|ce|piaui|pi|maranhao|ma',
      'America/Maceio': 'alagoas|al|sergipe|se',
      'America/Belem': 'para|pa|amapa|ap',
      'America/Araguaina': 'tocantins|to',
      'America/Manaus': 'amazonas|am',
      'America/Cuiaba': 'mato grosso|mt',
      'America/Campo_Grande': 'mato grosso do sul|ms',
      'America/Porto_Velho': 'rondonia|ro',
      'America/Boa_Vista': 'roraima|rr',
      'America/Rio_Branco': 'acre|ac',
    },
  },
  MX: {
    zone: 'America/Mexico_City',
    cities: {
      'America/Mexico_City':
        'mexico city|ciudad de mexico|cdmx|mexico df|guadalajara|puebla|leon|queretaro|toluca|aguascalientes|morelia|san luis potosi|oaxaca|veracruz|acapulco|cuernavaca|zapopan|tlaquepaque|puerto vallarta|villahermosa|tuxtla gutierrez|pachuca|xalapa',
      'America/Monterrey': 'monterrey|san pedro garza garcia|saltillo|torreon|reynosa|matamoros|nuevo laredo|tampico',
      'America/Merida': 'merida|campeche',
      'America/Cancun': 'cancun|playa del carmen|tulum|cozumel|chetumal',
      'America/Tijuana': 'tijuana|mexicali|ensenada|rosarito',
      'America/Hermosillo': 'hermosillo|ciudad obregon|nogales|guaymas',
      'America/Mazatlan': 'mazatlan|culiacan|la paz|los cabos|cabo san lucas|tepic',
      'America/Chihuahua': 'chihuahua',
      'America/Ciudad_Juarez': 'ciudad juarez|juarez',
    },
    regions: {
      'America/Mexico_City': 'ciudad de mexico|cdmx|jalisco|puebla|guanajuato|queretaro|estado de mexico|michoacan|oaxaca|veracruz|guerrero|morelos|hidalgo|chiapas|tabasco|aguascalientes|san luis potosi|zacatecas|colima|tlaxcala|durango',
      'America/Monterrey': 'nuevo leon|coahuila|tamaulipas',
      'America/Merida': 'yucatan|campeche',
      'America/Cancun': 'quintana roo',
      'America/Tijuana': 'baja california',
      'America/Hermosillo': 'sonora',
      'America/Mazatlan': 'sinaloa|nayarit|baja california sur',
      'America/Chihuahua': 'chihuahua',
    },
  },
  RU: {
    zone: 'Europe/Moscow',
    cities: {
      'Europe/Moscow': 'moscow|moskva|saint petersburg|st petersburg|sankt peterburg|kazan|nizhny novgorod|rostov on don|voronezh|krasnodar|sochi|yaroslavl|tula',
      'Europe/Kaliningrad': 'kaliningrad',
      'Europe/Samara': 'samara|izhevsk|tolyatti',
      'Europe/Volgograd': 'volgograd',
      'Europe/Saratov': 'saratov',
      'Asia/Yekaterinburg': 'yekaterinburg|ekaterinburg|chelyabinsk|ufa|perm|tyumen|orenburg',
      'Asia/Omsk': 'omsk',
      'Asia/Novosibirsk': 'novosibirsk',
      'Asia/Krasnoyarsk': 'krasnoyarsk|kemerovo|novokuznetsk',
      'Asia/Irkutsk': 'irkutsk|ulan ude',
      'Asia/Yakutsk': 'yakutsk|chita',
      'Asia/Vladivostok': 'vladivostok|khabarovsk',
      'Asia/Magadan': 'magadan',
      'Asia/Kamchatka': 'petropavlovsk kamchatsky',
    },
  },
  ID: {
    zone: 'Asia/Jakarta',
    cities: {
      'Asia/Jakarta': 'jakarta|surabaya|bandung|medan|semarang|yogyakarta|palembang|tangerang|bekasi|depok|bogor|malang|padang|pekanbaru',
      'Asia/Pontianak': 'pontianak|palangkaraya',
      'Asia/Makassar': 'makassar|denpasar|bali|ubud|kuta|balikpapan|manado|samarinda|banjarmasin|mataram|kupang',
      'Asia/Jayapura': 'jayapura|ambon|sorong',
    },
  },
  KZ: {
    zone: 'Asia/Almaty',
    cities: {
      'Asia/Almaty': 'almaty|astana|nur sultan|shymkent|karaganda',
      'Asia/Aqtobe': 'aktobe|aqtobe',
      'Asia/Atyrau': 'atyrau',
      'Asia/Aqtau': 'aktau|aqtau',
      'Asia/Oral': 'oral|uralsk',
    },
  },
  CL: { zone: 'America/Santiago', cities: { 'America/Santiago': 'santiago|valparaiso|concepcion|vina del mar|antofagasta', 'America/Punta_Arenas': 'punta arenas', 'Pacific/Easter': 'easter island|hanga roa|isla de pascua' } },
  EC: { zone: 'America/Guayaquil', cities: { 'America/Guayaquil': 'guayaquil|quito|cuenca', 'Pacific/Galapagos': 'galapagos|puerto ayora' } },
  ES: {
    zone: 'Europe/Madrid',
    cities: { 'Europe/Madrid': 'madrid|barcelona|valencia|sevilla|seville|bilbao|malaga|zaragoza|palma|ceuta|melilla', 'Atlantic/Canary': 'las palmas|las palmas de gran canaria|santa cruz de tenerife|tenerife|gran canaria|lanzarote|fuerteventura' },
    regions: { 'Atlantic/Canary': 'canarias|canary islands|islas canarias|iles canaries' },
  },
  PT: {
    zone: 'Europe/Lisbon',
    cities: { 'Europe/Lisbon': 'lisbon|lisboa|porto|braga|coimbra|faro|funchal', 'Atlantic/Azores': 'ponta delgada|angra do heroismo|horta' },
    regions: { 'Atlantic/Azores': 'azores|acores|açores', 'Atlantic/Madeira': 'madeira' },
  },
  CD: { zone: 'Africa/Kinshasa', cities: { 'Africa/Kinshasa': 'kinshasa|matadi', 'Africa/Lubumbashi': 'lubumbashi|goma|bukavu|kisangani|mbuji mayi' } },
  KI: { zone: 'Pacific/Tarawa', cities: { 'Pacific/Tarawa': 'tarawa', 'Pacific/Kiritimati': 'kiritimati' } },
  FM: { zone: 'Pacific/Pohnpei', cities: { 'Pacific/Pohnpei': 'pohnpei|palikir', 'Pacific/Chuuk': 'chuuk|weno' } },
  MN: { zone: 'Asia/Ulaanbaatar', cities: { 'Asia/Ulaanbaatar': 'ulaanbaatar|ulan bator', 'Asia/Hovd': 'khovd|hovd' } },
};

/** Spellings that Intl.DisplayNames does not give (short forms, old names, English without articles). */
// prettier-ignore
export const COUNTRY_ALIASES: Record<string, string> = {
  usa: 'US', us: 'US', 'u s': 'US', 'u s a': 'US', america: 'US', 'united states of america': 'US', 'etats unis': 'US', 'etats unis d amerique': 'US', eeuu: 'US', 'ee uu': 'US', 'estados unidos de america': 'US', 'vereinigte staaten von amerika': 'US',
  uk: 'GB', 'u k': 'GB', britain: 'GB', 'great britain': 'GB', england: 'GB', scotland: 'GB', wales: 'GB', 'northern ireland': 'GB', 'united kingdom of great britain and northern ireland': 'GB', angleterre: 'GB', ecosse: 'GB', 'grande bretagne': 'GB', grossbritannien: 'GB', 'gran bretana': 'GB', inglaterra: 'GB',
  holland: 'NL', 'the netherlands': 'NL', hollande: 'NL', 'pays bas': 'NL', 'paises bajos': 'NL', nederland: 'NL',
  deutschland: 'DE', allemagne: 'DE', alemania: 'DE', germany: 'DE', brd: 'DE',
  osterreich: 'AT', oesterreich: 'AT', autriche: 'AT', schweiz: 'CH', suisse: 'CH', svizzera: 'CH', suiza: 'CH',
  espana: 'ES', espagne: 'ES', spanien: 'ES', italia: 'IT', italie: 'IT', italien: 'IT', belgique: 'BE', belgie: 'BE', belgien: 'BE', belgica: 'BE',
  'czech republic': 'CZ', czechia: 'CZ', 'republique tcheque': 'CZ', tschechien: 'CZ', 'republica checa': 'CZ',
  'republic of ireland': 'IE', eire: 'IE', irlande: 'IE', irland: 'IE', irlanda: 'IE',
  'south korea': 'KR', korea: 'KR', 'republic of korea': 'KR', 'coree du sud': 'KR', russia: 'RU', 'russian federation': 'RU', russie: 'RU', russland: 'RU', rusia: 'RU',
  uae: 'AE', 'u a e': 'AE', emirates: 'AE', 'united arab emirates': 'AE', turkey: 'TR', turkiye: 'TR', turquie: 'TR', turkei: 'TR', turquia: 'TR',
  'ivory coast': 'CI', 'cote d ivoire': 'CI', 'hong kong sar': 'HK', 'hong kong sar china': 'HK', 'macao sar china': 'MO', taiwan: 'TW', vietnam: 'VN', 'viet nam': 'VN',
  'new zealand': 'NZ', aotearoa: 'NZ', 'nouvelle zelande': 'NZ', neuseeland: 'NZ', 'nueva zelanda': 'NZ', australie: 'AU', australien: 'AU',
  mexique: 'MX', mejico: 'MX', mexiko: 'MX', bresil: 'BR', brasil: 'BR', brasilien: 'BR', kanada: 'CA', canada: 'CA',
  bosnia: 'BA', 'bosnia herzegovina': 'BA', macedonia: 'MK', 'north macedonia': 'MK', moldova: 'MD', kosovo: 'XK', 'vatican city': 'VA', 'holy see': 'VA',
  'dominican republic': 'DO', 'republica dominicana': 'DO', 'puerto rico': 'PR', 'trinidad': 'TT', 'trinidad and tobago': 'TT', 'st lucia': 'LC', 'saint lucia': 'LC',
  'dr congo': 'CD', drc: 'CD', 'democratic republic of the congo': 'CD', 'congo kinshasa': 'CD', 'congo brazzaville': 'CG', 'republic of the congo': 'CG',
  palestine: 'PS', 'palestinian territories': 'PS', burma: 'MM', myanmar: 'MM', 'cape verde': 'CV', 'cabo verde': 'CV', micronesia: 'FM',
};

/** Main cities of single-zone countries, to place a lead whose country is empty. */
// prettier-ignore
export const WORLD_CITIES: Record<string, string> = {
  london: 'GB', manchester: 'GB', birmingham: 'GB', edinburgh: 'GB', glasgow: 'GB', bristol: 'GB', leeds: 'GB', liverpool: 'GB',
  paris: 'FR', lyon: 'FR', marseille: 'FR', toulouse: 'FR', nice: 'FR', nantes: 'FR', bordeaux: 'FR', lille: 'FR', strasbourg: 'FR', montpellier: 'FR', rennes: 'FR',
  berlin: 'DE', hamburg: 'DE', munich: 'DE', munchen: 'DE', cologne: 'DE', koln: 'DE', frankfurt: 'DE', stuttgart: 'DE', dusseldorf: 'DE', leipzig: 'DE', dresden: 'DE',
  madrid: 'ES', barcelona: 'ES', seville: 'ES', sevilla: 'ES', bilbao: 'ES', malaga: 'ES', rome: 'IT', roma: 'IT', milan: 'IT', milano: 'IT', naples: 'IT', napoli: 'IT', turin: 'IT', torino: 'IT', florence: 'IT', firenze: 'IT', bologna: 'IT',
  amsterdam: 'NL', rotterdam: 'NL', 'the hague': 'NL', utrecht: 'NL', eindhoven: 'NL', brussels: 'BE', bruxelles: 'BE', antwerp: 'BE', anvers: 'BE', ghent: 'BE', gent: 'BE', liege: 'BE',
  zurich: 'CH', geneva: 'CH', geneve: 'CH', genf: 'CH', basel: 'CH', bern: 'CH', lausanne: 'CH', vienna: 'AT', wien: 'AT', graz: 'AT', salzburg: 'AT', innsbruck: 'AT',
  lisbon: 'PT', lisboa: 'PT', porto: 'PT', dublin: 'IE', cork: 'IE', copenhagen: 'DK', kobenhavn: 'DK', aarhus: 'DK', stockholm: 'SE', gothenburg: 'SE', goteborg: 'SE', malmo: 'SE',
  oslo: 'NO', bergen: 'NO', helsinki: 'FI', tampere: 'FI', reykjavik: 'IS', warsaw: 'PL', warszawa: 'PL', krakow: 'PL', wroclaw: 'PL', gdansk: 'PL', poznan: 'PL',
  prague: 'CZ', praha: 'CZ', brno: 'CZ', bratislava: 'SK', budapest: 'HU', bucharest: 'RO', bucuresti: 'RO', 'cluj napoca': 'RO', sofia: 'BG', athens: 'GR', athina: 'GR', thessaloniki: 'GR',
  zagreb: 'HR', split: 'HR', ljubljana: 'SI', belgrade: 'RS', beograd: 'RS', sarajevo: 'BA', tallinn: 'EE', riga: 'LV', vilnius: 'LT', luxembourg: 'LU', valletta: 'MT', monaco: 'MC',
  kyiv: 'UA', kiev: 'UA', lviv: 'UA', istanbul: 'TR', ankara: 'TR', izmir: 'TR', nicosia: 'CY', limassol: 'CY', tbilisi: 'GE', yerevan: 'AM', baku: 'AZ', minsk: 'BY', chisinau: 'MD',
  'buenos aires': 'AR', cordoba: 'AR', rosario: 'AR', mendoza: 'AR', bogota: 'CO', medellin: 'CO', cali: 'CO', barranquilla: 'CO', cartagena: 'CO', lima: 'PE', arequipa: 'PE',
  montevideo: 'UY', asuncion: 'PY', 'la paz bolivia': 'BO', 'santa cruz de la sierra': 'BO', caracas: 'VE', 'panama city': 'PA', 'san jose costa rica': 'CR', 'guatemala city': 'GT', 'san salvador': 'SV',
  tegucigalpa: 'HN', managua: 'NI', havana: 'CU', 'la habana': 'CU', 'santo domingo': 'DO', 'san juan': 'PR', kingston: 'JM',
  auckland: 'NZ', wellington: 'NZ', christchurch: 'NZ', queenstown: 'NZ', suva: 'FJ',
  tokyo: 'JP', osaka: 'JP', seoul: 'KR', beijing: 'CN', shanghai: 'CN', shenzhen: 'CN', 'hong kong': 'HK', taipei: 'TW', singapore: 'SG', 'kuala lumpur': 'MY', bangkok: 'TH',
  manila: 'PH', 'ho chi minh city': 'VN', hanoi: 'VN', mumbai: 'IN', delhi: 'IN', 'new delhi': 'IN', bangalore: 'IN', bengaluru: 'IN', hyderabad: 'IN', chennai: 'IN', pune: 'IN', kolkata: 'IN',
  karachi: 'PK', lahore: 'PK', dhaka: 'BD', colombo: 'LK', dubai: 'AE', 'abu dhabi': 'AE', doha: 'QA', riyadh: 'SA', jeddah: 'SA', 'tel aviv': 'IL', jerusalem: 'IL', beirut: 'LB', amman: 'JO',
  cairo: 'EG', casablanca: 'MA', rabat: 'MA', marrakech: 'MA', tunis: 'TN', algiers: 'DZ', alger: 'DZ', lagos: 'NG', abuja: 'NG', nairobi: 'KE', accra: 'GH', dakar: 'SN', abidjan: 'CI',
  johannesburg: 'ZA', 'cape town': 'ZA', durban: 'ZA', pretoria: 'ZA', 'addis ababa': 'ET', kigali: 'RW', kampala: 'UG', 'dar es salaam': 'TZ',
};
