/**
 * Unix timestamps from JSON or meta values (never from free text, where any long number
 * would qualify).
 *
 * @packageDocumentation
 */

import { isValid } from 'date-fns/isValid';
import { isPlausibleYear } from './calendar';
import { EPOCH_MILLISECONDS_THRESHOLD } from './constants';
import { formatParts } from './format';

/** A non-negative decimal number as a string: up to 13 integer digits (milliseconds), optional fraction. */
const EPOCH_STRING = /^\d{1,13}(?:\.\d{1,9})?$/;

/**
 * Converts a Unix timestamp, in seconds or milliseconds, to an ISO 8601 UTC string. The unit
 * is inferred: values below 1e11 are seconds (see {@link EPOCH_MILLISECONDS_THRESHOLD}).
 * Fractional seconds are dropped.
 *
 * @param value - A number, or a string of digits ("1766502540", "1766502540000").
 * @returns `"2025-12-23T15:09:00Z"`, or `null` when not a finite non-negative number or
 *   outside 1995–2100.
 * @example
 * parseEpoch(1766502540);      // '2025-12-23T15:09:00Z'
 * parseEpoch('1766502540123'); // '2025-12-23T15:09:00Z'
 * parseEpoch(0);               // null (1970 is implausible)
 */
export function parseEpoch(value: number | string): string | null {
  let amount: number;
  if (typeof value === 'number') {
    amount = value;
  } else if (typeof value === 'string') {
    const text = value.trim();
    if (!EPOCH_STRING.test(text)) return null;
    amount = Number(text);
  } else {
    return null;
  }
  if (!Number.isFinite(amount) || amount < 0) return null;
  const milliseconds = amount < EPOCH_MILLISECONDS_THRESHOLD ? amount * 1000 : amount;
  const date = new Date(Math.floor(milliseconds / 1000) * 1000);
  if (!isValid(date)) return null;
  const year = date.getUTCFullYear();
  if (!isPlausibleYear(year)) return null;
  return formatParts({
    year,
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    time: { hour: date.getUTCHours(), minute: date.getUTCMinutes(), second: date.getUTCSeconds() },
    offsetMinutes: 0,
  });
}
