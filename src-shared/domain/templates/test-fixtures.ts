// Shared by the *.test.ts files of this folder only.
import { compileTemplate, renderEmail } from './index';
import type { RenderedEmail, TemplateCustomVariable, TemplateInput, TemplateLead, TemplateSender } from './types';

export const sender: TemplateSender = {
  name: 'Sam Carter',
  email: 'sam@studio.example',
  signature: 'Sam Carter\nBooking pages for studios',
};

export function lead(overrides: Partial<TemplateLead> = {}): TemplateLead {
  return {
    id: 'lead-1',
    companyName: 'Acme Dental',
    contactName: 'Anna Weber',
    email: 'anna@acme-dental.example',
    website: 'https://www.acme-dental.example/',
    city: 'Berlin',
    country: 'Germany',
    industry: 'Dental',
    jobTitle: 'Owner',
    phone: '+49 30 123456',
    tags: ['dentist'],
    customFields: { revenue: '2M' },
    ...overrides,
  };
}

/** Compiles and renders in one go: for tests of a single template and lead. */
export function render(
  input: TemplateInput | string,
  leadOverrides: Partial<TemplateLead> = {},
  customVariables: TemplateCustomVariable[] = [],
): RenderedEmail {
  const template = compileTemplate(typeof input === 'string' ? { subject: 'Subject', bodyHtml: input } : input);
  return renderEmail(template, lead(leadOverrides), sender, customVariables);
}

/** Renders only the HTML body of a one-part template. */
export function html(source: string, leadOverrides: Partial<TemplateLead> = {}): string {
  return render(source, leadOverrides).html;
}

/** Renders a text-only template (bodyText), returning its text part. */
export function text(source: string, leadOverrides: Partial<TemplateLead> = {}, customVariables: TemplateCustomVariable[] = []): string {
  return render({ subject: 'Subject', bodyText: source }, leadOverrides, customVariables).text;
}
