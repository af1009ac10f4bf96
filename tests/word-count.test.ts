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

  it('keeps counting each CJK character as a word', () => {
    expect(countWords('東京で会議 and more')).toBe(7);
  });
});
