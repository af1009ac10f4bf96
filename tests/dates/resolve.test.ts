import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src';
import { findDatesInText } from '../../src/dates';
import { resolveTimestamps, slashedDateOrder } from '../../src/dates/resolve-timestamps';
import type { TimestampInput } from '../../src/dates/resolve-timestamps';

function resolve(input: Partial<TimestampInput>) {
  return resolveTimestamps({ published: [], modified: [], lines: [], urls: [], now: null, ...input });
}

describe('resolveTimestamps: the first candidate in its fullest spelling', () => {
  it('gives a zone-less time the zone another source writes for the same wall-clock time', () => {
    const t = resolve({
      published: [
        { value: '2019-11-18T17:01:27.893', source: 'opengraph' },
        { value: '2019-11-18T17:01:27.893Z', source: 'microdata' },
      ],
    });
    expect(t.publishedAt).toBe('2019-11-18T17:01:27Z');
    expect(t.publishedSource).toBe('opengraph');
  });

  it("gives a zone-less update the zone the publication (as resolved, or another kind's value) writes for its minute", () => {
    // Kompas: zone-less dateModified = datePublished; only the line under the headline says WIB.
    const line = { text: '04/01/2024, 10:42 WIB', label: 'published' as const, publication: true };
    const t = resolve({
      published: [{ value: '2024-01-04T10:42:15', source: 'json-ld' }],
      modified: [{ value: '2024-01-04T10:42:15', source: 'json-ld' }],
      lines: [line],
      slashed: 'day-first',
    });
    expect(t.publishedAt).toBe('2024-01-04T10:42:15+07:00');
    expect(t.modifiedAt).toBe('2024-01-04T10:42:15+07:00');
    expect(t.modifiedSource).toBe('json-ld');
    // A zoned machine value of the other kind gives it too, either way round.
    const other = resolve({ published: [{ value: '2024-01-04T10:42:15', source: 'json-ld' }], modified: [{ value: '2024-01-04T10:42:15+07:00', source: 'opengraph' }] });
    expect(other.publishedAt).toBe('2024-01-04T10:42:15+07:00');
    // Near miss: an update at another minute stays zone-less; no zone is invented.
    const later = resolve({ published: [{ value: '2024-01-04T10:42:15', source: 'json-ld' }], modified: [{ value: '2024-01-04T11:05:00', source: 'json-ld' }], lines: [line], slashed: 'day-first' });
    expect(later.publishedAt).toBe('2024-01-04T10:42:15+07:00');
    expect(later.modifiedAt).toBe('2024-01-04T11:05:00');
  });

  it('keeps the first source and its seconds when another gives the zone to the minute', () => {
    const t = resolve({
      published: [{ value: '2019-11-18T17:01:27', source: 'opengraph' }],
      lines: [{ text: 'Nov 18, 2019 5:01 PM GMT', label: 'published' }],
    });
    expect(t.publishedAt).toBe('2019-11-18T17:01:27Z');
    expect(t.publishedSource).toBe('opengraph');
  });

  it("takes a zoned source's seconds for a zone-less value written to the minute", () => {
    const t = resolve({
      published: [{ value: 'Thu, 12/18/2025 - 10:00', source: 'json-ld' }, { value: '2025-12-18T10:00:00-0600', source: 'opengraph' }],
      modified: [{ value: 'Fri, 12/19/2025 - 08:31', source: 'json-ld' }, { value: '2025-12-19T08:31:12-0600', source: 'opengraph' }],
    });
    expect(t.publishedAt).toBe('2025-12-18T10:00:00-06:00');
    expect(t.modifiedAt).toBe('2025-12-19T08:31:12-06:00');
    expect(t.modifiedSource).toBe('json-ld');
    // Its own seconds stay: "08:31:40" is not "08:31:12".
    const own = resolve({ modified: [{ value: '2025-12-19T08:31:40', source: 'json-ld' }, { value: '2025-12-19T08:31:12-0600', source: 'opengraph' }] });
    expect(own.modifiedAt).toBe('2025-12-19T08:31:40-06:00');
  });

  it('writes a UTC update in the offset a publication candidate gives for the same instant, and no other', () => {
    const published = [
      { value: '2025-12-23T14:09:21+00:00', source: 'opengraph' as const },
      { value: '2025-12-26T21:15:40-06:00', source: 'time-element' as const },
    ];
    const t = resolve({ published, modified: [{ value: '2025-12-27T03:15:40+00:00', source: 'opengraph' }] });
    expect(t.modifiedAt).toBe('2025-12-26T21:15:40-06:00');
    expect(t.modifiedSource).toBe('opengraph');
    // Another instant (a second off) is another time: the update stays in UTC.
    expect(resolve({ published, modified: [{ value: '2025-12-27T03:15:41+00:00', source: 'opengraph' }] }).modifiedAt).toBe('2025-12-27T03:15:41Z');
  });

  it('reads a WordPress "entry-date updated" <time> as the update\'s spelling in the page\'s offset', () => {
    const head =
      '<meta property="article:published_time" content="2025-12-23T14:09:21+00:00"><meta property="article:modified_time" content="2025-12-27T03:15:40+00:00">';
    const times =
      '<p class="entry-meta"><time class="entry-date published" datetime="2025-12-23T08:09:21-06:00">December 23, 2025</time> <time class="entry-date updated" datetime="2025-12-26T21:15:40-06:00">December 26, 2025</time></p>';
    const prose = '<p>The buns rise overnight in the fridge, and the dough, rich with butter and eggs, bakes up soft and tall by morning.</p>'.repeat(4);
    const a = parseArticle(`<html><head><title>Sticky buns</title>${head}</head><body><article><h1>Sticky buns</h1>${times}${prose}</article></body></html>`, { url: 'https://blog.example/sticky-buns/' });
    expect(a.publishedAt).toBe('2025-12-23T08:09:21-06:00');
    expect(a.modifiedAt).toBe('2025-12-26T21:15:40-06:00');
  });

  it('dates a page by a short line above its headline only when nothing else dates it', () => {
    const headerLines = ['Field Notes', 'Issue 47 · December 23, 2025'];
    expect(resolve({ headerLines }).publishedAt).toBe('2025-12-23');
    expect(resolve({ headerLines }).publishedSource).toBe('text');
    expect(resolve({ headerLines, urls: ['https://news.example/2025/12/20/story'] }).publishedAt).toBe('2025-12-20');
    expect(resolve({ headerLines, lines: [{ text: 'Posted Dec 22, 2025', label: 'published' }] }).publishedAt).toBe('2025-12-22');
    // A sentence that mentions a date, or a line with two dates, is no date line.
    expect(resolve({ headerLines: ['The council will vote on the plan on December 23, 2025'] }).publishedAt).toBeNull();
    expect(resolve({ headerLines: ['December 22, 2025 – December 23, 2025'] }).publishedAt).toBeNull();
  });
  it('counts the words beside a header line\'s date by whitespace: an identifier is one word (arXiv\'s stamp)', () => {
    expect(resolve({ headerLines: ['arXiv:2512.14071v1 [cs.DL] 16 Dec 2025'] }).publishedAt).toBe('2025-12-16');
    expect(resolve({ headerLines: ['Vol.3 No. 12/2025 · 16 Dec 2025'] }).publishedAt).toBe('2025-12-16');
    // Four words are a sentence's, however short.
    expect(resolve({ headerLines: ['Vote set for 16 Dec 2025 by council'] }).publishedAt).toBeNull();
  });

  it('reads a newsletter archive\'s header cell "Issue 47 · December 23, 2025" above its <h1>, not a clock or a later line', () => {
    const prose = '<p>Every second Saturday, the fellowship hall fills up with broken things, lamps and mixers and jeans, and volunteers fix them for free.</p>'.repeat(4);
    const at = (header: string, after = '') =>
      parseArticle(`<html><head><title>Field Notes #47</title></head><body><table><tr><td>${header}</td></tr><tr><td><h1>The quiet economics of repair cafés</h1>${after}${prose}</td></tr></table></body></html>`).publishedAt;
    expect(at('<span style="color:#808080">Issue 47 &middot; December 23, 2025</span>')).toBe('2025-12-23');
    expect(at('<span class="today">Tuesday, December 23, 2025</span>')).toBeNull();
    expect(at('<nav><a href="/archive">Archive</a> <span>December 23, 2025</span></nav>')).toBeNull();
    expect(at('', '<p>Issue 47 · December 23, 2025</p>')).toBeNull();
  });

  it('dates a page by a short line under its headline, in its block, only when nothing else dates it', () => {
    const headlineBlockLines = ['Written by', 'December 16, 2025', '7 min read'];
    expect(resolve({ headlineBlockLines }).publishedAt).toBe('2025-12-16');
    expect(resolve({ headlineBlockLines, urls: ['https://news.example/2025/12/20/story'] }).publishedAt).toBe('2025-12-20');
    expect(resolve({ headlineBlockLines, headerLines: ['Issue 47 · December 23, 2025'] }).publishedAt).toBe('2025-12-23');
    expect(resolve({ headlineBlockLines: ['Shares rose 4% after the council voted on December 16, 2025'] }).publishedAt).toBeNull();
  });

  it('reads a blog header\'s bare date under its <h1> when the header is its own block, not a body line', () => {
    const prose = '<p>Every second Saturday, the fellowship hall fills up with broken things, lamps and mixers and jeans, and volunteers fix them for free.</p>'.repeat(6);
    const meta = '<div class="meta-row"><div><div class="text-size-small">Written by</div><div>Tomás Aguilar</div></div><div><div class="text-size-small">December 16, 2025</div><div class="text-size-small">7 min read</div></div></div>';
    const page = (body: string) => parseArticle(`<html><head><title>The quiet economics of repair cafés</title></head><body>${body}</body></html>`).publishedAt;
    expect(page(`<header class="post-header"><div><h1>The quiet economics of repair cafés</h1></div><p>A dek about the cafés.</p>${meta}</header><section>${prose}</section>`)).toBe('2025-12-16');
    // Under the headline in the same block as the story's body, the date may be anything's.
    expect(page(`<article><h1>The quiet economics of repair cafés</h1>${prose}<p>December 16, 2025</p></article>`)).toBeNull();
    const dateRow = '<div class="meta-row"><div><div class="text-size-small">December 16, 2025</div><div class="text-size-small">7 min read</div></div></div>';
    expect(page(`<article><h1>The quiet economics of repair cafés</h1>${dateRow}${prose}</article>`)).toBeNull();
    // With its "Written by" line the row is the byline (its lines read apart), and a byline's date is the story's.
    expect(page(`<article><h1>The quiet economics of repair cafés</h1>${meta}${prose}</article>`)).toBe('2025-12-16');
    // A date inside a sentence there is what the sentence speaks of.
    expect(page(`<header><h1>The quiet economics of repair cafés</h1><p>Doors open <span>December 16, 2025</span></p></header><section>${prose}</section>`)).toBeNull();
    // An update line there is not the publication, whether its words or its class say so.
    expect(page(`<header><h1>The quiet economics of repair cafés</h1><div>Updated December 16, 2025</div></header><section>${prose}</section>`)).toBeNull();
    expect(page(`<header><h1>The quiet economics of repair cafés</h1><ul><li class="modified-date"><span>December 16, 2025</span></li></ul></header><section>${prose}</section>`)).toBeNull();
  });

  it('dates a page by the line right after its byline when that line is a date alone and nothing else dates it', () => {
    const bylineDateLines = ['December 21, 1999'];
    expect(resolve({ bylineDateLines }).publishedAt).toBe('1999-12-21');
    expect(resolve({ bylineDateLines, urls: ['https://news.example/1999/12/20/story'] }).publishedAt).toBe('1999-12-20');
    expect(resolve({ bylineDateLines, headlineBlockLines: ['December 20, 1999'] }).publishedAt).toBe('1999-12-20');
    // A line there that says more than its date is not a date line.
    expect(resolve({ bylineDateLines: ['Council met December 21, 1999'] }).publishedAt).toBeNull();
  });

  it("reads the date line under a plain byline in the one table cell that holds a hand-written page's whole story", () => {
    const prose = '<p>The old Rock Island depot on Front Street will stay right where it is. The town council voted 4-1 at its Monday night meeting to buy the building from the railroad.</p>'.repeat(4);
    const page = (byline: string) =>
      parseArticle(
        `<html><head><title>Millbrook Crier - Depot Will Stay in Millbrook</title></head><body><table><tr><td>Menu</td><td><table><tr><td>` +
          `<center><h1>Depot Will Stay in Millbrook</h1><h3><i>Council votes 4-1 to keep the old station</i></h3></center>${byline}<hr><font>${prose}</font></td></tr></table></td></tr></table></body></html>`,
      ).publishedAt;
    expect(page('<font size=2>by Doris Pruitt<br>\nDecember 21, 1999</font>')).toBe('1999-12-21');
    // The byline alone in its block, the date the next block.
    expect(page('<p>By Doris Pruitt</p><p>December 21, 1999</p>')).toBe('1999-12-21');
    // Not a date line that says more, nor a date after no byline, nor one after a line that only mentions a name.
    expect(page('<font size=2>by Doris Pruitt<br>Council met December 21, 1999</font>')).toBeNull();
    expect(page('<font size=2>Millbrook news<br>December 21, 1999</font>')).toBeNull();
    expect(page('<font size=2>Story idea from the reader who wrote in<br>December 21, 1999</font>')).toBeNull();
  });

  it('takes a zone only from a zone line that is, whole, a date-time of the same minute', () => {
    const published = [{ value: '2025-12-23T03:09:00', source: 'json-ld' as const }];
    expect(resolve({ published, zoneLines: ['News provided by Harbour Co', 'Dec 23, 2025, 03:09 ET'] }).publishedAt).toBe('2025-12-23T03:09:00-05:00');
    expect(resolve({ published, zoneLines: ['Dec 23, 2025, 03:10 ET', 'Updated Dec 23, 2025, 03:09 ET', 'Dec 23, 2025'] }).publishedAt).toBe('2025-12-23T03:09:00');
    const modified = [{ value: '2025-12-23T05:40:00', source: 'json-ld' as const }];
    expect(resolve({ published, modified, zoneLines: ['Dec 23, 2025, 05:40 ET'] }).modifiedAt).toBe('2025-12-23T05:40:00-05:00');
    expect(resolve({ zoneLines: ['Dec 23, 2025, 03:09 ET'] }).publishedAt).toBeNull();
  });

  it('does not give a date from JSON-LD the time of a date line (a live blog\'s newest entry)', () => {
    const t = resolve({
      published: [{ value: '2019-11-18', source: 'json-ld' }],
      lines: [
        { text: 'Nov 18, 2019 11:45 PM ET', label: 'published' },
        { text: 'Nov 20, 2019', label: 'published' },
      ],
    });
    expect(t.publishedAt).toBe('2019-11-18');
    expect(t.publishedSource).toBe('json-ld');
    expect(t.modifiedAt).toBeNull();
  });

  it('does not take a zone from a different wall-clock time', () => {
    const t = resolve({
      published: [
        { value: '2019-11-18T12:01:27', source: 'opengraph' },
        { value: '2019-11-18T17:01:27Z', source: 'microdata' },
      ],
    });
    expect(t.publishedAt).toBe('2019-11-18T12:01:27');
  });

  it("writes a UTC value in the page's own offset when a source gives the same instant in it", () => {
    const t = resolve({
      published: [
        { value: '2019-11-19T07:24:00Z', source: 'json-ld' },
        { value: '2019-11-19T02:24:00-0500', source: 'time-element' },
      ],
    });
    expect(t.publishedAt).toBe('2019-11-19T02:24:00-05:00');
    expect(t.publishedSource).toBe('json-ld');
  });

  it('keeps UTC when the other offset names another instant', () => {
    const t = resolve({
      published: [
        { value: '2019-11-19T07:24:00Z', source: 'json-ld' },
        { value: '2019-11-19T07:24:00-05:00', source: 'time-element' },
      ],
    });
    expect(t.publishedAt).toBe('2019-11-19T07:24:00Z');
  });

  it('takes the offset from a visible date line of the same instant', () => {
    const t = resolve({
      published: [{ value: '2019-11-19T13:03:00Z', source: 'json-ld' }],
      lines: [{ text: 'Nov. 19, 2019 8:03 am ET', label: 'published' }],
    });
    expect(t.publishedAt).toBe('2019-11-19T08:03:00-05:00');
  });

  it('takes the offset of a zoned line written to the minute, keeping the seconds', () => {
    const t = resolve({
      published: [{ value: '2025-12-23T14:09:21Z', source: 'json-ld' }],
      lines: [{ text: 'Madrid - 23 dic 2025 - 15:09 CET', label: 'published' }],
    });
    expect(t.publishedAt).toBe('2025-12-23T15:09:21+01:00');
    expect(t.publishedSource).toBe('json-ld');
  });

  it('reads the offset from a zone-less line that shows the same minute in local time', () => {
    const t = resolve({
      published: [{ value: '2025-12-23T12:09:00Z', source: 'opengraph' }],
      modified: [{ value: '2025-12-24T05:12:00Z', source: 'opengraph' }],
      lines: [
        { text: 'Giriş: 23.12.2025 15:09', label: 'published' },
        { text: 'Son Güncelleme: 24.12.2025 08:12', label: 'modified' },
      ],
      slashed: 'day-first',
    });
    expect(t.publishedAt).toBe('2025-12-23T15:09:00+03:00');
    expect(t.modifiedAt).toBe('2025-12-24T08:12:00+03:00');
  });

  it('puts a UTC value that a zone-less or date-only first value took from another source in the offset the line shows', () => {
    // Brightspot: a zone-less og time in UTC beside microdata's "Z", and the line's local 12:01 PM.
    const zoneless = resolve({
      published: [
        { value: '2019-11-18T17:01:27.893', source: 'opengraph' },
        { value: '2019-11-18T17:01:27.893Z', source: 'microdata' },
      ],
      lines: [{ text: 'November 18, 2019 12:01 PM', label: 'published', publication: true }],
    });
    expect(zoneless.publishedAt).toBe('2019-11-18T12:01:27-05:00');
    expect(zoneless.publishedSource).toBe('opengraph');
    // WordPress VIP: a date-only JSON-LD, og's UTC time of that day, and "6:21 AM EST" in the header.
    const dateOnly = resolve({
      published: [
        { value: '2019-11-19', source: 'json-ld' },
        { value: '2019-11-19T11:21:08Z', source: 'opengraph' },
      ],
      lines: [{ text: 'November 19, 2019, 6:21 AM EST', label: 'published', publication: true }],
    });
    expect(dateOnly.publishedAt).toBe('2019-11-19T06:21:08-05:00');
    // No line of that minute: the borrowed UTC stays.
    const other = resolve({
      published: [
        { value: '2019-11-18T17:01:27.893', source: 'opengraph' },
        { value: '2019-11-18T17:01:27.893Z', source: 'microdata' },
      ],
      lines: [{ text: 'November 18, 2019 12:07 PM', label: 'published', publication: true }],
    });
    expect(other.publishedAt).toBe('2019-11-18T17:01:27Z');
    // Review: a line of that minute past the hour that is not the story's own (a live blog's
    // entry, an "earlier" line) gives a borrowed value no offset.
    const entry = resolve({
      published: [
        { value: '2019-11-18T17:01:27.893', source: 'opengraph' },
        { value: '2019-11-18T17:01:27.893Z', source: 'microdata' },
      ],
      lines: [{ text: 'November 18, 2019 2:01 PM', label: 'published' }],
    });
    expect(entry.publishedAt).toBe('2019-11-18T17:01:27Z');
  });

  it('reads a half-hour offset, and keeps the day a local line moves to', () => {
    const t = resolve({
      published: [{ value: '2025-12-23T20:15:00Z', source: 'json-ld' }],
      lines: [{ text: 'December 24, 2025 1:45 AM', label: 'published' }],
    });
    expect(t.publishedAt).toBe('2025-12-24T01:45:00+05:30');
  });

  it('keeps UTC when the zone-less line is another minute, no real offset, or lines disagree', () => {
    const other = resolve({ published: [{ value: '2025-12-23T12:09:00Z', source: 'json-ld' }], lines: [{ text: '23.12.2025 15:10', label: 'published' }], slashed: 'day-first' });
    expect(other.publishedAt).toBe('2025-12-23T12:09:00Z');
    const far = resolve({ published: [{ value: '2025-12-23T12:09:00Z', source: 'json-ld' }], lines: [{ text: '25.12.2025 12:09', label: 'published' }], slashed: 'day-first' });
    expect(far.publishedAt).toBe('2025-12-23T12:09:00Z');
    // "9:38" with its "pm" lost, beside the page's own "21:38": the page shows UTC.
    const split = resolve({
      published: [{ value: '2019-11-18T21:38:02Z', source: 'json-ld' }],
      lines: [
        { text: '18 Nov 2019 9:38', label: 'published' },
        { text: '18 Nov 2019 9:38 pm', label: 'published' },
      ],
    });
    expect(split.publishedAt).toBe('2019-11-18T21:38:02Z');
  });

  it('reads no offset no zone uses, nor one from a 12-hour clock that lost its "pm"', () => {
    const quarter = resolve({ published: [{ value: '2025-12-23T12:09:00Z', source: 'json-ld' }], lines: [{ text: '23/12/2025 12:24', label: 'published' }], slashed: 'day-first' });
    expect(quarter.publishedAt).toBe('2025-12-23T12:09:00Z');
    const noon = resolve({ published: [{ value: '2025-12-23T15:09:00Z', source: 'json-ld' }], lines: [{ text: 'December 23, 2025 3:09', label: 'published' }] });
    expect(noon.publishedAt).toBe('2025-12-23T15:09:00Z');
  });

  it("lets the story's own publication lines disagree: one at another time tells nothing", () => {
    const t = resolve({
      published: [{ value: '2025-12-23T12:09:00Z', source: 'json-ld' }],
      lines: [
        { text: 'Giriş: 23.12.2025 15:09', label: 'published', publication: true },
        { text: 'Giriş: 23.12.2025 15:40', label: 'published', publication: true },
      ],
      slashed: 'day-first',
    });
    expect(t.publishedAt).toBe('2025-12-23T12:09:00Z');
  });

  it('takes the offset of a time-only line with a zone whose wall clock, on the machine value\'s date there, is the same minute', () => {
    const modified = [{ value: '2025-11-05T04:42:13.552Z', source: 'json-ld' as const }];
    const banner = (text: string) => resolve({ modified, lines: [{ text, label: 'modified' }] }).modifiedAt;
    // A live banner's "Updated 11:42 p.m. ET": 04:42Z on 5 November is 23:42 on the 4th in EST.
    expect(banner('Updated 11:42 p.m. ET')).toBe('2025-11-04T23:42:13-05:00');
    expect(banner('Updated 11:42 p.m. EST')).toBe('2025-11-04T23:42:13-05:00');
    // In July "ET" is EDT: 04:42Z is 00:42 there.
    expect(resolve({ modified: [{ value: '2025-07-05T04:42:13Z', source: 'json-ld' }], lines: [{ text: 'Updated 12:42 a.m. ET', label: 'modified' }] }).modifiedAt).toBe('2025-07-05T00:42:13-04:00');
    // Another minute, a zone that does not give that minute, a bare clock, or a line of the other kind: UTC stays.
    expect(banner('Updated 11:43 p.m. ET')).toBe('2025-11-05T04:42:13Z');
    expect(banner('Updated 11:42 p.m. PT')).toBe('2025-11-05T04:42:13Z');
    expect(banner('Updated 11:42 p.m. EDT')).toBe('2025-11-05T04:42:13Z');
    expect(banner('Updated 23:42')).toBe('2025-11-05T04:42:13Z');
    expect(resolve({ modified, lines: [{ text: 'Updated 11:42 p.m. ET', label: 'published' }] }).modifiedAt).toBe('2025-11-05T04:42:13Z');
  });

  it('never takes a date from a time-only line', () => {
    // With no machine value, a time alone dates nothing.
    const t = resolve({ lines: [{ text: 'Updated 11:42 p.m. ET', label: 'modified' }, { text: 'Posted 9:15 p.m. ET', label: 'published' }] });
    expect(t.publishedAt).toBeNull();
    expect(t.modifiedAt).toBeNull();
  });

  it('never moves a value to another instant or day', () => {
    const t = resolve({
      published: [{ value: '2019-11-19', source: 'json-ld' }],
      lines: [{ text: 'November 20, 2019 at 9:00 am', label: 'published' }],
    });
    expect(t.publishedAt).toBe('2019-11-19');
  });
});

describe('parseArticle: the offset of the page', () => {
  it('keeps the <time> element\'s offset over JSON-LD\'s UTC for the same instant', () => {
    const html = `<!doctype html><html><head>
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm floods the old harbour","datePublished":"2019-11-19T07:24:00Z"}</script>
      </head><body><article><h1>Storm floods the old harbour</h1>
      <time class="published" datetime="2019-11-19T02:24:00-05:00">Nov. 19, 2019</time>
      <p>The sea wall of the old harbour gave way shortly after midnight, officials said on Tuesday, and water reached the square.</p>
      <p>Hundreds of homes were evacuated as the tide rose through the night, with commas, names, places and figures to read.</p>
      <p>Engineers said the wall had been due for repair for years, and that the storm had only finished what age had begun.</p>
      </article></body></html>`;
    const a = parseArticle(html);
    expect(a.publishedAt).toBe('2019-11-19T02:24:00-05:00');
  });

  const story = `<p>The sea wall of the old harbour gave way shortly after midnight, officials said on Tuesday, and water reached the square.</p>
      <p>Hundreds of homes were evacuated as the tide rose through the night, with commas, names, places and figures to read.</p>
      <p>Engineers said the wall had been due for repair for years, and that the storm had only finished what age had begun.</p>`;

  it('reads a date line named by its id ("sc_date") and gives UTC metadata its offset', () => {
    const html = `<!doctype html><html lang="es"><head>
      <meta property="article:published_time" content="2025-12-23T14:09:21Z">
      </head><body><article><h1>Storm floods the old harbour</h1>
      <div class="a_md_f"><span>Madrid</span> - <a id="sc_date" href="/hemeroteca/2025-12-23/">23 dic 2025 - 15:09</a> <abbr>CET</abbr></div>
      ${story}</article></body></html>`;
    expect(parseArticle(html).publishedAt).toBe('2025-12-23T15:09:21+01:00');
  });

  it('gives UTC metadata the offset of the local time the date line shows without a zone', () => {
    const html = `<!doctype html><html lang="tr"><head>
      <meta property="article:published_time" content="2025-12-23T12:09:00Z">
      <meta property="article:modified_time" content="2025-12-24T05:12:00Z">
      </head><body><article><h1>Storm floods the old harbour</h1>
      <div class="news-date">Giriş: 23.12.2025 15:09 | Son Güncelleme: 24.12.2025 08:12</div>
      ${story}</article></body></html>`;
    const a = parseArticle(html);
    expect(a.publishedAt).toBe('2025-12-23T15:09:00+03:00');
    expect(a.modifiedAt).toBe('2025-12-24T08:12:00+03:00');
  });

  it("gives UTC metadata the offset of a Folha-style dotted date line's local time ('4.jan.2024 às 15h10')", () => {
    const html = `<!doctype html><html lang="pt-BR"><head>
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm floods the old harbour","datePublished":"2024-01-04T10:42:00-03:00","dateModified":"2024-01-04T18:10:00Z"}</script>
      </head><body><article><h1>Storm floods the old harbour</h1>
      <div class="c-more-options"><time class="c-more-options__published-date" datetime="2024-01-04 10:42:00">4.jan.2024 às 10h42</time>
      <time class="c-more-options__modified-date" datetime="2024-01-04 15:10:00">Atualizado: 4.jan.2024 às 15h10</time></div>
      ${story}</article></body></html>`;
    expect(parseArticle(html).modifiedAt).toBe('2024-01-04T15:10:00-03:00');
    // Near miss: a line at another minute lends no offset.
    expect(parseArticle(html.replace('às 15h10', 'às 15h20')).modifiedAt).toBe('2024-01-04T18:10:00Z');
  });

  it('reads an empty divider between the date and the time of a date line as the gap it shows (CNBC\'s "2019<span></span>7:05")', () => {
    const page = (line: string) => `<!doctype html><html lang="en"><head>
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm floods the old harbour","datePublished":"2019-11-19T12:05:31Z"}</script>
      </head><body><article><h1>Storm floods the old harbour</h1>
      <div class="ArticleHeader-time">${line}</div>
      ${story}</article></body></html>`;
    const divided = '<time>Published Tue, Nov 19 2019<span class="ArticleHeader-datetimeDivider"></span>7:05 AM EST</time>';
    expect(parseArticle(page(divided)).publishedAt).toBe('2019-11-19T07:05:31-05:00');
    // An icon that draws the gap is one too.
    expect(parseArticle(page('<time>Published Tue, Nov 19 2019<i class="icon-clock"></i>7:05 AM EST</time>')).publishedAt).toBe('2019-11-19T07:05:31-05:00');
    // Near misses: a <wbr> sits inside a word and parts nothing ("20197:05" reads no date, so
    // the UTC value keeps its Z), and an element with text stays as written.
    expect(parseArticle(page('<time>Published Tue, Nov 19 2019<wbr>7:05 AM EST</time>')).publishedAt).toBe('2019-11-19T12:05:31Z');
    expect(parseArticle(page('<time>Published Tue, Nov<b>.</b> 19, 2019, 7:05 AM EST</time>')).publishedAt).toBe('2019-11-19T07:05:31-05:00');
    // Review: an empty anchor or an unnamed span inside a number parts nothing.
    expect(parseArticle(page('<time>Published Tue, Nov 19, 20<a id="c1"></a>19, 7:05 AM EST</time>')).publishedAt).toBe('2019-11-19T07:05:31-05:00');
    expect(parseArticle(page('<time>Published Tue, Nov 19, 2019, 7:0<span></span>5 AM EST</time>')).publishedAt).toBe('2019-11-19T07:05:31-05:00');
  });

  it('reads the publication half of an update line that goes on to it ("Updated … / Original …")', () => {
    const page = (line: string) => `<!doctype html><html lang="en"><head>
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm floods the old harbour","datePublished":"2019-11-19T13:02:00.000Z","dateModified":"2019-11-19T13:21:00.000Z"}</script>
      </head><body><article><h1>Storm floods the old harbour</h1>
      <time class="timestamp article__timestamp">${line}</time>
      ${story}</article></body></html>`;
    const both = parseArticle(page('Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET'));
    expect(both.publishedAt).toBe('2019-11-19T08:02:00-05:00');
    expect(both.modifiedAt).toBe('2019-11-19T08:21:00-05:00');
    expect(parseArticle(page('Last updated Nov. 19, 2019 8:21 am ET | Originally published Nov. 19, 2019 8:02 am ET')).publishedAt).toBe('2019-11-19T08:02:00-05:00');
    // Near misses: a label with no date after it, or a word that only holds the label, is no
    // publication half; the line stays the update's alone.
    const posted = parseArticle(page('Updated Nov. 19, 2019 8:21 am ET | Posted in Markets'));
    expect(posted.publishedAt).toBe('2019-11-19T13:02:00Z');
    expect(posted.modifiedAt).toBe('2019-11-19T08:21:00-05:00');
    expect(parseArticle(page('Updated Nov. 19, 2019 8:21 am ET / Unpublished draft 2, 8:02 am ET')).publishedAt).toBe('2019-11-19T13:02:00Z');
    // Review: "Original" of something else, a "published" inside a phrase, a print date.
    for (const line of ['Updated Nov. 19, 2019 8:21 am ET | Original air date: Nov. 12, 2019', 'Updated Nov. 19, 2019 8:21 am ET · Originally aired Nov. 12, 2019', 'Updated Nov. 19, 2019 8:21 am ET · Original study published Nov. 5, 2019 in Nature', 'Updated Nov. 19, 2019 8:21 am ET · Published in print Nov. 20, 2019, Page A12']) {
      const a = parseArticle(page(line));
      expect(a.publishedAt).toBe('2019-11-19T13:02:00Z');
      expect(a.modifiedAt).toBe('2019-11-19T08:21:00-05:00');
    }
  });
});

describe('slashed numeric dates by the page language', () => {
  it('reads "05/10/2018" month-first by default and day-first when asked', () => {
    expect(findDatesInText('05/10/2018').map((d) => d.value)).toEqual(['2018-05-10']);
    expect(findDatesInText('05/10/2018', 'day-first').map((d) => d.value)).toEqual(['2018-10-05']);
  });

  it('still reads "05/13/2018" month-first on a day-first page: there is no month 13', () => {
    expect(findDatesInText('05/13/2018', 'day-first').map((d) => d.value)).toEqual(['2018-05-13']);
  });

  it('reads a dotted date month-first only when no day-first reading exists (Condé Nast\'s "11.15.2019 10:09 AM")', () => {
    expect(findDatesInText('11.15.2019 10:09 AM').map((d) => d.value)).toEqual(['2019-11-15T10:09:00']);
    expect(findDatesInText('11.15.2019 10:09 AM', 'day-first').map((d) => d.value)).toEqual(['2019-11-15T10:09:00']);
    // Near misses: two numbers of 12 or less stay day-first even on a month-first page, as
    // Europe writes dots; a number over 12 first is the day; no 13th month either way.
    expect(findDatesInText('04.01.2024', 'month-first').map((d) => d.value)).toEqual(['2024-01-04']);
    expect(findDatesInText('15.11.2019').map((d) => d.value)).toEqual(['2019-11-15']);
    expect(findDatesInText('13.14.2019')).toEqual([]);
    // Review: a fourth dotted part makes a build or version number.
    expect(findDatesInText('Build 10.13.2019.1')).toEqual([]);
    expect(findDatesInText('Build 13.10.2019.1')).toEqual([]);
  });

  it('takes US English and a page without a language as month-first, every other language as day-first', () => {
    expect(slashedDateOrder(null)).toBe('month-first');
    expect(slashedDateOrder('en')).toBe('month-first');
    expect(slashedDateOrder('en-US')).toBe('month-first');
    expect(slashedDateOrder('en-GB')).toBe('day-first');
    expect(slashedDateOrder('pt-BR')).toBe('day-first');
    expect(slashedDateOrder('fr')).toBe('day-first');
  });

  it('reads the language as pages write it: underscores, extensions, lists', () => {
    expect(slashedDateOrder('en_US')).toBe('month-first');
    expect(slashedDateOrder('en-US-u-ca-gregory')).toBe('month-first');
    expect(slashedDateOrder('en-US, en')).toBe('month-first');
    expect(slashedDateOrder('EN-us')).toBe('month-first');
    expect(slashedDateOrder('en_GB')).toBe('day-first');
    expect(slashedDateOrder('de-DE, en')).toBe('day-first');
    expect(slashedDateOrder('en-Latn-GB')).toBe('day-first');
    expect(slashedDateOrder('en-Latn-US')).toBe('month-first');
    expect(slashedDateOrder('en-001')).toBe('day-first');
    expect(slashedDateOrder('en-150')).toBe('day-first');
  });

  it('reads a Brazilian date line day-first', () => {
    const html = `<!doctype html><html lang="pt-BR"><head><title>Enchente no porto antigo</title></head><body><article>
      <h1>Enchente no porto antigo</h1><p class="post-date">Publicado em 05/10/2018 - 14:30</p>
      <p>O muro do porto antigo cedeu pouco depois da meia-noite, disseram as autoridades na terça-feira, e a água chegou à praça.</p>
      <p>Centenas de casas foram evacuadas enquanto a maré subia durante a noite, com vírgulas, nomes, lugares e números para ler.</p>
      <p>Os engenheiros disseram que o muro precisava de reparos havia anos, e que a tempestade apenas terminou o que a idade começou.</p>
      </article></body></html>`;
    expect(parseArticle(html).publishedAt).toBe('2018-10-05T14:30:00');
  });
});

describe('resolveTimestamps: date lines that complete each other', () => {
  it('gives a date alone the time of the next line of that day, when no line gives the day another time', () => {
    const two = resolve({ lines: [{ text: '2025年12月23日（火）', label: 'published' }, { text: '2025年12月23日 15時09分', label: 'published' }] });
    expect(two.publishedAt).toBe('2025-12-23T15:09:00');
    expect(two.modifiedAt).toBeNull();
    const three = resolve({
      lines: [
        { text: 'Tuesday, 23 December 2025', label: 'published' },
        { text: '23 December 2025 15:09', label: 'published' },
        { text: '23 December 2025 14:51', label: 'published' },
      ],
    });
    expect(three.publishedAt).toBe('2025-12-23');
  });
  it('reads an update line\'s clock on the date of the line it was written after', () => {
    const t = resolve({ lines: [{ text: 'Publié le 23 décembre 2025 à 15h09, ', label: 'published' }, { text: 'mis à jour à 17h41', label: 'modified', dateLine: 'Publié le 23 décembre 2025 à 15h09, ' }] });
    expect(t.publishedAt).toBe('2025-12-23T15:09:00');
    expect(t.modifiedAt).toBe('2025-12-23T17:41:00');
    // Without the dated line it was written after, a clock alone gives nothing.
    expect(resolve({ lines: [{ text: 'mis à jour à 17h41', label: 'modified' }] }).modifiedAt).toBeNull();
  });
  it('reads a publication line\'s clock on the date of the line above it, and puts a UTC machine time in that offset', () => {
    const lines = [
      { text: 'Publicerad 15.32 | ', label: 'published' as const, publication: true, dateLine: '4 januari 2024' },
      { text: 'Uppdaterad 18.10', label: 'modified' as const, publication: true, dateLine: '4 januari 2024 Publicerad 15.32 | ' },
    ];
    const bare = resolve({ lines, slashed: 'day-first' });
    expect(bare.publishedAt).toBe('2024-01-04T15:32:00');
    expect(bare.modifiedAt).toBe('2024-01-04T18:10:00');
    const machine = resolve({
      published: [{ value: '2024-01-04T14:32:11Z', source: 'json-ld' }],
      modified: [{ value: '2024-01-04T17:10:40Z', source: 'json-ld' }],
      lines,
      slashed: 'day-first',
    });
    expect(machine.publishedAt).toBe('2024-01-04T15:32:11+01:00');
    expect(machine.modifiedAt).toBe('2024-01-04T18:10:40+01:00');
    // Without a dated line, the clock gives the UTC value no offset.
    const alone = resolve({ published: [{ value: '2024-01-04T14:32:11Z', source: 'json-ld' }], lines: [{ text: 'Publicerad 15.32', label: 'published', publication: true }] });
    expect(alone.publishedAt).toBe('2024-01-04T14:32:11Z');
  });
  it('writes an update of the publication\'s own instant in the offset the publication was written in', () => {
    const t = resolve({
      published: [{ value: '2025-12-23T11:09:00+00:00', source: 'json-ld' }],
      modified: [{ value: '2025-12-23T11:09:00+00:00', source: 'json-ld' }],
      lines: [{ text: '23 dekabr 2025, 15:09', label: 'published', publication: true }],
    });
    expect(t.publishedAt).toBe('2025-12-23T15:09:00+04:00');
    expect(t.modifiedAt).toBe('2025-12-23T15:09:00+04:00');
    const later = resolve({
      published: [{ value: '2025-12-23T11:09:00+00:00', source: 'json-ld' }],
      modified: [{ value: '2025-12-23T12:09:00+00:00', source: 'json-ld' }],
      lines: [{ text: '23 dekabr 2025, 15:09', label: 'published', publication: true }],
    });
    expect(later.modifiedAt).toBe('2025-12-23T12:09:00Z');
  });
});

describe("resolveTimestamps: a date alone and the clock of the story's own publication line", () => {
  // Movable Type, Blogger, TypePad: the date header above the post, "Posted by … at 10:32 AM" at its foot.
  const header = { text: 'Friday, January 04, 2008', label: 'published' as const };
  it('gives the day the time the publication line gives without a date, in its zone when it writes one', () => {
    expect(resolve({ lines: [header, { text: 'Posted by Jane Doe at 10:32 AM in Planning', label: 'published', publication: true }] }).publishedAt).toBe('2008-01-04T10:32:00');
    expect(resolve({ published: [{ value: '2008-01-04', source: 'meta' }], lines: [{ text: 'Posted at 10:32 AM EST', label: 'published', publication: true }] }).publishedAt).toBe('2008-01-04T10:32:00-05:00');
  });
  it("not a clock of a line that is not the story's, clocks that disagree, nor beside a publication line that gives a date", () => {
    expect(resolve({ lines: [header, { text: 'Posted at 10:32 AM', label: 'published' }] }).publishedAt).toBe('2008-01-04');
    expect(resolve({ lines: [header, { text: 'Posted at 10:32 AM', label: 'published', publication: true }, { text: 'Posted at 11:15 AM', label: 'published', publication: true }] }).publishedAt).toBe('2008-01-04');
    // A publication line of another day: the page lists entries, none of them this one's time.
    expect(resolve({ lines: [header, { text: 'January 3, 2008', label: 'published', publication: true }, { text: 'Posted at 10:32 AM', label: 'published', publication: true }] }).publishedAt).toBe('2008-01-04');
  });
});

describe('the last source of the publication: dates inline scripts declare', () => {
  const prose = '<p>去年冬天，仓前街的最后一段脚手架拆了下来。这条三百米长的老街，没有一栋房子被拆掉，街上的住户也大多没有搬走，两年前很多人并不相信。</p>'.repeat(4);
  const page = (script: string, head = '') =>
    parseArticle(`<html><head>${head}</head><body><h1 id="activity-name">一条老街的“微更新”</h1><em id="publish_time"></em><div id="js_content">${prose}</div><script>${script}</script></body></html>`, {
      url: 'https://mp.weixin.example/s/Xk3v9QmR2bLtYp7aZ0nHfw',
    });

  it("reads a variable named as the publication or creation time, its zone from a Unix time of the same minute", () => {
    const wechat = page(`var ct = "1704336120";\nvar publish_time = "2024-01-04" || "";\nvar createTime = '2024-01-04 10:42';`);
    expect(wechat.publishedAt).toBe('2024-01-04T10:42:00+08:00');
    expect(wechat.sources.publishedAt).toBe('script');
    expect(page(`var publish_time = "2024-01-04" || "";`).publishedAt).toBe('2024-01-04');
    // A Unix time of another minute (the server's clock) gives no zone.
    expect(page(`var svr_time = "1704412987";\nvar createTime = '2024-01-04 10:42';`).publishedAt).toBe('2024-01-04T10:42:00');
  });

  it("not an object's property, a name that says no publication, values of two days, nor over any other source", () => {
    expect(page(`window.related = [{ publishTime: "2023-05-01 09:00" }];`).publishedAt).toBeNull();
    expect(page(`var svr_time = "2024-01-05 08:03"; var expireDate = "2024-02-01";`).publishedAt).toBeNull();
    expect(page(`var publish_time = "2024-01-04"; var createTime = '2023-12-30 10:42';`).publishedAt).toBeNull();
    expect(page(`var createTime = '2024-01-04 10:42';`, '<meta property="article:published_time" content="2024-01-03T09:00:00+08:00">').publishedAt).toBe('2024-01-03T09:00:00+08:00');
  });

  it("reads the head's scripts, not a related card's, a comment box's or a sidebar's, nor a data model's createdAt", () => {
    expect(page('', '<script>var publish_time = "2024-01-04 10:42";</script>').publishedAt).toBe('2024-01-04T10:42:00');
    const inside = (wrapper: string) =>
      parseArticle(`<html><body><h1>一条老街的“微更新”</h1><div id="js_content">${prose}</div>${wrapper}</body></html>`, { url: 'https://news.example/a' }).publishedAt;
    expect(inside('<div class="related"><script>var publishTime = "2019-05-01 08:00";</script></div>')).toBeNull();
    expect(inside('<div id="comments"><script>var publish_time = "2019-05-01 08:00";</script></div>')).toBeNull();
    expect(inside('<aside class="sidebar"><script>var publish_time = "2019-05-01 08:00";</script></aside>')).toBeNull();
    expect(inside('<script>var createdAt = "2015-03-01";</script>')).toBeNull();
  });
});

describe('the words beside the date of a short line above the headline, in a script with vowel signs', () => {
  it("counts a word with its combining marks as one ('මුල් කලාපය 47', 'first issue 47', is three words, not five)", () => {
    expect(resolve({ headerLines: ['මුල් කලාපය 47 · December 23, 2025'] }).publishedAt).toBe('2025-12-23');
    // Four words beside the date are more than a header line's.
    expect(resolve({ headerLines: ['මුල් කලාපය අංක 47 · December 23, 2025'] }).publishedAt).toBeNull();
  });
});

describe("a page-update line's own <time datetime> in the footer of the story's document", () => {
  const prose = `<p>For six years, every map on the site was drawn from PNG tiles that a nightly job rendered for twelve zoom levels.</p>
      <p>In December we switched the last customer over to vector tiles served straight from a single archive, and turned the renderer off.</p>
      <p>This post is the write-up we promised in the changelog: why we did it, what broke on the way, and what it costs per month.</p>`;
  const utc = '2024-01-04T14:10:00.000Z';
  // VitePress: "Last updated" in footer.VPDocFooter, inside <main> beside the doc.
  const page = (main: string, after = '', lang = 'en-US') => `<!doctype html><html lang="${lang}"><head><title>Shipping the new vector tile server | Harbor Maps Blog</title></head><body>
      <main class="main"><div class="vp-doc"><h1>Shipping the new vector tile server</h1>${prose}</div>${main}</main>${after}</body></html>`;
  const lastUpdated = (text: string, label = 'Last updated') => `<p class="VPLastUpdated">${label}: <time datetime="${utc}">${text}</time></p>`;

  it("reads it, in the offset its own text shows for that minute (VitePress's 'Last updated: 1/4/24, 3:10 PM')", () => {
    const a = parseArticle(page(`<footer class="VPDocFooter">${lastUpdated('1/4/24, 3:10 PM')}</footer>`));
    expect(a.modifiedAt).toBe('2024-01-04T15:10:00+01:00');
    expect(a.sources.modifiedAt).toBe('time-element');
    // The story's own <article> footer counts as a docs theme's <main> does.
    const article = `<!doctype html><html lang="en-US"><body><article><h1>Shipping the new vector tile server</h1>${prose}<footer>${lastUpdated('1/4/24, 3:10 PM')}</footer></article></body></html>`;
    expect(parseArticle(article).modifiedAt).toBe('2024-01-04T15:10:00+01:00');
  });

  it("reads one on a line that names the page (MediaWiki's wording) in the site's footer", () => {
    const footer = `<footer id="footer" role="contentinfo"><p>This page was last edited on <time datetime="${utc}">4 January 2024</time>.</p></footer>`;
    expect(parseArticle(page('', footer)).modifiedAt).toBe('2024-01-04T14:10:00Z');
  });

  // Review of session 19: a relative or yearless text ("2 days ago", "Mar 4, 6:05 PM") in a
  // footer inside the story's document had given modifiedAt; its text must be a date-time.
  it('not a <time> whose text is relative or yearless: a site footer inside a page-wide <main>, a response\'s, a tile\'s, a live entry\'s', () => {
    const story = (inside: string, after = '') =>
      `<!doctype html><html lang="en"><body><main class="site"><article><h1>Shipping the new vector tile server</h1>${prose}${inside}</article>${after}</main></body></html>`;
    const line = (label: string, text: string) => `${label} <time datetime="${utc}">${text}</time>`;
    const near = [
      page(`<footer class="VPDocFooter">${lastUpdated('a week ago')}</footer>`),
      story('', `<footer class="site-footer"><p>&copy; 2025 Example News</p><p>${line('Last updated', '2 days ago')}</p></footer>`),
      story(`<section id="responses"><div class="response"><p><b>Dana</b>: Finally.</p><footer>${line('Last edited', '5 hours ago')}</footer></div></section>`),
      story(`<div class="up-next"><div class="story-tile"><h3><a href="/n/2">Library hours extended</a></h3><footer>${line('Last updated', '1 hour ago')}</footer></div></div>`),
      story(`<div class="live-entry"><h3>Vote tally released</h3><p>Seven in favor.</p><footer>${line('Last updated', 'Jan 4, 3:10 PM')}</footer></div>`),
    ];
    for (const html of near) expect(parseArticle(html).modifiedAt, html).toBeNull();
  });

  it("not one of the site's footer that does not name the page, a reply's, a card's, nor one of two", () => {
    const near = [
      // The whole site's "Last updated" (a copyright line's too) outside the story's document.
      page('', `<footer class="VPFooter">${lastUpdated('a week ago')}</footer>`),
      page('', `<footer class="site-footer"><p>© 2024 Harbor Maps · Site last updated <time datetime="${utc}">a week ago</time></p></footer>`),
      // A reply's own <article> in the doc, with a footer of its own.
      page(`<section class="replies"><article class="reply"><p>Nice write-up, thanks.</p><footer>${lastUpdated('a week ago', 'Last edited')}</footer></article></section>`),
      // A related post's card in the doc's footer.
      page(`<footer class="VPDocFooter"><div class="related-posts">${lastUpdated('a week ago')}</div></footer>`),
      // Two such lines: neither is the page's.
      page(`<footer class="VPDocFooter">${lastUpdated('a week ago')}<p>Last updated: <time datetime="2024-01-05T09:00:00Z">yesterday</time></p></footer>`),
    ];
    for (const html of near) expect(parseArticle(html).modifiedAt, html).toBeNull();
  });

  it("comes after the page's machine-readable update time", () => {
    const html = page(`<footer class="VPDocFooter">${lastUpdated('1/4/24, 3:10 PM')}</footer>`).replace('</head>', '<meta property="article:modified_time" content="2024-01-03T08:00:00+01:00"></head>');
    expect(parseArticle(html).modifiedAt).toBe('2024-01-03T08:00:00+01:00');
  });

  it("reads the M/D/YY clock of its text only where the page writes month first, or a number over 12 settles it", () => {
    // An en-AU page writes "4/1/24, 3:10 pm" day first: an ambiguous one lends no offset there.
    const au = page(`<footer class="VPDocFooter">${lastUpdated('1/4/24, 3:10 pm')}</footer>`, '', 'en-AU');
    expect(parseArticle(au).modifiedAt).toBe('2024-01-04T14:10:00Z');
    const unambiguous = page(`<footer class="VPDocFooter">${lastUpdated('13/1/24, 3:10 pm').replace(utc, '2024-01-13T14:10:00.000Z')}</footer>`, '', 'en-AU');
    expect(parseArticle(unambiguous).modifiedAt).toBe('2024-01-13T15:10:00+01:00');
  });
});
