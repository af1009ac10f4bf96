import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse as parse5Parse } from 'parse5';
import { adapter as htmlparser2Adapter } from 'parse5-htmlparser2-tree-adapter';
import { decodeHtml } from '../src/parse/decode';
import type { AnyNode, Element } from '../src/parse/dom';
import { attr, bodyOf, innerText, innerTextLongerThan, isElement, isUnseenText, normalizeSpace, separatedText, trimmedLength, visibleLines, visibleText, findDescendant, isImage } from '../src/parse/dom';
import { parseHtml } from '../src/parse/parse-html';
import { resolveUrl } from '../src/parse/url';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function concatBytes(...parts: Array<Uint8Array | number[]>): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

describe('parseHtml', () => {
  it('parses <noscript> content as elements (scripting disabled)', () => {
    const body = bodyOf(parseHtml('<div><noscript><img src="https://cdn.example.com/real.jpg" alt="Real"></noscript></div>'));
    const div = body.children[0] as Element;
    const noscript = div.children[0] as Element;
    expect(noscript.name).toBe('noscript');
    const img = noscript.children[0];
    expect(isElement(img)).toBe(true);
    expect((img as Element).name).toBe('img');
    expect((img as Element).attribs.src).toBe('https://cdn.example.com/real.jpg');
  });

  it('repairs broken markup the way browsers do', () => {
    const body = bodyOf(parseHtml('<p>one<p>two</b><div>three'));
    const names = body.children.filter(isElement).map((el) => el.name);
    expect(names).toEqual(['p', 'p', 'div']);
    expect(innerText(body)).toBe('onetwothree');
  });

  it("keeps attribute names that are Object.prototype's as plain keys, and inherits none", () => {
    const body = bodyOf(parseHtml('<p __proto__="a" constructor="b" data-x="c">x</p><p>y</p>'));
    const [first, second] = body.children.filter(isElement);
    expect(Object.entries(first!.attribs)).toEqual([['__proto__', 'a'], ['constructor', 'b'], ['data-x', 'c']]);
    expect(attr(first!, '__proto__')).toBe('a');
    // Nothing reaches an element without the attribute through the prototype chain.
    for (const name of ['constructor', 'toString', 'hasOwnProperty', '__proto__']) {
      expect(second!.attribs[name]).toBeUndefined();
      expect(name in second!.attribs).toBe(false);
      expect(attr(second!, name)).toBeNull();
    }
    expect(Object.getPrototypeOf(Object.getPrototypeOf(second!.attribs))).toBeNull();
  });

  it('decodes entities in text and attributes', () => {
    const body = bodyOf(parseHtml('<p title="a &amp; b">Caf&eacute; &lt;b&gt; &#x1F600;</p>'));
    const p = body.children[0] as Element;
    expect(p.attribs.title).toBe('a & b');
    expect(innerText(p)).toBe('Café <b> 😀');
  });

  it('keeps what a stray <rt> outside any <ruby> holds', () => {
    const body = bodyOf(parseHtml('<div>Kicker<rt>new<div class="content"><p>The story goes on here.</p></div></div>'));
    expect(innerText(body)).toContain('The story goes on here.');
  });

  it("leaves ruby readings and their brackets out of the tree, however they are written", () => {
    const html =
      '<h1><ruby>図書館<rp>(</rp><rt>としょかん</rt><rp>)</rp></ruby>が<ruby>新<rt>あたら</rt></ruby>しくなりました</h1>' +
      '<p><ruby>市役所<rt>しやくしょ</ruby>と<ruby><rb>北</rb><rb>浜</rb><rtc><rt>きた</rt><rt>はま</rt></rtc></ruby>。</p>' +
      '<p><b><ruby>漢<rt>かん</b>字</ruby> after</p>';
    const body = bodyOf(parseHtml(html));
    expect(body.children.filter(isElement).map((el) => innerText(el))).toEqual(['図書館が新しくなりました', '市役所と北浜。', '漢字 after']);
  });
});

/** The longest chain of parent-child links below `root`. */
function treeDepth(root: AnyNode): number {
  let deepest = 0;
  const stack: Array<[AnyNode, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [AnyNode, number];
    if (depth > deepest) deepest = depth;
    if ('children' in node) for (const child of (node as Element).children) stack.push([child, depth + 1]);
  }
  return deepest;
}

function elementsNamed(root: AnyNode, name: string): Element[] {
  const found: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (isElement(node) && node.name === name) found.push(node);
    if ('children' in node) for (const child of (node as Element).children) stack.push(child);
  }
  return found;
}

describe('parseHtml nesting bound', () => {
  it('stops opening any element past 1,024 levels, the text kept: stray end tags under deep inline nesting stay linear', () => {
    // Each </div> searched every open <span> for a <div> in scope: N² steps.
    const body = bodyOf(parseHtml(`<body>${'<span>a</div>'.repeat(50_000)}`));
    expect(treeDepth(body)).toBeLessThanOrEqual(1030);
    expect(innerText(body)).toBe('a'.repeat(50_000));
  });

  it('past 512 levels drops block start tags only: a heading, a link and bold still open, as Chromium keeps them', () => {
    const body = bodyOf(parseHtml(`<body>${'<div>'.repeat(600)}<h2>Route</h2><p>Buses <a href="/r">11</a> and <b>229</b> stop here.`));
    expect(elementsNamed(body, 'h2').map((h) => innerText(h))).toEqual(['Route']);
    expect(elementsNamed(body, 'a').map((a) => attr(a, 'href'))).toEqual(['/r']);
    expect(elementsNamed(body, 'b')).toHaveLength(1);
    expect(treeDepth(body)).toBeLessThanOrEqual(520);
  });

  it('past the bound, void elements and text-only elements still open: an image stays an image, a script stays a script', () => {
    const body = bodyOf(parseHtml(`<body>${'<span>'.repeat(2000)}<img src="/deep.jpg"><script>if (a < b) x = "<i>";</script><em>after</em>`));
    // (The <em> past 1,024 levels does not open.)
    expect(elementsNamed(body, 'img').map((img) => attr(img, 'src'))).toEqual(['/deep.jpg']);
    const [script] = elementsNamed(body, 'script');
    expect(script?.children.map((c) => (c as unknown as { data: string }).data).join('')).toBe('if (a < b) x = "<i>";');
    expect(elementsNamed(body, 'em')).toEqual([]);
    expect(innerText(body)).toContain('after');
  });

  it('20,000 templates left open end without overflowing the call stack', () => {
    const doc = parseHtml(`<body>${'<x-a><template>'.repeat(20_000)}x`);
    expect(treeDepth(doc)).toBeLessThanOrEqual(1600); // templates stop at 512 (each content one more level), the hosts at 1,024
  });

  it('SVG elements that are void or text-only in HTML still stop nesting in SVG', () => {
    const body = bodyOf(parseHtml(`<body>${'<span>'.repeat(1000)}<svg>${'<g>'.repeat(20)}${'<title>t'.repeat(5000)}`));
    expect(treeDepth(body)).toBeLessThanOrEqual(1030);
  });
});

/**
 * The body as markup: tag names (with an id when there is one) and text, whitespace-only text
 * and comments left out; a template shows as `<template>` with its content's shape inside.
 * Also checks that every node's parent and sibling links agree with its parent's child list.
 */
function shape(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data.trim();
  if (!('children' in node)) return '';
  const kids = (node as Element).children;
  kids.forEach((child, i) => {
    expect(child.parent).toBe(node);
    expect(child.prev).toBe(kids[i - 1] ?? null);
    expect(child.next).toBe(kids[i + 1] ?? null);
  });
  const inner = kids.map((child) => shape(child)).join('');
  if (!isElement(node)) return inner;
  const id = node.attribs.id === undefined ? '' : `#${node.attribs.id}`;
  return `<${node.name}${id}>${inner}</${node.name}>`;
}

/** Whether every node below `root` is its parent's child, between its prev and next siblings. */
function linksAgree(root: AnyNode): boolean {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (!('children' in node)) continue;
    const kids = (node as Element).children;
    for (let i = 0; i < kids.length; i++) {
      const child = kids[i] as AnyNode;
      if (child.parent !== node || child.prev !== (kids[i - 1] ?? null) || child.next !== (kids[i + 1] ?? null)) return false;
      stack.push(child);
    }
  }
  return true;
}

const composedBody = (html: string): string => shape(bodyOf(parseHtml(`<body>${html}`))).replace(/^<body>|<\/body>$/g, '');

describe('declarative shadow DOM, composed as a browser renders it', () => {
  it('puts the shadow tree in place of the host\'s children, each child in the slot its slot attribute names', () => {
    const html =
      '<news-story><template shadowrootmode="open"><header><slot name="headline"></slot><slot name="dek"></slot>' +
      '<div class="byline">By <a href="/staff/jane/">Jane Doe</a></div></header><div class="body"><slot></slot></div>' +
      '</template><p>First paragraph.</p><h1 slot="headline">Headline</h1><p slot="dek">Dek.</p><p>Second paragraph.</p></news-story>';
    expect(composedBody(html)).toBe(
      '<news-story><header><h1>Headline</h1><p>Dek.</p><div>By<a>Jane Doe</a></div></header>' +
        '<div><p>First paragraph.</p><p>Second paragraph.</p></div></news-story>',
    );
  });

  it('shows a slot\'s fallback only when nothing is assigned to it, and drops host children no slot takes', () => {
    const html =
      '<x-card><template shadowrootmode="closed"><slot name="title"><b>Untitled</b></slot><slot name="note"><i>No note</i></slot></template>' +
      '<span slot="note">A note</span><p>Unassigned: no default slot.</p><span slot="nowhere">Nowhere</span></x-card>';
    expect(composedBody(html)).toBe('<x-card><b>Untitled</b><span>A note</span></x-card>');
  });

  it('assigns text to the unnamed slot, a slot="" element too, and only the first slot of a name takes anything', () => {
    const html =
      '<x-a><template shadowrootmode="open"><p id="one"><slot></slot></p><p id="two"><slot><i>fallback</i></slot></p></template>' +
      'loose text <em slot="">emphasis</em></x-a>';
    expect(composedBody(html)).toBe('<x-a><p#one>loose text<em>emphasis</em></p><p#two><i>fallback</i></p></x-a>');
  });

  it('composes nested shadow roots, a slot passed on to an inner host\'s slot included', () => {
    const html =
      '<outer-box><template shadowrootmode="open"><inner-figure><template shadowrootmode="open"><figure><img src="/a.jpg">' +
      '<figcaption><slot name="caption"></slot></figcaption></figure></template>' +
      '<slot name="outer-caption" slot="caption"></slot></inner-figure></template>' +
      '<span slot="outer-caption">Caption text</span></outer-box>';
    expect(composedBody(html)).toBe(
      '<outer-box><inner-figure><figure><img></img><figcaption><span>Caption text</span></figcaption></figure></inner-figure></outer-box>',
    );
  });

  it('reads the older shadowroot attribute as shadowrootmode', () => {
    expect(composedBody('<div><template shadowroot="open"><p>Shadow</p></template><p>Light</p></div>')).toBe('<div><p>Shadow</p></div>');
  });

  it('leaves ordinary templates inert, and templates that cannot attach a shadow root too', () => {
    const plain = bodyOf(parseHtml('<body><div><template id="t"><p>Inert</p></template></div>'));
    expect(visibleText(plain)).toBe('');
    // No mode, an unknown mode, a host that cannot have a shadow root (<li>), a second one on the same host.
    const html =
      '<x-a><template><p>No mode</p></template><template shadowrootmode="sideways"><p>Bad mode</p></template>light</x-a>' +
      '<ul><li><template shadowrootmode="open"><p>Not on an li</p></template>item</li></ul>' +
      '<x-b><template shadowrootmode="open">first</template><template shadowrootmode="open">second</template></x-b>';
    expect(composedBody(html)).toBe(
      '<x-a><template><p>No mode</p></template><template><p>Bad mode</p></template>light</x-a>' +
        '<ul><li><template><p>Not on an li</p></template>item</li></ul><x-b>first</x-b>',
    );
  });

  it('keeps the parsed tree as it is when the page has no declarative shadow root', () => {
    const html = '<body><x-a><slot name="a"><b>fallback</b></slot></x-a><template><slot></slot></template>';
    expect(shape(parseHtml(html))).toBe(shape(parse5Parse(html, { treeAdapter: htmlparser2Adapter, scriptingEnabled: false }) as unknown as AnyNode));
  });

  it('stays bounded and whole on hostile input: deep hosts, many templates, slots in slots, a slot that shows itself', () => {
    const T = '<template shadowrootmode="open">';
    const inputs = [
      `${`<x-a>${T}<div><slot></slot></div>`.repeat(5000)}x`,
      `<x-a>${`${T}<slot></slot>q</template>`.repeat(5000)}light</x-a>`,
      `<x-a>${T}${'<slot>'.repeat(5000)}fallback${'</slot>'.repeat(5000)}</template></x-a>`,
      `<x-a>${T}${Array.from({ length: 2000 }, (_, i) => `<slot name="s${i}">`).join('')}</template>${Array.from({ length: 2000 }, (_, i) => `<i slot="s${i}">${i}</i>`).join('')}</x-a>`,
      `<x-a>${T}<slot name="a" slot="a"><slot name="a"></slot></slot></template><slot name="a" slot="a">z</slot></x-a>`.repeat(2000),
      `${`<x-a>${T}<x-b>${T}<slot></slot></template><slot slot="">`.repeat(2000)}deep`,
      // Each host's slot sits 400 levels down its shadow tree and takes the next host: composed
      // without a bound, the trees would stack 400 levels per host.
      `${`<x-a>${T}${'<div>'.repeat(400)}<slot></slot>${'</div>'.repeat(400)}</template>`.repeat(100)}<p>bottom</p>`,
    ];
    const bodies = inputs.map((html) => bodyOf(parseHtml(`<body>${html}`)));
    for (const body of bodies) {
      expect(treeDepth(body)).toBeLessThanOrEqual(3 * 520);
      expect(linksAgree(body)).toBe(true);
    }
    // The first of the nested slots shows its assigned <i>, so the others (its fallback) are not rendered.
    expect(innerText(bodies[3] as Element)).toBe('0');
    expect(innerText(bodies[4] as Element)).toBe('z'.repeat(2000));
    expect(innerText(bodies[6] as Element)).toBe('bottom');
  });
});

describe('innerTextLongerThan', () => {
  it('agrees with innerText(node).length > max at and around the limit', () => {
    const body = bodyOf(parseHtml('<div> Ab\u00ad  c\u200b <b>d\n\te</b>&nbsp;f </div>'));
    const div = body.children[0] as Element;
    const length = innerText(div).length;
    expect(innerText(div)).toBe('Ab c d e f');
    for (let max = 0; max <= length + 1; max++) expect(innerTextLongerThan(div, max), `max ${max}`).toBe(length > max);
  });

  it('agrees with innerText on any mix of white space, invisible characters, <br> and nesting', () => {
    // Every whitespace kind trim removes, the invisible characters normalizeSpace drops (U+FEFF
    // is both), and markup that changes what innerText reads (<br> as a space, script text kept).
    const piece = fc.constantFrom(
      'a', 'Ж', '語', '😀', ' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\u2028', '\ufeff', '\u00ad', '\u200b', '\u2060',
      '<br>', '<b>', '</b>', '<p>', '</p>', '<span> x </span>', '<script>s </script>', '<!-- c -->',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const div = bodyOf(parseHtml(`<div>${pieces.join('')}</div>`)).children[0] as Element;
        const length = innerText(div).length;
        for (let max = -1; max <= length + 1; max++) if (innerTextLongerThan(div, max) !== length > max) return false;
        return innerTextLongerThan(div.children[0] ?? div, -1);
      }),
      { numRuns: 2000 },
    );
  });

  it('answers for a long subtree without needing its whole text', () => {
    const body = bodyOf(parseHtml(`<div>${'<p>word word word</p>'.repeat(1000)}</div>`));
    expect(innerTextLongerThan(body.children[0] as Element, 100)).toBe(true);
    expect(innerTextLongerThan(body.children[0] as Element, 1_000_000)).toBe(false);
  });
});

describe('separatedText', () => {
  const read = (html: string): string => separatedText(bodyOf(parseHtml(`<div>${html}</div>`)).children[0] as Element, isUnseenText);

  it('puts a space where sibling elements glue letters or digits together', () => {
    expect(read('<time><span>December 23, 2025</span><span>3:09 PM GMT+3</span><span>Updated 2 hours ago</span></time>')).toBe('December 23, 2025 3:09 PM GMT+3 Updated 2 hours ago');
    expect(read('<span>Published</span><time><b>Dec 23, 2025</b></time>')).toBe('Published Dec 23, 2025');
  });

  it('keeps punctuation, text beside an element, ordinals and unseen text as innerText has them', () => {
    expect(read('<span>23</span>.<span>12</span>.<span>2025</span>')).toBe('23.12.2025');
    expect(read('<span>23</span><span>.12.2025</span>')).toBe('23.12.2025');
    expect(read('Dec<b>ember</b> 23<sup>rd</sup>, <span>23</span><sup>rd</sup>')).toBe('December 23rd, 23rd');
    expect(read('<span>Dec 23</span><script>var x = 1</script><span>2025</span>')).toBe('Dec 23 2025');
    expect(read('plain text')).toBe('plain text');
  });
});

describe('trimmedLength', () => {
  it('equals the length String.prototype.trim leaves, for every kind of space it trims', () => {
    const spaces = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
    const kept = ['\u200b', '\u180e', '\u0085', 'x'];
    for (const s of [...spaces, ...kept]) {
      for (const text of [`${s}a${s}`, `${s}${s}`, `a${s}b`, s, '']) expect(trimmedLength(text), JSON.stringify(text)).toBe(text.trim().length);
    }
  });
});

describe('decodeHtml', () => {
  it('strips a UTF-8 BOM and decodes UTF-8', () => {
    expect(decodeHtml(concatBytes([0xef, 0xbb, 0xbf], utf8('<p>Zürich</p>')))).toBe('<p>Zürich</p>');
  });

  it('decodes UTF-16LE and UTF-16BE by their BOM', () => {
    const text = '<p>Ünïcödé</p>';
    const le = [0xff, 0xfe];
    const be = [0xfe, 0xff];
    for (const ch of text) {
      const c = ch.charCodeAt(0);
      le.push(c & 0xff, c >> 8);
      be.push(c >> 8, c & 0xff);
    }
    expect(decodeHtml(new Uint8Array(le))).toBe(text);
    expect(decodeHtml(new Uint8Array(be))).toBe(text);
  });

  it('follows <meta charset> in the first bytes', () => {
    const bytes = concatBytes(utf8('<meta charset="iso-8859-9"><p>'), [0x49, 0x73, 0x70, 0x61, 0x72, 0x74, 0x61, 0xfd], utf8('</p>'));
    expect(decodeHtml(bytes)).toBe('<meta charset="iso-8859-9"><p>Isparta\u0131</p>');
  });

  it('follows an http-equiv Content-Type declaration', () => {
    const bytes = concatBytes(utf8('<meta http-equiv="content-type" content="text/html; charset=windows-1252"><p>'), [0x63, 0x61, 0x66, 0xe9], utf8('</p>'));
    expect(decodeHtml(bytes)).toContain('<p>café</p>');
  });

  it('lets a BOM win over a contradicting <meta charset>', () => {
    const bytes = concatBytes([0xef, 0xbb, 0xbf], utf8('<meta charset="windows-1252"><p>café</p>'));
    expect(decodeHtml(bytes)).toContain('<p>café</p>');
  });

  it('reads a <meta charset=utf-16> on ASCII bytes as UTF-8', () => {
    expect(decodeHtml(utf8('<meta charset="utf-16"><p>café</p>'))).toContain('<p>café</p>');
  });

  it('falls back to UTF-8 for an unknown label or no declaration', () => {
    expect(decodeHtml(utf8('<meta charset="x-no-such-charset"><p>café</p>'))).toContain('<p>café</p>');
    expect(decodeHtml(utf8('<p>東京</p>'))).toBe('<p>東京</p>');
  });

  it('follows a declaration after the first 1024 bytes while the head lasts, not after it', () => {
    const late = (between: string) => concatBytes(utf8(`<!--${'x'.repeat(1100)}-->${between}<meta charset="iso-8859-9"><p>`), [0x49, 0xfd], utf8('</p>'));
    expect(decodeHtml(late('<title>t</title>'))).toContain('<p>I\u0131</p>');
    // After the head nothing declares: the bytes are not UTF-8, so the windows-1252 fallback reads 0xFD as ý.
    expect(decodeHtml(late('</head>'))).toContain('<p>Iý</p>');
    expect(decodeHtml(late('<body>'))).toContain('<p>Iý</p>');
  });

  it('replaces invalid UTF-8 with U+FFFD instead of throwing', () => {
    // Two well-formed "é" (C3 A9) outweigh one malformed FF: the bytes stay UTF-8.
    expect(decodeHtml(new Uint8Array([0x3c, 0x70, 0x3e, 0xc3, 0xa9, 0xc3, 0xa9, 0xff, 0x3c]))).toBe('<p>éé\ufffd<');
  });

  it('reads undeclared bytes that are not UTF-8 as windows-1252', () => {
    expect(decodeHtml(new Uint8Array([0x3c, 0x70, 0x3e, 0x63, 0x61, 0x66, 0xe9, 0x3c]))).toBe('<p>café<');
  });
});

describe('resolveUrl', () => {
  const base = 'https://example.com/news/2025/story.html';

  it('resolves relative URLs against the base', () => {
    expect(resolveUrl('/img/a.jpg', base)).toBe('https://example.com/img/a.jpg');
    expect(resolveUrl('b.jpg', base)).toBe('https://example.com/news/2025/b.jpg');
    expect(resolveUrl('//cdn.example.com/c.jpg', base)).toBe('https://cdn.example.com/c.jpg');
  });

  it('returns null for fragments, empty values and relative URLs without a base', () => {
    expect(resolveUrl('#top', base)).toBeNull();
    expect(resolveUrl('', base)).toBeNull();
    expect(resolveUrl(null, base)).toBeNull();
    expect(resolveUrl('/img/a.jpg', null)).toBeNull();
  });

  it('rejects javascript: URLs, however they are disguised', () => {
    expect(resolveUrl('javascript:alert(1)', base)).toBeNull();
    expect(resolveUrl('  JavaScript:alert(1)', base)).toBeNull();
    expect(resolveUrl('java\tscript:alert(1)', base)).toBeNull();
    expect(resolveUrl('java\nscript:alert(1)', null)).toBeNull();
    expect(resolveUrl('\u0001javascript:alert(1)', base)).toBeNull();
  });

  it('rejects vbscript: and data:text/html URLs', () => {
    expect(resolveUrl('vbscript:msgbox(1)', base)).toBeNull();
    expect(resolveUrl('VBScript:msgbox(1)', null)).toBeNull();
    expect(resolveUrl('data:text/html,<script>alert(1)</script>', base)).toBeNull();
    expect(resolveUrl('DATA:TEXT/HTML;base64,PHNjcmlwdD4=', base)).toBeNull();
  });

  // Regression test; the defect it caught: UNSAFE_SCHEME_RE is a literal prefix /^(?:javascript|vbscript|data:text\/html|data:image\/svg)/,
  // but the Fetch data: URL processor strips whitespace around the MIME type, so
  // "data: text/html,<script>…" is still an HTML document; and data:application/xhtml+xml runs
  // scripts too. Both pass resolveUrl unchanged and reach Article.url, e.g.
  //   <link rel="canonical" href="data: text/html,<script>alert(1)</script>">  → article.url
  it('rejects data: URLs with markup MIME types in any spelling', () => {
    expect(resolveUrl('data: text/html,<script>alert(1)</script>', base)).toBeNull();
    expect(resolveUrl('data:application/xhtml+xml,<x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script>', base)).toBeNull();
  });

  it('keeps ordinary http(s) URLs', () => {
    expect(resolveUrl('https://other.example.org/a?b=c#d', base)).toBe('https://other.example.org/a?b=c#d');
    expect(resolveUrl('http://example.com', null)).toBe('http://example.com/');
  });
});

describe('separatedText: blocks stand apart, inline marks stay glued', () => {
  it('spaces text at block boundaries and between spans of words, not before a <sup> or after a link', () => {
    const body = bodyOf(parseHtml('<div id="x"><p>Bills assume 5,000 gallons a month.</p><p>Source: rate filings</p><span>A street in the 19<sup>e</sup></span> <a href="/a">arrondissement</a>, at dawn.<br>Photo: X</div>'));
    expect(normalizeSpace(separatedText(body, () => false))).toBe('Bills assume 5,000 gallons a month. Source: rate filings A street in the 19e arrondissement, at dawn. Photo: X');
  });
});

describe('visibleLines', () => {
  it('splits at <br> and around blocks, drops empty lines and unseen text, keeps inline runs whole', () => {
    const body = bodyOf(parseHtml('<div><br>By <b>Jane</b> Doe<br><br>Staff<script>x()</script> Writer<p>Second</p>tail</div>'));
    expect(visibleLines(body)).toEqual(['By Jane Doe', 'Staff Writer', 'Second', 'tail']);
    // visibleText reads the same subtree as one line.
    expect(visibleText(body)).toBe('By Jane Doe Staff WriterSecondtail');
  });
});

describe('isImage: a custom picture element inside a figure', () => {
  const first = (html: string, name: string): Element => findDescendant(bodyOf(parseHtml(html)), (d) => d.name === name) as Element;
  it("counts Forbes' <progressive-image src alt> in a <figure> as an image, as <amp-img> is", () => {
    const el = first('<figure><div class="image-embed__placeholder"><progressive-image src="https://cdn.example.com/960x0.jpg?format=jpg&amp;width=960" alt="Empty desks"></progressive-image></div><figcaption>Desks.</figcaption></figure>', 'progressive-image');
    expect(isImage(el)).toBe(true);
    expect(isImage(first('<amp-img src="/a.jpg"></amp-img>', 'amp-img'))).toBe(true);
  });
  it('leaves one outside a figure, without an alt, or pointing to no raster file alone: a widget, not a picture', () => {
    expect(isImage(first('<div><progressive-image src="https://cdn.example.com/a.jpg" alt="A"></progressive-image></div>', 'progressive-image'))).toBe(false);
    expect(isImage(first('<figure><progressive-image src="https://cdn.example.com/a.jpg"></progressive-image></figure>', 'progressive-image'))).toBe(false);
    expect(isImage(first('<figure><video-player src="https://cdn.example.com/clip.m3u8" alt="Clip"></video-player></figure>', 'video-player'))).toBe(false);
  });
});
