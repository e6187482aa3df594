// The template_category enum of the database (src-main/db/schema/enums.ts), for the contract and
// the renderer, which cannot import drizzle. A service test checks both lists agree.
export const TEMPLATE_CATEGORIES = [
  'initial_outreach',
  'follow_up',
  'meeting_request',
  'introduction',
  'product_demo',
  'partnership',
  'general',
  'other',
] as const;

export type TemplateCategoryName = (typeof TEMPLATE_CATEGORIES)[number];

export const TEMPLATE_CATEGORY_LABELS: Record<TemplateCategoryName, string> = {
  initial_outreach: 'First email',
  follow_up: 'Follow-up',
  meeting_request: 'Meeting request',
  introduction: 'Introduction',
  product_demo: 'Product demo',
  partnership: 'Partnership',
  general: 'General',
  other: 'Other',
};
