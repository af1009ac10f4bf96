import type { Figure } from '../types';
import { resolveUrl } from '../parse/url';
import type { MetadataContext, Sourced } from './context';
import { metaSource } from './context';
import { META_KEYS, SITE_DEFAULT_IMAGE } from './constants';
import { firstMeta } from './meta-tags';
import { isLdNode, listOf, stringOf, urlOf } from './json-ld';

/** Pixel sizes in metadata: a number, or a string of digits. */
const PIXELS_RE = /^\s*(\d{1,6})\s*$/;

function pixels(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : null;
  const match = typeof value === 'string' ? PIXELS_RE.exec(value) : null;
  const n = match?.[1] ? Number.parseInt(match[1], 10) : 0;
  return n > 0 ? n : null;
}

/** A URL's path: no scheme, host, query or fragment. */
function urlPath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

/**
 * Whether a shared image is the site's own, not the story's (SITE_DEFAULT_IMAGE): a default
 * share picture, a placeholder, the site's icon.
 * @internal
 */
export function isSiteDefaultImage(src: string): boolean {
  const path = urlPath(src);
  return SITE_DEFAULT_IMAGE.defaultRe.test(path) || SITE_DEFAULT_IMAGE.placeholderRe.test(path) || SITE_DEFAULT_IMAGE.siteIconRe.test(path) || isShareCardName(path);
}

/**
 * Whether a file name is made only of share and layout words and sizes (two parts at least),
 * one a share word (SITE_DEFAULT_IMAGE.shareCard): "fb_landscape_share.png", "fbico_ogp_600x600.png".
 */
function isShareCardName(path: string): boolean {
  const file = path.slice(path.lastIndexOf('/') + 1);
  const dot = file.lastIndexOf('.');
  if (dot <= 0) return false;
  const { shareRe, layoutWords, sizeRe, minParts } = SITE_DEFAULT_IMAGE.shareCard;
  const parts = file.slice(0, dot).split(STEM_PART_SPLIT_RE).filter((p) => p !== '');
  if (parts.length < minParts) return false;
  let shared = false;
  for (const part of parts) {
    if (shareRe.test(part)) shared = true;
    else if (!layoutWords.has(part.toLowerCase()) && !sizeRe.test(part)) return false;
  }
  return shared;
}
const STEM_PART_SPLIT_RE = /[-_.@]/;

/**
 * The image the page shares itself with: the first `og:image` (or Twitter image) that
 * resolves to a safe absolute URL and is not the site's default (isSiteDefaultImage), else
 * the JSON-LD article's image.
 * @internal
 */
export function readImage(ctx: MetadataContext, base: string | null): Sourced<Figure | null> {
  for (const key of META_KEYS.image) {
    for (const value of ctx.metas.get(key) ?? []) {
      const src = resolveUrl(value, base);
      if (!src || isSiteDefaultImage(src)) continue;
      const figure: Figure = {
        src,
        alt: ctx.metas.get('og:image:alt')?.[0] ?? null,
        caption: null,
        credit: null,
        width: pixels(firstMeta(ctx.metas, META_KEYS.imageWidth)?.value),
        height: pixels(firstMeta(ctx.metas, META_KEYS.imageHeight)?.value),
      };
      return { value: figure, source: metaSource(key) };
    }
  }
  for (const node of ctx.article ? listOf(ctx.article.image, ctx.ld.byId) : []) {
    const src = resolveUrl(urlOf(node), base);
    if (!src || isSiteDefaultImage(src)) continue;
    const ld = isLdNode(node) ? node : null;
    const figure: Figure = {
      src,
      alt: null,
      caption: ld ? stringOf(ld.caption) : null,
      credit: null,
      width: ld ? pixels(ld.width) : null,
      height: ld ? pixels(ld.height) : null,
    };
    return { value: figure, source: 'json-ld' };
  }
  return { value: null, source: null };
}
