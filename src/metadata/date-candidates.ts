import type { MetadataSource } from '../types';
import type { Element } from '../parse/dom';
import { attr, classAndId, contains, innerText, innerTextLongerThan, isElement, itemScopeOf } from '../parse/dom';
import type { MetadataContext } from './context';
import { metaSource } from './context';
import { CAMBRIAN_DATE_KEYS, ITEMPROP_CREATED_KEY, ITEMPROP_DATE_KEYS, JSON_LD_CREATED_KEYS, JSON_LD_DATE_KEYS, META_KEYS, ARTICLE_ITEM_TYPE_RE, EVENT_CONTAINER_RE, EVENT_TIME_DEPTH, FOREIGN_CONTAINER_RE, FOREIGN_CONTAINER_TAGS, TIME_RANGE_RE, TIME_MODIFIED_RE, TIME_PUBLISHED_RE, DOCUMENT_CONTAINER_TAGS, MAX_DATE_LINE_LENGTH, MAX_FOREIGN_DEPTH, PAGE_FOOTER_NAME_RE, PAGE_OWN_UPDATE_LINE_RE, PAGE_UPDATE_LINE_RE, SLASHED_ORDERS, UPDATE_LINE_DEPTH } from './constants';
import { stringOf } from './json-ld';
import type { DateStamp } from './visible';
import { chromeNames, inTeaserList, isPublishedAndUpdated } from './visible';
import { parseUrl } from '../parse/url';
import { findDatesInText } from '../dates';

/** A raw timestamp string and where it was read. */
export interface DateCandidate {
  value: string;
  source: MetadataSource;
}

/** Raw publication and update times, each list most trusted first. dates/ parses them. */
export interface DateCandidates {
  published: DateCandidate[];
  modified: DateCandidate[];
}

type Kind = keyof DateCandidates;

/** A post's own footer (Blogger's "post-footer"): foreign by name, but the post's meta row. */
const POST_FOOTER_RE = /(?:^|[\s_-])(?:post|entry|article|story)[-_]?footer(?:$|[\s_-])/i;

/** The machine-readable value of a `<time datetime>` or an hAtom `<abbr title>`. */
function machineValue(el: Element): string | null {
  return attr(el, 'datetime') ?? (el.name === 'abbr' ? attr(el, 'title') : null);
}

/**
 * Whether a foreign block around `el` is only a tag (`<aside>`, `<footer>`) inside the
 * article's own microdata scope: a BlogPosting's closing `<aside>` or Blogger's "post-footer"
 * holds its author and date. A block named "related" or "sidebar" on the way, or a scope that
 * is only the WebPage (a theme's `<body itemscope>`), keeps the date foreign.
 */
function inArticleScope(el: Element, story: Element | null): boolean {
  let cur = el.parent;
  for (let depth = 0; isElement(cur) && depth < MAX_SCOPE_DEPTH; cur = cur.parent, depth++) {
    if (attr(cur, 'itemscope') !== null) return cur === story;
    const names = chromeNames(cur);
    if (FOREIGN_CONTAINER_RE.test(names) && !POST_FOOTER_RE.test(names)) return false;
  }
  return false;
}

/** Whether a `<time>` dates an event (TIME_RANGE_RE, EVENT_CONTAINER_RE), not the story. */
function isEventTime(el: Element): boolean {
  if (TIME_RANGE_RE.test(innerText(el))) return true;
  let cur = el.parent;
  for (let depth = 0; isElement(cur) && depth < EVENT_TIME_DEPTH; cur = cur.parent, depth++) {
    if (EVENT_CONTAINER_RE.test(classAndId(cur))) return true;
  }
  return false;
}

/**
 * The page-update line a `<time>` is the date of: its parent or grandparent, a short line
 * that opens with a page-update label ("Last updated: <time …>", PAGE_UPDATE_LINE_RE).
 */
function pageUpdateLineOf(el: Element): Element | null {
  let cur = el.parent;
  for (let depth = 0; isElement(cur) && depth < UPDATE_LINE_DEPTH; cur = cur.parent, depth++) {
    if (innerTextLongerThan(cur, MAX_DATE_LINE_LENGTH)) return null;
    if (PAGE_UPDATE_LINE_RE.test(innerText(cur))) return cur;
  }
  return null;
}

/**
 * Whether a page-update line in a footer dates the page: the footer is the story's own (the
 * nearest `<article>` or `<main>` around it holds the headline: VitePress's
 * `footer.VPDocFooter` "Last updated: <time>" in `main`), or the line names the page
 * ("This page was last edited on …", PAGE_OWN_UPDATE_LINE_RE) in the page's footer. A bare
 * "Last updated" in the site's footer may date the whole site; one in a comment's, a card's or
 * a sidebar's block on the way dates that item.
 */
function datesThePage(line: Element, headline: Element | null): boolean {
  let inFooter = false;
  for (let cur: Element | null = line, depth = 0; cur !== null && depth < MAX_FOREIGN_DEPTH; depth++) {
    const names = chromeNames(cur);
    if (cur.name === 'footer' || attr(cur, 'role') === 'contentinfo' || names.search(PAGE_FOOTER_NAME_RE) >= 0) inFooter = true;
    if (DOCUMENT_CONTAINER_TAGS.has(cur.name)) return inFooter && headline !== null && contains(cur, headline);
    if ((cur.name !== 'footer' && FOREIGN_CONTAINER_TAGS.has(cur.name)) || FOREIGN_CONTAINER_RE.test(names.replace(PAGE_FOOTER_NAME_RE, ' '))) return false;
    cur = isElement(cur.parent) ? cur.parent : null;
  }
  return inFooter && PAGE_OWN_UPDATE_LINE_RE.test(innerText(line));
}


/**
 * Whether a `<time>`'s visible text is a date with a time of day that the date grammar reads
 * (VitePress's "1/4/24, 3:10 PM"), so its wall clock can be set beside its `datetime`: a
 * relative "2 days ago" (a site footer's, a reader response's, a teaser tile's) or a date
 * without its year says nothing of the page's own update time (session 19's review). On a
 * line that names the page (`namesPage`: MediaWiki's "This page was last edited on …") a
 * date alone will do.
 */
function showsDateTime(el: Element, namesPage: boolean): boolean {
  const text = innerText(el);
  return SLASHED_ORDERS.some((order) => findDatesInText(text, order).some((d) => namesPage || d.value.includes('T')));
}

/** How far up a foreign date looks for the article's scope: a post's footer or aside is near it. */
const MAX_SCOPE_DEPTH = 12;

/**
 * The story's own microdata item: the article-typed scope around the headline's `<h1>`, or,
 * on a page without one, the first article-typed scope any property sits in. A related card
 * marked up as its own BlogPosting is another scope.
 */
function storyScope(ctx: MetadataContext, headline: Element | null): Element | null {
  if (headline) {
    for (let scope = itemScopeOf(headline); scope; scope = itemScopeOf(scope)) {
      if (ARTICLE_ITEM_TYPE_RE.test(attr(scope, 'itemtype') ?? '')) return scope;
    }
    return null;
  }
  // The story's properties come first in its scope; a page whose first properties name no
  // article has none worth the search.
  for (const el of ctx.index.itemprops.slice(0, MAX_SCOPE_PROPS)) {
    const scope = itemScopeOf(el);
    if (scope && ARTICLE_ITEM_TYPE_RE.test(attr(scope, 'itemtype') ?? '')) return scope;
  }
  return null;
}

/** Properties looked at for the story's scope on a page without a headline `<h1>`. */
const MAX_SCOPE_PROPS = 50;

/**
 * Gathers raw timestamp strings in the order of trust: JSON-LD (schema.org's article, then
 * Baidu's cambrian `pubDate`/`upDate`), meta tags, microdata, then
 * `<time datetime>` and hAtom `<abbr title>` elements outside related cards (labelled ones
 * first), the stamps in date lines' attributes (`title`, `data-publishtime`), the creation
 * times ("dateCreated"), then unlabelled `<time>`s (which can only be the publication time).
 * A `<time>` in a foreign block counts only in the post's own column (`postColumn`).
 * One pass per source.
 * @internal
 */
export function collectDateCandidates(ctx: MetadataContext, stamps: readonly DateStamp[] = [], headline: Element | null = null, base: string | null = null, postColumn: Element | null = null): DateCandidates {
  const out: DateCandidates = { published: [], modified: [] };
  const created: DateCandidate[] = [];
  const kinds: Kind[] = ['published', 'modified'];
  for (const kind of kinds) {
    if (ctx.article) {
      for (const key of JSON_LD_DATE_KEYS[kind]) {
        const value = stringOf(ctx.article[key]);
        if (value) out[kind].push({ value, source: 'json-ld' });
      }
    }
    // Baidu's cambrian node (many Chinese sites serve only it) after schema.org's article.
    const cambrian = ctx.ld.cambrian;
    if (cambrian) {
      for (const key of CAMBRIAN_DATE_KEYS[kind]) {
        const value = stringOf(cambrian[key]);
        if (value) out[kind].push({ value, source: 'json-ld' });
      }
    }
    for (const key of META_KEYS[kind]) {
      for (const value of ctx.metas.get(key) ?? []) out[kind].push({ value, source: metaSource(key) });
    }
  }
  if (ctx.article) {
    for (const key of JSON_LD_CREATED_KEYS) {
      const value = stringOf(ctx.article[key]);
      if (value) created.push({ value, source: 'json-ld' });
    }
  }
  let story: Element | null | undefined;
  for (const el of ctx.index.itemprops) {
    // <meta itemprop> is read with the meta tags, except one readMetaTags left out as a
    // card's. A card's own date is another article's, unless the element belongs to the
    // story's microdata scope (a date in an <aside> at the end of a BlogPosting, tagDiv's
    // <meta itemprop=dateModified> in the post's own <footer>).
    const foreign = ctx.isForeign(el);
    if (el.name === 'meta' && !foreign) continue;
    if (foreign) {
      story = story === undefined ? storyScope(ctx, headline) : story;
      if (!inArticleScope(el, story)) continue;
    }
    const prop = (attr(el, 'itemprop') ?? '').toLowerCase();
    const kind = kinds.find((k) => ITEMPROP_DATE_KEYS[k].some((key) => prop.includes(key)));
    if (!kind && !prop.includes(ITEMPROP_CREATED_KEY)) continue;
    const value = attr(el, 'datetime') ?? attr(el, 'content') ?? (el.name === 'abbr' ? attr(el, 'title') : null) ?? innerText(el);
    if (value) (kind ? out[kind] : created).push({ value, source: 'microdata' });
  }
  const labelled: DateCandidate[] = [];
  const unlabelled: DateCandidate[] = [];
  const pageUpdates: DateCandidate[] = [];
  const page = base === null ? null : parseUrl(base);
  for (const el of ctx.index.times) {
    const datetime = machineValue(el);
    // A <time> of an item in a list of other posts (related stories, readers' replies) is theirs.
    // The post's own column beside its <article> (a sidebar <nav> with its author profiles,
    // VisibleMetadata.postColumn) holds its dates, foreign as its markup names it.
    const foreign = ctx.isForeign(el) && !(postColumn !== null && contains(postColumn, el));
    if (datetime && foreign) {
      // A footer's page-update line dates the page by its own <time> (datesThePage).
      const line = pageUpdateLineOf(el);
      if (line !== null && showsDateTime(el, PAGE_OWN_UPDATE_LINE_RE.test(innerText(line))) && datesThePage(line, headline)) pageUpdates.push({ value: datetime, source: 'time-element' });
      continue;
    }
    if (!datetime || isEventTime(el) || inTeaserList(el, page, headline)) continue;
    const parentClass = isElement(el.parent) ? attr(el.parent, 'class') ?? '' : '';
    const label = `${attr(el, 'class') ?? ''} ${parentClass} ${innerText(el)}`;
    const candidate: DateCandidate = { value: datetime, source: 'time-element' };
    if (isPublishedAndUpdated(el)) labelled.push(candidate);
    else if (TIME_MODIFIED_RE.test(label)) out.modified.push(candidate);
    else (TIME_PUBLISHED_RE.test(label) || attr(el, 'pubdate') !== null ? labelled : unlabelled).push(candidate);
  }
  for (const c of labelled) out.published.push(c);
  // A stamp is the date line's own time, written in an attribute: the date line is its source
  // ('text'), as ArticleSources says; 'html' names no date source.
  for (const stamp of stamps) out[stamp.label].push({ value: stamp.value, source: 'text' });
  // A creation time gives way to what says "published", not to any <time> (a header's date).
  for (const c of created) out.published.push(c);
  for (const c of unlabelled) out.published.push(c);
  // A page-update line's time, after every other update time, when the page has one such line.
  if (pageUpdates.length === 1) out.modified.push(pageUpdates[0] as DateCandidate);
  return out;
}
