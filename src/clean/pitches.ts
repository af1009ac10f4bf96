import type { AnyNode, Element } from '../parse/dom';
import { contains, findDescendant, findImage, innerText, innerTextLongerThan, isElement, isTextNode, normalizeSpace, spacedText } from '../parse/dom';
import { parseUrl, registrableDomain, siteHost } from '../parse/url';
import { MAX_PITCH_DEPTH, MAX_PITCH_ELEMENTS, MAX_PITCH_TEXT, NOT_IN_PITCH_TAGS, PITCH_BOX, PITCH_BUTTON_RE, PROMO_FIGURE, PITCH_HREF_RE, PITCH_ICON_MAX_WIDTH, PITCH_ICON_RE, PITCH_STOP_TAGS, PITCH_TEXT_RE, PITCH_TITLE_LINE } from './constants';

const HEADING_TAGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const PARAGRAPH_TAGS: ReadonlySet<string> = new Set(['p', 'li']);

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

/** What a candidate pitch box holds, measured in one walk (see measurePitch). */
interface PitchShape {
  /** Characters of text. */
  text: number;
  /** Paragraphs and list items that hold no pitch link: the box's own copy, or a story's. */
  plainParagraphs: number;
  /** A heading: a box's title ("Before you move on …"). */
  heading: boolean;
  /** A short line met first that titles a headless box (see isTitleLine), not counted as copy. */
  titled: boolean;
}

/**
 * Measures `el` as a pitch box, or returns null when it cannot be one: more than
 * MAX_PITCH_TEXT of text or MAX_PITCH_ELEMENTS elements, a link that is not a pitch link (a
 * story's own links, a privacy notice's), or a picture, video or quote (a hero, a story).
 * One walk, cut short as soon as any bound is passed.
 */
function measurePitch(el: Element, pageHost: string | null): PitchShape | null {
  const shape: PitchShape = { text: 0, plainParagraphs: 0, heading: false, titled: false };
  let elements = 0;
  const stack: AnyNode[] = [...el.children];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (isTextNode(node)) {
      shape.text += node.data.length;
      if (shape.text > MAX_PITCH_TEXT) return null;
    } else if (isElement(node)) {
      if (++elements > MAX_PITCH_ELEMENTS || NOT_IN_PITCH_TAGS.has(node.name) || (node.name === 'img' && !isSmallImage(node))) return null;
      const href = node.name === 'a' ? node.attribs.href : undefined;
      if (href !== undefined && !isPitchLink(href, pageHost)) return null;
      if (HEADING_TAGS.has(node.name)) shape.heading = true;
      if (PARAGRAPH_TAGS.has(node.name) && !holdsPitchLink(node, pageHost)) {
        // One short line titles a headless box; a second is copy (a fact box's "Budget: $1.2 billion").
        if (!shape.titled && node.name === 'p' && isTitleLine(node)) shape.titled = true;
        else shape.plainParagraphs++;
      }
      for (const child of node.children) stack.push(child);
    }
  }
  return shape;
}


/**
 * A short line that titles a headless box rather than telling anything (PITCH_TITLE_LINE):
 * "Newsletter", "« La lettre des idées »". Read only up to its bound.
 */
function isTitleLine(p: Element): boolean {
  if (innerTextLongerThan(p, PITCH_TITLE_LINE.maxLength)) return false;
  const text = normalizeSpace(innerText(p));
  return text.length > 0 && !PITCH_TITLE_LINE.sentenceEndRe.test(text);
}

/** An icon or a logo (a pitch's payment-method strip), not a picture of the story. */
function isSmallImage(img: Element): boolean {
  const width = Number(img.attribs.width);
  return (Number.isFinite(width) && width > 0 && width <= PITCH_ICON_MAX_WIDTH) || PITCH_ICON_RE.test(`${img.attribs.src ?? ''} ${img.attribs.class ?? ''}`);
}

function holdsPitchLink(el: Element, pageHost: string | null): boolean {
  return findDescendant(el, (inner) => inner.name === 'a' && isPitchLink(inner.attribs.href ?? '', pageHost)) !== null;
}

/**
 * Whether a measured block reads as a pitch box rather than a story that links to one: at
 * most PITCH_BOX.maxPlainParagraphs paragraphs of its own copy, and those only under a
 * heading or in a short box; a short story's three paragraphs and its "Sign up" line are
 * not one box.
 */
function isPitchBox(shape: PitchShape): boolean {
  if (shape.plainParagraphs === 0) return true;
  return shape.plainParagraphs <= PITCH_BOX.maxPlainParagraphs && (shape.heading || shape.text <= PITCH_BOX.maxHeadlessText);
}

/**
 * The block each pitch link stands in: the largest of its nearest MAX_PITCH_DEPTH ancestors
 * that is a pitch box (see measurePitch, isPitchBox) and does not hold the headline, below
 * the page's structural containers, and whose text asks the reader to act (PITCH_TEXT_RE).
 * A pitch link inside a story's long paragraph stands in nothing.
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
      const shape = keep && contains(el, keep) ? null : measurePitch(el, pageHost);
      answer = shape !== null && isPitchBox(shape);
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
    // A pitch asks the reader to act: a sentence that names a newsletter is not one. Its
    // button may say so in a verb that is an ordinary word in a sentence ("S’inscrire").
    if (block && (PITCH_TEXT_RE.test(spacedText(block)) || isPitchButton(a))) blocks.add(block);
  }
  // A block inside another is removed with it.
  return [...blocks].filter((b) => !hasAncestorIn(b, blocks));
}

/** A pitch link that says only a button's verb (PITCH_BUTTON_RE): "S’inscrire", "Recíbela". */
function isPitchButton(a: Element): boolean {
  return !innerTextLongerThan(a, MAX_BUTTON_TEXT) && PITCH_BUTTON_RE.test(normalizeSpace(innerText(a)));
}
/** A button's text is a few words. */
const MAX_BUTTON_TEXT = 40;

function hasAncestorIn(el: Element, set: ReadonlySet<Element>): boolean {
  for (let cur = el.parent; isElement(cur); cur = cur.parent) if (set.has(cur)) return true;
  return false;
}

/**
 * Whether a `<figure>` is a promo rather than a picture of the story (PROMO_FIGURE): its
 * picture is a link, every link in it goes to that one page (host and path; tracking
 * parameters aside), a link of its own text sells a subscription (PROMO_FIGURE.actRe), and
 * the page is another site's (a publisher's shop, an affiliate's offer) or the site's own
 * pitch page (isPitchLink). A picture linked to its larger file, a photo linked to the site's
 * own story or gallery, and a caption that only mentions a magazine stay.
 * @internal
 */
export function isPromoFigure(figure: Element, base: string | null): boolean {
  let target: URL | null = null;
  let pictured = false;
  let selling = false;
  const other = findDescendant(figure, (d) => {
    if (d.name !== 'a') return false;
    const href = d.attribs.href?.trim();
    if (!href || href.startsWith('#')) return false;
    const url = parseUrl(href, base ?? RELATIVE_BASE);
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return true;
    if (target === null) target = url;
    else if (url.host !== target.host || url.pathname !== target.pathname) return true;
    if (findImage(d) !== null) pictured = true;
    else if (!selling) selling = PROMO_FIGURE.actRe.test(innerText(d).trim());
    return false;
  });
  const to = target as URL | null;
  if (other !== null || to === null || !pictured || !selling || PROMO_FIGURE.imageFileRe.test(to.pathname)) return false;
  const page = base === null ? null : parseUrl(base);
  if (page && registrableDomain(page.hostname) !== registrableDomain(to.hostname)) return true;
  return isPitchLink(to.href, page ? siteHost(page) : null);
}
const RELATIVE_BASE = 'http://relative.invalid/';
