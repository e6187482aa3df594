import type { AppContext } from '../../context';
import { recordActivity } from '../activity/record-activity';
import { removeUpload } from './upload-store';
import type { PreparedImport } from './import-file';

/** Imports running in this process, so imports.cancel can stop them and the batches page can tell. */
export interface ImportJobs {
  start(prepared: PreparedImport, options: { uploadId?: string | undefined }): void;
  cancel(batchId: string): boolean;
  isRunning(batchId: string): boolean;
  /** Cancels every running import and waits for each to record its counts (app shutdown). */
  stopAll(): Promise<void>;
}

const jobsByContext = new WeakMap<AppContext, ImportJobs>();

export function importJobsFor(ctx: AppContext): ImportJobs {
  let jobs = jobsByContext.get(ctx);
  if (!jobs) {
    jobs = createImportJobs(ctx);
    jobsByContext.set(ctx, jobs);
  }
  return jobs;
}

function createImportJobs(ctx: AppContext): ImportJobs {
  const running = new Map<string, { controller: AbortController; done: Promise<void> }>();
  return {
    start(prepared, { uploadId }) {
      const controller = new AbortController();
      let lastEmit = 0;
      const done = prepared
        .run({
          signal: controller.signal,
          onProgress: (progress) => {
            // At most ~5 events a second: a fast import must not flood the window.
            const now = Date.now();
            if (now - lastEmit < 200 && progress.etaSeconds !== 0) return;
            lastEmit = now;
            ctx.events.emit('imports.progressed', progress);
          },
        })
        .then(async (outcome) => {
          await recordActivity(ctx.db, {
            entityType: 'lead_batch',
            entityId: outcome.batchId,
            action: `import_${outcome.status}`,
            description: `Import ${outcome.status}: ${outcome.imported} imported, ${outcome.updated} updated, ${outcome.duplicates} duplicates, ${outcome.failed} failed.`,
            metadata: {
              rows: outcome.rows,
              imported: outcome.imported,
              updated: outcome.updated,
              duplicates: outcome.duplicates,
              failed: outcome.failed,
            },
          }).catch((error: unknown) => ctx.log.error('recording the import failed', error));
          if (outcome.error) ctx.log.error(`import ${outcome.batchId} failed: ${outcome.error}`);
          ctx.events.emit('imports.finished', { batchId: outcome.batchId, status: outcome.status });
        })
        .catch((error: unknown) => ctx.log.error('import job failed', error))
        .finally(() => {
          running.delete(prepared.batchId);
          if (uploadId) removeUpload(ctx.dataDir, uploadId);
        });
      running.set(prepared.batchId, { controller, done });
    },
    cancel(batchId) {
      const job = running.get(batchId);
      if (!job) return false;
      job.controller.abort();
      return true;
    },
    isRunning: (batchId) => running.has(batchId),
    async stopAll() {
      const jobs = [...running.values()];
      for (const job of jobs) job.controller.abort();
      await Promise.all(jobs.map((j) => j.done));
    },
  };
}
