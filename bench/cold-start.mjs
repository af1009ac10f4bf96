#!/usr/bin/env node
// A process's first call: what a serverless function or a CLI run pays, that the steady-state
// bench (bench/run.mjs, warm-up pass first) leaves out. Each run is a fresh Node process that
// imports dist/index.js and parses the median-size Scrapinghub page twice; the report is the
// median over runs of the import, the first call and the second call.
//
// Usage: node bench/cold-start.mjs [--runs N] [--dist FILE]
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(flag('--runs', '7'));
const dist = resolve(flag('--dist', join(repoRoot, 'dist', 'index.js')));
const htmlDir = join(repoRoot, '..', 'shared', 'datasets', 'scrapinghub', 'html');

// The page of median compressed size: a typical page, the same one on every machine.
const files = readdirSync(htmlDir).filter((f) => f.endsWith('.html.gz')).sort();
const bySize = files.map((f) => ({ f, size: statSync(join(htmlDir, f)).size })).sort((a, b) => a.size - b.size || (a.f < b.f ? -1 : 1));
const page = join(htmlDir, bySize[Math.floor(bySize.length / 2)].f);

// The child reads the page before the clock starts; only the import and the calls are timed.
const child = `
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
const html = gunzipSync(readFileSync(${JSON.stringify(page)})).toString('utf8');
const t0 = performance.now();
const { parseArticle } = await import(${JSON.stringify(pathToFileURL(dist).href)});
const t1 = performance.now();
parseArticle(html, { url: 'https://example.com/story' });
const t2 = performance.now();
parseArticle(html, { url: 'https://example.com/story' });
const t3 = performance.now();
console.log(JSON.stringify([t1 - t0, t2 - t1, t3 - t2]));
`;

const samples = [];
for (let i = 0; i < runs; i++) {
  const out = spawnSync(process.execPath, ['--input-type=module', '-e', child], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`cold-start run failed: ${out.stderr}`);
  samples.push(JSON.parse(out.stdout));
}
const median = (k) => {
  const xs = samples.map((s) => s[k]).sort((a, b) => a - b);
  return xs[Math.floor(xs.length / 2)];
};
console.log(`cold start: ${runs} fresh processes, ${dist}, page ${bySize[Math.floor(bySize.length / 2)].f.slice(0, 12)}… (${(bySize[Math.floor(bySize.length / 2)].size / 1024).toFixed(0)} KB gzipped)`);
console.log(`  import ${median(0).toFixed(0)} ms   first call ${median(1).toFixed(0)} ms   second call ${median(2).toFixed(1)} ms   (medians)`);
