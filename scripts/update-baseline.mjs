#!/usr/bin/env node
// Raises the quality floors in fixtures/baseline.json to what the eval now measures (less a
// margin for the drift between machines), and never lowers one silently: a floor that would
// go down makes it stop and list it, unless --allow-regression is given (and the commit then
// has to say why).
//
// Usage: node scripts/update-baseline.mjs [--from EVAL.json] [--baseline FILE] [--margin 0.005] [--allow-regression]
//   --from      an `npm run eval -- --json` output to read instead of running the eval
//   --baseline  the floors file (default fixtures/baseline.json)
//   --margin    how far below the measured score each floor is set (default 0.005)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_MARGIN = 0.005;

function fail(message, code = 2) {
  console.error(`update-baseline: ${message}`);
  process.exit(code);
}

function parseArgs(argv) {
  const o = { from: null, margin: DEFAULT_MARGIN, allowRegression: false, baseline: join(repoRoot, 'fixtures', 'baseline.json') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--from') o.from = resolve(argv[++i] ?? fail('--from needs a file'));
    else if (a === '--baseline') o.baseline = resolve(argv[++i] ?? fail('--baseline needs a file'));
    else if (a === '--margin') {
      o.margin = Number(argv[++i]);
      if (!Number.isFinite(o.margin) || o.margin < 0 || o.margin >= 1) fail('--margin needs a number in [0, 1)');
    } else if (a === '--allow-regression') o.allowRegression = true;
    else fail(`unknown argument ${a}\nusage: node scripts/update-baseline.mjs [--from EVAL.json] [--baseline FILE] [--margin 0.005] [--allow-regression]`);
  }
  return o;
}

function runEval() {
  const out = join(mkdtempSync(join(tmpdir(), 'copydesk-baseline-')), 'eval.json');
  const r = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'eval.mjs'), '--json', out], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) fail('the eval failed; no floor changed', 1);
  return out;
}

/** Floors rounded down to 3 decimals, so that a floor never sits above what was measured. */
// (The epsilon keeps 0.961 - 0.005 from flooring to 0.955 through binary rounding.)
const floorOf = (score, margin) => Math.floor((score - margin) * 1000 + 1e-9) / 1000;

const opts = parseArgs(process.argv.slice(2));
const run = JSON.parse(readFileSync(opts.from ?? runEval(), 'utf8'));
const baseline = JSON.parse(readFileSync(opts.baseline, 'utf8'));
const next = { ...baseline };
const lowered = [];
const changes = [];
for (const [dataset, floors] of Object.entries(baseline)) {
  if (dataset.startsWith('/')) continue;
  const summary = run[dataset]?.summary;
  if (!summary) fail(`the eval run has no ${dataset} summary`);
  next[dataset] = { ...floors };
  for (const [metric, floor] of Object.entries(floors)) {
    const measured = summary[metric];
    if (typeof measured !== 'number' || !Number.isFinite(measured)) fail(`${dataset}.${metric} was not measured`);
    const proposed = floorOf(measured, opts.margin);
    // Only a score below its floor lowers it; one above it but within the margin keeps it.
    const regressed = measured < floor;
    if (regressed) lowered.push(`${dataset}.${metric}: measured ${measured.toFixed(3)}, floor ${floor} would drop to ${proposed}`);
    if (proposed > floor || (regressed && opts.allowRegression)) {
      next[dataset][metric] = proposed;
      changes.push(`${dataset}.${metric}: ${floor} -> ${proposed} (measured ${measured.toFixed(3)})`);
    }
  }
}
if (lowered.length > 0 && !opts.allowRegression) {
  console.error('update-baseline: refusing to lower floors (pass --allow-regression, and say why in the commit):');
  for (const l of lowered) console.error(`  ${l}`);
  process.exit(1);
}
if (changes.length === 0) {
  console.log('update-baseline: every floor already at the measured level; nothing changed');
} else {
  writeFileSync(opts.baseline, `${JSON.stringify(next, null, 2)}\n`);
  for (const c of changes) console.log(`  ${c}`);
  console.log(`update-baseline: wrote ${opts.baseline}`);
}
