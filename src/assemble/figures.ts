import type { Figure } from '../types';
import type { AnyNode, Element } from '../parse/dom';
import { attr, classAndId, findDescendant, findImage, innerText, innerTextLongerThan, isElement, isTextNode, normalizeSpace, separatedText, spacedText, textContentExcept, trimEndChars, walkElements } from '../parse/dom';
import { resolveUrl } from '../parse/url';
import { CAPTION_CLASS_RE, CHART_CREDIT_RE, DATA_SOURCE_LINE_RE, NUMBERED_EXHIBIT_RE, CREDIT_CLASS_RE, CREDIT_ITEMPROPS, CREDIT_WORD_RE, SOURCE_CLASS_RE, STRONG_CREDIT_CLASS_RE, DENSITY_AS_WIDTH, DIMENSION_RE, LEFT_CREDIT_LABEL_RE, MIN_IMAGE_SIDE, NOT_A_CREDIT, CAPTION_OPENING_MARK_RE, CAPTION_LEAD_CONTROL, SLIDE_COUNTER, STATED_RATIO, STATED_SIZE_ATTRIBUTES, VIDEO_POSTER, NON_ARTICLE_IMAGE_RE, CAPTIONED_NON_ARTICLE_IMAGE_RE, CAPTIONED_PICTURE, IMAGE_URL_PARAM_RE, ACTION_ICON, FIGURE_TITLE, PLACEHOLDER_ALT_RE, TRAILING_CREDIT, WORD_RE, LABELLED_TRAILING_CREDIT_TAGS, MAX_WHOLE_CREDIT_LENGTH, DESCRIBED_NOT_CREDITED_RE, CAPTION_UNSEEN, PLAYER_NOTICE_RE, BYLINE_AVATAR, LABEL_ELEMENT_CREDIT } from './constants';
import type { CaptionParts } from './credit';
import { cleanCredit, opensWithCreditLabel, splitCredit, trimCaptionSeparators } from './credit';
import { embeddedImageSrc } from './data-image';
import { formulaText } from './math';

const WHITESPACE_RE = /\s+/;
const LEADING_COMMAS_RE = /^,+/;
const DESCRIPTOR_RE = /^(\d+(?:\.\d+)?)([wx])$/;

/**
 * The widest candidate of a `srcset`. Candidates are split the way the HTML standard does:
 * a URL runs to whitespace (so commas inside it, as image CDNs write them, stay), and a
 * comma ends a candidate only after its URL or descriptor.
 */
export function largestSrcset(srcset: string): string | null {
  const tokens = srcset.trim().split(WHITESPACE_RE);
  let best: string | null = null;
  let bestSize = -1;
  for (let i = 0; i < tokens.length; i++) {
    let url = (tokens[i] as string).replace(LEADING_COMMAS_RE, '');
    let descriptor = '';
    if (url.endsWith(',')) {
      url = trimEndChars(url, ',');
    } else if (i + 1 < tokens.length) {
      // A loop, not /,+$/: that regex retries from every comma of a long run (quadratic).
      descriptor = trimEndChars(tokens[++i] as string, ',');
    }
    if (!url) continue;
    const match = DESCRIPTOR_RE.exec(descriptor);
    const size = match?.[1] ? Number.parseFloat(match[1]) * (match[2] === 'x' ? DENSITY_AS_WIDTH : 1) : 0;
    if (size > bestSize) {
      bestSize = size;
      best = url;
    }
  }
  return best;
}

/** A width or height attribute in pixels; "100%" or "auto" say nothing about the image. */
export function parseDimension(raw: string | null | undefined): number | null {
  const match = raw ? DIMENSION_RE.exec(raw) : null;
  const n = match?.[1] ? Number.parseInt(match[1], 10) : 0;
  return n > 0 ? n : null;
}

function dimension(el: Element, name: 'width' | 'height'): number | null {
  return parseDimension(attr(el, name));
}

/** The largest term of an aspect ratio written as a size pair (21:9). */
const MAX_RATIO_TERM = 21;

/**
 * The `width` and `height` an image states, a side it lacks taken from a data attribute pair
 * (STATED_SIZE_ATTRIBUTES) that agrees with the side it states, or whole when it states none.
 */
function statedSize(img: Element): [number | null, number | null] {
  const width = dimension(img, 'width');
  const height = dimension(img, 'height');
  if (width !== null && height !== null) return [width, height];
  for (const [widthAttr, heightAttr] of STATED_SIZE_ATTRIBUTES) {
    const dataWidth = parseDimension(attr(img, widthAttr));
    const dataHeight = parseDimension(attr(img, heightAttr));
    // A pair of small numbers is an aspect ratio ("16"/"9", "4"/"3", "1"/"1"), not pixels.
    if (dataWidth === null || dataHeight === null || (dataWidth <= MAX_RATIO_TERM && dataHeight <= MAX_RATIO_TERM)) continue;
    if ((width === null || width === dataWidth) && (height === null || height === dataHeight)) return [dataWidth, dataHeight];
  }
  return [width, height];
}

/**
 * Whether the image's inline style sizes it below MIN_IMAGE_SIDE: a wire's tracking pixel
 * `style="border:0px; width:1px; height:1px;"`. Only for telling pixels apart: the Figure's
 * width and height are what the attributes state.
 */
function styledSmall(img: Element): boolean {
  const style = attr(img, 'style');
  if (!style) return false;
  for (const m of style.matchAll(STYLE_PX_SIZE_RE)) if (Number(m[1]) < MIN_IMAGE_SIDE) return true;
  return false;
}
const STYLE_PX_SIZE_RE = /(?:^|[;\s])(?:width|height)\s*:\s*(\d+(?:\.\d+)?)px/gi;

/**
 * The Figure of an `<img>` (caption left empty), or `null` for images that are not the
 * article's: icons, tracking pixels, spacers, logos, data: URIs but for a picture embedded
 * whole with no other source (embeddedImageSrc: a notebook's chart). A generator's
 * placeholder alt (PLACEHOLDER_ALT_RE) is no alt.
 * @internal
 */
export function figureFromImage(img: Element, base: string | null): Figure | null {
  const rawSrc = attr(img, 'src');
  const srcset = attr(img, 'srcset');
  const dataSrc = rawSrc !== null && DATA_URI_RE.test(rawSrc);
  const candidate = rawSrc && !dataSrc ? rawSrc : srcset ? largestSrcset(srcset) : null;
  const [statedWidth, statedHeight] = statedSize(img);
  const width = statedWidth ?? (statedHeight === null ? parseDimension(attr(img, STATED_RATIO.widthAttr)) : null);
  const height = statedHeight ?? (width !== null && statedWidth === null ? ratioHeight(img, width) : null);
  const resolved = resolveUrl(candidate, base);
  // (A URL's words are tested for a logo's or an icon's; a base64 payload's letters say nothing.)
  const embedded = !resolved && dataSrc && !srcset ? embeddedImageSrc(rawSrc as string, width, height) : null;
  const src = resolved ?? embedded;
  if (!src) return null;
  if ((width !== null && width < MIN_IMAGE_SIDE) || (height !== null && height < MIN_IMAGE_SIDE) || styledSmall(img)) return null;
  if (NON_ARTICLE_IMAGE_RE.test(classAndId(img))) return null;
  if (embedded === null) {
    const words = imageUrlWords(src);
    // A file name's "logo" or "icon" is no sign against a picture the story captions.
    if (NON_ARTICLE_IMAGE_RE.test(words) && (CAPTIONED_NON_ARTICLE_IMAGE_RE.test(words) || !captionedPicture(img))) return null;
  }
  const alt = normalizeSpace(attr(img, 'alt') ?? '');
  if (embedded === null && isActionIcon(img, src, alt, width, height)) return null;
  if (isVideoPoster(img) || (embedded === null && isBylineAvatar(img, src, width, height))) return null;
  return { src, alt: alt && !PLACEHOLDER_ALT_RE.test(alt) ? alt : null, caption: null, credit: null, width, height };
}
const DATA_URI_RE = /^\s*data:/i;

/**
 * Whether the story captions the picture (CAPTIONED_PICTURE): a wrapper within a few levels
 * of it is a <figure>, holds a caption, or is followed by one. Only the wrappers' own children
 * and next siblings are looked at.
 */
function captionedPicture(img: Element): boolean {
  let el: Element = img;
  for (let depth = 0; depth < CAPTIONED_PICTURE.maxDepth; depth++) {
    const parent = el.parent;
    if (!isElement(parent) || parent.name === 'body') return false;
    if (parent.name === 'figure' || parent.children.some((c) => c !== el && isCaptionElement(c))) return true;
    const next = nextElement(parent);
    if (next && isCaptionElement(next)) return true;
    el = parent;
  }
  return false;
}

function isCaptionElement(el: AnyNode): boolean {
  if (!isElement(el)) return false;
  return el.name === 'figcaption' || (el.attribs.class !== undefined && CAPTION_CLASS_RE.test(el.attribs.class) && findImage(el) === null);
}

function nextElement(el: Element): Element | null {
  for (let n = el.next; n; n = n.next) {
    if (isElement(n)) return n;
    if (isTextNode(n) && n.data.trim()) return null;
  }
  return null;
}

/**
 * Whether a picture is a page action's icon (ACTION_ICON): a link's whole content, no larger
 * than an icon and not linking to a picture, named a button by its file name's stem or only an
 * action's name by its alt.
 */
function isActionIcon(img: Element, src: string, alt: string, width: number | null, height: number | null): boolean {
  const link = img.parent;
  if (!isElement(link) || link.name !== 'a' || !link.children.every((c) => c === img || (isTextNode(c) && !c.data.trim()))) return false;
  // A photo is stated larger, or links to its own full size ("belly_button.jpg" at 800x600).
  if ((width !== null && width > ACTION_ICON.maxSide) || (height !== null && height > ACTION_ICON.maxSide) || ACTION_ICON.imageHrefRe.test(link.attribs.href ?? '')) return false;
  if (alt && ACTION_ICON.altRe.test(alt)) return true;
  const path = src.split(URL_TAIL_RE, 1)[0] as string;
  const file = path.slice(path.lastIndexOf('/') + 1);
  const dot = file.lastIndexOf('.');
  return ACTION_ICON.fileRe.test(dot > 0 ? file.slice(0, dot) : file);
}
/**
 * Whether a picture is a video card's poster (see VIDEO_POSTER): the nearest box above it named
 * for a video is small and holds a play control or a running time. CNN's
 * "<div class=video-resource__image><img><span class=video-resource__duration>02:14</span>",
 * Video.js's "<span class=vjs-big-play-button>".
 */
function isVideoPoster(img: Element): boolean {
  let box = img.parent;
  for (let i = 0; isElement(box) && i < VIDEO_POSTER.maxLevels; i++, box = box.parent) {
    if (!VIDEO_POSTER.boxRe.test(classAndId(box))) continue;
    if (innerTextLongerThan(box, VIDEO_POSTER.maxText)) return false;
    return box.attribs['data-duration'] !== undefined || findDescendant(box, isPlayOrRunningTime) !== null;
  }
  return false;
}

/**
 * Whether a picture is a byline's avatar (BYLINE_AVATAR): stated small, alone in its box, and
 * the element right after its box a short "Written by <a>…</a>" line.
 */
function isBylineAvatar(img: Element, src: string, width: number | null, height: number | null): boolean {
  const sides = [width, height].filter((n): n is number => n !== null);
  for (const m of src.matchAll(BYLINE_AVATAR.queryRe)) sides.push(Number(m[1]));
  if (sides.length === 0 || sides.some((n) => n > BYLINE_AVATAR.maxSide)) return false;
  let box: Element = img;
  for (let i = 0; i <= BYLINE_AVATAR.maxLevels; i++) {
    let next = box.next;
    while (next && isTextNode(next) && !next.data.trim()) next = next.next;
    if (isElement(next)) {
      if (innerTextLongerThan(next, BYLINE_AVATAR.maxLineLength)) return false;
      return isBylineOnlyLine(next);
    }
    if (next) return false;
    const parent = box.parent;
    if (!isElement(parent) || parent.name === 'figure' || innerTextLongerThan(parent, 0)) return false;
    box = parent;
  }
  return false;
}

/** Whether a line is only a byline (BYLINE_AVATAR): its label, a link reading as a person's name, at most a date. */
function isBylineOnlyLine(line: Element): boolean {
  const text = normalizeSpace(innerText(line));
  if (!BYLINE_AVATAR.lineRe.test(text)) return false;
  const link = findDescendant(line, (d) => d.name === 'a');
  if (link === null) return false;
  const name = normalizeSpace(innerText(link));
  const at = name ? text.indexOf(name) : -1;
  if (at < 0) return false;
  return BYLINE_AVATAR.labelRe.test(text.slice(0, at)) && BYLINE_AVATAR.nameRe.test(name) && BYLINE_AVATAR.afterRe.test(text.slice(at + name.length));
}

function isPlayOrRunningTime(el: Element): boolean {
  // (A <button> is gone by now: clean removes controls. A play icon's element stays.)
  if (VIDEO_POSTER.playClassRe.test(classAndId(el))) return true;
  // A running time alone in its element ("02:14"), not a sentence that holds one.
  return el.children.every(isTextNode) && NOT_A_CREDIT.runningTime.test(innerText(el));
}

/** Whether an element is or holds a paragraph block (a caption's `<p>` in an accordion's custom element). */
function holdsBlock(el: Element): boolean {
  return CAPTION_BLOCK_TAGS.has(el.name) || findDescendant(el, (d) => CAPTION_BLOCK_TAGS.has(d.name)) !== null;
}
const CAPTION_BLOCK_TAGS: ReadonlySet<string> = new Set(['p', 'div']);

/** The height a `data-ratio` (height over width, beside `data-w`) gives for `width`, or null (see STATED_RATIO). */
function ratioHeight(img: Element, width: number): number | null {
  const ratio = Number.parseFloat(attr(img, STATED_RATIO.ratioAttr) ?? '');
  return ratio > 0 && ratio <= STATED_RATIO.maxRatio ? Math.round(width * ratio) : null;
}

/** Where a URL's path ends: its query or fragment. */
const URL_TAIL_RE = /[?#]/;
/** A URL's scheme and host, before its path. */
const URL_ORIGIN_RE = /^(?:[a-z][a-z\d+.-]*:)?\/\/[^/?#]*/i;

/** A URL's path: no scheme, host, query or fragment. */
function urlPath(url: string): string {
  return (url.split(URL_TAIL_RE, 1)[0] as string).replace(URL_ORIGIN_RE, '');
}

/**
 * The words of an image URL that say what the picture is, for NON_ARTICLE_IMAGE_RE: its path,
 * and the path of a query value that is a picture's address itself (IMAGE_URL_PARAM_RE: an
 * optimizer's "?url=%2Fbrand%2Flogo.png"). The host names the server ("cdn.shortpixel.ai"), and
 * the other parameters the rendition ("?width=1280&pixel_ratio=1", "?dpr=2"), not the picture.
 * @internal
 */
export function imageUrlWords(src: string): string {
  const path = urlPath(src);
  const q = src.indexOf('?');
  const hash = src.indexOf('#');
  if (q < 0 || (hash >= 0 && hash < q)) return path;
  let words = path;
  for (const param of src.slice(q + 1, hash < 0 ? undefined : hash).split('&')) {
    let value = param.slice(param.indexOf('=') + 1);
    try {
      value = decodeURIComponent(value);
    } catch {
      // A malformed escape: the value as written.
    }
    if (IMAGE_URL_PARAM_RE.test(value)) words += ` ${urlPath(value)}`;
  }
  return words;
}

/**
 * Reads a caption element: a credit element inside it (`<span class="credit">`,
 * `itemprop="copyrightHolder"`) gives the
 * credit and the rest is the caption; otherwise the credit is split off the text.
 * @internal
 */
export function readCaption(el: Element): { caption: string | null; credit: string | null } {
  const parts = readCaptionParts(el, captionSkips(el));
  if (parts.caption === null) return parts;
  const own = withoutLeadingControl(withoutCaptionControls(parts.caption, el), el);
  // (A caption that is only its control says nothing.)
  const read = own ? withoutSlideCounter(own.replace(CAPTION_OPENING_MARK_RE, ''), el) : null;
  // A player's notice where it cannot play ("Media playback is unsupported…") is no caption.
  const caption = read !== null && PLAYER_NOTICE_RE.test(read) ? null : read;
  return caption === parts.caption ? parts : { caption, credit: parts.credit };
}

/**
 * The words of a caption's own show/hide button, alone in an element inside the caption:
 * NPR's `<p>A chairlift… <b class="hide-caption"><b>hide caption</b></b></p><b
 * class="toggle-caption"><b>toggle caption</b></b>` ("expand caption" elsewhere). The toggle
 * wording of assemble's BOILERPLATE_PARAGRAPH_RE ("show|hide|expand|collapse captions"), plus
 * "toggle"; kept here, as only captions are read for it. Not "open"/"close": "<b>Open
 * captions</b> are burned into the film" is the caption's subject.
 */
const CAPTION_CONTROL_RE = /^(?:show|hide|toggle|expand|collapse) (?:the )?(?:full )?captions?$/i;
/** A control's text is a few words: longer elements are not read for CAPTION_CONTROL_RE. */
const MAX_CAPTION_CONTROL_LENGTH = 24;
/**
 * A control is a button, or an element named as one, or inside one so named, within the
 * caption: `<em>Show Caption</em>` in a caption's text is a title in italics.
 */
const CAPTION_CONTROL_NAME_RE = /caption|toggle|hide|show|expand|collapse|button|control/i;

/**
 * The caption without the text of its controls (CAPTION_CONTROL_RE, CAPTION_CONTROL_NAME_RE),
 * each an element inside it holding the words whole, taken off the caption's end or start as
 * often as they stand there ("… hide caption toggle caption"). The same words in the caption's
 * own sentence ("Hide caption contests…") stay.
 */
function withoutCaptionControls(caption: string, el: Element): string {
  const controls: string[] = [];
  walkElements(el, (child) => {
    if (innerTextLongerThan(child, MAX_CAPTION_CONTROL_LENGTH)) return true;
    const text = innerText(child);
    if (CAPTION_CONTROL_RE.test(text) && isCaptionControl(child, el)) controls.push(text);
    return false;
  });
  let out = caption;
  for (let cut = controls.length > 0; cut; ) {
    cut = false;
    for (const text of controls) {
      if (out.endsWith(text)) out = out.slice(0, out.length - text.length).trimEnd();
      else if (out.startsWith(text)) out = out.slice(text.length).trimStart();
      else continue;
      cut = true;
    }
  }
  return out;
}

/** Whether `child` is a button, or an element named as a control, or inside one so named, within `caption` (CAPTION_CONTROL_NAME_RE). */
function isCaptionControl(child: Element, caption: Element): boolean {
  if (child.name === 'button' || child.attribs.role === 'button') return true;
  for (let cur: Element | null = child; cur && cur !== caption; cur = isElement(cur.parent) ? cur.parent : null) {
    if (CAPTION_CONTROL_NAME_RE.test(classAndId(cur))) return true;
  }
  return false;
}

/**
 * The caption without a picture viewer's control opening it (CAPTION_LEAD_CONTROL): the
 * caption's first text is an element's whole text, a control label, and a separator follows it
 * ("Enlarge / Engineers prepare…" → "Engineers prepare…").
 */
function withoutLeadingControl(caption: string, el: Element): string {
  const control = firstTextElement(el);
  if (control === null || control === el || innerTextLongerThan(control, CAPTION_LEAD_CONTROL.maxLength)) return caption;
  const label = normalizeSpace(innerText(control));
  if (!CAPTION_LEAD_CONTROL.labelRe.test(label) || !caption.startsWith(label)) return caption;
  const separator = CAPTION_LEAD_CONTROL.separatorRe.exec(caption.slice(label.length));
  return separator ? caption.slice(label.length + separator[0].length) : caption;
}

/** The element whose own text node is the first non-blank text of `el`, in document order (`el` itself when its text opens it). */
function firstTextElement(el: Element): Element | null {
  for (const child of el.children) {
    if (isTextNode(child)) {
      if (child.data.trim()) return el;
    } else if (isElement(child)) {
      const found = firstTextElement(child);
      if (found) return found;
    }
  }
  return null;
}

/**
 * The caption without a gallery's slide counter at its start (SLIDE_COUNTER): "[1/2]People
 * shop…" → "People shop…". A counter is furniture when bracketed, glued to the caption's first
 * word, or alone in its own element; else "1/2 cup of flour…" is the caption's own text.
 */
function withoutSlideCounter(caption: string, el: Element): string | null {
  const counter = SLIDE_COUNTER.leadRe.exec(caption);
  if (!counter) return caption;
  const rest = caption.slice(counter[0].length);
  const furniture = counter[0].startsWith('[') || SLIDE_COUNTER.gluedRe.test(rest) || counterElementOpens(el);
  return furniture ? rest.trim() || null : caption;
}

/** Whether the caption's first text sits alone in an element of its own and is a slide counter ("<span class=counter>1 of 2</span>"). */
function counterElementOpens(el: Element): boolean {
  const first = findDescendant(el, (d) => d.children.some((c) => isTextNode(c) && c.data.trim() !== ''));
  return first !== null && first !== el && SLIDE_COUNTER.wholeRe.test(innerText(first));
}

/** Longest text read as a caption's more/less switch (CAPTION_UNSEEN.toggleRe). */
const MAX_TOGGLE_LENGTH = 20;

/**
 * The elements of a caption the page does not print for the sighted reader (CAPTION_UNSEEN):
 * text for screen readers only, its "… more" / "less" switches, and the short one of two
 * copies of the caption shown one at a time. Two walks of the caption.
 * @internal
 */
export function captionSkips(el: Element): ReadonlySet<Element> {
  const skips = new Set<Element>();
  const parents: Element[] = [el];
  walkElements(el, (child) => {
    if (CAPTION_UNSEEN.screenReaderClassRe.test(child.attribs.class ?? '') || isCaptionToggle(child, el)) {
      skips.add(child);
      return false;
    }
    parents.push(child);
    return true;
  });
  const skip = (e: Element): boolean => skips.has(e);
  for (const parent of parents) {
    const copies = parent.children.filter((c): c is Element => isElement(c) && !skips.has(c));
    if (copies.length < 2) continue;
    const texts = copies.map((c) => normalizeSpace(textContentExcept(c, skip)).replace(CAPTION_UNSEEN.ellipsisEndRe, ''));
    for (let i = 0; i < copies.length; i++) {
      for (let j = i + 1; j < copies.length; j++) {
        const shorter = shorterCopy(copies[i] as Element, texts[i] as string, copies[j] as Element, texts[j] as string);
        if (shorter) skips.add(shorter);
      }
    }
  }
  return skips;
}

/**
 * Whether an element is a caption's more/less switch (CAPTION_UNSEEN.toggleRe): a button or an
 * element named as a switch; a plain link only after an ellipsis ("… more") or closing the
 * caption after its sentence ("… on Saturday. Read more"), not a word of the sentence ("Find
 * <a>more</a> photos", "drive less and cycle <a>more</a>").
 */
function isCaptionToggle(el: Element, caption: Element): boolean {
  const named = el.name === 'button' || el.attribs.role === 'button' || CAPTION_UNSEEN.toggleNameRe.test(classAndId(el));
  if (!named && !CAPTION_UNSEEN.toggleTags.has(el.name)) return false;
  if (innerTextLongerThan(el, MAX_TOGGLE_LENGTH)) return false;
  const text = normalizeSpace(innerText(el));
  if (!CAPTION_UNSEEN.toggleRe.test(text)) return false;
  if (named || CAPTION_UNSEEN.ellipsisStartRe.test(text)) return true;
  const whole = normalizeSpace(innerText(caption));
  return whole.endsWith(text) && CAPTION_UNSEEN.sentenceEndRe.test(whole.slice(0, whole.length - text.length));
}

/**
 * Of two sibling elements, the short copy of a caption the other holds whole (CAPTION_UNSEEN):
 * named as the short form beside one named as the full form, or whose text the other's is or
 * opens with; else null. Of two equal copies, the second.
 */
function shorterCopy(a: Element, aText: string, b: Element, bText: string): Element | null {
  if (!aText || !bText) return null;
  const aNames = a.attribs.class ?? '';
  const bNames = b.attribs.class ?? '';
  const [short, long, shortEl] = bText.length <= aText.length ? [bText, aText, b] : [aText, bText, a];
  // Named full and short: still one text the other's or its opening ("Harbour at dawn" beside
  // "The ferry leaves the harbour …" is a title and its caption).
  const named = (CAPTION_UNSEEN.fullNameRe.test(aNames) && CAPTION_UNSEEN.shortNameRe.test(bNames)) || (CAPTION_UNSEEN.fullNameRe.test(bNames) && CAPTION_UNSEEN.shortNameRe.test(aNames));
  if (named) return long.startsWith(short) ? shortEl : null;
  if (short.length < CAPTION_UNSEEN.minCopyLength || (short.match(WORD_RE)?.length ?? 0) < CAPTION_UNSEEN.minCopyWords) return null;
  return long.startsWith(short) ? shortEl : null;
}

function readCaptionParts(el: Element, skips: ReadonlySet<Element>): { caption: string | null; credit: string | null } {
  let creditEl: Element | null = null;
  // A "source" element is the credit only when nothing is named a credit: a chart's
  // "c-chart__source" line is its data's source, beside its "c-chart__credit".
  let sourceEl: Element | null = null;
  walkElements(el, (child) => {
    if (creditEl || skips.has(child)) return false;
    const names = classAndId(child);
    if (CREDIT_CLASS_RE.test(names) || CREDIT_ITEMPROPS.has((attr(child, 'itemprop') ?? '').toLowerCase())) {
      // A box named for both (Quanta's "_pattribution-w-auto _pcaption-w-auto") wraps the
      // caption and the credit: the credit is inside it (a "caption-link" is the credit's own link).
      if (findDescendant(child, (inner) => inner.name !== 'a' && CAPTION_CLASS_RE.test(classAndId(inner))) !== null) return true;
      if (SOURCE_CLASS_RE.test(names) && !STRONG_CREDIT_CLASS_RE.test(names)) {
        sourceEl ??= child;
        return false;
      }
      creditEl = child;
      return false;
    }
    return true;
  });
  creditEl ??= sourceEl;
  // A "credit" element that holds a caption and its labelled credit is the caption's box
  // (beehiiv's "image__source": "… from 2027. Photo: Halcyon Semiconductor").
  if (creditEl !== null && holdsCaptionAndCredit(creditEl)) creditEl = null;
  creditEl ??= trailingCreditElement(el);
  if (!creditEl) {
    const labelled = labelElementCredit(el, skips);
    if (labelled !== null) return labelled;
    const whole = skips.size > 0 ? normalizeSpace(separatedText(el, (e) => skips.has(e))) : formulaText(el);
    const parts = splitCredit(whole);
    // A numbered exhibit's "Source: …" that describes its data ("Harwell Center analysis of
    // cost reports") stays in its caption; one that only names an owner ("NASA/JPL",
    // "Wikimedia Commons") is a picture's credit.
    if (parts.credit !== null && NUMBERED_EXHIBIT_RE.test(whole) && DATA_SOURCE_LINE_RE.test(whole.slice((parts.caption ?? '').length)) && (parts.credit.match(WORD_RE)?.length ?? 0) > MAX_OWNER_CREDIT_WORDS) {
      return { caption: normalizeSpace(whole) || null, credit: null };
    }
    return parts;
  }
  const creditText = innerText(creditEl);
  const credit = cleanCredit(creditText);
  // (A formula in the caption is read as mathText; the caption's own text spaced as separatedText spaces it.)
  const credited = creditEl;
  const rest = (findDescendant(el, (d) => d.name === 'math') !== null ? formulaText(el, credited) : normalizeSpace(separatedText(el, (e) => e === credited || skips.has(e)))).replace(LEFT_CREDIT_LABEL_RE, '');
  const parts = splitCredit(rest);
  // Beside a chart's credit element, a "Source: …" line is the data's source, the caption's
  // own ("Source: rate filings · Get the data" over "Chart: Theo Ruiz"); beside a photo's, a credit.
  if (credit !== null && parts.credit !== null && CHART_CREDIT_RE.test(creditText) && DATA_SOURCE_LINE_RE.test(rest.slice((parts.caption ?? '').length))) return { caption: rest || null, credit };
  // The separator that stood between the caption and its credit element goes with the credit.
  const creditFirst = innerText(el).startsWith(creditText);
  return { caption: parts.caption === null ? null : trimCaptionSeparators(parts.caption, creditFirst) || null, credit: credit ?? parts.credit };
}

/**
 * The caption and its credit when the credit's label is an element of its own and the credit
 * loose text after it to the caption's end (LABEL_ELEMENT_CREDIT): "<figcaption>… test
 * depot.<strong>Image Credits:</strong> Devin Costa / TechCrunch</figcaption>" gives "… test
 * depot." and "Devin Costa / TechCrunch", glued or not; the label and its text must read as a
 * whole credit, as a labelled last element must (trailingCreditElement). Read in the caption's
 * only wrapper (a `<p>` holding it all); null when the caption holds no such label, or nothing
 * before it (a credit alone is splitCredit's).
 */
function labelElementCredit(el: Element, skips: ReadonlySet<Element>): CaptionParts | null {
  let box = el;
  for (let only = soleContent(box); only !== null; only = soleContent(box)) box = only;
  const children = box.children;
  const after: string[] = [];
  let at = children.length - 1;
  for (; at >= 0; at--) {
    const child = children[at] as AnyNode;
    if (isTextNode(child)) after.unshift(child.data);
    else if (!isElement(child) || skips.has(child)) continue;
    else if (LABEL_ELEMENT_CREDIT.tags.has(child.name) && LABEL_ELEMENT_CREDIT.labelRe.test(innerText(child))) break;
    else if (LABEL_ELEMENT_CREDIT.nameTags.has(child.name)) after.unshift(innerText(child));
    else return null;
  }
  if (at <= 0) return null;
  const skip = (e: Element): boolean => skips.has(e);
  const before = normalizeSpace(children.slice(0, at).map((c) => (isTextNode(c) ? c.data : isElement(c) && !skips.has(c) ? textContentExcept(c, skip) : ' ')).join(''));
  const name = normalizeSpace(after.join(''));
  const credit = normalizeSpace(`${innerText(children[at] as Element)} ${name}`);
  if (!before || !name || credit.length > MAX_WHOLE_CREDIT_LENGTH || !opensWithCreditLabel(credit) || DESCRIBED_NOT_CREDITED_RE.test(credit)) return null;
  if (!TRAILING_CREDIT.captionEnd.test(before) && !LABEL_ELEMENT_CREDIT.nameStartRe.test(name)) return null;
  return { caption: trimCaptionSeparators(before) || null, credit: cleanCredit(credit) };
}

/** The one element a caption's box holds with no text beside it (a `<p>` around the whole caption), or null. */
function soleContent(box: Element): Element | null {
  let only: Element | null = null;
  for (const child of box.children) {
    if (isTextNode(child)) {
      if (child.data.trim()) return null;
    } else if (isElement(child)) {
      if (only !== null) return null;
      only = child;
    }
  }
  return only;
}

/** Words of a credit that only names an owner: "NASA/JPL", "Wikimedia Commons", "Bureau of Statistics". */
const MAX_OWNER_CREDIT_WORDS = 3;

function holdsCaptionAndCredit(el: Element): boolean {
  const parts = splitCredit(innerText(el));
  // "Photo illustration by Slate. Photo by X" is two credits, not a caption and a credit.
  return parts.caption !== null && parts.credit !== null && !CREDIT_WORD_RE.test(parts.caption);
}

/**
 * A credit in an element of its own with no telling name, after a caption: one that opens
 * with a credit's label (LABELLED_TRAILING_CREDIT_TAGS), or one after a caption that ends its
 * sentence: `<figcaption><span>… el lunes.</span><span class="a_m_m">Claudio Álvarez</span>`,
 * `<div class=myndatexti>… hafa kólnað. <span class=ljosmyndari>Morgunroði/Kristinn
 * Magnússon</span></div>`. The credit element is the caption's last child, short and not a
 * sentence (see TRAILING_CREDIT), after another element or the caption's own text.
 */
function trailingCreditElement(el: Element): Element | null {
  let last: Element | null = null;
  let beforeLast: Element | null = null;
  let count = 0;
  let textBefore = false;
  for (const child of el.children) {
    if (isTextNode(child)) {
      if (!child.data.trim()) continue;
      // Text after the last element: the caption goes on past it.
      last = null;
      textBefore = true;
    } else if (isElement(child)) {
      beforeLast = last;
      last = child;
      count++;
    }
  }
  if (!last || (count < 2 && !textBefore)) return null;
  const credit = innerText(last);
  // A credit's label opens it ("Foto: Carola Brandt / dpa"): the credit, however it is written.
  if (LABELLED_TRAILING_CREDIT_TAGS.has(last.name) && credit.trim().length <= MAX_WHOLE_CREDIT_LENGTH && opensWithCreditLabel(credit.trim()) && !DESCRIBED_NOT_CREDITED_RE.test(credit.trim())) return last;
  if (!TRAILING_CREDIT.tags.has(last.name)) return null;
  // After the caption's own text, a name alone may be a place, a title or a quote's author:
  // only a credit written as one ("Outlet/Name", a credit's word) counts there.
  if (count < 2 && !credit.includes('/') && !CREDIT_WORD_RE.test(credit)) return null;
  if (!credit || credit.length > TRAILING_CREDIT.maxLength || TRAILING_CREDIT.creditEnd.test(credit) || TRAILING_CREDIT.digit.test(credit)) return null;
  const words = credit.match(TRAILING_CREDIT.word) ?? [];
  if (words.length > TRAILING_CREDIT.maxWords || TRAILING_CREDIT.controls.test(credit)) return null;
  // Written like names: each word capitalised, but for a few that credits hold in lower case;
  // small print after the caption's block is a credit in any case (TRAILING_CREDIT.smallAnyCase).
  const smallPrint = last.name === TRAILING_CREDIT.smallAnyCase && words.length <= TRAILING_CREDIT.smallMaxWords && beforeLast !== null && holdsBlock(beforeLast);
  if (!smallPrint && words.some((w) => w === w.toLowerCase() && w !== w.toUpperCase() && !TRAILING_CREDIT.lowerWords.has(w))) return null;
  return TRAILING_CREDIT.captionEnd.test(normalizeSpace(spacedText(el, last))) ? last : null;
}


/**
 * The credit an uncaptioned picture's `title` attribute states in a credit's form (a label
 * first: "Фото: пресс-служба администрации", "Photo: Reuters", "© Jane Roe"; see
 * opensWithCreditLabel: WHOLE_CREDIT_RE or a guarded label before a name), as DataLife Engine's editors write it (it has no caption field), or null.
 * A title that names the picture ("Мост через Сосновый ручей") is no credit.
 * @internal
 */
export function imageTitleCredit(img: Element): string | null {
  const title = normalizeSpace(attr(img, 'title') ?? '');
  if (!title || title.length > MAX_WHOLE_CREDIT_LENGTH || !opensWithCreditLabel(title) || DESCRIBED_NOT_CREDITED_RE.test(title)) return null;
  return cleanCredit(title);
}

/**
 * The `<figure>` whose title `el` is (see FIGURE_TITLE), or null: a heading or a title-named
 * element, short and holding no picture, under plain wrappers of a figure that holds a picture
 * and little text.
 * @internal
 */
export function titledFigure(el: Element): Element | null {
  const names = el.attribs.class ?? '';
  if (el.name === 'figcaption' || (!FIGURE_TITLE.headingRe.test(el.name) && !FIGURE_TITLE.classRe.test(names)) || FIGURE_TITLE.screenReaderClassRe.test(names)) return null;
  let figure = el.parent;
  for (let i = 0; isElement(figure) && figure.name !== 'figure'; i++, figure = figure.parent) {
    if (i >= FIGURE_TITLE.maxLevels || !FIGURE_TITLE.wrapperTags.has(figure.name)) return null;
  }
  if (!isElement(figure) || innerTextLongerThan(el, FIGURE_TITLE.maxLength) || innerTextLongerThan(figure, FIGURE_TITLE.maxFigureText)) return null;
  if (findImage(el) !== null || findImage(figure) === null) return null;
  return figure;
}

/**
 * The title of the `<figure>` a picture opens (its first picture), outside its figcaption
 * (see FIGURE_TITLE), or null.
 * @internal
 */
export function figureTitle(img: Element): string | null {
  let figure = img.parent;
  for (let i = 0; isElement(figure) && figure.name !== 'figure'; i++, figure = figure.parent) if (i >= FIGURE_TITLE.maxLevels * 2) return null;
  if (!isElement(figure) || innerTextLongerThan(figure, FIGURE_TITLE.maxFigureText) || findImage(figure) !== img) return null;
  const titles: string[] = [];
  const box = figure;
  walkElements(box, (el) => {
    if (el.name === 'figcaption') return false;
    if (titledFigure(el) !== box) return true;
    const text = normalizeSpace(innerText(el));
    if (text && !FIGURE_TITLE.fileNameRe.test(text)) titles.push(text);
    return false;
  });
  return titles.length > 0 ? titles.join(' ') : null;
}

/**
 * A figure's caption after its title (see FIGURE_TITLE): the title alone, or the two as
 * sentences ("China’s Factory Gauge Stays Below 50. Readings since 2022.") when the caption
 * does not already open with the title.
 * @internal
 */
export function titledCaption(title: string, caption: string | null): string {
  if (!caption || caption === title) return title;
  if (caption.startsWith(title)) return caption;
  return FIGURE_TITLE.sentenceEndRe.test(title) ? `${title} ${caption}` : `${title}. ${caption}`;
}
