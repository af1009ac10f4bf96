#!/usr/bin/env node
/**
 * Audits every regular expression in src/ for super-linear backtracking (ReDoS).
 *
 * 1. Finds the regexes: every regex literal in src/*.ts (TypeScript's parser, so none is
 *    missed or misread), plus every RegExp reachable from the modules' exports at run time
 *    (the ones built with `new RegExp` from joined vocabularies).
 * 2. Checks each with recheck (automaton analysis, with fuzzing as a fallback), which proves
 *    a regex linear or returns an attack string.
 * 3. Times each regex on its attack string (or, for a safe one, on generic backtracking bait:
 *    long runs of spaces, letters, digits, punctuation that almost match) at two lengths and
 *    reports the growth, so "linear" is measured, not only claimed.
 *
 * A regex that recheck calls polynomial passes in one of two ways, both measured here:
 * - it is linear in practice: timed on recheck's own attack string at 5k and 50k characters,
 *   the time grows less than 30x for 10x the input (or stays under 50 ms);
 * - every call site bounds its input: listed in BOUNDED with the bound and why, and timed on
 *   the attack string cut to that bound (must stay under BOUNDED_LIMIT_MS per call).
 *
 * recheck's verdict depends only on the pattern, its flags and recheck's version, and its
 * fuzzer takes up to 10 s on some patterns (a whole run of 687 patterns took 13 min on a busy
 * machine), so verdicts are cached in node_modules/.cache/copydesk/regex-audit.json by that
 * key: a rerun asks recheck only about new or changed patterns. The timings are measured on
 * every run. `--no-cache` asks about every pattern again. REGEX_AUDIT_TRACE=1 names each
 * pattern on stderr before it is timed, so a pattern that hangs the run is found (session 21:
 * BYLINE_AVATAR.afterRe, three adjacent `\s*`, stalled two sessions' runs on its attack string).
 *
 * Usage: node scripts/regex-audit.mjs [--markdown] [--no-cache]   (exit 1 when a regex fails)
 */
import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import ts from 'typescript';
import { checkSync } from 'recheck';

/**
 * Regexes whose every caller bounds the input, by `file#NAME`. Bylines are collapsed and cut to
 * MAX_BYLINE_INPUT (300) characters before any byline pattern runs (metadata/authors.ts
 * splitByline); the encoding prescan reads 1024 bytes.
 */
const BOUNDED = {
  'src/metadata/authors.ts#LEADING_JUNK_RE': { bound: 300, why: 'byline part, ≤ MAX_BYLINE_INPUT' },
  'src/metadata/authors.ts#PARENTHESISED_RE': { bound: 300, why: 'byline, ≤ MAX_BYLINE_INPUT' },
  'src/metadata/constants.ts#NAME_CONNECTOR_RE': { bound: 300, why: 'byline, ≤ MAX_BYLINE_INPUT' },
  'src/metadata/constants.ts#BYLINE_DATE_TAIL_RE': { bound: 300, why: 'byline, ≤ MAX_BYLINE_INPUT' },
  'src/metadata/constants.ts#NON_AUTHOR_TAIL_RE': { bound: 300, why: 'byline, ≤ MAX_BYLINE_INPUT' },
  'src/metadata/constants.ts#BYLINE_TAIL_RE': { bound: 300, why: 'byline, ≤ MAX_BYLINE_INPUT' },
  'src/metadata/constants.ts#EMAIL_OR_URL_RE': { bound: 300, why: 'byline, ≤ MAX_BYLINE_INPUT' },
  'src/assemble/constants.ts#TRAILING_PAREN_RE': { bound: 300, why: 'caption tail, ≤ MAX_CREDIT_TAIL' },
  'src/assemble/constants.ts#TRAILING_LABEL_RE': { bound: 300, why: 'caption tail, ≤ MAX_CREDIT_TAIL' },
  'src/assemble/constants.ts#TRAILING_COPYRIGHT_RE': { bound: 300, why: 'caption tail, ≤ MAX_CREDIT_TAIL' },
  'src/parse/decode.ts#HTML_LANG_RE': { bound: 1024, why: 'encoding prescan, ≤ 1024 bytes' },
  'src/parse/decode.ts#META_TAG_RE': { bound: 1024, why: 'encoding prescan, ≤ 1024 bytes' },
  'src/parse/decode.ts#COMMENT_RE': { bound: 1024, why: 'encoding prescan, ≤ 1024 bytes' },
};
const BOUNDED_LIMIT_MS = 5;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');
const markdown = process.argv.includes('--markdown');
const useCache = !process.argv.includes('--no-cache');
const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'copydesk');
const CACHE_FILE = join(CACHE_DIR, 'regex-audit.json');
const RECHECK_VERSION = createRequire(import.meta.url)('recheck/package.json').version;

/** recheck's verdicts by `version|/source/flags` (see the header): only what the audit reads. */
function loadCache() {
  if (!useCache || !existsSync(CACHE_FILE)) return new Map();
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(CACHE_FILE, 'utf8'))));
  } catch {
    return new Map();
  }
}
function saveCache(cache) {
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(CACHE_FILE, JSON.stringify(Object.fromEntries(cache)));
}

function listTs(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listTs(path);
    return name.endsWith('.ts') && name !== 'cli.ts' ? [path] : [];
  });
}

/** Regex literals with the file:line they sit on. */
function literalRegexes(files) {
  const found = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const lit = node.getText(sf);
        const end = lit.lastIndexOf('/');
        const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
        const decl = node.parent && ts.isVariableDeclaration(node.parent) ? node.parent.name.getText(sf) : null;
        found.push({
          source: lit.slice(1, end), flags: lit.slice(end + 1), where: `${relative(ROOT, file)}:${line + 1}`,
          id: decl ? `${relative(ROOT, file)}#${decl}` : null,
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

/** RegExps reachable from each module's exports (arrays and plain objects searched too). */
async function runtimeRegexes(files) {
  const entry = files.map((f, i) => `export * as m${i} from ${JSON.stringify(f)};`).join('\n');
  const out = await build({ stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' }, bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'silent', mainFields: ['module', 'main'] });
  const url = `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`;
  const mod = await import(url);
  const found = [];
  const seen = new Set();
  const walk = (value, where, depth) => {
    if (value === null || typeof value !== 'object' || seen.has(value) || depth > 4) return;
    seen.add(value);
    if (value instanceof RegExp) {
      found.push({ source: value.source, flags: value.flags, where, id: where.replace(' export ', '#') });
      return;
    }
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${where}[${i}]`, depth + 1));
    else if (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null) {
      for (const [k, v] of Object.entries(value)) walk(v, `${where}.${k}`, depth + 1);
    }
  };
  files.forEach((f, i) => {
    for (const [name, value] of Object.entries(mod[`m${i}`] ?? {})) walk(value, `${relative(ROOT, f)} export ${name}`, 0);
  });
  return found;
}

/** Generic strings that make a backtracking engine retry: long near-misses of many kinds. */
function bait(n) {
  const runs = [' ', 'a', '1', '.', '-', '/', '<', '"', "'", ':', '=', ',', 'é', '東', '\t', '\n', 'a ', 'a1', ' -', '<a', '&#', '1.', 'aA'];
  return runs.map((r) => r.repeat(Math.ceil(n / r.length)).slice(0, n) + '\u0000!');
}

function timeOn(regex, inputs) {
  const re = new RegExp(regex.source, regex.flags.replace('y', ''));
  let worst = 0;
  for (const input of inputs) {
    const start = performance.now();
    re.lastIndex = 0;
    if (re.global) input.replace(re, '');
    else re.exec(input);
    worst = Math.max(worst, performance.now() - start);
  }
  return worst;
}

function attackOf(result, n) {
  const attack = result.attack;
  if (!attack?.pumps) return null;
  let s = attack.string ?? '';
  if (attack.pumps) {
    s = '';
    const base = attack.string;
    let last = 0;
    for (const pump of attack.pumps) {
      s += base.slice(last, pump.offset) + pump.pump.repeat(Math.ceil(n / Math.max(1, pump.pump.length)));
      last = pump.offset;
    }
    s += attack.suffix ?? base.slice(last);
  }
  return s;
}

const files = listTs(SRC);
const all = [...literalRegexes(files), ...(await runtimeRegexes(files))];
const unique = new Map();
for (const r of all) {
  const key = `/${r.source}/${r.flags}`;
  if (!unique.has(key)) unique.set(key, { ...r, also: [], ids: r.id ? [r.id] : [] });
  else {
    unique.get(key).also.push(r.where);
    if (r.id) unique.get(key).ids.push(r.id);
  }
}

const SMALL = 5_000;
const LARGE = 50_000;
/** A small run slower than this is already super-linear: the large run is skipped. */
const SMALL_LIMIT_MS = 100;
const rows = [];
let bad = 0;
const cache = loadCache();
let checked = 0;
for (const [key, r] of unique) {
  const flags = r.flags.replace(/[gy]/g, '');
  const cacheKey = `${RECHECK_VERSION}|/${r.source}/${flags}`;
  let result = cache.get(cacheKey);
  if (result === undefined) {
    try {
      const full = checkSync(r.source, flags, { timeout: 10_000 });
      result = { status: full.status, complexity: full.complexity, attack: full.attack };
    } catch (error) {
      result = { status: 'unknown', error: String(error) };
    }
    // A timeout is the machine's load, not the pattern's verdict: asked again next run.
    if (result.status !== 'unknown') cache.set(cacheKey, result);
    checked++;
  }
  if ((rows.length + 1) % 50 === 0) console.error(`… ${rows.length + 1} of ${unique.size} (${checked} checked by recheck)`);
  if (process.env.REGEX_AUDIT_TRACE) console.error(`${result.status.padEnd(10)} ${r.where}  ${key.slice(0, 100)}`);
  const bounded = r.ids.map((id) => BOUNDED[id]).find(Boolean) ?? null;
  const attackSmall = attackOf(result, SMALL);
  const inputsSmall = attackSmall ? [attackSmall] : bait(SMALL);
  const inputsLarge = attackSmall ? [attackOf(result, LARGE)] : bait(LARGE);
  const tSmall = timeOn(r, inputsSmall);
  const tLarge = tSmall > SMALL_LIMIT_MS ? Number.POSITIVE_INFINITY : timeOn(r, inputsLarge);
  // 10x the input: a linear regex takes ~10x the time; a quadratic one ~100x. Small times are
  // noise, so only a run above 50 ms can fail.
  const growth = tLarge / Math.max(tSmall, 0.05);
  const measuredLinear = tLarge < 50 || growth < 30;
  let tBound = null;
  if (bounded) tBound = timeOn(r, inputsSmall.map((x) => x.slice(-bounded.bound)).concat(inputsSmall.map((x) => x.slice(0, bounded.bound))));
  let verdict;
  if (result.status === 'safe') verdict = 'linear (proved)';
  else if (measuredLinear) verdict = 'linear (measured)';
  else if (bounded && tBound < BOUNDED_LIMIT_MS) verdict = `bounded: ${bounded.why}`;
  else verdict = 'FAIL';
  if (verdict === 'FAIL') bad++;
  rows.push({ key, where: r.where, also: r.also.length, status: result.status, complexity: result.complexity?.summary ?? result.complexity?.type ?? '', tLarge, growth, tBound, verdict });
}

const fmt = (ms) => (Number.isFinite(ms) ? ms.toFixed(1) : `>${SMALL_LIMIT_MS} at ${SMALL / 1000}k`);
if (markdown) {
  console.log('| regex | where | recheck | ms at 50k (attack) | ×time for 10× input | ms at bound | verdict |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    const src = r.key.length > 90 ? `${r.key.slice(0, 87)}…` : r.key;
    const cell = src.replace(/\|/g, '\\|').replace(/`/g, 'ˋ');
    const growth = Number.isFinite(r.growth) ? r.growth.toFixed(1) : '—';
    console.log(`| \`${cell}\` | ${r.where}${r.also ? ` (+${r.also})` : ''} | ${r.status} ${r.complexity} | ${fmt(r.tLarge)} | ${growth} | ${r.tBound === null ? '' : r.tBound.toFixed(2)} | ${r.verdict} |`);
  }
} else {
  for (const r of rows) {
    const flag = r.verdict === 'FAIL' ? 'FAIL' : 'ok  ';
    console.log(`${flag} ${r.verdict.padEnd(40)} ${r.status.padEnd(10)} ${fmt(r.tLarge).padStart(12)} ms  ${r.where}  ${r.key.slice(0, 90)}`);
  }
}
if (useCache) saveCache(cache);
console.error(`${rows.length} distinct regexes (${all.length} occurrences); ${checked} checked by recheck, ${rows.length - checked} from its cache; ${bad} failed`);
process.exitCode = bad > 0 ? 1 : 0;
