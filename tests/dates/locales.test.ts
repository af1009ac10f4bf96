/**
 * Month names derived from the date-fns locales, and named zones resolved for the date
 * they are written on. Run under three machine zones (npm run test:tz).
 */
import { describe, expect, it } from 'vitest';
import { findDatesInText, parseDate } from '../../src/dates';
import { MONTH_NAMES, monthFromName, normalizeNameKey } from '../../src/dates/names';

describe('month names from the date-fns locales', () => {
  it('covers forty-three languages (Serbian in both scripts and Arabic in three, Punjabi, Marathi, Burmese, Sinhala and Malayalam without a date-fns locale), twelve months each', () => {
    expect(Object.keys(MONTH_NAMES).sort()).toEqual([
      'ar', 'ar-DZ', 'ar-MA', 'az', 'bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'eu', 'fi', 'fr', 'gl', 'hi', 'hu', 'hy', 'is', 'it', 'kk', 'km', 'lv', 'mk', 'ml', 'mr', 'my', 'nb', 'nl', 'pa', 'pl', 'pt', 'ro', 'ru', 'si', 'sk', 'sq', 'sr', 'sr-Latn', 'sv', 'ta', 'th', 'tr', 'uk',
    ]);
    for (const months of Object.values(MONTH_NAMES)) for (const forms of months) expect(forms.length).toBeGreaterThan(0);
    for (const months of Object.values(MONTH_NAMES)) expect(months).toHaveLength(12);
  });
  it('never has one spelling name two different months across the languages', () => {
    const monthsBySpelling = new Map<string, Set<number>>();
    for (const months of Object.values(MONTH_NAMES)) {
      months.forEach((forms, index) => {
        for (const form of forms) {
          const key = normalizeNameKey(form);
          monthsBySpelling.set(key, (monthsBySpelling.get(key) ?? new Set()).add(index + 1));
        }
      });
    }
    const ambiguous = [...monthsBySpelling].filter(([, months]) => months.size > 1).map(([key]) => key);
    expect(ambiguous).toEqual([]);
  });
  it('reads Bulgarian date lines, whose abbreviations agree with the Russian ones', () => {
    expect(monthFromName('декември')).toBe(12);
    expect(monthFromName('януари')).toBe(1);
    expect(monthFromName('окт')).toBe(10);
    expect(parseDate('23 декември 2025, 17:40')).toBe('2025-12-23T17:40:00');
    expect(parseDate('вторник, 23 декември 2025 г., 17:40')).toBe('2025-12-23T17:40:00');
    expect(findDatesInText('Обновена: 23 декември 2025, 17:40').map((d) => d.value)).toEqual(['2025-12-23T17:40:00']);
  });
  it('has the Russian genitive and nominative forms the locale writes', () => {
    expect(monthFromName('декабря')).toBe(12);
    expect(monthFromName('декабрь')).toBe(12);
    expect(monthFromName('нояб.')).toBe(11);
  });
  it('has the Ukrainian genitive, nominative and abbreviated forms, apart from the Russian ones', () => {
    expect(monthFromName('грудня')).toBe(12);
    expect(monthFromName('грудень')).toBe(12);
    expect(monthFromName('лютого')).toBe(2);
    expect(monthFromName('листопада')).toBe(11);
    expect(monthFromName('груд.')).toBe(12);
    expect(monthFromName('декабря')).toBe(12);
  });
  it('parses Ukrainian dates with a weekday, "р." and "о" before the time', () => {
    expect(parseDate('23 грудня 2025, 15:09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('Вівторок, 23 грудня 2025, 15:09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('23 грудня 2025 р. о 15:09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('5 березня 2024 року')).toBe('2024-03-05');
    expect(parseDate("26 грудня 2025, п'ятниця, 15:09")).toBe('2025-12-26T15:09:00');
    expect(findDatesInText('Оновлено: 23 грудня 2025, 17:40').map((d) => d.value)).toEqual(['2025-12-23T17:40:00']);
  });
  it('reads Romanian, Czech, Slovak, Greek, Finnish and Hungarian date lines with their time words', () => {
    expect(parseDate('23 decembrie 2025, 15:09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('marți, 23 decembrie 2025, ora 15:09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('23. prosince 2025 15:09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('23. 12. 2025 v 15:09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('23. decembra 2025 o 15:09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('Τρίτη 23 Δεκεμβρίου 2025 στις 15:09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('23.12.2025 klo 15.09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('tiistai 23.12.2025')).toBe('2025-12-23');
    expect(parseDate('2025. december 23. 15:09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('2025. 12. 23. 15:09')).toBe('2025-12-23T15:09:00');
    expect(findDatesInText('Aktualizováno 23. 12. 2025 17:35').map((d) => d.value)).toEqual(['2025-12-23T17:35:00']);
    expect(findDatesInText('Päivitetty 23.12.2025 klo 17.35').map((d) => d.value)).toEqual(['2025-12-23T17:35:00']);
  });
  it('reads Slovenian date lines with "ob" before a clock written with a dot', () => {
    expect(parseDate('23. decembra 2025 ob 18.20')).toBe('2025-12-23T18:20:00');
    expect(findDatesInText('Posodobljeno: 23. decembra 2025 ob 18.20').map((d) => d.value)).toEqual(['2025-12-23T18:20:00']);
  });
  it('reads Estonian date lines, day first with a dot, the clock after a comma', () => {
    expect(monthFromName('detsember')).toBe(12);
    expect(monthFromName('veebr')).toBe(2);
    expect(monthFromName('märts')).toBe(3);
    expect(parseDate('23. detsember 2025, 15:09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('teisipäev, 23. detsember 2025, 15:09')).toBe('2025-12-23T15:09:00');
    expect(findDatesInText('Uuendatud: 23. detsember 2025, 17:35').map((d) => d.value)).toEqual(['2025-12-23T17:35:00']);
  });
  it('reads Serbian Cyrillic date lines, with the dot after the year and "у" before the time', () => {
    expect(monthFromName('децембар')).toBe(12);
    expect(monthFromName('јун')).toBe(6);
    expect(monthFromName('јул')).toBe(7);
    expect(parseDate('уторак, 23. децембар 2025. 15:09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('23. децембар 2025. у 15:40')).toBe('2025-12-23T15:40:00');
    expect(findDatesInText('Објављено: 23. децембар 2025. 15:09').map((d) => d.value)).toEqual(['2025-12-23T15:09:00']);
  });
  it('reads Serbian Latin date lines, with the dot after the year and "u" before the time', () => {
    expect(monthFromName('decembar')).toBe(12);
    expect(monthFromName('avgust')).toBe(8);
    expect(parseDate('utorak, 23. decembar 2025. 15:09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('23. decembar 2025.')).toBe('2025-12-23');
    expect(parseDate('23. decembar 2025. u 15:40')).toBe('2025-12-23T15:40:00');
    expect(parseDate('23.12.2025. 15:09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('23.12.2025.')).toBe('2025-12-23');
    expect(parseDate('15:09, 23.12.2025.')).toBe('2025-12-23T15:09:00');
    expect(findDatesInText('Objavljeno: utorak, 23. decembar 2025. 15:09').map((d) => d.value)).toEqual(['2025-12-23T15:09:00']);
    expect(findDatesInText('Ažurirano 23.12.2025. 17:35 |').map((d) => d.value)).toEqual(['2025-12-23T17:35:00']);
  });
  it('keeps a full stop after a year whose day has no dot out of the date', () => {
    expect(parseDate('December 23, 2025.')).toBeNull();
    expect(parseDate('12/23/2025.')).toBeNull();
    expect(parseDate('23 December 2025.')).toBeNull();
    expect(findDatesInText('It ended on December 23, 2025. 15:09 was the time.')).toEqual([
      { value: '2025-12-23', index: 12, raw: 'December 23, 2025' },
    ]);
  });
  it('does not let one language\'s month spell another month, nor a one-letter weekday match', () => {
    // Czech "listopad" is November, as is Polish; Croatian (October) is left out for that reason.
    expect(monthFromName('listopadu')).toBe(11);
    expect(monthFromName('listopad')).toBe(11);
    expect(monthFromName('prosinca')).toBeNull();
    expect(monthFromName('Mar')).toBe(3);
    expect(parseDate('Mar 5, 2024')).toBe('2024-03-05');
    expect(findDatesInText('23 Dec 2025 K 15:09').map((d) => d.value)).toEqual(['2025-12-23']);
  });
  it('keeps the hand-listed spellings date-fns lacks', () => {
    expect(monthFromName('Jänner')).toBe(1);
    expect(monthFromName('Sept.')).toBe(9);
    expect(monthFromName('setiembre')).toBe(9);
  });
  it('parses Italian, Portuguese and Dutch day-first dates with times', () => {
    expect(parseDate('23 dicembre 2025 15:09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('23 de dezembro de 2025, 15h09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('23 december 2025 om 15:09')).toBe('2025-12-23T15:09:00');
  });
  it('parses French "déc." with "à 15h09" and Russian with the genitive', () => {
    expect(parseDate('23 déc. 2025 à 15h09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('23 декабря 2025, 15:09')).toBe('2025-12-23T15:09:00');
  });
  it('skips a leading weekday abbreviated as the locale writes it', () => {
    expect(parseDate('Di., 23.12.2025')).toBe('2025-12-23');
    expect(parseDate('martes, 23 de diciembre de 2025')).toBe('2025-12-23');
    expect(parseDate('Tues., Dec. 23, 2025')).toBe('2025-12-23');
  });
});

describe('the languages added with their date grammar (session 11)', () => {
  it('reads Armenian dates with the month in the genitive, and drops a locale\'s abbreviation of two months', () => {
    expect(monthFromName('դեկտեմբերի')).toBe(12);
    expect(monthFromName('դեկտեմբեր')).toBe(12);
    expect(monthFromName('հնվ')).toBe(1);
    // date-fns abbreviates January and June alike: the word names neither.
    expect(monthFromName('հուն')).toBeNull();
    expect(parseDate('23 դեկտեմբերի, 2025, 15:09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('23 դեկտեմբերի, 2025 թ.')).toBe('2025-12-23');
    expect(findDatesInText('Թարմացվել է՝ 23 դեկտեմբերի, 2025, 17:52').map((d) => d.value)).toEqual(['2025-12-23T17:52:00']);
  });
  it('reads Kazakh and Azerbaijani dates, nominative months', () => {
    expect(parseDate('23 желтоқсан 2025, 15:09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('2025 ж. 23 желтоқсан')).toBe('2025-12-23');
    expect(monthFromName('қыркүйек')).toBe(9);
    expect(parseDate('23 dekabr 2025, 15:09')).toBe('2025-12-23T15:09:00');
    expect(monthFromName('İyun')).toBe(6);
    expect(monthFromName('iyl')).toBe(7);
  });
  it('reads Galician dates with "de" and "ás"', () => {
    expect(parseDate('23 de decembro de 2025, 15:09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('23 de xuño de 2025 ás 09:30')).toBe('2025-06-23T09:30:00');
    expect(monthFromName('xan.')).toBe(1);
  });
  it('reads Basque dates, year first with "-eko" and the month in the genitive', () => {
    expect(parseDate('2025eko abenduaren 23a, 15:09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('2020ko urtarrilaren 5ean')).toBe('2020-01-05');
    expect(parseDate('2025(e)ko abenduaren 23(a)')).toBeNull();
    expect(parseDate('2025(e)ko abenduaren 23a')).toBe('2025-12-23');
    expect(findDatesInText('Eguneratua: 2025eko abenduaren 23a, 17:42').map((d) => d.value)).toEqual(['2025-12-23T17:42:00']);
    // Hungarian, year first too, is read as before.
    expect(parseDate('2025. december 23. 15:09')).toBe('2025-12-23T15:09:00');
  });
  it('reads Latvian dates, year first with "gada", nominative or locative month, "plkst." before the time', () => {
    expect(parseDate('2025. gada 23. decembris')).toBe('2025-12-23');
    expect(parseDate('2025. gada 23. decembrī plkst. 15:09')).toBe('2025-12-23T15:09:00');
    expect(findDatesInText('Atjaunots 2025. gada 23. decembris 17:41').map((d) => d.value)).toEqual(['2025-12-23T17:41:00']);
  });
  it('reads Albanian, Macedonian and Icelandic dates', () => {
    expect(parseDate('23 dhjetor 2025, 15:09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('23 декември 2025 во 15:09')).toBe('2025-12-23T15:09:00');
    expect(monthFromName('јануари')).toBe(1);
    expect(monthFromName('мај')).toBe(5);
    expect(parseDate('23. desember 2025 kl. 15.09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('3. ágúst 2025')).toBe('2025-08-03');
  });
  it('reads Hindi, Punjabi and Tamil months, whose vowel signs are marks and keep months apart', () => {
    expect(parseDate('23 ਦਸੰਬਰ, 2025 03:09 PM (IST)')).toBe('2025-12-23T15:09:00+05:30');
    expect(parseDate('5 ਫ਼ਰਵਰੀ 2025')).toBe('2025-02-05');
    expect(parseDate('5 ਫਰਵਰੀ 2025')).toBe('2025-02-05');
    expect(parseDate('23 दिसंबर 2025, 15:09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('23 दिसम्बर 2025')).toBe('2025-12-23');
    expect(parseDate('5 मई 2025')).toBe('2025-05-05');
    expect(monthFromName('जून')).toBe(6);
    expect(monthFromName('जन')).toBe(1);
    expect(parseDate('டிசம்பர் 23, 2025 15:09 IST')).toBe('2025-12-23T15:09:00+05:30');
    expect(parseDate('5 மே 2025')).toBe('2025-05-05');
  });
});

describe('the languages added with their date lines (session 12)', () => {
  const values = (text: string) => findDatesInText(text).map((d) => d.value);
  it('reads Arabic dates: Egyptian and Levantine months, both at once, the Arabic comma and "الساعة"', () => {
    expect(values('نشر في: الثلاثاء، 23 ديسمبر 2025 - 03:09 م')).toEqual(['2025-12-23T15:09:00']);
    expect(parseDate('الثلاثاء، 23 ديسمبر 2025 - 05:41 م')).toBe('2025-12-23T17:41:00');
    expect(parseDate('23 كانون الأول 2025 الساعة 15:09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('5 شباط 2025')).toBe('2025-02-05');
    expect(parseDate('23 ديسمبر/ كانون الأول 2025')).toBe('2025-12-23');
    expect(parseDate('23 ديسمبر 2025، 15:09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('٢٣ يونيه ٢٠٢٥')).toBe('2025-06-23');
    // Maghreb names (date-fns' ar-DZ and ar-MA).
    expect(parseDate('23 جويلية 2025')).toBe('2025-07-23');
    expect(parseDate('23 دجنبر 2025')).toBe('2025-12-23');
    // Two names of two different months are no date.
    expect(parseDate('23 ديسمبر/ كانون الثاني 2025')).toBeNull();
    // "م" after the year (of the common era) leaves the date alone: the top bar's Hijri date is no second one.
    expect(values('الثلاثاء 23 ديسمبر 2025 م - 2 رجب 1447 هـ')).toEqual(['2025-12-23']);
  });
  it('reads Thai dates, full and dotted months, and the Buddhist-era year in a Thai date or after "พ.ศ."', () => {
    expect(monthFromName('ธ.ค.')).toBe(12);
    expect(monthFromName('มี.ค.')).toBe(3);
    expect(values('เผยแพร่: 23 ธ.ค. 2568 15:09')).toEqual(['2025-12-23T15:09:00']);
    expect(values('วันอังคารที่ 23 ธันวาคม พ.ศ. 2568')).toEqual(['2025-12-23']);
    expect(parseDate('5 เม.ย. 2568')).toBe('2025-04-05');
    expect(parseDate('23 ธันวาคม 2568 เวลา 15:09 น.')).toBe('2025-12-23T15:09:00');
    // A Thai month with a common-era year keeps it; a year of 2400 or more in a date of
    // another language is no Buddhist-era year (and no plausible one).
    expect(parseDate('23 ธันวาคม 2025')).toBe('2025-12-23');
    expect(parseDate('23 December 2568')).toBeNull();
    expect(parseDate('๒๓ ธ.ค. ๒๕๖๘')).toBe('2025-12-23');
  });
  it('reads Khmer dates: "ខែ" before the month, "ឆ្នាំ" before the year, "ម៉ោង" and the afternoon after the clock', () => {
    expect(values('ថ្ងៃអង្គារ ទី២៣ ខែធ្នូ ឆ្នាំ២០២៥ ម៉ោង ៣:០៩ រសៀល')).toEqual(['2025-12-23T15:09:00']);
    expect(values('ថ្ងៃអង្គារ ទី២៣ ខែធ្នូ ឆ្នាំ២០២៥ ម៉ោង ៨:៣០ ព្រឹក')).toEqual(['2025-12-23T08:30:00']);
    expect(parseDate('ថ្ងៃអង្គារ ២៣ ធ្នូ ២០២៥')).toBe('2025-12-23');
    expect(monthFromName('ខែមករា')).toBe(1);
  });
  it('reads Marathi dates, apart from Hindi months', () => {
    expect(values('प्रकाशित : २३ डिसेंबर २०२५, ०३:०९ PM IST')).toEqual(['2025-12-23T15:09:00+05:30']);
    expect(parseDate('मंगळवार, २३ डिसेंबर २०२५')).toBe('2025-12-23');
    expect(parseDate('५ मे २०२५')).toBe('2025-05-05');
    expect(monthFromName('दिसंबर')).toBe(12);
  });
  it('reads Burmese dates, year first with the words for year, month and day, and the Burmese comma', () => {
    expect(values('၂၀၂၅ ခုနှစ်၊ ဒီဇင်ဘာလ ၂၃ ရက်၊ ၁၅:၀၉ နာရီ')).toEqual(['2025-12-23T15:09:00']);
    expect(parseDate('၂၀၂၅ ခုနှစ်၊ ဒီဇင်ဘာလ ၂၃ ရက်၊ အင်္ဂါနေ့')).toBe('2025-12-23');
    expect(parseDate('ဒီဇင်ဘာ ၂၂၊ ၂၀၂၅')).toBe('2025-12-22');
    expect(parseDate('၂၀၂၅ ခုနှစ်၊ သြဂုတ်လ ၅ ရက်')).toBe('2025-08-05');
  });
  it('reads Sinhala dates, month first or year first, with the afternoon after the clock', () => {
    expect(values('දෙසැම්බර් 23, 2025 03:09 ප.ව.')).toEqual(['2025-12-23T15:09:00']);
    expect(values('යාවත්කාලීන කළේ: දෙසැම්බර් 23, 2025 05:41 ප.ව.')).toEqual(['2025-12-23T17:41:00']);
    expect(parseDate('2025 දෙසැම්බර් 23 අඟහරුවාදා')).toBe('2025-12-23');
    // April written with the zero-width joiner of "ප්‍ර", and without it.
    expect(parseDate('අප්\u200dරේල් 5, 2025')).toBe('2025-04-05');
    expect(parseDate('අප්රේල් 5, 2025')).toBe('2025-04-05');
  });
  it('reads Malayalam dates, the chillu letters in either spelling', () => {
    expect(values('അപ്‌ഡേറ്റ് ചെയ്തത്: 23 ഡിസംബർ 2025, 05:41 PM IST')).toEqual(['2025-12-23T17:41:00+05:30']);
    expect(parseDate('23 ഡിസംബര്\u200d 2025')).toBe('2025-12-23');
    expect(parseDate('5 ഒക്\u200cടോബർ 2025')).toBe('2025-10-05');
    expect(parseDate('5 മെയ് 2025')).toBe('2025-05-05');
  });
  it('reads Mongolian dates, numbers between the words for year, month and day', () => {
    expect(values('2025 оны 12 сарын 23, 15:09')).toEqual(['2025-12-23T15:09:00']);
    expect(parseDate('2025 оны 12-р сарын 23')).toBe('2025-12-23');
    expect(parseDate('2025 оны 12 дугаар сарын 23-ны')).toBe('2025-12-23');
    // A month and a day without the year are the story's, not a date line's.
    expect(values('12 дугаар сарын 24-нөөс 1 дүгээр сарын 15-ныг хүртэл')).toEqual([]);
  });
  it('reads a year-first date with nothing after the year only with a month name and a day', () => {
    expect(parseDate('2025 December 23')).toBe('2025-12-23');
    expect(values('in 2025 people 23 came')).toEqual([]);
  });
});

describe('a weekday between the date and its time', () => {
  it('keeps the time in Turkish, English, German, French, Spanish and Russian', () => {
    expect(parseDate('23 Aralık 2025 Salı 15:09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('23 December 2025 Tuesday 15:09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('23. Dezember 2025, Dienstag, 15:09 Uhr')).toBe('2025-12-23T15:09:00');
    expect(parseDate('23 décembre 2025 mardi à 15h09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('23 de diciembre de 2025, martes, 15:09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('23 декабря 2025, вторник, 15:09')).toBe('2025-12-23T15:09:00');
  });
  it('keeps the time in Italian, Portuguese and Dutch', () => {
    expect(parseDate('23 dicembre 2025, martedì, ore 15:09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('23 de dezembro de 2025, terça-feira, 15h09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('23 december 2025 dinsdag 15:09')).toBe('2025-12-23T15:09:00');
  });
  it('accepts abbreviations, upper case and numeric dates', () => {
    expect(parseDate('23.12.2025 Di. 15:09 Uhr')).toBe('2025-12-23T15:09:00');
    expect(parseDate('23 Aralık 2025 SALI 15:09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('23.12.2025 Salı 15:09')).toBe('2025-12-23T15:09:00');
  });
  it('keeps a written zone and invents none', () => {
    expect(parseDate('December 23, 2025, Tuesday, 3:09 PM ET')).toBe('2025-12-23T15:09:00-05:00');
    expect(parseDate('23 Aralık 2025 Salı 15:09 TRT')).toBe('2025-12-23T15:09:00+03:00');
    expect(parseDate('23 Aralık 2025 Salı 15:09')).toBe('2025-12-23T15:09:00');
  });
  it('accepts a weekday that ends the value', () => {
    expect(parseDate('23 Aralık 2025 Salı')).toBe('2025-12-23');
  });
  it('finds the date with its time in text, and only the date when the word is no weekday', () => {
    expect(findDatesInText('Yayınlanma: 23 Aralık 2025 Salı 15:09 | Güncelleme')).toEqual([
      { value: '2025-12-23T15:09:00', index: 12, raw: '23 Aralık 2025 Salı 15:09' },
    ]);
    expect(findDatesInText('on 23 December 2025 Meeting 15:09')).toEqual([
      { value: '2025-12-23', index: 3, raw: '23 December 2025' },
    ]);
    // The German "So" (Sunday) is not taken from running text.
    expect(findDatesInText('on 5 May 2025 so the team')).toEqual([{ value: '2025-05-05', index: 3, raw: '5 May 2025' }]);
    expect(parseDate('23 December 2025 Meeting 15:09')).toBeNull();
  });
  it('reads the word after a date as its weekday only when it is one, and never a word that joins the time', () => {
    // Any word is taken there by the grammar and checked afterwards (patterns.ts, WEEKDAY_BETWEEN).
    expect(parseDate('23 December 2025 at 15:09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('23. desember 2025 kl. 15.09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('23 dicembre 2025 alle 15:09')).toBe('2025-12-23T15:09:00');
    expect(parseDate('26 грудня 2025, п’ятниця, 15:09')).toBe('2025-12-26T15:09:00');
    expect(parseDate('23 December 2025 Updated')).toBeNull();
    expect(findDatesInText('Published 23 Dec 2025 Updated 24 Dec 2025 10:00').map((d) => d.raw)).toEqual(['23 Dec 2025', '24 Dec 2025 10:00']);
    expect(findDatesInText('23.12.2025 Güncelleme 15:09').map((d) => d.raw)).toEqual(['23.12.2025']);
  });
});

describe('named zones, for the date they are written on', () => {
  it('reads "ET" as EST in winter and EDT in summer', () => {
    expect(parseDate('December 23, 2025 3:09 PM ET')).toBe('2025-12-23T15:09:00-05:00');
    expect(parseDate('July 1, 2025 3:09 PM ET')).toBe('2025-07-01T15:09:00-04:00');
  });
  it('switches ET on the US transition day at 2 a.m.', () => {
    expect(parseDate('March 9, 2025 1:30 AM ET')).toBe('2025-03-09T01:30:00-05:00');
    expect(parseDate('March 9, 2025 3:30 AM ET')).toBe('2025-03-09T03:30:00-04:00');
  });
  it('reads TRT, CET, MESZ and BST as their fixed offsets', () => {
    expect(parseDate('June 30, 2025 10:00 TRT')).toBe('2025-06-30T10:00:00+03:00');
    expect(parseDate('23 Dec 2025 15:09 CET')).toBe('2025-12-23T15:09:00+01:00');
    expect(parseDate('23.12.2025 15:09 MESZ')).toBe('2025-12-23T15:09:00+02:00');
    expect(parseDate('1 Jul 2025 10:00 BST')).toBe('2025-07-01T10:00:00+01:00');
  });
  it('keeps an RFC 2822 numeric offset and GMT as written', () => {
    expect(parseDate('23 Dec 2025 15:09 +0300')).toBe('2025-12-23T15:09:00+03:00');
    expect(parseDate('Tue, 23 Dec 2025 15:09:00 GMT')).toBe('2025-12-23T15:09:00Z');
  });
  it('invents no zone for an unknown abbreviation or none at all', () => {
    expect(parseDate('23.12.2025, 15:09 Uhr')).toBe('2025-12-23T15:09:00');
    expect(parseDate('December 23, 2025 3:09 PM XYZT')).toBeNull();
  });
  it('rejects dates before 1995', () => {
    expect(parseDate('1994-05-01')).toBeNull();
    expect(findDatesInText('Founded May 1, 1994')).toEqual([]);
  });
});
