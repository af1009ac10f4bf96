/**
 * Relative dates ("3 hours ago", "gestern", "il y a 2 jours") resolved against a reference
 * time the caller gives. Without one they mean nothing, so they are never guessed.
 *
 * @packageDocumentation
 */

import { MAX_RELATIVE_COUNT, RELATIVE_DAY_WORDS, RELATIVE_ONE_WORDS, RELATIVE_PAST_AFTER, RELATIVE_PAST_BEFORE, RELATIVE_UNITS } from './constants';
import type { RelativeUnit } from './constants';
import { formatDate, formatOffset, formatTime } from './format';
import { nextSearchIndex } from './patterns';

/** The reference time: an instant, and the UTC offset results are written in. */
export interface ReferenceTime {
  /** Epoch milliseconds. */
  readonly epochMs: number;
  /** Minutes east of UTC. */
  readonly offsetMinutes: number;
}

const UNIT_MS: Readonly<Record<RelativeUnit, number>> = { minute: 60_000, hour: 3_600_000, day: 86_400_000, week: 604_800_000 };

/** Escapes a table word for use inside a pattern. */
function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const BEFORE = RELATIVE_PAST_BEFORE.map(escape).join('|');
const AFTER = RELATIVE_PAST_AFTER.map(escape).join('|');

/**
 * "vor 3 Stunden", "3 hours ago": a marker before or after a count and a unit word. The
 * count is digits or a word for "one"; the table lookups decide whether a match counts.
 * Words are bounded by non-letters (`\b` does not know Cyrillic).
 */
const AGO_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(?<before>${BEFORE})\s+)?(?<count>\d{1,4}|\p{L}{1,6})\s+(?<unit>\p{L}{2,12})\.?(?:\s+(?<after>${AFTER}))?(?![\p{L}])`,
  'giu',
);

/** "yesterday", "gestern, 15:09 Uhr", "today at 3:09 p.m.": a day word and an optional clock time. */
const DAY_WORD_PATTERN = new RegExp(
  String.raw`(?<![\p{L}])(?<word>${[...RELATIVE_DAY_WORDS.keys()].map(escape).join('|')})(?![\p{L}])(?:,?\s{1,3}(?:at|um|à|a las|alle|às|om|saat|в)?\s{0,3}(?<hour>\d{1,2})[:.h](?<minute>\d{2})(?!\d)\s?(?<meridiem>[ap]\.?\s?m\.?)?)?`,
  'iu',
);

/** The calendar day and wall-clock time of an instant in the reference offset. */
function wallClock(epochMs: number, offsetMinutes: number): { date: string; time: string } {
  const shifted = new Date(epochMs + offsetMinutes * 60_000);
  const parts = { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
  return { date: formatDate(parts), time: formatTime({ hour: shifted.getUTCHours(), minute: shifted.getUTCMinutes(), second: 0 }) };
}

function countOf(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return RELATIVE_ONE_WORDS.has(word.toLowerCase()) ? 1 : null;
}

/** "3 hours ago" → the instant three hours before `now`, in `now`'s offset; days and weeks → the day. */
function readAgo(text: string, now: ReferenceTime): string | null {
  AGO_PATTERN.lastIndex = 0;
  for (let m = AGO_PATTERN.exec(text); m !== null; m = AGO_PATTERN.exec(text)) {
    const { before, after, count: rawCount = '', unit: rawUnit = '' } = m.groups ?? {};
    // Exactly one past marker: "vor 3 Stunden" or "3 hours ago", never both or neither.
    const count = countOf(rawCount);
    const unit = RELATIVE_UNITS.get(rawUnit.toLowerCase());
    if ((before === undefined) === (after === undefined) || count === null || unit === undefined || count > MAX_RELATIVE_COUNT) {
      // "Ana hace 2 horas": the words of a failed match may start the next one.
      AGO_PATTERN.lastIndex = nextSearchIndex(text, m.index);
      continue;
    }
    const { date, time } = wallClock(now.epochMs - count * UNIT_MS[unit], now.offsetMinutes);
    AGO_PATTERN.lastIndex = 0;
    return unit === 'minute' || unit === 'hour' ? `${date}T${time}${formatOffset(now.offsetMinutes)}` : date;
  }
  return null;
}

/** "yesterday" → the day before `now`'s day; with a clock time, that day at that (zone-less) time. */
function readDayWord(text: string, now: ReferenceTime): string | null {
  const m = DAY_WORD_PATTERN.exec(text);
  if (m === null) return null;
  const { word = '', hour, minute, meridiem } = m.groups ?? {};
  const shift = RELATIVE_DAY_WORDS.get(word.toLowerCase());
  if (shift === undefined || (shift === 0 && hour === undefined)) return null;
  const { date } = wallClock(now.epochMs + shift * UNIT_MS.day, now.offsetMinutes);
  if (hour === undefined || minute === undefined) return date;
  let h = Number(hour);
  const min = Number(minute);
  if (meridiem !== undefined) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (meridiem.toLowerCase().startsWith('p') ? 12 : 0);
  }
  if (h > 23 || min > 59) return null;
  // The page's clock time is in the page's zone, which a relative line does not name.
  return `${date}T${formatTime({ hour: h, minute: min, second: 0 })}`;
}

/**
 * Reads a relative date from a short line of visible text, against the time the page was
 * fetched. Minutes and hours give a date-time in `now`'s offset; days, weeks and
 * "yesterday" give a day; "yesterday at 15:09" gives a zone-less date-time.
 *
 * @param text - A date line or byline: "Updated 3 hours ago", "vor 2 Tagen", "gestern, 15:09 Uhr".
 * @param now - The reference time.
 * @returns The date in `parseDate`'s output form, or `null` when the line holds no relative date.
 * @example
 * const now = { epochMs: Date.UTC(2025, 11, 23, 15, 0), offsetMinutes: 180 };
 * findRelativeDate('3 hours ago', now);  // '2025-12-23T15:00:00+03:00'
 * findRelativeDate('gestern', now);      // '2025-12-22'
 */
export function findRelativeDate(text: string, now: ReferenceTime): string | null {
  if (typeof text !== 'string' || text === '') return null;
  return readAgo(text, now) ?? readDayWord(text, now);
}
