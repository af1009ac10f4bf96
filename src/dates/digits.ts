/**
 * Dates written in a script's own digits ("२३ डिसेंबर २०२५", "၂၀၂၅ ခုနှစ်") or with direction
 * marks around the numbers: the grammars read ASCII digits, so such a text is read in them.
 *
 * @packageDocumentation
 */

import { NATIVE_DIGIT_ZEROS } from './constants';

/** Each native digit of NATIVE_DIGIT_ZEROS, as ranges of a character class. */
const NATIVE_DIGIT_RANGES = NATIVE_DIGIT_ZEROS.map((zero) => `\\u{${zero.toString(16)}}-\\u{${(zero + 9).toString(16)}}`).join('');

/**
 * The invisible direction marks that right-to-left pages put around numbers ("٢٣‏/١٢‏/٢٠٢٥", as
 * `Intl.DateTimeFormat('ar-EG')` writes it).
 */
const DIRECTION_MARKS = String.raw`\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069`;

const NON_LATIN_DIGIT_OR_MARK_RE = new RegExp(`[${NATIVE_DIGIT_RANGES}${DIRECTION_MARKS}]`, 'u');
const DIRECTION_MARK_RE = new RegExp(`[${DIRECTION_MARKS}]`, 'u');
const NATIVE_DIGITS_RE = new RegExp(`[${NATIVE_DIGIT_RANGES}]`, 'gu');

/** The ASCII digit of each native one. */
const ASCII_DIGIT_OF: ReadonlyMap<string, string> = new Map(
  NATIVE_DIGIT_ZEROS.flatMap((zero) => Array.from({ length: 10 }, (_, digit) => [String.fromCodePoint(zero + digit), String(digit)] as const)),
);

/**
 * The Myanmar letter wa "ဝ" typed for the digit zero "၀" it looks exactly like, beside a
 * Myanmar digit: "၂ဝ၂၅" is 2025 (before a digit, or after one and ending the word).
 */
const MYANMAR_WA_AS_ZERO_RE = /\u101d(?=[\u1040-\u1049])|(?<=[\u1040-\u1049])\u101d(?![\p{L}\p{M}])/gu;

/**
 * A text with ASCII digits for native ones and without direction marks, for the date
 * grammars, and where each of its code units was in the input (`null` when at the same
 * place: every native digit is one code unit, as its ASCII digit is).
 *
 * @example
 * latinDigits('២៣ ខែធ្នូ ឆ្នាំ២០២៥').text; // '23 ខែធ្នូ ឆ្នាំ2025'
 */
export function latinDigits(input: string): { text: string; origin: number[] | null } {
  const digits = input.replace(MYANMAR_WA_AS_ZERO_RE, '\u1040').replace(NATIVE_DIGITS_RE, (d) => ASCII_DIGIT_OF.get(d) ?? d);
  if (!DIRECTION_MARK_RE.test(digits)) return { text: digits, origin: null };
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < digits.length; i++) {
    const char = digits.charAt(i);
    if (DIRECTION_MARK_RE.test(char)) continue;
    text += char;
    origin.push(i);
  }
  return { text, origin };
}

/**
 * Whether a text holds a native digit or a direction mark, and so must be read through
 * {@link latinDigits}. Most texts do not: the check spares them the copy.
 *
 * @example
 * needsLatinDigits('२३ डिसेंबर २०२५'); // true
 * needsLatinDigits('23 December 2025'); // false
 */
export function needsLatinDigits(text: string): boolean {
  return NON_LATIN_DIGIT_OR_MARK_RE.test(text);
}
