import type { Article, ParseOptions } from './types';
import { resolveOptions } from './options';
import { bodyOf, comparisonKey } from './parse/dom';
import { indexDocument } from './parse/index-document';
import { parseHtml } from './parse/parse-html';
import { readInput } from './parse/read-input';
import { extractMetadata } from './metadata';
import { resolveTimestamps, slashedDateOrder } from './dates/resolve-timestamps';
import { cleanTree } from './clean';
import { findMainContent } from './score';
import { preferStructuredBody } from './score/fallback';
import { assembleBody } from './assemble';

/**
 * Parses the HTML of a news or blog page into an {@link Article}.
 *
 * The pipeline: bytes → string → DOM → metadata and timestamps (read from the untouched
 * tree) → cleaned tree → main-content root → structured body → Article.
 *
 * @param html - The page, as a string or as bytes whose charset is sniffed (BOM, then
 *   `options.contentType`'s charset, then `<meta charset>`, else UTF-8 or windows-1252 by
 *   what the bytes are).
 * @param options - `url`: where the page was fetched from; makes every URL absolute.
 *   `now`: when it was fetched; enables relative dates ("3 hours ago") and rejects later ones.
 *   `maxBytes`: read at most this many bytes. `contentType`: the HTTP Content-Type of bytes.
 * @returns The article. Fields the page does not carry are `null` or `[]`.
 * @throws TypeError when `html` is neither a string nor a Uint8Array, or an option has the wrong type.
 * @throws RangeError when `options.now` is not a valid time or `options.maxBytes` is not a non-negative integer.
 * @example
 * const article = parseArticle(html, { url: 'https://example.com/news/1' });
 * article.headline;    // "Azerbaijan raises doubts over …"
 * article.publishedAt; // "2025-12-23T15:09:00+03:00"
 * @category Parsing
 */
export function parseArticle(html: string | Uint8Array, options?: ParseOptions): Article {
  const { url: pageUrl, now, maxBytes, contentType } = resolveOptions(html, options);
  const { source, truncated } = readInput(html, { maxBytes, contentType });

  const doc = parseHtml(source);
  const index = indexDocument(doc);
  const body = bodyOf(doc);

  const meta = extractMetadata(index, body, pageUrl);
  const times = resolveTimestamps({
    published: meta.published,
    modified: meta.modified,
    lines: meta.textDates,
    zoneLines: meta.zoneLines,
    headerLines: meta.headerLines,
    headlineBlockLines: meta.headlineBlockLines,
    bylineDateLines: meta.bylineDateLines,
    scriptDates: meta.scriptDates,
    urls: [pageUrl, meta.url],
    now,
    slashed: slashedDateOrder(meta.lang),
  });

  cleanTree(body, { keep: meta.headlineElement, base: meta.baseUrl });
  const content = findMainContent(body, meta.headlineElement, meta.image?.src ?? null);
  const useStructured = preferStructuredBody(content.textLength, meta.articleBody);

  const article = assembleBody({
    content: content.nodes,
    hero: content.hero,
    plainText: useStructured ? meta.articleBody : null,
    base: meta.baseUrl,
    headline: meta.headline,
    headlineElement: meta.headlineElement,
    subheadline: meta.subheadline,
    authors: meta.authors.map((a) => a.name),
    authorsAreOutlet: meta.authorsAreOutlet,
    siteName: meta.siteName,
    styleSheets: index.styles,
  });

  // A closing signature or a dateline names the reporters only when nothing else names anyone
  // but the site itself (a theme that prints the brand as the meta author).
  const onlySite = meta.authors.length === 0 || meta.authorsAreOutlet || (meta.authors.length === 1 && meta.siteName !== null && comparisonKey(meta.authors[0]?.name) === comparisonKey(meta.siteName));
  const byReporters = onlySite && article.reporters.length > 0;

  return {
    url: meta.url,
    headline: meta.headline,
    subheadline: meta.subheadline,
    authors: byReporters ? article.reporters.map((name) => ({ name, url: null })) : meta.authors,
    publishedAt: times.publishedAt,
    modifiedAt: times.modifiedAt,
    siteName: meta.siteName,
    lang: meta.lang,
    description: meta.description,
    section: meta.section,
    tags: meta.tags,
    leadImage: article.images[0] ?? meta.image,
    images: article.images,
    sections: article.sections,
    paragraphs: article.paragraphs,
    text: article.text,
    markdown: article.markdown,
    wordCount: article.wordCount,
    sources: {
      url: meta.sources.url,
      headline: meta.sources.headline,
      subheadline: meta.sources.subheadline,
      authors: byReporters ? 'html' : meta.sources.authors,
      publishedAt: times.publishedSource,
      modifiedAt: times.modifiedSource,
      siteName: meta.sources.siteName,
      lang: meta.sources.lang,
      description: meta.sources.description,
      section: meta.sources.section,
      tags: meta.sources.tags,
      leadImage: article.images[0] ? 'html' : meta.sources.image,
    },
    truncated,
  };
}

