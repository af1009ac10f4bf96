import type { Element } from '../parse/dom';
import { attr, normalizeSpace } from '../parse/dom';

/** `<meta>` values by lower-cased key (`name`, `property` or `itemprop`), in page order. */
export type MetaMap = ReadonlyMap<string, readonly string[]>;

/**
 * Reads every `<meta>` into a map. A tag may carry several keys in one attribute
 * (`property="og:title twitter:title"`), so keys are split on whitespace.
 * @internal
 */
export function readMetaTags(metas: readonly Element[]): MetaMap {
  const map = new Map<string, string[]>();
  for (const el of metas) {
    const content = attr(el, 'content');
    if (content === null) continue;
    const value = normalizeSpace(content);
    if (!value) continue;
    const keys = `${attr(el, 'property') ?? ''} ${attr(el, 'name') ?? ''} ${attr(el, 'itemprop') ?? ''} ${attr(el, 'http-equiv') ?? ''}`;
    for (const key of keys.toLowerCase().split(' ')) {
      if (!key) continue;
      const list = map.get(key);
      if (list) list.push(value);
      else map.set(key, [value]);
    }
  }
  return map;
}

/** The first value for the first key that has one, with the key it came from. */
export function firstMeta(map: MetaMap, keys: readonly string[]): { value: string; key: string } | null {
  for (const key of keys) {
    const value = map.get(key)?.[0];
    if (value) return { value, key };
  }
  return null;
}
