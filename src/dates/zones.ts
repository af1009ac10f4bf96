/**
 * Resolution of a zone token ("+0300", "GMT+3", "CEST", "ET") to an offset in minutes.
 *
 * @packageDocumentation
 */

import { EU_DST, IANA_ZONES, MAX_OFFSET_MINUTES, NAMED_ZONES } from './constants';
import { nthSundayOf } from './calendar';
import type { DateTimeParts, TimeOfDay } from './parts';
import { isUsDaylightTime } from './us-dst';

/** "GMT", "UTC" or "UT" written before a numeric offset ("GMT+03:00", "UTC +5:30"), with its optional space. */
const OFFSET_PREFIX = /^(?:GMT|UTC|UT) ?/;

/** A leading offset sign: plus, ASCII hyphen-minus or the Unicode minus sign U+2212. */
const SIGNED = /^[+\-−]/;

/** Sign, then 1–4 digits with an optional colon after the hours: "+03:00", "-0500", "+3", "−05". */
const NUMERIC_OFFSET = /^([+\-−])(\d{1,2}):?(\d{2})?$/;

/**
 * Converts a numeric offset ("+03:00", "+0300", "+03", "-5", "+530") to minutes.
 *
 * @returns Minutes east of UTC, or `null` when malformed or beyond ±14:00.
 * @example
 * parseNumericOffset('+03:00'); // 180
 * parseNumericOffset('-0430');  // -270
 * parseNumericOffset('+530');   // 330
 */
export function parseNumericOffset(token: string): number | null {
  const match = NUMERIC_OFFSET.exec(token);
  if (match === null) return null;
  const [, sign, hours = '', minutes = '00'] = match;
  const total = Number(hours) * 60 + Number(minutes);
  if (Number(minutes) > 59 || total > MAX_OFFSET_MINUTES) return null;
  // "-00:00" is zero too: never return -0.
  return sign === '+' || total === 0 ? total : -total;
}

/**
 * Resolves a zone token to minutes east of UTC for a given local date and time. Seasonal US
 * abbreviations ("ET", "PT"…) take the offset in force at that wall-clock time.
 *
 * @param token - A zone as matched in text: numeric, "GMT±…", or a key of {@link NAMED_ZONES}.
 * @returns Minutes east of UTC, or `null` for an unknown or malformed zone.
 * @example
 * resolveZoneOffset('GMT+03:00', { year: 2025, month: 12, day: 23 }, { hour: 15, minute: 9, second: 0 }); // 180
 * resolveZoneOffset('ET', { year: 2025, month: 12, day: 23 }, { hour: 15, minute: 9, second: 0 });        // -300
 * resolveZoneOffset('ET', { year: 2025, month: 7, day: 1 }, { hour: 15, minute: 9, second: 0 });          // -240
 */
export function resolveZoneOffset(
  token: string,
  date: Pick<DateTimeParts, 'year' | 'month' | 'day'>,
  time: TimeOfDay,
): number | null {
  // "GMT+03:00" → "+03:00"; "GMT" alone becomes "" and is looked up by name below.
  const numeric = token.replace(OFFSET_PREFIX, '');
  if (SIGNED.test(numeric)) return parseNumericOffset(numeric);
  if (!Object.hasOwn(NAMED_ZONES, token)) return null;
  const zone = NAMED_ZONES[token];
  if (zone === undefined) return null;
  if (typeof zone === 'number') return zone;
  return isUsDaylightTime(date, time) ? zone.daylight : zone.standard;
}

/**
 * Every offset a zone token can stand for: one for a numeric or fixed zone, the standard and
 * the daylight offset for a seasonal one ("ET": -300 and -240). Which one applies depends on
 * the date, which {@link resolveZoneOffset} checks.
 *
 * @returns Minutes east of UTC; `[]` for an unknown or malformed zone.
 * @example
 * zoneOffsetsOf('CET'); // [60]
 * zoneOffsetsOf('ET');  // [-300, -240]
 */
export function zoneOffsetsOf(token: string): number[] {
  const numeric = token.replace(OFFSET_PREFIX, '');
  if (SIGNED.test(numeric)) {
    const offset = parseNumericOffset(numeric);
    return offset === null ? [] : [offset];
  }
  const zone = Object.hasOwn(NAMED_ZONES, token) ? NAMED_ZONES[token] : undefined;
  if (zone === undefined) return [];
  return typeof zone === 'number' ? [zone] : [zone.standard, zone.daylight];
}

/** A day as one comparable number, YYYYMMDD. */
function dayKey(date: Pick<DateTimeParts, 'year' | 'month' | 'day'>): number {
  return (date.year * 100 + date.month) * 100 + date.day;
}

/**
 * Whether EU summer time is in force at a wall-clock time of a zone whose standard offset
 * is `standard` (see {@link EU_DST}); the repeated autumn hour counts as standard time.
 */
function isEuSummerTime(date: Pick<DateTimeParts, 'year' | 'month' | 'day'>, time: TimeOfDay, standard: number): boolean {
  const instant = Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute) - standard * 60_000;
  const start = Date.UTC(date.year, EU_DST.startMonth - 1, nthSundayOf(date.year, EU_DST.startMonth, -1), EU_DST.utcHour);
  const end = Date.UTC(date.year, EU_DST.endMonth - 1, nthSundayOf(date.year, EU_DST.endMonth, -1), EU_DST.utcHour);
  return instant >= start && instant < end;
}

/**
 * Resolves an IANA zone name ("Europe/Moscow") to minutes east of UTC at a local date and
 * time, from {@link IANA_ZONES}: no `Intl`, so every runtime gives the same answer.
 *
 * @returns Minutes east of UTC, or `null` for a zone not in the table or a date before the
 *   rule the table gives it (the time then stays zone-less).
 * @example
 * resolveIanaZoneOffset('Europe/Moscow', { year: 2024, month: 1, day: 4 }, { hour: 10, minute: 42, second: 15 });    // 180
 * resolveIanaZoneOffset('Europe/Berlin', { year: 2024, month: 7, day: 4 }, { hour: 10, minute: 42, second: 0 });     // 120
 * resolveIanaZoneOffset('Europe/Moscow', { year: 2013, month: 1, day: 4 }, { hour: 10, minute: 42, second: 0 });     // null (+04:00 then)
 */
export function resolveIanaZoneOffset(name: string, date: Pick<DateTimeParts, 'year' | 'month' | 'day'>, time: TimeOfDay): number | null {
  const entry = Object.hasOwn(IANA_ZONES, name) ? IANA_ZONES[name] : undefined;
  if (entry === undefined || dayKey(date) < entry.since) return null;
  const { zone, law } = entry;
  if (typeof zone === 'number') return zone;
  const summer = law === 'eu' ? isEuSummerTime(date, time, zone.standard) : isUsDaylightTime(date, time);
  return summer ? zone.daylight : zone.standard;
}
