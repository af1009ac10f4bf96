import type { Element } from '../parse/dom';
import { LETTER_RE, STORY_TAG, adjacentElement, classAndId, commonAncestor, contains, findDescendant, findImage, innerText, innerTextLongerThan, isElement, isHiddenByMarkup, isImage, normalizeSpace, walkElements } from '../parse/dom';
import { WP_SIZE_SUFFIX_RE, splitFileName } from '../parse/url';
import { CAPTION_NAME_RE, HERO_NAMED_AS_HEADLINE_ATTRIBUTES, MAX_HERO_SIDE_CAPTION_TEXT, MAX_HEADLINE_BLOCK_DEPTH, MIN_COVER_FILE_NAME, MAX_HEADLINE_BLOCK_TEXT, MAX_HERO_CONTAINER_TEXT, MAX_PRECEDING_SIBLINGS } from './weights';

/**
 * The images set before the headline in its own block (see MAX_HEADLINE_BLOCK_DEPTH): the
 * nearest wrapper of the `<h1>`, below `scope` and outside the body, that holds an image
 * before it (not inside a link) and little text.
 */
function imagesBesideHeadline(headline: Element, root: Element, scope: Element, pageImage: string | null): Element[] {
  let cur = headline.parent;
  let below: Element = headline;
  for (let depth = 0; isElement(cur) && cur !== scope && depth < MAX_HEADLINE_BLOCK_DEPTH; below = cur, cur = cur.parent, depth++) {
    if (contains(cur, root) || innerTextLongerThan(cur, MAX_HEADLINE_BLOCK_TEXT)) return [];
    const before: Element[] = [];
    let done = false;
    walkElements(cur, (el) => {
      if (done || el === headline) {
        done = true;
        return false;
      }
      // A hidden image is a tracking pixel ("<img style='display:none' src=counter.lt…>"); a
      // linked one a logo or tile of another page (a podcast's program logo).
      if (el.name === 'a' && el.attribs.href !== undefined) return false;
      if (isImage(el) && !isHiddenByMarkup(el)) before.push(el);
      return true;
    });
    if (before.length > 0) return before;
  }
  // The headline's block reaches the container it shares with the body.
  return cur === scope && pageImage !== null ? coverAbove(below, pageImage) : [];
}

/**
 * A cover picture set above the headline's block, in the container that holds the body too
 * (Notion's `<div class=layout-full><img></div>` over the title's block, a page builder's
 * featured image over its heading widget): the element just before that block, when it holds
 * no text and no link (a logo is linked) and its picture is the file the page names as its
 * own image (a promo there is not).
 */
function coverAbove(block: Element, pageImage: string): Element[] {
  let prev = block.prev;
  while (prev && !isElement(prev)) prev = prev.prev;
  if (!isElement(prev) || innerTextLongerThan(prev, 0)) return [];
  // WordPress serves the cover in a size of its upload ("…-hero-1024x576.jpg" for "…-hero.jpg").
  const upload = (src: string): string => splitFileName(src).name.replace(WP_SIZE_SUFFIX_RE, '');
  const file = upload(pageImage);
  if (file.length < MIN_COVER_FILE_NAME) return [];
  const images: Element[] = [];
  let linked = false;
  walkElements(prev, (el) => {
    if (el.name === 'a' && el.attribs.href !== undefined) linked = true;
    if (isImage(el) && !isHiddenByMarkup(el)) images.push(el);
    return !linked;
  });
  // (clean/ has moved a lazy image's file into its src.)
  return !linked && images.some((img) => upload(img.attribs.src ?? '') === file) ? images : [];
}

/**
 * The picture set right before a headline that sits in the block it shares with the body,
 * when it is named as the headline (HERO_NAMED_AS_HEADLINE_ATTRIBUTES: Bitrix's
 * detail_picture): an unlinked, visible image, the element just before the headline.
 */
function imageNamedAsHeadline(headline: Element): Element[] {
  let prev = headline.prev;
  while (prev && !isElement(prev)) prev = prev.prev;
  if (!isElement(prev) || !isImage(prev) || isHiddenByMarkup(prev)) return [];
  const title = normalizeSpace(innerText(headline)).toLowerCase();
  if (!title) return [];
  const img = prev;
  return HERO_NAMED_AS_HEADLINE_ATTRIBUTES.some((name) => normalizeSpace(img.attribs[name] ?? '').toLowerCase() === title) ? [img] : [];
}

/**
 * The containers of the hero image: images between the headline and the body (or just
 * before the body when there is no headline), each widened to the largest wrapper that
 * still holds only the image, its caption and its gallery furniture.
 * @internal
 */
export function findHeroContainers(
  root: Element,
  nodes: readonly Element[],
  headline: Element | null,
  text: (el: Element) => number,
  pageImage: string | null = null,
): Element[] {
  const images: Element[] = [];
  // Images inside the body's own nodes are read with the body.
  const inBody = (el: Element): boolean => nodes.some((n) => contains(n, el));
  let scope: Element | null = null;
  if (headline && headline.parent && !contains(root, headline)) {
    const common = commonAncestor(headline, root);
    scope = isElement(common) ? common : null;
    if (!scope || scope.name === 'body' || scope.name === 'html') return [];
    // Document order: images after the headline and before the body's root. When headline
    // and body share the story's own <article>, a hero set above the headline is the story's
    // too (a full-width picture, then the headline over the byline).
    images.push(...imagesBesideHeadline(headline, root, scope, pageImage));
    // A headline set straight in that container may have its picture, named as it, just above.
    if (images.length === 0 && headline.parent === scope) images.push(...imageNamedAsHeadline(headline));
    let started = scope.name === STORY_TAG;
    let done = false;
    walkElements(scope, (el) => {
      if (done) return false;
      if (el === root) {
        done = true;
        return false;
      }
      if (el === headline) {
        started = true;
        return false;
      }
      if (started && isImage(el) && !inBody(el)) images.push(el);
      return true;
    });
  } else {
    // Before the body's first part: siblings of the root merged into the body (and the
    // pictures between them) are the body, read in their place.
    const first = nodes.find((n) => n.parent === root.parent) ?? root;
    let sibling = first.prev;
    for (let count = 0; sibling && count < MAX_PRECEDING_SIBLINGS; sibling = sibling.prev) {
      if (!isElement(sibling)) continue;
      count++;
      walkElements(sibling, (el) => {
        if (isImage(el)) images.push(el);
      });
      if (isImage(sibling)) images.push(sibling);
    }
    images.reverse();
    scope = isElement(root.parent) ? root.parent : null;
  }
  const containers: Element[] = [];
  for (const img of images) {
    let box: Element = img;
    for (let parent = img.parent; isElement(parent) && parent !== scope; parent = parent.parent) {
      if (text(parent) > MAX_HERO_CONTAINER_TEXT || (headline && contains(parent, headline))) break;
      box = parent;
    }
    if (containers.some((c) => contains(c, box))) continue;
    containers.push(box);
    const caption = captionBeside(box, headline, inBody);
    if (caption) containers.push(caption);
  }
  return containers;
}

/** Whether an element is named as a caption or a credit (CAPTION_NAME_RE). */
function isCaptionNamed(el: Element): boolean {
  const names = classAndId(el);
  return names !== '' && CAPTION_NAME_RE.test(names);
}

/** Whether an element holds a letter in text outside its links. */
function hasWordsOutsideLinks(el: Element): boolean {
  let found = el.children.some((c) => c.type === 'text' && LETTER_RE.test(c.data));
  walkElements(el, (d) => {
    if (found || d.name === 'a') return false;
    for (const c of d.children) if (c.type === 'text' && LETTER_RE.test(c.data)) found = true;
    return !found;
  });
  return found;
}

/**
 * The caption box a hero's wrapper has beside it rather than inside: WordPress themes'
 * `<div class=entry-image><img></div><div class=featured-image-caption><p>…</p><p>Image: X</p></div>`
 * with no `<figure>`. The element right after the wrapper, when it is named as a caption or a
 * credit (CAPTION_NAME_RE), holds no picture, the headline or the body, and at most
 * MAX_HERO_SIDE_CAPTION_TEXT characters; and the wrapper holds no caption of its own. Not when
 * the wrapper itself comes right after a caption-named element: that page sets each caption
 * before its picture, and the one after is the next picture's.
 */
function captionBeside(box: Element, headline: Element | null, inBody: (el: Element) => boolean): Element | null {
  const next = adjacentElement(box, 1);
  if (next === null || !isCaptionNamed(next) || findImage(next) !== null || innerTextLongerThan(next, MAX_HERO_SIDE_CAPTION_TEXT) || inBody(next)) return null;
  // A box of links only is a control beside the picture ("View gallery (14 photos)", "▶ Play
  // video 2:31"), not words about it.
  if (!hasWordsOutsideLinks(next)) return null;
  if (headline && contains(next, headline)) return null;
  const before = adjacentElement(box, -1);
  if (before !== null && isCaptionNamed(before)) return null;
  return findDescendant(box, (d) => d.name === 'figcaption' || isCaptionNamed(d)) === null ? next : null;
}

