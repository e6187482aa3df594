import { parseArgs } from 'node:util';
import { startHttpBridge } from '../../http-bridge/create-http-bridge';
import { bridgeRoutes } from '../../http-bridge/bridge-routes';
import { findRendererDir } from '../../http-bridge/serve-static';
import { UsageError, type CliCommand } from '../cli-command';
import { openAppForCli } from '../open-app-for-cli';

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'Run Outreach Desk in your browser, on 127.0.0.1 only',
  usage: 'outreach-desk serve [--port N] [--json] [--no-sending] [--data-dir DIR] [--database-url URL]',
  async run(args, globals, io) {
    const { values } = parseArgs({
      args,
      options: { port: { type: 'string' }, json: { type: 'boolean' }, 'no-sending': { type: 'boolean' } },
      strict: true,
    });
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, not "${values.port}"`);
    const rendererDir = findRendererDir();
    if (!rendererDir) io.err('The renderer is not built yet: run `npm run build` so the page can load.');
    const app = await openAppForCli(globals, { shell: 'bridge', background: { sending: !values['no-sending'] } });
    try {
      const bridge = await startHttpBridge({ router: app.router, ctx: app.ctx, rendererDir, port, routes: bridgeRoutes });
      if (values.json) io.out(JSON.stringify({ url: bridge.url, token: bridge.token, port: bridge.port }));
      else io.out(`Outreach Desk is running at ${bridge.url}`);
      await io.interrupted;
      await bridge.close();
      return 0;
    } finally {
      await app.close();
    }
  },
};
