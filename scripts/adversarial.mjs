#!/usr/bin/env node
/**
 * The adversarial corpus, generated here (never committed), each case run in its own child
 * process against dist/ so one case's heap never colours another's:
 *
 *   node scripts/adversarial.mjs [--only NAME] [--datasets DIR]
 *
 * For each case it prints the input size, the time, the time per MB, and the peak heap above
 * the heap held before the call (the input included in neither): peak heap is read from
 * V8's own GC trace (`--trace-gc`: heap size before each collection, the high-water marks),
 * and the heap after the call. Also peak RSS growth. The yardstick is the median
 * Scrapinghub page's time per MB, measured in the same way first.
 *
 * Bars (issue 5): the 50 MB page's time/MB within 2x the median page's; its peak heap under
 * 20x its size. Every case must return an Article (no exception, no prototype pollution).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const argOf = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const DATASETS = resolve(argOf('--datasets') ?? join(ROOT, '..', 'shared', 'datasets'));
const SCRAPINGHUB = join(DATASETS, 'scrapinghub', 'html');
const MB = 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Case builders. Each returns the input (a string or bytes) and optional parse options.
// ---------------------------------------------------------------------------------------------

const SENTENCE = 'The council met again on Thursday, and members argued, at length and in detail, about the budget for roads, schools and parks.';

/** The Scrapinghub page of median size, as a string. */
function medianPage() {
  const pages = readdirSync(SCRAPINGHUB).map((f) => gunzipSync(readFileSync(join(SCRAPINGHUB, f))));
  pages.sort((a, b) => a.length - b.length);
  return pages[pages.length >> 1].toString('utf8');
}

/** A real page grown to `bytes` by repeating its body's content inside the body. */
function grownPage(bytes) {
  const page = medianPage();
  const open = page.indexOf('>', page.search(/<body[\s>]/i)) + 1;
  const close = page.lastIndexOf('</body');
  const inner = page.slice(open, close > open ? close : page.length);
  const copies = Math.max(1, Math.ceil((bytes - (page.length - inner.length)) / inner.length));
  return page.slice(0, open) + inner.repeat(copies) + page.slice(close > open ? close : page.length);
}

function jsonLd(value) {
  return `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
}

/** Strings made to make backtracking regexes retry: long near-misses in every field. */
function regexBait(n) {
  const runs = [' '.repeat(n), ' -'.repeat(n / 2), ','.repeat(n), '@'.repeat(n), 'a@'.repeat(n / 2), '1'.repeat(n), '.'.repeat(n),
    '( '.repeat(n / 2), '© '.repeat(n / 2), 'photo '.repeat(n / 6), 'by '.repeat(n / 3), ' | '.repeat(n / 3), 'Jan 1'.repeat(n / 5),
    '2025-'.repeat(n / 5), 'www.'.repeat(n / 4), 'http://'.repeat(n / 7), '\t\n'.repeat(n / 2), '&amp;'.repeat(n / 5)];
  return runs.map((r) => `${r}!`);
}

const CASES = {
  'nested-divs-100k': () => `<html><body>${'<div>'.repeat(100_000)}<p>${SENTENCE}</p><p>${SENTENCE}</p>${'</div>'.repeat(100_000)}</body></html>`,
  'page-50mb': () => grownPage(50 * MB),
  'siblings-1m': () => `<html><body><article><h1>Many siblings</h1>${'<span>word</span>'.repeat(1_000_000)}</article></body></html>`,
  'text-node-5mb': () => `<html><body><article><h1>One long text</h1><p>${`${SENTENCE} `.repeat(Math.ceil((5 * MB) / (SENTENCE.length + 1)))}</p></article></body></html>`,
  'attributes-100k': () => `<html><body><article ${Array.from({ length: 100_000 }, (_, i) => `data-a${i}="v${i}"`).join(' ')}><h1>Attributes</h1><p>${SENTENCE}</p><p>${SENTENCE}</p></article></body></html>`,
  'json-ld-10mb': () => `<html><head>${jsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Big JSON-LD', articleBody: `${SENTENCE} `.repeat(Math.ceil((10 * MB) / (SENTENCE.length + 1))), keywords: Array.from({ length: 50_000 }, (_, i) => `tag${i}`) })}</head><body><p>${SENTENCE}</p></body></html>`,
  'json-ld-proto': () => `<html><head><script type="application/ld+json">{"@type":"NewsArticle","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"headline":"Proto","author":[{"__proto__":{"polluted":"yes"},"name":"Jane Doe"}],"@graph":[{"@id":"__proto__","polluted":"yes"},{"@id":"constructor","name":"x"}]}</script></head><body><p>${SENTENCE}</p></body></html>`,
  'json-ld-10k-blocks': () => `<html><head>${Array.from({ length: 10_000 }, (_, i) => jsonLd({ '@context': 'https://schema.org', '@type': i % 2 ? 'NewsArticle' : 'BreadcrumbList', headline: `Headline ${i}`, author: { '@type': 'Person', name: `Author ${i}` }, datePublished: '2025-12-23T15:09:00+03:00' })).join('')}</head><body><p>${SENTENCE}</p></body></html>`,
  'headline-copies-100k': () => `<html><head><meta property="og:title" content="Same headline here"></head><body>${'<div><h1>Same headline here</h1><p class="dek">A dek for this copy of the headline, long enough to count.</p></div>'.repeat(100_000)}<article><p>${SENTENCE}</p></article></body></html>`,
  'meta-rows-100k': () => `<html><body><article><h1>Many meta rows</h1>${'<div class="entry-meta">By Jane Doe on March 5, 2019</div><p>Posted on March 6, 2019</p>'.repeat(100_000)}</article></body></html>`,
  // A tag list in a block of 500k line breaks: each tag link's running-text test must not re-walk the block.
  'tag-links-in-br-block': () => `<html><body><article><h1>Tagged story</h1><p>${SENTENCE}</p><div>${'<a href="/tag/t">Tag</a> '.repeat(100)}${'<br>'.repeat(500_000)}</div><p>${SENTENCE}</p></article></body></html>`,
  // 500 nested microdata authors around 4,000 named links: each level must not split every link.
  'nested-authors-links': () => `<html><body><article itemscope itemtype="https://schema.org/NewsArticle"><h1>Nested authors</h1>${'<span itemprop="author">'.repeat(500)}${'<a href="/author/jane">Jane Doe</a> '.repeat(4000)}${'</span>'.repeat(500)}<p>${SENTENCE}</p></article></body></html>`,
  // 2,000 links to the newsletter page, each in a <div> nested in the last: a pitch's box is
  // looked for a few levels up, and each ancestor is measured once.
  'nested-pitch-links': () => `<html><body><article><h1>Nested pitches</h1><p>${SENTENCE}</p>${'<div><a href="/newsletter/">Sign up</a>'.repeat(2000)}${'</div>'.repeat(2000)}<p>${SENTENCE}</p></article></body></html>`,
  'json-ld-broken-10mb': () => `<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Broken JSON-LD", // a comment
"keywords": [${Array.from({ length: 200_000 }, (_, i) => `"tag${i}", `).join('')}], "articleBody": "${`${SENTENCE} `.repeat(Math.ceil((8 * MB) / (SENTENCE.length + 1)))}", }}, "description": "x"}</script></head><body><p>${SENTENCE}</p></body></html>`,
  // Two copies of one caption (full and truncated) ending in 80,000 dots: the copy's ellipsis
  // is trimmed with a regex that once retried every dot (CAPTION_UNSEEN.ellipsisEndRe, 14 s).
  'caption-copy-dots': () => `<html><body><article><h1>Dots</h1><p>${SENTENCE}</p><figure><img src="/a.jpg" width="800" height="500"><figcaption><div class="caption-full">Waves at dawn …${'..'.repeat(40_000)}…</div><div class="caption-truncated">Waves at dawn …${'..'.repeat(40_000)}…</div></figcaption></figure><p>${SENTENCE}</p></article></body></html>`,
  // An update line followed by 80,000 tabs: the later-publication label's lookbehind once
  // rescanned the run at every tab (LATER_PUBLICATION_LABEL_RE, 14 s).
  'update-line-tabs': () => `<html><body><article><h1>Tabs</h1><div class="post-date">Updated Nov. 19, 2019 8:21 am ET u${'\t'.repeat(80_000)}</div><p>${SENTENCE}</p><p>${SENTENCE}</p></article></body></html>`,
  'regex-bait-1mb': () => {
    const bait = regexBait(20_000);
    const field = (i) => bait[i % bait.length];
    const parts = [`<html><head><title>${field(0)}</title><meta property="og:title" content="${field(1)}"><meta name="author" content="${field(2)}">`,
      `<meta property="article:published_time" content="${field(3)}">${jsonLd({ '@type': 'NewsArticle', headline: field(4), author: field(5), datePublished: field(6) })}</head><body><article>`,
      `<h1>${field(7)}</h1><div class="byline">By ${field(8)}</div><time datetime="${field(9)}">${field(10)}</time>`];
    for (let i = 0; i < bait.length; i++) {
      parts.push(`<figure><img src="/a${i}.jpg" srcset="a.jpg ${field(i)} b.jpg 2x"><figcaption>${field(i + 1)}</figcaption></figure><p>${SENTENCE} ${field(i + 2)}</p><p class="byline">By ${field(i + 3)}</p>`);
    }
    parts.push('</article></body></html>');
    return parts.join('');
  },
  'binary-10mb': () => {
    const out = new Uint8Array(10 * MB);
    let state = 0x9e3779b9;
    for (let i = 0; i < out.length; i++) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      out[i] = state >>> 24;
    }
    return out;
  },
};

// ---------------------------------------------------------------------------------------------
// Child: build one input, measure one call, print one JSON line between markers.
// ---------------------------------------------------------------------------------------------

async function child(name) {
  const { parseArticle } = await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href);
  if (name === '__median__') {
    const pages = readdirSync(SCRAPINGHUB).map((f) => new Uint8Array(gunzipSync(readFileSync(join(SCRAPINGHUB, f)))));
    for (const p of pages) parseArticle(p); // warm-up: JIT, caches
    const perMb = [];
    for (const p of pages) {
      const runs = [];
      for (let r = 0; r < 3; r++) {
        const t = performance.now();
        parseArticle(p);
        runs.push(performance.now() - t);
      }
      runs.sort((a, b) => a - b);
      perMb.push({ bytes: p.length, ms: runs[1], msPerMb: runs[1] / (p.length / MB) });
    }
    perMb.sort((a, b) => a.msPerMb - b.msPerMb);
    const mid = perMb[perMb.length >> 1];
    console.log(`RESULT ${JSON.stringify({ name, pages: pages.length, medianMsPerMb: mid.msPerMb, medianPage: mid })}`);
    return;
  }
  const input = CASES[name]();
  const bytes = typeof input === 'string' ? Buffer.byteLength(input) : input.length;
  // A small page first, so the call below measures steady-state code, not compilation.
  parseArticle(`<p>${SENTENCE}</p>`);
  globalThis.gc();
  const before = process.memoryUsage();
  console.log('BEGIN');
  const t = performance.now();
  const article = parseArticle(input);
  const ms = performance.now() - t;
  const after = process.memoryUsage();
  console.log('END');
  const polluted = ({}).polluted !== undefined || Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted');
  const rssPeakMb = (process.resourceUsage().maxRSS * 1024 - before.rss) / MB;
  console.log(`RESULT ${JSON.stringify({
    name, bytes, ms, heapBefore: before.heapUsed, heapAfter: after.heapUsed, rssPeakMb, polluted,
    paragraphs: article.paragraphs.length, headline: article.headline?.slice(0, 40) ?? null,
  })}`);
}

// ---------------------------------------------------------------------------------------------
// Parent: run every case in a child with --trace-gc and report.
// ---------------------------------------------------------------------------------------------

/** `Scavenge 45.2 (60.1) -> 40.3 (62.1) MB`: heap used before the collection, in MB. */
const GC_LINE_RE = /:\s+(?:Scavenge|Mark-Compact|Mark-sweep|Minor Mark-Compact|Mark-Compact \(reduce\))[^\d]*?([\d.]+) \([\d.]+\) -> ([\d.]+)/;

function runChild(name) {
  const res = spawnSync(process.execPath, ['--expose-gc', '--trace-gc', '--max-old-space-size=16384', '--stack-size=984', fileURLToPath(import.meta.url), '--child', name], {
    encoding: 'utf8', maxBuffer: 512 * MB, cwd: ROOT,
  });
  const lines = (res.stdout ?? '').split('\n');
  const resultLine = lines.find((l) => l.startsWith('RESULT '));
  if (!resultLine) return { name, error: (res.stderr || res.stdout || `exit ${res.status}`).slice(-2000) };
  const result = JSON.parse(resultLine.slice('RESULT '.length));
  const begin = lines.indexOf('BEGIN');
  const end = lines.indexOf('END');
  let peakHeapMb = result.heapAfter ? result.heapAfter / MB : 0;
  for (const line of lines.slice(begin + 1, end)) {
    const m = GC_LINE_RE.exec(line);
    if (m) peakHeapMb = Math.max(peakHeapMb, Number(m[1]));
  }
  if (result.heapBefore !== undefined) result.peakHeapAboveMb = peakHeapMb - result.heapBefore / MB;
  return result;
}

async function main() {
  if (args[0] === '--child') return child(args[1]);
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) {
    console.error('adversarial: dist/index.js missing; run `npm run build` (npm run adversarial does)');
    process.exitCode = 2;
    return;
  }
  const only = argOf('--only');
  let medianMsPerMb = null;
  if (existsSync(SCRAPINGHUB)) {
    const median = runChild('__median__');
    if (median.error) console.error(median.error);
    else {
      medianMsPerMb = median.medianMsPerMb;
      console.log(`yardstick: median Scrapinghub page ${median.medianMsPerMb.toFixed(1)} ms/MB (${median.pages} pages; that page ${(median.medianPage.bytes / 1024).toFixed(0)} KB in ${median.medianPage.ms.toFixed(1)} ms)`);
    }
  } else {
    console.log(`yardstick: ${SCRAPINGHUB} not found; time/MB ratios skipped`);
  }
  console.log('case                   size MB     ms    ms/MB  x median  peak heap MB  heap/size  peak RSS +MB  paragraphs');
  let failed = 0;
  for (const name of Object.keys(CASES)) {
    if (only && name !== only) continue;
    const r = runChild(name);
    if (r.error) {
      failed++;
      console.log(`${name.padEnd(22)} FAILED: ${r.error}`);
      continue;
    }
    const sizeMb = r.bytes / MB;
    const msPerMb = r.ms / sizeMb;
    const ratio = medianMsPerMb ? (msPerMb / medianMsPerMb).toFixed(2) : '-';
    const heapRatio = r.peakHeapAboveMb / sizeMb;
    if (r.polluted) failed++;
    console.log(`${name.padEnd(22)} ${sizeMb.toFixed(2).padStart(7)} ${r.ms.toFixed(0).padStart(6)} ${msPerMb.toFixed(1).padStart(8)} ${String(ratio).padStart(9)} ${r.peakHeapAboveMb.toFixed(0).padStart(13)} ${heapRatio.toFixed(1).padStart(10)} ${r.rssPeakMb.toFixed(0).padStart(13)}  ${r.paragraphs}${r.polluted ? '  PROTOTYPE POLLUTED' : ''}`);
    if (name === 'page-50mb' && medianMsPerMb) {
      const timeOk = msPerMb <= 2 * medianMsPerMb;
      const heapOk = heapRatio < 20;
      if (!timeOk || !heapOk) failed++;
      console.log(`  bars: time/MB ${timeOk ? 'within' : 'NOT within'} 2x the median page's; peak heap ${heapOk ? 'under' : 'NOT under'} 20x the size`);
    }
  }
  process.exitCode = failed > 0 ? 1 : 0;
}

await main();
