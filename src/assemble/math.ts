import type { AnyNode, Element } from '../parse/dom';
import { attr, isElement, isTextNode, normalizeSpace } from '../parse/dom';

/** TeX source kept beside MathML by MathJax, KaTeX and Wikipedia. */
const TEX_ENCODING_RE = /tex/i;

/**
 * The readable text of a MathML formula: the author's `alttext`, else its TeX annotation,
 * else the presentation tokens (`<mi>`, `<mn>`, `<mo>` …) separated by spaces, so that
 * "x = 2a" does not read as "x=2a" glued into one word.
 * @internal
 */
export function mathText(math: Element): string {
  const alt = normalizeSpace(attr(math, 'alttext') ?? '');
  if (alt) return alt;
  const tokens: string[] = [];
  let tex: string | null = null;
  const stack: AnyNode[] = [math];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (isTextNode(node)) {
      const t = normalizeSpace(node.data);
      if (t) tokens.push(t);
      continue;
    }
    if (!isElement(node)) continue;
    if (node.name === 'annotation' || node.name === 'annotation-xml') {
      if (tex === null && TEX_ENCODING_RE.test(attr(node, 'encoding') ?? '')) tex = normalizeSpace(textOf(node));
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
  return tex || tokens.join(' ');
}

function textOf(el: Element): string {
  let out = '';
  for (const child of el.children) if (isTextNode(child)) out += child.data;
  return out;
}

/**
 * An element's innerText with each MathML formula read as mathText: a caption's, a heading's
 * or a table cell's "for ε = 0 (left)", where innerText would glue the formula's tokens and
 * its TeX annotation ("ε=0\varepsilon = 0"). A formula is spaced from its neighbours, but for
 * an opening bracket before it and closing punctuation after it ("class c, the"); `skip`'s
 * subtree reads as a space. Without a formula, the text is innerText's.
 * @internal
 */
export function formulaText(node: AnyNode, skip: Element | null = null): string {
  if (isTextNode(node)) return normalizeSpace(node.data);
  const parts: string[] = [];
  let formulas = false;
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as AnyNode;
    if (isTextNode(current)) {
      parts.push(current.data);
    } else if (isElement(current)) {
      if (current === skip || current.name === 'br') {
        parts.push(' ');
      } else if (current.name === 'math') {
        const formula = mathText(current);
        if (!formula) continue;
        const before = parts.length > 0 ? (parts[parts.length - 1] as string) : '';
        parts.push(before === '' || OPENS_FORMULA_RE.test(before) ? formula : ` ${formula}`, FORMULA_END);
        formulas = true;
      } else {
        const children = current.children;
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as AnyNode);
      }
    }
  }
  const text = parts.join('');
  return normalizeSpace(formulas ? text.replace(FORMULA_END_BEFORE_CLOSING_RE, '').replace(FORMULA_END_RE, ' ') : text);
}

/** Text a formula follows with no space: whitespace, an opening bracket or quote. */
export const OPENS_FORMULA_RE = /[\s([{“‘«]$/u;
/**
 * Where a formula ends, in formulaText's parts: a space, unless closing punctuation follows.
 * parse5 turns U+0000 in a page's text into U+FFFD, so no text holds one.
 */
const FORMULA_END = '\u0000';
const FORMULA_END_BEFORE_CLOSING_RE = /\u0000(?=[.,;:!?)\]}”’»])/gu;
const FORMULA_END_RE = /\u0000/g;
