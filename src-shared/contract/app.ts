import { z } from 'zod';
import { procedure } from './procedure';

export interface AppInfo {
  name: string;
  version: string;
  /** 'electron' in the desktop window, 'bridge' when served to a browser by `outreach-desk serve`. */
  shell: 'electron' | 'bridge';
  platform: string;
  dataDir: string;
  database: { mode: 'embedded' | 'server'; location: string };
}

export const appContract = {
  'app.info': procedure(z.object({}).strict()).returns<AppInfo>(),
  /** Opens an http(s) link in the system browser (Electron) or reports it cannot (bridge). */
  'app.openExternal': procedure(z.object({ url: z.url({ protocol: /^https?$/ }) }).strict()).returns<{ opened: boolean }>(),
};
