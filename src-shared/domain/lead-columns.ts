/**
 * The columns of the lead table and of its CSV export. The table shows them, the column chooser
 * orders and sizes them, the export writes the same ones in the same order.
 */
export const leadColumnIds = [
  'companyName',
  'contactName',
  'jobTitle',
  'email',
  'phone',
  'website',
  'location',
  'industry',
  'source',
  'status',
  'qualityScore',
  'bookingPotential',
  'tags',
  'lastContactedAt',
  'createdAt',
  'companySize',
  'verificationStatus',
  'googleRating',
  'digitalMaturityScore',
  'emailsSent',
  'updatedAt',
] as const;

export type LeadColumnId = (typeof leadColumnIds)[number];

export interface LeadColumnDef {
  id: LeadColumnId;
  label: string;
  width: number;
  minWidth: number;
  visibleByDefault: boolean;
}

export const leadColumnDefs: Record<LeadColumnId, LeadColumnDef> = {
  companyName: { id: 'companyName', label: 'Company', width: 220, minWidth: 120, visibleByDefault: true },
  contactName: { id: 'contactName', label: 'Contact', width: 170, minWidth: 90, visibleByDefault: true },
  jobTitle: { id: 'jobTitle', label: 'Job title', width: 160, minWidth: 80, visibleByDefault: true },
  email: { id: 'email', label: 'Email', width: 250, minWidth: 120, visibleByDefault: true },
  phone: { id: 'phone', label: 'Phone', width: 150, minWidth: 90, visibleByDefault: true },
  website: { id: 'website', label: 'Website', width: 170, minWidth: 90, visibleByDefault: true },
  location: { id: 'location', label: 'City, country', width: 170, minWidth: 90, visibleByDefault: true },
  industry: { id: 'industry', label: 'Industry', width: 140, minWidth: 80, visibleByDefault: true },
  source: { id: 'source', label: 'Source', width: 120, minWidth: 70, visibleByDefault: true },
  status: { id: 'status', label: 'Status', width: 140, minWidth: 90, visibleByDefault: true },
  qualityScore: { id: 'qualityScore', label: 'Score', width: 110, minWidth: 80, visibleByDefault: true },
  bookingPotential: { id: 'bookingPotential', label: 'Booking potential', width: 140, minWidth: 80, visibleByDefault: true },
  tags: { id: 'tags', label: 'Tags', width: 180, minWidth: 80, visibleByDefault: true },
  lastContactedAt: { id: 'lastContactedAt', label: 'Last contacted', width: 140, minWidth: 90, visibleByDefault: true },
  createdAt: { id: 'createdAt', label: 'Created', width: 120, minWidth: 90, visibleByDefault: true },
  companySize: { id: 'companySize', label: 'Company size', width: 120, minWidth: 70, visibleByDefault: false },
  verificationStatus: { id: 'verificationStatus', label: 'Verification', width: 140, minWidth: 90, visibleByDefault: false },
  googleRating: { id: 'googleRating', label: 'Google rating', width: 130, minWidth: 80, visibleByDefault: false },
  digitalMaturityScore: { id: 'digitalMaturityScore', label: 'Digital maturity', width: 130, minWidth: 80, visibleByDefault: false },
  emailsSent: { id: 'emailsSent', label: 'Emails sent', width: 110, minWidth: 70, visibleByDefault: false },
  updatedAt: { id: 'updatedAt', label: 'Updated', width: 120, minWidth: 90, visibleByDefault: false },
};

/** One column's place in the table: shown or hidden, and its width in pixels. */
export interface LeadColumnState {
  id: LeadColumnId;
  visible: boolean;
  width: number;
}

export function defaultLeadColumns(): LeadColumnState[] {
  return leadColumnIds.map((id) => ({ id, visible: leadColumnDefs[id].visibleByDefault, width: leadColumnDefs[id].width }));
}

/** A saved layout with columns added since it was saved appended (hidden), and unknown ones dropped. */
export function normaliseLeadColumns(saved: readonly LeadColumnState[] | null | undefined): LeadColumnState[] {
  if (!saved?.length) return defaultLeadColumns();
  const seen = new Set<string>();
  const out: LeadColumnState[] = [];
  for (const column of saved) {
    if (!(column.id in leadColumnDefs) || seen.has(column.id)) continue;
    seen.add(column.id);
    out.push({
      id: column.id,
      visible: column.visible,
      width: Math.max(leadColumnDefs[column.id].minWidth, Math.min(800, Math.round(column.width))),
    });
  }
  for (const id of leadColumnIds) if (!seen.has(id)) out.push({ id, visible: false, width: leadColumnDefs[id].width });
  return out;
}

/** Columns the list can sort on (each has an index or is cheap enough to sort on a filtered set). */
export const leadSortColumns = [
  'companyName',
  'contactName',
  'jobTitle',
  'email',
  'phone',
  'website',
  'city',
  'country',
  'industry',
  'source',
  'status',
  'qualityScore',
  'bookingPotential',
  'lastContactedAt',
  'createdAt',
  'updatedAt',
  'companySize',
  'verificationStatus',
  'googleRating',
  'digitalMaturityScore',
  'emailsSent',
] as const;
export type LeadSortColumn = (typeof leadSortColumns)[number];
/** Newest first. Kept beside the columns, free of zod: the Leads page is the first screen and loads no schema. */
export const defaultLeadSort: { column: LeadSortColumn; direction: 'asc' | 'desc' } = { column: 'createdAt', direction: 'desc' };

/** The sort a table column header applies. */
export function sortColumnOf(column: LeadColumnId): LeadSortColumn | null {
  if (column === 'location') return 'city';
  if (column === 'tags') return null;
  return column;
}
