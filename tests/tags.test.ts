/** Tags read from the page's links: rel=tag, tag pages, tag lists. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src';

/** Body paragraphs long enough to be scored as the article. */
function prose(n: number): string {
  return Array.from(
    { length: n },
    (_, i) => `<p>Paragraph ${i + 1} of the report goes on, with commas, names, places and figures, long enough to read as real article prose.</p>`,
  ).join('\n');
}

/** A page whose <article> holds the headline, the prose, then `after`. */
const story = (after: string, before = '') =>
  parseArticle(`<!doctype html><html><head><title>Storm floods the old harbour</title></head><body><article><h1>Storm floods the old harbour</h1>${before}${prose(4)}${after}</article></body></html>`, {
    url: 'https://blog.example/storm-floods-the-old-harbour/',
  });

describe('tags: rel=tag links', () => {
  it('reads a WordPress "category tag" link as a category, not a tag', () => {
    const line =
      '<div class="entry-utility">Posted in <a href="/category/news/" rel="category tag">News</a> and tagged <a href="/tag/storm/" rel="tag">storm</a>, <a href="/tag/harbour/" rel="tag">harbour</a>.</div>';
    expect(story(line).tags).toEqual(['storm', 'harbour']);
  });
  it('gives no tags for category links alone', () => {
    const a = story('<p class="cats">Filed in <a href="/category/news/" rel="category tag">News</a></p>');
    expect(a.tags).toEqual([]);
    expect(a.sources.tags).toBeNull();
  });
});
