import { attr } from '../parse/dom';
import { resolveUrl } from '../parse/url';
import type { MetadataContext, Sourced } from './context';
import { metaSource } from './context';
import { META_KEYS } from './constants';
import { firstMeta } from './meta-tags';
import { urlOf } from './json-ld';

const REL_SPLIT_RE = /\s+/;

/**
 * The canonical URL: `<link rel=canonical>`, `og:url`, the JSON-LD article's url, else the
 * URL the page was fetched from. Relative values resolve against `base`.
 * @internal
 */
export function readCanonicalUrl(ctx: MetadataContext, base: string | null, pageUrl: string | null): Sourced<string | null> {
  for (const link of ctx.index.links) {
    if (!(attr(link, 'rel') ?? '').toLowerCase().split(REL_SPLIT_RE).includes('canonical')) continue;
    const value = resolveUrl(attr(link, 'href'), base);
    if (value) return { value, source: 'link' };
  }
  const og = firstMeta(ctx.metas, META_KEYS.url);
  const ogUrl = og ? resolveUrl(og.value, base) : null;
  if (og && ogUrl) return { value: ogUrl, source: metaSource(og.key) };
  if (ctx.article) {
    const value = resolveUrl(urlOf(ctx.article.url) ?? urlOf(ctx.article.mainEntityOfPage), base);
    if (value) return { value, source: 'json-ld' };
  }
  return { value: pageUrl, source: pageUrl ? 'url' : null };
}
