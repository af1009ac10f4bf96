/** Headline choice and cleaning, and where each field says it came from (article.sources). */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src';
import { stripSiteName } from '../src/metadata/headline';

const prose = '<p>The port authority closed all three terminals on Tuesday, citing winds of more than 100 kilometres an hour, and said ferries would resume on Thursday.</p>'.repeat(3);
const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('stripSiteName', () => {
  it('strips a known site name as suffix ("Title — Site News") or prefix ("Site - Title")', () => {
    expect(stripSiteName('Storm closes ports — Harbour News', 'Harbour News')).toBe('Storm closes ports');
    expect(stripSiteName('Harbour News - Storm closes ports', 'Harbour News')).toBe('Storm closes ports');
  });
  it('strips a short unknown suffix but keeps a title whose parts are alike', () => {
    expect(stripSiteName('Storm closes all three ports | Daily Post', null)).toBe('Storm closes all three ports');
    expect(stripSiteName('Left - Right', null)).toBe('Left - Right');
  });
  it('strips a bracketed site name ending the title ("Title [Site]"), known or short', () => {
    expect(stripSiteName('Weekly Edition for March 26, 2015 [LWN.net]', null)).toBe('Weekly Edition for March 26, 2015');
    expect(stripSiteName('Storm closes all three ports [Harbour News Network]', 'Harbour News Network')).toBe('Storm closes all three ports');
    // One affix per title, as for separators: the part before the bracket stays.
    expect(stripSiteName('Storm closes ports - Chapter 1 | Weather [Story Archive]', null)).toBe('Storm closes ports - Chapter 1 | Weather');
  });
  it("keeps a bracket after a title too short to lose it, or naming another site when the site is known", () => {
    expect(stripSiteName('Ports [Updated]', null)).toBe('Ports [Updated]');
    expect(stripSiteName('Storm closes all three ports [Updated]', 'Harbour News')).toBe('Storm closes all three ports [Updated]');
  });
  it('ignores a separator dangling at the end ("Title :: Site ::")', () => {
    expect(stripSiteName('Storm closes all three ports :: Blog Host ::', null)).toBe('Storm closes all three ports');
  });
});

describe('"Post @ Blog" and stacked site affixes (hosted blogs)', () => {
  it('cuts "@ Blog" when the part after the "@" is the site name, then every further affix that names the site', () => {
    expect(stripSiteName('新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::', '史蒂文的家_藍天')).toBe('新竹尖石_美樹營地賞楓 (2)');
    expect(stripSiteName('Autumn colours at the lake @ Fiona’s Notes', 'Fiona’s Notes')).toBe('Autumn colours at the lake');
    // Blog name, then platform name: both site names (og:site_name, the host's name).
    expect(stripSiteName('Autumn colours | Fiona’s Notes | Blogland', 'Fiona’s Notes', 'https://fiona.blogland.example/post/1')).toBe('Autumn colours');
    expect(stripSiteName('Autumn colours @ Fiona’s Notes - Blogland', null, 'https://fiona.blogland.example/post/1')).toBe('Autumn colours @ Fiona’s Notes');
    // A part that names the host is cut though the headline left is short; on another host it stays.
    expect(stripSiteName('Lanterns | Blogland', null, 'https://fiona.blogland.example/post/1')).toBe('Lanterns');
    expect(stripSiteName('Lanterns | Blogland', null, 'https://harbour.example/post/1')).toBe('Lanterns | Blogland');
  });
  it('keeps an "@" that reads "at" in the headline, and a section that names no site', () => {
    expect(stripSiteName('Dinner @ 8', 'Harbour News')).toBe('Dinner @ 8');
    expect(stripSiteName('Meet us @ the Park', 'Harbour News')).toBe('Meet us @ the Park');
    expect(stripSiteName('Apple @ WWDC: the new headset, tried on', 'Harbour News')).toBe('Apple @ WWDC: the new headset, tried on');
    expect(stripSiteName('Meet us @ the Park', null)).toBe('Meet us @ the Park');
    // Review of session 20: after an "@", a word of the host is no site name; a game is "A @ B".
    expect(stripSiteName('Game Preview: Lakers @ Celtics | Boston Celtics', 'Boston Celtics', 'https://www.celtics.example/news/preview')).toBe('Game Preview: Lakers @ Celtics');
    expect(stripSiteName('Game Preview: Lakers @ Celtics', null, 'https://www.celtics.example/news/preview')).toBe('Game Preview: Lakers @ Celtics');
    // One affix cut, and the section before it names no site: it stays.
    expect(stripSiteName('Storm closes all three ports | Weather | Harbour News', 'Harbour News')).toBe('Storm closes all three ports | Weather');
    expect(stripSiteName('Storm closes all three ports | Weather | Daily Post', null)).toBe('Storm closes all three ports | Weather');
  });
  it("takes the post's heading under the cut title, the blog's name staying the site name", () => {
    const a = parseArticle(page(
      '<title>新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::</title><meta property="og:site_name" content="史蒂文的家_藍天"><meta property="og:title" content="新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::">',
      `<div id="banner"><h1><a href="http://stevenhgm.blogland.example/blog">史蒂文的家_藍天</a></h1></div><div class="article"><h2><a href="/blog/post/39926056">新竹尖石_美樹營地賞楓 (2)</a></h2>${prose}</div>`,
    ), { url: 'http://stevenhgm.blogland.example/blog/post/39926056' });
    expect(a.headline).toBe('新竹尖石_美樹營地賞楓 (2)');
    expect(a.siteName).toBe('史蒂文的家_藍天');
  });
});

describe('a Chinese portal\'s "标题_频道_站名" title', () => {
  it('cuts the channel and the site after the headline: a news site\'s name, or the known site name', () => {
    expect(stripSiteName('海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网', null)).toBe('海外留学生看两会：出国前后关注点大不同');
    expect(stripSiteName('宇航员在太空中喝酒会怎么样？后果很严重 _探索者 _光明网', null)).toBe('宇航员在太空中喝酒会怎么样？后果很严重');
    expect(stripSiteName('DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶_科技_腾讯网', null)).toBe('DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶');
    expect(stripSiteName('北京推出春运便民举措_新华', '新华')).toBe('北京推出春运便民举措');
    // A snake_case word inside the headline parts nothing.
    expect(stripSiteName('Python的read_csv函数详解_编程_开发者网', null)).toBe('Python的read_csv函数详解');
  });
  it("keeps an underscore of the post's own title, a file name, a snake_case word, and a last part that names no site", () => {
    expect(stripSiteName('新竹尖石_美樹營地賞楓', null)).toBe('新竹尖石_美樹營地賞楓');
    expect(stripSiteName('新竹尖石_美樹營地賞楓', '史蒂文的家')).toBe('新竹尖石_美樹營地賞楓');
    expect(stripSiteName('会议纪要_2024_最终版.docx', null)).toBe('会议纪要_2024_最终版.docx');
    expect(stripSiteName('read_csv_file', null)).toBe('read_csv_file');
    expect(stripSiteName('Python的read_csv函数详解', null)).toBe('Python的read_csv函数详解');
    // "上网" ("go online") is a word, not a site's name; a Latin headline is no portal's.
    expect(stripSiteName('孩子几岁可以_上网', null)).toBe('孩子几岁可以_上网');
    expect(stripSiteName('Storm_closes_ports_中国青年网', null)).toBe('Storm_closes_ports_中国青年网');
  });
  const portal = (title: string, body: string) => parseArticle(`<html><head><title>${title}</title></head><body>${body}${prose}</body></html>`);
  it('takes the cut title as the headline of a page without an <h1>, and the last part as the site', () => {
    const a = portal('海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网', '<div class="l_tit">海外留学生看两会：出国前后关注点大不同</div>');
    expect(a.headline).toBe('海外留学生看两会：出国前后关注点大不同');
    expect(a.siteName).toBe('中国青年网');
  });
  it("takes the longest form of the title the page's own heading prints: an underscore in the post's title is its own", () => {
    expect(portal('新竹尖石_美樹營地賞楓_旅遊网', '<h1>新竹尖石_美樹營地賞楓</h1>').headline).toBe('新竹尖石_美樹營地賞楓');
    expect(portal('新竹尖石_美樹營地賞楓_旅遊网', '<div class="post"><h2 class="post-title">新竹尖石_美樹營地賞楓</h2></div>').headline).toBe('新竹尖石_美樹營地賞楓');
    expect(portal('新竹尖石_美樹營地賞楓_旅遊网', '<div class="post"><h2 class="post-title">新竹尖石</h2></div>').headline).toBe('新竹尖石');
  });
});

describe('headline choice', () => {
  it('takes the <h1> that a machine-readable title agrees with, and says so', () => {
    const a = parseArticle(page('<title>Storm closes ports | Harbour News</title><meta property="og:site_name" content="Harbour News">', `<article><h1>Storm closes ports</h1>${prose}</article>`));
    expect(a.headline).toBe('Storm closes ports');
    expect(a.sources.headline).toBe('h1');
    expect(a.siteName).toBe('Harbour News');
  });
  it("cuts a JSON-LD page name's site suffix, and takes the <h1> naming the page's subject", () => {
    const ld = (graph: string) => `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[${graph}]}</script><meta property="og:site_name" content="Memoria">`;
    const webPage = '{"@type":"WebPage","name":"Jane Doe Obituary (1938 - 2025) - Northfield, OH - The Courier","about":{"@id":"#person"}}';
    const person = '{"@type":"Person","@id":"#person","name":"Jane Mary Doe"}';
    const body = (h1: string) => `<main><section><div><img src="p.jpg"></div><div><h1>${h1}</h1></div></section><section>${prose}</section></main>`;
    const a = parseArticle(page(ld(`${webPage},${person}`), body('Jane Mary Doe')));
    expect(a.headline).toBe('Jane Mary Doe');
    expect(a.sources.headline).toBe('h1');
    // Without the subject, the page's name without the suffix.
    const b = parseArticle(page(ld(webPage), body('Jane Mary Doe')));
    expect(b.headline).toBe('Jane Doe Obituary (1938 - 2025) - Northfield, OH');
    expect(b.sources.headline).toBe('json-ld');
    // An article's headline keeps a short last part of its own; only the site's name is cut.
    const article = (headline: string) => parseArticle(page(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"${headline}"}</script><meta property="og:site_name" content="Harbour News">`, `<article>${prose}</article>`)).headline;
    expect(article('Minecraft 1.8 - The Bountiful Update')).toBe('Minecraft 1.8 - The Bountiful Update');
    expect(article('Storm closes all three ports - Harbour News')).toBe('Storm closes all three ports');
    // An article's topic named by an <h1> (a section page's title) is not its headline.
    const topic = parseArticle(page(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm closes all three ports","about":{"@type":"Thing","name":"Weather"}}</script>`, `<h1>Weather</h1><article>${prose}</article>`));
    expect(topic.headline).toBe('Storm closes all three ports');
  });
  it('reads the site name from a bracketed title suffix when nothing else names it', () => {
    const a = parseArticle(page('<title>Conversations with a stranger - Chapter 1 [Story Archive]</title>', `<header><h1 class="heading">Story Archive</h1></header><div id="work">${prose}</div>`));
    expect(a.headline).toBe('Conversations with a stranger - Chapter 1');
    expect(a.sources.headline).toBe('title-element');
    expect(a.siteName).toBe('Story Archive');
  });
  it('never takes a logo <h1> for the headline', () => {
    const a = parseArticle(page('<title>Storm closes ports :: Harbour News ::</title>', `<header><h1 class="topbar__logo__title">Harbour News</h1></header><article><h2>Storm closes ports</h2>${prose}</article>`));
    expect(a.headline).toBe('Storm closes ports');
    expect(a.sources.headline).toBe('title-element');
  });
  it('drops a permalink mark from the <h1> ("Title¶")', () => {
    const a = parseArticle(page('<title>Shared Mutable History — docs</title>', `<div class="body"><h1>Shared Mutable History<a class="headerlink" href="#x">¶</a></h1>${prose}</div>`));
    expect(a.headline).toBe('Shared Mutable History');
  });
  it('prefers dc:title when no <h1> agrees with any title', () => {
    const a = parseArticle(page('<title>Title Element</title><meta property="og:title" content="OG title"><meta property="dc:title" content="DC title">', '<h1>Unrelated heading</h1>'));
    expect(a.headline).toBe('DC title');
    expect(a.sources.headline).toBe('meta');
  });
  it("takes the story's <h1> over a <title> that is only the site's name, which names the site", () => {
    const body = `<header><a href="/" rel="home">Jane's Garden Notes</a></header><article><h1>Why my tomatoes split after the rain</h1>${prose}</article>`;
    const a = parseArticle(page("<title>Jane's Garden Notes</title>", body), { url: 'https://jane.example/2025/12/tomatoes' });
    expect(a.headline).toBe('Why my tomatoes split after the rain');
    expect(a.sources.headline).toBe('h1');
    expect(a.siteName).toBe("Jane's Garden Notes");
    expect(a.sources.siteName).toBe('title-element');
    expect(a.sections[0]?.heading).toBeNull();
    // The home link may be written absolute.
    const b = parseArticle(page("<title>Jane's Garden Notes</title>", body.replace('href="/"', 'href="https://jane.example/"')), { url: 'https://jane.example/2025/12/tomatoes' });
    expect(b.headline).toBe('Why my tomatoes split after the rain');
  });
  it("takes the <h1> over og:title and <title> that equal og:site_name, and over a placeholder title", () => {
    const head = "<title>Jane's Garden Notes</title><meta property=\"og:title\" content=\"Jane's Garden Notes\"><meta property=\"og:site_name\" content=\"Jane's Garden Notes\">";
    const a = parseArticle(page(head, `<article><h1>Why my tomatoes split after the rain</h1>${prose}</article>`));
    expect(a.headline).toBe('Why my tomatoes split after the rain');
    expect(a.siteName).toBe("Jane's Garden Notes");
    const b = parseArticle(page('<title>Untitled Document</title>', `<div id="content"><h1>Why my tomatoes split after the rain</h1>${prose}</div>`));
    expect(b.headline).toBe('Why my tomatoes split after the rain');
    expect(b.siteName).toBeNull();
  });
  it('keeps a site-named title when the <h1> does not read like a headline, and a story title that disagrees with the <h1>', () => {
    const a = parseArticle(page("<title>Jane's Garden Notes</title>", `<header><a href="/">Jane's Garden Notes</a></header><article><h1>Politics</h1>${prose}</article>`));
    expect(a.headline).toBe("Jane's Garden Notes");
    // A link elsewhere than home with the title's text proves nothing.
    const b = parseArticle(page('<title>Ferries resume after the storm</title>', `<a href="/ferries">Ferries resume after the storm</a><article><h1>Storm closes all three ports</h1>${prose}</article>`));
    expect(b.headline).toBe('Ferries resume after the storm');
    expect(b.sources.headline).toBe('title-element');
  });
  it('takes the <h1> that follows a series name and a colon in og:title, the series as site name without an issue number', () => {
    const a = parseArticle(page('<meta property="og:title" content="The Space Review: Seeking a bigger role for a big rocket">', `<article><h1>Seeking a bigger role for a big rocket</h1>${prose}</article>`));
    expect(a.headline).toBe('Seeking a bigger role for a big rocket');
    expect(a.sources.headline).toBe('h1');
    expect(a.sections.map((s) => s.heading)).toEqual([null]);
    const b = parseArticle(page('<title>Field Notes #47: The quiet economics of repair cafés</title>', `<article><h1>The quiet economics of repair cafés</h1>${prose}</article>`));
    expect(b.headline).toBe('The quiet economics of repair cafés');
    expect(b.siteName).toBeNull();
  });
  it("does not take the site's name printed in a footer or masthead for a title's end, beside a story <h1>", () => {
    const body = `<header><span class="masthead">The Lone Oak Courier</span></header><article><h1>Council says yes to the waterfront, 7-2</h1>${prose}</article><footer><p>The Lone Oak Courier</p></footer>`;
    const a = parseArticle(page('<title>Waterfront plan approved after long debate | The Lone Oak Courier</title>', body));
    expect(a.headline).toBe('Waterfront plan approved after long debate');
    expect(a.siteName).toBe('The Lone Oak Courier');
  });
  it('decodes entities in the headline', () => {
    const a = parseArticle(page('<meta property="og:title" content="Ports &amp; ferries: what&#8217;s next">', prose));
    expect(a.headline).toBe('Ports & ferries: what’s next');
  });
});

describe('article.sources', () => {
  const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Storm closes ports', datePublished: '2025-12-23T15:09:00+03:00', author: { '@type': 'Person', name: 'Jane Doe' } };
  const a = parseArticle(
    page(
      `<title>Storm closes ports | Harbour News</title><link rel="canonical" href="https://harbour.example/storm"><meta property="og:site_name" content="Harbour News">` +
        `<meta name="description" content="All three terminals shut."><meta property="article:section" content="Region"><meta property="article:tag" content="Weather">` +
        `<meta property="og:image" content="https://harbour.example/storm.jpg"><script type="application/ld+json">${JSON.stringify(ld)}</script>`,
      `<article><h1>Storm closes ports</h1><p class="dek">Ferries will not sail before Thursday, the port authority says.</p><time class="updated" datetime="2025-12-23T18:00:00+03:00">18:00</time>${prose}</article>`,
    ),
  );
  it('names the source of every field that has a value', () => {
    expect(a.sources).toEqual({
      url: 'link', headline: 'h1', subheadline: 'html', authors: 'json-ld', publishedAt: 'json-ld', modifiedAt: 'time-element',
      siteName: 'opengraph', lang: null, description: 'meta', section: 'opengraph', tags: 'opengraph', leadImage: 'opengraph',
    });
  });
  it('is null for the fields the page does not carry', () => {
    expect(a.lang).toBeNull();
    expect(a.sources.lang).toBeNull();
  });
  it('reports a date read from the URL as url', () => {
    const b = parseArticle(page('<title>Storm closes ports</title>', `<h1>Storm closes ports</h1>${prose}`), { url: 'https://harbour.example/2025/12/23/storm/' });
    expect(b.publishedAt).toBe('2025-12-23');
    expect(b.sources.publishedAt).toBe('url');
  });
});

describe('site name glued to the headline (Chinese portals)', () => {
  it('reads the last part after a separator with no space: "-华夏网", "_科技_腾讯网"', () => {
    const page = (title: string) =>
      parseArticle(`<html><head><title>${title}</title><meta property="og:title" content="北京推出春运便民举措"></head><body><h1>北京推出春运便民举措</h1>${prose}</body></html>`);
    expect(page('北京推出春运便民举措-华夏网').siteName).toBe('华夏网');
    expect(page('北京推出春运便民举措_科技_腾讯网').siteName).toBe('腾讯网');
    expect(page('北京推出春运便民举措').siteName).toBeNull();
  });
});

describe('a "Site :: Section :: Headline" title beside a page without an <h1>', () => {
  const read = (title: string, body: string) =>
    parseArticle(`<html><head><title>${title}</title></head><body><table><tr><td>${body}${prose}</td></tr></table></body></html>`, { url: 'http://www.loneoak.example/news/story.asp?id=4411' });
  const headline = '<font size="5"><b>Bridge plan approved</b></font><br>';

  it('takes the end the page prints as a line of its own, and the other end as the site', () => {
    const a = read('Lone Oak Courier :: News :: Bridge plan approved', headline);
    expect(a.headline).toBe('Bridge plan approved');
    expect(a.sources.headline).toBe('title-element');
    expect(a.siteName).toBe('Lone Oak Courier');
    // The printed line is the headline's element: the body does not repeat it.
    expect(a.text).not.toContain('Bridge plan approved');
    expect(read('Bridge plan approved :: News :: Lone Oak Courier', headline).headline).toBe('Bridge plan approved');
  });

  it('reads the lines after the printed headline as the story\'s: its byline gives a date-only value its time', () => {
    const byline = '<p class="byline">By Lori Vanderwal, December 23, 2025 at 09:11</p>';
    const page = (body: string) =>
      parseArticle(`<html><head><title>Lone Oak Courier :: News :: Bridge plan approved</title><meta property="article:published_time" content="2025-12-23"></head><body><table><tr><td>${body}${prose}</td></tr></table></body></html>`, { url: 'http://www.loneoak.example/news/story.asp?id=4411' });
    expect(page(headline + byline).publishedAt).toBe('2025-12-23T09:11:00');
    // Above the headline, the same line is no line of the story's.
    expect(page(byline + headline).publishedAt).toBe('2025-12-23');
  });

  it('leaves the title to the usual cut (a short last part taken for the site) when both ends are printed, or the end is only a link\'s text', () => {
    const masthead = '<div><b>Lone Oak Courier</b></div>';
    expect(read('Lone Oak Courier :: News :: Bridge plan approved', masthead + headline).headline).toBe('Lone Oak Courier :: News');
    const linked = '<p><a href="/news/bridge.asp">Bridge plan approved</a></p>';
    expect(read('Lone Oak Courier :: News :: Bridge plan approved', linked).headline).toBe('Lone Oak Courier :: News');
    // A headline of many words was never cut; it stays whole with or without a printed copy.
    expect(read('Supervisors approve a new bridge over Mill Creek :: Courier', '').headline).toBe('Supervisors approve a new bridge over Mill Creek');
  });
});

describe("a blog theme whose only <h1> is the blog's name", () => {
  // Tumblr's classic themes: the blog's title is the sidebar's <h1>, each post's title an <h2>,
  // and the post's date line sits in its own "post-footer".
  const blog = (heading: string) =>
    parseArticle(
      '<html><head><title>Inkwell &amp; Rain - On keeping a commonplace book</title><meta property="og:site_name" content="Inkwell &amp; Rain">' +
        '<meta property="og:title" content="On keeping a commonplace book"></head><body>' +
        `<div id="sidebar"><h1 class="blog-title"><a href="/">Inkwell &amp; Rain</a></h1><div class="description">librarian, 12 notebooks</div></div>` +
        `<div id="content"><div class="post text">${heading}<div class="body">${prose}</div>` +
        `<div class="post-footer"><div class="date"><a href="/post/1/x">February 11th, 2025 6:24pm</a></div></div></div></div></body></html>`,
      { url: 'https://inkwell.example/post/1/on-keeping-a-commonplace-book' },
    );

  it("takes the heading that prints og:title as the headline's element: the post's footer dates it, and the body does not repeat it", () => {
    const a = blog('<h2 class="title"><a href="/post/1/x">On keeping a commonplace book</a></h2>');
    expect(a.headline).toBe('On keeping a commonplace book');
    expect(a.sources.headline).toBe('opengraph');
    expect(a.publishedAt).toBe('2025-02-11T18:24:00');
    expect(a.text).not.toContain('On keeping a commonplace book');
  });

  it('takes no heading that prints another text, nor one in a foreign block', () => {
    expect(blog('<h2 class="title">Notes from the reading room</h2>').publishedAt).toBeNull();
    expect(blog('<div class="related"><h2>On keeping a commonplace book</h2></div>').publishedAt).toBeNull();
  });

  it("takes no card's heading from a strip of like cards, even one that prints the title", () => {
    const strip = '<div class="strip"><div class="item"><img src="https://inkwell.example/thumb.jpg" width="400" height="250"><h2>On keeping a commonplace book</h2></div><div class="item"><h2>Twelve notebooks later</h2></div></div>';
    const a = blog('<div class="post-lede">On keeping a commonplace book</div>' + strip);
    expect(a.publishedAt).toBeNull();
    expect(a.images.map((i) => i.src)).not.toContain('https://inkwell.example/thumb.jpg');
    // An element classed as the title that prints it is where the post begins (TITLE_CLASS_RE).
    const titled = blog('<div class="post-title">On keeping a commonplace book</div>' + strip);
    expect(titled.publishedAt).toBe('2025-02-11T18:24:00');
  });
});

describe("a wiki page's namespace printed in its <h1>", () => {
  const wiki = (h1: string) =>
    parseArticle(page('<title>News:Fennick Road tram extension opens - Lowmarsh Wiki</title>', `<main><h1 id="firstHeading">${h1}</h1><div class="mw-parser-output">${prose}</div></main>`), { url: 'https://wiki.example/wiki/News:Fennick' });

  it("leaves out MediaWiki's namespace and separator parts ('News:'), whatever the title says", () => {
    const a = wiki('<span class="mw-page-title-namespace">News</span><span class="mw-page-title-separator">:</span><span class="mw-page-title-main">Fennick Road tram extension opens</span>');
    expect(a.headline).toBe('Fennick Road tram extension opens');
    expect(a.sources.headline).toBe('h1');
  });
  it('keeps a colon the <h1> prints as its own text, without such parts', () => {
    expect(wiki('<span class="mw-page-title-main">News:Fennick Road tram extension opens</span>').headline).toBe('News:Fennick Road tram extension opens');
  });
});

describe("an exported document: the title printed in a title paragraph, the <h1>s its sections", () => {
  // Word's 'Save as Web Page' prints the title as p.MsoTitle and the subtitle as p.MsoSubtitle;
  // Google Docs as p.title and p.subtitle; both give the body's headings <h1>.
  const doc = (title: string, head: string, cls: [string, string]) =>
    parseArticle(
      `<html><head><title>${title}</title>${head}</head><body><div class="doc">` +
        `<p class="${cls[0]}">${title}</p><p class="${cls[1]}">A year of record demand, and of the neighbours who met it</p>${prose}` +
        `<h1>Our year in numbers</h1>${prose}<h1>Looking ahead to the next year</h1>${prose}</div></body></html>`,
      { url: 'https://docs.example/d/1/pub' },
    );

  it("takes the title paragraph as the headline's element (CamelCase 'MsoTitle' too), so its subtitle is the dek", () => {
    for (const cls of [['MsoTitle', 'MsoSubtitle'], ['c9 title', 'c14 subtitle']] as [string, string][]) {
      const a = doc('Riverside footbridge to reopen on 19 December', '', cls);
      expect(a.headline, cls[0]).toBe('Riverside footbridge to reopen on 19 December');
      expect(a.subheadline, cls[0]).toBe('A year of record demand, and of the neighbours who met it');
      expect(a.paragraphs, cls[0]).not.toContain('A year of record demand, and of the neighbours who met it');
    }
  });
  it('keeps a title the page prints whole, though a short last part would be cut as a site name by its length', () => {
    const a = doc('Brookfield Community Pantry — 2025 Year in Review', '<meta property="og:site_name" content="Google Docs">', ['c9 title', 'c14 subtitle']);
    expect(a.headline).toBe('Brookfield Community Pantry — 2025 Year in Review');
    expect(a.subheadline).toBe('A year of record demand, and of the neighbours who met it');
    expect(a.siteName).toBe('Google Docs');
  });
  it('not a paragraph that is not named as a title, nor a title printed only in part; a printed headline with its site suffix cut stays cut', () => {
    const plain = doc('Riverside footbridge to reopen on 19 December', '', ['lead', 'MsoSubtitle']);
    expect(plain.subheadline).toBeNull();
    // Only the part before the suffix is printed: the suffix is the site's name.
    const cut = parseArticle(
      `<html><head><title>Pantry reports a record year | Brookfield Gazette</title></head><body><p class="title">Pantry reports a record year</p><p class="subtitle">A year of record demand, and of the neighbours who met it</p>${prose}<h1>Our year in numbers</h1>${prose}</body></html>`,
    );
    expect(cut.headline).toBe('Pantry reports a record year');
    expect(cut.subheadline).toBe('A year of record demand, and of the neighbours who met it');
  });
});

describe('titles with the headline between a section and the site', () => {
  it('takes "Section - Headline - Site"\'s middle part when the page prints it alone, and the site from the end', () => {
    const a = parseArticle(page('<title>News - Storm closes all ports - The Daily Planet</title>', `<div class="post"><h3 class="title">Storm closes all ports</h3>${prose}</div>`));
    expect(a.headline).toBe('Storm closes all ports');
    expect(a.siteName).toBe('The Daily Planet');
  });

  it('keeps the title when no part is printed alone, or two are', () => {
    const none = parseArticle(page('<title>News - Storm closes all ports - The Daily Planet</title>', `<div class="post">${prose}</div>`));
    expect(none.headline).toBe('News - Storm closes all ports');
    const two = parseArticle(page('<title>Ports and harbours - Storm closes all ports - The Daily Planet</title>', `<div class="post"><h3>Ports and harbours</h3><h3>Storm closes all ports</h3>${prose}</div>`));
    expect(two.headline).toBe('Ports and harbours - Storm closes all ports');
  });

  it('does not split a title at "«", which French titles quote with', () => {
    expect(stripSiteName('Le ministre promet « une réforme profonde', null)).toBe('Le ministre promet « une réforme profonde');
    const a = parseArticle(page("<title>Le ministre promet « une réforme profonde » d'ici juin - Le Courrier</title>", `<article><h1>Le ministre promet « une réforme profonde » d'ici juin</h1>${prose}</article>`));
    expect(a.headline).toBe("Le ministre promet « une réforme profonde » d'ici juin");
  });
});

describe('a "Site: Subject" title beside an <h1> that is only the site\'s name', () => {
  // LiveJournal: <title>username: Subject</title>, the journal's name in the <h1> (a link to
  // the journal's root) and the entry's subject in an <h2 class=entry-subject>.
  const journal = (h1: string, subject: string, title = 'marsh_wren: The thaw, and the flood that wasn’t') =>
    parseArticle(
      page(`<title>${title}</title>`, `<div id="journal-header">${h1}</div><div class="entry"><h2 class="entry-subject">${subject}</h2><div class="entry-content">${prose}</div></div>`),
      { url: 'http://marsh-wren.journal.example/48213.html' },
    );
  const homeH1 = '<h1 id="journal-title"><a href="http://marsh-wren.journal.example/">Notes from the Lock House</a></h1>';

  it('takes the printed part after the colon as the headline and the part before it as the site', () => {
    const a = journal(homeH1, '<a href="/48213.html">The thaw, and the flood that wasn’t</a>');
    expect(a.headline).toBe('The thaw, and the flood that wasn’t');
    expect(a.sources.headline).toBe('title-element');
    expect(a.siteName).toBe('marsh_wren');
    expect(a.text).not.toContain('The thaw, and the flood');
  });

  it('keeps the title whole when the <h1> is not the home link, or nothing prints the part after the colon', () => {
    // A story <h1> of its own: the page's headline is not for this rule to second-guess.
    const story = journal('<h1>Notes from the Lock House</h1>', 'The thaw, and the flood that wasn’t');
    expect(story.headline).toBe('marsh_wren: The thaw, and the flood that wasn’t');
    const unprinted = journal(homeH1, 'A different subject altogether');
    expect(unprinted.headline).toBe('marsh_wren: The thaw, and the flood that wasn’t');
    // "Review: …" of more than MAX_SITE_NAME_WORDS before the colon is no site's name.
    const long = journal(homeH1, 'The thaw, and the flood that wasn’t', 'Field notes from a very wet spring: The thaw, and the flood that wasn’t');
    expect(long.headline).toBe('Field notes from a very wet spring: The thaw, and the flood that wasn’t');
    // The review's cases: a speaker or a label before the colon names no site (not in the host, no home link).
    const speaker = journal(homeH1, 'We will rebuild the bridge', 'Mayor Lee: We will rebuild the bridge');
    expect(speaker.headline).toBe('Mayor Lee: We will rebuild the bridge');
    expect(speaker.siteName).not.toBe('Mayor Lee');
    expect(journal(homeH1, 'The thaw, and the flood that wasn’t', 'Review: The thaw, and the flood that wasn’t').headline).toBe('Review: The thaw, and the flood that wasn’t');
  });
});

describe('a magazine headline with its kicker', () => {
  const ld = (headline: string) => `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${headline}"}</script>`;
  const meta = 'Stellwerke: Warum die Bahn ihre Technik nicht loswird';
  const dekText = 'Tausende Stellwerke der Bahn arbeiten noch mit Relais und Hebeln. Die Digitalisierung sollte das ändern, doch sie kommt kaum voran. Ein Besuch in Uelzen.';
  const dek = `<div class="RichText">${dekText}</div>`;
  const body = `<section class="body"><div class="RichText">${prose}</div></section>`;

  it("finds the headline in an <h2> of the story's own <header> when the page has no <h1>, its icon label for screen readers left out", () => {
    const h2 = '<h2><span class="kicker"><span class="icon"><svg></svg><span class="sr-only">SPIEGEL+</span></span><span>Stellwerke</span></span> <span class="title">Warum die Bahn ihre Technik nicht loswird</span></h2>';
    const a = parseArticle(page(`<title>${meta} - DER SPIEGEL</title><meta property="og:title" content="${meta}"><meta name="description" content="${dekText}">${ld(meta)}`, `<header class="site"><a href="/">DER SPIEGEL</a></header><main><article><header>${h2}${dek}</header>${body}</article></main>`), { url: 'https://www.spiegel.example/wirtschaft/stellwerke-a-1' });
    // Every machine-readable title writes kicker and title as one: so does the headline.
    expect(a.headline).toBe(meta);
    // The dek anchors on the printed heading: found only because the <h2> was.
    expect(a.subheadline).toBe(dekText);
    expect(a.text).not.toContain('SPIEGEL+');
    expect(a.paragraphs[0]).toMatch(/^The port authority/);
  });

  it("puts back the colon an <h1> prints as two parts (Zeit's is for screen readers; others print none)", () => {
    const h1 = '<h1><span class="article-heading__kicker">Stellwerke</span><span class="visually-hidden">: </span> <span class="article-heading__title">Warum die Bahn ihre Technik nicht loswird</span></h1>';
    const a = parseArticle(page(`<meta property="og:title" content="${meta}">`, `<article><header>${h1}</header>${body}</article>`));
    expect(a.headline).toBe(meta);
    expect(a.sources.headline).toBe('h1');
    // Kicker and title as two lines, no colon printed at all: the title says how they join.
    const lines = parseArticle(page(`<meta property="og:title" content="${meta}">`, `<article><header><h1><span class="kicker">Stellwerke</span><br><span>Warum die Bahn ihre Technik nicht loswird</span></h1></header>${body}</article>`));
    expect(lines.headline).toBe(meta);
  });

  it("keeps the <h1>'s own words when the title differs in more than the colon, and never takes an <h2> in the page's masthead", () => {
    const h1 = '<h1><span>Stellwerke</span> <span>Warum die Bahn ihre Technik nicht loswird</span></h1>';
    // The same words with no colon in the title: nothing to put back.
    expect(parseArticle(page('<meta property="og:title" content="Stellwerke Warum die Bahn ihre Technik nicht loswird">', `<article>${h1}${body}</article>`)).headline).toBe('Stellwerke Warum die Bahn ihre Technik nicht loswird');
    // A heading in one text is the page's own wording, whatever the title's punctuation (the review's case).
    expect(parseArticle(page('<meta property="og:title" content="Ukraine war: What we know on day 500">', `<article><h1>Ukraine war What we know on day 500</h1>${body}</article>`)).headline).toBe('Ukraine war What we know on day 500');
    // A site-wide <header> is no story's header: its <h2> prints a teaser, not this page's headline.
    const masthead = parseArticle(page(`<meta property="og:title" content="${meta}">`, `<header><h2>${meta}</h2>${dek}</header><main><div class="story">${body}</div></main>`));
    expect(masthead.headline).toBe(meta);
    expect(masthead.subheadline).toBeNull();
  });
});

describe("microdata's headline agreeing with the <h1>", () => {
  const head = '<title>A Brief History of Neon Signage - CityLab</title><meta property="og:title" content="The Modern Ambitions Behind Neon">';
  it('takes the <h1> marked itemprop="headline", or named by a <meta itemprop="headline">, over an SEO og:title', () => {
    const onH1 = parseArticle(page(head, `<article itemscope itemtype="http://schema.org/NewsArticle"><h1 itemprop="headline">Why Neon Is the Ultimate Symbol of the 20th Century</h1>${prose}</article>`));
    expect(onH1.headline).toBe('Why Neon Is the Ultimate Symbol of the 20th Century');
    expect(onH1.sources.headline).toBe('h1');
    const inMeta = parseArticle(page(head, `<article itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="headline" content="Why Neon Is the Ultimate Symbol of the 20th Century"><h1>Why Neon Is the Ultimate Symbol of the 20th Century</h1>${prose}</article>`));
    expect(inMeta.headline).toBe('Why Neon Is the Ultimate Symbol of the 20th Century');
    expect(inMeta.sources.headline).toBe('h1');
  });
  it("ignores an embedded item's headline (a video's, a review's): it names another thing", () => {
    const video = parseArticle(page(head, `<article itemscope itemtype="http://schema.org/NewsArticle"><h1>Why Neon Is the Ultimate Symbol of the 20th Century</h1><div itemprop="video" itemscope itemtype="http://schema.org/VideoObject"><meta itemprop="headline" content="Why Neon Is the Ultimate Symbol of the 20th Century"></div>${prose}</article>`));
    expect(video.headline).toBe('The Modern Ambitions Behind Neon');
    expect(video.sources.headline).toBe('opengraph');
  });
});

describe("microdata's headline: only an article's, of a headline's length", () => {
  // Review of session 20: a WebPage item's banner and an article's kicker marked as its headline.
  it("ignores a WebPage item's headline and an article's one- or two-word kicker", () => {
    const head = '<title>Storm closes all three ports | Harbour News</title><meta property="og:title" content="Storm closes all three ports">';
    const banner = parseArticle(page(head, `<div itemscope itemtype="https://schema.org/WebPage"><h1 itemprop="headline">Weather</h1><article><h2 class="entry-title">Storm closes all three ports</h2>${prose}</article></div>`));
    expect(banner.headline).toBe('Storm closes all three ports');
    const kicker = parseArticle(page(head, `<article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Live coverage</h1><h2>Storm closes all three ports</h2>${prose}</article>`));
    expect(kicker.headline).toBe('Storm closes all three ports');
  });
});

describe("microdata's headline on a list page", () => {
  it('is no agreement when several items mark a headline (a front page of cards)', () => {
    const card = (h: string, title: string) => `<article itemscope itemtype="http://schema.org/Article"><${h} itemprop="headline">${title}</${h}><p>Card text.</p></article>`;
    const a = parseArticle(page('<title>Digest</title><meta property="og:title" content="The Early Reviews For the New Console Are Here">', `${card('h1', 'Why Reindeer Herders Are Worried About the Winter')}${card('h2', 'A Second Story on the Front Page Today')}<div>${prose}</div>`));
    expect(a.headline).toBe('The Early Reviews For the New Console Are Here');
  });
});

describe("a title-less post: every title only names the site, every <h1> is the masthead's", () => {
  // Micro.blog's Hugo themes: a note without a title gets the blog's name as its <title> and an
  // empty og:title; the only <h1> is the site title in the header. (Session 21.)
  const note = '<article class="h-entry"><div class="e-content"><p>Low tide at Bolivar Flats this morning, the lowest of the winter, and the mud went out so far that the old pilings stood in nothing but shine.</p>' + prose + '</div></article>';
  const url = 'https://rosa.example/2024/01/04/104200.html';
  const post = (head: string, header: string, main = note, at: string | undefined = url) => parseArticle(page(head, `<header class="site-header">${header}</header><main>${main}</main>`), at === undefined ? {} : { url: at });
  const og = '<title>Low Tide Notes</title><meta property="og:title" content=""><meta property="og:site_name" content="Low Tide Notes">';
  const tagline = '<p class="site-description">Birds, mud and weather on the upper Texas coast.</p>';

  it('has no headline, and its site name from og:site_name or the title', () => {
    const a = post(og, `<h1 class="site-title"><a href="https://rosa.example/">Low Tide Notes</a></h1>${tagline}`);
    expect(a.headline).toBeNull();
    expect(a.sources.headline).toBeNull();
    expect(a.siteName).toBe('Low Tide Notes');
    expect(a.paragraphs[0]).toContain('Low tide at Bolivar Flats');
    // No og:site_name: the masthead's <h1> links home, or the header prints the name beside a home link.
    for (const header of [`<h1><a href="/">Low Tide Notes</a></h1>${tagline}`, '<a href="/"><img src="/avatar.jpg" alt=""></a><h1>Low Tide Notes</h1><nav><a href="/">Low Tide Notes</a></nav>', '<a href="/">Low Tide Notes</a>']) {
      const b = post('<title>Low Tide Notes</title>', header);
      expect(b.headline, header).toBeNull();
      expect(b.subheadline, header).toBeNull();
      expect(b.siteName, header).toBe('Low Tide Notes');
    }
    // A Mastodon-style page with no URL given reads the same.
    expect(post(og, '<h1 class="site-title"><a href="/">Low Tide Notes</a></h1>', note, undefined).headline).toBeNull();
  });

  it("keeps the site's name as the home page's headline, and a post's own title, even one that is a word of the site's name or the name itself", () => {
    expect(post(og, '<h1 class="site-title"><a href="/">Low Tide Notes</a></h1>', note, 'https://rosa.example/').headline).toBe('Low Tide Notes');
    expect(post('<title>Low Tide</title><meta property="og:site_name" content="Low Tide Notes">', '<h1 class="site-title"><a href="/">Low Tide Notes</a></h1>').headline).toBe('Low Tide');
    expect(post('<title>Low Tide | Low Tide Notes</title><meta property="og:site_name" content="Low Tide Notes">', '<a href="/">Low Tide Notes</a>', `<article><h1>Low Tide</h1>${prose}</article>`).headline).toBe('Low Tide');
    // The story's own <h1> prints the site's name: that is its title.
    expect(post('<title>The Thaw</title><meta property="og:site_name" content="The Thaw">', '<a href="/">The Thaw</a>', `<article><h1>The Thaw</h1>${prose}</article>`).headline).toBe('The Thaw');
    // A story <h1> in the page's header, a JSON-LD headline, a section's <h1>: other sources than the site's name.
    expect(post(og, '<a href="/">Low Tide Notes</a><h1>Counting avocets at Bolivar Flats</h1>').headline).toBe('Counting avocets at Bolivar Flats');
    expect(post(`${og}<script type="application/ld+json">{"@type":"BlogPosting","headline":"Counting avocets at Bolivar Flats"}</script>`, '<h1 class="site-title"><a href="/">Low Tide Notes</a></h1>').headline).toBe('Counting avocets at Bolivar Flats');
    expect(post(og, '<a href="/">Low Tide Notes</a>', `<article><h1>Politics</h1>${prose}</article>`).headline).toBe('Low Tide Notes');
    // A placeholder title names no site: it still stands in.
    expect(post('<title>Document</title>', '').headline).toBe('Document');
  });
});
