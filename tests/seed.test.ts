/**
 * The first acceptance case: the Türkiye Today page of ../shared/seed, served with full
 * metadata (turkiye-today) and bare (turkiye-today-bare: no JSON-LD, no OpenGraph, no
 * datetime attributes, divs instead of semantic tags). Explicit asserts, field by field.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src';
import { loadPageFixture } from './support/fixtures';

const HEADLINE = 'Azerbaijan raises doubts over deploying troops for Gaza stabilization mission';
const CHROME = ['Newsletter', 'newsletters', 'BigPhoto', 'More From Türkiye Today', 'Instagram', 'Youtube', 'Advertisement', 'cookie', 'WhatsApp', '(AFP Photo)', '(AA Photo)'];

describe.each(['turkiye-today', 'turkiye-today-bare'])('%s', (name) => {
  const fixture = loadPageFixture(name);
  const article = parseArticle(fixture.source, { url: fixture.meta.url });

  it('reads the headline without the site-name suffix', () => {
    expect(article.headline).toBe(HEADLINE);
  });

  it('keeps the page offset in both timestamps', () => {
    expect(article.publishedAt).toBe('2025-12-23T15:09:00+03:00');
    expect(article.modifiedAt).toBe('2025-12-23T15:10:00+03:00');
  });

  it('has exactly 13 paragraphs in 3 sections of 3, 4 and 6', () => {
    expect(article.paragraphs).toHaveLength(13);
    expect(article.sections.map((s) => s.heading)).toEqual([
      null,
      'Concerns over mandate and military capacity',
      'Delays and regional hesitation',
    ]);
    expect(article.sections.map((s) => s.paragraphs.length)).toEqual([3, 4, 6]);
    expect(article.sections.map((s) => s.level)).toEqual([null, 2, 2]);
  });

  it('reads the first and last paragraphs verbatim', () => {
    expect(article.paragraphs[0]).toBe(
      'Azerbaijan has expressed reservations about participating in a planned international stabilization force for the Gaza Strip, citing concerns over the scope of the mandate and limited military capacity, according to a senior presidential adviser.',
    );
    expect(article.paragraphs[3]).toContain('the scope of the mission’s mandate.');
    expect(article.paragraphs[12]).toBe(
      'Plans call for moving to a second phase that includes the disarmament of Hamas and the deployment of the international force, though sporadic Israeli attacks continue and the durability of the ceasefire remains uncertain.',
    );
  });

  it('splits both photo credits off their captions', () => {
    expect(article.images).toHaveLength(2);
    expect(article.images.map((i) => i.credit)).toEqual(['AFP Photo', 'AA Photo']);
    expect(article.images[0]?.caption).toBe(
      'People walk past stalls selling goods amid the rubble of buildings destroyed during previous Israeli strikes, in Khan Yunis in the southern Gaza Strip on Jan. 15, 2025.',
    );
    expect(article.images[1]?.caption).toMatch(/^Palestinians displaced by Israeli attacks .* on Dec\. 15, 2025\.$/);
    expect(article.images[0]?.src).toBe('https://www.turkiyetoday.com/images/2025/12/23/khan-yunis-stalls-rubble-gaza.jpg');
    expect(article.leadImage).toEqual(article.images[0]);
  });

  it('leaves every piece of chrome out of the text', () => {
    for (const word of CHROME) expect(article.text).not.toContain(word);
  });

  it('renders markdown with headings and captioned images', () => {
    expect(article.markdown).toContain('## Concerns over mandate and military capacity');
    expect(article.markdown).toContain('![');
    expect(article.markdown).toContain('(AFP Photo)');
    expect(article.wordCount).toBeGreaterThan(300);
  });

  it('reads the site name, language and no invented author', () => {
    expect(article.siteName).toBe('Türkiye Today');
    expect(article.lang).toBe('en');
    expect(article.authors).toEqual([]);
  });
});

describe('turkiye-today (full metadata)', () => {
  const fixture = loadPageFixture('turkiye-today');
  const article = parseArticle(fixture.source, { url: fixture.meta.url });

  it('takes the canonical URL over the tracking URL it was fetched with', () => {
    expect(fixture.meta.url).toContain('utm_');
    expect(article.url).toBe('https://www.turkiyetoday.com/region/azerbaijan-raises-doubts-over-deploying-troops-for-gaza-stabilization-mission-3211789');
  });

  it('reads section and tags from the metadata', () => {
    expect(article.section).toBe('Region');
    expect(article.tags).toContain('Azerbaijan');
    expect(article.tags).toContain('Gaza');
  });
});

describe('turkiye-today-bare', () => {
  const fixture = loadPageFixture('turkiye-today-bare');
  const article = parseArticle(fixture.source, { url: fixture.meta.url });

  it('falls back to the fetch URL and guesses no section or description', () => {
    expect(article.url).toBe(fixture.meta.url);
    expect(article.section).toBeNull();
    expect(article.description).toBeNull();
    expect(article.tags).toEqual([]);
  });
});
