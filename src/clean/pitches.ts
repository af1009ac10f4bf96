import type { AnyNode, Element } from '../parse/dom';
import { contains, isElement, isTextNode } from '../parse/dom';
import { parseUrl, siteHost } from '../parse/url';
import { MAX_PITCH_DEPTH, MAX_PITCH_ELEMENTS, MAX_PITCH_TEXT, PITCH_HREF_RE, PITCH_STOP_TAGS } from './constants';

/**
 * Newsletter, subscription and donation pitches that no class name gives away: minified
 * ("a_nl"), generated ("dcr-1qx1x7g") or a plain `<p>` in the body ("Se vuoi restare
 * aggiornato … iscriviti alla newsletter. Basta cliccare qui"). What they share is where they
 * send the reader: the site's own newsletter, subscription or contribution page.
 *
 * @packageDocumentation
 */

/** Whether `href` leads to a pitch page (see PITCH_HREF_RE) on the page's own site or a subdomain of it. */
export function isPitchLink(href: string, pageHost: string | null): boolean {
  if (!PITCH_HREF_RE.test(href)) return false;
  const url = parseUrl(href, pageHost === null ? 'http://relative.invalid/' : `http://${pageHost}/`);
  if (!url) return false;
  if (pageHost === null) return url.host === 'relative.invalid';
  const host = siteHost(url);
  return host === pageHost || host.endsWith(`.${pageHost}`);
}

/**
 * Whether `el` can be a pitch box: no more than MAX_PITCH_TEXT of text in no more than
 * MAX_PITCH_ELEMENTS elements, and no link but pitch links (a story's own links, a privacy
 * notice's, end it). One walk, cut short as soon as any bound is passed.
 */
function isPitchSized(el: Element, pageHost: string | null): boolean {
  let text = 0;
  let elements = 0;
  const stack: AnyNode[] = [...el.children];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (isTextNode(node)) {
      text += node.data.length;
      if (text > MAX_PITCH_TEXT) return false;
    } else if (isElement(node)) {
      if (++elements > MAX_PITCH_ELEMENTS) return false;
      const href = node.name === 'a' ? node.attribs.href : undefined;
      if (href !== undefined && !isPitchLink(href, pageHost)) return false;
      for (const child of node.children) stack.push(child);
    }
  }
  return true;
}

/**
 * The block each pitch link stands in: the largest of its nearest MAX_PITCH_DEPTH ancestors
 * that is pitch-sized (see isPitchSized) and does not hold the headline, below the page's
 * structural containers. A pitch link inside a story's long paragraph stands in nothing.
 * @internal
 */
export function pitchBlocks(links: readonly Element[], keep: Element | null, base: string | null): Element[] {
  if (links.length === 0) return [];
  const page = base === null ? null : parseUrl(base);
  const pageHost = page ? siteHost(page) : null;
  // Each ancestor is measured once, however many pitch links sit below it.
  const fits = new Map<Element, boolean>();
  const fitsPitch = (el: Element): boolean => {
    let answer = fits.get(el);
    if (answer === undefined) {
      answer = !(keep && contains(el, keep)) && isPitchSized(el, pageHost);
      fits.set(el, answer);
    }
    return answer;
  };
  const blocks = new Set<Element>();
  for (const a of links) {
    if (!isPitchLink(a.attribs.href ?? '', pageHost)) continue;
    let block: Element | null = null;
    let depth = 0;
    for (let cur = a.parent; isElement(cur) && depth < MAX_PITCH_DEPTH && !PITCH_STOP_TAGS.has(cur.name) && fitsPitch(cur); cur = cur.parent, depth++) block = cur;
    if (block) blocks.add(block);
  }
  // A block inside another is removed with it.
  return [...blocks].filter((b) => !hasAncestorIn(b, blocks));
}

function hasAncestorIn(el: Element, set: ReadonlySet<Element>): boolean {
  for (let cur = el.parent; isElement(cur); cur = cur.parent) if (set.has(cur)) return true;
  return false;
}
