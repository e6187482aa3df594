import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { LeadFilter } from '../../../src-shared/contract/leads';
import { leadStatusValues, type LeadStatusValue } from '../../../src-shared/domain/lead-values';
import { exportLeadsCsv } from '../../services/leads/export-leads';
import { countLeads } from '../../services/leads/list-leads';
import { seedLeads } from '../../services/leads/seed-leads';
import { UsageError, type CliCommand } from '../cli-command';
import { openAppForCli } from '../open-app-for-cli';

export const leadsExportCommand: CliCommand = {
  name: 'leads export',
  summary: 'Write leads to a CSV file (all of them, or those of a status or search)',
  usage: 'outreach-desk leads export --out FILE.csv [--status S]… [--search TEXT] [--data-dir DIR] [--database-url URL]',
  async run(args, globals, io) {
    const { values } = parseArgs({
      args,
      options: { out: { type: 'string' }, status: { type: 'string', multiple: true }, search: { type: 'string' } },
      strict: true,
    });
    if (!values.out) throw new UsageError('--out FILE.csv is required');
    const statuses = (values.status ?? []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
    const unknown = statuses.filter((s) => !(leadStatusValues as readonly string[]).includes(s));
    if (unknown.length) throw new UsageError(`Unknown status ${unknown.join(', ')}: use ${leadStatusValues.join(', ')}`);
    const filter: LeadFilter = {
      ...(statuses.length ? { statuses: statuses as LeadStatusValue[] } : {}),
      ...(values.search?.trim() ? { search: values.search.trim() } : {}),
    };
    const app = await openAppForCli(globals);
    try {
      const path = resolve(values.out);
      const rows = await countLeads(app.ctx.db, filter);
      const { bytes } = await exportLeadsCsv(app.ctx.database, { filter }, createWriteStream(path));
      io.out(`Exported ${rows} lead${rows === 1 ? '' : 's'} to ${path} (${(bytes / 1024).toFixed(0)} KB).`);
      return 0;
    } finally {
      await app.close();
    }
  },
};

export const leadsSeedCommand: CliCommand = {
  name: 'leads seed',
  summary: 'Fill the database with realistic synthetic leads, for demos and benchmarks',
  usage: 'outreach-desk leads seed --count N [--data-dir DIR] [--database-url URL]',
  async run(args, globals, io) {
    const { values } = parseArgs({ args, options: { count: { type: 'string' } }, strict: true });
    const count = Number(values.count);
    if (!Number.isInteger(count) || count < 1 || count > 10_000_000) throw new UsageError('--count must be a whole number from 1 to 10,000,000');
    const app = await openAppForCli(globals);
    try {
      const started = Date.now();
      const result = await seedLeads(app.ctx.database, { count, onProgress: (n) => count >= 200_000 && io.err(`  ${n.toLocaleString('en')} inserted…`) });
      io.out(`Added ${result.inserted} synthetic leads (${result.scored} scored) in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
      return 0;
    } finally {
      await app.close();
    }
  },
};
