import { describe, expect, it } from 'vitest';
import { contract, procedureNames } from '../../src-shared/contract';
import { handlers } from '../handlers';
import { createTestContext, createTestRouter } from '../testing/test-app';
import { useTestDatabase } from '../testing/test-db';

describe('router', () => {
  const t = useTestDatabase();

  it('has a handler for every procedure of the contract, and nothing else', () => {
    expect(Object.keys(handlers).sort()).toEqual([...procedureNames].sort());
    for (const name of procedureNames) expect(typeof handlers[name]).toBe('function');
    expect(Object.keys(contract).length).toBeGreaterThanOrEqual(7);
  });

  it('answers an unknown name with UNKNOWN_PROCEDURE', async () => {
    const router = createTestRouter(createTestContext(t()));
    const result = await router.call('leads.dropEverything', {});
    expect(result).toEqual({ ok: false, error: { code: 'UNKNOWN_PROCEDURE', message: expect.stringContaining('leads.dropEverything') } });
  });

  it('rejects invalid input with field errors and no stack', async () => {
    const router = createTestRouter(createTestContext(t()));
    const result = await router.call('settings.set', { key: 'ui.density', value: 'enormous' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.details).toEqual({ fieldErrors: { value: [expect.any(String)] } });
    expect(JSON.stringify(result)).not.toMatch(/\bat .*\.ts:\d+/);

    const unknownKey = await router.call('settings.set', { key: 'nope', value: 1 });
    expect(unknownKey.ok).toBe(false);
    const extra = await router.call('database.status', { sneaky: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const badUrl = await router.call('database.testConnection', { url: 'mysql://x' });
    expect(badUrl).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { fieldErrors: { url: [expect.stringContaining('postgres://')] } } } });
  });

  it('turns an unexpected failure into INTERNAL without leaking the stack', async () => {
    const ctx = createTestContext(t());
    const logged: unknown[] = [];
    ctx.log = { info: () => undefined, warn: () => undefined, error: (_m, ...rest) => logged.push(...rest) };
    const router = createTestRouter({ ...ctx, db: { select: () => { throw new Error('secret internals at /home/x/file.ts:12'); } } as never });
    const result = await router.call('settings.get', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('secret internals');
    expect(logged).toHaveLength(1);
  });

  it('saves a setting, reads it back with defaults for the rest, and logs the change', async () => {
    const ctx = createTestContext(t());
    const events: string[] = [];
    ctx.events.subscribe((name) => events.push(name));
    const router = createTestRouter(ctx);
    expect(await router.call('settings.set', { key: 'profile.name', value: '  Camille  ' })).toMatchObject({ ok: true, data: { key: 'profile.name' } });
    const read = await router.call('settings.get', {});
    expect(read).toMatchObject({ ok: true, data: { 'profile.name': 'Camille', 'ui.density': 'comfortable' } });
    const only = await router.call('settings.get', { keys: ['profile.name'] });
    expect(only.ok && Object.keys(only.data as object)).toEqual(['profile.name']);
    const activity = await ctx.db.query.activityLog.findMany({ where: (a, { eq }) => eq(a.entityType, 'setting') });
    expect(activity.map((a) => a.metadata)).toContainEqual({ key: 'profile.name' });
    expect(events).toContain('settings.changed');
  });

  it('reports app info without a database password', async () => {
    const router = createTestRouter(createTestContext(t()));
    const info = await router.call('app.info', {});
    expect(info).toMatchObject({ ok: true, data: { name: 'Outreach Desk', database: { mode: expect.stringMatching(/embedded|server/) } } });
    expect(JSON.stringify(info)).not.toMatch(/:[^:@/]+@/);
  });
});
