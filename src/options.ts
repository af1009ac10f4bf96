import type { ParseOptions } from './types';

/** A page is fetched over HTTP: any other scheme in options.url would end up in Article.url. */
const PAGE_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

/** Options after validation. */
export interface ResolvedOptions {
  url: string | null;
  /** Bytes to read at most, or `null` for no limit. */
  maxBytes: number | null;
  /** The HTTP Content-Type value that came with byte input, or `null`. */
  contentType: string | null;
}

const NO_OPTIONS: ResolvedOptions = { url: null, maxBytes: null, contentType: null };

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
  const { url, maxBytes, contentType } = options as ParseOptions;
  return { url: resolveUrlOption(url), maxBytes: resolveMaxBytes(maxBytes), contentType: resolveContentType(contentType) };
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
