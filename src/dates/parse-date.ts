/**
 * Parsing of one date string into the contract's ISO 8601 form.
 *
 * Why mostly hand-parsed rather than date-fns `parse()`: `parse()` must match the whole
 * string against one format string, so the optional parts seen on news pages (weekday,
 * comma, "at", seconds, "p.m.", zone) would need hundreds of format combinations per
 * language; it has no tokens for zone abbreviations ("ET", "CEST") or for keeping the
 * source's offset (it returns an instant in the machine's zone); and building a local Date
 * for a wall-clock time is unsafe, because a time inside the machine zone's DST gap
 * (02:30 on a spring-forward day in America/Los_Angeles) silently becomes another time.
 * So the grammars in `patterns.ts` extract the components, and date-fns validates the
 * calendar (`isExists` in `calendar.ts`, `isValid` for epochs).
 *
 * @packageDocumentation
 */

import { IANA_ZONE_SUFFIX_RE, MAX_DATE_STRING_LENGTH } from './constants';
import { latinDigits, needsLatinDigits } from './digits';
import { formatParts } from './format';
import { interpretGroups } from './interpret';
import { isWeekdayName } from './names';
import type { DateTimeParts } from './parts';
import { EXACT_DATE_PATTERNS } from './patterns';
import { resolveIanaZoneOffset } from './zones';

// Re-exported so that the two value parsers can be imported from one place.
export { parseEpoch } from './epoch';

/** Runs of whitespace (including NBSP and other Unicode spaces), collapsed to one space. */
const WHITESPACE_RUN = /\s+/gu;

/**
 * A leading weekday and its punctuation: "Tue, ", "Tuesday ", "Di., ", "terça-feira, ",
 * Arabic "الثلاثاء، ", Khmer "ថ្ងៃអង្គារ " (its vowel signs are marks).
 * The word is checked against WEEKDAY_NAMES before it is dropped.
 */
const WEEKDAY_PREFIX = /^(?<weekday>\p{L}[\p{L}\p{M}]{1,14}(?:-feira)?)\.?[,،]? /u;

/** Collapses whitespace and trims; native digits read as ASCII ones (digits.ts). */
function normalizeInput(input: string): string {
  const text = needsLatinDigits(input) ? latinDigits(input).text : input;
  return text.replace(WHITESPACE_RUN, ' ').trim();
}

/** Tries every anchored grammar in order; the first whose match is valid wins. */
function matchExact(text: string): DateTimeParts | null {
  for (const pattern of EXACT_DATE_PATTERNS) {
    const match = pattern.exec(text);
    if (match === null) continue;
    const parts = interpretGroups(match.groups ?? {});
    if (parts !== null) return parts;
  }
  return null;
}

/** The text without a leading weekday name, or `null` when it does not start with one. */
function withoutWeekday(text: string): string | null {
  const match = WEEKDAY_PREFIX.exec(text);
  const weekday = match?.groups?.weekday;
  if (match === null || weekday === undefined || !isWeekdayName(weekday)) return null;
  return text.slice(match[0].length);
}

/**
 * A date-time written with an IANA zone name ("04.01.2024 10:42:15 (Europe/Moscow)") in that
 * zone's offset on that date; a date alone, a time that writes its own offset, or a zone the
 * table does not know (see resolveIanaZoneOffset) stays as written.
 */
function inIanaZone(parts: DateTimeParts | null, zone: string): DateTimeParts | null {
  if (parts === null || parts.time === null || parts.offsetMinutes !== null) return parts;
  const offsetMinutes = resolveIanaZoneOffset(zone, parts, parts.time);
  return offsetMinutes === null ? parts : { ...parts, offsetMinutes };
}

/**
 * Parses a date string into its components, keeping the source's own offset.
 * This is {@link parseDate} before formatting, for callers that compute with the fields.
 *
 * @returns The parts, or `null` when the input is not a plausible date.
 * @example
 * parseDateParts('23 Dec 2025 15:09 +0300');
 * // { year: 2025, month: 12, day: 23, time: { hour: 15, minute: 9, second: 0 }, offsetMinutes: 180 }
 */
export function parseDateParts(input: string): DateTimeParts | null {
  if (typeof input !== 'string') return null;
  // Cheap length guard before any normalisation or pattern work: long text is not a date.
  if (input.length > MAX_DATE_STRING_LENGTH * 4) return null;
  const text = normalizeInput(input);
  if (text === '' || text.length > MAX_DATE_STRING_LENGTH) return null;
  const iana = IANA_ZONE_SUFFIX_RE.exec(text);
  if (iana !== null && iana.index > 0) return inIanaZone(parseDateParts(text.slice(0, iana.index)), iana[1] as string);
  const parts = matchExact(text);
  if (parts !== null) return parts;
  const rest = withoutWeekday(text);
  return rest === null ? null : matchExact(rest);
}

/**
 * Parses one date or date-time string, as found in metadata or a byline, into ISO 8601
 * keeping the source's own UTC offset. Nothing is invented: a date-only input stays a date,
 * a time without a zone stays zone-less, and the machine's time zone is never consulted.
 * Numeric epoch timestamps are not accepted here (see {@link parseEpoch}).
 *
 * Accepted: ISO 8601 / RFC 3339 (extended and basic), RFC 2822, English month-first
 * ("December 23, 2025 03:09 PM GMT+03:00", "Dec. 23, 2025, 3:09 p.m. ET"), day-first with
 * month names in en/de/fr/es/it/pt/nl/tr/ru ("23. Dezember 2025", "23 Aralık 2025 15:09",
 * "23 de diciembre de 2025"), numeric "23.12.2025, 15:09 Uhr", "2025/12/23 15:09",
 * Drupal "Tue, 03/12/2024 - 14:05" (slashes with first number ≤ 12 = US month/day), and
 * CJK "2025年12月23日 15時09分". A weekday before the date, or after it and before the
 * time ("23 Aralık 2025 Salı 15:09"), is ignored. US "ET"/"CT"/"MT"/"PT" take
 * the standard or daylight offset in force on that date, and so does an IANA zone name
 * after the time ("04.01.2024 10:42:15 (Europe/Moscow)", see IANA_ZONES).
 *
 * @param input - The string to parse.
 * @returns `"2025-12-23T15:09:00+03:00"` (zero offset as `Z`, seconds always present,
 *   fractions dropped), `"2025-12-23T15:09:00"` without a zone, `"2025-12-23"` for a date;
 *   `null` when unparseable, not a real calendar day, or outside 1995–2100.
 * @example
 * parseDate('Tue, 23 Dec 2025 15:09:00 +0300');        // '2025-12-23T15:09:00+03:00'
 * parseDate('2025-12-23T12:09:00.000Z');               // '2025-12-23T12:09:00Z'
 * parseDate('Dec. 23, 2025, 3:09 p.m. ET');            // '2025-12-23T15:09:00-05:00'
 * parseDate('23.12.2025, 15:09 Uhr');                  // '2025-12-23T15:09:00'
 * parseDate('23 de diciembre de 2025');                // '2025-12-23'
 * parseDate('February 30, 2024');                      // null
 */
export function parseDate(input: string): string | null {
  const parts = parseDateParts(input);
  return parts === null ? null : formatParts(parts);
}
