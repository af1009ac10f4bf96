import type { Author } from '../types';
import {
  BYLINE_DATE_TAIL_RE,
  BYLINE_PREFIX_RE,
  BYLINE_TAIL_RE,
  DIGIT_RE,
  EMAIL_OR_URL_RE,
  LABELLED_BY_RE,
  MAX_NAME_WORDS,
  NAME_CONNECTOR_RE,
  NON_AUTHOR_CREDIT_RE,
  NON_AUTHOR_TAIL_RE,
  ROLE_WORDS_RE,
} from './constants';

/** Words that stay lower-case inside a name ("Ursula von der Leyen"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'von', 'van', 'der', 'den', 'de', 'da', 'di', 'del', 'della', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'dos', 'das', 'do', 'y',
]);

const LEADING_JUNK_RE = /^[\s,;:|•·—–-]+|[\s,;:|•·—–-]+$/g;
const PARENTHESISED_RE = /\s*\([^()]*\)/g;
const HANDLE_RE = /^@\w+$/;
/** A byline word left alone after splitting ("Joshua Sokol, By"). */
const BARE_PREFIX_RE = /^(?:by|von|par|por|di|door|av|af|от|and|und)$/i;
const WORD_SPLIT_RE = /\s+/;

/** True when a part reads like a person or organisation name rather than a role or a date. */
function looksLikeName(part: string): boolean {
  if (!part || part.length < 2 || DIGIT_RE.test(part)) return false;
  if (HANDLE_RE.test(part) || BARE_PREFIX_RE.test(part)) return false;
  const words = part.split(WORD_SPLIT_RE);
  if (words.length > MAX_NAME_WORDS) return false;
  if (ROLE_WORDS_RE.test(part)) return false;
  // A name has at least one capitalised word (scripts without case pass).
  return words.some((w) => w.charAt(0) !== w.charAt(0).toLowerCase() || w.charAt(0) === w.charAt(0).toUpperCase()) &&
    !words.every((w) => NAME_PARTICLES.has(w.toLowerCase()));
}

/**
 * Splits a byline into clean names: "By Jane Doe and John Roe, Staff Writers" →
 * ["Jane Doe", "John Roe"]. Strips the "By" prefix in several languages, roles, trailing
 * "| Outlet" parts, e-mail addresses, URLs and dates.
 * @internal
 */
export function splitByline(raw: string): string[] {
  let text = raw.replace(PARENTHESISED_RE, ' ').replace(EMAIL_OR_URL_RE, ' ');
  text = text.replace(BYLINE_TAIL_RE, '').replace(/\s+/g, ' ').trim();
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
