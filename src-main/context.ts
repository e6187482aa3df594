import type { EventName, EventPayloads } from '../src-shared/contract';
import type { AppDb, DatabaseHandle } from './db/client';
import type { AppConfigFile } from './config/app-config-file';
import type { SecretStore } from './secrets/secret-store';
import type { ResearchRunner } from './services/research/jobs/research-job-runner';
import type { CampaignScheduler } from './services/campaigns/campaign-scheduler';
import type { DeliveryEngine } from './services/sending/delivery-engine';
import type { TransportFactory } from './services/sending/smtp-transport';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface EventSink {
  emit<E extends EventName>(name: E, payload: EventPayloads[E]): void;
  subscribe(listener: (name: EventName, payload: unknown) => void): () => void;
}

export function createEventSink(): EventSink {
  const listeners = new Set<(name: EventName, payload: unknown) => void>();
  return {
    emit(name, payload) {
      for (const listener of listeners) {
        try {
          listener(name, payload);
        } catch {
          // One broken window must not stop events reaching the others.
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export interface Logger {
  info(message: string, ...rest: unknown[]): void;
  warn(message: string, ...rest: unknown[]): void;
  error(message: string, ...rest: unknown[]): void;
}

export const consoleLogger: Logger = {
  info: (m, ...r) => console.log(m, ...r),
  warn: (m, ...r) => console.warn(m, ...r),
  error: (m, ...r) => console.error(m, ...r),
};

export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** Everything a handler or service may need, passed explicitly: nothing reaches for a global. */
export interface AppContext {
  db: AppDb;
  database: DatabaseHandle;
  /** Which setting chose this database, when it was not the saved choice. */
  databaseOverride: 'environment' | 'command-line' | null;
  dataDir: string;
  shell: 'electron' | 'bridge' | 'cli';
  version: string;
  clock: Clock;
  events: EventSink;
  secrets: SecretStore;
  config: AppConfigFile;
  log: Logger;
  /** Runs website-analysis jobs; absent in one-shot CLI commands (queued jobs then wait for the app). */
  research?: ResearchRunner;
  /** The campaign scheduler, when this process runs background work. */
  campaignScheduler?: CampaignScheduler;
  /** The delivery engine of this process, when it runs one (app, `serve`, `run`): woken after changes. */
  sendingEngine?: DeliveryEngine | undefined;
  /** nodemailer's createTransport; tests may wrap it. */
  createTransport?: TransportFactory;
  /** Opens a link in the system browser; absent where there is none (bridge, CLI). */
  openExternal?: (url: string) => Promise<void>;
  /** Asks the user where to save a file (Electron's save dialog); null when they cancel. Absent in bridge and CLI. */
  chooseSavePath?: (defaultName: string) => Promise<string | null>;
}
