import type { Author } from '../types';
import type { Element } from '../parse/dom';
import { attr, compileQuery, findDescendant, slugKey, innerText, isElement, isTextNode, normalizeSpace, queryAll } from '../parse/dom';
import { parseUrl, registrableDomain, resolveUrl, siteHost } from '../parse/url';
import type { MetadataContext } from './context';
import { ABOUT_PAGE_PATH_RE, AUTHOR_CARD_ROLE, AUTHOR_HREF_RE, AUTHOR_URL_META_KEYS, CJK_REPORTER_TITLE_RE, LABELLED_NAME_LINK_RE, MAX_BYLINE_LENGTH, MAX_BYLINE_LINKS, MAX_LINK_ANCESTOR_DEPTH, NOT_A_PERSON_PATH_RE, NOT_AN_AUTHOR_PAGE_RE, PARENTHESISED_URL_RE, PROFILE_HANDLE_RE, SOCIAL_PAGE_RE, URL_LIKE_RE } from './constants';

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

/** A link classed as the author's ("byline__author", "author-link"): as telling as rel=author. */
const AUTHOR_LINK_CLASS_RE = /(?:^|[\s_-])author(?:$|[\s_-])/i;

/** A child named for the person's name inside a byline link ("byline__name", "author-name"). */
const NAME_CHILD_CLASS_RE = /(?:^|[\s_-])name(?:$|[\s_-])/i;

function hasAuthorRel(a: Element): boolean {
  const rel = attr(a, 'rel');
  return rel !== null && rel.toLowerCase().split(TOKEN_SPLIT_RE).includes('author');
}

/**
 * Whether a link says it goes to an author's page: an author path ("/author/jane-doe",
 * AUTHOR_HREF_RE), `rel=author`, or an "author" class.
 * @internal
 */
export function saysAuthorPage(a: Element): boolean {
  return AUTHOR_HREF_RE.test(attr(a, 'href') ?? '') || hasAuthorRel(a) || AUTHOR_LINK_CLASS_RE.test(attr(a, 'class') ?? '');
}

/** An author page a byline links, and whether the link says it is one (rel=author, an author path). */
export interface AuthorLink {
  url: string;
  strong: boolean;
}

/**
 * Whether a resolved URL can be a person's page: not the site's own root (or with `anyRoot`,
 * any site's root: `article:author` often names the publisher's home), an "about" page, the
 * page itself (`page`, the parsed base), a media file or an article (a dated path). WordPress
 * links an author's name to the "Website" of her profile, which on a one-person blog is the
 * blog itself.
 */
function isPersonPage(url: string, page: URL | null, anyRoot: boolean): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  const sameSite = page !== null && siteHost(page) === siteHost(parsed);
  if (ROOT_PATH_RE.test(parsed.pathname) && (anyRoot || page === null || sameSite)) return false;
  if (NOT_A_PERSON_PATH_RE.test(parsed.pathname)) return false;
  // The page itself, whatever its query or fragment.
  return !(sameSite && page.pathname === parsed.pathname);
}

/**
 * Whether a resolved URL is a site's about page in the singular (ABOUT_PAGE_PATH_RE).
 * @internal
 */
export function isAboutPage(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && ABOUT_PAGE_PATH_RE.test(parsed.pathname);
}

/**
 * A structured-data author URL (a JSON-LD Person's `url` or `sameAs`) that can be the
 * writer's page: http(s), not a social network's, not the site's root or the page itself.
 * @internal
 */
export function isAuthorPageUrl(url: string | null, base: string | null): url is string {
  const page = base === null ? null : parseUrl(base);
  if (!url || !HTTP_RE.test(url) || isOtherSocialPage(url, page)) return false;
  return isPersonPage(url, page, false);
}

/**
 * A social network's page when the story is not on that network: a site's writer links her
 * Twitter beside her page there. On the network itself (an article on LinkedIn) a profile on
 * the page's own site is the writer's page there.
 */
function isOtherSocialPage(url: string, page: URL | null): boolean {
  if (!SOCIAL_PAGE_RE.test(url)) return false;
  const parsed = parseUrl(url);
  return page === null || parsed === null || registrableDomain(parsed.hostname) !== registrableDomain(page.hostname);
}

/** The root of a site: "/" (a blog's own home is no author's page; a writer's own domain may be). */
const ROOT_PATH_RE = /^\/?$/;

/**
 * The links a byline gives its names, by lower-cased name. A link counts when its text is
 * the name ("By <a href=/by/jane-doe>Jane Doe</a>", "<a>Brenda Goodman, MA</a>" for "Brenda
 * Goodman"), whatever its path: a site's author pages are "/by/", "/bio/", "/u/" or a
 * subdomain; never the site's root, the page itself, a picture, a dated article path, or an
 * about or contact page, except a one-person blog's "/about" on the one name its byline
 * prints ("by <a href=/about>Inês Carvalho</a>", see ABOUT_PAGE_PATH_RE), nor a social
 * network's page (`<a rel=author href=https://t.me/…>`) unless the story is on it. A
 * link that says it is the author's (`rel=author`, an author path) wins over a plain one with
 * the same text. A link around the byline (a name span
 * inside `<a>`) counts only when it says so: a teaser's link wraps its byline too.
 */
export function bylineLinks(el: Element, base: string | null, split: NameSplitter): Map<string, AuthorLink> {
  const links = new Map<string, AuthorLink>();
  const page = base === null ? null : parseUrl(base);
  const inside = el.name === 'a' ? [el] : queryAll(ANCHOR_QUERY, el);
  const around = inside.length === 0 ? enclosingLink(el) : null;
  // The names of the whole byline, read only when an about page is linked.
  let ownNames: string[] | undefined;
  // A byline links a few names; a block with hundreds of links is not one.
  for (const a of around ? [around] : inside.slice(0, MAX_BYLINE_LINKS)) {
    const href = attr(a, 'href');
    if (!href || NOT_AN_AUTHOR_PAGE_RE.test(href)) continue;
    const url = resolveUrl(href, base);
    // A social network's page is no author page (a Telegram or X profile on the name),
    // unless the story is on that network (isOtherSocialPage).
    if (!url || !HTTP_RE.test(url) || isOtherSocialPage(url, page)) continue;
    const strong = saysAuthorPage(a);
    if (a === around && !strong) continue;
    const text = innerText(a);
    if (text.length > MAX_BYLINE_LENGTH) continue;
    // A link around two names ("Mike Wuerthele and Malcolm Owen") is neither one's page.
    const names = split(text);
    if (!isPersonPage(url, page, false)) {
      // A one-person blog's about page, on the one name its byline prints (ABOUT_PAGE_PATH_RE).
      const lone = names.length === 1 && names[0]!.toLowerCase() === normalizeSpace(text).toLowerCase();
      if (!(lone && a !== around && isAboutPage(url) && (ownNames ??= split(innerText(el))).length === 1)) continue;
    }
    // A card link names its writer in a child of its own, beside a role or a picture:
    // <a class=byline__author><span class=byline__name>Karin Lundqvist</span><span>Reporter</span>.
    const nameChild = findDescendant(a, (child) => NAME_CHILD_CLASS_RE.test(attr(child, 'class') ?? ''));
    const childName = nameChild ? innerText(nameChild) : '';
    for (const key of new Set([text, ...(names.length === 1 ? names : []), ...(childName ? [childName] : [])].map((n) => n.toLowerCase()))) {
      const known = links.get(key);
      if (!key || (known && (known.strong || !strong))) continue;
      links.set(key, { url, strong });
    }
  }
  return links;
}

/**
 * The author pages the document names: `<link rel=author href>`, `article:author` values
 * that are URLs (OpenGraph defines them as profile links), or a URL in parentheses after
 * the name in `meta name=author` ("Bradley M. Kuhn (http://ebb.org/bkuhn/)"). Never a
 * social-network page: sites put their own there.
 */
export function documentAuthorUrls(ctx: MetadataContext, base: string | null): string[] {
  const found = new Set<string>();
  const page = base === null ? null : parseUrl(base);
  const add = (href: string | null | undefined): void => {
    if (!href || NOT_AN_AUTHOR_PAGE_RE.test(href)) return;
    const url = resolveUrl(href, base);
    if (url && HTTP_RE.test(url) && !isOtherSocialPage(url, page) && isPersonPage(url, page, true)) found.add(url);
  };
  for (const link of ctx.index.links) if (hasAuthorRel(link)) add(attr(link, 'href'));
  for (const key of AUTHOR_URL_META_KEYS) {
    for (const value of ctx.metas.get(key) ?? []) {
      if (URL_LIKE_RE.test(value)) add(value);
      else add(PARENTHESISED_URL_RE.exec(value)?.[1]);
    }
  }
  return [...found];
}

const HTML_EXTENSION_RE = /\.html?$/i;

/** A path without its trailing slashes and ".html" (a loop: a regex on a run of slashes backtracks). */
function pathStem(path: string): string {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === SLASH) end--;
  return path.slice(0, end).replace(HTML_EXTENSION_RE, '');
}
const SLASH = 0x2f;


/** The last path segment of a URL as a slug key ("…/autor/lucia-herrero/" → "luciaherrero"). */
function pathSlug(url: string): string {
  const path = pathStem(parseUrl(url)?.pathname ?? '');
  return slugKey(decodeSafely(path.slice(path.lastIndexOf('/') + 1)));
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Author pages the page links anywhere, for the names still without one: a link whose text
 * is the name and that says it is an author page (an author path such as "/reporter/cskim",
 * rel=author, an "author" class), as Korean papers print "<strong class=tit-name><a
 * href=/reporter/cskim>김철수</a> 기자</strong>" in no byline-named block (or the title inside
 * the link: "<a href=…/journalist/…>이민호 기자</a>"), or that a label
 * says is the writer's ("Müəllif: <a>Name</a>", see isLabelledLink) and goes to a page of the
 * site one folder down. Another story's card by the same writer links the same page. Never
 * a social network's page (a `rel=author` link to a Telegram profile), as in bylineLinks.
 * @internal
 */
export function pageAuthorLinks(anchors: readonly Element[], names: readonly string[], base: string | null): Map<string, string> {
  const found = new Map<string, string>();
  if (names.length === 0) return found;
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  const page = base === null ? null : parseUrl(base);
  for (const a of anchors) {
    const href = attr(a, 'href') ?? '';
    const says = saysAuthorPage(a);
    if (!says && !isLabelledLink(a)) continue;
    let text = innerText(a).toLowerCase();
    // A profile link printing the user's handle, the name in the element beside it:
    // <span class=user-card__name>Иван Петров</span> <a href=/users/ipetrov/>@ipetrov</a>.
    if (!wanted.has(text) && says && PROFILE_HANDLE_RE.test(text)) text = besideName(a, href, base)?.toLowerCase() ?? text;
    // The reporter's title inside the link, as Naver prints its reporter box: "<a
    // href=…/journalist/648/31234><em>이민호 기자</em></a>" names 이민호.
    if (!wanted.has(text)) text = text.replace(CJK_REPORTER_TITLE_RE, '').trim();
    // A byline card in one link, the name and the role in spans of their own ("<a href=/av/x><img>
    // <span>Linnéa Sjöberg</span> <span>Reporter</span></a>", class names hashed): the span that is the name.
    if (!wanted.has(text) && says) text = namedChildText(a, wanted) ?? text;
    if (!wanted.has(text) || found.has(text)) continue;
    const url = resolveUrl(href, base);
    if (url && HTTP_RE.test(url) && !isOtherSocialPage(url, page) && isPersonPage(url, page, false) && (says || isOwnFolderPage(url, page))) found.set(text, url);
    if (found.size === wanted.size) break;
  }
  return found;
}

/**
 * The text of a link's child element that is one of the `wanted` names (lower case), when the
 * rest of the link is at most AUTHOR_CARD_ROLE.maxLength characters of other words, no digit:
 * a role, not a headline.
 */
function namedChildText(a: Element, wanted: ReadonlySet<string>): string | null {
  const whole = normalizeSpace(innerText(a));
  for (const child of a.children) {
    if (!isElement(child)) continue;
    const name = normalizeSpace(innerText(child)).toLowerCase();
    if (!wanted.has(name)) continue;
    const rest = whole.length - name.length;
    return rest <= AUTHOR_CARD_ROLE.maxLength && !AUTHOR_CARD_ROLE.digitRe.test(whole) ? name : null;
  }
  return null;
}

/**
 * The name a profile card prints beside its handle link: the parent holds that link and one
 * other element, white space aside, and the link's handle is its page's last path segment
 * ("@ipetrov" to "/users/ipetrov/"; not "RSS" to "/author/jane-doe/feed/"). A comment's
 * header or a list of several people holds more, so no name there is paired with a link.
 */
function besideName(a: Element, href: string, base: string | null): string | null {
  const parent = a.parent;
  if (!isElement(parent)) return null;
  // The card's shape first (one pass that stops at a second link): cheaper than the URL.
  let other: Element | null = null;
  for (const node of parent.children) {
    if (node === a || (isTextNode(node) && node.data.trim() === '')) continue;
    if (isTextNode(node)) return null;
    // (Comments, Vue's "<!---->" placeholders, are neither.)
    if (!isElement(node)) continue;
    if (node.name === 'a' || other !== null) return null;
    other = node;
  }
  if (other === null) return null;
  // The handle names the page, right under the site's folder of people ("/users/ipetrov/",
  // not "/users/ipetrov/followers/").
  const url = resolveUrl(href, base) ?? '';
  const handle = innerText(a).replace(HANDLE_AT_RE, '').toLowerCase();
  if (slugKey(handle) !== pathSlug(url) || !AUTHOR_FOLDER_END_RE.test(parentPath(url) ?? '')) return null;
  return innerText(other) || null;
}
const HANDLE_AT_RE = /^@/;
const AUTHOR_FOLDER_END_RE = new RegExp(`${AUTHOR_HREF_RE.source}$`, AUTHOR_HREF_RE.flags);

/**
 * Whether a link is all its parent holds after a label of one word and a colon
 * (LABELLED_NAME_LINK_RE): "<div>Müəllif: <a href=/az/muellif/leyla-memmedova>Leyla
 * Məmmədova</a></div>" (Azerbaijani "Author:"), the line naming the person whose page it is
 * in whatever language.
 */
function isLabelledLink(a: Element): boolean {
  const parent = a.parent;
  if (!isElement(parent)) return false;
  let label: string | null = null;
  for (const child of parent.children) {
    if (child === a) return label !== null && LABELLED_NAME_LINK_RE.test(label);
    if (isTextNode(child)) {
      if (child.data.trim() === '') continue;
      if (label !== null) return false;
      label = child.data.trim();
    } else if (isElement(child)) return false;
  }
  return false;
}

/**
 * Whether a URL is a page of the page's own site one folder down or deeper (see parentPath):
 * "/az/muellif/leyla-memmedova", not "/politics". The site is the host, or the main host of
 * its registered domain: a portal serves its desks from subdomains ("money.kompas.example")
 * and its writers' pages from the main one ("www.kompas.example/penulis/ann-lee"). Two
 * subdomains are two sites: a platform's blogs ("annlee.github.io", "riverlab.github.io").
 */
function isOwnFolderPage(url: string, page: URL | null): boolean {
  const parsed = parseUrl(url);
  return page !== null && parsed !== null && isSameSiteHost(parsed, page) && parentPath(url) !== null;
}

/** Whether two URLs are on one host (a leading "www." aside), or one is on the main host ("www." or none) of the other's registered domain. */
function isSameSiteHost(a: URL, b: URL): boolean {
  if (siteHost(a) === siteHost(b)) return true;
  const domain = registrableDomain(a.hostname);
  return domain === registrableDomain(b.hostname) && (siteHost(a).toLowerCase() === domain || siteHost(b).toLowerCase() === domain);
}

/**
 * A URL's host and path up to its last segment, or null when that is the root:
 * "news.example/author/" for "https://news.example/author/jane-doe/".
 * @internal
 */
export function parentPath(url: string): string | null {
  const parsed = parseUrl(url);
  const path = parsed?.pathname ?? '';
  const end = path.endsWith('/') ? path.length - 1 : path.length;
  const cut = path.lastIndexOf('/', end - 1);
  return parsed && cut > 0 ? `${parsed.host}${path.slice(0, cut + 1)}` : null;
}

/**
 * Fills in the authors' missing pages: from a link some byline on the page gives the same
 * name; else from the document's author pages ({@link documentAuthorUrls}): the one page of
 * a lone author, or for several the page whose last path segment spells the name
 * ("/autor/lucia-herrero/" for "Lucía Herrero").
 */
export function withAuthorPages(authors: Author[], links: ReadonlyMap<string, string>, pageUrls: readonly string[]): Author[] {
  const filled = authors.map((a) => (a.url !== null ? a : { name: a.name, url: links.get(a.name.toLowerCase()) ?? null }));
  if (pageUrls.length === 0) return filled;
  if (filled.length === 1 && pageUrls.length === 1) return filled[0]!.url === null ? [{ name: filled[0]!.name, url: pageUrls[0]! }] : filled;
  const bySlug = new Map(pageUrls.map((u) => [pathSlug(u), u] as const));
  return filled.map((a) => (a.url !== null ? a : { name: a.name, url: bySlug.get(slugKey(a.name)) ?? null }));
}
