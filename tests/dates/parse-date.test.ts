import { describe, expect, it } from 'vitest';
import { findDatesInText, parseDate, parseEpoch } from '../../src/dates';
import { MONTH_NAMES, monthFromName } from '../../src/dates/names';

describe('parseDate: ISO 8601 / RFC 3339', () => {
  it('keeps the source offset', () => {
    expect(parseDate('2025-12-23T15:09:00+03:00')).toBe('2025-12-23T15:09:00+03:00');
    expect(parseDate('2025-12-23T07:09:00-05:00')).toBe('2025-12-23T07:09:00-05:00');
    expect(parseDate('2025-12-23T17:54:00+05:45')).toBe('2025-12-23T17:54:00+05:45');
  });
  it('adds missing seconds and drops fractions', () => {
    expect(parseDate('2025-12-23T15:09+03:00')).toBe('2025-12-23T15:09:00+03:00');
    expect(parseDate('2025-12-23T15:09:00.123456+03:00')).toBe('2025-12-23T15:09:00+03:00');
    expect(parseDate('2025-12-23T12:09:00.000Z')).toBe('2025-12-23T12:09:00Z');
  });
  it('writes a zero offset as Z', () => {
    expect(parseDate('2025-12-23T12:09:00Z')).toBe('2025-12-23T12:09:00Z');
    expect(parseDate('2025-12-23T12:09:00+00:00')).toBe('2025-12-23T12:09:00Z');
    expect(parseDate('2025-12-23T12:09:00-00:00')).toBe('2025-12-23T12:09:00Z');
  });
  it('accepts ±HHMM, ±HH and a space instead of T', () => {
    expect(parseDate('2025-12-23T15:09:00+0300')).toBe('2025-12-23T15:09:00+03:00');
    expect(parseDate('2025-12-23T15:09:00+03')).toBe('2025-12-23T15:09:00+03:00');
    expect(parseDate('2025-12-23 15:09:00+03:00')).toBe('2025-12-23T15:09:00+03:00');
    expect(parseDate('2025-12-23 12:09:00 UTC')).toBe('2025-12-23T12:09:00Z');
  });
  it('keeps a zone-less time zone-less and a date a date', () => {
    expect(parseDate('2025-12-23 15:09:00')).toBe('2025-12-23T15:09:00');
    expect(parseDate('2025-12-23T15:09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('2025-12-23')).toBe('2025-12-23');
    expect(parseDate('  2025-12-23\n')).toBe('2025-12-23');
  });
  it('accepts the basic form', () => {
    expect(parseDate('20251223')).toBe('2025-12-23');
    expect(parseDate('20251223T150900Z')).toBe('2025-12-23T15:09:00Z');
  });
});

describe('parseDate: RFC 2822 and English', () => {
  it('parses RFC 2822', () => {
    expect(parseDate('Tue, 23 Dec 2025 15:09:00 +0300')).toBe('2025-12-23T15:09:00+03:00');
    expect(parseDate('Tue, 23 Dec 2025 12:09:00 GMT')).toBe('2025-12-23T12:09:00Z');
    expect(parseDate('Tue, 23 Dec 2025 07:09:00 EST')).toBe('2025-12-23T07:09:00-05:00');
  });
  it('parses month-first dates with 12-hour times and zones', () => {
    expect(parseDate('December 23, 2025 03:09 PM GMT+03:00')).toBe('2025-12-23T15:09:00+03:00');
    expect(parseDate('December 23, 2025 3:09 pm')).toBe('2025-12-23T15:09:00');
    expect(parseDate('Dec. 23, 2025, 3:09 p.m. ET')).toBe('2025-12-23T15:09:00-05:00');
    expect(parseDate('December 23, 2025 at 3:15 p.m. EST')).toBe('2025-12-23T15:15:00-05:00');
    expect(parseDate('December 23, 2025 3:09 PM UTC+5:30')).toBe('2025-12-23T15:09:00+05:30');
    expect(parseDate('December 23, 2025 at 3 p.m. CET')).toBe('2025-12-23T15:00:00+01:00');
    expect(parseDate('December 23, 2025 3:09 PM GMT+3')).toBe('2025-12-23T15:09:00+03:00');
    expect(parseDate('December 23, 2025 10:09 AM UTC−05:00')).toBe('2025-12-23T10:09:00-05:00');
  });
  it('maps 12 a.m. to midnight and 12 p.m. to noon', () => {
    expect(parseDate('December 23, 2025 12:05 AM')).toBe('2025-12-23T00:05:00');
    expect(parseDate('December 23, 2025 12:05 PM')).toBe('2025-12-23T12:05:00');
  });
  it('parses date-only English forms', () => {
    expect(parseDate('Dec 23, 2025')).toBe('2025-12-23');
    expect(parseDate('December 23rd, 2025')).toBe('2025-12-23');
    expect(parseDate('23 December 2025')).toBe('2025-12-23');
    expect(parseDate('23 Dec 2025 15:09 +0300')).toBe('2025-12-23T15:09:00+03:00');
    expect(parseDate('Tuesday, December 23, 2025')).toBe('2025-12-23');
    expect(parseDate('Mar 12, 2025')).toBe('2025-03-12');
  });
});

describe('parseDate: US seasonal zones', () => {
  it('reads ET/CT/MT/PT as standard or daylight time by the date', () => {
    expect(parseDate('July 4, 2025, 3:09 p.m. ET')).toBe('2025-07-04T15:09:00-04:00');
    expect(parseDate('July 4, 2025 3:09 PM PT')).toBe('2025-07-04T15:09:00-07:00');
    expect(parseDate('January 4, 2025 3:09 PM MT')).toBe('2025-01-04T15:09:00-07:00');
  });
  it('switches at 2:00 local on the second Sunday of March and the first Sunday of November', () => {
    expect(parseDate('March 9, 2025 1:59 AM ET')).toBe('2025-03-09T01:59:00-05:00');
    expect(parseDate('March 9, 2025 3:00 AM ET')).toBe('2025-03-09T03:00:00-04:00');
    expect(parseDate('November 2, 2025 1:30 AM PT')).toBe('2025-11-02T01:30:00-07:00');
    expect(parseDate('November 2, 2025 2:00 AM PT')).toBe('2025-11-02T02:00:00-08:00');
  });
  it('uses the 1987–2006 rule before 2007', () => {
    expect(parseDate('March 20, 2006 12:00 PM CT')).toBe('2006-03-20T12:00:00-06:00');
    expect(parseDate('April 2, 2006 3:00 AM CT')).toBe('2006-04-02T03:00:00-05:00');
    expect(parseDate('October 29, 2006 2:00 AM CT')).toBe('2006-10-29T02:00:00-06:00');
  });
  it('keeps explicit standard/summer abbreviations', () => {
    expect(parseDate('July 4, 2025 3:09 PM EST')).toBe('2025-07-04T15:09:00-05:00');
    expect(parseDate('July 4, 2025 3:09 PM BST')).toBe('2025-07-04T15:09:00+01:00');
    expect(parseDate('July 4, 2025 3:09 PM CEST')).toBe('2025-07-04T15:09:00+02:00');
    expect(parseDate('July 4, 2025 3:09 PM IST')).toBe('2025-07-04T15:09:00+05:30');
  });
});

describe('parseDate: IANA zone names', () => {
  it("writes a date-time that names its IANA zone in that zone's offset on that date", () => {
    // vc.ru / Osnova: <time title="04.01.2024 10:42:15 (Europe/Moscow)">.
    expect(parseDate('04.01.2024 10:42:15 (Europe/Moscow)')).toBe('2024-01-04T10:42:15+03:00');
    expect(parseDate('2024-01-04 10:42 Asia/Tokyo')).toBe('2024-01-04T10:42:00+09:00');
    // Seasonal zones take the offset in force at that wall-clock time (EU and US law).
    expect(parseDate('04.01.2024 10:42 (Europe/Berlin)')).toBe('2024-01-04T10:42:00+01:00');
    expect(parseDate('04.07.2024 10:42 (Europe/Berlin)')).toBe('2024-07-04T10:42:00+02:00');
    expect(parseDate('2024-10-27 00:30 (Europe/London)')).toBe('2024-10-27T00:30:00+01:00');
    expect(parseDate('2024-10-27 02:30 (Europe/London)')).toBe('2024-10-27T02:30:00Z');
    expect(parseDate('2024-07-04 10:42 (America/New_York)')).toBe('2024-07-04T10:42:00-04:00');
  });
  it('invents no zone: an unknown zone, a date before its rule, a date alone stay as written', () => {
    // Moscow kept +04:00 in 2011–2014; the table gives no offset before its rule.
    expect(parseDate('04.01.2013 10:42:15 (Europe/Moscow)')).toBe('2013-01-04T10:42:15');
    expect(parseDate('04.01.2024 10:42 (Australia/Sydney)')).toBe('2024-01-04T10:42:00');
    expect(parseDate('04.01.2024 (Europe/Moscow)')).toBe('2024-01-04');
    // An offset the value writes wins over the name.
    expect(parseDate('2024-01-04T10:42:15+04:00 (Europe/Moscow)')).toBe('2024-01-04T10:42:15+04:00');
    // Not an IANA name: no date.
    expect(parseDate('04.01.2024 10:42 (Marketing/News)')).toBeNull();
  });
  it('needs no Intl (edge runtimes, small-ICU builds)', () => {
    const intl = globalThis.Intl;
    try {
      // @ts-expect-error: a runtime without Intl
      globalThis.Intl = undefined;
      expect(parseDate('04.01.2024 10:42:15 (Europe/Moscow)')).toBe('2024-01-04T10:42:15+03:00');
    } finally {
      globalThis.Intl = intl;
    }
  });
});

describe('parseDate: other languages and numeric forms', () => {
  it('parses German', () => {
    expect(parseDate('23.12.2025, 15:09 Uhr')).toBe('2025-12-23T15:09:00');
    expect(parseDate('23.12.2025')).toBe('2025-12-23');
    expect(parseDate('23. Dezember 2025')).toBe('2025-12-23');
    expect(parseDate('Dienstag, 23. Dezember 2025, 15:09 Uhr MEZ')).toBe('2025-12-23T15:09:00+01:00');
    expect(parseDate('3. März 2025')).toBe('2025-03-03');
  });
  it('parses Turkish, with dotless and dotted i in any case', () => {
    expect(parseDate('23 Aralık 2025 15:09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('23 ARALIK 2025')).toBe('2025-12-23');
    expect(parseDate('23 Şubat 2025 saat 09:30 TRT')).toBe('2025-02-23T09:30:00+03:00');
  });
  it('parses French, Spanish, Portuguese, Italian, Dutch and Russian', () => {
    expect(parseDate('23 décembre 2025 à 15h09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('1er mars 2025')).toBe('2025-03-01');
    expect(parseDate('23 de diciembre de 2025')).toBe('2025-12-23');
    expect(parseDate('23 de dezembro de 2025 às 15h09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('23 dicembre 2025 alle 15:09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('23 december 2025 om 15:09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('23 декабря 2025 г., 15:09 MSK')).toBe('2025-12-23T15:09:00+03:00');
    expect(parseDate('23 мая 2025')).toBe('2025-05-23');
  });
  it('parses CJK dates', () => {
    expect(parseDate('2025年12月23日')).toBe('2025-12-23');
    expect(parseDate('2025年12月23日 15時09分')).toBe('2025-12-23T15:09:00');
    expect(parseDate('2025年12月23日15時09分30秒')).toBe('2025-12-23T15:09:30');
    expect(parseDate('2025年12月23日 15:09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('2025年12月23日(火) 午後3時09分')).toBe('2025-12-23T15:09:00');
    expect(parseDate('2025년 12월 23일 오후 3:09')).toBe('2025-12-23T15:09:00');
  });
  it('reads a CJK meridiem before the clock of a numeric date (Naver\'s "2024.01.04. 오후 3:32", zh-TW .NET\'s "2024/1/4 下午 03:32:10")', () => {
    expect(parseDate('2024.01.04. 오후 3:32')).toBe('2024-01-04T15:32:00');
    expect(parseDate('2024.01.04. 오전 9:05')).toBe('2024-01-04T09:05:00');
    expect(parseDate('2024/1/4 下午 03:32:10')).toBe('2024-01-04T15:32:10');
    expect(parseDate('2024/01/04 午後3:32')).toBe('2024-01-04T15:32:00');
    expect(parseDate('2024-01-04 下午3:32')).toBe('2024-01-04T15:32:00');
    expect(parseDate('2024-01-04 上午 11:20:05')).toBe('2024-01-04T11:20:05');
    expect(parseDate('04.01.2024 오후 3:32')).toBe('2024-01-04T15:32:00');
    // 12 o'clock: 오전 12:05 is just after midnight, 오후 12:30 just after noon.
    expect(parseDate('2024.01.04. 오전 12:05')).toBe('2024-01-04T00:05:00');
    expect(parseDate('2024.01.04. 오후 12:30')).toBe('2024-01-04T12:30:00');
    expect(parseDate('2024-01-04 午前0:15')).toBe('2024-01-04T00:15:00');
    // The afternoon word before a 24-hour clock only repeats it; an impossible hour is none.
    expect(parseDate('2024/01/04 下午 15:32')).toBe('2024-01-04T15:32:00');
    expect(parseDate('2024/01/04 오전 15:32')).toBeNull();
    // Near misses: a clock without a meridiem stays a 24-hour clock, a one-digit hour after an
    // ISO date only follows a meridiem, a meridiem without a clock ("오후 3시") gives the date.
    expect(parseDate('2024.01.04. 03:32')).toBe('2024-01-04T03:32:00');
    expect(parseDate('2024-01-04 03:32')).toBe('2024-01-04T03:32:00');
    expect(findDatesInText('2024-01-04 3:32').map((d) => d.value)).toEqual(['2024-01-04']);
    expect(findDatesInText('2024.01.04. 오후 3시 브리핑').map((d) => d.value)).toEqual(['2024-01-04']);
    expect(findDatesInText('입력 2024.01.04. 오후 3:32 수정 2024.01.04. 오후 6:10').map((d) => d.value)).toEqual(['2024-01-04T15:32:00', '2024-01-04T18:10:00']);
    // A body sentence: the morning word after a date that is not before its clock.
    expect(findDatesInText('2024.01.04 오전 중 발표, 3:32 기준').map((d) => d.value)).toEqual(['2024-01-04']);
  });
  it('parses numeric year-first and day/month orders', () => {
    expect(parseDate('2025/12/23 15:09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('2025.12.23')).toBe('2025-12-23');
    expect(parseDate('23/12/2025')).toBe('2025-12-23');
    expect(parseDate('23-12-2025 15:09')).toBe('2025-12-23T15:09:00');
  });
  it('reads a dotted two-digit year only beside a clock, in the nearest plausible century', () => {
    expect(parseDate('23.12.25, 12:31')).toBe('2025-12-23T12:31:00');
    expect(parseDate('23.12.25 - 12:31')).toBe('2025-12-23T12:31:00');
    expect(parseDate('23.12.25, 12:31 Uhr')).toBe('2025-12-23T12:31:00');
    expect(parseDate('01.02.00, 08:15 MEZ')).toBe('2000-02-01T08:15:00+01:00');
    expect(parseDate('23.12.98, 12:31')).toBe('1998-12-23T12:31:00');
    // No clock, no padding, slashes, or an impossible day or month: not a date.
    for (const text of ['23.12.25', '1.2.25, 12:31', '23/12/25, 12:31', '32.12.25, 12:31', '23.13.25, 12:31', '23.12.25, 24:31']) {
      expect(parseDate(text)).toBeNull();
    }
  });
  it('reads slashes with a first number ≤ 12 as US month/day (Drupal)', () => {
    expect(parseDate('Tue, 03/12/2024 - 14:05')).toBe('2024-03-12T14:05:00');
    expect(parseDate('12/23/2025')).toBe('2025-12-23');
    expect(parseDate('03.12.2024')).toBe('2024-12-03');
  });
  it('accepts leap days only in leap years', () => {
    expect(parseDate('February 29, 2024')).toBe('2024-02-29');
    expect(parseDate('29.02.2025')).toBeNull();
  });
});

describe('parseDate: rejects', () => {
  it('empty and non-date text', () => {
    expect(parseDate('')).toBeNull();
    expect(parseDate('   ')).toBeNull();
    expect(parseDate('Posted yesterday')).toBeNull();
    expect(parseDate('December 2025')).toBeNull();
    expect(parseDate('Updated December 23, 2025')).toBeNull();
  });
  it('impossible calendar days and times', () => {
    expect(parseDate('32.13.2025')).toBeNull();
    expect(parseDate('0000-00-00')).toBeNull();
    expect(parseDate('February 30, 2024')).toBeNull();
    expect(parseDate('2025-13-01')).toBeNull();
    expect(parseDate('2025-12-23T25:00:00Z')).toBeNull();
    expect(parseDate('2025-12-23T15:60:00Z')).toBeNull();
    expect(parseDate('December 23, 2025 13:09 PM')).toBeNull();
  });
  it('implausible years', () => {
    expect(parseDate('1970-01-01T00:00:00Z')).toBeNull();
    expect(parseDate('1994-12-31')).toBeNull();
    expect(parseDate('2101-01-01')).toBeNull();
  });
  it('unknown zones, out-of-range offsets and trailing junk', () => {
    expect(parseDate('2025-12-23T15:09:00 XYZ')).toBeNull();
    expect(parseDate('2025-12-23T15:09:00+15:00')).toBeNull();
    expect(parseDate('2025-12-23T15:09:00+03:00 and more')).toBeNull();
  });
  it('epoch timestamps written as text', () => {
    expect(parseDate('1766502540')).toBeNull();
    expect(parseDate('1766502540000')).toBeNull();
  });
  it('very long inputs, quickly', () => {
    const inputs = [
      '7'.repeat(100_000),
      'x'.repeat(100_000),
      'December 23, 2025 '.repeat(6_000),
      `2025-12-23${' '.repeat(100_000)}15:09`,
    ];
    for (const input of inputs) {
      const started = performance.now();
      expect(parseDate(input)).toBeNull();
      expect(performance.now() - started).toBeLessThan(250);
    }
  });
});

describe('parseDate: machine time zone', () => {
  it('never moves a wall-clock time, even inside a local DST gap', () => {
    // 02:30 on 2025-03-09 does not exist in America/Los_Angeles; it must stay 02:30.
    expect(parseDate('March 9, 2025 2:30 AM')).toBe('2025-03-09T02:30:00');
    expect(parseDate('2025-03-30 02:30:00')).toBe('2025-03-30T02:30:00');
  });
});

describe('parseEpoch', () => {
  it('accepts seconds and milliseconds, as numbers or strings, in UTC', () => {
    expect(parseEpoch(1766502540)).toBe('2025-12-23T15:09:00Z');
    expect(parseEpoch(1766502540123)).toBe('2025-12-23T15:09:00Z');
    expect(parseEpoch('1766502540')).toBe('2025-12-23T15:09:00Z');
    expect(parseEpoch(' 1766502540123 ')).toBe('2025-12-23T15:09:00Z');
    expect(parseEpoch(1766502540.9)).toBe('2025-12-23T15:09:00Z');
  });
  it('rejects implausible and malformed values', () => {
    expect(parseEpoch(0)).toBeNull();
    expect(parseEpoch(-1)).toBeNull();
    expect(parseEpoch(Number.NaN)).toBeNull();
    expect(parseEpoch(Number.POSITIVE_INFINITY)).toBeNull();
    expect(parseEpoch('abc')).toBeNull();
    expect(parseEpoch('2025-12-23')).toBeNull();
    expect(parseEpoch('')).toBeNull();
    expect(parseEpoch(4133980800)).toBeNull(); // 2101-01-01
  });
});

describe('month names', () => {
  it('resolves every listed form, with and without a dot, in any case, to its own month', () => {
    for (const [language, months] of Object.entries(MONTH_NAMES)) {
      months.forEach((forms, index) => {
        for (const form of forms) {
          const expected = { language, form, month: index + 1 };
          expect({ language, form, month: monthFromName(form) }).toEqual(expected);
          expect({ language, form, month: monthFromName(`${form.toUpperCase()}.`) }).toEqual(expected);
        }
      });
    }
  });
});
