import { describe, expect, it } from 'vitest';
import * as api from '../src';
import { parseArticle } from '../src';
import type { Article, Figure } from '../src';

/** Asserts that every field of an Article has its declared type. */
function expectArticleShape(a: Article): void {
  const nullableStrings = ['url', 'headline', 'subheadline', 'publishedAt', 'modifiedAt', 'siteName', 'lang', 'description', 'section'] as const;
  for (const key of nullableStrings) {
    const value = a[key];
    expect(value === null || (typeof value === 'string' && value.length > 0), `${key} is string|null (never '')`).toBe(true);
  }
  expect(Array.isArray(a.authors)).toBe(true);
  for (const author of a.authors) {
    expect(typeof author.name).toBe('string');
    expect(author.url === null || typeof author.url === 'string').toBe(true);
  }
  expect(Array.isArray(a.tags)).toBe(true);
  for (const tag of a.tags) expect(typeof tag).toBe('string');
  const figureOk = (f: Figure): boolean =>
    typeof f.src === 'string' &&
    (f.alt === null || typeof f.alt === 'string') &&
    (f.caption === null || typeof f.caption === 'string') &&
    (f.credit === null || typeof f.credit === 'string') &&
    (f.width === null || typeof f.width === 'number') &&
    (f.height === null || typeof f.height === 'number');
  expect(a.leadImage === null || figureOk(a.leadImage)).toBe(true);
  expect(Array.isArray(a.images)).toBe(true);
  expect(a.images.every(figureOk)).toBe(true);
  expect(Array.isArray(a.sections)).toBe(true);
  for (const s of a.sections) {
    expect(s.heading === null || typeof s.heading === 'string').toBe(true);
    expect(s.level === null || typeof s.level === 'number').toBe(true);
    expect(Array.isArray(s.paragraphs)).toBe(true);
  }
  expect(Array.isArray(a.paragraphs)).toBe(true);
  expect(a.paragraphs.every((p) => typeof p === 'string')).toBe(true);
  expect(typeof a.text).toBe('string');
  expect(typeof a.markdown).toBe('string');
  expect(Number.isInteger(a.wordCount) && a.wordCount >= 0).toBe(true);
  // A source is named exactly when its field holds a value.
  const sourced = ['url', 'headline', 'subheadline', 'authors', 'publishedAt', 'modifiedAt', 'siteName', 'lang', 'description', 'section', 'tags', 'leadImage'] as const;
  expect(Object.keys(a.sources).sort()).toEqual([...sourced].sort());
  for (const key of sourced) {
    const value = a[key];
    const missing = value === null || (Array.isArray(value) && value.length === 0);
    expect(a.sources[key] === null, `sources.${key} is null exactly when ${key} is missing`).toBe(missing);
  }
  expect(typeof a.truncated).toBe('boolean');
  expect(Object.keys(a).sort()).toEqual(
    [
      'url', 'headline', 'subheadline', 'authors', 'publishedAt', 'modifiedAt', 'siteName', 'lang', 'description', 'section',
      'tags', 'leadImage', 'images', 'sections', 'paragraphs', 'text', 'markdown', 'wordCount', 'sources', 'truncated',
    ].sort(),
  );
}

/** An Article with nothing found: every scalar null, every list empty. */
function expectEmptyArticle(a: Article): void {
  expectArticleShape(a);
  expect(a).toEqual({
    url: null, headline: null, subheadline: null, authors: [], publishedAt: null, modifiedAt: null, siteName: null,
    lang: null, description: null, section: null, tags: [], leadImage: null, images: [], sections: [], paragraphs: [],
    text: '', markdown: '', wordCount: 0, truncated: false,
    sources: {
      url: null, headline: null, subheadline: null, authors: null, publishedAt: null, modifiedAt: null, siteName: null,
      lang: null, description: null, section: null, tags: null, leadImage: null,
    },
  });
}

/** Deterministic pseudo-random bytes (Numerical Recipes LCG). */
function lcgBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out[i] = state >>> 24;
  }
  return out;
}

function concatBytes(...parts: Array<Uint8Array | number[]>): Uint8Array {
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** ASCII text as bytes (valid in every ASCII-compatible encoding). */
const ascii = (s: string): number[] => Array.from(s, (c) => {
  const code = c.charCodeAt(0);
  if (code > 0x7f) throw new Error(`not ASCII: ${c}`);
  return code;
});

describe('parseArticle: bad input', () => {
  it.each([
    ['a number', 123],
    ['null', null],
    ['undefined', undefined],
    ['a plain object', {}],
    ['an array', []],
  ])('throws a TypeError naming "string or a Uint8Array" for %s', (_label, input) => {
    expect(() => parseArticle(input as never)).toThrow(TypeError);
    expect(() => parseArticle(input as never)).toThrow(/string or a Uint8Array/);
  });

  it('throws a TypeError when options is not an object', () => {
    expect(() => parseArticle('<p>x</p>', 'https://example.com/' as never)).toThrow(TypeError);
    expect(() => parseArticle('<p>x</p>', 42 as never)).toThrow(/options/);
    expect(() => parseArticle('<p>x</p>', [] as never)).toThrow(TypeError);
  });

  it('throws a TypeError naming options.url when url is not a string', () => {
    expect(() => parseArticle('<p>x</p>', { url: 42 as never })).toThrow(TypeError);
    expect(() => parseArticle('<p>x</p>', { url: { href: 'https://example.com/' } as never })).toThrow(/options\.url/);
  });

  it('throws a TypeError naming options.url when url is not absolute', () => {
    expect(() => parseArticle('<p>x</p>', { url: '/news/1' })).toThrow(TypeError);
    expect(() => parseArticle('<p>x</p>', { url: '/news/1' })).toThrow(/options\.url/);
    expect(() => parseArticle('<p>x</p>', { url: 'not a url' })).toThrow(/options\.url/);
  });

  it('accepts an absolute options.url and omitted options', () => {
    expect(parseArticle('<p>x</p>', { url: 'https://example.com/a' }).url).toBe('https://example.com/a');
    expect(parseArticle('<p>x</p>').url).toBeNull();
  });
});

describe('parseArticle: degenerate documents still give a typed Article', () => {
  it('"" gives an empty article', () => {
    expectEmptyArticle(parseArticle(''));
  });

  it('a lone "<p>" gives an empty article', () => {
    expectEmptyArticle(parseArticle('<p>'));
  });

  it('"<p>unclosed <div><span>" gives a well-typed article with no metadata', () => {
    const a = parseArticle('<p>unclosed <div><span>');
    expectArticleShape(a);
    expect(a.headline).toBeNull();
    expect(a.authors).toEqual([]);
    expect(a.images).toEqual([]);
  });

  it('64 KB of seeded random bytes give a well-typed article', () => {
    const a = parseArticle(lcgBytes(64 * 1024, 0xc0ffee));
    expectArticleShape(a);
    expect(a.url).toBeNull();
    expect(a.authors).toEqual([]);
    expect(a.images).toEqual([]);
  });

  it('a 5 MB page with 20,000 paragraphs in an article wrapper keeps every paragraph', () => {
    const filler = 'The council met again on Thursday, and members argued, at length and in detail, about the budget for roads, schools and parks.';
    const paragraphs: string[] = [];
    for (let i = 0; i < 20_000; i++) paragraphs.push(`<p>Paragraph ${i}. ${filler} ${filler}</p>`);
    const html = `<!doctype html><html lang="en"><head><title>Budget fight drags on | City Times</title></head><body>
      <nav><a href="/">Home</a></nav>
      <article class="article-body"><h1>Budget fight drags on</h1>${paragraphs.join('\n')}</article>
      <footer>© City Times</footer></body></html>`;
    expect(html.length).toBeGreaterThan(5_000_000);
    const a = parseArticle(html);
    expectArticleShape(a);
    expect(a.headline).toBe('Budget fight drags on');
    expect(a.paragraphs).toHaveLength(20_000);
    expect(a.paragraphs[0]).toBe(`Paragraph 0. ${filler} ${filler}`);
    expect(a.paragraphs[19_999]).toBe(`Paragraph 19999. ${filler} ${filler}`);
    expect(a.text).not.toContain('© City Times');
  });

  it('10,000 nested divs do not overflow the stack', () => {
    const depth = 10_000;
    const sentence = 'Deep inside the page, this paragraph still tells the reader, plainly and at length, what happened in town.';
    const html = `<html><body>${'<div>'.repeat(depth)}<p>${sentence}</p><p>${sentence}</p>${'</div>'.repeat(depth)}</body></html>`;
    const a = parseArticle(html);
    expectArticleShape(a);
    expect(a.paragraphs).toEqual([sentence, sentence]);
  });
});

describe('parseArticle: byte input is decoded with the sniffed charset', () => {
  it('UTF-8 with a BOM', () => {
    const html = '<html><head><title>Café “crème” in Zürich — 東京</title></head><body><h1>Café “crème” in Zürich — 東京</h1></body></html>';
    const a = parseArticle(concatBytes([0xef, 0xbb, 0xbf], new TextEncoder().encode(html)));
    expect(a.headline).toBe('Café “crème” in Zürich — 東京');
  });

  it('windows-1252 declared by <meta charset>', () => {
    // "Café au lait à Montréal": é = 0xE9, à = 0xE0 in windows-1252.
    const title = [...ascii('Caf'), 0xe9, ...ascii(' au lait '), 0xe0, ...ascii(' Montr'), 0xe9, ...ascii('al')];
    const bytes = concatBytes(
      ascii('<html><head><meta charset="windows-1252"><title>'), title, ascii('</title></head><body><h1>'), title,
      ascii('</h1></body></html>'),
    );
    expect(parseArticle(bytes).headline).toBe('Café au lait à Montréal');
  });

  // Regression test; the defect it caught: bytes 0x80-0x9F of a windows-1252 page (€, “ ”, ’, —: common in news copy) come out as
  // C1 control characters U+0080-U+009F. decodeHtml trusts TextDecoder('windows-1252'), which on
  // this Node (20.20) decodes that range as Latin-1; the WHATWG windows-1252 table maps them to
  // € “ ” etc. The same happens for pages declaring iso-8859-1 / latin1 / us-ascii (WHATWG labels
  // of windows-1252). Runtime-dependent: passes on runtimes with a conforming TextDecoder.
  it('windows-1252 bytes 0x80-0x9F decode to € and curly quotes', () => {
    // "Café costs €5 “now”": é = 0xE9, € = 0x80, “ = 0x93, ” = 0x94 in windows-1252.
    const title = [...ascii('Caf'), 0xe9, ...ascii(' costs '), 0x80, ...ascii('5 '), 0x93, ...ascii('now'), 0x94];
    const bytes = concatBytes(
      ascii('<html><head><meta charset="windows-1252"><title>'), title, ascii('</title></head><body><h1>'), title,
      ascii('</h1></body></html>'),
    );
    expect(parseArticle(bytes).headline).toBe('Café costs €5 “now”');
  });

  it('ISO-8859-9 declared by http-equiv Content-Type', () => {
    // "Başkan Erdoğan İzmir'de": ş = 0xFE, ğ = 0xF0, İ = 0xDD in ISO-8859-9 (þ, ð, Ý in Latin-1).
    const title = [...ascii('Ba'), 0xfe, ...ascii('kan Erdo'), 0xf0, ...ascii('an '), 0xdd, ...ascii("zmir'de")];
    const bytes = concatBytes(
      ascii('<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-9"><title>'), title,
      ascii('</title></head><body><h1>'), title, ascii('</h1></body></html>'),
    );
    expect(parseArticle(bytes).headline).toBe("Başkan Erdoğan İzmir'de");
  });

  it('UTF-16LE with a BOM', () => {
    const html = '<html><head><title>Grüße aus Köln</title></head><body><h1>Grüße aus Köln</h1></body></html>';
    const bytes = new Uint8Array(2 + html.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < html.length; i++) {
      const code = html.charCodeAt(i);
      bytes[2 + i * 2] = code & 0xff;
      bytes[3 + i * 2] = code >> 8;
    }
    expect(parseArticle(bytes).headline).toBe('Grüße aus Köln');
  });

  it('bytes without BOM or declaration are read as UTF-8', () => {
    const html = '<html><head><title>Niño en la playa</title></head><body><h1>Niño en la playa</h1></body></html>';
    expect(parseArticle(new TextEncoder().encode(html)).headline).toBe('Niño en la playa');
  });
});

describe('public surface', () => {
  it('exports parseArticle and nothing else at runtime', () => {
    expect(Object.keys(api)).toEqual(['parseArticle']);
    expect(typeof api.parseArticle).toBe('function');
  });
});

describe('parseArticle: inputs that once threw or misread (review findings)', () => {
  const prose = '<p>The harbour flooded on Tuesday, the council said, and the road stayed closed until noon.</p>'.repeat(3);

  it('a table row with 150,000 cells does not overflow the stack', () => {
    const a = parseArticle(`<article><h1>Table</h1>${prose}<table><tr>${'<td>x'.repeat(150_000)}</table></article>`);
    expectArticleShape(a);
  });

  it('150,000 <time> elements do not overflow the stack', () => {
    const a = parseArticle(`<article><h1>Times</h1>${prose}${'<time datetime="2025-01-01">x</time>'.repeat(150_000)}</article>`);
    expectArticleShape(a);
    expect(a.publishedAt).toBe('2025-01-01');
  });

  it('a <pre> of 150,000 backticks gets a longer fence', () => {
    const a = parseArticle(`<article><h1>Code</h1>${prose}<pre>${'`'.repeat(150_000)}</pre></article>`);
    expect(a.markdown).toContain('`'.repeat(150_001));
  });

  it('a JSON-LD headline nested 5,000 arrays deep does not overflow the stack', () => {
    const nested = `${'['.repeat(5000)}"Deep"${']'.repeat(5000)}`;
    const a = parseArticle(`<script type="application/ld+json">{"@type":"NewsArticle","headline":${nested}}</script>${prose}`);
    expectArticleShape(a);
  });

  it('never takes a JSON-LD @id for a name', () => {
    const ld = '{"@type":"NewsArticle","headline":"Harbour floods","publisher":{"@id":"#publisher"}}';
    const a = parseArticle(`<script type="application/ld+json">${ld}</script><article>${prose}</article>`);
    expect(a.siteName).toBeNull();
    expect(a.headline).toBe('Harbour floods');
  });

  it('rejects an options.url that is not http(s)', () => {
    expect(() => parseArticle('<p>x</p>', { url: 'javascript:alert(1)' })).toThrow(/options\.url/);
    expect(() => parseArticle('<p>x</p>', { url: 'data:text/html,x' })).toThrow(TypeError);
  });

  it('skips an og:image that cannot be made absolute for the next one', () => {
    const head = '<meta property="og:image" content="javascript:alert(1)"><meta property="og:image" content="https://cdn.example.com/og.jpg">';
    const a = parseArticle(`<html><head>${head}</head><body><article><h1>T</h1>${prose}</article></body></html>`);
    expect(a.leadImage?.src).toBe('https://cdn.example.com/og.jpg');
  });

  it('keeps commas inside srcset URLs and ignores percentage sizes', () => {
    const img = '<img srcset="https://img.example.com/upload/w_400,h_300/harbour.jpg 400w, https://img.example.com/upload/w_1200,h_900/harbour.jpg 1200w" width="100%" alt="Harbour">';
    const a = parseArticle(`<article><h1>T</h1>${prose}<figure>${img}<figcaption>The harbour.</figcaption></figure></article>`);
    expect(a.images[0]?.src).toBe('https://img.example.com/upload/w_1200,h_900/harbour.jpg');
    expect(a.images[0]?.width).toBeNull();
  });

  it('returns well-formed strings for text with lone surrogates', () => {
    const a = parseArticle(`<title>Lone \ud800 half</title><article><h1>Lone \ud800 half</h1>${prose}<p>Broken \udc00 text in a paragraph long enough to be kept here.</p></article>`);
    expect(a.headline).toBe('Lone \ufffd half');
    expect(a.text).not.toMatch(/[\ud800-\udfff](?![\udc00-\udfff])/);
  });

  it('keeps markdown balanced when a block interrupts a bold run', () => {
    const a = parseArticle(`<article><h1>T</h1>${prose}<div><b>start<div>middle</div>end</b></div></article>`);
    expect(a.markdown).not.toContain('**start');
    expect(a.sections.map((s) => s.heading)).toEqual([null]);
  });
});
