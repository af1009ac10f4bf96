#!/usr/bin/env node
// Dumps the full Article JSON of every dataset page, so that a speed change can be checked
// to leave every output byte-identical: run it before and after, then `cmp` (or --compare).
//
// Usage: node bench/snapshot.mjs --out FILE [--datasets DIR] [--compare BASE.json]
// Pages are fed exactly as `npm run eval` feeds them: scrapinghub as raw bytes with the
// ground-truth URL, readability as a string with the test suite's fake host URL.
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, resolve, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..');
const READABILITY_URL = 'http://fakehost/test/page.html';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : null;
};
const out = flag('--out');
const compare = flag('--compare');
const datasets = resolve(flag('--datasets') ?? join(repoRoot, '..', 'shared', 'datasets'));
if (!out && !compare) {
  console.error('usage: node bench/snapshot.mjs --out FILE [--compare BASE.json] [--datasets DIR]');
  process.exit(2);
}

const { parseArticle } = await import(pathToFileURL(join(repoRoot, 'dist', 'index.js')).href);

const result = {};
const run = (key, input, options) => {
  try {
    result[key] = parseArticle(input, options);
  } catch (e) {
    result[key] = { error: String(e?.message ?? e) };
  }
};

const sh = join(datasets, 'scrapinghub');
const truth = JSON.parse(readFileSync(join(sh, 'ground-truth.json'), 'utf8'));
for (const id of Object.keys(truth).sort()) {
  const buf = gunzipSync(readFileSync(join(sh, 'html', `${id}.html.gz`)));
  run(`scrapinghub/${id}`, new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength), { url: truth[id].url });
}
const rd = join(datasets, 'readability');
for (const c of readdirSync(rd).sort()) {
  const file = join(rd, c, 'source.html');
  if (!existsSync(file)) continue;
  run(`readability/${c}`, readFileSync(file, 'utf8'), { url: READABILITY_URL });
}

const json = `${JSON.stringify(result, null, 1)}\n`;
if (out) {
  writeFileSync(out, json);
  console.log(`wrote ${out}: ${Object.keys(result).length} pages`);
}
if (compare) {
  const base = JSON.parse(readFileSync(compare, 'utf8'));
  const keys = new Set([...Object.keys(base), ...Object.keys(result)]);
  let changed = 0;
  for (const key of [...keys].sort()) {
    const a = base[key];
    const b = result[key];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    changed++;
    const fields = a && b ? Object.keys({ ...a, ...b }).filter((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f])) : ['(page missing)'];
    console.log(`changed ${key}: ${fields.join(', ')}`);
  }
  console.log(`${changed} of ${keys.size} pages differ from ${compare}`);
  process.exitCode = changed > 0 ? 1 : 0;
}
