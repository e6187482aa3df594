// Benchmarks print one JSON line per figure so runs can be compared over time.
export function reportFigure(bench: string, value: number, unit: string, extra: Record<string, unknown> = {}): void {
  const rounded = Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
  process.stdout.write(`${JSON.stringify({ bench, value: rounded, unit, ...extra })}\n`);
}

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

export function rssMb(): number {
  return process.memoryUsage().rss / 1024 / 1024;
}
