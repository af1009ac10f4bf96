/** The dek (subheadline) under the headline, by its class names in the languages read. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src';

/** Body paragraphs long enough to be scored as the article. */
function prose(n: number): string {
  return Array.from(
    { length: n },
    (_, i) => `<p>Paragraph ${i + 1} of the report goes on, with commas, names, places and figures, long enough to read as real article prose.</p>`,
  ).join('\n');
}

const dek = 'Hundreds of homes were evacuated as the sea wall gave way overnight, and the port stays shut.';
const read = (block: string) => parseArticle(`<html><body><article><h1>Storm floods the old harbour</h1>${block}${prose(4)}</article></body></html>`);

describe("deks named in other presses' words", () => {
  it('reads the French chapô, Spanish, Italian, Portuguese, Czech and Nordic deks right under the h1, and keeps them out of the body', () => {
    for (const cls of ['chapo', 'article-chapeau', 'entradilla', 'article__sumario', 'bajada', 'nota-copete', 'sommario', 'catenaccio', 'linha-fina', 'article__perex', 'article-ingress', 'ingressi']) {
      const a = read(`<p class="${cls}">${dek}</p>`);
      expect(a.subheadline, cls).toBe(dek);
      expect(a.paragraphs, cls).not.toContain(dek);
    }
  });
  it('reads the words as whole class tokens only, and not deep in the body', () => {
    expect(read(`<p class="chaporal">${dek}</p>`).subheadline).toBeNull();
    const deep = parseArticle(`<html><body><article><h1>Storm floods the old harbour</h1>${prose(4)}<p class="chapo">${dek}</p></article></body></html>`);
    expect(deep.subheadline).toBeNull();
  });
  it('does not read a table of contents so named ("sumário") as the dek', () => {
    expect(read('<div class="sumario"><ul><li><a href="#a">Where the wall gave way</a></li><li><a href="#b">What the port says now</a></li></ul></div>').subheadline).toBeNull();
  });
});

/** A page with no <h1>: the headline comes from og:title, the page prints it in `title`. */
const noH1 = (header: string, after = '') =>
  parseArticle(
    `<html><head><meta property="og:title" content="Fish market rebuilt under one roof"></head><body><div class="view">${header}</div><div class="body">${prose(4)}</div>${after}</body></html>`,
  );

describe('a headline printed in a title-classed element, with no <h1>', () => {
  it('finds the dek under the element classed as a title that prints the headline', () => {
    const a = noH1(`<div class="article-title">Fish market rebuilt under one roof</div><div class="standfirst">${dek}</div>`);
    expect(a.subheadline).toBe(dek);
    expect(a.paragraphs).not.toContain(dek);
  });
  it('not under an element that is not classed as a title, nor under a card list of titles', () => {
    expect(noH1(`<div class="big">Fish market rebuilt under one roof</div><div class="standfirst">${dek}</div>`).subheadline).toBeNull();
    const cards = '<div class="item"><div class="item-title">Fish market rebuilt under one roof</div><div class="standfirst">A teaser that is long enough to be a dek.</div></div><div class="item"><div class="item-title">Ferry fares go up</div></div>';
    expect(noH1(cards).subheadline).toBeNull();
  });
});

describe("the headline's sub-line", () => {
  it('reads the element right after the headline classed as its "-sub" line', () => {
    const a = noH1(`<div class="article-head-title">Fish market rebuilt under one roof</div><div class="article-head-sub">${dek}</div>`);
    expect(a.subheadline).toBe(dek);
    expect(read(`<div class="title_sub">${dek}</div>`).subheadline).toBe(dek);
  });
  it('not one further down, nor a "sub-" name that opens a word ("sub-menu", "subscribe")', () => {
    expect(noH1(`<div class="article-head-title">Fish market rebuilt under one roof</div><div class="info">Hong Gil-dong</div><div class="article-head-sub">${dek}</div>`).subheadline).toBeNull();
    expect(read(`<div class="sub-menu">${dek}</div>`).subheadline).toBeNull();
    expect(read(`<div class="subscribe">${dek}</div>`).subheadline).toBeNull();
  });
});

describe('a dek named only by a data attribute', () => {
  it('reads data-testid, data-component and data-qa names as it reads class names (Next.js sites name blocks only there)', () => {
    for (const attr of ['data-testid="article-lead"', 'data-component="ArticleStandfirst"', 'data-qa="story-summary"']) {
      const a = read(`<p class="mb-6 text-lg font-semibold" ${attr}>${dek}</p>`);
      expect(a.subheadline, attr).toBe(dek);
      expect(a.paragraphs, attr).not.toContain(dek);
    }
  });
  it('not a name that is no dek word, nor such a block deep in the body', () => {
    expect(read(`<p data-testid="article-meta">${dek}</p>`).subheadline).toBeNull();
    const deep = parseArticle(`<html><body><article><h1>Storm floods the old harbour</h1>${prose(4)}<p data-testid="article-lead">${dek}</p></article></body></html>`);
    expect(deep.subheadline).toBeNull();
  });
});

describe("an unclassed paragraph right after the <h1> in the headline's own <header>", () => {
  const headed = (header: string) => parseArticle(`<html><body><article><header>${header}</header>${prose(4)}</article></body></html>`);
  it('is the dek, kept out of the body', () => {
    const a = headed(`<h1>Storm floods the old harbour</h1><p>${dek}</p>`);
    expect(a.subheadline).toBe(dek);
    expect(a.paragraphs).not.toContain(dek);
  });
  it("is the dek a web component's shadow <header> slots in under the headline", () => {
    const shadow = '<template shadowrootmode="open"><article><header><slot name="headline"></slot><slot name="dek"></slot></header><div class="body"><slot></slot></div></article></template>';
    const a = parseArticle(`<html><body><news-article>${shadow}<h1 slot="headline">Storm floods the old harbour</h1><p slot="dek">${dek}</p>${prose(4)}</news-article></body></html>`);
    expect(a.subheadline).toBe(dek);
    expect(a.paragraphs).not.toContain(dek);
  });
  it('not a date or meta line, a byline, a label, a paragraph that is not right after the <h1>, nor one outside a <header>', () => {
    expect(headed('<h1>Storm floods the old harbour</h1><p class="meta">Published <time datetime="2019-11-21">21 November 2019</time> · Tagged with storms</p>').subheadline).toBeNull();
    expect(headed('<h1>Storm floods the old harbour</h1><p itemprop="dateModified" content="2019-11-19">UPDATED: Tue., Nov. 19, 2019, at 10:04 a.m.</p>').subheadline).toBeNull();
    expect(headed('<h1>Storm floods the old harbour</h1><p>By Jane Doe and John Roe, Staff Writers</p>').subheadline).toBeNull();
    expect(headed('<h1>Storm floods the old harbour</h1><p>Analysis</p>').subheadline).toBeNull();
    expect(headed(`<h1>Storm floods the old harbour</h1><div class="kicker">Weather</div><p>${dek}</p>`).subheadline).toBeNull();
    expect(parseArticle(`<html><body><article><div><h1>Storm floods the old harbour</h1><p>${dek}</p></div>${prose(4)}</article></body></html>`).subheadline).toBeNull();
  });
});

describe('a dek named by its id alone', () => {
  it("reads NYT's <p id=\"article-summary\"> under the headline, its class a hashed one", () => {
    const a = read(`<p id="article-summary" class="css-79rysd e1wiw3jv0">${dek}</p>`);
    expect(a.subheadline).toBe(dek);
    expect(a.paragraphs).not.toContain(dek);
    expect(read(`<p id="storyDek">${dek}</p>`).subheadline).toBe(dek);
  });
  it('not an id that only holds the word inside another ("summaryless"), nor one deep in the body', () => {
    expect(read(`<p id="summaryless" class="css-79rysd">${dek}</p>`).subheadline).toBeNull();
    const deep = parseArticle(`<html><body><article><h1>Storm floods the old harbour</h1>${prose(4)}<p id="article-summary">${dek}</p></article></body></html>`);
    expect(deep.subheadline).toBeNull();
    // The review's cases: an id "article-lead" on the story's first paragraph; an AI-summary toggle.
    expect(read(`<p id="article-lead">${dek}</p>`).subheadline).toBeNull();
    expect(read(`<div id="summary"><button>Show AI summary</button><p>AI-generated summary may contain errors.</p></div>`).subheadline).toBeNull();
  });
});

describe('a dek set apart further down, marked as one and repeating the description', () => {
  const head = `<head><meta name="description" content="${dek}"></head>`;
  const story = (html: string) => parseArticle(`<html>${head}<body>${html}</body></html>`);
  // rt.com: the summary after the date line, the hero with its caption and the share bar.
  const afterHero = (summary: string) =>
    story(
      `<div class="article"><h1 class="article__heading">Storm floods the old harbour</h1><div class="article__date">20 Nov, 2019 05:47</div>` +
        `<div class="article__short-url"><a href="https://on.example.com/a5mh">Get short URL</a></div>` +
        `<div class="article__cover"><img src="https://example.com/harbour.jpg" alt=""><div class="media__title">Boats lie on the quay of the old harbour, November 19, 2019. © Reuters / Jane Roe</div></div>` +
        `<div class="article__share"><span>Follow us on</span><a href="https://news.example.com/">News</a></div>${summary}<div class="article__text">${prose(4)}</div></div>`,
    );
  // sputniknews: the headline in the page header's block, the lead in the next column after the rubric row.
  const nextColumn = (lead: string) =>
    story(
      `<div class="l-wrap"><div class="b-header"><div class="b-article__header"><img src="https://example.com/h.jpg" alt=""><div class="b-article__header-title"><h1>Storm floods the old harbour</h1></div><div class="b-article__header-copy">© REUTERS / POOL</div></div></div></div>` +
        `<div class="l-main"><div class="l-wrap"><div class="l-maincolumn"><div class="b-article"><div class="b-article__refs"><a href="/world/">World</a><time datetime="2019-11-18T21:17">21:17 18.11.2019</time><div class="b-article__refs-author">by <a rel="author" href="/authors/jane_roe/">Jane Roe</a></div></div>` +
        `${lead}<div itemprop="articleBody" class="b-article__text">${prose(4)}</div></div></div></div></div>`,
    );
  // moneycontrol: the <h1> ends its <section>; the next one opens, five wrappers down, with the dek.
  const nextSection = (opening: string) =>
    story(
      `<section class="mid"><div class="article_box"><div class="arttidate">Last Updated : Nov 20, 2019 01:41 PM IST</div><h1 class="artTitle">Storm floods the old harbour</h1></div></section>` +
        `<section class="mid"><div class="clearfix"><div id="left"><article class="article_box"><div class="wrap">${opening}${prose(8)}</div></article></div></div></section>`,
    );

  it('is read after the header matter, in the next column or section, and kept out of the body', () => {
    for (const a of [
      afterHero(`<div class="article__summary summary">${dek}</div>`),
      nextColumn(`<div itemprop="description" class="b-article__lead"><p>${dek}</p></div>`),
      nextSection(`<h2 class="subhead">${dek}</h2>`),
    ]) {
      expect(a.subheadline).toBe(dek);
      expect(a.paragraphs).not.toContain(dek);
      expect(a.sections.map((s) => s.heading)).not.toContain(dek);
    }
  });
  it("not a body's first section heading, nor a first paragraph that only repeats the description, unmarked or marked among the body's paragraphs", () => {
    const heading = nextSection('<h2>How the sea wall gave way in the night</h2>');
    expect(heading.subheadline).toBeNull();
    expect(heading.sections.map((s) => s.heading)).toContain('How the sea wall gave way in the night');
    expect(nextSection('<h2 class="subhead">How the sea wall gave way in the night</h2>').subheadline).toBeNull();
    const lede = nextColumn(`<div itemprop="articleBody" class="b-article__text"><p>${dek}</p>${prose(4)}</div>`);
    expect(lede.subheadline).toBeNull();
    expect(lede.paragraphs[0]).toBe(dek);
    // Joomla's intro text: the story's opening, in a block of its own before the rest.
    expect(nextColumn(`<div class="article-intro">${dek}</div>`).subheadline).toBeNull();
    const inFlow = nextSection(`<p class="summary">${dek}</p>`);
    expect(inFlow.subheadline).toBeNull();
    expect(inFlow.paragraphs[0]).toBe(dek);
  });
  it('not a summary block that does not repeat the description, one after the body has begun, nor one past more than header matter', () => {
    expect(afterHero('<div class="article__summary">The port authority says the quay will stay closed until the spring.</div>').subheadline).toBeNull();
    expect(story(`<div><h1>Storm floods the old harbour</h1><div class="byline">By Jane Roe</div></div><div class="body">${prose(1)}<div class="article-summary">${dek}</div>${prose(8)}</div>`).subheadline).toBeNull();
    expect(story(`<div><h1>Storm floods the old harbour</h1><div class="byline">By Jane Roe</div></div><div class="body">${prose(4)}<div class="summary"><h3>Summary</h3><ul><li>${dek}</li><li>The port stays shut until the spring, the authority says.</li></ul></div>${prose(4)}</div>`).subheadline).toBeNull();
    const links = Array.from({ length: 12 }, (_, i) => `<li><a href="/story-${i}">Another story from the harbour front, number ${i + 1}</a></li>`).join('');
    expect(afterHero(`<ul class="most-read">${links}</ul><div class="article__summary">${dek}</div>`).subheadline).toBeNull();
  });
  it("not the story's own opening: inside itemprop=articleBody, a paragraph or a block holding one among the body's paragraphs, nor a brief's only long paragraph", () => {
    // (Session 20 review: each of these lost its opening paragraph to the dek.)
    const opening = (a: ReturnType<typeof story>, text = dek) => {
      expect(a.subheadline).toBeNull();
      expect(a.paragraphs[0]).toBe(text);
    };
    // The body's wrapper marks the description inside it: its first paragraph.
    opening(nextColumn(`<div itemprop="articleBody" class="b-article__text"><div itemprop="description"><p>${dek}</p></div>${prose(4)}</div>`));
    opening(nextColumn(`<div itemprop="articleBody" class="b-article__text"><p itemprop="description">${dek}</p>${prose(2)}</div>`));
    // An "excerpt" quote opening the text, beside the body's paragraphs.
    opening(nextColumn(`<div class="b-article__text"><blockquote class="excerpt"><p>${dek}</p></blockquote>${prose(4)}</div>`));
    // A brief: its one long paragraph, however marked, is the story (a short line after it).
    const long = 'The harbour master said the ferries would stay in port until the wind dropped below gale force, which forecasters expect by Thursday.';
    const brief = (body: string) => parseArticle(`<html><head><meta name="description" content="${long}"></head><body><div class="l-wrap"><div class="b-header"><div class="b-article__header"><img src="https://example.com/h.jpg" alt=""><div class="b-article__header-title"><h1>Storm floods the old harbour</h1></div></div></div></div><div class="l-main"><div class="b-article"><div class="b-article__refs"><a href="/world/">World</a><time datetime="2019-11-18T21:17">21:17 18.11.2019</time></div>${body}</div></div></body></html>`);
    opening(brief(`<div class="news-text"><p class="article-lead">${long}</p><p>Sailings resume Friday.</p></div>`), long);
    opening(brief(`<div class="entry-content"><div class="entry-summary"><p>${long}</p></div><p>Sailings resume Friday, the operator said.</p></div>`), long);
    opening(brief(`<div class="article-body"><div class="summary">${long}</div></div>`), long);
    // The same lead before a body of the story's paragraphs, in a block of their own, is its dek.
    expect(brief(`<div class="summary">${long}</div><div class="article-body">${prose(4)}</div>`).subheadline).toBe(long);
  });
});

/**
 * A React page's material (Meduza-like): the header with the `<h1>`, the body, then the story's
 * foot with a share bar and a donation box, all siblings in one `<article>`. (Session 21.)
 */
const material = (lead: string, foot: string, description = 'The port authority says the quay will stay closed until the spring.') =>
  parseArticle(
    `<html><head><meta name="description" content="${description}"></head><body><main><article class="GeneralMaterial-module_article">` +
      `<div class="GeneralMaterial-module_materialHeader"><div class="MaterialHeader-module_root"><h1 class="RichTitle-module_root">Storm floods the old harbour</h1>${lead}<div class="MaterialMeta-module_root"><time>13:45, 4 January 2024</time></div></div></div>` +
      `<div class="GeneralMaterial-module_body">${prose(5)}</div><div class="GeneralMaterial-module_foot">${foot}</div></article></main></body></html>`,
  );
const donation = 'We were blocked at home and go on working only thanks to our readers. Please support us: even a little each month matters.';

describe('a teaser component in the story\'s foot is no dek; a dek named a teaser is', () => {
  it('does not read a donation teaser after the body as the dek', () => {
    const foot = `<div class="DonatesTeaser-module_root__wX6Kd"><h3>Support us</h3><p class="DonatesTeaser-module_text__aZ3Pm">${donation}</p><a href="/donate">Donate</a></div>`;
    expect(material('', foot).subheadline).toBeNull();
  });
  it('still reads a dek named a teaser as a word of its own (the German press), and other words at their humps', () => {
    const header = (block: string) => parseArticle(`<html><body><article><header><h1>Storm floods the old harbour</h1>${block}</header>${prose(4)}</article></body></html>`);
    for (const cls of ['article-teaser', 'teaser-text', 'TeaserText', 'articleTeaser', 'teaser__text', 'ContentHeaderDek-bIqFFZ', 'ArticleHeaderStandfirst']) {
      const a = header(`<p class="${cls}">${dek}</p>`);
      expect(a.subheadline, cls).toBe(dek);
      expect(a.paragraphs, cls).not.toContain(dek);
    }
    expect(read(`<p class="css-1x2y" data-testid="teaser-text">${dek}</p>`).subheadline).toBe(dek);
  });
});

describe('a dek sits between the headline and the body, never after the body', () => {
  const summary = 'Support our reporting on the coast: give what you can each month, today.';
  it("does not read a dek-named block in the story's foot, after its text, as the dek", () => {
    expect(material('', `<div class="toolbar"><a href="/share">Share</a></div><p class="summary">${summary}</p>`).subheadline).toBeNull();
    expect(material('', `<div class="box"><p class="article-standfirst">${summary}</p></div>`).subheadline).toBeNull();
    // The <h1> in the same wrapper as the body's paragraphs: the wrapper's next sibling is after the text.
    const flat = parseArticle(`<html><body><div class="wrap"><div class="story"><h1>Storm floods the old harbour</h1>${prose(3)}</div><div class="after"><p class="dek">${summary}</p></div></div></body></html>`);
    expect(flat.subheadline).toBeNull();
  });
  it('still reads a dek after the hero (whatever its caption), a long standfirst, and a dek before a short line', () => {
    const caption = 'The harbour wall at dawn on Tuesday, seen from the lighthouse, after the night the sea came over it and flooded the streets behind it.';
    const hero = `<figure><img src="https://example.com/a.jpg" alt=""><figcaption><p>${caption}</p></figcaption></figure>`;
    expect(parseArticle(`<html><body><article><header><h1>Storm floods the old harbour</h1>${hero}<p class="standfirst">${dek}</p></header><div class="body">${prose(5)}</div></article></body></html>`).subheadline).toBe(dek);
    expect(material(`${hero}<div class="article__summary">${dek}</div>`, '').subheadline).toBe(dek);
    const long = `${dek} The harbour master says the ferries will stay in port until the wind drops below gale force.`;
    expect(material(`<p class="standfirst">${long}</p>`, `<p class="summary">${summary}</p>`).subheadline).toBe(long);
    expect(material(`<p class="kicker">Updated at noon</p><div class="article__summary">${dek}</div>`, '').subheadline).toBe(dek);
  });
  it('still reads a dek after one long classed paragraph: a hero caption outside a figure, a byline-and-dates line, an editor\'s note (review)', () => {
    const long = 'The harbour wall at dawn on Tuesday, seen from the lighthouse, after the night the sea came over it and flooded the streets behind it.';
    for (const before of [
      `<div class="hero-image"><img src="https://example.com/a.jpg" alt=""><p class="caption">${long}</p></div>`,
      `<div class="wp-caption"><img src="https://example.com/a.jpg" alt=""><p class="wp-caption-text">${long}</p></div>`,
      `<p class="byline">By Ann Lee, Bo Kim and Cy Park · Published January 4, 2024, 9:02 a.m. · Updated January 4, 2024, 6:40 p.m., with the council's vote</p>`,
      `<div class="editors-note"><p class="note">Editor's note: this story was first published in the Harbour Gazette's print edition and has been updated with the council's vote on Tuesday night.</p></div>`,
      `<p><em>Editor's note: this story was first published in the Harbour Gazette's print edition and has been updated with the council's vote on Tuesday night.</em></p>`,
    ]) expect(material(`${before}<p class="standfirst">${dek}</p>`, '').subheadline, before).toBe(dek);
  });
});

describe('a dek named a bare "lead" by its framework (data-testid="lead")', () => {
  it('reads it under the headline, a <div> or a <p>, whether or not it repeats the description, and keeps it out of the body', () => {
    for (const lead of [`<div class="SimpleBlock-module_lead__Qe8Hn" data-testid="lead"><p>${dek}</p></div>`, `<p class="css-9k2j" data-testid="lead">${dek}</p>`, `<div data-qa="lead">${dek}</div>`]) {
      for (const description of [dek, 'The port authority says the quay will stay closed until the spring.']) {
        const a = material(lead, `<p class="DonatesTeaser-module_text">${donation}</p>`, description);
        expect(a.subheadline, lead).toBe(dek);
        expect(a.paragraphs, lead).not.toContain(dek);
      }
    }
  });
  it('not one holding a link or a picture, not a name that only begins with "lead", nor the first of the body\'s paragraphs', () => {
    expect(material(`<div data-testid="lead"><a href="/other-story">${dek}</a></div>`, '').subheadline).toBeNull();
    expect(material(`<div data-testid="lead"><img src="https://example.com/a.jpg" alt="">${dek}</div>`, '').subheadline).toBeNull();
    expect(material(`<div data-testid="lead-image-caption">${dek}</div>`, '').subheadline).toBeNull();
    const lede = 'The sea wall of the old harbour gave way shortly after midnight, officials said on Tuesday, and the water came in fast.';
    const a = parseArticle(`<html><body><article><h1>Storm floods the old harbour</h1><div class="body"><p data-testid="lead">${lede}</p>${prose(5)}</div></article></body></html>`);
    expect(a.subheadline).toBeNull();
    expect(a.paragraphs[0]).toBe(lede);
  });
});

describe("a dek box's own label", () => {
  it('is left out of the dek: "摘要" over Caixin\'s summary, "In short", "En bref"', () => {
    expect(read(`<div id="subhead" class="subhead"><span class="subhead-tit">摘要</span><p>${dek}</p></div>`).subheadline).toBe(dek);
    expect(read(`<div class="article-summary"><span class="label">In short</span><p>${dek}</p></div>`).subheadline).toBe(dek);
    expect(read(`<div class="standfirst"><strong>En bref</strong><div>${dek}</div></div>`).subheadline).toBe(dek);
  });
  it('keeps a short first line that is a sentence or set as the dek\'s own paragraphs, and every block after a label (review)', () => {
    expect(read(`<div class="standfirst"><p>It's official.</p><p>${dek}</p></div>`).subheadline).toContain("It's official.");
    expect(read(`<div class="standfirst"><p>예산 승인</p><p>${dek}</p></div>`).subheadline).toContain('예산 승인');
    expect(read(`<div class="subhead"><span>In short</span><p>The wall gave way.</p><p>${dek}</p></div>`).subheadline).toBe(`The wall gave way. ${dek}`);
  });
  it('not a bold lead-in inside the dek\'s own sentence, nor a long first line', () => {
    expect(read(`<p class="standfirst"><b>Jane Roe</b> says ${dek}</p>`).subheadline).toBe(`Jane Roe says ${dek}`);
    const first = 'The council met late on Monday night.';
    expect(read(`<div class="standfirst"><p>${first}</p><p>${dek}</p></div>`).subheadline).toBe(`${first} ${dek}`);
  });
});

describe("a CMS's lead field (Sitecore's \"field-lead\", Drupal's \"field--name-field-lead\")", () => {
  const lead = 'Brunnmatt has agreed to buy Pilatec, a Lucerne maker of pressure and flow sensors, for CHF 86 million, adding 140 staff.';
  const head = '<head><meta name="description" content="Brunnmatt buys Pilatec."></head>';
  // Sitecore SXA: the <h1> deep in a hero component's row, the lead field in the next row's own component.
  const sitecore = (field: string, between = '') =>
    parseArticle(
      `<html>${head}<body><main><div id="content"><div class="row"><div class="component hero-banner"><div class="component-content"><div class="hero-banner__content"><h1 class="field-title">Brunnmatt to acquire Pilatec</h1>` +
        `<div class="hero-banner__meta"><span class="field-contenttype">Press release</span> | <span class="field-date">04.01.2024</span></div></div></div></div></div>` +
        `<div class="row"><div class="component container"><div class="component-content"><div class="row">${between}<div class="component press-release-lead"><div class="component-content">${field}</div></div>` +
        `<div class="component rich-text"><div class="component-content">${prose(4)}</div></div></div></div></div></div></div></main></body></html>`,
    );
  // Drupal: the node's fields in a region after the page title block.
  const drupal = (field: string) =>
    parseArticle(
      `<html>${head}<body><div class="region region-header"><div class="block-page-title-block"><h1 class="page-title"><span class="field field--name-title">Brunnmatt to acquire Pilatec</span></h1></div></div>` +
        `<div class="region region-content"><article class="node node--type-news"><div class="node__content">${field}<div class="field field--name-body field--type-text-with-summary">${prose(4)}</div></div></article></div></body></html>`,
    );

  it('is the dek, however far the hero puts it from the <h1>, and is kept out of the body', () => {
    for (const a of [
      sitecore(`<div class="field-lead"><p><strong>${lead}</strong></p></div>`),
      drupal(`<div class="field field--name-field-lead field--type-text-long field--label-hidden field__item"><p>${lead}</p></div>`),
      drupal(`<div class="field field--name-field-standfirst field--type-string">${lead}</div>`),
    ]) {
      expect(a.subheadline).toBe(lead);
      expect(a.paragraphs).not.toContain(lead);
    }
    // Right under the <h1>, as any dek-named block.
    expect(read(`<div class="field-lead">${dek}</div>`).subheadline).toBe(dek);
  });

  it('not the lead\'s picture field, a "field-leader", nor a related card\'s lead field before the body', () => {
    expect(sitecore(`<div class="field-lead-image"><p>${lead}</p></div>`).subheadline).toBeNull();
    expect(drupal(`<div class="field field--name-field-leader"><p>${lead}</p></div>`).subheadline).toBeNull();
    expect(read(`<div class="field-leader">${dek}</div>`).subheadline).toBeNull();
    const card = `<div class="component related-news"><div class="component-content"><div class="card"><h3><a href="/en/media/other">Brunnmatt opens service centre</a></h3><div class="field-lead">${lead}</div></div></div></div>`;
    const a = sitecore('', card);
    expect(a.subheadline).toBeNull();
    expect(a.text).not.toContain('Brunnmatt has agreed');
    // A teaser list's card, its title a link to the other story.
    expect(sitecore('', `<div class="component teaser-list"><div class="card"><h3><a href="/en/media/other">Brunnmatt opens service centre</a></h3><div class="field-lead">${lead}</div></div></div>`).subheadline).toBeNull();
  });
});
