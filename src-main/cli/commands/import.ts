import { isAbsolute, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { dedupeStrategies, type DedupeStrategy } from '../../../src-shared/domain/import-options';
import { isColumnTarget, type ColumnTarget } from '../../../src-shared/domain/lead-fields';
import { AppError } from '../../rpc/app-error';
import { CsvFileError } from '../../services/imports/csv-file-error';
import { prepareImportFile } from '../../services/imports/import-file';
import { findPreset } from '../../services/imports/import-presets';
import { UsageError, type CliCommand } from '../cli-command';
import { openAppForCli } from '../open-app-for-cli';

/** 'Email Address=email,Company=companyName' → mapping; a header may itself hold '=' only before the last one. */
export function parseMapOption(text: string): Record<string, ColumnTarget> {
  const mapping: Record<string, ColumnTarget> = {};
  for (const part of text.split(',')) {
    if (!part.trim()) continue;
    const at = part.lastIndexOf('=');
    if (at <= 0) throw new UsageError(`--map takes Header=field pairs, not "${part}"`);
    const header = part.slice(0, at).trim();
    const target = part.slice(at + 1).trim();
    if (!isColumnTarget(target))
      throw new UsageError(`"${target}" is not a lead field (companyName, email, website, phone, … custom, ignore)`);
    mapping[header] = target;
  }
  return mapping;
}

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Import leads from a CSV file',
  usage:
    "outreach-desk import FILE [--map 'Header=field,…'] [--preset NAME] [--dedupe skip|fill|overwrite] [--source S] [--industry I] [--tags 'a,b'] [--country C] [--json]",
  async run(args, globals, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        map: { type: 'string' },
        preset: { type: 'string' },
        dedupe: { type: 'string' },
        source: { type: 'string' },
        industry: { type: 'string' },
        tags: { type: 'string' },
        country: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
    if (positionals.length !== 1) throw new UsageError('Give exactly one CSV file.');
    const path = isAbsolute(positionals[0]!) ? positionals[0]! : resolve(positionals[0]!);
    if (!existsSync(path)) throw new UsageError(`There is no file at ${path}`);
    const dedupe = (values.dedupe ?? 'skip') as DedupeStrategy;
    if (!dedupeStrategies.includes(dedupe)) throw new UsageError(`--dedupe is skip, fill or overwrite, not "${values.dedupe}"`);
    const mapping = values.map ? parseMapOption(values.map) : undefined;
    const tags = values.tags
      ?.split(',')
      .map((t) => t.trim())
      .filter(Boolean);

    const app = await openAppForCli(globals);
    try {
      if (values.preset && !(await findPreset(app.ctx.db, values.preset))) {
        io.err(`There is no saved mapping named "${values.preset}"; it will be saved under that name.`);
      }
      let prepared;
      try {
        prepared = await prepareImportFile(
          { db: app.ctx.db, handle: app.ctx.database, dataDir: app.ctx.dataDir },
          {
            path,
            mapping,
            presetName: values.preset,
            dedupe,
            defaults: { source: values.source, industry: values.industry, country: values.country, ...(tags ? { tags } : {}) },
          },
        );
      } catch (error) {
        if (error instanceof AppError || error instanceof CsvFileError) {
          io.err(error.message);
          return 1;
        }
        throw error;
      }
      const controller = new AbortController();
      void io.interrupted.then(() => controller.abort());
      const outcome = await prepared.run({
        signal: controller.signal,
        onProgress: values.json
          ? undefined
          : (p) => io.err(`${p.rows} rows, ${p.rowsPerSecond} rows/s${p.etaSeconds ? `, about ${p.etaSeconds}s left` : ''}`),
      });
      const summary = {
        batchId: outcome.batchId,
        rows: outcome.rows,
        imported: outcome.imported,
        updated: outcome.updated,
        duplicates: outcome.duplicates,
        failed: outcome.failed,
      };
      if (values.json) {
        io.out(JSON.stringify(summary));
      } else {
        io.out(
          `Import ${outcome.status}: ${summary.rows} rows, ${summary.imported} imported, ${summary.updated} updated, ` +
            `${summary.duplicates} duplicates skipped, ${summary.failed} failed (batch ${summary.batchId}).`,
        );
        if (outcome.errorReportPath) io.out(`Failed rows and why: ${outcome.errorReportPath}`);
        for (const warning of outcome.fileSummary?.warnings ?? []) io.out(`Note: ${warning}`);
      }
      if (outcome.error) io.err(outcome.error);
      return outcome.status === 'completed' ? 0 : 1;
    } finally {
      await app.close();
    }
  },
};
