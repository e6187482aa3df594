import type { BridgeRoute } from './create-http-bridge';
import { exportLeadsCsv } from '../services/leads/export-leads';
import { exportFileName, exportTicketsOf } from '../services/leads/export-tickets';

/** GET /download/leads.csv?ticket=…: streams the export a `leads.export` call prepared (once). */
export const downloadLeadsRoute: BridgeRoute = {
  method: 'GET',
  prefix: '/download/leads.csv',
  ownCredential: true,
  async handle(req, res, ctx) {
    const ticket = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('ticket') ?? '';
    const input = exportTicketsOf(ctx).redeem(ticket, ctx.clock.now());
    if (!input) {
      res.writeHead(410, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end('This download link has expired or was already used. Export again from the Leads page.');
      return;
    }
    res.writeHead(200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${exportFileName(ctx.clock.now())}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    await exportLeadsCsv(ctx.database, input, res);
  },
};
