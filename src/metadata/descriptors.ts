import { attr, innerText, normalizeSpace } from '../parse/dom';
import type { MetadataContext, Sourced } from './context';
import { metaSource } from './context';
import { KEYWORD_SEPARATOR_RE, MAX_KEYWORDS_LENGTH, META_KEYS, OPENGRAPH_TAG_KEY } from './constants';
import { stringOf } from './json-ld';
import { firstMeta } from './meta-tags';

const LOCALE_UNDERSCORE_RE = /_/g;
const REL_SPLIT_RE = /\s+/;

/** The page language: `<html lang>`, then `og:locale` / content-language, then JSON-LD. */
export function readLang(ctx: MetadataContext): Sourced<string | null> {
  const html = ctx.index.htmlLang ? normalizeSpace(ctx.index.htmlLang) : '';
  if (html) return { value: html, source: 'html' };
  const locale = firstMeta(ctx.metas, META_KEYS.locale);
  if (locale) return { value: locale.value.replace(LOCALE_UNDERSCORE_RE, '-'), source: metaSource(locale.key) };
  const ld = ctx.article ? stringOf(ctx.article.inLanguage) : null;
  return ld ? { value: ld.replace(LOCALE_UNDERSCORE_RE, '-'), source: 'json-ld' } : { value: null, source: null };
}

/** The summary: `og:description`, meta description, Twitter, then JSON-LD. */
export function readDescription(ctx: MetadataContext): Sourced<string | null> {
  const meta = firstMeta(ctx.metas, META_KEYS.description);
  if (meta) return { value: meta.value, source: metaSource(meta.key) };
  const ld = ctx.article ? stringOf(ctx.article.description) : null;
  return ld ? { value: normalizeSpace(ld), source: 'json-ld' } : { value: null, source: null };
}

/** The site section: `article:section` and its kin, then JSON-LD articleSection. */
export function readSection(ctx: MetadataContext): Sourced<string | null> {
  const meta = firstMeta(ctx.metas, META_KEYS.section);
  if (meta) return { value: meta.value, source: metaSource(meta.key) };
  const ld = ctx.article ? stringOf(ctx.article.articleSection) : null;
  return ld ? { value: normalizeSpace(ld), source: 'json-ld' } : { value: null, source: null };
}

/**
 * Splits keyword strings at commas and semicolons and de-duplicates case-insensitively.
 * Whitespace is collapsed and each string capped before splitting, so no input makes the
 * split slow.
 */
export function cleanTags(values: readonly unknown[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const value of values) {
    const raw = typeof value === 'string' ? value : stringOf(value) ?? '';
    for (const part of normalizeSpace(raw.slice(0, MAX_KEYWORDS_LENGTH)).split(KEYWORD_SEPARATOR_RE)) {
      const tag = part.trim();
      const key = tag.toLowerCase();
      if (!tag || seen.has(key)) continue;
      seen.add(key);
      out.push(tag);
    }
  }
  return out;
}

/** Tags: `article:tag`, JSON-LD keywords, the keyword metas, then `rel=tag` links. */
export function readTags(ctx: MetadataContext): Sourced<string[]> {
  const og = cleanTags(ctx.metas.get(OPENGRAPH_TAG_KEY) ?? []);
  if (og.length > 0) return { value: og, source: 'opengraph' };
  const keywords = ctx.article?.keywords;
  const ld = keywords === undefined ? [] : cleanTags(Array.isArray(keywords) ? keywords : [keywords]);
  if (ld.length > 0) return { value: ld, source: 'json-ld' };
  for (const key of META_KEYS.tags) {
    const tags = cleanTags(ctx.metas.get(key) ?? []);
    if (tags.length > 0) return { value: tags, source: 'meta' };
  }
  const anchors = ctx.index.relAnchors.filter((a) => (attr(a, 'rel') ?? '').toLowerCase().split(REL_SPLIT_RE).includes('tag'));
  const rel = cleanTags(anchors.map((a) => innerText(a)));
  return rel.length > 0 ? { value: rel, source: 'link' } : { value: [], source: null };
}
