/**
 * options.now: validation, relative dates read only with it, and the "not after now" bound.
 * Run under three machine zones (npm run test:tz): no result may depend on the machine's.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src';
import { findRelativeDate } from '../../src/dates/relative';

/** 2025-12-23 15:00 at +03:00 (12:00 UTC). */
const NOW = { epochMs: Date.UTC(2025, 11, 23, 12, 0), offsetMinutes: 180 };

const page = (dateLine: string, head = ''): string =>
  `<html><head><title>Budget vote delayed again</title>${head}</head><body><article><h1>Budget vote delayed again</h1>` +
  `<div class="byline">By Jane Doe</div><div class="date">${dateLine}</div>` +
  '<p>The vote on the budget was delayed for the third time this month, officials said on Tuesday evening.</p></article></body></html>';

describe('findRelativeDate', () => {
  it('counts hours back from now, in the offset now was given in', () => {
    expect(findRelativeDate('Updated 3 hours ago', NOW)).toBe('2025-12-23T12:00:00+03:00');
  });
  it('reads German "vor einer Stunde"', () => {
    expect(findRelativeDate('vor einer Stunde', NOW)).toBe('2025-12-23T14:00:00+03:00');
  });
  it('reads French "il y a 2 jours" as a day, not a time', () => {
    expect(findRelativeDate('il y a 2 jours', NOW)).toBe('2025-12-21');
  });
  it('reads Spanish "hace 2 horas" after a name', () => {
    expect(findRelativeDate('Ana Pérez hace 2 horas', NOW)).toBe('2025-12-23T13:00:00+03:00');
  });
  it('reads Turkish "3 saat önce" and Russian "3 часа назад"', () => {
    expect(findRelativeDate('3 saat önce', NOW)).toBe('2025-12-23T12:00:00+03:00');
    expect(findRelativeDate('3 часа назад', NOW)).toBe('2025-12-23T12:00:00+03:00');
  });
  it('reads "yesterday" and "gestern" as the day before now', () => {
    expect(findRelativeDate('yesterday', NOW)).toBe('2025-12-22');
    expect(findRelativeDate('Gestern', NOW)).toBe('2025-12-22');
  });
  it('keeps the clock time of "gestern, 15:09 Uhr" zone-less', () => {
    expect(findRelativeDate('gestern, 15:09 Uhr', NOW)).toBe('2025-12-22T15:09:00');
    expect(findRelativeDate('yesterday at 3:09 p.m.', NOW)).toBe('2025-12-22T15:09:00');
  });
  it('takes the day in now\'s offset: 23:30 UTC is already the next day at +03:00', () => {
    const late = { epochMs: Date.UTC(2025, 11, 23, 23, 30), offsetMinutes: 180 };
    expect(findRelativeDate('yesterday', late)).toBe('2025-12-23');
  });
  it('does not read "USA TODAY" or a bare number as a date', () => {
    expect(findRelativeDate('By Jane Doe, USA TODAY', NOW)).toBeNull();
    expect(findRelativeDate('3 hours', NOW)).toBeNull();
  });
});

describe('parseArticle with options.now', () => {
  it('ignores relative dates without now', () => {
    expect(parseArticle(page('3 hours ago')).publishedAt).toBeNull();
  });
  it('reads them with now as an ISO string, in its offset', () => {
    const a = parseArticle(page('3 hours ago'), { now: '2025-12-23T15:00:00+03:00' });
    expect(a.publishedAt).toBe('2025-12-23T12:00:00+03:00');
    expect(a.sources.publishedAt).toBe('text');
  });
  it('reads them with now as a Date or epoch milliseconds, in UTC', () => {
    const ms = Date.UTC(2025, 11, 23, 12, 0);
    expect(parseArticle(page('vor 2 Stunden'), { now: new Date(ms) }).publishedAt).toBe('2025-12-23T10:00:00Z');
    expect(parseArticle(page('gestern'), { now: ms }).publishedAt).toBe('2025-12-22');
  });
  it('skips a machine-readable date more than a day after now for the next candidate', () => {
    const head = '<meta property="article:published_time" content="2031-01-01T00:00:00Z">';
    const a = parseArticle(page('December 22, 2025', head), { now: '2025-12-23T12:00:00Z' });
    expect(a.publishedAt).toBe('2025-12-22');
    expect(a.sources.publishedAt).toBe('text');
  });
  it('keeps a date up to a day ahead (a page in a zone ahead of the caller)', () => {
    const head = '<meta property="article:published_time" content="2025-12-24T08:00:00+09:00">';
    expect(parseArticle(page('', head), { now: '2025-12-23T12:00:00Z' }).publishedAt).toBe('2025-12-24T08:00:00+09:00');
  });
  it('keeps a future date when now is not given', () => {
    const head = '<meta property="article:published_time" content="2031-01-01T00:00:00Z">';
    expect(parseArticle(page('', head)).publishedAt).toBe('2031-01-01T00:00:00Z');
  });
  it('never accepts a date before 1995', () => {
    const head = '<meta property="article:published_time" content="1970-01-01T00:00:00Z">';
    expect(parseArticle(page('', head)).publishedAt).toBeNull();
  });
});

describe('options.now validation', () => {
  it('throws a RangeError naming options.now for an invalid Date, NaN or an unparseable string', () => {
    expect(() => parseArticle('<p>x</p>', { now: new Date('nope') })).toThrow(RangeError);
    expect(() => parseArticle('<p>x</p>', { now: Number.NaN })).toThrow(/options\.now/);
    expect(() => parseArticle('<p>x</p>', { now: 'last Tuesday' })).toThrow(RangeError);
    expect(() => parseArticle('<p>x</p>', { now: '2025-02-30' })).toThrow(RangeError);
  });
  it('refuses a zone-less date-time, whose instant would depend on the machine zone', () => {
    expect(() => parseArticle('<p>x</p>', { now: '2025-12-23T15:00:00' })).toThrow(/offset/);
  });
  it('throws a TypeError for another type', () => {
    expect(() => parseArticle('<p>x</p>', { now: {} as unknown as string })).toThrow(TypeError);
    expect(() => parseArticle('<p>x</p>', { now: true as unknown as number })).toThrow(/options\.now/);
  });
});

describe('relative dates: letters outside the BMP', () => {
  it('returns when a failed "N units ago" match starts on a letter outside the BMP', () => {
    // Before the fix the retry landed inside a surrogate pair and looped for ever.
    const a = parseArticle(
      '<html><body><p class="date">𬙙𬙙 hours ago, 𬙙𬙙𬙙 3 hours ago</p><article><h1>T</h1><p>x</p></article></body></html>',
      { now: '2025-12-23T18:00:00+03:00' },
    );
    expect(a.publishedAt).toBe('2025-12-23T15:00:00+03:00');
  });
});
