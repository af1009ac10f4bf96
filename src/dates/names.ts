/**
 * Month and weekday name lookup across the languages of {@link MONTH_NAMES}.
 *
 * @packageDocumentation
 */

import { DATE_LANGUAGES, DATE_LOCALES, EXTRA_MONTH_NAMES, EXTRA_WEEKDAY_NAMES } from './constants';
import type { DateLanguage } from './constants';

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

/** Every width and context a locale names months and weekdays in. */
const WIDTHS = ['wide', 'abbreviated', 'short'] as const;
const CONTEXTS = ['formatting', 'standalone'] as const;

/** A locale's name of the index-th month or weekday in one width and context. */
type NameOf = (index: number, width: (typeof WIDTHS)[number], context: (typeof CONTEXTS)[number]) => string;

/**
 * Collects, per index, each distinct name `name(index, width, context)` gives (none for a
 * language without a locale), plus the extras. With `unambiguous`, a form given to two indexes
 * is dropped from both: date-fns' Armenian abbreviates January and June alike ("հուն"), and
 * such a word names neither month (any weekday is a weekday, so weekdays keep theirs).
 */
function namesOf(count: number, name: NameOf | null, extras: readonly (readonly string[])[] | undefined, unambiguous = false): string[][] {
  const perIndex = Array.from({ length: count }, (_, index) => {
    const forms = new Set<string>();
    if (name) for (const width of WIDTHS) for (const context of CONTEXTS) forms.add(name(index, width, context));
    for (const extra of extras?.[index] ?? []) forms.add(extra);
    // Listed without the abbreviation dot ("déc." → "déc"); lookups accept one either way.
    return [...new Set([...forms].map((form) => form.replace(TRAILING_DOT, '')))].filter(Boolean);
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
 * (full, abbreviated, genitive) plus {@link EXTRA_MONTH_NAMES}.
 *
 * @example
 * MONTH_NAMES.ru[11]; // ['декабря', 'дек.', 'декабрь', …]
 */
export const MONTH_NAMES: Readonly<Record<DateLanguage, readonly (readonly string[])[]>> = Object.fromEntries(
  DATE_LANGUAGES.map((lang) => {
    const locale = DATE_LOCALES[lang];
    return [lang, namesOf(12, locale ? (i, width, context) => locale.localize.month(i as never, { width, context }) : null, EXTRA_MONTH_NAMES[lang], true)];
  }),
) as Record<DateLanguage, string[][]>;

/**
 * Weekday names per language, Monday first, from the date-fns locale (whose index 0 is
 * Sunday) plus {@link EXTRA_WEEKDAY_NAMES}.
 */
export const WEEKDAY_NAMES: Readonly<Record<DateLanguage, readonly (readonly string[])[]>> = Object.fromEntries(
  DATE_LANGUAGES.map((lang) => {
    const locale = DATE_LOCALES[lang];
    return [lang, namesOf(7, locale ? (i, width, context) => locale.localize.day(((i + 1) % 7) as never, { width, context }) : null, EXTRA_WEEKDAY_NAMES[lang])];
  }),
) as Record<DateLanguage, string[][]>;


/**
 * Reduces a word to its lookup key: lower case, no trailing dot, no accents, Turkish
 * dotted/dotless i folded to "i".
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
    .replace(DOTLESS_I, 'i');
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
