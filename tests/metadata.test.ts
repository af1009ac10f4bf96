import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src';
import { dedupeAuthors, splitByline } from '../src/metadata/authors';
import { stripSiteName } from '../src/metadata/headline';
import { repairJson } from '../src/metadata/json-ld';
import { decodeEntities } from '../src/metadata/entities';
import { DATE_CLASS_RE } from '../src/metadata/constants';

/** Body paragraphs long enough to be scored as the article. */
function prose(n: number): string {
  return Array.from(
    { length: n },
    (_, i) => `<p>Paragraph ${i + 1} of the report goes on, with commas, names, places and figures, long enough to read as real article prose.</p>`,
  ).join('\n');
}

/** A small page: `head` markup, then an <article> with the headline and `body` (prose appended). */
function page(head: string, body = '', headline = 'Storm floods the old harbour'): string {
  return `<!doctype html><html><head>${head}</head><body><article><h1>${headline}</h1>${body}${prose(4)}</article></body></html>`;
}

describe('lang: BCP 47 casing', () => {
  it('writes the tag in its usual casing whatever the page wrote', () => {
    const lang = (attr: string, head = '') => parseArticle(`<html${attr}><head>${head}</head><body><h1>Storm</h1></body></html>`).lang;
    expect(lang(' lang="en-us"')).toBe('en-US');
    expect(lang(' lang="ZH-hant-tw"')).toBe('zh-Hant-TW');
    expect(lang('', '<meta property="og:locale" content="pt_BR">')).toBe('pt-BR');
    expect(lang(' lang="es-419"')).toBe('es-419');
  });
});

describe('splitByline', () => {
  it('strips "By" and roles and splits on "and"', () => {
    expect(splitByline('By Jane Doe and John Roe, Staff Writers')).toEqual(['Jane Doe', 'John Roe']);
  });
  it('reads German, French and Spanish bylines', () => {
    expect(splitByline('Von Anna Schmidt und Lukas Weber')).toEqual(['Anna Schmidt', 'Lukas Weber']);
    expect(splitByline('Par Jean Dupont et Marie Curie')).toEqual(['Jean Dupont', 'Marie Curie']);
    // A shared surname cannot be inferred: the parts are split as written.
    expect(splitByline('Por Ana y Luis Gómez')).toEqual(['Ana', 'Luis Gómez']);
  });
  it('drops an "| Outlet" tail', () => {
    expect(splitByline('Jane Doe | Reuters')).toEqual(['Jane Doe']);
  });
  it('drops e-mail addresses and time lines', () => {
    expect(splitByline('jane@example.com')).toEqual([]);
    expect(splitByline('Updated 3:15 PM')).toEqual([]);
    expect(splitByline('By Jane Doe jane@example.com')).toEqual(['Jane Doe']);
  });
  it('keeps an all-caps name as written', () => {
    expect(splitByline('By JANE DOE')).toEqual(['JANE DOE']);
  });
});

describe('splitByline: known defects', () => {
  // Regression test; the defect it caught: a part holding a digit is rejected whole, so a byline element whose text also carries
  // its date ("By Jane Doe <time>3 May 2025</time>") loses the name:
  //   <div class="byline">By Jane Doe <time datetime="2025-05-03T10:00:00Z">3 May 2025</time></div>
  //   → authors: []
  it('keeps the name of a byline followed by a date or time', () => {
    expect(splitByline('By Jane Doe Published 3 May 2025')).toEqual(['Jane Doe']);
    expect(splitByline('By Jane Doe Updated 3:15 PM ET')).toEqual(['Jane Doe']);
  });

  // Regression test; the defect it caught: the same defect through parseArticle: the byline's <time> empties the author list.
  it('reads the author of a byline element that holds a <time>', () => {
    const a = parseArticle(page('', '<div class="byline">By Jane Doe <time datetime="2025-05-03T10:00:00Z">3 May 2025</time></div>'));
    expect(a.authors).toEqual([{ name: 'Jane Doe', url: null }]);
  });

  // Regression test; the defect it caught: "Reporting by" / "Editing by" (the Reuters credit line) are not stripped like "By":
  // splitByline returns ["Reporting by Jane Doe", "Editing by John Roe"].
  it('strips "Reporting by" and "Editing by" lead-ins', () => {
    const names = splitByline('Reporting by Jane Doe; Editing by John Roe');
    expect(names).toContain('Jane Doe');
    expect(names.filter((n) => /\bby\b/i.test(n))).toEqual([]);
  });
});

describe('splitByline: labels, affiliations and degrees', () => {
  it('strips a "Текст:" / "Text:" label', () => {
    expect(splitByline('Текст: Лида Буслаева')).toEqual(['Лида Буслаева']);
    expect(splitByline('Text: Anna Schmidt')).toEqual(['Anna Schmidt']);
  });
  it('drops an outlet acronym after a name', () => {
    expect(splitByline('By Sandee LaMotte, CNN')).toEqual(['Sandee LaMotte']);
  });
  it('drops degrees after a name', () => {
    expect(splitByline('Ilana Muhlstein, MS, RDN')).toEqual(['Ilana Muhlstein']);
    expect(splitByline('Rachael Link, MS, RD')).toEqual(['Rachael Link']);
    expect(splitByline('Jane Roe, PhD')).toEqual(['Jane Roe']);
  });
  it('drops a domain name after a name', () => {
    expect(splitByline('Troy L. Smith, Cleveland.com')).toEqual(['Troy L. Smith']);
  });
  it('drops an agency or outlet after a name, its words read across CamelCase ("NewsWire")', () => {
    expect(splitByline('Tess Holloway, NCA NewsWire')).toEqual(['Tess Holloway']);
    expect(splitByline('By Jane Doe, PA Media')).toEqual(['Jane Doe']);
    expect(splitByline('Jane Doe, AAP')).toEqual(['Jane Doe']);
    expect(splitByline('Jane Doe and John Roe, Associated Press')).toEqual(['Jane Doe', 'John Roe']);
    expect(splitByline('Jane Doe, Reuters')).toEqual(['Jane Doe']);
    // A co-author after the comma stays, and an outlet alone is still the byline's name.
    expect(splitByline('Jane Doe, John Roe')).toEqual(['Jane Doe', 'John Roe']);
    expect(splitByline('By NCA NewsWire')).toEqual(['NCA NewsWire']);
  });
  it('drops the agency from a meta author and a JSON-LD name alike', () => {
    const ld = { '@type': 'NewsArticle', headline: 'Storm floods the old harbour', author: { '@type': 'Person', name: 'Tess Holloway, NCA NewsWire' } };
    expect(parseArticle(page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`)).authors).toEqual([{ name: 'Tess Holloway', url: null }]);
    expect(parseArticle(page('<meta name="author" content="Tess Holloway, NCA NewsWire">')).authors).toEqual([{ name: 'Tess Holloway', url: null }]);
  });
  it('keeps a lone acronym byline, which names the only author', () => {
    expect(splitByline('By AFP')).toEqual(['AFP']);
  });
  it('cuts a weekday that opens the date after the names', () => {
    expect(splitByline('By Mike Wuerthele and Malcolm Owen Monday, November 18, 2019')).toEqual(['Mike Wuerthele', 'Malcolm Owen']);
  });
});

describe('dedupeAuthors', () => {
  it('drops case-insensitive duplicates, keeps the first spelling and fills a missing url', () => {
    const out = dedupeAuthors([
      { name: 'Jane Doe', url: null },
      { name: 'JOHN ROE', url: 'https://example.com/john' },
      { name: 'jane doe', url: 'https://example.com/jane' },
      { name: 'John Roe', url: 'https://example.com/other' },
    ]);
    expect(out).toEqual([
      { name: 'Jane Doe', url: 'https://example.com/jane' },
      { name: 'JOHN ROE', url: 'https://example.com/john' },
    ]);
  });
  it('does not mutate its input', () => {
    const input = [{ name: 'Jane Doe', url: null }, { name: 'jane doe', url: 'https://example.com/jane' }];
    dedupeAuthors(input);
    expect(input[0]).toEqual({ name: 'Jane Doe', url: null });
  });
});

describe('stripSiteName', () => {
  it('removes a known site name as suffix or prefix', () => {
    expect(stripSiteName('Storm floods the harbour | Site', 'Site')).toBe('Storm floods the harbour');
    expect(stripSiteName('Site - Storm floods the harbour', 'Site')).toBe('Storm floods the harbour');
    expect(stripSiteName('Storm floods the harbour — Site News', 'Site News')).toBe('Storm floods the harbour');
  });
  it('removes a short suffix when the site name is unknown', () => {
    expect(stripSiteName('Storm floods the harbour — Site News', null)).toBe('Storm floods the harbour');
  });
  it('leaves a title without separators whole', () => {
    expect(stripSiteName('Storm floods the harbour', 'Site')).toBe('Storm floods the harbour');
    expect(stripSiteName('Storm floods the harbour', null)).toBe('Storm floods the harbour');
  });
  it('keeps a hyphenated word that is not a separator', () => {
    expect(stripSiteName('Long-awaited bridge opens to traffic', null)).toBe('Long-awaited bridge opens to traffic');
  });
});

describe('parseArticle: authors', () => {
  it('follows a JSON-LD @graph author @id reference to the Person node', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'NewsArticle', headline: 'Storm floods the old harbour', author: { '@id': '#jane' } },
        { '@type': 'Person', '@id': '#jane', name: 'Jane Doe', url: '/staff/jane-doe' },
      ],
    };
    const a = parseArticle(page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`), {
      url: 'https://news.example.com/2025/storm',
    });
    expect(a.authors).toEqual([{ name: 'Jane Doe', url: 'https://news.example.com/staff/jane-doe' }]);
  });

  it('reads an author array of Persons with urls, in order', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Storm floods the old harbour',
      author: [
        { '@type': 'Person', name: 'Jane Doe', url: 'https://example.com/authors/jane' },
        { '@type': 'Person', name: 'John Roe', url: 'https://example.com/authors/john' },
      ],
    };
    const a = parseArticle(page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`));
    expect(a.authors).toEqual([
      { name: 'Jane Doe', url: 'https://example.com/authors/jane' },
      { name: 'John Roe', url: 'https://example.com/authors/john' },
    ]);
  });

  it('drops an Organization author that is just the publisher', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Storm floods the old harbour',
      author: { '@type': 'Organization', name: 'Harbour Gazette' },
      publisher: { '@type': 'Organization', name: 'Harbour Gazette' },
    };
    const a = parseArticle(page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`));
    expect(a.authors).toEqual([]);
    expect(a.siteName).toBe('Harbour Gazette');
  });

  it('reads <meta name="author">', () => {
    const a = parseArticle(page('<meta name="author" content="Jane Doe">'));
    expect(a.authors).toEqual([{ name: 'Jane Doe', url: null }]);
  });

  it('never takes an article:author URL for a name', () => {
    const a = parseArticle(page('<meta property="article:author" content="https://www.facebook.com/jane.doe">'));
    expect(a.authors).toEqual([]);
  });

  it('reads a rel=author link with its absolute URL', () => {
    const a = parseArticle(page('', '<p class="byline">By <a rel="author" href="/author/jane-doe">Jane Doe</a></p>'), {
      url: 'https://example.com/news/storm',
    });
    expect(a.authors).toEqual([{ name: 'Jane Doe', url: 'https://example.com/author/jane-doe' }]);
  });
});

describe('parseArticle: a theme\'s meta row', () => {
  it('reads "By … on …" in an article__meta row as the byline and the date line', () => {
    const row = '<p class="article__meta">By <a href="/staff/matthew-digby/">Matthew Digby</a> , <a href="/staff/minh-do/">Minh Do</a> on Monday, November 18th, 2019 at 11:08 a.m.</p>';
    const a = parseArticle(page('', row), { url: 'https://news.example/story' });
    expect(a.authors).toEqual([
      { name: 'Matthew Digby', url: 'https://news.example/staff/matthew-digby/' },
      { name: 'Minh Do', url: 'https://news.example/staff/minh-do/' },
    ]);
    expect(a.publishedAt).toBe('2019-11-18T11:08:00');
  });

  it('reads "posted-by" and "published-by" bylines, the latter beside a <time>', () => {
    expect(parseArticle(page('', '<span class="posted-by">By Jane Doe</span>')).authors.map((x) => x.name)).toEqual(['Jane Doe']);
    const byline = '<div class="byline"><span class="published-by">By Jane Doe</span> <time datetime="2019-11-18">Nov 18, 2019</time></div>';
    expect(parseArticle(page('', byline)).authors.map((x) => x.name)).toEqual(['Jane Doe']);
  });

  it('reads no byline from a byline-named wrapper of the story (MAX_META_BLOCK_TEXT), and still reads the line inside it', () => {
    const story = `<div class="author-wrapper">By Jane Doe ${prose(20)}</div>`;
    expect(story.length).toBeGreaterThan(2000);
    expect(parseArticle(page('', story)).authors).toEqual([]);
    const inside = `<div class="author-wrapper"><p class="byline">By Jane Doe</p>${prose(20)}</div>`;
    expect(parseArticle(page('', inside)).authors.map((x) => x.name)).toEqual(['Jane Doe']);
  });

  it('leaves out a "byline-date" span glued to the name', () => {
    const byline = '<div class="byline">By Jane Doe<span class="byline-date">Nov 18, 2019</span></div>';
    expect(parseArticle(page('', byline)).authors.map((x) => x.name)).toEqual(['Jane Doe']);
  });

  it('does not read a sponsor line as a byline', () => {
    expect(parseArticle(page('', '<div class="post-meta sponsored-by">Sponsored by Acme Bank</div>')).authors).toEqual([]);
  });

  it('leaves out a date glued to the name inside the byline', () => {
    const byline = '<h3 class="byline">by Jeff Foust<span class="datetime">Monday, November 18, 2019</span></h3>';
    const a = parseArticle(page('', byline));
    expect(a.authors.map((x) => x.name)).toEqual(['Jeff Foust']);
    expect(a.publishedAt).toBe('2019-11-18');
  });

  it('reads no author from a meta row that does not open with "By"', () => {
    const a = parseArticle(page('', '<div class="entry-meta">Posted in Harbour News, Weather</div>'));
    expect(a.authors).toEqual([]);
  });
});

describe('parseArticle: metadata authors against the visible byline', () => {
  const ld = (author: unknown, extra = ''): string =>
    `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Storm floods the old harbour', author })}</script>${extra}`;

  it('takes the byline when the JSON-LD "author" is the site itself', () => {
    const head = ld({ '@type': 'Person', name: 'HarbourInsider' }, '<meta property="og:site_name" content="HarbourInsider">');
    const a = parseArticle(page(head, '<p class="byline">By Mike Wuerthele and Malcolm Owen</p>'));
    expect(a.authors.map((x) => x.name)).toEqual(['Mike Wuerthele', 'Malcolm Owen']);
    expect(a.sources.authors).toBe('html');
  });

  it('takes the byline when the JSON-LD Organization is the publisher by a shorter name', () => {
    const head = ld({ '@type': 'Organization', name: 'Sky' }, '<meta property="og:site_name" content="Sky News">');
    const a = parseArticle(page(head, '<p class="byline">Tom Gillespie</p>'));
    expect(a.authors.map((x) => x.name)).toEqual(['Tom Gillespie']);
  });

  it('takes the byline when it names every JSON-LD author and more', () => {
    const head = ld([{ '@type': 'Person', name: 'Tariq Malik' }]);
    const byline = '<p class="byline">By <a rel="author" href="/author/tariq-malik">Tariq Malik</a>, <a rel="author" href="/author/mike-wall">Mike Wall</a></p>';
    const a = parseArticle(page(head, byline), { url: 'https://news.example/story' });
    expect(a.authors).toEqual([
      { name: 'Tariq Malik', url: 'https://news.example/author/tariq-malik' },
      { name: 'Mike Wall', url: 'https://news.example/author/mike-wall' },
    ]);
    expect(a.sources.authors).toBe('html');
  });

  it('keeps a personal blog\'s author, whose name is the site\'s', () => {
    const head = ld({ '@type': 'Person', name: 'Jane Doe' }, '<meta property="og:site_name" content="Jane Doe">');
    expect(parseArticle(page(head)).authors.map((x) => x.name)).toEqual(['Jane Doe']);
  });

  it('compares outlets word by word: "Mic" is not the start of "Michael Smith"', () => {
    const mic = ld({ '@type': 'Person', name: 'Michael Smith' }, '<meta property="og:site_name" content="Mic">');
    expect(parseArticle(page(mic)).authors.map((x) => x.name)).toEqual(['Michael Smith']);
    const elle = ld([{ '@type': 'Person', name: 'Ellen Smith' }, { '@type': 'Person', name: 'Jane Doe' }], '<meta property="og:site_name" content="Elle">');
    expect(parseArticle(page(elle)).authors.map((x) => x.name)).toEqual(['Ellen Smith', 'Jane Doe']);
  });

  it('does not cut a name at a middle initial that looks like the outlet', () => {
    const head = ld({ '@type': 'Person', name: 'Michael J. Fox' }, '<meta property="og:site_name" content="Fox News">');
    expect(parseArticle(page(head)).authors.map((x) => x.name)).toEqual(['Michael J. Fox']);
  });

  it('keeps the JSON-LD author when the byline adds a place or an unlinked credit', () => {
    const head = ld({ '@type': 'Person', name: 'Jane Doe' });
    expect(parseArticle(page(head, '<div class="byline">By Jane Doe, New York</div>')).authors.map((x) => x.name)).toEqual(['Jane Doe']);
    expect(parseArticle(page(head, '<div class="byline">By Jane Doe and Getty Images</div>')).authors.map((x) => x.name)).toEqual(['Jane Doe']);
  });

  it('takes an unlinked co-author the byline joins with "and"', () => {
    const head = ld({ '@type': 'Person', name: 'Jane Doe' });
    expect(parseArticle(page(head, '<div class="byline">By Jane Doe and John Smith</div>')).authors.map((x) => x.name)).toEqual(['Jane Doe', 'John Smith']);
  });

  it('drops "The …" outlet after a name whatever its article', () => {
    const head = ld({ '@type': 'Person', name: 'Jane Doe, The Washington Post' }, '<meta property="og:site_name" content="Washington Post">');
    expect(parseArticle(page(head)).authors.map((x) => x.name)).toEqual(['Jane Doe']);
  });

  it('keeps the JSON-LD author when the byline runs on into a dateline', () => {
    const a = parseArticle(page(ld({ '@type': 'Organization', name: 'Reuters' }), '<p class="byline">Reuters, Washington</p>'));
    expect(a.authors.map((x) => x.name)).toEqual(['Reuters']);
    expect(a.sources.authors).toBe('json-ld');
  });

  it('spells a capitalised JSON-LD name as the byline prints it', () => {
    const a = parseArticle(page(ld({ '@type': 'Person', name: 'MEG KINNARD' }), '<p class="byline">Meg Kinnard, Associated Press</p>'));
    expect(a.authors.map((x) => x.name)).toEqual(['Meg Kinnard']);
  });

  it('drops the site from a meta author ("Jill Disis, CNN Business" on CNN)', () => {
    const head = '<meta property="og:site_name" content="CNN"><meta name="author" content="Jill Disis, CNN Business">';
    expect(parseArticle(page(head)).authors.map((x) => x.name)).toEqual(['Jill Disis']);
    const dotted = '<meta property="og:site_name" content="Sputnik International"><meta name="author" content="Finian Cunningham. Sputnik International">';
    expect(parseArticle(page(dotted)).authors.map((x) => x.name)).toEqual(['Finian Cunningham']);
  });

  it('drops the site joined to a name by "for" ("Ann Lee For Mailonline" on Mail Online), only the site', () => {
    const site = (name: string) => `<meta property="og:site_name" content="${name}">`;
    const mail = ld([{ '@type': 'Person', name: 'Ann Lee For Mailonline' }, { '@type': 'Person', name: 'Bob Kay' }], site('Mail Online'));
    expect(parseArticle(page(mail)).authors.map((x) => x.name)).toEqual(['Ann Lee', 'Bob Kay']);
    const byline = '<p class="byline">By <a class="author" href="/search?author=Ann+Lee">ANN LEE FOR MAILONLINE</a> and <a class="author" href="/search?author=Bob+Kay">BOB KAY</a></p>';
    expect(parseArticle(page(site('Mail Online'), byline)).authors.map((x) => x.name)).toEqual(['ANN LEE', 'BOB KAY']);
    const guardian = ld({ '@type': 'Person', name: 'Jane Doe for the Guardian' }, site('The Guardian'));
    expect(parseArticle(page(guardian)).authors.map((x) => x.name)).toEqual(['Jane Doe']);
    const meta = `${site('Le Monde')}<meta name="author" content="Claire Vasseur pour Le Monde">`;
    expect(parseArticle(page(meta)).authors.map((x) => x.name)).toEqual(['Claire Vasseur']);
    // Near misses: another outlet, a person, or only the start of the site's name after "for".
    const ap = ld({ '@type': 'Person', name: 'Jane Doe for the Associated Press' }, site('Mail Online'));
    expect(parseArticle(page(ap)).authors.map((x) => x.name)).toEqual(['Jane Doe for the Associated Press']);
    const person = ld({ '@type': 'Person', name: 'Ann Lee for Bob Kay' }, site('Bob Kay Daily'));
    expect(parseArticle(page(person)).authors.map((x) => x.name)).toEqual(['Ann Lee for Bob Kay']);
    const ford = ld({ '@type': 'Person', name: 'Ann Ford' }, site('Ford'));
    expect(parseArticle(page(ford)).authors.map((x) => x.name)).toEqual(['Ann Ford']);
    // The review's case: an organisation named "X for <the site>" keeps its name (one word before "for").
    const center = ld({ '@type': 'Organization', name: 'Center for Public Integrity' }, site('Public Integrity'));
    expect(parseArticle(page(center)).authors.map((x) => x.name)).toEqual(['Center for Public Integrity']);
  });
});

describe('parseArticle: byline and dates under a page-level "sidebar" class', () => {
  // Regression test; the defect it caught: isInForeignContainer walks up to <body>/<html> and matches /sidebar|comment|widget|menu|promo…/
  // on any class, so a WordPress-style <body class="has-sidebar"> makes every byline and <time>
  // on the page "foreign": authors [] and publishedAt null. Smallest page:
  //   <body class="has-sidebar"><article><h1>T</h1><div class="byline">By Jane Doe</div>
  //   <time class="published" datetime="2025-05-03T10:00:00+01:00">3 May</time><p>…</p></article></body>
  it('reads the byline and <time> of a page whose <body> has class "has-sidebar"', () => {
    const html = `<html><head><title>Storm floods the old harbour - The Gazette</title></head><body class="single-post has-sidebar">
      <article><h1>Storm floods the old harbour</h1><div class="byline">By Jane Doe</div>
      <time class="published" datetime="2025-05-03T10:00:00+01:00">3 May</time>${prose(4)}</article></body></html>`;
    const a = parseArticle(html);
    expect(a.authors).toEqual([{ name: 'Jane Doe', url: null }]);
    expect(a.publishedAt).toBe('2025-05-03T10:00:00+01:00');
  });

  it('reads them without that body class (control)', () => {
    const html = `<html><head><title>Storm floods the old harbour - The Gazette</title></head><body class="single-post">
      <article><h1>Storm floods the old harbour</h1><div class="byline">By Jane Doe</div>
      <time class="published" datetime="2025-05-03T10:00:00+01:00">3 May</time>${prose(4)}</article></body></html>`;
    const a = parseArticle(html);
    expect(a.authors).toEqual([{ name: 'Jane Doe', url: null }]);
    expect(a.publishedAt).toBe('2025-05-03T10:00:00+01:00');
  });
});

describe('parseArticle: site name, headline, lang, url', () => {
  it('prefers og:site_name over the title suffix, and strips the suffix from the headline', () => {
    const a = parseArticle(
      page('<title>Storm floods the old harbour | HG Online</title><meta property="og:site_name" content="Harbour Gazette">'),
    );
    expect(a.siteName).toBe('Harbour Gazette');
    expect(a.headline).toBe('Storm floods the old harbour');
  });

  it('falls back to the title suffix for the site name', () => {
    const a = parseArticle(page('<title>Storm floods the old harbour | Harbour Gazette</title>'));
    expect(a.siteName).toBe('Harbour Gazette');
    expect(a.headline).toBe('Storm floods the old harbour');
  });

  it('uses <html lang> over og:locale, and og:locale (as BCP 47) without it', () => {
    const body = `<article><h1>Storm floods the old harbour</h1>${prose(3)}</article>`;
    const withLang = parseArticle(`<html lang="en-GB"><head><meta property="og:locale" content="tr_TR"></head><body>${body}</body></html>`);
    expect(withLang.lang).toBe('en-GB');
    const withoutLang = parseArticle(`<html><head><meta property="og:locale" content="tr_TR"></head><body>${body}</body></html>`);
    expect(withoutLang.lang).toBe('tr-TR');
  });
  it("reads <body lang> after <html lang> and before the metas: Word's 'Save as Web Page' writes the language only there", () => {
    const body = `<article><h1>Storm floods the old harbour</h1>${prose(3)}</article>`;
    const word = parseArticle(`<html><head><meta property="og:locale" content="tr_TR"></head><body lang=EN-GB>${body}</body></html>`);
    expect(word.lang).toBe('en-GB');
    expect(word.sources.lang).toBe('html');
    expect(parseArticle(`<html lang="fr"><head></head><body lang=EN-GB>${body}</body></html>`).lang).toBe('fr');
    // A lang on an element inside the body (Word's every <span lang>) is not the page's.
    expect(parseArticle(`<html><head></head><body><div lang="de">${body}</div></body></html>`).lang).toBeNull();
  });
  it('uses the language the page declares (content-language) over the locale it is shared in (og:locale)', () => {
    const body = '<article><h1>Storm closes ports</h1><p>Ports closed on Tuesday.</p></article>';
    const page = parseArticle(`<html><head><meta property="og:locale" content="pa_IN"><meta http-equiv="Content-Language" content="pa"></head><body>${body}</body></html>`);
    expect(page.lang).toBe('pa');
    expect(page.sources.lang).toBe('meta');
  });

  it('resolves a relative canonical link against options.url', () => {
    const a = parseArticle(page('<link rel="canonical" href="/news/storm-floods-harbour?ref=home">'), {
      url: 'https://www.example.com/amp/news/storm',
    });
    expect(a.url).toBe('https://www.example.com/news/storm-floods-harbour?ref=home');
  });

  it('falls back to options.url when the page names no URL', () => {
    expect(parseArticle(page(''), { url: 'https://www.example.com/a/b' }).url).toBe('https://www.example.com/a/b');
  });
});

describe('parseArticle: tags and description', () => {
  it('reads article:tag meta tags, de-duplicated in page order', () => {
    const a = parseArticle(
      page('<meta property="article:tag" content="Weather"><meta property="article:tag" content="Harbour"><meta property="article:tag" content="weather">'),
    );
    expect(a.tags).toEqual(['Weather', 'Harbour']);
  });

  it('splits a JSON-LD keywords string', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Storm floods the old harbour', keywords: 'Weather, Floods,Harbour' };
    const a = parseArticle(page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`));
    expect(a.tags).toEqual(['Weather', 'Floods', 'Harbour']);
  });

  it('keeps each of several article:tag metas whole ("Mayer, Marissa"), and splits a lone one that lists them', () => {
    const several = '<meta property="article:tag" content="Mergers, Acquisitions and Divestitures"><meta property="article:tag" content="Mayer, Marissa">';
    expect(parseArticle(page(several)).tags).toEqual(['Mergers, Acquisitions and Divestitures', 'Mayer, Marissa']);
    expect(parseArticle(page('<meta property="article:tag" content="Weather, Floods">')).tags).toEqual(['Weather', 'Floods']);
  });

  it('decodes a keyword\'s references before splitting, so "&amp;" does not cut it at its ";"', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","keywords":"Internet Privacy, Privacy \\u0026amp; Technology"}</script>';
    expect(parseArticle(page(ld)).tags).toEqual(['Internet Privacy', 'Privacy & Technology']);
  });

  it('drops a CMS\'s internal keyword facets and reads the value of a "Tag:" facet', () => {
    const ld = { '@type': 'NewsArticle', headline: 'x', keywords: ['Lite:true', 'Tag:Nodejs', 'Tag:Performance', 'Publication:voodoo-engineering', 'LayerCake:0'] };
    expect(parseArticle(page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`)).tags).toEqual(['Nodejs', 'Performance']);
  });

  it('splits a CJK keyword list at its spaces, and at full-width commas; not a Latin one', () => {
    expect(parseArticle(page('<meta name="keywords" content="宇航员 太空 国际空间站">')).tags).toEqual(['宇航员', '太空', '国际空间站']);
    expect(parseArticle(page('<meta name="keywords" content="宇航员，太空、空间站">')).tags).toEqual(['宇航员', '太空', '空间站']);
    expect(parseArticle(page('<meta name="keywords" content="climate change">')).tags).toEqual(['climate change']);
  });

  it('reads the keyword metas before sailthru.tags, a mailing tool\'s slugs and house flags; sailthru only alone', () => {
    const sailthru = '<meta name="sailthru.tags" content="nsw,road-safety,police,syndicated">';
    const keywords = '<meta name="keywords" content="NSW, Road safety, Police">';
    expect(parseArticle(page(sailthru + keywords)).tags).toEqual(['NSW', 'Road safety', 'Police']);
    expect(parseArticle(page(sailthru + '<meta name="news_keywords" content="NSW, Police">')).tags).toEqual(['NSW', 'Police']);
    expect(parseArticle(page(sailthru)).tags).toEqual(['nsw', 'road-safety', 'police', 'syndicated']);
  });

  it('reads the first list of links to the site\'s tag pages when the page has no tag metadata', () => {
    const body =
      '<article><h1>Storm floods the old harbour</h1><p class="meta">Tagged with <a class="tag" href="/blog/tags/weather">Weather</a> <a class="tag" href="/blog/tags/floods">Floods</a></p>' +
      prose(4) +
      '<p>Deals: <a href="https://shop.example/dp/B07?tag=affiliate-20">Amazon</a></p></article>' +
      '<section class="similar_posts"><a href="/blog/tags/politics">Politics</a></section>';
    const a = parseArticle(`<html><head><title>Storm floods the old harbour</title></head><body>${body}</body></html>`, { url: 'https://news.example/a/1' });
    expect(a.tags).toEqual(['Weather', 'Floods']);
    expect(a.sources.tags).toBe('html');
  });

  it('reads links to topic pages ("/news/topics/…", "/thema/…") only in a list named or labelled as the story\'s topics', () => {
    const read = (block: string) =>
      parseArticle(`<html><body><main><h1>Storm floods the old harbour</h1>${prose(4)}${block}</main></body></html>`, { url: 'https://news.example/news/articles/c4g7' }).tags;
    // BBC: hashed classes, the list labelled by its heading.
    const related =
      '<div data-component="links-block" class="sc-3b6b161a-0"><div class="sc-a1bb7c9d-0"><h2 class="sc-a1bb7c9d-1">Related topics</h2><ul role="list">' +
      '<li><a href="https://news.example/news/topics/c1vw6q14rzqt">Housing</a></li><li><a href="https://news.example/news/topics/cp7r8vgl2rgt">Local government</a></li></ul></div></div>';
    expect(read(related)).toEqual(['Housing', 'Local government']);
    expect(read('<p class="themenseiten"><span>Mehr zum Thema</span> <a href="/thema/Mac-OS-X">Mac OS X</a> <a href="/thema/Passwort">Passwort</a></p>')).toEqual(['Mac OS X', 'Passwort']);
    expect(read('<ul class="inline-pipes-list"><li>More about:</li><li><a href="/topic/Hotels">Hotels</a></li><li><a href="/topic/Hygiene">Hygiene</a></li></ul>')).toEqual(['Hotels', 'Hygiene']);
    // The same pages linked from a block that does not say it lists the story's topics: a menu.
    expect(read('<div class="more-links"><h2>Explore</h2><ul><li><a href="/topics/politics">Politics</a></li><li><a href="/topics/world">World</a></li></ul></div>')).toEqual([]);
  });

  it('reads Romance-language topic and tag pages ("/tema/", "/temas/", "/argomenti/", "/etiqueta/") and labels ("Temes:", "Temas", "Etichette")', () => {
    const read = (block: string) =>
      parseArticle(`<html><body><main><h1>Storm floods the old harbour</h1>${prose(4)}${block}</main></body></html>`, { url: 'https://news.example/societat/storm_1_5612874.html' }).tags;
    const list = (label: string, path: string) =>
      `<div class="article-footer"><span>${label}</span><ul><li><a href="${path}habitatge/">Habitatge</a></li><li><a href="${path}lloguer/">Lloguer</a></li></ul></div>`;
    expect(read(list('Temes:', 'https://news.example/tema/'))).toEqual(['Habitatge', 'Lloguer']);
    expect(read(list('Temas', '/temas/'))).toEqual(['Habitatge', 'Lloguer']);
    expect(read(list('Etichette', '/argomenti/'))).toEqual(['Habitatge', 'Lloguer']);
    expect(read(list('Assuntos', '/assuntos/'))).toEqual(['Habitatge', 'Lloguer']);
    // A tag page counts wherever the story lists it, as "/tag/" does.
    expect(read('<p class="meta"><a href="/etiqueta/vivienda/">Vivienda</a> <a href="/etiqueta/alquiler/">Alquiler</a></p>')).toEqual(['Vivienda', 'Alquiler']);
    // Topic pages in a block that does not say it lists the story's topics: a menu.
    expect(read(list('Seccions', '/tema/'))).toEqual([]);
    expect(read('<p class="meta"><a href="/sistema/habitatge/">Habitatge</a></p>')).toEqual([]);
  });

  it("reads Drupal's /taxonomy/term/N links as topic pages, in a list labelled as the tags only", () => {
    const read = (block: string) =>
      parseArticle(`<html><body><main><h1>Storm floods the old harbour</h1>${prose(4)}${block}</main></body></html>`, { url: 'https://news.example/news/2025/storm' }).tags;
    const field = (cls: string, label: string) =>
      `<div class="${cls}"><div class="field__label">${label}</div><div class="field__items"><div class="field__item"><a href="/taxonomy/term/412" hreflang="en">Energy</a></div><div class="field__item"><a href="/taxonomy/term/9" hreflang="en">Research</a></div></div></div>`;
    expect(read(field('field field--name-field-tags', 'Tags'))).toEqual(['Energy', 'Research']);
    expect(read(field('field field--name-field-subjects', 'Keywords'))).toEqual(['Energy', 'Research']);
    // A section's term page in a block not labelled as the story's tags.
    expect(read(field('field field--name-field-department', 'Department'))).toEqual([]);
  });

  it('reads tag links under a <div>-paragraph story marked up as a microdata Article', () => {
    const divs = Array.from({ length: 4 }, (_, i) => `<div class="article__text">Абзац ${i + 1}: власти города перенесли праздничные представления из-за сильных морозов.</div>`).join('');
    const body =
      `<div class="article" itemscope itemtype="http://schema.org/Article"><h1 itemprop="headline">Storm floods the old harbour</h1>${divs}` +
      '<div class="article__tags"><a href="/tags/arhangelsk/">Архангельск</a> <a href="/tags/morozy/">Морозы</a></div></div>' +
      '<div class="sidebar-cloud"><a href="/tags/sport/">Спорт</a></div>';
    const a = parseArticle(`<html><head><title>Storm floods the old harbour</title></head><body>${body}</body></html>`, { url: 'https://news.example/a/1' });
    expect(a.tags).toEqual(['Архангельск', 'Морозы']);
  });

  it("reads tag links in the story's own footer, and in a <main> without <article>", () => {
    const footer = `<article><h1>Storm floods the old harbour</h1>${prose(4)}<footer class="post-footer"><ul class="post-tags"><li><a href="/tags/javascript/">javascript</a></li><li><a href="/tags/performance/">performance</a></li></ul></footer></article><footer class="site-footer"><a href="/tags/about/">about</a></footer>`;
    expect(parseArticle(`<html><body>${footer}</body></html>`, { url: 'https://blog.example/p/1' }).tags).toEqual(['javascript', 'performance']);
    const main = `<main><header class="article-header"><h1>Storm floods the old harbour</h1></header><div class="wysiwyg">${prose(4)}</div><div class="topics"><ul><li><a href="/tag/weather">طقس</a></li><li><a href="/tag/rain">أمطار</a></li></ul></div></main>`;
    expect(parseArticle(`<html><body>${main}</body></html>`, { url: 'https://news.example/a/1' }).tags).toEqual(['طقس', 'أمطار']);
  });

  it('reads a <nav> labelled as the story\'s tags or topics as its tag list, not a menu', () => {
    const read = (block: string) =>
      parseArticle(`<html><body><article><h1>Storm floods the old harbour</h1>${prose(4)}${block}</article><nav aria-label="Site"><a href="/blog/tags/news">News</a></nav></body></html>`, { url: 'https://blog.example/post/1' }).tags;
    // Wix: a footer named only by data-hook, the tag list a <nav> its aria-label names.
    const tags = (label: string, path: string) =>
      `<div class="_1V8aS" data-hook="post-footer"><nav class="_3XD8X" aria-label="${label}"><ul><li><a href="${path}wood-firing">wood firing</a></li><li><a href="${path}anagama">anagama</a></li></ul></nav></div>`;
    expect(read(tags('Tags', 'https://blog.example/blog/tags/'))).toEqual(['wood firing', 'anagama']);
    expect(read(tags('Schlagwörter', '/tag/'))).toEqual(['wood firing', 'anagama']);
    // Topic pages count in a list that says it lists topics: the label does.
    expect(read(tags('Topics', '/topics/'))).toEqual(['wood firing', 'anagama']);
    // A <nav> labelled otherwise is a menu, even inside the story.
    expect(read(tags('Blog categories', '/blog/tags/'))).toEqual([]);
    expect(read(tags('Topics and more', '/topics/'))).toEqual([]);
  });

  it('reads a <nav> classed as the tags above the headline inside the story\'s <article>, with links to a tags index\'s anchors', () => {
    const read = (html: string) => parseArticle(`<html><body>${html}</body></html>`, { url: 'https://docs.example/blog/2025/12/16/post/' }).tags;
    const nav = '<nav class="md-tags"><a href="../../../../../tags/#tag:performance" class="md-tag">performance</a> <a href="../../../../../tags/#tag:profiling" class="md-tag">profiling</a></nav>';
    expect(read(`<article>${nav}<h1>Storm floods the old harbour</h1>${prose(4)}</article>`)).toEqual(['performance', 'profiling']);
    // Outside the story's <article>, above its headline, it is the site's.
    expect(read(`${nav}<article><h1>Storm floods the old harbour</h1>${prose(4)}</article>`)).toEqual([]);
    // Above the headline, a link to a tag page outside a list named as the tags is a kicker.
    expect(read(`<article><a href="/tags/weather/">Weather</a><h1>Storm floods the old harbour</h1>${prose(4)}</article>`)).toEqual([]);
    // A class that only contains the word ("vintage-nav") names no tag list.
    expect(read(`<article><nav class="vintage-nav"><a href="/topics/boats">Boats</a></nav><h1>Storm floods the old harbour</h1>${prose(4)}</article>`)).toEqual([]);
  });

  it('reads a <nav> labelled as the tag list in the page\'s language, whatever its links\' paths, inside the story only', () => {
    const nav = (label: string) =>
      `<nav aria-label="${label}"><h2>${label}</h2><ul><li><a href="https://kr.example/t/18-220306/fi">asumistuki</a></li><li><a href="/t/18-32100/fi">Kela</a></li></ul></nav>`;
    const read = (html: string) => parseArticle(`<html><body>${html}</body></html>`, { url: 'https://kr.example/a/74-20201234' }).tags;
    const story = (block: string) => `<article><h1>Asumistuen käsittelyajat venyvät</h1>${prose(4)}<footer class="article__footer">${block}</footer></article>`;
    expect(read(story(nav('Aiheet')))).toEqual(['asumistuki', 'Kela']);
    expect(read(story(nav('Štítky')))).toEqual(['asumistuki', 'Kela']);
    expect(read(story(nav('Chủ đề')))).toEqual(['asumistuki', 'Kela']);
    expect(read(story(nav('برچسب‌ها')))).toEqual(['asumistuki', 'Kela']);
    // Another site's links, a menu labelled otherwise, or such a <nav> outside the story are no tags.
    const elsewhere = '<nav aria-label="Aiheet"><ul><li><a href="https://other.example/t/1">asumistuki</a></li><li><a href="https://other.example/t/2">Kela</a></li></ul></nav>';
    expect(read(story(elsewhere))).toEqual([]);
    expect(read(story(nav('Osastot')))).toEqual([]);
    expect(read(`${story('')}${nav('Aiheet')}`)).toEqual([]);
  });

  it("reads Tumblr's /tagged/ pages as tag pages, in the post's own footer", () => {
    const post = `<div class="post"><h2 class="title">Storm floods the old harbour</h2><div class="body">${prose(4)}</div><div class="post-footer"><div class="tags"><a href="https://blog.example/tagged/long%20post" class="tag">long post</a> <a href="https://blog.example/tagged/weather" class="tag">weather</a></div></div></div>`;
    const head = '<title>Harbour Notes - Storm floods the old harbour</title><meta property="og:site_name" content="Harbour Notes"><meta property="og:title" content="Storm floods the old harbour">';
    const sidebar = '<div id="sidebar"><h1>Harbour Notes</h1><a href="/tagged/workshop">workshop posts</a></div>';
    const a = parseArticle(`<html><head>${head}</head><body>${sidebar}${post}</body></html>`, { url: 'https://blog.example/post/1/storm' });
    expect(a.tags).toEqual(['long post', 'weather']);
  });

  it("drops the hash sign a theme prints before a tag link's text, from rel=tag links and tag-page links alike", () => {
    const links = `<p class="tags"><a href="/tag/long-post">#long post</a> <a href="/tag/weather">＃weather</a> <a href="/tag/c-sharp">C#</a></p>`;
    expect(parseArticle(page('', links), { url: 'https://blog.example/p/1' }).tags).toEqual(['long post', 'weather', 'C#']);
    const rel = '<p><a rel="tag" href="/t/weather"># weather</a> <a rel="tag" href="/t/ports">#ports</a></p>';
    expect(parseArticle(page('', rel), { url: 'https://blog.example/p/1' }).tags).toEqual(['weather', 'ports']);
  });

  it('takes no tag from a name the CMS links to its tag page inside a paragraph', () => {
    const inline = '<p>He also noted that Azerbaijan had been engaged in conflict with neighboring <a href="/tag/armenia">Armenia</a> until 2023, making it difficult to convince the public.</p>';
    const a = parseArticle(`<html><head><title>Storm floods the old harbour</title></head><body><article><h1>Storm floods the old harbour</h1>${inline}${prose(4)}</article></body></html>`, { url: 'https://news.example/a/1' });
    expect(a.tags).toEqual([]);
  });

  it('takes no affiliate "?tag=" of another site for a tag', () => {
    const body = `<article><h1>Storm floods the old harbour</h1>${prose(4)}<p>Buy: <a href="https://shop.example/dp/B07?tag=affiliate-20">Amazon</a></p></article>`;
    const a = parseArticle(`<html><head><title>Storm floods the old harbour</title></head><body>${body}</body></html>`, { url: 'https://news.example/a/1' });
    expect(a.tags).toEqual([]);
  });

  it('takes og:description, then meta description, then JSON-LD description', () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'x', description: 'From JSON-LD.' })}</script>`;
    const og = '<meta property="og:description" content="From OpenGraph.">';
    const meta = '<meta name="description" content="From meta description.">';
    expect(parseArticle(page(ld + meta + og)).description).toBe('From OpenGraph.');
    expect(parseArticle(page(ld + meta)).description).toBe('From meta description.');
    expect(parseArticle(page(ld)).description).toBe('From JSON-LD.');
    expect(parseArticle(page('')).description).toBeNull();
  });
});

describe('parseArticle: subheadline', () => {
  it('reads a summary, a blurb and a block\'s "-description" element right under the h1, not an author\'s, a notice or one lower down', () => {
    const dek = 'Over 180,000 parcels were still at the terminals on Tuesday, and several carriers cannot promise delivery before Christmas Eve.';
    const at = (block: string, after = '') => parseArticle(page('', `${block}${after}`, 'Thousands of Christmas parcels are stuck')).subheadline;
    const atTop = (block: string) => parseArticle(`<html><body><article><h1>Thousands of Christmas parcels are stuck</h1>${block}${prose(4)}</article></body></html>`).subheadline;
    expect(atTop(`<p class="article__summary">${dek}</p>`)).toBe(dek);
    expect(atTop(`<div class="story__blurb lead"><p>${dek}</p></div>`)).toBe(dek);
    expect(atTop(`<div class="PodcastEpisodePage-description"><p>${dek}</p></div>`)).toBe(dek);
    expect(atTop(`<div class="episode__description"><p>${dek}</p></div>`)).toBe(dek);
    // Not a dek: a bare "description", an author's or a picture's, the site's small print.
    expect(atTop(`<div class="description"><p>${dek}</p></div>`)).toBeNull();
    expect(atTop(`<div class="author-description"><p>${dek}</p></div>`)).toBeNull();
    expect(atTop(`<div class="image__description"><p>${dek}</p></div>`)).toBeNull();
    expect(atTop(`<div class="CarouselSlide-infoDescription"><p>${dek}</p></div>`)).toBeNull();
    expect(atTop(`<div class="disclaimer-blurb"><div class="group-blog-blurb">Opinions expressed by our contributors are their own and nobody else's.</div></div>`)).toBeNull();
    // Deep in the body, a summary is the story's, not its dek.
    expect(at('', `${prose(4)}<div class="summary"><p>${dek}</p></div>`)).toBeNull();
  });

  it('reads a p.dek right after the h1, and does not repeat it in the body', () => {
    const dek = 'Hundreds of homes were evacuated as the sea wall gave way overnight';
    const a = parseArticle(page('', `<p class="dek">${dek}</p>`));
    expect(a.subheadline).toBe(dek);
    expect(a.paragraphs).not.toContain(dek);
  });

  it('reads a dek classed in the CSS-in-JS manner ("ContentHeaderDek-bIqFFZ"), its words split at their humps', () => {
    const dek = 'Hundreds of homes were evacuated as the sea wall gave way overnight';
    const header = (cls: string) => `<header><h1>Storm floods the old harbour</h1><div class="BaseWrap-sc-gjQpdd ${cls}">${dek}</div></header><div class="body">${prose(4)}</div>`;
    const read = (cls: string) => parseArticle(`<html><body><article>${header(cls)}</article></body></html>`).subheadline;
    expect(read('ContentHeaderDek-bIqFFZ')).toBe(dek);
    expect(read('ArticleHeaderStandfirst')).toBe(dek);
    // A hump splits words, not a word: "Dekorative" holds no "Dek".
    expect(read('Dekorative-box')).toBeNull();
  });

  it('reads an h2 directly after the h1', () => {
    const a = parseArticle(page('', '<h2>Hundreds of homes were evacuated as the sea wall gave way</h2>'));
    expect(a.subheadline).toBe('Hundreds of homes were evacuated as the sea wall gave way');
  });

  it('never takes the first body paragraph for the subheadline', () => {
    const first = 'The sea wall of the old harbour gave way shortly after midnight, officials said on Tuesday.';
    const a = parseArticle(page('', `<p>${first}</p>`));
    expect(a.subheadline).toBeNull();
    expect(a.paragraphs[0]).toBe(first);
  });

  // Regression test; the defect it caught: findDek accepts any dek-classed element *inside* a sibling of the <h1>, so the first
  // paragraph of the body container (class "lede", which in newsroom usage is the story's
  // opening paragraph) becomes the subheadline, and is then removed from the body as a
  // "repeated" dek. Smallest page:
  //   <article><h1>Storm floods the old harbour</h1><div class="article-body">
  //   <p class="lede">The sea wall … on Tuesday.</p><p>…</p>…</div></article>
  it('never takes a lede paragraph inside the body container for the subheadline', () => {
    const lede = 'The sea wall of the old harbour gave way shortly after midnight, officials said on Tuesday.';
    const a = parseArticle(page('', `<div class="article-body"><p class="lede">${lede}</p>${prose(4)}</div>`));
    expect(a.subheadline).toBeNull();
    expect(a.paragraphs[0]).toBe(lede);
  });

  const dek = 'Hundreds of homes were evacuated as the sea wall gave way overnight';

  it('reads the lead and subheading classes of European and US CMSs', () => {
    expect(parseArticle(page('', `<div class="article-lead-text">${dek}</div>`)).subheadline).toBe(dek);
    expect(parseArticle(page('', `<p class="article__lead-paragraph">${dek}</p>`)).subheadline).toBe(dek);
    expect(parseArticle(page('', `<p class="single-header-subheading">${dek}</p>`)).subheadline).toBe(dek);
    expect(parseArticle(page('', `<div class="article-sub-headline">${dek}</div>`)).subheadline).toBe(dek);
  });

  it('reads an h3 directly after the h1, but not a short label', () => {
    expect(parseArticle(page('', `<h3>${dek}</h3>`)).subheadline).toBe(dek);
    expect(parseArticle(page('', '<h2>Analysis</h2>')).subheadline).toBeNull();
  });

  it('reads the element beside the headline that repeats the description', () => {
    const head = `<meta property="og:description" content="${dek}">`;
    const a = parseArticle(page(head, `<div class="intro-box">${dek}</div>`));
    expect(a.subheadline).toBe(dek);
    expect(a.paragraphs).not.toContain(dek);
  });

  it('reads a <p> beside the <h1> that repeats the description when the story is in a body block after it', () => {
    const summary = 'Dal 24 dicembre al 6 gennaio le vetture Carrelli del 1928 percorreranno due linee speciali in centro';
    const html = `<!doctype html><html><head><meta name="description" content="${summary}."></head><body>
      <div class="article-wrap"><h1 class="title-art">Storm floods the old harbour</h1><p class="summary-art">${summary}</p>
      <div class="body-art">${prose(4)}</div></div></body></html>`;
    const a = parseArticle(html);
    expect(a.subheadline).toBe(summary);
    expect(a.paragraphs).not.toContain(summary);
  });

  it('does not take the first body paragraph for the dek when an ad slot follows it', () => {
    const first = 'Officials said on Tuesday that the new bridge would open to traffic next spring.';
    const a = parseArticle(page(`<meta name="description" content="${first}">`, `<p>${first}</p><div class="ad-slot"></div>`));
    expect(a.subheadline).toBeNull();
    expect(a.paragraphs[0]).toBe(first);
  });

  it('does not take Bootstrap\'s bare p.lead, nor a lead-caption, for the dek', () => {
    const lead = 'WASHINGTON — The first paragraph of the story, styled larger, opens the report.';
    const a = parseArticle(page('', `<p class="lead">${lead}</p>`));
    expect(a.subheadline).toBeNull();
    expect(a.paragraphs[0]).toBe(lead);
    const figure = '<figure class="lead-figure"><img src="/a.jpg" alt=""><figcaption class="lead-caption">Protesters gather outside the harbour office on Tuesday.</figcaption></figure>';
    expect(parseArticle(page('', figure)).subheadline).toBeNull();
  });

  it('keeps deks that open like a byline or a link in lower case ("By the time…", "More than…")', () => {
    for (const text of ['By the time the tide turned, hundreds of homes were under water', 'More than 300 homes were evacuated as the sea wall gave way', 'Por primera vez en un siglo, el muro del puerto cedió']) {
      expect(parseArticle(page('', `<p class="dek">${text}</p>`)).subheadline).toBe(text);
    }
  });

  it('reads an h2 right after the h1 when each sits in its own thin wrappers (a component page), not a heading after other blocks', () => {
    const dek = 'Hundreds of homes were evacuated as the sea wall gave way';
    const title = (tag: string, text: string) => `<div class="title"><div class="cmp-title"><${tag} class="cmp-title__text">${text}</${tag}></div></div>`;
    const read = (after: string) => parseArticle(page('', '').replace(/<h1>[^<]*<\/h1>/, `<div class="grid">${title('h1', 'Storm floods the old harbour')}${after}</div>`)).subheadline;
    expect(read(title('h2', dek))).toBe(dek);
    // A wrapper that holds more than the heading is a block of the body, not the subtitle's.
    expect(read(`<div class="title"><div class="cmp-title"><h2>${dek}</h2><p>Officials said the wall would be rebuilt.</p></div></div>`)).toBeNull();
  });

  it('does not take a byline or a "Related:" heading under the <h1> for the dek', () => {
    expect(parseArticle(page('', '<h3>By Jane Doe and John Smith, Staff</h3>')).subheadline).toBeNull();
    expect(parseArticle(page('', '<h3>Related: The harbour wall was last repaired in 1987</h3>')).subheadline).toBeNull();
  });

  it('does not read a section page\'s tagline as a dek', () => {
    const html = `<!doctype html><html><head><meta property="og:title" content="Storm floods the old harbour"></head><body>
      <h1>Politics</h1><div class="subtitle">The latest news and analysis from Washington, updated daily.</div>${prose(4)}</body></html>`;
    expect(parseArticle(html).subheadline).toBeNull();
  });

  it('does not look under a related card that repeats the headline', () => {
    const html = `<!doctype html><html><head><meta property="og:title" content="Storm floods the old harbour"></head><body>
      <article><h1>Storm floods the old harbour</h1>${prose(8)}</article>
      <div class="related-card"><h1>Storm floods the old harbour</h1><h2>Another outlet's summary of the same storm, in a card</h2></div></body></html>`;
    expect(parseArticle(html).subheadline).toBeNull();
  });

  it('does not take a section heading that repeats the description for the dek', () => {
    const head = '<meta property="og:description" content="Why harbour walls fail in winter">';
    const a = parseArticle(page(head, `<p>${dek}, officials said.</p><h1>Why harbour walls fail in winter</h1>`));
    expect(a.subheadline).toBeNull();
    expect(a.markdown).toContain('Why harbour walls fail in winter');
  });

  it('does not take the first body paragraph for the dek when the description repeats it', () => {
    const first = 'The sea wall of the old harbour gave way shortly after midnight, officials said on Tuesday.';
    const a = parseArticle(page(`<meta name="description" content="${first}">`, `<p>${first}</p>`));
    expect(a.subheadline).toBeNull();
    expect(a.paragraphs[0]).toBe(first);
  });

  it('looks under the story\'s own <h1> when a sticky header repeats it first', () => {
    const html = `<!doctype html><html><head><meta property="og:title" content="Storm floods the old harbour"></head><body>
      <div class="sticky-bar"><h1 class="bar-title">Storm floods the old harbour</h1><button>Share</button></div>
      <article><header><h1>Storm floods the old harbour</h1><span class="article-header__subtitle">${dek}</span></header>${prose(8)}</article></body></html>`;
    expect(parseArticle(html).subheadline).toBe(dek);
  });

  it('reads the dek under the visible <h1> when the page\'s titles name the story otherwise', () => {
    const head = '<meta property="og:title" content="Harbour flood: what we know so far">';
    const a = parseArticle(page(head, `<p class="content-header__dek">${dek}</p>`));
    expect(a.headline).toBe('Harbour flood: what we know so far');
    expect(a.subheadline).toBe(dek);
  });

  it('does not take a "subhead" row that holds the byline and the date for the dek', () => {
    const row = '<div class="articleHeader--subhead"><span class="byline">By Jane Doe</span><span class="articleHeader--subhead-date">Nov. 20, 2019 Updated: Nov. 20, 2019 1:35 a.m.</span></div>';
    const a = parseArticle(page('', row));
    expect(a.subheadline).toBeNull();
    expect(a.authors.map((x) => x.name)).toEqual(['Jane Doe']);
  });
});

describe('parseArticle: headline in a block named like a card or sidebar', () => {
  const dek = 'Hundreds of homes were evacuated as the sea wall gave way overnight';

  it('takes an <h1> in a header "card" when it equals og:title', () => {
    const html = `<!doctype html><html><head><meta property="og:title" content="Does the harbour wall need rebuilding?"><title>Does the harbour wall need rebuilding? | Example Checks</title></head><body>
      <article><div class="header-wrapper card"><h1 class="title">Does the harbour wall need rebuilding?</h1><h2 class="subtitle">${dek}</h2></div>${prose(4)}</article></body></html>`;
    const a = parseArticle(html);
    expect(a.headline).toBe('Does the harbour wall need rebuilding?');
    expect(a.sources.headline).toBe('h1');
    expect(a.subheadline).toBe(dek);
  });

  it('reads the byline and date beside the <h1> in that card, but not those of a related card', () => {
    const html = `<!doctype html><html><head><title>Does the harbour wall need rebuilding? | Example Checks</title></head><body>
      <article><div class="card-box-header"><h1>Does the harbour wall need rebuilding?</h1>
      <div class="article-author"><a href="/latest?author=joewee">Joe Wee</a> <span class="date">Monday, February 29, 2016 @ 11:10 PM UTC</span></div></div>
      ${prose(4)}</article>
      <div class="related-card"><h3>Another story</h3><p class="byline">By Ann Other</p><span class="date">March 3, 2016</span></div></body></html>`;
    const a = parseArticle(html);
    expect(a.authors.map((x) => x.name)).toEqual(['Joe Wee']);
    expect(a.publishedAt).toBe('2016-02-29T23:10:00Z');
  });

  it('does not take a masthead <h1> in a nav for the headline because it starts the title', () => {
    const html = `<!doctype html><html><head><title>Silicon Harbour: Storm floods the old harbour</title></head><body>
      <nav class="nav"><h1>Silicon Harbour</h1></nav><article><h2>Storm floods the old harbour</h2>${prose(4)}</article></body></html>`;
    expect(parseArticle(html).headline).not.toBe('Silicon Harbour');
  });
});

describe('parseArticle: URLs without options.url', () => {
  const html =
    '<html><head><title>Harbour flood | Example</title><link rel="canonical" href="https://example.com/news/harbour-flood">' +
    '<meta property="og:image" content="/img/og.jpg"></head><body><article><h1>Harbour flood</h1>' +
    '<p>The old harbour flooded on Tuesday, the council said, after a storm surge of two metres.</p>' +
    '<figure><img src="quay.jpg" width="800" height="600" alt="The quay"><figcaption>The quay at noon. (AP Photo)</figcaption></figure>' +
    '<p>Residents were moved to the school hall, and the coast road was closed until noon on Wednesday.</p></article></body></html>';

  it('resolves relative image URLs against an absolute canonical URL', () => {
    const a = parseArticle(html);
    expect(a.url).toBe('https://example.com/news/harbour-flood');
    expect(a.images[0]?.src).toBe('https://example.com/news/quay.jpg');
    expect(a.images[0]?.credit).toBe('AP Photo');
  });

  it('gives null URLs rather than relative ones when nothing is absolute', () => {
    const a = parseArticle(html.replace('https://example.com/news/harbour-flood', '/news/harbour-flood'));
    expect(a.url).toBeNull();
    expect(a.images).toEqual([]);
    expect(a.leadImage).toBeNull();
  });
});

describe('splitByline: date lines are not names', () => {
  it('reads nothing from "Last Updated: January 7, 2025"', () => {
    expect(splitByline('Last Updated: January 7, 2025')).toEqual([]);
  });
  it('keeps the name before "Last updated"', () => {
    expect(splitByline('By Jane Doe Last updated 3 hours ago')).toEqual(['Jane Doe']);
  });
});

describe('JSON-LD as templates really write it', () => {
  it('mends comments, commas before a closer and a closing brace too many', () => {
    expect(JSON.parse(repairJson('{"a": [1, 2, ], "b": {"c": 3, }, }'))).toEqual({ a: [1, 2], b: { c: 3 } });
    expect(JSON.parse(repairJson('{"a": 1 // a note\n, /* another */ "b": "x // not a comment"}'))).toEqual({ a: 1, b: 'x // not a comment' });
    expect(JSON.parse(repairJson('{"a": {"b": 1}}, "c": 2}'))).toEqual({ a: { b: 1 }, c: 2 });
    expect(JSON.parse(repairJson('[{"a": 1}, {"b": "}, ]"}]'))).toEqual([{ a: 1 }, { b: '}, ]' }]);
  });

  it('reads the dates of a block with a trailing comma in an array', () => {
    const block = `{"@type": "NewsArticle", "headline": "Storm floods the old harbour",
      "datePublished": "2019-11-18T16:06:51-05:00",
      "keywords": ["Smart News", "Science", ],
      "author": {"@type": "Person", "name": "Brigit Katz"}}`;
    const a = parseArticle(page(`<script type="application/ld+json">${block}</script>`));
    expect(a.publishedAt).toBe('2019-11-18T16:06:51-05:00');
    expect(a.authors.map((x) => x.name)).toEqual(['Brigit Katz']);
    expect(a.sources.publishedAt).toBe('json-ld');
  });

  it("reads Baidu's cambrian pubDate/upDate as the publication and update, after schema.org's", () => {
    const cambrian = (context: string, extra = '') =>
      parseArticle(page(`${extra}<script type="application/ld+json">{"@context":"${context}","@id":"https://blog.example/a/1","appid":"1638831770136827","title":"Storm floods the old harbour","pubDate":"2024-01-03T09:00:00","upDate":"2024-01-04T10:42:15"}</script>`));
    const a = cambrian('https://ziyuan.baidu.com/contexts/cambrian.jsonld');
    expect(a.publishedAt).toBe('2024-01-03T09:00:00');
    expect(a.modifiedAt).toBe('2024-01-04T10:42:15');
    expect(a.sources.publishedAt).toBe('json-ld');
    expect(a.sources.modifiedAt).toBe('json-ld');
    // A schema.org article's own dates come first.
    const both = cambrian('https://ziyuan.baidu.com/contexts/cambrian.jsonld', '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm floods the old harbour","datePublished":"2024-01-02T08:00:00+08:00"}</script>');
    expect(both.publishedAt).toBe('2024-01-02T08:00:00+08:00');
    // Near miss: the same keys in another context (or none) are no dates of the page.
    expect(cambrian('https://schema.org').publishedAt).toBeNull();
    expect(cambrian('https://example.com/contexts/cambrian-ads.jsonld').modifiedAt).toBeNull();
  });

  it('reads a block with a // comment and an extra closing brace', () => {
    const block = `{"@type": "NewsArticle", "headline": "Storm floods the old harbour",
      "datePublished": "2019-11-19T00:26:12.864Z",
      "publisher": {"@type": "Organization", "name": "Harbour News"}
      },
      // will be empty for branded publishing
      "description": "The sea wall gave way."
    }`;
    expect(parseArticle(page(`<script type="application/ld+json">${block}</script>`)).publishedAt).toBe('2019-11-19T00:26:12Z');
  });

  it('reads a MedicalWebPage and a ClaimReview when the page has no article node', () => {
    const medical = '{"@type": "MedicalWebPage", "datePublished": "2019-11-14T08:00:00.000Z", "author": {"@type": "Person", "name": "Rachael Link, MS, RD"}}';
    const a = parseArticle(page(`<script type="application/ld+json">${medical}</script>`));
    expect(a.publishedAt).toBe('2019-11-14T08:00:00Z');
    expect(a.authors.map((x) => x.name)).toEqual(['Rachael Link']);
    const claim = '[{"@type": "WebPage", "name": "Fact check"}, {"@type": "ClaimReview", "datePublished": "2019-11-18T10:15:00+00:00"}]';
    expect(parseArticle(page(`<script type="application/ld+json">${claim}</script>`)).publishedAt).toBe('2019-11-18T10:15:00Z');
  });

  it('reads a Review, a Recipe or a podcast episode as the page\'s work when it has no article node, and not over one', () => {
    const meta = '<meta property="article:published_time" content="2025-12-23T15:09:00Z">';
    const script = (json: string) => `<script type="application/ld+json">${json}</script>`;
    const review = '{"@type": "Review", "name": "Aero 14 review", "datePublished": "2025-12-23T07:09:00-08:00", "author": {"@type": "Person", "name": "Priya Natarajan"}, "itemReviewed": {"@type": "Product", "name": "Aero 14"}}';
    const a = parseArticle(page(meta + script(review)));
    expect(a.publishedAt).toBe('2025-12-23T07:09:00-08:00');
    expect(a.authors.map((x) => x.name)).toEqual(['Priya Natarajan']);
    expect(a.headline).toBe('Storm floods the old harbour');
    const episode = '{"@type": "PodcastEpisode", "name": "The last grain elevator", "datePublished": "2025-12-18T05:00:00-06:00", "author": {"@type": "Person", "name": "Marisol Vega"}}';
    expect(parseArticle(page(script(episode))).publishedAt).toBe('2025-12-18T05:00:00-06:00');
    const recipe = '{"@type": "Recipe", "name": "Sticky buns", "datePublished": "2025-12-23T08:09:21-06:00", "author": {"@type": "Person", "name": "Hannah Kirby"}}';
    expect(parseArticle(page(script(recipe))).authors.map((x) => x.name)).toEqual(['Hannah Kirby']);
    // Beside the story's own article node, a review it carries is not the page's.
    const both = `[{"@type": "NewsArticle", "headline": "Storm floods the old harbour", "datePublished": "2025-12-22T10:00:00+01:00", "author": {"@type": "Person", "name": "Jane Doe"}}, ${review}]`;
    const b = parseArticle(page(script(both)));
    expect(b.publishedAt).toBe('2025-12-22T10:00:00+01:00');
    expect(b.authors.map((x) => x.name)).toEqual(['Jane Doe']);
  });
});

describe('character references left in metadata', () => {
  it('decodes references a CMS escaped twice, and only references with their ";"', () => {
    expect(decodeEntities('That&#039;s what you&#039;re about to see')).toBe("That's what you're about to see");
    expect(decodeEntities('&#xg; &#x1F62D; &#128557; &#xFFFFFFFF; &#x0;')).toBe('&#xg; 😭 😭 \uFFFD \uFFFD');
    expect(decodeEntities('AT&T and &not this')).toBe('AT&T and &not this');
  });

  it('decodes a double-escaped description and a JSON-LD headline and tag list', () => {
    const head = `<meta name="description" content="That&amp;#039;s the harbour&amp;#039;s wall">
      <meta property="article:tag" content="editor&amp;#39;s picks">
      <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Storm floods the harbour &#8211; live updates"}</script>`;
    const html = `<!doctype html><html><head>${head}</head><body><article>${prose(4)}</article></body></html>`;
    const a = parseArticle(html);
    expect(a.description).toBe("That's the harbour's wall");
    expect(a.headline).toBe('Storm floods the harbour – live updates');
    expect(a.tags).toEqual(["editor's picks"]);
  });
});

describe('date lines found by their label, without a date class', () => {
  const story = (lines: string) =>
    `<!doctype html><html><head><title>Storm floods the old harbour</title></head><body><article><h1>Storm floods the old harbour</h1>${lines}${prose(4)}</article></body></html>`;

  it('reads "publiziert am", "기사입력" and "Posted by … on" lines', () => {
    expect(parseArticle(story('<span class="about__block">publiziert am 30. Juli 2018</span>')).publishedAt).toBe('2018-07-30');
    expect(parseArticle(story('<div>기사입력 :[ 2018-09-28 17:32 ]</div>')).publishedAt).toBe('2018-09-28T17:32:00');
    expect(parseArticle(story('<div style="font-size: 11px;">Posted by kovarex on 2019-02-15, <a href="/blog/">all posts</a></div>')).publishedAt).toBe('2019-02-15');
    expect(parseArticle(story('<p>Published 13 hours later than planned, the report</p>')).sources.publishedAt).toBeNull();
  });

  it('does not read a labelled line in the comments', () => {
    const html = story('') .replace('</article>', '</article><section class="comments"><p>Posted on March 3, 2019 by a reader</p></section>');
    expect(parseArticle(html).publishedAt).toBeNull();
  });

  it('reads a line whose text says "posted on" as the publication, whatever its name says (BuzzFeed\'s "update_posted_time" id)', () => {
    const a = parseArticle(story('<span id="update_posted_time_3758406" class="buzz_datetime">posted on April 21, 2015, at 11:29 a.m.</span>'));
    expect(a.publishedAt).toBe('2015-04-21T11:29:00');
    expect(a.modifiedAt).toBeNull();
    // Near misses: an update-named line that says nothing, or says "Updated", is the update's.
    expect(parseArticle(story('<div class="published">April 20, 2015</div><div class="updated">April 22, 2015</div>')).modifiedAt).toBe('2015-04-22');
    expect(parseArticle(story('<div class="published">April 20, 2015</div><div class="updated">Updated April 22, 2015</div>')).modifiedAt).toBe('2015-04-22');
    // Review of session 20: a repost's line names the earlier publication after its own date.
    const repost = parseArticle(story('<p class="updated">Posted March 5, 2025 · Originally published March 3, 2019</p>'));
    expect(repost.publishedAt).not.toBe('2025-03-05');
    expect(repost.modifiedAt).toBe('2025-03-05');
  });

  it('splits a line that gives both times at "Updated"', () => {
    const a = parseArticle(story('<div class="publish-date">Published 11:11 PM EST Nov 19, 2019 Updated 2:00 AM EST Nov 20, 2019</div>'));
    expect(a.publishedAt).toBe('2019-11-19T23:11:00-05:00');
    expect(a.modifiedAt).toBe('2019-11-20T02:00:00-05:00');
    const reuters = parseArticle(story('<div class="ArticleHeader_date">November 19, 2019 / 12:21 AM / Updated 14 hours ago</div>'));
    // The spaced slash joins the date to its time (US broadcast and wire house style).
    expect(reuters.publishedAt).toBe('2019-11-19T00:21:00');
    expect(reuters.modifiedAt).toBeNull();
    expect(parseArticle(story('<div class="date">Last updated: January 7, 2025</div>')).modifiedAt).toBe('2025-01-07');
  });

  it('reads Ukrainian "Опубліковано" and "Оновлено" lines, the update in the page\'s offset', () => {
    const a = parseArticle(story('<div>Опубліковано: 23 грудня 2025, 15:09 | Оновлено: 23 грудня 2025, 17:40</div>').replace('</head>', '<meta property="article:modified_time" content="2025-12-23T15:40:00+00:00"></head>'));
    expect(a.publishedAt).toBe('2025-12-23T15:09:00');
    expect(a.modifiedAt).toBe('2025-12-23T17:40:00+02:00');
  });

  it('reads a dotted two-digit-year update line (Ynet), giving a UTC update the page\'s offset', () => {
    const head = '<meta property="article:modified_time" content="2025-12-23T10:31:00Z"></head>';
    const a = parseArticle(story('<div><span>עודכן:</span> <span class="DateDisplay updated">23.12.25, 12:31</span></div>').replace('</head>', head));
    expect(a.modifiedAt).toBe('2025-12-23T12:31:00+02:00');
  });

  it('reads a date line built from adjacent spans as a date and a time, not "20253:09"', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm floods the old harbour","datePublished":"2025-12-23T12:09:41Z"}</script>';
    const line = '<div class="date-line"><time datetime="2025-12-23T12:09:41Z"><span>December 23, 2025</span><span>3:09 PM GMT+3</span><span>Updated 2 hours ago</span></time></div>';
    const a = parseArticle(story(line).replace('</head>', `${ld}</head>`));
    expect(a.publishedAt).toBe('2025-12-23T15:09:41+03:00');
    // A byline block whose name and date are sibling blocks: "Jane DoeNovember" has no date.
    const byline = parseArticle(story('<div class="byline"><h6><em>By </em><a href="/authors/jane-doe/">Jane Doe</a></h6><p><em>November 15, 2019</em></p></div>'));
    expect(byline.publishedAt).toBe('2019-11-15');
  });

  it('gives a zone-less JSON-LD time the zone of a bare date-time line under the headline (a wire release), and nothing more', () => {
    const ld = (value: string) => `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm floods the old harbour","datePublished":"${value}"}</script>`;
    const header = (line: string) => `<header><h2 class="release-subtitle">Ports shut as the storm moves north along the coast</h2><div class="meta"><span>News provided by</span> <a href="/news/harbour-co/">Harbour Co</a></div>${line}</header>`;
    const release = (value: string, line: string) => parseArticle(story(header(line)).replace('</head>', `${ld(value)}</head>`));
    expect(release('2025-12-23T03:09:00', '<p class="mb-no">Dec 23, 2025, 03:09 ET</p>').publishedAt).toBe('2025-12-23T03:09:00-05:00');
    // Another minute, a line that is more than a date, or a date without a zone lends nothing.
    expect(release('2025-12-23T03:09:00', '<p>Dec 23, 2025, 04:09 ET</p>').publishedAt).toBe('2025-12-23T03:09:00');
    expect(release('2025-12-23T03:09:00', '<p>Shares rose on Dec 23, 2025, 03:09 ET</p>').publishedAt).toBe('2025-12-23T03:09:00');
    expect(release('2025-12-23T03:09:00', '<p>Dec 23, 2025, 03:09</p>').publishedAt).toBe('2025-12-23T03:09:00');
    // Nor does such a line give a date of its own, or a zone to a value with another offset.
    expect(parseArticle(story(header('<p>Dec 23, 2025, 03:09 ET</p>'))).publishedAt).toBeNull();
    expect(release('2025-12-23T08:09:00+01:00', '<p>Dec 23, 2025, 02:09 ET</p>').publishedAt).toBe('2025-12-23T08:09:00+01:00');
    // A related card's time under the headline is another story's.
    const card = '<aside class="related"><a href="/b">Earlier release</a><small>Dec 23, 2025, 03:09 ET</small></aside>';
    expect(release('2025-12-23T03:09:00', card).publishedAt).toBe('2025-12-23T03:09:00');
  });

  it('writes a UTC JSON-LD time in the offset of a bare date-time line under the headline that is the same instant', () => {
    const ld = (value: string) => `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm floods the old harbour","datePublished":"${value}","dateModified":"${value}"}</script>`;
    const header = (line: string) => `<header><h2 class="release-subtitle">Ports shut as the storm moves north along the coast</h2><div class="meta"><span>News provided by</span> <a href="/news/harbour-co/">Harbour Co</a></div>${line}</header>`;
    const release = (value: string, line: string) => parseArticle(story(header(line)).replace('</head>', `${ld(value)}</head>`));
    const a = release('2025-12-23T13:00:00Z', '<p class="mb-no">Dec 23, 2025, 08:00 ET</p>');
    expect(a.publishedAt).toBe('2025-12-23T08:00:00-05:00');
    expect(a.modifiedAt).toBe('2025-12-23T08:00:00-05:00');
    // The value's seconds stay; the line only has to be the same minute.
    expect(release('2025-12-23T13:00:27Z', '<p>Dec 23, 2025, 08:00 ET</p>').publishedAt).toBe('2025-12-23T08:00:27-05:00');
    // Another minute is another moment.
    expect(release('2025-12-23T13:00:00Z', '<p>Dec 23, 2025, 08:01 ET</p>').publishedAt).toBe('2025-12-23T13:00:00Z');
    // A related card's or a comment's time of that instant is another story's, or a reader's.
    const card = '<aside class="related"><a href="/b">Earlier release</a><small>Dec 23, 2025, 08:00 ET</small></aside>';
    expect(release('2025-12-23T13:00:00Z', card).publishedAt).toBe('2025-12-23T13:00:00Z');
    const comment = '<div class="comments"><div class="comment"><b>Reader</b><span>Dec 23, 2025, 08:00 ET</span></div></div>';
    expect(release('2025-12-23T13:00:00Z', comment).publishedAt).toBe('2025-12-23T13:00:00Z');
  });

  it('takes no date from a date-classed line inside a link to another page (a related list), but keeps one linked to the page itself', () => {
    const url = 'https://news.example/press/2025/12/storm-floods-harbour.html';
    const related = '<h2>Related news</h2><ul class="cmp-list"><li><article><a href="/press/2025/11/earlier.html"><span class="cmp-list__item-title">Earlier release</span> <span class="cmp-list__item-date">November 6, 2025</span></a></article></li></ul>';
    const page = (header: string, after: string) =>
      parseArticle(`<html><head><title>Storm floods the old harbour</title></head><body><main><div><p>${header}</p></div><h1>Storm floods the old harbour</h1>${prose(4)}${after}</main></body></html>`, { url });
    // The related item's date is no date line; the eyebrow above the headline dates the page.
    expect(page('Press Release | December 9, 2025', related).publishedAt).toBe('2025-12-09');
    expect(page('Press Release', related).publishedAt).toBeNull();
    // A theme links the story's own date to its permalink.
    const permalink = `<p class="entry-meta"><a href="${url}" rel="bookmark"><time class="entry-date published">December 9, 2025</time></a></p>`;
    expect(parseArticle(`<html><head><title>Storm floods the old harbour</title></head><body><article><h1>Storm floods the old harbour</h1>${permalink}${prose(4)}</article></body></html>`, { url }).publishedAt).toBe('2025-12-09');
  });

  it('splits an update-classed line that gives the publication first ("date (modifica il …)")', () => {
    const a = parseArticle(story('<p class="is-last-update">23 dicembre 2025 (modifica il 24 dicembre 2025 | 08:12)</p>'));
    expect(a.publishedAt).toBe('2025-12-23');
    expect(a.modifiedAt).toBe('2025-12-24T08:12:00');
    expect(parseArticle(story('<span class="updated">Updated 24 December 2025, 08:12</span>')).modifiedAt).toBe('2025-12-24T08:12:00');
    // A label after the only date names that date.
    expect(parseArticle(story('<div class="updated-date">24.12.2025 08:12 Uhr (aktualisiert)</div>')).modifiedAt).toBe('2025-12-24T08:12:00');
    expect(parseArticle(story('<span class="updated">Dec. 24, 2025 10:12 AM · Updated</span>')).modifiedAt).toBe('2025-12-24T10:12:00');
  });

  it('reads a label after the only date as naming it, as Chinese, Japanese and Korean put the verb last', () => {
    // CSDN: the update line's verb 修改 follows its date; the first publication's 首次发布 too.
    const zh = parseArticle(story('<span class="time">已于 2024-01-04 10:42:15 修改</span><span class="time">于 2024-01-03 09:00:00 首次发布</span>'));
    expect(zh.publishedAt).toBe('2024-01-03T09:00:00');
    expect(zh.modifiedAt).toBe('2024-01-04T10:42:15');
    expect(parseArticle(story('<span class="date">2024年1月3日</span><span class="date">2024年1月4日 10:42 に更新</span>')).modifiedAt).toBe('2024-01-04T10:42:00');
    expect(parseArticle(story('<span class="date">2024.01.03 09:00</span> <span class="date">2024.01.04 10:42 수정</span>')).modifiedAt).toBe('2024-01-04T10:42:00');
    // Near misses: a first publication is no update; a line that says "Published" before its
    // date keeps that date the publication's, a trailing "Updated" with no date of its own.
    const first = parseArticle(story('<span class="time">于 2024-01-03 首次发布</span>'));
    expect(first.publishedAt).toBe('2024-01-03');
    expect(first.modifiedAt).toBeNull();
    const published = parseArticle(story('<span class="date">Published Dec. 23, 2025 · Updated</span>'));
    expect(published.publishedAt).toBe('2025-12-23');
    expect(published.modifiedAt).toBeNull();
  });

  it("reads no date line from an event's or a release's date id, or a header clock", () => {
    expect(parseArticle(story('<p>Doors open <span id="event-date">Saturday 27 December 2025, 20:00</span></p>')).publishedAt).toBeNull();
    expect(parseArticle(story('<p>Out <span id="release-date">January 9, 2026</span></p>')).publishedAt).toBeNull();
    expect(parseArticle(story('<div class="current-date">23.12.2025 16:09</div>')).publishedAt).toBeNull();
  });

  it('reads no dek from the lede that the description repeats, before a story block', () => {
    const lede = 'The council voted on Tuesday to approve a budget that raises spending on buses, parks and libraries.';
    const html = `<!doctype html><html><head><meta name="description" content="${lede}"></head><body><article><h1>Storm floods the old harbour</h1><p>${lede}</p><div class="story-body">${prose(3)}</div></article></body></html>`;
    const a = parseArticle(html);
    expect(a.subheadline).toBeNull();
    expect(a.paragraphs[0]).toBe(lede);
  });

  it('prefers a date-classed line to a labelled one', () => {
    const a = parseArticle(story('<span class="date">December 23, 2025</span><div>Posted on December 1, 2025</div>'));
    expect(a.publishedAt).toBe('2025-12-23');
  });
});

describe('timestamps from hAtom, microdata scopes and date lines', () => {
  const page = (head: string, body: string) =>
    parseArticle(`<html><head><title>Storm closes ports</title>${head}</head><body>${body}</body></html>`, { url: 'https://news.example/a/1' });

  it('reads an hAtom <abbr class="published" title> as a timestamp with its offset', () => {
    const a = page('', `<article><h1>Storm closes ports</h1><p class="meta">Posted <abbr class="published" title="2015-03-10T08:05:41-07:00">March 10, 2015</abbr> <abbr class="updated" title="2015-03-11T09:00:00-07:00">March 11</abbr></p>${prose(4)}</article>`);
    expect(a.publishedAt).toBe('2015-03-10T08:05:41-07:00');
    expect(a.modifiedAt).toBe('2015-03-11T09:00:00-07:00');
    expect(a.sources.publishedAt).toBe('time-element');
  });

  it('reads a date line classed "datum" (Hungarian, German, Czech…) for the page\'s offset', () => {
    const hu = (cls: string) =>
      page(
        '<meta property="article:published_time" content="2025-12-23T14:09:00+00:00"><meta property="article:modified_time" content="2025-12-23T16:35:00+00:00"><html lang="hu">',
        `<article><h1>Storm closes ports</h1><div class="${cls}"><span class="${cls}__megjelenes">2025. december 23. 15:09</span> <span class="${cls}__frissites">Frissítve: 2025. 12. 23. 17:35</span></div>${prose(4)}</article>`,
      );
    const a = hu('datum');
    expect(a.publishedAt).toBe('2025-12-23T15:09:00+01:00');
    expect(a.modifiedAt).toBe('2025-12-23T17:35:00+01:00');
    // A line not named as a date line tells nothing: the machine values stay in UTC.
    expect(hu('sor').publishedAt).toBe('2025-12-23T14:09:00Z');
  });

  it('reads Drupal\'s "Submitted by X on DATE" line as the date line, and X as no author', () => {
    const line = 'Submitted by <span class="username">webeditor</span> on Mon, 11/24/2025 - 16:05';
    const a = page('<html lang="en">', `<article><h1>Storm closes ports</h1><div class="submitted"><span>${line}</span></div>${prose(4)}</article>`);
    expect(a.publishedAt).toBe('2025-11-24T16:05:00');
    expect(a.authors).toEqual([]);
    // Unclassed, the label alone makes it one.
    expect(page('<html lang="en">', `<article><h1>Storm closes ports</h1><p>${line}</p>${prose(4)}</article>`).publishedAt).toBe('2025-11-24T16:05:00');
    // The RDFa date the line carries gives it its zone; another RDFa property does not.
    const rdfa = (property: string) =>
      page('<html lang="en">', `<article><h1>Storm closes ports</h1><div class="submitted"><span property="${property}" content="2025-11-24T16:05:00-05:00">${line}</span></div>${prose(4)}</article>`);
    expect(rdfa('dc:date dc:created').publishedAt).toBe('2025-11-24T16:05:00-05:00');
    expect(rdfa('dc:date dc:created').sources.publishedAt).toBe('text');
    expect(rdfa('sioc:num_replies').publishedAt).toBe('2025-11-24T16:05:00');
    // A sentence that mentions a submission is prose.
    expect(page('<html lang="en">', `<article><h1>Storm closes ports</h1><p>The plan was approved after residents submitted comments on Mon, 11/24/2025.</p>${prose(4)}</article>`).publishedAt).toBeNull();
  });

  it("takes no publication from an event's <time>: a span of hours, or in a services or event block", () => {
    const obit = (services: string) =>
      page('', `<main><h1>Jane Mary Doe</h1>${prose(4)}<p>Published by The Courier on Dec. 21, 2025.</p>${services}</main>`);
    const range = obit('<div><h3>Visitation</h3><p><time datetime="2025-12-29T16:00:00">Dec 29, 2025 · 4:00 PM - 7:00 PM</time></p></div>');
    expect(range.publishedAt).toBe('2025-12-21');
    const block = obit('<section class="sc-services"><div class="service-card"><p><time datetime="2025-12-30T10:00:00">Dec 30, 2025 · 10:00 AM</time></p></div></section>');
    expect(block.publishedAt).toBe('2025-12-21');
    // A story's own <time>, with a single time, still dates it.
    const own = page('', `<article><h1>Storm closes ports</h1><p class="meta"><time datetime="2025-12-22T09:15:00-05:00">Dec 22, 2025 · 9:15 AM</time></p>${prose(4)}</article>`);
    expect(own.publishedAt).toBe('2025-12-22T09:15:00-05:00');
  });

  it('takes the title of a microdata <abbr itemprop="datePublished"> over its text (Blogger)', () => {
    const a = page('<meta property="article:published_time" content="2016-05-08">', `<article itemscope itemtype="http://schema.org/BlogPosting"><h1>Storm closes ports</h1><abbr itemprop="datePublished" title="2016-05-08T00:55:00-07:00">12:55 AM</abbr>${prose(4)}</article>`);
    expect(a.publishedAt).toBe('2016-05-08T00:55:00-07:00');
  });

  it('an abbr without an hAtom class is an abbreviation, not a date', () => {
    const a = page('', `<article><h1>Storm closes ports</h1><p><abbr title="2015-03-10">AP</abbr></p>${prose(4)}</article>`);
    expect(a.publishedAt).toBeNull();
  });

  it('reads the article scope\'s datePublished in an <aside> at its end', () => {
    const a = page('', `<article itemscope itemtype="http://schema.org/BlogPosting"><h1>Storm closes ports</h1>${prose(4)}<aside><p>By Jane Doe, <time datetime="2013-09-29" itemprop="datePublished">2013-09-29</time></p></aside></article>`);
    expect(a.publishedAt).toBe('2013-09-29');
  });

  it('reads the <meta itemprop> dates in the article scope\'s own <footer> (tagDiv), not a related card\'s', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm closes ports","dateModified":"2025-12-23T10:35:12+00:00"}</script>';
    const footer = '<footer><div class="td-post-source-tags"><a rel="tag" href="/tag/storm">Storm</a></div><meta itemprop="datePublished" content="2025-12-23T15:09:41+07:00"><meta itemprop="dateModified" content="2025-12-23T17:35:12+07:00"></footer>';
    const a = page(ld, `<article itemscope itemtype="https://schema.org/Article"><h1>Storm closes ports</h1>${prose(4)}${footer}</article>`);
    expect(a.publishedAt).toBe('2025-12-23T15:09:41+07:00');
    expect(a.sources.publishedAt).toBe('microdata');
    expect(a.modifiedAt).toBe('2025-12-23T17:35:12+07:00');
    // A card with its own scope, and a footer outside the article's, stay foreign.
    const card = '<aside class="related"><div itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" content="2025-12-20T09:00:00+07:00"></div></aside>';
    const pageFooter = '<footer><meta itemprop="datePublished" content="2025-12-21T09:00:00+07:00"></footer>';
    const b = page('', `<article itemscope itemtype="https://schema.org/Article"><h1>Storm closes ports</h1>${prose(4)}${card}</article>${pageFooter}`);
    expect(b.publishedAt).toBeNull();
  });

  it('writes a UTC time in the offset a date line in the story\'s own footer gives, not one in a related box or comments', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm closes ports","datePublished":"2025-12-22T13:00:27Z"}</script>';
    const footer = (inner: string) => `<div class="article-footer">${inner}<div class="author-bio"><a href="/author/jane-doe">Jane Doe</a> covers the coast.</div></div>`;
    const own = page(ld, `<article><h1>Storm closes ports</h1>${prose(4)}${footer('<div class="originally-published">Originally Published: December 22, 2025 at 6:00 AM MST</div>')}</article>`);
    expect(own.publishedAt).toBe('2025-12-22T06:00:27-07:00');
    expect(own.authors).toEqual([]);
    const related = page(ld, `<article><h1>Storm closes ports</h1>${prose(4)}<div class="article-footer"><div class="related-stories"><span class="published-date">December 22, 2025 at 6:00 AM MST</span></div></div></article>`);
    expect(related.publishedAt).toBe('2025-12-22T13:00:27Z');
    const comments = page(ld, `<article><h1>Storm closes ports</h1>${prose(4)}<section class="comments"><span class="comment-date">December 22, 2025 at 6:00 AM MST</span></section></article>`);
    expect(comments.publishedAt).toBe('2025-12-22T13:00:27Z');
    const pageFooter = page(ld, `<article><h1>Storm closes ports</h1>${prose(4)}</article><footer class="site-footer"><span class="publish-date">December 22, 2025 at 6:00 AM MST</span></footer>`);
    expect(pageFooter.publishedAt).toBe('2025-12-22T13:00:27Z');
  });

  it('reads an embedded video\'s datePublished meta after the article\'s own', () => {
    const a = page(
      '',
      `<article itemscope itemtype="https://schema.org/Article"><div itemprop="video" itemscope itemtype="https://schema.org/VideoObject"><meta itemprop="datePublished" content="2015-03-12T13:11:07Z"></div>` +
        `<h1>Storm closes ports</h1>${prose(4)}<div itemprop="articleBody"><meta itemprop="datePublished" content="2015-03-11T19:46:14Z"></div></article>`,
    );
    expect(a.publishedAt).toBe('2015-03-11T19:46:14Z');
  });

  it('reads a top-level Review\'s own datePublished before a card\'s further down', () => {
    const a = page(
      '',
      `<div itemscope itemtype="https://schema.org/Review"><meta itemprop="datePublished" content="2024-05-07T09:00:00Z"><h1>Storm closes ports</h1>${prose(4)}</div>` +
        '<div class="more-stories"><div itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" content="2024-04-01T08:00:00Z"></div></div>',
    );
    expect(a.publishedAt).toBe('2024-05-07T09:00:00Z');
  });

  it('keeps a sidebar\'s microdata date foreign under a page-wide WebPage scope or a "related" aside', () => {
    const sidebar = '<aside class="sidebar"><div class="widget"><time itemprop="datePublished" datetime="2024-05-09T08:00:00Z">May 9</time></div></aside>';
    const a = page('', `<div itemscope itemtype="https://schema.org/WebPage"><article><h1>Storm closes ports</h1><time class="entry-date" datetime="2024-05-07T10:00:00Z">May 7</time>${prose(4)}</article>${sidebar}</div>`);
    expect(a.publishedAt).toBe('2024-05-07T10:00:00Z');
    const related = '<aside class="related"><span itemprop="datePublished" content="2023-11-02">Nov 2</span></aside>';
    const b = page('', `<div itemscope itemtype="https://schema.org/NewsArticle"><h1>Storm closes ports</h1><time class="entry-date" datetime="2024-05-07T10:00:00Z">May 7</time>${prose(4)}${related}</div>`);
    expect(b.publishedAt).toBe('2024-05-07T10:00:00Z');
  });

  it('gives a date-only value no time from a header clock, an event or a photo date', () => {
    const meta = '<meta property="article:published_time" content="2024-05-07">';
    for (const line of ['<header class="masthead"><div class="current-date">Tuesday, May 7, 2024 10:32 AM</div></header><article><h1>Storm closes ports</h1>', '<article><h1>Storm closes ports</h1><p class="event-date">May 7, 2024, 7:00 PM</p>', '<article><h1>Storm closes ports</h1><span class="photo-date">May 7, 2024 11:02 AM</span>']) {
      expect(page(meta, `${line}${prose(4)}</article>`).publishedAt).toBe('2024-05-07');
    }
  });

  it("gives a date-only value the time of a line named as the story's date (storydate, article-date, entry-date)", () => {
    const meta = '<meta name="DC.date.issued" content="2009-03-14">';
    for (const cls of ['storydate', 'article-date', 'entry-date']) {
      const a = page(meta, `<article><h1>Storm closes ports</h1><div class="byline">By Jane Doe</div><div class="${cls}">10:42am Saturday 14th March 2009</div>${prose(4)}</article>`);
      expect(a.publishedAt).toBe('2009-03-14T10:42:00');
    }
    // Such a line on another day, or at another time than a second one, gives it none.
    expect(page(meta, `<article><h1>Storm closes ports</h1><div class="storydate">10:42am Friday 13th March 2009</div>${prose(4)}</article>`).publishedAt).toBe('2009-03-14');
    const two = '<div class="storydate">14 March 2009 10:42</div><p class="article__date">14 March 2009 18:05</p>';
    expect(page(meta, `<article><h1>Storm closes ports</h1>${two}${prose(4)}</article>`).publishedAt).toBe('2009-03-14');
    // A list's "feed-post-datetime" or "related-article-date" dates another story.
    const feed = '<div class="storydate">14 March 2009 10:42</div><section class="feed-relacionadas"><span class="feed-post-datetime">14 March 2009 18:05</span><span class="related-article-date">14 March 2009 19:30</span></section>';
    expect(page(meta, `<article><h1>Storm closes ports</h1>${feed}${prose(4)}</article>`).publishedAt).toBe('2009-03-14T10:42:00');
  });

  it('keeps a later date-only line as the update time', () => {
    const a = page('', `<article><h1>Storm closes ports</h1><div class="byline">By Jane Doe</div><div class="date">May 5, 2024</div>${prose(4)}<p class="post-date">May 9, 2024</p></article>`);
    expect(a.publishedAt).toBe('2024-05-05');
    expect(a.modifiedAt).toBe('2024-05-09');
  });

  it('lets dateCreated give way to what says "published", not to any <time>', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm closes ports","dateCreated":"2024-05-07T09:12:00-04:00"}</script>';
    const a = page(ld, `<header class="masthead"><time datetime="2024-05-20">Monday, May 20, 2024</time></header><article><h1>Storm closes ports</h1>${prose(4)}</article>`);
    expect(a.publishedAt).toBe('2024-05-07T09:12:00-04:00');
  });

  it('reads JSON-LD dateCreated only after every datePublished the page gives', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm closes ports","dateCreated":"2017-11-17T10:41:09Z"}</script>';
    const a = page(ld, `<article><h1>Storm closes ports</h1><time itemprop="datePublished" datetime="2017-11-16T14:15+0000">16 November 2017</time>${prose(4)}</article>`);
    expect(a.publishedAt).toBe('2017-11-16T14:15:00Z');
    expect(page(ld, `<article><h1>Storm closes ports</h1>${prose(4)}</article>`).publishedAt).toBe('2017-11-17T10:41:09Z');
  });

  it('gives a date-only meta the time of the one date line on that day (an id like "pubtime")', () => {
    const a = page('<meta name="publishdate" content="2017-03-10">', `<article><h1>Storm closes ports</h1><div>发稿时间：<span id="pubtime_baidu">2017-03-10 08:42:00</span></div>${prose(4)}</article>`);
    expect(a.publishedAt).toBe('2017-03-10T08:42:00');
    expect(a.sources.publishedAt).toBe('text');
  });

  it('keeps the date alone when the lines give that day several times (a live blog\'s entries)', () => {
    const entries = ['10:15', '11:30'].map((t) => `<p class="entry-time">Dec 23, 2025 ${t}</p>`).join('');
    const a = page('<meta name="publishdate" content="2025-12-23">', `<article><h1>Storm closes ports</h1>${entries}${prose(4)}</article>`);
    expect(a.publishedAt).toBe('2025-12-23');
  });

  it('reads the ISO time or Unix time a date line keeps in an attribute (title, data-publishtime)', () => {
    const titled = page('', `<article><h1>Storm closes ports</h1><ul><li class="date-and-time" title="2015-03-13T21:00:00+11:00">March 13, 2015 9:00PM</li></ul>${prose(4)}</article>`);
    expect(titled.publishedAt).toBe('2015-03-13T21:00:00+11:00');
    // The line's stamp is the line's: 'text', a source ArticleSources allows (never 'html').
    expect(titled.sources.publishedAt).toBe('text');
    const epoch = page('', `<article><h1>Storm closes ports</h1><span class="publish-time" data-publishtime="1425913200851">3/09/15 8:00am</span>${prose(4)}</article>`);
    // Kinja's epoch is 15:00Z; the line's own "3/09/15 8:00am" shows that minute at -07:00 (PDT that day).
    expect(epoch.publishedAt).toBe('2015-03-09T08:00:00-07:00');
    expect(epoch.sources.publishedAt).toBe('text');
  });

  it('reads the full time a Korean portal keeps in data-date-time / data-modify-date-time, the update by the attribute\'s name', () => {
    const stamped = (line: string, after = '') =>
      parseArticle(`<html lang="ko"><head><title>편의점 도시락 매출</title></head><body><div class="article_head"><h2 class="headline">편의점 도시락 매출</h2><div class="info_datestamp">${line}</div></div><article>${prose(4)}</article>${after}</body></html>`);
    // Naver News: the line shows the day and a 12-hour clock, the attribute the seconds; no zone anywhere, none invented.
    const naver = stamped('<span class="datestamp_term">입력</span><span class="datestamp_time _ARTICLE_DATE_TIME" data-date-time="2024-01-04 15:32:10">2024.01.04.</span> <span class="datestamp_term">수정</span><span class="datestamp_time _ARTICLE_MODIFY_DATE_TIME" data-modify-date-time="2024-01-04 18:10:45">2024.01.04.</span>');
    expect([naver.publishedAt, naver.modifiedAt]).toEqual(['2024-01-04T15:32:10', '2024-01-04T18:10:45']);
    expect(naver.sources.publishedAt).toBe('text');
    // The update's attribute says so even where its line's class does not.
    const plain = stamped('기사입력 <span class="date" data-date-time="2024-01-04 09:05:00">2024.01.04.</span> 최종수정 <span class="date" data-modify-date-time="2024-01-05 07:00:00">2024.01.05.</span>');
    expect([plain.publishedAt, plain.modifiedAt]).toEqual(['2024-01-04T09:05:00', '2024-01-05T07:00:00']);
    // Near misses: the attribute on an element no date line (a counter), a related story's date in a link to it.
    const counter = stamped('<span class="date">2024.01.04.</span><span class="reaction_count" data-date-time="2024-01-04 15:32:10">12</span>');
    expect(counter.publishedAt).toBe('2024-01-04');
    const related = stamped('<span class="date">2024.01.04.</span>', '<ul class="related_news"><li><a href="/article/2"><span class="date" data-date-time="2024-01-03 11:00:00">2024.01.03.</span> 다른 기사</a></li></ul>');
    expect(related.publishedAt).toBe('2024-01-04');
  });

  it("reads a <time>'s stamps when it has no datetime, and a stamp naming its IANA zone in that zone", () => {
    // vc.ru: text "4 янв" (no year), the wall clock and zone in the title, the instant in data-date.
    const osnova = (attrs: string) =>
      parseArticle(`<html lang="ru"><head><title>Отток</title></head><body><article><div class="content-header"><time class="time" ${attrs}>4 янв</time></div><h1>Отток</h1>${prose(4)}<div class="comments"><div class="comment"><time class="time comment__date" title="04.01.2024 12:10:03 (Europe/Moscow)" data-date="1704359403">4 янв</time></div></div></article></body></html>`);
    const a = osnova('title="04.01.2024 10:42:15 (Europe/Moscow)" data-date="1704354135"');
    expect(a.publishedAt).toBe('2024-01-04T10:42:15+03:00');
    expect(a.sources.publishedAt).toBe('text');
    // The epoch alone is the instant, in UTC.
    expect(osnova('data-date="1704354135"').publishedAt).toBe('2024-01-04T07:42:15Z');
    // Near misses: a <time datetime> is read from its datetime, not its title; a title that
    // is no stamp gives nothing (the comment's time is not the page's).
    expect(osnova('datetime="2024-01-04T10:42:15+03:00" title="Thursday"').publishedAt).toBe('2024-01-04T10:42:15+03:00');
    expect(osnova('title="4 января в 10:42"').publishedAt).toBeNull();
  });

  it("reads such a <time>'s stamp as the update's when an update label stands before it in its line", () => {
    const page = (line: string) =>
      parseArticle(`<html><head><title>Storm closes ports</title></head><body><article><h1>Storm closes ports</h1><p class="date">March 6, 2025 9:00 am</p>${line}${prose(4)}</article></body></html>`);
    const updated = page('<p class="meta">Updated <time title="2025-03-06 10:30">10:30 am</time></p>');
    expect(updated.publishedAt).toBe('2025-03-06T09:00:00');
    expect(updated.modifiedAt).toBe('2025-03-06T10:30:00');
    const russian = page('<p class="meta">Обновлено: <time data-publishtime="2025-03-06 10:30">10:30</time></p>');
    expect(russian.modifiedAt).toBe('2025-03-06T10:30:00');
    // Near miss: in a line that writes both, the label before the first date is the publication's.
    const both = page('<p class="meta">Published <time title="2025-03-06 09:00">9:00 am</time> | Updated <time title="2025-03-06 10:30">10:30 am</time></p>');
    expect(both.publishedAt).toBe('2025-03-06T09:00:00');
    expect(both.modifiedAt).toBe('2025-03-06T10:30:00');
    // Near misses: a name holding the word, a separator after it (a newsletter's, a section's).
    const alone = (line: string) => parseArticle(`<html><head><title>Storm closes ports</title></head><body><article><h1>Storm closes ports</h1>${line}${prose(4)}</article></body></html>`);
    const newsletter = alone('<p class="meta">Morning Update · <time title="2025-03-06 07:00">March 6, 2025</time></p>');
    expect([newsletter.publishedAt, newsletter.modifiedAt]).toEqual(['2025-03-06T07:00:00', null]);
    const rubric = alone('<p class="meta">Rubrique <a href="/modifications-du-code/">Modifications du code</a> — <time title="2025-03-06 07:00">6 mars 2025</time></p>');
    expect([rubric.publishedAt, rubric.modifiedAt]).toEqual(['2025-03-06T07:00:00', null]);
  });

  it('reads no date from a citation\'s access date or a hidden infobox copy', () => {
    const refs = '<ol class="references"><li><cite>Report.</cite><span class="reference-accessdate">. Retrieved <span class="nowrap">2016-05-01</span></span></li></ol>';
    const hidden = '<table class="infobox"><tr><td>February 28, 1998<span style="display:none"> (<span class="bday dtstart published updated">1998-02-28</span>)</span></td></tr></table>';
    const a = page('', `<article><h1>Storm closes ports</h1>${hidden}${prose(4)}${refs}</article>`);
    expect(a.publishedAt).toBeNull();
    expect(a.modifiedAt).toBeNull();
  });

  it('reads a <time> classed both published and updated as the publication, not an update (WordPress, tagDiv)', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm closes ports","datePublished":"2025-12-23T08:09:41+00:00"}</script>';
    for (const cls of ['entry-date published updated', 'entry-date updated td-module-date']) {
      const a = page(ld, `<article><h1>Storm closes ports</h1><span class="td-post-date"><time class="${cls}" datetime="2025-12-23T15:09:41+07:00">23 Dec 2025</time></span>${prose(4)}</article>`);
      expect(a.publishedAt).toBe('2025-12-23T15:09:41+07:00');
      expect(a.modifiedAt).toBeNull();
    }
    // One class alone keeps its meaning, and microdata that says "dateModified" is the update.
    const updated = page('', `<article><h1>Storm closes ports</h1><time class="updated" datetime="2025-12-24T09:00:00+07:00">24 Dec</time>${prose(4)}</article>`);
    expect(updated.modifiedAt).toBe('2025-12-24T09:00:00+07:00');
    const tagDiv = page('', `<article><h1>Storm closes ports</h1><time itemprop="dateCreated" class="entry-date updated" datetime="2025-12-23T15:09:41+07:00"></time><time itemprop="dateModified" class="entry-date updated" datetime="2025-12-24T09:00:00+07:00"></time>${prose(4)}</article>`);
    expect(tagDiv.publishedAt).toBe('2025-12-23T15:09:41+07:00');
    expect(tagDiv.modifiedAt).toBe('2025-12-24T09:00:00+07:00');
  });

  it('reads a date line classed both published and updated as the publication', () => {
    const a = page('', `<article><h1>Storm closes ports</h1>${prose(4)}<time class="entry-published updated" itemprop="datePublished" datetime="2019-11-20T10:03:33+01:00">November 20, 2019</time></article>`);
    expect(a.publishedAt).toBe('2019-11-20T10:03:33+01:00');
    expect(a.modifiedAt).toBeNull();
  });

  it('reads a top line with the day and a foot line with its time as one publication, no update', () => {
    const a = page(
      '',
      `<article><h1>Storm closes ports</h1><p class="topAttributionWithDate">Tuesday 15 October 2019 by Jane Doe</p>${prose(4)}<p class="bottomAttributionWithDate">Posted on Tuesday 15 October 2019 at 09:11 by Jane Doe.</p></article>`,
    );
    expect(a.publishedAt).toBe('2019-10-15T09:11:00');
    expect(a.modifiedAt).toBeNull();
  });
});

describe('deks: intro blocks, visible itemprop=description, hidden copies, dialogs', () => {
  const page2 = (body: string, head = '') =>
    parseArticle(`<html><head><title>Seven secrets hotel owners keep</title>${head}</head><body>${body}</body></html>`, { url: 'https://news.example/a/1' });
  const dek = 'Hotel bosses spill the beans on cost cutting and horrible hygiene';

  it('reads a <div class="intro"> right under the headline as the dek', () => {
    expect(page2(`<article><h1>Seven secrets hotel owners keep</h1><div class="intro"><p>${dek}</p></div>${prose(4)}</article>`).subheadline).toBe(dek);
  });

  it('reads a bare <div class="lead"> under the byline row as the dek, not a lead with links or Bootstrap\'s <p class="lead">', () => {
    const row = '<div class="meta"><span class="author">Tóth Balázs</span> <span class="datum">2025. december 23. 15:09</span></div>';
    expect(page2(`<article><h1>Seven secrets hotel owners keep</h1>${row}<div class="lead">${dek}</div>${prose(4)}</article>`).subheadline).toBe(dek);
    expect(page2(`<article><h1>Seven secrets hotel owners keep</h1>${row}<div class="lead"><a href="/a/2">${dek}</a></div>${prose(4)}</article>`).subheadline).toBeNull();
    expect(page2(`<article><h1>Seven secrets hotel owners keep</h1><p class="lead">${dek}.</p>${prose(4)}</article>`).subheadline).toBeNull();
    expect(page2(`<article><h1>Seven secrets hotel owners keep</h1><div class="lead-caption">${dek}</div>${prose(4)}</article>`).subheadline).toBeNull();
  });

  it("reads a print view's dek and tags when its <h1> stands straight in <body>", () => {
    const tags = '<div class="field-tags">Tags: <a href="/tags/hotels">Hotels</a> <a href="/tags/hygiene">Hygiene</a></div>';
    const print = (inner: string) => page2(`<h1 class="print-title">Seven secrets hotel owners keep</h1><div class="print-content"><div class="node">${inner}</div></div>`);
    // The story's block is long: no small header block that a dek is looked for inside.
    const a = print(`<div class="field-name-field-subhead">${dek}</div>${prose(12)}${tags}`);
    expect(a.subheadline).toBe(dek);
    expect(a.tags).toEqual(['Hotels', 'Hygiene']);
    // A dek-classed block after the story's first paragraph is not under the headline.
    expect(print(`${prose(1)}<div class="field-name-field-subhead">${dek}</div>${prose(11)}`).subheadline).toBeNull();
    // A block after the headline that holds no story is not the story: its tag links are not the page's.
    const menu = page2(`<h1>Seven secrets hotel owners keep</h1><div class="links">${tags}</div><div class="x"></div><div class="body">${prose(4)}</div>`);
    expect(menu.tags).toEqual([]);
  });

  it('does not read a <p class="intro"> among the story\'s paragraphs as the dek', () => {
    expect(page2(`<article><h1>Seven secrets hotel owners keep</h1><div class="body"><p class="intro">${dek}.</p>${prose(4)}</div></article>`).subheadline).toBeNull();
  });

  it('reads a visible itemprop="description" in the header, four blocks after the <h1>', () => {
    const header =
      '<header><h1>Seven secrets hotel owners keep</h1><div class="info"><span class="author">Jane Doe</span></div><aside class="tool-bar"><ul><li>Share</li></ul></aside>' +
      `<figure><img src="/a.jpg"><figcaption itemprop="description">A hotel corridor at night, in the city centre.</figcaption></figure><div class="description"><h2 itemprop="description">${dek}</h2></div></header>`;
    expect(page2(`<article>${header}${prose(4)}</article>`).subheadline).toBe(dek);
  });

  it('does not read the description of a hidden microdata block as the dek', () => {
    const hidden = `<div style="display:none" itemscope itemtype="http://schema.org/NewsArticle"><h1 itemprop="name">Seven secrets hotel owners keep</h1><div itemprop="description"><p>${dek.slice(0, 30)}...</p></div></div>`;
    expect(page2(`${hidden}<article><h1>Seven secrets hotel owners keep</h1>${prose(4)}</article>`).subheadline).toBeNull();
  });

  it('does not read a dialog form\'s "intro" as the dek, but reads a dek inside a page-wide ASP.NET form', () => {
    const dialog = '<form class="abuse-form"><div class="intro">Sorry you didn\'t like this comment. Please provide a reason below.</div></form>';
    expect(page2(`<article><h1>Seven secrets hotel owners keep</h1>${dialog}${prose(4)}</article>`).subheadline).toBeNull();
    expect(page2(`<form id="aspnetForm"><article><div class="article-heading"><h1>Seven secrets hotel owners keep</h1><p class="article-heading-des">${dek}</p></div>${prose(4)}</article></form>`, `<meta name="description" content="${dek}">`).subheadline).toBe(dek);
  });
});

describe('site name: not an address, not the company behind the site', () => {
  const at = (head: string, title = 'New Zealand - Wikipedia') =>
    parseArticle(`<html><head><title>${title}</title>${head}</head><body><article><h1>New Zealand</h1>${prose(4)}</article></body></html>`, { url: 'https://en.example.org/wiki/NZ' });

  it('skips an og:site_name that is a URL for the next source', () => {
    const a = at('<meta property="og:site_name" content="http://www.tmz.com"><meta name="application-name" content="TMZ">', "Lupita's Dress -- STOLEN | TMZ.com");
    expect(a.siteName).toBe('TMZ');
  });

  it('takes the publisher or the title\'s site over an og:site_name that is the page\'s host in lower case', () => {
    const page = (head: string, title: string) =>
      parseArticle(`<html><head><title>${title}</title>${head}</head><body><article><h1>Night buses run until dawn</h1>${prose(4)}</article></body></html>`, { url: 'https://www.tinnhanh.example/ha-noi-4987654.html' });
    const host = '<meta property="og:site_name" content="tinnhanh.example">';
    const publisher = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Night buses run until dawn","publisher":{"@type":"Organization","name":"TinNhanh"}}</script>';
    const withPublisher = page(host + publisher, 'Night buses run until dawn - TinNhanh');
    expect(withPublisher.siteName).toBe('TinNhanh');
    expect(withPublisher.sources.siteName).toBe('json-ld');
    expect(page(host, 'Night buses run until dawn - TinNhanh').siteName).toBe('TinNhanh');
    // A suffix that names something else (a section) leaves the host; so does a title without one.
    expect(page(host, 'Night buses run until dawn - Giao thông').siteName).toBe('tinnhanh.example');
    expect(page(host, 'Night buses run until dawn').siteName).toBe('tinnhanh.example');
    // A brand written with capitals ("Space.com") is the site's own name; another host is no address of this page.
    expect(page('<meta property="og:site_name" content="TinNhanh.example">' + publisher, 'Night buses run until dawn').siteName).toBe('TinNhanh.example');
    expect(page('<meta property="og:site_name" content="othersite.example">' + publisher, 'Night buses run until dawn').siteName).toBe('othersite.example');
  });

  it('drops a byline glued to og:site_name after a separator, and takes the title\'s site over the host in capitals', () => {
    const page = (siteName: string, title = 'Night buses run until dawn - TinNhanh') =>
      parseArticle(`<html><head><title>${title}</title><meta property="og:site_name" content="${siteName}"></head><body><article><h1>Night buses run until dawn</h1>${prose(4)}</article></body></html>`, { url: 'https://www.tinnhanh.example/ha-noi-4987654.html' });
    // "SIMPLYFOUND.COM | BY: JOE WEE": the host shouted, then the byline.
    const a = page('TINNHANH.EXAMPLE | BY: JOE WEE');
    expect(a.siteName).toBe('TinNhanh');
    expect(a.sources.siteName).toBe('title-element');
    expect(page('TINNHANH.EXAMPLE | BY: JOE WEE', 'Night buses run until dawn').siteName).toBe('TINNHANH.EXAMPLE');
    expect(page('Tin Nhanh Daily | By Joe Wee').siteName).toBe('Tin Nhanh Daily');
    // A part that is no byline stays: a name with digits after "Par", a section.
    expect(page('Golf Weekly | Par 3 Courses').siteName).toBe('Golf Weekly | Par 3 Courses');
    expect(page('Tin Nhanh | Giao thông').siteName).toBe('Tin Nhanh | Giao thông');
    // A brand in mixed case with its ending stays the site's own name.
    expect(page('TinNhanh.example').siteName).toBe('TinNhanh.example');
  });

  it('takes the title\'s site over a JSON-LD publisher named with its legal form', () => {
    const ld = '<script type="application/ld+json">{"@type":"Article","name":"New Zealand","publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc."}}</script>';
    const a = at(ld);
    expect(a.siteName).toBe('Wikipedia');
    expect(a.sources.siteName).toBe('title-element');
  });

  it('keeps a JSON-LD publisher without a legal form, and a company name when the title names no site', () => {
    const ld = (name: string) => `<script type="application/ld+json">{"@type":"Article","name":"New Zealand","publisher":{"@type":"Organization","name":"${name}"}}</script>`;
    expect(at(ld('The Daily Example')).siteName).toBe('The Daily Example');
    expect(at(ld('Example Media Ltd'), 'New Zealand').siteName).toBe('Example Media Ltd');
  });
});

describe('review mends: tags, deks and site names that are not the story\'s', () => {
  const wrap = (head: string, body: string, title = 'Storm floods the old harbour') =>
    parseArticle(`<html><head><title>${title}</title>${head}</head><body>${body}</body></html>`, { url: 'https://news.example.com/a/1' });
  const story = (inner: string) => `<article><h1>Storm floods the old harbour</h1>${inner}${prose(4)}</article>`;

  it('takes tag links only inside the story: not a topics strip, a breadcrumb, a byline link or a "?tag=" query', () => {
    const strip = '<header><div class="topics-bar"><a href="/tag/election-2024">Election 2024</a> <a href="/tag/ukraine">Ukraine</a></div></header>';
    const own = '<div class="post-tags">Tags: <a href="/tag/budget">budget</a>, <a href="/tag/city-council">city council</a></div>';
    expect(wrap('', strip + story(own)).tags).toEqual(['budget', 'city council']);
    const crumbs = '<ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/tag/politics/">Politics</a></li></ol>';
    expect(wrap('', story(crumbs)).tags).toEqual([]);
    expect(wrap('', story('<p class="byline">By <a href="/tag/jane-doe">Jane Doe</a></p>')).tags).toEqual([]);
    expect(wrap('', story('<p class="share"><a href="/share?tag=fb">Facebook</a> <a href="/newsletters?tags=morning">Morning Brief</a></p>')).tags).toEqual([]);
  });

  it('keeps Korean and mixed-script keywords whole, and each JSON-LD array item whole', () => {
    expect(wrap('<meta name="keywords" content="서울시장 보궐선거">', story('')).tags).toEqual(['서울시장 보궐선거']);
    expect(wrap('<meta name="keywords" content="iPhone 15 Pro 评测">', story('')).tags).toEqual(['iPhone 15 Pro 评测']);
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","keywords":["东京 奥运会","国际空间站"]}</script>';
    expect(wrap(ld, story('')).tags).toEqual(['东京 奥运会', '国际空间站']);
  });

  it('keeps a comma inside a JSON-LD array item, and splits a string or an array of one string', () => {
    const ld = (keywords: string) => `<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","keywords":${keywords}}</script>`;
    expect(wrap(ld('["Ministerstvo školství, mládeže a tělovýchovy","letní prázdniny","školství"]'), story('')).tags).toEqual([
      'Ministerstvo školství, mládeže a tělovýchovy',
      'letní prázdniny',
      'školství',
    ]);
    expect(wrap(ld('"letní prázdniny, základní školy"'), story('')).tags).toEqual(['letní prázdniny', 'základní školy']);
    expect(wrap(ld('["letní prázdniny, základní školy"]'), story('')).tags).toEqual(['letní prázdniny', 'základní školy']);
  });

  it('keeps a keyword with a colon among plain ones ("ISO:9001")', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","keywords":"ISO:9001, Star Wars"}</script>';
    expect(wrap(ld, story('')).tags).toEqual(['ISO:9001', 'Star Wars']);
  });

  it('reads no dek from an author bio\'s, an image\'s or the body\'s first paragraph\'s itemprop="description"', () => {
    const bio = '<div class="byline" itemprop="author" itemscope itemtype="https://schema.org/Person">By <span itemprop="name">Jane Doe</span> <span class="bio" itemprop="description">Jane Doe covers City Hall and local politics for the Herald.</span></div>';
    expect(wrap('', `<article itemscope itemtype="https://schema.org/NewsArticle"><header><h1>Storm floods the old harbour</h1>${bio}</header>${prose(4)}</article>`).subheadline).toBeNull();
    const image = '<div itemscope itemtype="https://schema.org/ImageObject"><img src="/a.jpg"><div class="caption" itemprop="description">Boats tied up in the old harbour as the storm arrives.</div></div>';
    expect(wrap('', `<article><h1>Storm floods the old harbour</h1>${image}${prose(4)}</article>`).subheadline).toBeNull();
    const flat = `<div class="post"><h1>Storm floods the old harbour</h1><p class="byline">By Jane Doe</p><p itemprop="description">The storm closed every port on the coast for two days, and the ships waited offshore for calm.</p>${prose(4)}</div>`;
    expect(wrap('', flat).subheadline).toBeNull();
  });

  it('reads a dek under an anti-flicker hidden <html>', () => {
    const html = `<html style="visibility:hidden"><head><title>Storm floods the old harbour</title></head><body><article><header><h1>Storm floods the old harbour</h1><p class="dek">Ports close for two days as the storm moves up the coast.</p></header>${prose(4)}</article></body></html>`;
    expect(parseArticle(html, { url: 'https://news.example.com/a/1' }).subheadline).toBe('Ports close for two days as the storm moves up the coast.');
  });

  it('takes a title suffix over a legal-form publisher only when it names the site', () => {
    const ld = (name: string) => `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm floods the old harbour","publisher":{"@type":"Organization","name":"${name}"}}</script>`;
    expect(wrap(ld('Springfield Herald Media, Inc.'), story(''), 'Storm floods the old harbour - Politics').siteName).toBe('Springfield Herald Media, Inc.');
    expect(wrap(ld('Acme Inc.'), story(''), 'Storm floods the old harbour - May 7, 2024').siteName).toBe('Acme Inc.');
    expect(wrap(ld('Kids & Co'), story(''), 'Storm floods the old harbour | Parenting').siteName).toBe('Kids & Co');
    expect(wrap(ld('Wikimedia Foundation, Inc.'), story(''), 'Storm floods the old harbour - Wikipedia').siteName).toBe('Wikipedia');
  });
});

describe('site name from a "Blog: Post" title', () => {
  it('reads the part before a colon when the rest is the headline, and nothing when it is not', () => {
    const at = (title: string) =>
      parseArticle(`<html><head><title>${title}</title><meta property="og:title" content="Reverse-engineering a cheap logic analyzer"></head><body><article><h3>Reverse-engineering a cheap logic analyzer</h3>${prose(4)}</article></body></html>`, { url: 'https://blog.example/2016/05/x.html' });
    expect(at('Silicon Notes: Reverse-engineering a cheap logic analyzer').siteName).toBe('Silicon Notes');
    expect(at('Update: the analyzer, two years on').siteName).toBeNull();
  });
});

describe('second review mends', () => {
  const wrap = (head: string, body: string, title = 'Storm floods the old harbour', url = 'https://news.example.com/a/1') =>
    parseArticle(`<html><head><title>${title}</title>${head}</head><body>${body}</body></html>`, { url });

  it('keeps a related card\'s own BlogPosting date foreign', () => {
    const card = '<aside class="related"><div itemscope itemtype="https://schema.org/BlogPosting"><time itemprop="datePublished" datetime="2024-04-01">Apr 1</time></div></aside>';
    const a = wrap('', `<article><h1>Storm floods the old harbour</h1><time class="entry-date" datetime="2024-05-07T10:00:00Z">May 7</time>${prose(4)}</article>${card}`);
    expect(a.publishedAt).toBe('2024-05-07T10:00:00Z');
  });

  it('reads a dek-classed block with an itemprop beside a nested body', () => {
    const a = wrap('', `<article itemscope itemtype="https://schema.org/NewsArticle"><h1>Storm floods the old harbour</h1><p class="dek" itemprop="description">Ports close for two days as the storm moves up the coast.</p><div class="body">${prose(4)}</div></article>`);
    expect(a.subheadline).toBe('Ports close for two days as the storm moves up the coast.');
  });

  it('reads the date of an article that is its page\'s mainEntity first', () => {
    const a = wrap(
      '',
      `<body itemscope itemtype="https://schema.org/WebPage"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" content="2024-05-07T09:00:00Z"><h1>Storm floods the old harbour</h1>${prose(4)}</div>` +
        '<div class="more-stories"><div itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" content="2024-04-01T08:00:00Z"></div></div></body>',
    );
    expect(a.publishedAt).toBe('2024-05-07T09:00:00Z');
  });

  it('takes no tag link above the headline on a page without <article>', () => {
    const strip = '<div class="topics"><a href="/tag/election">Election</a> <a href="/tag/ukraine">Ukraine</a></div>';
    expect(wrap('', `<div class="page">${strip}<div class="story"><h1>Storm floods the old harbour</h1>${prose(4)}</div></div>`).tags).toEqual([]);
  });

  it('keeps a legal-form publisher over a generic suffix the host happens to contain', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm floods the old harbour","publisher":{"@type":"Organization","name":"Springfield Herald Media, Inc."}}</script>';
    expect(wrap(ld, `<article><h1>Storm floods the old harbour</h1>${prose(4)}</article>`, 'Storm floods the old harbour - News').siteName).toBe('Springfield Herald Media, Inc.');
    expect(wrap(ld.replace('Springfield Herald Media, Inc.', 'Vox Media, LLC'), `<article><h1>Storm floods the old harbour</h1>${prose(4)}</article>`, 'Storm floods the old harbour - The Verge', 'https://www.theverge.com/2024/5/7/x').siteName).toBe('The Verge');
  });

  it('takes neither the site\'s root under another spelling nor the page with a query for an author page', () => {
    for (const href of ['https://www.news.example.com/', 'https://news.example.com/a/1?ref=byline']) {
      const a = wrap('<meta name="author" content="Jane Doe">', `<article><h1>Storm floods the old harbour</h1><p class="byline">By <a href="${href}">Jane Doe</a></p>${prose(4)}</article>`);
      expect(a.authors).toEqual([{ name: 'Jane Doe', url: null }]);
    }
  });
});

describe('a CJK publication label', () => {
  it('reads "发稿时间：" as a publication line and gives a date-only meta its time', () => {
    const a = parseArticle(
      `<html><head><title>x</title><meta name="publishdate" content="2017-03-10"></head><body><article><h1>海外留学生看两会</h1><p>发稿时间：<span>2017-03-10 08:42:00</span></p>${prose(4)}</article></body></html>`,
      { url: 'https://news.example.cn/a/1' },
    );
    expect(a.publishedAt).toBe('2017-03-10T08:42:00');
  });
});

describe('a byline\'s time for a date-only page', () => {
  const meta = '<meta property="article:published_time" content="2024-05-07">';
  const at = (body: string) => parseArticle(`<html><head><title>Storm closes ports</title>${meta}</head><body>${body}</body></html>`, { url: 'https://news.example.com/a/1' });

  it('takes the time from the story\'s own byline', () => {
    expect(at(`<article><h1>Storm closes ports</h1><p class="byline">By Jane Doe | May 7, 2024 10:15 AM</p>${prose(4)}</article>`).publishedAt).toBe('2024-05-07T10:15:00');
  });

  it('takes no time from an author box at the foot classed like a byline', () => {
    const box = '<div class="author-box">Jane Doe covers the port. Last seen May 7, 2024 4:15 PM</div>';
    expect(at(`<article><h1>Storm closes ports</h1><p class="byline">By Jane Doe</p>${prose(4)}${box}</article>`).publishedAt).toBe('2024-05-07');
  });
});

describe('metadata: lines the review found the new rules must leave alone', () => {
  const prose = '<p>The council voted 7-2 on Tuesday night to approve the long-debated plan, ending a year of hearings, lawsuits and public protests.</p>'.repeat(4);
  it("does not date a page by today's date in the site's top bar", () => {
    const a = parseArticle(`<html><body><div class="top-bar"><span>Tuesday, December 23, 2025</span></div><article><h1>Council approves waterfront plan</h1>${prose}</article></body></html>`);
    expect(a.publishedAt).toBeNull();
  });
  it('takes no dek from a summary box of a heading and bullet points', () => {
    const a = parseArticle(`<html><body><article><h1>Council approves waterfront plan</h1><div class="article-summary"><h2>Summary</h2><ul><li>Council votes 7-2 for the plan</li><li>Construction starts next spring</li></ul></div>${prose}</article></body></html>`);
    expect(a.subheadline).toBeNull();
  });
  it('reads "By A / B" as two authors, and "By A / Staff Writer" as one', () => {
    const two = parseArticle(`<html><body><article><h1>Council approves waterfront plan</h1><div class="byline">By Maria Lopez / Tom Becker</div>${prose}</article></body></html>`);
    expect(two.authors.map((x) => x.name)).toEqual(['Maria Lopez', 'Tom Becker']);
    const one = parseArticle(`<html><body><article><h1>Council approves waterfront plan</h1><div class="byline">By Maria Lopez / Staff Writer</div>${prose}</article></body></html>`);
    expect(one.authors.map((x) => x.name)).toEqual(['Maria Lopez']);
  });
});

describe("a line that dates the page itself is its modifiedAt", () => {
  const withFooter = (footer: string, body = '<p class="date">Posted December 16, 2025</p>') =>
    `<!doctype html><html><body class="skin-vector sidebar-left"><article><h1>Tram line opens</h1>${body}${prose(4)}</article>${footer}</body></html>`;

  it("reads MediaWiki's footer line, a hand-made page's last line and a German one", () => {
    const wiki = parseArticle(withFooter('<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 18 December 2025, at 09:41.</li></ul></footer>'));
    expect(wiki.publishedAt).toBe('2025-12-16');
    expect(wiki.modifiedAt).toBe('2025-12-18T09:41:00');
    expect(wiki.sources.modifiedAt).toBe('text');
    const handMade = parseArticle(withFooter('<center><font size="1">&copy; 1999 The Crier<br><i>Last updated: 12/23/1999</i></font></center>', '<p>by Doris Pruitt<br>December 21, 1999</p>'));
    expect(handMade.modifiedAt).toBe('1999-12-23');
    const german = parseArticle(withFooter('<footer><p>Diese Seite wurde zuletzt am 18. Dezember 2025 um 09:41 Uhr bearbeitet.</p></footer>'));
    expect(german.modifiedAt).toBe('2025-12-18T09:41:00');
  });

  it("comes after the page's machine-readable update time", () => {
    const html = withFooter('<footer><p>Last updated: 12/20/2025</p></footer>').replace('<body', '<head><meta property="article:modified_time" content="2025-12-17T08:00:00+03:00"></head><body');
    expect(parseArticle(html).modifiedAt).toBe("2025-12-17T08:00:00+03:00");
  });

  it("does not take a card's, a comment's or a widget's update line, nor one of two", () => {
    const footers = [
      '<aside class="related"><div class="card"><a href="/other">Bus lanes</a><p>Last updated: 20 December 2025</p></div></aside>',
      '<section class="comments"><div class="comment"><p>Great news</p><div class="comment-footer">Last edited on 20 December 2025</div></div></section>',
      '<div class="widget weather"><p>Last updated 20 December 2025, 06:00</p></div>',
      '<footer><p>Last updated: 20 December 2025</p><p>Last updated: 21 December 2025</p></footer>',
    ];
    for (const footer of footers) expect(parseArticle(withFooter(footer)).modifiedAt, footer).toBeNull();
  });

  it('is no update when it is older than the publication', () => {
    expect(parseArticle(withFooter('<footer><p>Page last modified 3 March 2020</p></footer>')).modifiedAt).toBeNull();
  });
});

describe('a <time> without datetime is a date line', () => {
  it('reads its text in any language, whatever its class', () => {
    expect(parseArticle(page('', '<p><time>December 23, 2025 15:09</time></p>')).publishedAt).toBe('2025-12-23T15:09:00');
    expect(parseArticle(page('', '<div class="frett-upplysingar"><time class="frett-dags">23. desember 2025 kl. 15.09</time></div>')).publishedAt).toBe('2025-12-23T15:09:00');
  });
  it('reads a <time datetime> by its machine value, as before', () => {
    const a = parseArticle(page('', '<p><time datetime="2025-12-23T15:09:00+01:00">23 Dec</time></p>'));
    expect(a.publishedAt).toBe('2025-12-23T15:09:00+01:00');
    expect(a.sources.publishedAt).toBe('time-element');
  });
});

describe('update lines without a date class, beside the story\'s publication line', () => {
  it('reads the update of a meta row that labels both lines (Korean, Polish, Icelandic)', () => {
    const korean = parseArticle(page('', '<ul class="infomation"><li>홍길동 기자</li><li>입력 2025-12-23 15:09</li><li>수정 2025-12-23 17:42</li></ul>'));
    expect(korean.publishedAt).toBe('2025-12-23T15:09:00');
    expect(korean.modifiedAt).toBe('2025-12-23T17:42:00');
    const polish = parseArticle(page('', '<div class="info"><span>Dodano: 23.12.2025 15:09</span> <span>Aktualizacja: 23.12.2025 17:41</span></div>'));
    expect(polish.publishedAt).toBe('2025-12-23T15:09:00');
    expect(polish.modifiedAt).toBe('2025-12-23T17:41:00');
    const icelandic = parseArticle(page('', '<div><time>23. desember 2025 kl. 15.09</time> <span>Uppfært 23. desember 2025 kl. 17.41</span></div>'));
    expect(icelandic.modifiedAt).toBe('2025-12-23T17:41:00');
  });
  it('reads Chinese "编辑于"/"編輯於" (edited at: Zhihu, forums) as an update line, its clock giving a UTC dateModified its offset', () => {
    const lines = '<div class="ContentItem-time">发布于 2024-01-04 10:42</div><div class="ContentItem-time">编辑于 2024-01-05 09:15</div>';
    expect(parseArticle(page('', lines)).modifiedAt).toBe('2024-01-05T09:15:00');
    const ld = '<script type="application/ld+json">{"@type":"Article","headline":"Storm floods the old harbour","datePublished":"2024-01-04T02:42:18Z","dateModified":"2024-01-05T01:15:30Z"}</script>';
    const zhihu = parseArticle(page(ld, lines));
    expect(zhihu.publishedAt).toBe('2024-01-04T10:42:18+08:00');
    expect(zhihu.modifiedAt).toBe('2024-01-05T09:15:30+08:00');
    const traditional = parseArticle(page('', '<div class="info"><span>发布时间：2024-01-04 10:42</span> <span>編輯於 2024-01-05 09:15</span></div>'));
    expect(traditional.modifiedAt).toBe('2024-01-05T09:15:00');
  });
  it('does not read a Chinese news page\'s editor credit ("责任编辑：", "编辑：") as an update label', () => {
    // A broad "编辑" would read the whole line as the update and lose the publication date.
    const credit = parseArticle(page('', '<div class="date">编辑：王芳 2024-01-04 10:42</div>'));
    expect(credit.publishedAt).toBe('2024-01-04T10:42:00');
    expect(credit.modifiedAt).toBeNull();
    const apart = parseArticle(page('', '<div class="info"><span>发布时间：2024-01-04 10:42</span> <span>责任编辑：王芳 2024-01-05</span></div>'));
    expect(apart.modifiedAt).toBeNull();
    // "编辑于洋": the editor 于洋 (no space after a surname 于), not "edited at".
    const named = parseArticle(page('', '<div class="info"><span>发布时间：2024-01-04 10:42</span> <span>编辑于洋 2024-01-05</span></div>'));
    expect(named.publishedAt).toBe('2024-01-04T10:42:00');
    expect(named.modifiedAt).toBeNull();
  });
  it('reads no update line that sits apart from any publication line', () => {
    expect(parseArticle(page('', '<p>Updated 24 December 2025 10:00</p>')).modifiedAt).toBeNull();
    const apart = page('', '<div><div><p>입력 2025-12-23 15:09</p></div></div>').replace('</article>', '<footer><div><div><p>수정 2025-12-24 10:00</p></div></div></footer></article>');
    expect(parseArticle(apart).modifiedAt).toBeNull();
  });
});

describe('the story\'s own update line fills a date-only update, as its publication line does', () => {
  const ld = (published: string, modified: string) =>
    `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm floods the old harbour","datePublished":"${published}","dateModified":"${modified}"}</script>`;
  it('reads Drupal\'s node__submitted slot as the node\'s own publication line, its update half as its update', () => {
    const a = parseArticle(page(ld('2025-12-23', '2025-12-23'), '<div class="node__submitted"><span>23.12.2025, 15:09</span> <span>Updated: 23.12.2025, 17:42</span></div>'));
    expect(a.publishedAt).toBe('2025-12-23T15:09:00');
    expect(a.modifiedAt).toBe('2025-12-23T17:42:00');
  });
  it('gives a date-only update no time from a line that is not the story\'s', () => {
    const a = parseArticle(page(ld('2025-12-23', '2025-12-23'), '<div class="card-date">Updated: 23.12.2025, 17:42</div>'));
    expect(a.modifiedAt).toBe('2025-12-23');
  });
});

describe('a clock after an update word takes the date of the line it ends', () => {
  it('reads "mis à jour à 17h41" on the date of "Publié le 23 décembre 2025 à 15h09"', () => {
    const line = '<p class="date">Publié le 23 décembre 2025 à 15h09, mis à jour à 17h41</p>';
    const bare = parseArticle(page('', line));
    expect(bare.publishedAt).toBe('2025-12-23T15:09:00');
    expect(bare.modifiedAt).toBe('2025-12-23T17:41:00');
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-12-23T14:09:12Z","dateModified":"2025-12-23T16:41:27Z"}</script>';
    const machine = parseArticle(page(ld, line));
    expect(machine.publishedAt).toBe('2025-12-23T15:09:12+01:00');
    expect(machine.modifiedAt).toBe('2025-12-23T17:41:27+01:00');
  });
  it('keeps the line\'s zone, or the clock\'s own, and reads no clock earlier than the line\'s time', () => {
    expect(parseArticle(page('', '<p class="date">Published Dec 23, 2025 3:09 PM ET, updated 5:41 PM</p>')).modifiedAt).toBe('2025-12-23T17:41:00-05:00');
    expect(parseArticle(page('', '<p class="date">Published Dec 23, 2025 3:09 PM, updated 5:41 PM CST</p>')).modifiedAt).toBe('2025-12-23T17:41:00-06:00');
    expect(parseArticle(page('', '<p class="date">Published Dec 23, 2025 11:30 PM, updated 12:10 AM</p>')).modifiedAt).toBeNull();
  });
});

describe('a clock without a date takes the date written alone on the line above it', () => {
  const ld = (published: string, modified?: string) =>
    `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm floods the old harbour","datePublished":"${published}"${modified ? `,"dateModified":"${modified}"` : ''}}</script>`;
  /** Schibsted's timestamps block: the date alone, then "Publicerad 15.32 | Uppdaterad 18.10", the machine times in UTC. */
  const block = (cls = '') =>
    `<div${cls} data-test-id="timestamps"><div>4 januari 2024</div><div><span>Publicerad <time datetime="2024-01-04T14:32:11Z">15.32</time></span><span aria-hidden="true"> | </span><span>Uppdaterad <time datetime="2024-01-04T17:10:40Z">18.10</time></span></div></div>`;
  const machine = ld('2024-01-04T14:32:11Z', '2024-01-04T17:10:40Z');

  it('writes UTC machine times in the offset the page shows them at, the publication as the update', () => {
    const a = parseArticle(page(machine, block()));
    expect(a.publishedAt).toBe('2024-01-04T15:32:11+01:00');
    expect(a.modifiedAt).toBe('2024-01-04T18:10:40+01:00');
    // Norwegian, the date a weekday's and the lines spans of one row; classed or not.
    const norsk = parseArticle(page(ld('2024-01-04T14:32:11Z'), '<div class="article-dates"><span>torsdag 4. januar 2024</span> <span>Publisert 15.32</span></div>'));
    expect(norsk.publishedAt).toBe('2024-01-04T15:32:11+01:00');
    expect(parseArticle(page(machine, block(' class="hyperion-css-dates"'))).publishedAt).toBe('2024-01-04T15:32:11+01:00');
  });
  it('gives the clock that date when no machine time does, in English too', () => {
    const a = parseArticle(page('', '<div><div>4 januari 2024</div><div><span>Publicerad 15.32</span> | <span>Uppdaterad 18.10</span></div></div>'));
    expect(a.publishedAt).toBe('2024-01-04T15:32:00');
    expect(a.modifiedAt).toBe('2024-01-04T18:10:00');
    const en = parseArticle(page('', '<div class="meta"><div>Thursday, January 4, 2024</div><div>Published 3:32 PM | Updated 6:10 PM</div></div>'));
    expect(en.publishedAt).toBe('2024-01-04T15:32:00');
    expect(en.modifiedAt).toBe('2024-01-04T18:10:00');
    const zoned = parseArticle(page(ld('2024-01-04T20:32:00Z'), '<div class="meta"><div>Thursday, January 4, 2024</div><div>Published 3:32 PM</div></div>'));
    expect(zoned.publishedAt).toBe('2024-01-04T15:32:00-05:00');
  });
  it('takes no date from a line that is not a date alone, nor for a clock with none near it', () => {
    const utc = '2024-01-04T14:32:11Z';
    expect(parseArticle(page(ld(utc), '<p class="date">Publicerad 15.32</p>')).publishedAt).toBe(utc);
    expect(parseArticle(page(ld(utc), '<div><div>Uppdaterad 5 januari 2024</div><div>Publicerad 15.32</div></div>')).publishedAt).toBe(utc);
    expect(parseArticle(page(ld(utc), '<div><p>Snow closed the road on 4 January 2024 again.</p><p class="date">Publicerad 15.32</p></div>')).publishedAt).toBe(utc);
    expect(parseArticle(page(ld(utc), '<div><div>4 januari 2024 kl 09.00</div><div>Publicerad 15.32</div></div>')).publishedAt).toBe(utc);
  });
  it("gives no date to a live blog's entry clocks or another story's teaser, which keep the story's offset", () => {
    const entry = (t: string, x: string) => `<div class="post"><span class="time">Publicerad ${t}</span><p>${x}</p></div>`;
    const live = `<section class="live"><h2>3 januari 2024</h2>${entry('09.05', 'Vägen är stängd.')}${entry('08.40', 'Polisen på plats.')}</section>`;
    const days = `<section class="live"><div class="day">3 januari 2024</div>${entry('09.05', 'Vägen är stängd.')}</section>`;
    const own = '<div><div>4 januari 2024</div><div><span>Publicerad 15.32</span></div></div>';
    const withAfter = (html: string, after: string) => html.replace('</article>', `${after}</article>`);
    expect(parseArticle(withAfter(page(machine, own), live)).publishedAt).toBe('2024-01-04T15:32:11+01:00');
    expect(parseArticle(withAfter(page(machine, own), days)).publishedAt).toBe('2024-01-04T15:32:11+01:00');
    // An entry of a clock and a line of text, under its day's heading.
    const short = '<section class="live"><h2>3 januari 2024</h2><div class="post"><span class="time">Publicerad 09.05</span> Vägen är stängd.</div></section>';
    expect(parseArticle(withAfter(page(machine, own), short)).publishedAt).toBe('2024-01-04T15:32:11+01:00');
    const teaser = '<a class="x1" href="/nyheter/a/Ab12/annan-story"><span>LÄS ÄVEN</span><h3>Här är vägarna du bör undvika</h3><span>3 januari 2024</span><span>Publicerad 09.15</span></a>';
    expect(parseArticle(page(machine, `${own}<p>${'Köerna står still på fyra mil och bränslet börjar ta slut för många bilister. '.repeat(2)}</p>${teaser}`)).publishedAt).toBe('2024-01-04T15:32:11+01:00');
    const card = '<div class="x2"><h3><a href="/nyheter/a/Cd34/tag-stod-still">Tåg stod still i fem timmar</a></h3><span>3 januari 2024</span> <span>Publicerad 07.15</span></div>';
    expect(parseArticle(page(machine, `${own}${card}`)).publishedAt).toBe('2024-01-04T15:32:11+01:00');
    // Alone on the page, the entries and the teaser give the machine time no offset.
    expect(parseArticle(withAfter(page(ld('2024-01-03T08:05:00Z'), ''), live)).publishedAt).toBe('2024-01-03T08:05:00Z');
    expect(parseArticle(page(ld('2024-01-03T08:15:00Z'), teaser)).publishedAt).toBe('2024-01-03T08:15:00Z');
  });
});

describe('dates of readers\' comments, whatever the comments are named', () => {
  /** A uCoz-like comment: a row of its number, the commenter's nofollow link and its date, then the message. */
  const comment = (n: number, time: string, user: string, message: string): string =>
    `<div class="comEnt report-spam-target"><table class="cBlock${(n % 2) + 1}"><tr><td><div class="cTop"><span class="cDate">04.01.2024 ${time}</span> <b>${n}</b> <a href="javascript:;" rel="nofollow"><b>${user}</b></a></div><div class="cMessage">${message}</div></td></tr></table></div>`;
  const story = (after: string): string => page('', '<div class="eDetails">Дата: <span class="e-date">04.01.2024 10:42</span></div>').replace('</article>', `</article>${after}`);

  it('reads no update from a run of comments named nothing known (uCoz\'s comEnt, cTop, cDate)', () => {
    const comments = `<div id="allEntries">${comment(1, '12:15', 'lena_zar', 'Наконец-то! Сын три года ездил на тренировки.')}${comment(2, '14:03', 'Михалыч', '200 рублей за час катания это дорого.')}</div>`;
    const a = parseArticle(story(comments), { url: 'http://town.example/news/1' });
    expect(a.publishedAt).toBe('2024-01-04T10:42:00');
    // Without the rule the first comment's 12:15 became the update (the later second date line).
    expect(a.modifiedAt).toBeNull();
  });

  it('reads the same of 10,000 comments, each item judged once', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => comment(i + 1, '12:15', `user${i}`, 'Спасибо за новость, очень ждали.')).join('');
    const a = parseArticle(story(`<div id="allEntries">${many}</div>`), { url: 'http://town.example/news/1' });
    expect(a.publishedAt).toBe('2024-01-04T10:42:00');
    expect(a.modifiedAt).toBeNull();
  });

  it('keeps a live blog\'s later entry as its update: no commenter link sits beside its times', () => {
    // Each entry: a time and its writer's author-page link in one row, and a message holding a
    // nofollow link to a source; like siblings all, but no comment run.
    const entry = (time: string): string =>
      `<div class="live-entry"><div class="entry-head"><span class="entry-time">December 23, 2025 ${time}</span> <a href="/author/jane-doe">Jane Doe</a></div><p>Crews report the harbour wall holding, says <a href="https://coastguard.example/notice" rel="nofollow">the coastguard</a>, as the tide turns.</p>${prose(2)}</div>`;
    const html = page('', `<p class="dateline">December 23, 2025 09:00</p><div class="live-body">${entry('16:40')}${entry('12:15')}</div>`);
    const a = parseArticle(html, { url: 'https://news.example/live/1' });
    expect(a.publishedAt).toBe('2025-12-23T09:00:00');
    expect(a.modifiedAt).toBe('2025-12-23T16:40:00');
  });

  it("keeps a post's date when the previous post follows it in its shape, its writer's nofollow link to an author page", () => {
    const post = (date: string, who: string, text: string): string =>
      `<div class="post"><div class="post-meta"><span class="pdate">${date}</span> <a href="/author/${who}" rel="nofollow">${who}</a></div><div class="post-content"><p>${text}</p></div></div>`;
    const html = `<html><head><title>Harbour plan approved</title></head><body><div class="page-title"><h1>Harbour plan approved</h1></div>${post('04.03.2025 09:00', 'jane', 'The council approved the harbour plan on Tuesday after a long debate. '.repeat(4))}${post('01.03.2025 10:00', 'al', 'Previous post: the harbour plan goes to a vote next week, officials said.')}</body></html>`;
    expect(parseArticle(html, { url: 'https://blog.example/harbour-plan' }).publishedAt).toBe('2025-03-04T09:00:00');
  });
});

describe('dates of lists of other posts, whatever the list is named', () => {
  const related =
    '<section class="relation-news"><h2>관련기사</h2><ul>' +
    '<li><a href="/news/articleView.html?idxno=47702">Harbour funds secured</a> <em class="date">2025-06-11 10:21</em></li>' +
    '<li><a href="/news/articleView.html?idxno=46830">Traders call for repairs</a> <em class="date">2025-02-04 16:47</em></li></ul></section>';
  it('leaves out the dates beside teaser links (관련기사), even when the links differ only in their query', () => {
    const html = page('', '<p>입력 2025-12-23 15:09</p>').replace('</article>', `</article>${related}`);
    const a = parseArticle(html, { url: 'http://www.today.example/news/articleView.html?idxno=48213' });
    expect(a.publishedAt).toBe('2025-12-23T15:09:00');
    expect(a.modifiedAt).toBeNull();
  });
  it('leaves out readers\' replies (webmentions): their <time>s give a date-only page no clock', () => {
    const replies =
      '<section class="webmentions"><h2>Responses</h2><ul>' +
      '<li class="h-entry"><a class="u-author h-card" href="https://social.example/@a">Hollis Penrose</a> <time class="dt-published" datetime="2025-12-16T18:22:00+00:00">16 Dec</time></li>' +
      '<li class="h-entry"><a class="u-author h-card" href="https://blog.example/ines">Inès Garrow</a> <time class="dt-published" datetime="2025-12-17T09:05:00+00:00">17 Dec</time></li></ul></section>';
    const html = page('<meta name="dcterms.date" content="2025-12-16">').replace('</article>', `</article>${replies}`);
    expect(parseArticle(html, { url: 'https://slackwater.example/essays/tides/' }).publishedAt).toBe('2025-12-16');
  });
  it('keeps the story\'s own date in a meta row beside an author link', () => {
    const row = '<ul class="post-meta"><li><a href="/author/jane-doe">Jane Doe</a></li><li><span class="date">December 23, 2025</span></li></ul>';
    expect(parseArticle(page('', row), { url: 'https://news.example/a/1' }).publishedAt).toBe('2025-12-23');
    // Two plain spans, one beside a source link, are no list of stories.
    const gmw = '<div><span id="pubTime">2017-03-10 09:58</span> <span><a href="http://tech.example/1.html">Source</a></span></div><div><span id="pubtime_baidu">2017-03-10 09:58:03</span><span><a href="http://tech.example/1.html">Source</a></span></div>';
    expect(parseArticle(page('', gmw), { url: 'https://news.example/a/1' }).publishedAt).toBe('2017-03-10T09:58:00');
  });
});

describe("a breadcrumb row named as a date row is the story's date line", () => {
  const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm closes ports","datePublished":"2024-01-04T18:32:41.312Z","dateModified":"2024-01-04T21:10:05.456Z"}</script>';
  const row = (cls: string) =>
    `<div class="${cls}"><span class="publishedDate">04/01/2024 15:32</span> <span><a href="/">Clarín.com</a></span> <span><a href="/politica/">Política</a></span> <span class="modificatedDate">Actualizado al 04/01/2024 18:10</span></div>`;
  const read = (header: string, after = '') =>
    parseArticle(`<html lang="es-AR"><head>${ld}</head><body><article><header><h1>Storm closes ports</h1>${header}</header>${prose(4)}${after}</article></body></html>`, { url: 'https://diario.example/politica/storm_0_Xk2.html' });

  it('writes the UTC machine dates in the offset its zone-less local times give (Clarín\'s div.breadcrumb-date)', () => {
    for (const cls of ['breadcrumb-date', 'breadcrumbs__time', 'date-breadcrumb', 'breadcrumbDate header-row']) {
      const a = read(row(cls));
      expect(a.publishedAt, cls).toBe('2024-01-04T15:32:41-03:00');
      expect(a.modifiedAt, cls).toBe('2024-01-04T18:10:05-03:00');
      expect(a.tags, cls).toEqual([]);
    }
  });
  it('keeps a breadcrumb trail, a card\'s breadcrumb date and a related box foreign', () => {
    // A trail of links with a date in it, named only as a breadcrumb (or as a date picker).
    for (const cls of ['breadcrumb', 'breadcrumbs', 'breadcrumb-trail', 'breadcrumb-datepicker', 'breadcrumb date']) {
      const a = read(row(cls));
      expect(a.publishedAt, cls).toBe('2024-01-04T18:32:41Z');
      expect(a.modifiedAt, cls).toBe('2024-01-04T21:10:05Z');
    }
    // A "date" item of a card's breadcrumb list (Snopes's teasers): the list stays foreign.
    const card = '<ul class="breadcrumb"><li class="date breadcrumb-item">04/01/2024 15:32</li><li class="breadcrumb-item"><a href="/fact-check/">Fact Check</a></li></ul>';
    expect(read(card).publishedAt).toBe('2024-01-04T18:32:41Z');
    // Another story's breadcrumb-date row inside a related box.
    const related = `<div class="related-news"><h3><a href="/sociedad/other_0_Pq1.html">Other story</a></h3>${row('breadcrumb-date')}</div>`;
    expect(read('', related).publishedAt).toBe('2024-01-04T18:32:41Z');
  });
});

describe("the dates in a post's own sidebar column", () => {
  const prose = '<p>Validating a flat schema has always been fast, but nested models were another matter, and the profile showed where the time went.</p>'.repeat(4);
  const profile = (name: string, alt = name) => `<div class="md-profile"><span class="md-author"><img src="/av.png" alt="${alt}"></span><span class="md-profile__description"><strong><a href="https://github.example/${name.split(' ')[0]}">${name}</a></strong><br>Maintainer</span></div>`;
  const meta = '<ul class="md-post__meta md-nav__list"><li><nav class="md-nav"><ul class="md-nav__list"><li><div class="md-nav__link"><time datetime="2025-12-16 09:30:00">December 16, 2025</time></div></li></ul></nav></li></ul>';
  const column = (authors: string, after = meta) => `<div class="md-sidebar md-sidebar--post"><nav class="md-nav md-nav--primary"><a href="/blog/">Back to index</a><div class="md-post__authors">${authors}</div>${after}</nav></div>`;
  const page = (beside: string) =>
    parseArticle(`<html><head><title>Profiling nested validation</title></head><body><main class="md-main"><div class="md-content">${beside}<article class="md-content__inner"><h1>Profiling nested validation</h1>${prose}</article></div></main></body></html>`, {
      url: 'https://docs.example/blog/2025/12/16/profiling/',
    });
  it('reads the <time> of the column beside the story\'s <article> that holds its author profiles', () => {
    const a = page(column(profile('Mirela Ionescu')));
    expect(a.publishedAt).toBe('2025-12-16T09:30:00');
    expect(a.sources.publishedAt).toBe('time-element');
  });
  it('not a <nav>\'s <time> beside the story without the post\'s profiles, nor a list of other posts in the column', () => {
    // Without the profiles (an avatar that is no name the column prints) the <nav> is navigation: the URL dates the page.
    expect(page(column(profile('Mirela Ionescu', 'Lanternfish logo'))).publishedAt).toBe('2025-12-16');
    const others = '<ul class="md-nav__list"><li><a href="/blog/2025/11/02/release/">Release 3.4</a> <time datetime="2025-11-02 10:00:00">Nov 2, 2025</time></li><li><a href="/blog/2025/10/05/migrations/">Migrations</a> <time datetime="2025-10-05 10:00:00">Oct 5, 2025</time></li><li><a href="/blog/2025/09/01/intro/">Intro</a> <time datetime="2025-09-01 10:00:00">Sep 1, 2025</time></li></ul>';
    expect(page(column(profile('Mirela Ionescu'), others)).publishedAt).toBe('2025-12-16');
  });
});

describe('a date line in a script\'s own digits', () => {
  it('reads a line above the headline written in Devanagari or Khmer digits as one in ASCII digits', () => {
    const page = (header: string) => parseArticle(`<html><head><title>Storm floods the old harbour</title></head><body><main><div><p>${header}</p></div><h1>Storm floods the old harbour</h1>${prose(4)}</main></body></html>`);
    expect(page('अंक ४७ · २३.१२.२०२५').publishedAt).toBe('2025-12-23');
    expect(page('លេខ ៤៧ · ២៣.១២.២០២៥').publishedAt).toBe('2025-12-23');
    // Native digits that are no date: an issue number alone.
    expect(page('अंक ४७').publishedAt).toBeNull();
  });
});

describe('today\'s date in the site\'s bar above the headline is a clock', () => {
  it('reads the story\'s line, not the top bar\'s or the header table\'s date', () => {
    const kazakh = `<html><body><div class="header-top"><div class="header-top__date">Сейсенбі, 23 желтоқсан 2025</div></div><div class="news-detail"><h1>Астанада 12 жаңа мектеп ашылады</h1><span class="news-date-time">23 желтоқсан 2025, 15:09</span>${prose(4)}</div></body></html>`;
    const a = parseArticle(kazakh);
    expect(a.publishedAt).toBe('2025-12-23T15:09:00');
    expect(a.modifiedAt).toBeNull();
    const table = `<html><body><table id="header"><tr><td class="head_date">2025年12月23日（火）</td></tr></table><table><tr><td class="news_date">2025年12月23日 15時09分</td></tr><tr><td><h2>梅の新品種を発表</h2>${prose(4)}</td></tr></table></body></html>`;
    const b = parseArticle(`${table}`.replace('<html>', '<html><head><title>梅の新品種を発表</title></head>'));
    expect(b.publishedAt).toBe('2025-12-23T15:09:00');
    expect(b.modifiedAt).toBeNull();
  });
  it('keeps a date line above the headline inside the story\'s own header', () => {
    const html = `<html><body><article><header class="entry-header"><span class="posted-on">December 23, 2025</span><h1>Council approves waterfront plan</h1></header>${prose(4)}</article></body></html>`;
    expect(parseArticle(html).publishedAt).toBe('2025-12-23');
  });
});

describe('"data", date in Portuguese, Polish, Italian and Basque, names a date line as a whole part of a class', () => {
  it('reads <span class=data> and art_data, not metadata or database', () => {
    expect(parseArticle(page('', '<span class="data">sexta-feira, 22 de outubro de 2010 às 20:13</span>')).publishedAt).toBe('2010-10-22T20:13:00');
    expect(parseArticle(page('', '<div class="art_info"><span class="art_data">Dodano: 23.12.2025, 15:09</span></div>')).publishedAt).toBe('2025-12-23T15:09:00');
    for (const name of ['data', 'art_data', 'node__data', 'post-data-publicacao']) expect(DATE_CLASS_RE.test(name), name).toBe(true);
    for (const name of ['metadata', 'database-note', 'dataset', 'bigdata']) expect(DATE_CLASS_RE.test(name), name).toBe(false);
  });
});

describe("a date in a label/value row of facts (an infobox) is the story's fact, not the page's date", () => {
  const infobox = (label: string) => `<table class="infobox vevent"><tbody><tr><th class="infobox-label">${label}</th><td class="infobox-data"><span class="dtstart">14 December 2025</span></td></tr></tbody></table>`;
  const dateLine = '<p class="date"><strong class="published">Tuesday, 16 December 2025</strong></p>';

  it("reads the story's own date line, not an infobox's 'Opened' row (whose 'infobox-data' class reads as a date word)", () => {
    // (The infobox first, as a wiki floats it at the top of the text.)
    const a = parseArticle(page('<title>Tram extension opens</title>', `${infobox('Opened')}${dateLine}`, 'Tram extension opens'));
    expect(a.publishedAt).toBe('2025-12-16');
    expect(a.modifiedAt).toBeNull();
  });
  it('still reads a row labelled as the page\'s date ("Published", "Date")', () => {
    expect(parseArticle(page('<title>Tram extension opens</title>', infobox('Published'), 'Tram extension opens')).publishedAt).toBe('2025-12-14');
    expect(parseArticle(page('<title>Tram extension opens</title>', infobox('Date'), 'Tram extension opens')).publishedAt).toBe('2025-12-14');
  });
});

describe('section: a value that lists the categories', () => {
  const ld = (section: string) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'x', articleSection: section })}</script>`;
  it('takes the first when one part repeats or begins another (Yoast, a doubled og section)', () => {
    expect(parseArticle(page(ld('Calendario Stock Car, Slideshow Página Inicial, Stock Car, stock car brasil'))).section).toBe('Calendario Stock Car');
    expect(parseArticle(page('<meta property="article:section" content="Smart News, Smart News Science, Smart News Science">')).section).toBe('Smart News');
    expect(parseArticle(page(ld('ソフトウェア一般, ソフトウェア'))).section).toBe('ソフトウェア一般');
  });
  it('keeps a name whose parts share nothing, with one comma or several (review)', () => {
    expect(parseArticle(page('<meta property="article:section" content="Arts, Culture">')).section).toBe('Arts, Culture');
    expect(parseArticle(page('<meta property="article:section" content="Arts, Culture, Entertainment and Media">')).section).toBe('Arts, Culture, Entertainment and Media');
    expect(parseArticle(page(ld('Richmond, Va., Local News'))).section).toBe('Richmond, Va., Local News');
    expect(parseArticle(page('<meta property="article:section" content="Money, Moneyball, Sports">')).section).toBe('Money, Moneyball, Sports');
    expect(parseArticle(page(ld('Politics'))).section).toBe('Politics');
  });
  it('takes the first of categories joined by a bare comma (WordPress\'s Jannah theme), its dates kept', () => {
    expect(parseArticle(page(ld('Business,Top News'))).section).toBe('Business');
    expect(parseArticle(page('<meta property="article:section" content="Sport,Football,Premier League">')).section).toBe('Sport');
    expect(parseArticle(page(ld('Économie,À la une'))).section).toBe('Économie');
    // Yoast's graph lists the categories in UTC dates; the theme's own node, with its articleBody, joins them and keeps the site's +03:00.
    const yoast = `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'Article', headline: 'Port adds berths', datePublished: '2024-01-04T07:42:17+00:00', articleSection: ['Business', 'Top News'] }] })}</script>`;
    const jannah = `<script type="application/ld+json">${JSON.stringify({ '@type': 'Article', headline: 'Port adds berths', datePublished: '2024-01-04T10:42:17+03:00', articleSection: 'Business,Top News', articleBody: 'The port will build two berths ...' })}</script>`;
    const a = parseArticle(page(yoast + jannah, '', 'Port adds berths'));
    expect(a.section).toBe('Business');
    expect(a.publishedAt).toBe('2024-01-04T10:42:17+03:00');
  });
  it('passes over a flag or a content type that leads a list, in a joined value or a JSON-LD array (review)', () => {
    expect(parseArticle(page(ld('Featured,Politics'))).section).toBe('Politics');
    expect(parseArticle(page(ld('Uncategorized,Business'))).section).toBe('Business');
    expect(parseArticle(page(ld('post,News'))).section).toBe('News');
    const array = (value: unknown) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'x', articleSection: value })}</script>`;
    expect(parseArticle(page(array(['post', 'Technology']))).section).toBe('Technology');
    expect(parseArticle(page(array(['Business', 'Top News']))).section).toBe('Business');
    // Alone, a flag names no section; a name that only begins with one stays.
    expect(parseArticle(page(ld('Uncategorized'))).section).toBeNull();
    expect(parseArticle(page(ld('Featured Stories of 2019'))).section).toBe('Featured Stories of 2019');
    // One article:section per category, a flag first; WordPress's default category in other languages.
    expect(parseArticle(page('<meta property="article:section" content="Featured"><meta property="article:section" content="Politics">')).section).toBe('Politics');
    for (const none of ['未分類', '미분류', 'Bez kategorii', 'Chưa phân loại']) expect(parseArticle(page(ld(`${none},Travel`))).section, none).toBe('Travel');
  });
  it('keeps a name whose commas are followed by a space or set in a figure', () => {
    expect(parseArticle(page(ld('Health, Fitness & Wellness'))).section).toBe('Health, Fitness & Wellness');
    expect(parseArticle(page(ld('1,000 Words'))).section).toBe('1,000 Words');
  });
});

describe('publishedAt: Swiftype\'s published_at meta', () => {
  it('reads it, and lends its offset to a zone-less JSON-LD time of the same wall clock (Engadget)', () => {
    const swiftype = '<meta class="swiftype" name="published_at" data-type="date" content="2017-11-03T03:01:00-04:00">';
    expect(parseArticle(page(swiftype)).publishedAt).toBe('2017-11-03T03:01:00-04:00');
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'x', datePublished: '2017-11-03 03:01:00.000000' })}</script>`;
    expect(parseArticle(page(ld + swiftype)).publishedAt).toBe('2017-11-03T03:01:00-04:00');
    // Near miss: the OpenGraph time comes first.
    expect(parseArticle(page('<meta property="article:published_time" content="2017-11-02T10:00:00Z">' + swiftype)).publishedAt).toBe('2017-11-02T10:00:00Z');
  });
});

describe('section: a value that names no section gives way', () => {
  const ld = (section: string) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'x', articleSection: section })}</script>`;
  it('passes over a path (an old Washington Post template), to the next source or none', () => {
    expect(parseArticle(page('<meta name="section" content="/world/middle_east">')).section).toBeNull();
    expect(parseArticle(page('<meta name="section" content="/world/middle_east">' + ld('World'))).section).toBe('World');
    // Near misses: a name with a slash inside is a name.
    expect(parseArticle(page('<meta name="section" content="Music/Film">')).section).toBe('Music/Film');
    expect(parseArticle(page('<meta property="article:section" content="News / Politics">')).section).toBe('News / Politics');
  });
  it("reads the BBC's og:article:section, after article:section", () => {
    expect(parseArticle(page('<meta property="og:article:section" content="US &amp; Canada">')).section).toBe('US & Canada');
    expect(parseArticle(page('<meta property="og:article:section" content="Homepage"><meta name="section" content="World">')).section).toBe('World');
    expect(parseArticle(page('<meta property="og:article:section" content="Europe"><meta property="article:section" content="World">')).section).toBe('World');
  });
  it("passes over a template's placeholder for an empty field (a serialised Ruby nil)", () => {
    expect(parseArticle(page(ld('nil'))).section).toBeNull();
    expect(parseArticle(page('<meta property="article:section" content="null">' + ld('Travel'))).section).toBe('Travel');
    // Near miss: a word that holds one.
    expect(parseArticle(page(ld('Nihilism'))).section).toBe('Nihilism');
  });
  it('passes over a placement flag (Parse.ly\'s "front-page", a "Front Page" section)', () => {
    expect(parseArticle(page('<meta name="parsely-section" content="front-page">')).section).toBeNull();
    expect(parseArticle(page('<meta property="article:section" content="Front Page">' + ld('Science & Health'))).section).toBe('Science & Health');
    expect(parseArticle(page('<meta property="article:section" content="Homepage">')).section).toBeNull();
    // Near misses: a desk whose name holds the words.
    expect(parseArticle(page('<meta property="article:section" content="Front Page News">')).section).toBe('Front Page News');
    expect(parseArticle(page('<meta property="article:section" content="Home Office">')).section).toBe('Home Office');
  });
  it("passes over a template's lower-case word for the kind of page (Hugo's content folder, a post type)", () => {
    expect(parseArticle(page('<meta property="article:section" content="post">')).section).toBeNull();
    expect(parseArticle(page('<meta property="article:section" content="posts">' + ld('Travel'))).section).toBe('Travel');
    expect(parseArticle(page('<meta property="article:section" content="blog">')).section).toBeNull();
    expect(parseArticle(page(ld('articles'))).section).toBeNull();
    expect(parseArticle(page(ld('story'))).section).toBeNull();
    // Near misses: a desk the site prints, capitalised; "news" in any case; a word that holds one.
    expect(parseArticle(page('<meta property="article:section" content="Blog">')).section).toBe('Blog');
    expect(parseArticle(page(ld('Posts'))).section).toBe('Posts');
    expect(parseArticle(page(ld('news'))).section).toBe('news');
    expect(parseArticle(page('<meta property="article:section" content="News">')).section).toBe('News');
    expect(parseArticle(page(ld('blogs and columns'))).section).toBe('blogs and columns');
    expect(parseArticle(page(ld('postcards'))).section).toBe('postcards');
  });
});

describe('section and site name: a template\'s quote marks around the whole value', () => {
  it('unwraps one matching pair around a whole section or site name', () => {
    // Tistory writes article:section with single quotes around the category.
    const tistory = parseArticle(page('<meta property="article:section" content="\'요리\'">'));
    expect(tistory.section).toBe('요리');
    const guillemets = parseArticle(page('<meta property="article:section" content="«Новости города»"><meta property="og:site_name" content="«Заречный онлайн»">'));
    expect(guillemets.section).toBe('Новости города');
    expect(guillemets.siteName).toBe('Заречный онлайн');
    const corner = parseArticle(page('<meta property="article:section" content="「料理」">'));
    expect(corner.section).toBe('料理');
  });
  it('keeps marks that quote only a part, or that do not match', () => {
    // Two quotations in one value: the marks are the name's, not a wrapper.
    const parts = parseArticle(page('<meta property="article:section" content="\'Neutral\' and \'Fair\'">'));
    expect(parts.section).toBe("'Neutral' and 'Fair'");
    const unmatched = parseArticle(page('<meta property="og:site_name" content="“Harbour Times\'">'));
    expect(unmatched.siteName).toBe('“Harbour Times\'');
    const plain = parseArticle(page('<meta property="article:section" content="Rock \'n\' Roll">'));
    expect(plain.section).toBe("Rock 'n' Roll");
  });
});

describe('publishedAt: a date line whose title holds its clock time', () => {
  const dated = (line: string) => parseArticle(`<!doctype html><html><head><title>Storm floods the old harbour</title></head><body><article><h1>Storm floods the old harbour</h1><div class="details">${line}</div>${prose(4)}</article></body></html>`).publishedAt;
  it('gives the title\'s clock on the date the line prints alone', () => {
    // uCoz: "Дата: <span title="10:42">04.01.2024</span>", the time as a tooltip.
    expect(dated('<span class="e-date">Дата: <span class="ed-value" title="10:42">04.01.2024</span></span>')).toBe('2024-01-04T10:42:00');
    expect(dated('<span class="post-date" title="08:05">2024-03-12</span>')).toBe('2024-03-12T08:05:00');
  });
  it('does not add a title clock to text that is not a date alone', () => {
    // The line prints its own time: the title does not replace or repeat it.
    expect(dated('<span class="post-date" title="08:05">2024-03-12 17:30</span>')).toBe('2024-03-12T17:30:00');
    // A title that is no clock time alone is a tooltip, not the line's time.
    expect(dated('<span class="post-date" title="Posted at 08:05 by the desk">2024-03-12</span>')).toBe('2024-03-12');
  });
});

describe("a topic list's label is its text outside its links and form controls", () => {
  const list = (button: string, title = 'Follow the topics in this article') =>
    parseArticle(
      `<!doctype html><html><head></head><body><article><h1>Storm floods the old harbour</h1>${prose(4)}<div class="x-list"><h2>${title}</h2><ul>${['Monetary policy', 'Inflation', 'Frankfurt'].map((t) => `<li><a href="/topics/${t.toLowerCase().replace(' ', '-')}">${t}</a>${button}</li>`).join('')}</ul></div></article></body></html>`,
      { url: 'https://news.example/content/1' },
    ).tags;
  it("skips each topic's follow button (FT's 'Add to myFT')", () => {
    expect(list('<form action="/myft/add"><button type="submit">Add to myFT</button></form>')).toEqual(['Monetary policy', 'Inflation', 'Frankfurt']);
  });
  it('not text beside the links that is no label, nor a heading that names no topics', () => {
    expect(list('<span>Add to myFT, and get an email each time we publish on this</span>')).toEqual([]);
    expect(list('<button>Add to myFT</button>', 'Most read')).toEqual([]);
  });
});

describe("leadImage: the site's default share picture, a placeholder or its icon is no lead image", () => {
  const page = (head: string) =>
    parseArticle(`<html><head><title>Man stabbed downtown</title>${head}</head><body><article><h1>Man stabbed downtown</h1><p>Police said a man was stabbed near the station on Tuesday night and taken to hospital.</p></article></body></html>`, {
      url: 'https://example.com/news/stabbing',
    });
  it('skips a default og:image, a placeholder, a WordPress.com site icon', () => {
    for (const src of [
      'https://www.example.com/img/pages/article/opengraph_default.png',
      'https://example.com/assets/og-default.jpg',
      'https://example.com/assets/default-share-image.png',
      'https://example.com/static/placeholder.png',
      'https://secure.gravatar.com/blavatar/55bf7238e39ec9fd72a2f40d67d77e99?s=200',
      'https://example.com/apple-touch-icon.png',
      'https://example.com/favicon-32x32.png',
      'https://example.com/img/default.jpg',
      'https://example.com/img/share-default.png',
      'https://example.com/img/default_og.jpg',
    ]) {
      expect(page(`<meta property="og:image" content="${src}">`).leadImage).toBeNull();
    }
  });
  it("takes the next shared image past a default one", () => {
    const a = page('<meta property="og:image" content="https://example.com/og-default.jpg"><meta name="twitter:image" content="https://example.com/photos/station.jpg">');
    expect(a.leadImage?.src).toBe('https://example.com/photos/station.jpg');
  });
  it("skips a platform's share card, a file name of share and layout words only (Tumblr's, Yahoo! JAPAN's)", () => {
    for (const src of ['http://assets.tumblr.example/images/og/fb_landscape_share.png', 'http://i.yimg.example/images/jpnews/cre/common/all/images/fbico_ogp_600x600.png', 'https://example.com/img/social_share_1200x630.jpg']) {
      expect(page(`<meta property="og:image" content="${src}">`).leadImage, src).toBeNull();
    }
  });
  it("keeps a story's own share picture named for its subject, and a brand's logo (near misses)", () => {
    for (const src of ['https://cdn.example.com/2025/03/shareholders-meeting.jpg', 'https://cdn.example.com/2025/03/share-prices-fall_1200x630.jpg', 'https://cdn.example.com/2025/03/og-harbour-storm.jpg', 'https://cdn.example.com/2025/03/facebook-logo.jpg', 'https://cdn.example.com/2025/03/landscape_1200x630.jpg',
      // A page's own drawn card (static sites, Next.js's opengraph-image route).
      'https://cdn.example.com/posts/harbour-storm/og.jpg', 'https://news.example/world/harbour-storm/opengraph-image.png', 'https://cdn.example.com/posts/harbour-storm/og-image.png', 'https://cdn.example.com/posts/harbour-storm/twitter-card.png']) {
      expect(page(`<meta property="og:image" content="${src}">`).leadImage?.src, src).toBe(src);
    }
  });
  it("keeps a story's picture whose name holds such a word (near misses)", () => {
    for (const src of ['https://example.com/photos/credit-default-swaps.jpg', 'https://example.com/photos/defaulted-loans.png', 'https://default.example.com/photos/station.jpg', 'https://example.com/photos/icon-of-the-city.jpg',
      // A story's picture named for its subject, "default" or "favicon" one word of it.
      'https://cdn.example.com/2025/03/argentina-default.jpg', 'https://cdn.example.com/2025/03/student-loan-default.png',
      'https://cdn.example.com/2025/03/greece-default.jpg', 'https://cdn.example.com/2025/03/dark-mode-default.png',
      'https://cdn.example.com/2025/03/favicon-history.png']) {
      expect(page(`<meta property="og:image" content="${src}">`).leadImage?.src).toBe(src);
    }
  });
});

describe('a wrapper named as lacking or holding a chrome part is not that part', () => {
  // Weebly wraps every page's content in div#wsite-content.wsite-not-footer; FOREIGN_CONTAINER_RE
  // read "footer" in it, and a short post (under the wrapper guards' 3,000 characters, its text
  // in div.paragraph, never <p>) lost its headline and date as a footer's.
  const shortPost = (wrapperClass: string, extra = '') =>
    `<html lang="en"><head><title>Seed swap returns to the hall - Hollow Oak</title></head><body>
      <div id="content" class="${wrapperClass}"><div class="blog-post"><h2 class="blog-title">Seed swap returns to the hall</h2>
      <p class="blog-date"><span class="date-text">January 4, 2024</span></p>
      <div class="paragraph">Our winter seed swap is back on, and this year it will be in the hall on the 20th with soup for everyone.</div>
      <div class="paragraph">Bring labelled seeds if you have them; if not, come anyway, there is always plenty to go round.</div></div>${extra}</div></body></html>`;

  it.each(['wsite-elements wsite-not-footer', 'page no-footer', 'content-area nosidebar', 'main non-sidebar', 'layout without-sidebar', 'wrap has-sidebar', 'column with-comments', 'page noSidebar'])(
    'reads the date and headline of a short post in div.%s',
    (cls) => {
      const a = parseArticle(shortPost(cls), { url: 'https://garden.example/blog/seed-swap' });
      expect(a.publishedAt).toBe('2024-01-04');
      expect(a.headline).toBe('Seed swap returns to the hall');
    },
  );

  // A dated block after the story: read when plainly named (the control), foreign when
  // named as a footer, a sidebar or comments, whatever word stands before the chrome word.
  const blockAfterStory = (cls: string) =>
    parseArticle(
      `<html lang="en"><body><article><h1>Storm floods the old harbour</h1>${prose(4)}</article>
      <div class="${cls}"><p class="blog-date">January 2, 2024</p><div class="paragraph">Notes from the committee, printed on every page of the site.</div></div></body></html>`,
      { url: 'https://e.example/a' },
    ).publishedAt;

  it('reads the dated block after the story when it is plainly named (control)', () => {
    expect(blockAfterStory('notes')).toBe('2024-01-02');
    expect(blockAfterStory('wsite-not-footer')).toBe('2024-01-02');
  });

  it.each(['site-footer', 'footer-nav', 'post-footer', 'notes-footer', 'nota-footer', 'knot-footer', 'is-sidebar', 'hide-comments', 'footer not-sidebar', 'comments no-comments'])(
    'still reads a short block named %s as foreign (near misses)',
    (cls) => {
      expect(blockAfterStory(cls)).toBeNull();
    },
  );

  it("keeps the real sidebar's date foreign inside a has-sidebar wrapper", () => {
    const html = shortPost('wrap has-sidebar', '<div class="sidebar"><p class="date">Posted January 2, 2024</p></div>').replace(
      '<p class="blog-date"><span class="date-text">January 4, 2024</span></p>',
      '',
    );
    expect(parseArticle(html, { url: 'https://garden.example/blog/seed-swap' }).publishedAt).toBeNull();
  });
});
