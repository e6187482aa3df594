import { describe, expect, it } from 'vitest';
import { describeTimeline, effectiveStepSubject, stepDays } from './sequence-timeline';

const steps = [
  { daysAfterPrevious: 5, subject: 'Quick question', sendAsReply: true, label: 'intro' },
  { daysAfterPrevious: 3, subject: 'ignored', sendAsReply: true, label: 'follow-up' },
  { daysAfterPrevious: 5, subject: 'Last one', sendAsReply: false, label: 'break-up' },
];

describe('sequence timeline', () => {
  it('counts days from the first email, whatever the first step says', () => {
    expect(stepDays(steps)).toEqual([0, 3, 8]);
    expect(describeTimeline(steps)).toBe('Day 0 intro · Day 3 follow-up · Day 8 break-up');
  });

  it('gives replies the first subject with one "Re:", and never makes the first step a reply', () => {
    expect(effectiveStepSubject(steps, 0)).toBe('Quick question');
    expect(effectiveStepSubject(steps, 1)).toBe('Re: Quick question');
    expect(effectiveStepSubject(steps, 2)).toBe('Last one');
    expect(
      effectiveStepSubject(
        [
          { subject: 'RE: x', sendAsReply: false },
          { subject: '', sendAsReply: true },
        ],
        1,
      ),
    ).toBe('RE: x');
    expect(describeTimeline([{ daysAfterPrevious: 0, subject: 'Hello', sendAsReply: false }])).toBe('Day 0 Hello');
  });
});
