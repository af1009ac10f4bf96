import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WORD_RE } from '../src/assemble/constants';
import { countWordMatches } from '../src/assemble/word-count';
import { countWords } from '../src/assemble';

/** What the counter must equal: the number of WORD_RE matches. */
function regexCount(text: string): number {
  return text.match(new RegExp(WORD_RE))?.length ?? 0;
}

/** Pieces that exercise every branch: ASCII and other letters, marks, digits, both apostrophes, astral letters, emoji, lone surrogates. */
const PIECES = [
  'a', 'Z', 'word', '7', '42', ' ', '  ', '\n', '.', ',', '-', "'", '’', "''", "n't", '’s', 'é', 'e\u0301', '\u0301', 'Ж', 'слово', 'ğ',
  '\u0661', '٣', 'ß', '𝐀', '𝒳y', '😀', '\ud83d', '\ude00', '中', 'の', '_', '"', '’’', "'5", '5’a',
  // Zero-width joiner and non-joiner: inside Sinhala, Devanagari and Persian words, alone, doubled, in emoji sequences.
  '\u200d', '\u200c', '\u200d\u200c', 'ප්', 'රධාන', 'क्', 'ष', 'می', 'خواهم', '👨', '👩', '\ufe0f', '❤',
];

describe('countWordMatches (src/assemble/word-count.ts)', () => {
  it.each([
    ['', 0],
    ['one two  three', 3],
    ["don't stop", 2],
    ['rock’n’roll', 1],
    ["it's 5'o", 2],
    ["don't5", 2],
    ["end' ", 1],
    ['Café crème, naïve', 3],
    ['Привет, мир', 2],
    ['𝐀𝐁 and 😀 x', 3],
    ['x\u0301y', 1],
  ])('counts %j as %i words, as WORD_RE does', (text, expected) => {
    expect(countWordMatches(text)).toBe(expected);
    expect(regexCount(text)).toBe(expected);
  });

  it('equals the WORD_RE match count on generated text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(countWordMatches(text)).toBe(regexCount(text));
      }),
      { seed: 20261126, numRuns: 3000 },
    );
  });

  it('reads a zero-width joiner or non-joiner between word characters as part of the word (Sinhala, Hindi, Persian)', () => {
    for (const [text, expected] of [
      ['ප්\u200dරධාන පුවත', 2], // Sinhala "main news": the ZWJ makes the rakaransaya of ප්‍ර
      ['क्\u200dष और', 2], // Devanagari: a half form kept by a ZWJ
      ['می\u200cخواهم بروم', 2], // Persian "I want to go": the ZWNJ after the prefix می
    ] as const) {
      expect(countWordMatches(text)).toBe(expected);
      expect(regexCount(text)).toBe(expected);
      expect(countWords(text)).toBe(expected);
    }
  });

  it('does not read a joiner alone, at a word\'s edge or in an emoji sequence as a word or a join', () => {
    for (const [text, expected] of [
      ['\u200d \u200c', 0],
      ['ප්\u200d පුවත', 2], // a ZWJ before a space joins nothing
      ['ප්\u200d\u200dරධාන', 2], // two joiners in a row are no join
      ['a👨\u200d👩\u200d👧b', 2], // the family emoji's ZWJs join pictures, not words
    ] as const) {
      expect(countWordMatches(text)).toBe(expected);
      expect(regexCount(text)).toBe(expected);
    }
    // A variation selector (a mark) before the ZWJ, an emoji after it: the joiner changes nothing.
    expect(countWordMatches('love❤\ufe0f\u200d🔥x')).toBe(countWordMatches('love❤\ufe0f🔥x'));
  });

  it('keeps counting each CJK character as a word', () => {
    expect(countWords('東京で会議 and more')).toBe(7);
  });
});
