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
