import { isColumnTarget, type ColumnTarget } from './lead-fields';

/** Export formats recognised from their header sets; each has its own reading of a few names. */
export type ImportFormat = 'apollo' | 'hunter' | 'linkedin_sales_navigator' | 'google_maps' | 'generic';

/** Column header (as in the file) → where its values go. */
export type ColumnMapping = Record<string, ColumnTarget>;

export interface AutoMapResult {
  format: ImportFormat;
  mapping: ColumnMapping;
}

/** The `source` a lead imported from each format gets (the spec's vocabulary). */
export const sourceForFormat: Readonly<Record<ImportFormat, string>> = {
  apollo: 'apollo',
  hunter: 'hunter',
  linkedin_sales_navigator: 'linkedin',
  google_maps: 'google_places',
  generic: 'manual',
};

/**
 * A header as the mapper compares it: case, accents, spaces and punctuation removed
 * ("Company Name", "company_name", "COMPANY-NAME" → "companyname"; "# Employees" → "employees";
 * "Téléphone" → "telephone"). Letters of any script are kept.
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

// Normalised header names per target, in every format. When several columns of a file map to
// one field, the leftmost non-empty value wins and the others are kept in customFields, so
// fallbacks (Apollo's "Company City" after "City") are listed here too.
const synonyms: Record<Exclude<ColumnTarget, 'custom' | 'ignore'>, string[]> = {
  companyName: [
    'company',
    'companyname',
    'organization',
    'organisation',
    'organizationname',
    'accountname',
    'account',
    'businessname',
    'business',
    'employer',
    'firm',
    'companynameforemails',
    'currentcompany',
    'societe',
    'entreprise',
    'raisonsociale',
    'firma',
    'firmenname',
    'unternehmen',
    'empresa',
    'azienda',
    'bedrijf',
  ],
  website: [
    'website',
    'companywebsite',
    'websiteurl',
    'web',
    'site',
    'homepage',
    'domain',
    'companydomain',
    'domainname',
    'organizationwebsite',
    'siteweb',
    'siteinternet',
    'webseite',
    'sitioweb',
    'paginaweb',
  ],
  email: [
    'email',
    'emailaddress',
    'workemail',
    'businessemail',
    'primaryemail',
    'contactemail',
    'mail',
    'email1',
    'courriel',
    'adresseemail',
    'adressemail',
    'correo',
    'correoelectronico',
  ],
  phone: [
    'phone',
    'phonenumber',
    'telephone',
    'tel',
    'telephonenumber',
    'workdirectphone',
    'directphone',
    'workphone',
    'officephone',
    'businessphone',
    'mobilephone',
    'mobile',
    'corporatephone',
    'companyphone',
    'phone1',
    'phoneunformatted',
    'telefon',
    'telefono',
    'telefoon',
    'numerodetelephone',
  ],
  contactName: ['fullname', 'contactname', 'contact', 'personname', 'leadname', 'contactfullname', 'nomcomplet'],
  firstName: ['firstname', 'first', 'givenname', 'prenom', 'vorname', 'nombre'],
  lastName: ['lastname', 'last', 'surname', 'familyname', 'nachname', 'apellido', 'apellidos'],
  jobTitle: ['title', 'jobtitle', 'position', 'role', 'jobrole', 'designation', 'poste', 'fonction', 'cargo'],
  country: ['country', 'companycountry', 'countryname', 'countrycode', 'pays', 'land', 'pais'],
  city: ['city', 'companycity', 'town', 'locality', 'municipality', 'ville', 'stadt', 'ort', 'ciudad', 'citta'],
  address: [
    'address',
    'fulladdress',
    'streetaddress',
    'companyaddress',
    'street',
    'address1',
    'addressline1',
    'adresse',
    'direccion',
    'indirizzo',
  ],
  industry: [
    'industry',
    'companyindustry',
    'sector',
    'vertical',
    'category',
    'maincategory',
    'categoryname',
    'secteur',
    'secteurdactivite',
    'branche',
    'industrie',
  ],
  businessType: ['businesstype', 'companytype', 'typeofbusiness', 'type'],
  companySize: [
    'employees',
    'numberofemployees',
    'employeecount',
    'companysize',
    'size',
    'headcount',
    'companyheadcount',
    'estimatednumemployees',
    'staff',
    'effectif',
  ],
  source: ['source', 'leadsource'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks'],
  tags: ['tags', 'tag', 'labels', 'label'],
  linkedinUrl: [
    'personlinkedinurl',
    'linkedinurl',
    'linkedin',
    'linkedinprofile',
    'linkedinprofileurl',
    'defaultprofileurl',
    'linkedinprofilelink',
    'profileurl',
  ],
  googleRating: ['rating', 'googlerating', 'totalscore', 'stars', 'averagerating'],
  googleReviewCount: [
    'reviews',
    'reviewcount',
    'reviewscount',
    'numberofreviews',
    'googlereviews',
    'googlereviewcount',
    'userratingstotal',
    'totalreviews',
    'ratingcount',
  ],
  priceLevel: ['pricelevel', 'price', 'pricerange'],
  hasWeekendHours: ['hasweekendhours', 'weekendhours', 'openweekends', 'openonweekends'],
  hasGoogleMapsListing: ['hasgooglemapslisting'],
};

const genericTargets = new Map<string, ColumnTarget>();
for (const [target, names] of Object.entries(synonyms)) {
  for (const name of names) if (!genericTargets.has(name)) genericTargets.set(name, target as ColumnTarget);
}

// Where a format reads a name differently from the generic table ('custom': keep, don't map).
const formatOverrides: Record<ImportFormat, Record<string, ColumnTarget>> = {
  apollo: {},
  hunter: { type: 'custom', department: 'custom' },
  linkedin_sales_navigator: { name: 'contactName', profileurl: 'custom', companyurl: 'custom', location: 'custom' },
  // Scrapers call the place's name "title" or "name"; "url" is the Maps link, not the website.
  google_maps: { title: 'companyName', name: 'companyName', type: 'industry', url: 'custom', range: 'priceLevel' },
  generic: { url: 'website' },
};

// Headers characteristic of each format (normalised), from public exports and scraper docs,
// and how many must be present to call a file that format.
const signatures: { format: Exclude<ImportFormat, 'generic'>; needed: number; headers: string[] }[] = [
  {
    format: 'apollo',
    needed: 4,
    headers: [
      'companynameforemails',
      'emailstatus',
      'seniority',
      'departments',
      'workdirectphone',
      'corporatephone',
      'personlinkedinurl',
      'companylinkedinurl',
      'employees',
      'apollocontactid',
      'apolloaccountid',
      'primaryemailsource',
      'contactowner',
      'accountowner',
      'technologies',
      'annualrevenue',
      'totalfunding',
    ],
  },
  {
    format: 'hunter',
    needed: 4,
    headers: [
      'emailaddress',
      'domainname',
      'organization',
      'confidencescore',
      'numberofsources',
      'pattern',
      'department',
      'position',
      'twitterhandle',
      'linkedinurl',
      'phonenumber',
      'verificationstatus',
      'verificationdate',
      'sources',
    ],
  },
  {
    format: 'linkedin_sales_navigator',
    needed: 3,
    headers: [
      'profileurl',
      'linkedinprofileurl',
      'defaultprofileurl',
      'salesnavigatorprofileurl',
      'salesnavigatorurl',
      'vmid',
      'titledescription',
      'companylocation',
      'durationinrole',
      'durationincompany',
      'connectiondegree',
      'sharedconnectionscount',
      'ispremium',
      'isopenlink',
      'regularcompanyurl',
      'pastexperiencecompanyname',
      'profileimageurl',
      'companyid',
    ],
  },
  {
    format: 'google_maps',
    needed: 3,
    headers: [
      'categoryname',
      'totalscore',
      'reviewscount',
      'placeid',
      'cid',
      'fid',
      'pluscode',
      'postalcode',
      'permanentlyclosed',
      'temporarilyclosed',
      'imagescount',
      'searchstring',
      'phoneunformatted',
      'claimthisbusiness',
      'googleid',
      'reviewslink',
      'workinghours',
      'businessstatus',
      'subtypes',
      'locatedin',
      'maincategory',
      'googlemapsurl',
      'openinghours',
      'kgmid',
      'reviewcount',
      'averagerating',
      'fulladdress',
      'latitude',
      'longitude',
    ],
  },
];

export function detectImportFormat(headers: readonly string[]): ImportFormat {
  const present = new Set(headers.map(normaliseHeader));
  let best: { format: ImportFormat; share: number } = { format: 'generic', share: 0 };
  for (const { format, needed, headers: characteristic } of signatures) {
    const hits = characteristic.filter((h) => present.has(h)).length;
    const share = hits / characteristic.length;
    if (hits >= needed && share > best.share) best = { format, share };
  }
  return best.format;
}

const personTargets = new Set<ColumnTarget>(['jobTitle', 'firstName', 'lastName', 'linkedinUrl', 'contactName']);
const placeTargets = new Set<ColumnTarget>(['address', 'city', 'website', 'industry', 'googleRating', 'googleReviewCount']);

/**
 * A first mapping for the wizard: each header to the field its name says, in the file's
 * format, else to 'custom' (kept in customFields). A bare "Name" is the company in a Google-Maps
 * file or in any list of places without a company column; otherwise it is the contact.
 */
export function autoMapColumns(headers: readonly string[]): AutoMapResult {
  const format = detectImportFormat(headers);
  const overrides = formatOverrides[format];
  const mapping: ColumnMapping = {};
  const bareNames: string[] = [];
  for (const header of headers) {
    const key = normaliseHeader(header);
    if (key === 'name' && !(key in overrides)) {
      bareNames.push(header);
      continue;
    }
    mapping[header] = overrides[key] ?? genericTargets.get(key) ?? 'custom';
  }
  if (bareNames.length) {
    const targets = new Set(Object.values(mapping));
    const isPlaceList =
      !targets.has('companyName') && ![...personTargets].some((t) => targets.has(t)) && [...placeTargets].some((t) => targets.has(t));
    const nameTarget: ColumnTarget = targets.has('companyName') || !isPlaceList ? 'contactName' : 'companyName';
    for (const header of bareNames) mapping[header] = nameTarget;
  }
  return { format, mapping };
}

/**
 * Re-applies a mapping saved for an earlier file with the same columns. Headers are matched
 * in their normalised form, so "Company Name" in the saved mapping still applies to
 * "company_name"; headers the saved mapping does not know get the automatic mapping.
 */
export function applySavedMapping(headers: readonly string[], saved: ColumnMapping): ColumnMapping {
  const byKey = new Map<string, ColumnTarget>();
  for (const [header, target] of Object.entries(saved)) if (isColumnTarget(target)) byKey.set(normaliseHeader(header), target);
  const automatic = autoMapColumns(headers).mapping;
  return Object.fromEntries(headers.map((h) => [h, byKey.get(normaliseHeader(h)) ?? automatic[h] ?? 'custom']));
}

/**
 * A stable id of a file's set of columns: the same for the same headers in any order, case or
 * punctuation, so a mapping saved under it can be offered the next time that export arrives.
 */
export function headerSignature(headers: readonly string[]): string {
  const text = headers.map(normaliseHeader).sort().join('\n');
  return `h1-${cyrb53(text).toString(16).padStart(14, '0')}`;
}

/** A 53-bit string hash (cyrb53, public domain): no crypto needed, the same in Node and the browser. */
function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
