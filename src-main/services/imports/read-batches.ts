import { desc, eq, sql } from 'drizzle-orm';
import { existsSync } from 'node:fs';
import type { ImportBatchSummary, BatchLeadPreview } from '../../../src-shared/contract/imports';
import type { AppDb } from '../../db/client';
import { leadBatches, leads, type LeadBatch } from '../../db/schema';
import { notFound } from '../../rpc/app-error';

function toSummary(b: LeadBatch, running: boolean): ImportBatchSummary {
  const settings = b.importSettings as {
    mapping?: Record<string, string>;
    dedupe?: string;
    format?: string;
    presetName?: string;
    defaults?: { industry?: string; source?: string; tags?: string[] };
    file?: { warnings?: string[]; blankLines?: number; preambleRows?: number; encoding?: string } | null;
  };
  return {
    id: b.id,
    name: b.name,
    fileName: b.sourceFile,
    // A batch marked running that no job of this process runs is another instance's (shared server).
    status: b.status,
    runningHere: running,
    rows: b.totalLeads,
    imported: b.successfulImports,
    updated: b.updatedLeads,
    duplicates: b.duplicatesSkipped,
    failed: b.failedImports,
    hasErrorReport: b.errorReportPath !== null && existsSync(b.errorReportPath),
    mapping: (settings.mapping ?? {}) as Record<string, string>,
    dedupe: (settings.dedupe ?? 'skip') as ImportBatchSummary['dedupe'],
    format: settings.format ?? 'generic',
    presetName: settings.presetName ?? null,
    defaults: {
      industry: settings.defaults?.industry ?? null,
      source: settings.defaults?.source ?? null,
      tags: settings.defaults?.tags ?? [],
    },
    fileWarnings: settings.file?.warnings ?? [],
    notes: b.notes,
    createdAt: b.createdAt.toISOString(),
    completedAt: b.completedAt?.toISOString() ?? null,
    undoneAt: b.undoneAt?.toISOString() ?? null,
    undoKeptLeads: b.undoKeptLeads,
  };
}

export async function listBatches(db: AppDb, isRunningHere: (id: string) => boolean, limit = 200): Promise<ImportBatchSummary[]> {
  const rows = await db.select().from(leadBatches).orderBy(desc(leadBatches.createdAt)).limit(limit);
  return rows.map((b) => toSummary(b, isRunningHere(b.id)));
}

export async function readBatch(db: AppDb, batchId: string, isRunningHere: (id: string) => boolean): Promise<ImportBatchSummary> {
  const [b] = await db.select().from(leadBatches).where(eq(leadBatches.id, batchId));
  if (!b) throw notFound('That import');
  return toSummary(b, isRunningHere(b.id));
}

export async function readBatchRecord(db: AppDb, batchId: string): Promise<LeadBatch> {
  const [b] = await db.select().from(leadBatches).where(eq(leadBatches.id, batchId));
  if (!b) throw notFound('That import');
  return b;
}

/** The first leads of a batch, for the batch page's preview (the leads page lists them all). */
export async function previewBatchLeads(db: AppDb, batchId: string, limit: number): Promise<{ total: number; leads: BatchLeadPreview[] }> {
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(leads)
    .where(eq(leads.batchId, batchId));
  const rows = await db
    .select({
      id: leads.id,
      companyName: leads.companyName,
      contactName: leads.contactName,
      email: leads.email,
      phone: leads.phone,
      website: leads.website,
      city: leads.city,
      country: leads.country,
      industry: leads.industry,
    })
    .from(leads)
    .where(eq(leads.batchId, batchId))
    .orderBy(leads.createdAt, leads.id)
    .limit(limit);
  return { total: count?.n ?? 0, leads: rows };
}
