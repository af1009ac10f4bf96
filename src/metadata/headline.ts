import { MAX_SITE_NAME_WORDS, TITLE_SPLIT_RE } from './constants';

const NON_WORD_RE = /[^\p{L}\p{N}]+/gu;
const SPACE_RE = /\s+/;

/** Comparison key: lower-case letters and digits only. */
export function titleKey(text: string): string {
  return text.toLowerCase().replace(NON_WORD_RE, '');
}

function wordCount(text: string): number {
  return text.split(SPACE_RE).filter(Boolean).length;
}

/**
 * Removes a site-name prefix or suffix from a title: "Title | Site", "Site - Title",
 * "Title — Site News". The site name is matched when known; otherwise a short part next to a
 * much longer one is taken for it, and a title whose parts are alike is left whole.
 * @internal
 */
export function stripSiteName(title: string, siteName: string | null): string {
  const parts = title.split(TITLE_SPLIT_RE);
  if (parts.length < 2) return title;
  const first = parts[0] as string;
  const last = parts[parts.length - 1] as string;
  if (siteName) {
    const site = titleKey(siteName);
    if (site) {
      if (titleKey(last) === site || (site.length > 3 && titleKey(last).startsWith(site))) {
        return cutAt(title, last, 'end');
      }
      if (titleKey(first) === site) return cutAt(title, first, 'start');
    }
  }
  // Unknown site name: drop a short last part ("Title | Example News").
  if (wordCount(last) <= MAX_SITE_NAME_WORDS && wordCount(title) - wordCount(last) >= 3) {
    return cutAt(title, last, 'end');
  }
  return title;
}

/** Removes `part` and the separator next to it from one end of `title`. */
function cutAt(title: string, part: string, end: 'start' | 'end'): string {
  if (end === 'end') {
    const rest = title.slice(0, title.length - part.length);
    return rest.replace(TRAILING_SEPARATOR_RE, '').trim();
  }
  return title.slice(part.length).replace(LEADING_SEPARATOR_RE, '').trim();
}

const TRAILING_SEPARATOR_RE = /\s+[|–—·•»\-\/\\:]{1,2}\s*$/;
const LEADING_SEPARATOR_RE = /^\s*[|–—·•»\-\/\\:]{1,2}\s+/;

/**
 * The site name a title carries, given the headline it frames: "Title | Site" → "Site".
 * @internal
 */
export function siteNameFromTitle(title: string, headline: string | null): string | null {
  const parts = title.split(TITLE_SPLIT_RE);
  if (parts.length < 2) return null;
  const first = parts[0] as string;
  const last = parts[parts.length - 1] as string;
  if (headline) {
    const key = titleKey(headline);
    if (titleKey(title.slice(0, title.length - last.length)) === key || titleKey(first) === key) return last.trim() || null;
    if (titleKey(last) === key) return first.trim() || null;
  }
  return wordCount(last) <= MAX_SITE_NAME_WORDS && wordCount(first) > wordCount(last) ? last.trim() || null : null;
}
