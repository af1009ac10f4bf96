import type { Element } from '../parse/dom';
import { nextElementSibling, prevElementSibling } from 'domutils';
import { attr, findDescendant, findImage, isElement, isTextNode, trimEndChars, trimStartChars } from '../parse/dom';
import { CSS_URL_RE, DRAWN_IMAGE, FIGURE_MEDIA_TAGS, LAZY_BACKGROUND_ATTRIBUTES, LAZY_SRC_ATTRIBUTES, LAZY_SRCSET_ATTRIBUTES, PLACEHOLDER_SRC_RE, PREVIEW_RENDITION_QUERY_RE, PREVIEW_SRC, SOURCE_SRCSET_ATTRIBUTES } from './constants';

/** True when an image has no real source yet (missing, or a placeholder). */
export function hasPlaceholderSrc(img: Element): boolean {
  const src = attr(img, 'src');
  return !src || PLACEHOLDER_SRC_RE.test(src);
}

/**
 * Whether an image's markup marks its `src` as a low-quality preview the lazy source replaces
 * (PREVIEW_SRC: Habr's `data-blurred="true"`, a `data-lowsrc` beside it, a "blur-up" class).
 * Only the marks are read, so this holds for a real file too: it is read only where a lazy
 * attribute or a noscript twin holds the picture itself.
 */
function isMarkedPreview(img: Element): boolean {
  for (const name of PREVIEW_SRC.flags) {
    const value = img.attribs[name];
    if (value !== undefined && (value === '' || value.trim().toLowerCase() === 'true')) return true;
  }
  for (const name of PREVIEW_SRC.previewAttributes) if (attr(img, name)) return true;
  const cls = img.attribs.class;
  return cls !== undefined && PREVIEW_SRC.classRe.test(cls);
}

/** A URL's path without its scheme and host, and its query (without "?" or the fragment). */
function pathAndQuery(url: string): { path: string; query: string } {
  const hash = url.indexOf('#');
  const bare = hash < 0 ? url : url.slice(0, hash);
  const q = bare.indexOf('?');
  const path = (q < 0 ? bare : bare.slice(0, q)).replace(URL_ORIGIN_RE, '');
  return { path, query: q < 0 ? '' : bare.slice(q + 1) };
}
const URL_ORIGIN_RE = /^(?:[a-z][a-z\d+.-]*:)?\/\/[^/?#]*/i;

/**
 * Whether `src` is a blurred or low-quality rendition of the file `lazySrc` names: the same
 * path, a query of its own that says so (PREVIEW_RENDITION_QUERY_RE: Naver's "?type=w80_blur"
 * beside "?type=w966").
 */
function isPreviewRendition(src: string | null, lazySrc: string): boolean {
  if (!src) return false;
  const own = pathAndQuery(src.trim());
  const lazy = pathAndQuery(lazySrc.trim());
  return own.path !== '' && own.path === lazy.path && own.query !== lazy.query && PREVIEW_RENDITION_QUERY_RE.test(own.query);
}

/**
 * A file name that says the `src` is no article picture (MailOnline's lazy `<img
 * src=…/m_logo_154x115px.png data-src=…/image.jpg>`: the site's logo standing in until the
 * script runs; a spinner, an icon, a spacer or a tracking pixel): the words assemble's
 * NON_ARTICLE_IMAGE_RE drops an image for. Kept here, not in ./constants.ts, because it is
 * read only by isStandInSrc. Matched against the URL's path, not its host.
 */
const STAND_IN_SRC_RE = /logo|icon|spinner|loader|spacer|pixel|(?<!\d)1x1(?!\d)/i;

/**
 * Whether an image's own `src` is a stand-in that the lazy source replaces: a logo, icon or
 * pixel (STAND_IN_SRC_RE) that would be dropped as no article picture anyway, while the lazy
 * source names another file that is none of these. A real logo lazily loading another logo
 * (a "logo.png" with a "logo@2x.png" data-src) keeps its own.
 */
function isStandInSrc(src: string | null, lazySrc: string): boolean {
  if (!src) return false;
  const own = pathAndQuery(src.trim()).path;
  const lazy = pathAndQuery(lazySrc.trim()).path;
  return own !== lazy && STAND_IN_SRC_RE.test(own) && !STAND_IN_SRC_RE.test(lazy);
}

/** The first of `names` an element holds a URL in that is no placeholder. */
function firstRealValue(el: Element, names: readonly string[]): string | null {
  for (const name of names) {
    const value = attr(el, name);
    if (value && !PLACEHOLDER_SRC_RE.test(value)) return value;
  }
  return null;
}

/**
 * The srcset of the `<source>` a `<picture>` shows in place of its `<img>`: the first with no
 * media query (one with a query is a crop for some screens), else the first. Its own srcset,
 * or a lazy one past a placeholder (`srcset="data:…" data-srcset="…"`).
 */
function pictureSrcset(img: Element): string | null {
  const picture = img.parent;
  if (!isElement(picture) || picture.name !== 'picture') return null;
  let fallback: string | null = null;
  for (const source of picture.children) {
    if (source === img) break;
    if (!isElement(source) || source.name !== 'source') continue;
    const srcset = firstRealValue(source, SOURCE_SRCSET_ATTRIBUTES);
    if (!srcset) continue;
    if (!attr(source, 'media')?.trim()) return srcset;
    fallback ??= srcset;
  }
  return fallback;
}

/**
 * Moves a lazy-loading image's real URL into `src` / `srcset`, as the site's script would.
 * A placeholder `src` that a srcset replaces is removed: it is no picture of its own, and
 * the srcset's candidates are read instead (see assemble/figures.ts).
 * @internal
 */
export function unlazyImage(img: Element): void {
  const lazySrcset = LAZY_SRCSET_ATTRIBUTES.map((name) => attr(img, name)).find(Boolean);
  const lazySrc = firstRealValue(img, LAZY_SRC_ATTRIBUTES);
  // A preview the markup marks as one (a blurred thumbnail) gives way to the lazy source as a placeholder does.
  // So does a blurred rendition of the same file, named so in its query (isPreviewRendition).
  // So does a logo or pixel standing in for it (isStandInSrc).
  const preview =
    (lazySrc !== null || lazySrcset !== undefined) &&
    (isMarkedPreview(img) || (lazySrc !== null && (isPreviewRendition(attr(img, 'src'), lazySrc) || isStandInSrc(attr(img, 'src'), lazySrc))));
  let placeholder = preview || hasPlaceholderSrc(img);
  if (placeholder && lazySrc) {
    img.attribs.src = lazySrc;
    placeholder = false;
  }
  if (!attr(img, 'srcset') || (preview && lazySrcset)) {
    const srcset = lazySrcset ?? (placeholder ? pictureSrcset(img) : null);
    if (srcset) img.attribs.srcset = srcset;
  }
  // Kept when no srcset stands in for it: a real file named "placeholder" is then the picture.
  if (placeholder && attr(img, 'srcset') && img.attribs.src !== undefined) delete img.attribs.src;
}

/** Whether an image holds a lazy source (LAZY_SRC_ATTRIBUTES, LAZY_SRCSET_ATTRIBUTES) that is no placeholder. */
function hasLazySource(img: Element): boolean {
  return firstRealValue(img, LAZY_SRC_ATTRIBUTES) !== null || LAZY_SRCSET_ATTRIBUTES.some((name) => attr(img, name));
}

const CSS_QUOTES = '\'"';

/**
 * Turns a lazy CSS background into the `<img>` it shows, when it is where a picture would be:
 * an empty element whose parent is a `<figure>` that captions it and holds no other media
 * (a hero set as a background: `<figure><div class="rocket-lazyload" data-bg=…></div>
 * <figcaption>`). The caption names it as the figure's picture; a background anywhere else
 * (a section band, a card, a texture) is decoration. Returns whether it became an image.
 * @internal
 */
export function unlazyBackground(el: Element): boolean {
  const raw = firstRealValue(el, LAZY_BACKGROUND_ATTRIBUTES);
  if (!raw) return false;
  const figure = el.parent;
  if (!isElement(figure) || figure.name !== 'figure') return false;
  if (el.children.some((c) => isElement(c) || (isTextNode(c) && c.data.trim()))) return false;
  if (!figure.children.some((c) => isElement(c) && c.name === 'figcaption')) return false;
  if (findDescendant(figure, (d) => FIGURE_MEDIA_TAGS.has(d.name))) return false;
  const inner = CSS_URL_RE.exec(raw.trim())?.[1];
  const src = inner === undefined ? raw.trim() : trimEndChars(trimStartChars(inner.trim(), CSS_QUOTES), CSS_QUOTES);
  if (!src) return false;
  el.name = 'img';
  el.attribs.src = src;
  return true;
}

/**
 * Turns an empty element a script draws the figure's picture into (DRAWN_IMAGE: the BBC's
 * `<div class="js-delayed-image-load" data-src=… data-alt=… data-width=…>`) into that `<img>`,
 * when it sits in a `<figure>` that holds no other media: the figure names it as its picture,
 * its credit and caption beside it. Returns whether it became an image.
 * @internal
 */
export function unlazyDrawnImage(el: Element): boolean {
  const src = el.attribs['data-src'];
  if (src === undefined || !DRAWN_IMAGE.tags.has(el.name) || !DRAWN_IMAGE.fileRe.test(src)) return false;
  if (el.children.some((c) => isElement(c) || (isTextNode(c) && c.data.trim()))) return false;
  let figure: Element | null = null;
  let cur = el.parent;
  for (let level = 0; isElement(cur) && level < DRAWN_IMAGE.maxLevels; level++, cur = cur.parent) {
    if (cur.name === 'figure') {
      figure = cur;
      break;
    }
  }
  if (figure === null || findDescendant(figure, (d) => FIGURE_MEDIA_TAGS.has(d.name)) !== null) return false;
  el.name = 'img';
  el.attribs.src = src.trim();
  for (const [from, to] of DRAWN_IMAGE.attributes) {
    const value = el.attribs[from];
    if (value !== undefined && el.attribs[to] === undefined) el.attribs[to] = value;
  }
  return true;
}

/** Whether an image (not yet resolved by unlazyImage) waits for a script: a placeholder, a lazy source or a marked preview. */
function isLazyImage(img: Element): boolean {
  return hasPlaceholderSrc(img) || hasLazySource(img) || isMarkedPreview(img);
}

/**
 * Resolves a `<noscript>` (parsed as markup, see parse/parse-html.ts): when it holds the
 * real image of a lazy `<img>` just before it, that image's URL moves to the placeholder;
 * so too for a lazy `<img>` right after it (Zhihu and Medium set the `<noscript>` copy
 * first); when the page has no other copy of the image, the noscript's content is kept.
 * Returns whether to keep the noscript (its content is walked as normal content) or drop it.
 * @internal
 */
export function resolveNoscript(noscript: Element): 'keep' | 'drop' {
  const image = findImage(noscript);
  if (!image) return 'drop';
  const prev = prevElementSibling(noscript);
  const prevImage = prev ? findImage(prev) : null;
  if (!prevImage) {
    // (The image after it is not resolved yet: the walk reaches it next.)
    const next = nextElementSibling(noscript);
    const nextImage = next ? findImage(next) : null;
    if (!nextImage || !isLazyImage(nextImage)) return 'keep';
    if (hasPlaceholderSrc(nextImage) && !hasLazySource(nextImage)) takeTwin(nextImage, image);
    return 'drop';
  }
  // A marked preview with a lazy source of its own took it already (unlazyImage).
  if (hasPlaceholderSrc(prevImage) || (isMarkedPreview(prevImage) && !hasLazySource(prevImage))) takeTwin(prevImage, image);
  return 'drop';
}

/** Gives a lazy image its noscript twin's URL, keeping the placeholder element's place (it may be inside `<picture>`). */
function takeTwin(placeholder: Element, image: Element): void {
  placeholder.attribs.src = attr(image, 'src') ?? '';
  const srcset = attr(image, 'srcset');
  if (srcset) placeholder.attribs.srcset = srcset;
  // A bare placeholder (alt="" and no size, to be filled in by the script) says nothing of
  // the picture; the noscript copy describes it. A placeholder that states its own keeps it.
  const alt = attr(image, 'alt');
  if (alt?.trim() && !attr(placeholder, 'alt')?.trim()) placeholder.attribs.alt = alt;
  if (!attr(placeholder, 'width')?.trim() && !attr(placeholder, 'height')?.trim()) {
    for (const side of ['width', 'height'] as const) {
      const value = attr(image, side);
      if (value) placeholder.attribs[side] = value;
    }
  }
}
