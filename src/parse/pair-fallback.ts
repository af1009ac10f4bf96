/**
 * The loop a double-byte fallback decoder shares (./euc-kr, ./big5): the runtime's TextDecoder
 * decodes the runs of ASCII and of the pairs it reads right; the bytes it reads otherwise are
 * read by the encoding's own `read`, an error as U+FFFD with an ASCII trail read again on its
 * own, as the Encoding Standard's decoders do. `stream` keeps a cut pair at the end back, as
 * TextDecoder's does.
 */

/** What `read` makes of the bytes at a lead: the runtime's reading, or text and the bytes it takes. */
export type PairReading = typeof NATIVE | typeof GIVE_UP | { text: string; width: number };
/** The runtime reads this pair right: it stays in the runtime's run. */
export const NATIVE = 'native';
/** The fallback cannot read on this runtime: the runtime decodes the whole input. */
export const GIVE_UP = 'give-up';

/** An error's reading: the lead alone when the next byte is ASCII (read again on its own), else both. */
export function errorReading(isLead: boolean, trail: number): PairReading {
  return { text: '\ufffd', width: isLead && trail >= 0x80 ? 2 : 1 };
}

/**
 * Decodes `bytes` in `label`, each byte from 0x80 read by `read(lead, trail)` (`trail` -1 at
 * the end); `isLead` tells a lead byte, held back when cut off at the end of a stream.
 */
export function decodePairs(
  bytes: Uint8Array,
  stream: boolean,
  label: string,
  isLead: (byte: number) => boolean,
  read: (lead: number, trail: number) => PairReading,
): string {
  const decoder = new TextDecoder(label);
  const parts: string[] = [];
  let runStart = 0;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const trail = i + 1 < n ? (bytes[i + 1] as number) : -1;
    const lone = trail < 0 && isLead(lead);
    const reading = lone ? null : read(lead, trail);
    if (reading === NATIVE) {
      i += 2;
      continue;
    }
    if (reading === GIVE_UP) return decoder.decode(bytes, { stream });
    if (i > runStart) parts.push(decoder.decode(bytes.subarray(runStart, i)));
    if (reading === null) {
      // A lead cut off at the end: held back when more may follow, else an error.
      if (!stream) parts.push('\ufffd');
      return parts.join('');
    }
    parts.push(reading.text);
    i += reading.width;
    runStart = i;
  }
  if (runStart < n) parts.push(decoder.decode(bytes.subarray(runStart), { stream }));
  return parts.join('');
}
