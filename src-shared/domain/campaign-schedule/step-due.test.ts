import { describe, expect, it } from 'vitest';
import { addLocalDays, nextStepDue, orderSteps, type SequenceStep } from './step-due';
import type { SendingWindow } from './sending-window';

const window: SendingWindow = { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' };
const steps: SequenceStep[] = [
  { stepNumber: 1, daysAfterPrevious: 0 },
  { stepNumber: 2, daysAfterPrevious: 3 },
  { stepNumber: 3, daysAfterPrevious: 5 },
];
const at = (s: string) => new Date(s);
const dueIso = (r: ReturnType<typeof nextStepDue>) => (r.kind === 'due' ? `${r.step.stepNumber}@${r.dueAt.toISOString()}` : r.reason);

describe('addLocalDays', () => {
  it('keeps the wall time across DST, so the delay is 71 or 73 hours then', () => {
    const friday = Date.parse('2025-03-28T09:15:00Z'); // 10:15 CET
    expect(new Date(addLocalDays(friday, 3, 'Europe/Paris')).toISOString()).toBe('2025-03-31T08:15:00.000Z'); // 10:15 CEST
    const nyFriday = Date.parse('2025-10-31T14:00:00Z'); // 10:00 EDT
    expect(new Date(addLocalDays(nyFriday, 3, 'America/New_York')).toISOString()).toBe('2025-11-03T15:00:00.000Z'); // 10:00 EST
  });
});

describe('nextStepDue', () => {
  it('gives step 1 at the window opening after enrolment', () => {
    expect(dueIso(nextStepDue({ lastStepNumber: 0, lastSentAt: null }, steps, window, 'Europe/Paris', at('2025-06-01T10:00:00Z')))).toBe(
      '1@2025-06-02T07:00:00.000Z',
    );
  });
  it('keeps the time of day for a follow-up inside the window', () => {
    // Step 1 Monday 10:15 Paris → step 2 Thursday 10:15.
    expect(
      dueIso(
        nextStepDue(
          { lastStepNumber: 1, lastSentAt: at('2025-06-02T08:15:00Z') },
          steps,
          window,
          'Europe/Paris',
          at('2025-06-02T08:15:00Z'),
        ),
      ),
    ).toBe('2@2025-06-05T08:15:00.000Z');
  });
  it('pushes a follow-up due on a weekend to the next opening', () => {
    // Step 1 Wednesday 14:00 → Saturday: waits for Monday 09:00.
    expect(dueIso(nextStepDue({ lastStepNumber: 1, lastSentAt: at('2025-06-04T12:00:00Z') }, steps, window, 'Europe/Paris', 0))).toBe(
      '2@2025-06-09T07:00:00.000Z',
    );
  });
  it('counts days in the recipient zone across the southern-hemisphere change', () => {
    // Sydney: Thursday 2 October 16:30 AEST; +3 days = Sunday → Monday 6 October 09:00 AEDT.
    expect(dueIso(nextStepDue({ lastStepNumber: 1, lastSentAt: at('2025-10-02T06:30:00Z') }, steps, window, 'Australia/Sydney', 0))).toBe(
      '2@2025-10-05T22:00:00.000Z',
    );
  });
  it('gives nothing to a lead that replied or left, or finished', () => {
    expect(
      dueIso(
        nextStepDue(
          { lastStepNumber: 1, lastSentAt: at('2025-06-02T08:00:00Z'), stoppedReason: 'replied' },
          steps,
          window,
          'Europe/Paris',
          0,
        ),
      ),
    ).toBe('replied');
    expect(
      dueIso(
        nextStepDue({ lastStepNumber: 1, lastSentAt: at('2025-06-02T08:00:00Z'), stoppedReason: 'left' }, steps, window, 'Europe/Paris', 0),
      ),
    ).toBe('left');
    expect(dueIso(nextStepDue({ lastStepNumber: 3, lastSentAt: at('2025-06-02T08:00:00Z') }, steps, window, 'Europe/Paris', 0))).toBe(
      'completed',
    );
  });
  it('never gives a due time before notBefore (catching up after downtime)', () => {
    expect(
      dueIso(
        nextStepDue(
          { lastStepNumber: 1, lastSentAt: at('2025-06-02T08:15:00Z') },
          steps,
          window,
          'Europe/Paris',
          at('2025-06-10T10:00:00Z'),
        ),
      ),
    ).toBe('2@2025-06-10T10:00:00.000Z');
  });
  it('rejects duplicate steps and negative delays', () => {
    expect(() =>
      orderSteps([
        { stepNumber: 1, daysAfterPrevious: 0 },
        { stepNumber: 1, daysAfterPrevious: 2 },
      ]),
    ).toThrow(/Two steps/);
    expect(() => orderSteps([{ stepNumber: 2, daysAfterPrevious: -1 }])).toThrow(/delay/);
  });
});
