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

describe('tags: links that search the site for their own text', () => {
  it("reads a tags list's filter links whose query is the link's text (Bear Blog's '?q=', '#' dropped)", () => {
    const list = '<p class="tags"><a href="/blog/?q=repair">#repair</a> <a href="/blog/?q=community">#community</a></p>';
    expect(story(list).tags).toEqual(['repair', 'community']);
  });
  it("reads a labelled row of search-tag links, percent-encoded (Bitrix's '?tags=')", () => {
    const row = '<div class="detail-tags"><span>Тақырыптар:</span> <a href="/kz/search/index.php?tags=%D0%90%D1%81%D1%82%D0%B0%D0%BD%D0%B0">Астана</a>, <a href="/kz/search/index.php?tags=%D0%B1%D1%96%D0%BB%D1%96%D0%BC">білім</a></div>';
    expect(story(row).tags).toEqual(['Астана', 'білім']);
    const labelled = '<div><strong>Tags:</strong> <a href="/search?q=storm+surge">Storm surge</a>, <a href="/search?q=harbour">Harbour</a></div>';
    expect(story(labelled).tags).toEqual(['Storm surge', 'Harbour']);
  });
  it('compares by letters and digits ("?tag=raspberry-pi" for "Raspberry Pi") and leaves out category filters', () => {
    const row =
      '<div class="post-tags"><a href="/latest?category=technology">Technology</a> <a href="/latest?tag=raspberry-pi">Raspberry Pi</a> <a href="/latest?tag=pc">PC</a></div>';
    expect(story(row).tags).toEqual(['Raspberry Pi', 'PC']);
  });
  it('does not read search links outside a tags list, links searching for other text, or other sites', () => {
    expect(story('<div class="more"><a href="/search?q=storm">storm</a> <a href="/search?q=harbour">harbour</a></div>').tags).toEqual([]);
    expect(story('<div class="tags"><a href="/blog/?page=2">Older posts</a> <a href="/blog/?q=x">Search</a></div>').tags).toEqual([]);
    expect(story('<div class="tags"><a href="https://social.example/search?q=storm">storm</a></div>').tags).toEqual([]);
  });
});

describe('tags: a list only its label and its links tell apart', () => {
  const efni = (label: string, links: string) => `<div class="efnisord"><span>${label}</span> ${links}</div>`;
  const topics = '<a href="/efni/hitaveita/">hitaveita</a> <a href="/efni/orkumal/">orkumál</a> <a href="/efni/akureyri/">Akureyri</a>';
  it('reads a one-word label and a colon ("Efnisorð:") before links to one folder of the site, after the story', () => {
    const a = story(efni('Efnisorð:', topics));
    expect(a.tags).toEqual(['hitaveita', 'orkumál', 'Akureyri']);
    expect(a.sources.tags).toBe('html');
    expect(story(`<div>Efnisorð: <ul><li><a href="/efni/hitaveita/">hitaveita</a></li><li><a href="/efni/orkumal/">orkumál</a></li></ul></div>`).tags).toEqual(['hitaveita', 'orkumál']);
  });
  it('not without the label, with a longer label, with links to two folders, another site, a category, a headline, or above the story', () => {
    expect(story(efni('', topics)).tags).toEqual([]);
    expect(story(efni('Lesið einnig um þetta:', topics)).tags).toEqual([]);
    expect(story(efni('Efnisorð:', '<a href="/efni/hitaveita/">hitaveita</a> <a href="/frettir/orkumal/">orkumál</a>')).tags).toEqual([]);
    expect(story(efni('Efnisorð:', '<a href="https://other.example/efni/hitaveita/">hitaveita</a> <a href="https://other.example/efni/orkumal/">orkumál</a>')).tags).toEqual([]);
    expect(story(efni('Categories:', '<a href="/blog/category/how-to/">How To</a> <a href="/blog/category/press/">Press</a>')).tags).toEqual([]);
    expect(story(efni('Related:', '<a href="/news/port-reopens-after-the-storm-passes/">Port reopens after the storm passes</a> <a href="/news/ferries-resume/">Ferries resume on Thursday as planned</a>')).tags).toEqual([]);
    expect(story('', efni('Efnisorð:', topics)).tags).toEqual([]);
  });
});

describe("tags: a platform's hashtag pages", () => {
  it('reads a list of links to the site\'s "/hashtag/" pages (note) or "/hashtags/" pages as tags, "#" dropped', () => {
    const list = '<div class="m-tagList"><a href="/hashtag/エッセイ"><div>#エッセイ</div></a><a href="/hashtag/商店街"><div>#商店街</div></a></div>';
    const a = story(list);
    expect(a.tags).toEqual(['エッセイ', '商店街']);
    expect(a.sources.tags).toBe('html');
    expect(story('<p><a href="/hashtags/storm">#storm</a> <a href="/hashtags/harbour">#harbour</a></p>').tags).toEqual(['storm', 'harbour']);
  });
  it('not a hashtag linked inside a sentence, nor an embedded post\'s hashtag on another site', () => {
    const sentence = '<p>The harbour master, who has seen <a href="/hashtag/storm">#storm</a> warnings come and go for thirty years, said this one was different and posted so at once.</p>';
    expect(story(sentence).tags).toEqual([]);
    const tweet = '<blockquote class="twitter-tweet"><p>Water over the quay again <a href="https://twitter.example/hashtag/storm">#storm</a> <a href="https://twitter.example/hashtag/harbour">#harbour</a></p></blockquote>';
    expect(story(tweet).tags).toEqual([]);
  });
  it('not a tag page linked in a short sentence either, while a tag line with its label or a closing period stays one', () => {
    // Under MAX_TAG_LINE_OTHER_TEXT, but a sentence: four words and more outside the link, its end.
    expect(story('<p>Fans flooded the <a href="/hashtag/budget">#budget</a> page within an hour.</p>').tags).toEqual([]);
    expect(story('<p>Readers also found <a href="/tag/transit">transit</a> stories useful.</p>').tags).toEqual([]);
    // A label's colon, or only a word or two around the links: a tag line.
    expect(story('<p>This story is filed under: <a href="/tag/storm">storm</a>, <a href="/tag/harbour">harbour</a>.</p>').tags).toEqual(['storm', 'harbour']);
    expect(story('<p>Tagged <a href="/tag/storm">storm</a> and <a href="/tag/harbour">harbour</a>.</p>').tags).toEqual(['storm', 'harbour']);
    // The review's cases: a tag line that reads as a sentence ends with its links, or is named as a tag list.
    expect(story('<p>More stories about <a href="/tag/transit">Transit</a>, <a href="/tag/city-council">City Council</a> and <a href="/tag/budget">Budget</a>.</p>').tags).toEqual(['Transit', 'City Council', 'Budget']);
    expect(story('<p>This story is filed under <a href="/tag/transit">Transit</a> and <a href="/tag/budget">Budget</a>.</p>').tags).toEqual(['Transit', 'Budget']);
    expect(story('<p class="tags">Read more of our coverage on <a href="/tag/transit">Transit</a> and <a href="/tag/budget">Budget</a> in the weeks ahead.</p>').tags).toEqual(['Transit', 'Budget']);
  });
});

describe('tags: a tag page addressed as a path parameter ("tag:<value>")', () => {
  it("reads Kirby's '/lokales/tag:Verkehr' and '/blog/tags:x' and WriteFreely's '/tag:transit' links as tag pages", () => {
    const kirby = '<ul><li><a href="/lokales/tag:Verkehr">Verkehr</a></li><li><a href="/lokales/tag:Gemeinderat">Gemeinderat</a></li></ul>';
    const a = story(kirby);
    expect(a.tags).toEqual(['Verkehr', 'Gemeinderat']);
    expect(a.sources.tags).toBe('html');
    expect(story('<p><a href="/blog/tags:storm">storm</a>, <a href="/blog/tags:harbour">harbour</a></p>').tags).toEqual(['storm', 'harbour']);
    expect(story('<p><a href="/tag:transit">#transit</a> <a href="/tag:nightbus">#nightbus</a></p>').tags).toEqual(['transit', 'nightbus']);
  });
  it("not a hashtag in a sentence, a wiki's capitalised \"Tag:\" namespace page, or a colon elsewhere in the path", () => {
    expect(story('<p>The <a href="/tag:citycouncil">#citycouncil</a> meeting that approved it ran past eleven, which several people pointed out.</p>').tags).toEqual([]);
    expect(story('<ul><li><a href="/wiki/Tag:highway=bus_stop">Tag:highway=bus_stop</a></li><li><a href="/wiki/Tag:amenity=shelter">Tag:amenity=shelter</a></li></ul>').tags).toEqual([]);
    expect(story('<ul><li><a href="/lokales/page:2">Older</a></li><li><a href="/lokales/vintag:1">Vintage</a></li></ul>').tags).toEqual([]);
  });
});

describe('tags: topic pages in the Portuguese and Spanish "tópicos" folder', () => {
  const list = (label: string, links: string) => `<div class="c-news-more"><h4>${label}</h4><ul>${links}</ul></div>`;
  const topicos = '<li><a href="/topicos/inflacao/">Inflação</a></li><li><a href="/t%C3%B3picos/ipca/">IPCA</a></li>';
  it('reads "/topicos/" links (accent or not) in a list labelled "Tópicos"', () => {
    expect(story(list('Tópicos', topicos)).tags).toEqual(['Inflação', 'IPCA']);
    expect(story(list('Topicos', topicos)).tags).toEqual(['Inflação', 'IPCA']);
  });
  it('not outside a list named or labelled as topics (a menu links them too), nor a site-prefixed folder', () => {
    expect(story(list('Mais lidas', topicos)).tags).toEqual([]);
    expect(story(list('Tópicos', '<li><a href="/folha-topicos/inflacao/">Inflação</a></li><li><a href="/folha-topicos/ipca/">IPCA</a></li>')).tags).toEqual([]);
  });
});

describe('tags: a list named "related" and a topic word', () => {
  const pills = '<ul><li><a href="/news/topic/housing">Housing</a></li><li><a href="/news/topic/sydney">Sydney</a></li></ul>';
  const block = (cls: string) => `<div class="${cls}"><h2>Related topics</h2>${pills}</div>`;
  it('reads "RelatedTopics_topics__…" (ABC News), "related-tags" and "related_keywords" as the story\'s topic list', () => {
    expect(story(block('RelatedTopics_topics__Xq3mz')).tags).toEqual(['Housing', 'Sydney']);
    expect(story(block('related-tags')).tags).toEqual(['Housing', 'Sydney']);
    expect(story(block('related_keywords')).tags).toEqual(['Housing', 'Sydney']);
  });
  it('not a related-stories or related-articles block, nor a "RelatedTopicsStories" rail, whatever its heading says', () => {
    expect(story(block('related-stories')).tags).toEqual([]);
    expect(story(block('related-articles')).tags).toEqual([]);
    expect(story(block('RelatedTopicsStories_rail__a1')).tags).toEqual([]);
    expect(story(block('related-topic-articles')).tags).toEqual([]);
  });
  it("keeps a headline rail named so foreign for the story's dates too", () => {
    const rail =
      '<div class="RelatedTopicsStories_rail__a1"><ul><li><a href="/news/2023-12-12/evictions/1">Evictions banned</a><span class="date">12 December 2023</span></li></ul></div>';
    expect(story(rail).publishedAt).toBeNull();
  });
  // Review of session 19: the block had become part of the story, its cards' bylines and dates read.
  const card = (i: number) =>
    `<li class="story"><a href="/news/topic/transport" class="kicker">Transport</a><h3><a href="/2025/02/1${i}/story-${i}">Older story number ${i} about buses and trains</a></h3><span class="byline">By Sam Okafor</span> <time class="date" datetime="2025-02-1${i}T09:00:00Z">1${i} February 2025</time></li>`;
  it('a related-topics block of story cards stays foreign: no card byline, date or kicker tag', () => {
    const a = story(`<section class="related-topics-module"><h2>More on this topic</h2><ul>${card(0)}${card(1)}${card(2)}</ul></section>`);
    expect(a.authors).toEqual([]);
    expect(a.publishedAt).toBeNull();
    expect(a.tags).toEqual([]);
  });
  it('nor a feed of headlines with author lines, nor a topic box with one dated card', () => {
    const item = (i: number) => `<div class="item"><a href="/2025/02/1${i}/s${i}">Story ${i} headline about the bus network changes</a><p class="author">Lee Park</p><span class="date">1${i} Feb 2025</span></div>`;
    expect(story(`<div class="related_topic_feed"><h2>Latest in Transport</h2>${item(0)}${item(1)}${item(2)}</div>`).authors).toEqual([]);
    const box = '<div class="related-topic-box"><h2>Transport</h2><div class="story-item"><h3><a href="/news/buses-cut">Buses cut in January after strike</a></h3><p class="summary">The city cut services on six routes.</p><time datetime="2024-01-05T08:00:00Z">5 January 2024</time></div></div>';
    expect(story(box).publishedAt).toBeNull();
  });
  it("nor the site's favourites ('Popular on …') or search links in a related-tags box", () => {
    const tags = '<ul><li><a href="/tag/weather">Weather</a></li><li><a href="/tag/crime">Crime</a></li><li><a href="/tag/schools">Schools</a></li></ul>';
    expect(story(`<div class="col-side"><div class="related-tags"><h3>Popular on City Ledger</h3>${tags}</div></div>`).tags).toEqual([]);
    const search = '<div class="related_keywords"><h3>People also searched</h3><ul><li><a href="/search?q=bus+timetable">bus timetable</a></li><li><a href="/search?q=night+bus+fares">night bus fares</a></li></ul></div>';
    expect(story(search).tags).toEqual([]);
  });
});

describe("tags: a topic list right after the story's element", () => {
  // Audit of session 19 (BBC News): <div class="story-body"> holds the story, its "Related Topics" list follows it.
  const page = (after: string) =>
    parseArticle(
      `<!doctype html><html><head><title>Storm floods the old harbour - BBC News</title></head><body><div class="column--primary"><div class="story-body"><h1>Storm floods the old harbour</h1>${prose(4)}</div>${after}</div></body></html>`,
      { url: 'https://news.example/news/uk-12345' },
    );
  const pills = '<ul class="tags-list"><li><a href="/news/topics/c1x/flooding">Flooding</a></li><li><a href="/news/topics/c2y/cornwall">Cornwall</a></li></ul>';
  const share = '<div class="share"><h2>Share this story</h2><a href="mailto:?subject=Storm">Email</a></div>';
  it("reads a list named or labelled as the topics that is the story's next element", () => {
    const a = page(`<div id="topic-tags"><div class="tags-container"><h2>Related Topics</h2>${pills}</div></div>${share}`);
    expect(a.tags).toEqual(['Flooding', 'Cornwall']);
    expect(a.sources.tags).toBe('html');
    expect(page(`<div class="more"><h2>Related Topics</h2><ul><li><a href="/news/topics/c1x/flooding">Flooding</a></li><li><a href="/news/topics/c2y/cornwall">Cornwall</a></li></ul></div>`).tags).toEqual(['Flooding', 'Cornwall']);
  });
  it('not a list further down, one named as no tag list, the site\'s favourites, or a block of story cards', () => {
    expect(page(`${share}<div id="topic-tags"><h2>Related Topics</h2>${pills}</div>`).tags).toEqual([]);
    expect(page('<div class="more-links"><ul><li><a href="/news/topics/c1x/flooding">Flooding</a></li><li><a href="/news/topics/c2y/cornwall">Cornwall</a></li></ul></div>').tags).toEqual([]);
    expect(page(`<div class="topic-tags"><h2>Trending topics</h2>${pills}</div>`).tags).toEqual([]);
    const cards = '<div class="topic-stories"><h2>More on this topic</h2><ul><li><h3><a href="/news/topics/c1x/flooding">Flooding</a></h3><time datetime="2024-01-03">3 January</time></li><li><h3><a href="/news/topics/c2y/cornwall">Cornwall</a></h3></li></ul></div>';
    expect(page(cards).tags).toEqual([]);
  });
  it("only a list that says it is the story's: named as the story's tags or labelled as its related topics or 'Tags:'", () => {
    const links = '<a href="/topics/flooding">Flooding</a> <a href="/topics/cornwall">Cornwall</a>';
    expect(page(`<div class="article-tags">${links}</div>`).tags).toEqual(['Flooding', 'Cornwall']);
    expect(page(`<div class="etiquetas"><span>Temas:</span> ${links}</div>`).tags).toEqual(['Flooding', 'Cornwall']);
    // Review of session 20: the site's lists right after a story, in any language.
    expect(page(`<div class="temas-del-dia"><h2>Temas del día</h2><ul><li>${links}</li></ul></div>`).tags).toEqual([]);
    expect(page(`<div class="themen"><h2>Beliebte Themen</h2><ul><li>${links}</li></ul></div>`).tags).toEqual([]);
    expect(page(`<div class="hot-topics"><span>Hot topics</span><ul><li>${links}</li></ul></div>`).tags).toEqual([]);
    expect(page(`<div class="site-topics"><h2>Topics we cover</h2><ul><li>${links}</li></ul></div>`).tags).toEqual([]);
    expect(page(`<div class="col-md-4"><div class="panel"><h3>Topics</h3><ul><li>${links}</li></ul></div></div>`).tags).toEqual([]);
    expect(page('<div class="topic-discussion"><h3>Discuss this topic</h3><a href="/forums/topic/48213-harbour/">Join the discussion</a></div>').tags).toEqual([]);
    // An infinite scroll's next story: its own tag list is not this story's.
    expect(page(`<article><h2>Ferry timetable changes</h2>${prose(3)}<div class="post-tags">Tags: ${links}</div></article>`).tags).toEqual([]);
  });
});

describe('tags: a list labelled "Filed under" in the press\'s language', () => {
  const filed = (label: string, links: string) => `<div class="a_k"><p>${label}</p><ul>${links}</ul></div>`;
  const noticias = '<li><a href="/noticias/salario-minimo/">Salario mínimo</a></li><li><a href="/noticias/sindicatos/">Sindicatos</a></li><li><a href="/noticias/ceoe/">CEOE</a></li>';
  it('reads "Archivado En" (El País) over links to one folder of the site, whatever it is called, after the story', () => {
    const a = story(filed('Archivado En', noticias));
    expect(a.tags).toEqual(['Salario mínimo', 'Sindicatos', 'CEOE']);
    expect(a.sources.tags).toBe('html');
    expect(story(filed('Abgelegt unter:', '<li><a href="/stichwort/bahn/">Bahn</a></li><li><a href="/stichwort/streik/">Streik</a></li>')).tags).toEqual(['Bahn', 'Streik']);
    expect(story(filed('Classé dans', '<li><a href="/sujet/retraites/">Retraites</a></li><li><a href="/sujet/greve/">Grève</a></li>')).tags).toEqual(['Retraites', 'Grève']);
  });
  it('not for a longer label that only contains the words, links to two folders, story links, or above the story', () => {
    expect(story(filed('Archivado en la hemeroteca de 1998', noticias)).tags).toEqual([]);
    expect(story(filed('Más información', noticias)).tags).toEqual([]);
    expect(story(filed('Archivado En', '<li><a href="/noticias/sindicatos/">Sindicatos</a></li><li><a href="/economia/ceoe/">CEOE</a></li>')).tags).toEqual([]);
    expect(story(filed('Archivado En', '<li><a href="/noticias/el-gobierno-sube-el-salario-minimo-un-cinco/">El Gobierno sube el salario mínimo un 5%</a></li><li><a href="/noticias/ceoe/">CEOE</a></li>')).tags).toEqual([]);
    expect(story('', filed('Archivado En', noticias)).tags).toEqual([]);
  });
  it("not over other stories' pages, documents or years in one folder", () => {
    expect(story(filed('Classé dans', '<li><a href="/politique/article-123.html">Le budget</a></li><li><a href="/politique/article-124.html">La grève</a></li>')).tags).toEqual([]);
    expect(story(filed('Archivado en', '<li><a href="/docs/demanda.pdf">Demanda</a></li><li><a href="/docs/sentencia.pdf">Sentencia</a></li>')).tags).toEqual([]);
    expect(story(filed('Abgelegt unter', '<li><a href="/archiv/2025/">2025</a></li><li><a href="/archiv/2024/">2024</a></li>')).tags).toEqual([]);
  });
  it("not over the site's sections, named in the press's language (CATEGORY_HREF_RE)", () => {
    expect(story(filed('Archivado en', '<li><a href="/seccion/espana/">España</a></li><li><a href="/seccion/economia/">Economía</a></li>')).tags).toEqual([]);
    expect(story(filed('Classé dans', '<li><a href="/rubrique/societe/">Société</a></li><li><a href="/rubrique/sante/">Santé</a></li>')).tags).toEqual([]);
    expect(story(filed('Abgelegt unter', '<li><a href="/ressort/politik/">Politik</a></li><li><a href="/ressort/wirtschaft/">Wirtschaft</a></li>')).tags).toEqual([]);
    // A folder merely beginning like one ("/sectional-sofas/", "/categorical/") is a tag folder still.
    expect(story(filed('Archivado en', '<li><a href="/sectional/sofas/">Sofas</a></li><li><a href="/sectional/chairs/">Chairs</a></li>')).tags).toEqual(['Sofas', 'Chairs']);
  });
});

describe('tags: a list labelled as the topics of this article', () => {
  const topics = (label: string, links: string) =>
    `<div class="concept-list"><h2>${label}</h2><ul>${links}</ul></div>`;
  const root =
    '<li><a href="https://blog.example/european-central-bank">European Central Bank</a><form action="/myft/add/ecb"><button>Add to myFT</button></form></li><li><a href="https://blog.example/inflation">Inflation</a><form action="/myft/add/inflation"><button>Add to myFT</button></form></li>';
  it('reads links to pages at the site\'s root under "Follow the topics in this article" (FT), its buttons no label', () => {
    const a = story(topics('Follow the topics in this article', root));
    expect(a.tags).toEqual(['European Central Bank', 'Inflation']);
    expect(a.sources.tags).toBe('html');
    expect(story(topics('Topics in this story', root)).tags).toEqual(['European Central Bank', 'Inflation']);
    expect(story(topics('Themen in diesem Artikel', '<li><a href="/ezb">EZB</a></li><li><a href="/inflation">Inflation</a></li>')).tags).toEqual(['EZB', 'Inflation']);
  });
  it('not under a one-word label or a label that names other pages, nor over headlines or another site', () => {
    expect(story(topics('Topics:', root)).tags).toEqual([]);
    expect(story(topics('More stories from this section', root)).tags).toEqual([]);
    expect(story(topics('Follow the topics in this article', '<li><a href="/lagarde-says-ecb-will-cut-rates-when-confident">Lagarde says the ECB will cut rates when it is confident</a></li><li><a href="/inflation">Inflation</a></li>')).tags).toEqual([]);
    expect(story(topics('Follow the topics in this article', '<li><a href="https://other.example/ecb">ECB</a></li><li><a href="https://other.example/inflation">Inflation</a></li>')).tags).toEqual([]);
  });
  it('leaves out the byline\'s page, and takes no root-level page not named for its text, nor a headline', () => {
    const byline = '<p class="byline">By <a href="https://blog.example/dana-whitcombe">Dana Whitcombe</a></p>';
    const withAuthor = `${root}<li><a href="https://blog.example/dana-whitcombe">Dana Whitcombe</a></li>`;
    expect(story(topics('Follow the topics in this article', withAuthor), byline).tags).toEqual(['European Central Bank', 'Inflation']);
    expect(story(topics('Follow the topics in this article', `${root}<li><a href="/login">Sign in</a></li>`)).tags).toEqual([]);
    expect(story(topics('More on these topics', '<li><a href="/tram-fares-to-rise">Tram fares to rise</a></li><li><a href="/mayor-faces-budget-revolt">Mayor faces budget revolt</a></li>')).tags).toEqual([]);
  });
});

describe("tags: a scholarly article's keyword metas", () => {
  const paper = (head: string) =>
    parseArticle(`<!doctype html><html><head><title>Seagrass recovery in former mooring fields</title>${head}</head><body><article><h1>Seagrass recovery in former mooring fields</h1>${prose(4)}</article></body></html>`, {
      url: 'https://journal.example/articles/10.5555/x',
    });

  it('reads dc.subject, dcterms.subject and citation_keywords, one keyword a tag, after the keyword metas', () => {
    expect(paper('<meta name="dc.subject" content="Seagrass"><meta name="dc.subject" content="Zostera marina"><meta name="dc.subject" content="Boat moorings">').tags).toEqual(['Seagrass', 'Zostera marina', 'Boat moorings']);
    expect(paper('<meta name="DCTERMS.subject" content="Seagrass">').tags).toEqual(['Seagrass']);
    expect(paper('<meta name="citation_keywords" content="Seagrass; Baltic Sea">').tags).toEqual(['Seagrass', 'Baltic Sea']);
    // A subject in a classification scheme is its code, not a tag (the review's LCC case).
    expect(paper('<meta name="DC.subject" scheme="LCC" content="HJ9011"><meta name="DC.subject" content="Public finance">').tags).toEqual(['Public finance']);
    const both = paper('<meta name="keywords" content="ecology, marine"><meta name="dc.subject" content="Seagrass">');
    expect(both.tags).toEqual(['ecology', 'marine']);
    expect(both.sources.tags).toBe('meta');
  });

  it('not another Dublin Core field (dc.type names the article type, not a tag)', () => {
    expect(paper('<meta name="dc.type" content="OriginalPaper"><meta name="prism.section" content="OriginalPaper">').tags).toEqual([]);
  });
});

describe('tags: a meta named "tags"', () => {
  const page = (head: string) =>
    parseArticle(`<!doctype html><html><head><title>Storm floods the old harbour</title>${head}</head><body><article><h1>Storm floods the old harbour</h1>${prose(4)}</article></body></html>`, {
      url: 'https://blog.example/storm/',
    });
  it('reads it, one tag a meta (Pelican, Swiftype) or a comma list (a static theme)', () => {
    const pelican = page('<meta name="tags" content="SQL">');
    expect(pelican.tags).toEqual(['SQL']);
    expect(pelican.sources.tags).toBe('meta');
    expect(page('<meta name="tags" content="Content Depth,Topical Authority">').tags).toEqual(['Content Depth', 'Topical Authority']);
    expect(page('<meta class="swiftype" name="tags" data-type="string" content="Doobie Brothers"><meta class="swiftype" name="tags" data-type="string" content="Michael McDonald">').tags).toEqual(['Doobie Brothers', 'Michael McDonald']);
  });
  it('before the site-wide keywords; after article:tag and news_keywords', () => {
    expect(page('<meta name="keywords" content="blog, software, databases"><meta name="tags" content="SQL">').tags).toEqual(['SQL']);
    expect(page('<meta property="article:tag" content="Postgres"><meta name="tags" content="SQL">').tags).toEqual(['Postgres']);
    expect(page('<meta name="news_keywords" content="harbour, storm"><meta name="tags" content="SQL">').tags).toEqual(['harbour', 'storm']);
  });
});

describe("tags: a keyword meta of the site's blanket words", () => {
  const page = (head: string, body = '') =>
    parseArticle(`<!doctype html><html><head><title>Storm floods the old harbour</title>${head}</head><body><article><h1>Storm floods the old harbour</h1>${prose(4)}${body}</article></body></html>`, {
      url: 'https://news.example/2015/04/30/storm/',
    });
  it('reads no tags from keywords that only say "news" (Libération\'s "actualités, news"), and goes on to the next source', () => {
    expect(page('<meta name="keywords" content="actualités, news">').tags).toEqual([]);
    expect(page('<meta name="keywords" content="Nachrichten, Startseite">').tags).toEqual([]);
    expect(page('<meta name="keywords" content="actualités, news">', '<p class="tags">Tags: <a href="/tag/nepal/" rel="tag">Népal</a></p>').tags).toEqual(['Népal']);
    // In Japanese, Korean and Chinese, and the site's own name among them (NHK's "NHK,ニュース,NHK NEWS WEB").
    const site = '<meta property="og:site_name" content="NHK NEWS WEB">';
    expect(page(`${site}<meta name="keywords" content="NHK,ニュース,NHK NEWS WEB">`).tags).toEqual([]);
    expect(page('<meta name="keywords" content="뉴스">').tags).toEqual([]);
    // A real keyword beside them keeps the list whole.
    expect(page(`${site}<meta name="keywords" content="NHK,ニュース,大雪">`).tags).toEqual(['NHK', 'ニュース', '大雪']);
    // A plain word of a single-subject site's name is its topic (review).
    expect(page('<meta property="og:site_name" content="Climate Home News"><meta name="keywords" content="climate">').tags).toEqual(['climate']);
  });
  it('keeps such a word among real keywords, and in the story\'s own fields', () => {
    expect(page('<meta name="keywords" content="News, Nepal, earthquake">').tags).toEqual(['News', 'Nepal', 'earthquake']);
    expect(page('<meta name="keywords" content="newsletters">').tags).toEqual(['newsletters']);
    expect(page('<meta property="article:tag" content="News">').tags).toEqual(['News']);
  });
});

describe('tags: keyword metas that are no tags', () => {
  const page = (keywords: string, title = 'Winter storm to bring heavy snow this weekend | CNN', h1 = 'Winter storm to bring heavy snow this weekend') =>
    parseArticle(`<!doctype html><html><head><title>${title}</title><meta name="keywords" content="${keywords}"></head><body><article><h1>${h1}</h1>${prose(4)}</article></body></html>`, {
      url: 'https://news.example/2024/01/04/weather/winter-storm/',
    }).tags;

  it('drops the page title (its site affix cut) and a path from the keywords', () => {
    expect(page('weather, Winter storm to bring heavy snow this weekend - CNN')).toEqual(['weather']);
    expect(page('Leadership Strategy,/leadership,leadership,/leadership-strategy,standard')).toEqual(['Leadership Strategy', 'leadership', 'standard']);
  });

  it('keeps a keyword a short headline equals, one that holds more than the title, and a word with a slash inside', () => {
    expect(page('Brexit, politics', 'Brexit | News', 'Brexit')).toEqual(['Brexit', 'politics']);
    expect(page('Winter storm to bring heavy snow this weekend in Iowa, weather')).toEqual(['Winter storm to bring heavy snow this weekend in Iowa', 'weather']);
    expect(page('AC/DC, weather')).toEqual(['AC/DC', 'weather']);
  });

  // Audit of session 19 (autoindustriya): the keywords field filled with the headline and its teaser.
  const withDek = (keywords: string) =>
    parseArticle(
      `<!doctype html><html><head><title>All-new 2020 Sentra is what we really want from Nissan PH - Auto News</title><meta name="description" content="Will we call the Sentra the Sylphy should it arrive in ASEAN?"><meta name="keywords" content="${keywords}"></head><body><article><h1>All-new 2020 Sentra is what we really want from Nissan PH</h1><h2>Next-generation Nissan Sentra makes global debut in Los Angeles</h2>${prose(4)}</article></body></html>`,
      { url: 'https://auto.example/news/2019/11/20/sentra/' },
    ).tags;
  it('drops the headline glued to the dek or to the description', () => {
    expect(withDek('All-new 2020 Sentra is what we really want from Nissan PH Next-generation Nissan Sentra makes global debut in Los Angeles')).toEqual([]);
    expect(withDek('All-new 2020 Sentra is what we really want from Nissan PH. Will we call the Sentra the Sylphy should it arrive in ASEAN?, Nissan')).toEqual(['Nissan']);
  });
  it('keeps a keyword that begins with the headline and goes on with other words, and the dek alone', () => {
    expect(withDek('All-new 2020 Sentra is what we really want from Nissan PH in 2020, Nissan')).toEqual(['All-new 2020 Sentra is what we really want from Nissan PH in 2020', 'Nissan']);
    expect(withDek('Next-generation Nissan Sentra makes global debut in Los Angeles, Nissan')).toEqual(['Next-generation Nissan Sentra makes global debut in Los Angeles', 'Nissan']);
  });
});

describe("tags: a CMS's own keywords are no topics", () => {
  const page = (head: string) =>
    parseArticle(`<!doctype html><html><head><title>Storm floods the old harbour</title>${head}</head><body><article><h1>Storm floods the old harbour</h1>${prose(4)}</article></body></html>`, {
      url: 'https://news.example/2024/01/04/storm/',
    });
  const og = (...tags: string[]) => tags.map((t) => `<meta property="article:tag" content="${t}">`).join('');
  const ld = (keywords: unknown) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Storm floods the old harbour', keywords })}</script>`;

  it('drops routing labels and flags ("@river", "_no-apple-news"), a path, a contact, and the default category', () => {
    expect(page(og('@hp-top-stories,@mlive-river,Dear Abby,trending')).tags).toEqual(['Dear Abby', 'trending']);
    expect(page(ld(['banks', 'money', '_no-apple-news', '@post-id:1913719', '/article', 'Uncategorized'])).tags).toEqual(['banks', 'money']);
    expect(page('<meta name="news_keywords" content="car sales, Houston, paul.takahashi@chron.example twitter.com/paultakahashi, https://twitter.com/AP_Sports">').tags).toEqual(['car sales', 'Houston']);
  });
  it('keeps snake_case keywords, handle topics, a dunder name and a short headline (review)', () => {
    expect(page(og('politica', 'giorgia_meloni', 'fratelli_d_italia')).tags).toEqual(['politica', 'giorgia_meloni', 'fratelli_d_italia']);
    expect(page(og('Python', '__init__', 'file_get_contents')).tags).toEqual(['Python', '__init__', 'file_get_contents']);
    expect(page(og('@Ryanair', 'airlines')).tags).toEqual(['@Ryanair', 'airlines']);
    const explainer = parseArticle(`<!doctype html><html><head><title>Black Lives Matter</title>${ld(['Black Lives Matter', 'protest'])}</head><body><article><h1>Black Lives Matter</h1>${prose(4)}</article></body></html>`, { url: 'https://news.example/explainers/blm/' });
    expect(explainer.tags).toEqual(['Black Lives Matter', 'protest']);
  });
  it('reads a spaced facet of a topic as the topic and drops a section, category or type facet; "Review: X" stays', () => {
    expect(page(ld(['topic: Politics & Policy', 'topic: White House', 'Impeachment', 'section: Article', 'Category: Moon'])).tags).toEqual(['Politics & Policy', 'White House', 'Impeachment']);
    expect(page(ld(['Review: Emma', 'books'])).tags).toEqual(['Review: Emma', 'books']);
  });
  // Audit of session 19 (ScienceAlert, and a Hearst page's article:tag): keywords escaped twice and split at the references' ";".
  it('drops a reference cut before its ";" with the keyword it broke, and cuts off a quote\'s', () => {
    expect(page('<meta name="keywords" content="water, nasa, &amp;quot, surface, &amp;#039, moon">').tags).toEqual(['water', 'nasa', 'surface', 'moon']);
    expect(page(og('PG&amp;amp', 'E', 'Wildfires', 'AT&amp;amp', 'Comcast')).tags).toEqual(['E', 'Wildfires', 'Comcast']);
    expect(page('<meta name="news_keywords" content="PG&amp;, Wildfires, Europa&amp;quot">').tags).toEqual(['Wildfires', 'Europa']);
  });
  it('keeps an ampersand that starts no reference, and a reference the page closes', () => {
    expect(page('<meta name="keywords" content="AT&amp;T, R&amp;D, Q&amp;A, Johnson&amp;Johnson, S&amp;P 500, Privacy &amp;amp; Technology">').tags).toEqual(['AT&T', 'R&D', 'Q&A', 'Johnson&Johnson', 'S&P 500', 'Privacy & Technology']);
    expect(page(ld(['Rock &amp; roll', 'Marks & Spencer', 'Tom&Jerry'])).tags).toEqual(['Rock & roll', 'Marks & Spencer', 'Tom&Jerry']);
  });
  // Audit of session 20 (Atlas Obscura): a facet slug as the only keyword.
  it('drops a facet slug ("section-Articles") and keeps topics that begin with a facet word', () => {
    expect(page(ld(['section-Articles'])).tags).toEqual([]);
    expect(page(ld(['category-News', 'tarot'])).tags).toEqual(['tarot']);
    expect(page(ld(['type-2 diabetes', 'type-A personality', 'category-theory', 'Section-8 housing'])).tags).toEqual(['type-2 diabetes', 'type-A personality', 'category-theory', 'Section-8 housing']);
  });
  // Audit of session 20 (The Verge, Vox): Parse.ly's and Sailthru's tags carry the CMS's flags.
  it("drops the CMS's flags from Parse.ly's and Sailthru's tags: placement, the default bucket, a stream's id, the site's name", () => {
    const verge = '<meta property="og:site_name" content="The Verge"><meta name="parsely-tags" content="verge,front-page,apple,tech,apple-wwdc,hands-on,featured-story,stream-23490979">';
    expect(page(verge).tags).toEqual(['apple', 'tech', 'apple-wwdc', 'hands-on']);
    expect(page('<meta property="og:site_name" content="Vox"><meta name="sailthru.tags" content="general,vox">').tags).toEqual([]);
    expect(page('<meta property="og:site_name" content="The Verge"><meta name="sailthru.tags" content="general,the-verge,front-page,tv,star-trek">').tags).toEqual(['tv', 'star-trek']);
    // A placement flag goes from any source (Vox Media's JSON-LD keywords).
    expect(page(ld(['Front Page', 'Explainers', 'World'])).tags).toEqual(['Explainers', 'World']);
  });
  it('keeps topics that look like them: numbered names, "general-news", the site name in other keyword metas or beside another site', () => {
    expect(page('<meta name="parsely-tags" content="covid-19,boeing-737,windows-10,general-news,front page news">').tags).toEqual(['covid-19', 'boeing-737', 'windows-10', 'general-news', 'front page news']);
    expect(page('<meta property="og:site_name" content="Vox"><meta name="news_keywords" content="Vox, media, general">').tags).toEqual(['Vox', 'media', 'general']);
    expect(page('<meta property="og:site_name" content="The Verge"><meta name="parsely-tags" content="vox,vox-media">').tags).toEqual(['vox', 'vox-media']);
  });
  // Review of session 20: a placement word is a topic outside the CMS's feeds and Vox's JSON-LD.
  it('keeps a placement word as a topic elsewhere, a non-collection id, a facet-like term of several words', () => {
    expect(page('<meta property="article:tag" content="Homepage"><meta property="article:tag" content="UX">').tags).toEqual(['Homepage', 'UX']);
    expect(page('<meta name="keywords" content="reddit, front page, ranking">').tags).toEqual(['reddit', 'front page', 'ranking']);
    expect(page(ld(['Wikipedia', 'Featured Article', 'editing'])).tags).toEqual(['Wikipedia', 'Featured Article', 'editing']);
    expect(page('<meta name="parsely-tags" content="bitcoin,block-840000,halving">').tags).toEqual(['bitcoin', 'block-840000', 'halving']);
    expect(page('<meta name="keywords" content="type-Ia supernovae, dark energy, Hubble constant">').tags).toEqual(['type-Ia supernovae', 'dark energy', 'Hubble constant']);
  });
  it('drops the headline from JSON-LD keywords too', () => {
    expect(page(ld(['Storm floods the old harbour', 'storms'])).tags).toEqual(['storms']);
  });
});

describe('tags: a search written in the path', () => {
  it('reads "/search/<text>/" links whose last segment is their own text', () => {
    const list = '<div class="tags"><a href="/search/storm/">storm</a>, <a href="/search/%D0%BA%D0%B0%D1%82%D0%BE%D0%BA/">каток</a></div>';
    expect(story(list).tags).toEqual(['storm', 'каток']);
  });
  it('does not read a path search for other text, or one outside a tags list', () => {
    expect(story('<div class="tags"><a href="/search/harbour/">storm</a> <a href="/search/ferry/">port</a></div>').tags).toEqual([]);
    expect(story('<div class="more"><a href="/search/storm/">storm</a> <a href="/search/harbour/">harbour</a></div>').tags).toEqual([]);
  });
});

describe('tags: a labelled list inside a details line', () => {
  // uCoz's div.eDetails: category, views, author, date and the labelled tag list in one line.
  const details = (tags: string) =>
    `<div class="details">Category: <a href="/news/city/1-0-1">City news</a> | Views: 345 | Added by: <a href="/index/8-1">admin</a> | Date: 04.01.2024 | Rating: 5.0 of 2 votes | Source: the city press office | <a href="#comments">Comments (3)</a><br />${tags}</div>`;
  it("measures the tag list's own labelled wrapper, not the details line around it", () => {
    expect(story(details('<span class="e-tags"><span class="ed-title">Tags:</span> <a href="/search/storm/">storm</a>, <a href="/search/harbour/">harbour</a></span>')).tags).toEqual(['storm', 'harbour']);
  });
  it('still drops tag links in the details line itself when no wrapper names them a list', () => {
    // Tag pages are tag links wherever they sit: here the measured text is the whole line's.
    expect(story(details('<span>filed with <a href="/tag/storm/">storm</a>, <a href="/tag/harbour/">harbour</a></span>')).tags).toEqual([]);
    expect(story(details('<span class="e-tags">Tags: <a href="/tag/storm/">storm</a>, <a href="/tag/harbour/">harbour</a></span>')).tags).toEqual(['storm', 'harbour']);
  });
});

describe('tags: the story of a body written as runs between <br>s', () => {
  // uCoz's news entry: no <article>, no <p>, the body's paragraphs are text between <br />s.
  const run = (i: number) => `Paragraph ${i} of the report goes on, with commas, names, places and figures, long enough to read as real article prose.`;
  const page = (body: string) =>
    parseArticle(
      `<!doctype html><html><head><title>Ice rink opens by the sports palace - 4 January 2024 - News - Zarechny Online</title></head><body><table><tr><td>` +
        `<table class="eBlock"><tr><td><div class="eTitle">Ice rink opens by the sports palace</div><div class="eMessage">${body}</div>` +
        `<div class="eDetails">Views: 345 | Date: 04.01.2024<br /><span class="e-tags">Tags: <a href="/search/rink/">rink</a>, <a href="/search/sport/">sport</a></span></div></td></tr></table>` +
        `</td></tr></table></body></html>`,
      { url: 'https://town.example/news/ice-rink/2024-01-04-345' },
    );
  it('finds the story by its long text runs, and reads its tags', () => {
    expect(page([1, 2, 3, 4].map(run).join('<br /><br />')).tags).toEqual(['rink', 'sport']);
  });
  it('not by short runs (a list of links or labels between <br>s is no story)', () => {
    expect(page('Schedule<br />Prices<br />Contacts<br />Hours').tags).toEqual([]);
  });
});

describe('tags: Scandinavian tag and topic pages', () => {
  /** A Swedish page: a kicker link to a tag page above the `<h1>`, the story, then `after` inside its <article>. */
  const swedish = (after: string) =>
    parseArticle(
      `<!doctype html><html><head><title>Storm floods the old harbour</title></head><body><article><header><a class="k1" href="/nyheter/tagg/snooovader">Snöovädret</a><h1>Storm floods the old harbour</h1></header>${prose(4)}${after}</article></body></html>`,
      { url: 'https://news.example/nyheter/a/Kv3Xw9/storm-floods' },
    );
  const taggLinks = '<li><a href="/tagg/snooovader">Snöoväder</a></li><li><a href="/tagg/skane">Skåne</a></li><li><a href="/tagg/trafik">Trafik</a></li>';
  it('reads "/tagg/" links (Swedish "tag") under "Relaterade ämnen", its wrapper named only by a test hook; not the kicker above the headline', () => {
    const a = swedish(`<div class="h-css-tags" data-test-id="related-tags"><h2 class="h-css-t1">Relaterade ämnen</h2><ul class="h-css-t2">${taggLinks}</ul></div>`);
    expect(a.tags).toEqual(['Snöoväder', 'Skåne', 'Trafik']);
    expect(a.sources.tags).toBe('html');
    expect(swedish('<p class="x"><a href="/nyheter/taggar/snooovader">Snöoväder</a> <a href="/nyheter/taggar/skane">Skåne</a></p>').tags).toEqual(['Snöoväder', 'Skåne']);
  });
  it('reads Danish and Norwegian "/emne/" and Swedish "/amne/" topic links in a list labelled or named as topics', () => {
    const emne = '<li><a href="/emne/uvaer">Uvær</a></li><li><a href="/emne/trafikk">Trafikk</a></li>';
    expect(swedish(`<div class="x"><h2>Relaterte emner</h2><ul>${emne}</ul></div>`).tags).toEqual(['Uvær', 'Trafikk']);
    expect(swedish(`<div class="x"><span>Emner:</span><ul>${emne}</ul></div>`).tags).toEqual(['Uvær', 'Trafikk']);
    expect(swedish(`<div class="x" data-testid="article-tags"><ul>${emne}</ul></div>`).tags).toEqual(['Uvær', 'Trafikk']);
    expect(swedish('<div class="x"><h3>Ämnen</h3><a href="/nyheter/amne/snostorm">Snöstorm</a> <a href="/nyheter/amne/skane">Skåne</a></div>').tags).toEqual(['Snöstorm', 'Skåne']);
    expect(swedish('<div class="x"><h2>Relaterade ämnen</h2><ul><li><a href="/%C3%A4mnen/snostorm">Snöstorm</a></li><li><a href="/%C3%A4mnen/skane">Skåne</a></li></ul></div>').tags).toEqual(['Snöstorm', 'Skåne']);
  });
  it('not a story whose address holds "tagg", nor topic links under "Relaterat" or "Mer om ämnet", or in a wrapper whose test hook names no tags', () => {
    expect(swedish('<p class="x"><a href="/nyheter/a/Ab12/taggtrad-langs-e22">Taggtråd längs E22</a> <a href="/tagg">Alla taggar</a></p>').tags).toEqual([]);
    const stories = '<ul><li><a href="/nyheter/a/Ab12/annan-story">Tåg stod still i fem timmar</a></li><li><a href="/nyheter/a/Cd34/strom">Strömavbrott i tusentals hushåll</a></li></ul>';
    expect(swedish(`<div class="x"><h2>Relaterat</h2>${stories}</div>`).tags).toEqual([]);
    const amne = '<ul><li><a href="/amne/snostorm">Snöstorm</a></li><li><a href="/amne/skane">Skåne</a></li></ul>';
    expect(swedish(`<div class="x"><h2>Relaterat</h2>${amne}</div>`).tags).toEqual([]);
    expect(swedish(`<div class="x"><h2>Mer om ämnet</h2>${amne}</div>`).tags).toEqual([]);
    expect(swedish(`<div class="x" data-test-id="related-articles">${amne}</div>`).tags).toEqual([]);
  });
});
