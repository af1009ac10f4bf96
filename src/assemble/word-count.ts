/**
 * Counts the matches of WORD_RE (runs of letters, marks and digits, joined over a zero-width
 * joiner or non-joiner between word characters, then over an apostrophe before a letter) without running the regex over the text. WORD_RE's Unicode property
 * classes cost about 8 ns a character, and counting a long body's words was the largest
 * single cost of assembling it. Here an ASCII character is classified by a table and only the
 * others by a one-character sticky regex, so English text runs at table speed and any other
 * script no slower than before. tests/word-count.test.ts checks the count against WORD_RE's
 * on generated text.
 */

/** ASCII classes: letters and digits are word characters (ASCII has no marks). */
const enum Ascii {
  Other = 0,
  Letter = 1,
  Digit = 2,
}

const ASCII_CLASS: Uint8Array = (() => {
  const table = new Uint8Array(128);
  for (let c = 0x41; c <= 0x5a; c++) table[c] = Ascii.Letter;
  for (let c = 0x61; c <= 0x7a; c++) table[c] = Ascii.Letter;
  for (let c = 0x30; c <= 0x39; c++) table[c] = Ascii.Digit;
  return table;
})();

const APOSTROPHE = 0x27;
const ZERO_WIDTH_NON_JOINER = 0x200c;
const ZERO_WIDTH_JOINER = 0x200d;
const RIGHT_SINGLE_QUOTATION_MARK = 0x2019;
const isJoiner = (c: number): boolean => c === ZERO_WIDTH_JOINER || c === ZERO_WIDTH_NON_JOINER;
const isApostrophe = (c: number): boolean => c === APOSTROPHE || c === RIGHT_SINGLE_QUOTATION_MARK;

/** WORD_RE's character classes, one character at the sticky position. */
const WORD_CHAR_SOURCE = String.raw`[\p{L}\p{M}\p{N}]`;
const LETTER_SOURCE = String.raw`\p{L}`;

/**
 * How many times WORD_RE matches `text`.
 * @internal
 */
export function countWordMatches(text: string): number {
  // Sticky copies of their own: lastIndex is per call, not shared module state.
  const wordChar = new RegExp(WORD_CHAR_SOURCE, 'uy');
  const letter = new RegExp(LETTER_SOURCE, 'uy');
  /** Length in code units of the character at `i` when `re` matches it there, else 0. */
  const match = (re: RegExp, i: number, ascii: (c: number) => boolean): number => {
    const c = text.charCodeAt(i);
    if (c < 128) return ascii(c) ? 1 : 0;
    re.lastIndex = i;
    return re.test(text) ? re.lastIndex - i : 0;
  };
  const isWordAscii = (c: number): boolean => ASCII_CLASS[c] !== Ascii.Other;
  const isLetterAscii = (c: number): boolean => ASCII_CLASS[c] === Ascii.Letter;
  const n = text.length;
  /** Past a pattern's `(?:J[class]+)*` from `i`: each joiner `J` counts only with a character of the class after it. */
  const pastJoinedRuns = (i: number, joiner: (c: number) => boolean, re: RegExp, ascii: (c: number) => boolean): number => {
    let w: number;
    while (i < n && joiner(text.charCodeAt(i))) {
      const first = i + 1 < n ? match(re, i + 1, ascii) : 0;
      if (first === 0) break;
      i += 1 + first;
      while (i < n && (w = match(re, i, ascii)) > 0) i += w;
    }
    return i;
  };
  let count = 0;
  let i = 0;
  while (i < n) {
    let w = match(wordChar, i, isWordAscii);
    if (w === 0) {
      // Not a word character: on to the next code point, as a global unicode regex moves.
      const c = text.charCodeAt(i);
      const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      i += pair ? 2 : 1;
      continue;
    }
    count++;
    i += w;
    while (i < n && (w = match(wordChar, i, isWordAscii)) > 0) i += w;
    // (?:[\u200c\u200d][\p{L}\p{M}\p{N}]+)*: a joiner joins only when a word character follows it.
    i = pastJoinedRuns(i, isJoiner, wordChar, isWordAscii);
    // (?:['’]\p{L}+)*: an apostrophe joins only when a letter follows it.
    i = pastJoinedRuns(i, isApostrophe, letter, isLetterAscii);
  }
  return count;
}
