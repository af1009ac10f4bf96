import type { Author } from '../types';
import type { Element } from '../parse/dom';
import { attr, compileQuery, innerText, isElement, queryAll } from '../parse/dom';
import { resolveUrl } from '../parse/url';
import type { MetadataContext } from './context';
import { AUTHOR_HREF_RE, AUTHOR_URL_META_KEYS, MAX_LINK_ANCESTOR_DEPTH, NOT_AN_AUTHOR_PAGE_RE, PARENTHESISED_URL_RE, SOCIAL_PAGE_RE, URL_LIKE_RE } from './constants';

const ANCHOR_QUERY = compileQuery('a[href]');
const TOKEN_SPLIT_RE = /[\t\n\f\r ]+/;
/** An author page is a web page (resolveUrl also lets mailto: and ftp: through). */
const HTTP_RE = /^https?:/i;

/** Splits link text into names; passed in so this module does not import the byline splitter back. */
export type NameSplitter = (text: string) => string[];

/** The nearest `<a href>` around `el`, within a few levels: `<a href><span class=author>Jane</span></a>`. */
function enclosingLink(el: Element): Element | null {
  let cur: Element | null = el;
  for (let depth = 0; cur && depth <= MAX_LINK_ANCESTOR_DEPTH; depth++) {
    if (cur.name === 'a' && attr(cur, 'href') !== null) return cur;
    cur = isElement(cur.parent) ? cur.parent : null;
  }
  return null;
}

function hasAuthorRel(a: Element): boolean {
  const rel = attr(a, 'rel');
  return rel !== null && rel.toLowerCase().split(TOKEN_SPLIT_RE).includes('author');
}

/**
 * The links a byline gives its names, by lower-cased name. A link counts when its text is
 * the name ("By <a href=/by/jane-doe>Jane Doe</a>", "<a>Brenda Goodman, MA</a>" for "Brenda
 * Goodman"), whatever its path: a site's author pages are "/by/", "/bio/", "/u/" or a
 * subdomain. A link that says it is the author's (`rel=author`, an author path) wins over a
 * plain one with the same text, a profile page over a Twitter link.
 */
export function bylineLinks(el: Element, base: string | null, split: NameSplitter): Map<string, string> {
  const links = new Map<string, string>();
  const strong = new Set<string>();
  const inside = el.name === 'a' ? [el] : queryAll(ANCHOR_QUERY, el);
  const around = inside.length === 0 ? enclosingLink(el) : null;
  for (const a of around ? [around] : inside) {
    const href = attr(a, 'href');
    if (!href || NOT_AN_AUTHOR_PAGE_RE.test(href)) continue;
    const url = resolveUrl(href, base);
    if (!url || !HTTP_RE.test(url)) continue;
    const isStrong = hasAuthorRel(a) || AUTHOR_HREF_RE.test(href);
    const text = innerText(a);
    // A link around two names ("Mike Wuerthele and Malcolm Owen") is neither one's page.
    const names = split(text);
    for (const key of new Set([text, ...(names.length === 1 ? names : [])].map((n) => n.toLowerCase()))) {
      if (!key || (links.has(key) && (strong.has(key) || !isStrong))) continue;
      links.set(key, url);
      if (isStrong) strong.add(key);
    }
  }
  return links;
}

/**
 * The author page the document names for its one author: `<link rel=author href>`, an
 * `article:author` value that is a URL (OpenGraph defines it as a profile link), or a URL in
 * parentheses after the name in `meta name=author` ("Bradley M. Kuhn (http://ebb.org/bkuhn/)").
 * Null when the page names none or several.
 */
export function documentAuthorUrl(ctx: MetadataContext, base: string | null): string | null {
  const found = new Set<string>();
  const add = (href: string | null | undefined): void => {
    if (!href || NOT_AN_AUTHOR_PAGE_RE.test(href)) return;
    const url = resolveUrl(href, base);
    if (url && HTTP_RE.test(url) && !SOCIAL_PAGE_RE.test(url)) found.add(url);
  };
  for (const link of ctx.index.links) if (hasAuthorRel(link)) add(attr(link, 'href'));
  for (const key of AUTHOR_URL_META_KEYS) {
    for (const value of ctx.metas.get(key) ?? []) {
      if (URL_LIKE_RE.test(value)) add(value);
      else add(PARENTHESISED_URL_RE.exec(value)?.[1]);
    }
  }
  return found.size === 1 ? (found.values().next().value as string) : null;
}

/**
 * Fills in the authors' missing pages: from a link some byline on the page gives the same
 * name, else, for a lone author, the document's author page ({@link documentAuthorUrl}).
 */
export function withAuthorPages(authors: Author[], links: ReadonlyMap<string, string>, pageUrl: string | null): Author[] {
  const filled = authors.map((a) => (a.url !== null ? a : { name: a.name, url: links.get(a.name.toLowerCase()) ?? null }));
  if (pageUrl === null || filled.length !== 1 || filled[0]!.url !== null) return filled;
  return [{ name: filled[0]!.name, url: pageUrl }];
}
