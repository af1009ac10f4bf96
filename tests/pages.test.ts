/**
 * Every page in fixtures/pages, field by field: each key of expected.json is compared on its
 * own (so a failure names the field), then the text snippets of meta.json that must and
 * must not appear in article.text.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src';
import type { Article } from '../src';
import { loadPageFixtures } from './support/fixtures';

const fixtures = loadPageFixtures();

describe.each(fixtures.map((f) => [f.name, f] as const))('fixture %s', (_name, fixture) => {
  const article: Article = parseArticle(fixture.source, fixture.meta.url ? { url: fixture.meta.url } : undefined);

  it.each(Object.keys(fixture.expected))('%s', (field) => {
    expect(article[field as keyof Article]).toEqual(fixture.expected[field]);
  });

  it('paragraphs are the sections flattened', () => {
    expect(article.paragraphs).toEqual(article.sections.flatMap((s) => s.paragraphs));
  });

  it.each(fixture.meta.textIncludes ?? [])('text includes %s', (snippet) => {
    expect(article.text).toContain(snippet);
  });

  it.each(fixture.meta.textExcludes ?? [])('text excludes %s', (snippet) => {
    expect(article.text).not.toContain(snippet);
  });
});

it('has at least the 2 seed fixtures and 10 other page shapes', () => {
  const names = fixtures.map((f) => f.name);
  expect(names).toContain('turkiye-today');
  expect(names).toContain('turkiye-today-bare');
  expect(names.length).toBeGreaterThanOrEqual(12);
});
