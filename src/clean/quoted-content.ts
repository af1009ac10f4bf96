import type { Element } from '../parse/dom';
import { findDescendant } from '../parse/dom';
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
  return isQuotedContent(el) || findDescendant(el, isQuotedContent) !== null;
}

function isQuotedContent(el: Element): boolean {
  if (el.name === 'math') return true;
  const cls = el.attribs.class;
  return el.name === 'blockquote' && cls !== undefined && cls.split(CLASS_SPLIT_RE).some((c) => EMBEDDED_POST_CLASSES.has(c.toLowerCase()));
}
