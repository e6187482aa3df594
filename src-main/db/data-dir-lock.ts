import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';

/**
 * PGlite is single-process: two processes writing one folder silently lose commits or corrupt it.
 * A lock file beside the folder makes the second process stop with a clear message instead.
 */
export interface LockHolder {
  pid: number;
  hostname: string;
  command: string;
  startedAt: string;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly lockPath: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The database folder is already open in another Outreach Desk process ` +
        `(pid ${holder.pid} on ${holder.hostname}: ${holder.command}, since ${holder.startedAt}). ` +
        `Close that one first. Lock file: ${lockPath}`,
    );
    this.name = 'DataDirLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(lockPath: string): LockHolder | null {
  try {
    return JSON.parse(readFileSync(lockPath, 'utf8')) as LockHolder;
  } catch {
    return null;
  }
}

export interface DataDirLock {
  path: string;
  release(): void;
}

export function acquireDataDirLock(lockPath: string, command = process.argv.slice(1).join(' ')): DataDirLock {
  mkdirSync(dirname(lockPath), { recursive: true });
  const me: LockHolder = { pid: process.pid, hostname: hostname(), command, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      // 'wx' fails if the file exists: creation is the atomic test-and-set.
      const fd = openSync(lockPath, 'wx', 0o600);
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      let released = false;
      return {
        path: lockPath,
        release() {
          if (released) return;
          released = true;
          const holder = readHolder(lockPath);
          if (holder?.pid === process.pid) rmSync(lockPath, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(lockPath);
      // A half-written lock file is younger than a second; give its writer a moment.
      if (!holder) {
        if (attempt < 2) {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
          continue;
        }
        rmSync(lockPath, { force: true });
        continue;
      }
      // A lock left by a crashed process on this machine is stale and safe to take over.
      if (holder.hostname === me.hostname && (!isAlive(holder.pid) || holder.pid === process.pid)) {
        rmSync(lockPath, { force: true });
        continue;
      }
      throw new DataDirLockedError(lockPath, holder);
    }
  }
  throw new Error(`Could not take the database lock ${lockPath}`);
}
