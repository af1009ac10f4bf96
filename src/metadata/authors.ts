import type { Author } from '../types';
import { comparisonKey, normalizeSpace } from '../parse/dom';
import { resolveUrl } from '../parse/url';
import type { MetadataContext, Sourced } from './context';
import { metaSource } from './context';
import { isLdNode, listOf, stringOf, typesOf, urlOf } from './json-ld';
import { BARE_PREFIX_RE, BYLINE_DATE_TAIL_RE, BYLINE_PREFIX_RE, BYLINE_TAIL_RE, DIGIT_RE, EMAIL_OR_URL_RE, LABELLED_BY_RE, MAX_BYLINE_INPUT, MAX_NAME_WORDS, META_KEYS, MIN_NAME_LENGTH, NAME_CONNECTOR_RE, NAME_PARTICLES, NON_AUTHOR_CREDIT_RE, NON_AUTHOR_TAIL_RE, ROLE_WORDS_RE, URL_LIKE_RE } from './constants';

const LEADING_JUNK_RE = /^[\s,;:|•·—–-]+|[\s,;:|•·—–-]+$/g;
const PARENTHESISED_RE = /\s*\([^()]*\)/g;
const HANDLE_RE = /^@\w+$/;
const WORD_SPLIT_RE = /\s+/;

/** True when a part reads like a person or organisation name rather than a role or a date. */
function looksLikeName(part: string): boolean {
  if (!part || part.length < MIN_NAME_LENGTH || DIGIT_RE.test(part)) return false;
  if (HANDLE_RE.test(part) || BARE_PREFIX_RE.test(part)) return false;
  const words = part.split(WORD_SPLIT_RE);
  if (words.length > MAX_NAME_WORDS) return false;
  if (ROLE_WORDS_RE.test(part)) return false;
  // A name has at least one word that does not start in lower case (scripts without case pass).
  const capitalised = words.some((w) => w.charAt(0) === w.charAt(0).toUpperCase());
  return capitalised && !words.every((w) => NAME_PARTICLES.has(w.toLowerCase()));
}

/**
 * Splits a byline into clean names: "By Jane Doe and John Roe, Staff Writers" →
 * ["Jane Doe", "John Roe"]. Strips the "By" prefix in several languages, roles, trailing
 * "| Outlet" parts, e-mail addresses, URLs and dates.
 * @internal
 */
export function splitByline(raw: string): string[] {
  // Collapse and cap first: every pattern below then runs on a short, single-spaced line.
  let text = normalizeSpace(raw.length > MAX_BYLINE_INPUT * 2 ? raw.slice(0, MAX_BYLINE_INPUT * 2) : raw).slice(0, MAX_BYLINE_INPUT);
  text = text.replace(PARENTHESISED_RE, ' ').replace(EMAIL_OR_URL_RE, ' ');
  text = normalizeSpace(text.replace(BYLINE_TAIL_RE, ''));
  text = text.replace(NON_AUTHOR_TAIL_RE, '');
  const unprefixed = text.replace(BYLINE_PREFIX_RE, '');
  // "Tech Industry by Jane Doe": a label before the "by", only when no "By" opened the line.
  text = (unprefixed === text ? text.replace(LABELLED_BY_RE, '') : unprefixed).replace(BYLINE_DATE_TAIL_RE, '');
  const names: string[] = [];
  for (const piece of text.split(NAME_CONNECTOR_RE)) {
    if (NON_AUTHOR_CREDIT_RE.test(piece.trim())) continue;
    const part = piece.replace(BYLINE_PREFIX_RE, '').replace(LEADING_JUNK_RE, '').trim();
    if (looksLikeName(part)) names.push(part);
  }
  return names;
}

/** Case-insensitive de-duplication that keeps the first spelling and fills in a missing URL. */
export function dedupeAuthors(authors: readonly Author[]): Author[] {
  const out: Author[] = [];
  const seen = new Map<string, Author>();
  for (const author of authors) {
    const key = author.name.toLowerCase();
    const existing = seen.get(key);
    if (existing) {
      if (!existing.url && author.url) existing.url = author.url;
      continue;
    }
    const copy = { name: author.name, url: author.url };
    seen.set(key, copy);
    out.push(copy);
  }
  return out;
}

/**
 * The authors, from the most trusted source that names any: JSON-LD (people first; an
 * organisation only when it is not just the publisher), then the author metas, then the
 * visible byline. Author page URLs only the byline links are filled in.
 * @internal
 */
export function readAuthors(
  ctx: MetadataContext,
  base: string | null,
  siteName: string | null,
  visible: readonly Author[],
): Sourced<Author[]> {
  let found: Sourced<Author[]> = { value: [], source: null };
  if (ctx.article) {
    const people: Author[] = [];
    const orgs: Author[] = [];
    for (const node of listOf(ctx.article.author ?? ctx.article.creator, ctx.ld.byId)) {
      const isOrg = isLdNode(node) && typesOf(node).some((t) => t.includes('Organization'));
      const name = isLdNode(node) ? stringOf(node.name) : typeof node === 'string' ? node : null;
      if (!name || URL_LIKE_RE.test(name)) continue;
      const url = isLdNode(node) ? resolveUrl(urlOf(node.url) ?? urlOf(node.sameAs), base) : null;
      for (const split of splitByline(name)) (isOrg ? orgs : people).push({ name: split, url });
    }
    const siteKey = siteName ? comparisonKey(siteName) : null;
    const value = people.length > 0 ? people : orgs.filter((o) => comparisonKey(o.name) !== siteKey);
    if (value.length > 0) found = { value, source: 'json-ld' };
  }
  for (const key of META_KEYS.author) {
    if (found.value.length > 0) break;
    const names = (ctx.metas.get(key) ?? []).filter((v) => !URL_LIKE_RE.test(v)).flatMap((v) => splitByline(v));
    if (names.length > 0) found = { value: names.map((name) => ({ name, url: null })), source: metaSource(key) };
  }
  if (found.value.length === 0) {
    return visible.length > 0 ? { value: dedupeAuthors(visible), source: 'html' } : found;
  }
  const urls = new Map<string, string>();
  for (const a of visible) if (a.url) urls.set(a.name.toLowerCase(), a.url);
  const value = found.value.map((a) => ({ name: a.name, url: a.url ?? urls.get(a.name.toLowerCase()) ?? null }));
  return { value: dedupeAuthors(value), source: found.source };
}
