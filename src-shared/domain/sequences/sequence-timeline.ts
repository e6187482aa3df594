// How a sequence reads to its user and to the sender: the day each step goes out, and the subject
// a step really has (a reply in the thread takes "Re: <first step's subject>").

export interface TimelineStep {
  daysAfterPrevious: number;
  subject: string;
  sendAsReply: boolean;
  /** A short name for the step: its template's name or its subject. */
  label?: string | null;
}

/** The subject the step is sent with. The first step never replies: it starts the thread. */
export function effectiveStepSubject(steps: readonly Pick<TimelineStep, 'subject' | 'sendAsReply'>[], index: number): string {
  const step = steps[index];
  if (!step) return '';
  if (index === 0 || !step.sendAsReply) return step.subject;
  const first = steps[0]!.subject.trim();
  return /^re:/i.test(first) ? first : `Re: ${first}`;
}

/** Day of each step counted from the first email (the first step is day 0 whatever it says). */
export function stepDays(steps: readonly Pick<TimelineStep, 'daysAfterPrevious'>[]): number[] {
  let day = 0;
  return steps.map((step, index) => (day = index === 0 ? 0 : day + Math.max(0, step.daysAfterPrevious)));
}

/** "Day 0 intro · Day 3 follow-up · Day 8 break-up" */
export function describeTimeline(steps: readonly TimelineStep[]): string {
  const days = stepDays(steps);
  return steps
    .map((step, index) => `Day ${days[index]} ${(step.label || effectiveStepSubject(steps, index) || `step ${index + 1}`).trim()}`)
    .join(' · ');
}
