import { describe, expect, it } from 'vitest';
import { compileTemplate, renderEmail } from '../../../src-shared/domain/templates';
import { compiledTemplateOf } from './compiled-templates';

const sender = { name: 'Ada', email: 'ada@sender.test', signature: null };
const lead = { id: '00000000-0000-4000-8000-000000000001', companyName: 'Acme', contactName: 'Jo Smith' };

describe('compiledTemplateOf', () => {
  it('compiles a source once and renders as a fresh compile does', () => {
    const input = { subject: 'Hi {{companyName}}', bodyText: 'Hello {{firstName}}' };
    const a = compiledTemplateOf(input);
    expect(compiledTemplateOf({ ...input })).toBe(a);
    expect(renderEmail(a, lead, sender)).toEqual(renderEmail(compileTemplate(input), lead, sender));
  });

  it('keeps sources apart that differ in any part', () => {
    const base = { subject: 'S', bodyText: 'T', bodyHtml: null };
    const variants = [base, { ...base, subject: 'S2' }, { ...base, bodyText: 'T2' }, { ...base, bodyHtml: '<p>T</p>' }];
    expect(new Set(variants.map((v) => compiledTemplateOf(v))).size).toBe(variants.length);
  });

  it('throws on a broken template and does not keep it', () => {
    const broken = { subject: 'Hi {{ companyName', bodyText: 'x' };
    expect(() => compiledTemplateOf(broken)).toThrow();
    expect(() => compiledTemplateOf(broken)).toThrow();
  });
});
