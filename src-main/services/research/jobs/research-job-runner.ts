import { and, asc, eq, sql } from 'drizzle-orm';
import type { ResearchJob, ResearchResult } from '../../../../src-shared/contract/research';
import type { Clock, EventSink, Logger } from '../../../context';
import { queryRows, type AppDb } from '../../../db/client';
import { researchJobLeads, scrapingJobs, type ScrapingJob } from '../../../db/schema';
import { AppError } from '../../../rpc/app-error';
import { recordActivity } from '../../activity/record-activity';
import { analyseSites } from '../analyse-sites';
import { domainKey, type AnalyserDeps } from '../analyse-site';
import { createDbAnalysisCache } from '../db-analysis-cache';
import { applyAnalyses, type FinishedSite } from './apply-analyses';
import { readResearchJob, researchSource, toResearchJob, type ResearchJobFilters } from './read-research-jobs';
import { readAnalyserSettings } from './analyser-settings';

export interface ResearchRunnerDeps {
  db: AppDb;
  clock: Clock;
  events: EventSink;
  log: Logger;
  /** Embedded: this process is the only one, so any job left `running` was abandoned. */
  mode: 'embedded' | 'server';
  /** Test seams over what the settings give (resolver, allowed loopback addresses, delays). */
  analyser?: Partial<AnalyserDeps>;
  /** How often a running job proves it is alive; also how often other instances' jobs are looked for. */
  heartbeatMs?: number;
  /** A job started this many times without finishing is failed instead of resumed again. */
  maxAttempts?: number;
}

export interface ResearchRunner {
  /** Looks for queued work now (after a job was started). */
  wake(): void;
  cancel(jobId: string): Promise<ResearchJob>;
  /** Settles when no job is running and none is queued for this runner (tests). */
  idle(): Promise<void>;
  /** Stops the running job where it is (it stays resumable) and the polling. */
  stop(): Promise<void>;
}

const batchSize = 25;
const eventEveryMs = 250;

/**
 * Runs website-analysis jobs one at a time in this app instance. Jobs are claimed with
 * FOR UPDATE SKIP LOCKED, so instances sharing a server never run the same job; a job whose
 * instance died (heartbeat stopped) is queued again and resumes with the websites not yet done.
 */
export function createResearchRunner(deps: ResearchRunnerDeps): ResearchRunner {
  const { db, clock, events, log } = deps;
  const heartbeatMs = deps.heartbeatMs ?? 5_000;
  const maxAttempts = deps.maxAttempts ?? 3;
  // A server job is abandoned after missing several heartbeats; an embedded one as soon as we start.
  const staleAfterMs = deps.mode === 'embedded' ? 0 : heartbeatMs * 6;
  let current: { jobId: string; controller: AbortController } | null = null;
  let loop: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let recovered = false;

  const tick = (): void => {
    if (stopped) return;
    if (loop) {
      again = true;
      return;
    }
    loop = (async () => {
      try {
        do {
          again = false;
          if (!recovered || deps.mode === 'server') {
            await recoverAbandonedJobs(db, clock, staleAfterMs, maxAttempts, events);
            recovered = true;
          }
          for (let job = await claimJob(db, clock); job && !stopped; job = await claimJob(db, clock)) await runJob(job);
        } while (again && !stopped);
      } catch (error) {
        log.error('research runner: ', error);
      } finally {
        loop = null;
      }
    })();
  };

  const poll = setInterval(tick, heartbeatMs * 2);
  poll.unref?.();

  async function runJob(job: ScrapingJob): Promise<void> {
    const controller = new AbortController();
    current = { jobId: job.id, controller };
    const filters = job.filters as unknown as ResearchJobFilters;
    const pending = await db
      .select({ position: researchJobLeads.position, leadId: researchJobLeads.leadId, website: researchJobLeads.website })
      .from(researchJobLeads)
      .where(and(eq(researchJobLeads.jobId, job.id), eq(researchJobLeads.state, 'pending')))
      .orderBy(asc(researchJobLeads.position));
    const [already] = await queryRows<{ done: number; failed: number }>(
      db,
      sql`select count(*) filter (where state <> 'pending')::int as done, count(*) filter (where state = 'failed')::int as failed from research_job_leads where job_id = ${job.id}`,
    );
    const state = { done: already!.done, failed: already!.failed, leadsUpdated: job.leadsImported, total: job.leadsFound };
    let latest: ResearchResult[] = [];
    let lastEvent = 0;
    const snapshot = (status: ScrapingJob['status'], extra: Partial<ScrapingJob> = {}): ResearchJob =>
      toResearchJob({ ...job, status, progress: progressOf(state.done, state.total), leadsImported: state.leadsUpdated, ...extra }, state);
    const emit = (status: ScrapingJob['status'], force: boolean, extra: Partial<ScrapingJob> = {}) => {
      if (!force && performance.now() - lastEvent < eventEveryMs) return;
      lastEvent = performance.now();
      events.emit('research.progressed', { job: snapshot(status, extra), latest: latest.slice(-50) });
      latest = [];
    };
    emit('running', true);

    // Results arrive one by one; they are written in small batches, one at a time, in order.
    const buffer: FinishedSite[] = [];
    let writing: Promise<void> = Promise.resolve();
    const flush = (): Promise<void> => {
      writing = writing.then(async () => {
        if (buffer.length === 0) return;
        const batch = buffer.splice(0, buffer.length);
        const applied = await applyAnalyses(db, job.id, batch);
        state.done += batch.length;
        state.failed += applied.failed;
        state.leadsUpdated += applied.leadsUpdated;
        latest.push(...applied.results);
        const [row] = await db
          .update(scrapingJobs)
          .set({ progress: progressOf(state.done, state.total), leadsImported: state.leadsUpdated, heartbeatAt: clock.now() })
          .where(eq(scrapingJobs.id, job.id))
          .returning({ status: scrapingJobs.status });
        // Cancelled from another instance (or a second window): stop here too.
        if (row?.status !== 'running') controller.abort(new AppError('CANCELLED', 'The job was cancelled.'));
        emit('running', false);
      });
      return writing;
    };
    const heartbeat = setInterval(() => {
      if (buffer.length) void flush().catch(() => undefined);
      else void db.update(scrapingJobs).set({ heartbeatAt: clock.now() }).where(eq(scrapingJobs.id, job.id)).catch(() => undefined);
    }, heartbeatMs);

    const rowsByUrl = new Map<string, typeof pending>();
    for (const row of pending) rowsByUrl.set(row.website, [...(rowsByUrl.get(row.website) ?? []), row]);
    try {
      const settings = await readAnalyserSettings(db);
      const cache = createDbAnalysisCache(db, clock);
      if (!filters.force) await cache.prefetch(pending.map((p) => domainKey(p.website)));
      await analyseSites(
        pending.map((p) => p.website),
        { ...settings.analyser, now: () => clock.now(), ...deps.analyser, cache },
        {
          concurrency: settings.concurrency,
          force: filters.force,
          signal: controller.signal,
          onProgress: ({ url, analysis, fromCache }) => {
            const row = rowsByUrl.get(url)!.shift()!;
            buffer.push({ ...row, analysis, fromCache });
            if (buffer.length >= batchSize) void flush().catch(() => undefined);
          },
        },
      );
      await flush();
      const completedAt = clock.now();
      const summaries = await queryRows<{ s: unknown }>(
        db,
        sql`select jsonb_build_object('position', position, 'leadId', lead_id, 'state', state) || coalesce(summary, '{}'::jsonb) as s
            from research_job_leads where job_id = ${job.id} order by position limit 10000`,
      );
      await db
        .update(scrapingJobs)
        .set({ status: 'completed', progress: 100, completedAt, leadsImported: state.leadsUpdated, resultsJson: summaries.map((r) => r.s), heartbeatAt: null })
        .where(and(eq(scrapingJobs.id, job.id), eq(scrapingJobs.status, 'running')));
      await recordActivity(db, {
        entityType: 'scraping_job',
        entityId: job.id,
        action: 'completed',
        description: `Website analysis finished: ${state.done} websites, ${state.leadsUpdated} leads updated, ${state.failed} could not be analysed`,
      });
      emit('completed', true, { completedAt });
    } catch (error) {
      // What finished before the stop is kept: those websites are done, the rest stay pending.
      await writing.catch(() => undefined);
      await flush().catch(() => undefined);
      if (stopped) {
        // The app is closing: queue the job again so the next start resumes it at once.
        await db.update(scrapingJobs).set({ status: 'queued', heartbeatAt: null }).where(and(eq(scrapingJobs.id, job.id), eq(scrapingJobs.status, 'running')));
      } else if (controller.signal.aborted) {
        emit('cancelled', true, { completedAt: clock.now() });
      } else {
        const message = error instanceof Error ? error.message : String(error);
        log.error(`research job ${job.id} failed`, error);
        const completedAt = clock.now();
        await db.update(scrapingJobs).set({ status: 'failed', errorMessage: message, completedAt, heartbeatAt: null }).where(eq(scrapingJobs.id, job.id));
        emit('failed', true, { completedAt, errorMessage: message });
      }
    } finally {
      clearInterval(heartbeat);
      current = null;
    }
  }

  return {
    wake: tick,
    async cancel(jobId) {
      const job = await cancelResearchJob(db, clock, events, jobId);
      if (current?.jobId === jobId) current.controller.abort(new AppError('CANCELLED', 'The job was cancelled.'));
      return job;
    },
    async idle() {
      while (loop) await loop;
    },
    async stop() {
      stopped = true;
      clearInterval(poll);
      current?.controller.abort(new AppError('CANCELLED', 'The app is closing.'));
      while (loop) await loop;
    },
  };
}

/**
 * Marks a queued or running job cancelled. The instance running it stops at its next batch (at
 * once when it is this one: the runner also aborts its signal); finished websites stay applied.
 */
export async function cancelResearchJob(db: AppDb, clock: Clock, events: EventSink, jobId: string): Promise<ResearchJob> {
  const [row] = await db
    .update(scrapingJobs)
    .set({ status: 'cancelled', completedAt: clock.now(), heartbeatAt: null })
    .where(and(eq(scrapingJobs.id, jobId), eq(scrapingJobs.source, researchSource), sql`${scrapingJobs.status} in ('queued', 'running')`))
    .returning({ id: scrapingJobs.id });
  if (!row) {
    const job = await readResearchJob(db, jobId);
    throw new AppError('PRECONDITION_FAILED', `That job has already ${job.status === 'completed' ? 'finished' : `been ${job.status}`}.`);
  }
  await recordActivity(db, { entityType: 'scraping_job', entityId: jobId, action: 'cancelled', description: 'Website analysis cancelled' });
  const job = await readResearchJob(db, jobId);
  events.emit('research.progressed', { job, latest: [] });
  return job;
}

function progressOf(done: number, total: number): number {
  return total === 0 ? 100 : Math.min(100, Math.floor((done / total) * 100));
}

/** Takes the oldest queued job for this instance; SKIP LOCKED lets other instances take the next one. */
async function claimJob(db: AppDb, clock: Clock): Promise<ScrapingJob | null> {
  const now = clock.now();
  const [claimed] = await queryRows<{ id: string }>(
    db,
    sql`update scraping_jobs set status = 'running', started_at = coalesce(started_at, ${now}), heartbeat_at = ${now}, attempts = attempts + 1
        where id = (select id from scraping_jobs where source = ${researchSource} and status = 'queued'
                    order by created_at, id limit 1 for update skip locked)
        returning id`,
  );
  if (!claimed) return null;
  const [job] = await db.select().from(scrapingJobs).where(eq(scrapingJobs.id, claimed.id));
  return job ?? null;
}

/**
 * A job still `running` with no live heartbeat was left by a crash or a killed process: queue it
 * again (it resumes with the websites not yet done), or fail it with the reason if it has already
 * been started too often — it is never left looking busy.
 */
export async function recoverAbandonedJobs(db: AppDb, clock: Clock, staleAfterMs: number, maxAttempts: number, events?: EventSink): Promise<void> {
  const staleBefore = new Date(clock.now().getTime() - staleAfterMs);
  const rows = await queryRows<{ id: string; attempts: number }>(
    db,
    sql`select id, attempts from scraping_jobs where source = ${researchSource} and status = 'running'
        and (heartbeat_at is null or heartbeat_at <= ${staleBefore}) for update skip locked`,
  );
  for (const row of rows) {
    const failing = row.attempts >= maxAttempts;
    const [job] = await db
      .update(scrapingJobs)
      .set(
        failing
          ? { status: 'failed', completedAt: clock.now(), heartbeatAt: null, errorMessage: `Stopped ${row.attempts} times before finishing (the app closed or crashed while it ran); not resumed again.` }
          : { status: 'queued', heartbeatAt: null },
      )
      .where(and(eq(scrapingJobs.id, row.id), eq(scrapingJobs.status, 'running')))
      .returning();
    if (!job) continue;
    await recordActivity(db, {
      entityType: 'scraping_job',
      entityId: job.id,
      action: failing ? 'failed' : 'resumed',
      description: failing ? job.errorMessage! : 'Website analysis interrupted by a restart; resuming with the websites not yet done',
    });
    if (failing && events) events.emit('research.progressed', { job: await readResearchJob(db, job.id), latest: [] });
  }
}
