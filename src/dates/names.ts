/**
 * Month and weekday name lookup across the languages of {@link MONTH_NAMES}.
 *
 * @packageDocumentation
 */

import { BUDDHIST_ERA, DATE_LANGUAGES, EXTRA_MONTH_NAMES, EXTRA_WEEKDAY_NAMES, MONTH_NAME_AFFIXES, WEEKDAY_NAME_AFFIXES } from './constants';
import { LOCALE_NAMES } from './locale-names';
import type { DateLanguage, NameAffix } from './constants';

/** One trailing abbreviation dot: "Dec." and "déc." are looked up as "Dec" and "déc". */
const TRAILING_DOT = /\.$/;

/**
 * The accents NFD decomposition leaves beside Latin, Greek and Cyrillic letters ("é" → "e" +
 * U+0301, "й" → "и" + U+0306), dropped so accents never matter. Only this block: the vowel
 * signs of Indic scripts are marks too, and without them Hindi "जून" (June) and "जन"
 * (January) would be one word.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Turkish dotless "ı": it has no lower/upper partner that `toLowerCase` maps to "i", so
 * "ARALIK" and "Aralık" would otherwise get different keys.
 */
const DOTLESS_I = /ı/g;

/**
 * The zero-width joiner and non-joiner, which only choose a glyph: Sinhala "අප්‍රේල්" is typed
 * with one or without, Malayalam "ഒക്‌ടോബർ" (CLDR) and "ഒക്ടോബർ" (papers) are one word.
 */
const ZERO_WIDTH_JOINERS = /[\u200c\u200d]/g;

/** A two-word name ("كانون الأول") as a page spaces it. */
const WHITESPACE_RUN = /\s+/g;
const SPACE = /\s/;

/**
 * Malayalam's atomic chillu letters (ൺ ൻ ർ ൽ ൾ), which older pages write as the consonant, a
 * virama and a zero-width joiner ("ഡിസംബര്‍" for "ഡിസംബർ"): both read as the consonant and
 * the virama.
 */
const MALAYALAM_CHILLU = /[\u0d7a-\u0d7e]/g;
const CHILLU_BASE: Readonly<Record<string, string>> = { '\u0d7a': '\u0d23', '\u0d7b': '\u0d28', '\u0d7c': '\u0d30', '\u0d7d': '\u0d32', '\u0d7e': '\u0d33' };

/**
 * Collects, per index, the locale's names (none for a language without a date-fns locale),
 * plus the extras. With `unambiguous`, a form given to two indexes is dropped from both:
 * date-fns' Armenian abbreviates January and June alike ("հուն"), and such a word names
 * neither month (any weekday is a weekday, so weekdays keep theirs).
 */
function namesOf(count: number, locale: readonly (readonly string[])[] | undefined, extras: readonly (readonly string[])[] | undefined, affix: NameAffix | undefined, unambiguous = false): string[][] {
  const perIndex = Array.from({ length: count }, (_, index) => {
    const forms = new Set<string>(locale?.[index]);
    for (const extra of extras?.[index] ?? []) forms.add(extra);
    // Listed without the abbreviation dot ("déc." → "déc"); lookups accept one either way.
    const bare = [...new Set([...forms].map((form) => form.replace(TRAILING_DOT, '')))].filter(Boolean);
    return affix ? [...bare, ...bare.map((form) => `${affix.prefix ?? ''}${form}${affix.suffix ?? ''}`)] : bare;
  });
  if (!unambiguous) return perIndex;
  const indexesByKey = new Map<string, Set<number>>();
  perIndex.forEach((forms, index) => {
    for (const form of forms) {
      const key = normalizeNameKey(form);
      indexesByKey.set(key, (indexesByKey.get(key) ?? new Set()).add(index));
    }
  });
  return perIndex.map((forms) => forms.filter((form) => (indexesByKey.get(normalizeNameKey(form))?.size ?? 0) === 1));
}

/**
 * Month names per language, index 0 = January: every form the date-fns locale writes
 * (full, abbreviated, genitive; see locale-names.ts) plus {@link EXTRA_MONTH_NAMES}, each also with the language's
 * month word ({@link MONTH_NAME_AFFIXES}).
 *
 * @example
 * MONTH_NAMES.ru[11]; // ['декабря', 'дек.', 'декабрь', …]
 */
export const MONTH_NAMES: Readonly<Record<DateLanguage, readonly (readonly string[])[]>> = Object.fromEntries(
  DATE_LANGUAGES.map((lang) => [lang, namesOf(12, LOCALE_NAMES[lang]?.months, EXTRA_MONTH_NAMES[lang], MONTH_NAME_AFFIXES[lang], true)]),
) as Record<DateLanguage, string[][]>;

/**
 * Weekday names per language, Monday first, from the date-fns locale (whose index 0 is
 * Sunday) plus {@link EXTRA_WEEKDAY_NAMES}.
 */
export const WEEKDAY_NAMES: Readonly<Record<DateLanguage, readonly (readonly string[])[]>> = Object.fromEntries(
  DATE_LANGUAGES.map((lang) => {
    const days = LOCALE_NAMES[lang]?.days;
    return [lang, namesOf(7, days && Array.from({ length: 7 }, (_, i) => days[(i + 1) % 7] as readonly string[]), EXTRA_WEEKDAY_NAMES[lang], WEEKDAY_NAME_AFFIXES[lang])];
  }),
) as Record<DateLanguage, string[][]>;


/**
 * Reduces a word to its lookup key: lower case, no trailing dot, no accents, Turkish
 * dotted/dotless i folded to "i", no zero-width joiners, one space between two words, a
 * Malayalam chillu as its consonant and virama.
 *
 * @param word - A month or weekday name as written on the page.
 * @returns The normalised key.
 * @example
 * normalizeNameKey('Déc.');   // 'dec'
 * normalizeNameKey('ARALIK'); // 'aralik'
 */
export function normalizeNameKey(word: string): string {
  return word
    .toLowerCase()
    .replace(TRAILING_DOT, '')
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(DOTLESS_I, 'i')
    .replace(ZERO_WIDTH_JOINERS, '')
    .replace(WHITESPACE_RUN, ' ')
    .replace(MALAYALAM_CHILLU, (chillu) => `${CHILLU_BASE[chillu] ?? chillu}\u0d4d`);
}

/** Every month spelling of every language, normalised, mapped to its month number 1–12. */
const MONTH_BY_KEY: ReadonlyMap<string, number> = new Map(
  Object.values(MONTH_NAMES).flatMap((months) =>
    months.flatMap((forms, index) => forms.map((form) => [normalizeNameKey(form), index + 1] as const)),
  ),
);

/** Every weekday spelling of every language, normalised. */
const WEEKDAY_KEYS: ReadonlySet<string> = new Set(
  Object.values(WEEKDAY_NAMES).flatMap((days) => days.flatMap((forms) => forms.map(normalizeNameKey))),
);

/**
 * Resolves a month name in any supported language to its number.
 *
 * @param word - "December", "Dec.", "Dezember", "décembre", "Aralık", "декабря"...
 * @returns 1–12, or `null` when the word is not a month name.
 * @example
 * monthFromName('Aralık');  // 12
 * monthFromName('декабря'); // 12
 * monthFromName('people');  // null
 */
export function monthFromName(word: string): number | null {
  return MONTH_BY_KEY.get(normalizeNameKey(word)) ?? null;
}

/**
 * Tells whether a word is a weekday name in a supported language.
 *
 * @param word - "Tue", "Tuesday", "Dienstag", "mardi", "terça-feira"...
 * @returns `true` for a weekday name.
 * @example
 * isWeekdayName('Tue,'.slice(0, 3)); // true
 * isWeekdayName('Updated');          // false
 */
export function isWeekdayName(word: string): boolean {
  return WEEKDAY_KEYS.has(normalizeNameKey(word));
}

/** The month spellings of the languages of {@link BUDDHIST_ERA}, normalised. */
const BUDDHIST_ERA_MONTH_KEYS: ReadonlySet<string> = new Set(
  BUDDHIST_ERA.languages.flatMap((lang) => MONTH_NAMES[lang].flatMap((forms) => forms.map(normalizeNameKey))),
);

/**
 * Tells whether a month name belongs to a language that counts years in the Buddhist era
 * (Thai "ธ.ค.", "ธันวาคม"), whose dates' years are read 543 years earlier (interpret.ts).
 *
 * @example
 * isBuddhistEraMonthName('ธ.ค.');     // true
 * isBuddhistEraMonthName('December'); // false
 */
export function isBuddhistEraMonthName(word: string): boolean {
  return BUDDHIST_ERA_MONTH_KEYS.has(normalizeNameKey(word));
}

/**
 * The month names of more than one word ("كانون الأول", "تشرين الثاني"), longest first, which
 * the grammars list one by one: a month is otherwise one word.
 *
 * @example
 * MULTI_WORD_MONTH_NAMES.includes('كانون الأول'); // true
 */
export const MULTI_WORD_MONTH_NAMES: readonly string[] = [
  ...new Set(Object.values(MONTH_NAMES).flatMap((months) => months.flatMap((forms) => forms.filter((form) => SPACE.test(form))))),
].sort((a, b) => b.length - a.length);
