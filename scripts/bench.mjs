#!/usr/bin/env node
// Runs every *.bench.ts (or those whose path contains one of the given names), one process each,
// so one benchmark's memory and JIT state never colour another's figures.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));

function findBenches(dir) {
  const out = [];
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...findBenches(path));
    else if (entry.endsWith('.bench.ts')) out.push(path);
  }
  return out;
}

const benches = ['src-main', 'src-shared']
  .flatMap((d) => findBenches(join(root, d)))
  .filter((file) => names.length === 0 || names.some((n) => relative(root, file).includes(n)))
  .sort();

if (benches.length === 0) {
  console.error(`No benchmark matches ${names.join(', ') || '(all)'}`);
  process.exit(1);
}
let failed = 0;
for (const file of benches) {
  process.stderr.write(`# ${relative(root, file)}\n`);
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', file], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
