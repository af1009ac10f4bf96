/** Author splitting and the author cascade (JSON-LD, metas, microdata, visible byline). */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src';
import { isPersonName, splitByline } from '../src/metadata/authors';
import { bylineLinks } from '../src/metadata/author-links';
import { parseHtml } from '../src/parse/parse-html';
import { compileQuery, queryAll } from '../src/parse/dom';

const article = (head: string, body: string) =>
  parseArticle(`<html><head><title>Storm closes ports</title>${head}</head><body>${body}</body></html>`, { url: 'https://news.example/a/1' });

describe('splitByline', () => {
  it('splits "A, B and C" into three names', () => {
    expect(splitByline('By Jane Doe, John Roe and Ann Poe')).toEqual(['Jane Doe', 'John Roe', 'Ann Poe']);
  });
  it('splits "A & B", Spanish "A y B" and German "A und B"', () => {
    expect(splitByline('Jane Doe & John Roe')).toEqual(['Jane Doe', 'John Roe']);
    expect(splitByline('Por Ana Pérez y Luis Gómez')).toEqual(['Ana Pérez', 'Luis Gómez']);
    expect(splitByline('Von Anna Müller und Jan Schmidt')).toEqual(['Anna Müller', 'Jan Schmidt']);
  });
  it('strips "Par", a role and an "| Reuters" tail', () => {
    expect(splitByline('Par Sophie Martin, Staff Writer')).toEqual(['Sophie Martin']);
    expect(splitByline('Jane Doe | Reuters')).toEqual(['Jane Doe']);
    expect(splitByline('By LORI VANDERWAL / Staff Writer')).toEqual(['LORI VANDERWAL']);
    expect(splitByline('by ライトハウス国際特許事務所 ／ 2016.12.01')).toEqual(['ライトハウス国際特許事務所']);
  });
  it("drops the writer's institutional unit after the name, keeps a co-author", () => {
    expect(splitByline('Story by Priya Raman, College of Engineering')).toEqual(['Priya Raman']);
    expect(splitByline('Jane Doe, Department of Physics and John Roe, Stanford University')).toEqual(['Jane Doe', 'John Roe']);
    expect(splitByline('Jane Doe, Collette Ofori')).toEqual(['Jane Doe', 'Collette Ofori']);
  });
  it('keeps a Korean given name romanised with a hyphen after "Min" ("Kim Min-su"), still drops a "min read" part', () => {
    expect(splitByline('Kim Min-su and Lee Min-ho')).toEqual(['Kim Min-su', 'Lee Min-ho']);
    expect(splitByline('By Park Min-young, Staff Reporter')).toEqual(['Park Min-young']);
    expect(splitByline('Jane Doe, min read')).toEqual(['Jane Doe']);
    expect(splitByline('min read')).toEqual([]);
    // Chinese "作者：" and the reporter's title after it; Korean "글:".
    expect(splitByline('作者：记者 王晓明')).toEqual(['王晓明']);
    expect(splitByline('글: 김민수')).toEqual(['김민수']);
    // "Min" spaced as a name, first or last (review); a reading time after its number still goes.
    expect(splitByline('Min Zhou and Li Min')).toEqual(['Min Zhou', 'Li Min']);
    expect(splitByline('By Min Jin Lee')).toEqual(['Min Jin Lee']);
    expect(splitByline('Jane Doe, 5 min')).toEqual(['Jane Doe']);
    expect(splitByline('Jane Doe, 7min')).toEqual(['Jane Doe']);
  });
  it('reads "The X and Y ministries" as one phrase, no names', () => {
    expect(splitByline('The Russian and Syrian defense ministries')).toEqual([]);
  });
  it('still splits an article-led name before a person, and keeps lower-case names and particles', () => {
    expect(splitByline('The Rock and Jane Doe')).toEqual(['The Rock', 'Jane Doe']);
    expect(splitByline('Abd al-Rahman al-Thani')).toEqual(['Abd al-Rahman al-Thani']);
    expect(splitByline('Jan de Vries and Ngũgĩ wa Thiong’o')).toEqual(['Jan de Vries', 'Ngũgĩ wa Thiong’o']);
  });
  it('reads co-authors from "(avec … et …)" and "(with …)"', () => {
    expect(splitByline('Martin Dupont (avec Julie Bernard et Paul Petit)')).toEqual(['Martin Dupont', 'Julie Bernard', 'Paul Petit']);
    expect(splitByline('Jane Doe (with John Roe)')).toEqual(['Jane Doe', 'John Roe']);
  });
  it('keeps a parenthesis inside a name and drops one at its end', () => {
    expect(splitByline('Bruno (Henrique) Rodrigues')).toEqual(['Bruno (Henrique) Rodrigues']);
    expect(splitByline('Jane Doe (Reuters)')).toEqual(['Jane Doe']);
  });
  it('keeps a compound surname joined by "i", "y" or "e" as one name', () => {
    expect(splitByline('Laia Font i Roca')).toEqual(['Laia Font i Roca']);
    expect(splitByline('Por José Ortega y Gasset')).toEqual(['José Ortega y Gasset']);
    expect(splitByline('Maria Pinto e Silva')).toEqual(['Maria Pinto e Silva']);
    expect(splitByline('Josep Pla i de Casadevall')).toEqual(['Josep Pla i de Casadevall']);
  });
  it('still splits "i", "y", "e" between two full names, or before an agency', () => {
    expect(splitByline('Ana Pérez y Juan García')).toEqual(['Ana Pérez', 'Juan García']);
    expect(splitByline('Laia Font i Roca i Joan Puig i Vidal')).toEqual(['Laia Font i Roca', 'Joan Puig i Vidal']);
    expect(splitByline('Anna Kowalska i Jan Nowak')).toEqual(['Anna Kowalska', 'Jan Nowak']);
    expect(splitByline('María López y EFE')).toEqual(['María López']);
    expect(splitByline('Ana Pérez y Redacción')).toEqual(['Ana Pérez']);
    // A desk or an agency in any case is hers, not a second surname nor a second writer.
    expect(splitByline('Por Laura Gómez y Agencias')).toEqual(['Laura Gómez']);
    expect(splitByline('Por María López y Efe')).toEqual(['María López']);
    expect(splitByline('Maria Pinto e Lusa')).toEqual(['Maria Pinto']);
    expect(splitByline('Laia Font and Roca')).toEqual(['Laia Font', 'Roca']);
  });
  it('does not split a name at an "&" that leaves one letter ("Mac & i")', () => {
    expect(splitByline('Mac & i')).toEqual(['Mac & i']);
  });
  it('takes one meta value as one name when asked ("Jong, Michiel de")', () => {
    expect(splitByline('Jong, Michiel de', true)).toEqual(['Jong, Michiel de']);
  });
  it('does not cut a handle with digits into a name ("CC7567")', () => {
    expect(splitByline('CC7567')).toEqual([]);
  });
  it('drops an e-mail address and a trailing date', () => {
    expect(splitByline('By Jane Doe jane@example.com December 23, 2025')).toEqual(['Jane Doe']);
  });
});

describe('author cascade', () => {
  it('keeps one JSON-LD Person with a compound surname as one author, and reads two in a visible byline', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Storm closes ports', author: [{ '@type': 'Person', name: 'Laia Font i Roca', url: 'https://news.example/autors/laia-font-i-roca/' }] };
    const one = article(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, '<h1>Storm closes ports</h1><p>Text.</p>');
    expect(one.authors).toEqual([{ name: 'Laia Font i Roca', url: 'https://news.example/autors/laia-font-i-roca/' }]);
    const meta = article('<meta name="author" content="José Ortega y Gasset">', '<h1>Storm closes ports</h1><p>Text.</p>');
    expect(meta.authors).toEqual([{ name: 'José Ortega y Gasset', url: null }]);
    const two = article('', '<article><h1>Storm closes ports</h1><p class="byline">Por Ana Pérez y Juan García</p><p>Text of the story, long enough to be read as the body of the page.</p></article>');
    expect(two.authors.map((a) => a.name)).toEqual(['Ana Pérez', 'Juan García']);
  });
  it('takes a JSON-LD Organization author by its name as written', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'Article', headline: 'Storm closes ports', author: { '@type': 'Organization', name: 'Contributors to Example projects' }, publisher: { '@type': 'Organization', name: 'Example Foundation' } };
    const a = article(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, '<h1>Storm closes ports</h1><p>Text.</p>');
    expect(a.authors).toEqual([{ name: 'Contributors to Example projects', url: null }]);
    expect(a.sources.authors).toBe('json-ld');
  });
  it('reads microdata authors of the article scope, even in an <aside> at its end', () => {
    const a = article('', '<article itemscope itemtype="http://schema.org/BlogPosting"><h1 itemprop="headline">Storm closes ports</h1><p>Text of the post.</p>' +
      '<aside><span itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/about" itemprop="url"><span itemprop="name">Nina Perrin</span></a> —</span></aside></article>');
    expect(a.authors).toEqual([{ name: 'Nina Perrin', url: 'https://news.example/about' }]);
    expect(a.sources.authors).toBe('microdata');
  });
  it('ignores the microdata author of a related card with its own scope', () => {
    const a = article('', '<article itemscope itemtype="http://schema.org/NewsArticle"><h1>Storm closes ports</h1><span itemprop="author">Jane Doe</span>' +
      '<div itemscope itemtype="http://schema.org/NewsArticle"><span itemprop="author">Card Writer</span></div></article>');
    expect(a.authors.map((x) => x.name)).toEqual(['Jane Doe']);
  });
  it('reads an author property nested in another once, as part of its value, and sibling ones each', () => {
    const scope = '<article itemscope itemtype="http://schema.org/NewsArticle"><h1>Storm closes ports</h1>';
    const nested = article('', `${scope}<p>By <span itemprop="author"><span itemprop="author"><a href="/authors/jane-doe">Jane Doe</a></span> and John Roe</span></p><p>Text.</p></article>`);
    expect(nested.authors).toEqual([{ name: 'Jane Doe', url: 'https://news.example/authors/jane-doe' }, { name: 'John Roe', url: null }]);
    expect(nested.sources.authors).toBe('microdata');
    const siblings = article('', `${scope}<p>By <span itemprop="author">Jane Doe</span> and <span itemprop="author">John Roe</span></p><p>Text.</p></article>`);
    expect(siblings.authors.map((x) => x.name)).toEqual(['Jane Doe', 'John Roe']);
  });
  it('reads a <br> in a byline as the space it shows: a name, then a date line', () => {
    const a = article('', '<h1>Storm closes ports</h1><p>by Doris Pruitt<br>December 21, 1999</p><p>Text of the story goes on here.</p>');
    expect(a.authors).toEqual([{ name: 'Doris Pruitt', url: null }]);
    const named = article('', '<h1>Storm closes ports</h1><p class="byline">By Doris Pruitt<br>March 2, 2024</p><p>Text of the story goes on here.</p>');
    expect(named.authors).toEqual([{ name: 'Doris Pruitt', url: null }]);
  });
  it('takes the byline after the headline over a byline in a menu above it', () => {
    const a = article('', '<ul class="top-stories"><li><a href="/b">Other story</a> <span class="byline">Menu Writer</span></li></ul>' +
      '<article><h1>Storm closes ports</h1><div class="byline">By <a href="/authors/jane-doe">Jane Doe</a></div><p>Text.</p></article>');
    expect(a.authors).toEqual([{ name: 'Jane Doe', url: 'https://news.example/authors/jane-doe' }]);
    expect(a.sources.authors).toBe('html');
  });
  it("takes the byline of the headline's <article> over a related <article> card after it", () => {
    const a = article('', '<article><div class="byline">By Jane Doe</div><h1>Storm closes ports</h1><p>Text.</p></article>' +
      '<section><article><h2><a href="/b">Other story</a></h2><span class="byline">By Mark Twain</span></article></section>');
    expect(a.authors).toEqual([{ name: 'Jane Doe', url: null }]);
    expect(a.sources.authors).toBe('html');
  });
  it("skips a byline in an <article> card nested between the headline and the story's byline", () => {
    const a = article('', '<article><h1>Storm closes ports</h1><div class="inline-links"><article><h2><a href="/b">Other story</a></h2>' +
      '<span class="byline">By Mark Twain</span></article></div><div class="byline">By Jane Doe</div><p>Text.</p></article>');
    expect(a.authors.map((x) => x.name)).toEqual(['Jane Doe']);
  });
  it("takes the byline that shares the headline's block over a teaser list after it", () => {
    const a = article('', '<div class="story-head"><span class="author">By Jane Doe</span><h1>Storm closes ports</h1></div><div class="body"><p>Text.</p></div>' +
      '<div class="list"><div class="item"><h3><a href="/b">Other story</a></h3><span class="author">By Mark Twain</span></div></div>');
    expect(a.authors.map((x) => x.name)).toEqual(['Jane Doe']);
  });
  it("keeps a byline in another <article> when the headline's story has none", () => {
    const a = article('', '<article><h1>Storm closes ports</h1><p>Text.</p></article><article><span class="byline">By Jane Doe</span><p>More text.</p></article>');
    expect(a.authors.map((x) => x.name)).toEqual(['Jane Doe']);
  });
  it('reads the innermost nested byline ("Tech Desk" label around the name)', () => {
    const a = article('', '<h1>Storm closes ports</h1><div class="author-info">Tech Desk <span class="author-name">Alex Perry</span></div><p>Text.</p>');
    expect(a.authors.map((x) => x.name)).toEqual(['Alex Perry']);
  });
  it('keeps an unlinked co-author beside an author-classed link ("Door <a>A</a> en B")', () => {
    const a = article('', '<h1>Storm closes ports</h1><div class="article__byline">Door <a class="article__author-link" href="/auteur/sanne-de-vries">Sanne de Vries</a> en Jeroen Bakker</div><p>Text.</p>');
    expect(a.authors).toEqual([
      { name: 'Sanne de Vries', url: 'https://news.example/auteur/sanne-de-vries' },
      { name: 'Jeroen Bakker', url: null },
    ]);
  });
  it('keeps the byline order when the unlinked co-author comes first ("By A, <a rel=author>B</a> and <a>C</a>")', () => {
    const a = article('', '<h1>Storm closes ports</h1><p class="byline">By Ann Lee, <a rel="author" href="/by/bo-ray">Bo Ray</a> and <a rel="author" href="/by/cy-fox">Cy Fox</a></p><p>Text.</p>');
    expect(a.authors.map((x) => x.name)).toEqual(['Ann Lee', 'Bo Ray', 'Cy Fox']);
  });
  it('takes no place for a co-author ("reporting from Los Angeles and San Francisco", "…, Hong Kong and Mark Lee, Beijing")', () => {
    const from = article('', '<h1>Storm closes ports</h1><div class="byline">By <a class="author" href="/author/jane-doe">Jane Doe</a> reporting from Los Angeles and San Francisco</div><p>Text.</p>');
    expect(from.authors.map((x) => x.name)).toEqual(['Jane Doe']);
    const dateline = article('', '<h1>Storm closes ports</h1><div class="byline">By <a class="author" href="/author/jane-doe">Jane Doe</a>, Hong Kong and Mark Lee, Beijing</div><p>Text.</p>');
    expect(dateline.authors.map((x) => x.name)).toEqual(['Jane Doe']);
  });
  it('never takes a mailto: or the site\'s home from a Person\'s sameAs', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm closes ports","author":{"@type":"Person","name":"Jane Doe","sameAs":["mailto:jane@news.example","https://news.example/","https://bsky.app/profile/jane"]}}</script>';
    expect(article(ld, '<h1>Storm closes ports</h1><p>Text.</p>').authors).toEqual([{ name: 'Jane Doe', url: null }]);
  });
  it('does not add what the outer byline glues across the linked name, or a place after it', () => {
    const glued = article('', '<h1>Storm closes ports</h1><div class="author_fmt">By <a rel="author" href="/brenda-goodman">Brenda Goodman, MA</a><br>Health News Desk</div><p>Text.</p>');
    expect(glued.authors.map((x) => x.name)).toEqual(['Brenda Goodman']);
    const place = article('', '<h1>Storm closes ports</h1><div class="byline">By <a rel="author" href="/by/jane-doe">Jane Doe</a>, New York</div><p>Text.</p>');
    expect(place.authors.map((x) => x.name)).toEqual(['Jane Doe']);
  });
  it("prefers the visible byline to a meta author that is the site's name", () => {
    const a = article(
      '<meta property="og:site_name" content="Il Giornale del Nord"><meta name="author" content="Il Giornale del Nord">',
      '<h1>Storm closes ports</h1><span class="writer">di <strong>Giulia Mancini</strong></span><p>Text.</p>',
    );
    expect(a.authors).toEqual([{ name: 'Giulia Mancini', url: null }]);
    expect(a.sources.authors).toBe('html');
  });
  it("prefers an Arabic or Hebrew byline of two words to a meta author that is the site's name", () => {
    const ar = article(
      '<meta property="og:site_name" content="الخبر اليوم"><meta name="author" content="الخبر اليوم">',
      '<h1>Storm closes ports</h1><span class="author">بقلم <a href="/author/mohamed-alamin">محمد الأمين</a></span><p>Text.</p>',
    );
    expect(ar.authors.map((x) => x.name)).toEqual(['محمد الأمين']);
    const he = article('<meta property="og:site_name" content="חדשות הבוקר"><meta name="author" content="חדשות הבוקר">', '<h1>Storm closes ports</h1><div class="byline">מאת יעל כהן</div><p>Text.</p>');
    expect(he.authors.map((x) => x.name)).toEqual(['יעל כהן']);
  });
  it("keeps a meta author that is the site's name when nothing else names anyone (a personal blog)", () => {
    const a = article('<meta property="og:site_name" content="Mara Lindqvist"><meta name="author" content="Mara Lindqvist">', '<h1>Storm closes ports</h1><p>Text.</p>');
    expect(a.authors).toEqual([{ name: 'Mara Lindqvist', url: null }]);
    expect(a.sources.authors).toBe('meta');
  });
  it("keeps the site's meta author over a byline that reads as no person's name", () => {
    const a = article(
      '<meta property="og:site_name" content="史蒂文的家"><meta name="author" content="史蒂文的家">',
      '<h1>Storm closes ports</h1><p>Text.</p><p class="author">史蒂文的家 發表在 <a href="https://blog.example/">痞客邦 PIXNET</a> 留言(42) 人氣(23925)</p>',
    );
    expect(a.authors.map((x) => x.name)).toEqual(['史蒂文的家']);
  });
  it('does not read an author\'s hit counter ("author-views") as a byline', () => {
    const a = article('', '<h1>Storm closes ports</h1><p>Text.</p><p>Posted in Travel <span class="author-views">人氣 Views</span></p>');
    expect(a.authors).toEqual([]);
  });
  it('strips the reporter title Korean and Chinese bylines carry ("김철수 기자", "记者 王晓明")', () => {
    expect(splitByline('김철수 기자')).toEqual(['김철수']);
    expect(splitByline('记者 王晓明')).toEqual(['王晓明']);
    expect(splitByline('워싱턴 특파원')).toEqual(['워싱턴']);
  });
  it('reads dc:creator (property) once when name="DC.creator" repeats it', () => {
    const a = article('<meta name="DC.creator" content="Jane Doe"><meta property="dc:creator" content="Jane Doe">', '<h1>Storm closes ports</h1>');
    expect(a.authors).toEqual([{ name: 'Jane Doe', url: null }]);
    expect(a.sources.authors).toBe('meta');
  });
  it('deduplicates names case-insensitively, keeping the first spelling', () => {
    const a = article('', '<h1>Storm closes ports</h1><div class="byline">By Jane Doe and JANE DOE</div><p>Text.</p>');
    expect(a.authors).toEqual([{ name: 'Jane Doe', url: null }]);
  });
  it("does not read a picture's credit as a byline: a photo label first, or inside the <figure>", () => {
    const cs = article('', '<h1>Storm closes ports</h1><div class="opener-foto"><img src="/a.jpg"><div class="text"><p>Pupils in class.</p><p class="author">foto: Petr Hloušek, MediaPraha</p></div></div><p>Text.</p>');
    expect(cs.authors).toEqual([]);
    const fig = article('', '<h1>Storm closes ports</h1><figure><img src="/a.jpg"><figcaption>The quay. <span class="author">Jane Roe</span></figcaption></figure><p>Text.</p>');
    expect(fig.authors).toEqual([]);
    // The story's byline beside the picture, and one beside an avatar, are bylines.
    const both = article('', '<h1>Storm closes ports</h1><p class="author">Autor: Jan Novák</p><figure><img src="/a.jpg"><figcaption>The quay. <span class="author">foto: Petr Hloušek</span></figcaption></figure><p>Text.</p>');
    expect(both.authors).toEqual([{ name: 'Jan Novák', url: null }]);
    const avatar = article('', '<h1>Storm closes ports</h1><div class="byline"><img src="/jane.jpg" width="120" height="120"><span class="author">Jane Doe</span></div><p>Text.</p>');
    expect(avatar.authors).toEqual([{ name: 'Jane Doe', url: null }]);
  });
});

describe('bylines named by data attributes, made of per-person blocks', () => {
  // BBC's markup: hashed classes, the roles in data-component / data-testid, and each
  // contributor a name element beside a role element, with no separator between them.
  const contributor = (name: string, roles: string) =>
    `<div class="sc-b42e7a8f-6 bqYrWn"><span class="sc-b42e7a8f-5 dlnIHt">${name}</span><div class="sc-b42e7a8f-8 hdPVht">${roles}</div></div>`;
  const role = (text: string) => `<span class="sc-b42e7a8f-9 kQqzxS">${text}</span>`;
  const byline = (people: string) =>
    `<div data-component="byline-block" class="sc-3b6b161a-0 dEGcKf"><div data-testid="byline-new" class="sc-b42e7a8f-0"><time datetime="2025-12-23T12:09:21.000Z">2 hours ago</time><button>Share</button>` +
    `<div data-testid="byline-new-contributors" class="sc-b42e7a8f-4 kItaYD">${people}</div></div></div>`;
  const bbc = (people: string) => article('', `<main><h1>Storm closes ports</h1>${byline(people)}<p>Text of the story.</p></main>`);

  it('reads a byline whose only role name is a data-component or data-testid value', () => {
    const two = contributor('Helen Carver', role('Political correspondent') + '<span aria-hidden="true">•</span>' + role('Reporting from Westminster')) + contributor('Sam Okafor', role('BBC News'));
    expect(bbc(two).authors).toEqual([
      { name: 'Helen Carver', url: null },
      { name: 'Sam Okafor', url: null },
    ]);
    expect(bbc(two).sources.authors).toBe('html');
  });
  it('takes the name element of a per-person block, not the run of its role and place', () => {
    // Read whole, "Helen Carver Reporting from Westminster" would pass for one long name.
    expect(bbc(contributor('Helen Carver', role('Reporting from Westminster'))).authors).toEqual([{ name: 'Helen Carver', url: null }]);
  });
  it('keeps a co-author printed beside a name element, and reads a label around a name as no name', () => {
    const coauthor = article('', '<main><h1>Storm closes ports</h1><div data-testid="byline"><span>By <a href="/people/jane-doe">Jane Doe</a> and John Roe</span></div><p>Text.</p></main>');
    expect(coauthor.authors.map((a) => a.name)).toEqual(['Jane Doe', 'John Roe']);
    // A hover card under the name: "About Victor Davis Hanson" is a link's label.
    const card = '<div class="author-box"><ul><li><a href="/author/vdh/">About Victor Davis Hanson</a></li><li><a href="https://twitter.com/vdh">Follow Victor Davis Hanson on Twitter</a></li></ul></div>';
    const hover = article('', `<main><h1>Storm closes ports</h1><div class="meta-byline"><span>By</span> <a href="/author/vdh/" rel="author">Victor Davis Hanson</a>${card}</div><p>Text.</p></main>`);
    expect(hover.authors).toEqual([{ name: 'Victor Davis Hanson', url: 'https://news.example/author/vdh/' }]);
  });
  it('reads a data-testid for a byline only, not for a date line', () => {
    const card = '<section><a href="/news/1"><h2>Another story about the storm</h2><span data-testid="card-metadata-lastupdated">14 Nov 2025</span></a></section>';
    const a = article('', `<main><h1>Storm closes ports</h1><p>Text.</p></main>${card}`);
    expect(a.publishedAt).toBeNull();
    expect(a.modifiedAt).toBeNull();
  });
});

describe('author pages', () => {
  const meta = '<meta name="author" content="Jane Doe">';
  const h1 = '<article><h1>Storm closes ports</h1>';
  const prose = '<p>The storm closed every port on the coast for two days, and ships waited offshore.</p></article>';

  it('takes the link a byline gives the name, whatever its path ("/by/", "/bio/", a subdomain)', () => {
    for (const href of ['https://news.example/by/jane-doe', 'https://news.example/bio/jane-doe', 'https://janedoe.blog.example/']) {
      const a = article(meta, `${h1}<p class="byline">By <a href="${href}">Jane Doe</a></p>${prose}`);
      expect(a.authors).toEqual([{ name: 'Jane Doe', url: href }]);
    }
  });

  it("skips a JSON-LD Person's social sameAs for its author page on the site", () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm closes ports","author":{"@type":"Person","name":"Jeff Foust","sameAs":["https://twitter.com/jeff_foust","https://news.example/author/jeff-foust/"]}}</script>';
    expect(article(ld, `${h1}${prose}`).authors).toEqual([{ name: 'Jeff Foust', url: 'https://news.example/author/jeff-foust/' }]);
    const only = ld.replace(',"https://news.example/author/jeff-foust/"', '');
    const a = article(only, `${h1}<p class="byline">By <a href="/author/jeff-foust/">Jeff Foust</a></p>${prose}`);
    expect(a.authors).toEqual([{ name: 'Jeff Foust', url: 'https://news.example/author/jeff-foust/' }]);
  });

  it("takes a social network's profile as the author page of an article on that network itself", () => {
    const ld = '<script type="application/ld+json">{"@type":"Article","headline":"Storm closes ports","author":{"@type":"Person","name":"Dana Whitfield","url":"https://www.linkedin.com/in/danawhitfield"}}</script>';
    const on = (url: string) => parseArticle(`<html><head><title>Storm closes ports</title>${ld}</head><body>${h1}${prose}</body></html>`, { url }).authors;
    expect(on('https://www.linkedin.com/pulse/storm-closes-ports-dana-whitfield-8kq2e')).toEqual([{ name: 'Dana Whitfield', url: 'https://www.linkedin.com/in/danawhitfield' }]);
    // On a news site the same profile is her social page, not her author page there.
    expect(on('https://news.example/a/1')).toEqual([{ name: 'Dana Whitfield', url: null }]);
  });

  it("never takes a social network's page that a byline puts on the name, except on that network", () => {
    // Telegraph's header: <address><a rel=author href=https://t.me/…>Name</a>, the story on telegra.ph.
    const tg = article('', `${h1}<address><a rel="author" href="https://t.me/mirelavoss">Mirela Voss</a></address>${prose}`);
    expect(tg.authors).toEqual([{ name: 'Mirela Voss', url: null }]);
    const x = article('', `${h1}<p class="byline">By <a href="https://x.com/janedoe">Jane Doe</a></p>${prose}`);
    expect(x.authors).toEqual([{ name: 'Jane Doe', url: null }]);
    // Near miss: a writer's own site or a profile on the site is still her page ...
    const own = article('', `${h1}<p class="byline">By <a href="https://janedoe.example/">Jane Doe</a></p>${prose}`);
    expect(own.authors).toEqual([{ name: 'Jane Doe', url: 'https://janedoe.example/' }]);
    // ... and on the network itself the profile is the writer's page there.
    const html = `<html><head><title>Storm closes ports</title></head><body>${h1}<p class="byline">By <a href="https://www.linkedin.com/in/danawhitfield">Dana Whitfield</a></p>${prose}</body></html>`;
    const on = parseArticle(html, { url: 'https://www.linkedin.com/pulse/storm-closes-ports-dana-whitfield-8kq2e' });
    expect(on.authors).toEqual([{ name: 'Dana Whitfield', url: 'https://www.linkedin.com/in/danawhitfield' }]);
  });

  it('gives each of several authors the article:author URL that spells the name', () => {
    const head =
      '<meta property="article:author" content="https://news.example/autor/pablo-garrido/"><meta property="article:author" content="https://news.example/autor/lucia-herrero/">' +
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm closes ports","author":[{"@type":"Person","name":"Lucía Herrero"},{"@type":"Person","name":"Pablo Garrido"},{"@type":"Person","name":"Ana Ruiz"}]}</script>';
    expect(article(head, `${h1}${prose}`).authors).toEqual([
      { name: 'Lucía Herrero', url: 'https://news.example/autor/lucia-herrero/' },
      { name: 'Pablo Garrido', url: 'https://news.example/autor/pablo-garrido/' },
      { name: 'Ana Ruiz', url: null },
    ]);
  });

  it("reads a card link's name child beside the writer's role, on any path", () => {
    const card = `${h1}<div class="byline"><a class="byline__author" href="/av/karin-lundqvist"><img src="/k.jpg" alt=""><span class="byline__name">Karin Lundqvist</span><span class="byline__role">Reporter</span></a></div>${prose}`;
    expect(article('', card).authors).toEqual([{ name: 'Karin Lundqvist', url: 'https://news.example/av/karin-lundqvist' }]);
  });

  it('takes an author page linked outside any byline when its text is the name ("/reporter/…")', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm closes ports","author":{"@type":"Person","name":"김철수 기자"}}</script>';
    const a = article(ld, `${h1}<strong class="tit-name"><a href="/reporter/cskim">김철수</a> 기자</strong>${prose}<div class="related"><a href="/reporter/other">박영희</a></div>`);
    expect(a.authors).toEqual([{ name: '김철수', url: 'https://news.example/reporter/cskim' }]);
    // A plain link with the name is not enough.
    const plain = article(ld, `${h1}<p><a href="/topics/kim">김철수</a></p>${prose}`);
    expect(plain.authors).toEqual([{ name: '김철수', url: null }]);
  });

  it('matches a link whose text carries a degree or a "By" ("Jane Doe, MA")', () => {
    const a = article(meta, `${h1}<div class="byline"><a rel="author" href="/people/jane">By Jane Doe, MA</a></div>${prose}`);
    expect(a.authors).toEqual([{ name: 'Jane Doe', url: 'https://news.example/people/jane' }]);
  });

  it('reads the link around a name span (<a href><span class="author-name">)', () => {
    const a = article('', `${h1}<a href="/u/CC7567"><img src="/a.png"><span class="author-name">Jane Doe</span></a>${prose}`);
    expect(a.authors).toEqual([{ name: 'Jane Doe', url: 'https://news.example/u/CC7567' }]);
  });

  it('gives a link around two names to neither, and never a mail or e-mail-protection link', () => {
    const two = article('', `${h1}<p class="byline">By <a href="/cdn-cgi/l/email-protection#7f0b">Jane Doe and John Roe</a></p>${prose}`);
    expect(two.authors).toEqual([{ name: 'Jane Doe', url: null }, { name: 'John Roe', url: null }]);
    const mail = article(meta, `${h1}<p class="byline">By <a href="mailto:jane@news.example">Jane Doe</a></p>${prose}`);
    expect(mail.authors).toEqual([{ name: 'Jane Doe', url: null }]);
  });

  it('prefers the author page to a Twitter link with the same text', () => {
    const doc = parseHtml('<p class="byline"><a href="https://twitter.com/jdoe">Jane Doe</a> <a href="/author/jane-doe">Jane Doe</a></p>');
    const byline = queryAll(compileQuery('p.byline'), doc)[0]!;
    expect(bylineLinks(byline, 'https://news.example/a/1', splitByline).get('jane doe')).toEqual({ url: 'https://news.example/author/jane-doe', strong: true });
  });

  it('ignores a glued handle and the text of a script inside the byline', () => {
    const a = article(
      '',
      `${h1}<div class="c-byline">By <span class="c-byline__item"><a href="/authors/jane-doe">Jane Doe</a><a href="https://twitter.com/jdoe">@jdoe</a><script>var kode="x".repeat(300)</script></span></div>${prose}`,
    );
    expect(a.authors).toEqual([{ name: 'Jane Doe', url: 'https://news.example/authors/jane-doe' }]);
  });

  it('reads a microformats h-card as the byline, not as a related card', () => {
    const a = article('', `${h1}<div class="byline-text">By <a href="/author/jane/" rel="author" class="p-author h-card">Jane Doe</a></div>${prose}`);
    expect(a.authors).toEqual([{ name: 'Jane Doe', url: 'https://news.example/author/jane/' }]);
  });

  it("reads no byline from a webmention's or a nested reply entry's h-card: a reader's", () => {
    const reply = (cls: string) =>
      `<li class="${cls}"><a class="p-author h-card" href="https://social.example/@dkim">Daniel Kim</a> <time class="dt-published" datetime="2024-01-05T08:14:00+00:00">5 January 2024</time><div class="e-content"><p>The flush is the bit everyone forgets.</p></div></li>`;
    // eleventy-base-blog's webmentions section: the post names no writer.
    const mentions = article('', `${h1}${prose}<section class="webmentions"><h2>Webmentions</h2><ol class="webmentions__replies">${reply('h-entry webmention')}</ol></section>`);
    expect(mentions.authors).toEqual([]);
    // A reply (h-cite / h-entry) nested in the post's own h-entry, in a block with no telling name.
    const post = (cls: string, byline: string) =>
      article('', `<article class="h-entry"><h1 class="p-name">Storm closes ports</h1>${byline}<div class="e-content">${prose.replace('</article>', '')}</div><ol class="interactions">${reply(cls)}</ol></article>`);
    expect(post('p-comment h-cite', '').authors).toEqual([]);
    expect(post('h-entry', '').authors).toEqual([]);
    // Near miss: the post's own h-card, in the outer h-entry, is its byline.
    const own = post('p-comment h-cite', '<p>By <a class="p-author h-card" href="/about/">Jane Doe</a></p>');
    expect(own.authors).toEqual([{ name: 'Jane Doe', url: 'https://news.example/about/' }]);
  });

  it("reads the story's own h-entry inside a page-wide one (WordPress's <body class=h-entry>), and a credits line classed 'mentions'", () => {
    // (A story's prose: an entry with three paragraphs of it is no reader's reply.)
    const long = '<p>The port authority closed all three terminals on Tuesday, citing winds of more than 100 kilometres an hour, and said ferries would resume on Thursday.</p>'.repeat(3);
    const story = `<article class="post hentry h-entry"><h1 class="entry-title p-name">Storm closes ports</h1><p class="byline">By <a class="p-author h-card" href="/author/jane/">Jane Doe</a> <time class="dt-published" datetime="2025-03-04T09:00:00-05:00">March 4, 2025</time></p><div class="e-content">${long}</div></article>`;
    const a = parseArticle(`<html><head><title>Storm closes ports</title></head><body class="single single-post h-entry">${story}</body></html>`, { url: 'https://news.example/storm/' });
    expect(a.authors).toEqual([{ name: 'Jane Doe', url: 'https://news.example/author/jane/' }]);
    expect(a.publishedAt).toBe('2025-03-04T09:00:00-05:00');
    // A short post too: the page-wide class on <body> is no post it answers.
    const short = parseArticle(story.replace(long, '<p>Ports shut for two days.</p>').replace(/^/, '<html><head><title>Storm closes ports</title></head><body class="h-entry">') + '</body></html>', { url: 'https://news.example/storm/' });
    expect(short.authors).toEqual([{ name: 'Jane Doe', url: 'https://news.example/author/jane/' }]);
    // French "mentions" (legal credits) names no readers' replies.
    const credits = article('', `${h1}<p class="mentions">Par <a href="/auteurs/claire-vasseur">Claire Vasseur</a>, publié le 4 mars 2025</p>${prose}`);
    expect(credits.authors.map((x) => x.name)).toEqual(['Claire Vasseur']);
  });

  it('gives a co-author in "(avec …)" no link of the first author', () => {
    const a = article(
      '',
      `${h1}<p>Par <span itemprop="author" class="auteur"><a href="/journaliste/martin-dupont/">Martin Dupont</a> (avec Julie Bernard et Paul Petit)</span></p>${prose}`.replace('<article>', '<article itemscope itemtype="https://schema.org/NewsArticle">'),
    );
    expect(a.authors).toEqual([
      { name: 'Martin Dupont', url: 'https://news.example/journaliste/martin-dupont/' },
      { name: 'Julie Bernard', url: null },
      { name: 'Paul Petit', url: null },
    ]);
  });

  it('takes the page-level author link for a lone author: <link rel=author>, article:author, "Name (URL)"', () => {
    expect(article(`${meta}<link rel="author" href="https://medium.example/@jane">`, `${h1}${prose}`).authors).toEqual([
      { name: 'Jane Doe', url: 'https://medium.example/@jane' },
    ]);
    expect(article(`${meta}<meta property="article:author" content="https://news.example/by/jane">`, `${h1}${prose}`).authors).toEqual([
      { name: 'Jane Doe', url: 'https://news.example/by/jane' },
    ]);
    expect(article('<meta name="author" content="Bradley M. Kuhn (http://ebb.example/bkuhn/)">', `${h1}${prose}`).authors).toEqual([
      { name: 'Bradley M. Kuhn', url: 'http://ebb.example/bkuhn/' },
    ]);
  });

  it('does not take a social page or humans.txt from the head as the author page', () => {
    const head = `${meta}<meta property="article:author" content="https://www.facebook.com/newsexample"><link rel="author" href="/humans.txt">`;
    expect(article(head, `${h1}${prose}`).authors).toEqual([{ name: 'Jane Doe', url: null }]);
  });

  it('fills a link from another byline that names the same writer (a hover card first)', () => {
    const a = article(
      meta,
      `${h1}<div class="author-hovercard">Jane DoeProfileFollow</div><span class="display-name author"><a rel="author" href="https://janedoe.blog.example">Jane Doe</a></span>${prose}`,
    );
    expect(a.authors).toEqual([{ name: 'Jane Doe', url: 'https://janedoe.blog.example/' }]);
  });

  it('takes no teaser\'s link for the author page: not one around its byline, not a plain one to a story', () => {
    const teasers =
      '<div class="author-stories"><ul><li><a href="/2024/04/parking-rules"><img src="/a.jpg" alt=""><div><span class="byline">By Jane Doe</span></div></a></li>' +
      '<li><span class="post-author"><a href="/news/city-budget-vote-delayed">Jane Doe</a></span></li></ul></div>';
    const a = article(meta, `${h1}<div class="byline">By Jane Doe</div>${prose}${teasers}`);
    expect(a.authors).toEqual([{ name: 'Jane Doe', url: null }]);
  });

  it('takes no site root, dated article, picture or the page itself for an author page', () => {
    for (const href of ['/', '/2024/05/story-slug', '/wp-content/uploads/jane-doe.jpg', 'https://news.example/a/1']) {
      const a = article(meta, `${h1}<p class="byline">By <a href="${href}">Jane Doe</a></p>${prose}`);
      expect(a.authors).toEqual([{ name: 'Jane Doe', url: null }]);
    }
    const home = article(`${meta}<meta property="article:author" content="https://www.springfieldherald.example/">`, `${h1}${prose}`);
    expect(home.authors).toEqual([{ name: 'Jane Doe', url: null }]);
  });

  it('keeps a Person\'s own url property over a link whose text is the name', () => {
    const person =
      '<span itemprop="author" itemscope itemtype="https://schema.org/Person"><link itemprop="url" href="https://news.example/author/jane-doe"><a href="https://twitter.com/jdoe"><span itemprop="name">Jane Doe</span></a></span>';
    const a = article('', `<article itemscope itemtype="https://schema.org/NewsArticle"><h1>Storm closes ports</h1><p>By ${person}</p>${prose}`);
    expect(a.authors).toEqual([{ name: 'Jane Doe', url: 'https://news.example/author/jane-doe' }]);
  });
});

describe('bylines with no byline name (utility-classed markup)', () => {
  const ld = `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'BlogPosting', headline: 'Storm closes ports', author: { '@type': 'Person', name: 'Tomás Varga' } })}</script>`;
  const prose =
    '<div class="prose"><p>The storm closed every port on the coast for two days, and ships waited offshore for the wind to drop.</p>' +
    '<p>Harbour masters said the closures were the longest in a decade, and fishing crews lost most of a week of work.</p>' +
    '<p>Forecasters expect calmer weather by the weekend, when the ports should reopen to traffic and to the ferries.</p></div>';
  const names = '<a href="/blog/authors/tomas-varga">Tomás Varga</a> and <a href="/blog/authors/aiko-brennan">Aiko Brennan</a>';
  const header = (byline: string) => `<article><header><h1 class="text-4xl font-bold">Storm closes ports</h1><div class="mt-8 flex"><div class="text-sm">${byline}</div></div></header>`;

  it('reads a block under the headline whose links all go to author pages as the byline', () => {
    const a = article(ld, `${header(`<p class="font-semibold text-gray-900">${names}</p>`)}${prose}</article>`);
    expect(a.authors).toEqual([
      { name: 'Tomás Varga', url: 'https://news.example/blog/authors/tomas-varga' },
      { name: 'Aiko Brennan', url: 'https://news.example/blog/authors/aiko-brennan' },
    ]);
    expect(a.sources.authors).toBe('html');
    // "By" before the names is a byline's word too.
    expect(article(ld, `${header(`<p class="font-semibold">By ${names}</p>`)}${prose}</article>`).authors.map((x) => x.name)).toEqual(['Tomás Varga', 'Aiko Brennan']);
  });

  it('reads no block whose text is more than the names, or that links elsewhere too', () => {
    const sentence = article(ld, `${header(`<p class="font-semibold">Written with help from ${names}</p>`)}${prose}</article>`);
    expect(sentence.authors).toEqual([{ name: 'Tomás Varga', url: 'https://news.example/blog/authors/tomas-varga' }]);
    expect(sentence.sources.authors).toBe('json-ld');
    const mixed = article(ld, `${header(`<p class="font-semibold">${names} <a href="/blog/category/engineering">Engineering</a></p>`)}${prose}</article>`);
    expect(mixed.authors.map((x) => x.name)).toEqual(['Tomás Varga']);
  });

  it('reads no author box after the story and no teaser card as the byline', () => {
    const box = `<section><h2>About the authors</h2><p class="font-semibold">${names}</p></section>`;
    const after = article(ld, `<article><header><h1>Storm closes ports</h1></header>${prose}${box}</article>`);
    expect(after.authors.map((x) => x.name)).toEqual(['Tomás Varga']);
    expect(after.sources.authors).toBe('json-ld');
    const card = `<div class="grid"><div><h3><a href="/blog/other-story/">Another story</a></h3><p class="font-semibold">${names}</p></div></div>`;
    const teaser = article(ld, `<div><article><h1>Storm closes ports</h1>${prose}</article></div>${card}`);
    expect(teaser.authors.map((x) => x.name)).toEqual(['Tomás Varga']);
  });

  it('leaves a named byline under the headline in charge', () => {
    const a = article(ld, `${header(`<p class="byline">By Tomás Varga</p><p class="font-semibold">${names}</p>`)}${prose}</article>`);
    expect(a.authors.map((x) => x.name)).toEqual(['Tomás Varga']);
  });
});

describe('a byline with no markup naming it, right after the headline', () => {
  const prose = '<p>The port authority closed all three terminals on Tuesday, citing winds of more than 100 kilometres an hour, and said ferries would resume on Thursday.</p>'.repeat(3);

  it('reads "By Name / role" in the first block after the headline, its casing and no mailto url', () => {
    const table = parseArticle(
      `<html><head><title>Lone Oak Courier :: News :: Bridge plan approved</title></head><body><table><tr><td><font size="5"><b>Bridge plan approved</b></font><br>` +
        `<font size="2"><b>By <a href="mailto:lv@loneoak.example">LORI VANDERWAL</a> / Staff Writer</b></font><br>${prose}</td></tr></table></body></html>`,
      { url: 'http://www.loneoak.example/news/story.asp?id=1' },
    );
    expect(table.authors).toEqual([{ name: 'LORI VANDERWAL', url: null }]);
    expect(table.sources.authors).toBe('html');
    expect(table.text).not.toContain('Staff Writer');
    const letter = article('', `<h1>The quiet economics of repair cafés</h1><p>By Ada Brennan</p>${prose}`);
    expect(letter.authors).toEqual([{ name: 'Ada Brennan', url: null }]);
    expect(letter.paragraphs[0]).toMatch(/^The port authority/);
    expect(article('', `<h1>Storm closes ports</h1><p>By Jane Doe and John Roe, Staff Writers</p>${prose}`).authors.map((a) => a.name)).toEqual(['Jane Doe', 'John Roe']);
  });

  it('reads a "Written by" label element and the name element beside it in the headline\'s own header', () => {
    const meta = (label: string, name: string) => `<div class="meta-row"><img src="/a.jpg" alt=""><div><div class="text-size-small">${label}</div><div class="text-weight-semibold">${name}</div><div class="text-size-small">Lead Agronomist</div></div></div>`;
    const page = (header: string, after = '') => article('', `<header class="post-header"><h1>Storm closes ports</h1><p>A dek about the ports and the storm.</p>${header}</header>${after}<section>${prose}</section>`).authors;
    expect(page(meta('Written by', 'Tomás Aguilar'))).toEqual([{ name: 'Tomás Aguilar', url: null }]);
    expect(page(meta('Autor:', 'Tomás Aguilar'))).toEqual([{ name: 'Tomás Aguilar', url: null }]);
    // A photographer's label, a name that is no person's, or a label in the body names no author.
    expect(page(meta('Photos by', 'Tomás Aguilar'))).toEqual([]);
    expect(page(meta('Written by', 'Associated Press'))).toEqual([]);
    expect(article('', `<article><h1>Storm closes ports</h1>${prose}${prose}${meta('Written by', 'Tomás Aguilar')}</article>`).authors).toEqual([]);
  });

  it('takes no sentence, no later block and nothing before the headline for a byline', () => {
    expect(article('', `<h1>Storm closes ports</h1><p>By Friday, the council had voted to close the road.</p>${prose}`).authors).toEqual([]);
    expect(article('', `<h1>Storm closes ports</h1><p>By Sunday Evening, officials said the road would reopen.</p>${prose}`).authors).toEqual([]);
    expect(article('', `<h1>Storm closes ports</h1><p>The harbour is quiet.</p><p>By Ada Brennan</p>${prose}`).authors).toEqual([]);
    expect(article('', `<h1>Storm closes ports</h1>Filed late. <p>By Ada Brennan</p>${prose}`).authors).toEqual([]);
    expect(article('', `<p>By Ada Brennan</p><h1>Storm closes ports</h1>${prose}`).authors).toEqual([]);
  });
});

describe('a byline in a description list', () => {
  const prose = '<p>The harbour authority closed all three ports on Monday as the storm moved up the coast, its first closure in a decade.</p>'.repeat(3);
  const ld = '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Department for Rural Affairs"}}</script>';
  const dl = (term: string) =>
    `<article><h1>Storm closes ports</h1><dl><dt>${term}</dt><dd><a href="/government/organisations/rural-affairs">Department for Rural Affairs</a> and <a href="/government/people/jane-doe">The Rt Hon Jane Doe MP</a></dd><dt>Published</dt><dd>23 December 2025</dd></dl>${prose}</article>`;
  it('reads a <dd> whose <dt> says From/By/Authors as the byline, without the style and post-nominal', () => {
    expect(article(ld, dl('From:')).authors).toEqual([
      { name: 'Department for Rural Affairs', url: 'https://news.example/government/organisations/rural-affairs' },
      { name: 'Jane Doe', url: 'https://news.example/government/people/jane-doe' },
    ]);
    expect(article('', dl('Authors')).authors.map((a) => a.name)).toEqual(['Department for Rural Affairs', 'Jane Doe']);
    expect(splitByline('By The Hon. John Roe and Ann Poe MSP')).toEqual(['John Roe', 'Ann Poe']);
  });
  it('leaves a <dd> under another term alone', () => {
    expect(article(ld, dl('Location:')).authors).toEqual([{ name: 'Department for Rural Affairs', url: null }]);
    expect(article('', dl('Partners')).authors).toEqual([]);
  });
  it("prefers the page's byline to a review's fact box naming the work's author beside its publisher, pages or director", () => {
    const facts = (term: string, more: string) => `<dl class="book-facts"><dt>Title</dt><dd>Emma</dd><dt>${term}</dt><dd>Jane Austen</dd>${more}</dl>`;
    const review = (box: string, byline: string) => `<article><h1>Storm closes ports</h1>${box}${byline}${prose}</article>`;
    const publisher = '<dt>Publisher</dt><dd>Penguin</dd><dt>Pages</dt><dd>474</dd>';
    expect(article('', review(facts('Author', publisher), '<p class="byline">By Mark Reed</p>')).authors).toEqual([{ name: 'Mark Reed', url: null }]);
    expect(article('', review(facts('Von', '<dt>Verlag</dt><dd>Penguin</dd>'), '<div class="author">Mark Reed</div>')).authors.map((a) => a.name)).toEqual(['Mark Reed']);
    expect(article('', review(facts('By', '<div><dt>Director</dt><dd>Autumn de Wilde</dd></div>'), '<p class="byline">By Mark Reed</p>')).authors.map((a) => a.name)).toEqual(['Mark Reed']);
    // Alone, the box still gives its name (a report's page lists its authors so); a list of the page's own facts stays the byline.
    expect(article('', review(facts('Author', publisher), '')).authors.map((a) => a.name)).toEqual(['Jane Austen']);
    expect(article('', review(facts('Author', '<dt>Published</dt><dd>23 December 2025</dd>'), '<p class="byline">By Mark Reed</p>')).authors.map((a) => a.name)).toEqual(['Jane Austen']);
    // Review: a teaser's byline in another <article> does not outrank the story's own box ("By … / Runtime 3:12").
    const teaser = '<section class="latest"><ul><li><article><h3><a href="/2025/03/03/bus-strike">Bus drivers vote to strike</a></h3><p class="byline">By Tom Ellery</p></article></li></ul></section>';
    const video = `<article><h1>Storm closes ports</h1><dl class="video-meta"><dt>By</dt><dd>Dana Whitcombe</dd><dt>Runtime</dt><dd>3:12</dd></dl>${prose}</article>${teaser}`;
    expect(article('', video).authors.map((a) => a.name)).toEqual(['Dana Whitcombe']);
  });
});

describe('authors: the serial comma', () => {
  it('splits "A, B, and C" into three names, none of them "and C"', () => {
    expect(splitByline('By Jane Roe, John Doe, and Ann Lee')).toEqual(['Jane Roe', 'John Doe', 'Ann Lee']);
    expect(splitByline('By Jane Roe, John Doe and Ann Lee')).toEqual(['Jane Roe', 'John Doe', 'Ann Lee']);
  });
});

describe("a one-person blog's about page", () => {
  const h1 = '<article><h1>Storm closes ports</h1>';
  const prose = '<p>The storm closed every port on the coast for two days, and ships waited offshore.</p></article>';

  it('takes "/about" as the author page when the byline puts it on the one name it prints', () => {
    const a = article('<meta name="author" content="Inês Carvalho">', `${h1}<p class="byline">by <a href="/about">Inês Carvalho</a> · 8 min read</p>${prose}`);
    expect(a.authors).toEqual([{ name: 'Inês Carvalho', url: 'https://news.example/about' }]);
    expect(article('', `${h1}<p class="byline">By <a href="/about-me/">Jane Doe</a></p>${prose}`).authors).toEqual([{ name: 'Jane Doe', url: 'https://news.example/about-me/' }]);
  });

  it("never an outlet's about-us or contact page, nor an about page beside a second name or on a name with more text", () => {
    expect(article('', `${h1}<p class="byline">By <a href="/about-us">Jane Doe</a></p>${prose}`).authors).toEqual([{ name: 'Jane Doe', url: null }]);
    expect(article('', `${h1}<p class="byline">By <a href="/contact">Jane Doe</a></p>${prose}`).authors).toEqual([{ name: 'Jane Doe', url: null }]);
    expect(article('', `${h1}<p class="byline">By <a href="/about">Jane Doe</a> and <a href="/authors/john-roe">John Roe</a></p>${prose}`).authors).toEqual([
      { name: 'Jane Doe', url: null },
      { name: 'John Roe', url: 'https://news.example/authors/john-roe' },
    ]);
    expect(article('', `${h1}<p class="byline">By Jane Doe <a href="/about">(about the author)</a></p>${prose}`).authors).toEqual([{ name: 'Jane Doe', url: null }]);
  });

  it('is not taken from the document: a meta or rel=author link to "/about" is the site\'s', () => {
    const a = article('<meta name="author" content="Jane Doe"><link rel="author" href="/about">', `${h1}${prose}`);
    expect(a.authors).toEqual([{ name: 'Jane Doe', url: null }]);
  });
});

describe('names in Georgian, written without capitals', () => {
  it("reads a Georgian name as a person's name, not a lower-case word run", () => {
    expect(splitByline('ნინო ბერიძე')).toEqual(['ნინო ბერიძე']);
    expect(isPersonName('ნინო ბერიძე')).toBe(true);
    // Still two to four words: a sentence is no name.
    expect(isPersonName('აშუქებს ქალაქის ინფრასტრუქტურას ტრანსპორტსა და თვითმმართველობას')).toBe(false);
    expect(article('', '<article><h1>Storm closes ports</h1><p class="byline"><a href="/ka/author/17">ნინო ბერიძე</a></p><p>The storm closed every port on the coast for two days.</p></article>').authors).toEqual([
      { name: 'ნინო ბერიძე', url: 'https://news.example/ka/author/17' },
    ]);
  });
});

describe("an author box's parts", () => {
  const h1 = '<article><h1>Storm closes ports</h1><p>The storm closed every port on the coast for two days, and ships waited offshore.</p>';
  const box = (inner: string) => article('', `${h1}<div class="author-box"><a href="/author/17-jane-doe" class="author-box__photo"><img src="/a.jpg" alt="Jane Doe"></a><div class="author-box__info">${inner}</div></div></article>`).authors;

  it('reads the part named as the name, not the label, the bio or the "more by" link', () => {
    const parts =
      '<span class="author-box__label">Author</span><a href="/author/17-jane-doe" class="author-box__name">Jane Doe</a>' +
      '<p class="author-box__bio">Cyclist, Sailor, Harbour Watcher.</p><a href="/author/17-jane-doe" class="author-box__more">All articles by the author →</a>';
    expect(box(parts)).toEqual([{ name: 'Jane Doe', url: 'https://news.example/author/17-jane-doe' }]);
    expect(box(parts.replace('author-box__bio', 'author-box__bio byline-bio'))).toEqual([{ name: 'Jane Doe', url: 'https://news.example/author/17-jane-doe' }]);
  });

  it('keeps every name part of a byline, and all the parts when none is named as the name', () => {
    const two = '<p class="byline"><span class="byline__label">Words</span> <a href="/author/a" class="byline__name">Jane Doe</a> and <a href="/author/b" class="byline__name">John Roe</a></p>';
    expect(article('', `${h1}${two}</article>`).authors.map((a) => a.name)).toEqual(['Jane Doe', 'John Roe']);
    const plain = '<p class="byline"><span class="byline__author">Jane Doe</span> and <span class="byline__author">John Roe</span></p>';
    expect(article('', `${h1}${plain}</article>`).authors.map((a) => a.name)).toEqual(['Jane Doe', 'John Roe']);
  });
});

describe("a byline's parts that hold no name: affiliations, contacts, notes", () => {
  const h1 = '<article><h1>Link Rot in Municipal Open-Data Portals</h1>';
  const body = '<p>Municipal open-data portals promise stable access to public records, but the links they publish decay.</p></article>';
  const author = (name: string, place: string) =>
    `<span class="ltx_creator ltx_role_author"><span class="ltx_personname">${name}</span><span class="ltx_author_notes"><span class="ltx_contact ltx_role_affiliation"><span class="ltx_text">${place}</span><span class="ltx_text">Leeds</span><span class="ltx_text">United Kingdom</span></span><span class="ltx_contact ltx_role_email"><a href="mailto:x@uni.example">x@uni.example</a></span></span></span>`;

  it("reads LaTeXML's authors without their affiliations and e-mails (ltx_author_notes)", () => {
    const block = `<div class="ltx_authors">${author('Mira Okafor', 'Harrowgate Institute of Technology')}<span class="ltx_author_before">, </span>${author('Tomás Beltrán', 'Civic Data Lab')}<span class="ltx_author_before"> and </span>${author('Hye-jin Park', 'Civic Data Lab')}</div>`;
    expect(article('', `${h1}${block}${body}`).authors.map((a) => a.name)).toEqual(['Mira Okafor', 'Tomás Beltrán', 'Hye-jin Park']);
  });
  it('keeps a name that a part so named holds (a mailto link classed "email" on the name)', () => {
    expect(article('', `${h1}<p class="byline">By <a class="email" href="mailto:jane@news.example">Jane Doe</a></p>${body}`).authors.map((a) => a.name)).toEqual(['Jane Doe']);
  });
  it("drops the writers' title part of a byline (a wire's name, a role), as AP Hosted and BuzzFeed print it", () => {
    const ap = '<div class="ap-story-byline"><div class="field field-name-field-byline-original">By DANICA KIRKA and JILL LAWLESS</div><div class="field field-name-field-byline-title">Associated Press</div></div>';
    expect(article('', `${h1}${ap}${body}`).authors.map((a) => a.name)).toEqual(['DANICA KIRKA', 'JILL LAWLESS']);
    const bf = '<div class="byline"><span class="byline__author">Jane Doe</span><div class="byline__title">Fieldwork Reporters Collective</div></div>';
    expect(article('', `${h1}${bf}${body}`).authors.map((a) => a.name)).toEqual(['Jane Doe']);
  });
  it('not a title row that holds the byline, nor a part marked by microdata as the name', () => {
    const row = '<div class="post__title__author-date">By Jane Doe</div>';
    expect(article('', `${h1}${row}${body}`).authors.map((a) => a.name)).toEqual(['Jane Doe']);
    const named = '<div class="byline">By <span class="author-title" itemprop="name">Jane Doe</span></div>';
    expect(article('', `${h1}${named}${body}`).authors.map((a) => a.name)).toEqual(['Jane Doe']);
    // Review: an author box's "author-title" is its name (WordPress's Twenty Fifteen).
    const box = '<div class="about-author"><h4 class="author-title"><a href="/author/jane-doe">Jane Doe</a></h4></div>';
    expect(article('', `${h1}${box}${body}`).authors.map((a) => a.name)).toEqual(['Jane Doe']);
  });
});

describe("a Korean reporter's line under the headline", () => {
  const page = (info: string, after = '') =>
    parseArticle(
      `<html lang="ko"><head><title>주문진 수산시장 현대화 첫 삽</title></head><body><div class="article-view-header"><h1>주문진 수산시장 현대화 첫 삽</h1><ul class="infomation">${info}</ul></div>` +
        `<div class="body"><p>강원 강릉시가 주문진 수산시장 현대화 사업의 첫 삽을 떴다. 시는 23일 오전 착공식을 열었다고 밝혔다.</p>${after}</div></body></html>`,
      { url: 'https://news.example/a/1' },
    );

  it('reads "NAME 기자" alone in a line of the headline\'s block as the byline, the title stripped', () => {
    const a = page('<li><i class="fa fa-user-o"></i> 홍길동 기자</li><li>입력 2025-12-23 15:09</li>');
    expect(a.authors).toEqual([{ name: '홍길동', url: null }]);
    expect(a.sources.authors).toBe('html');
    expect(page('<li>김철수 선임기자</li>').authors).toEqual([{ name: '김철수', url: null }]);
    expect(page('<li>이영희 특파원</li>').authors).toEqual([{ name: '이영희', url: null }]);
  });

  it('not a line with more text, a name longer than four syllables, nor one in the body', () => {
    expect(page('<li>홍길동 기자가 현장을 취재했다</li>').authors).toEqual([]);
    expect(page('<li>대한민국국회 기자</li>').authors).toEqual([]);
    const story = '<p>상인들은 현대화 사업을 반기면서도 공사 기간 영업 손실을 걱정하고 있다. 기존 점포는 내년 2월까지 인근 공영주차장 부지에 마련되는 임시 시장으로 옮겨 영업하게 된다.</p>'.repeat(8);
    expect(page('<li>입력 2025-12-23 15:09</li>', `${story}<p>홍길동 기자</p>`).authors).toEqual([]);
  });
});

describe('a byline made of links to author pages, whatever words join them', () => {
  const prose = '<p>The port authority closed all three terminals on Tuesday, citing winds of more than 100 kilometres an hour, and said ferries would resume on Thursday.</p>'.repeat(3);
  const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm closes ports","author":{"@type":"Person","name":"Arbër Hoxha"}}</script>';
  const page = (byline: string) => article(ld, `<article><h1>Storm closes ports</h1><div class="post-author">${byline}</div>${prose}</article>`).authors;
  const a = (slug: string, name: string, path = '/author/') => `<a href="${path}${slug}/">${name}</a>`;

  it('reads each link as one author, in page order with its url, past "nga … dhe" (Albanian "by … and")', () => {
    expect(page(`<span>nga</span> ${a('arber-hoxha', 'Arbër Hoxha')}, ${a('elira-gjoka', 'Elira Gjoka')} dhe ${a('dritan-marku', 'Dritan Marku')}`)).toEqual([
      { name: 'Arbër Hoxha', url: 'https://news.example/author/arber-hoxha/' },
      { name: 'Elira Gjoka', url: 'https://news.example/author/elira-gjoka/' },
      { name: 'Dritan Marku', url: 'https://news.example/author/dritan-marku/' },
    ]);
  });
  it('not when the links go to pages under different paths, when more words follow the last, or when a link is no name', () => {
    const names = (byline: string) => page(byline).map((x) => x.name);
    expect(names(`nga ${a('arber-hoxha', 'Arbër Hoxha')} dhe ${a('elira-gjoka', 'Elira Gjoka', '/tema/')}`)).toEqual(['Arbër Hoxha']);
    expect(names(`nga ${a('arber-hoxha', 'Arbër Hoxha')} dhe ${a('elira-gjoka', 'Elira Gjoka')} me raportim nga Agim Leka`)).toEqual(['Arbër Hoxha']);
    expect(names(`nga ${a('arber-hoxha', 'Arbër Hoxha')} dhe ${a('team', 'redaksia')}`)).toEqual(['Arbër Hoxha']);
  });
});

describe('a byline printed as one word and a link to the writer\'s page, under the headline', () => {
  const prose = '<p>Heitt vatn hækkar um sjö prósent um áramót, og meðalheimili greiðir um 650 krónum hærri reikning á mánuði en áður, segir veitan.</p>'.repeat(3);
  const page = (row: string, url = 'https://news.example/frettir/innlent/2025/12/23/heitt-vatn/') =>
    parseArticle(`<html><head><title>Heitt vatn hækkar</title></head><body><div class="frett"><div class="frett-haus"><h1>Heitt vatn hækkar á Akureyri</h1>${row}</div><div class="texti">${prose}</div></div></body></html>`, { url }).authors;

  it('reads "Eftir <a>Name</a>" (Icelandic "by") as the byline, the link as the url, the mailto beside it not', () => {
    expect(page('<div class="frett-hofundur"><img src="/m.jpg" alt=""><span>Eftir <a href="/hofundar/gunnar-thor-olafsson/">Gunnar Þór Ólafsson</a></span> <a href="mailto:g@news.example">g@news.example</a></div>')).toEqual([
      { name: 'Gunnar Þór Ólafsson', url: 'https://news.example/hofundar/gunnar-thor-olafsson/' },
    ]);
  });
  it('not a category or section link, a top-level page, a share link, a photo credit, nor a line with more words', () => {
    expect(page('<span>in <a href="/blog/category/local-news/" rel="category tag">Local News</a></span>')).toEqual([]);
    expect(page('<span>in <a href="/frettir/innlent/">Innlendar Fréttir</a></span>')).toEqual([]);
    expect(page('<span>Deila <a href="/deila/facebook/">Facebook</a></span>')).toEqual([]);
    expect(page('<span>Foto: <a href="/hofundar/kristinn-magnusson/">Kristinn Magnússon</a></span>')).toEqual([]);
    expect(page('<span>Viðtal við <a href="/hofundar/gunnar-thor-olafsson/">Gunnar Þór Ólafsson</a></span>')).toEqual([]);
    expect(page('<span>Eftir <a href="https://other.example/hofundar/gunnar-thor-olafsson/">Gunnar Þór Ólafsson</a></span>')).toEqual([]);
  });
});

describe("a blog theme's author row under the headline: an avatar and a link on the name its alt gives", () => {
  const prose = '<p>For about two weeks in February, the search box on our internal admin tool lied to people, and nobody could say why it did.</p>'.repeat(3);
  const page = (row: string) =>
    parseArticle(`<html><head><title>The search box that lied | Field Notes</title></head><body><main><article><header><h1>The search box that lied</h1>${row}</header><div class="body">${prose}</div></article></main></body></html>`, { url: 'https://noor.example/blog/search-box/' }).authors;

  it('reads the link as the byline, its one-person blog /about/ page as the url, past the date and reading time', () => {
    expect(page('<div class="css-9kq2hl"><img src="/avatar.jpg" alt="Noor Haddad"><div><a href="/about/">Noor Haddad</a><p><time>March 14, 2025</time><span aria-hidden="true"> · </span><span>7 min read</span></p></div></div>')).toEqual([
      { name: 'Noor Haddad', url: 'https://noor.example/about/' },
    ]);
  });
  it('not when the picture names someone else or nothing, nor a picture outside the row (a logo further up)', () => {
    expect(page('<div><img src="/a.jpg" alt="Profile photo"><div><a href="/about/">Noor Haddad</a><p>March 14, 2025</p></div></div>')).toEqual([]);
    expect(page('<div><img src="/a.jpg" alt="Dario Mensah"><div><a href="/about/">Noor Haddad</a></div></div>')).toEqual([]);
    const outside = parseArticle(
      `<html><body><article><header><img src="/logo.gif" alt="Tech Weekly"><h1>The search box that lied</h1><p><a href="/list/?m=tw">Tech Weekly</a> 3/9 18:45</p></header><div>${prose}</div></article></body></html>`,
      { url: 'https://noor.example/blog/search-box/' },
    ).authors;
    expect(outside).toEqual([]);
  });
  it("reads the row only with a sign of authorship: a date in it, or a link to an author page or the blog's about page", () => {
    const row = (href: string, after = '') => `<div class="meta"><img src="/a.jpg" alt="Noor Haddad"><div><a href="${href}">Noor Haddad</a>${after}</div></div>`;
    // A date in the row, as a <time>, a date-classed part, or text.
    expect(page(row('/noor/', '<span class="post-date">14.03.2025</span>')).map((a) => a.name)).toEqual(['Noor Haddad']);
    expect(page(row('/noor/', '<p>March 14, 2025 · 7 min read</p>')).map((a) => a.name)).toEqual(['Noor Haddad']);
    // A date in another language, or a relative one (the review's cases).
    expect(page(row('/noor/', '<p>14. März 2025 · 7 Min. Lesezeit</p>')).map((a) => a.name)).toEqual(['Noor Haddad']);
    expect(page(row('/noor/', '<p>14 de marzo de 2025</p>')).map((a) => a.name)).toEqual(['Noor Haddad']);
    expect(page(row('/noor/', '<p>2h ago</p>')).map((a) => a.name)).toEqual(['Noor Haddad']);
    // A link that says it goes to the writer's page, or a one-person blog's about page.
    expect(page(row('/author/noor-haddad/'))).toEqual([{ name: 'Noor Haddad', url: 'https://noor.example/author/noor-haddad/' }]);
    expect(page(row('/about/'))).toEqual([{ name: 'Noor Haddad', url: 'https://noor.example/about/' }]);
    // Near misses: the story's subject in a profile header, linked to a wiki, a company or a
    // team page, with no date in the row (a reading time, a lone year and another site's
    // about page are none).
    expect(page(row('/wiki/Noor_Haddad'))).toEqual([]);
    expect(page(row('/companies/noor-haddad/', '<p>7 min read</p>'))).toEqual([]);
    expect(page(row('/teams/noor-haddad/', '<p>Founded 2001</p>'))).toEqual([]);
    expect(page(row('https://other.example/about/'))).toEqual([]);
  });
});

describe("the page of an author the metadata names, from a link that holds her whole name", () => {
  const prose = '<p>Gəncə şəhərində 1 200 sərnişin tutumu olan yeni avtovağzal kompleksi bu gün istifadəyə verilib, kompleks şəhərin şimal girişində yerləşir.</p>'.repeat(3);
  const ld = (name: string) => `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm closes ports","author":{"@type":"Person","name":"${name}"}}</script>`;
  const at = (head: string, body: string) => parseArticle(`<html><head><title>Storm closes ports</title>${head}</head><body>${body}</body></html>`, { url: 'https://news.example/az/xeber/123' }).authors;

  it('takes a link after a one-word label and a colon ("Müəllif:", Azerbaijani "Author:"), wherever it is', () => {
    const page = (line: string) => at(ld('Leyla Məmmədova'), `<article><h1>Storm closes ports</h1><div class="text">${prose}</div>${line}</article>`);
    expect(page('<div class="news-author">Müəllif: <a href="/az/muellif/leyla-memmedova">Leyla Məmmədova</a></div>')).toEqual([{ name: 'Leyla Məmmədova', url: 'https://news.example/az/muellif/leyla-memmedova' }]);
    // Not without a label, after a longer one, another name, another site, or a top-level page.
    expect(page('<div>Bu barədə <a href="/az/muellif/leyla-memmedova">Leyla Məmmədova</a></div>')[0]?.url).toBeNull();
    expect(page('<div>Müəllif: <a href="/az/muellif/leyla-memmedova">Leyla</a></div>')[0]?.url).toBeNull();
    expect(page('<div>Müəllif: <a href="https://other.example/az/muellif/leyla-memmedova">Leyla Məmmədova</a></div>')[0]?.url).toBeNull();
    expect(page('<div>Müəllif: <a href="/leyla-memmedova">Leyla Məmmədova</a></div>')[0]?.url).toBeNull();
  });

  it("takes a labelled link to another host of the site's registered domain (a desk's subdomain, the writers' pages on www)", () => {
    const on = (url: string, line: string) => parseArticle(`<html><head><title>Storm closes ports</title>${ld('Ann Lee')}</head><body><article><h1>Storm closes ports</h1><div class="text">${prose}</div>${line}</article></body></html>`, { url }).authors;
    const line = (href: string) => `<div class="read__credit">Penulis: <a href="${href}">Ann Lee</a> | Editor: <a href="https://www.kompas.example/editor/budi-santoso">Budi Santoso</a></div>`;
    expect(on('https://money.kompas.example/read/2024/01/04/1/story', line('https://www.kompas.example/penulis/ann-lee'))).toEqual([{ name: 'Ann Lee', url: 'https://www.kompas.example/penulis/ann-lee' }]);
    // Near misses: another registered domain, and the other host's root.
    expect(on('https://money.kompas.example/read/2024/01/04/1/story', line('https://www.kompas-news.example/penulis/ann-lee'))[0]?.url).toBeNull();
    expect(on('https://money.kompas.example/read/2024/01/04/1/story', line('https://ann-lee.kompas.example/'))[0]?.url).toBeNull();
    // Two subdomains are two sites: a platform's blogs, or a desk linking another desk's section.
    expect(on('https://riverlab.github.io/posts/levee/', line('https://annlee.github.io/posts/flood-model/'))[0]?.url).toBeNull();
    expect(on('https://news.kompas.example/read/2024/01/04/1/story', line('https://sport.kompas.example/football/premier-league'))[0]?.url).toBeNull();
  });

  it('reads a one-word label typed with a zero-width non-joiner as one word (Persian "گزارش\u200cگر:", "reporter:")', () => {
    const page = (line: string) => at(ld('مریم احمدی'), `<article><h1>Storm closes ports</h1><div class="text">${prose}</div>${line}</article>`);
    expect(page('<div>گزارش\u200cگر: <a href="/fa/nevisande/maryam-ahmadi">مریم احمدی</a></div>')).toEqual([{ name: 'مریم احمدی', url: 'https://news.example/fa/nevisande/maryam-ahmadi' }]);
    // Two words before the colon are no one-word label, joiner or not.
    expect(page('<div>گزارش\u200cگر خبر: <a href="/fa/nevisande/maryam-ahmadi">مریم احمدی</a></div>')[0]?.url).toBeNull();
  });

  it("takes a link in the headline's own block whose text is the name (a byline named only in the site's language, beside a place)", () => {
    const page = (meta: string) =>
      at(ld('Ane Zubiri Etxeberria'), `<article><header><h1>Storm closes ports</h1><div class="node__meta"><div class="node__egilea">${meta}<div class="field--herria">Bilbo</div></div></div></header><div class="text">${prose}</div></article>`);
    expect(page('<div class="field__item"><a href="/egilea/ane-zubiri-etxeberria">Ane Zubiri Etxeberria</a></div>')).toEqual([{ name: 'Ane Zubiri Etxeberria', url: 'https://news.example/egilea/ane-zubiri-etxeberria' }]);
    // Not a tag, topic or category page, nor a link in the body.
    expect(page('<div class="field__item"><a href="/tag/ane-zubiri-etxeberria">Ane Zubiri Etxeberria</a></div>')[0]?.url).toBeNull();
    const inBody = at(ld('Ane Zubiri Etxeberria'), `<article><h1>Storm closes ports</h1><div class="text">${prose}<p>Irakurri <a href="/egilea/ane-zubiri-etxeberria">Ane Zubiri Etxeberria</a></p></div></article>`);
    expect(inBody[0]?.url).toBeNull();
  });
});

describe('the page of an author the metadata names, from a profile link that prints her handle beside her name', () => {
  const prose = '<p>Квартальный отчёт по продажам строился двенадцать минут, и мы решили разобрать план запроса от начала до конца.</p>'.repeat(3);
  const ld = '<script type="application/ld+json">{"@type":"Article","headline":"Ускорили отчёты","author":{"@type":"Person","name":"Иван Петров"}}</script>';
  const at = (card: string) =>
    parseArticle(`<html><head><title>Ускорили отчёты</title>${ld}</head><body><article><h1>Ускорили отчёты</h1><div class="body">${prose}</div></article>${card}</body></html>`, { url: 'https://habr.example/ru/articles/785112/' }).authors;

  it('takes the profile link whose text is a handle, the name printed in the element beside it (Habr\'s author card)', () => {
    const card = (inner: string) => `<div class="user-card"><div class="user-card__title">${inner}</div></div>`;
    const url = 'https://habr.example/ru/users/ipetrov/';
    expect(at(card('<span class="user-card__name">Иван Петров</span> <a href="/ru/users/ipetrov/">@ipetrov</a>'))).toEqual([{ name: 'Иван Петров', url }]);
    expect(at(card('<a href="/ru/users/ipetrov/">ipetrov</a> <span>Иван Петров</span>'))).toEqual([{ name: 'Иван Петров', url }]);
    // Not when the link is no author page, holds a name rather than a handle, or words stand between.
    expect(at(card('<span>Иван Петров</span> <a href="/ru/hubs/postgresql/">@postgresql</a>'))[0]?.url).toBeNull();
    expect(at(card('<span>Иван Петров</span> <a href="/ru/users/asidorova/">Анна Сидорова</a>'))[0]?.url).toBeNull();
    expect(at(card('<span>Иван Петров</span> и <a href="/ru/users/asidorova/">@asidorova</a>'))[0]?.url).toBeNull();
    // Nor when the element beside it names someone else.
    expect(at(card('<span>Анна Сидорова</span> <a href="/ru/users/asidorova/">@asidorova</a>'))[0]?.url).toBeNull();
    // Nor a word that is no handle of that page (an author's feed, her followers).
    expect(at(card('<span>Иван Петров</span> <a href="/ru/users/ipetrov/feed/">RSS</a>'))[0]?.url).toBeNull();
    expect(at(card('<span>Иван Петров</span> <a href="/ru/users/ipetrov/followers/">Followers</a>'))[0]?.url).toBeNull();
    // Nor in a row of several people or a comment's header, where name and link need not go together.
    expect(at(card('<span>Авторы</span> <a href="/ru/users/jdoe/">@jdoe</a> <span>Иван Петров</span> <a href="/ru/users/ipetrov/">@ipetrov</a>'))[0]?.url).toBeNull();
    expect(at(card('<span class="comment-author">Иван Петров</span> <a href="/ru/users/samlee/">@samlee</a> <time>12:01</time>'))[0]?.url).toBeNull();
  });
});

describe("a post's own sidebar column of author profiles", () => {
  const prose = '<p>Validating a flat schema has always been fast, but nested models were another matter, and the profile showed where the time went.</p>'.repeat(3);
  const profile = (name: string, alt = name, linked = true) =>
    `<div class="md-profile"><span class="md-author"><img src="/av.png" alt="${alt}"></span><span class="md-profile__description"><strong>${linked ? `<a href="https://github.example/${name.split(' ')[0]}">${name}</a>` : name}</strong><br>Maintainer</span></div>`;
  const column = (inner: string) => `<div class="md-sidebar md-sidebar--post"><nav class="md-nav md-nav--primary"><a href="/blog/">Back to index</a><div class="md-post__authors">${inner}</div></nav></div>`;
  const page = (beside: string, outside = '') =>
    parseArticle(`<html><head><title>Profiling nested validation</title></head><body><main class="md-main">${outside}<div class="md-content">${beside}<article class="md-content__inner"><h1>Profiling nested validation</h1>${prose}</article></div></main></body></html>`, {
      url: 'https://docs.example/blog/2025/12/16/profiling/',
    }).authors;

  it('reads the byline in a <nav> beside the story\'s <article> when each avatar\'s alt is a name the block prints', () => {
    expect(page(column(profile('Mirela Ionescu') + profile('Kofi Mensah', 'Kofi Mensah', false)))).toEqual([
      { name: 'Mirela Ionescu', url: 'https://github.example/Mirela' },
      { name: 'Kofi Mensah', url: null },
    ]);
  });
  it('not a column further out than the story\'s own, nor one whose pictures are not the named people\'s', () => {
    expect(page('', column(profile('Mirela Ionescu')))).toEqual([]);
    expect(page(column(profile('Mirela Ionescu', 'Lanternfish logo')))).toEqual([]);
    expect(page(column(profile('Mirela Ionescu', '')))).toEqual([]);
  });
});

describe("a wire story's byline over the agency the metadata names", () => {
  const prose = '<p>Italy\'s Banca Vessillo has agreed to buy Swedish payments group Norrpay for 2.4 billion euros in cash, the lender said on Monday, its biggest acquisition in a decade.</p>'.repeat(3);
  const ld = (author: string) => `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm closes ports","author":${author},"publisher":{"@type":"Organization","name":"The Ashford Courier"}}</script>`;
  const page = (author: string, byline: string, head = '') =>
    article(ld(author) + head, `<article><h1>Storm closes ports</h1><div class="field--name-field-byline">${byline}</div><div class="wire-credit">Reuters</div>${prose}</article>`).authors.map((a) => a.name);

  it('takes the people the byline names when the metadata names only an Organization or an agency', () => {
    expect(page('{"@type":"Organization","name":"Reuters"}', 'By Lucia Ferraro and Daniel Okafor')).toEqual(['Lucia Ferraro', 'Daniel Okafor']);
    expect(page('[]', 'By Lucia Ferraro and Daniel Okafor', '<meta name="author" content="Associated Press">')).toEqual(['Lucia Ferraro', 'Daniel Okafor']);
  });
  it('keeps the agency when the byline names no one, and a Person the metadata names over the byline', () => {
    expect(page('{"@type":"Organization","name":"Reuters"}', 'By Reuters Staff')).toEqual(['Reuters']);
    expect(page('{"@type":"Person","name":"Greta Lindqvist"}', 'By Lucia Ferraro and Daniel Okafor')).toEqual(['Greta Lindqvist']);
  });
});

describe("a desk filed as a Person, and the outlet's domain in its byline", () => {
  const prose = '<p>Dense fog cut visibility to zero at several places in the capital on Thursday morning, delaying more than a hundred flights and dozens of trains.</p>'.repeat(3);
  const ld = (author: string) => `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm closes ports","author":${author},"publisher":{"@type":"Organization","name":"The Ashford Courier"}}</script>`;
  const page = (author: string, byline: string) => article(ld(author), `<article><h1>Storm closes ports</h1><div class="byline">${byline}</div>${prose}</article>`).authors;
  const desk = '{"@type":"Person","name":"ACN News Desk","url":"https://news.example/reporter/acn-news-desk"}';

  it('keeps the desk the metadata names, with its page, over a byline that names only the outlet\'s domain', () => {
    const byline = '<a href="https://news.example/reporter/acn-news-desk">ACN News Desk</a> / <span>ASHFORDCOURIER.COM</span> / Updated: Jan 4, 2024, 10:42 IST';
    expect(page(desk, byline)).toEqual([{ name: 'ACN News Desk', url: 'https://news.example/reporter/acn-news-desk' }]);
  });
  it('reads a domain name as no person wherever it stands in a byline, and a person over the desk', () => {
    expect(splitByline('ASHFORDCOURIER.COM')).toEqual([]);
    expect(splitByline('NDTV.com / Jane Doe')).toEqual(['Jane Doe']);
    expect(splitByline('Jane Doe / Cleveland.com')).toEqual(['Jane Doe']);
    // A name with initials is no domain.
    expect(splitByline('J. K. Rowan')).toEqual(['J. K. Rowan']);
    expect(splitByline('Jane Doe and J.Lo')).toEqual(['Jane Doe', 'J.Lo']);
    expect(page(desk, 'By <a href="/reporter/lucia-ferraro">Lucia Ferraro</a> / ASHFORDCOURIER.COM').map((a) => a.name)).toEqual(['Lucia Ferraro']);
  });
});

describe("a flat exported document's byline among the short lines under its title", () => {
  // Google Docs: every paragraph is p.cN, the title p.title, its subtitle p.subtitle; the byline
  // is a plain paragraph under them.
  const prose = '<p class="c3">When we opened the doors of the Elm Street hall on the first Saturday of January, we expected a quiet month; 143 households came through in four hours.</p>'.repeat(3);
  const doc = (lines: string) =>
    parseArticle(
      `<html><head><title>Brookfield Community Pantry — 2025 Year in Review</title></head><body><div class="doc-content">` +
        `<p class="c9 title">Brookfield Community Pantry — 2025 Year in Review</p><p class="c14 subtitle">A year of record demand, and of the neighbours who met it</p>${lines}${prose}` +
        `<h1 class="c11">Our year in numbers</h1>${prose}</div></body></html>`,
      { url: 'https://docs.example/d/1/pub' },
    );

  it('reads a short "By …" line under the subtitle as the byline, role and date dropped, and its date as the story\'s', () => {
    const a = doc('<p class="c3"><span class="c6">By Dana Whitcombe, board secretary · 12 December 2025</span></p>');
    expect(a.authors).toEqual([{ name: 'Dana Whitcombe', url: null }]);
    expect(a.publishedAt).toBe('2025-12-12');
    expect(a.text).not.toContain('Dana Whitcombe');
  });
  it('not a "By" sentence, a byline line after a line that is no dek, nor one after the first long paragraph', () => {
    expect(doc('<p class="c3">By Friday the shelves were empty and the board called an emergency meeting.</p>').authors).toEqual([]);
    expect(doc('<p class="c3">Approved on 9 December.</p><p class="c3">By Dana Whitcombe</p>').authors).toEqual([]);
    expect(doc(`${prose}<p class="c3">By Dana Whitcombe, board secretary</p>`).authors).toEqual([]);
  });
  it('not a "By" line whose "name" is a time no one is named ("then", "tomorrow", a number), nor one that runs on into sentence text', () => {
    const names = (line: string) => doc(`<p class="c3">${line}</p>`).authors.map((a) => a.name);
    // Still bylines: names that are a month's or a holiday's word elsewhere, with a role and a date.
    expect(names('By June Carter')).toEqual(['June Carter']);
    // A closing full stop alone is no sentence: a role may end the line with one.
    expect(names('By Dana Whitcombe, staff writer.')).toEqual(['Dana Whitcombe']);
    // Weekdays and holidays are given names; a capitalised role or place is no pronoun or auxiliary (the review's cases).
    expect(names('By Sunday Oguntola')).toEqual(['Sunday Oguntola']);
    expect(names('By Ramadan Ali')).toEqual(['Ramadan Ali']);
    expect(names('By Jane Doe, IT Correspondent')).toEqual(['Jane Doe']);
    expect(names('By Jane Doe, Will County Bureau')).toEqual(['Jane Doe']);
    expect(names('By April Ryan and Eve Marsh, board members · 12 December 2025')).toEqual(['April Ryan', 'Eve Marsh']);
    // Near misses: two capitalised words that are a time or no one, and a name with a clause after it.
    for (const line of ['By Christmas Eve, the team had finished.', 'By Tomorrow Morning', 'By Then Everyone', 'By Noon Friday', 'By Dana Whitcombe, we were done']) {
      expect(names(line)).toEqual([]);
    }
    // The same holds for the plain byline right under a page's headline.
    const under = (line: string) =>
      parseArticle(`<html><body><article><h1>Pantry review</h1><p>${line}</p>${prose}</article></body></html>`, { url: 'https://news.example/a/1' }).authors.map((a) => a.name);
    expect(under('By Dana Whitcombe')).toEqual(['Dana Whitcombe']);
    expect(under('By Christmas Eve, the team had finished.')).toEqual([]);
  });
});

describe('byline words and labels in other scripts', () => {
  it('drops a CJK reporter title or label before a full-width colon ("記者：", "文：")', () => {
    expect(splitByline('記者：李卓謙')).toEqual(['李卓謙']);
    expect(splitByline('文：李卓謙')).toEqual(['李卓謙']);
    // Without a colon "文" opens a name or a word, not a label.
    expect(splitByline('文家豪')).toEqual(['文家豪']);
  });
  it('drops Arabic "كتب:" / "كتبت:", Thai "โดย" and Greek "Γράφτηκε από τον/την", "Γράφει η", "Συντάκτης:"', () => {
    expect(splitByline('كتب: محمد عبد الرحيم')).toEqual(['محمد عبد الرحيم']);
    expect(splitByline('كتبت: سارة علي')).toEqual(['سارة علي']);
    expect(splitByline('โดย: ประเสริฐ ศรีสุวรรณ')).toEqual(['ประเสริฐ ศรีสุวรรณ']);
    expect(splitByline('Γράφτηκε από τον/την Μαρία Κωνσταντίνου')).toEqual(['Μαρία Κωνσταντίνου']);
    expect(splitByline('Γράφει η Μαρία Κωνσταντίνου')).toEqual(['Μαρία Κωνσταντίνου']);
    expect(splitByline('Συντάκτης: Νίκος Ζήσης')).toEqual(['Νίκος Ζήσης']);
    // A name that starts with the word's letters keeps them.
    expect(splitByline('كتبي أحمد')).toEqual(['كتبي أحمد']);
  });
  it("reads Joomla 1.0's unclassed 'Γράφτηκε από τον/την' line under a table layout's headline, past the breadcrumb that also prints it", () => {
    const prose = '<p>Κλειστά θα παραμείνουν αύριο, Τετάρτη, τα σχολεία όλων των βαθμίδων στα ορεινά χωριά του δήμου Ελασσόνας, λόγω της χιονόπτωσης που σημειώθηκε.</p>'.repeat(3);
    const page = (row: string) =>
      parseArticle(
        `<html><head><title>Θεσσαλική Ηχώ - Κλειστά αύριο τα σχολεία στα ορεινά</title></head><body>` +
          `<div id="pathway"><span class="pathway"><a href="/index.php" class="pathway">Αρχική</a> &gt; Κλειστά αύριο τα σχολεία στα ορεινά</span></div>` +
          `<table class="contentpaneopen"><tr><td class="contentheading">Κλειστά αύριο τα σχολεία στα ορεινά</td></tr></table>` +
          `<table class="contentpaneopen"><tr><td>${row}&nbsp;&nbsp;</td></tr><tr><td>${prose}</td></tr></table></body></html>`,
      ).authors;
    expect(page('<span class="small">Γράφτηκε από τον/την Μαρία Κωνσταντίνου</span>')).toEqual([{ name: 'Μαρία Κωνσταντίνου', url: null }]);
    expect(page('<span class="small">Γράφτηκε από τον/την διαχειριστή της σελίδας και των ειδήσεων</span>')).toEqual([]);
  });
});

describe("a byline's label part, in any language", () => {
  const prose = '<p>The port authority closed all three terminals on Tuesday, citing winds of more than 100 kilometres an hour, and said ferries would resume on Thursday.</p>'.repeat(3);
  const page = (byline: string) => article('', `<article><h1>Storm closes ports</h1><div class="article-byline">${byline}</div>${prose}</article>`).authors.map((a) => a.name);

  it('never reads the label part as the name: BEM "__label", or a part of two words at most ending in a spaced dash or a colon', () => {
    expect(page('<span class="article-byline__label">သတင်း - </span><div class="field--name-field-reporter">နန်းဆုမွန်</div>')).toEqual(['နန်းဆုမွန်']);
    expect(page('<span class="article-byline__label">News - </span><div class="field--name-field-reporter">Nan Su Mon</div>')).toEqual(['Nan Su Mon']);
    expect(page('<span class="byline-part">Reported by:</span> <span class="field-item">Nan Su Mon</span>')).toEqual(['Nan Su Mon']);
  });
  it('still reads a nested name part, one whose class only says its field hides a label, and a name without a label', () => {
    expect(page('By <span class="byline__name">Jane Doe</span>')).toEqual(['Jane Doe']);
    expect(page('<div class="field-name-field-byline field-label-hidden">By Jane Doe and John Roe</div><div class="field-label-hidden">Associated Press</div>')).toEqual(['Jane Doe', 'John Roe']);
    expect(page('<span>Jane Doe</span> and <span>John Roe</span>')).toEqual(['Jane Doe', 'John Roe']);
    // Two capitalised words before a colon are the author's name, not a label.
    expect(page('<span>Jane Smith:</span> <span>Opinion</span>')[0]).toMatch(/^Jane Smith/);
  });
});

describe('words of scripts written with combining vowel signs (Sinhala, Devanagari)', () => {
  const prose = '<p>කොළඹ ප්‍රධාන මාර්ග හතරක බස් මංතීරු ජනවාරි 5 සිට නැවත ක්‍රියාත්මක කෙරේ, ප්‍රවාහන අමාත්‍යාංශය ඊයේ නිවේදනය කළේය. මගීන්ට වේලාව ඉතිරි වනු ඇත.</p>'.repeat(3);
  const page = (byline: string) =>
    parseArticle(`<html><head><title>බස් මංතීරු</title></head><body><article><h1>කොළඹ බස් මංතීරු නැවත ක්‍රියාත්මක කෙරේ</h1><span class="news-author">${byline}</span>${prose}</article></body></html>`, {
      url: 'https://news.example/sinhala/news/98231/bus-lanes',
    }).authors;
  const a = (slug: string, name: string) => `<a href="/sinhala/author/${slug}">${name}</a>`;

  it("counts a label's words whole, marks and all ('වාර්තා කළේ' is two words, not four), so its linked names are read", () => {
    expect(page(`වාර්තා කළේ ${a('chaminda-perera', 'චමින්ද පෙරේරා')} සහ ${a('saman-gamage', 'සමන් ගමගේ')}`)).toEqual([
      { name: 'චමින්ද පෙරේරා', url: 'https://news.example/sinhala/author/chaminda-perera' },
      { name: 'සමන් ගමගේ', url: 'https://news.example/sinhala/author/saman-gamage' },
    ]);
  });
  it("compares an author's words with the site's whole, marks and all: 'සුරේෂ්' does not open with the site 'සිරි'", () => {
    const ld = '<meta property="og:site_name" content="සිරි"><script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"සුරේෂ් පෙරේරා"},{"@type":"Person","name":"නිමල් සිල්වා"}]}</script>';
    const names = parseArticle(`<html><head><title>බස් මංතීරු</title>${ld}</head><body><article><h1>කොළඹ බස් මංතීරු</h1>${prose}</article></body></html>`).authors.map((x) => x.name);
    expect(names).toEqual(['සුරේෂ් පෙරේරා', 'නිමල් සිල්වා']);
  });
  it("counts a word typed with a zero-width joiner as one word: the label 'පුවත් ප්\u200dරකාශනය:' is two words, its link read", () => {
    expect(page(`පුවත් ප්\u200dරකාශනය: ${a('chaminda-perera', 'චමින්ද පෙරේරා')}`)).toEqual([{ name: 'චමින්ද පෙරේරා', url: 'https://news.example/sinhala/author/chaminda-perera' }]);
    // Three words with it are more than a label's two.
    expect(page(`මෙම පුවත් ප්\u200dරකාශනය: ${a('chaminda-perera', 'චමින්ද පෙරේරා')}`)).not.toContainEqual({ name: 'චමින්ද පෙරේරා', url: 'https://news.example/sinhala/author/chaminda-perera' });
  });
  it('reads one author link after a short label ending in a colon, in any language', () => {
    expect(page(`වාර්තා කළේ: ${a('chaminda-perera', 'චමින්ද පෙරේරා')}`)).toEqual([{ name: 'චමින්ද පෙරේරා', url: 'https://news.example/sinhala/author/chaminda-perera' }]);
  });
  it('not one link after a label of more words, nor one followed by more words', () => {
    expect(page(`මෙම පුවත වාර්තා කළේ: ${a('chaminda-perera', 'චමින්ද පෙරේරා')}`)).not.toContainEqual({ name: 'චමින්ද පෙරේරා', url: 'https://news.example/sinhala/author/chaminda-perera' });
    expect(page(`වාර්තා කළේ: ${a('chaminda-perera', 'චමින්ද පෙරේරා')} සහ කණ්ඩායම`)).not.toContainEqual({ name: 'චමින්ද පෙරේරා', url: 'https://news.example/sinhala/author/chaminda-perera' });
  });
  it('reads a one-word byline label with vowel signs before a link to the writer\'s page (Hindi "द्वारा")', () => {
    const hindi = parseArticle(
      `<html><head><title>कोलंबो में बस लेन फिर से शुरू होगी</title></head><body><div class="khabar"><div class="khabar-head"><h1>कोलंबो में बस लेन फिर से शुरू होगी</h1><span>द्वारा <a href="/lekhak/ramesh-kumar/">रमेश कुमार</a></span></div><div class="text">${'<p>परिवहन मंत्रालय ने कल कहा कि कोलंबो की चार मुख्य सड़कों पर बस लेन पांच जनवरी से फिर से लागू की जाएंगी और यात्रियों का समय बचेगा।</p>'.repeat(3)}</div></div></body></html>`,
      { url: 'https://news.example/samachar/2025/12/23/bus-lane/' },
    ).authors;
    expect(hindi).toEqual([{ name: 'रमेश कुमार', url: 'https://news.example/lekhak/ramesh-kumar/' }]);
  });
});

describe("a site-wide author meta naming the editorial office", () => {
  const prose = '<p>Сельская библиотека в Алёховщине работает с 1952 года. Последние двадцать лет она занимает две комнаты на первом этаже старого деревянного дома.</p>'.repeat(3);
  const page = (author: string, site = 'Ладожский край') =>
    parseArticle(
      `<html><head><title>${site} :: Общество :: Читатели отстояли сельскую библиотеку</title><meta name="author" content="${author}"><meta property="og:site_name" content="${site}"></head>` +
        `<body><article><h1>Читатели отстояли сельскую библиотеку</h1><div class="text">${prose}<p><strong>Ольга Смирнова</strong></p></div></article></body></html>`,
    ).authors.map((a) => a.name);

  it("is the outlet, not an author: the office's words before the site's name ('Редакция газеты', 'Redaktion', 'Editorial staff of')", () => {
    expect(page('Редакция газеты Ладожский край')).toEqual(['Ольга Смирнова']);
    expect(page('Redaktion Kieler Nachrichten', 'Kieler Nachrichten')).toEqual(['Ольга Смирнова']);
    expect(page('Editorial staff of the Harbour Gazette', 'Harbour Gazette')).toEqual(['Ольга Смирнова']);
  });
  it("not another paper's office, nor a person whose surname is the site's name", () => {
    expect(page('Редакция газеты Вечерний Мурманск')).toEqual(['Редакция газеты Вечерний Мурманск']);
    expect(page('Emily Post', 'Post')).toEqual(['Emily Post']);
  });
});

describe('a line break in a byline ends its names', () => {
  const prose = '<p>The storm closed both ports on Tuesday, and the ferries stayed in the harbour until the wind dropped in the evening.</p>'.repeat(4);
  const names = (byline: string) => article('', `<article><h1>Storm closes ports</h1>${byline}${prose}</article>`).authors.map((a) => a.name);

  it('reads "By Jane Doe<br>Staff Writer", classed or plain, as one name and a role', () => {
    expect(names('<p class="byline">By Jane Doe<br>Staff Writer</p>')).toEqual(['Jane Doe']);
    expect(names('<p>By Jane Doe<br>Staff Writer</p>')).toEqual(['Jane Doe']);
    expect(names('<p class="byline">By Jane Doe<br>The Daily Planet</p>')).toEqual(['Jane Doe']);
    expect(names('<div class="byline"><p>By Jane Doe</p><p>Senior Reporter</p></div>')).toEqual(['Jane Doe']);
  });

  it("takes an author box's name line, not its role or bio lines", () => {
    const box = '<div class="author-box"><div class="author-box__name">Tomás Aguilar</div><div>Lead Agronomist</div><div>Tomás spent eleven years with the county extension office.</div></div>';
    expect(names(box)).toEqual(['Tomás Aguilar']);
  });

  it('keeps co-authors on lines of their own when the line ends in "and" or each name is a link or a list item', () => {
    expect(names('<p class="byline">By Jane Doe and<br>John Roe</p>')).toEqual(['Jane Doe', 'John Roe']);
    expect(names('<p class="byline">By <a href="/author/jane-doe">Jane Doe</a><br><a href="/author/john-roe">John Roe</a></p>')).toEqual(['Jane Doe', 'John Roe']);
    expect(names('<div class="byline">By<ul><li>Jane Doe</li><li>John Roe</li></ul></div>')).toEqual(['Jane Doe', 'John Roe']);
    // A linked section on the next line is no co-author.
    expect(names('<div class="byline"><a href="/author/jane">Jane Doe</a><br><a href="/section/weather">Weather</a></div>')).toEqual(['Jane Doe']);
  });

  it('runs on after a label, after a separator and before a joining word', () => {
    expect(names('<p class="byline">By<br>Jane Doe</p>')).toEqual(['Jane Doe']);
    expect(names('<p class="byline">By Jane Doe<br>and John Roe</p>')).toEqual(['Jane Doe', 'John Roe']);
    expect(names('<p>By Jane Doe,<br>John Roe</p>')).toEqual(['Jane Doe', 'John Roe']);
  });

  it('skips a date line above the name, and keeps the date below it as the date', () => {
    expect(names('<div class="byline"><time>March 5, 2024</time><br>By Jane Doe</div>')).toEqual(['Jane Doe']);
    const dated = article('', `<article><h1>Storm closes ports</h1><p>by Doris Pruitt<br>December 21, 1999</p>${prose}</article>`);
    expect(dated.authors.map((a) => a.name)).toEqual(['Doris Pruitt']);
    expect(dated.publishedAt).toBe('1999-12-21');
  });
});

describe("a theme's meta row whose byline word follows the date", () => {
  const prose = '<p>The storm closed both ports on Tuesday, and the ferries stayed in the harbour until the wind dropped in the evening.</p>'.repeat(4);
  const read = (row: string) => article('', `<article><h1>Storm closes ports</h1>${row}${prose}</article>`);

  it('reads "Posted on <time> by <a href=/author/…>" as the byline, with the link', () => {
    const a = read('<div class="entry-meta">Posted on <time datetime="2024-03-05T10:00:00+00:00">March 5, 2024</time> by <a href="/author/jane/">Jane Doe</a></div>');
    expect(a.authors).toEqual([{ name: 'Jane Doe', url: 'https://news.example/author/jane/' }]);
    expect(a.publishedAt).toBe('2024-03-05T10:00:00Z');
    expect(read('<div class="entry-meta">March 5, 2024 by Jane Doe and John Roe · 2 Comments</div>').authors.map((x) => x.name)).toEqual(['Jane Doe', 'John Roe']);
  });

  it('takes no byline when no person follows the word, nor from an unclassed line', () => {
    expect(read('<p class="entry-meta">Updated March 6, 2024 by staff</p>').authors).toEqual([]);
    expect(read('<div class="post-meta">Filed in Politics by the editors</div>').authors).toEqual([]);
    // Without a date before the word, a sponsor's line; with one, another act's credit.
    expect(read('<div class="post-meta">Sponsored by Acme Bank</div>').authors).toEqual([]);
    expect(read('<div class="entry-meta">March 5, 2024 · Sponsored by Acme Bank</div>').authors).toEqual([]);
    expect(read('<div class="entry-meta">March 5, 2024 · Photos by John Roe</div>').authors).toEqual([]);
    expect(read('<div class="entry-meta">Updated on March 5, 2024 | Medically reviewed by Dr. Ann Lee</div>').authors).toEqual([]);
    const reviewed = read('<div class="post-meta">Last reviewed March 6, 2024 by Dr. Ann Lee, MD</div>');
    expect(reviewed.authors).toEqual([]);
    expect(reviewed.publishedAt).toBeNull();
    expect(read('<p class="post-meta">Originally published March 1, 2019 by The Boston Globe</p>').publishedAt).not.toBe('2019-03-01');
    expect(read('<p>The plan was approved on March 5 by Jane Doe and the council.</p>').authors).toEqual([]);
  });
});

describe("a user account after a byline label (LiveJournal's lj:user)", () => {
  const prose = '<p>The river came up four feet overnight, and by seven the water was within a hand’s width of the towpath at the low spot by the allotments.</p>'.repeat(3);
  const user = (name: string) => `<span class="ljuser" lj:user="${name}"><a href="http://${name}.journal.example/profile"><img src="http://stat.journal.example/userinfo.gif" alt="[info]" width="17" height="17"></a><a href="http://${name}.journal.example/"><b>${name}</b></a></span>`;
  const entry = (header: string, content = prose) =>
    parseArticle(
      `<html><head><title>marsh_wren: The thaw</title></head><body><div class="entry"><table class="entryheader"><tr><td>${header}</td></tr></table><h2 class="entry-subject">The thaw</h2><div class="entry-content">${content}</div></div></body></html>`,
      { url: 'http://marsh_wren.journal.example/48213.html' },
    ).authors;

  it('reads the handle as written, lower case and all, without the journal root as its page', () => {
    expect(entry(`<div class="entryHeaderPoster"><b>Posted by:</b> ${user('marsh_wren')}</div>`)).toEqual([{ name: 'marsh_wren', url: null }]);
  });

  it('not a user named in running text, nor one without a byline label before it', () => {
    expect(entry('', `<p>I walked up as far as the lock with ${user('gullwing_jo')}, who had come over from town to see the flood.</p>${prose}`)).toEqual([]);
    expect(entry(`<div class="commenter-name">${user('fen_tiger')}</div>`)).toEqual([]);
    expect(entry(`<div><b>Friends:</b> ${user('fen_tiger')}</div>`)).toEqual([]);
  });
});

describe('a blog engine\'s "Posted by … at …" line at the foot of the post', () => {
  const prose = '<p>Every January the seed catalogues arrive, and every January I order too much; this year I tried a list, a budget and a rule about tomatoes.</p>'.repeat(3);
  // Movable Type 4: the date header above the post, the byline only in the entry's own footer.
  const post = (foot: string, comments = '') =>
    parseArticle(
      `<html><head><title>A Kitchen Garden Notebook: The seed catalogue winter</title></head><body><div id="alpha"><h2 class="date-header">Friday, January 04, 2008</h2>` +
        `<div id="entry-1187" class="entry-asset asset hentry"><div class="asset-header"><h1 class="asset-name entry-title">The seed catalogue winter</h1></div>` +
        `<div class="asset-content entry-content">${prose}</div><div class="asset-footer"><p class="entry-footer">${foot}</p></div></div>${comments}</div></body></html>`,
      { url: 'http://notebook.example/2008/01/the-seed-catalogue-winter.html' },
    );

  it('cuts the byline at "at" before its time, not at an "at" before words', () => {
    expect(splitByline('Posted by Jane Doe at 10:32 AM in Planning')).toEqual(['Jane Doe']);
    expect(splitByline('Jane Doe at 10:32 AM')).toEqual(['Jane Doe']);
    expect(splitByline('Jane Doe at Large')).not.toEqual(['Jane Doe']);
  });

  it('reads the name, and its time completes the date header\'s day', () => {
    const a = post('<span class="post-footers">Posted by Jane Doe at 10:32 AM in <a href="/planning/">Planning</a></span> | <a href="#comments">Comments (3)</a>');
    expect(a.authors).toEqual([{ name: 'Jane Doe', url: null }]);
    expect(a.publishedAt).toBe('2008-01-04T10:32:00');
    expect(a.text).not.toContain('Posted by');
  });

  it("not a comment's \"Posted by:\" line; a closing credit that gives no time or date is read only as the last resort", () => {
    const comment = '<div class="comments"><div class="comment"><p>Mine reached the shed roof in July, so give them six foot of pole at least.</p><p class="comment-footer">Posted by: <a href="http://margaret.example/">Margaret Hill</a> | January 04, 2008 at 11:15 AM</p></div></div>';
    expect(post('<a href="#comments">Comments (1)</a>', comment).authors).toEqual([]);
    // (Session 20: the undated credit names the author when nothing else does; see "a closing credit alone".)
    const undated = post('<span>Posted by Jane Doe.</span>');
    expect(undated.authors).toEqual([{ name: 'Jane Doe', url: null }]);
    expect(undated.publishedAt).toBe('2008-01-04');
  });

  it("takes no clock from a trackback's or an unclassed feedback box's \"Posted by … at\" line", () => {
    const trackbacks = '<div id="trackbacks"><h2>TrackBack</h2><p>Listed below are links to weblogs that reference this entry.</p><p>Posted by The Garden Blog at 3:30 PM</p></div>';
    expect(post('<a href="#comments">Comments (1)</a>', trackbacks).publishedAt).toBe('2008-01-04');
    const feedback = '<div id="feedback"><p>Mine reached the shed roof in July.</p><p>Posted by Margaret Hill at 11:15 AM</p></div>';
    expect(post('<a href="#comments">Comments (1)</a>', feedback).publishedAt).toBe('2008-01-04');
  });
});

describe('one-per-tag meta authors in their sort form ("Surname, Given")', () => {
  const prose = '<p>Traditional swing moorings scour the seabed as their chains drag in a circle, leaving bare patches in the seagrass meadows for decades.</p>'.repeat(3);
  const paper = (metas: string, byline = '') =>
    article(metas, `<article><h1>Storm closes ports</h1>${byline}${prose}</article>`).authors.map((a) => a.name);
  const creators = (...names: string[]) => names.map((n) => `<meta name="dc.creator" content="${n}">`).join('');

  it('turns each to the order a byline prints, or takes the printed form when the byline shows the same words', () => {
    expect(paper(creators('Okafor, Adaeze', 'Lindqvist, Tomas', 'Chen, Mei-Ling'))).toEqual(['Adaeze Okafor', 'Tomas Lindqvist', 'Mei-Ling Chen']);
    expect(paper(creators('Kooman, F.', 'Jong, Michiel de'))).toEqual(['F. Kooman', 'Michiel de Jong']);
    expect(paper(creators('Chen, Mei-Ling', 'Okafor, Adaeze'), '<p class="byline">By Chen Mei-Ling and Adaeze Okafor</p>')).toEqual(['Chen Mei-Ling', 'Adaeze Okafor']);
  });

  it('not a name and its affiliation or role, two people in one tag, nor a list not all in that form', () => {
    expect(paper(creators('Jane Doe, Reuters', 'John Roe, Reuters'))).toEqual(['Jane Doe, Reuters', 'John Roe, Reuters']);
    expect(paper(creators('Jane Doe, John Roe', 'Ann Poe, Ben Moe'))).toEqual(['Jane Doe, John Roe', 'Ann Poe, Ben Moe']);
    expect(paper(creators('Okafor, Adaeze', 'Tomas Lindqvist'))).toEqual(['Okafor, Adaeze', 'Tomas Lindqvist']);
    // A lone value is split as a byline: "Doe, Jane" may be two writers' names.
    expect(paper(creators('Okafor, Adaeze'))).not.toEqual(['Adaeze Okafor']);
  });
});

describe("a structured-data Person's user name, taken as given", () => {
  const prose = '<p>Type guards narrow a union to one of its members, so the compiler knows which properties exist at each point of the function that handles the value.</p>'.repeat(3);
  const ld = (person: Record<string, unknown>) =>
    `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'Article', headline: 'Storm closes ports', author: person })}</script>`;
  const at = (head: string, body = `<article><h1>Storm closes ports</h1>${prose}</article>`) =>
    parseArticle(`<html><head><title>Storm closes ports</title>${head}</head><body>${body}</body></html>`, { url: 'https://dev.example/ken_tanaka/items/3f9a' });
  /** The post with the user name printed as its profile link, as Qiita prints "@ken_tanaka". */
  const printed = (name: string) => `<article><h1>Storm closes ports</h1><div class="user"><a href="/${encodeURIComponent(name)}">@${name}</a></div>${prose}</article>`;

  it("keeps a JSON-LD Person's lower-case handle with its url (Qiita, Zenn, dev.to credit people so)", () => {
    const a = at(ld({ '@type': 'Person', name: 'ken_tanaka', url: 'https://dev.example/ken_tanaka' }), printed('ken_tanaka'));
    expect(a.authors).toEqual([{ name: 'ken_tanaka', url: 'https://dev.example/ken_tanaka' }]);
    expect(a.sources.authors).toBe('json-ld');
    expect(at(ld({ '@type': 'Person', name: 'kei-eno42' }), printed('kei-eno42')).authors.map((x) => x.name)).toEqual(['kei-eno42']);
  });

  it('not when the page never prints the user name: a CMS login only the JSON-LD names', () => {
    expect(at(ld({ '@type': 'Person', name: 'webnata' })).authors).toEqual([]);
  });

  it("keeps a microdata Person item's lower-case name", () => {
    const body = `<article itemscope itemtype="https://schema.org/BlogPosting"><h1>Storm closes ports</h1><p>by <span itemprop="author" itemscope itemtype="https://schema.org/Person"><a itemprop="url" href="/author/mina_k/"><span itemprop="name">mina_k</span></a></span></p>${prose}</article>`;
    const a = at('', body);
    expect(a.authors).toEqual([{ name: 'mina_k', url: 'https://dev.example/author/mina_k/' }]);
    expect(a.sources.authors).toBe('microdata');
  });

  it('refuses junk, a placeholder or admin account, a role, the site, an untyped string, a date', () => {
    const none = (person: { '@type': string; name: string }, head = '') => expect(at(head + ld({ ...person }), printed(person.name)).authors).toEqual([]);
    none({ '@type': 'Person', name: 'admin' });
    none({ '@type': 'Person', name: 'user123' });
    none({ '@type': 'Person', name: 'jdadmin' });
    none({ '@type': 'Person', name: 'staff' });
    none({ '@type': 'Person', name: '@ken_tanaka' });
    none({ '@type': 'Person', name: 'ken@dev.example' });
    none({ '@type': 'Person', name: 'n/a' });
    none({ '@type': 'Person', name: 'posted by: ken' });
    none({ '@type': 'Person', name: '2024-01-04' });
    none({ '@type': 'Person', name: 'jan 4 2024' });
    none({ '@type': 'Person', name: 'qiita' }, '<meta property="og:site_name" content="Qiita">');
    // A name given as a bare string is not typed: the byline rules judge it.
    expect(at(`<script type="application/ld+json">${JSON.stringify({ '@type': 'Article', headline: 'Storm closes ports', author: 'mcupdate' })}</script>`).authors).toEqual([]);
    // "badminton" is no admin account.
    expect(at(ld({ '@type': 'Person', name: 'badminton_fan' }), printed('badminton_fan')).authors.map((x) => x.name)).toEqual(['badminton_fan']);
  });

  it('gives way to a visible byline that prints a name (a theme that prints "Kevin Rebong" over a Person "kevin-r")', () => {
    const body = `<article><h1>Storm closes ports</h1><p class="byline">By <a href="/author/kevin-rebong/">Kevin Rebong</a></p>${prose}</article>`;
    expect(at(ld({ '@type': 'Person', name: 'kevin-r' }), body).authors).toEqual([{ name: 'Kevin Rebong', url: 'https://dev.example/author/kevin-rebong/' }]);
  });
});

describe("the story's meta row printed as a <footer> above its text", () => {
  const long = (i: number) => `<p>Paragraph ${i} of the trip report goes on, with commas, names, places and figures, long enough to read as real article prose.</p>`;
  const text = [1, 2, 3, 4].map(long).join('');
  const page = (before: string, after = '') =>
    parseArticle(
      `<html><head><title>The night train to Vienna, revisited</title></head><body><article><header><h1>The night train to Vienna, revisited</h1></header><div class="entry-content">${before}${text}${after}</div></article></body></html>`,
      { url: 'https://slowrails.example/night-train.html' },
    );
  const postInfo =
    '<footer class="post-info"><abbr class="published" title="2024-01-04T10:42:00+01:00">Published: Thu 04 January 2024</abbr><address class="vcard author">By <a class="url fn" href="/author/ann-lee.html">Ann Lee</a></address><p>In <a href="/category/transit.html">Transit</a>.</p></footer>';
  it("reads the byline of a <footer> that comes before the story's first paragraph (Pelican's footer.post-info)", () => {
    expect(page(postInfo).authors).toEqual([{ name: 'Ann Lee', url: 'https://slowrails.example/author/ann-lee.html' }]);
  });
  it('not a footer after the text (a bio box, a "photos by" line), nor a quote\'s or a picture\'s credit footer above it', () => {
    expect(page('', postInfo).authors).toEqual([]);
    expect(page('', '<footer><div class="author-box"><p class="author">About Ann Lee</p><p>Ann writes about trains.</p></div></footer>').authors).toEqual([]);
    expect(page('', '<footer><p class="byline">Photos by Ben Cho</p></footer>').authors).toEqual([]);
    expect(page('<blockquote><p>The journey is the destination.</p><footer class="author">Mark Twain</footer></blockquote>').authors).toEqual([]);
    expect(page('<figure><img src="/a.jpg" alt=""><footer class="author vcard">Ben Cho</footer></figure>').authors).toEqual([]);
    // A lead footer holding another foreign block (a comments box named so) is not the row there.
    expect(page('<footer class="post-info"><div class="comments"><span class="author">Jo Reader</span></div></footer>').authors).toEqual([]);
  });
  // Review of session 19: these footers above the text had given their lines as the byline.
  it("not a hero's credit, a pull quote's or an embed's footer, a source box's, a sponsor's or a reviewer's line", () => {
    expect(page('<div class="hero"><img src="/img/bus.jpg" alt="A night bus"><footer class="hero-credit"><span class="author">Jane Smith / Reuters</span></footer></div>').authors).toEqual([]);
    expect(page('<div class="hero"><img src="/img/bus.jpg" alt=""><footer><span class="photo-author">Jane Smith / Reuters</span></footer></div>').authors).toEqual([]);
    expect(page('<div class="pull-quote"><p>“We have waited ten years for this,” she said.</p><footer><span class="author">Ann Roe, commuter</span></footer></div>').authors).toEqual([]);
    expect(page('<div class="pull-quote"><p>“We have waited ten years for this.”</p><footer><cite class="quote-author">Ann Roe</cite></footer></div>').authors).toEqual([]);
    expect(page('<div class="embed embed-twitter"><p>Night buses are back!</p><footer><span class="author">Ann Roe (@annroe)</span> <a href="https://twitter.com/annroe/status/1">March 3, 2025</a></footer></div>').authors).toEqual([]);
    const tweet = page('<div class="embedded-post"><p>Night buses are back!</p><footer><span class="tweet-author">Ann Roe · 3 March 2025</span></footer></div>');
    expect(tweet.authors).toEqual([]);
    expect(tweet.publishedAt).toBeNull();
    expect(page('<div class="source-box"><p>Source:</p><footer><span class="author">Transport for the City press office</span></footer></div>').authors).toEqual([]);
    expect(page('<footer class="sponsor-line"><span class="byline">Sponsored by Acme Bank</span></footer>').authors).toEqual([]);
    expect(page('<footer class="meta"><span class="byline">Sponsored by Acme Bank</span></footer>').authors).toEqual([]);
    expect(page('<footer class="review-info"><span class="reviewer-byline">Reviewed by Dr. Ken Ito</span></footer>').authors).toEqual([]);
    expect(page('<footer class="meta"><span class="byline">Reviewed by Dr. Ken Ito</span></footer>').authors).toEqual([]);
  });
});

describe("a post's signature in its own foot, classed as the entry's author (WriteFreely)", () => {
  const long = (i: number) => `<p>Paragraph ${i} of the post goes on, with commas, names, places and figures, long enough to read as real article prose.</p>`;
  const text = [1, 2, 3, 4].map(long).join('');
  const page = (foot: string, header = '', underTitle = '') =>
    parseArticle(
      `<html><head><title>Night buses are back on Route 12 — Night Owl Transit</title><meta property="og:site_name" content="Night Owl Transit"></head><body>${header}` +
        `<article id="post-body" class="h-entry"><h2 id="title" class="p-name">Night buses are back on Route 12</h2>${underTitle}<div class="e-content">${text}</div><div id="post-footer">${foot}</div></article>` +
        `<footer><p>Published with WriteFreely</p></footer></body></html>`,
      { url: 'https://nightowl.example/night-buses' },
    );
  const blogHeader = '<header><h1 id="blog-title"><a rel="author" href="https://nightowl.example/" class="h-card p-author">Night Owl Transit</a></h1></header>';
  const signed = '<p>Published by <a class="u-author h-card" href="https://nightowl.example/about">Ann Lee</a> · <a href="https://remark.example/x">Discuss...</a></p>';
  it("reads \"Published by <a class='u-author h-card'>\" in the entry's foot over the blog header's site link", () => {
    expect(page(signed, blogHeader).authors).toEqual([{ name: 'Ann Lee', url: 'https://nightowl.example/about' }]);
    expect(page('<p>Posted by <a class="p-author h-card" href="/about">Ann Lee</a></p>').authors).toEqual([{ name: 'Ann Lee', url: 'https://nightowl.example/about' }]);
  });
  it("not a photographer's, a quoted source's or an editor's card, nor a plain vcard, two authors' links, or a line without a byline word", () => {
    expect(page('<p>Photos by <a class="u-author h-card" href="/ben">Ben Cho</a></p>').authors).toEqual([]);
    expect(page('<p>Source: <a class="p-author h-card" href="/dr-x">Dana Whit</a></p>').authors).toEqual([]);
    expect(page('<p>Edited by <a class="u-author h-card" href="/ed">Ed Marsh</a></p>').authors).toEqual([]);
    expect(page('<p>Published by <span class="author vcard"><a class="url fn" href="/about">Ann Lee</a></span></p>').authors).toEqual([]);
    expect(page('<p>By <a class="u-author h-card" href="/a">Ann Lee</a> and <a class="u-author h-card" href="/b">Ben Cho</a></p>').authors).toEqual([]);
    expect(page('<p><a class="u-author h-card" href="/about">Ann Lee</a></p>').authors).toEqual([]);
  });
  it('gives way to a byline under the headline', () => {
    expect(page(signed, '', '<p class="byline">By Jane Doe</p>').authors).toEqual([{ name: 'Jane Doe', url: null }]);
  });
  // Review of session 19: a reader's or a quoted post's "Posted by" card had become the byline.
  const entry = (before: string, foot: string, after: string) =>
    parseArticle(
      `<html><head><title>Night buses are back on Route 12</title></head><body><article id="post-body" class="h-entry">${before}<h2 class="p-name">Night buses are back on Route 12</h2><div class="e-content">${text}</div><div id="post-footer">${foot}</div>${after}</article></body></html>`,
      { url: 'https://nightowl.example/night-buses' },
    ).authors;
  const reader = (cls: string) => `<p>Posted by <a class="${cls} h-card" href="https://reader.example/">Rob Reader</a></p><p>Great news, finally!</p>`;
  it("not a comment's, a reply's or a quoted post's card: a nested h-entry or h-cite, a responses block, an aside of comments", () => {
    expect(entry('', '', `<section id="replies"><div class="h-entry p-comment">${reader('u-author')}</div></section>`)).toEqual([]);
    expect(entry('', '', `<div class="responses"><div class="h-cite u-comment">${reader('p-author')}</div></div>`)).toEqual([]);
    expect(entry('', '', `<aside class="comments"><ol><li class="comment">${reader('u-author')}</li></ol></aside>`)).toEqual([]);
    expect(entry('<div class="u-repost-of h-cite"><p>Posted by <a class="u-author h-card" href="https://other.example/">Otto Other</a></p></div>', '', '')).toEqual([]);
    expect(entry('', '', '<div class="embed"><blockquote class="h-cite"><p>Buses matter.</p><p>Published by <a class="u-author h-card" href="https://mayor.example/">Mayor Gail Roe</a></p></blockquote></div>')).toEqual([]);
  });
  it('a reply context above the post gives way to the signature in its foot', () => {
    const context = '<div class="u-in-reply-to h-cite"><p>Posted by <a class="p-author h-card" href="https://other.example/">Otto Other</a></p><p>Are night buses coming back?</p></div>';
    expect(entry(context, '<p>Published by <a class="u-author h-card" href="/about">Ann Lee</a></p>', '')).toEqual([{ name: 'Ann Lee', url: 'https://nightowl.example/about' }]);
    expect(entry(context, '', '')).toEqual([]);
  });
});

describe("a fact-check's claim card: its author-classed element is the claim's speaker", () => {
  const prose = '<p>The Pentagon rejected the accusations as patently false, and independent analysts and aid groups said the camp had been cut off by the government for months.</p>'.repeat(3);
  const claim = '<div class="statement"><div class="statement-head"><div class="statement-author"><div><h4 class="author">The Russian and Syrian defense ministries</h4></div></div></div><div class="statement-content"><p>“U.S.-controlled formations continue to prevent the evacuation of civilians.”</p></div></div>';
  const page = (top: string) => article('', `<article><h1>Storm closes ports</h1>${top}${claim}${prose}</article>`).authors;

  it('names no author from the claim card (Polygraph, PolitiFact)', () => {
    expect(page('')).toEqual([]);
    const pf = '<div class="m-statement"><div class="m-statement__author"><a class="m-statement__name" href="/personalities/jane-roe/">Jane Roe</a></div></div>';
    expect(article('', `<article><h1>Storm closes ports</h1>${pf}${prose}</article>`).authors).toEqual([]);
  });
  it("keeps the story's own byline beside it, and a byline in a block merely named like one ('disclaimer')", () => {
    expect(page('<p class="byline">By Jane Doe</p>').map((a) => a.name)).toEqual(['Jane Doe']);
    expect(article('', `<article><h1>Storm closes ports</h1><div class="post-disclaimer"><p class="byline">By Jane Doe</p></div>${prose}</article>`).authors.map((a) => a.name)).toEqual(['Jane Doe']);
    // Review: a block named "statement" or "claim" alone may hold the story's own byline.
    expect(article('', `<article><h1>Storm closes ports</h1><div class="news-statement"><div class="meta"><span class="author">Maria Lopez</span></div></div>${prose}</article>`).authors.map((a) => a.name)).toEqual(['Maria Lopez']);
    expect(article('', `<article><h1>Storm closes ports</h1><header class="claim-header"><span class="author">Maria Lopez</span></header>${prose}</article>`).authors.map((a) => a.name)).toEqual(['Maria Lopez']);
  });
});

describe("a teaser card's byline and a menu's \"Bylines\" entry are not the story's", () => {
  const prose = '<p>The harbour master said the ferries would stay in port until the wind dropped below gale force, which forecasters expect by Thursday.</p>'.repeat(3);
  const card = (i: number, by: string) =>
    `<li><article><figure><img src="/p${i}.jpg"><figcaption>Credit Ann Lee</figcaption></figure><h2><a href="/2024/01/0${i}/story-${i}.html">Story number ${i} about the storm</a></h2><p>A short dek for story ${i}.</p><p>By ${by}</p></article></li>`;
  const nav = (entry: string) =>
    `<div id="globalNav"><ul id="gnPri"><li id="gnPriTop"><a href="/">トップ</a></li><li id="gnPriFlash"><a href="/flash">速報</a></li><li id="gnPriPhoto"><a href="/photo">写真</a></li>${entry}<li id="gnPriBiz"><a href="/biz">ビジネス</a></li><li id="gnPriRank"><a href="/ranking">ランキング</a></li></ul></div>`;

  it("names no one on a section front from its cards' bylines, nor under a story from an unnamed list of cards", () => {
    // nytimes-5: a front with no <h1>; each card's last name is classed "last-byline".
    const front = `<section><h2>Highlights</h2><ol>${card(1, '<span class="last-byline">Tariq Panja</span>')}${card(2, '<span class="last-byline">Jane Doe</span>')}</ol></section>`;
    expect(article('<meta property="og:title" content="News Front">', front).authors).toEqual([]);
    expect(article('', `<article><h1>Storm closes ports</h1>${prose}</article><ol>${card(1, '<span class="byline">Tariq Panja</span>')}${card(2, '<span class="byline">Jane Doe</span>')}</ol>`).authors).toEqual([]);
  });

  it('keeps the story\'s byline beside the next story\'s <article>, and a live blog\'s entry byline (its heading links nowhere else)', () => {
    const scroll = `<main><article><h1><a href="https://news.example/a/1">Storm closes ports</a></h1><p class="byline">By <span class="author">Ann Roe</span></p>${prose}</article><article><h2><a href="/a/2">Next story here</a></h2><p class="byline">By Ben Cho</p>${prose}</article></main>`;
    expect(article('', scroll).authors).toEqual([{ name: 'Ann Roe', url: null }]);
    const entry = (id: string, time: string, by: string) => `<li><h3><a href="#${id}">${time} Ferries stay in port</a></h3><p class="byline">By ${by}</p><p>The first sailing is cancelled.</p></li>`;
    expect(article('', `<article><h1>Storm closes ports</h1><ul>${entry('p1', '10:42', 'Jane Doe')}${entry('p2', '10:10', 'Ben Cho')}</ul>${prose}</article>`).authors).toEqual([{ name: 'Jane Doe', url: null }]);
  });

  it("keeps the story's own writer cards: a heading linked to each writer's page is no story's title", () => {
    const names = (cards: string) => article('', cards).authors.map((a) => a.name);
    // Indonesian ul.penulis of h3.byline > a cards in the story's header; a footer "Tim penulis" box.
    const byline = (slug: string, name: string, role: string) => `<li><h3 class="byline"><a href="/penulis/${slug}">${name}</a></h3><p>${role}</p></li>`;
    const team = `<ul class="penulis">${byline('budi-santoso', 'Budi Santoso', 'Wartawan')}${byline('siti-rahma', 'Siti Rahma', 'Editor')}</ul>`;
    expect(names(`<main><article><header><h1>Storm closes ports</h1>${team}</header>${prose}</article></main>`)[0]).toBe('Budi Santoso');
    expect(names(`<main><article><h1>Storm closes ports</h1>${prose}<div class="tim"><h2>Tim penulis</h2>${team}</div></article></main>`)[0]).toBe('Budi Santoso');
    // An author box in the story's <article>: a heading linked to the writer's page, beside a byline-named copy of the name.
    const box = (slug: string, name: string) => `<li><div class="author-box"><h3><a href="/penulis/${slug}">${name}</a></h3><span class="byline">${name}</span><p>Wartawan</p></div></li>`;
    expect(names(`<main><article><h1>Storm closes ports</h1>${prose}<ul class="penulis">${box('budi-santoso', 'Budi Santoso')}${box('siti-rahma', 'Siti Rahma')}</ul></article></main>`)[0]).toBe('Budi Santoso');
    // An opinion panel outside any <article>: each card's heading links an /experts/ page its byline names.
    const expert = (slug: string, name: string) => `<li><article class="contributor"><h3><a href="/experts/${slug}">${name}</a></h3><p class="byline">${name}, harbour engineer</p></article></li>`;
    expect(names(`<main><div class="hero"><h1>Storm closes ports</h1></div><ul class="panel">${expert('jane-doe', 'Jane Doe')}${expert('ben-cho', 'Ben Cho')}</ul><div class="body">${prose}</div></main>`)[0]).toBe('Jane Doe');
  });

  it("names no one from the site menu's entry named \"Bylines\" above the headline (yahoo-4)", () => {
    const page = nav('<li id="gnPriBylines"><a href="https://bylines.news.example/">個人</a></li>');
    expect(article('', `${page}<article><h1>Storm closes ports</h1>${prose}</article>`).authors).toEqual([]);
  });

  it("keeps a byline listing its writers as list items, and a meta row's byline item above the headline", () => {
    const names = ['Ann Roe', 'Ben Cho', 'Cat Lee', 'Dan Moss', 'Eve Ray', 'Fay Dunn'];
    const writers = names.map((n, i) => `<li class="author"><a href="https://news.example/by/w${i}">${n}</a></li>`).join('');
    expect(article('', `${nav('')}<ul class="authors">${writers}</ul><article><h1>Storm closes ports</h1>${prose}</article>`).authors.map((a) => a.name)).toEqual(names);
    const row = (href: string) =>
      `<ul class="meta"><li class="cat"><a href="/news/">News</a></li><li class="byline"><a href="${href}">Jane Doe</a></li><li class="date"><a href="/2024/01/05/">January 5, 2024</a></li><li class="comments"><a href="#c">3 Comments</a></li><li class="share"><a href="/share">Share</a></li></ul>`;
    // In the story's own container, or linked to an author page.
    expect(article('', `<article>${row('/jane-doe/')}<h1>Storm closes ports</h1>${prose}</article>`).authors).toEqual([{ name: 'Jane Doe', url: 'https://news.example/jane-doe/' }]);
    expect(article('', `${row('/author/jane-doe/')}<article><h1>Storm closes ports</h1>${prose}</article>`).authors).toEqual([{ name: 'Jane Doe', url: 'https://news.example/author/jane-doe/' }]);
  });

  it("keeps a theme's meta row above the headline, outside the story, whose byline links a page AUTHOR_HREF_RE does not know", () => {
    const item = (cls: string, href: string, text: string) => `<li class="${cls}"><a href="${href}">${text}</a></li>`;
    const row = (byline: string, date: string) =>
      `<div class="post-header"><ul class="meta-row">${item('cat', '/news/', 'News')}${byline}${date}${item('comments', '#c', '3 Comments')}${item('share', '#s', 'Share')}${item('edit', '/wp-admin/post.php?post=1', 'Edit')}</ul><h1>Storm closes ports</h1></div><article>${prose}</article>`;
    const dated = item('date', '/2024/01/05/', 'January 5, 2024');
    // A person's name and a date item: /auteur/, ?author=3, mailto:, the writer's own site, Twitter.
    for (const href of ['/auteur/jane-doe/', '/autore/jane-doe/', '/jane-doe/', '/?author=3', 'mailto:jane@news.example', 'https://janedoe.net/', 'https://twitter.com/janedoe']) {
      expect(article('', row(item('byline', href, 'Jane Doe'), dated)).authors.map((a) => a.name)).toEqual(['Jane Doe']);
    }
    // Either alone keeps it: a person's name in a row with no date, a date beside a name in a script without capitals.
    expect(article('', row(item('byline', '/auteur/jane-doe/', 'Jane Doe'), item('print', '#p', 'Print'))).authors.map((a) => a.name)).toEqual(['Jane Doe']);
    expect(article('', row(item('byline', '/kisha/yamada/', '山田太郎'), item('date', '/2024/01/05/', '2024年1月5日'))).authors.map((a) => a.name)).toEqual(['山田太郎']);
  });
});

describe("a closing credit alone in the story's own footer (\"Posted by Alon Zakai.\")", () => {
  const prose = '<p>Emscripten has always focused first on compiling to the Web and other JavaScript environments, but standalone Wasm files are now possible too.</p>'.repeat(3);
  // V8's blog (readability/v8-blog): the date in the header, the signature at the foot, no date in it.
  const page = (foot: string, inBody = '', underTitle = '') =>
    parseArticle(
      `<html><head><title>Standalone binaries · Dev Blog</title></head><body><header><h1><a href="/">Dev Blog</a></h1></header><main>` +
        `<article itemscope itemtype="http://schema.org/BlogPosting"><header><h1 itemprop="headline">Standalone binaries</h1>${underTitle}<p class="meta">Published <time datetime="2019-11-21">21 November 2019</time></p></header>` +
        `<div itemprop="articleBody">${prose}${inBody}</div><footer>${foot}</footer></article></main><footer id="footer"><p>Written by Jane Doe.</p></footer></body></html>`,
      { url: 'https://dev.example/blog/standalone' },
    ).authors;

  it('reads "Posted by Name." or "Written by <a>Name</a>" in the story article\'s footer', () => {
    expect(page('<div><img src="/avatars/alon.jpg" alt=""><p>Posted by Alon Zakai.</p></div><a href="https://twitter.com/v8js/status/1">Retweet this article!</a>')).toEqual([{ name: 'Alon Zakai', url: null }]);
    expect(page('<p>Written by <a href="/authors/alon">Alon Zakai</a></p>')).toEqual([{ name: 'Alon Zakai', url: 'https://dev.example/authors/alon' }]);
  });

  it('gives way to a byline under the headline', () => {
    expect(page('<p>Posted by Alon Zakai.</p>', '', '<p class="byline">By Ann Lee</p>')).toEqual([{ name: 'Ann Lee', url: null }]);
  });

  it("not \"Posted by Admin\", a team, a share line, two people, the site's footer, nor a credit in the text", () => {
    expect(page('<p>Posted by Admin</p>')).toEqual([]);
    expect(page('<p>Written by the team at Acme</p>')).toEqual([]);
    expect(page('<p>Posted by Alon Zakai. Share on Twitter</p>')).toEqual([]);
    expect(page('<p>Written by Alon Zakai.</p><p>Posted by Ann Lee.</p>')).toEqual([]);
    // Only the page's footer (outside the story) has one.
    expect(page('<a href="/blog">All posts</a>')).toEqual([]);
    expect(page('', '<p>Posted by Alon Zakai.</p>')).toEqual([]);
  });

  it("not a comment's, a related card's or a quote's line in that footer", () => {
    expect(page('<section class="comments"><footer><p>Posted by Rob Reader.</p></footer></section>')).toEqual([]);
    expect(page('<article><p>Great post!</p><footer><p>Posted by Rob Reader.</p></footer></article>')).toEqual([]);
    expect(page('<div class="related"><h3><a href="/blog/other">Other post</a></h3><p>Written by Ben Cho</p></div>')).toEqual([]);
    expect(page('<blockquote><p>Buses matter.</p><footer><p>Written by Gail Roe</p></footer></blockquote>')).toEqual([]);
  });

  it("not a role, an account, an organisation or the site's name (session 20 review)", () => {
    for (const name of ['Site Admin', 'Site Administrator', 'Google Research', 'Planning Department', 'Communications Office', 'Harbour Analytics Ltd', 'Example Blog']) {
      expect(page(`<p>Posted by ${name}.</p>`)).toEqual([]);
    }
    // The site's own name ("Dev Blog" in its title), or its opening words.
    expect(page('<p>Posted by Dev Blog</p>')).toEqual([]);
    const site = (name: string) =>
      parseArticle(
        `<html><head><title>Standalone binaries – Acme Engineering Blog</title><meta property="og:site_name" content="Acme Engineering Blog"></head><body><main><article><header><h1>Standalone binaries</h1><p class="meta"><time datetime="2019-11-21">21 November 2019</time></p></header>` +
          `<div class="content">${prose}</div><footer><p>Posted by ${name}</p></footer></article></main></body></html>`,
        { url: 'https://blog.example.org/2019/11/21/standalone' },
      ).authors;
    expect(site('Acme Engineering')).toEqual([]);
    expect(site('Alon Zakai')).toEqual([{ name: 'Alon Zakai', url: null }]);
  });

  it("not a review's credits box: the work's writer beside its title or its other credits (session 20 review)", () => {
    expect(page('<p><strong>The Tides</strong></p><p>Directed by Greta Gerwig</p><p>Written by Noah Baumbach</p><p>Starring Saoirse Ronan, Florence Pugh</p>')).toEqual([]);
    expect(page('<p><em>The Tides</em> opens in cinemas on Friday.</p><p>Written by Noah Baumbach</p>')).toEqual([]);
    expect(page('<div class="film-details"><span>Director: Greta Gerwig</span></div><div>Written by Noah Baumbach</div>')).toEqual([]);
    expect(page('<p><em>The Mirror and the Light</em></p><p>Written by Hilary Mantel</p><p>Fourth Estate, 912 pages</p>')).toEqual([]);
    expect(page('<p>“Blowin’ in the Wind”</p><p>Written by Bob Dylan</p><p>Lyrics © Sony/ATV</p>')).toEqual([]);
    // A bio line, a label in bold, an icon or a share link beside the credit leave it the byline.
    expect(page('<p>Written by Jane Doe</p><p>Jane is a guest writer.</p>')).toEqual([{ name: 'Jane Doe', url: null }]);
    expect(page('<p>Posted by Alon Zakai.</p><p><strong>Share this:</strong> <a href="https://twitter.com/share"><i class="icon-twitter"></i>Twitter</a></p>')).toEqual([{ name: 'Alon Zakai', url: null }]);
  });
});

describe("a meta author the page credits as its editor", () => {
  const prose = '<p>　　当宇航员在地球轨道上时，将还不得不满足于通过欣赏外面的景色来振作精神，而不要指望沉溺于烈酒中。他们的饮食由地面团队严格安排，每一餐都经过营养师的计算。</p>'.repeat(3);
  const page = (meta: string, info: string, foot = '') =>
    parseArticle(
      `<html><head><title>宇航员在太空中喝酒会怎么样</title><meta name="author" content="${meta}"></head>` +
        `<body><h1>宇航员在太空中喝酒会怎么样</h1><div class="info">${info}</div><div class="text">${prose}${foot}</div></body></html>`,
      { url: 'https://tech.example.cn/2017-03/10/content_1.htm' },
    ).authors.map((a) => a.name);

  it('is the duty editor, no author: "责任编辑：肖春芳", "[责任编辑:肖春芳]"', () => {
    expect(page('肖春芳', '<span>来源：网易科学人</span><span>作者：</span><span>责任编辑：肖春芳</span>')).toEqual([]);
    expect(page('肖春芳', '<span>2017-03-10</span>', '<div>[责任编辑:肖春芳]</div>')).toEqual([]);
  });

  // Review of session 20: European editor labels name the writer or the site's masthead.
  it('reads no European label as an editor credit: "Rédacteur", "Redactor", "Redakteurin", a masthead\'s "Editor:", "Edited by"', () => {
    expect(page('Jean Dupont', '<span>Rédacteur : Jean Dupont</span>')).toEqual(['Jean Dupont']);
    expect(page('Ana García', '<span>Redactor: Ana García</span>')).toEqual(['Ana García']);
    expect(page('Anna Schmidt', '<span>Redakteurin: Anna Schmidt</span>')).toEqual(['Anna Schmidt']);
    expect(page('Jane Doe', '', '<footer><span>Editor: Jane Doe</span></footer>')).toEqual(['Jane Doe']);
    expect(page('Jane Doe', '<span>Edited by Jane Doe</span>')).toEqual(['Jane Doe']);
    // "文/张伟" credits the writer, so the editor line naming him too leaves him the author.
    expect(page('张伟', '<span>文/张伟</span><span>编辑：张伟</span>')).toEqual(['张伟']);
  });

  it('is the editor with a desk glued before the name ("青网校园崔宁宁" for "责任编辑：崔宁宁")', () => {
    expect(page('青网校园崔宁宁', '<span>来源：人民日报海外版</span>', '<div><span>责任编辑：崔宁宁</span></div>')).toEqual([]);
  });

  it('stays the author when the page credits the name as the writer too, or names another editor', () => {
    expect(page('肖春芳', '<span>作者：肖春芳</span><span>责任编辑：肖春芳</span>')).toEqual(['肖春芳']);
    expect(page('王晓明', '<span>作者：王晓明</span><span>责任编辑：肖春芳</span>')).toEqual(['王晓明']);
    // Not an editor's label: the desk ("编辑部"), an editor's note, a "-in-chief" title.
    expect(page('肖春芳', '<span>编辑部：肖春芳</span>')).toEqual(['肖春芳']);
    expect(page('Jane Doe', "<span>Editor's note: Jane Doe wrote this in 2019.</span>")).toEqual(['Jane Doe']);
  });
});

describe("the story's opening byline over an outlet named as the author", () => {
  const prose = '<p>Android users are downloading tens of billions of apps and games every month, and many of those downloads are updates to apps they already have.</p>'.repeat(3);
  const page = (opening: string, author = 'Android Developers') =>
    parseArticle(
      `<html><head><title>Saving Data</title><meta property="og:site_name" content="Android Developers Blog"></head><body>` +
        `<div class="post hentry" itemscope itemtype="http://schema.org/BlogPosting"><h3 class="post-title entry-title" itemprop="name">Saving Data</h3>` +
        `<div class="post-header"><div class="post-header-line-1"></div></div><div class="post-body entry-content">${opening}${prose}</div>` +
        `<div class="post-footer"><span class="post-author vcard">Posted by <span class="fn"><a href="https://www.blogger.com/profile/1" itemprop="author" rel="author">${author}</a></span></span></div></div></body></html>`,
      { url: 'https://blog.example/2016/12/saving-data.html' },
    ).authors.map((a) => a.name);

  it('takes "Posted by Andrew Hayden, Software Engineer on Google Play" over the blog\'s house account', () => {
    expect(page('<p><em>Posted by Andrew Hayden, Software Engineer on Google Play</em></p>')).toEqual(['Andrew Hayden']);
    expect(page('<p>By Jane Doe, Developer Advocate at Google</p>')).toEqual(['Jane Doe']);
  });

  it('not a line naming no person, nor a sentence, nor over a person the metadata names', () => {
    expect(page('<p><em>Posted by Android Developers</em></p>')).toEqual(['Android Developers']);
    expect(page('<p>By Friday, the team had shipped the update.</p>')).toEqual(['Android Developers']);
    expect(page('<p>Our first post of the year.</p>')).toEqual(['Android Developers']);
    expect(page('<p><em>Posted by Andrew Hayden, Software Engineer on Google Play</em></p>', 'Ann Lee')).toEqual(['Ann Lee']);
  });

  it("reads a job and where it is done after a name as a role, a second name as a co-author", () => {
    expect(splitByline('Posted by Andrew Hayden, Software Engineer on Google Play')).toEqual(['Andrew Hayden']);
    expect(splitByline('Jane Doe, Developer Advocate at Google')).toEqual(['Jane Doe']);
    expect(splitByline('Jane Doe, John Roe')).toEqual(['Jane Doe', 'John Roe']);
    // Review of session 20: a co-author with her outlet is no job.
    expect(splitByline('By Jane Doe, Mark Lee at Reuters').length).toBe(2);
    expect(splitByline('By Jane Doe and Mark Lee at Reuters').length).toBe(2);
  });
});

describe("a portal's partner press named as the author, under the reporter's byline", () => {
  const prose = '<p>고물가가 이어지면서 편의점 도시락으로 점심을 해결하는 직장인이 크게 늘었다. 외식 물가가 좀처럼 떨어지지 않자 한 끼 5000원 안팎의 도시락을 찾는 직장인이 빠르게 늘고 있다.</p>'.repeat(3);
  const page = (head: string, body: string, title = '편의점 도시락 매출 : 네이버 뉴스') =>
    parseArticle(`<html lang="ko"><head><title>${title}</title>${head}</head><body>${body}</body></html>`, { url: 'https://n.news.portal.example/article/648/0000123456' }).authors;
  const reporterBox = '<a href="https://media.portal.example/journalist/648/31234" class="head_journalist_box"><em class="head_journalist_name">이민호 기자</em></a>';
  const story = (byline: string, top = reporterBox) => `<div class="head">${top}<h2 id="title_area">편의점 도시락 매출</h2></div><article id="dic_area">${prose}</article><div class="byline"><p><span class="byline_s">${byline}</span></p></div>`;

  it('reads an author meta "Press | Portal" on the portal as the press, and takes the reporter the page names', () => {
    // Naver: og:article:author names the paper and the portal; the reporter box links his page, "기자" (reporter) inside the link.
    expect(page('<meta property="og:article:author" content="한빛경제 | 네이버">', story('이민호 기자 (lmh@hanbiteco.example)'))).toEqual([{ name: '이민호', url: 'https://media.portal.example/journalist/648/31234' }]);
    // The portal named by og:site_name, in the meta name=author.
    expect(page('<meta property="og:site_name" content="네이버 뉴스"><meta name="author" content="한빛경제 | 네이버">', story('이민호 기자'), '편의점 도시락 매출').map((a) => a.name)).toEqual(['이민호']);
    // Any script: an English portal filing a partner paper's story.
    const english = parseArticle(
      `<html><head><title>Storm closes ports</title><meta property="og:site_name" content="NewsHub"><meta name="author" content="Ashford Courier | NewsHub"></head><body><article><h1>Storm closes ports</h1><p class="byline">By Jane Doe</p>${'<p>The storm closed every port on the coast for two days, and ships waited offshore while the pilots refused to board them.</p>'.repeat(3)}</article></body></html>`,
      { url: 'https://newshub.example/a/1' },
    ).authors;
    expect(english.map((a) => a.name)).toEqual(['Jane Doe']);
  });

  it('reads an author the page shows as a logo as the press (a portal without the "| Portal" form)', () => {
    const logo = '<a href="https://media.portal.example/press/648" class="head_top_logo"><img src="https://img.portal.example/office_logo/648.png" alt="한빛경제"></a>';
    expect(page('<meta property="og:article:author" content="한빛경제">', story('이민호 기자', logo + reporterBox)).map((a) => a.name)).toEqual(['이민호']);
    // Named by the image's source alone: "<a class=link_cp><img src=…/logo/…>".
    const bySrc = '<a href="/cp/648" class="link_cp"><img src="https://img.portal.example/logo/648.png" class="thumb_g" alt="한빛경제"></a>';
    expect(page('<meta property="og:article:author" content="한빛경제">', story('이민호 기자', bySrc + reporterBox)).map((a) => a.name)).toEqual(['이민호']);
  });

  it('keeps the press when the byline names no one, and a person the metadata names beside other forms', () => {
    // No reporter anywhere: the press stays the author.
    expect(page('<meta property="og:article:author" content="한빛경제 | 네이버">', story('', '')).map((a) => a.name)).toEqual(['한빛경제']);
    const english = (head: string, byline: string, extra = '') =>
      parseArticle(
        `<html><head><title>Storm closes ports</title>${head}</head><body>${extra}<article><h1>Storm closes ports</h1>${byline ? `<p class="byline">${byline}</p>` : ''}${'<p>The storm closed every port on the coast for two days, and ships waited offshore while the pilots refused to board them.</p>'.repeat(3)}</article></body></html>`,
        { url: 'https://news.example/a/1' },
      ).authors.map((a) => a.name);
    // A person written with her paper's name on its own site, and a byline credits someone else (review).
    expect(english('<meta property="og:site_name" content="Example News"><meta name="author" content="Jane Roe | Example News">', 'Medically reviewed by John Smith, MD')).toEqual(['Jane Roe']);
    expect(english('<meta property="og:site_name" content="Example News"><meta name="author" content="Jane Roe | Example News">', 'Illustrations by John Smith')).toEqual(['Jane Roe']);
    // A role after the bar, not the site: the person the metadata names stays.
    expect(english('<meta property="og:site_name" content="The Ashford Courier"><meta name="author" content="Jane Roe | Staff Writer">', 'By John Doe')).toEqual(['Jane Roe']);
    // A person written with her paper's name on its own site: the outlet is stripped, the person stays.
    expect(english('<meta property="og:site_name" content="The Korea Herald"><meta name="author" content="Kim Min-su | The Korea Herald">', 'By Kim Min-su')).toEqual(['Kim Min-su']);
    expect(english('<meta property="og:site_name" content="The Korea Herald"><meta name="author" content="Kim Min-su | The Korea Herald">', '')).toEqual(['Kim Min-su']);
    // A single-author blog whose logo is the owner's name: she is the author, byline or not.
    const blogLogo = '<header><a href="/" class="site-logo"><img src="/img/logo.png" alt="Jane Roe"></a></header>';
    expect(english('<meta name="author" content="Jane Roe">', 'By Jane Roe', blogLogo)).toEqual(['Jane Roe']);
    expect(english('<meta name="author" content="Jane Roe">', '', blogLogo)).toEqual(['Jane Roe']);
    // An avatar in a link to the author's page is no logo: the metadata's person stays over another byline.
    const avatar = '<aside><a href="/author/jane-roe"><img src="/avatars/jane-roe.jpg" alt="Jane Roe"></a></aside>';
    expect(english('<meta name="author" content="Jane Roe">', 'By John Doe', avatar)).toEqual(['Jane Roe']);
  });

  it("finds a reporter's page from a link whose text carries the title (\"이민호 기자\", \"记者 王晓明\")", () => {
    expect(page('', story('이민호 기자 (lmh@hanbiteco.example)'))).toEqual([{ name: '이민호', url: 'https://media.portal.example/journalist/648/31234' }]);
    // Near miss: a link that is no author page (a search for the name) gives no page.
    const search = '<a href="https://search.portal.example/search?query=이민호">이민호 기자</a>';
    expect(page('', story('이민호 기자', search))).toEqual([{ name: '이민호', url: null }]);
  });
});

describe("an author's page from a byline card set in one link (name and role in spans of their own)", () => {
  const page = (card: string) =>
    parseArticle(
      `<html><head><title>Storm closes ports</title><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Storm closes ports', author: [{ '@type': 'Person', name: 'Linnéa Sjöberg' }] })}</script></head><body><article><h1>Storm closes ports</h1><ul data-test-id="bylines"><li>${card}</li></ul>${'<p>The storm closed every port on the coast for two days, and ships waited offshore while the pilots refused to board them.</p>'.repeat(3)}</article></body></html>`,
      { url: 'https://www.paper.example/nyheter/a/1' },
    ).authors;
  it('takes the link whose name span is the author, the rest a role (Schibsted\'s /av/ pages)', () => {
    expect(page('<a class="x1" href="/av/linnea-sjoberg"><img src="/b/l.png" alt=""><span class="x2">Linnéa Sjöberg</span><span class="x3">Reporter</span></a>')).toEqual([{ name: 'Linnéa Sjöberg', url: 'https://www.paper.example/av/linnea-sjoberg' }]);
    expect(page('<a href="/author/linnea-sjoberg"><span>Linnéa Sjöberg</span> <span>Inrikesreporter</span></a>')[0]?.url).toBe('https://www.paper.example/author/linnea-sjoberg');
  });
  it("not a link whose rest is a headline or holds a figure, nor one to a page that is no author's", () => {
    expect(page('<a href="/av/linnea-sjoberg"><span>Linnéa Sjöberg</span><span>Så stoppade snön hela Skåne – och vad som händer nu</span></a>')[0]?.url).toBeNull();
    expect(page('<a href="/av/linnea-sjoberg"><span>Linnéa Sjöberg</span><span>12 artiklar</span></a>')[0]?.url).toBeNull();
    expect(page('<a href="/nyheter/a/2"><span>Linnéa Sjöberg</span><span>Reporter</span></a>')[0]?.url).toBeNull();
    // The BBC's video path is no author's page (review).
    expect(page('<a href="/news/av/uk-england-12345678"><span>Linnéa Sjöberg</span><span>Watch the video</span></a>')[0]?.url).toBeNull();
  });
});
