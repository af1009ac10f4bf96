import type { AnyNode, Element } from '../parse/dom';
import { isElement } from '../parse/dom';
import { EMBEDDED_POST_CLASSES } from './constants';

const CLASS_SPLIT_RE = /\s+/;

/**
 * True when an element holds quoted content that chrome-named widgets wrap: a MathML formula
 * (renderers name their wrappers for context menus, "MathJax CtxtMenu_Attached") or a post
 * in its platform's embed markup (a "social-embed" box around `blockquote.twitter-tweet`).
 * Used by clean/ and by score/'s pruning, so that neither drops what the other kept.
 * @internal
 */
export function holdsQuotedContent(el: Element): boolean {
  const stack: AnyNode[] = [el];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (!isElement(node)) continue;
    if (node.name === 'math') return true;
    if (node.name === 'blockquote' && node.attribs.class && node.attribs.class.split(CLASS_SPLIT_RE).some((c) => EMBEDDED_POST_CLASSES.has(c.toLowerCase()))) return true;
    for (const kid of node.children) stack.push(kid);
  }
  return false;
}

