/** What an import does with a row that matches a lead already in the database (or earlier in the file). */
export const dedupeStrategies = ['skip', 'fill', 'overwrite'] as const;
export type DedupeStrategy = (typeof dedupeStrategies)[number];

export const dedupeStrategyLabels: Record<DedupeStrategy, string> = {
  skip: 'Skip duplicates',
  fill: 'Fill empty fields of the existing lead',
  overwrite: "Overwrite the existing lead's fields with the file's values",
};

export const importStatusValues = ['running', 'completed', 'cancelled', 'interrupted', 'failed'] as const;
export type ImportStatusValue = (typeof importStatusValues)[number];

/** The rule every batch keeps: rows = imported + updated + duplicates + failed. */
export interface ImportCounts {
  rows: number;
  imported: number;
  updated: number;
  duplicates: number;
  failed: number;
}
