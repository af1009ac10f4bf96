/**
 * Calendar arithmetic that never depends on the machine's time zone.
 *
 * @packageDocumentation
 */

import { isExists } from 'date-fns/isExists';
import { MAX_PLAUSIBLE_YEAR, MIN_PLAUSIBLE_YEAR } from './constants';

/**
 * Tells whether a year is plausible for a news article
 * ({@link MIN_PLAUSIBLE_YEAR}–{@link MAX_PLAUSIBLE_YEAR}).
 *
 * @example
 * isPlausibleYear(2025); // true
 * isPlausibleYear(1970); // false
 */
export function isPlausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_PLAUSIBLE_YEAR && year <= MAX_PLAUSIBLE_YEAR;
}

/**
 * The year a two-digit year names: the earliest plausible year ({@link isPlausibleYear})
 * that ends in those digits. "25" is 2025, never 1925 or 2125; "98" is 1998, not 2098, a
 * century no page has reached.
 *
 * @param shortYear - 0–99.
 * @example
 * yearOfShortYear(25); // 2025
 * yearOfShortYear(98); // 1998
 */
export function yearOfShortYear(shortYear: number): number {
  const century = MIN_PLAUSIBLE_YEAR - (MIN_PLAUSIBLE_YEAR % 100);
  const year = century + shortYear;
  return year < MIN_PLAUSIBLE_YEAR ? year + 100 : year;
}

/**
 * Tells whether year-month-day names a real calendar day (Feb 30 does not). Uses date-fns
 * `isExists`, which builds a local Date at midnight and reads the same local fields back:
 * safe under any machine zone, since no zone moves a date across a day boundary at midnight.
 *
 * @param month - 1–12.
 * @example
 * isCalendarDate(2024, 2, 29); // true
 * isCalendarDate(2025, 2, 29); // false
 */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  return isExists(year, month - 1, day);
}

/**
 * Day of the week of a calendar date, 0 = Sunday … 6 = Saturday, computed in UTC so the
 * machine's zone cannot shift it.
 *
 * @param month - 1–12.
 * @example
 * weekdayOf(2025, 12, 23); // 2 (Tuesday)
 */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/**
 * Number of days in a month.
 *
 * @param month - 1–12.
 * @example
 * daysInMonth(2024, 2); // 29
 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Day of the month of the n-th Sunday of a month (`n = -1` for the last one).
 *
 * @param month - 1–12.
 * @param n - 1 for the first Sunday, 2 for the second…, -1 for the last.
 * @example
 * nthSundayOf(2025, 3, 2);   // 9  (DST starts March 9, 2025)
 * nthSundayOf(2006, 10, -1); // 29
 */
export function nthSundayOf(year: number, month: number, n: number): number {
  if (n < 0) {
    const last = daysInMonth(year, month);
    return last - weekdayOf(year, month, last);
  }
  const firstSunday = 1 + ((7 - weekdayOf(year, month, 1)) % 7);
  return firstSunday + 7 * (n - 1);
}
