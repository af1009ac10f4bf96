/**
 * EUC-KR as the web reads it. The Encoding Standard's "EUC-KR" is Microsoft's code page 949
 * (Unified Hangul Code): KS X 1001's 94×94 grid (lead and trail bytes 0xA1–0xFE, with its
 * 2,350 most common Hangul syllables), plus the other 8,822 modern syllables in the byte pairs
 * the grid leaves free. Browsers decode it so, but Node's TextDecoder (ICU's strict EUC-KR)
 * does not: "똠" (0x8C 0x63) comes out as U+008C and "c", and every other extension syllable
 * likewise, so a Korean page that names a restaurant, a person or a dialect word with one reads
 * wrong. The fallback below is used only where the runtime's decoder fails that pair.
 *
 * No table is shipped: the extension holds the 8,822 syllables of U+AC00–U+D7A3 that the grid
 * lacks, in Unicode order, pair after pair (CP949's own layout, checked against a CP949 table
 * in tests/encodings.test.ts), so the list is the complement of the grid's syllables, which
 * the runtime's own decoder reads right.
 */

import type { PairReading } from './pair-fallback';
import { GIVE_UP, NATIVE, decodePairs, errorReading } from './pair-fallback';

/** A pair in the extension, and the syllable a conforming decoder gives for it. */
const UHC_PROBE: readonly number[] = [0x8c, 0x63];
const UHC_PROBE_TEXT = '똠';

/** The Hangul Syllables block: 11,172 syllables from U+AC00. */
const FIRST_SYLLABLE = 0xac00;
const SYLLABLE_COUNT = 11_172;
/** KS X 1001's Hangul rows: leads 0xB0–0xC8, each a full row of 94 syllables (trails 0xA1–0xFE). */
const GRID_HANGUL_FIRST_LEAD = 0xb0;
const GRID_HANGUL_LAST_LEAD = 0xc8;
const GRID_FIRST = 0xa1;
const GRID_LAST = 0xfe;
const GRID_ROW = GRID_LAST - GRID_FIRST + 1;

/**
 * The extension's byte pairs: leads 0x81–0xC6, each with trails 0x41–0x5A, 0x61–0x7A and
 * 0x81–0xFE (178 per lead up to 0xA0), or only up to 0xA0 from lead 0xA1 on (84 per lead),
 * where the grid takes the trails above. The 8,822nd syllable ends it at 0xC6 0x52.
 */
const EXTENSION_FIRST_LEAD = 0x81;
const EXTENSION_WIDE_LAST_LEAD = 0xa0;
const EXTENSION_WIDE_TRAILS = 178;
const EXTENSION_NARROW_TRAILS = 84;
const EXTENSION_SIZE = 8822;

/**
 * Grid cells the Encoding Standard's index maps and ICU's EUC-KR does not: the euro and
 * registered signs added to KS X 1001 in 1998.
 */
const GRID_ADDITIONS: ReadonlyMap<number, string> = new Map([
  [0xa2e6, '\u20ac'],
  [0xa2e7, '\u00ae'],
]);

/** KS X 1001's user-defined rows, which the index leaves empty (errors) and ICU reads as private-use characters. */
const USER_DEFINED_LEADS: ReadonlySet<number> = new Set([0xc9, 0xfe]);

/** Whether the runtime's TextDecoder reads EUC-KR as the Encoding Standard does. */
export function nativeEucKrIsConforming(): boolean {
  return new TextDecoder('euc-kr').decode(new Uint8Array(UHC_PROBE)) === UHC_PROBE_TEXT;
}

/** The extension's index of a pair (0–8821), or -1 when the pair is not in it. */
function extensionIndex(lead: number, trail: number): number {
  let column: number;
  if (trail >= 0x41 && trail <= 0x5a) column = trail - 0x41;
  else if (trail >= 0x61 && trail <= 0x7a) column = trail - 0x61 + 26;
  else if (trail >= 0x81 && trail <= 0xfe) column = trail - 0x81 + 52;
  else return -1;
  let index: number;
  if (lead >= EXTENSION_FIRST_LEAD && lead <= EXTENSION_WIDE_LAST_LEAD) {
    index = (lead - EXTENSION_FIRST_LEAD) * EXTENSION_WIDE_TRAILS + column;
  } else if (lead > EXTENSION_WIDE_LAST_LEAD && column < EXTENSION_NARROW_TRAILS) {
    const wide = (EXTENSION_WIDE_LAST_LEAD - EXTENSION_FIRST_LEAD + 1) * EXTENSION_WIDE_TRAILS;
    index = wide + (lead - EXTENSION_WIDE_LAST_LEAD - 1) * EXTENSION_NARROW_TRAILS + column;
  } else {
    return -1;
  }
  return index < EXTENSION_SIZE ? index : -1;
}

/**
 * The extension's syllables in order, from the runtime's reading of the grid's Hangul rows;
 * null when that reading is not the 2,350 syllables it should be (no usable EUC-KR decoder).
 */
function extensionSyllables(): string[] | null {
  const rows = GRID_HANGUL_LAST_LEAD - GRID_HANGUL_FIRST_LEAD + 1;
  const grid = new Uint8Array(rows * GRID_ROW * 2);
  let at = 0;
  for (let lead = GRID_HANGUL_FIRST_LEAD; lead <= GRID_HANGUL_LAST_LEAD; lead++) {
    for (let trail = GRID_FIRST; trail <= GRID_LAST; trail++) {
      grid[at++] = lead;
      grid[at++] = trail;
    }
  }
  const inGrid = new Uint8Array(SYLLABLE_COUNT);
  const text = new TextDecoder('euc-kr').decode(grid);
  if (text.length !== rows * GRID_ROW) return null;
  for (let i = 0; i < text.length; i++) {
    const offset = text.charCodeAt(i) - FIRST_SYLLABLE;
    if (offset < 0 || offset >= SYLLABLE_COUNT) return null;
    inGrid[offset] = 1;
  }
  const syllables: string[] = [];
  for (let offset = 0; offset < SYLLABLE_COUNT; offset++) if (inGrid[offset] === 0) syllables.push(String.fromCharCode(FIRST_SYLLABLE + offset));
  return syllables.length === EXTENSION_SIZE ? syllables : null;
}

/**
 * Decodes EUC-KR bytes as the Encoding Standard does, on a runtime whose own decoder reads
 * only KS X 1001: the runtime decodes the runs of ASCII and grid pairs; the extension's pairs,
 * the cells it lacks and the bytes it reads differently (a lead 0x81–0xA0 as a C1 control, a
 * lone 0x80, the user-defined rows) are read here, an invalid pair as U+FFFD with an ASCII
 * trail kept, as the standard's decoder does. `stream` keeps a cut pair at the end back, as TextDecoder's does.
 * @internal
 */
export function decodeEucKrFallback(bytes: Uint8Array, stream = false): string {
  let syllables: string[] | null | undefined;
  const isLead = (byte: number): boolean => byte >= EXTENSION_FIRST_LEAD && byte <= GRID_LAST;
  return decodePairs(bytes, stream, 'euc-kr', isLead, (lead, trail): PairReading => {
    const inGrid = lead >= GRID_FIRST && lead <= GRID_LAST && trail >= GRID_FIRST && trail <= GRID_LAST;
    if (inGrid && !USER_DEFINED_LEADS.has(lead) && !GRID_ADDITIONS.has((lead << 8) | trail)) return NATIVE;
    const added = GRID_ADDITIONS.get((lead << 8) | trail);
    if (added !== undefined) return { text: added, width: 2 };
    const index = isLead(lead) ? extensionIndex(lead, trail) : -1;
    if (index < 0) return errorReading(isLead(lead), trail);
    syllables ??= extensionSyllables();
    return syllables === null ? GIVE_UP : { text: syllables[index] as string, width: 2 };
  });
}
