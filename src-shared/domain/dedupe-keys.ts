import { normaliseCompanyName } from './company-name';
import type { NormalisedLead } from './normalise-lead';

export interface DedupeKeys {
  email?: string;
  domainCompany?: string;
  phone?: string;
}

/**
 * The keys the import's duplicate rules match on, strongest first: email (case-insensitive);
 * else website domain together with the normalised company name; else phone (only when read as
 * E.164: a number kept as written is too unreliable to merge leads by).
 */
export function dedupeKeys(lead: Pick<NormalisedLead, 'email' | 'websiteDomain' | 'companyName' | 'phone'>): DedupeKeys {
  const keys: DedupeKeys = {};
  if (lead.email) keys.email = lead.email.toLowerCase();
  const company = lead.companyName ? normaliseCompanyName(lead.companyName) : '';
  if (lead.websiteDomain && company) keys.domainCompany = `${lead.websiteDomain}|${company}`;
  if (lead.phone && /^\+[1-9]\d{6,14}$/.test(lead.phone)) keys.phone = lead.phone;
  return keys;
}
