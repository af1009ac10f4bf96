import type { AnyNode, Element } from '../parse/dom';
import { classAndId, foldAccents, isElement, isTextNode } from '../parse/dom';
import { FURNITURE_HEADING_RE, HEADING_ANCHOR_ID, STATE_PREFIXES, STATE_SUFFIXES } from './constants';

/** Splits at separators and at camelCase humps. */
const TOKEN_SPLIT_RE = /[^a-zA-Z0-9]+|(?<=[a-z])(?=[A-Z])/;

const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const SECTION_TAG = 'section';
const ID_WORD_SPLIT_RE = /[^a-z0-9]+/;
const TEXT_WORD_SPLIT_RE = /[^\p{L}\p{N}]+/u;
const DIGITS_RE = /^\d+$/;

/**
 * Whether a heading's id is an anchor spelled from its own text ("social-care-takes-the-
 * biggest-share"), as blog engines, static-site generators and table-of-contents plugins
 * write them: such an id names the words, not the block's role.
 */
function isTextAnchorId(el: Element, id: string): boolean {
  const words = id.toLowerCase().split(ID_WORD_SPLIT_RE).filter((w) => w.length > 1 && !DIGITS_RE.test(w));
  if (words.length < HEADING_ANCHOR_ID.minWords) return false;
  // The id is spelled from the heading's first words: a bounded read, however big the heading.
  const heading = leadingText(el, HEADING_ANCHOR_ID.maxTextRead);
  // A heading that is itself furniture ("Share this story", "Sign up for our newsletter")
  // keeps its id's verdict.
  if (FURNITURE_HEADING_RE.test(heading.trim())) return false;
  const text = new Set(foldAccents(heading).split(TEXT_WORD_SPLIT_RE));
  let shared = 0;
  for (const w of words) if (text.has(w)) shared++;
  return shared >= HEADING_ANCHOR_ID.minWords && words.length - shared <= HEADING_ANCHOR_ID.maxOtherWords;
}

/** The first `limit` characters of an element's text, read without walking the rest. */
function leadingText(el: Element, limit: number): string {
  let out = '';
  const stack: AnyNode[] = [];
  for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i] as AnyNode);
  while (stack.length > 0 && out.length < limit) {
    const node = stack.pop() as AnyNode;
    if (isTextNode(node)) out += node.data;
    else if (isElement(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
  return out.slice(0, limit);
}

/**
 * The names that say what an element is: its class and id, but not a heading's id spelled
 * from its text (a subheading "Social care takes the biggest share" is not a share bar).
 * @internal
 */
export function roleNames(el: Element): string {
  const id = el.attribs.id;
  // Pandoc, Quarto and Hugo set the heading's anchor on the <section> it opens: a section headed
  // "Managing Quarto citation styles" or "Share your results" is not a citation box or a share bar.
  if (id && (HEADING_TAGS.has(el.name) || el.name === SECTION_TAG) && isTextAnchorId(el, id)) return el.attribs.class ?? '';
  const names = classAndId(el);
  const component = el.attribs['data-component'];
  return component ? `${names} ${component}` : names;
}

/**
 * The tokens of an element's role names (see roleNames), with each pair of neighbours also
 * joined by "-" so that multi-word rules ("most-read") match "mostRead", "most_read" and
 * "most-read" alike.
 * @internal
 */
export function classTokens(raw: string): string[] {
  if (!raw) return [];
  const words = raw.split(TOKEN_SPLIT_RE).filter(Boolean).map((w) => w.toLowerCase());
  // A word qualified by a state ("has-comments", "comments-open") names a state, not a kind:
  // it is kept only inside its pair, which no vocabulary lists.
  // Allocated only for the few names that have a state word: this runs on every element.
  let stated: Set<number> | null = null;
  for (let i = 0; i < words.length; i++) {
    if (STATE_PREFIXES.has(words[i] as string) && i + 1 < words.length) (stated ??= new Set()).add(i + 1);
    if (STATE_SUFFIXES.has(words[i] as string) && i > 0) (stated ??= new Set()).add(i - 1);
  }
  const skip = stated;
  const out = skip ? words.filter((_, i) => !skip.has(i)) : words.slice();
  for (let i = 0; i + 1 < words.length; i++) out.push(`${words[i]}-${words[i + 1]}`);
  return out;
}

/** A token vocabulary compiled to a set for O(1) lookups. */
export function tokenSet(...lists: ReadonlyArray<readonly string[]>): ReadonlySet<string> {
  return new Set(lists.flat());
}

/** True when any of the element's tokens is in the set. */
export function hasToken(tokens: readonly string[], set: ReadonlySet<string>): boolean {
  for (const t of tokens) if (set.has(t)) return true;
  return false;
}

/**
 * The role names without the names of a card's media part (see CARD_MEDIA_PART_WORDS): a
 * name whose last word is in `media` and whose words before it end with a token of `cards`
 * ("story-card-image": "story-card" + "image"). Null when no name is one.
 * @internal
 */
export function withoutCardMediaNames(raw: string, cards: ReadonlySet<string>, media: ReadonlySet<string>): string | null {
  let dropped = false;
  const kept = raw.split(NAME_SPLIT_RE).filter((name) => {
    const words = name.split(TOKEN_SPLIT_RE).filter(Boolean).map((w) => w.toLowerCase());
    const n = words.length;
    if (n < 2 || !media.has(words[n - 1] as string)) return true;
    const before = words[n - 2] as string;
    const card = cards.has(before) || (n >= 3 && cards.has(`${words[n - 3]}-${before}`));
    if (card) dropped = true;
    return !card;
  });
  return dropped ? kept.join(' ') : null;
}
const NAME_SPLIT_RE = /\s+/;

/**
 * Whether one of the role names has a word of `heads` as its head word: its last word, or one
 * followed by words of `tails` only ("ltx_keywords", "keywords-list"; not "keywords-intro"),
 * and not qualified by a state ("has-keywords").
 * @internal
 */
export function hasHeadWord(raw: string, heads: ReadonlySet<string>, tails: ReadonlySet<string>): boolean {
  for (const name of raw.split(NAME_SPLIT_RE)) {
    const words = name.split(TOKEN_SPLIT_RE).filter(Boolean);
    for (let i = words.length - 1; i >= 0; i--) {
      const word = (words[i] as string).toLowerCase();
      if (heads.has(word)) {
        if (i === 0 || !STATE_PREFIXES.has((words[i - 1] as string).toLowerCase())) return true;
        break;
      }
      if (!tails.has(word)) break;
    }
  }
  return false;
}
