#!/usr/bin/env node
// `npm run bench`: copydesk's speed and memory next to the parse5 floor and the JavaScript
// peers, on the Scrapinghub pages. A plain harness, not tinybench or mitata: those time one
// function in a loop, while this bench needs per-page distributions (median and p95 over
// pages), several extractors interleaved pass by pass so machine drift hits all alike, the
// same pre-decoded input for all, and child processes for peak RSS.
//
// Usage: node --expose-gc bench/run.mjs [--passes N] [--warmup N] [--only a,b] [--limit N]
//          [--clock wall|cpu] [--base DIST/index.js] [--memory] [--no-scaling] [--scale-reps N] [--datasets DIR] [--json FILE]
// See README.md ("Speed and memory") for what each part prints.
import { existsSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { EXTRACTORS, FLOOR } from './lib/extractors.mjs';
import { loadPages } from './lib/pages.mjs';
import { buildStages, importStages } from './lib/stages.mjs';
import { flatPage, growArticle, medianPage, sectionedPage } from './lib/scaling.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..');
const STAGES = ['parse', 'metadata', 'dates', 'clean', 'score', 'assemble'];
const SCALE_FACTORS = [1, 4, 16];
const FLAT_ELEMENTS = 100_000;
const SECTIONS = 10_000;
/** Input read per timed batch in the scaling runs (see timeInput). */
const BATCH_MB = 8;
const MB = 1e6;

// ---------------------------------------------------------------- arguments
function usage(msg) {
  if (msg) console.error(`bench: ${msg}`);
  console.error(
    'usage: node --expose-gc bench/run.mjs [--passes N] [--warmup N] [--only a,b] [--limit N] [--clock wall|cpu] [--memory] ' +
      `[--no-scaling] [--scale-reps N] [--datasets DIR] [--json FILE]\n  extractors: ${EXTRACTORS.map((e) => e.name).join(', ')}`,
  );
  process.exit(2);
}

function parseArgs(argv) {
  const o = {
    passes: null,
    warmup: 1,
    only: null,
    limit: Number.POSITIVE_INFINITY,
    memory: false,
    scaling: true,
    scaleReps: 5,
    datasets: resolve(repoRoot, '..', 'shared', 'datasets'),
    json: null,
    clock: 'wall',
    base: [],
    child: null,
    stagesFile: null,
  };
  const int = (v, name) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) usage(`${name} needs a non-negative integer`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => argv[++i] ?? usage(`${a} needs a value`);
    switch (a) {
      case '--passes': o.passes = Math.max(1, int(value(), a)); break;
      case '--warmup': o.warmup = int(value(), a); break;
      case '--only': o.only = value().split(','); break;
      case '--limit': o.limit = int(value(), a); break;
      case '--memory': o.memory = true; break;
      case '--no-scaling': o.scaling = false; break;
      case '--scale-reps': o.scaleReps = Math.max(1, int(value(), a)); break;
      case '--datasets': o.datasets = resolve(value()); break;
      case '--json': o.json = resolve(value()); break;
      case '--base': o.base.push(resolve(value())); break;
      case '--clock': {
        o.clock = value();
        if (o.clock !== 'wall' && o.clock !== 'cpu') usage('--clock is wall or cpu');
        break;
      }
      // Internal: one --memory child.
      case '--child': o.child = value(); break;
      case '--stages': o.stagesFile = value(); break;
      case '--help': case '-h': usage(); break;
      default: usage(`unknown argument ${a}`);
    }
  }
  // Throughput wants several passes; peak RSS one pass over all pages, as a caller would.
  o.passes ??= o.memory || o.child ? 1 : 3;
  if (o.only) for (const name of o.only) if (!EXTRACTORS.some((e) => e.name === name)) usage(`unknown extractor ${name}`);
  return o;
}

// ---------------------------------------------------------------- statistics
const sorted = (xs) => [...xs].sort((a, b) => a - b);
/** Nearest-rank quantile. */
function quantile(xs, q) {
  if (xs.length === 0) return Number.NaN;
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
const median = (xs) => {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const gc = () => globalThis.gc?.();
/**
 * The clock: wall time, or this process's CPU time (user + system, all its threads, GC
 * helpers included). On a machine shared with other work, CPU time leaves out the time the
 * process waited for a core, so it moves much less from run to run.
 */
let now = () => performance.now();
function useClock(clock) {
  if (clock === 'cpu') {
    now = () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
  }
}
/** The 1-minute load average: on a shared machine, the reader's measure of timing noise. */
const load = () => fmt(loadavg()[0], 1);

// ---------------------------------------------------------------- memory child
/** Runs one extractor (or none: the baseline) over every page, then reports peak RSS. */
async function runChild(opts) {
  const stages = await importStages(opts.stagesFile);
  const pages = loadPages(opts.datasets, stages.decodeHtml, opts.limit);
  let checksum = 0;
  if (opts.child !== 'baseline') {
    const ext = EXTRACTORS.find((e) => e.name === opts.child);
    const run = await ext.load({ repoRoot, stages });
    for (let pass = 0; pass < opts.passes; pass++) {
      for (const page of pages) {
        try {
          checksum += run(page.html, page.url);
        } catch {
          checksum -= 1;
        }
      }
    }
  }
  // Keeps the pages alive to the end: the baseline is "all pages held in memory".
  const held = sum(pages.map((p) => p.html.length));
  process.stdout.write(`${JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS, held, checksum })}\n`);
}

// ---------------------------------------------------------------- throughput
/** Times every extractor over every page, pass by pass, rotating the order each pass. */
function timePasses(runners, pages, opts, stages) {
  const times = new Map(runners.map((r) => [r.name, pages.map(() => [])]));
  const errors = new Map(runners.map((r) => [r.name, 0]));
  const stageTimes = pages.map(() => STAGES.map(() => []));
  const stageTotals = pages.map(() => []);
  const withStages = runners.some((r) => r.name === 'copydesk');
  const total = opts.warmup + opts.passes;
  for (let pass = 0; pass < total; pass++) {
    const record = pass >= opts.warmup;
    const order = runners.map((_, i) => runners[(i + pass) % runners.length]);
    for (const r of order) {
      gc();
      const t = times.get(r.name);
      for (let i = 0; i < pages.length; i++) {
        const page = pages[i];
        const t0 = now();
        try {
          r.run(page.html, page.url);
        } catch {
          if (record) errors.set(r.name, errors.get(r.name) + 1);
        }
        const ms = now() - t0;
        if (record) t[i].push(ms);
      }
    }
    if (withStages) {
      gc();
      for (let i = 0; i < pages.length; i++) {
        const page = pages[i];
        stages.resetStageTimes();
        const t0 = now();
        stages.parseArticle(page.html, { url: page.url });
        const ms = now() - t0;
        if (!record) continue;
        stageTotals[i].push(ms);
        STAGES.forEach((s, k) => stageTimes[i][k].push(stages.stageTimes[s] ?? 0));
      }
    }
    process.stderr.write(`  pass ${pass + 1}/${total}${record ? '' : ' (warm-up)'} done\n`);
  }
  return { times, errors, stageTimes, stageTotals, withStages };
}

function reportThroughput(runners, pages, result) {
  const rows = [];
  for (const r of runners) {
    // Each page's time is its median over the passes; the summary is over pages.
    const perPage = result.times.get(r.name).map(median);
    rows.push({ name: r.name, label: r.label, median: median(perPage), p95: quantile(perPage, 0.95), pagesPerSecond: (pages.length * 1000) / sum(perPage), errors: result.errors.get(r.name), perPage });
  }
  const floor = rows.find((r) => r.name === FLOOR);
  console.log('');
  console.log(`${pad('extractor', 40)}${lpad('median ms', 11)}${lpad('p95 ms', 10)}${lpad('pages/s', 10)}${lpad('x floor', 9)}`);
  for (const row of rows) {
    row.ratio = floor ? row.median / floor.median : Number.NaN;
    const err = row.errors ? `  (${row.errors} page runs threw)` : '';
    console.log(`${pad(row.label, 40)}${lpad(fmt(row.median), 11)}${lpad(fmt(row.p95), 10)}${lpad(fmt(row.pagesPerSecond, 1), 10)}${lpad(fmt(row.ratio), 9)}${err}`);
  }
  let stageRows = null;
  if (result.withStages) {
    const perPageTotal = result.stageTotals.map(median);
    const allTime = sum(perPageTotal);
    console.log('');
    console.log('parseArticle by stage (instrumented build of src/, same passes; each page its median over passes)');
    console.log(`${pad('  stage', 14)}${lpad('median ms', 11)}${lpad('p95 ms', 10)}${lpad('share', 9)}`);
    stageRows = STAGES.map((s, k) => {
      const perPage = result.stageTimes.map((p) => median(p[k]));
      return { stage: s, median: median(perPage), p95: quantile(perPage, 0.95), share: sum(perPage) / allTime };
    });
    const staged = stageRows.reduce((a, r) => a + r.share, 0);
    stageRows.push({ stage: 'rest', median: Number.NaN, p95: Number.NaN, share: 1 - staged });
    stageRows.push({ stage: 'total', median: median(perPageTotal), p95: quantile(perPageTotal, 0.95), share: 1 });
    for (const r of stageRows) console.log(`${pad(`  ${r.stage}`, 14)}${lpad(fmt(r.median), 11)}${lpad(fmt(r.p95), 10)}${lpad(`${fmt(r.share * 100, 1)}%`, 9)}`);
  }
  return { rows: rows.map(({ perPage, ...r }) => ({ ...r, perPage: Object.fromEntries(perPage.map((ms, i) => [pages[i].id, ms])) })), stages: stageRows };
}

// ---------------------------------------------------------------- scaling
/**
 * ms for one run of `html`: the median over `reps` batches, each batch enough back-to-back
 * runs to read BATCH_MB of input, divided by its runs. A single run of a small page after a
 * forced GC is mostly the GC's background sweeping (counted by the CPU clock) and timer
 * noise: 0.1 MB timed alone read 4-6x its share of a batch. Batches make every size pay for
 * its own garbage the same way, which is what time per MB is meant to compare.
 */
function timeInput(run, html, reps) {
  const mb = Buffer.byteLength(html) / MB;
  const runs = Math.max(1, Math.ceil(BATCH_MB / mb));
  const ms = [];
  run(html, 'https://example.com/'); // warm-up
  for (let i = 0; i < reps; i++) {
    gc();
    const t0 = now();
    for (let k = 0; k < runs; k++) run(html, 'https://example.com/');
    ms.push((now() - t0) / runs);
  }
  return median(ms);
}

function runScaling(runners, pages, opts) {
  const targets = runners.filter((r) => r.name === 'copydesk' || r.name === FLOOR);
  if (targets.length === 0) return null;
  const base = medianPage(pages);
  const inputs = SCALE_FACTORS.map((f) => ({ name: `${f}x`, html: growArticle(base.html, f) }));
  inputs.push({ name: `flat ${FLAT_ELEMENTS / 1000}k <p>`, html: flatPage(FLAT_ELEMENTS) });
  inputs.push({ name: `${SECTIONS / 1000}k <h2> + <p>`, html: sectionedPage(SECTIONS) });
  console.log('');
  console.log(`scaling: page ${base.id.slice(0, 12)} (the median-size page) with its article content repeated, a flat page and a sectioned page;`);
  console.log(`ms a run: median of ${opts.scaleReps} batches of ${BATCH_MB} MB of runs; ms/MB of UTF-8 input; "vs 1x" compares ms/MB`);
  console.log('"added ms/MB": ms per MB of the content added since the row above (grown rows): constant when cost is linear in content');
  const header = targets.map((t) => `${lpad(`${t.name} ms`, 16)}${lpad('ms/MB', 9)}${lpad('vs 1x', 8)}${lpad('added ms/MB', 13)}`).join('');
  console.log(`${pad('  input', 18)}${lpad('MB', 8)}${header}`);
  const out = [];
  const perMbAt1 = new Map();
  const previous = new Map();
  for (const input of inputs) {
    const mb = Buffer.byteLength(input.html) / MB;
    const row = { input: input.name, mb };
    const grown = input.name.endsWith('x');
    let line = `${pad(`  ${input.name}`, 18)}${lpad(fmt(mb), 8)}`;
    for (const t of targets) {
      const ms = timeInput(t.run, input.html, opts.scaleReps);
      const perMb = ms / mb;
      if (input.name === '1x') perMbAt1.set(t.name, perMb);
      const vs = perMb / perMbAt1.get(t.name);
      // The marginal cost: what each added MB of article content cost.
      const before = previous.get(t.name);
      const added = grown && before && input.name !== '1x' ? (ms - before.ms) / (mb - before.mb) : Number.NaN;
      if (grown) previous.set(t.name, { ms, mb });
      row[t.name] = { ms, perMb, vs1x: vs, addedPerMb: added };
      line += `${lpad(fmt(ms, 1), 16)}${lpad(fmt(perMb, 1), 9)}${lpad(fmt(vs), 8)}${lpad(fmt(added, 1), 13)}`;
    }
    console.log(line);
    out.push(row);
  }
  return out;
}

// ---------------------------------------------------------------- memory
function runMemory(names, opts, stagesFile) {
  console.log('');
  console.log(`peak RSS: each extractor alone in a fresh process over all ${Number.isFinite(opts.limit) ? opts.limit : 'the'} pages, ${opts.passes} pass(es)`);
  const out = [];
  for (const name of ['baseline', ...names]) {
    const args = [fileURLToPath(import.meta.url), '--child', name, '--stages', stagesFile, '--passes', String(opts.passes), '--datasets', opts.datasets];
    if (Number.isFinite(opts.limit)) args.push('--limit', String(opts.limit));
    const stdout = execFileSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 });
    const { maxRssKiB } = JSON.parse(stdout.trim().split('\n').pop());
    out.push({ name, mib: maxRssKiB / 1024 });
  }
  const floor = out.find((r) => r.name === FLOOR);
  console.log(`${pad('  process', 40)}${lpad('peak MiB', 10)}${lpad('x floor', 9)}`);
  for (const r of out) {
    const label = r.name === 'baseline' ? 'pages only (baseline)' : EXTRACTORS.find((e) => e.name === r.name).label;
    r.ratio = floor ? r.mib / floor.mib : Number.NaN;
    console.log(`${pad(`  ${label}`, 40)}${lpad(fmt(r.mib, 0), 10)}${lpad(fmt(r.ratio), 9)}`);
  }
  return out;
}

// ---------------------------------------------------------------- main
async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.child) return runChild(opts);
  if (!existsSync(join(opts.datasets, 'scrapinghub'))) {
    console.error(`bench: no scrapinghub dataset under ${opts.datasets}`);
    process.exitCode = 1;
    return;
  }
  if (!existsSync(join(repoRoot, 'dist', 'index.js'))) {
    console.error('bench: dist/index.js not found (run `npx tsup` first)');
    process.exitCode = 1;
    return;
  }
  useClock(opts.clock);
  const stagesFile = await buildStages(repoRoot);
  const stages = await importStages(stagesFile);
  stages.useClock(now);
  const selected = EXTRACTORS.filter((e) => !opts.only || opts.only.includes(e.name));
  // Other builds of copydesk (say, main's dist/ copied aside) timed in the same passes.
  if (!opts.memory) {
    for (const file of opts.base) {
      const tag = basename(dirname(file));
      selected.push({
        name: `base:${tag}`,
        label: `copydesk --base ${tag}`,
        async load() {
          const { parseArticle } = await import(pathToFileURL(file).href);
          return (html, url) => parseArticle(html, { url }).text.length;
        },
      });
    }
  }
  const results = { node: process.version, passes: opts.passes, warmup: opts.warmup };

  if (opts.memory) {
    results.memory = runMemory(selected.map((e) => e.name), opts, stagesFile);
  } else {
    const pages = loadPages(opts.datasets, stages.decodeHtml, opts.limit);
    const runners = [];
    for (const e of selected) runners.push({ name: e.name, label: e.label, run: await e.load({ repoRoot, stages }) });
    const mb = sum(pages.map((p) => p.bytes)) / MB;
    console.log(`copydesk bench: ${pages.length} scrapinghub pages (${fmt(mb, 1)} MB), ${opts.passes} passes + ${opts.warmup} warm-up, interleaved; ${opts.clock} clock; node ${process.version}; load ${load()}${globalThis.gc ? '' : ' (no --expose-gc: GC not settled between runs)'}`);
    const result = timePasses(runners, pages, opts, stages);
    Object.assign(results, reportThroughput(runners, pages, result));
    console.log(`(load average after the passes: ${load()})`);
    if (opts.scaling) results.scaling = runScaling(runners, pages, opts);
  }
  if (opts.json) {
    writeFileSync(opts.json, `${JSON.stringify(results, null, 1)}\n`);
    console.log(`wrote ${opts.json}`);
  }
}

await main();
