/**
 * The date grammars as regular expressions, compiled once at module load.
 *
 * Every grammar is written once as a source string and compiled twice: anchored
 * (`^…$`, for {@link EXACT_DATE_PATTERNS}) and global (for {@link SCAN_DATE_PATTERNS}).
 * All grammars share the same named groups, so one interpreter reads any match:
 * `year` (or a two-digit `shortYear`), `month` (numeric) or `monthName`, `day`, or
 * `first`/`middle` for an ambiguous numeric day-month pair; `hour`, `minute`, `second`, `meridiem` / `nativeMeridiem` / `cjkMeridiem`,
 * `cjkSecond`; `zone`.
 *
 * Backtracking safety: every quantifier is bounded (`{1,3}`, `{3,12}`…) or applies to a
 * single character class, no quantifier is nested inside another quantified group, and
 * alternations are between literals or branches that start differently. Each match attempt
 * is therefore bounded by a constant, and a scan is linear in the text length.
 *
 * @packageDocumentation
 */

import { CJK_MERIDIEMS, NAMED_ZONES, NATIVE_MERIDIEMS } from './constants';
import { MULTI_WORD_MONTH_NAMES } from './names';

/** Start of a token: not preceded by a letter or digit, so "x2025-12-23" or "123.12.2025" do not start a date. */
const TOKEN_START = String.raw`(?<![\p{L}\p{N}])`;

/** One space a dot may have after it inside a numeric date (Czech "23. 12. 2025"); none after a slash or hyphen. */
const SPACE_AFTER_DOT = String.raw`(?:(?<=\.) )?`;

/** A four-digit year that is not the start of a longer number. */
const YEAR = String.raw`(?<year>\d{4})(?!\d)`;

/**
 * One word that may be a month: a letter of any script and 1–13 more letters, marks (the
 * vowel signs of Indic scripts: Hindi "मई" and Tamil "மே" have two) or zero-width joiners
 * (Sinhala "අප්‍රේල්").
 */
const ONE_MONTH_WORD = String.raw`\p{L}[\p{L}\p{M}\u200c\u200d]{1,13}`;

/** A month abbreviated with a dot inside, Thai "ธ.ค.", "มี.ค.", "เม.ย." (the last dot is MONTH_WORD's). */
const DOTTED_MONTH_ABBREVIATION = String.raw`\p{L}[\p{L}\p{M}]?\.\p{L}`;

/**
 * The month names of two words (Levantine "كانون الأول"), as literals, spaced as a page spaces
 * them, behind a lookahead for their first letters: a word of another script is turned away
 * by one test, not one per name.
 */
const MULTI_WORD_MONTH_ALTERNATION = `(?=[${[...new Set(MULTI_WORD_MONTH_NAMES.map((name) => name.charAt(0)))].join('')}])(?:${MULTI_WORD_MONTH_NAMES.map((name) => name.split(' ').join(String.raw`\s{1,2}`)).join('|')})`;

/**
 * A month name or abbreviation, plus an optional dot; then, after a slash, the same month's
 * name in the other calendar's words, as Arabic papers write both ("ديسمبر/ كانون الأول"),
 * captured as `monthAlias` and checked in interpret.ts. Kept generic on purpose (instead of
 * one alternation of all names) so case, accents and Turkish dotless i are handled by the
 * lookup in `names.ts`; a word that is not a month fails there. Only the few names of two
 * words are listed. The one word is tried first: it is every language's month, and the
 * grammar backtracks to the others when what follows does not fit ("มี" of "มี.ค.").
 */
const MONTH_WORD = String.raw`(?<monthName>${ONE_MONTH_WORD}|${DOTTED_MONTH_ABBREVIATION}|${MULTI_WORD_MONTH_ALTERNATION})\.?(?:\s?/\s?(?<monthAlias>${MULTI_WORD_MONTH_ALTERNATION}|${ONE_MONTH_WORD}))?`;

/**
 * The comma between parts of a date: Latin ",", Arabic "،" ("الثلاثاء، 23 ديسمبر 2025، 15:09")
 * and Burmese "၊" ("၂၀၂၅ ခုနှစ်၊ ဒီဇင်ဘာလ ၂၃ ရက်၊ ၁၅:၀၉").
 */
const COMMA = '[,،၊]';

/**
 * Words written before a year: Thai "พ.ศ." (the Buddhist era, captured as `buddhistEra`: the
 * year is 543 years later than the common one, see BUDDHIST_ERA) and "ค.ศ." (the common
 * era), Khmer "ឆ្នាំ" ("year": "ឆ្នាំ២០២៥").
 */
const YEAR_PREFIX = String.raw`(?:(?<buddhistEra>พ\.\s?ศ\.)\s{0,2}|(?:ค\.\s?ศ\.|ឆ្នាំ)\s{0,2})?`;

/** Ordinal suffixes after a day number: "23rd", "1er", "23.", "1º". */
const DAY_SUFFIX = String.raw`(?:\.|er|st|nd|rd|th|º|°)`;

/**
 * The ordinal dot Serbian and Croatian pages put after the year as after the day:
 * "23. decembar 2025. 15:09", "23.12.2025. 15:09". Taken only when the day before it has its
 * dot too (the lookbehind), and only before a space or the end, so an English sentence's full
 * stop after "December 23, 2025." or "12/23/2025." stays out of the date.
 */
const YEAR_DOT = String.raw`(?:(?<=\d\.\s{0,3}(?:\p{L}[\p{L}\p{M}]{1,13}\.?|\d{1,2}\.)\s{0,3}\d{4})\.(?=\s|$))?`;

/**
 * Year words after the year: Russian and Macedonian "2025 г.", "2025 года", Ukrainian "2025 р.",
 * "2025 року", Armenian "2025 թ.", Kazakh "2025 ж.".
 */
const YEAR_SUFFIX = String.raw`(?:\s?(?:года|року|г\.?|р\.?|թ\.?|ж\.?)(?!\p{L}))?`;

/**
 * The keys of {@link NAMED_ZONES}, longest first, as an alternation of literal upper-case
 * words (the keys contain only A–Z, so they need no escaping).
 */
const NAMED_ZONE_ALTERNATION = Object.keys(NAMED_ZONES)
  .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  .join('|');

/**
 * A zone: "GMT+03:00" / "UTC+5:30" / "GMT-5", a bare numeric offset "+03:00" / "+0300" /
 * "+03" (also with U+2212 minus), or a named zone that is a whole word ("EST", "CEST", "Z").
 * Matched case-sensitively: "et" or "ist" in running text are not zones.
 */
const ZONE = String.raw`(?<zone>(?:GMT|UTC|UT) ?[+\-−]\d{1,2}(?::?\d{2})?(?!\d)|[+\-−]\d{2}(?::?\d{2})?(?!\d)|(?:${NAMED_ZONE_ALTERNATION})(?![\p{L}\p{N}]))`;

/**
 * An optional zone after a time, up to two spaces away, bare or in parentheses: VnExpress's
 * "23/12/2025, 15:09 (GMT+7)", "3:09 PM (ET)". (One optional parenthesis on each side: the
 * zone's named group may be written only once.)
 */
const ZONE_PART = String.raw`(?:\s{0,2}\(?${ZONE}\)?)?`;

/** The markers of {@link NATIVE_MERIDIEMS}, longest first, as an alternation of literals. */
const NATIVE_MERIDIEM_ALTERNATION = Object.keys(NATIVE_MERIDIEMS)
  .sort((a, b) => b.length - a.length)
  .map((marker) => marker.replaceAll('.', String.raw`\.`))
  .join('|');

/**
 * "am" / "pm" in any of "PM", "pm", "p.m.", "p. m."; not followed by a letter ("amid" is no
 * meridiem); or a marker of another script (Arabic "م", Sinhala "ප.ව.", Khmer "រសៀល"), a
 * whole word, captured as `nativeMeridiem`.
 */
const MERIDIEM = String.raw`(?:(?<meridiem>[AaPp]\.?\s?[Mm]\.?)(?!\p{L})|(?<nativeMeridiem>${NATIVE_MERIDIEM_ALTERNATION})(?![\p{L}\p{M}]))`;

/** The CJK meridiem markers of {@link CJK_MERIDIEMS} as an alternation of literals. */
const CJK_MERIDIEM_ALTERNATION = Object.keys(CJK_MERIDIEMS).join('|');

/**
 * A CJK meridiem written before the clock of a numeric date, as Korean portals, Taiwanese
 * .NET pages and Japanese blogs print them: "2024.01.04. 오후 3:32", "2024/1/4 下午 03:32:10",
 * "2024/01/04 午後3:32". Captured as `cjkMeridiem`, as in {@link CJK_DATE}; a clock without
 * one stays a 24-hour clock.
 */
const CJK_MERIDIEM_BEFORE_TIME = String.raw`(?:(?<cjkMeridiem>${CJK_MERIDIEM_ALTERNATION})\s{0,2})?`;

/**
 * The word for "o'clock" written after a time: German "Uhr", Thai "น." (นาฬิกา: "15:09 น."),
 * Burmese "နာရီ" ("၁၅:၀၉ နာရီ").
 */
const HOUR_WORD = String.raw`(?:Uhr|น\.|นาฬิกา|နာရီ)`;

/**
 * A time of day: "15:09", "15:09:00.123", "15h09", "15.09", "3:09 p.m.", "3 pm",
 * "15 Uhr", "15:09 Uhr". The leading lookahead demands minutes, a meridiem or "Uhr", so a
 * bare number after a date ("Dec 23, 2025 12 people") is never taken for an hour.
 */
const TIME = String.raw`(?=\d{1,2}(?:[:.h]\d{2}|\s?[AaPp]\.?\s?[Mm]|\s?Uhr))(?<hour>\d{1,2})(?:[:.h](?<minute>\d{2})(?::(?<second>\d{2})(?:[.,]\d{1,9})?)?)?(?!\d)(?:\s{0,2}${MERIDIEM})?(?:\s?${HOUR_WORD})?`;

/**
 * Words written between a date and its time: "at", "um", "à", "a las", "alle", "ore", "às",
 * "om", "saat", "в", Ukrainian "о", Nordic "kl." and Finnish "klo", Czech "v", Slovak and
 * Polish "o", Slovenian "ob", Romanian "ora", Greek "στις", Serbian and Croatian "u" (Serbian
 * Cyrillic "у"), Galician "ás", Macedonian "во", Latvian "plkst.", Armenian "ժամը", Kazakh
 * "сағат", Arabic "الساعة" ("the hour"), Khmer "ម៉ោង" ("hour"), Thai "เวลา" ("time").
 */
const TIME_CONNECTOR = String.raw`(?:at|um|à|a las|a la|alle|ore|às|ás|as|om|saat|в|о|kl\.|klo|v|ob|o|u|у|ora|στις|во|plkst\.|ժամը|сағат|الساعة|ម៉ោង|เวลา)`;

/**
 * What separates a date from its time: spaces with an optional comma and connector word
 * ("Dec 23, 2025, 3:09", "… at 3:15", "… à 15h09"), a dash, bar, dot or slash between spaces
 * ("03/12/2024 - 14:05"; US broadcast groups' "Dec 23, 2025 / 06:12 AM CST": with spaces
 * around it a slash is no numeric date's own), or a bare comma (of any script, {@link COMMA}).
 */
const DATE_TIME_SEPARATOR = String.raw`(?:${COMMA}?\s{1,3}(?:${TIME_CONNECTOR}\s{1,3})?|\s{1,2}[-–—|·•@/]\s{1,2}|${COMMA})`;

/**
 * A weekday written after a date, before its time or alone, as a whole word with an
 * optional abbreviation dot: "23 Aralık 2025 Salı 15:09", "23. Dezember 2025, Dienstag, 15:09 Uhr",
 * "December 23, 2025, Tuesday, 3:09 p.m.", "26 грудня 2025, п'ятниця, 15:09". Any one word
 * of two letters or more (and marks, with Portuguese "-feira" or a Ukrainian apostrophe inside) stands for it
 * and is captured as `weekday`, except a word that joins a date to its time ("at", "um",
 * "kl."). Whoever reads the match checks it: interpret.ts rejects a match whose word is no
 * weekday, and find-dates.ts then reads the date without it (see {@link WEEKDAY_GROUP}). The
 * weekday itself is not read; the date alone decides the day. Spelled out, every language's
 * weekdays in every case made each grammar with a time tail take ~60 ms to compile on a
 * process's first date line (a CLI run, a cold serverless start), most of its cold cost.
 */
const WEEKDAY_BETWEEN = String.raw`(?:${COMMA}?\s{1,3}|\s{1,2}[-–—|·•]\s{1,2})(?!${TIME_CONNECTOR}\s|(?:${CJK_MERIDIEM_ALTERNATION})\s)(?<weekday>\p{L}(?:[\p{L}\p{M}]{1,14}(?:['’-]\p{L}{1,8})?|['’]\p{L}{1,12}))(?![\p{L}\p{M}\p{N}])\.?`;

/** The named group a grammar's weekday after its date is captured in (see {@link WEEKDAY_BETWEEN}). */
export const WEEKDAY_GROUP = 'weekday';

/**
 * A weekday between a time written first and its date, with a comma or spaces after it:
 * Newsquest's "10:42am Saturday 14th March 2009", "7:07 PM EST Tuesday, Nov 19, 2019". Not
 * read, as {@link WEEKDAY_BETWEEN}. Any one word of letters stands for it here: with the
 * weekdays of all the languages spelled out, each of the three time-first grammars took
 * ~175 ms to compile on a process's first date line (a CLI run, a cold serverless start), and
 * the time's gate (a meridiem, "Uhr" or a zone) already says a date follows.
 */
const WEEKDAY_BEFORE_DATE = String.raw`(?:\p{L}{2,12}\.?,?\s{1,3})?`;

/** A time and optional zone after a date, with what separates them. */
const TIME_PART = String.raw`${DATE_TIME_SEPARATOR}${CJK_MERIDIEM_BEFORE_TIME}${TIME}${ZONE_PART}`;

/**
 * What may follow a textual or numeric date: a time, a weekday and a time, or a weekday
 * that ends the phrase ("… 2025 Salı", "… 2025 Salı |"). A weekday followed by another word
 * is left out, so that "5 May 2025 so the…" does not take the German "So" for Sunday.
 * (The weekday and the time part are written once each: a capture group name may not appear
 * twice. Without a weekday, the lookahead branch is an empty tail.)
 */
const TIME_TAIL = String.raw`(?:(?:${WEEKDAY_BETWEEN})?(?:${TIME_PART}|(?!\s{0,3}\p{L})))?`;

/**
 * ISO 8601 / RFC 3339 extended form: "2025-12-23", "2025-12-23T15:09", "2025-12-23 15:09:00",
 * "2025-12-23T15:09:00.123456Z", with offsets "+03:00", "+0300", "+03" or a named zone; the
 * Nordic clock's dot after a space ("2025-12-23 15.09"); and a CJK meridiem before a 12-hour
 * clock, whose hour may then have one digit ("2025-12-23 下午3:09"; a bare "2025-12-23 3:09"
 * keeps out, and "2025-12-23 15:09" stays a 24-hour clock).
 */
const ISO_EXTENDED = String.raw`${TOKEN_START}(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?:(?:T|\s{1,2}${CJK_MERIDIEM_BEFORE_TIME})(?<hour>\d{2}|(?<=\p{L}\s{0,2})\d)[:.](?<minute>\d{2})(?::(?<second>\d{2})(?:[.,]\d{1,9})?)?(?!\d)${ZONE_PART})?(?!\d)`;

/** ISO 8601 basic form, only as a whole value (in text it would match ids): "20251223", "20251223T150900Z". */
const ISO_BASIC = String.raw`(?<year>\d{4})(?<month>\d{2})(?<day>\d{2})(?:T(?<hour>\d{2})(?<minute>\d{2})(?<second>\d{2})?${ZONE_PART})?`;

/**
 * Year first with slashes or dots: "2025/12/23 15:09", "2025.12.23"; Hungarian writes a
 * space after each dot and one after the day: "2025. 12. 23. 15:09".
 */
const YEAR_MONTH_DAY = String.raw`${TOKEN_START}(?<year>\d{4})(?<ymdSeparator>[/.])${SPACE_AFTER_DOT}(?<month>\d{1,2})\k<ymdSeparator>${SPACE_AFTER_DOT}(?<day>\d{1,2})(?!\d)(?:(?<=\.\s?\d{1,2})\.(?=\s))?${TIME_TAIL}`;

/**
 * Year first with the month's name: Hungarian "2025. december 23. 15:09"; Basque
 * "2025eko abenduaren 23a, 15:09" (the year's "-eko"/"-ko", also "-(e)ko" as CLDR writes it,
 * the month in the genitive, the day with its article "-a" or "-an", "on the"); Sinhala
 * "2025 දෙසැම්බර් 23" with nothing between; Burmese "၂၀၂၅ ခုနှစ်၊ ဒီဇင်ဘာလ ၂၃ ရက်၊ ၁၅:၀၉ နာရီ"
 * (the words "year" and "day" after their numbers).
 */
const YEAR_MONTH_NAME_DAY = String.raw`${TOKEN_START}${YEAR}(?:\.|-?(?:e|\(e\))?ko|\s?ခုနှစ်${COMMA}?)?\s{1,2}${MONTH_WORD}\s{1,2}(?<day>\d{1,2})(?!\d)(?:\.|(?:e?an|a)(?!\p{L})|\s?ရက်)?${TIME_TAIL}`;

/**
 * Year, month and day as numbers between Mongolian words: "2025 оны 12 сарын 23, 15:09"
 * ("of the year 2025, of the 12th month, the 23rd"), also "12-р сарын" and "12 дугаар сарын"
 * (ordinals), the day with a case ending ("23-ны").
 */
const MONGOLIAN_YEAR_MONTH_DAY = String.raw`${TOKEN_START}${YEAR}\s{1,2}оны\s{1,2}(?<month>\d{1,2})(?:-р|\s{1,2}(?:дугаар|дүгээр))?\s{1,2}сарын\s{1,2}(?<day>\d{1,2})(?!\d)(?:-?н(?:ы|ий|д)(?!\p{L}))?${TIME_TAIL}`;

/**
 * Year first, then the day and the month's name: Latvian "2025. gada 23. decembris" ("of the
 * year 2025"), Kazakh "2025 ж. 23 желтоқсан".
 */
const YEAR_DAY_MONTH_NAME = String.raw`${TOKEN_START}${YEAR}(?:\.\s{1,2}gada|\s?ж\.)\s{1,2}(?<day>\d{1,2})(?!\d)\.?\s{1,2}${MONTH_WORD}${TIME_TAIL}`;

/**
 * Day and month as numbers before the year: "23.12.2025, 15:09 Uhr", "23-12-2025",
 * "03/12/2024 - 14:05", Czech and Slovak "23. 12. 2025". Which number is the month is decided later (slashes with a first
 * number ≤ 12 are US month/day order).
 */
// A fourth dotted part makes a build or version number, not a date ("Build 10.13.2019.1").
const NOT_A_FOURTH_PART = String.raw`(?!\.\d)`;
const NUMERIC_DAY_MONTH_YEAR = String.raw`${TOKEN_START}(?<first>\d{1,2})(?<numericSeparator>[./-])${SPACE_AFTER_DOT}(?<middle>\d{1,2})\k<numericSeparator>${SPACE_AFTER_DOT}${YEAR}${NOT_A_FOURTH_PART}${YEAR_DOT}${TIME_TAIL}`;

/**
 * Day, month and a two-digit year, each two digits between dots, with a clock after them:
 * "23.12.25, 12:31" (Ynet and Walla, Czech and German pages). Only this shape is read: the
 * dots say day-first, and the clock beside it says it is a date line, where a bare
 * "23.12.25" or "1.2.25" could be a version or a score. The century is settled by `yearOfShortYear` (calendar.ts).
 */
const DOTTED_SHORT_YEAR_DATE_TIME = String.raw`${TOKEN_START}(?<day>\d{2})\.(?<month>\d{2})\.(?<shortYear>\d{2})(?![\d.])${DATE_TIME_SEPARATOR}(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2}))?(?!\d)(?:\s?Uhr)?${ZONE_PART}`;

/**
 * Month, day and a two-digit year between slashes, with a 12-hour clock after them: "1/4/24,
 * 3:10 PM", what JavaScript's `toLocaleString('en-US', { dateStyle: 'short', timeStyle:
 * 'short' })` writes (VitePress's "Last updated", US sites' widgets), also with seconds and a
 * zone ("1/4/24, 3:10:05 PM EST"). The clock and its AM/PM say it is a date line, where a
 * bare "1/4/24" could be a fraction or a score; no slash, dot, letter or digit may touch it
 * ("2/1/4/24", "v1/4/24"). The order is the page's, as for "05/10/2018" (interpret.ts): two
 * numbers of 12 or less are read only where the page writes month first (en-AU, en-IN and
 * es-US write the same shape day first); a number over 12 settles it anywhere.
 */
const SLASHED_SHORT_YEAR_DATE_TIME = String.raw`(?<![\p{L}\p{N}/.])(?<first>\d{1,2})(?<numericSeparator>/)(?<middle>\d{1,2})/(?<shortYear>\d{2})(?![\d/.])${DATE_TIME_SEPARATOR}(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2}))?(?!\d)\s{0,2}${MERIDIEM}${ZONE_PART}`;

/**
 * Month name first (English style): "December 23, 2025", "Dec. 23, 2025, 3:09 p.m. ET",
 * "December 23rd 2025 at 3:15 p.m. EST", "December 23, 2025 03:09 PM GMT+03:00"; a weekday
 * may stand between the day and the year, as the PIXNET blog platform prints a post's date
 * ("Dec 28 Sat 2013 00:28"): any word there is captured as `innerWeekday` and checked as one
 * in interpret.ts.
 */
const MONTH_DAY_YEAR = String.raw`${TOKEN_START}${MONTH_WORD}\s{1,3}(?<day>\d{1,2})(?:st|nd|rd|th)?${COMMA}?(?:\s{1,3}(?<innerWeekday>\p{L}{2,12})\.?,?)?\s{1,3}${YEAR}${TIME_TAIL}`;

/**
 * Day first, month name, year: "23 Dec 2025 15:09 +0300", "23. Dezember 2025",
 * "23 Aralık 2025 15:09", "1er décembre 2025 à 15h09", "23 de diciembre de 2025",
 * "23 декабря 2025 г.", "23-Dec-2025", Thai "23 ธ.ค. 2568 15:09" and "23 ธันวาคม พ.ศ. 2568",
 * Khmer "ទី២៣ ខែធ្នូ ឆ្នាំ២០២៥ ម៉ោង ៣:០៩ រសៀល". The Spanish/Portuguese "de" must be a whole word
 * (lookahead) so that "23 december" is not read as "de" + "cember".
 */
const DAY_MONTH_YEAR = String.raw`${TOKEN_START}(?<day>\d{1,2})${DAY_SUFFIX}?(?:\s{1,3}de(?=\s))?[\s-]{0,3}${MONTH_WORD}(?:\s{1,3}de|${COMMA})?[\s-]{1,3}${YEAR_PREFIX}${YEAR}${YEAR_SUFFIX}${YEAR_DOT}${TIME_TAIL}`;

/**
 * Day, month name and year joined by dots, with no space: Folha de S.Paulo, UOL and
 * Estadão print "4.jan.2024 às 15h10", "23.dez.2025" (any language whose month names
 * names.ts reads: "4.Dez.2024", "4.ene.2024"). All three parts are required, and the
 * date must stand alone in its token: no letter, digit or dot, slash, hyphen or
 * underscore touches it on the left ("v4.jan.2024", "approx.4.jan.2024", "backup_4.jan.2024"),
 * and no letter, nor a dot, slash, hyphen or underscore followed by a letter or digit,
 * on the right (a file name "4.jan.2024.pdf"). The month is one word of letters, checked
 * against the month names in interpret.ts.
 */
const DOTTED_DAY_MONTH_NAME_YEAR = String.raw`(?<![\p{L}\p{N}._/-])(?<day>\d{1,2})\.(?<monthName>\p{L}[\p{L}\p{M}]{2,12})\.${YEAR}(?!\p{L}|[._/-][\p{L}\p{N}])${TIME_TAIL}`;

/** What separates a time written first from its date: "7:07 PM EST Nov 19, 2019", "6:45 PM, Feb 16, 2018", "06:12 AM CST / Dec 23, 2025". */
const TIME_DATE_SEPARATOR = String.raw`(?:,?\s{1,3}(?:on\s{1,3})?|\s{1,2}[-–—|·•/]\s{1,2})`;

/**
 * A time written before a date says it is a time: a meridiem, "Uhr" or a zone follows its
 * digits. "John 3:16, Nov 5, 2019" or "Arsenal 2:10, 23.12.2025" are not times of day.
 */
const LEADING_TIME_GATE = String.raw`(?=\d{1,2}(?:[:.h]\d{2}){0,2}\s{0,2}(?:[AaPp]\.?\s?[Mm](?!\p{L})|Uhr|(?:GMT|UTC|UT)(?![\p{L}])|[+\-−]\d{2}|(?:${NAMED_ZONE_ALTERNATION})(?![\p{L}\p{N}])))`;

/**
 * A zero-padded 24-hour clock right before a day-first date also says it is a time: Russian,
 * Turkish and German sites write "15:09 23.12.2025" and "09:30, 23 декабря 2025". The hour
 * has two digits and the date follows after a space or a comma, so a verse ("John 3:16") or
 * a one-digit score keeps out.
 */
const CLOCK_BEFORE_DATE_GATE = String.raw`(?=(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?,?\s{1,3}\d)`;

/** A time (and zone) written before its date: Gannett's "Published 7:07 PM EST Nov 19, 2019". */
const LEADING_TIME = String.raw`${TOKEN_START}${LEADING_TIME_GATE}${TIME}${ZONE_PART}${TIME_DATE_SEPARATOR}`;

/** The same before a day-first date, where a bare 24-hour clock counts too. */
const LEADING_TIME_DAY_FIRST = String.raw`${TOKEN_START}(?:${LEADING_TIME_GATE}|${CLOCK_BEFORE_DATE_GATE})${TIME}${ZONE_PART}${TIME_DATE_SEPARATOR}`;

/** Time first, then a month-name date: "7:07 PM EST Nov 19, 2019", "7:07 PM EST Tuesday, Nov 19, 2019". */
const TIME_MONTH_DAY_YEAR = String.raw`${LEADING_TIME}${WEEKDAY_BEFORE_DATE}${MONTH_WORD}\s{1,3}(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}${YEAR}`;

/** Time first, then a day-first date: "15:09 Uhr, 23. Dezember 2025", "15:09 MEZ - 23.12.2025", "10:42am Saturday 14th March 2009". */
const TIME_DAY_MONTH_YEAR = String.raw`${LEADING_TIME_DAY_FIRST}${WEEKDAY_BEFORE_DATE}(?<day>\d{1,2})${DAY_SUFFIX}?(?:\s{1,3}de(?=\s))?[\s-]{0,3}${MONTH_WORD}(?:\s{1,3}de|${COMMA})?[\s-]{1,3}${YEAR_PREFIX}${YEAR}${YEAR_SUFFIX}${YEAR_DOT}`;

/** Time first, then a numeric date: "15:09 Uhr, 23.12.2025". */
const TIME_NUMERIC_DATE = String.raw`${LEADING_TIME_DAY_FIRST}${WEEKDAY_BEFORE_DATE}(?<first>\d{1,2})(?<numericSeparator>[./-])${SPACE_AFTER_DOT}(?<middle>\d{1,2})\k<numericSeparator>${SPACE_AFTER_DOT}${YEAR}${NOT_A_FOURTH_PART}${YEAR_DOT}`;

/**
 * Chinese / Japanese / Korean: "2025年12月23日", "2025年12月23日(火) 15時09分",
 * "2025年12月23日 15:09", "2025년 12월 23일 오후 3:09".
 */
const CJK_DATE = String.raw`(?<!\d)(?<year>\d{4})\s?[年년]\s?(?<month>\d{1,2})\s?[月월]\s?(?<day>\d{1,2})\s?[日일](?:\s{0,2}[(（]\p{L}{1,3}[)）])?(?:\s{0,2}(?:(?<cjkMeridiem>${CJK_MERIDIEM_ALTERNATION})\s{0,2})?(?<hour>\d{1,2})\s?[時时시:]\s?(?<minute>\d{1,2})(?:\s?[分분])?(?::(?<second>\d{2})|\s?(?<cjkSecond>\d{1,2})\s?[秒초])?(?!\d)${ZONE_PART})?`;

/**
 * A time of day with its zone and no date around it: a live page's banner "Updated 11:42
 * p.m. ET", "15:09 CET". Not a date grammar: such a line names an instant only beside a
 * machine value that gives the date (see `findZonedClock`). The zone is required.
 */
export const ZONED_CLOCK_PATTERN = new RegExp(String.raw`${TOKEN_START}${TIME}\s{0,2}\(?${ZONE}\)?`, 'gu');

/**
 * A time of day with or without its zone and no date around it: an update written after a
 * dated line, "Publié le 23 décembre 2025 à 15h09, mis à jour à 17h41". Not a date grammar:
 * it names an instant only beside the line that gives the date (see `findClock`).
 */
export const CLOCK_PATTERN = new RegExp(String.raw`${TOKEN_START}${TIME}(?:\s{0,2}\(?${ZONE}\)?)?`, 'gu');

/**
 * A grammar: its name (for debugging and tests), its source, and whether it is safe to look
 * for in running text.
 *
 * @example
 * const grammar: DateGrammar = { name: 'iso-basic', source: '…', scan: false };
 */
export interface DateGrammar {
  /** Short identifier. */
  readonly name: string;
  /** Regular expression source (unanchored, `u` flag). */
  readonly source: string;
  /** `true` when the grammar may be searched for inside free text. */
  readonly scan: boolean;
}

/**
 * All grammars, in the order they are tried.
 *
 * @example
 * DATE_GRAMMARS.map((g) => g.name); // ['iso', 'iso-basic', 'year-month-day', ...]
 */
export const DATE_GRAMMARS: readonly DateGrammar[] = [
  { name: 'iso', source: ISO_EXTENDED, scan: true },
  { name: 'iso-basic', source: ISO_BASIC, scan: false },
  { name: 'year-month-day', source: YEAR_MONTH_DAY, scan: true },
  { name: 'cjk', source: CJK_DATE, scan: true },
  { name: 'numeric-day-month-year', source: NUMERIC_DAY_MONTH_YEAR, scan: true },
  { name: 'dotted-short-year-date-time', source: DOTTED_SHORT_YEAR_DATE_TIME, scan: true },
  { name: 'slashed-short-year-date-time', source: SLASHED_SHORT_YEAR_DATE_TIME, scan: true },
  { name: 'month-day-year', source: MONTH_DAY_YEAR, scan: true },
  { name: 'year-month-name-day', source: YEAR_MONTH_NAME_DAY, scan: true },
  { name: 'year-day-month-name', source: YEAR_DAY_MONTH_NAME, scan: true },
  { name: 'mongolian-year-month-day', source: MONGOLIAN_YEAR_MONTH_DAY, scan: true },
  { name: 'day-month-year', source: DAY_MONTH_YEAR, scan: true },
  { name: 'dotted-day-month-name-year', source: DOTTED_DAY_MONTH_NAME_YEAR, scan: true },
  { name: 'time-month-day-year', source: TIME_MONTH_DAY_YEAR, scan: true },
  { name: 'time-day-month-year', source: TIME_DAY_MONTH_YEAR, scan: true },
  { name: 'time-numeric-date', source: TIME_NUMERIC_DATE, scan: true },
];

/**
 * The grammars anchored at both ends, for parsing a whole string.
 *
 * @example
 * EXACT_DATE_PATTERNS.some((re) => re.test('23 Dec 2025')); // true
 */
export const EXACT_DATE_PATTERNS: readonly RegExp[] = DATE_GRAMMARS.map(
  (grammar) => new RegExp(`^(?:${grammar.source})$`, 'u'),
);

/**
 * The scannable grammars with the global and indices flags, for searching free text. They are stateful
 * (`lastIndex`): callers reset `lastIndex` to 0 before each scan.
 *
 * @example
 * const re = SCAN_DATE_PATTERNS[0]!; re.lastIndex = 0; re.exec('on 2025-12-23')?.index; // 3
 */
export const SCAN_DATE_PATTERNS: readonly RegExp[] = DATE_GRAMMARS.filter((grammar) => grammar.scan).map(
  // With indices ('d'): a match whose word after the date is no weekday is read again up to it.
  (grammar) => tieredUp(new RegExp(grammar.source, 'dgu')),
);

/**
 * The pattern, run once on an empty string. V8 runs a regex's first match in its bytecode
 * interpreter and compiles it to machine code only for the next: these patterns' first scans
 * of a page's lines, interpreted, took a process's first parseArticle call from ~200 ms to
 * ~430 ms. Run on "", the interpreted match costs nothing. Other engines are unaffected.
 */
function tieredUp(pattern: RegExp): RegExp {
  pattern.exec('');
  pattern.lastIndex = 0;
  return pattern;
}


/**
 * Where to look again after a match at `index` that was not a date: one code point on, not
 * one code unit. A unicode regex whose lastIndex points inside a surrogate pair starts again
 * at the pair, so "+1" after a match on a letter outside the BMP finds the same match for ever.
 */
export function nextSearchIndex(text: string, index: number): number {
  return index + ((text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1);
}
