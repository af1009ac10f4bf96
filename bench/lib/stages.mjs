// Builds an instrumented copy of the pipeline for the per-stage breakdown, without touching
// the public API: esbuild bundles src/ from source, and every function src/parse-article.ts
// imports from a stage folder is wrapped in a timer charged to that folder. The pipeline
// itself is the real parse-article.ts, so the breakdown cannot drift from it.
//
// The same bundle gives the bench the internal functions it needs as-is: decodeHtml (every
// extractor gets the string copydesk would decode) and parseHtml (the copydesk-parse row is
// exactly src/parse's parser call).
import { readFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** `import { a, b } from './x'` (value imports only) in parse-article.ts. */
const VALUE_IMPORT_RE = /^import\s+\{([^}]*)\}\s+from\s+'(\.{1,2}\/[^']+)';/gm;

/** Which stage a module of src/ belongs to: its folder; options.ts is input checking, part of parse. */
function stageOf(specifier) {
  const first = specifier.replace(/^\.\//, '').split('/')[0];
  return first === 'options' ? 'parse' : first;
}

function timingPlugin(pipelineFile) {
  const source = readFileSync(pipelineFile, 'utf8');
  const imports = new Map();
  for (const m of source.matchAll(VALUE_IMPORT_RE)) {
    const names = m[1].split(',').map((s) => s.trim()).filter((s) => s && !s.startsWith('type '));
    imports.set(m[2], names);
  }
  return {
    name: 'stage-timing',
    setup(b) {
      b.onResolve({ filter: /^stage-timer$/ }, () => ({ path: 'stage-timer', namespace: 'timer' }));
      b.onLoad({ filter: /.*/, namespace: 'timer' }, () => ({
        loader: 'js',
        contents: `
          let now = () => performance.now();
          export function useClock(clock) { now = clock; }
          export const stageTimes = Object.create(null);
          export function resetStageTimes() { for (const k in stageTimes) stageTimes[k] = 0; }
          export function timed(stage, fn) {
            stageTimes[stage] = 0;
            return function (...args) {
              const t0 = now();
              try { return fn.apply(this, args); } finally { stageTimes[stage] += now() - t0; }
            };
          }`,
      }));
      b.onResolve({ filter: /^\.\.?\// }, async (args) => {
        if (args.importer !== pipelineFile || args.pluginData?.real || !imports.has(args.path)) return undefined;
        const real = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, pluginData: { real: true } });
        return { path: real.path, namespace: 'timed', pluginData: { specifier: args.path } };
      });
      b.onLoad({ filter: /.*/, namespace: 'timed' }, (args) => {
        const spec = args.pluginData.specifier;
        const real = JSON.stringify(args.path);
        const lines = [`export * from ${real};`, `import * as real from ${real};`, `import { timed } from 'stage-timer';`];
        for (const name of imports.get(spec)) lines.push(`export const ${name} = timed(${JSON.stringify(stageOf(spec))}, real.${name});`);
        return { loader: 'js', contents: lines.join('\n'), resolveDir: dirname(args.path) };
      });
    },
  };
}

/**
 * Bundles the instrumented pipeline into node_modules/.cache.
 * @returns {Promise<string>} the bundle's path
 */
export async function buildStages(repoRoot) {
  const pipelineFile = resolve(repoRoot, 'src', 'parse-article.ts');
  const outfile = join(repoRoot, 'node_modules', '.cache', 'copydesk-bench', 'stages.mjs');
  mkdirSync(dirname(outfile), { recursive: true });
  const entry = `
    export { parseArticle } from './${relative(repoRoot, pipelineFile)}';
    export { parseHtml } from './src/parse/parse-html.ts';
    export { decodeHtml } from './src/parse/decode.ts';
    export { stageTimes, resetStageTimes, useClock } from 'stage-timer';`;
  await build({
    stdin: { contents: entry, resolveDir: repoRoot, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    // Same dependency copies as dist/ uses.
    packages: 'external',
    outfile,
    logLevel: 'error',
    plugins: [timingPlugin(pipelineFile)],
  });
  return outfile;
}

/**
 * Imports a bundle made by buildStages.
 * @returns {Promise<{ parseArticle, parseHtml, decodeHtml, stageTimes, resetStageTimes, useClock }>}
 */
export function importStages(file) {
  return import(pathToFileURL(file).href);
}
