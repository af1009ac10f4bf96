/** The built CLI (dist/cli.js, made by `npm test` before vitest runs): file, stdin, --url. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR, REPO_ROOT } from './support/fixtures';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');
const PAGE = join(FIXTURES_DIR, 'turkiye-today-bare', 'source.html');

function run(args: string[], input?: string) {
  return spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });
}

describe.skipIf(!existsSync(CLI))('copydesk CLI', () => {
  it('prints the article of a file as JSON', () => {
    const result = run([PAGE, '--url', 'https://www.turkiyetoday.com/region/x-1']);
    expect(result.status).toBe(0);
    const article = JSON.parse(result.stdout) as { headline: string; url: string; paragraphs: string[] };
    expect(article.headline).toBe('Azerbaijan raises doubts over deploying troops for Gaza stabilization mission');
    expect(article.url).toBe('https://www.turkiyetoday.com/region/x-1');
    expect(article.paragraphs).toHaveLength(13);
  });

  it('reads standard input with "-"', () => {
    const result = run(['-', '--compact'], '<html><head><title>Hello</title></head><body><h1>Hello</h1><p>Just one paragraph of text here.</p></body></html>');
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect((JSON.parse(result.stdout) as { headline: string }).headline).toBe('Hello');
  });

  it('exits 2 with usage on a bad option and 1 on a missing file', () => {
    expect(run(['--bogus']).status).toBe(2);
    expect(run([]).status).toBe(2);
    const missing = run(['/nonexistent/page.html']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('cannot read');
  });
});
