import type { Element } from '../parse/dom';
import { comparisonKey, contains, innerText, innerTextLongerThan, isElement } from '../parse/dom';
import { DEK_ANCESTOR_LEVELS, DEK_SIBLING_WINDOW, MAX_DEK_CONTAINER_TEXT, MAX_DEK_LENGTH } from './constants';

/**
 * The dek is an element right under the headline: one of the first few following siblings
 * of the `<h1>` or of one of its wrappers, or inside such a sibling when it is small (a
 * header block), never deep inside the body container that follows. A `<h2>` that is the
 * headline's very next element is its dek too (Medium, many blog themes).
 * @internal
 */
export function findDek(candidates: readonly Element[], h1: Element | null, headline: string | null): string | null {
  if (!h1) return null;
  const near: Array<{ el: Element; small: boolean }> = [];
  let anchor: Element | null = h1;
  for (let level = 0; anchor && level < DEK_ANCESTOR_LEVELS; level++) {
    let count = 0;
    for (let sibling = anchor.next; sibling && count < DEK_SIBLING_WINDOW; sibling = sibling.next) {
      if (!isElement(sibling)) continue;
      count++;
      near.push({ el: sibling, small: !innerTextLongerThan(sibling, MAX_DEK_CONTAINER_TEXT) });
    }
    anchor = isElement(anchor.parent) ? anchor.parent : null;
  }
  const isNear = (el: Element): boolean => near.some((n) => n.el === el || (n.small && contains(n.el, el)));
  const pool = candidates.filter(isNear);
  const first = near[0]?.el;
  if (first && first.name === 'h2' && first.parent === h1.parent) pool.unshift(first);
  const headlineKey = headline ? comparisonKey(headline) : '';
  for (const el of pool) {
    const text = innerText(el);
    if (text && text.length <= MAX_DEK_LENGTH && comparisonKey(text) !== headlineKey) return text;
  }
  return null;
}
