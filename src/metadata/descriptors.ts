import type { Element } from '../parse/dom';
import { attr, innerText, normalizeSpace } from '../parse/dom';
import type { MetadataContext, Sourced } from './context';
import { metaSource } from './context';
import { CJK_KEYWORD_RE, KEYWORD_FACET_RE, KEYWORD_SEPARATOR_RE, MAX_KEYWORDS_LENGTH, MAX_TAG_LINK_TEXT, META_KEYS, OPENGRAPH_TAG_KEY, SPACE_SEPARATOR_RE, TAG_FACET_KEY } from './constants';
import { decodeEntities } from './entities';
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
 * One keyword string's tags: split at commas and semicolons (a CJK list without them at its
 * spaces), its references decoded first so "Privacy &amp; Technology" stays one tag, a CMS's
 * internal facets dropped ("Lite:true"; "Tag:Nodejs" gives "Nodejs").
 */
function keywordParts(raw: string, split: boolean): string[] {
  const text = normalizeSpace(decodeEntities(raw.slice(0, MAX_KEYWORDS_LENGTH)));
  let parts = split ? text.split(KEYWORD_SEPARATOR_RE) : [text];
  if (split && parts.length === 1 && CJK_KEYWORD_RE.test(text)) parts = text.split(SPACE_SEPARATOR_RE);
  const out: string[] = [];
  for (const part of parts) {
    const facet = KEYWORD_FACET_RE.exec(part.trim());
    if (facet) {
      if (facet[1] === TAG_FACET_KEY) out.push(facet[2]!);
    } else out.push(part);
  }
  return out;
}

/**
 * Splits keyword strings and de-duplicates case-insensitively. Whitespace is collapsed and
 * each string capped before splitting, so no input makes the split slow. With `split`
 * false each value is one tag (one `article:tag` per tag: "Mayer, Marissa" is one).
 */
export function cleanTags(values: readonly unknown[], split = true): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const value of values) {
    const raw = typeof value === 'string' ? value : stringOf(value) ?? '';
    for (const part of keywordParts(raw, split)) {
      const tag = part.trim();
      const key = tag.toLowerCase();
      if (!tag || seen.has(key)) continue;
      seen.add(key);
      out.push(tag);
    }
  }
  return out;
}

/**
 * Tags: `article:tag`, JSON-LD keywords, the keyword metas, `rel=tag` links, then links to
 * tag pages outside menus and sidebars (`tagLinks`, from the visible walk). Several
 * `article:tag` metas are one tag each; a single one may list them all.
 */
export function readTags(ctx: MetadataContext, tagLinks: readonly Element[] = []): Sourced<string[]> {
  const ogValues = ctx.metas.get(OPENGRAPH_TAG_KEY) ?? [];
  const og = cleanTags(ogValues, ogValues.length === 1);
  if (og.length > 0) return { value: og, source: 'opengraph' };
  const keywords = ctx.article?.keywords;
  const ld = keywords === undefined ? [] : cleanTags(Array.isArray(keywords) ? keywords : [keywords]);
  if (ld.length > 0) return { value: ld, source: 'json-ld' };
  for (const key of META_KEYS.tags) {
    const tags = cleanTags(ctx.metas.get(key) ?? []);
    if (tags.length > 0) return { value: tags, source: 'meta' };
  }
  const anchors = ctx.index.relAnchors.filter((a) => (attr(a, 'rel') ?? '').toLowerCase().split(REL_SPLIT_RE).includes('tag'));
  const rel = cleanTags(anchors.map((a) => innerText(a)), false);
  if (rel.length > 0) return { value: rel, source: 'link' };
  const texts = tagLinks.map((a) => innerText(a)).filter((t) => t.length <= MAX_TAG_LINK_TEXT);
  const linked = cleanTags(texts, false);
  return linked.length > 0 ? { value: linked, source: 'html' } : { value: [], source: null };
}
