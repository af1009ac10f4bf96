import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A page fixture: fixtures/pages/<name>/{source.html, expected.json, meta.json}. */
export interface PageFixture {
  name: string;
  source: Buffer;
  expected: Record<string, unknown>;
  meta: {
    url?: string;
    shape?: string;
    notes?: string;
    textIncludes?: string[];
    textExcludes?: string[];
  };
}

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES_DIR = join(REPO_ROOT, 'fixtures', 'pages');

/** Reads every page fixture. Tests only read these files; they never write them. */
export function loadPageFixtures(): PageFixture[] {
  return readdirSync(FIXTURES_DIR)
    .filter((name) => existsSync(join(FIXTURES_DIR, name, 'expected.json')))
    .sort()
    .map((name) => loadPageFixture(name));
}

export function loadPageFixture(name: string): PageFixture {
  const dir = join(FIXTURES_DIR, name);
  return {
    name,
    source: readFileSync(join(dir, 'source.html')),
    expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, unknown>,
    meta: existsSync(join(dir, 'meta.json')) ? (JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as PageFixture['meta']) : {},
  };
}
