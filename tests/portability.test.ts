/**
 * The core runs in browsers and edge runtimes: bundled for the browser platform (where a
 * Node built-in cannot resolve), it must run in a bare V8 context that has only the web
 * globals the library uses (TextDecoder, URL), with no `process`, `Buffer` or `require`.
 */
import { build } from 'esbuild';
import { runInNewContext } from 'node:vm';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../src';
import { REPO_ROOT } from './support/fixtures';

let bundle = '';

beforeAll(async () => {
  const result = await build({
    entryPoints: [join(REPO_ROOT, 'src', 'index.ts')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'copydesk',
    write: false,
    logLevel: 'silent',
  });
  bundle = result.outputFiles[0]?.text ?? '';
}, 60_000);

function runInBareContext(html: string | Uint8Array): Article {
  const sandbox: Record<string, unknown> = { TextDecoder, URL, input: html, output: null };
  runInNewContext(`${bundle};\noutput = JSON.stringify(copydesk.parseArticle(input, { url: 'https://example.com/a' }));`, sandbox);
  return JSON.parse(sandbox.output as string) as Article;
}

describe('browser / edge bundle', () => {
  it('bundles for the browser platform without Node built-ins', () => {
    expect(bundle.length).toBeGreaterThan(10_000);
    expect(bundle).not.toMatch(/require\(["']node:/);
  });

  it('parses a page in a context without Node globals', () => {
    const html = '<html lang="en"><head><title>Harbour flood | Example</title></head><body><article><h1>Harbour flood</h1><p>The old harbour flooded on Tuesday, the council said, after a storm surge.</p><p>Residents were moved to the school hall, and the road was closed until noon.</p></article></body></html>';
    const article = runInBareContext(html);
    expect(article.headline).toBe('Harbour flood');
    expect(article.paragraphs).toHaveLength(2);
    expect(article.url).toBe('https://example.com/a');
  });

  it('decodes bytes there too', () => {
    const bytes = new TextEncoder().encode('<meta charset="utf-8"><title>Ürün | X</title><h1>Ürün</h1><p>Türkçe metin, uzun bir paragraf olarak burada duruyor ve devam ediyor.</p>');
    expect(runInBareContext(bytes).headline).toBe('Ürün');
  });
});
