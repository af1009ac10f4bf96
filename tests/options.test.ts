/** options.maxBytes and options.contentType: validation, and what a cut page gives. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src';
import { truncateUtf8 } from '../src/parse/decode';

const prose = 'The harbour flooded on Tuesday, the council said, and the road stayed closed until noon.';
const html = `<html><head><title>Harbour floods</title></head><body><article><h1>Harbour floods</h1><p>${prose}</p><p>Second: ${prose}</p></article></body></html>`;

describe('options validation', () => {
  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60])('maxBytes %s throws a RangeError naming options.maxBytes', (value) => {
    expect(() => parseArticle(html, { maxBytes: value })).toThrow(RangeError);
    expect(() => parseArticle(html, { maxBytes: value })).toThrow(/options\.maxBytes/);
  });

  it.each([['a string', '100'], ['a boolean', true], ['an object', {}]])('maxBytes as %s throws a TypeError naming options.maxBytes', (_label, value) => {
    expect(() => parseArticle(html, { maxBytes: value as never })).toThrow(TypeError);
    expect(() => parseArticle(html, { maxBytes: value as never })).toThrow(/options\.maxBytes/);
  });

  it.each([['a number', 42], ['an array', ['text/html']], ['an object', { charset: 'utf-8' }]])('contentType as %s throws a TypeError naming options.contentType', (_label, value) => {
    expect(() => parseArticle(html, { contentType: value as never })).toThrow(TypeError);
    expect(() => parseArticle(html, { contentType: value as never })).toThrow(/options\.contentType/);
  });

  it('undefined and null options mean no limit and no transport charset', () => {
    const a = parseArticle(html, { maxBytes: undefined, contentType: undefined });
    expect(a.truncated).toBe(false);
    expect(a.paragraphs).toEqual([prose, `Second: ${prose}`]);
  });
});

describe('maxBytes', () => {
  it('a page shorter than maxBytes is read whole: truncated false', () => {
    const a = parseArticle(html, { maxBytes: html.length });
    expect(a.truncated).toBe(false);
    expect(a.headline).toBe('Harbour floods');
    expect(a.paragraphs).toHaveLength(2);
  });

  it('a string over maxBytes is cut and flagged', () => {
    const cut = html.indexOf('<p>Second');
    const a = parseArticle(html, { maxBytes: cut });
    expect(a.truncated).toBe(true);
    expect(a.headline).toBe('Harbour floods');
    expect(a.paragraphs).toEqual([prose]);
  });

  it('bytes over maxBytes are cut and flagged', () => {
    const bytes = new TextEncoder().encode(html);
    const a = parseArticle(bytes, { maxBytes: html.indexOf('<p>Second') });
    expect(a.truncated).toBe(true);
    expect(a.paragraphs).toEqual([prose]);
  });

  it('maxBytes 0 gives an empty, truncated article', () => {
    const a = parseArticle(html, { maxBytes: 0 });
    expect(a.truncated).toBe(true);
    expect(a.headline).toBeNull();
    expect(a.paragraphs).toEqual([]);
    expect(parseArticle('', { maxBytes: 0 }).truncated).toBe(false);
  });

  it('a byte cut inside a multi-byte character drops the partial character', () => {
    const page = '<title>Zürich 東京</title>';
    const bytes = new TextEncoder().encode(page);
    // '<title>Zürich ' is 15 bytes (ü is 2); 東 is 3: cutting after 16 leaves one byte of it.
    const a = parseArticle(bytes, { maxBytes: 16 });
    expect(a.truncated).toBe(true);
    expect(a.headline).toBe('Zürich');
  });

  it('a string counts UTF-8 bytes and cuts between characters', () => {
    expect(truncateUtf8('aé東😀', 1)).toBe('a');
    expect(truncateUtf8('aé東😀', 2)).toBe('a');
    expect(truncateUtf8('aé東😀', 3)).toBe('aé');
    expect(truncateUtf8('aé東😀', 6)).toBe('aé東');
    expect(truncateUtf8('aé東😀', 9)).toBe('aé東');
    expect(truncateUtf8('aé東😀', 10)).toBe('aé東😀');
  });

  it('a string cut never splits a surrogate pair', () => {
    const s = '😀'.repeat(10);
    for (let n = 0; n <= 40; n++) {
      const cut = truncateUtf8(s, n);
      expect(cut).toBe('😀'.repeat(Math.floor(n / 4)));
    }
  });
});
