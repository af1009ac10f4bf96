// The metadata measure for copydesk and its peers, side by side: title exact, title*,
// byline and publishedTime on Mozilla Readability's test pages, scored with the eval's own
// rules (scripts/lib/fields.mjs). Readability runs on jsdom, as its test harness does;
// defuddle on linkedom, as in the bench. Readability's expected metadata is its own output,
// so its score is the labels' ceiling, not a rival's accuracy.
//
// Usage: npm run build && node scripts/peers-meta.mjs [--datasets DIR]
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bylineHasName, bylineHit, dateHit, titleHeadlineHit, titleHit } from './lib/fields.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const at = process.argv.indexOf('--datasets');
const root = join(at > 0 ? resolve(process.argv[at + 1]) : resolve(repoRoot, '..', 'shared', 'datasets'), 'readability');
const url = 'http://fakehost/test/page.html';

const { parseArticle } = await import(pathToFileURL(join(repoRoot, 'dist', 'index.js')).href);
const { Readability } = await import('@mozilla/readability');
const { JSDOM, VirtualConsole } = await import('jsdom');
const { default: Defuddle } = await import('defuddle');
const { parseHTML } = await import('linkedom');

/** Runs `fn` with the console silenced: defuddle logs every invalid JSON-LD block. */
function quietly(fn) {
  const saved = [console.log, console.warn, console.error];
  console.log = console.warn = console.error = () => {};
  try {
    return fn();
  } finally {
    [console.log, console.warn, console.error] = saved;
  }
}

const PEERS = {
  copydesk: (html) => {
    const a = parseArticle(html, { url });
    return { title: a.headline, authors: a.authors, date: a.publishedAt };
  },
  'readability+jsdom': (html) => {
    const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
    try {
      const r = new Readability(dom.window.document).parse();
      return { title: r?.title ?? null, authors: r?.byline ? [r.byline] : [], date: r?.publishedTime ?? null };
    } finally {
      dom.window.close();
    }
  },
  'defuddle+linkedom': (html) =>
    quietly(() => {
      const r = new Defuddle(parseHTML(html).document, { url }).parse();
      return { title: r.title || null, authors: r.author ? [r.author] : [], date: r.published || null };
    }),
};

const tally = Object.fromEntries(Object.keys(PEERS).map((p) => [p, { n: 0, title: 0, titleStar: 0, bn: 0, byline: 0, dn: 0, date: 0 }]));
for (const name of readdirSync(root).sort()) {
  let html, meta;
  try {
    html = readFileSync(join(root, name, 'source.html'), 'utf8');
    meta = JSON.parse(readFileSync(join(root, name, 'expected-metadata.json'), 'utf8'));
  } catch {
    continue;
  }
  for (const [peer, run] of Object.entries(PEERS)) {
    const t = tally[peer];
    let r;
    try {
      r = run(html);
    } catch {
      r = { title: null, authors: [], date: null };
    }
    t.n++;
    if (titleHit(meta.title ?? '', r.title)) t.title++;
    if (titleHeadlineHit(meta.title ?? '', r.title)) t.titleStar++;
    if (typeof meta.byline === 'string' && meta.byline.trim() !== '' && bylineHasName(meta.byline)) {
      t.bn++;
      if (bylineHit(meta.byline, r.authors)) t.byline++;
    }
    if (meta.publishedTime != null && String(meta.publishedTime).trim() !== '') {
      t.dn++;
      if (dateHit(meta.publishedTime, r.date)) t.date++;
    }
  }
}
const f3 = (a, b) => (b ? a / b : 0).toFixed(3);
for (const [peer, t] of Object.entries(tally)) {
  console.log(`${peer.padEnd(18)} title ${f3(t.title, t.n)} (title* ${f3(t.titleStar, t.n)})  byline ${f3(t.byline, t.bn)} (n=${t.bn})  publishedTime ${f3(t.date, t.dn)} (n=${t.dn})  (${t.n} pages)`);
}
