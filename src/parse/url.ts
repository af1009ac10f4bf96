/**
 * URL resolution with the WHATWG URL parser (global in Node, browsers and edge runtimes).
 */

/**
 * The only schemes an Article may carry. Everything else (javascript:, vbscript:, data: in
 * any spelling, blob:, file:) is dropped: nothing in the result may execute or render markup.
 */
const SAFE_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:', 'tel:', 'ftp:']);

/** Characters browsers strip from URLs before parsing them (tabs, newlines). */
const URL_STRIP_RE = /[\t\n\r]/g;

/** Parses `href` (against `base` when given) into a URL, or null when it does not parse. */
export function parseUrl(href: string, base?: string | null): URL | null {
  try {
    return base ? new URL(href, base) : new URL(href);
  } catch {
    return null;
  }
}

/** A URL's host without a leading "www.": example.com and www.example.com are one site. */
export function siteHost(url: URL): string {
  return url.host.replace(WWW_RE, '');
}

const WWW_RE = /^www\./i;

/**
 * The domain a host is registered under: its last two labels, or three when the second-level
 * label has three letters or fewer and so is part of a public suffix ("co.uk", "com.au"):
 * "domov.horizont.example" and "kosice.horizont.example" are both "horizont.example",
 * "news.bbc.co.uk" is "bbc.co.uk". Metadata's domain name of a page is its first label.
 * @internal
 */
export function registrableDomain(hostname: string): string {
  const labels = hostname.toLowerCase().split('.');
  const keep = labels.length > 2 && (labels[labels.length - 2] ?? '').length <= MAX_SUFFIX_LABEL ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** A second-level label this short is part of a public suffix: "co.uk", "com.au". */
const MAX_SUFFIX_LABEL = 3;

/**
 * Resolves `href` against `base`. Returns an absolute URL with a safe scheme, or `null` when
 * it cannot be made absolute or its scheme is not one of {@link SAFE_PROTOCOLS}.
 * @internal
 */
export function resolveUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  const cleaned = href.replace(URL_STRIP_RE, '').trim();
  if (!cleaned || cleaned.startsWith('#')) return null;
  try {
    const url = base ? new URL(cleaned, base) : new URL(cleaned);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** An image URL's path up to its last "/" and the file name after it, query and fragment left out. */
export function splitFileName(src: string): { dir: string; name: string } {
  const q = src.search(QUERY_START_RE);
  const path = q < 0 ? src : src.slice(0, q);
  const slash = path.lastIndexOf('/');
  return { dir: path.slice(0, Math.max(slash, 0)), name: path.slice(slash + 1) };
}

const QUERY_START_RE = /[?#]/;

/** WordPress's size suffix before the extension: "-200x200", "-1024x683". */
export const WP_SIZE_SUFFIX_RE = /-\d{2,4}x\d{2,4}(?=\.[a-z0-9]{2,5}$)/i;
