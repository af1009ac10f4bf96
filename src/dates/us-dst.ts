/**
 * US daylight-saving time, needed to resolve the seasonal abbreviations "ET", "CT", "MT", "PT".
 *
 * @packageDocumentation
 */

import { nthSundayOf } from './calendar';
import { US_DST_RULES, US_DST_TRANSITION_HOUR } from './constants';
import type { DateTimeParts, TimeOfDay } from './parts';

/** Packs month/day/hour/minute into one comparable number (MMDDHHmm). */
function wallClockKey(month: number, day: number, hour: number, minute: number): number {
  return ((month * 100 + day) * 100 + hour) * 100 + minute;
}

/**
 * Tells whether US daylight-saving time is in effect at a local wall-clock time, by the
 * rule in force that year ({@link US_DST_RULES}). Transitions happen at 2:00 local time;
 * the repeated autumn hour counts as daylight time.
 *
 * @returns `true` in daylight time; `false` in standard time or before any rule.
 * @example
 * isUsDaylightTime({ year: 2025, month: 7, day: 1 }, { hour: 12, minute: 0, second: 0 });  // true
 * isUsDaylightTime({ year: 2025, month: 3, day: 9 }, { hour: 1, minute: 59, second: 0 });  // false
 */
export function isUsDaylightTime(
  date: Pick<DateTimeParts, 'year' | 'month' | 'day'>,
  time: TimeOfDay,
): boolean {
  const rule = US_DST_RULES.find((candidate) => date.year >= candidate.fromYear);
  if (rule === undefined) return false;
  const start = wallClockKey(
    rule.start.month,
    nthSundayOf(date.year, rule.start.month, rule.start.sunday),
    US_DST_TRANSITION_HOUR,
    0,
  );
  const end = wallClockKey(
    rule.end.month,
    nthSundayOf(date.year, rule.end.month, rule.end.sunday),
    US_DST_TRANSITION_HOUR,
    0,
  );
  const now = wallClockKey(date.month, date.day, time.hour, time.minute);
  return now >= start && now < end;
}
