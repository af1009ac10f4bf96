/**
 * Finding dates inside visible text (bylines, datelines) and inside article URLs.
 *
 * @packageDocumentation
 */

import { isCalendarDate, isPlausibleYear } from './calendar';
import { formatDate, formatParts } from './format';
import { interpretClock, interpretGroups, interpretTime } from './interpret';
import type { SlashedDateOrder } from './interpret';
import { isWeekdayName, monthFromName } from './names';
import { latinDigits, needsLatinDigits } from './digits';
import { CLOCK_PATTERN, SCAN_DATE_PATTERNS, WEEKDAY_GROUP, ZONED_CLOCK_PATTERN, nextSearchIndex } from './patterns';
import type { TimeOfDay } from './parts';

/**
 * Every scanned grammar has a four-digit year (patterns.ts, YEAR and its inline copies) but
 * the two-digit ones after a dot or a slash ("23.12.25, 12:31", "1/4/24, 3:10 PM"), so a text
 * without four digits in a row or a dot or slash, two digits and a separator has no date, and
 * the dozen patterns need not run on it.
 */
const HAS_YEAR_RE = /\d{4}|[./]\d{2}[,\s]/;

/**
 * A date found in text.
 *
 * @example
 * const found: DateInText = { value: '2025-12-23T15:10:00+03:00', index: 24, raw: 'December 23, 2025 03:10 PM GMT+03:00' };
 */
export interface DateInText {
  /** The date in `parseDate`'s output form. */
  value: string;
  /** Offset of the first character of `raw` in the scanned text (UTF-16 code units). */
  index: number;
  /** The matched text, exactly as it appears in the scanned text (native digits and direction marks included). */
  raw: string;
}

/** "/2025/12/23" in a URL path (also "/2025/1/5"). */
const URL_SLASHED_DATE = /\/(?<year>\d{4})\/(?<month>\d{1,2})\/(?<day>\d{1,2})(?=[/?#._-]|$)/g;

/** "/2025-12-23" (also after "-" or "_", as in "/story-2025-12-23.html"). */
const URL_DASHED_DATE = /[/_-](?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?=[/?#._-]|$)/g;

/** "/20251223" as a whole path segment or segment prefix ("/20251223/", "/20251223-slug"). */
const URL_COMPACT_DATE = /\/(?<year>\d{4})(?<month>\d{2})(?<day>\d{2})(?=[/?#._-]|$)/g;

/** "/2025/dec/23" with a month name (The Guardian's style). */
const URL_MONTH_NAME_DATE = /\/(?<year>\d{4})\/(?<monthName>\p{L}{3,9})\/(?<day>\d{1,2})(?=[/?#._-]|$)/gu;

/** The URL date patterns; the leftmost valid match in the URL wins. */
const URL_DATE_PATTERNS: readonly RegExp[] = [
  URL_SLASHED_DATE,
  URL_DASHED_DATE,
  URL_COMPACT_DATE,
  URL_MONTH_NAME_DATE,
];

/** Start of the query string or fragment: dates are only looked for before it. */
const QUERY_OR_FRAGMENT = /[?#]/;

/**
 * The match of a date whose grammar took the word after it for a weekday that it is not
 * ("23 Aralık 2025 Güncelleme 15:09"): the same grammar at the same place, in the text cut
 * before that word, so the date is read alone (see patterns.ts, WEEKDAY_BETWEEN).
 */
function withoutFalseWeekday(pattern: RegExp, text: string, match: RegExpExecArray): RegExpExecArray {
  const weekday = match.groups?.[WEEKDAY_GROUP];
  const at = match.indices?.groups?.[WEEKDAY_GROUP]?.[0];
  if (weekday === undefined || at === undefined || isWeekdayName(weekday)) return match;
  pattern.lastIndex = match.index;
  const again = pattern.exec(text.slice(0, at));
  return again !== null && again.index === match.index ? again : match;
}

/** Runs a global pattern over the text, pushing every valid date it matches. */
function collectMatches(pattern: RegExp, text: string, out: DateInText[], slashed: SlashedDateOrder): void {
  pattern.lastIndex = 0;
  let match = pattern.exec(text);
  while (match !== null) {
    match = withoutFalseWeekday(pattern, text, match);
    pattern.lastIndex = match.index + match[0].length;
    const parts = interpretGroups(match.groups ?? {}, slashed);
    if (parts === null) {
      // Not a valid date ("23 people 2025", "32.13.2025"): look again one character later.
      pattern.lastIndex = nextSearchIndex(text, match.index);
    } else {
      out.push({ value: formatParts(parts), index: match.index, raw: match[0] });
    }
    match = pattern.exec(text);
  }
  pattern.lastIndex = 0;
}

/** Keeps, left to right, the longest candidate at each position and drops those overlapping it. */
function dropOverlaps(candidates: DateInText[]): DateInText[] {
  const sorted = [...candidates].sort((a, b) => a.index - b.index || b.raw.length - a.raw.length);
  const kept: DateInText[] = [];
  let end = 0;
  for (const candidate of sorted) {
    if (candidate.index < end) continue;
    kept.push(candidate);
    end = candidate.index + candidate.raw.length;
  }
  return kept;
}

/**
 * Finds every date and date-time in a visible-text string, in order of appearance. Uses the
 * same grammars and rules as `parseDate` (except the ISO basic form, which in text
 * would match ids); when matches overlap, the longest one starting first wins.
 *
 * @param text - Visible text, e.g. a byline or dateline.
 * @param slashed - How to read "05/10/2018": US month-first (the default) or day-first.
 * @returns The dates found; `[]` when none.
 * @example
 * findDatesInText('By Jane Doe · Updated December 23, 2025 03:10 PM GMT+03:00');
 * // [{ value: '2025-12-23T15:10:00+03:00', index: 22, raw: 'December 23, 2025 03:10 PM GMT+03:00' }]
 */
export function findDatesInText(input: string, slashed: SlashedDateOrder = 'month-first'): DateInText[] {
  if (typeof input !== 'string') return [];
  if (!needsLatinDigits(input)) return datesIn(input, slashed);
  const { text, origin } = latinDigits(input);
  // Each date as the input writes it: its own digits, its direction marks.
  return datesIn(text, slashed).map((d) => {
    const start = origin === null ? d.index : (origin[d.index] as number);
    const end = origin === null ? d.index + d.raw.length : (origin[d.index + d.raw.length - 1] as number) + 1;
    return { value: d.value, index: start, raw: input.slice(start, end) };
  });
}

/** The dates of a text in ASCII digits (see {@link findDatesInText}). */
function datesIn(text: string, slashed: SlashedDateOrder): DateInText[] {
  if (!HAS_YEAR_RE.test(text)) return [];
  const candidates: DateInText[] = [];
  for (const pattern of SCAN_DATE_PATTERNS) collectMatches(pattern, text, candidates, slashed);
  return dropOverlaps(candidates);
}

/**
 * A time of day with its zone, as a line without a date writes it.
 *
 * @example
 * const clock: ZonedClock = { time: { hour: 23, minute: 42, second: 0 }, zone: 'ET' };
 */
export interface ZonedClock {
  time: TimeOfDay;
  /** The zone token as written ("ET", "CET", "GMT+3"), resolved only against a date. */
  zone: string;
}

/**
 * The one time of day with a zone in a text that gives no date: a live page's banner
 * "Updated 11:42 p.m. ET". A text with a date, or with two such times, gives none.
 *
 * @example
 * findZonedClock('Updated 11:42 p.m. ET'); // { time: { hour: 23, minute: 42, second: 0 }, zone: 'ET' }
 * findZonedClock('Updated Nov. 4, 2025, 11:42 p.m. ET'); // null: a date line, read as one
 */
export function findZonedClock(input: string): ZonedClock | null {
  if (typeof input !== 'string' || findDatesInText(input).length > 0) return null;
  const text = needsLatinDigits(input) ? latinDigits(input).text : input;
  let found: ZonedClock | null = null;
  ZONED_CLOCK_PATTERN.lastIndex = 0;
  for (let match = ZONED_CLOCK_PATTERN.exec(text); match !== null; match = ZONED_CLOCK_PATTERN.exec(text)) {
    const clock = interpretClock(match.groups ?? {});
    if (clock === null) continue;
    if (found !== null) {
      found = null;
      break;
    }
    found = clock;
  }
  ZONED_CLOCK_PATTERN.lastIndex = 0;
  return found;
}

/**
 * A time of day, with its zone when one is written, as a line without a date writes it.
 *
 * @example
 * const clock: Clock = { time: { hour: 17, minute: 41, second: 0 }, zone: null };
 */
export interface Clock {
  time: TimeOfDay;
  /** The zone token as written, or null. */
  zone: string | null;
}

/**
 * The one time of day in a text that gives no date ("mis à jour à 17h41", "Updated 5:41 PM
 * ET"), with its zone if written. A text with a date, or with two times, gives none.
 *
 * @example
 * findClock('mis à jour à 17h41'); // { time: { hour: 17, minute: 41, second: 0 }, zone: null }
 */
export function findClock(input: string): Clock | null {
  if (typeof input !== 'string' || findDatesInText(input).length > 0) return null;
  const text = needsLatinDigits(input) ? latinDigits(input).text : input;
  let found: Clock | null = null;
  CLOCK_PATTERN.lastIndex = 0;
  for (let match = CLOCK_PATTERN.exec(text); match !== null; match = CLOCK_PATTERN.exec(text)) {
    const time = interpretTime(match.groups ?? {});
    if (time === null) continue;
    if (found !== null) {
      found = null;
      break;
    }
    found = { time, zone: match.groups?.zone ?? null };
  }
  CLOCK_PATTERN.lastIndex = 0;
  return found;
}

/** Leftmost valid date of one URL pattern, as [index, "YYYY-MM-DD"]. */
function firstUrlDate(pattern: RegExp, path: string): [number, string] | null {
  pattern.lastIndex = 0;
  let match = pattern.exec(path);
  let found: [number, string] | null = null;
  while (match !== null && found === null) {
    const groups = match.groups ?? {};
    const year = Number(groups.year);
    const month = groups.monthName === undefined ? Number(groups.month) : monthFromName(groups.monthName);
    const day = Number(groups.day);
    if (month !== null && isPlausibleYear(year) && isCalendarDate(year, month, day)) {
      found = [match.index, formatDate({ year, month, day })];
    } else {
      pattern.lastIndex = nextSearchIndex(path, match.index);
      match = pattern.exec(path);
    }
  }
  pattern.lastIndex = 0;
  return found;
}

/**
 * Reads the publication date many sites put in article URLs: `/2025/12/23/`,
 * `/2025-12-23/`, `/20251223/` and `/2025/dec/23/`. Only the path is searched (not the
 * query or fragment); implausible years and impossible days are rejected.
 *
 * @param url - An absolute or relative URL.
 * @returns The leftmost date as `"YYYY-MM-DD"`, or `null`.
 * @example
 * findDateInUrl('https://example.com/world/2025/12/23/ceasefire-talks/'); // '2025-12-23'
 * findDateInUrl('https://example.com/news/20251223/story.html');          // '2025-12-23'
 * findDateInUrl('https://example.com/item/12345678/');                    // null
 */
export function findDateInUrl(url: string): string | null {
  if (typeof url !== 'string') return null;
  const cut = url.search(QUERY_OR_FRAGMENT);
  const path = cut === -1 ? url : url.slice(0, cut);
  let best: [number, string] | null = null;
  for (const pattern of URL_DATE_PATTERNS) {
    const found = firstUrlDate(pattern, path);
    if (found !== null && (best === null || found[0] < best[0])) best = found;
  }
  return best === null ? null : best[1];
}
