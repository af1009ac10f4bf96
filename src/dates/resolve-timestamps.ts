import type { MetadataSource } from '../types';
import { isSameOrAfter, toInstant } from './compare';
import { parseEpoch } from './epoch';
import { findClock, findDateInUrl, findDatesInText, findZonedClock } from './find-dates';
import type { Clock, ZonedClock } from './find-dates';
import { parseDate } from './parse-date';
import { LOCAL_OFFSETS, MAX_BYLINE_DATE_LINE_OTHER_WORDS, MAX_FUTURE_MS, MAX_HEADER_LINE_OTHER_WORDS, ZONELESS_SLACK_MS } from './constants';
import { findRelativeDate } from './relative';
import type { ReferenceTime } from './relative';
import { parseDateParts } from './parse-date';
import { formatParts } from './format';
import type { DateTimeParts, TimeOfDay } from './parts';
import type { SlashedDateOrder } from './interpret';
import { resolveZoneOffset, zoneOffsetsOf } from './zones';

/** A raw timestamp string from a machine-readable source. */
export interface RawTimestamp {
  value: string;
  source: MetadataSource;
}

/** A visible date line and what its label says it is. */
export interface RawDateLine {
  text: string;
  label: 'published' | 'modified';
  /**
   * The line says it is the story's own: its publication, or for an update line the story's
   * update (see {@link timeOfDay}); absent means no.
   */
  publication?: boolean;
  /**
   * The dated line it was written after (for an update line, the publication's; for a line
   * without a date, the date alone above it): a clock without a date in the line ("…, mis à
   * jour à 17h41", "Publicerad 15.32" under "4 januari 2024") takes that line's date (see
   * {@link clockOnDateOf}).
   */
  dateLine?: string;
}

export interface TimestampInput {
  /** Publication-time candidates, most trusted first (JSON-LD, meta, microdata, `<time>`). */
  published: readonly RawTimestamp[];
  /** Update-time candidates, most trusted first. */
  modified: readonly RawTimestamp[];
  /** Visible date lines near the headline and byline, in page order. */
  lines: readonly RawDateLine[];
  /**
   * Short texts right after the headline, whatever their markup: one that is a whole date,
   * time and zone ("Dec 23, 2025, 03:09 ET") gives its zone to a zone-less machine time of
   * the same wall-clock minute, and its offset to a UTC machine time of the same instant to
   * the minute, and is read for nothing else.
   */
  zoneLines?: readonly string[];
  /**
   * Short texts above the headline, in page order, that nothing names a date line: the last
   * that is one whole date and at most MAX_HEADER_LINE_OTHER_WORDS other words ("Issue 47 ·
   * December 23, 2025") is the publication date, only when no other source (the URL
   * included) gives one.
   */
  headerLines?: readonly string[];
  /**
   * Short texts under the headline in its own block (a blog header's meta row), in page
   * order: the first that is such a line (see `headerLines`) is the publication date when
   * nothing else, a line above the headline included, gives one.
   */
  headlineBlockLines?: readonly string[];
  /**
   * The line right after the plain byline under the headline ("by Doris Pruitt<BR>December
   * 21, 1999"): the publication date when it is a date alone (MAX_BYLINE_DATE_LINE_OTHER_WORDS)
   * and nothing else, the lines above and under the headline included, gives one.
   */
  bylineDateLines?: readonly string[];
  /**
   * The dates the page's inline scripts declare, read only when nothing else gives the
   * publication (see {@link scriptDate}): values of variables named as the publication or
   * creation time, and the Unix times any variable holds.
   */
  scriptDates?: () => { named: readonly string[]; epochs: readonly string[] };
  /** URLs of the page, for `/2025/12/23/` paths. */
  urls: readonly (string | null)[];
  /** When the page was fetched (options.now): enables relative dates and bounds the future. */
  now: ReferenceTime | null;
  /** How the page's language writes "05/10/2018" in its date lines (see {@link slashedDateOrder}). */
  slashed?: SlashedDateOrder;
}

/**
 * Languages (and English regions) whose "05/10/2018" is month-first: US English, English
 * without a region (most often US), Canadian and Philippine English, Filipino.
 */
const MONTH_FIRST_LANGS: ReadonlySet<string> = new Set(['en', 'en-us', 'en-ca', 'en-ph', 'fil']);

/** Separators of a language list, as content-language writes one: "en-US, en". */
const LANG_LIST_SPLIT_RE = /[,;\s]+/;
/** Separators of a language tag's subtags: BCP 47's "-" and the "_" of POSIX locales ("en_US"). */
const LANG_TAG_SPLIT_RE = /[-_]/;
/** A BCP 47 script subtag ("Latn") comes before the region; a region is 2 letters or 3 digits ("GB", "001"). */
const SCRIPT_SUBTAG_RE = /^[a-z]{4}$/;
const REGION_SUBTAG_RE = /^(?:[a-z]{2}|\d{3})$/;

/**
 * The order of a slashed numeric date for a page in `lang` (BCP 47, or what pages write for
 * it: "en_US", "en-US-u-ca-gregory", "en-US, en"): month-first for the languages above and
 * for a page that names no language; day-first for every other language.
 * @internal
 */
export function slashedDateOrder(lang: string | null): SlashedDateOrder {
  const first = lang?.trim().split(LANG_LIST_SPLIT_RE)[0];
  if (!first) return 'month-first';
  const [language = '', ...subtags] = first.toLowerCase().split(LANG_TAG_SPLIT_RE);
  const next = SCRIPT_SUBTAG_RE.test(subtags[0] ?? '') ? subtags[1] : subtags[0];
  const key = next !== undefined && REGION_SUBTAG_RE.test(next) ? `${language}-${next}` : language;
  return MONTH_FIRST_LANGS.has(key) ? 'month-first' : 'day-first';
}

export interface Timestamps {
  publishedAt: string | null;
  modifiedAt: string | null;
  publishedSource: MetadataSource | null;
  modifiedSource: MetadataSource | null;
}

const DIGITS_ONLY_RE = /^\d{9,13}$/;
const DATE_ONLY_LENGTH = 10;
/** The "±hh:mm" that ends a value written with an offset other than UTC ("Z"). */
const NON_UTC_OFFSET_RE = /[+-]\d{2}:\d{2}$/;
/** "YYYY-MM-DDTHH:MM". */
const WALL_CLOCK_MINUTE_LENGTH = 16;

interface Parsed {
  value: string;
  source: MetadataSource;
  /** For a date line: it says it is the story's publication. */
  publication?: boolean;
}

function parseCandidate(raw: string): string | null {
  const value = raw.trim();
  // Bare numbers in machine-readable fields are Unix times (seconds or milliseconds).
  return DIGITS_ONLY_RE.test(value) ? parseEpoch(value) : parseDate(value);
}

function parseAll(candidates: readonly RawTimestamp[], now: ReferenceTime | null): Parsed[] {
  const out: Parsed[] = [];
  for (const c of candidates) {
    const value = parseCandidate(c.value);
    if (value && isNotFuture(value, now)) out.push({ value, source: c.source });
  }
  return out;
}

/**
 * Not more than a day after `now` (always true without it). A zone-less or date-only value
 * is read as UTC wall-clock time and allowed the widest offset on top, since its zone is
 * unknown.
 */
function isNotFuture(value: string, now: ReferenceTime | null): boolean {
  if (!now) return true;
  const parts = parseDateParts(value);
  if (!parts) return false;
  const { hour = 0, minute = 0, second = 0 } = parts.time ?? {};
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, hour, minute, second);
  const latest = now.epochMs + MAX_FUTURE_MS;
  return parts.offsetMinutes === null || parts.time === null ? wall <= latest + ZONELESS_SLACK_MS : wall - parts.offsetMinutes * 60_000 <= latest;
}

/** The wall-clock date and time to the minute ("2025-12-23T15:09"), or null without a time. */
function wallClockMinute(value: string): string | null {
  return value.length > DATE_ONLY_LENGTH ? value.slice(0, WALL_CLOCK_MINUTE_LENGTH) : null;
}

/** What {@link fullest} compares the first candidate with, besides its own kind's machine values. */
interface Spellings {
  /** The date lines of its kind. */
  lines: readonly Parsed[];
  /** The lines that tell the page's offset (see {@link localOffset}); `lines` by default. */
  offsetLines?: readonly Parsed[];
  /** Whether those lines are the story's own publication lines. */
  strictOffset?: boolean;
  /** The bare date-time lines under the headline (TimestampInput.zoneLines). */
  zoned?: readonly Parsed[];
  /** The times with a zone that date lines of its kind give without a date (see {@link clockOffset}). */
  clocks?: readonly ZonedClock[];
  /**
   * The other kind's machine values (and for the update, the publication as resolved), for
   * the same instant or, for a zone-less value, the same wall-clock minute only: a theme's
   * `<time class="entry-date updated">` is read as the publication (see isPublishedAndUpdated)
   * but writes the update's instant in the page's offset.
   */
  otherMachine?: readonly Parsed[];
  /** The times the story's own publication lines give without a date (see {@link clockOfDay}). */
  dayClocks?: readonly Clock[];
}

/**
 * The first candidate written as fully as the page writes the same moment anywhere.
 * - A date alone is replaced by a later machine-readable source's value with a time on that
 *   same day, source and all; failing that, by the time of the one date line that gives the
 *   day a time ({@link timeOfDay}).
 * - Otherwise the first's instant and source stay; only its spelling changes:
 *   - a time without a zone takes the zone of the same wall-clock minute elsewhere (og's
 *     "2019-11-18T17:01:27" beside microdata's "2019-11-18T17:01:27Z"), keeping its seconds
 *     unless it has none (a minute's ":00" takes the zoned value's "08:31:12");
 *     `zoned` adds the bare date-time lines under the headline (TimestampInput.zoneLines),
 *     `otherMachine` the other kind's values (for the update, the publication as resolved:
 *     Kompas's zone-less dateModified = datePublished beside "04/01/2024, 10:42 WIB"); a value
 *     at no zoned source's minute stays zone-less;
 *   - a UTC value takes the page's own offset for the same instant (JSON-LD's "…T07:24:00Z"
 *     beside `<time datetime="…T02:24:00-05:00">`, a value of either kind, or a `zoned` line
 *     of that minute): the issue keeps the page's own offset; failing a dated source, a line's time with a zone and no date
 *     of that minute gives it (`clocks`, see {@link clockOffset}).
 */
function fullest(first: Parsed, machine: readonly Parsed[], spellings: Spellings): Parsed {
  const { lines, offsetLines = lines, strictOffset = false, zoned = [], clocks = [], otherMachine = [], dayClocks = [] } = spellings;
  const parts = parseDateParts(first.value);
  if (!parts) return first;
  if (parts.time === null) {
    // The day's machine value is read on as a first value would be: a UTC one still gets the
    // page's offset from its lines (a date-only JSON-LD beside og's "…T11:21:08+00:00" and a
    // line "November 19, 2019, 6:21 AM EST").
    const timed = machine.find((p) => p.value.length > DATE_ONLY_LENGTH && p.value.startsWith(first.value));
    return timed ? fullest(timed, machine, ownLinesOnly(spellings)) : clockOfDay(timeOfDay(first, lines), lines, dayClocks);
  }
  const others = lines.length === 0 ? machine : machine.concat(lines);
  if (parts.offsetMinutes === null) {
    const minute = wallClockMinute(first.value);
    // The other kind's values count too: a CMS's zone-less dateModified equal to its
    // datePublished is the publication's minute, which a line wrote with its zone.
    for (const p of others.concat(zoned, otherMachine)) {
      const zoned = wallClockMinute(p.value) === minute ? parseDateParts(p.value) : null;
      if (!zoned || zoned.offsetMinutes === null) continue;
      // A value to the minute ("Fri, 12/19/2025 - 08:31", a Drupal date) invented its zero
      // seconds: the zoned source's "08:31:12" is the same time, written more fully.
      const time = parts.time.second === 0 && zoned.time !== null ? zoned.time : parts.time;
      const borrowed = { value: formatParts({ ...parts, time, offsetMinutes: zoned.offsetMinutes }), source: first.source };
      // A UTC value borrowed so is then put in the page's own offset, as a UTC first value is.
      return zoned.offsetMinutes === 0 ? fullest(borrowed, machine, ownLinesOnly(spellings)) : borrowed;
    }
    return first;
  }
  if (parts.offsetMinutes === 0) {
    // Values are parseDate's output, so an offset other than UTC is a "±hh:mm" suffix and
    // Date.parse reads such a value exactly; only a match is parsed into parts.
    const instant = toInstant(first.value);
    if (instant === null) return first;
    for (const p of otherMachine.length === 0 ? others : others.concat(otherMachine)) {
      if (!NON_UTC_OFFSET_RE.test(p.value) || Date.parse(p.value) !== instant) continue;
      const local = parseDateParts(p.value);
      if (local?.offsetMinutes) return { value: formatParts(local), source: first.source };
    }
    // A bare date-time line in the story's header (a wire's "Dec 23, 2025, 08:00 ET" with no
    // date class) names the instant as surely as a date line does when it is that minute.
    const offset = localOffset(instant, zoned.length === 0 ? others : others.concat(zoned), offsetLines, strictOffset) ?? clockOffset(instant, clocks);
    if (offset !== null) return { value: formatParts(inOffset(instant, offset)), source: first.source };
  }
  return first;
}

/**
 * The spellings a value taken from another source is completed with: the offset only from the
 * story's own publication lines (strict), never from any line of that minute past the hour (a
 * live blog's entry, an "earlier" line of another story), which a first value already reads.
 */
function ownLinesOnly(spellings: Spellings): Spellings {
  return spellings.strictOffset ? spellings : { ...spellings, offsetLines: [], strictOffset: true };
}

const MINUTE_MS = 60_000;

/**
 * The page's own offset for a UTC instant that no source writes to the second in another
 * zone, from the page's lines written to the minute:
 * - a zoned value of that minute ("23 dic 2025 - 15:09 CET" beside "…T14:09:21Z");
 * - else the timed, zone-less `lines` that show that minute's wall clock at a real offset
 *   (see LOCAL_OFFSETS) other than zero, when they agree on one: "Giriş: 23.12.2025 15:09"
 *   beside "…T12:09:00Z" is +03:00. A site prints times in its own zone for its readers;
 *   the same minute past the hour is what ties a line to the instant. With `strict` (the
 *   lines are the story's own publication lines) a line at any other time ("9:38" whose
 *   "pm" was lost beside "21:38") makes them tell nothing; otherwise such a line is another
 *   moment (a related story's) and is passed over.
 */
function localOffset(instant: number, others: readonly Parsed[], lines: readonly Parsed[], strict: boolean): number | null {
  const minute = instant - (instant % MINUTE_MS);
  for (const p of others) {
    if (NON_UTC_OFFSET_RE.test(p.value) && Date.parse(p.value) === minute) return parseDateParts(p.value)?.offsetMinutes ?? null;
  }
  let found: number | null = null;
  for (const p of lines) {
    const local = parseDateParts(p.value);
    if (!local || local.time === null || local.offsetMinutes !== null) continue;
    const wall = Date.UTC(local.year, local.month - 1, local.day, local.time.hour, local.time.minute);
    const offset = (wall - minute) / MINUTE_MS;
    if (!LOCAL_OFFSETS.has(offset) && offset !== 0) {
      if (strict) return null;
      continue;
    }
    if (found !== null && found !== offset) return null;
    found = offset;
  }
  return found === 0 ? null : found;
}

/**
 * The offset of a UTC instant that a date line gives with a time and a zone but no date
 * ("Updated 11:42 p.m. ET" for `…T04:42:13Z`): the zone's offset whose wall clock at that
 * instant, on the date the instant falls on there, is the line's time to the minute. A
 * seasonal zone ("ET") takes the offset in force on that date. The line never gives the
 * date: the machine value does; a line at another time tells nothing.
 */
function clockOffset(instant: number, clocks: readonly ZonedClock[]): number | null {
  const minute = instant - (instant % MINUTE_MS);
  for (const { time, zone } of clocks) {
    for (const offset of zoneOffsetsOf(zone)) {
      const wall = inOffset(minute, offset);
      const clock = wall.time as TimeOfDay;
      if (clock.hour !== time.hour || clock.minute !== time.minute) continue;
      if (resolveZoneOffset(zone, wall, clock) === offset) return offset === 0 ? null : offset;
    }
  }
  return null;
}

/** The wall-clock parts of `instant` in `offsetMinutes`, seconds kept. */
function inOffset(instant: number, offsetMinutes: number): DateTimeParts {
  const d = new Date(instant + offsetMinutes * MINUTE_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    time: { hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() },
    offsetMinutes,
  };
}

/**
 * A date alone, with the time the page's date lines give that day: the meta's "2017-03-10"
 * and the visible "发稿时间：2017-03-10 08:42:00", or a post's top line "Tuesday 15 October
 * 2019" and its foot "Posted on … at 09:11". Only lines that say they are the publication's
 * count (a byline, "pubtime", "Posted on …", after the headline: not a header clock, an
 * event's or a photo's date), and only when every such line is on that day and they give it
 * one time: on a live blog they give each entry's, and none of those is the story's.
 */
function timeOfDay(first: Parsed, lines: readonly Parsed[]): Parsed {
  let timed: Parsed | null = null;
  for (const p of lines) {
    if (!p.publication) continue;
    // Lines that speak of other days are a list of entries or stories, not this one's.
    if (!p.value.startsWith(first.value)) return first;
    if (p.value.length <= DATE_ONLY_LENGTH) continue;
    // "09:58" and "09:58:03" are one time; the fuller spelling is kept.
    if (timed && wallClockMinute(timed.value) !== wallClockMinute(p.value)) return first;
    if (!timed || p.value.length > timed.value.length) timed = p;
  }
  return timed ?? first;
}

/**
 * A date alone, with the time the story's own publication lines give without a date, when no
 * such line gives a date: a blog's date header "Friday, January 04, 2008" above the post and
 * its foot "Posted by Jane Doe at 10:32 AM" (Movable Type, Blogger, TypePad) are one moment,
 * "2008-01-04T10:32:00". Only when those clocks agree on one minute, and no publication line
 * speaks of a day (a line with a date gives the day its time through {@link timeOfDay}, or
 * belongs to another day); a clock's zone resolves on that day.
 */
function clockOfDay(first: Parsed, lines: readonly Parsed[], clocks: readonly Clock[]): Parsed {
  const clock = clocks[0];
  const parts = clock ? parseDateParts(first.value) : null;
  if (!clock || !parts || parts.time !== null || lines.some((p) => p.publication)) return first;
  if (clocks.some((c) => c.time.hour !== clock.time.hour || c.time.minute !== clock.time.minute || c.zone !== clock.zone)) return first;
  const offsetMinutes = clock.zone === null ? null : resolveZoneOffset(clock.zone, parts, clock.time);
  if (clock.zone !== null && offsetMinutes === null) return first;
  return { value: formatParts({ ...parts, time: clock.time, offsetMinutes }), source: first.source };
}

/**
 * The times of day the story's own publication lines give without a date ("Posted by Jane
 * Doe at 10:32 AM in Planning"): see {@link clockOfDay}.
 */
function publicationClocks(lines: readonly RawDateLine[]): Clock[] {
  const out: Clock[] = [];
  for (const line of lines) {
    // (findClock gives nothing for a line with a date.)
    const clock = line.label === 'published' && line.publication === true ? findClock(line.text) : null;
    if (clock) out.push(clock);
  }
  return out;
}

/**
 * The publication from the date lines alone: the first, with the time the story's own lines
 * give its day (timeOfDay). A first line that is a date alone, followed by a timed line of
 * that day (a site's "2025年12月23日（火）" above the story's "2025年12月23日 15時09分"), is that
 * day at that time, when no other line gives the day another time.
 */
function firstLine(lines: readonly Parsed[], dayClocks: readonly Clock[]): Parsed | null {
  const first = lines[0];
  if (!first) return null;
  const timed = clockOfDay(timeOfDay(first, lines), lines, dayClocks);
  const next = lines[1];
  if (timed !== first || first.value.length > DATE_ONLY_LENGTH || !next || next.value.length <= DATE_ONLY_LENGTH || !next.value.startsWith(first.value)) return timed;
  const minute = wallClockMinute(next.value);
  const agree = lines.every((p) => p.value.length <= DATE_ONLY_LENGTH || !p.value.startsWith(first.value) || wallClockMinute(p.value) === minute);
  return agree ? { ...next, source: first.source } : first;
}

/** The first candidate, in its fullest spelling (see {@link fullest}). */
function pickFirst(list: readonly Parsed[], spellings: Spellings): Parsed | null {
  const first = list[0];
  return first ? fullest(first, list, spellings) : null;
}

/**
 * The publication from script variables named as it (`var createTime = '2024-01-04 10:42'`,
 * `var publish_time = "2024-01-04"`), when every such value is a date of one day: the timed
 * one, else the date. A zone-less time takes the offset of a Unix time the scripts hold that
 * shows its wall clock to the minute at a real offset (LOCAL_OFFSETS: WeChat's `var ct =
 * "1704336120"` is 02:42Z, 10:42 at +08:00), written as that instant there. Read as the
 * date the page prints: the script writes it into the page's date line.
 */
function scriptDate(dates: { named: readonly string[]; epochs: readonly string[] }, now: ReferenceTime | null): Parsed | null {
  const values: string[] = [];
  for (const raw of dates.named) {
    const value = parseCandidate(raw);
    if (value && isNotFuture(value, now)) values.push(value);
  }
  const best = values.find((v) => v.length > DATE_ONLY_LENGTH) ?? values[0];
  if (best === undefined || values.some((v) => !v.startsWith(best.slice(0, DATE_ONLY_LENGTH)))) return null;
  const parts = parseDateParts(best);
  if (parts && parts.time !== null && parts.offsetMinutes === null) {
    const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.time.hour, parts.time.minute);
    for (const epoch of dates.epochs) {
      const utc = parseEpoch(epoch);
      const instant = utc === null ? null : Date.parse(utc);
      if (instant === null || Number.isNaN(instant)) continue;
      const offset = (wall - (instant - (instant % MINUTE_MS))) / MINUTE_MS;
      if (offset !== 0 && LOCAL_OFFSETS.has(offset)) return { value: formatParts(inOffset(instant, offset)), source: 'script' };
    }
  }
  return { value: best, source: 'script' };
}

/** The texts that are, whole, a date and a time with a zone ("Dec 23, 2025, 03:09 ET"). */
function zonedLines(texts: readonly string[]): Parsed[] {
  const out: Parsed[] = [];
  for (const text of texts) {
    const value = parseDate(text);
    if (value !== null && value.length > DATE_ONLY_LENGTH && parseDateParts(value)?.offsetMinutes != null) out.push({ value, source: 'text' });
  }
  return out;
}

/** A line's words are its whitespace-separated tokens with a letter or digit: "arXiv:2512.14071v1" is one, "·" none. */
const TOKEN_SPLIT_RE = /\s+/u;
const WORD_CHAR_RE = /[\p{L}\p{N}]/u;

/** See TimestampInput.headerLines: the nearest such line to the headline wins. */
function headerDate(lines: readonly string[], now: ReferenceTime | null, slashed: SlashedDateOrder, maxOtherWords = MAX_HEADER_LINE_OTHER_WORDS): Parsed | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] as string;
    const found = findDatesInText(line, slashed);
    const date = found[0];
    if (found.length !== 1 || !date || !isNotFuture(date.value, now)) continue;
    const rest = line.slice(0, date.index) + ' ' + line.slice(date.index + date.raw.length);
    if (rest.split(TOKEN_SPLIT_RE).filter((token) => WORD_CHAR_RE.test(token)).length <= maxOtherWords) return { value: date.value, source: 'text' };
  }
  return null;
}

/**
 * The first date of each date line with the given label: an absolute one, else a clock
 * without a date on the date of the line it was written after ({@link clockOnDateOf}), else
 * (only with `now`) a relative one ("3 hours ago").
 */
function datesOfLines(lines: readonly RawDateLine[], label: RawDateLine['label'], now: ReferenceTime | null, slashed: SlashedDateOrder): Parsed[] {
  const out: Parsed[] = [];
  for (const line of lines) {
    if (line.label !== label) continue;
    const found =
      findDatesInText(line.text, slashed).find((d) => isNotFuture(d.value, now))?.value ??
      clockOnDateOf(line, now, slashed) ??
      (now ? findRelativeDate(line.text, now) : null);
    if (found) out.push({ value: found, source: 'text', publication: line.publication === true });
  }
  return out;
}

/**
 * A line's clock without a date on the date of the line it was written after
 * (RawDateLine.dateLine), for a publication line as for an update line: "Publié le 23
 * décembre 2025 à 15h09, mis à jour à 17h41" gives "2025-12-23T17:41:00", "Publicerad 15.32"
 * under "4 januari 2024" gives "2024-01-04T15:32:00". The clock keeps its own zone when it writes one; else it takes the
 * dated line's offset, when that line writes one (the same line, the same clock). A clock
 * earlier than the dated line's time is another day's, and gives nothing.
 */
function clockOnDateOf(line: RawDateLine, now: ReferenceTime | null, slashed: SlashedDateOrder): string | null {
  if (line.dateLine === undefined) return null;
  const clock = findClock(line.text);
  const dated = clock ? findDatesInText(line.dateLine, slashed)[0] : undefined;
  const day = dated ? parseDateParts(dated.value) : null;
  if (!clock || !dated || !day) return null;
  const offsetMinutes = clock.zone === null ? (day.time === null ? null : day.offsetMinutes) : resolveZoneOffset(clock.zone, day, clock.time);
  if (clock.zone !== null && offsetMinutes === null) return null;
  const value = formatParts({ ...day, time: clock.time, offsetMinutes });
  return isSameOrAfter(value, dated.value) === false || !isNotFuture(value, now) ? null : value;
}

/** The times with a zone that the date lines with the given label give without a date. */
function clocksOfLines(lines: readonly RawDateLine[], label: RawDateLine['label']): ZonedClock[] {
  const out: ZonedClock[] = [];
  for (const line of lines) {
    const clock = line.label === label ? findZonedClock(line.text) : null;
    if (clock) out.push(clock);
  }
  return out;
}

/**
 * Chooses `publishedAt` and `modifiedAt` from ordered candidates: machine-readable sources
 * first, then visible date lines (relative ones only with `now`), then the URL, then a
 * short line above the headline (TimestampInput.headerLines), under it, or after its byline. Then the
 * plausibility checks: a value more than a day after `now` is skipped for the next
 * candidate (years before 1995 never parse), and an update time earlier than the
 * publication time is dropped.
 * @internal
 */
export function resolveTimestamps(input: TimestampInput): Timestamps {
  const { now } = input;
  const slashed = input.slashed ?? 'month-first';
  const publishedLines = datesOfLines(input.lines, 'published', now, slashed);
  // The story's own publication lines tell the page's offset when it has some; a header
  // clock or a live blog's entries at other minutes make the lines disagree (localOffset).
  const ownLines = publishedLines.filter((p) => p.publication);
  const zoned = zonedLines(input.zoneLines ?? []);
  const machinePublished = parseAll(input.published, now);
  const machineModified = parseAll(input.modified, now);
  const dayClocks = publicationClocks(input.lines);
  let published =
    pickFirst(machinePublished, { lines: publishedLines, offsetLines: ownLines.length > 0 ? ownLines : publishedLines, strictOffset: ownLines.length > 0, zoned, clocks: clocksOfLines(input.lines, 'published'), otherMachine: machineModified, dayClocks }) ??
    firstLine(publishedLines, dayClocks);
  if (!published) {
    for (const url of input.urls) {
      const value = url ? findDateInUrl(url) : null;
      if (value && isNotFuture(value, now)) {
        published = { value, source: 'url' };
        break;
      }
    }
  }

  // The nearest line to the headline on either side: the last above it, the first under it.
  published ??=
    headerDate(input.headerLines ?? [], now, slashed) ??
    headerDate([...(input.headlineBlockLines ?? [])].reverse(), now, slashed) ??
    headerDate(input.bylineDateLines ?? [], now, slashed, MAX_BYLINE_DATE_LINE_OTHER_WORDS);
  // Last, a date only the page's scripts declare (WeChat writes its date line by script).
  if (!published && input.scriptDates) published = scriptDate(input.scriptDates(), now);

  const modifiedLines = datesOfLines(input.lines, 'modified', now, slashed);
  // The publication as resolved writes its instant in the page's offset when a line showed
  // it there: an update of that same instant (a CMS's dateModified = datePublished) is the same.
  const publishedAsWritten = published && published.source !== 'url' ? [published] : [];
  let modified = pickFirst(machineModified, { lines: modifiedLines, zoned, clocks: clocksOfLines(input.lines, 'modified'), otherMachine: machinePublished.concat(publishedAsWritten) }) ?? modifiedLines[0] ?? null;
  if (!modified && published?.source === 'text') {
    // An unlabelled second date line of the article, later than the first, is its update time.
    // A line that gives only the day of a timed publication ("Tuesday 15 October 2019" above
    // "Posted on … at 09:11"), or its minute with seconds, is the same time, not an update.
    const first = published.value;
    const minute = wallClockMinute(first);
    const sameTime = (p: Parsed): boolean => first.startsWith(p.value) || (minute !== null && wallClockMinute(p.value) === minute);
    modified = publishedLines.find((p) => !sameTime(p) && isSameOrAfter(p.value, first) === true) ?? null;
  }
  if (modified && published && isSameOrAfter(modified.value, published.value) === false) modified = null;

  return {
    publishedAt: published?.value ?? null,
    modifiedAt: modified?.value ?? null,
    publishedSource: published?.source ?? null,
    modifiedSource: modified?.source ?? null,
  };
}
