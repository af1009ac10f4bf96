/**
 * Big5 as the web reads it. The Encoding Standard's Big5 is Big5 with the Hong Kong
 * Supplementary Character Set (HKSCS-2008: the Cantonese characters 嘅 咗 喺 冇 𨋢 and some
 * five thousand more, at leads 0x87–0xA0 and 0xC6A1–0xFEFE) and the ETEN extensions. Browsers
 * decode it so; Node's TextDecoder (ICU's Big5, Microsoft's code page 950) reads HKSCS cells as
 * private-use characters, and a Hong Kong page's every Cantonese particle comes out invisible.
 * The fallback below is used only where the runtime's decoder fails that test.
 *
 * Only the rows the runtime reads otherwise are shipped (./big5-hkscs.ts, 5,339 cells): the
 * runtime decodes everything else, as it does for EUC-KR (./euc-kr.ts).
 */
import { BIG5_TABLE, BIG5_TABLE_MARKS, BIG5_TABLE_SEGMENTS } from './big5-hkscs';
import type { PairReading } from './pair-fallback';
import { NATIVE, decodePairs, errorReading } from './pair-fallback';

/** An HKSCS cell, and the character a conforming decoder gives for it (U+43F0). */
const HKSCS_PROBE: readonly number[] = [0x87, 0x40];
const HKSCS_PROBE_TEXT = '䏰';

/** Lead bytes 0x81–0xFE; a pointer is (lead − 0x81) × 157 + the trail's offset. */
const FIRST_LEAD = 0x81;
const LAST_LEAD = 0xfe;
const TRAILS_PER_LEAD = 157;
/** Trails 0x40–0x7E and 0xA1–0xFE, and what each range subtracts to make the offset. */
const LOW_TRAIL_OFFSET = 0x40;
const HIGH_TRAIL_OFFSET = 0x62;
/** Leads below 0x87 hold no cell of the index: every pair there is an error. */
const FIRST_INDEXED_LEAD = 0x87;

/** Whether the runtime's TextDecoder reads Big5 as the Encoding Standard does. */
export function nativeBig5IsConforming(): boolean {
  return new TextDecoder('big5').decode(new Uint8Array(HKSCS_PROBE)) === HKSCS_PROBE_TEXT;
}

/** The pointer of a pair, or -1 when the trail is not a Big5 trail byte. */
function pointerOf(lead: number, trail: number): number {
  if (trail >= 0x40 && trail <= 0x7e) return (lead - FIRST_LEAD) * TRAILS_PER_LEAD + trail - LOW_TRAIL_OFFSET;
  if (trail >= 0xa1 && trail <= 0xfe) return (lead - FIRST_LEAD) * TRAILS_PER_LEAD + trail - HIGH_TRAIL_OFFSET;
  return -1;
}

/** Where a pointer sits in BIG5_TABLE, or -1 when the table does not hold it. */
function tableIndex(pointer: number): number {
  let base = 0;
  for (const [first, last] of BIG5_TABLE_SEGMENTS) {
    if (pointer < first) return -1;
    if (pointer <= last) return base + pointer - first;
    base += last - first + 1;
  }
  return -1;
}

/**
 * Decodes Big5 bytes as the Encoding Standard does, on a runtime whose own decoder reads
 * HKSCS otherwise: the runtime decodes the runs of ASCII and of the cells it reads right; the
 * table's cells, the leads that index nothing (0x81–0x86) and the bytes that are never a lead
 * (0x80, 0xFF) are read here, an error as U+FFFD with an ASCII trail read again on its own, as
 * the standard's decoder does. `stream` keeps a cut pair at the end back, as TextDecoder's does.
 * @internal
 */
export function decodeBig5Fallback(bytes: Uint8Array, stream = false): string {
  let cells: string[] | undefined;
  const isLead = (byte: number): boolean => byte >= FIRST_LEAD && byte <= LAST_LEAD;
  return decodePairs(bytes, stream, 'big5', isLead, (lead, trail): PairReading => {
    const pointer = isLead(lead) ? pointerOf(lead, trail) : -1;
    const index = pointer >= 0 && lead >= FIRST_INDEXED_LEAD ? tableIndex(pointer) : -1;
    if (pointer >= 0 && lead >= FIRST_INDEXED_LEAD && index < 0) return NATIVE;
    if (index < 0) return errorReading(isLead(lead), trail);
    cells ??= Array.from(BIG5_TABLE);
    const cell = cells[index] as string;
    return cell === '\ufffd' ? errorReading(true, trail) : { text: cell + (BIG5_TABLE_MARKS.get(pointer) ?? ''), width: 2 };
  });
}
