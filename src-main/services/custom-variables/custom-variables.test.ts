import { describe, expect, it } from 'vitest';
import { createTestContext, createTestRouter } from '../../testing/test-app';
import { useTestDatabase } from '../../testing/test-db';
import { leads } from '../../db/schema';

describe('custom variables', () => {
  const t = useTestDatabase();
  const router = () => createTestRouter(createTestContext(t()));
  async function ok<T>(name: string, input: unknown): Promise<T> {
    const result = await router().call(name, input);
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
    return result.data as T;
  }

  it('are created, listed, used by templates (usage counted), updated and deleted', async () => {
    const created = await ok<{ id: string; key: string; usageCount: number }>('customVariables.create', {
      key: 'calendarLink',
      label: 'My calendar',
      value: 'https://cal.example/{{ city | default: "me" }}',
      category: 'link',
      defaultValue: '',
    });
    expect(created).toMatchObject({ key: 'calendarLink', usageCount: 0 });
    expect(await ok('customVariables.list', {})).toEqual([expect.objectContaining({ key: 'calendarLink', defaultValue: null })]);

    const saved = await ok<{ warnings: string[] }>('templates.create', {
      name: 'Uses it',
      subject: 'x',
      bodyHtml: '<p>Book: {{calendarLink}}</p>',
    });
    expect(saved.warnings).toEqual([]);
    expect(await ok('customVariables.list', {})).toEqual([expect.objectContaining({ usageCount: 1 })]);

    const [lead] = await t().db.insert(leads).values({ companyName: 'A', industry: 'x', source: 'manual', city: 'Lyon' }).returning();
    const preview = await ok<{ emails: { text: string }[] }>('templates.preview', {
      template: { subject: 'x', bodyHtml: '<p>{{calendarLink}}</p>' },
      leadId: lead!.id,
    });
    expect(preview.emails[0]!.text).toBe('https://cal.example/Lyon');

    const updated = await ok<{ label: string; isActive: boolean }>('customVariables.update', {
      id: created.id,
      key: 'calendarLink',
      label: 'Calendar',
      value: 'x',
      isActive: false,
    });
    expect(updated).toMatchObject({ label: 'Calendar', isActive: false });
    // Inactive: templates that use it are warned again.
    const warned = await ok<{ warnings: string[] }>('templates.create', {
      name: 'Uses it 2',
      subject: 'x',
      bodyHtml: '<p>{{calendarLink}}</p>',
    });
    expect(warned.warnings).toHaveLength(1);

    expect(await ok('customVariables.delete', { id: created.id })).toEqual({ id: created.id });
    expect(await ok('customVariables.list', {})).toEqual([]);
    expect(await router().call('customVariables.delete', { id: created.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuse a duplicate key, a built-in key, a bad key and a value that does not parse', async () => {
    await ok('customVariables.create', { key: 'offer', label: 'Offer', value: '10% off' });
    expect(await router().call('customVariables.create', { key: 'offer', label: 'Again', value: 'y' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await router().call('customVariables.create', { key: 'email', label: 'E', value: 'y' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { fieldErrors: { key: [expect.any(String)] } } },
    });
    expect(await router().call('customVariables.create', { key: '1 bad', label: 'E', value: 'y' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await router().call('customVariables.create', { key: 'broken', label: 'B', value: '{{ x' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { fieldErrors: { value: [expect.any(String)] } } },
    });
  });
});
