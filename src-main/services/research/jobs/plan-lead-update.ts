import { scoreLead } from '../../../../src-shared/domain/lead-score';
import { deriveBookingPotential, deriveDigitalMaturityScore } from '../../../../src-shared/domain/qualification';
import type { Lead } from '../../../db/schema';
import type { SiteAnalysis } from '../site-analysis';
import { bookingToolName, evidenceLines, pageLabel } from './evidence-lines';

/** Lines of evidence kept on the lead itself; the full list stays in the cache's analysis_data. */
const evidenceOnLead = 8;

export interface LeadUpdatePlan {
  /** Columns to write (customFields included, whole). */
  patch: Partial<Lead>;
  /** Lead fields that were empty and now hold what the site showed. */
  filled: string[];
  bookingPotential: 'low' | 'medium' | 'high';
  digitalMaturityScore: number;
  qualityScore: number;
  /** For the activity line. */
  evidenceSummary: string;
}

/**
 * What an analysis changes on a lead. Qualification fields are overwritten (the site is the
 * source of truth for them); contact details only fill gaps, each with a note of the page it came
 * from. `emailTaken` says whether an address already belongs to another lead (the database
 * keeps lower(email) unique).
 */
export function planLeadUpdate(lead: Lead, analysis: SiteAnalysis, emailTaken: (email: string) => boolean, analysedAt: Date): LeadUpdatePlan {
  const site = analysis.finalUrl || analysis.url;
  const foundOn = (kind: 'email' | 'phone' | 'social', value: string): string => {
    const source = analysis.contactSources.find((c) => c.kind === kind && c.value === value);
    return source ? `found on ${pageLabel(source.url, site)}` : `found on ${analysis.domain}`;
  };
  const customFields: Record<string, string> = { ...lead.customFields };
  const patch: Partial<Lead> = {
    hasBookingKeywords: analysis.hasBookingKeywords,
    bookingKeywordScore: analysis.bookingKeywordScore,
    currentBookingTool: analysis.currentBookingTool,
    hasAppointmentForm: analysis.hasAppointmentForm,
    hasOnlineBooking: analysis.hasOnlineBooking,
    hasMultiLocation: analysis.multiLocation,
    servicesCount: analysis.servicesCount,
    hasWeekendHours: analysis.hasWeekendHours,
  };
  const filled: string[] = [];

  const blank = (v: string | null | undefined) => !v || v.trim() === '';
  if (blank(lead.email)) {
    const email = analysis.emails.find((e) => e.length <= 255 && !emailTaken(e));
    if (email) {
      patch.email = email;
      customFields['research.email.source'] = foundOn('email', email);
      filled.push('email');
    }
  }
  const otherEmails = analysis.emails.filter((e) => e.toLowerCase() !== (patch.email ?? lead.email ?? '').toLowerCase());
  if (otherEmails.length && blank(customFields['research.emails'])) {
    customFields['research.emails'] = otherEmails.slice(0, 5).join(', ');
    customFields['research.emails.source'] = otherEmails.slice(0, 5).map((e) => `${e}: ${foundOn('email', e)}`).join('; ');
  }
  const phone = analysis.phones.find((p) => p.length <= 50);
  if (blank(lead.phone) && phone) {
    patch.phone = phone;
    customFields['research.phone.source'] = foundOn('phone', phone);
    filled.push('phone');
  }
  for (const profile of analysis.socialProfiles) {
    if (profile.network === 'linkedin' && blank(lead.linkedinUrl) && patch.linkedinUrl === undefined && profile.url.length <= 500) {
      patch.linkedinUrl = profile.url;
      customFields['research.linkedin.source'] = foundOn('social', profile.url);
      filled.push('LinkedIn');
      continue;
    }
    const key = `research.social.${profile.network}`;
    if (blank(customFields[key])) {
      customFields[key] = profile.url;
      customFields[`${key}.source`] = foundOn('social', profile.url);
      filled.push(profile.network);
    }
  }

  const lines = evidenceLines(analysis);
  customFields['research.evidence'] = lines.slice(0, evidenceOnLead).map((l) => l.text).join('\n');
  customFields['research.domain'] = analysis.domain;
  customFields['research.analysedAt'] = analysedAt.toISOString();

  const potential = deriveBookingPotential(analysis);
  const maturity = deriveDigitalMaturityScore(analysis);
  patch.bookingPotential = potential.potential;
  patch.digitalMaturityScore = maturity.score;
  patch.customFields = customFields;
  // The same scoring the lead table uses, over the lead as it will be after this update.
  const qualityScore = scoreLead({ ...lead, ...patch }).score;
  patch.qualityScore = qualityScore;

  const tool = bookingToolName(analysis);
  const evidenceSummary = [tool ? `Books online with ${tool}` : 'No booking tool', ...lines.slice(0, 4).map((l) => l.text)].join('; ');
  return { patch, filled, bookingPotential: potential.potential, digitalMaturityScore: maturity.score, qualityScore, evidenceSummary };
}
