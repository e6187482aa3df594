import { parseArgs } from 'node:util';
import { deriveBookingPotential, deriveDigitalMaturityScore } from '../../../src-shared/domain/qualification';
import { analyseSite, normaliseSiteUrl } from '../../services/research';
import { describeAnalysis } from '../../services/research/jobs/analyse-one-url';
import { UsageError, type CliCommand } from '../cli-command';

/**
 * One website, analysed now, printed. It needs no database (and takes no lock), so it runs while
 * the app is open; nothing is saved.
 */
export const analyzeCommand: CliCommand = {
  name: 'analyze',
  summary: 'Analyse one website: booking tool, forms, pricing, hours, contacts (nothing is saved)',
  usage: 'outreach-desk analyze URL [--json] [--allow-private-network] [--polite-delay MS]',
  async run(args, _globals, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { json: { type: 'boolean' }, 'allow-private-network': { type: 'boolean' }, 'polite-delay': { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length !== 1) throw new UsageError('Give exactly one website address.');
    const url = positionals[0]!;
    if (!normaliseSiteUrl(url)) throw new UsageError(`"${url}" is not a website address.`);
    const delay = values['polite-delay'] === undefined ? 500 : Number(values['polite-delay']);
    if (!Number.isInteger(delay) || delay < 0) throw new UsageError('--polite-delay must be a number of milliseconds.');

    const controller = new AbortController();
    void io.interrupted.then(() => controller.abort());
    const analysis = await analyseSite(url, { allowPrivateNetwork: values['allow-private-network'] ?? false, politeDelayMs: delay }, { signal: controller.signal });
    if (values.json) {
      const potential = deriveBookingPotential(analysis);
      const maturity = deriveDigitalMaturityScore(analysis);
      io.out(JSON.stringify({ ...analysis, bookingPotential: potential, digitalMaturity: maturity }));
      return analysis.ok ? 0 : 1;
    }
    const view = describeAnalysis(analysis, false);
    io.out(`${view.domain}: ${view.ok ? 'analysed' : 'could not be analysed'} (${view.pages} pages)`);
    io.out(`Booking tool:      ${view.bookingTool ?? 'none found'}`);
    io.out(`Booking potential: ${view.bookingPotential.potential}`);
    io.out(`Digital maturity:  ${view.digitalMaturity.score}/100`);
    if (view.emails.length) io.out(`Emails:            ${view.emails.join(', ')}`);
    if (view.phones.length) io.out(`Phones:            ${view.phones.join(', ')}`);
    for (const line of view.lines) io.out(`  • ${line.text}`);
    for (const error of view.errors) io.err(`  ! ${error}`);
    return analysis.ok ? 0 : 1;
  },
};
