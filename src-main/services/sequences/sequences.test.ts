import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { SequenceDetail } from '../../../src-shared/contract/sequences';
import { workflowSteps, workflows } from '../../db/schema';
import { createTestContext, createTestRouter } from '../../testing/test-app';
import { useTestDatabase } from '../../testing/test-db';

describe('sequences', () => {
  const t = useTestDatabase();
  const router = () => createTestRouter(createTestContext(t()));
  async function ok<T>(name: string, input: unknown): Promise<T> {
    const result = await router().call(name, input);
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
    return result.data as T;
  }
  async function storedCount(id: string) {
    const [row] = await t().db.select({ n: workflows.stepsCount }).from(workflows).where(eq(workflows.id, id));
    return { stepsCount: row!.n, rows: await t().db.$count(workflowSteps, eq(workflowSteps.workflowId, id)) };
  }

  it('come with the starter sequences and their timelines', async () => {
    const list = await ok<{ name: string; timeline: string; stepsCount: number }[]>('sequences.list', {});
    expect(list.find((s) => s.name === 'Introduction and two follow-ups')).toMatchObject({
      stepsCount: 3,
      timeline: 'Day 0 Short introduction · Day 3 Follow-up (day 3) · Day 8 Break-up (last email)',
    });
  });

  it('count as used by the steps taken from them and the campaigns that send them, and stop counting when those go', async () => {
    const [intro] = (await ok<{ items: { id: string; usageCount: number }[] }>('templates.list', { search: 'Short introduction' })).items;
    const [starter] = await ok<{ id: string; name: string; usageCount: number }[]>('sequences.list', {});
    const base = intro!.usageCount;
    const seq = await ok<SequenceDetail>('sequences.create', { name: 'Usage' });
    const withStep = await ok<SequenceDetail>('sequences.addStep', { sequenceId: seq.id, step: { templateId: intro!.id, daysAfterPrevious: 0 } });
    const usage = async () => (await ok<{ usageCount: number }>('templates.get', { id: intro!.id })).usageCount;
    expect(await usage()).toBe(base + 1);
    const byTemplate = await ok<{ id: string }>('campaigns.create', { name: 'By template', emailTemplateId: intro!.id });
    const bySequence = await ok<{ id: string }>('campaigns.create', { name: 'By sequence', workflowId: starter!.id });
    await ok('campaigns.duplicate', { id: bySequence.id });
    expect(await usage()).toBe(base + 2);
    const sequences = await ok<{ id: string; usageCount: number }[]>('sequences.list', {});
    expect(sequences.find((s) => s.id === starter!.id)!.usageCount).toBe(starter!.usageCount + 2);
    // The campaign switches to the sequence; the step goes: the template counts neither any more.
    await ok('campaigns.update', { id: byTemplate.id, settings: { name: 'By template', workflowId: seq.id } });
    await ok('sequences.deleteStep', { stepId: withStep.steps[0]!.id });
    expect(await usage()).toBe(base);
  });

  it('are built step by step, reordered (emails move, the schedule stays) and trimmed, with stepsCount kept true', async () => {
    const created = await ok<SequenceDetail>('sequences.create', {
      name: 'Dentists',
      industry: 'dental',
      country: 'FR',
      aiInstructions: 'Be brief',
    });
    expect(created).toMatchObject({ stepsCount: 0, steps: [], aiInstructions: 'Be brief', country: 'FR' });
    const templates = await ok<{ items: { id: string; name: string; usageCount: number }[] }>('templates.list', {
      search: 'Short introduction',
    });
    const intro = templates.items[0]!;
    expect(intro.usageCount).toBe(1); // the starter sequence's first step

    let seq = await ok<SequenceDetail>('sequences.addStep', {
      sequenceId: created.id,
      step: { templateId: intro.id, daysAfterPrevious: 4, sendAsReply: true },
    });
    expect(seq.steps[0]).toMatchObject({
      stepNumber: 1,
      daysAfterPrevious: 0,
      sendAsReply: false,
      templateName: 'Short introduction',
      subject: 'Quick question about {{companyName}}',
    });
    const used = await ok<{ usageCount: number }>('templates.get', { id: intro.id });
    expect(used.usageCount).toBe(intro.usageCount + 1);

    seq = await ok('sequences.addStep', {
      sequenceId: created.id,
      step: {
        subject: 'Nudge',
        bodyHtml: '<p>Any thoughts, {{firstName | default: "there"}}?</p>',
        daysAfterPrevious: 3,
        sendAsReply: true,
      },
    });
    seq = await ok('sequences.addStep', {
      sequenceId: created.id,
      step: { subject: 'Closing the loop', bodyText: 'Last one from me.', daysAfterPrevious: 5 },
    });
    expect(seq.stepsCount).toBe(3);
    expect(await storedCount(created.id)).toEqual({ stepsCount: 3, rows: 3 });
    expect(seq.steps.map((s) => s.effectiveSubject)).toEqual([
      'Quick question about {{companyName}}',
      'Re: Quick question about {{companyName}}',
      'Closing the loop',
    ]);
    expect(seq.timeline).toBe('Day 0 Short introduction · Day 3 Re: Quick question about {{companyName}} · Day 8 Closing the loop');

    const [a, b, c] = seq.steps.map((s) => s.id);
    seq = await ok('sequences.reorderSteps', { sequenceId: created.id, stepIds: [c, a, b] });
    expect(seq.steps.map((s) => [s.id, s.stepNumber, s.daysAfterPrevious])).toEqual([
      [c, 1, 0],
      [a, 2, 3],
      [b, 3, 5],
    ]);
    expect(seq.steps[2]!.effectiveSubject).toBe('Re: Closing the loop');
    seq = await ok('sequences.reorderSteps', { sequenceId: created.id, stepIds: [b, c, a] });
    expect(seq.steps[0]).toMatchObject({ id: b, sendAsReply: false, daysAfterPrevious: 0 });

    expect(await router().call('sequences.reorderSteps', { sequenceId: created.id, stepIds: [a, b] })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await router().call('sequences.reorderSteps', { sequenceId: created.id, stepIds: [a, a, b] })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });

    seq = await ok('sequences.updateStep', {
      stepId: a,
      step: { subject: 'Edited', bodyText: 'Hello {{companyName}}', bodyTextOverride: true, daysAfterPrevious: 9, sendAsReply: false },
    });
    expect(seq.steps.find((s) => s.id === a)).toMatchObject({
      subject: 'Edited',
      body: 'Hello {{companyName}}',
      daysAfterPrevious: 9,
      templateId: intro.id,
    });
    expect(await router().call('sequences.updateStep', { stepId: a, step: { subject: '{{ x', bodyText: 'y' } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { fieldErrors: { subject: [expect.stringContaining('Line 1')] } } },
    });

    seq = await ok('sequences.deleteStep', { stepId: b });
    expect(seq.steps.map((s) => [s.id, s.stepNumber, s.daysAfterPrevious, s.sendAsReply])).toEqual([
      [c, 1, 0, false],
      [a, 2, 9, false],
    ]);
    expect(await storedCount(created.id)).toEqual({ stepsCount: 2, rows: 2 });
    const activity = await t().db.query.activityLog.findMany({ where: (l, { eq }) => eq(l.entityId, created.id) });
    expect(activity.map((l) => l.action)).toEqual(
      expect.arrayContaining(['created', 'step_added', 'steps_reordered', 'step_updated', 'step_deleted']),
    );
  });

  it('keep a step when its template is deleted, and delete their steps with them', async () => {
    const created = await ok<SequenceDetail>('sequences.create', { name: 'Tmp' });
    const template = await ok<{ template: { id: string } }>('templates.create', {
      name: 'Soon gone',
      subject: 'Hi',
      bodyHtml: '<p>Hi</p>',
    });
    let seq = await ok<SequenceDetail>('sequences.addStep', { sequenceId: created.id, step: { templateId: template.template.id } });
    await ok('templates.delete', { id: template.template.id });
    seq = await ok('sequences.get', { id: created.id });
    expect(seq.steps[0]).toMatchObject({ templateId: null, subject: 'Hi' });
    const updated = await ok<SequenceDetail>('sequences.update', { id: created.id, name: 'Renamed', isActive: false });
    expect(updated).toMatchObject({ name: 'Renamed', isActive: false, stepsCount: 1 });
    await ok('sequences.delete', { id: created.id });
    expect(await t().db.$count(workflowSteps, eq(workflowSteps.workflowId, created.id))).toBe(0);
    expect(await router().call('sequences.get', { id: created.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('survive two reorders at once: each is whole, numbers stay 1..n', async () => {
    const created = await ok<SequenceDetail>('sequences.create', { name: 'Race' });
    for (const subject of ['one', 'two', 'three', 'four']) {
      await ok('sequences.addStep', { sequenceId: created.id, step: { subject, bodyText: subject, daysAfterPrevious: 2 } });
    }
    const ids = (await ok<SequenceDetail>('sequences.get', { id: created.id })).steps.map((s) => s.id);
    const orders = [[...ids].reverse(), [ids[1]!, ids[0]!, ids[3]!, ids[2]!]];
    const results = await Promise.all(orders.map((stepIds) => router().call('sequences.reorderSteps', { sequenceId: created.id, stepIds })));
    expect(results.every((r) => r.ok)).toBe(true);
    const final = await ok<SequenceDetail>('sequences.get', { id: created.id });
    expect(final.steps.map((s) => s.stepNumber)).toEqual([1, 2, 3, 4]);
    expect(orders.map((o) => o.join())).toContain(final.steps.map((s) => s.id).join());
    expect(final.steps.map((s) => s.daysAfterPrevious)).toEqual([0, 2, 2, 2]);
  });
});
