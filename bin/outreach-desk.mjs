#!/usr/bin/env node
// The `outreach-desk` command: runs the built CLI, building the app first when the build is
// missing or older than the sources (a fresh clone, or a checkout after a pull).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'out', 'main', 'cli.js');
const sourceDirs = ['src-main', 'src-shared', 'src-renderer'].map((d) => join(root, d)).filter(existsSync);

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const stale = !existsSync(built) || (sourceDirs.length > 0 && Math.max(...sourceDirs.map(newestMtime)) > statSync(built).mtimeMs);
if (stale && sourceDirs.length > 0 && process.env.OUTREACH_SKIP_BUILD !== '1') {
  process.stderr.write('Building Outreach Desk (first run or sources changed)…\n');
  const build = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
await import(pathToFileURL(built).href);
