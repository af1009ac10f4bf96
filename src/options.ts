import type { ParseOptions } from './types';

/** A page is fetched over HTTP: any other scheme in options.url would end up in Article.url. */
const PAGE_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

/** Options after validation. */
export interface ResolvedOptions {
  url: string | null;
}

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
  if (options === undefined || options === null) return { url: null };
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`parseArticle: expected options to be an object, got ${describe(options)}`);
  }
  const { url } = options as ParseOptions;
  if (url === undefined || url === null) return { url: null };
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
  return { url: parsed.href };
}
