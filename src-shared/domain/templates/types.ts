// Public shapes of the template renderer. The lead shape is structural so the database row type
// (src-main) and plain test objects both fit without src-shared importing drizzle.

export interface TemplateInput {
  subject: string;
  bodyHtml?: string | null;
  /** Written by the user; when absent the text part is derived from bodyHtml. */
  bodyText?: string | null;
}

export interface TemplateLead {
  /** Seeds spintax, so a lead gets the same wording in the preview and in the real send. */
  id: string;
  companyName?: string | null;
  contactName?: string | null;
  email?: string | null;
  website?: string | null;
  phone?: string | null;
  jobTitle?: string | null;
  country?: string | null;
  city?: string | null;
  address?: string | null;
  industry?: string | null;
  businessType?: string | null;
  companySize?: string | null;
  linkedinUrl?: string | null;
  currentBookingTool?: string | null;
  bookingPotential?: string | null;
  qualityScore?: number | null;
  googleRating?: number | null;
  googleReviewCount?: number | null;
  servicesCount?: number | null;
  digitalMaturityScore?: number | null;
  priceLevel?: number | null;
  hasGoogleMapsListing?: boolean | null;
  hasOnlineBooking?: boolean | null;
  hasAppointmentForm?: boolean | null;
  hasMultiLocation?: boolean | null;
  hasWeekendHours?: boolean | null;
  isDecisionMaker?: boolean | null;
  tags?: readonly string[] | null;
  /** Imported columns without a field of their own: {{custom.<key>}} in templates. */
  customFields?: Readonly<Record<string, string | null | undefined>> | null;
}

export interface TemplateSender {
  /** smtpConfig.fromName, which may be unset. */
  name: string | null;
  email: string;
  signature?: string | null;
}

/** A row of the customVariables table, as far as rendering needs it. */
export interface TemplateCustomVariable {
  key: string;
  /** Liquid, rendered once per lead against the lead's fields (see renderEmail). */
  value: string;
  defaultValue?: string | null;
  isActive?: boolean | null;
}

export interface RenderedEmail {
  /** One header line: no CR/LF. */
  subject: string;
  text: string;
  html: string;
  /** Variables that were output without a value and without a `default` filter, in order of first use. */
  missing: string[];
}

export type TemplatePart = 'subject' | 'bodyHtml' | 'bodyText';

export interface TemplateIssue {
  message: string;
  /** 1-based line in the part's source. */
  line: number;
  part?: TemplatePart;
}

export interface TemplateAnalysis {
  /** Variables the template reads, e.g. "firstName", "sender.name", "custom.revenue". */
  variables: string[];
  /** Those of `variables` that are neither built in, nor custom variables, nor listed as known. */
  unknown: string[];
  errors: TemplateIssue[];
}

export interface PreviewReport {
  subjectLength: number;
  linksCount: number;
  htmlBytes: number;
  warnings: string[];
}

/** Thrown by compileTemplate; the editor calls analyseTemplate first and shows `issues` instead. */
export class TemplateSyntaxError extends Error {
  readonly issues: TemplateIssue[];
  constructor(issues: TemplateIssue[]) {
    const first = issues[0];
    super(first ? `${first.part ?? 'template'} line ${first.line}: ${first.message}` : 'Template error');
    this.name = 'TemplateSyntaxError';
    this.issues = issues;
  }
}

/** Thrown by renderEmail when a template fails for one lead (a filter error, a render time limit). */
export class TemplateRenderError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TemplateRenderError';
  }
}
