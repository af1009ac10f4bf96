import type { Element } from '../parse/dom';
import { classAndId } from '../parse/dom';
import { STATE_PREFIXES, STATE_SUFFIXES } from './constants';

/** Splits at separators and at camelCase humps. */
const TOKEN_SPLIT_RE = /[^a-zA-Z0-9]+|(?<=[a-z])(?=[A-Z])/;

/**
 * The class/id tokens of an element, with each pair of neighbours also joined by "-" so that
 * multi-word rules ("most-read") match "mostRead", "most_read" and "most-read" alike.
 * @internal
 */
export function classTokens(el: Element): string[] {
  const raw = classAndId(el);
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
