#!/usr/bin/env node
// Evaluation of copydesk on the two shared datasets (`npm run eval`):
//   scrapinghub  — the article-extraction-benchmark's body metric (evaluate.py, reproduced in
//                  scripts/lib/metric.mjs) on article.text, 181 pages fed as raw bytes;
//   readability  — Mozilla Readability's test pages: title, byline, publishedTime, body.
//
// Usage: node scripts/eval.mjs [--datasets DIR] [--only scrapinghub|readability] [--limit N]
//                              [--json FILE] [--diff BASE.json] [--verbose]
// The module under test is ../dist/index.js, or the file named by COPYDESK_EVAL_MODULE.
import { readFileSync, readdirSync, existsSync, statSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, resolve, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { scoreShingles, summarise } from './lib/metric.mjs';
import { htmlToText } from './lib/html-text.mjs';
import { markdownToText } from './lib/markdown-text.mjs';
import {
  collapse, titleHit, titleHeadlineHit, bylineHit, bylineHasName, dateHit, authorNames, BYLINE_RULE, TITLE_RULE,
} from './lib/fields.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..');
const READABILITY_URL = 'http://fakehost/test/page.html';
const FIELDS = ['title', 'titleHeadline', 'byline', 'publishedTime'];

// ---------------------------------------------------------------- arguments
function usage(msg) {
  if (msg) console.error(`eval: ${msg}`);
  console.error(
    'usage: node scripts/eval.mjs [--datasets DIR] [--only scrapinghub|readability] ' +
      '[--limit N] [--json FILE] [--diff BASE.json] [--verbose]',
  );
  process.exit(2);
}

function parseArgs(argv) {
  const o = {
    datasets: resolve(repoRoot, '..', 'shared', 'datasets'),
    only: null,
    limit: Infinity,
    json: null,
    diff: null,
    verbose: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? a.split(/=(.*)/s) : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v == null) usage(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--datasets': o.datasets = resolve(value()); break;
      case '--only': {
        o.only = value();
        if (o.only !== 'scrapinghub' && o.only !== 'readability') usage(`bad --only ${o.only}`);
        break;
      }
      case '--limit': {
        o.limit = Number(value());
        if (!Number.isInteger(o.limit) || o.limit < 0) usage('--limit needs a non-negative integer');
        break;
      }
      case '--json': o.json = resolve(value()); break;
      case '--diff': o.diff = resolve(value()); break;
      case '--verbose': case '-v': o.verbose = true; break;
      case '--help': case '-h': usage(); break;
      default: usage(`unknown argument ${a}`);
    }
  }
  return o;
}

// ---------------------------------------------------------------- helpers
const f3 = (x) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
const fms = (x) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');
const median = (xs) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, d = 4) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : x);
const short = (s, n = 70) => {
  if (s == null) return String(s);
  const c = collapse(s);
  return JSON.stringify(c.length > n ? `${c.slice(0, n - 1)}…` : c);
};

let errorCount = 0;
/** Calls parseArticle, timing it; an exception is reported and scored as an empty article. */
function runParse(parseArticle, page, input, options) {
  const t0 = performance.now();
  let article = null;
  let error = null;
  try {
    article = parseArticle(input, options);
  } catch (e) {
    error = String(e?.message ?? e).split('\n')[0];
  }
  const ms = performance.now() - t0;
  if (error != null) {
    errorCount++;
    console.log(`ERROR ${page} ${error}`);
  } else if (ms > 2000) {
    console.error(`slow: ${page} took ${Math.round(ms)} ms`);
  }
  return { article: article ?? {}, ms, error };
}

const textOf = (article) => (typeof article.text === 'string' ? article.text : '');
// Readability's expected.html is a body with its figures and captions in the flow; ours is
// compared as rendered the same way (the markdown's visible text), since captions live in
// images[] and not in article.text by contract. The text-only score is printed beside it.
const renderedOf = (article) => (typeof article.markdown === 'string' ? markdownToText(article.markdown) : '');

function printWorst(rows, label, idWidth) {
  const worst = [...rows].sort((a, b) => a.f1 - b.f1 || (a.id < b.id ? -1 : 1)).slice(0, 10);
  if (!worst.length) return;
  console.log(`  10 worst by ${label}:`);
  for (const r of worst) {
    const id = r.id.slice(0, idWidth).padEnd(idWidth);
    const tail = r.url ? `  ${r.url}` : '';
    console.log(`    ${id}  F1 ${f3(r.f1)}  P ${f3(r.precision)}  R ${f3(r.recall)}${tail}`);
  }
}

// ---------------------------------------------------------------- scrapinghub
function evalScrapinghub(parseArticle, dir, opts) {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8'));
  const ids = Object.keys(truth).sort().slice(0, opts.limit);
  const rows = [];
  for (const id of ids) {
    const { url, articleBody } = truth[id];
    const buf = gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`)));
    // A plain Uint8Array (not a Buffer), as a caller of the public API would pass.
    const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    const { article, ms, error } = runParse(parseArticle, `scrapinghub/${id}`, bytes, { url });
    const sc = scoreShingles(articleBody ?? '', textOf(article));
    rows.push({
      id,
      url,
      f1: sc.f1,
      precision: sc.precision,
      recall: sc.recall,
      exact: sc.exact,
      ms: round(ms, 2),
      error,
    });
  }
  const s = summarise(rows);
  const errs = rows.filter((r) => r.error).length;
  console.log(
    `scrapinghub: F1 ${f3(s.f1)}  precision ${f3(s.precision)}  recall ${f3(s.recall)}  ` +
      `accuracy ${f3(s.accuracy)}  (${rows.length} pages, median ${fms(median(rows.map((r) => r.ms)))} ms/page` +
      `${errs ? `, ${errs} error${errs > 1 ? 's' : ''}` : ''})`,
  );
  printWorst(rows, 'F1', 12);
  return { summary: { ...s, medianMs: median(rows.map((r) => r.ms)), errors: errs }, pages: rows };
}

// ---------------------------------------------------------------- readability
function evalReadability(parseArticle, dir, opts) {
  const cases = readdirSync(dir)
    .filter((c) => statSync(join(dir, c)).isDirectory() && existsSync(join(dir, c, 'source.html')))
    .sort()
    .slice(0, opts.limit);
  const rows = [];
  for (const c of cases) {
    const source = readFileSync(join(dir, c, 'source.html'), 'utf8');
    const meta = JSON.parse(readFileSync(join(dir, c, 'expected-metadata.json'), 'utf8'));
    const expectedText = htmlToText(readFileSync(join(dir, c, 'expected.html'), 'utf8'));
    const { article, ms, error } = runParse(parseArticle, `readability/${c}`, source, {
      url: READABILITY_URL,
    });
    const sc = scoreShingles(expectedText, renderedOf(article));
    const textOnly = scoreShingles(expectedText, textOf(article));
    const headline = article.headline ?? null;
    const names = authorNames(article.authors);
    const publishedAt = article.publishedAt ?? null;
    const row = {
      id: c,
      f1: sc.f1,
      precision: sc.precision,
      recall: sc.recall,
      textOnly: { f1: textOnly.f1, precision: textOnly.precision, recall: textOnly.recall },
      ms: round(ms, 2),
      error,
      title: { expected: meta.title ?? null, got: headline, hit: titleHit(meta.title ?? '', headline) },
      titleHeadline: { expected: meta.title ?? null, got: headline, hit: titleHeadlineHit(meta.title ?? '', headline) },
      byline: null,
      publishedTime: null,
    };
    if (typeof meta.byline === 'string' && meta.byline.trim() !== '' && bylineHasName(meta.byline)) {
      row.byline = { expected: meta.byline, got: names.join(', '), hit: bylineHit(meta.byline, article.authors) };
    }
    if (meta.publishedTime != null && String(meta.publishedTime).trim() !== '') {
      row.publishedTime = {
        expected: meta.publishedTime,
        got: publishedAt,
        hit: dateHit(meta.publishedTime, publishedAt),
      };
    }
    rows.push(row);
  }
  const s = summarise(rows);
  const rate = (field) => {
    const xs = rows.map((r) => r[field]).filter(Boolean);
    return { n: xs.length, acc: xs.length ? xs.filter((x) => x.hit).length / xs.length : NaN };
  };
  const title = rate('title');
  const titleHeadline = rate('titleHeadline');
  const byline = rate('byline');
  const date = rate('publishedTime');
  const errs = rows.filter((r) => r.error).length;
  console.log(
    `readability: title ${f3(title.acc)} (title* ${f3(titleHeadline.acc)})  byline ${f3(byline.acc)} (n=${byline.n})  ` +
      `publishedTime ${f3(date.acc)} (n=${date.n})  body F1 ${f3(s.f1)}  precision ${f3(s.precision)}  ` +
      `recall ${f3(s.recall)}  (${rows.length} pages${errs ? `, ${errs} error${errs > 1 ? 's' : ''}` : ''})`,
  );
  const plain = summarise(rows.map((r) => r.textOnly));
  console.log(
    `  body = the markdown's visible text (figure captions in place, as in expected.html); ` +
      `article.text alone: F1 ${f3(plain.f1)}  precision ${f3(plain.precision)}  recall ${f3(plain.recall)}`,
  );
  console.log(`  ${TITLE_RULE}`);
  console.log(`  ${BYLINE_RULE}`);
  printWorst(rows, 'body F1', 28);
  if (opts.verbose) {
    for (const field of FIELDS) {
      const misses = rows.filter((r) => r[field] && !r[field].hit);
      if (!misses.length) continue;
      console.log(`  ${field} misses (${misses.length}):`);
      for (const r of misses) {
        console.log(`    ${r.id.padEnd(28)} expected ${short(r[field].expected)}  got ${short(r[field].got)}`);
      }
    }
  }
  const { accuracy: _unused, ...body } = s; // exact-match accuracy is a scrapinghub figure
  return {
    summary: {
      ...body,
      textOnly: { f1: plain.f1, precision: plain.precision, recall: plain.recall },
      title: title.acc,
      titleHeadline: titleHeadline.acc,
      byline: byline.acc,
      bylineN: byline.n,
      publishedTime: date.acc,
      publishedTimeN: date.n,
      medianMs: median(rows.map((r) => r.ms)),
      errors: errs,
    },
    pages: rows,
  };
}

// ---------------------------------------------------------------- diff
function diffRuns(base, current) {
  console.log(`diff against ${base.file}:`);
  for (const ds of ['scrapinghub', 'readability']) {
    const cur = current[ds];
    const old = base.data[ds];
    if (!cur || !old) continue;
    const before = new Map(old.pages.map((p) => [p.id, p]));
    const better = [];
    const worse = [];
    const fieldChanges = [];
    let common = 0;
    for (const p of cur.pages) {
      const q = before.get(p.id);
      if (!q) continue;
      common++;
      const d = p.f1 - q.f1;
      if (d > 0.005) better.push([p, q, d]);
      else if (d < -0.005) worse.push([p, q, d]);
      for (const field of FIELDS) {
        const a = q[field];
        const b = p[field];
        if (a && b && a.hit !== b.hit) fieldChanges.push([p.id, field, a, b]);
      }
    }
    const s0 = old.summary;
    const s1 = cur.summary;
    const delta = (k) => {
      const d = s1[k] - s0[k];
      return `${k} ${f3(s0[k])} → ${f3(s1[k])} (${d >= 0 ? '+' : ''}${Number.isFinite(d) ? d.toFixed(3) : 'n/a'})`;
    };
    const keys = ds === 'scrapinghub'
      ? ['f1', 'precision', 'recall', 'accuracy']
      : ['f1', 'precision', 'recall', 'title', 'byline', 'publishedTime'];
    console.log(`  ${ds}: ${keys.map(delta).join('  ')}  [${common} pages in both]`);
    better.sort((x, y) => y[2] - x[2]);
    worse.sort((x, y) => x[2] - y[2]);
    const line = ([p, q, d]) =>
      `      ${p.id.slice(0, 28).padEnd(28)} F1 ${f3(q.f1)} → ${f3(p.f1)} (${d >= 0 ? '+' : ''}${d.toFixed(3)})` +
      `${p.url ? `  ${p.url}` : ''}`;
    console.log(`    better (${better.length}):`);
    for (const x of better) console.log(line(x));
    console.log(`    worse (${worse.length}):`);
    for (const x of worse) console.log(line(x));
    if (fieldChanges.length) {
      console.log(`    field changes (${fieldChanges.length}):`);
      for (const [id, field, a, b] of fieldChanges) {
        console.log(
          `      ${id.padEnd(28)} ${field.padEnd(13)} ${b.hit ? 'miss → HIT ' : 'hit → MISS'}  ` +
            `expected ${short(b.expected, 50)}  was ${short(a.got, 50)}  now ${short(b.got, 50)}`,
        );
      }
    }
  }
}

// ---------------------------------------------------------------- main
async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(opts.datasets)) {
    console.log(`eval: datasets not found at ${opts.datasets}; skipped`);
    return 0;
  }
  let base = null;
  if (opts.diff) {
    try {
      base = { file: opts.diff, data: JSON.parse(readFileSync(opts.diff, 'utf8')) };
    } catch (e) {
      console.error(`eval: cannot read --diff ${opts.diff}: ${e.message}`);
      return 2;
    }
  }

  const modulePath = process.env.COPYDESK_EVAL_MODULE
    ? resolve(process.env.COPYDESK_EVAL_MODULE)
    : join(repoRoot, 'dist', 'index.js');
  if (!existsSync(modulePath)) {
    console.error(`eval: ${modulePath} not found (run \`npx tsup\` first, or set COPYDESK_EVAL_MODULE)`);
    return 1;
  }
  const mod = await import(pathToFileURL(modulePath).href);
  const parseArticle = mod.parseArticle ?? mod.default?.parseArticle;
  if (typeof parseArticle !== 'function') {
    console.error(`eval: ${modulePath} exports no parseArticle function`);
    return 1;
  }

  const results = {
    generatedAt: new Date().toISOString(),
    module: modulePath,
    options: { only: opts.only, limit: Number.isFinite(opts.limit) ? opts.limit : null },
  };
  const want = (ds) => !opts.only || opts.only === ds;
  for (const [ds, run] of [['scrapinghub', evalScrapinghub], ['readability', evalReadability]]) {
    if (!want(ds)) continue;
    const dir = join(opts.datasets, ds);
    if (!existsSync(dir)) {
      console.log(`${ds}: datasets not found at ${dir}; skipped`);
      continue;
    }
    results[ds] = run(parseArticle, dir, opts);
  }
  if (errorCount) console.log(`${errorCount} page(s) threw; scored as empty predictions`);

  if (opts.json) {
    writeFileSync(opts.json, `${JSON.stringify(results, (k, v) => (typeof v === 'number' ? round(v, 6) : v), 1)}\n`);
    console.log(`wrote ${opts.json}`);
  }
  if (base) diffRuns(base, results);
  return 0;
}

process.exitCode = await main();
