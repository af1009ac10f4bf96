/**
 * Turns the named groups of a grammar match (see `patterns.ts`) into validated
 * {@link DateTimeParts}.
 *
 * @packageDocumentation
 */

import { isCalendarDate, isPlausibleYear, yearOfShortYear } from './calendar';
import { BUDDHIST_ERA, CJK_MERIDIEMS, NATIVE_MERIDIEMS } from './constants';
import { isBuddhistEraMonthName, isWeekdayName, monthFromName } from './names';
import type { DateTimeParts, TimeOfDay } from './parts';
import { resolveZoneOffset } from './zones';

/**
 * The named groups of a match, as `RegExpExecArray.groups` provides them.
 *
 * @example
 * const groups: MatchGroups = { year: '2025', month: '12', day: '23' };
 */
export type MatchGroups = Partial<Record<string, string>>;

/** Reads an integer group; `undefined` when the group did not participate. */
function intGroup(value: string | undefined): number | undefined {
  return value === undefined ? undefined : Number(value);
}

/**
 * How a page writes "a/b/yyyy" with slashes and a ≤ 12: US month-first ("03/12/2024" is
 * March 12, as Drupal prints it) unless the page's language writes the day first.
 */
export type SlashedDateOrder = 'month-first' | 'day-first';

/**
 * A year of the Buddhist era (see BUDDHIST_ERA): a large one written after "พ.ศ." or in a
 * date whose month is named in Thai ("23 ธ.ค. 2568").
 */
function isBuddhistEraYear(year: number, groups: MatchGroups): boolean {
  if (year < BUDDHIST_ERA.minYear) return false;
  return groups.buddhistEra !== undefined || (groups.monthName !== undefined && isBuddhistEraMonthName(groups.monthName));
}

/** Resolves year, month and day from whichever groups the grammar used; `null` if invalid. */
function readDate(groups: MatchGroups, slashed: SlashedDateOrder): Pick<DateTimeParts, 'year' | 'month' | 'day'> | null {
  const written = groups.shortYear === undefined ? intGroup(groups.year) : yearOfShortYear(Number(groups.shortYear));
  const year = written !== undefined && isBuddhistEraYear(written, groups) ? written - BUDDHIST_ERA.offset : written;
  if (year === undefined || !isPlausibleYear(year)) return null;
  let month: number | null | undefined;
  let day: number | undefined;
  if (groups.first !== undefined && groups.middle !== undefined) {
    // Numeric "a/b/yyyy": month-first only when written with slashes, a ≤ 12 and the page
    // writes US dates; otherwise (dots, dashes, a > 12, a day-first language) day-first.
    // Dots too when no day-first reading exists: Condé Nast's "11.15.2019 10:09 AM" (a ≤ 12 <
    // b); "04.01.2024" stays day-first on any page, as Europe writes it.
    const first = Number(groups.first);
    const middle = Number(groups.middle);
    // "1/4/24, 3:10 PM": a slashed two-digit year is a US clock's date; two numbers of 12 or
    // less are read only on a page that writes month first (patterns.ts, SLASHED_SHORT_YEAR_DATE_TIME).
    if (groups.shortYear !== undefined && slashed === 'day-first' && first <= 12 && middle <= 12) return null;
    const usOrder = first <= 12 && ((groups.numericSeparator === '/' && (slashed === 'month-first' || middle > 12)) || (groups.numericSeparator === '.' && middle > 12));
    month = usOrder ? first : middle;
    day = usOrder ? middle : first;
  } else {
    month = groups.monthName === undefined ? intGroup(groups.month) : monthFromName(groups.monthName);
    day = intGroup(groups.day);
    // "ديسمبر/ كانون الأول": the second name must be the same month's.
    if (groups.monthAlias !== undefined && monthFromName(groups.monthAlias) !== month) return null;
  }
  if (month === null || month === undefined || day === undefined) return null;
  if (!isCalendarDate(year, month, day)) return null;
  return { year, month, day };
}

/** Whether the meridiem (Latin, CJK or another script's) marks the afternoon, the morning, or is absent. */
function readMeridiem(groups: MatchGroups): 'am' | 'pm' | null {
  if (groups.cjkMeridiem !== undefined) return CJK_MERIDIEMS[groups.cjkMeridiem] ?? null;
  if (groups.nativeMeridiem !== undefined) return NATIVE_MERIDIEMS[groups.nativeMeridiem] ?? null;
  if (groups.meridiem === undefined) return null;
  return groups.meridiem.charAt(0).toLowerCase() === 'p' ? 'pm' : 'am';
}

/**
 * Reads the time groups: `null` when the match has no time, `undefined` when it has an
 * impossible one (25:00, 13 p.m., 15:60).
 */
function readTime(groups: MatchGroups): TimeOfDay | null | undefined {
  const rawHour = intGroup(groups.hour);
  if (rawHour === undefined) return null;
  const minute = intGroup(groups.minute) ?? 0;
  const second = intGroup(groups.second) ?? intGroup(groups.cjkSecond) ?? 0;
  if (minute > 59 || second > 59) return undefined;
  const meridiem = readMeridiem(groups);
  if (meridiem === null) return rawHour > 23 ? undefined : { hour: rawHour, minute, second };
  // 12-hour clock: 12 a.m. is midnight, 12 p.m. noon; Japanese also writes 午前0時 / 午後0時.
  // A word for the evening beside a 24-hour clock ("15:09 م", "15:09 រសៀល", "下午 15:09") only repeats it.
  if (rawHour > 12) return (groups.nativeMeridiem !== undefined || groups.cjkMeridiem !== undefined) && meridiem === 'pm' && rawHour <= 23 ? { hour: rawHour, minute, second } : undefined;
  return { hour: (rawHour % 12) + (meridiem === 'pm' ? 12 : 0), minute, second };
}

/**
 * Interprets the named groups of a grammar match; `slashed` decides "05/10/2018".
 *
 * @returns The parts, or `null` when the date is not a real or plausible calendar day, the
 *   word after it is no weekday, the time is impossible, or the zone cannot be resolved.
 * @example
 * interpretGroups({ monthName: 'Dec', day: '23', year: '2025', hour: '3', minute: '09', meridiem: 'p.m.', zone: 'ET' });
 * // { year: 2025, month: 12, day: 23, time: { hour: 15, minute: 9, second: 0 }, offsetMinutes: -300 }
 */
export function interpretGroups(groups: MatchGroups, slashed: SlashedDateOrder = 'month-first'): DateTimeParts | null {
  // The grammars take any word after a date, or inside one, for its weekday (patterns.ts,
  // WEEKDAY_BETWEEN, MONTH_DAY_YEAR).
  if (groups.weekday !== undefined && !isWeekdayName(groups.weekday)) return null;
  if (groups.innerWeekday !== undefined && !isWeekdayName(groups.innerWeekday)) return null;
  const date = readDate(groups, slashed);
  if (date === null) return null;
  const time = readTime(groups);
  if (time === undefined) return null;
  if (time === null) return { ...date, time: null, offsetMinutes: null };
  if (groups.zone === undefined) return { ...date, time, offsetMinutes: null };
  const offsetMinutes = resolveZoneOffset(groups.zone, date, time);
  return offsetMinutes === null ? null : { ...date, time, offsetMinutes };
}

/**
 * Reads a time of day and its zone token from a match of a clock without a date
 * (`ZONED_CLOCK_PATTERN`); the zone is resolved later, against a date.
 *
 * @returns The time and the zone as written, or `null` for an impossible time or no zone.
 * @example
 * interpretClock({ hour: '11', minute: '42', meridiem: 'p.m.', zone: 'ET' });
 * // { time: { hour: 23, minute: 42, second: 0 }, zone: 'ET' }
 */
export function interpretClock(groups: MatchGroups): { time: TimeOfDay; zone: string } | null {
  const time = readTime(groups);
  return time && groups.zone !== undefined ? { time, zone: groups.zone } : null;
}

/**
 * Reads the time of day of a match of a clock without a date (`CLOCK_PATTERN`).
 *
 * @returns The time, or `null` for an impossible one.
 * @example
 * interpretTime({ hour: '17', minute: '41' }); // { hour: 17, minute: 41, second: 0 }
 */
export function interpretTime(groups: MatchGroups): TimeOfDay | null {
  return readTime(groups) ?? null;
}
