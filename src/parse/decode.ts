/**
 * Byte input → string, in the order the HTML standard's encoding sniffing uses:
 * byte-order mark, then a `<meta charset>` / `http-equiv` declaration in the first bytes,
 * else UTF-8. TextDecoder does the decoding (present in Node, browsers and edge runtimes);
 * invalid sequences become U+FFFD instead of throwing.
 */

/** Byte-order marks and the encoding each one announces. */
const BYTE_ORDER_MARKS: ReadonlyArray<{ bytes: readonly number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** The HTML standard's prescan looks at the first 1024 bytes for a charset declaration. */
const PRESCAN_BYTES = 1024;

/** `<meta charset=x>` and `<meta http-equiv=content-type content="text/html; charset=x">`. */
const META_CHARSET_RE = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]{1,40})/i;

/** Encodings a meta declaration may not switch to: the standard maps UTF-16 to UTF-8 there. */
const META_ENCODING_OVERRIDES: Readonly<Record<string, string>> = {
  'utf-16': 'utf-8',
  'utf-16le': 'utf-8',
  'utf-16be': 'utf-8',
  'x-user-defined': 'windows-1252',
};

const DEFAULT_ENCODING = 'utf-8';

/**
 * windows-1252 characters for bytes 0x80–0x9F. The Encoding Standard maps latin1, ascii and
 * iso-8859-1 labels to windows-1252, but some runtimes (Node ≤ 22's TextDecoder among them)
 * decode that range as C1 control characters; this table puts the real characters back.
 * Undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as they are, as the standard says.
 */
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const C1_RE = /[\u0080-\u009f]/g;

function fixWindows1252(text: string): string {
  return text.replace(C1_RE, (c) => WINDOWS_1252_C1.charAt(c.charCodeAt(0) - 0x80));
}

function sniffBom(bytes: Uint8Array): string | null {
  for (const bom of BYTE_ORDER_MARKS) {
    if (bom.bytes.every((b, i) => bytes[i] === b)) return bom.encoding;
  }
  return null;
}

function sniffMeta(bytes: Uint8Array): string | null {
  // latin1 maps every byte to one char, so an ASCII declaration reads the same in any
  // ASCII-compatible encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  const match = META_CHARSET_RE.exec(head);
  if (!match?.[1]) return null;
  const label = match[1].toLowerCase();
  return META_ENCODING_OVERRIDES[label] ?? label;
}

function makeDecoder(label: string): TextDecoder {
  try {
    return new TextDecoder(label);
  } catch {
    // An unknown label (RangeError) falls back to the web's default.
    return new TextDecoder(DEFAULT_ENCODING);
  }
}

/**
 * Decodes the bytes of an HTML page to a string.
 * @internal
 */
export function decodeHtml(bytes: Uint8Array): string {
  const encoding = sniffBom(bytes) ?? sniffMeta(bytes) ?? DEFAULT_ENCODING;
  const decoder = makeDecoder(encoding);
  const text = decoder.decode(bytes);
  return decoder.encoding === 'windows-1252' ? fixWindows1252(text) : text;
}

/** A surrogate half without its partner: not a character, and invalid in JSON or UTF-8 out. */
const LONE_SURROGATE_RE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Replaces lone surrogates with U+FFFD so every string in the Article is well-formed
 * Unicode (what `String.prototype.toWellFormed` does, on runtimes that lack it too).
 * @internal
 */
export function toWellFormed(text: string): string {
  // Almost every page is well-formed already: the native check (ES2024) is a fast scan, and
  // the regex replace would otherwise walk the whole page once more for nothing.
  const native = text as string & { isWellFormed?: () => boolean };
  if (typeof native.isWellFormed === 'function' && native.isWellFormed()) return text;
  return text.replace(LONE_SURROGATE_RE, '\ufffd');
}
