import type { Element } from '../parse/dom';
import { STORY_TAG, contains, isElement, isImage, walkElements } from '../parse/dom';
import { MAX_HERO_CONTAINER_TEXT, MAX_PRECEDING_SIBLINGS } from './weights';

function lowestCommonAncestor(a: Element, b: Element): Element | null {
  const seen = new Set<Element>();
  for (let cur: Element | null = a; cur; cur = isElement(cur.parent) ? cur.parent : null) seen.add(cur);
  for (let cur: Element | null = b; cur; cur = isElement(cur.parent) ? cur.parent : null) if (seen.has(cur)) return cur;
  return null;
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
): Element[] {
  const images: Element[] = [];
  // Images inside the body's own nodes are read with the body.
  const inBody = (el: Element): boolean => nodes.some((n) => contains(n, el));
  let scope: Element | null = null;
  if (headline && headline.parent && !contains(root, headline)) {
    scope = lowestCommonAncestor(headline, root);
    if (!scope || scope.name === 'body' || scope.name === 'html') return [];
    // Document order: images after the headline and before the body's root. When headline
    // and body share the story's own <article>, a hero set above the headline is the story's
    // too (a full-width picture, then the headline over the byline).
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
    if (!containers.some((c) => contains(c, box))) containers.push(box);
  }
  return containers;
}

