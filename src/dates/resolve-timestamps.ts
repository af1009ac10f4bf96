import type { MetadataSource } from '../types';
import { isSameOrAfter } from './compare';
import { parseEpoch } from './epoch';
import { findDateInUrl, findDatesInText } from './find-dates';
import { parseDate } from './parse-date';

/** A raw timestamp string from a machine-readable source. */
export interface RawTimestamp {
  value: string;
  source: MetadataSource;
}

/** A visible date line and what its label says it is. */
export interface RawDateLine {
  text: string;
  label: 'published' | 'modified';
}

export interface TimestampInput {
  /** Publication-time candidates, most trusted first (JSON-LD, meta, microdata, `<time>`). */
  published: readonly RawTimestamp[];
  /** Update-time candidates, most trusted first. */
  modified: readonly RawTimestamp[];
  /** Visible date lines near the headline and byline, in page order. */
  lines: readonly RawDateLine[];
  /** URLs of the page, for `/2025/12/23/` paths. */
  urls: readonly (string | null)[];
}

export interface Timestamps {
  publishedAt: string | null;
  modifiedAt: string | null;
  publishedSource: MetadataSource | null;
  modifiedSource: MetadataSource | null;
}

const DIGITS_ONLY_RE = /^\d{9,13}$/;
const DATE_ONLY_LENGTH = 10;

interface Parsed {
  value: string;
  source: MetadataSource;
}

function parseCandidate(raw: string): string | null {
  const value = raw.trim();
  // Bare numbers in machine-readable fields are Unix times (seconds or milliseconds).
  return DIGITS_ONLY_RE.test(value) ? parseEpoch(value) : parseDate(value);
}

function parseAll(candidates: readonly RawTimestamp[]): Parsed[] {
  const out: Parsed[] = [];
  for (const c of candidates) {
    const value = parseCandidate(c.value);
    if (value) out.push({ value, source: c.source });
  }
  return out;
}

/**
 * The first candidate, upgraded to a later source's fuller value when the first gives only
 * the day and the other has a time on that same day.
 */
function pickFirst(list: readonly Parsed[]): Parsed | null {
  const first = list[0];
  if (!first) return null;
  if (first.value.length > DATE_ONLY_LENGTH) return first;
  return list.find((p) => p.value.length > DATE_ONLY_LENGTH && p.value.startsWith(first.value)) ?? first;
}

function datesOfLines(lines: readonly RawDateLine[], label: RawDateLine['label']): Parsed[] {
  const out: Parsed[] = [];
  for (const line of lines) {
    if (line.label !== label) continue;
    const found = findDatesInText(line.text)[0];
    if (found) out.push({ value: found.value, source: 'text' });
  }
  return out;
}

/**
 * Chooses `publishedAt` and `modifiedAt` from ordered candidates: machine-readable sources
 * first, then visible date lines, then the URL. Then the plausibility checks: an update time
 * earlier than the publication time is dropped.
 * @internal
 */
export function resolveTimestamps(input: TimestampInput): Timestamps {
  const publishedLines = datesOfLines(input.lines, 'published');
  let published = pickFirst(parseAll(input.published)) ?? publishedLines[0] ?? null;
  if (!published) {
    for (const url of input.urls) {
      const value = url ? findDateInUrl(url) : null;
      if (value) {
        published = { value, source: 'url' };
        break;
      }
    }
  }

  let modified = pickFirst(parseAll(input.modified)) ?? datesOfLines(input.lines, 'modified')[0] ?? null;
  if (!modified && published?.source === 'text') {
    // An unlabelled second date line of the article, later than the first, is its update time.
    modified = publishedLines.find((p) => p.value !== published?.value && isSameOrAfter(p.value, published?.value ?? '') === true) ?? null;
  }
  if (modified && published && isSameOrAfter(modified.value, published.value) === false) modified = null;

  return {
    publishedAt: published?.value ?? null,
    modifiedAt: modified?.value ?? null,
    publishedSource: published?.source ?? null,
    modifiedSource: modified?.source ?? null,
  };
}
