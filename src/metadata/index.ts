import type { Author, Figure, MetadataSource } from '../types';
import type { DocumentIndex } from '../parse/index-document';
import type { Element, ParentNode } from '../parse/dom';
import { attr, innerText, isElement, normalizeSpace } from '../parse/dom';
import { resolveUrl } from '../parse/url';
import { dedupeAuthors, splitByline } from './authors';
import { HANDLE_KEYS, MAX_DEK_LENGTH, META_KEYS, TITLE_SPLIT_RE } from './constants';
import { siteNameFromTitle, stripSiteName, titleKey } from './headline';
import type { LdNode } from './json-ld';
import { isLdNode, listOf, readJsonLd, stringOf, typesOf } from './json-ld';
import { firstMeta, readMetaTags } from './meta-tags';
import type { TextDateCandidate } from './visible';
import type { ForeignCheck } from './visible';
import { createForeignCheck, readVisibleMetadata } from './visible';

/** A raw timestamp string and where it was read. */
export interface DateCandidate {
  value: string;
  source: MetadataSource;
}

/**
 * What the metadata stage reads from the untouched page. Timestamps stay raw candidates
 * here: dates/ parses and validates them.
 */
export interface Metadata {
  url: string | null;
  /** What relative URLs resolve against: `<base href>`, the page URL, else the canonical URL. */
  baseUrl: string | null;
  headline: string | null;
  /** The `<h1>` element the headline was read from, so later stages can skip it. */
  headlineElement: Element | null;
  subheadline: string | null;
  authors: Author[];
  siteName: string | null;
  lang: string | null;
  description: string | null;
  section: string | null;
  tags: string[];
  image: Figure | null;
  /** JSON-LD articleBody, for app shells whose HTML body is empty. */
  articleBody: string | null;
  published: DateCandidate[];
  modified: DateCandidate[];
  textDates: TextDateCandidate[];
  sources: Partial<Record<MetadataField, MetadataSource>>;
}

export type MetadataField = 'url' | 'headline' | 'subheadline' | 'authors' | 'siteName' | 'lang' | 'description' | 'section' | 'tags' | 'image';

/** og:* and twitter:* keys report their own family as the source. */
function metaSource(key: string): MetadataSource {
  if (key.startsWith('og:') || key.startsWith('article:')) return 'opengraph';
  if (key.startsWith('twitter:')) return 'twitter';
  return 'meta';
}

const COMMA_LIST_RE = /\s*[,;]\s*/;
const LOCALE_UNDERSCORE_RE = /_/g;
const URL_LIKE_RE = /^(?:https?:)?\/\//i;

/** Splits keyword strings and de-duplicates case-insensitively. */
function cleanTags(values: readonly unknown[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const value of values) {
    const parts = typeof value === 'string' ? value.split(COMMA_LIST_RE) : [stringOf(value) ?? ''];
    for (const part of parts) {
      const tag = normalizeSpace(part);
      const key = tag.toLowerCase();
      if (!tag || seen.has(key)) continue;
      seen.add(key);
      out.push(tag);
    }
  }
  return out;
}

function toNumber(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number.parseInt(value, 10) : Number.NaN;
  return Number.isFinite(n) && n > 0 ? n : null;
}

/** The base URL relative links resolve against: `<base href>` over the page URL. */
export function baseUrlOf(index: DocumentIndex, pageUrl: string | null): string | null {
  return resolveUrl(index.baseHref, pageUrl) ?? pageUrl;
}

/**
 * Reads every metadata field from the untouched document: JSON-LD, OpenGraph and other meta
 * tags, microdata, links, and the visible byline / date line / dek.
 * @internal
 */
export function extractMetadata(index: DocumentIndex, body: ParentNode, pageUrl: string | null): Metadata {
  const pageBase = baseUrlOf(index, pageUrl);
  const ld = readJsonLd(index.jsonLd);
  const article = ld.article;
  const metas = readMetaTags(index.metas);
  const sources: Metadata['sources'] = {};

  // --- url: canonical link, og:url, JSON-LD, the URL the page was fetched from.
  let url: string | null = null;
  for (const link of index.links) {
    if ((attr(link, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) {
      url = resolveUrl(attr(link, 'href'), pageBase);
      if (url) {
        sources.url = 'link';
        break;
      }
    }
  }
  if (!url) {
    const og = firstMeta(metas, META_KEYS.url);
    url = og ? resolveUrl(og.value, pageBase) : null;
    if (url && og) sources.url = metaSource(og.key);
  }
  if (!url && article) {
    url = resolveUrl(stringOf(article.url) ?? stringOf(article.mainEntityOfPage), pageBase);
    if (url) sources.url = 'json-ld';
  }
  if (!url && pageUrl) url = pageUrl;

  // Without a page URL, an absolute canonical URL is the base for everything else.
  const base = pageBase ?? url;
  const isInForeignContainer = createForeignCheck();
  const visible = readVisibleMetadata(body, base, isInForeignContainer);

  // --- site name (needed to clean the headline).
  let siteName: string | null = null;
  const ogSite = firstMeta(metas, META_KEYS.siteName.filter((k) => !HANDLE_KEYS.has(k)));
  if (ogSite) {
    siteName = ogSite.value;
    sources.siteName = metaSource(ogSite.key);
  } else {
    const publisher = article ? listOf(article.publisher, ld.byId)[0] : undefined;
    const site = stringOf(publisher) ?? stringOf(ld.sites.find((s) => stringOf(s.name))?.name);
    if (site && !URL_LIKE_RE.test(site)) {
      siteName = site;
      sources.siteName = 'json-ld';
    }
  }

  // --- headline: the visible <h1> when a machine-readable title agrees with it, else the cascade.
  const metaTitles: Array<{ text: string; source: MetadataSource }> = [];
  const ldHeadline = article ? stringOf(article.headline) ?? stringOf(article.name) : null;
  if (ldHeadline) metaTitles.push({ text: normalizeSpace(ldHeadline), source: 'json-ld' });
  const ogTitle = firstMeta(metas, META_KEYS.headline);
  if (ogTitle) metaTitles.push({ text: stripSiteName(ogTitle.value, siteName), source: metaSource(ogTitle.key) });
  if (index.title) metaTitles.push({ text: stripSiteName(index.title, siteName), source: 'title-element' });
  // Each side of a "Headline | Site" title also matches an <h1>: a short headline cannot be
  // told from the site name by length alone.
  const titleParts = index.title ? index.title.split(TITLE_SPLIT_RE) : [];
  const matchable = titleParts.length > 1 ? [...metaTitles, ...titleParts.map((p) => ({ text: normalizeSpace(p), source: 'title-element' as const }))] : metaTitles;

  const h1s = index.h1s
    .map((el) => ({ el, text: innerText(el) }))
    .filter((h) => h.text && (!siteName || titleKey(h.text) !== titleKey(siteName)) && !isInForeignContainer(h.el));
  let headline: string | null = null;
  let headlineElement: Element | null = null;
  outer: for (const meta of matchable) {
    const key = titleKey(meta.text);
    if (!key) continue;
    for (const h of h1s) {
      const hKey = titleKey(h.text);
      if (hKey === key || (hKey.length > 10 && (key.startsWith(hKey) || hKey.startsWith(key)))) {
        headline = h.text;
        headlineElement = h.el;
        sources.headline = 'h1';
        break outer;
      }
    }
  }
  if (!headline) {
    const first = metaTitles.find((m) => m.text);
    if (first) {
      headline = first.text;
      sources.headline = first.source;
    } else if (h1s[0]) {
      headline = h1s[0].text;
      headlineElement = h1s[0].el;
      sources.headline = 'h1';
    }
  }
  if (!headlineElement && headline) {
    headlineElement = h1s.find((h) => titleKey(h.text) === titleKey(headline as string))?.el ?? null;
  }
  if (!siteName && index.title) {
    siteName = siteNameFromTitle(index.title, headline);
    if (siteName) sources.siteName = 'title-element';
  }

  // --- subheadline: a dek right under the headline.
  const subheadline = findDek(visible.dekCandidates, headlineElement, headline);
  if (subheadline) sources.subheadline = 'html';

  // --- authors: JSON-LD, meta tags, visible bylines.
  let authors: Author[] = [];
  if (article) {
    const people: Author[] = [];
    const orgs: Author[] = [];
    for (const node of listOf(article.author ?? article.creator, ld.byId)) {
      const isOrg = isLdNode(node) && typesOf(node).some((t) => t.includes('Organization'));
      const name = isLdNode(node) ? stringOf(node.name) : typeof node === 'string' ? node : null;
      if (!name || URL_LIKE_RE.test(name)) continue;
      const authorUrl = isLdNode(node) ? resolveUrl(stringOf(node.url) ?? stringOf(node.sameAs), base) : null;
      for (const split of splitByline(name)) (isOrg ? orgs : people).push({ name: split, url: authorUrl });
    }
    // An organisation credited as author is kept only when it is not just the publisher.
    authors = people.length > 0 ? people : orgs.filter((o) => !siteName || titleKey(o.name) !== titleKey(siteName));
    if (authors.length > 0) sources.authors = 'json-ld';
  }
  if (authors.length === 0) {
    for (const key of META_KEYS.author) {
      if (HANDLE_KEYS.has(key)) continue;
      const values = (metas.get(key) ?? []).filter((v) => !URL_LIKE_RE.test(v));
      const names = values.flatMap((v) => splitByline(v));
      if (names.length > 0) {
        authors = names.map((name) => ({ name, url: null }));
        sources.authors = key.startsWith('article:') ? 'opengraph' : 'meta';
        break;
      }
    }
  }
  if (authors.length === 0 && visible.authors.length > 0) {
    authors = visible.authors;
    sources.authors = 'html';
  } else if (authors.length > 0) {
    // Fill in author page URLs that only the visible byline links.
    const urls = new Map(visible.authors.filter((a) => a.url).map((a) => [a.name.toLowerCase(), a.url]));
    authors = authors.map((a) => ({ name: a.name, url: a.url ?? urls.get(a.name.toLowerCase()) ?? null }));
  }
  authors = dedupeAuthors(authors);

  // --- lang
  let lang: string | null = index.htmlLang ? normalizeSpace(index.htmlLang) || null : null;
  if (lang) sources.lang = 'html';
  if (!lang) {
    const locale = firstMeta(metas, META_KEYS.locale);
    const ldLang = article ? stringOf(article.inLanguage) : null;
    const raw = locale?.value ?? ldLang;
    if (raw) {
      lang = raw.replace(LOCALE_UNDERSCORE_RE, '-');
      sources.lang = locale ? metaSource(locale.key) : 'json-ld';
    }
  }

  // --- description
  let description: string | null = null;
  const metaDescription = firstMeta(metas, META_KEYS.description);
  if (metaDescription) {
    description = metaDescription.value;
    sources.description = metaSource(metaDescription.key);
  } else if (article && stringOf(article.description)) {
    description = normalizeSpace(stringOf(article.description) as string);
    sources.description = 'json-ld';
  }

  // --- section
  let section: string | null = null;
  const metaSection = firstMeta(metas, META_KEYS.section);
  if (metaSection) {
    section = metaSection.value;
    sources.section = metaSource(metaSection.key);
  } else if (article && stringOf(article.articleSection)) {
    section = normalizeSpace(stringOf(article.articleSection) as string);
    sources.section = 'json-ld';
  }

  // --- tags
  let tags: string[] = [];
  const articleTags = metas.get('article:tag');
  if (articleTags) {
    tags = cleanTags(articleTags);
    sources.tags = 'opengraph';
  }
  if (tags.length === 0 && article && article.keywords !== undefined) {
    tags = cleanTags(Array.isArray(article.keywords) ? article.keywords : [article.keywords]);
    if (tags.length > 0) sources.tags = 'json-ld';
  }
  if (tags.length === 0) {
    for (const key of META_KEYS.tags) {
      const values = metas.get(key);
      if (values) {
        tags = cleanTags(values);
        sources.tags = 'meta';
        break;
      }
    }
  }
  if (tags.length === 0) {
    const relTags = index.relAnchors.filter((a) => (attr(a, 'rel') ?? '').split(/\s+/).includes('tag'));
    tags = cleanTags(relTags.map((a) => innerText(a)));
    if (tags.length > 0) sources.tags = 'link';
  }

  // --- image
  let image: Figure | null = null;
  const ogImage = firstMeta(metas, META_KEYS.image);
  const ogSrc = ogImage ? resolveUrl(ogImage.value, base) : null;
  if (ogSrc && ogImage) {
    image = {
      src: ogSrc,
      alt: metas.get('og:image:alt')?.[0] ?? null,
      caption: null,
      credit: null,
      width: toNumber(firstMeta(metas, META_KEYS.imageWidth)?.value),
      height: toNumber(firstMeta(metas, META_KEYS.imageHeight)?.value),
    };
    sources.image = metaSource(ogImage.key);
  } else if (article) {
    const node = listOf(article.image, ld.byId)[0];
    const src = resolveUrl(isLdNode(node) ? stringOf(node.url) ?? stringOf(node.contentUrl) : stringOf(node), base);
    if (src) {
      image = {
        src,
        alt: null,
        caption: isLdNode(node) ? stringOf(node.caption) : null,
        credit: null,
        width: isLdNode(node) ? toNumber(node.width) : null,
        height: isLdNode(node) ? toNumber(node.height) : null,
      };
      sources.image = 'json-ld';
    }
  }

  return {
    url,
    baseUrl: base,
    headline,
    headlineElement,
    subheadline,
    authors,
    siteName,
    lang,
    description,
    section,
    tags,
    image,
    articleBody: article && typeof article.articleBody === 'string' ? article.articleBody : null,
    published: collectDates(article, metas, index, 'published', isInForeignContainer),
    modified: collectDates(article, metas, index, 'modified', isInForeignContainer),
    textDates: visible.dates,
    sources,
  };
}

/** How many element siblings after the headline (or its wrappers) a dek may sit. */
const DEK_SIBLING_WINDOW = 3;
/** A block beside the headline with more text than this is the body, not a dek's wrapper. */
const MAX_DEK_CONTAINER_TEXT = MAX_DEK_LENGTH * 2;
/** How many wrappers of the headline are searched for a dek beside them. */
const DEK_ANCESTOR_LEVELS = 3;

/**
 * The dek is an element right under the headline: among the first few following siblings of
 * the `<h1>` or of one of its wrappers. A `<h2>` directly after the `<h1>` counts too.
 */
function findDek(candidates: readonly Element[], h1: Element | null, headline: string | null): string | null {
  if (!h1) return null;
  const near: Element[] = [];
  let anchor: Element | null = h1;
  for (let level = 0; anchor && level < DEK_ANCESTOR_LEVELS; level++) {
    let sibling = anchor.next;
    for (let n = 0; sibling && n < DEK_SIBLING_WINDOW; sibling = sibling.next) {
      if (!isElement(sibling)) continue;
      n++;
      near.push(sibling);
    }
    anchor = isElement(anchor.parent) ? anchor.parent : null;
  }
  const headlineKey = headline ? titleKey(headline) : '';
  // The dek is one of those siblings, or inside a small one (a header block), never deep
  // inside the body container that follows the headline.
  const isNear = (el: Element): boolean =>
    near.some((n) => n === el || (isAncestor(n, el) && innerText(n).length <= MAX_DEK_CONTAINER_TEXT));
  const pool = candidates.filter(isNear);
  // A <h2> as the headline's very next element is its dek (Medium, many blog themes).
  const first = near[0];
  if (first && first.name === 'h2' && first.parent === h1.parent) pool.unshift(first);
  for (const el of pool) {
    const text = innerText(el);
    if (text && text.length <= MAX_DEK_LENGTH && titleKey(text) !== headlineKey) return text;
  }
  return null;
}

function isAncestor(ancestor: Element, node: Element): boolean {
  for (let cur = node.parent; cur; cur = cur.parent) if (cur === ancestor) return true;
  return false;
}

/** Microdata itemprops per timestamp kind. */
const ITEMPROP_DATE_KEYS = { published: ['datepublished', 'datecreated', 'uploaddate'], modified: ['datemodified'] } as const;
/** JSON-LD keys per timestamp kind. */
const JSON_LD_DATE_KEYS = { published: ['datePublished', 'dateCreated', 'uploadDate'], modified: ['dateModified'] } as const;
/** `<time>` classes and attributes that mark the publication or the update time. */
const TIME_PUBLISHED_RE = /publish|posted|created|pubdate|entry-date|date-?time|timestamp/i;
const TIME_MODIFIED_RE = /updat|modif|revis|edited/i;

/** Gathers raw timestamp strings in the order of trust: JSON-LD, meta, microdata, `<time>`. */
function collectDates(
  article: LdNode | null,
  metas: ReturnType<typeof readMetaTags>,
  index: DocumentIndex,
  kind: 'published' | 'modified',
  isInForeignContainer: ForeignCheck,
): DateCandidate[] {
  const out: DateCandidate[] = [];
  if (article) {
    for (const key of JSON_LD_DATE_KEYS[kind]) {
      const value = stringOf(article[key]);
      if (value) out.push({ value, source: 'json-ld' });
    }
  }
  for (const key of META_KEYS[kind]) {
    for (const value of metas.get(key) ?? []) out.push({ value, source: metaSource(key) });
  }
  for (const el of index.itemprops) {
    if (el.name === 'meta') continue; // already read with the meta tags
    const prop = (attr(el, 'itemprop') ?? '').toLowerCase();
    if (!ITEMPROP_DATE_KEYS[kind].some((k) => prop.includes(k))) continue;
    const value = attr(el, 'datetime') ?? attr(el, 'content') ?? innerText(el);
    if (value) out.push({ value, source: 'microdata' });
  }
  // Labelled <time>s first; an unlabelled one can only be the publication time.
  const labelled: DateCandidate[] = [];
  const unlabelled: DateCandidate[] = [];
  for (const el of index.times) {
    const datetime = attr(el, 'datetime');
    if (!datetime || isInForeignContainer(el)) continue;
    const label = `${attr(el, 'class') ?? ''} ${isElement(el.parent) ? attr(el.parent, 'class') ?? '' : ''} ${innerText(el)}`;
    const candidate: DateCandidate = { value: datetime, source: 'time-element' };
    if (TIME_MODIFIED_RE.test(label)) {
      if (kind === 'modified') labelled.push(candidate);
    } else if (kind === 'published') {
      (TIME_PUBLISHED_RE.test(label) || attr(el, 'pubdate') !== null ? labelled : unlabelled).push(candidate);
    }
  }
  out.push(...labelled, ...unlabelled);
  return out;
}
