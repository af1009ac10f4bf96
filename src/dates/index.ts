/**
 * Date parsing for copydesk: one value ({@link parseDate}, {@link parseEpoch}), dates in
 * text and URLs ({@link findDatesInText}, {@link findDateInUrl}) and the modified ≥
 * published check ({@link toInstant}, {@link isSameOrAfter}). Every result keeps the
 * source's own UTC offset and never depends on the machine's time zone.
 *
 * @example
 * import { parseDate } from './dates';
 * parseDate('December 23, 2025 03:09 PM GMT+03:00'); // '2025-12-23T15:09:00+03:00'
 *
 * @packageDocumentation
 */

export { parseDate } from './parse-date';
export { parseEpoch } from './epoch';
export { findDateInUrl, findDatesInText } from './find-dates';
export type { DateInText } from './find-dates';
export { isSameOrAfter, toInstant } from './compare';
export { isWeekdayName } from './names';
