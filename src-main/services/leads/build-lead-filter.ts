import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { LeadFilter, LeadTarget } from '../../../src-shared/contract/leads';
import { tierThresholds } from '../../../src-shared/domain/lead-score';
import { campaignLeads, leads } from '../../db/schema';

/**
 * The text the search box matches, as one expression. It must stay identical to the expression of
 * the `leads_search_trgm_idx` GIN index (schema/leads.ts), or searches stop using the index.
 */
export const leadSearchDocument = sql`(${leads.companyName} || ' ' || coalesce(${leads.contactName}, '') || ' ' || coalesce(${leads.email}, '') || ' ' || coalesce(${leads.website}, '') || ' ' || coalesce(${leads.city}, '') || ' ' || coalesce(${leads.notes}, ''))`;

/** `%`, `_` and `\` typed by the user are literal characters, not LIKE wildcards. */
function likePattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Where a word starts: the start of the text or after one of these characters. They are spelled out
 * because pg_trgm narrows the index with explicit characters but not with classes such as \s.
 */
const wordStart = `(^|[ \t\n\r.,;:!?@/_'"()&+-])`;

/**
 * One search word as a condition. A word of one or two letters or digits matches where a word starts
 * ("ly" finds Lyon, not Italy): so short a pattern has no trigram of its own, and matching it anywhere
 * made the index hand over every row of the other words (a 2-letter word took 500 ms at 1M leads).
 */
function searchWord(word: string): SQL {
  if ([...word].length < 3 && /^[\p{L}\p{N}]/u.test(word)) {
    const literal = word.replace(/[^\p{L}\p{N}]/gu, (c) => `\\${c}`);
    return sql`${leadSearchDocument} ~* ${wordStart + literal}`;
  }
  return sql`${leadSearchDocument} ILIKE ${likePattern(word)}`;
}

/** A list of values as separate parameters: works in every driver and when parameters are inlined (COPY). */
function valueList(values: readonly string[]): SQL {
  return sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );
}

function textArray(values: readonly string[]): SQL {
  return sql`ARRAY[${valueList(values)}]::varchar[]`;
}

/** A day (inclusive) or an instant, as a timestamptz bound. A day is taken in UTC. */
function lowerBound(value: string): string {
  return value.length === 10 ? `${value}T00:00:00.000Z` : new Date(value).toISOString();
}

function upperBoundExclusive(value: string): string {
  if (value.length === 10) return new Date(Date.parse(`${value}T00:00:00.000Z`) + 86_400_000).toISOString();
  return new Date(Date.parse(value) + 1).toISOString();
}

const has = (values: readonly unknown[] | undefined): values is readonly string[] => !!values && values.length > 0;

/**
 * The WHERE condition of a lead filter, over the `leads` table. The one place a filter becomes
 * SQL: the table, bulk actions, exports, saved views, campaign audiences and research use it.
 * An empty filter is `true`.
 */
export function buildLeadFilter(filter: LeadFilter = {}): SQL {
  const parts: SQL[] = [];

  const words = (filter.search ?? '').split(/\s+/).filter(Boolean).slice(0, 8);
  for (const word of words) parts.push(searchWord(word));

  if (has(filter.statuses)) parts.push(sql`${leads.status} IN (${valueList(filter.statuses)})`);
  if (has(filter.sources)) parts.push(sql`${leads.source} IN (${valueList(filter.sources)})`);
  if (has(filter.industries)) parts.push(sql`${leads.industry} IN (${valueList(filter.industries)})`);
  if (has(filter.countries)) parts.push(sql`${leads.country} IN (${valueList(filter.countries)})`);
  if (has(filter.cities)) parts.push(sql`${leads.city} IN (${valueList(filter.cities)})`);
  if (has(filter.companySizes)) parts.push(sql`${leads.companySize} IN (${valueList(filter.companySizes)})`);
  if (has(filter.verificationStatuses)) parts.push(sql`${leads.verificationStatus} IN (${valueList(filter.verificationStatuses)})`);

  if (has(filter.tags)) {
    parts.push(filter.tagsMode === 'all' ? sql`${leads.tags} @> ${textArray(filter.tags)}` : sql`${leads.tags} && ${textArray(filter.tags)}`);
  }

  if (filter.scoreMin !== undefined) parts.push(sql`${leads.qualityScore} >= ${filter.scoreMin}`);
  if (filter.scoreMax !== undefined) parts.push(sql`${leads.qualityScore} <= ${filter.scoreMax}`);
  if (has(filter.tiers)) {
    const tiers = filter.tiers.map((tier) =>
      tier === 'hot'
        ? sql`${leads.qualityScore} >= ${tierThresholds.hot}`
        : tier === 'warm'
          ? sql`(${leads.qualityScore} >= ${tierThresholds.warm} AND ${leads.qualityScore} < ${tierThresholds.hot})`
          : sql`${leads.qualityScore} < ${tierThresholds.warm}`,
    );
    parts.push(sql`(${sql.join(tiers, sql` OR `)})`);
  }

  if (has(filter.bookingPotentials)) {
    const known = filter.bookingPotentials.filter((v) => v !== 'unknown');
    const options: SQL[] = [];
    if (known.length) options.push(sql`${leads.bookingPotential} IN (${valueList(known)})`);
    if (filter.bookingPotentials.includes('unknown')) options.push(sql`${leads.bookingPotential} IS NULL`);
    parts.push(sql`(${sql.join(options, sql` OR `)})`);
  }

  const presence = (column: AnyPgColumn, wanted: boolean | undefined) => {
    if (wanted === true) parts.push(sql`(${column} IS NOT NULL AND ${column} <> '')`);
    if (wanted === false) parts.push(sql`(${column} IS NULL OR ${column} = '')`);
  };
  presence(leads.email, filter.hasEmail);
  presence(leads.phone, filter.hasPhone);
  presence(leads.website, filter.hasWebsite);

  if (has(filter.batchIds)) parts.push(sql`${leads.batchId} IN (${valueList(filter.batchIds)})`);
  if (has(filter.campaignIds)) {
    parts.push(
      sql`EXISTS (SELECT 1 FROM ${campaignLeads} WHERE ${campaignLeads.leadId} = ${leads.id} AND ${campaignLeads.campaignId} IN (${valueList(filter.campaignIds)}))`,
    );
  }
  if (has(filter.notInCampaignIds)) {
    parts.push(
      sql`NOT EXISTS (SELECT 1 FROM ${campaignLeads} WHERE ${campaignLeads.leadId} = ${leads.id} AND ${campaignLeads.campaignId} IN (${valueList(filter.notInCampaignIds)}))`,
    );
  }

  if (filter.createdFrom) parts.push(sql`${leads.createdAt} >= ${lowerBound(filter.createdFrom)}::timestamptz`);
  if (filter.createdTo) parts.push(sql`${leads.createdAt} < ${upperBoundExclusive(filter.createdTo)}::timestamptz`);
  if (filter.lastContactedFrom) parts.push(sql`${leads.lastContactedAt} >= ${lowerBound(filter.lastContactedFrom)}::timestamptz`);
  if (filter.lastContactedTo) parts.push(sql`${leads.lastContactedAt} < ${upperBoundExclusive(filter.lastContactedTo)}::timestamptz`);
  if (filter.neverContacted === true) parts.push(sql`${leads.lastContactedAt} IS NULL`);
  if (filter.neverContacted === false) parts.push(sql`${leads.lastContactedAt} IS NOT NULL`);

  return parts.length ? sql`(${sql.join(parts, sql` AND `)})` : sql`true`;
}

/** The WHERE condition of a bulk action's target: a filter minus unticked rows, or a list of ids. */
export function buildLeadTarget(target: LeadTarget): SQL {
  if ('ids' in target) return sql`${leads.id} IN (${valueList(target.ids)})`;
  const where = buildLeadFilter(target.filter);
  if (!target.excludeIds?.length) return where;
  return sql`(${where} AND ${leads.id} NOT IN (${valueList(target.excludeIds)}))`;
}

/** The filter without its status part: the pipeline bar counts every status of the rest. */
export function withoutStatuses(filter: LeadFilter): LeadFilter {
  const { statuses: _statuses, ...rest } = filter;
  return rest;
}
