import type { MetadataSource } from '../types';
import type { Element, ParentNode } from '../parse/dom';
import { attr, classAndId, comparisonKey, itemScopeOf, enclosingArticle, isScreenReaderOnly, slugKey, findDescendant, innerText, innerTextLongerThan, isElement, isHiddenByMarkup, isTextNode, isUnseenText, normalizeSpace, textContentExcept, walkElements } from '../parse/dom';
import type { MetadataContext, Sourced } from './context';
import { metaSource } from './context';
import { ARTICLE_ITEM_TYPE_RE, MICRODATA_HEADLINE_MIN_WORDS, ARTICLE_TYPES, BRACKETED_SUFFIX_RE, DIGIT_RE, HEADING_PERMALINK_RE, LEGAL_FORM_RE, MAX_HEADLINE_COPIES, MIN_ANCHOR_WORDS, SITE_LOGO_CLASS_RE, MAX_SITE_NAME_WORDS, META_KEYS, MIN_PREFIX_MATCH_LENGTH, MIN_SITE_KEY_LENGTH, MIN_TITLE_REST_WORDS, PLACEHOLDER_TITLE_RE, POST_TITLE_HEADING_TAGS, TITLE_CLASS_RE, MAX_TITLE_SLACK, TITLE_SPLIT_RE, TRAILING_SEPARATOR_RE, LEADING_SEPARATOR_RE, WORK_TYPES, AT_SITE_SPLIT_RE, TRAILING_AT_RE, MAX_TITLE_AFFIXES, PORTAL_TITLE, TITLE_NAMESPACE_PART_RE, CAMEL_HUMP_RE } from './constants';
import { listOf, stringOf, typesOf } from './json-ld';
import { parseUrl, registrableDomain } from '../parse/url';
import { firstMeta } from './meta-tags';
import { isPageHostName } from './site-name';
import type { ForeignCheck } from './visible';

const SPACE_RE = /\s+/;

function wordCount(text: string): number {
  return text.split(SPACE_RE).filter(Boolean).length;
}

/**
 * Removes a site-name prefix or suffix from a title: "Title | Site", "Site - Title",
 * "Title — Site News". The site name is matched when known; otherwise a short part next to a
 * much longer one is taken for it, and a title whose parts are alike is left whole. Then each
 * further suffix that names the site is cut too (see siteNameCuts).
 * @internal
 */
export function stripSiteName(rawTitle: string, siteName: string | null, pageUrl: string | null = null): string {
  const cuts = siteNameCuts(rawTitle, siteName, pageUrl);
  return cuts[cuts.length - 1] as string;
}

/**
 * A title (its dangling separators dropped) and each shorter form as its site-name affixes are
 * cut, one at a time, the whole title first. After the first affix (cut by stripOneAffix's
 * rules), a further one is cut only when it names the site (namesKnownSite): a hosted blog's
 * "Post @ Blog :: Platform ::" (og:site_name "Blog", the host's name "Platform") is the post's
 * title twice framed; "Headline | Section | Site" keeps its section, which names no site.
 */
function siteNameCuts(rawTitle: string, siteName: string | null, pageUrl: string | null): string[] {
  // A separator left dangling at either end ("Title :: Site ::") frames nothing.
  const title = rawTitle.replace(TRAILING_SEPARATOR_RE, '').replace(LEADING_SEPARATOR_RE, '');
  const cuts = [title];
  const portal = portalTitleCuts(title, siteName, pageUrl);
  if (portal) return cuts.concat(portal);
  let rest = stripOneAffix(title, siteName);
  if (rest === title) rest = cutNamedSuffix(title, siteName, pageUrl);
  while (rest !== cuts[cuts.length - 1] && cuts.length <= MAX_TITLE_AFFIXES) {
    cuts.push(rest);
    rest = cutNamedSuffix(rest, siteName, pageUrl);
  }
  return cuts;
}

/**
 * A Chinese portal's "标题_频道_站名" title without its parts after the headline, one at a time
 * ("…不同_教育频道", then "…不同"), when it has that form (PORTAL_TITLE): a headline holding a CJK
 * character, short parts after it, the last one the site (the known site name, the host's, or
 * a news site's name: "中国青年网", "腾讯网"); else null. An underscore in a post's own title
 * ("新竹尖石_美樹營地賞楓") parts no site name, so it stays.
 */
function portalTitleCuts(title: string, siteName: string | null, pageUrl: string | null): string[] | null {
  if (!title.includes('_')) return null;
  const parts = title.split(PORTAL_TITLE.separatorRe);
  const head = parts[0]?.trim() ?? '';
  const affixes = parts.slice(1).map((p) => p.trim());
  const site = affixes[affixes.length - 1];
  if (site === undefined || !PORTAL_TITLE.cjkRe.test(head)) return null;
  if (affixes.some((a) => !a || a.length > PORTAL_TITLE.maxAffixLength || wordCount(a) > MAX_SITE_NAME_WORDS)) return null;
  const newsSite = site.length >= PORTAL_TITLE.minSiteLength && PORTAL_TITLE.siteNameRe.test(site);
  if (!newsSite && !namesKnownSite(site, siteName, pageUrl)) return null;
  const cuts: string[] = [];
  for (let n = parts.length - 1; n >= 1; n--) cuts.push(parts.slice(0, n).join('_').trim());
  return cuts;
}

/** One site-name affix removed from a title, by the rules of stripSiteName; else the title. */
function stripOneAffix(title: string, siteName: string | null): string {
  const bracketed = bracketedSiteName(title, siteName);
  if (bracketed) return bracketed.rest;
  const parts = title.split(TITLE_SPLIT_RE);
  if (parts.length < 2) return title;
  const first = parts[0] as string;
  const last = parts[parts.length - 1] as string;
  if (siteName) {
    const site = comparisonKey(siteName);
    if (site) {
      if (comparisonKey(last) === site || (site.length >= MIN_SITE_KEY_LENGTH && comparisonKey(last).startsWith(site))) {
        return cutAt(title, last, 'end');
      }
      if (comparisonKey(first) === site) return cutAt(title, first, 'start');
    }
  }
  // Unknown site name: drop a short last part ("Title | Example News").
  if (wordCount(last) <= MAX_SITE_NAME_WORDS && wordCount(title) - wordCount(last) >= MIN_TITLE_REST_WORDS) {
    return cutAt(title, last, 'end');
  }
  return title;
}

/**
 * A title without its last part when that part names the site (namesKnownSite), parted by a
 * separator ("Post | Blog") or a spaced "@" followed by the known site name itself ("Post @ Blog",
 * AT_SITE_SPLIT_RE); else the title.
 * "Dinner @ 8", "Meet us @ the Park" and "Apple @ WWDC: …" name no site after their "@".
 */
function cutNamedSuffix(title: string, siteName: string | null, pageUrl: string | null): string {
  for (const splitRe of [TITLE_SPLIT_RE, AT_SITE_SPLIT_RE]) {
    const parts = title.split(splitRe);
    if (parts.length < 2) continue;
    const last = parts[parts.length - 1] as string;
    // After an "@" only the site's own name counts, not a word of its host: "Lakers @ Celtics"
    // on celtics.example is a game, "Post @ Blog" beside og:site_name "Blog" a post.
    const named = splitRe === AT_SITE_SPLIT_RE ? siteName !== null && comparisonKey(siteName) === comparisonKey(last) : namesKnownSite(last, siteName, pageUrl);
    if (!named) continue;
    const rest = title.slice(0, title.length - last.length).replace(splitRe === AT_SITE_SPLIT_RE ? TRAILING_AT_RE : TRAILING_SEPARATOR_RE, '').trim();
    if (comparisonKey(rest)) return rest;
  }
  return title;
}

/**
 * Whether a title's part names the site: it is the known site name (og:site_name, the JSON-LD
 * publisher), or the name the page's host is registered under, whole or as one of its words
 * ("痞客邦 PIXNET" on stevenhgm.pixnet.net; "Harbour" on harbour.example).
 */
function namesKnownSite(part: string, siteName: string | null, pageUrl: string | null): boolean {
  const key = comparisonKey(part);
  if (!key) return false;
  if (siteName !== null && comparisonKey(siteName) === key) return true;
  const host = domainName(pageUrl);
  if (host.length < SITE_STEM_LENGTH) return false;
  return key === host || part.toLowerCase().split(SPACE_RE).some((w) => w.replace(NON_ALNUM_RE, '') === host);
}

/**
 * A site name in square brackets at the end of a title ("Title [Site]"): the known site
 * name, or a short part after a longer headline (the rule for an unknown suffix).
 */
function bracketedSiteName(title: string, siteName: string | null): { site: string; rest: string } | null {
  const match = BRACKETED_SUFFIX_RE.exec(title);
  const inner = match?.groups?.inner?.trim();
  if (!match || !inner) return null;
  const rest = title.slice(0, match.index).trim();
  const isSite = siteName
    ? comparisonKey(inner) === comparisonKey(siteName)
    : wordCount(inner) <= MAX_SITE_NAME_WORDS && wordCount(rest) >= MIN_TITLE_REST_WORDS;
  return isSite ? { site: inner, rest } : null;
}

/** Removes `part` and the separator next to it from one end of `title`. */
function cutAt(title: string, part: string, end: 'start' | 'end'): string {
  if (end === 'end') {
    const rest = title.slice(0, title.length - part.length);
    return rest.replace(TRAILING_SEPARATOR_RE, '').trim();
  }
  return title.slice(part.length).replace(LEADING_SEPARATOR_RE, '').trim();
}


/** A glued title suffix: opened by a separator, parts split at separators, the last at most `maxLength` characters. */
const GLUED_SUFFIX = { opener: /^\s*[-_|–—·:：]/u, separator: /[-_|–—·:：]+/u, maxLength: 20 } as const;

/**
 * The site name a title carries, given the headline it frames: "Title | Site" → "Site".
 * @internal
 */
export function siteNameFromTitle(title: string, headline: string | null): string | null {
  const bracketed = bracketedSiteName(title, null);
  if (bracketed) return bracketed.site;
  // "Silicon Notes: Reverse-engineering a cheap logic analyzer" (Blogger's "Blog: Post"):
  // a colon has no space before it, so it splits nothing below; the headline after it does.
  const prefix = headline ? colonPrefix(title, headline) : null;
  // "Field Notes #47: …" is an issue of a newsletter, not a site's name.
  if (prefix) return DIGIT_RE.test(prefix) ? null : prefix;
  const parts = title.split(TITLE_SPLIT_RE);
  if (parts.length < 2) return headline ? gluedSuffix(title, headline) : null;
  const first = parts[0] as string;
  const last = parts[parts.length - 1] as string;
  if (headline) {
    const key = comparisonKey(headline);
    if (comparisonKey(title.slice(0, title.length - last.length)) === key || comparisonKey(first) === key) return last.trim() || null;
    if (comparisonKey(last) === key) return first.trim() || null;
    // "News - Storm closes ports - The Daily Planet": a section before the headline, the site after.
    if (parts.length > 2 && parts.slice(1, -1).some((p) => comparisonKey(p) === key) && wordCount(last) <= MAX_SITE_NAME_WORDS) return last.trim() || null;
  }
  return wordCount(last) <= MAX_SITE_NAME_WORDS && wordCount(first) > wordCount(last) ? last.trim() || null : null;
}

/**
 * A site name glued to the headline without spaces, as Chinese portals write titles
 * ("…便民举措-华夏网", "…新台阶_科技_腾讯网", "…--人民网"): the title opens with the headline,
 * and its last separated part after it is short (see GLUED_SUFFIX).
 */
function gluedSuffix(title: string, headline: string): string | null {
  if (!title.startsWith(headline)) return null;
  const rest = title.slice(headline.length);
  if (!GLUED_SUFFIX.opener.test(rest)) return null;
  const parts = rest.split(GLUED_SUFFIX.separator).map((p) => p.trim()).filter(Boolean);
  const last = parts[parts.length - 1];
  return last && last.length <= GLUED_SUFFIX.maxLength && wordCount(last) <= MAX_SITE_NAME_WORDS ? last : null;
}

/**
 * Whether a title's suffix names the site a company publishes (or a host name stands for),
 * not a section, an author or a date ("Politics", "News", "Jane Doe", "May 7, 2024"): the
 * page's domain name spells it ("TinNhanh" on tinnhanh.example, "The
 * Verge" on theverge.com, not "News" on news.example.com), or it shares its first letters
 * with the company's first word ("Wikipedia", "Wikimedia Foundation, Inc."; not "Media" for
 * "Vox Media, LLC").
 */
function namesSite(suffix: string, company: string, pageUrl: string | null): boolean {
  if (DIGIT_RE.test(suffix)) return false;
  const letters = suffix.toLowerCase().replace(NON_ALNUM_RE, '');
  if (letters.length >= SITE_STEM_LENGTH && letters === domainName(pageUrl)) return true;
  const first = company.toLowerCase().split(SPACE_RE)[0] ?? '';
  const stem = first.length >= SITE_STEM_LENGTH ? first.slice(0, SITE_STEM_LENGTH) : null;
  return stem !== null && suffix.toLowerCase().split(SPACE_RE).some((w) => w.startsWith(stem));
}

/**
 * The name a page's host is registered under, letters and digits only: "theverge" for
 * www.theverge.com, "thetimes" for www.thetimes.co.uk (a second-level label of three letters
 * or fewer, "co", "com", "org", is part of the suffix).
 */
function domainName(pageUrl: string | null): string {
  const host = pageUrl ? parseUrl(pageUrl)?.hostname ?? '' : '';
  // A host of one label ("localhost") is registered under no name.
  if (!host.includes('.')) return '';
  return (registrableDomain(host).split('.')[0] ?? '').replace(NON_ALNUM_RE, '');
}

/** Letters a word must share with the company's name to be its site's ("Wiki…"). */
const SITE_STEM_LENGTH = 4;
const NON_ALNUM_RE = /[^\p{L}\p{N}]+/gu;

/** The "Site" of "Site: Headline" when what follows the colon is the headline, else null. */
function colonPrefix(title: string, headline: string): string | null {
  const colon = title.indexOf(':');
  if (colon <= 0 || comparisonKey(title.slice(colon + 1)) !== comparisonKey(headline)) return null;
  const site = title.slice(0, colon).trim();
  return site && wordCount(site) <= MAX_SITE_NAME_WORDS ? site : null;
}

/** siteNameCuts of a title with the known site name at either end ("Headline | Site"); else the title whole alone. */
function knownSiteNameCuts(title: string, site: string | null, pageUrl: string | null): string[] {
  const parts = title.split(TITLE_SPLIT_RE);
  const key = site ? comparisonKey(site) : '';
  if (parts.length < 2 || !key) return [title];
  const ends = [parts[0] as string, parts[parts.length - 1] as string].map(comparisonKey);
  return ends.includes(key) ? siteNameCuts(title, site, pageUrl) : [title];
}

/**
 * The names of what a page that is not an article is about (a WebPage's `about` or
 * `mainEntity`: an obituary's Person, a profile's subject): an `<h1>` that prints one is the
 * page's headline, whatever SEO title its metas carry ("Jane Doe Obituary (1938 - 2025) - …"
 * beside `<h1>Jane Mary Doe</h1>` and a Person "Jane Mary Doe"). An article's `about` lists
 * its topics, which an `<h1>` may name as a section's title: not read.
 */
function pageSubjects(ctx: MetadataContext): Candidate[] {
  const page = ctx.article;
  if (!page || typesOf(page).some((t) => ARTICLE_TYPES.has(t))) return [];
  const out: Candidate[] = [];
  for (const node of listOf(page.about ?? page.mainEntity, ctx.ld.byId)) {
    const name = stringOf(node);
    if (name) out.push(candidate(name, 'json-ld'));
  }
  return out;
}

/**
 * The headline microdata marks on the page (`<h1 itemprop="headline">`, `<meta
 * itemprop="headline" content>`), which may agree with an `<h1>` as a title does: a site whose
 * og:title and `<title>` carry an SEO variant of the story's title marks the printed one so.
 * Only a property of an article item (`itemscope`, ARTICLE_ITEM_TYPE_RE) that is the only item
 * on the page with a headline: a list page marks each card's headline in its own item, and a
 * property of an embedded item (a video's, a review's) or of a related card describes another
 * thing. A WebPage item's headline may be the page's banner ("Weather"), and an article's of
 * one or two words its kicker ("Live coverage"): a review found them beating the story's
 * og:title, so only an article's of MICRODATA_HEADLINE_MIN_WORDS words or more counts.
 */
function microdataHeadlines(ctx: MetadataContext): Candidate[] {
  const out: Candidate[] = [];
  let item: Element | null = null;
  for (const el of ctx.index.itemprops) {
    if (!(attr(el, 'itemprop') ?? '').toLowerCase().split(SPACE_RE).includes('headline') || ctx.isForeign(el)) continue;
    const scope = itemScopeOf(el);
    if (scope === null || !ARTICLE_ITEM_TYPE_RE.test(attr(scope, 'itemtype') ?? '')) continue;
    if (item !== null && scope !== item) return [];
    item = scope;
    const text = el.name === 'meta' ? attr(el, 'content') : headingText(el);
    if (text && wordCount(text) >= MICRODATA_HEADLINE_MIN_WORDS) out.push(candidate(text, 'microdata'));
  }
  return out;
}

/**
 * A heading's text without the parts it names as the page's namespace and its separator
 * (TITLE_NAMESPACE_PART_RE): MediaWiki prints "<span class=mw-page-title-namespace>News</span>
 * <span class=mw-page-title-separator>:</span><span class=mw-page-title-main>…</span>", and the
 * namespace names where the page is filed, not the story. Nor text only screen readers get:
 * an icon's label ("<span class=sr-only>SPIEGEL+</span>" before the kicker) is not printed.
 */
function headingText(heading: Element): string {
  if (findDescendant(heading, isUnprintedTitlePart) === null) return innerText(heading);
  return normalizeSpace(textContentExcept(heading, isUnprintedTitlePart));
}

function isUnprintedTitlePart(el: Element): boolean {
  return TITLE_NAMESPACE_PART_RE.test(el.attribs.class ?? '') || isScreenReaderOnly(el);
}

/**
 * A heading's text with the colon an agreeing title writes after its kicker, when the heading
 * prints kicker and title as parts of their own ("<span>Stellwerke</span> <span>Warum …</span>"
 * beside og:title "Stellwerke: Warum …"; Zeit's colon is for screen readers only): every
 * machine-readable title and the page agree on the words, and only the title says how they join.
 */
function withKickerColon(heading: Element, shown: string, title: string): string {
  const colon = title.indexOf(':');
  if (colon <= 0 || shown.includes(':')) return shown;
  if (normalizeSpace(`${title.slice(0, colon)} ${title.slice(colon + 1)}`) !== shown) return shown;
  // Only a heading that prints the two as parts of their own: "Ukraine war What we know" in one
  // text is the page's own wording.
  const kicker = comparisonKey(title.slice(0, colon));
  return findDescendant(heading, (d) => comparisonKey(innerText(d)) === kicker) !== null ? normalizeSpace(title) : shown;
}

/** An `<h1>` that is, or sits in, the site's logo or masthead names the site, not the article. */
function isSiteLogo(h1: Element): boolean {
  if (SITE_LOGO_CLASS_RE.test(classAndId(h1))) return true;
  const parent = h1.parent;
  return isElement(parent) && SITE_LOGO_CLASS_RE.test(classAndId(parent));
}

/** The headline, the `<h1>` it was read from, and the site name once both are known. */
export interface HeadlineReading {
  headline: Sourced<string | null>;
  element: Element | null;
  /**
   * The `<h1>`s the dek is looked for under, best first: the headline's own, then its other
   * copies (a sticky header repeats it before the story's). When no `<h1>` agrees with the
   * headline, the page's first story `<h1>`: the dek sits under what the reader sees.
   */
  anchors: Element[];
  siteName: Sourced<string | null>;
}

/** An `<h1>` that is not the site's logo, with its text and comparison key. */
interface NamedH1 {
  el: Element;
  text: string;
  key: string;
}

interface Candidate {
  text: string;
  key: string;
  source: MetadataSource;
  /** The title before its site-name affix was cut, when one was. */
  whole?: { text: string; key: string };
  /** The title with only its outer affixes cut, longest first, when it had several ("Post @ Blog" of "Post @ Blog :: Platform ::"). */
  between?: { text: string; key: string }[];
}

function candidate(text: string, source: MetadataSource, uncut?: string): Candidate {
  const normalized = normalizeSpace(text);
  const out: Candidate = { text: normalized, key: comparisonKey(normalized), source };
  if (uncut !== undefined && uncut !== text) {
    const whole = normalizeSpace(uncut.replace(TRAILING_SEPARATOR_RE, '').replace(LEADING_SEPARATOR_RE, ''));
    out.whole = { text: whole, key: comparisonKey(whole) };
  }
  return out;
}

/** A title's candidate from its siteNameCuts: the shortest form, with the whole and those between. */
function cutCandidate(raw: string, cuts: readonly string[], source: MetadataSource): Candidate {
  const out = candidate(cuts[cuts.length - 1] as string, source, raw);
  if (cuts.length > 2) {
    out.between = cuts.slice(1, -1).map((t) => {
      const text = normalizeSpace(t);
      return { text, key: comparisonKey(text) };
    });
  }
  return out;
}

/**
 * Chooses the headline by agreement: the visible `<h1>` when a machine-readable title
 * (JSON-LD headline, og:title, `<title>`, or one side of a "Headline | Site" title) agrees
 * with it; else the first machine-readable title, cleaned of the site name; else the first
 * `<h1>`. Then the site name falls back to the title's suffix.
 * @internal
 */
export function chooseHeadline(ctx: MetadataContext, siteName: Sourced<string | null>, pageUrl: string | null = null, body: ParentNode | null = null): HeadlineReading {
  const site = siteName.value;
  const titles: Candidate[] = [];
  // A work's name names the thing reviewed, cooked or aired, not the story (WORK_TYPES).
  const ownHeadline = ctx.article ? stringOf(ctx.article.headline) : null;
  const ldHeadline = ctx.article ? ownHeadline ?? (typesOf(ctx.article).some((t) => WORK_TYPES.has(t)) ? null : stringOf(ctx.article.name)) : null;
  const og = firstMeta(ctx.metas, META_KEYS.headline);
  // A page's `name` carries the <title>'s site suffix ("Jane Doe Obituary (1938 - 2025) -
  // Northfield, OH - The Courier"): cut like the title's. An article's headline is cut only
  // of the known site name: a short last part of it is often the headline's own ("Minecraft
  // 1.8 - The Bountiful Update").
  if (ldHeadline) titles.push(cutCandidate(ldHeadline, ownHeadline === null ? siteNameCuts(ldHeadline, site, pageUrl) : knownSiteNameCuts(ldHeadline, site, pageUrl), 'json-ld'));
  if (og) titles.push(cutCandidate(og.value, siteNameCuts(og.value, site, pageUrl), metaSource(og.key)));
  const title = ctx.index.title;
  if (title) titles.push(cutCandidate(title, siteNameCuts(title, site, pageUrl), 'title-element'));
  // Each side of a "Headline | Site" title may match an <h1> too: a short headline cannot be
  // told from the site name by length alone.
  const parts = title ? title.split(TITLE_SPLIT_RE) : [];
  // So may a title with only its outer affixes cut: "新竹尖石_美樹營地賞楓" of
  // "新竹尖石_美樹營地賞楓_某某网" printed as an <h1>.
  const between = titles.flatMap((t) => (t.between ?? []).map((b) => candidate(b.text, t.source)));
  // So may microdata's headline (see microdataHeadlines).
  const marked = pageSubjects(ctx).concat(microdataHeadlines(ctx));
  const matchable = (parts.length > 1 ? titles.concat(parts.map((p) => candidate(p, 'title-element'))) : titles).concat(between, marked);

  const siteKey = site ? comparisonKey(site) : '';
  const named: NamedH1[] = ctx.index.h1s
    .filter((el) => !isSiteLogo(el))
    .map((el) => ({ el, text: headingText(el).replace(HEADING_PERMALINK_RE, '') }))
    .map((h) => ({ ...h, key: comparisonKey(h.text) }))
    .filter((h) => h.key && h.key !== siteKey);
  const h1s: NamedH1[] = [];
  const foreignH1s: NamedH1[] = [];
  for (const h of named) (ctx.isForeign(h.el) ? foreignH1s : h1s).push(h);
  // A title-less post (a Micro.blog note, whose theme writes the blog's name as its <title> and
  // leaves og:title empty): every title (and microdata's headline) only names the site, and
  // every <h1> is the masthead's. The site's name is no headline of a post, only of the site's
  // home page. (A placeholder title, "Document", still stands in: it names no site.)
  const written = titles.concat(marked).filter((t) => t.key);
  // The <h1>s first: most pages print their story's own, and the home-link scan reads every link.
  const siteOnly = written.length > 0 && !isHomePage(pageUrl) && ctx.index.h1s.every((el) => namesOnlySite(el, siteKey, ctx, pageUrl)) && written.every((t) => t.key === siteKey || isHomeLinkText(t.key, ctx, pageUrl));

  let headline: Sourced<string | null> = { value: null, source: null };
  let chosen: NamedH1 | null = null;
  // An <h1> in a block named like a card or sidebar (a theme's header "card", a sidebar
  // column) is still the headline when a whole title agrees with it and no other <h1> does.
  // It must equal the title: a prefix of "Site: Headline" is how a masthead <h1> matches.
  const passes = [
    { pool: h1s, with: matchable, prefix: true },
    { pool: foreignH1s, with: titles, prefix: false },
  ];
  outer: for (const pass of siteOnly ? [] : passes) {
    for (const t of pass.with) {
      if (!t.key) continue;
      for (const h of pass.pool) {
        const long = pass.prefix && h.key.length >= MIN_PREFIX_MATCH_LENGTH;
        // "Field Notes #47: The quiet economics…" over an <h1> of what follows the colon: a
        // series' or newsletter's name before the headline (see colonPrefix).
        const series = long && t.key.endsWith(h.key) && colonPrefix(t.text, h.text) !== null;
        if (h.key === t.key || series || (long && (t.key.startsWith(h.key) || h.key.startsWith(t.key)))) {
          headline = { value: h.key === t.key ? withKickerColon(h.el, h.text, t.text) : h.text, source: 'h1' };
          chosen = h;
          break outer;
        }
      }
    }
  }
  // A title that only names the site (every page of a small blog is "Jane's Garden Notes")
  // or is a CMS placeholder ("Untitled Document") gives way to the story's <h1>, when that
  // reads like a headline. Such a title is then the site's name.
  let siteTitle: string | null = null;
  // The element that prints the headline when no <h1> does (see visibleTitleEnd).
  let printed: Element | null = null;
  if (siteOnly) {
    siteTitle = titles.find((t) => t.key)?.text ?? null;
  } else if (!headline.value) {
    const storyH1 = h1s[0] && wordCount(h1s[0].text) >= MIN_ANCHOR_WORDS ? h1s[0] : null;
    const storyTitles = storyH1 ? titles.filter((t) => !namesNoStory(t, siteKey, ctx, pageUrl)) : titles;
    if (storyH1 && storyTitles.length < titles.length) {
      siteTitle = titles.find((t) => !PLACEHOLDER_TITLE_RE.test(t.text))?.text ?? null;
    }
    let first = storyTitles.find((t) => t.text);
    // A "Site :: Section :: Headline" title beside a page without an <h1> that agrees: the end
    // the page shows as a line of its own is the headline (see visibleTitleEnd).
    const shown = first?.source === 'title-element' && title && body && !h1s.some((h) => wordCount(h.text) >= MIN_ANCHOR_WORDS) ? visibleTitleEnd(title, body, (t) => namesNoStory(candidate(t, 'title-element'), siteKey, ctx, pageUrl)) : null;
    if (shown) {
      first = candidate(shown.text, 'title-element');
      printed = shown.el;
    }
    if (first) {
      headline = { value: first.text, source: first.source };
      chosen = h1s.find((h) => h.key === first.key) ?? null;
      // No <h1> names the story (a blog theme's only <h1> is the blog's name; a document's
      // <h1>s are its section headings, its title a Word 'MsoTitle' or Docs 'title'
      // paragraph): the heading or title-named element that prints the title is where the
      // reader sees the story begin. A title printed whole is the headline whole: its last part
      // is the headline's own, not a site's name ("Brookfield Community Pantry — 2025 Year in
      // Review" on Google Docs).
      if (!chosen && !printed && body) {
        // So is a title printed with only its outer affixes cut ("新竹尖石_美樹營地賞楓" of
        // "新竹尖石_美樹營地賞楓_某某网"): the longest form the page prints is the headline.
        const longer = [first.whole, ...(first.between ?? [])].filter((f): f is { text: string; key: string } => f !== undefined && f.key !== first.key);
        for (const form of longer) {
          printed = printedHeading(body, form.key, ctx.isForeign);
          if (printed) {
            headline = { value: form.text, source: first.source };
            break;
          }
        }
        if (!printed) printed = printedHeading(body, first.key, ctx.isForeign);
        // "marsh_wren: The thaw, and the flood that wasn't" beside an <h1> that is only the
        // site's name (its home link's text) and an entry subject printing what follows the
        // colon: the subject is the headline, the prefix the site (see colonPrefixedHeading).
        const afterColon = !printed && first.source === 'title-element' && h1s.length > 0 && h1s.every((h) => isHomeLinkText(h.key, ctx, pageUrl)) ? colonPrefixedHeading(first.text, body, ctx.isForeign, (prefix) => prefixNamesSite(prefix, site, ctx, pageUrl)) : null;
        if (afterColon) {
          headline = { value: afterColon.text, source: first.source };
          printed = afterColon.el;
        }
      }
    } else if (h1s[0]) {
      headline = { value: h1s[0].text, source: 'h1' };
      chosen = h1s[0];
    }
  }
  const element = chosen?.el ?? printed;
  const anchors = siteOnly ? [] : printed ? [printed] : headlineAnchors(h1s, chosen, h1s[0] ?? null);
  // A JSON-LD publisher named with its legal form is the company behind the site; the title
  // names the site ("New Zealand - Wikipedia", publisher "Wikimedia Foundation, Inc."). So
  // does it beside a meta that only writes the page's host ("… - TinNhanh", "tinnhanh.example").
  const address = site !== null && siteName.source !== 'json-ld' && isPageHostName(site, [pageUrl]);
  const company = (siteName.source === 'json-ld' && site !== null && LEGAL_FORM_RE.test(site)) || address;
  if ((site && !company) || !title) return { headline, element, anchors, siteName };
  if (siteTitle) return { headline, element, anchors, siteName: { value: siteTitle, source: 'title-element' } };
  const suffix = siteNameFromTitle(title, headline.value);
  const fromTitle = suffix && (!company || namesSite(suffix, site as string, pageUrl)) && suffix.toLowerCase() !== site?.toLowerCase() ? suffix : null;
  return { headline, element, anchors, siteName: fromTitle ? { value: fromTitle, source: 'title-element' } : siteName };
}

/**
 * The part of a title split at its separators ("Lone Oak Courier :: Local News :: Supervisors
 * OK $1.2 million plan …", "News - Storm closes ports - The Daily Planet") that the page
 * prints as a text of its own, outside links: old table layouts show the headline in `<font
 * size=5><b>` with no `<h1>`, and a short headline ("Bridge plan approved") would otherwise be
 * cut as the site name. Only a part of MIN_ANCHOR_WORDS words or more that does not name the
 * site (`namesSite`), and only when one part alone is so printed: with two, which is the
 * site's name cannot be told. Only on a
 * page with no `<h1>` that reads like a headline (a menu's "News" does not), and not in a
 * header, footer, nav or logo (they print the site's name).
 */
function visibleTitleEnd(title: string, body: ParentNode, namesSite: (text: string) => boolean): { text: string; el: Element } | null {
  const parts = title.replace(TRAILING_SEPARATOR_RE, '').replace(LEADING_SEPARATOR_RE, '').split(TITLE_SPLIT_RE);
  if (parts.length < 2) return null;
  const ends = new Map<string, string>();
  for (const part of parts) {
    const text = normalizeSpace(part);
    if (wordCount(text) >= MIN_ANCHOR_WORDS && !namesSite(text)) ends.set(comparisonKey(text), text);
  }
  if (ends.size === 0) return null;
  let longest = 0;
  for (const text of ends.values()) longest = Math.max(longest, text.length);
  // The first element printing each end.
  const found = new Map<string, Element>();
  walkElements(body, (el) => {
    // A masthead or footer prints the site's name, not the headline.
    if (el.name === 'a' || PAGE_CHROME_TAGS.has(el.name) || SITE_LOGO_CLASS_RE.test(classAndId(el)) || isUnseenText(el)) return false;
    for (const child of el.children) {
      // A text node much longer than the title's parts holds more than one of them.
      if (!isTextNode(child) || child.data.length > longest * MAX_PRINTED_PART_SLACK) continue;
      const key = comparisonKey(child.data);
      // Its own line: the element holds nothing else, not a breadcrumb's links before it
      // ("Αρχική > Νομός Λάρισας > Headline").
      if (ends.has(key) && !found.has(key) && comparisonKey(innerText(el)) === key) found.set(key, el);
    }
    return true;
  });
  if (found.size !== 1) return null;
  const [key, el] = [...found][0] as [string, Element];
  return { text: ends.get(key) as string, el };
}

const PAGE_CHROME_TAGS: ReadonlySet<string> = new Set(['header', 'footer', 'nav']);

/**
 * A masthead, footer or menu (PAGE_CHROME_TAGS), which print the site's name. A `<header>`
 * inside an `<article>` is the story's own header (HTML's header of a section): it prints the
 * headline, and a magazine without an `<h1>` prints it there in an `<h2>`.
 */
function isPageChrome(el: Element): boolean {
  return PAGE_CHROME_TAGS.has(el.name) && !(el.name === 'header' && enclosingArticle(el) !== null);
}

/**
 * The first heading (POST_TITLE_HEADING_TAGS), or element classed as a title
 * (TITLE_CLASS_RE), outside the page's chrome and foreign blocks whose whole text is the
 * headline (`key`, its comparison key), or null.
 */
function printedHeading(body: ParentNode, key: string, isForeign: ForeignCheck): Element | null {
  let found: Element | null = null;
  walkElements(body, (el) => {
    if (found || isPageChrome(el) || isUnseenText(el) || isHiddenByMarkup(el)) return false;
    const heading = POST_TITLE_HEADING_TAGS.has(el.name);
    // Word's 'MsoTitle' is a title class too: CamelCase humps split as for deks.
    if (!heading && !TITLE_CLASS_RE.test((el.attribs.class ?? '').replace(CAMEL_HUMP_RE, '-'))) return true;
    // (A title's text is about the headline's length: a longer one is read no further, so
    // nested title-named wrappers cost what the headline does, not their whole text.)
    if (!innerTextLongerThan(el, key.length * 2 + MAX_TITLE_SLACK) && comparisonKey(headingText(el).replace(HEADING_PERMALINK_RE, '')) === key && !isForeign(el) && !inCardList(el)) {
      found = el;
      return false;
    }
    // A titled wrapper may hold the title's own element.
    return !heading;
  });
  return found;
}

/**
 * Whether a heading's box is one of a list of like boxes holding such headings: a "top
 * stories" strip's card, whose title can be the story's own (`<div class=item><h2>…</h2>`
 * beside `<div class=item><h2>…</h2>`).
 */
function inCardList(heading: Element): boolean {
  const box = heading.parent;
  if (!isElement(box)) return false;
  const parent = box.parent;
  if (!isElement(parent)) return false;
  for (const sibling of parent.children) {
    if (sibling === box || !isElement(sibling) || sibling.name !== box.name || sibling.attribs.class !== box.attribs.class) continue;
    if (findDescendant(sibling, (d) => d.name === heading.name && (POST_TITLE_HEADING_TAGS.has(d.name) || d.attribs.class === heading.attribs.class)) !== null) return true;
  }
  return false;
}

/** How much longer than a title's part its printed text node may be (spacing, entities, markup whitespace). */
const MAX_PRINTED_PART_SLACK = 2;

/**
 * The part after the colon of a "Site: Headline" title (Blogger's "Blog: Post", LiveJournal's
 * "username: Subject"; the site part at most MAX_SITE_NAME_WORDS words, no issue number) when
 * a heading or title-named element prints it whole (printedHeading), with that element.
 */
function colonPrefixedHeading(title: string, body: ParentNode, isForeign: ForeignCheck, namesSite: (prefix: string) => boolean): { text: string; el: Element } | null {
  const colon = title.indexOf(':');
  if (colon <= 0) return null;
  const site = title.slice(0, colon).trim();
  const rest = normalizeSpace(title.slice(colon + 1));
  if (!site || wordCount(site) > MAX_SITE_NAME_WORDS || DIGIT_RE.test(site) || wordCount(rest) < MIN_ANCHOR_WORDS || !namesSite(site)) return null;
  const el = printedHeading(body, comparisonKey(rest), isForeign);
  return el ? { text: rest, el } : null;
}

/**
 * Whether a title's prefix names the site, not a speaker or a label ("Mayor Lee: We will
 * rebuild", "Review: …"): it is the known site name, a home link's text, or its letters are in
 * the page's host name ("marsh_wren" on marsh-wren.journal.example).
 */
function prefixNamesSite(prefix: string, site: string | null, ctx: MetadataContext, pageUrl: string | null): boolean {
  const key = comparisonKey(prefix);
  if ((site !== null && comparisonKey(site) === key) || isHomeLinkText(key, ctx, pageUrl)) return true;
  const host = pageUrl ? parseUrl(pageUrl)?.hostname : undefined;
  const letters = slugKey(prefix);
  return host !== undefined && letters.length >= MIN_HOST_NAME_LETTERS && slugKey(host).includes(letters);
}
/** The fewest letters a prefix must have to be found in a host name ("ap" is in many). */
const MIN_HOST_NAME_LETTERS = 4;

/** Whether `key` is the text of a link to the site's home page (a masthead's "<a href=/>Notes from the Lock House</a>"). */
function isHomeLinkText(key: string, ctx: MetadataContext, pageUrl: string | null): boolean {
  for (const a of ctx.index.anchors) {
    const href = a.attribs.href;
    if (href !== undefined && isHomeHref(href, pageUrl) && comparisonKey(innerText(a)) === key) return true;
  }
  return false;
}

/**
 * Whether a machine-readable title names no story: a placeholder, the site's name, or the
 * text of a link to the site's home page (the masthead's "<a href=/>Jane's Garden Notes</a>").
 */
function namesNoStory(t: Candidate, siteKey: string, ctx: MetadataContext, pageUrl: string | null): boolean {
  return !t.key || PLACEHOLDER_TITLE_RE.test(t.text) || t.key === siteKey || isHomeLinkText(t.key, ctx, pageUrl);
}

/**
 * Whether an `<h1>` names only the site: the site's logo or masthead (isSiteLogo), or the site's
 * name (og:site_name, a home link's text) printed in the page's header, footer or menu or as a
 * link to the home page (`<header><h1><a href="/">Low Tide Notes</a></h1>`). The same name in
 * an `<h1>` of the story's own is the story's title.
 */
function namesOnlySite(h1: Element, siteKey: string, ctx: MetadataContext, pageUrl: string | null): boolean {
  if (isSiteLogo(h1)) return true;
  const key = comparisonKey(headingText(h1));
  if (!key) return true;
  if (key !== siteKey && !isHomeLinkText(key, ctx, pageUrl)) return false;
  for (let cur: Element | null = h1; cur !== null; cur = isElement(cur.parent) ? cur.parent : null) if (isPageChrome(cur)) return true;
  return findDescendant(h1, (a) => a.name === 'a' && a.attribs.href !== undefined && isHomeHref(a.attribs.href, pageUrl)) !== null;
}

/** A link to the site's home page: "/", "./", or the page's own origin with no path. */
function isHomeHref(href: string, pageUrl: string | null): boolean {
  const h = href.trim();
  if (h === '/' || h === './') return true;
  if (!pageUrl || !HOME_URL_RE.test(h)) return false;
  const u = parseUrl(h);
  const page = parseUrl(pageUrl);
  return u !== null && page !== null && u.host === page.host && u.search === '';
}

/** An absolute URL with nothing after its host but a slash: "https://jane.example/". */
const HOME_URL_RE = /^https?:\/\/[^/?#\s]+\/?$/i;

/** Whether the page is the site's home page: its URL has no path (and no query). */
function isHomePage(pageUrl: string | null): boolean {
  return pageUrl !== null && isHomeHref(pageUrl, pageUrl);
}

/**
 * See {@link HeadlineReading.anchors}. Copies are looked for among the `<h1>`s outside
 * foreign blocks only (a related card may repeat the headline), and at most
 * MAX_HEADLINE_COPIES of them. The first story `<h1>` stands in only when it reads like a
 * headline, not like a section page's "Politics".
 */
function headlineAnchors(h1s: readonly NamedH1[], chosen: NamedH1 | null, firstStoryH1: NamedH1 | null): Element[] {
  if (!chosen) return firstStoryH1 && wordCount(firstStoryH1.text) >= MIN_ANCHOR_WORDS ? [firstStoryH1.el] : [];
  const anchors = [chosen.el];
  for (const h of h1s) {
    if (anchors.length >= MAX_HEADLINE_COPIES) break;
    if (h !== chosen && h.key === chosen.key) anchors.push(h.el);
  }
  return anchors;
}
