import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startElectronApp } from './app/start-electron';

// Start-up only; see app/start-electron.ts.
startElectronApp(dirname(fileURLToPath(import.meta.url)));
