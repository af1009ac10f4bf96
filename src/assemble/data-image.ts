import { EMBEDDED_IMAGE, MIN_IMAGE_SIDE } from './constants';

/**
 * The `src` of a picture the page embeds as a `data:` URI when it is the article's (see
 * EMBEDDED_IMAGE): the URI as the page writes it, whitespace taken out. Null for anything
 * else: another media type, a placeholder's size, a payload that is not base64.
 * @param width - the width the page declares, or null.
 * @param height - the height the page declares, or null.
 * @internal
 */
export function embeddedImageSrc(raw: string, width: number | null, height: number | null): string | null {
  const uri = raw.includes(' ') || raw.includes('\n') || raw.includes('\t') || raw.includes('\r') ? raw.replace(WHITESPACE_RE, '') : raw;
  const head = EMBEDDED_IMAGE.uriRe.exec(uri);
  if (!head) return null;
  const payload = uri.slice(head[0].length);
  if (!EMBEDDED_IMAGE.payloadRe.test(payload)) return null;
  const size = headerSize((head[1] as string).toLowerCase(), payload);
  if (size) return size.width >= MIN_IMAGE_SIDE && size.height >= MIN_IMAGE_SIDE ? uri : null;
  const declared = width !== null && height !== null && width >= MIN_IMAGE_SIDE && height >= MIN_IMAGE_SIDE;
  return declared || payload.length >= EMBEDDED_IMAGE.minLength ? uri : null;
}
const WHITESPACE_RE = /\s+/g;

interface Size {
  width: number;
  height: number;
}

/** The picture's size as its file's header states it, or null when it is not read there. */
function headerSize(type: string, payload: string): Size | null {
  if (type === 'jpg' || type === 'jpeg') return jpegSize(decodeBase64(payload, EMBEDDED_IMAGE.jpegScan));
  const b = decodeBase64(payload, HEADER_CHARS);
  if (type === 'png') {
    // The signature, then the IHDR chunk: width and height, 4 bytes each, big-endian.
    if (b.length < 24 || b[12] !== 0x49 || b[13] !== 0x48 || b[14] !== 0x44 || b[15] !== 0x52) return null;
    return { width: uint32(b, 16), height: uint32(b, 20) };
  }
  if (type === 'gif') {
    // "GIF87a"/"GIF89a", then the logical screen's width and height, 2 bytes each, little-endian.
    if (b.length < 10 || b[0] !== 0x47 || b[1] !== 0x49 || b[2] !== 0x46) return null;
    return { width: (b[6] as number) | ((b[7] as number) << 8), height: (b[8] as number) | ((b[9] as number) << 8) };
  }
  return webpSize(b);
}
/** Base64 characters enough for a PNG's, a GIF's or a WebP's header (30 bytes). */
const HEADER_CHARS = 40;

function uint32(b: Uint8Array, at: number): number {
  return (((b[at] as number) << 24) >>> 0) + ((b[at + 1] as number) << 16) + ((b[at + 2] as number) << 8) + (b[at + 3] as number);
}

/** A WebP's canvas (VP8X), lossy frame (VP8 ) or lossless frame (VP8L) size. */
function webpSize(b: Uint8Array): Size | null {
  if (b.length < 30 || b[8] !== 0x57 || b[9] !== 0x45 || b[10] !== 0x42 || b[11] !== 0x50) return null;
  const chunk = String.fromCharCode(b[12] as number, b[13] as number, b[14] as number, b[15] as number);
  const at = (i: number): number => b[i] as number;
  if (chunk === 'VP8X') return { width: 1 + (at(24) | (at(25) << 8) | (at(26) << 16)), height: 1 + (at(27) | (at(28) << 8) | (at(29) << 16)) };
  if (chunk === 'VP8 ') return { width: (at(26) | (at(27) << 8)) & 0x3fff, height: (at(28) | (at(29) << 8)) & 0x3fff };
  if (chunk === 'VP8L') {
    const bits = at(21) | (at(22) << 8) | (at(23) << 16) | (at(24) << 24);
    return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >>> 14) & 0x3fff) };
  }
  return null;
}

/** A JPEG's size from its first start-of-frame marker, when it lies within the decoded bytes. */
function jpegSize(b: Uint8Array): Size | null {
  if (b[0] !== 0xff || b[1] !== 0xd8) return null;
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1] as number;
    // SOF0–SOF15, but for DHT (C4), JPG (C8) and DAC (CC): precision, height, width.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: ((b[i + 5] as number) << 8) | (b[i + 6] as number), width: ((b[i + 7] as number) << 8) | (b[i + 8] as number) };
    }
    i += 2 + (((b[i + 2] as number) << 8) | (b[i + 3] as number));
  }
  return null;
}

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Each base64 character's value, by its char code (the payload was checked to hold only these). */
const BASE64_VALUES = new Uint8Array(128);
for (let i = 0; i < BASE64_ALPHABET.length; i++) BASE64_VALUES[BASE64_ALPHABET.charCodeAt(i)] = i;

/** The bytes of the first `maxChars` characters of a base64 payload (a whole number of quads). */
function decodeBase64(payload: string, maxChars: number): Uint8Array {
  const chars = Math.min(payload.length, maxChars) & ~3;
  const out = new Uint8Array((chars / 4) * 3);
  let n = 0;
  for (let i = 0; i < chars; i += 4) {
    const value = (k: number): number => BASE64_VALUES[payload.charCodeAt(i + k) & 0x7f] as number;
    const quad = (value(0) << 18) | (value(1) << 12) | (value(2) << 6) | value(3);
    out[n++] = (quad >> 16) & 0xff;
    out[n++] = (quad >> 8) & 0xff;
    out[n++] = quad & 0xff;
  }
  return out;
}
