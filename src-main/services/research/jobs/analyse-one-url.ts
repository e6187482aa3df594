import type { UrlAnalysis } from '../../../../src-shared/contract/research';
import { deriveBookingPotential, deriveDigitalMaturityScore } from '../../../../src-shared/domain/qualification';
import type { Clock } from '../../../context';
import type { DbOrTx } from '../../../db/client';
import { AppError } from '../../../rpc/app-error';
import { normaliseSiteUrl, type AnalyserDeps } from '../analyse-site';
import { analyseSites } from '../analyse-sites';
import type { SiteAnalysis } from '../site-analysis';
import { createDbAnalysisCache } from '../db-analysis-cache';
import { readAnalyserSettings } from './analyser-settings';
import { bookingToolName, evidenceLines } from './evidence-lines';

/** One address, analysed now (or answered from the cache), for the Research page's "try a site" box. */
export async function analyseOneUrl(
  db: DbOrTx,
  clock: Clock,
  input: { url: string; force?: boolean | undefined },
  overrides: Partial<AnalyserDeps> = {},
): Promise<UrlAnalysis> {
  if (!normaliseSiteUrl(input.url)) throw new AppError('INVALID_INPUT', `“${input.url}” is not a website address.`);
  const settings = await readAnalyserSettings(db);
  const [result] = await analyseSites(
    [input.url],
    { ...settings.analyser, now: () => clock.now(), ...overrides, cache: createDbAnalysisCache(db, clock) },
    { force: input.force ?? false },
  );
  return describeAnalysis(result!.analysis, result!.fromCache);
}

export function describeAnalysis(analysis: SiteAnalysis, fromCache: boolean): UrlAnalysis {
  const potential = deriveBookingPotential(analysis);
  const maturity = deriveDigitalMaturityScore(analysis);
  return {
    url: analysis.url,
    domain: analysis.domain,
    ok: analysis.ok,
    fromCache,
    bookingTool: bookingToolName(analysis),
    lines: evidenceLines(analysis),
    bookingPotential: { potential: potential.potential, factors: potential.factors },
    digitalMaturity: { score: maturity.score, factors: maturity.factors },
    emails: analysis.emails,
    phones: analysis.phones,
    pages: analysis.pages.length,
    errors: analysis.errors,
  };
}
