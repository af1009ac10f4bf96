import { describe, expect, it } from 'vitest';
import { findDateInUrl, findDatesInText, parseDate } from '../../src/dates';
import { DATE_GRAMMARS } from '../../src/dates/patterns';
import { findClock, findZonedClock } from '../../src/dates/find-dates';

describe('findDatesInText', () => {
  it('skips texts without a four-digit year or a dotted two-digit one, which every scanned grammar needs', () => {
    // findDatesInText returns early on such texts; a grammar without a year would break that.
    const scanned = DATE_GRAMMARS.filter((g) => g.scan);
    expect(scanned.length).toBeGreaterThan(0);
    const shortYears = [String.raw`\.(?<shortYear>\d{2})(?![\d.])`, String.raw`/(?<shortYear>\d{2})(?![\d/.])`];
    for (const grammar of scanned) expect(grammar.source.includes(String.raw`\d{4}`) || shortYears.some((s) => grammar.source.includes(s)), grammar.name).toBe(true);
    expect(findDatesInText('Updated December 23, 25 at 15:09')).toEqual([]);
    expect(findDatesInText('Updated 23.12.2025')).toEqual([{ value: '2025-12-23', index: 8, raw: '23.12.2025' }]);
    // The two-digit year passes the early test with each separator its grammar allows.
    for (const sep of [', ', ' ', ' - ', ',']) expect(findDatesInText(`Updated 23.12.25${sep}12:31`).map((d) => d.value)).toEqual(['2025-12-23T12:31:00']);
    for (const sep of [', ', ' ', ' at ']) expect(findDatesInText(`Updated 12/23/25${sep}3:10 PM`).map((d) => d.value)).toEqual(['2025-12-23T15:10:00']);
  });

  it('returns on letters outside the BMP next to an invalid date (no loop inside a surrogate pair)', () => {
    // Found by the fuzz: a retry one code unit on fell inside a surrogate pair, and the
    // unicode regex started again at the pair, for ever.
    expect(findDatesInText('# heading򇓲򢾢񜓝𚹨󓟌󴡻󫤉𬙙December 23, 2025 İzmir')).toEqual([]);
    expect(findDatesInText('𬙙𬙙𬙙 32, 2025 and 𬙙 December 23, 2025')).toEqual([{ value: '2025-12-23', index: 23, raw: 'December 23, 2025' }]);
  });

  it('reads a weekday between the day and the year (PIXNET\'s "Dec 28 Sat 2013 00:28"), and no other word there', () => {
    expect(findDatesInText('Dec 28 Sat 2013 00:28').map((d) => d.value)).toEqual(['2013-12-28T00:28:00']);
    expect(parseDate('December 23, Tuesday, 2025')).toBe('2025-12-23');
    expect(findDatesInText('Dec 28 Sale 2013 00:28')).toEqual([]);
    expect(findDatesInText('on December 23 people 2025')).toEqual([]);
  });

  it('reads a time after a date across a spaced slash, US broadcast groups\' house format', () => {
    expect(findDatesInText('Posted: Dec 23, 2025 / 06:12 AM CST')).toEqual([
      { value: '2025-12-23T06:12:00-06:00', index: 8, raw: 'Dec 23, 2025 / 06:12 AM CST' },
    ]);
    expect(parseDate('December 23, 2025 / 3:09 PM EST')).toBe('2025-12-23T15:09:00-05:00');
    expect(parseDate('06:12 AM CST / Dec 23, 2025')).toBe('2025-12-23T06:12:00-06:00');
    // Unspaced, a slash belongs to a numeric date; a spaced one between two numbers is no time.
    expect(findDatesInText('12/23/2025 / 2026').map((d) => d.value)).toEqual(['2025-12-23']);
  });

  it('reads a time written before its date (Gannett, TV stations)', () => {
    expect(findDatesInText('Published 7:07 PM EST Nov 19, 2019')).toEqual([
      { value: '2019-11-19T19:07:00-05:00', index: 10, raw: '7:07 PM EST Nov 19, 2019' },
    ]);
    expect(findDatesInText('Published 11:11 PM EST Nov 19, 2019 Updated 2:00 AM EST Nov 20, 2019').map((d) => d.value)).toEqual([
      '2019-11-19T23:11:00-05:00',
      '2019-11-20T02:00:00-05:00',
    ]);
    expect(findDatesInText('Fri 6:45 PM, Feb 16, 2018').map((d) => d.value)).toEqual(['2018-02-16T18:45:00']);
    expect(findDatesInText('15:09 Uhr, 23.12.2025').map((d) => d.value)).toEqual(['2025-12-23T15:09:00']);
    expect(findDatesInText('15:09 Uhr, 23. Dezember 2025').map((d) => d.value)).toEqual(['2025-12-23T15:09:00']);
  });

  it('reads a weekday between a time written first and its date (Newsquest\'s "10:42am Saturday 14th March 2009")', () => {
    expect(findDatesInText('10:42am Saturday 14th March 2009')).toEqual([{ value: '2009-03-14T10:42:00', index: 0, raw: '10:42am Saturday 14th March 2009' }]);
    expect(findDatesInText('7:07 PM EST Tuesday, Nov 19, 2019').map((d) => d.value)).toEqual(['2019-11-19T19:07:00-05:00']);
    expect(findDatesInText('15:09 Uhr, Dienstag, 23.12.2025').map((d) => d.value)).toEqual(['2025-12-23T15:09:00']);
    // Digits that are no time stay out, weekday or not.
    expect(findDatesInText('John 3:16, Saturday 14th March 2009').map((d) => d.value)).toEqual(['2009-03-14']);
  });

  it('reads the one zoned time of a line without a date ("Updated 11:42 p.m. ET"), and none from a date line or two times', () => {
    expect(findZonedClock('Updated 11:42 p.m. ET')).toEqual({ time: { hour: 23, minute: 42, second: 0 }, zone: 'ET' });
    expect(findZonedClock('Aktualisiert 15:09 Uhr MEZ')).toEqual({ time: { hour: 15, minute: 9, second: 0 }, zone: 'MEZ' });
    expect(findZonedClock('Updated 11:42 p.m.')).toBeNull();
    expect(findZonedClock('Updated Nov. 4, 2025, 11:42 p.m. ET')).toBeNull();
    expect(findZonedClock('Posted 9:15 p.m. ET, updated 11:42 p.m. ET')).toBeNull();
  });

  it('does not join a time that ends a sentence to the next date', () => {
    expect(findDatesInText('He arrived at 10:30. December 5, 2019').map((d) => d.value)).toEqual(['2019-12-05']);
  });

  it('reads digits before a date as its time only when a meridiem, "Uhr" or a zone says so', () => {
    expect(findDatesInText('John 3:16, Nov 5, 2019').map((d) => d.value)).toEqual(['2019-11-05']);
    expect(findDatesInText('Arsenal 2:10, 23.12.2025').map((d) => d.value)).toEqual(['2025-12-23']);
    expect(findDatesInText('Duration 12:34 | Mar 3, 2020').map((d) => d.value)).toEqual(['2020-03-03']);
    expect(findDatesInText('08:15 GMT 20 November 2019').map((d) => d.value)).toEqual(['2019-11-20T08:15:00Z']);
  });

  it('reads a zero-padded 24-hour clock before a day-first date (Russian, Turkish, German sites)', () => {
    expect(findDatesInText('15:09 23.12.2025').map((d) => d.value)).toEqual(['2025-12-23T15:09:00']);
    expect(findDatesInText('09:30, 23 декабря 2025').map((d) => d.value)).toEqual(['2025-12-23T09:30:00']);
    expect(findDatesInText('Güncelleme: 15:09 23 Aralık 2025').map((d) => d.value)).toEqual(['2025-12-23T15:09:00']);
    // Not a clock: an hour past 23, a one-digit hour, a bar between, or a month-first date.
    expect(findDatesInText('25:09 23.12.2025').map((d) => d.value)).toEqual(['2025-12-23']);
    expect(findDatesInText('Score 2:10 23.12.2025').map((d) => d.value)).toEqual(['2025-12-23']);
    expect(findDatesInText('Duration 12:34 | 03.03.2020').map((d) => d.value)).toEqual(['2020-03-03']);
    expect(findDatesInText('Track 12:34 Mar 3, 2020').map((d) => d.value)).toEqual(['2020-03-03']);
  });

  it('finds a date-time in a byline', () => {
    const text = 'By Jane Doe · Updated December 23, 2025 03:10 PM GMT+03:00';
    expect(findDatesInText(text)).toEqual([
      { value: '2025-12-23T15:10:00+03:00', index: 22, raw: 'December 23, 2025 03:10 PM GMT+03:00' },
    ]);
  });

  it('returns every date in order, each raw slice matching its index', () => {
    const text =
      'Veröffentlicht am 23.12.2025, 15:09 Uhr | Aktualisiert: 24. Dezember 2025 um 08:00 Uhr MEZ. ' +
      'Sources: 2025-12-22T10:00:00Z and 2025年12月21日.';
    const found = findDatesInText(text);
    expect(found.map((d) => d.value)).toEqual([
      '2025-12-23T15:09:00',
      '2025-12-24T08:00:00+01:00',
      '2025-12-22T10:00:00Z',
      '2025-12-21',
    ]);
    for (const date of found) {
      expect(text.slice(date.index, date.index + date.raw.length)).toBe(date.raw);
      expect(parseDate(date.raw)).toBe(date.value);
    }
  });

  it('handles RFC 2822, Drupal and dotted meridiems inside text', () => {
    expect(findDatesInText('Sent: Tue, 23 Dec 2025 15:09:00 +0300 (via list)')).toEqual([
      { value: '2025-12-23T15:09:00+03:00', index: 11, raw: '23 Dec 2025 15:09:00 +0300' },
    ]);
    expect(findDatesInText('Submitted by admin on Tue, 03/12/2024 - 14:05')[0]?.value).toBe(
      '2024-03-12T14:05:00',
    );
    expect(findDatesInText('WASHINGTON (AP) — Dec. 23, 2025, 3:09 p.m. ET. Lawmakers...')[0]?.value).toBe(
      '2025-12-23T15:09:00-05:00',
    );
  });

  it('does not take a following number for an hour or a lower-case word for a zone', () => {
    expect(findDatesInText('On Dec 23, 2025 12 people were hurt.')).toEqual([
      { value: '2025-12-23', index: 3, raw: 'Dec 23, 2025' },
    ]);
    expect(findDatesInText('le 23 décembre 2025 à 15h09 et ensuite')[0]).toEqual({
      value: '2025-12-23T15:09:00',
      index: 3,
      raw: '23 décembre 2025 à 15h09',
    });
    expect(findDatesInText('23 December 2025 15:09 ist ein Test')[0]?.value).toBe('2025-12-23T15:09:00');
  });

  it('reads a zone in parentheses after the time, and no other word there', () => {
    expect(findDatesInText('Thứ ba, 23/12/2025, 15:09 (GMT+7)', 'day-first')).toEqual([
      { value: '2025-12-23T15:09:00+07:00', index: 8, raw: '23/12/2025, 15:09 (GMT+7)' },
    ]);
    expect(parseDate('December 23, 2025 3:09 PM (ET)')).toBe('2025-12-23T15:09:00-05:00');
    expect(parseDate('23.12.2025 15:09 (CET)')).toBe('2025-12-23T15:09:00+01:00');
    // A parenthesis that is not a zone is left out of the match; the time stays zone-less.
    expect(findDatesInText('23.12.2025 15:09 (AP)', 'day-first')).toEqual([
      { value: '2025-12-23T15:09:00', index: 0, raw: '23.12.2025 15:09' },
    ]);
    expect(findDatesInText('Dec 23, 2025 3:09 PM (photo)')[0]?.value).toBe('2025-12-23T15:09:00');
  });

  it('finds nothing in text without dates or with invalid ones', () => {
    expect(findDatesInText('')).toEqual([]);
    expect(findDatesInText('Posted yesterday by the desk')).toEqual([]);
    expect(findDatesInText('23 people died in 2025')).toEqual([]);
    expect(findDatesInText('Version 32.13.2025 and 1970-01-01 and February 30, 2024')).toEqual([]);
    expect(findDatesInText('id 1766502540 and 20251223')).toEqual([]);
  });

  it('scans 100 KB quickly', () => {
    const adversarial = [
      '7'.repeat(100_000),
      'x'.repeat(100_000),
      'a1'.repeat(50_000),
      '1 '.repeat(50_000),
      'December 1 '.repeat(9_000),
      '23.12.'.repeat(16_000),
      '2025年12月'.repeat(12_000),
      '15:09 GMT+'.repeat(10_000),
      '1 de '.repeat(20_000),
      '23.12.25, '.repeat(10_000),
      '23.12.25, 1'.repeat(9_000),
    ];
    for (const text of adversarial) {
      const started = performance.now();
      findDatesInText(text);
      expect(performance.now() - started).toBeLessThan(1_000);
    }
    const many = 'Updated December 1, 2025, 3:09 p.m. ET; '.repeat(2_500);
    const started = performance.now();
    const found = findDatesInText(many);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(found).toHaveLength(2_500);
    expect(found[2_499]?.value).toBe('2025-12-01T15:09:00-05:00');
  });
});

describe('findDateInUrl', () => {
  it('reads /YYYY/MM/DD/, /YYYY-MM-DD/, /YYYYMMDD/ and /YYYY/mon/DD/', () => {
    expect(findDateInUrl('https://example.com/world/2025/12/23/ceasefire-talks/')).toBe('2025-12-23');
    expect(findDateInUrl('https://example.com/world/2025/12/23')).toBe('2025-12-23');
    expect(findDateInUrl('https://example.com/news/2025-12-23/ceasefire')).toBe('2025-12-23');
    expect(findDateInUrl('https://example.com/news/ceasefire-2025-12-23.html')).toBe('2025-12-23');
    expect(findDateInUrl('https://example.com/news/20251223/story.html')).toBe('2025-12-23');
    expect(findDateInUrl('https://www.example.co.uk/world/2025/dec/23/ceasefire')).toBe('2025-12-23');
    expect(findDateInUrl('/2025/1/5/relative')).toBe('2025-01-05');
  });
  it('rejects implausible, impossible and non-path dates', () => {
    expect(findDateInUrl('https://example.com/archive/1970/01/01/old')).toBeNull();
    expect(findDateInUrl('https://example.com/2025/02/30/story')).toBeNull();
    expect(findDateInUrl('https://example.com/item/12345678/')).toBeNull();
    expect(findDateInUrl('https://example.com/story?date=2025-12-23')).toBeNull();
    expect(findDateInUrl('https://example.com/story#2025/12/23')).toBeNull();
    expect(findDateInUrl('https://example.com/2025/12/story')).toBeNull();
    expect(findDateInUrl('')).toBeNull();
  });
  it('takes the leftmost valid date', () => {
    expect(findDateInUrl('https://example.com/9999/99/99/2025/12/23/x/20240101/')).toBe('2025-12-23');
  });
});

describe('findDatesInText: more languages and scripts', () => {
  it('reads Polish, Swedish and Danish month names and the Nordic dotted clock', () => {
    expect(findDatesInText('Data utworzenia: 23 grudnia 2025, 15:09').map((d) => d.value)).toEqual(['2025-12-23T15:09:00']);
    expect(findDatesInText('Publicerad 2025-12-23 15.09').map((d) => d.value)).toEqual(['2025-12-23T15:09:00']);
    expect(findDatesInText('23. december 2025 kl. 15.09').map((d) => d.value)).toEqual(['2025-12-23T15:09:00']);
  });
  it('reads Ynet\'s dotted two-digit year with its clock, and no version number', () => {
    expect(findDatesInText('פורסם: 23.12.25, 07:52 | עודכן: 23.12.25, 12:31').map((d) => d.value)).toEqual(['2025-12-23T07:52:00', '2025-12-23T12:31:00']);
    expect(findDatesInText('v2.10.15, 12:30 and 1.2.25, 12:31 and 123.12.25, 12:31')).toEqual([]);
  });
  it('reads a month name between dots with a four-digit year (Folha, UOL, Estadão: "4.jan.2024 às 15h10"), and no file name, version or abbreviation', () => {
    expect(findDatesInText('Atualizado: 4.jan.2024 às 15h10')).toEqual([{ value: '2024-01-04T15:10:00', index: 12, raw: '4.jan.2024 às 15h10' }]);
    expect(findDatesInText('23.dez.2025, 15h09').map((d) => d.value)).toEqual(['2025-12-23T15:09:00']);
    // Any language whose month names the grammar reads, in any case.
    expect(['4.Dez.2024', '04.ene.2024', '4.OUT.2024', '4.mai.2024'].map(parseDate)).toEqual(['2024-12-04', '2024-01-04', '2024-10-04', '2024-05-04']);
    expect(findDatesInText('Publicado em 4.jan.2024. A inflação').map((d) => d.value)).toEqual(['2024-01-04']);
    // Near misses: a version, an abbreviation or a file name around it; no year, a short
    // year, or a word that is no month.
    for (const text of ['v4.jan.2024', 'approx.4.jan.2024', 'approx.4.jan', 'backup_4.jan.2024', 'relatorio-4.jan.2024', 'ata-4.jan.2024.pdf', '4.jan.2024.pdf', '4.jan.24 às 15h10', '4.foo.2024']) {
      expect(findDatesInText(text), text).toEqual([]);
    }
    // Its clock "15h10" is no date alone, and stays a clock of the line.
    expect(findDatesInText('às 15h10')).toEqual([]);
    expect(findClock('mis à jour à 15h10')?.time).toEqual({ hour: 15, minute: 10, second: 0 });
  });
  it('reads a slashed two-digit year with a 12-hour clock (toLocaleString en-US: "1/4/24, 3:10 PM"), in the page\'s order when both numbers could be the month', () => {
    expect(findDatesInText('Last updated: 1/4/24, 3:10 PM')).toEqual([{ value: '2024-01-04T15:10:00', index: 14, raw: '1/4/24, 3:10 PM' }]);
    // Node's ICU writes a narrow no-break space before the meridiem; seconds and a zone may follow.
    expect(findDatesInText('1/4/24, 3:10\u202fPM').map((d) => d.value)).toEqual(['2024-01-04T15:10:00']);
    expect(parseDate('1/4/24, 3:10:05 PM EST')).toBe('2024-01-04T15:10:05-05:00');
    // A day-first page (en-AU, en-IN, es-US write "4/1/24, 3:10 pm") reads it only when a number over 12 settles it.
    expect(findDatesInText('1/4/24, 3:10 pm', 'day-first')).toEqual([]);
    expect(findDatesInText('13/1/24, 3:10 pm', 'day-first').map((d) => d.value)).toEqual(['2024-01-13T15:10:00']);
    expect(findDatesInText('1/13/24, 3:10 pm', 'day-first').map((d) => d.value)).toEqual(['2024-01-13T15:10:00']);
    // Near misses: no clock, a clock without AM/PM, a path or version around it, an impossible hour.
    for (const text of ['Last updated: 1/4/24', 'Score 1/4/24, 3:10', 'see 2/1/4/24, 3:10 PM', 'v1/4/24, 3:10 PM', 'a.1/4/24, 3:10 PM', '1/4/24, 13:10 PM', '1/4/24, 3 pm']) {
      expect(findDatesInText(text), text).toEqual([]);
    }
    // A four-digit year is the numeric grammar's, not read as "1/4/20".
    expect(findDatesInText('1/4/2024, 3:10 PM').map((d) => d.value)).toEqual(['2024-01-04T15:10:00']);
  });
  it('reads Arabic-Indic digits and skips the direction marks around them', () => {
    expect(findDatesInText('آخر تحديث: ٢٣\u200f/١٢\u200f/٢٠٢٥ - ١٧:٤٢').map((d) => d.value)).toEqual(['2025-12-23T17:42:00']);
    expect(findDatesInText('23\u200f/12\u200f/2025 - 17:42').map((d) => d.value)).toEqual(['2025-12-23T17:42:00']);
  });
  it('reads the digits of Indic, Southeast Asian and fullwidth scripts, and gives the date as the page writes it', () => {
    // Devanagari (Marathi, Hindi), Bengali, Gurmukhi, Thai, Myanmar, Khmer, fullwidth.
    expect(findDatesInText('प्रकाशित : २३/१२/२०२५, १५:०९')).toEqual([{ value: '2025-12-23T15:09:00', index: 11, raw: '२३/१२/२०२५, १५:०९' }]);
    expect(findDatesInText('২৩.১২.২০২৫').map((d) => d.value)).toEqual(['2025-12-23']);
    expect(findDatesInText('੨੩.੧੨.੨੦੨੫ ੧੫:੦੯').map((d) => d.value)).toEqual(['2025-12-23T15:09:00']);
    expect(findDatesInText('๒๕๖๘-๑๒-๒๓').map((d) => d.value)).toEqual([]);
    expect(findDatesInText('๒๐๒๕-๑๒-๒๓').map((d) => d.value)).toEqual(['2025-12-23']);
    expect(findDatesInText('၂၀၂၅-၁၂-၂၃ ၁၅:၀၉').map((d) => d.value)).toEqual(['2025-12-23T15:09:00']);
    expect(findDatesInText('២៣/១២/២០២៥').map((d) => d.value)).toEqual(['2025-12-23']);
    expect(findDatesInText('２０２５年１２月２３日').map((d) => d.value)).toEqual(['2025-12-23']);
    expect(parseDate('२३.१२.२०२५')).toBe('2025-12-23');
    // The raw text keeps the direction marks the page writes, so a caller can cut it out.
    expect(findDatesInText('آخر تحديث: ٢٣\u200f/١٢\u200f/٢٠٢٥')[0]?.raw).toBe('٢٣\u200f/١٢\u200f/٢٠٢٥');
  });
  it('reads the Myanmar letter wa typed for the zero it looks like only beside a digit', () => {
    expect(findDatesInText('၂ဝ၂၅-၁၂-၂၃').map((d) => d.value)).toEqual(['2025-12-23']);
    // "ဝ" opening a word after a number is a letter: no year "2025" is made of "၂၀၂၅ဝန်".
    expect(findDatesInText('၁၂.၁၂.၂၀၂ဝန်ကြီး').map((d) => d.value)).toEqual([]);
  });
});

describe('meridiem markers of other scripts', () => {
  it('reads the Arabic, Sinhala and Khmer afternoon and morning after a 12-hour clock', () => {
    const values = (text: string) => findDatesInText(text).map((d) => d.value);
    expect(values('نشر في: 23/12/2025 - 03:09 م')).toEqual(['2025-12-23T15:09:00']);
    expect(values('23/12/2025 - 09:15 ص')).toEqual(['2025-12-23T09:15:00']);
    expect(values('23/12/2025 03:09 مساءً')).toEqual(['2025-12-23T15:09:00']);
    expect(values('٢٣/١٢/٢٠٢٥ ٠٣:٠٩ م')).toEqual(['2025-12-23T15:09:00']);
    expect(values('23.12.2025 03:09 ප.ව.')).toEqual(['2025-12-23T15:09:00']);
    expect(values('23.12.2025 10:30 පෙ.ව.')).toEqual(['2025-12-23T10:30:00']);
    expect(values('២៣.១២.២០២៥ ៣:០៩ រសៀល')).toEqual(['2025-12-23T15:09:00']);
    expect(values('២៣.១២.២០២៥ ៨:០០ ព្រឹក')).toEqual(['2025-12-23T08:00:00']);
    expect(parseDate('23/12/2025 12:05 ص')).toBe('2025-12-23T00:05:00');
    // An evening word after a 24-hour clock only repeats it.
    expect(values('23/12/2025 15:09 م')).toEqual(['2025-12-23T15:09:00']);
    expect(findClock('آخر تحديث 05:41 م')).toEqual({ time: { hour: 17, minute: 41, second: 0 }, zone: null });
  });
  it('takes a marker only as a whole word after the clock', () => {
    // "مسافر" (traveller) opens with the letter of "م": no marker, the clock stays 03:09.
    expect(findDatesInText('23/12/2025 03:09 مسافر').map((d) => d.value)).toEqual(['2025-12-23T03:09:00']);
    // "م" after a year (ميلادي, of the common era) is no meridiem.
    expect(findDatesInText('23/12/2025 م').map((d) => d.value)).toEqual(['2025-12-23']);
  });
});

describe('findClock', () => {
  it('reads the one time of a text without a date, with its zone when written', () => {
    expect(findClock('mis à jour à 17h41')).toEqual({ time: { hour: 17, minute: 41, second: 0 }, zone: null });
    expect(findClock('updated 5:41 PM ET')).toEqual({ time: { hour: 17, minute: 41, second: 0 }, zone: 'ET' });
    expect(findClock('Updated Dec 23, 2025 5:41 PM')).toBeNull();
    expect(findClock('from 15:09 to 17:41')).toBeNull();
    expect(findClock('updated in 2025')).toBeNull();
  });
});
