#!/usr/bin/env node
// Where parseArticle (or the parse-only floor) spends time and allocates memory, by function.
//
// Usage: node bench/profile.mjs [--target copydesk|copydesk-parse|parse-only] [--passes N] [--limit N] [--top N]
//                               [--cpu-out FILE.cpuprofile]
// CPU: the inspector's sampling profiler, self time per function ("(garbage collector)" is
// GC). Allocation: V8's sampling heap profiler with objects already collected included, so it
// counts every allocation (the churn the GC pays for), not only what survives.
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXTRACTORS } from './lib/extractors.mjs';
import { loadPages } from './lib/pages.mjs';
import { buildStages, importStages } from './lib/stages.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const target = flag('--target', 'copydesk');
const passes = Number(flag('--passes', '2'));
const limit = Number(flag('--limit', 'Infinity'));
const top = Number(flag('--top', '30'));
const cpuOut = flag('--cpu-out', null);

const stages = await importStages(await buildStages(repoRoot));
const pages = loadPages(resolve(repoRoot, '..', 'shared', 'datasets'), stages.decodeHtml, limit);
const ext = EXTRACTORS.find((e) => e.name === target);
if (!ext) throw new Error(`unknown --target ${target}`);
const run = await ext.load({ repoRoot, stages });
// One untimed pass so the profiles show steady state, not compilation.
for (const p of pages) run(p.html, p.url);

const frameKey = (cf) => `${cf.functionName || '(anonymous)'}  ${cf.url.split('/').slice(-2).join('/')}:${cf.lineNumber + 1}`;
const pct = (x, total) => `${((100 * x) / total).toFixed(1).padStart(5)}%`;

const session = new Session();
session.connect();
// CPU first, then allocations in passes of their own: the heap sampler's bookkeeping would
// show in the CPU profile.
await session.post('Profiler.enable');
await session.post('Profiler.start');
const t0 = performance.now();
for (let i = 0; i < passes; i++) for (const p of pages) run(p.html, p.url);
const ms = performance.now() - t0;
const { profile: cpu } = await session.post('Profiler.stop');
await session.post('HeapProfiler.enable');
await session.post('HeapProfiler.startSampling', {
  samplingInterval: 4096,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});
for (let i = 0; i < passes; i++) for (const p of pages) run(p.html, p.url);
const { profile: heap } = await session.post('HeapProfiler.stopSampling');
session.disconnect();
if (cpuOut) writeFileSync(cpuOut, JSON.stringify(cpu));

// CPU self time by function.
const byId = new Map(cpu.nodes.map((n) => [n.id, n]));
const self = new Map();
let cpuTotal = 0;
for (let i = 0; i < cpu.samples.length; i++) {
  const us = cpu.timeDeltas[i] ?? 0;
  const key = frameKey(byId.get(cpu.samples[i]).callFrame);
  self.set(key, (self.get(key) ?? 0) + us);
  cpuTotal += us;
}
console.log(`${target}: ${pages.length} pages x ${passes} passes in ${ms.toFixed(0)} ms`);
console.log(`\nCPU self time (top ${top})`);
for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(us / 1000).toFixed(0).padStart(8)} ms ${pct(us, cpuTotal)}  ${k}`);

// Allocated bytes by function.
const alloc = new Map();
let allocTotal = 0;
// A builtin (String.prototype.replace …) is shown with the function that called it.
const visit = (node, parentKey) => {
  const bytes = node.selfSize;
  const key = node.callFrame.url === '' && parentKey ? `${node.callFrame.functionName || '(builtin)'} <- ${parentKey}` : frameKey(node.callFrame);
  if (bytes > 0) {
    alloc.set(key, (alloc.get(key) ?? 0) + bytes);
    allocTotal += bytes;
  }
  for (const c of node.children) visit(c, node.callFrame.url === '' ? parentKey : key);
};
visit(heap.head, null);
console.log(`\nallocated: ${(allocTotal / 2 ** 20 / passes).toFixed(0)} MiB a pass (sampled); by function (top ${top})`);
for (const [k, b] of [...alloc].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(b / 2 ** 20 / passes).toFixed(1).padStart(8)} MiB ${pct(b, allocTotal)}  ${k}`);
