/**
 * Comparison of contract date strings, honest about what a zone-less value can tell.
 *
 * @packageDocumentation
 */

import { formatDate, formatTime } from './format';
import type { DateTimeParts } from './parts';
import { parseDateParts } from './parse-date';

/** Epoch milliseconds of parts that carry a time and an offset. */
function instantOf(parts: DateTimeParts): number | null {
  if (parts.time === null || parts.offsetMinutes === null) return null;
  const { hour, minute, second } = parts.time;
  const wallClockAsUtc = Date.UTC(parts.year, parts.month - 1, parts.day, hour, minute, second);
  return wallClockAsUtc - parts.offsetMinutes * 60_000;
}

/**
 * Converts a zoned date-time to epoch milliseconds. Any string `parseDate` accepts is
 * accepted ("+0300", fractions, RFC 2822…), but only a value with both a time and a zone
 * names an instant.
 *
 * @param iso - A date-time such as `"2025-12-23T15:09:00+03:00"`.
 * @returns Epoch milliseconds, or `null` for a zone-less or date-only value or an unparseable string.
 * @example
 * toInstant('2025-12-23T15:09:00+03:00'); // 1766491740000
 * toInstant('2025-12-23T12:09:00Z');      // 1766491740000
 * toInstant('2025-12-23T15:09:00');       // null
 * toInstant('2025-12-23');                // null
 */
export function toInstant(iso: string): number | null {
  const parts = parseDateParts(iso);
  return parts === null ? null : instantOf(parts);
}

/** Lexically comparable key: the day, plus the wall-clock time when both values have one. */
function wallClockKey(parts: DateTimeParts, withTime: boolean): string {
  const date = formatDate(parts);
  return withTime && parts.time !== null ? `${date}T${formatTime(parts.time)}` : date;
}

/**
 * Tells whether `a` is the same moment as `b` or later — the "modified ≥ published" check.
 * When both values are zoned date-times their instants are compared; otherwise the fields
 * both have are compared as written: wall-clock date-times when both have a time, else the
 * calendar days alone (a zoned value's day is its own local day).
 *
 * @param a - The value expected to be later (e.g. modifiedAt).
 * @param b - The value expected to be earlier (e.g. publishedAt).
 * @returns `true` / `false`, or `null` when either value cannot be parsed.
 * @example
 * isSameOrAfter('2025-12-23T13:00:00Z', '2025-12-23T15:09:00+03:00'); // true  (13:00Z > 12:09Z)
 * isSameOrAfter('2025-12-23T15:00:00', '2025-12-23T15:09:00');        // false
 * isSameOrAfter('2025-12-23', '2025-12-23T15:09:00+03:00');           // true  (same day)
 * isSameOrAfter('yesterday', '2025-12-23');                           // null
 */
export function isSameOrAfter(a: string, b: string): boolean | null {
  const left = parseDateParts(a);
  const right = parseDateParts(b);
  if (left === null || right === null) return null;
  const leftInstant = instantOf(left);
  const rightInstant = instantOf(right);
  if (leftInstant !== null && rightInstant !== null) return leftInstant >= rightInstant;
  const withTime = left.time !== null && right.time !== null;
  return wallClockKey(left, withTime) >= wallClockKey(right, withTime);
}
