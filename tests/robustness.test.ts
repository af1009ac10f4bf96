/**
 * Inputs built to be expensive: the parser's bounds (nesting depth, attributes per element)
 * keep them linear, and the content survives. Timing is never asserted here; the
 * adversarial script (npm run adversarial) measures it.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src';
import type { AnyNode, Element } from '../src/parse/dom';
import { bodyOf, isElement } from '../src/parse/dom';
import { parseHtml } from '../src/parse/parse-html';

const sentence = 'Deep inside the page, this paragraph still tells the reader, plainly and at length, what happened.';

function maxDepth(root: AnyNode): number {
  let deepest = 0;
  const stack: Array<[AnyNode, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [AnyNode, number];
    if (depth > deepest) deepest = depth;
    if ('children' in node) for (const child of (node as Element).children) stack.push([child, depth + 1]);
  }
  return deepest;
}

describe('parser bounds', () => {
  it('100,000 nested divs keep their paragraphs; elements stop nesting at 512 levels', () => {
    const depth = 100_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>${sentence}</p><p>${sentence}</p>${'</div>'.repeat(depth)}<p>After.</p></body></html>`;
    const doc = parseHtml(html);
    expect(maxDepth(doc)).toBeLessThanOrEqual(520);
    const a = parseArticle(html);
    expect(a.paragraphs).toContain(sentence);
    expect(a.text).toContain(sentence);
  });

  it('nesting below the bound is parsed exactly as the standard says', () => {
    const html = `<body>${'<div>'.repeat(400)}<p>${sentence}</p>${'</div>'.repeat(400)}<p>After.</p></body>`;
    const body = bodyOf(parseHtml(html));
    expect(maxDepth(body)).toBe(402); // 400 divs, the <p>, its text
    const last = body.children.filter(isElement).at(-1) as Element;
    expect(last.name).toBe('p');
  });

  it('an element with 100,000 attributes keeps the first 1,000, duplicates still ignored', () => {
    const attrs = Array.from({ length: 100_000 }, (_, i) => `data-a${i}="v${i}"`).join(' ');
    const body = bodyOf(parseHtml(`<div id="first" id="second" ${attrs}>x</div>`));
    const div = body.children[0] as Element;
    expect(div.attribs.id).toBe('first');
    expect(Object.keys(div.attribs)).toHaveLength(1000);
    expect(div.attribs['data-a0']).toBe('v0');
    expect(div.attribs['data-a998']).toBe('v998');
    expect(div.attribs['data-a999']).toBeUndefined();
  });

  it('a page whose article element has 100,000 attributes still gives its paragraphs', () => {
    const attrs = Array.from({ length: 100_000 }, (_, i) => `a${i}=x`).join(' ');
    const a = parseArticle(`<article ${attrs}><h1>Title</h1><p>${sentence}</p><p>${sentence}</p></article>`);
    expect(a.paragraphs).toEqual([sentence, sentence]);
  });

  it('JSON-LD with __proto__ and constructor keys pollutes no prototype', () => {
    const ld = '{"@type":"NewsArticle","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"headline":"Fine","author":{"__proto__":{"name":"Evil"},"name":"Jane Doe"}}';
    const a = parseArticle(`<script type="application/ld+json">${ld}</script><p>${sentence}</p>`);
    expect(a.headline).toBe('Fine');
    expect(a.authors).toEqual([{ name: 'Jane Doe', url: null }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });
});
