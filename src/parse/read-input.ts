import { decodeHtml, toWellFormed, truncateUtf8 } from './decode';

/** What {@link readInput} makes of the caller's input. */
export interface PageInput {
  /** The page as a well-formed string. */
  source: string;
  /** True when the input was longer than `maxBytes` and was cut. */
  truncated: boolean;
}

/**
 * The page as a well-formed string, cut to `maxBytes` when it is longer: bytes are cut as
 * bytes (before decoding, so a huge download is never decoded whole), strings where their
 * UTF-8 encoding would pass `maxBytes`, so both kinds of input are bounded alike.
 * @internal
 */
export function readInput(
  html: string | Uint8Array,
  options: { maxBytes: number | null; contentType: string | null },
): PageInput {
  const { maxBytes, contentType } = options;
  if (typeof html === 'string') {
    const kept = maxBytes === null ? html : truncateUtf8(html, maxBytes);
    return { source: toWellFormed(kept), truncated: kept.length < html.length };
  }
  const truncated = maxBytes !== null && html.length > maxBytes;
  const bytes = truncated ? html.subarray(0, maxBytes as number) : html;
  return { source: decodeHtml(bytes, { contentType, truncated }), truncated };
}
