import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../testing/test-db';
import { queryRows } from './client';
import { applyMigrations } from './migrate';
import { appTableNames } from '../services/database/read-database-status';

const seedTables = [
  'leads', 'campaigns', 'emails', 'campaign_leads', 'email_templates', 'workflows', 'workflow_steps',
  'api_performance', 'lead_source_roi', 'website_analysis_cache', 'lead_batches', 'custom_variables',
  'api_config', 'smtp_config', 'scraping_jobs', 'api_usage', 'settings', 'activity_log',
];
const seedEnums = ['lead_status', 'verification_status', 'campaign_status', 'schedule_type', 'email_status', 'template_category', 'scraping_job_status'];

describe('migrations', () => {
  const t = useTestDatabase();

  it('create every table of the data model and every enum', async () => {
    const tables = await queryRows<{ table_name: string }>(
      t().db,
      sql`SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
    );
    const names = tables.map((r) => r.table_name);
    for (const table of seedTables) expect(names).toContain(table);
    expect(appTableNames()).toEqual(expect.arrayContaining(seedTables));
    const enums = await queryRows<{ typname: string }>(t().db, sql`SELECT typname FROM pg_type WHERE typtype = 'e'`);
    for (const name of seedEnums) expect(enums.map((e) => e.typname)).toContain(name);
  });

  it('is a no-op the second time', async () => {
    const before = await queryRows<{ n: number }>(t().db, sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`);
    await applyMigrations(t().handle);
    const after = await queryRows<{ n: number }>(t().db, sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`);
    expect(after[0]!.n).toBe(before[0]!.n);
    expect(after[0]!.n).toBe(readdirSync('migrations').filter((f) => f.endsWith('.sql')).length);
  });

  it('keeps updated_at current through raw SQL and leaves it alone for no-op updates', async () => {
    const db = t().db;
    await db.execute(sql`INSERT INTO settings (key, value, updated_at) VALUES ('test.touch', '1', now() - interval '1 day')`);
    await db.execute(sql`UPDATE settings SET value = '1' WHERE key = 'test.touch'`);
    const [unchanged] = await queryRows<{ age: number }>(db, sql`SELECT extract(epoch FROM now() - updated_at)::int AS age FROM settings WHERE key = 'test.touch'`);
    expect(unchanged!.age).toBeGreaterThan(3600);
    await db.execute(sql`UPDATE settings SET value = '2' WHERE key = 'test.touch'`);
    const [changed] = await queryRows<{ age: number }>(db, sql`SELECT extract(epoch FROM now() - updated_at)::int AS age FROM settings WHERE key = 'test.touch'`);
    expect(changed!.age).toBeLessThan(60);
  });

  it('enforces one lead per email, whatever its case', async () => {
    const db = t().db;
    await db.execute(sql`INSERT INTO leads (company_name, industry, source, email) VALUES ('A', 'dental', 'manual', 'Ann@Example.com')`);
    await expect(db.execute(sql`INSERT INTO leads (company_name, industry, source, email) VALUES ('B', 'dental', 'manual', 'ann@example.COM')`)).rejects.toThrow();
    await db.execute(sql`INSERT INTO leads (company_name, industry, source) VALUES ('C', 'dental', 'manual'), ('D', 'dental', 'manual')`);
  });
});

describe('committed migrations', () => {
  it('match the schema (drizzle-kit generate finds nothing to add)', () => {
    // drizzle-kit wants a relative `out`; a scratch copy inside the project keeps the real folder untouched.
    const work = join('.tmp', `kit-check-${process.pid}`);
    rmSync(work, { recursive: true, force: true });
    cpSync('migrations', join(work, 'migrations'), { recursive: true });
    const config = join(work, 'drizzle.config.ts');
    writeFileSync(config, `export default { dialect: 'postgresql', schema: './src-main/db/schema/index.ts', out: './${work}/migrations' };\n`);
    try {
      const run = spawnSync(process.execPath, ['node_modules/drizzle-kit/bin.cjs', 'generate', '--config', config], { encoding: 'utf8' });
      const output = `${run.stdout}\n${run.stderr}`;
      expect(output, output).toContain('No schema changes');
      const before = readdirSync('migrations').filter((f) => f.endsWith('.sql')).sort();
      const after = readdirSync(join(work, 'migrations')).filter((f) => f.endsWith('.sql')).sort();
      expect(after, 'drizzle-kit generated a migration: the schema changed without one').toEqual(before);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
