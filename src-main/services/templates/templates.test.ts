import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_CATEGORIES } from '../../../src-shared/domain/template-categories';
import { compileTemplate, renderEmail } from '../../../src-shared/domain/templates';
import { emailTemplates, leads, smtpConfig, templateCategories } from '../../db/schema';
import { createTestContext, createTestRouter } from '../../testing/test-app';
import { useTestDatabase } from '../../testing/test-db';
import { starterTemplates } from '../../db/starter/starter-content';
import { templateInputOf } from './template-rows';

const body =
  '<p>Hi {{firstName | default: &quot;there&quot;}},</p><p>{% if city %}Greetings to {{city}}.{% endif %} About {{companyName}}: {{custom.revenue}}</p>';

describe('templates', () => {
  const t = useTestDatabase();
  const router = () => createTestRouter(createTestContext(t()));
  async function ok<T>(name: string, input: unknown): Promise<T> {
    const result = await router().call(name, input);
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
    return result.data as T;
  }

  it('share the database enum of categories', () => {
    expect([...TEMPLATE_CATEGORIES]).toEqual([...templateCategories]);
  });

  it('are created with the variables they use, a derived text part, and warnings for unknown variables', async () => {
    const saved = await ok<{
      template: { id: string; variables: string[]; bodyText: string; bodyTextOverride: boolean };
      warnings: string[];
    }>('templates.create', {
      name: 'Hello',
      category: 'initial_outreach',
      subject: 'About {{companyName}}',
      bodyHtml: body,
      bodyText: 'ignored: not overridden',
    });
    expect(saved.template.variables).toEqual(expect.arrayContaining(['companyName', 'firstName', 'city', 'custom.revenue']));
    expect(saved.template.bodyTextOverride).toBe(false);
    expect(saved.template.bodyText).toContain('Hi {{firstName | default: "there"}},');
    expect(saved.warnings).toEqual([expect.stringContaining('custom.revenue')]);
    const activity = await t().db.query.activityLog.findMany({ where: (a, { eq }) => eq(a.entityId, saved.template.id) });
    expect(activity.map((a) => a.action)).toEqual(['created']);

    // Once a lead has the imported column, it is known.
    await t()
      .db.insert(leads)
      .values({ companyName: 'Acme', industry: 'dental', source: 'manual', customFields: { revenue: '2M' } });
    const again = await ok<{ warnings: string[] }>('templates.update', {
      id: saved.template.id,
      name: 'Hello',
      subject: 'About {{companyName}}',
      bodyHtml: body,
    });
    expect(again.warnings).toEqual([]);
    const catalog = await ok<{ options: { name: string; group: string }[] }>('templates.variables', {});
    expect(catalog.options).toContainEqual({ name: 'custom.revenue', label: 'revenue', group: 'custom field' });
    expect(catalog.options).toContainEqual(expect.objectContaining({ name: 'sender.signature', group: 'sender' }));
  });

  it('refuse a syntax error with the field and line, and save nothing', async () => {
    const before = await t().db.$count(emailTemplates);
    const result = await router().call('templates.create', {
      name: 'Broken',
      subject: 'Hi {{ name',
      bodyHtml: '<p>one</p>\n<p>{% if city %}two</p>',
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        details: { fieldErrors: { subject: [expect.stringMatching(/^Line 1: /)], bodyHtml: [expect.stringMatching(/^Line 2: /)] } },
      },
    });
    expect(await t().db.$count(emailTemplates)).toBe(before);
  });

  it('keep one default per category, also against a direct write', async () => {
    const a = await ok<{ template: { id: string } }>('templates.create', {
      name: 'A',
      category: 'partnership',
      subject: 's',
      bodyHtml: '<p>a</p>',
      isDefault: true,
    });
    const defaults = () =>
      t()
        .db.select({ id: emailTemplates.id })
        .from(emailTemplates)
        .where(sql`${emailTemplates.category} = 'partnership' AND ${emailTemplates.isDefault}`);
    expect((await defaults()).map((r) => r.id)).toEqual([a.template.id]);
    const b = await ok<{ template: { id: string } }>('templates.create', {
      name: 'B',
      category: 'partnership',
      subject: 's',
      bodyHtml: '<p>b</p>',
      isDefault: true,
    });
    expect((await defaults()).map((r) => r.id)).toEqual([b.template.id]);
    await expect(t().db.update(emailTemplates).set({ isDefault: true }).where(eq(emailTemplates.id, a.template.id))).rejects.toThrow();
  });

  it('are listed with filters, duplicated (never as default) and deleted', async () => {
    const all = await ok<{ items: { id: string; name: string }[]; followUpStages: string[] }>('templates.list', {});
    expect(all.items.length).toBeGreaterThanOrEqual(starterTemplates.length);
    expect(all.followUpStages).toEqual(['follow_up_1', 'follow_up_2']);
    const followUps = await ok<{ items: { category: string }[] }>('templates.list', { category: 'follow_up' });
    expect(followUps.items.length).toBe(2);
    const stage = await ok<{ items: { name: string }[] }>('templates.list', { followUpStage: 'follow_up_2' });
    expect(stage.items.map((i) => i.name)).toEqual(['Break-up (last email)']);
    const search = await ok<{ items: { name: string }[] }>('templates.list', { search: 'BOOKING', isActive: true });
    expect(search.items.map((i) => i.name)).toContain('Online booking for local businesses');
    expect((await ok<{ items: unknown[] }>('templates.list', { search: '100%' })).items).toEqual([]);

    const intro = all.items.find((i) => i.name === 'Short introduction')!;
    const copy = await ok<{ id: string; name: string; isDefault: boolean; bodyHtml: string }>('templates.duplicate', { id: intro.id });
    expect(copy).toMatchObject({ name: 'Short introduction (copy)', isDefault: false });
    expect(copy.bodyHtml).toBe(starterTemplates[0]!.bodyHtml);
    expect(await ok('templates.delete', { id: copy.id })).toEqual({ id: copy.id });
    expect(await router().call('templates.get', { id: copy.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('compile from a stored row exactly as the sender will (text derived unless overridden)', async () => {
    const saved = await ok<{ template: { id: string } }>('templates.create', {
      name: 'Text',
      subject: 'S',
      bodyHtml: '<p>Hi {{city}}</p>',
      bodyText: 'Own text {{city}}',
      bodyTextOverride: true,
    });
    const row = (await t().db.query.emailTemplates.findFirst({ where: eq(emailTemplates.id, saved.template.id) }))!;
    const email = renderEmail(compileTemplate(templateInputOf(row)), { id: 'x', city: 'Lyon' }, { name: 'S', email: 's@x.io' }, []);
    expect(email.text).toBe('Own text Lyon');
    expect(email.html).toContain('Hi Lyon');
  });

  it('find leads for the picker and preview one, or five of an audience with the gaps counted over all of it', async () => {
    const db = t().db;
    await db
      .insert(leads)
      .values([
        {
          companyName: 'Cabinet Dupont',
          contactName: 'Dr. Marie Dupont',
          email: 'marie@dupont.fr',
          city: 'Lyon',
          industry: 'Orthodontics',
          source: 'manual',
        },
        {
          companyName: 'Smile & Co <b>',
          contactName: null,
          email: 'hello@smile.example',
          city: null,
          industry: 'orthodontics',
          source: 'manual',
        },
        ...Array.from({ length: 8 }, (_, i) => ({
          companyName: `Plumber ${i}`,
          industry: 'plumbing',
          source: 'manual',
          city: i % 2 ? 'Nice' : null,
        })),
      ]);
    const found = await ok<{ id: string; companyName: string }[]>('templates.searchLeads', { search: 'dupont' });
    expect(found.map((l) => l.companyName)).toEqual(['Cabinet Dupont']);
    expect((await ok<unknown[]>('templates.searchLeads', { search: '' })).length).toBeLessThanOrEqual(20);

    const template = {
      subject: 'For {{companyName}}',
      bodyHtml: '<p>Hi {{firstName | default: "there"}}, {{city}} <img src="https://x.io/a.png"></p>',
      bodyText: '',
    };
    const one = await ok<{ emails: { subject: string; text: string; html: string; missing: string[] }[]; sender: { source: string } }>(
      'templates.preview',
      {
        template,
        leadId: found[0]!.id,
      },
    );
    expect(one.emails).toHaveLength(1);
    expect(one.emails[0]).toMatchObject({ subject: 'For Cabinet Dupont', missing: [] });
    expect(one.emails[0]!.text).toContain('Hi Marie, Lyon');
    expect(one.sender.source).toBe('profile');

    const dental = await ok<{
      emails: { missing: string[]; html: string; warnings: string[] }[];
      audience: {
        total: number;
        checked: number;
        checkedAll: boolean;
        leadsMissingValues: number;
        missingByVariable: { variable: string; leads: number }[];
      };
    }>('templates.preview', { template, audience: { industry: 'orthodontics' } });
    expect(dental.audience).toEqual({
      total: 2,
      checked: 2,
      checkedAll: true,
      leadsMissingValues: 1,
      missingByVariable: [{ variable: 'city', leads: 1 }],
    });
    expect(dental.emails).toHaveLength(2);
    const smile = dental.emails.find((e) => e.missing.length > 0)!;
    expect(smile.html).not.toContain('{{');
    expect((smile as unknown as { subject: string }).subject).toBe('For Smile & Co <b>');
    expect(smile.warnings.join(' ')).toContain('No value for city');

    const plumbers = await ok<{ emails: unknown[]; audience: { total: number; leadsMissingValues: number } }>('templates.preview', {
      template,
      audience: { search: 'plumber' },
    });
    expect(plumbers.emails).toHaveLength(5);
    expect(plumbers.audience).toMatchObject({ total: 8, leadsMissingValues: 4 });

    const broken = await ok<{ errors: unknown[]; emails: unknown[] }>('templates.preview', {
      template: { subject: '{% if %}', bodyText: 'x' },
      leadId: found[0]!.id,
    });
    expect(broken.errors).not.toEqual([]);
    expect(broken.emails).toEqual([]);
    expect(await router().call('templates.preview', { template })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('sign the preview with the primary sending account when there is one', async () => {
    const [lead] = await t().db.select({ id: leads.id }).from(leads).limit(1);
    await t()
      .db.insert(smtpConfig)
      .values({
        provider: 'custom',
        providerName: 'Mine',
        host: 'smtp.x.io',
        port: 587,
        fromEmail: 'sam@studio.io',
        fromName: 'Sam Studio',
        isPrimary: true,
      });
    const preview = await ok<{ sender: { name: string; source: string }; emails: { text: string }[] }>('templates.preview', {
      template: { subject: 'x', bodyText: 'Best, {{sender.name}} <{{sender.email}}>' },
      leadId: lead!.id,
    });
    expect(preview.sender).toMatchObject({ name: 'Sam Studio', source: 'account' });
    expect(preview.emails[0]!.text).toBe('Best, Sam Studio <sam@studio.io>');
  });
});
