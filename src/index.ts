/**
 * copydesk: raw news-page HTML in, a clean, typed {@link Article} out.
 * @packageDocumentation
 */
export { parseArticle } from './parse-article';
export type { Article, ArticleSources, Author, Figure, MetadataSource, ParseOptions, Section } from './types';
