import type { ResearchJobStatus } from '../../../../src-shared/contract/research';

export const statusColor: Record<ResearchJobStatus, string> = {
  queued: 'gray',
  running: 'blue',
  completed: 'teal',
  failed: 'red',
  cancelled: 'orange',
};

export const potentialColor: Record<'low' | 'medium' | 'high', string> = { low: 'gray', medium: 'yellow', high: 'teal' };

export function formatWhen(iso: string | null): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** One address per line (commas and spaces also separate), blanks dropped, duplicates once. */
export function parseUrlList(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean))];
}
