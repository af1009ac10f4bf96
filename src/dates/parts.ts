/**
 * The intermediate, zone-faithful representation of a parsed date.
 *
 * @packageDocumentation
 */

/**
 * A wall-clock time of day, as written on the page (24-hour, seconds 0 when absent).
 *
 * @example
 * const time: TimeOfDay = { hour: 15, minute: 9, second: 0 };
 */
export interface TimeOfDay {
  /** 0–23. */
  readonly hour: number;
  /** 0–59. */
  readonly minute: number;
  /** 0–59 (fractions are dropped). */
  readonly second: number;
}

/**
 * A calendar date with an optional time and an optional UTC offset, exactly as the source
 * stated them: nothing is converted to another zone and nothing missing is filled in.
 *
 * @example
 * const parts: DateTimeParts = {
 *   year: 2025, month: 12, day: 23,
 *   time: { hour: 15, minute: 9, second: 0 },
 *   offsetMinutes: 180,
 * }; // "2025-12-23T15:09:00+03:00"
 */
export interface DateTimeParts {
  /** Four-digit year. */
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  /** 1–31, valid for the month. */
  readonly day: number;
  /** The time of day, or `null` for a date-only value. */
  readonly time: TimeOfDay | null;
  /** Offset east of UTC in minutes, or `null` when the source gave no zone (always `null` without a time). */
  readonly offsetMinutes: number | null;
}
