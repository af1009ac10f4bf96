import type { MetadataSource } from '../types';
import type { DocumentIndex } from '../parse/index-document';
import type { JsonLdData, LdNode } from './json-ld';
import type { MetaMap } from './meta-tags';
import type { ForeignCheck } from './visible';

/** What every field cascade reads: the indexed page, its JSON-LD and its meta tags. */
export interface MetadataContext {
  index: DocumentIndex;
  ld: JsonLdData;
  /** The JSON-LD node of the article, when the page has one. */
  article: LdNode | null;
  metas: MetaMap;
  /** True for elements inside related cards, sidebars, comments. */
  isForeign: ForeignCheck;
}

/** A field's value and the source it was read from (`null` when nothing was found). */
export interface Sourced<T> {
  value: T;
  source: MetadataSource | null;
}

/** og:* and article:* keys report OpenGraph, twitter:* keys Twitter, the rest `meta`. */
export function metaSource(key: string): MetadataSource {
  if (key.startsWith('og:') || key.startsWith('article:')) return 'opengraph';
  if (key.startsWith('twitter:')) return 'twitter';
  return 'meta';
}
