import type { Figure } from '../types';
import type { AnyNode, Element } from '../parse/dom';
import { attr, classAndId, innerText, isElement, isTextNode, normalizeSpace, walkElements } from '../parse/dom';
import { resolveUrl } from '../parse/url';
import { CREDIT_CLASS_RE, MIN_IMAGE_SIDE, NON_ARTICLE_IMAGE_RE } from './constants';
import { cleanCredit, splitCredit } from './credit';

const SRCSET_ENTRY_RE = /\s*,\s*(?=\S)/;
const SRCSET_DESCRIPTOR_RE = /^(\S+)(?:\s+(\d+(?:\.\d+)?)([wx]))?/;

/** The widest candidate of a `srcset` attribute. */
export function largestSrcset(srcset: string): string | null {
  let best: string | null = null;
  let bestSize = -1;
  for (const entry of srcset.split(SRCSET_ENTRY_RE)) {
    const match = SRCSET_DESCRIPTOR_RE.exec(entry.trim());
    if (!match?.[1]) continue;
    const size = match[2] ? Number.parseFloat(match[2]) * (match[3] === 'x' ? 1000 : 1) : 0;
    if (size > bestSize) {
      bestSize = size;
      best = match[1];
    }
  }
  return best;
}

function dimension(el: Element, name: 'width' | 'height'): number | null {
  const raw = attr(el, name);
  if (!raw) return null;
  const n = Number.parseInt(raw, 10);
  return Number.isFinite(n) && n > 0 ? n : null;
}

/**
 * The Figure of an `<img>` (caption left empty), or `null` for images that are not the
 * article's: icons, tracking pixels, spacers, logos, data: URIs.
 * @internal
 */
export function figureFromImage(img: Element, base: string | null): Figure | null {
  const rawSrc = attr(img, 'src');
  const srcset = attr(img, 'srcset');
  const candidate = rawSrc && !rawSrc.startsWith('data:') ? rawSrc : srcset ? largestSrcset(srcset) : null;
  const src = resolveUrl(candidate, base);
  if (!src || src.startsWith('data:')) return null;
  const width = dimension(img, 'width');
  const height = dimension(img, 'height');
  if ((width !== null && width < MIN_IMAGE_SIDE) || (height !== null && height < MIN_IMAGE_SIDE)) return null;
  if (NON_ARTICLE_IMAGE_RE.test(src) || NON_ARTICLE_IMAGE_RE.test(classAndId(img))) return null;
  const alt = normalizeSpace(attr(img, 'alt') ?? '');
  return { src, alt: alt || null, caption: null, credit: null, width, height };
}

/**
 * Reads a caption element: a credit element inside it (`<span class="credit">`) gives the
 * credit and the rest is the caption; otherwise the credit is split off the text.
 * @internal
 */
export function readCaption(el: Element): { caption: string | null; credit: string | null } {
  let creditEl: Element | null = null;
  walkElements(el, (child) => {
    if (creditEl) return false;
    if (CREDIT_CLASS_RE.test(classAndId(child))) {
      creditEl = child;
      return false;
    }
    return true;
  });
  if (!creditEl) return splitCredit(innerText(el));
  const credit = cleanCredit(innerText(creditEl));
  const rest = normalizeSpace(textWithout(el, creditEl));
  const parts = splitCredit(rest);
  return { caption: parts.caption, credit: credit ?? parts.credit };
}

/** Text of `root` without the subtree of `skip`. */
function textWithout(root: Element, skip: Element): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (node === skip) continue;
    if (isTextNode(node)) parts.push(node.data);
    else if (isElement(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
  return parts.join(' ');
}
