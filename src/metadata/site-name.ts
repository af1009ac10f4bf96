import type { MetadataContext, Sourced } from './context';
import { metaSource } from './context';
import { BYLINE_PREFIX_RE, DIGIT_RE, MAX_SITE_NAME_WORDS, META_KEYS, TITLE_SPLIT_RE, TRAILING_SEPARATOR_RE, URL_LIKE_RE } from './constants';
import { listOf, stringOf } from './json-ld';
import { unwrapQuotes } from './meta-tags';
import { parseUrl, siteHost } from '../parse/url';

const WWW_RE = /^www\./i;

/**
 * Whether a site name is only the page's host written out, in lower case ("tinnhanh.example"
 * on https://tinnhanh.example/…, "www.livescience.com"): the address, not the name the site
 * gives itself in its publisher or its titles ("TinNhanh", "Live Science"). `pageUrls` are
 * the page's URL and its canonical URL.
 * @internal
 */
export function isPageHostName(name: string, pageUrls: readonly (string | null)[]): boolean {
  // A brand written with capitals ("Space.com", "TMZ.com", "Sportsnet.ca") is how the site
  // names itself; only the host as the browser shows it is an address, in lower case or all
  // in capitals, its ending too ("SIMPLYFOUND.COM").
  const written = name.trim();
  if (written !== written.toLowerCase() && written !== written.toUpperCase()) return false;
  const host = written.replace(WWW_RE, '').toLowerCase();
  return pageUrls.some((u) => {
    const url = u ? parseUrl(u) : null;
    return url !== null && siteHost(url).toLowerCase() === host;
  });
}

/**
 * A site name without a byline a template glued after a separator ("SIMPLYFOUND.COM | BY: JOE
 * WEE"): the last part opening with a byline word (BYLINE_PREFIX_RE) and then a short name
 * with no digits. "Golf Digest | Par 3 Courses" keeps its part.
 */
function withoutByline(name: string): string {
  const parts = name.split(TITLE_SPLIT_RE);
  const last = parts[parts.length - 1] as string;
  const label = parts.length > 1 ? BYLINE_PREFIX_RE.exec(last) : null;
  if (!label) return name;
  const person = last.slice(label[0].length).trim();
  if (!person || DIGIT_RE.test(person) || person.split(SPACE_RE).length > MAX_SITE_NAME_WORDS) return name;
  return name.slice(0, name.length - last.length).replace(TRAILING_SEPARATOR_RE, '').trim();
}

const SPACE_RE = /\s+/;

/**
 * The publication's name from machine-readable sources: `og:site_name` (and the app-name
 * metas), then the JSON-LD publisher or WebSite/Organization node. The title suffix is
 * the last resort, read once the headline is known (see headline.ts); it also replaces a
 * publisher named with its legal form ("Wikimedia Foundation, Inc." for "… - Wikipedia").
 * A meta that only writes the page's host ("tinnhanh.example") gives way to the publisher
 * (and, in headline.ts, to the title suffix that names the same site), and is the answer
 * only when neither names the site.
 * @internal
 */
export function readSiteName(ctx: MetadataContext, pageUrls: readonly (string | null)[] = []): Sourced<string | null> {
  let address: Sourced<string | null> | null = null;
  // og:site_name "http://www.tmz.com" is an address, not the site's name.
  for (const key of META_KEYS.siteName) {
    const written = ctx.metas.get(key)?.find((v) => !URL_LIKE_RE.test(v));
    if (!written) continue;
    // A template's quote marks around the whole name are not the name's ("«Заречный онлайн»").
    const value = withoutByline(unwrapQuotes(written));
    if (!isPageHostName(value, pageUrls)) return { value, source: metaSource(key) };
    address = { value, source: metaSource(key) };
    break;
  }
  const publisher = ctx.article ? listOf(ctx.article.publisher, ctx.ld.byId)[0] : undefined;
  let site = stringOf(publisher);
  if (site) site = unwrapQuotes(site);
  for (const node of ctx.ld.sites) {
    if (site) break;
    site = stringOf(node.name);
  }
  // A publisher that writes the same host is no other name for the site.
  const sameHost = address !== null && site !== null && site.toLowerCase() === address.value?.toLowerCase();
  if (site && !URL_LIKE_RE.test(site) && !sameHost) return { value: site, source: 'json-ld' };
  return address ?? { value: null, source: null };
}
