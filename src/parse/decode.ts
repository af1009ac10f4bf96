/**
 * Byte input → string, in the order of the HTML standard's encoding sniffing: byte-order
 * mark, then the transport's declaration (an HTTP `Content-Type` charset), then a
 * `<meta charset>` / `http-equiv` declaration in the first 1024 bytes, or failing that later
 * in the `<head>`, then an XML declaration's encoding at the very start, else a fallback.
 * TextDecoder does the decoding (Node, browsers and edge runtimes, all with the WHATWG labels),
 * but for EUC-KR on a runtime that reads it as strict KS X 1001 and Big5 on one that reads
 * HKSCS as private-use characters (Node's ICU for both: see ./euc-kr and ./big5); invalid
 * sequences become U+FFFD instead of throwing.
 *
 * Declarations lie often (a server's default `charset=iso-8859-1` on a UTF-8 page, a
 * template's `<meta charset=utf-8>` on a Latin-1 page), so a declaration is checked against
 * the bytes: see {@link chooseEncoding}.
 */

import { decodeBig5Fallback, nativeBig5IsConforming } from './big5';
import { decodeEucKrFallback, nativeEucKrIsConforming } from './euc-kr';

/** Byte-order marks and the encoding each one announces. A BOM is never wrong. */
const BYTE_ORDER_MARKS: ReadonlyArray<{ bytes: readonly number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** The HTML standard's prescan looks at the first 1024 bytes for a charset declaration. */
const PRESCAN_BYTES = 1024;

/**
 * How far a declaration is looked for in the `<head>` when the first 1024 bytes hold none. The
 * standard's prescan stops at 1024 bytes, but its tree builder still obeys a charset `<meta>`
 * it meets later while the encoding is a guess ("change the encoding", which re-reads the
 * page), Blink's meta scan goes on for as long as the head lasts, and Gecko reloads the page
 * on such a late declaration: a legacy CMS that prints its metas after long keyword lists,
 * Open Graph tags and scripts is read in its declared encoding by every browser. The scan
 * stops where the head ends (see HEAD_SCAN_TAGS); this bound only caps the bytes it reads
 * in a head that never ends.
 */
const HEAD_SCAN_BYTES = 64 * 1024;

/**
 * Tags that keep the late scan in the head: Blink's list (HTMLMetaCharsetParser), where any
 * other start or end tag, `</head>` and `<body>` among them, ends the head. Blink goes on to
 * 1024 bytes regardless, which the prescan has covered.
 */
const HEAD_SCAN_TAGS: ReadonlySet<string> = new Set(['script', 'noscript', 'style', 'link', 'meta', 'object', 'title', 'base']);
/** Start tags that keep the scan in the head too (their end tags end it). */
const HEAD_SCAN_START_TAGS: ReadonlySet<string> = new Set(['html', 'head']);
/** Elements whose content is text to the scan (a `<meta>` written in a script's string is no declaration), as in Blink. */
const HEAD_SCAN_TEXT_TAGS: ReadonlySet<string> = new Set(['script', 'noscript', 'style', 'title']);
/**
 * A comment, or a start or end tag in lower case: `/` (group 1), name (group 2), attributes
 * (group 3). The scan compiles its own global copy, whose position it moves past text content.
 */
const HEAD_TOKEN_RE = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-z][^\s/>]*)([^>]*)/;

/**
 * An XML declaration at the very start of the bytes, and its encoding (group 1). The standard
 * does not read it (the prescan skips `<?…>`), but Blink and WebKit do, below every `<meta>`;
 * XHTML-era pages served as text/html often declare their encoding there alone.
 */
const XML_DECLARATION_RE = /^<\?xml[^>]*?\sencoding\s*=\s*["']([^"'>]{1,40})["']/;

/** Comments are skipped by the prescan: a commented-out `<meta charset>` declares nothing. */
const COMMENT_RE = /<!--[\s\S]*?(?:-->|$)/g;
/** A `<meta …>` start tag (its attributes in group 1); bounded by the 1024-byte prescan. */
const META_TAG_RE = /<meta[\s/]([^>]*)/gi;
/** One attribute of a tag: name, then an optional quoted or bare value. */
const ATTRIBUTE_RE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
/**
 * The charset parameter of a Content-Type value (`text/html; charset="utf-8"`). The space
 * after a quote belongs to the quote's group: two adjacent `\s*` would split a run of spaces
 * every possible way (quadratic on a caller's header value).
 */
const CHARSET_PARAM_RE = /charset\s*=\s*(?:["']\s*)?([^\s"';,]{1,40})/i;

/**
 * Labels that a declaration inside the page may not switch to: a page read as ASCII-compatible
 * bytes cannot be UTF-16, so the standard reads such a declaration as UTF-8.
 */
const META_ENCODING_OVERRIDES: Readonly<Record<string, string>> = {
  'utf-16': 'utf-8',
  'utf-16le': 'utf-8',
  'utf-16be': 'utf-8',
  'x-user-defined': 'windows-1252',
};

/** A transport may name UTF-16 outright; TextDecoder reads the bare label as little-endian. */
const TRANSPORT_ENCODING_OVERRIDES: Readonly<Record<string, string>> = {
  'x-user-defined': 'windows-1252',
};

const UTF8 = 'utf-8';
const EUC_KR = 'euc-kr';
const BIG5 = 'big5';
/**
 * Windows-1258 writes most Vietnamese tone marks as combining characters after the letter
 * ("ệ" as e + U+0323 + U+0302): text decoded from it is composed (NFC), as the same page in
 * UTF-8 is written, so that words compare, search and count as the reader sees them.
 */
const DECOMPOSING_ENCODING = 'windows-1258';

/**
 * What undeclared or falsely-UTF-8 bytes are read as when they are not UTF-8 and the page's
 * language suggests nothing else: the HTML standard's default for most locales, and an
 * encoding every byte is valid in, so nothing is lost.
 */
const LEGACY_FALLBACK = 'windows-1252';

/**
 * The legacy encoding a page in a language most likely uses: the HTML standard's table of
 * suggested default encodings per user locale (§13.2.3.3), keyed here by the page's own
 * `<html lang>` since a library has no user locale. Used only when the bytes are not UTF-8.
 */
const LANGUAGE_FALLBACKS: Readonly<Record<string, string>> = {
  ar: 'windows-1256', fa: 'windows-1256',
  ba: 'windows-1251', be: 'windows-1251', bg: 'windows-1251', kk: 'windows-1251', ky: 'windows-1251',
  mk: 'windows-1251', ru: 'windows-1251', sah: 'windows-1251', sr: 'windows-1251', tg: 'windows-1251',
  tt: 'windows-1251', uk: 'windows-1251',
  cs: 'windows-1250', hr: 'windows-1250', sk: 'windows-1250',
  hu: 'iso-8859-2', pl: 'iso-8859-2', sl: 'iso-8859-2',
  el: 'iso-8859-7',
  et: 'windows-1257', lt: 'windows-1257', lv: 'windows-1257',
  he: 'windows-1255',
  ja: 'shift_jis',
  ko: 'euc-kr',
  ku: 'windows-1254', tr: 'windows-1254',
  th: 'windows-874',
  vi: 'windows-1258',
  zh: 'gb18030', 'zh-tw': 'big5', 'zh-hk': 'big5', 'zh-hant': 'big5',
};

/** `<html lang=…>` in the prescanned bytes: the primary subtag, and a region/script subtag. */
const HTML_LANG_RE = /<html\s[^>]*?\blang\s*=\s*["']?([a-z]{2,3})(?:[-_]([a-z]{2,4}))?/i;

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

/**
 * Encoding Standard labels a runtime's TextDecoder may lack, and the label of the same
 * encoding it knows: Node 20's knows every other one.
 */
const MISSING_LABELS: Readonly<Record<string, string>> = {
  cp949: 'euc-kr',
};

/** The runtime's canonical name for a label, or null when the label is unknown. */
function canonicalEncoding(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    const known = MISSING_LABELS[label];
    return known === undefined ? null : canonicalEncoding(known);
  }
}

/** The charset of a Content-Type value, canonical, or null when absent or unknown. */
function sniffTransport(contentType: string | null): string | null {
  if (!contentType) return null;
  const match = CHARSET_PARAM_RE.exec(contentType);
  if (!match?.[1]) return null;
  const label = match[1].toLowerCase();
  return canonicalEncoding(TRANSPORT_ENCODING_OVERRIDES[label] ?? label);
}

/** The charset a `<meta>` tag's attributes declare, or null. */
function metaDeclaration(attributes: string): string | null {
  let charset: string | null = null;
  let httpEquiv: string | null = null;
  let content: string | null = null;
  for (const m of attributes.matchAll(ATTRIBUTE_RE)) {
    const name = (m[1] as string).toLowerCase();
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    if (name === 'charset' && charset === null) charset = value;
    else if (name === 'http-equiv' && httpEquiv === null) httpEquiv = value;
    else if (name === 'content' && content === null) content = value;
  }
  if (charset !== null) return charset.trim();
  if (httpEquiv?.trim().toLowerCase() === 'content-type' && content !== null) {
    return CHARSET_PARAM_RE.exec(content)?.[1] ?? null;
  }
  return null;
}

/** The encoding a declared label names, canonical, as a declaration in the page may name it; null when unknown. */
function declaredInPage(label: string | null | undefined): string | null {
  if (!label) return null;
  const lower = label.toLowerCase();
  const encoding = canonicalEncoding(META_ENCODING_OVERRIDES[lower] ?? lower);
  return encoding === null ? null : (META_ENCODING_OVERRIDES[encoding] ?? encoding);
}

/** Bytes as a string of one character per byte: an ASCII declaration reads the same in any ASCII-compatible encoding. */
function latin1(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes);
}

/** The first usable `<meta>` declaration in the first 1024 bytes, canonical, or null. */
function sniffMeta(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, PRESCAN_BYTES)).replace(COMMENT_RE, '');
  for (const tag of head.matchAll(META_TAG_RE)) {
    const encoding = declaredInPage(metaDeclaration(tag[1] as string));
    if (encoding) return encoding;
  }
  return null;
}

/**
 * The first usable `<meta>` declaration in the `<head>`, read past the first 1024 bytes (see
 * HEAD_SCAN_BYTES), canonical, or null. Tags are read as Blink's meta scan reads them:
 * comments and the text of scripts, styles and titles skipped, and the head ends at the first
 * tag that does not belong in it.
 */
function sniffLateMeta(bytes: Uint8Array): string | null {
  if (bytes.length <= PRESCAN_BYTES) return null;
  // Labels and tag names are ASCII case-insensitive: the scan reads the head in lower case.
  const lower = latin1(bytes.subarray(0, HEAD_SCAN_BYTES)).toLowerCase();
  const tokens = new RegExp(HEAD_TOKEN_RE.source, 'g');
  for (let m = tokens.exec(lower); m !== null; m = tokens.exec(lower)) {
    const name = m[2];
    if (name === undefined) continue; // a comment
    const end = m[1] === '/';
    if (!HEAD_SCAN_TAGS.has(name) && (end || !HEAD_SCAN_START_TAGS.has(name))) return null;
    if (end) continue;
    if (name === 'meta') {
      const encoding = declaredInPage(metaDeclaration(m[3] as string));
      if (encoding) return encoding;
    } else if (HEAD_SCAN_TEXT_TAGS.has(name)) {
      const close = lower.indexOf(`</${name}`, tokens.lastIndex);
      if (close < 0) return null;
      tokens.lastIndex = close;
    }
  }
  return null;
}

/** The encoding an XML declaration at the very start of the bytes names, canonical, or null. */
function sniffXmlDeclaration(bytes: Uint8Array): string | null {
  const match = XML_DECLARATION_RE.exec(latin1(bytes.subarray(0, PRESCAN_BYTES)));
  return declaredInPage(match?.[1]);
}

/** What a UTF-8 reading of some bytes finds. */
interface Utf8Scan {
  /** Well-formed sequences of two to four bytes: evidence that the bytes are UTF-8. */
  multiByte: number;
  /** Bytes that start no well-formed sequence: evidence that they are not. */
  invalid: number;
}

/**
 * Scans bytes as UTF-8 (the Encoding Standard's decoder rules, no overlongs, no surrogates).
 * An incomplete sequence at the very end counts as neither: a cut download ends that way.
 */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let multiByte = 0;
  let invalid = 0;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else {
      invalid++;
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      if (j >= n) {
        return { multiByte, invalid };
      }
      const c = bytes[j] as number;
      const lo = k === 0 ? lower : 0x80;
      const hi = k === 0 ? upper : 0xbf;
      if (c < lo || c > hi) {
        ok = false;
        break;
      }
    }
    if (ok) {
      multiByte++;
      i = j;
    } else {
      invalid++;
      i = j;
    }
  }
  return { multiByte, invalid };
}

/** The page's language's legacy encoding when it is valid for these bytes, else windows-1252. */
function legacyFallback(bytes: Uint8Array): string {
  const head = latin1(bytes.subarray(0, PRESCAN_BYTES));
  const lang = HTML_LANG_RE.exec(head);
  if (!lang) return LEGACY_FALLBACK;
  const primary = (lang[1] as string).toLowerCase();
  const region = lang[2] ? `${primary}-${lang[2].toLowerCase()}` : primary;
  const suggested = LANGUAGE_FALLBACKS[region] ?? LANGUAGE_FALLBACKS[primary];
  if (!suggested) return LEGACY_FALLBACK;
  // A multi-byte legacy encoding can reject bytes; then they were not in it either.
  try {
    new TextDecoder(suggested, { fatal: true }).decode(bytes, { stream: true });
    return suggested;
  } catch {
    return LEGACY_FALLBACK;
  }
}

/** UTF-16 and UTF-8 are not legacy; every other WHATWG encoding is. */
function isLegacy(encoding: string): boolean {
  return encoding !== UTF8 && !encoding.startsWith('utf-16');
}

/**
 * The encoding to read bytes in, and why:
 * - a BOM decides;
 * - else the transport's charset, else the page's `<meta>` declaration (in the first 1024
 *   bytes, else later in the head), else an XML declaration's encoding, unless the bytes
 *   contradict it: bytes declared in a legacy encoding that are well-formed UTF-8 with at
 *   least one multi-byte character are UTF-8 (legacy text almost never forms valid UTF-8
 *   sequences by chance), and bytes declared UTF-8 with more malformed sequences than
 *   well-formed multi-byte ones are read in a legacy fallback;
 * - else UTF-8 when the bytes read as UTF-8 by that same measure, else the legacy fallback:
 *   the encoding {@link LANGUAGE_FALLBACKS} suggests for the page's `<html lang>`, else
 *   {@link LEGACY_FALLBACK}.
 * @internal
 */
export function chooseEncoding(bytes: Uint8Array, contentType: string | null = null): string {
  const bom = sniffBom(bytes);
  if (bom) return bom;
  const declared = sniffTransport(contentType) ?? sniffMeta(bytes) ?? sniffLateMeta(bytes) ?? sniffXmlDeclaration(bytes);
  if (declared !== null && declared.startsWith('utf-16')) return declared;
  const scan = scanUtf8(bytes);
  if (declared !== null && isLegacy(declared)) {
    return scan.invalid === 0 && scan.multiByte > 0 ? UTF8 : declared;
  }
  return scan.invalid > scan.multiByte ? legacyFallback(bytes) : UTF8;
}

/** Options of {@link decodeHtml}. */
export interface DecodeOptions {
  /** An HTTP Content-Type value whose charset is the transport's declaration. */
  contentType?: string | null;
  /**
   * The bytes are a cut prefix of the page: an incomplete character at the end is dropped
   * instead of becoming U+FFFD.
   */
  truncated?: boolean;
}

/**
 * Decodes the bytes of an HTML page to a string.
 * @internal
 */
export function decodeHtml(bytes: Uint8Array, options: DecodeOptions = {}): string {
  const encoding = chooseEncoding(bytes, options.contentType ?? null);
  // `stream: true` keeps an incomplete trailing sequence back instead of flushing it as U+FFFD.
  const stream = options.truncated === true;
  if (encoding === EUC_KR && !nativeEucKrIsConforming()) return decodeEucKrFallback(bytes, stream);
  if (encoding === BIG5 && !nativeBig5IsConforming()) return decodeBig5Fallback(bytes, stream);
  const decoder = new TextDecoder(encoding);
  const text = decoder.decode(bytes, { stream });
  if (decoder.encoding === DECOMPOSING_ENCODING) return text.normalize('NFC');
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

/**
 * The longest prefix of `text` whose UTF-8 encoding fits in `maxBytes`, cut between
 * characters (a surrogate pair is never split). A lone surrogate counts as U+FFFD's 3 bytes.
 * @internal
 */
export function truncateUtf8(text: string, maxBytes: number): string {
  // Each UTF-16 code unit encodes to at most 3 bytes: a short string fits without counting.
  if (text.length * 3 <= maxBytes) return text;
  let bytes = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    let size = 3;
    let units = 1;
    if (c < 0x80) size = 1;
    else if (c < 0x800) size = 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        size = 4;
        units = 2;
      }
    }
    if (bytes + size > maxBytes) break;
    bytes += size;
    i += units;
  }
  return i === n ? text : text.slice(0, i);
}
