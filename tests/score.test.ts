import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src';

/** Body paragraphs long enough to be scored as the article. */
function prose(n: number, label = 'Paragraph'): string {
  return Array.from(
    { length: n },
    (_, i) => `<p>${label} ${i + 1} of the report goes on, with commas, names, places and figures, long enough to read as real article prose here.</p>`,
  ).join('\n');
}

describe('score: pages without a prose container', () => {
  it('takes text that sits straight in <body>', () => {
    const a = parseArticle('<!DOCTYPE html><html><head></head><body>\n  Test\n</body></html>');
    expect(a.text).toBe('Test');
    expect(a.paragraphs).toEqual(['Test']);
  });

  it('takes paragraphs wrapped in a block link, and drops the javascript: target', () => {
    const a = parseArticle('<html><head><title>Links</title></head><body><a href="javascript:"><p>abc</p><p>def</p>ghi</a></body></html>');
    expect(a.paragraphs).toEqual(['abc', 'def', 'ghi']);
    expect(a.markdown).not.toContain('javascript:');
  });

  it('keeps a body of headings and images as sections with their figures', () => {
    const a = parseArticle(
      '<html><head><title>Gallery</title></head><body><article><h2>First view</h2><img src="/a.jpg" alt="A"><h2>Second view</h2><img src="/b.jpg" alt="B"></article></body></html>',
      { url: 'https://example.com/post' },
    );
    expect(a.sections.map((s) => s.heading)).toEqual(['First view', 'Second view']);
    expect(a.images.map((i) => i.src)).toEqual(['https://example.com/a.jpg', 'https://example.com/b.jpg']);
  });
});

describe('score: list items are paragraphs', () => {
  const item = (n: number) => `<li>Change ${n} landed this week, which makes the startup path faster and fixes a crash reported by several users.</li>`;
  const html = `<html><head><title>Weekly notes</title></head><body>
    <header><nav><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li></ul></nav></header>
    <div class="layout">
      <div class="post"><h1>Weekly notes</h1><h3>Highlights</h3><ul>${[1, 2, 3, 4, 5, 6].map(item).join('')}</ul>
        <h3>Fixes</h3><ul>${[7, 8, 9, 10, 11, 12].map(item).join('')}</ul></div>
      <div class="aside-box"><p>Subscribe to get these notes by mail every week, free.</p></div>
    </div></body></html>`;

  it('finds a body made of bullet lists, every item in order', () => {
    const a = parseArticle(html);
    expect(a.paragraphs).toHaveLength(12);
    expect(a.paragraphs[0]).toMatch(/^Change 1 landed this week/);
    expect(a.paragraphs[11]).toMatch(/^Change 12 landed this week/);
    expect(a.sections.map((s) => s.heading)).toEqual(['Highlights', 'Fixes']);
    expect(a.text).not.toContain('Subscribe');
    expect(a.text).not.toContain('Home');
  });
});

describe('score: bodies split into parts', () => {
  const para = (label: string, n: number) =>
    Array.from({ length: n }, (_, i) => `<p>${label} paragraph ${i + 1} tells the story on, with names, places, numbers and quotes, as real prose does here.</p>`).join('');
  const part = (label: string, n: number) => `<section class="outer"><div class="post-body rich">${para(label, n)}</div></section>`;
  const figure = '<section class="outer wide"><figure><img src="/wide.jpg" alt=""><figcaption>A wide photo between the parts.</figcaption></figure></section>';

  it('joins every part that repeats the winning container, in document order', () => {
    const a = parseArticle(
      `<html><head><title>Split story</title></head><body><main><h1>Split story</h1>${part('First', 3)}${figure}${part('Second', 8)}${figure}${part('Third', 2)}</main></body></html>`,
    );
    expect(a.paragraphs).toHaveLength(13);
    expect(a.paragraphs[0]).toMatch(/^First paragraph 1 /);
    expect(a.paragraphs[3]).toMatch(/^Second paragraph 1 /);
    expect(a.paragraphs[12]).toMatch(/^Third paragraph 2 /);
  });

  it('joins numbered parts ("story-body-1", "story-body-2") as one body', () => {
    const a = parseArticle(
      `<html><head><title>Numbered</title></head><body><main><h1>Numbered</h1><div class="story-body story-body-1">${para('One', 2)}</div>${figure}<div class="story-body story-body-2">${para('Two', 9)}</div></main></body></html>`,
    );
    expect(a.paragraphs).toHaveLength(11);
    expect(a.paragraphs[0]).toMatch(/^One paragraph 1 /);
  });

  it('does not take the next story of an infinite-scroll page as a part', () => {
    const a = parseArticle(
      `<html><head><title>This story</title></head><body>
        <article><h1>This story</h1><div class="post-body rich">${para('This', 8)}</div></article>
        <article><h2>Next story</h2><div class="post-body rich">${para('Next', 6)}</div></article></body></html>`,
    );
    expect(a.paragraphs).toHaveLength(8);
    expect(a.text).not.toContain('Next paragraph');
  });
});

describe('score: embeds that outscore their article', () => {
  const prose = (from: number, to: number) =>
    Array.from(
      { length: to - from + 1 },
      (_, i) => `<p>Story paragraph ${from + i} explains the hotel trade, with figures, names and places, the way a real report would read.</p>`,
    ).join('');
  const legend = Array.from(
    { length: 40 },
    (_, i) =>
      `<li><h2><span class="counter">${i + 1}/40</span> Photo ${i + 1}</h2><p>Gallery caption ${i + 1} describes the photo at length, with a company, a place, a sum, and a date, for the slideshow viewer.</p><p class="credits">Agency</p></li>`,
  ).join('');
  const html = `<html><head><title>Hotel secrets</title></head><body><article><h1>Hotel secrets</h1>
    <div class="story-text">${prose(1, 8)}<div class="widget type-gallery"><div class="slides"><ul class="legends">${legend}</ul></div></div>${prose(9, 16)}</div>
    </article></body></html>`;

  it('takes the story around a gallery whose captions outscore it, without the captions', () => {
    const a = parseArticle(html);
    expect(a.paragraphs.filter((p) => p.startsWith('Story paragraph'))).toHaveLength(16);
    expect(a.text).not.toContain('Gallery caption');
    expect(a.text).not.toContain('1/40');
  });
});

describe('score: the publisher marks the article body', () => {
  const para = (label: string, n: number) =>
    Array.from({ length: n }, (_, i) => `<p>${label} item ${i + 1} reports on, with names, places, and numbers, as a real paragraph would here.</p>`).join('');

  it('prefers itemprop="articleBody" over a longer feed in the side column', () => {
    const a = parseArticle(
      `<html><head><title>Quake toll rises</title></head><body><div class="grid"><section><h1>Quake toll rises</h1>
        <div class="copy" itemprop="articleBody">${para('Story', 6)}</div></section>
        <div class="portal"><div class="live">${para('Feed', 9)}</div></div></div></body></html>`,
    );
    expect(a.paragraphs).toHaveLength(6);
    expect(a.text).not.toContain('Feed item');
  });
});

describe('score: scripts other than Latin', () => {
  it('counts Arabic, CJK and ideographic commas as commas', async () => {
    const { countCommas } = await import('../src/score/measure');
    expect(countCommas('a, b، c， d、 e')).toBe(4);
    expect(countCommas('no commas here')).toBe(0);
  });

  it('finds a Chinese body by its full-width commas, against a longer Latin promo box', () => {
    const zh = Array.from(
      { length: 5 },
      (_, i) => `<p>第${i + 1}段：研究人员表示，这台新电脑可以利用记忆自学，完成复杂的任务，并且在多个测试中表现出色，引起了广泛关注。</p>`,
    ).join('');
    const promo =
      '<div class="box"><p>Download our app today and get the best experience on every device you own anywhere</p><p>Download our app today and get the best experience on every device you own anywhere</p></div>';
    const a = parseArticle(`<html><head><title>新电脑</title></head><body><div class="a">${zh}</div>${promo}</body></html>`);
    expect(a.paragraphs).toHaveLength(5);
    expect(a.paragraphs[0]).toMatch(/^第1段：研究人员表示，/);
    expect(a.text).not.toContain('Download');
  });
});

describe('score: pruning inside the body', () => {
  it('keeps a lead paragraph whose CMS wrapper has a chrome-like name', () => {
    const para = (n: number) => `<div class="body-paragraph">Body paragraph ${n} carries on with the markets, with indexes, figures, and quotes, as reports do.</div>`;
    const a = parseArticle(
      `<html><head><title>Markets</title></head><body><article><h1>Markets</h1><div class="article-body">` +
        `<div class="leafmedia leafmedia--sourced-paragraph"><p><cite>Hong Kong (Wire)</cite>A muddled view of the trade talks once again seems to be weighing on investors.</p></div>` +
        `${[1, 2, 3, 4, 5].map(para).join('')}<div class="media-promo"><p>Watch</p></div></div></article></body></html>`,
    );
    expect(a.paragraphs[0]).toBe('Hong Kong (Wire)A muddled view of the trade talks once again seems to be weighing on investors.');
    expect(a.text).not.toContain('Watch');
  });

  it("keeps the notes the text's footnote marks point to, however linked their citations; prunes a like list nothing points to", () => {
    const para = (n: number, mark: string) => `<p>Body paragraph ${n} carries on with the tramway, its stops, costs, and delays, as reports do.${mark}</p>`;
    const note = (id: string, title: string) => `<li id="${id}"><span class="reference-text"><a href="https://source.example/${id}">"${title}"</a> Council.</span></li>`;
    const notes = `<div class="reflist"><ol class="references">${note('cite_note-1', 'Fennick Road extension: final business case')}${note('cite_note-2', 'Weekly passenger figures for the tramway')}</ol></div>`;
    const others = `<div class="related"><ol>${note('more-1', 'Another story about the harbour and its floods')}${note('more-2', 'Yet another story about the harbour walls')}</ol></div>`;
    const html = (marks: boolean) =>
      `<html><head><title>Trams</title></head><body><article><h1>Trams</h1><div class="mw-parser-output">${para(1, marks ? '<sup class="reference"><a href="#cite_note-1">[1]</a></sup>' : '')}${para(2, marks ? '<sup class="reference"><a href="#cite_note-2">[2]</a></sup>' : '')}${para(3, '')}${para(4, '')}<h2>References</h2>${notes}${others}</div></article></body></html>`;
    const a = parseArticle(html(true));
    expect(a.text).toContain('Fennick Road extension: final business case');
    expect(a.text).not.toContain('Another story about the harbour');
    expect(parseArticle(html(false)).text).not.toContain('Fennick Road extension: final business case');
  });
});

describe("score: the notes a body's footnote marks point to, printed after it", () => {
  const para = (n: number, mark = '') => `<p>Body paragraph ${n} carries on with the tramway, its stops, costs, and delays, as reports do in their own long way.${mark}</p>`;
  const sup = (n: number, target = `fn${n}`) => `<sup><a href="#${target}" id="fnref${n}">${n}</a></sup>`;
  const body = (marks: [string, string]) => `<div class="entry-content">${para(1, marks[0])}${para(2)}${para(3, marks[1])}${para(4)}${para(5)}</div>`;
  const page = (story: string, after: string) => parseArticle(`<html><head><title>Trams</title></head><body><main><article><h1>Trams</h1>${story}</article>${after}</main></body></html>`);
  const related = '<div class="related"><h3>Related</h3><ul><li><a href="/a">Harbour walls to be raised next year</a></li><li><a href="/b">Ferries cancelled again on the coast</a></li></ul></div>';
  const endnotes = (items: string) => `<div class="post-endnotes"><h3>Notes</h3><ol>${items}</ol></div>`;
  const items = '<li id="fn1">Fennick Road extension: final business case, Lowmarsh City Council, 2023. <a href="#fnref1">↩</a></li><li id="fn2"><a href="https://stats.example/trams">Weekly passenger figures</a>, tram operator. <a href="#fnref2">↩</a></li>';

  it('brings a notes list after the body in, as its last section under its own heading', () => {
    const a = page(body([sup(1), sup(2)]), endnotes(items) + related);
    expect(a.sections.map((s) => [s.heading, s.level])).toEqual([[null, null], ['Notes', 3]]);
    expect(a.sections[1]?.paragraphs).toEqual(['Fennick Road extension: final business case, Lowmarsh City Council, 2023.', 'Weekly passenger figures, tram operator.']);
    expect(a.markdown).toContain('own long way.[^1]');
    expect(a.markdown).toContain('[^1]: Fennick Road extension');
    expect(a.markdown).toContain('[^2]: [Weekly passenger figures](https://stats.example/trams), tram operator.');
    expect(a.text).not.toContain('Harbour walls');
  });

  it("finds the heading boxes above the list (Springer's section > h2 + content > div > ol), and an anchor on the item's first block", () => {
    // Springer Nature: the id the mark links to is on the citation's <p>, the list two boxes below the h2.
    const ref = (n: number, text: string) =>
      `<li class="c-article-references__item"><p class="c-article-references__text" id="ref-CR${n}">${text}</p><p class="c-article-references__links"><a href="https://doi.org/10.1/${n}">Article</a> <a href="https://pubmed.example/${n}">PubMed</a> <a href="https://scholar.example/${n}">Google Scholar</a></p></li>`;
    const refs = `<section data-title="References"><div class="c-article-section"><h2 class="c-article-section__title">References</h2><div class="c-article-section__content"><div data-container-section="references"><ol class="c-article-references">${ref(1, 'Solheim, I. <i>et al.</i> <i>Nature</i> <b>625</b>, 88–94 (2024).')}${ref(2, 'Hallam, K. &amp; Dube, R. <i>Glob. Biogeochem. Cycles</i> <b>37</b>, 7512 (2023).')}</ol><p><a href="https://cite.example/refs.ris">Download references</a></p></div></div></div></section>`;
    const a = page(body([sup(1, 'ref-CR1'), sup(2, 'ref-CR2')]), refs + related);
    expect(a.sections.at(-1)).toEqual({ heading: 'References', level: 2, paragraphs: ['Solheim, I. et al. Nature 625, 88–94 (2024).', 'Hallam, K. & Dube, R. Glob. Biogeochem. Cycles 37, 7512 (2023).'] });
    expect(a.markdown).toContain('[^2]: Hallam, K. & Dube, R.');
    expect(a.text).not.toMatch(/Google Scholar|PubMed|Download references/);
    // An old page's note opens with its named anchor: <li><a name="fn1"></a>…
    const named = page(body([sup(1), sup(2)]), endnotes('<li><a name="fn1"></a>First note on the council papers.</li><li><a name="fn2"></a>Second note on the timetable.</li>'));
    expect(named.sections.at(-1)?.paragraphs).toEqual(['First note on the council papers.', 'Second note on the timetable.']);
    expect(named.markdown).toContain('[^2]: Second note on the timetable.');
  });

  it('leaves out a related list no mark points to, a list where few items are notes, a sidebar glossary, and marks to ids that are not there', () => {
    const plain = page(body(['', '']), endnotes(items) + related);
    expect(plain.text).not.toContain('Fennick Road');
    // One of four items has the id a mark links to: a list of other things.
    const few = page(body([sup(1), '']), `<div class="more"><ul><li id="fn1">Harbour walls to be raised</li><li>Ferries cancelled again</li><li>Storm closes the ports</li><li>Rail line reopens</li></ul></div>`);
    expect(few.text).not.toContain('Ferries cancelled');
    expect(few.markdown).not.toContain('[^1]');
    // A sidebar glossary long enough for clean to keep its <aside>, its items marked by number.
    const term = (id: string, word: string) => `<li${id ? ` id="${id}"` : ''}>${word}: the time, in minutes, between two trams on the same line, which the operator sets for each hour of the day, and which riders feel most at night.</li>`;
    const glossary = `<aside class="glossary-box"><h3>Glossary</h3><ul>${term('g1', 'Headway')}${term('g2', 'Dwell')}${term('', 'Layover')}${term('', 'Short working')}</ul></aside>`;
    const marked = page(body([sup(1, 'g1'), sup(2, 'g2')]), glossary);
    expect(marked.text).not.toContain('Headway');
    expect(marked.markdown).not.toMatch(/\[\^\d\]/);
    // Its terms linked by their words in the text: no footnote marks.
    const worded = page(`<div class="entry-content">${para(1, ' The <a href="#g1">headway</a> grew.')}${para(2)}${para(3)}${para(4)}</div>`, glossary.replace(/aside/g, 'div'));
    expect(worded.text).not.toContain('Layover');
    const missing = page(body([sup(1), sup(2)]), related);
    expect(missing.paragraphs[0]).toBe('Body paragraph 1 carries on with the tramway, its stops, costs, and delays, as reports do in their own long way.');
    expect(missing.markdown).not.toMatch(/\[\^\d\]/);
  });

  it('leaves a notes list inside the body where it is, once', () => {
    const a = page(`<div class="entry-content">${para(1, sup(1))}${para(2)}${para(3, sup(2))}${para(4)}<h3>Notes</h3><ol>${items}</ol></div>`, related);
    expect(a.sections.map((s) => s.heading)).toEqual([null, 'Notes']);
    expect(a.text.match(/Fennick Road extension/g)).toHaveLength(1);
  });
});

describe('score: a list of sentences that link words inside them', () => {
  const item = (who: string, link: string, rest: string) => `<li>${who} <a href="https://bugs.example/show_bug.cgi?id=${link.length}">${link}</a>${rest}</li>`;
  const changes = `<ul>${item('Gijs', 'made the Bookmarks Toolbar initialization occur later in the startup window', '')}${item('Gijs', 'fixed some flicker', ' that occurred when launching the browser')}${item('mconley fixed', 'an AsyncShutdown hang caused by the startup cache', '')}</ul>`;
  const page = (list: string, after: string) =>
    parseArticle(`<html><head><title>These Weeks in Firefox</title></head><body><article><h1>These Weeks in Firefox</h1>${prose(4)}<h4>Performance</h4>${list}${after}</article></body></html>`);

  it("keeps a changelog's items between the body's blocks, though most of their text is a link", () => {
    const a = page(changes, `<h4>Search</h4>${prose(2, 'Search')}`);
    expect(a.paragraphs).toContain('Gijs fixed some flicker that occurred when launching the browser');
    expect(a.paragraphs).toContain('mconley fixed an AsyncShutdown hang caused by the startup cache');
    expect(a.sections.find((s) => s.heading === 'Performance')?.paragraphs).toHaveLength(3);
  });

  it('prunes the same shape at the end of the content, and items that open with a link or a label', () => {
    // WIRED's "More Great WIRED Stories": related stories told as sentences, after the story.
    expect(page(changes, '').text).not.toContain('fixed some flicker');
    const linkFirst = `<ul><li><a href="/a">Storm closes ports across the coast</a> on Tuesday</li><li><a href="/b">Ferries cancelled for a second day</a></li><li><a href="/c">What the storm means for freight</a></li></ul>`;
    expect(page(linkFirst, prose(2, 'Tail')).text).not.toContain('Ferries cancelled');
    const labelled = `<ul><li>Read more: <a href="/a">Storm closes ports across the coast</a></li><li>Video – <a href="/b">Ferries cancelled for a second day</a></li><li>Also: <a href="/c">What the storm means for freight</a></li></ul>`;
    expect(page(labelled, prose(2, 'Tail')).text).not.toContain('Ferries cancelled');
  });

  it('prunes teasers that open with a kicker, a date or an age, and sentence teasers after a note or under a related heading', () => {
    const teasers = (open: (i: number) => string) =>
      `<ul>${['Bus fares to rise in the spring for the first time', 'Ferries cancelled for a second day', 'What the storm means for freight'].map((t, i) => `<li>${open(i)} <a href="/news/${i}">${t}</a></li>`).join('')}</ul>`;
    expect(page(teasers(() => '<span class="kicker">Transit</span>'), prose(2, 'Tail')).text).not.toContain('Ferries cancelled');
    expect(page(teasers((i) => `Feb. ${11 + i}`), prose(2, 'Tail')).text).not.toContain('Ferries cancelled');
    expect(page(teasers((i) => `${i + 2}h ago`), prose(2, 'Tail')).text).not.toContain('Ferries cancelled');
    // WIRED's sentence teasers after a styled label, followed by an update note.
    const wired = (label: string) =>
      parseArticle(`<html><head><title>Neo-banks</title></head><body><article><h1>Neo-banks</h1>${prose(4)}${label}${changes}<p><em>This story has been updated to correct a figure.</em></p></article></body></html>`);
    expect(wired('<div class="heading-h3">More Great WIRED Stories</div>').text).not.toContain('fixed some flicker');
    expect(wired('<h3>More Great WIRED Stories</h3>').text).not.toContain('fixed some flicker');
  });
});

describe('score: measureTree', () => {
  /** The stats by definition, recomputed for one element from its subtree. */
  async function naive(el: import('../src/parse/dom').Element) {
    const { collapsedLength, countCommas, MIN_RUN_LENGTH } = await import('../src/score/measure');
    const { isElement, isTextNode } = await import('../src/parse/dom');
    const walk = (node: import('../src/parse/dom').Element): { text: number; link: number; commas: number } => {
      let text = 0;
      let link = 0;
      let commas = 0;
      for (const child of node.children) {
        if (isTextNode(child)) {
          const length = collapsedLength(child.data);
          text += length > 0 ? length + 1 : 0;
          commas += countCommas(child.data);
        } else if (isElement(child)) {
          const s = walk(child);
          text += s.text;
          link += s.link;
          commas += s.commas;
        }
      }
      return { text, link: node.name === 'a' ? text : link, commas };
    };
    const { text, link, commas } = walk(el);
    let direct = 0;
    let directCommas = 0;
    let directRuns = 0;
    for (const child of el.children) {
      if (isTextNode(child)) {
        const length = collapsedLength(child.data);
        direct += length;
        directCommas += countCommas(child.data);
        if (length >= MIN_RUN_LENGTH) directRuns++;
      }
    }
    return text > 0 ? { text, link, direct, commas, directCommas, directRuns } : undefined;
  }

  it('gives every element its subtree stats, kept in the map or measured on demand (leaf links, emphasis, empty elements)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { parseHtml } = await import('../src/parse/parse-html');
    const { bodyOf, walkElements } = await import('../src/parse/dom');
    const { measureTree } = await import('../src/score/measure');
    const pages = readdirSync('fixtures/pages').map((name) => readFileSync(`fixtures/pages/${name}/source.html`, 'utf8'));
    pages.push(
      '<div><p>One, <a href="/a">two, three</a> <em>four</em><b></b></p><span>five, <a><b>six</b></a></span><a>  </a><i>seven</i>, eight</div>',
    );
    let elements = 0;
    let leaves = 0;
    for (const html of pages) {
      const body = bodyOf(parseHtml(html));
      // Whichever leaves the map keeps, every element reads the same.
      const keepNone = measureTree(body, () => false);
      const keepAll = measureTree(body, () => true);
      const all: import('../src/parse/dom').Element[] = [];
      walkElements(body, (el) => void all.push(el));
      for (const el of all) {
        const expected = await naive(el);
        expect(keepNone.get(el)).toEqual(expected);
        expect(keepAll.get(el)).toEqual(expected);
        elements++;
        if (el.name === 'a' && el.children.length > 0 && el.children.every((c) => c.type === 'text')) leaves++;
      }
    }
    expect(elements).toBeGreaterThan(1000);
    expect(leaves).toBeGreaterThan(100);
  });

  it('visits elements in post-order, leaving out leaves it is not asked to keep and elements without text', async () => {
    const { parseHtml } = await import('../src/parse/parse-html');
    const { bodyOf } = await import('../src/parse/dom');
    const { measureTree } = await import('../src/score/measure');
    const body = bodyOf(parseHtml('<div><p>a <a href="/x">link</a> <em><b>b</b></em></p><section><img src="/i.jpg"></section><p>c</p></div>'));
    const order: string[] = [];
    measureTree(body, (el) => el.name === 'p').forEach((s, el) => order.push(`${el.name}:${s.text}`));
    // <a> and <b> are leaves measured on demand; <em> holds an element; <section> has no text;
    // the second <p> is a leaf that is kept.
    // Each text run counts its collapsed length plus one: "a " 2, "link" 5, " " 0, "b" 2.
    expect(order).toEqual(['em:2', 'p:9', 'p:2', 'div:11', 'body:11']);
  });
});

describe('score: a body split into parts', () => {
  it('keeps the merged parts in document order, a part without text included', () => {
    const p = (label: string, n: number) =>
      Array.from({ length: n }, (_, i) => `<p>${label} paragraph ${i + 1} tells the story at length, with commas, details, and quotes from the people who were there that day.</p>`).join('');
    const html = `<html><head><title>Split story</title></head><body><main>
      <div class="wrap"><h1>Split story</h1>
        <div class="story-body-1">${p('First', 5)}</div>
        <div class="story-body-1"><img src="/middle.jpg" alt="Middle"></div>
      </div>
      <div class="promo-wide"><div class="inner"><div class="story-body-2">${p('Second', 4)}</div></div></div>
    </main></body></html>`;
    const a = parseArticle(html, { url: 'https://example.com/s' });
    const blocks = a.markdown.split('\n\n');
    // The image-only part sits between the two text parts, where the page has it (it used to
    // sort first: parts were ordered by an index that only elements with text had).
    expect(blocks).toHaveLength(10);
    expect(blocks[4]).toMatch(/^First paragraph 5 /);
    expect(blocks[5]).toBe('![Middle](https://example.com/middle.jpg)');
    expect(blocks[6]).toMatch(/^Second paragraph 1 /);
    expect(a.paragraphs).toHaveLength(9);
  });
});

describe('score: a footer, aside or navigation landmark beside the story', () => {
  // A paper with one paragraph per section, as LaTeXML writes it: no one box of it gathers much.
  const para = (n: number) => `<section class="ltx_section"><h2>${n} Part</h2><div class="ltx_para"><p>Section paragraph ${n} reports on the portals we crawled, with counts, dates, and the failures we classified by hand.</p></div></section>`;
  const line = (n: number) => `<p>Glossary line ${n}: we are continuing to improve the HTML versions of papers, and your feedback, reports, notes, and fixes help us all.</p>`;
  const page = (tag: string) =>
    parseArticle(
      `<html><head><title>Link Rot</title></head><body><div class="ltx_page_main"><div class="ltx_page_content"><article class="ltx_document"><h1>Link Rot</h1>${[1, 2, 3, 4].map(para).join('')}</article></div></div>` +
        `<${tag} id="footer"><div class="keyboard-glossary ltx_page_content"><h2>Instructions for reporting errors</h2>${line(1)}${line(2)}${line(3)}</div></${tag}></body></html>`,
      { url: 'https://example.com/paper' },
    );

  it('never takes a box in a <footer> that does not hold the headline for the story, nor merges it in, however it scores', () => {
    const a = page('footer');
    expect(a.text).toContain('Section paragraph 4');
    expect(a.text).not.toContain('Instructions for reporting errors');
  });
  it('still merges such a box when it is no landmark (the same markup in a <div>)', () => {
    expect(page('div').text).toContain('Instructions for reporting errors');
  });
});

describe('score: the hero image', () => {
  const prose = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i + 1} of the story runs on, with commas, details, and the quotes of people who were there.</p>`).join('');

  it('takes a picture set above the headline inside the story\'s own <article>', () => {
    const a = parseArticle(
      `<html><head><title>Storm closes ports</title></head><body><main><article>
        <picture class="header-image"><img src="/hero.jpg" alt="The harbour"></picture>
        <header><h1>Storm closes ports</h1><div class="byline">By Jane Doe</div></header>
        <div class="story-body">${prose}</div></article></main></body></html>`,
      { url: 'https://example.com/s' },
    );
    expect(a.images.map((i) => i.src)).toEqual(['https://example.com/hero.jpg']);
    expect(a.leadImage?.src).toBe('https://example.com/hero.jpg');
  });

  it("takes a portrait set beside the headline in the headline's own block", () => {
    const page = (portrait: string, extra = '') =>
      parseArticle(
        `<html><head><title>Jane Mary Doe</title></head><body><main><section class="obit-header"><div>${portrait}<div><h1>Jane Mary Doe</h1><p>June 4, 1938 – December 19, 2025</p></div></div></section>${extra}<section class="obit-text"><h2>Obituary</h2>${prose}</section></main></body></html>`,
        { url: 'https://example.com/obit' },
      );
    const a = page('<div class="portrait"><img src="/p.jpg" alt="Jane Mary Doe" width="300" height="375"></div>');
    expect(a.images.map((i) => i.src)).toEqual(['https://example.com/p.jpg']);
    expect(a.leadImage?.src).toBe('https://example.com/p.jpg');
    // A hidden tracking pixel there is not a picture, nor a linked program logo.
    expect(page('<img src="/counter.gif" style="display:none">').images).toEqual([]);
    expect(page('<div class="program"><a href="/podcast/field-notes"><img src="/logo.png" alt="Field Notes" width="140" height="140"></a></div>').images).toEqual([]);
    // An image above the headline's block, in another block, is not its own.
    const b = parseArticle(
      `<html><head><title>Jane Mary Doe</title></head><body><main><div class="promo"><img src="/promo.jpg" alt="Subscribe"></div><section><div><h1>Jane Mary Doe</h1></div></section><section>${prose}</section></main></body></html>`,
      { url: 'https://example.com/obit' },
    );
    expect(b.images).toEqual([]);
  });

  it("takes a cover above the headline's block when it is the page's own image", () => {
    const page = (cover: string, ogImage = 'https://cdn.example/files/swifts-over-rooftops-cover.jpg?width=2000') =>
      parseArticle(
        `<html><head><title>Swift count</title><meta property="og:image" content="${ogImage}"></head><body><main><div class="layout">
          <div class="layout-full"><div style="height: 30vh">${cover}</div></div>
          <div class="layout-content"><div class="page-block"><h1>Swift count</h1></div></div>
          <div class="layout-content"><div class="page-content">${prose}</div></div></div></main></body></html>`,
        { url: 'https://example.com/s' },
      );
    const cover = '<img src="/files/swifts-over-rooftops-cover.jpg?width=2000" style="object-fit: cover">';
    expect(page(cover).images.map((i) => i.src)).toEqual(['https://example.com/files/swifts-over-rooftops-cover.jpg?width=2000']);
    expect(page(cover).leadImage?.src).toBe('https://example.com/files/swifts-over-rooftops-cover.jpg?width=2000');
    // WordPress serves the cover in a size of the upload the page names.
    const sized = page('<img src="/files/swifts-over-rooftops-cover-1024x576.jpg">', 'https://cdn.example/files/swifts-over-rooftops-cover.jpg');
    expect(sized.images.map((i) => i.src)).toEqual(['https://example.com/files/swifts-over-rooftops-cover-1024x576.jpg']);
    // Another picture there (a promo), a linked one (a logo), or a page naming no image: not the hero.
    expect(page('<img src="/files/subscribe-banner.jpg">').images).toEqual([]);
    expect(page(`<a href="/">${cover}</a>`).images).toEqual([]);
    expect(page(cover, '').images).toEqual([]);
  });

  it("takes the picture right before the headline in the body's own block when its alt or title is the headline (Bitrix's detail_picture)", () => {
    const title = 'Warming centre opens for residents';
    const page = (picture: string) =>
      parseArticle(
        `<html><head><title>${title} — City Hall</title></head><body><main><h1>News</h1><div class="news-detail">${picture}<span class="news-date-time">04.01.2024</span><h3>${title}</h3><div class="news-detail-text">${prose}</div></div></main></body></html>`,
        { url: 'https://example.com/news/1' },
      );
    const a = page(`<img class="detail_picture" src="/upload/iblock/3a7/warm.jpg" width="800" height="533" alt="${title}" title="${title}">`);
    expect(a.images).toEqual([{ src: 'https://example.com/upload/iblock/3a7/warm.jpg', alt: title, caption: null, credit: null, width: 800, height: 533 }]);
    expect(a.leadImage?.src).toBe('https://example.com/upload/iblock/3a7/warm.jpg');
    // Named otherwise (a banner, another story's picture), or linked (a logo, a card): not the hero.
    expect(page('<img src="/upload/banner.jpg" width="800" height="200" alt="Pay your taxes online">').images).toEqual([]);
    expect(page(`<a href="/news/2"><img src="/upload/other.jpg" width="800" height="533" alt="${title}"></a>`).images).toEqual([]);
  });

  it("takes the caption box set right after the hero's wrapper, outside it (WordPress's div.featured-image-caption)", () => {
    const page = (afterHeadline: string) =>
      parseArticle(
        `<html><head><title>Solar costs to fall</title></head><body><main><article><header><h1>Solar costs to fall</h1><div class="byline">By Jane Doe</div></header>${afterHeadline}<div class="entry-content">${prose}</div></article></main></body></html>`,
        { url: 'https://example.com/s' },
      );
    const hero = '<div class="entry-image"><img src="/cells.jpg" alt="" width="1200" height="800"></div>';
    const caption = '<div class="featured-image-caption"><p>A cell line in Jincheon, the largest in the country.</p><p><i>Image: Hanwha Q cells</i></p></div>';
    const a = page(hero + caption);
    expect(a.images.map((i) => [i.src, i.caption, i.credit])).toEqual([['https://example.com/cells.jpg', 'A cell line in Jincheon, the largest in the country.', 'Hanwha Q cells']]);
    expect(a.leadImage?.caption).toBe('A cell line in Jincheon, the largest in the country.');
    expect(a.text).not.toContain('Jincheon');
    // Near misses: a page that sets each caption before its picture (the box after the hero is
    // the next picture's), a caption-named strip of thumbnails, an overlong caption-named block,
    // and the story's own text right after the hero give the hero no caption.
    const before = page(`<div class="photo-caption">Aerial view of the plant.</div>${hero}<div class="photo-caption">Workers on the night shift.</div><div class="pic"><img src="/shift.jpg" alt="" width="1200" height="800"></div>`);
    expect(before.images.find((i) => i.src === 'https://example.com/cells.jpg')?.caption).toBeNull();
    const thumbs = page(`${hero}<div class="gallery-caption"><span><img src="/t1.jpg" alt="" width="120" height="80">Night shift</span><span><img src="/t2.jpg" alt="" width="120" height="80">Loading bay</span></div>`);
    expect(thumbs.images.find((i) => i.src === 'https://example.com/cells.jpg')?.caption).toBeNull();
    const long = page(`${hero}<div class="lead-caption"><p>${'The plan sets out how the industry will cut costs, raise efficiency and build new lines over the decade. '.repeat(5)}</p></div>`);
    expect(long.images.map((i) => i.caption)).toEqual([null]);
    const story = page(hero);
    expect(story.images.map((i) => i.caption)).toEqual([null]);
    expect(story.paragraphs[0]).toContain('Paragraph 1 of the story');
    // Review of session 20: a caption-named box of links only is a control, not a caption.
    const gallery = page(`${hero}<div class="image-info"><a href="/gallery/solar">View gallery (14 photos)</a></div>`);
    expect(gallery.images.map((i) => i.caption)).toEqual([null]);
    const video = page(`${hero}<div class="video-caption"><a href="/video/1">▶ Play video</a> <span>2:31</span></div>`);
    expect(video.images.map((i) => i.caption)).toEqual([null]);
  });

  it('leaves an image above the headline alone when headline and body share no <article>', () => {
    const a = parseArticle(
      `<html><head><title>Storm closes ports</title></head><body><main>
        <div class="promo"><img src="/promo.jpg" alt="Subscribe"></div>
        <div class="story"><h1>Storm closes ports</h1><div class="story-body">${prose}</div></div></main></body></html>`,
      { url: 'https://example.com/s' },
    );
    expect(a.images).toEqual([]);
  });

  it('keeps a picture between two merged parts of the body in its place, not above the body', () => {
    const block = (label: string) => `<div class="text-block">${prose.replaceAll('Paragraph', label)}</div>`;
    const page = (between: string) =>
      parseArticle(
        `<html><head><title>Field Notes #47</title></head><body><div class="container">${block('Part one')}${between}${block('Part two')}${block('Part three')}</div></body></html>`,
        { url: 'https://example.com/issue-47' },
      );
    const a = page('<div class="caption-block"><img src="/tables.jpg" width="564"><div>Volunteers sort the morning’s intake.</div></div>');
    expect(a.images.map((i) => i.src)).toEqual(['https://example.com/tables.jpg']);
    const md = a.markdown;
    expect(md.indexOf('Part one 5')).toBeGreaterThan(-1);
    expect(md.indexOf('tables.jpg')).toBeGreaterThan(md.indexOf('Part one 5'));
    expect(md.indexOf('tables.jpg')).toBeLessThan(md.indexOf('Part two 1'));
    // A gallery of linked thumbnails between the parts is not a picture of the story.
    const thumbs = [1, 2, 3].map((n) => `<a href="/gallery/${n}"><img src="/thumb${n}.jpg" width="130" height="87"></a>`).join('');
    const b = page(`<div class="gallery"><a href="/gallery">Gallery: 14 photos</a>${thumbs}</div>`);
    expect(b.images).toEqual([]);
    expect(b.text).not.toContain('Gallery');
  });
});

describe('score: a body in two places, and a transcript behind a disclosure', () => {
  const para = (label: string, n: number) =>
    Array.from({ length: n }, (_, i) => `<p>${label} ${i + 1}: the elevator has stood by the tracks for ninety-six years, and farmers have hauled wheat, barley and sunflowers to it every autumn since.</p>`).join('');

  it('joins two parts that share a body class token, with the heading between them', () => {
    // A podcast page: show notes, a support pitch, then the transcript; the notes and the
    // transcript share "RichTextBody" and nothing else.
    const pitch = '<div class="Page-supportCta"><h3>Field Notes is listener-supported</h3><p>Stories like this one are made possible by members in every county we serve.</p><a href="/donate">Give now</a></div>';
    const page = (notes: string, transcript: string) => `<html><head><title>The last elevator</title></head><body><main><div class="Page"><div class="Page-top"><h1>The last elevator</h1></div>
      <div class="Page-body"><div class="${notes}">${para('Note', 4)}</div>${pitch}
      <section class="Page-transcript"><h2>Transcript</h2><div class="${transcript}">${para('Line', 22)}</div></section></div></div></main></body></html>`;
    const a = parseArticle(page('RichTextArticleBody RichTextBody', 'RichTextBody Transcript-body'), { url: 'https://radio.example/podcast/147' });
    expect(a.sections.map((s) => [s.heading, s.paragraphs.length])).toEqual([[null, 4], ['Transcript', 22]]);
    // Boxes that share a token naming no body stay apart: the transcript alone.
    const b = parseArticle(page('Column ArticleColumn', 'Column TranscriptColumn'), { url: 'https://radio.example/podcast/147' });
    expect(b.sections.map((s) => [s.heading, s.paragraphs.length])).toEqual([[null, 22]]);
  });

  it('reads the story beside a <details> transcript that outscores it', () => {
    const html = `<html><head><title>Ice jam floods River Road</title></head><body><main><h1>Ice jam floods River Road</h1><div class="video-details">
      <div class="description">${para('Summary', 3)}</div>
      <details><summary>Show transcript</summary><div class="transcript">${para('Transcript', 8)}</div></details>
    </div></main></body></html>`;
    const a = parseArticle(html);
    expect(a.paragraphs.filter((p) => p.startsWith('Summary'))).toHaveLength(3);
    expect(a.paragraphs.filter((p) => p.startsWith('Transcript'))).toHaveLength(8);
    expect(a.text).not.toContain('Show transcript');
  });
});

describe('score: a layout table of columns', () => {
  it("reads the story's column, not the row with the classifieds column beside it", () => {
    const lines = [
      'The bridge has been posted at a 5-ton limit since the inspection, which means grain trucks, school buses and the fire tanker must take a detour of nearly seven miles.',
      'Supervisor Walt Henning, who cast the lone no vote, said he was not against a new bridge but wanted the board to seek a second proposal for the design work.',
      'Farmers who use the road said the detour cost them time and fuel during harvest, and one said he made the longer trip more than 60 times this fall.',
      'The board also approved a contract with an engineering firm for final design, and bids for construction would go out in February.',
      'During construction, traffic will be detoured on 190th Street and County Road S27, and the county will post signs two weeks before the closure.',
      'In other business, the board approved hiring two seasonal snowplow drivers and set a public hearing on the budget for Feb. 9 in the courthouse.',
    ];
    const ads = [
      '<span>FOR SALE</span><br>1998 Ford F-150, 4x4, 212K miles, runs good, new tires. $3,200 OBO. Call 555-0199.',
      'Seasoned oak firewood, $90 a rick, delivered in town. 555-0147 after 5 p.m.',
      '<span>HELP WANTED</span><br>Care center is hiring CNAs, all shifts. Sign-on bonus. Apply in person, 400 W. Third St.',
      'Part-time bookkeeper wanted for farm supply business. QuickBooks a plus. Send resume to Box 12.',
      '<span>FOR RENT</span><br>2 BR apartment, stove and fridge furnished, no pets. $525/month plus deposit. 555-0163.',
    ];
    const html = `<html><head><title>Bridge plan approved</title></head><body><table><tr>
      <td width="140"><a href="/news">News</a><br><a href="/sports">Sports</a></td>
      <td width="460"><table><tr><td><font size="5"><b>Bridge plan approved</b></font><br><font size="2">${lines.join('<br><br>')}</font></td></tr></table></td>
      <td width="160"><table><tr><td><b>CLASSIFIEDS</b></td></tr><tr><td><font size="1">${ads.join('<br><br>')}</font></td></tr></table></td>
    </tr></table></body></html>`;
    const a = parseArticle(html);
    expect(a.paragraphs).toEqual(lines);
    expect(a.text).not.toContain('Ford F-150');
  });
});

describe('score: a page builder spreads the story over its sections', () => {
  it("takes the post's own container when the root holds little of its prose, headings and all", () => {
    const widget = (inner: string, kind = 'text-editor') =>
      `<section class="elementor-section"><div class="elementor-container"><div class="elementor-column"><div class="elementor-widget-wrap"><div class="elementor-widget elementor-widget-${kind}"><div class="elementor-widget-container">${inner}</div></div></div></div></div></section>`;
    const p = (t: string) =>
      `<p>${t} The tubers need a frost to tell them the season is over, and a week to cure before they go into storage, so lift them a few days after the first hard frost, when the foliage has blackened, the soil is dry and the forecast is clear for a week.</p>`;
    const items = Array.from({ length: 6 }, (_, i) => `<li><span class="elementor-icon-list-text">Tool ${i + 1}: a garden fork, not a spade, since a fork lifts the clump without slicing the tubers, which rot where cut.</span></li>`).join('');
    const html = `<html><head><title>How to overwinter dahlias</title></head><body><div class="elementor elementor-location-single post type-post hentry">
      ${widget('<h1>How to overwinter dahlias</h1>', 'heading')}
      ${widget(p('Intro.'))}
      ${widget('<h2>When to lift</h2>', 'heading')}${widget(p('Lift one.') + p('Lift two.'))}
      ${widget('<h3>What you will need</h3>', 'heading')}${widget(`<ul>${items}</ul>`, 'icon-list')}
      ${widget('<h2>Storing the tubers</h2>', 'heading')}${widget(p('Store one.') + p('Store two.'))}
    </div></body></html>`;
    const a = parseArticle(html);
    expect(a.sections.map((s) => s.heading)).toEqual([null, 'When to lift', 'What you will need', 'Storing the tubers']);
    expect(a.paragraphs.filter((x) => x.startsWith('Tool'))).toHaveLength(6);
    expect(a.paragraphs.filter((x) => /^(?:Intro|Lift|Store)/.test(x))).toHaveLength(5);
  });
});

describe('score: blocks between merged siblings', () => {
  it('keeps the headings and tables between a body of sibling blocks, not a gallery', () => {
    const text = (i: number) => `<div class="notion-text-block"><div>Paragraph ${i}: count the swifts that enter the nest gaps in the last hour before dark, twice in each window, a few days apart, and note the weather.</div></div>`;
    const html = `<html><head><title>Counting swifts</title></head><body><main><h1>Counting swifts</h1><div class="page-content">
      ${text(1)}${text(2)}<div class="notion-header-block"><h2>Count windows</h2></div>${text(3)}
      <div class="notion-table-block"><div class="notion-scroller horizontal"><table><tr><td><div>Early</div></td><td><div>1–14 June</div></td></tr><tr><td><div>Peak</div></td><td><div>1–21 July</div></td></tr></table></div></div>
      ${text(4)}${text(5)}</div></main></body></html>`;
    const a = parseArticle(html);
    expect(a.sections.map((s) => s.heading)).toEqual([null, 'Count windows']);
    expect(a.paragraphs).toContain('Early | 1–14 June');
  });
});

describe('score: a quote between merged blocks', () => {
  // A CMS's one box per block (Craft's Matrix): the last text block outscores the others, and
  // the rest join it as merged siblings.
  const text = (from: number, n: number) =>
    `<div class="block block--text"><div class="rich-text">${Array.from({ length: n }, (_, i) => `<p>Paragraph ${from + i}: the students set six buoys across the lake, each reporting temperature, cloudiness and chlorophyll every ten minutes, and the authority reads them daily.</p>`).join('')}</div></div>`;
  const page = (between: string) =>
    parseArticle(
      `<html><head><title>Buoys</title></head><body><article><header><h1>Buoys</h1></header><div class="article-body">${text(1, 2)}<div class="block block--heading"><h2>One lake</h2></div>${text(3, 1)}${between}<div class="block block--heading"><h2>Early warning</h2></div>${text(4, 4)}</div></article></body></html>`,
    );
  const quote = '“We needed six good-enough ones in the right places.”';

  it("keeps a pull quote set as the HTML standard's <figure><blockquote> with its <figcaption> attribution, too short to score", () => {
    const a = page(`<figure class="block block--pullQuote"><blockquote><p>${quote}</p></blockquote><figcaption>— Adaeze Nwosu, associate professor</figcaption></figure>`);
    expect(a.paragraphs).toContain(quote);
    expect(a.paragraphs).toContain('— Adaeze Nwosu, associate professor');
    expect(a.paragraphs.indexOf(quote)).toBe(a.paragraphs.findIndex((p) => p.startsWith('Paragraph 3')) + 1);
    // Without a caption, or in a block <div> of its own.
    expect(page(`<figure class="quote"><blockquote>${quote}</blockquote></figure>`).paragraphs).toContain(quote);
    expect(page(`<div class="block block--quote"><blockquote class="quote"><p>${quote}</p><cite>Adaeze Nwosu</cite></blockquote></div>`).text).toContain(quote);
  });

  it("leaves out an editor's callout set in a bare blockquote: a newsletter pitch, a donation appeal (review)", () => {
    const pitch = 'Want more stories like this? Sign up for the Northfield Weekly, our free email newsletter, every Friday.';
    expect(page(`<div class="block block--callout"><blockquote><p>${pitch}</p></blockquote></div>`).text).not.toContain('Want more stories');
    const appeal = 'Northfield News is nonprofit and free to read. Support our student journalists with a gift today.';
    expect(page(`<div><blockquote><p>${appeal}</p><p><a href="/donate">Donate</a></p></blockquote></div>`).text).not.toContain('nonprofit and free');
  });

  it('still leaves out a caption-only figure, a related card in a figure and a quote box of links', () => {
    // A removed embed's leftover caption: no picture, no quote.
    expect(page('<figure class="block block--embed"><figcaption>Video: the first launch, October.</figcaption></figure>').text).not.toContain('first launch');
    // A related story's card set as a figure.
    expect(page('<figure class="related-card"><a href="/news/other-story"><h3>Nwosu named a fellow of the society</h3></a><figcaption><a href="/news/other-story">Read more</a></figcaption></figure>').text).not.toContain('Nwosu named');
    // A quote box that is only links to other stories.
    expect(page('<figure class="block"><blockquote><p><a href="/news/a">Lake levels fall</a> · <a href="/news/b">Algae season opens early</a></p></blockquote></figure>').text).not.toContain('Lake levels fall');
  });
});

describe('score: split parts under their section heading', () => {
  it("takes a split part with its section's own heading when the two are alone in their box, and a part with other blocks beside it alone", () => {
    const section = (title: string, body: string, extra = '') =>
      `<div class="c-article-section">${extra}<h2 class="c-article-section__title">${title}</h2><div class="c-article-section__content">${body}</div></div>`;
    const page = (abstractExtra: string) =>
      parseArticle(
        `<html><head><title>Seagrass</title></head><body><article><h1>Seagrass</h1><section>${section('Abstract', prose(1, 'Abstract sentence'), abstractExtra)}</section><p class="meta">Issue 3</p>` +
          `<div class="c-article-body"><section>${section('1. Introduction', prose(4))}</section><section>${section('2. Methods', prose(3, 'Method'))}</section></div></article></body></html>`,
      );
    const a = page('');
    expect(a.sections[0]?.heading).toBe('Abstract');
    expect(a.text).toContain('Abstract sentence 1');
    // Near miss: a box that holds more than the heading and the part (a toolbar) is not taken whole.
    const b = page('<div class="c-article-section__tools"><a href="/pdf">Download PDF of this article section</a></div>');
    expect(b.text).toContain('Abstract sentence 1');
    expect(b.text).not.toContain('Download PDF');
  });
});

describe('score: pruning the chosen parts', () => {
  it("leaves a figure that is a part of the body of its own whole: its credit line opens with the photographer's link", async () => {
    const { parseHtml } = await import('../src/parse/parse-html');
    const { bodyOf, findDescendant, innerText } = await import('../src/parse/dom');
    const { measureTree } = await import('../src/score/measure');
    const { pruneContent } = await import('../src/score/prune');
    const body = bodyOf(parseHtml('<figure class="lh-0"><img src="https://example.com/chaos.jpg" alt="Women"><figcaption><div class="caption"><p>Six women who programmed.</p></div><div class="attribution"><p><a href="https://w.example/">5W Infographics</a> for Quanta Magazine</p></div></figcaption></figure>'));
    const figure = findDescendant(body, (el) => el.name === 'figure');
    if (!figure) throw new Error('no figure');
    pruneContent([figure], measureTree(body, () => true), new Map());
    expect(innerText(figure)).toContain('5W Infographics for Quanta Magazine');
  });

  it("keeps a picture's caption box whatever its name (\"image__metadata\" holding the caption and a figcaption credit), and prunes a meta row with no picture beside it", () => {
    const picture = (box: string) =>
      `<div class="image"><div class="image__container"><img src="https://example.com/plow.jpg" alt="A snowplow" width="1160" height="653"></div>${box}</div>`;
    const caption = '<div class="image__metadata"><div class="image__caption">A snowplow clears a road in Des Moines.</div><figcaption class="image__credit">Charlie Neibergall/AP</figcaption></div>';
    const page = (inner: string) =>
      parseArticle(`<html><head><title>Storm</title></head><body><article><h1>Storm</h1><div class="article__content">${prose(2)}${inner}${prose(2, 'Later paragraph')}</div></article></body></html>`);
    expect(page(picture(caption)).images[0]?.caption).toBe('A snowplow clears a road in Des Moines.');
    // Near miss: the same names in a meta row that no picture sits beside are a meta line.
    const row = '<div class="post-metadata"><span class="caption-label">Filed under</span> <span>Weather</span></div>';
    expect(page(`<div class="box">${row}</div>`).text).not.toContain('Filed under');
  });
});

describe("score: other stories' <article>s beside the headline's", () => {
  const card = (i: number) =>
    `<article class="postbox post-${700 + i} post type-post"><a href="/post-${i}/"><img src="/c${i}.jpg" alt=""></a><p>Card excerpt ${i}: a related post's first lines run on at length, with commas, names and places, so that six of them outweigh a short post …</p></article>`;
  it("keeps a one-paragraph post whose related posts, an <article> of <article> cards, outscore it", () => {
    const a = parseArticle(
      `<html><head><title>Self-love</title></head><body><div id="primary">
        <article class="articlebox post-1806 post type-post"><h1>Self-love</h1>
        <p>Living a true love is one of the great pleasures of life, and this post says so at length, with commas, reasons and examples: liking is feeling with the soul, but saying it depends on each of us, and we tie love to our needs and end it, asking others to answer for what we owe ourselves, and so the emptiness returns, again and again, until we learn that each of us answers for our own needs, and that only one who loves themselves can find a love that is true.</p></article>
        <article class="postbox post-1806 post type-post"><h3 class="relatedpoststitle">You may also like…</h3>${[1, 2, 3, 4, 5, 6].map(card).join('')}</article>
      </div></body></html>`,
    );
    expect(a.paragraphs).toHaveLength(1);
    expect(a.paragraphs[0]).toMatch(/^Living a true love/);
    expect(a.text).not.toContain('Card excerpt');
  });

  it("near miss: a header <article> with a dek and a byline, and a long read's chapter <article>s, keep the story's body", () => {
    const split = parseArticle(
      `<html><head><title>Harbour plan</title></head><body><main>
        <article class="article-header"><h1>Harbour plan</h1><p class="dek">The council backs a new sea wall, to be paid for over three years with the port paying a third of the cost.</p><div class="byline">By Jane Doe</div></article>
        <article class="article-body">${prose(6)}</article>
      </main></body></html>`,
    );
    expect(split.paragraphs.filter((p) => p.startsWith('Paragraph'))).toHaveLength(6);
    const chapters = parseArticle(
      `<html><head><title>The long flood</title></head><body><main>
        <article><h1>The long flood</h1>${prose(1, 'Lede')}</article>
        <article class="chapter"><h2>Part one</h2>${prose(4, 'One')}</article>
        <article class="chapter"><h2>Part two</h2>${prose(4, 'Two')}</article>
      </main></body></html>`,
    );
    expect(chapters.text).toContain('One 4 of the report');
    expect(chapters.text).toContain('Two 4 of the report');
  });

  it("near miss: a header <article> beside a body of three embedded <article> posts, and a round-up of long item <article>s, keep their body", () => {
    const post = (i: number) => `<article class="embedded-post"><p>Embedded post ${i}: the harbour master wrote that the wall held through the night, that the pumps ran until dawn, and that the quay would reopen on Friday once the engineers had checked the footings.</p></article>`;
    const embeds = parseArticle(
      `<html><head><title>Harbour plan</title></head><body><main>
        <article class="article-header"><h1>Harbour plan</h1><p class="dek">The council backs a new sea wall, to be paid for over three years with the port paying a third.</p><div class="byline">By Jane Doe</div></article>
        <div class="article-body">${prose(2)}${post(1)}${post(2)}${post(3)}${prose(2, 'Closing')}</div>
      </main></body></html>`,
    );
    expect(embeds.text).toContain('Embedded post 3');
    expect(embeds.text).toContain('Closing 2 of the report');
    const item = (i: number) => `<article class="item"><h2>Pick ${i}</h2>${prose(6, `Pick ${i} paragraph`)}<a href="/shop/${i}">Buy</a></article>`;
    const roundup = parseArticle(
      `<html><head><title>Best rain jackets</title></head><body><main>
        <article class="intro"><h1>Best rain jackets</h1>${prose(3, 'Intro')}</article>
        <div class="items">${[1, 2, 3, 4, 5].map(item).join('')}</div>
      </main></body></html>`,
    );
    expect(roundup.text).toContain('Pick 5 paragraph 6');
  });

  it("near miss: a headline's <article> that is only a header does not win over the story's <article> beside it", () => {
    const a = parseArticle(
      `<html><head><title>Harbour plan</title></head><body><div id="primary">
        <article class="story-header"><h1>Harbour plan</h1><p>The council backs it.</p></article>
        <article class="story-body">${prose(8)}</article>
      </div></body></html>`,
    );
    expect(a.paragraphs.filter((p) => p.startsWith('Paragraph'))).toHaveLength(8);
  });
});

describe("score: a dek in the body's class under the headline", () => {
  it("is not a split part: the story's parts join in their own box, with the picture between them", () => {
    const p = (label: string, n: number) =>
      Array.from({ length: n }, (_, i) => `<p>${label} paragraph ${i + 1} tells the story at length, with commas, details, and quotes from the people who were there that day.</p>`).join('');
    const html = `<html><head><title>Stellwerke: Warum die Bahn ihre Technik nicht loswird</title></head><body><main><article>
      <header><h2>Stellwerke: Warum die Bahn ihre Technik nicht loswird</h2><div class="RichText RichText--icons">Tausende Stellwerke arbeiten noch mit Relais. Ein Besuch.</div></header>
      <section class="body">
        <div class="text"><div class="RichText RichText--icons">${p('First', 3)}</div></div>
        <div class="image"><figure><img src="/relais.jpg" alt="Relaisraum" width="718" height="479"><figcaption>Relaisraum eines Stellwerks</figcaption></figure></div>
        <div class="text"><div class="RichText RichText--icons">${p('Second', 3)}</div></div>
      </section></article></main></body></html>`;
    const a = parseArticle(html, { url: 'https://example.com/s' });
    expect(a.images.map((i) => i.src)).toEqual(['https://example.com/relais.jpg']);
    expect(a.paragraphs).toHaveLength(6);
    expect(a.text).not.toContain('Tausende Stellwerke');
  });
  it("keeps a lede box's long first paragraph, set in the body's class beside the headline (the review's case)", () => {
    const lede = 'The council voted late on Tuesday to expand the bus network, adding three routes that will link the eastern suburbs to the hospital, the university and the new rail station. The plan, two years in the making, was approved nine votes to two after a debate that ran past midnight. Its backers said it would cut commuting times by a third for about forty thousand residents, while its critics warned about the cost.';
    const p = (n: number) => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} tells the story at length, with commas, details, and quotes from the people who were there that day.</p>`).join('');
    const html = `<html><head><title>Council expands bus network</title></head><body><main><section class="lede"><h1>Council expands bus network</h1><div class="story-text"><p>${lede}</p></div></section><aside class="ad"><a href="https://ads.example/">Ad</a></aside><div class="story-text">${p(5)}</div></main></body></html>`;
    const a = parseArticle(html, { url: 'https://example.com/s' });
    expect(a.paragraphs[0]).toBe(lede);
    expect(a.paragraphs).toHaveLength(6);
  });
});

describe("score: a CSS module's class weighed by its component's last word", () => {
  const p = (n: number) =>
    Array.from({ length: n }, (_, i) => `<p class="ArticleParagraph_root__4mszW">Paragraph ${i + 1} of the essay goes on at length, with commas, details, and a quote from the librarian who kept the doors open.</p>`).join('');
  const page = (audio: string) =>
    parseArticle(
      `<html><head><title>The Library That Never Closes</title></head><body><main class="ArticleLayout_main__Z8xR"><article class="ArticleLayout_article__wQ3e">` +
        `<header class="ArticleHeader_root__7nTj"><h1 class="ArticleTitle_root__VrZaG">The Library That Never Closes</h1></header>` +
        `${audio}<section class="ArticleBody_root__2gF81">${p(6)}</section>` +
        `<div class="ArticleLegacyHtml_root__Dq4t ArticleBookDisclosure_root__a3Cw"><p>When you buy a book using a link on this page, we receive a commission. Thank you for supporting The Atlantic.</p></div>` +
        `</article></main></body></html>`,
      { url: 'https://www.theatlantic.example/ideas/archive/2024/01/library/1/' },
    );

  it("does not merge the page's other components for the 'Article' every one of them opens with (The Atlantic)", () => {
    const a = page('<div class="ArticleAudio_root__t6Ko"><p>Listen to this article</p><p>Produced by ElevenLabs and News Over Audio (NOA) using AI narration, with commas, for listeners.</p></div>');
    expect(a.paragraphs).toHaveLength(6);
    expect(a.text).not.toContain('Listen to this article');
    expect(a.text).not.toContain('ElevenLabs');
    expect(a.text).not.toContain('we receive a commission');
  });

  it('still weighs the body component by its own word, and a one-word component as it is', () => {
    const a = page('');
    expect(a.paragraphs[0]).toMatch(/^Paragraph 1 of the essay/);
    expect(a.paragraphs).toHaveLength(6);
    // "Body_root" with no prefix is the body too: only a many-word component is cut to its last word.
    const plain = parseArticle(`<html><head><title>T</title></head><body><div class="Nav_root__a1"><a href="/">Home</a></div><div class="Body_root__x9Kq">${p(5)}</div></body></html>`);
    expect(plain.paragraphs).toHaveLength(5);
  });
});
