// Inputs for the scaling runs: a real page whose article grows, and a huge flat page.
// Time per MB must stay flat as the input grows: a step up means some walk or search is
// superlinear.
import { parse, serialize } from 'parse5';
import { adapter } from 'parse5-htmlparser2-tree-adapter';
import { cloneNode } from 'domhandler';

const PARSER_OPTIONS = { treeAdapter: adapter, scriptingEnabled: false };

/** The element with the most `<p>` children: the article's paragraph container. */
function paragraphContainer(doc) {
  let best = null;
  let bestCount = 0;
  const stack = [doc];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node.children) continue;
    let count = 0;
    for (const child of node.children) {
      if (child.type === 'tag' && child.name === 'p') count++;
      stack.push(child);
    }
    if (count > bestCount) {
      best = node;
      bestCount = count;
    }
  }
  return best;
}

function relink(parent, children) {
  for (let i = 0; i < children.length; i++) {
    children[i].parent = parent;
    children[i].prev = children[i - 1] ?? null;
    children[i].next = children[i + 1] ?? null;
  }
  parent.children = children;
}

/**
 * The page re-serialised with its article's content repeated so that the whole page is
 * about `factor` times its size (factor 1 is the page re-serialised as it is).
 */
export function growArticle(html, factor) {
  const doc = parse(html, PARSER_OPTIONS);
  const container = paragraphContainer(doc);
  if (!container) throw new Error('scaling: the page has no <p> container');
  const original = container.children.slice();
  const whole = serialize(doc, PARSER_OPTIONS).length;
  const content = serialize(container, PARSER_OPTIONS).length;
  const copies = Math.max(1, Math.round((whole * factor - (whole - content)) / content));
  const children = [];
  for (let k = 0; k < copies; k++) for (const child of original) children.push(k === 0 ? child : cloneNode(child, true));
  relink(container, children);
  return serialize(doc, PARSER_OPTIONS);
}

/** Paragraphs of the flat page: ordinary prose, with a comma and a link now and then. */
const FLAT_PARAGRAPH = (i) =>
  i % 10 === 0
    ? `<p>Paragraph ${i}, with <a href="/story/${i}">a link to another story</a> in it.</p>`
    : `<p>Paragraph ${i}, a sentence of ordinary prose that runs on for a while.</p>`;

/** A page of `count` sibling `<p>` straight under one `<article>`. */
export function flatPage(count) {
  const parts = ['<!doctype html><html><head><title>Flat page</title></head><body><article><h1>Flat page</h1>'];
  for (let i = 0; i < count; i++) parts.push(FLAT_PARAGRAPH(i));
  parts.push('</article></body></html>');
  return parts.join('');
}

/**
 * A page of `count` sections straight under one `<article>`, each an `<h2>`, a caption-named
 * line and two paragraphs: every block under a heading asks questions of its whole box, which
 * is how a section page once went quadratic (10,000 sections took 65 s).
 */
export function sectionedPage(count) {
  const parts = ['<!doctype html><html><head><title>Sectioned page</title></head><body><article><h1>Sectioned page</h1>'];
  for (let i = 0; i < count; i++) {
    parts.push(`<h2>Section ${i}</h2><p class="caption">Slide ${i}, as the section's own caption line.</p>`, FLAT_PARAGRAPH(2 * i + 1), FLAT_PARAGRAPH(2 * i + 2));
  }
  parts.push('</article></body></html>');
  return parts.join('');
}

/** The page whose size is the median of the set: a typical page to grow. */
export function medianPage(pages) {
  const bySize = [...pages].sort((a, b) => a.html.length - b.html.length || (a.id < b.id ? -1 : 1));
  return bySize[bySize.length >> 1];
}
