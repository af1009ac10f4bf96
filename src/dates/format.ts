/**
 * Serialises {@link DateTimeParts} to the ISO 8601 forms of the public contract.
 *
 * @packageDocumentation
 */

import type { DateTimeParts, TimeOfDay } from './parts';

/** Left-pads a non-negative integer with zeros to `width` digits. */
function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/**
 * Formats a calendar date as `YYYY-MM-DD`.
 *
 * @example
 * formatDate({ year: 2025, month: 1, day: 5 }); // '2025-01-05'
 */
export function formatDate(parts: Pick<DateTimeParts, 'year' | 'month' | 'day'>): string {
  return `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}`;
}

/**
 * Formats a time of day as `HH:MM:SS`.
 *
 * @example
 * formatTime({ hour: 3, minute: 9, second: 0 }); // '03:09:00'
 */
export function formatTime(time: TimeOfDay): string {
  return `${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}`;
}

/**
 * Formats a UTC offset: `Z` for zero, else `±HH:MM`.
 *
 * @param offsetMinutes - Minutes east of UTC.
 * @example
 * formatOffset(0);    // 'Z'
 * formatOffset(-300); // '-05:00'
 * formatOffset(345);  // '+05:45'
 */
export function formatOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'Z';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * Formats parsed parts as the contract's ISO 8601 string: `"2025-12-23"` (date only),
 * `"2025-12-23T15:09:00"` (no zone) or `"2025-12-23T15:09:00+03:00"` / `"…Z"`.
 *
 * @example
 * formatParts({ year: 2025, month: 12, day: 23, time: { hour: 15, minute: 9, second: 0 }, offsetMinutes: 180 });
 * // '2025-12-23T15:09:00+03:00'
 */
export function formatParts(parts: DateTimeParts): string {
  const date = formatDate(parts);
  if (parts.time === null) return date;
  const dateTime = `${date}T${formatTime(parts.time)}`;
  return parts.offsetMinutes === null ? dateTime : dateTime + formatOffset(parts.offsetMinutes);
}
