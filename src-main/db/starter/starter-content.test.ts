import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseTemplate, compileTemplate, knownTemplateVariables, renderEmail } from '../../../src-shared/domain/templates';
import { useTestDatabase } from '../../testing/test-db';
import { starterContentSql } from './starter-content-sql';
import { starterSequences, starterTemplates } from './starter-content';

describe('starter content', () => {
  const t = useTestDatabase();

  it('is what the committed migration inserts (regenerate with scripts/starter-content-sql.ts)', () => {
    expect(readFileSync('migrations/0007_starter_content.sql', 'utf8')).toBe(starterContentSql());
  });

  it('compiles, uses only known variables, and greets a lead without a name', () => {
    for (const template of starterTemplates) {
      const analysis = analyseTemplate({ subject: template.subject, bodyHtml: template.bodyHtml }, knownTemplateVariables([]));
      expect(analysis.errors, template.name).toEqual([]);
      expect(analysis.unknown, template.name).toEqual([]);
      const email = renderEmail(
        compileTemplate(template),
        { id: 'l1', companyName: 'Atelier Rose' },
        { name: 'Sam', email: 'sam@example.com' },
        [],
      );
      expect(email.missing, template.name).toEqual([]);
      expect(email.text, template.name).toContain('Hi');
      expect(email.text).not.toContain('{{');
    }
  });

  it('is in a new database: templates with one default per category, sequences whose stepsCount is true', async () => {
    const db = t().db;
    const templates = await db.query.emailTemplates.findMany();
    expect(templates.map((row) => row.name).sort()).toEqual(starterTemplates.map((row) => row.name).sort());
    const workflows = await db.query.workflows.findMany({ with: { steps: true } });
    expect(workflows).toHaveLength(starterSequences.length);
    for (const workflow of workflows) {
      expect(workflow.stepsCount).toBe(workflow.steps.length);
      expect(workflow.steps.map((s) => s.daysAfterPrevious).sort()).toEqual([0, 3, 5]);
    }
  });
});
