import type { MetadataContext, Sourced } from './context';
import { metaSource } from './context';
import { META_KEYS, URL_LIKE_RE } from './constants';
import { listOf, stringOf } from './json-ld';

/**
 * The publication's name from machine-readable sources: `og:site_name` (and the app-name
 * metas), then the JSON-LD publisher or WebSite/Organization node. The title suffix is
 * the last resort, read once the headline is known (see headline.ts); it also replaces a
 * publisher named with its legal form ("Wikimedia Foundation, Inc." for "… - Wikipedia").
 * @internal
 */
export function readSiteName(ctx: MetadataContext): Sourced<string | null> {
  // og:site_name "http://www.tmz.com" is an address, not the site's name.
  for (const key of META_KEYS.siteName) {
    const value = ctx.metas.get(key)?.find((v) => !URL_LIKE_RE.test(v));
    if (value) return { value, source: metaSource(key) };
  }
  const publisher = ctx.article ? listOf(ctx.article.publisher, ctx.ld.byId)[0] : undefined;
  let site = stringOf(publisher);
  for (const node of ctx.ld.sites) {
    if (site) break;
    site = stringOf(node.name);
  }
  return site && !URL_LIKE_RE.test(site) ? { value: site, source: 'json-ld' } : { value: null, source: null };
}
