import type { Author, Figure, MetadataSource } from '../types';
import type { Element, ParentNode } from '../parse/dom';
import type { DocumentIndex } from '../parse/index-document';
import { resolveUrl } from '../parse/url';
import { readAuthors } from './authors';
import { isOutlet, outletNames } from './outlets';
import { readCanonicalUrl } from './canonical-url';
import type { MetadataContext } from './context';
import type { DateCandidate } from './date-candidates';
import { collectDateCandidates } from './date-candidates';
import { findDek } from './dek';
import { decodeEntities } from './entities';
import { readDescription, readLang, readSection, readTags } from './descriptors';
import { chooseHeadline } from './headline';
import { readImage } from './image';
import { readJsonLd } from './json-ld';
import { readMetaTags } from './meta-tags';
import { readSiteName } from './site-name';
import type { ScriptDates } from './script-dates';
import { readScriptDates } from './script-dates';
import type { TextDateCandidate } from './visible';
import { createForeignCheck, readVisibleMetadata } from './visible';

export type { DateCandidate } from './date-candidates';

/** The metadata fields whose source is recorded. */
export type MetadataField = 'url' | 'headline' | 'subheadline' | 'authors' | 'siteName' | 'lang' | 'description' | 'section' | 'tags' | 'image';

/**
 * What the metadata stage reads from the untouched page. Timestamps stay raw candidates
 * here: dates/ parses and validates them.
 */
export interface Metadata {
  url: string | null;
  /** What relative URLs resolve against: `<base href>`, the page URL, else the canonical URL. */
  baseUrl: string | null;
  headline: string | null;
  /** The `<h1>` the headline was read from (or the element that prints it when no `<h1>` does), so later stages can skip it. */
  headlineElement: Element | null;
  subheadline: string | null;
  authors: Author[];
  /**
   * The authors name only the site or its publisher (a theme printing the brand as the meta
   * author, the editorial office "Редакция газеты Ладожский край"): a closing signature in the
   * body names the writer better.
   */
  authorsAreOutlet: boolean;
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
  /** Short texts right after the headline that may be a date-time lending its zone (VisibleMetadata.zoneLines). */
  zoneLines: string[];
  /** Short texts above the headline that may be its date line when nothing else dates the page (VisibleMetadata.headerLines). */
  headerLines: string[];
  /** Short texts under the headline in its own block that may be its date line when nothing else dates the page (VisibleMetadata.headlineBlockLines). */
  headlineBlockLines: string[];
  /** The line right after the plain byline under the headline, a date line when it is a date alone and nothing else dates the page (VisibleMetadata.bylineDateLines). */
  bylineDateLines: string[];
  /** The dates the body's inline scripts declare, read on demand: the last source of the publication time (see script-dates.ts). */
  scriptDates: () => ScriptDates;
  /** Where each field was read from (`json-ld`, `opengraph`, `h1` …); `null` when it is missing. */
  sources: Record<MetadataField, MetadataSource | null>;
}

/** The base URL relative links resolve against: `<base href>` over the page URL. */
export function baseUrlOf(index: DocumentIndex, pageUrl: string | null): string | null {
  return resolveUrl(index.baseHref, pageUrl) ?? pageUrl;
}

/**
 * Reads every metadata field from the untouched document. Each field is its own ordered
 * cascade of sources (JSON-LD, OpenGraph and other meta tags, microdata, links, the visible
 * byline / date line / dek), in the module named after it.
 * @internal
 */
export function extractMetadata(index: DocumentIndex, body: ParentNode, pageUrl: string | null): Metadata {
  const ld = readJsonLd(index.jsonLd);
  const isForeign = createForeignCheck();
  const ctx: MetadataContext = { index, ld, article: ld.article, metas: readMetaTags(index.metas, isForeign), isForeign };
  const pageBase = baseUrlOf(index, pageUrl);
  const url = readCanonicalUrl(ctx, pageBase, pageUrl);
  // Without a page URL, an absolute canonical URL is the base for everything else.
  const base = pageBase ?? url.value;
  const reading = chooseHeadline(ctx, readSiteName(ctx, [pageUrl, url.value]), url.value, body);
  const outlets = outletNames(ctx, reading.siteName.value);
  const visible = readVisibleMetadata(body, base, ctx.isForeign, reading.element, reading.anchors[0] ?? null, outlets);
  const description = readDescription(ctx);
  const subheadline = findDek(visible.dekCandidates, reading.anchors, reading.headline.value, description.value, visible.metaLines);
  const authors = readAuthors(ctx, base, reading.siteName.value, visible.authors, visible.bylineText, visible.authorLinks, visible.credits, visible.openingAuthors);
  const lang = readLang(ctx);
  const section = readSection(ctx);
  const tags = readTags(ctx, visible.tagLinks, [reading.headline.value, index.title], reading.siteName.value, [subheadline, description.value]);
  const image = readImage(ctx, base);
  const dates = collectDateCandidates(ctx, visible.stamps, reading.element, base, visible.postColumn);

  const sources: Metadata['sources'] = {
    url: url.source,
    headline: reading.headline.source,
    subheadline: subheadline ? 'html' : null,
    authors: authors.source,
    siteName: reading.siteName.source,
    lang: lang.source,
    description: description.source,
    section: section.source,
    tags: tags.source,
    image: image.source,
  };

  const articleBody = ld.article?.articleBody;
  return {
    url: url.value,
    baseUrl: base,
    headline: reading.headline.value,
    headlineElement: reading.element,
    subheadline,
    authors: authors.value,
    authorsAreOutlet: authors.value.length > 0 && authors.value.every((a) => isOutlet(a.name, outlets)),
    siteName: reading.siteName.value,
    lang: lang.value,
    description: description.value,
    section: section.value,
    tags: tags.value,
    image: image.value,
    articleBody: typeof articleBody === 'string' ? decodeEntities(articleBody) : null,
    published: dates.published,
    modified: dates.modified,
    textDates: visible.dates,
    zoneLines: visible.zoneLines,
    headerLines: visible.headerLines,
    headlineBlockLines: visible.headlineBlockLines,
    bylineDateLines: visible.bylineDateLines,
    scriptDates: () => readScriptDates(ctx.index.scripts, (el) => ctx.isForeign(el)),
    sources,
  };
}
