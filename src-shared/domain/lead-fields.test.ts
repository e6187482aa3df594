import { describe, expect, it } from 'vitest';
import { isColumnTarget, leadFieldNames, leadFields, leadFieldsByName } from './lead-fields';

describe('leadFields', () => {
  it('lists every importable field once, with a label and type', () => {
    expect(leadFields.map((f) => f.name)).toEqual([...leadFieldNames]);
    for (const f of leadFields) {
      expect(f.label.length).toBeGreaterThan(0);
      expect(leadFieldsByName[f.name]).toBe(f);
    }
    expect(leadFieldsByName.email).toMatchObject({ type: 'email', maxLength: 255 });
    expect(leadFieldsByName.linkedinUrl).toMatchObject({ type: 'url', maxLength: 500 });
  });

  it('knows which strings are mapping targets', () => {
    for (const t of ['companyName', 'firstName', 'lastName', 'custom', 'ignore']) expect(isColumnTarget(t)).toBe(true);
    expect(isColumnTarget('qualityScore')).toBe(false);
  });
});
