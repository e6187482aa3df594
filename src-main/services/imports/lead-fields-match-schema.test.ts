import { getTableColumns } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { leadFields } from '../../../src-shared/domain/lead-fields';
import { leads } from '../../db/schema/leads';

// lead-fields.ts lives in src-shared, which may not import drizzle: this keeps the two in step.
describe('lead fields', () => {
  it('match the leads table: every field is a column, and text limits are its varchar sizes', () => {
    const columns = getTableColumns(leads) as Record<string, { columnType: string; length?: number; baseColumn?: { length?: number } }>;
    for (const field of leadFields) {
      const column = columns[field.name];
      expect(column, field.name).toBeDefined();
      const size = column!.columnType === 'PgArray' ? column!.baseColumn?.length : column!.length;
      if (column!.columnType === 'PgVarchar' || column!.columnType === 'PgArray') expect(field.maxLength, field.name).toBe(size);
      if (column!.columnType === 'PgText') expect(field.maxLength, field.name).toBeNull();
    }
  });

  it('include every required column a CSV can fill', () => {
    expect(leadFields.filter((f) => f.required).map((f) => f.name)).toEqual(['companyName', 'industry']);
  });
});
