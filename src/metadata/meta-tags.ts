import type { Element } from '../parse/dom';
import { attr, itemScopeOf, normalizeSpace } from '../parse/dom';
import { ARTICLE_ITEM_TYPE_RE, WRAPPING_QUOTE_PAIRS } from './constants';
import { decodeEntities } from './entities';

/** "dc:title", "dcterms:created": the RDFa spelling of Dublin Core keys. */
const DUBLIN_CORE_COLON_RE = /^(dc|dcterms?):/;

/** The attributes that name a meta key: `property` first, then the others. */
const META_KEY_ATTRIBUTES: readonly (readonly string[])[] = [['property'], ['name', 'itemprop', 'http-equiv']];

/** `<meta>` values by lower-cased key (`name`, `property` or `itemprop`), in page order. */
export type MetaMap = ReadonlyMap<string, readonly string[]>;

/** Dublin Core's subject keys, whose `scheme` attribute names a classification (LCC, DDC, MeSH codes). */
const SUBJECT_KEYS: ReadonlySet<string> = new Set(['dc.subject', 'dcterms.subject']);

/**
 * Reads every `<meta>` into a map. A tag may carry several keys in one attribute
 * (`property="og:title twitter:title"`), so keys are split on whitespace. Dublin Core keys
 * are written both `dc.title` and `dc:title` (RDFa); they are read as `dc.title`.
 * @internal
 */
export function readMetaTags(metas: readonly Element[], isForeign?: (el: Element) => boolean): MetaMap {
  const map = new Map<string, string[]>();
  // OpenGraph and RDFa (Dublin Core) are defined on `property`: when a page writes the same
  // key in both attributes, the `property` values are the ones meant for machines, and the
  // `name` ones repeat the same fact (not a second author).
  const fromProperty = new Set<string>();
  const ordered = embeddedItemsLast(metas);
  for (const attrs of META_KEY_ATTRIBUTES) {
    const isPropertyPass = attrs.includes('property');
    for (const el of ordered) {
      const content = attr(el, 'content');
      if (content === null) continue;
      // Microdata <meta itemprop> inside a related card describes that card's article.
      if (isForeign && attr(el, 'itemprop') !== null && isForeign(el)) continue;
      const value = normalizeSpace(decodeEntities(content));
      if (!value) continue;
      const keys = attrs.map((name) => attr(el, name) ?? '').join(' ');
      for (const raw of keys.toLowerCase().split(' ')) {
        if (!raw) continue;
        const key = raw.replace(DUBLIN_CORE_COLON_RE, '$1.');
        // A subject written in a classification scheme is its code (LCC "HJ9011"), not a word.
        if (el.attribs.scheme !== undefined && SUBJECT_KEYS.has(key)) continue;
        if (isPropertyPass) fromProperty.add(key);
        else if (fromProperty.has(key)) continue;
        const list = map.get(key);
        if (list) list.push(value);
        else map.set(key, [value]);
      }
    }
  }
  return map;
}

/**
 * Whether a `<meta itemprop>` belongs to an item nested in another (a video, a comment, the
 * author): microdata marks such an item as a property of its parent (`<div itemprop="video"
 * itemscope>`), so its `datePublished` is the video's, not the page's. An article that is a
 * property of its page (`itemprop="mainEntity"`, Blogger's `itemprop="blogPost"`) is the page's.
 */
function inEmbeddedItem(el: Element): boolean {
  if (attr(el, 'itemprop') === null) return false;
  const scope = itemScopeOf(el);
  return scope !== null && attr(scope, 'itemprop') !== null && !ARTICLE_ITEM_TYPE_RE.test(attr(scope, 'itemtype') ?? '');
}

/** The metas in page order, those of embedded items after all others. */
function embeddedItemsLast(metas: readonly Element[]): readonly Element[] {
  const embedded = new Set(metas.filter(inEmbeddedItem));
  return embedded.size === 0 ? metas : metas.filter((el) => !embedded.has(el)).concat([...embedded]);
}

/** The first value for the first key that has one, with the key it came from. */
export function firstMeta(map: MetaMap, keys: readonly string[]): { value: string; key: string } | null {
  for (const key of keys) {
    const value = map.get(key)?.[0];
    if (value) return { value, key };
  }
  return null;
}

/**
 * A single-value meta (a section, a site name) without the one pair of quote marks a template
 * wrapped around it whole: "'요리'" → "요리", "«Заречный онлайн»" → "Заречный онлайн". A value
 * with either mark inside is left as written: its marks quote a part ("'Neutral' Fact-Checker:
 * 'Are There …'"), and so is one whose marks do not match.
 * @internal
 */
export function unwrapQuotes(value: string): string {
  if (value.length < 3) return value;
  const close = WRAPPING_QUOTE_PAIRS.get(value.charAt(0));
  if (close === undefined || value.charAt(value.length - 1) !== close) return value;
  const inner = value.slice(1, -1);
  if (inner.includes(value.charAt(0)) || inner.includes(close)) return value;
  const trimmed = inner.trim();
  return trimmed || value;
}
