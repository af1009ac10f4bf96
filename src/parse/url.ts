/**
 * URL resolution with the WHATWG URL parser (global in Node, browsers and edge runtimes).
 */

/** Schemes that execute or render markup: never let one into an Article. */
const UNSAFE_SCHEME_RE = /^(?:javascript|vbscript|data:text\/html|data:image\/svg)/i;

/** Characters browsers strip from URLs before parsing them (tabs, newlines). */
const URL_STRIP_RE = /[\t\n\r]/g;

/**
 * Resolves `href` against `base`. Returns an absolute http(s) (or other safe) URL, or `null`
 * when it cannot be made absolute or uses an unsafe scheme.
 * @internal
 */
export function resolveUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  const cleaned = href.replace(URL_STRIP_RE, '').trim();
  if (!cleaned || cleaned.startsWith('#')) return null;
  if (UNSAFE_SCHEME_RE.test(cleaned)) return null;
  try {
    const url = base ? new URL(cleaned, base) : new URL(cleaned);
    if (UNSAFE_SCHEME_RE.test(url.href)) return null;
    return url.href;
  } catch {
    return null;
  }
}

/** True for a string that parses as an absolute URL. */
export function isAbsoluteUrl(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}
