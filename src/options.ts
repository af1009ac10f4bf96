import type { ParseOptions } from './types';
import type { ReferenceTime } from './dates/relative';

/** A page is fetched over HTTP: any other scheme in options.url would end up in Article.url. */
const PAGE_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

/** Options after validation. */
export interface ResolvedOptions {
  url: string | null;
  /** options.now as an instant, and the offset relative dates are written in (0 for a Date or a number). */
  now: ReferenceTime | null;
  /** Bytes to read at most, or `null` for no limit. */
  maxBytes: number | null;
  /** The HTTP Content-Type value that came with byte input, or `null`. */
  contentType: string | null;
}

const NO_OPTIONS: ResolvedOptions = { url: null, now: null, maxBytes: null, contentType: null };

/**
 * options.now as a string: a date, or a date-time that names its offset. A zone-less
 * date-time is refused, since its instant would depend on the machine's zone.
 */
const NOW_ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/i;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * A Uint8Array from any realm (an iframe, a vm context, a worker): `instanceof` only sees
 * this realm's constructor, the brand check sees them all. Node's Buffer passes too.
 */
export function isUint8Array(value: unknown): value is Uint8Array {
  return ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]';
}

/**
 * Checks the arguments of parseArticle. Wrong types throw a TypeError that names what was
 * expected; an unusable option value throws too, naming the option.
 * @internal
 */
export function resolveOptions(html: unknown, options: unknown): ResolvedOptions {
  if (typeof html !== 'string' && !isUint8Array(html)) {
    throw new TypeError(`parseArticle: expected html to be a string or a Uint8Array, got ${describe(html)}`);
  }
  if (options === undefined || options === null) return NO_OPTIONS;
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`parseArticle: expected options to be an object, got ${describe(options)}`);
  }
  const { url, now, maxBytes, contentType } = options as ParseOptions;
  return {
    url: resolveUrlOption(url),
    now: resolveNow(now),
    maxBytes: resolveMaxBytes(maxBytes),
    contentType: resolveContentType(contentType),
  };
}

function resolveUrlOption(url: unknown): string | null {
  if (url === undefined || url === null) return null;
  if (typeof url !== 'string') throw new TypeError(`parseArticle: expected options.url to be a string, got ${describe(url)}`);
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (!parsed || !PAGE_PROTOCOLS.has(parsed.protocol)) {
    throw new TypeError(`parseArticle: options.url must be an absolute http(s) URL, got "${url.slice(0, 200)}"`);
  }
  return parsed.href;
}

/** Reads a string options.now: an ISO date or a date-time with an offset, checked field by field. */
function nowFromIso(text: string): ReferenceTime | null {
  const m = NOW_ISO_RE.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, hh = '00', mi = '00', ss = '00', zone = 'Z'] = m;
  const fields = [Number(y), Number(mo) - 1, Number(d), Number(hh), Number(mi), Number(ss)] as const;
  const wall = Date.UTC(...fields);
  const check = new Date(wall);
  // Date.UTC rolls 2025-02-30 over to March: a value that does not read back is invalid.
  if (check.getUTCMonth() !== fields[1] || check.getUTCDate() !== fields[2] || check.getUTCHours() !== fields[3] || check.getUTCMinutes() !== fields[4] || check.getUTCSeconds() !== fields[5]) return null;
  let offsetMinutes = 0;
  if (zone.toUpperCase() !== 'Z') {
    const digits = zone.slice(1).replace(':', '');
    const hours = Number(digits.slice(0, 2));
    const minutes = Number(digits.slice(2, 4));
    if (hours > 14 || minutes > 59) return null;
    offsetMinutes = (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
  }
  return { epochMs: wall - offsetMinutes * 60_000, offsetMinutes };
}

/**
 * Validates options.now: a valid Date, finite epoch milliseconds, or an ISO 8601 string
 * with an offset (or a bare date, read as UTC midnight).
 */
function resolveNow(now: unknown): ReferenceTime | null {
  if (now === undefined || now === null) return null;
  if (isDate(now)) {
    const epochMs = now.getTime();
    if (!Number.isFinite(epochMs)) throw new RangeError('parseArticle: options.now is an invalid Date');
    return { epochMs, offsetMinutes: 0 };
  }
  if (typeof now === 'number') {
    if (!Number.isFinite(now) || Number.isNaN(new Date(now).getTime())) {
      throw new RangeError(`parseArticle: options.now must be finite epoch milliseconds, got ${String(now)}`);
    }
    return { epochMs: now, offsetMinutes: 0 };
  }
  if (typeof now === 'string') {
    const parsed = nowFromIso(now);
    if (!parsed) {
      throw new RangeError(
        `parseArticle: options.now must be an ISO 8601 date or a date-time with a UTC offset ("2025-12-23T18:00:00+03:00"), got "${now.slice(0, 100)}"`,
      );
    }
    return parsed;
  }
  throw new TypeError(`parseArticle: expected options.now to be a Date, a number or an ISO 8601 string, got ${describe(now)}`);
}

/** A Date from any realm (see isUint8Array). */
function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function resolveMaxBytes(maxBytes: unknown): number | null {
  if (maxBytes === undefined || maxBytes === null) return null;
  if (typeof maxBytes !== 'number') {
    throw new TypeError(`parseArticle: expected options.maxBytes to be a number, got ${describe(maxBytes)}`);
  }
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 0) {
    throw new RangeError(`parseArticle: options.maxBytes must be a non-negative integer, got ${String(maxBytes)}`);
  }
  return maxBytes;
}

function resolveContentType(contentType: unknown): string | null {
  if (contentType === undefined || contentType === null) return null;
  if (typeof contentType !== 'string') {
    throw new TypeError(`parseArticle: expected options.contentType to be a string, got ${describe(contentType)}`);
  }
  return contentType;
}
