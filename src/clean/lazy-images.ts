import type { Element } from '../parse/dom';
import { attr, isElement, removeNode, walkElements } from '../parse/dom';
import { LAZY_SRC_ATTRIBUTES, LAZY_SRCSET_ATTRIBUTES, PLACEHOLDER_SRC_RE } from './constants';

/** True when an image has no real source yet (missing, or a placeholder). */
export function hasPlaceholderSrc(img: Element): boolean {
  const src = attr(img, 'src');
  return !src || PLACEHOLDER_SRC_RE.test(src);
}

/**
 * Moves a lazy-loading image's real URL into `src` / `srcset`, as the site's script would.
 * @internal
 */
export function unlazyImage(img: Element): void {
  if (hasPlaceholderSrc(img)) {
    for (const name of LAZY_SRC_ATTRIBUTES) {
      const value = attr(img, name);
      if (value && !PLACEHOLDER_SRC_RE.test(value)) {
        img.attribs.src = value;
        break;
      }
    }
  }
  if (!attr(img, 'srcset')) {
    for (const name of LAZY_SRCSET_ATTRIBUTES) {
      const value = attr(img, name);
      if (value) {
        img.attribs.srcset = value;
        break;
      }
    }
  }
}

function previousElement(el: Element): Element | null {
  for (let prev = el.prev; prev; prev = prev.prev) if (isElement(prev)) return prev;
  return null;
}

function firstImage(el: Element): Element | null {
  if (el.name === 'img') return el;
  let found: Element | null = null;
  walkElements(el, (e) => {
    if (found) return false;
    if (e.name === 'img') found = e;
    return true;
  });
  return found;
}

/**
 * Resolves a `<noscript>` (parsed as markup, see parse/parse-html.ts): when it holds the
 * real image of a lazy `<img>` just before it, that image replaces the placeholder; when the
 * page has no other copy of the image, the noscript is unwrapped; otherwise it is dropped.
 * Returns true when the noscript content should be kept (walked as normal content).
 * @internal
 */
export function resolveNoscript(noscript: Element): boolean {
  const image = firstImage(noscript);
  if (!image || image === noscript) {
    removeNode(noscript);
    return false;
  }
  const prev = previousElement(noscript);
  const prevImage = prev ? firstImage(prev) : null;
  if (prevImage && !hasPlaceholderSrc(prevImage)) {
    removeNode(noscript); // the lazy image already has its URL: the noscript copy is a duplicate
    return false;
  }
  if (prevImage && prev) {
    // Keep the placeholder element's place (it may be inside <picture>) but take the real URL.
    prevImage.attribs.src = attr(image, 'src') ?? '';
    if (attr(image, 'srcset')) prevImage.attribs.srcset = attr(image, 'srcset') as string;
    removeNode(noscript);
    return false;
  }
  return true;
}
