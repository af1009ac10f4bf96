import type { Element } from '../parse/dom';
import { attr, comparisonKey, innerText, normalizeSpace } from '../parse/dom';
import type { MetadataContext, Sourced } from './context';
import { metaSource } from './context';
import { CJK_KEYWORD_RE, CMS_KEYWORD, ENTITY_REMNANT, FEED_TAG, SECTION_LIST, SITE_WIDE_KEYWORDS, KEYWORD_FACET_RE, NAMED_FACET_RE, TOPIC_FACET_KEYS, KEYWORD_SEPARATOR_RE, MAX_KEYWORDS_LENGTH, MAX_TAG_LINK_TEXT, META_KEYS, MIN_FACETS, NOT_A_KEYWORD, NOT_A_SECTION, NOT_SPACE_LIST_RE, OPENGRAPH_TAG_KEY, PLACEMENT_FLAG_RE, SPACE_SEPARATOR_RE, TAG_REL_CATEGORY_TOKEN, TAG_REL_TOKEN, TAG_FACET_KEY, TAG_HASH_PREFIX_RE } from './constants';
import { decodeEntities } from './entities';
import { stringOf } from './json-ld';
import { firstMeta, unwrapQuotes } from './meta-tags';
import { stripSiteName } from './headline';

const LOCALE_UNDERSCORE_RE = /_/g;
const REL_SPLIT_RE = /\s+/;

/**
 * The page language: `<html lang>`, then `<body lang>` (the element holding the whole
 * document, where Word's "Save as Web Page" writes `lang=EN-GB`), then content-language
 * (META_KEYS.locale), then `og:locale`, then JSON-LD, as a
 * BCP 47 tag in its usual casing (see canonicalLanguageTag): Hugo's "en-us", the POSIX
 * "en_US" of og:locale and "EN" all read as the same tag a user compares against.
 */
export function readLang(ctx: MetadataContext): Sourced<string | null> {
  for (const lang of [ctx.index.htmlLang, ctx.index.bodyLang]) {
    const tag = lang ? normalizeSpace(lang) : '';
    if (tag) return { value: canonicalLanguageTag(tag), source: 'html' };
  }
  const locale = firstMeta(ctx.metas, META_KEYS.locale);
  if (locale) return { value: canonicalLanguageTag(locale.value), source: metaSource(locale.key) };
  const ld = ctx.article ? stringOf(ctx.article.inLanguage) : null;
  return ld ? { value: canonicalLanguageTag(ld), source: 'json-ld' } : { value: null, source: null };
}

const REGION_RE = /^(?:[a-z]{2}|\d{3})$/i;
const SCRIPT_RE = /^[a-z]{4}$/i;

/**
 * A language tag's subtags in BCP 47's casing: the language lower case, a script title case,
 * a region upper case ("zh-hant-tw" → "zh-Hant-TW", "en_us" → "en-US"); a tag that is not
 * one (no letters first) is returned as written.
 */
export function canonicalLanguageTag(tag: string): string {
  const parts = tag.replace(LOCALE_UNDERSCORE_RE, '-').split('-');
  return parts
    .map((part, i) => {
      if (i === 0) return part.toLowerCase();
      if (REGION_RE.test(part)) return part.toUpperCase();
      if (SCRIPT_RE.test(part)) return part.charAt(0).toUpperCase() + part.slice(1).toLowerCase();
      return part.toLowerCase();
    })
    .join('-');
}

/** The summary: `og:description`, meta description, Twitter, then JSON-LD. */
export function readDescription(ctx: MetadataContext): Sourced<string | null> {
  const meta = firstMeta(ctx.metas, META_KEYS.description);
  if (meta) return { value: meta.value, source: metaSource(meta.key) };
  const ld = ctx.article ? stringOf(ctx.article.description) : null;
  return ld ? { value: normalizeSpace(ld), source: 'json-ld' } : { value: null, source: null };
}

/**
 * The site section: `article:section` and its kin, then JSON-LD articleSection, without the
 * quote marks a template wraps around the whole name (Tistory's "'요리'"; see unwrapQuotes). A
 * value that names no section (a path, "nil", Hugo's "post", "Front Page") gives way to the next source.
 */
export function readSection(ctx: MetadataContext): Sourced<string | null> {
  // Every value of a repeated meta: WordPress writes one article:section per category, a flag first ("Featured", then "Politics").
  for (const key of META_KEYS.section) {
    for (const value of ctx.metas.get(key) ?? []) {
      const section = sectionName(value);
      if (section) return { value: section, source: metaSource(key) };
    }
  }
  // A JSON-LD list ["post", "Technology"] gives its first item that names a section.
  const raw = ctx.article?.articleSection;
  for (const item of Array.isArray(raw) ? raw : [raw]) {
    const ld = stringOf(item);
    const section = ld ? sectionName(normalizeSpace(ld)) : null;
    if (section) return { value: section, source: 'json-ld' };
  }
  return { value: null, source: null };
}

/**
 * A section value as a name (see sectionParts, unwrapQuotes): its first part that names a
 * section, or null when none does (NOT_A_SECTION: a path, a placeholder, a content type; a
 * placement flag, PLACEMENT_FLAG_RE; WordPress's "Uncategorized"). A list led by a flag gives
 * the next: WordPress joins categories in alphabetical order ("Featured,Politics" → "Politics").
 */
function sectionName(value: string): string | null {
  for (const name of sectionParts(unwrapQuotes(value))) {
    if (NOT_A_SECTION.pathRe.test(name) || NOT_A_SECTION.placeholderRe.test(name) || NOT_A_SECTION.contentTypeRe.test(name) || PLACEMENT_FLAG_RE.test(name) || CMS_KEYWORD.uncategorisedRe.test(name)) continue;
    return name;
  }
  return null;
}

/** The categories a section value lists or joins (SECTION_LIST), in order, else the value alone. */
function sectionParts(value: string): readonly string[] {
  // Split at the separator alone and trimmed after: a regex with spaces around it retries every run of spaces.
  const written = value.split(SECTION_LIST.separatorRe).map((p) => p.trim()).filter(Boolean);
  if (written.length < 2) return [value];
  if (SECTION_LIST.joinedRe.test(value)) return written;
  const parts = written.map((p) => p.toLowerCase());
  for (let i = 0; i < parts.length; i++) {
    for (let j = 0; j < parts.length; j++) if (i !== j && beginsAtWordEnd(parts[j]!, parts[i]!)) return written;
  }
  return [value];
}

/** Whether `whole` is `part`, or begins with it and a space, or in CJK script with it and any character. */
function beginsAtWordEnd(whole: string, part: string): boolean {
  if (!whole.startsWith(part)) return false;
  const next = whole.charAt(part.length);
  return next === '' || next === ' ' || (SECTION_LIST.cjkRe.test(next) && SECTION_LIST.cjkRe.test(part.charAt(part.length - 1)));
}

/** How a list of keyword values is read. */
interface KeywordReading {
  /** Split each value at commas and semicolons. */
  split: boolean;
  /** Split a Chinese or Japanese value without other separators at its spaces. */
  cjkSpaces?: boolean;
  /** Drop a CMS's internal facets ("Lite:true") and read "Tag:X" as X. */
  facets?: boolean;
}

/**
 * One keyword string's parts: split at commas and semicolons (a Chinese or Japanese list
 * without them at its spaces: Korean puts spaces inside a tag, so Hangul or Latin text is not
 * split), its references decoded first so "Privacy &amp; Technology" stays one tag.
 */
function keywordParts(raw: string, reading: KeywordReading): string[] {
  const text = normalizeSpace(decodeEntities(raw.slice(0, MAX_KEYWORDS_LENGTH)));
  const parts = reading.split ? text.split(KEYWORD_SEPARATOR_RE) : [text];
  if (reading.cjkSpaces && parts.length === 1 && CJK_KEYWORD_RE.test(text) && !NOT_SPACE_LIST_RE.test(text)) return text.split(SPACE_SEPARATOR_RE);
  return parts;
}

/**
 * A keyword without the quote's reference cut at its end ("&quot"), or '' when another cut
 * reference ("PG&amp") leaves it broken (ENTITY_REMNANT).
 */
function withoutCutReference(part: string): string {
  if (!part.includes('&')) return part;
  const quote = ENTITY_REMNANT.quoteRe.exec(part);
  if (quote) return part.slice(0, quote.index).trim();
  return ENTITY_REMNANT.cutRe.test(part) ? '' : part;
}

/**
 * Splits keyword strings and de-duplicates case-insensitively. Whitespace is collapsed and
 * each string capped before splitting, so no input makes the split slow.
 */
export function cleanTags(values: readonly unknown[], reading: KeywordReading = { split: true }): string[] {
  const parts: string[] = [];
  for (const value of values) {
    const raw = typeof value === 'string' ? value : stringOf(value) ?? '';
    for (const part of keywordParts(raw, reading)) parts.push(withoutCutReference(part.trim()));
  }
  // Facets only when the list is made of them (Medium's "Lite:true", "LayerCake:0"): one
  // "ISO:9001" among plain keywords is a keyword.
  const facets = reading.facets === true && parts.filter((p) => KEYWORD_FACET_RE.test(p)).length >= MIN_FACETS;
  const out: string[] = [];
  const seen = new Set<string>();
  for (const part of parts) {
    const facet = facets ? KEYWORD_FACET_RE.exec(part) : null;
    const named = reading.facets === true && !facet ? NAMED_FACET_RE.exec(part) : null;
    const tag = facet ? (facet[1] === TAG_FACET_KEY ? facet[2]! : '') : named ? (TOPIC_FACET_KEYS.has(named[1]!.toLowerCase()) ? named[2]!.trim() : '') : part;
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/**
 * Whether a keyword is a CMS's own (CMS_KEYWORD): a flag, a path ("/article"), a contact, the
 * default category, a facet slug ("section-Articles"). A placement flag is one only where
 * FEED_TAG says (Parse.ly's and Sailthru's tags; Vox's JSON-LD "Front Page").
 */
function isCmsKeyword(tag: string): boolean {
  return (
    CMS_KEYWORD.flagRe.test(tag) ||
    NOT_A_KEYWORD.pathRe.test(tag) ||
    CMS_KEYWORD.contactRe.test(tag) ||
    CMS_KEYWORD.uncategorisedRe.test(tag) ||
    CMS_KEYWORD.hyphenFacetRe.test(tag)
  );
}

/** A name as a slug: lower case, runs of other characters a hyphen ("The Verge" → "the-verge"). */
function slugOf(text: string): string {
  return text.toLowerCase().split(FEED_TAG.slugSeparatorRe).filter(Boolean).join('-');
}

/**
 * Whether a keyword is the site's name, whole, or an acronym of it written in capitals ("NHK" of
 * "NHK NEWS WEB"). A plain word of the name is a single-subject site's topic: "climate" on
 * Climate Home News, "Bitcoin" on Bitcoin Magazine (review).
 */
function namesSite(tag: string, siteName: string | null): boolean {
  if (siteName === null) return false;
  if (tag.toLowerCase() === siteName.toLowerCase()) return true;
  return SITE_ACRONYM_RE.test(tag) && siteName.split(' ').includes(tag);
}
/** An acronym in capitals, two to six letters. */
const SITE_ACRONYM_RE = /^\p{Lu}{2,6}$/u;

/** The site's name as Parse.ly and Sailthru tags write it: its slug, and without its article. */
function siteSlugs(siteName: string | null): Set<string> {
  const slugs = new Set<string>();
  const slug = siteName ? slugOf(siteName) : '';
  if (slug) slugs.add(slug).add(slug.replace(FEED_TAG.articleRe, ''));
  return slugs;
}

/** Whether a Parse.ly or Sailthru tag is the CMS's flag (FEED_TAG): the default bucket, a collection's id, a placement flag, the site's name. */
function isFeedFlag(tag: string, site: ReadonlySet<string>): boolean {
  return FEED_TAG.defaultRe.test(tag) || FEED_TAG.idRe.test(tag) || PLACEMENT_FLAG_RE.test(tag) || site.has(slugOf(tag));
}

const WORD_SPLIT_RE = /\s+/;

function wordCount(text: string): number {
  return text.split(WORD_SPLIT_RE).filter(Boolean).length;
}

/**
 * An anchor whose `rel` names it a tag (`rel=tag`) and not also a category: WordPress's
 * the_category() marks every category link `rel="category tag"` (TAG_REL_CATEGORY_TOKEN).
 */
function isTagRel(a: Element): boolean {
  const tokens = (attr(a, 'rel') ?? '').toLowerCase().split(REL_SPLIT_RE);
  return tokens.includes(TAG_REL_TOKEN) && !tokens.includes(TAG_REL_CATEGORY_TOKEN);
}

/** A tag link's text without the hash sign a theme prints before it (TAG_HASH_PREFIX_RE). */
function tagLinkText(a: Element): string {
  return innerText(a).replace(TAG_HASH_PREFIX_RE, '');
}

/**
 * Tags: `article:tag`, JSON-LD keywords, the keyword metas, `rel=tag` links, then links to
 * tag pages outside menus and sidebars (`tagLinks`, from the visible walk). Several
 * `article:tag` metas are one tag each; a single one may list them all. A keyword meta's
 * path or page title (`titles`: the headline, the `<title>`), alone or followed by the dek or
 * the description (`deks`), is no tag (NOT_A_KEYWORD). Parse.ly's and Sailthru's tags lose
 * the CMS's flags, the site's name (`siteName`) among them (FEED_TAG).
 */
export function readTags(
  ctx: MetadataContext,
  tagLinks: readonly Element[] = [],
  titles: readonly (string | null)[] = [],
  siteName: string | null = null,
  deks: readonly (string | null)[] = [],
): Sourced<string[]> {
  const titleKeys = new Set<string>();
  for (const title of titles) if (title && wordCount(title) >= NOT_A_KEYWORD.minTitleWords) titleKeys.add(comparisonKey(title));
  const dekKeys = deks.map(comparisonKey).filter(Boolean);
  for (const title of [...titleKeys]) if (title) for (const dek of dekKeys) titleKeys.add(title + dek);
  const isTitle = (tag: string): boolean => titleKeys.has(comparisonKey(tag)) || titleKeys.has(comparisonKey(stripSiteName(tag, siteName)));
  const topics = (tags: string[]): string[] => tags.filter((t) => !isCmsKeyword(t) && !isTitle(t));
  const ogValues = ctx.metas.get(OPENGRAPH_TAG_KEY) ?? [];
  const og = topics(cleanTags(ogValues, { split: ogValues.length === 1 }));
  if (og.length > 0) return { value: og, source: 'opengraph' };
  const keywords = ctx.article?.keywords;
  // An array holds one keyword an item, commas and all ("Ministerstvo školství, mládeže a
  // tělovýchovy"); a string may list them, spaced in Chinese. An array of one string is such a
  // string in brackets: some CMSs put the whole list there.
  const list: unknown[] = keywords === undefined ? [] : Array.isArray(keywords) ? keywords : [keywords];
  const listed = Array.isArray(keywords) && keywords.length > 1;
  const ld = topics(cleanTags(list, { split: !listed, cjkSpaces: !Array.isArray(keywords), facets: true })).filter((t) => !FEED_TAG.jsonLdFlagRe.test(t));
  if (ld.length > 0) return { value: ld, source: 'json-ld' };
  const site = siteSlugs(siteName);
  for (const key of META_KEYS.tags) {
    let tags = topics(cleanTags(ctx.metas.get(key) ?? [], { split: true, cjkSpaces: true }));
    if (FEED_TAG.keys.has(key)) tags = tags.filter((t) => !isFeedFlag(t, site));
    // The site's blanket keywords ("actualités, news", its own name) are none of the story's.
    if (tags.every((t) => SITE_WIDE_KEYWORDS.has(t.toLowerCase()) || namesSite(t, siteName))) continue;
    return { value: tags, source: 'meta' };
  }
  const anchors = ctx.index.relAnchors.filter(isTagRel);
  const rel = cleanTags(anchors.map(tagLinkText), { split: false });
  if (rel.length > 0) return { value: rel, source: 'link' };
  const texts = tagLinks.map(tagLinkText).filter((t) => t.length <= MAX_TAG_LINK_TEXT);
  const linked = cleanTags(texts, { split: false });
  return linked.length > 0 ? { value: linked, source: 'html' } : { value: [], source: null };
}
