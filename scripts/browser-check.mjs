#!/usr/bin/env node
// copydesk in a real browser: the core bundled for the browser platform (as a web app's
// bundler would), loaded into headless Chromium, run on every page fixture, each given as the
// raw bytes (charset sniffing runs in the browser too). Each article must equal the one Node
// makes from dist/ and match the fixture's expected.json field for field.
//
// Usage: node scripts/browser-check.mjs [--chromium PATH]
// Needs a Chromium (Debian: `apt-get install -y chromium`, at /usr/bin/chromium) and the
// playwright-core dev dependency; not part of `npm test`, since a fresh machine has no browser.
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const at = args.indexOf('--chromium');
const executablePath = at >= 0 ? args[at + 1] : '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`browser-check: no Chromium at ${executablePath} (apt-get install -y chromium, or --chromium PATH)`);
  process.exit(2);
}
const distPath = join(repoRoot, 'dist', 'index.js');
if (!existsSync(distPath)) {
  console.error('browser-check: dist/index.js not found (run `npx tsup` first)');
  process.exit(2);
}
const { parseArticle } = await import(pathToFileURL(distPath).href);

const bundled = await build({
  entryPoints: [join(repoRoot, 'src', 'index.ts')],
  bundle: true,
  platform: 'browser',
  format: 'iife',
  globalName: 'copydesk',
  minify: true,
  write: false,
  logLevel: 'silent',
});
const bundle = bundled.outputFiles[0].text;

const fixturesDir = join(repoRoot, 'fixtures', 'pages');
const fixtures = readdirSync(fixturesDir)
  .filter((name) => existsSync(join(fixturesDir, name, 'expected.json')))
  .sort()
  .map((name) => {
    const dir = join(fixturesDir, name);
    const meta = existsSync(join(dir, 'meta.json')) ? JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) : {};
    return { name, source: readFileSync(join(dir, 'source.html')), expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')), url: meta.url };
  });

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
const failures = [];
let sameAsNode = 0;
let matchExpected = 0;
let browserMs = 0;
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><title>copydesk browser check</title>');
  await page.addScriptTag({ content: bundle });
  const version = await page.evaluate(() => navigator.userAgent);
  for (const f of fixtures) {
    const { json, ms } = await page.evaluate(
      ([base64, url]) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const start = performance.now();
        const article = globalThis.copydesk.parseArticle(bytes, url ? { url } : undefined);
        return { json: JSON.stringify(article), ms: performance.now() - start };
      },
      [f.source.toString('base64'), f.url ?? null],
    );
    browserMs += ms;
    const inBrowser = JSON.parse(json);
    const inNode = JSON.parse(JSON.stringify(parseArticle(f.source, f.url ? { url: f.url } : undefined)));
    if (JSON.stringify(inBrowser) === JSON.stringify(inNode)) sameAsNode++;
    else failures.push(`${f.name}: differs from Node`);
    const wrong = Object.keys(f.expected).filter((k) => JSON.stringify(inBrowser[k]) !== JSON.stringify(f.expected[k]));
    if (wrong.length === 0) matchExpected++;
    else failures.push(`${f.name}: ${wrong.join(', ')} differ from expected.json`);
  }
  console.log(`browser: ${version}`);
  console.log(`bundle: ${(bundle.length / 1024).toFixed(0)} KiB minified (esbuild, platform browser)`);
} finally {
  await browser.close();
}
console.log(
  `browser-check: ${fixtures.length} page fixtures; same article as Node ${sameAsNode}/${fixtures.length}; ` +
    `expected.json matched ${matchExpected}/${fixtures.length}; ${browserMs.toFixed(0)} ms of parseArticle in the browser`,
);
for (const line of failures) console.log(`  ${line}`);
process.exit(failures.length === 0 ? 0 : 1);
