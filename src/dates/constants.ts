/**
 * Data tables of the date module: month and weekday names, time-zone abbreviations,
 * daylight-saving rules and plausibility bounds. Pure data, no logic.
 *
 * @packageDocumentation
 */


/**
 * The languages whose month and weekday names are recognised: those with a date-fns locale
 * (Arabic in three: the Egyptian and Gulf names of `ar`, the Algerian and Tunisian of `ar-DZ`,
 * the Moroccan of `ar-MA`), and Punjabi, Marathi, Burmese, Sinhala and Malayalam, which
 * date-fns has no locale for (their names are all in the tables below).
 *
 * @example
 * DATE_LANGUAGES.includes('tr'); // true
 */
export const DATE_LANGUAGES = [
  'en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'tr', 'ru', 'uk', 'pl', 'sv', 'da', 'nb',
  'ro', 'cs', 'sk', 'el', 'fi', 'hu', 'bg', 'et', 'sr', 'sr-Latn',
  'hy', 'kk', 'az', 'gl', 'eu', 'lv', 'sq', 'mk', 'is', 'ta', 'hi', 'pa',
  'ar', 'ar-DZ', 'ar-MA', 'th', 'km', 'mr', 'my', 'si', 'ml',
] as const;

/**
 * One of {@link DATE_LANGUAGES}.
 *
 * @example
 * const lang: DateLanguage = 'tr';
 */
export type DateLanguage = (typeof DATE_LANGUAGES)[number];

/*
 * The month and weekday names of the languages date-fns has a locale for come from those
 * locales: locale-names.ts, generated from them by scripts/date-locale-names.mjs (which names
 * each language's locale), so the tables are not hand-typed. Every name a new locale adds must
 * spell the same month in each language that already has it (Bulgarian "окт", Serbian
 * "decembar" and Cyrillic "мар", Estonian "mai" and "okt" do; tests/dates/locales.test.ts
 * checks them all). Serbian is written in both scripts, so both locales are there. Croatian is
 * left out: its "listopad" is October, the Czech and Polish "listopad" November. A form a
 * locale gives two months of its own is dropped (names.ts): date-fns' Armenian abbreviates
 * both January and June "հուն".
 */

/**
 * Month spellings seen on news pages that the date-fns locales do not produce, index 0 =
 * January. Lookups are case-, accent- and trailing-dot-insensitive (see names.ts), so each
 * form is listed once, without a dot.
 *
 * @example
 * EXTRA_MONTH_NAMES.de[0]; // ['Jänner', 'Jän'] (Austrian)
 */
export const EXTRA_MONTH_NAMES: Readonly<Partial<Record<DateLanguage, readonly (readonly string[])[]>>> = {
  // "Sept." is AP style (and British usage); date-fns only writes "Sep".
  en: [[], [], [], [], [], [], [], [], ['Sept'], [], [], []],
  // Austrian "Jänner"/"Feber"; "Mrz" in German tabular dates.
  de: [['Jänner', 'Jän'], ['Feber'], ['Mrz'], [], [], [], [], [], ['Sept'], [], [], []],
  // "fév" and "juil" without the final letters of date-fns' "févr."/"juil." occur too.
  fr: [[], ['fév'], [], [], [], [], [], [], [], [], [], []],
  // "setiembre" is the Latin American spelling; "sept"/"set" abbreviate it.
  es: [[], [], [], [], [], [], [], [], ['setiembre', 'sept', 'set'], [], [], []],
  nl: [[], [], [], [], [], [], [], [], ['sept'], [], [], []],
  // Russian abbreviations without date-fns' letters: "февр", "сен", "ноя".
  ru: [[], ['февр'], [], [], ['мая'], ['июн'], ['июл'], [], ['сен'], [], ['ноя'], []],
  // Armenian writes a date's month in the genitive ("23 դեկտեմբերի, 2025"), which date-fns
  // lacks; and CLDR's abbreviations, unambiguous where date-fns' are not.
  hy: [
    ['հունվարի', 'հնվ'], ['փետրվարի', 'փտվ'], ['մարտի', 'մրտ'], ['ապրիլի'], ['մայիսի', 'մյս'], ['հունիսի', 'հնս'],
    ['հուլիսի', 'հլս'], ['օգոստոսի'], ['սեպտեմբերի'], ['հոկտեմբերի'], ['նոյեմբերի'], ['դեկտեմբերի'],
  ],
  // CLDR's Azerbaijani abbreviations of June and July.
  az: [[], [], [], [], [], ['iyn'], ['iyl'], [], [], [], [], []],
  // Basque writes a date's month in the genitive: "2025eko abenduaren 23a" (the year's "-eko",
  // "of December", the day with its article).
  eu: [
    ['urtarrilaren'], ['otsailaren'], ['martxoaren'], ['apirilaren'], ['maiatzaren'], ['ekainaren'],
    ['uztailaren'], ['abuztuaren'], ['irailaren'], ['urriaren'], ['azaroaren'], ['abenduaren'],
  ],
  // CLDR's Macedonian abbreviations of September and November.
  mk: [[], [], [], [], [], [], [], [], ['сеп'], [], ['ное'], []],
  // CLDR's Icelandic abbreviation of August.
  is: [[], [], [], [], [], [], [], ['ágú'], [], [], [], []],
  // The spellings with a conjunct ("दिसम्बर") beside date-fns' anusvara ("दिसंबर"), and February
  // without the nukta: Hindi papers print both.
  hi: [[], ['फरवरी'], [], [], [], [], [], [], ['सितम्बर'], ['अक्तूबर'], ['नवम्बर'], ['दिसम्बर']],
  // Punjabi (Gurmukhi), which date-fns has no locale for: CLDR's names and abbreviations, with
  // the spellings without the nukta ("ਫਰਵਰੀ") and with "ਅਪਰੈਲ" that papers print too.
  pa: [
    ['ਜਨਵਰੀ', 'ਜਨ'], ['ਫ਼ਰਵਰੀ', 'ਫਰਵਰੀ', 'ਫ਼ਰ', 'ਫਰ'], ['ਮਾਰਚ'], ['ਅਪ੍ਰੈਲ', 'ਅਪਰੈਲ', 'ਅਪ੍ਰੈ'], ['ਮਈ'], ['ਜੂਨ'],
    ['ਜੁਲਾਈ', 'ਜੁਲਾ'], ['ਅਗਸਤ', 'ਅਗ'], ['ਸਤੰਬਰ', 'ਸਤੰ'], ['ਅਕਤੂਬਰ', 'ਅਕਤੂ'], ['ਨਵੰਬਰ', 'ਨਵੰ'], ['ਦਸੰਬਰ', 'ਦਸੰ'],
  ],
  // Arabic: the Syriac month names of Levantine and Iraqi papers (two words for four of them:
  // "كانون الأول", also without the article), written alone or after the Egyptian name
  // ("23 ديسمبر/ كانون الأول 2025", see patterns.ts); and the spellings without the hamza and
  // Egypt's "يونيه"/"يوليه" that papers print beside date-fns' forms.
  ar: [
    ['كانون الثاني', 'كانون ثاني'], ['شباط'], ['آذار', 'اذار'], ['نيسان', 'إبريل', 'ابريل'], ['أيار', 'ايار'], ['حزيران', 'يونيه'],
    ['تموز', 'يوليه'], ['آب', 'اغسطس'], ['أيلول', 'ايلول'], ['تشرين الأول', 'تشرين الاول', 'تشرين أول', 'اكتوبر'],
    ['تشرين الثاني', 'تشرين ثاني'], ['كانون الأول', 'كانون الاول', 'كانون أول'],
  ],
  // Marathi (no date-fns locale): CLDR's names and abbreviations ("डिसेंबर", "डिसें"), apart
  // from Hindi's "दिसंबर".
  mr: [
    ['जानेवारी', 'जाने'], ['फेब्रुवारी', 'फेब्रु'], ['मार्च'], ['एप्रिल', 'एप्रि'], ['मे'], ['जून'],
    ['जुलै'], ['ऑगस्ट', 'ऑग'], ['सप्टेंबर', 'सप्टें'], ['ऑक्टोबर', 'ऑक्टो'], ['नोव्हेंबर', 'नोव्हें'], ['डिसेंबर', 'डिसें'],
  ],
  // Burmese (no date-fns locale): CLDR's names, and August as typed with "သြ" or "ဪ" for
  // CLDR's "ဩ". The one-syllable abbreviations are left out ("ဒီ" is also "this"). A date
  // writes the month word "လ" after the name (MONTH_NAME_AFFIXES).
  my: [
    ['ဇန်နဝါရီ'], ['ဖေဖော်ဝါရီ'], ['မတ်'], ['ဧပြီ'], ['မေ'], ['ဇွန်'],
    ['ဇူလိုင်'], ['ဩဂုတ်', 'သြဂုတ်', 'ဪဂုတ်'], ['စက်တင်ဘာ'], ['အောက်တိုဘာ'], ['နိုဝင်ဘာ'], ['ဒီဇင်ဘာ'],
  ],
  // Sinhala (no date-fns locale): CLDR's names and abbreviations but "ජන" (also "people");
  // April's "ප්‍ර" is written with a zero-width joiner, which lookups ignore (names.ts).
  si: [
    ['ජනවාරි'], ['පෙබරවාරි', 'පෙබ'], ['මාර්තු'], ['අප්\u200dරේල්', 'අප්\u200dරේ'], ['මැයි'], ['ජූනි'],
    ['ජූලි'], ['අගෝස්තු', 'අගෝ'], ['සැප්තැම්බර්', 'සැප්'], ['ඔක්තෝබර්', 'ඔක්'], ['නොවැම්බර්', 'නොවැ'], ['දෙසැම්බර්', 'දෙසැ'],
  ],
  // Malayalam (no date-fns locale): CLDR's names and abbreviations but "മാർ" (a title, "Mar
  // Thoma"), with the spellings papers also print ("മെയ്", "ആഗസ്റ്റ്", "സെപ്തംബർ", October
  // without CLDR's zero-width non-joiner). The older spelling of a chillu letter ("ര്‍" for
  // "ർ") is read as the same letter (names.ts).
  ml: [
    ['ജനുവരി', 'ജനു'], ['ഫെബ്രുവരി', 'ഫെബ്രു'], ['മാർച്ച്'], ['ഏപ്രിൽ', 'ഏപ്രി'], ['മേയ്', 'മെയ്'], ['ജൂൺ'],
    ['ജൂലൈ'], ['ഓഗസ്റ്റ്', 'ആഗസ്റ്റ്', 'ഓഗ'], ['സെപ്റ്റംബർ', 'സെപ്തംബർ', 'സെപ്റ്റം'], ['ഒക്ടോബർ', 'ഒക്ടോ'], ['നവംബർ', 'നവം'], ['ഡിസംബർ', 'ഡിസം'],
  ],
};

/**
 * A word some languages write before or after every month's or weekday's name: Khmer "ខែ"
 * ("month": "ខែធ្នូ") and "ថ្ងៃ" ("day": "ថ្ងៃអង្គារ"), Burmese "လ" ("month": "ဒီဇင်ဘာလ") and
 * "နေ့" ("day": "အင်္ဂါနေ့"), Thai "วัน" ("day": "วันอังคาร"). Each name is also recognised with
 * it, glued as the language writes it.
 *
 * @example
 * MONTH_NAME_AFFIXES.km; // { prefix: 'ខែ' }
 */
export interface NameAffix {
  /** Written before the name, without a space. */
  readonly prefix?: string;
  /** Written after the name, without a space. */
  readonly suffix?: string;
}

/** The month words of {@link NameAffix}, per language. */
export const MONTH_NAME_AFFIXES: Readonly<Partial<Record<DateLanguage, NameAffix>>> = {
  km: { prefix: 'ខែ' },
  my: { suffix: 'လ' },
};

/** The day words of {@link NameAffix}, per language. */
export const WEEKDAY_NAME_AFFIXES: Readonly<Partial<Record<DateLanguage, NameAffix>>> = {
  km: { prefix: 'ថ្ងៃ' },
  my: { suffix: 'နေ့' },
  th: { prefix: 'วัน' },
};

/**
 * Years of the Buddhist era, which Thai dates write (พ.ศ. 2568 = 2025): a year of `minYear` or
 * more is read `offset` years earlier in a date whose month is named in one of `languages`,
 * or written after "พ.ศ." (patterns.ts). A Thai month with a common-era year ("23 ธันวาคม
 * 2025") keeps it.
 *
 * @example
 * BUDDHIST_ERA.offset; // 543
 */
export const BUDDHIST_ERA: { readonly languages: readonly DateLanguage[]; readonly offset: number; readonly minYear: number } = {
  languages: ['th'],
  offset: 543,
  // Buddhist-era years of plausible dates run from 2538 (1995); common-era ones stop at 2100.
  minYear: 2400,
};

/**
 * Weekday spellings the date-fns locales do not produce, Monday first. Only used to skip a
 * leading weekday ("Tues., Dec. 23, 2025").
 *
 * @example
 * EXTRA_WEEKDAY_NAMES.en[1]; // ['Tues']
 */
export const EXTRA_WEEKDAY_NAMES: Readonly<Partial<Record<DateLanguage, readonly (readonly string[])[]>>> = {
  en: [[], ['Tues'], [], ['Thur', 'Thurs'], [], [], []],
  de: [[], [], [], [], [], ['Sonnabend'], []],
  // Brazilian pages drop "-feira".
  pt: [['segunda'], ['terça'], ['quarta'], ['quinta'], ['sexta'], [], []],
  tr: [[], [], [], [], [], ['Cmt'], []],
  // Friday with the ASCII apostrophe Ukrainian keyboards type; date-fns writes "п’ятниця".
  uk: [[], [], [], [], ["п'ятниця"], [], []],
  // Punjabi (no date-fns locale): CLDR's names and abbreviations.
  pa: [['ਸੋਮਵਾਰ', 'ਸੋਮ'], ['ਮੰਗਲਵਾਰ', 'ਮੰਗਲ'], ['ਬੁੱਧਵਾਰ', 'ਬੁੱਧ'], ['ਵੀਰਵਾਰ', 'ਵੀਰ'], ['ਸ਼ੁੱਕਰਵਾਰ', 'ਸ਼ੁੱਕਰ'], ['ਸ਼ਨੀਵਾਰ', 'ਸ਼ਨੀ'], ['ਐਤਵਾਰ', 'ਐਤ']],
  // Arabic Monday and Wednesday as typed with and without the hamza.
  ar: [['الإثنين'], [], ['الاربعاء'], [], [], [], []],
  // Marathi, Burmese, Sinhala and Malayalam (no date-fns locale): CLDR's names and abbreviations.
  mr: [['सोमवार', 'सोम'], ['मंगळवार', 'मंगळ'], ['बुधवार', 'बुध'], ['गुरुवार', 'गुरु'], ['शुक्रवार', 'शुक्र'], ['शनिवार', 'शनि'], ['रविवार', 'रवि']],
  my: [['တနင်္လာ'], ['အင်္ဂါ'], ['ဗုဒ္ဓဟူး'], ['ကြာသပတေး'], ['သောကြာ'], ['စနေ'], ['တနင်္ဂနွေ']],
  si: [['සඳුදා'], ['අඟහරුවාදා', 'අඟහ'], ['බදාදා'], ['බ්\u200dරහස්පතින්දා', 'බ්\u200dරහස්'], ['සිකුරාදා', 'සිකු'], ['සෙනසුරාදා', 'සෙන'], ['ඉරිදා']],
  ml: [['തിങ്കളാഴ്ച', 'തിങ്കൾ'], ['ചൊവ്വാഴ്ച', 'ചൊവ്വ'], ['ബുധനാഴ്ച', 'ബുധൻ'], ['വ്യാഴാഴ്ച', 'വ്യാഴം'], ['വെള്ളിയാഴ്ച', 'വെള്ളി'], ['ശനിയാഴ്ച', 'ശനി'], ['ഞായറാഴ്ച', 'ഞായർ']],
};

/**
 * A zone abbreviation whose offset depends on the date: US "ET", "CT", "MT", "PT" mean the
 * standard offset in winter and the daylight one in summer (see {@link US_DST_RULES}).
 *
 * @example
 * const eastern: SeasonalZone = { standard: -300, daylight: -240 };
 */
export interface SeasonalZone {
  /** Offset east of UTC in minutes outside daylight-saving time. */
  readonly standard: number;
  /** Offset east of UTC in minutes during daylight-saving time. */
  readonly daylight: number;
}

/**
 * What a zone abbreviation stands for: a fixed offset east of UTC in minutes, or a
 * {@link SeasonalZone} resolved from the date.
 *
 * @example
 * const ist: ZoneDefinition = 330; // India, +05:30
 */
export type ZoneDefinition = number | SeasonalZone;

/**
 * Time-zone abbreviations (upper case, matched case-sensitively so that French "et" or
 * German "ist" are never read as zones) and what they stand for. Where an abbreviation is
 * ambiguous worldwide the reading most common on news pages wins: "CST" is US Central,
 * "IST" India, "BST" British Summer Time; "AST" (Atlantic or Arabia) is left out.
 *
 * @example
 * NAMED_ZONES.CEST; // 120
 * NAMED_ZONES.ET;   // { standard: -300, daylight: -240 }
 */
export const NAMED_ZONES: Readonly<Record<string, ZoneDefinition>> = {
  Z: 0,
  UT: 0,
  UTC: 0,
  GMT: 0,
  // North America
  ET: { standard: -300, daylight: -240 },
  EST: -300,
  EDT: -240,
  CT: { standard: -360, daylight: -300 },
  CST: -360,
  CDT: -300,
  MT: { standard: -420, daylight: -360 },
  MST: -420,
  MDT: -360,
  PT: { standard: -480, daylight: -420 },
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
  NST: -210,
  NDT: -150,
  // South America
  BRT: -180,
  ART: -180,
  // Europe
  WET: 0,
  WEST: 60,
  BST: 60,
  CET: 60,
  CEST: 120,
  MEZ: 60,
  MESZ: 120,
  EET: 120,
  EEST: 180,
  TRT: 180,
  MSK: 180,
  // Africa
  WAT: 60,
  CAT: 120,
  SAST: 120,
  EAT: 180,
  // Asia
  GST: 240,
  PKT: 300,
  IST: 330,
  NPT: 345,
  ICT: 420,
  WIB: 420,
  SGT: 480,
  HKT: 480,
  PHT: 480,
  AWST: 480,
  JST: 540,
  KST: 540,
  // Oceania
  ACST: 570,
  ACDT: 630,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
};

/**
 * An IANA time-zone name at the end of a date-time ("04.01.2024 10:42:15 (Europe/Moscow)",
 * vc.ru's and Osnova's `<time title>`; "2024-01-04 10:42 Asia/Tokyo"), in brackets or not:
 * an area of the tz database, a slash, a city (and a sub-city: "America/Argentina/Buenos_Aires").
 * The zone is resolved from {@link IANA_ZONES} without `Intl`, and metadata's DATE_STAMP_RE
 * accepts a stamp naming one by the same IANA_ZONE_NAME_SOURCE, so that every runtime (an
 * edge runtime or a small-ICU build included) reads it alike.
 */
export const IANA_ZONE_NAME_SOURCE = String.raw`(?:Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)\/[A-Za-z_]+(?:\/[A-Za-z_]+)?`;
export const IANA_ZONE_SUFFIX_RE = new RegExp(String.raw` ?\(?(${IANA_ZONE_NAME_SOURCE})\)?$`);

/** Which daylight-saving law a seasonal IANA zone follows: the US one ({@link US_DST_RULES}) or the EU one ({@link EU_DST}). */
export type DstLaw = 'us' | 'eu';

/**
 * What an IANA zone name stands for since `since` (a day written YYYYMMDD): a fixed offset,
 * or a {@link SeasonalZone} under a {@link DstLaw}. A date before `since` (the zone then kept
 * another offset or rule) resolves to nothing, and the time stays zone-less.
 *
 * @example
 * const moscow: IanaZone = { since: 20141026, zone: 180 };
 */
export interface IanaZone {
  readonly since: number;
  readonly zone: ZoneDefinition;
  readonly law?: DstLaw;
}

/** The US zones' daylight time (US_DST_RULES reach back to 1987). */
const US_SINCE = 19870101;
/** The EU's one summer-time rule (last Sunday of March to last Sunday of October) holds from 1996's winter. */
const EU_SINCE = 19961027;
const usZone = (standard: number): IanaZone => ({ since: US_SINCE, zone: { standard, daylight: standard + 60 }, law: 'us' });
const euZone = (standard: number, since = EU_SINCE): IanaZone => ({ since, zone: { standard, daylight: standard + 60 }, law: 'eu' });

/**
 * IANA zones that pages name in their date stamps, with the offset rule each has followed
 * since `since` (tz database). Zones with a southern or other daylight law are left out:
 * their times stay zone-less rather than take a guessed offset.
 */
export const IANA_ZONES: Readonly<Record<string, IanaZone>> = {
  'Etc/UTC': { since: 0, zone: 0 },
  'Etc/GMT': { since: 0, zone: 0 },
  // Europe: Russia's Moscow time is +03:00 all year since 26 October 2014 (vc.ru, Russian CMSs).
  'Europe/Moscow': { since: 20141026, zone: 180 },
  'Europe/Minsk': { since: 20110327, zone: 180 },
  'Europe/Istanbul': { since: 20160907, zone: 180 },
  'Europe/London': euZone(0),
  'Europe/Dublin': euZone(0),
  'Europe/Lisbon': euZone(0),
  'Europe/Berlin': euZone(60),
  'Europe/Paris': euZone(60),
  'Europe/Madrid': euZone(60),
  'Europe/Rome': euZone(60),
  'Europe/Amsterdam': euZone(60),
  'Europe/Brussels': euZone(60),
  'Europe/Vienna': euZone(60),
  'Europe/Zurich': euZone(60),
  'Europe/Prague': euZone(60),
  'Europe/Warsaw': euZone(60),
  'Europe/Budapest': euZone(60),
  'Europe/Stockholm': euZone(60),
  'Europe/Oslo': euZone(60),
  'Europe/Copenhagen': euZone(60),
  'Europe/Belgrade': euZone(60),
  'Europe/Athens': euZone(120),
  'Europe/Helsinki': euZone(120),
  'Europe/Bucharest': euZone(120),
  'Europe/Sofia': euZone(120),
  'Europe/Kiev': euZone(120),
  'Europe/Kyiv': euZone(120),
  'Europe/Riga': euZone(120, 20010101),
  'Europe/Vilnius': euZone(120, 20030101),
  'Europe/Tallinn': euZone(120, 20020101),
  // Asia: no daylight time in these since the date given.
  'Asia/Tokyo': { since: 0, zone: 540 },
  'Asia/Seoul': { since: 19890101, zone: 540 },
  'Asia/Shanghai': { since: 19920101, zone: 480 },
  'Asia/Hong_Kong': { since: 0, zone: 480 },
  'Asia/Taipei': { since: 0, zone: 480 },
  'Asia/Singapore': { since: 0, zone: 480 },
  'Asia/Kuala_Lumpur': { since: 0, zone: 480 },
  'Asia/Manila': { since: 0, zone: 480 },
  'Asia/Jakarta': { since: 0, zone: 420 },
  'Asia/Bangkok': { since: 0, zone: 420 },
  'Asia/Ho_Chi_Minh': { since: 0, zone: 420 },
  'Asia/Kolkata': { since: 0, zone: 330 },
  'Asia/Calcutta': { since: 0, zone: 330 },
  'Asia/Kathmandu': { since: 19860101, zone: 345 },
  'Asia/Karachi': { since: 20091101, zone: 300 },
  'Asia/Tashkent': { since: 19920101, zone: 300 },
  'Asia/Dubai': { since: 0, zone: 240 },
  'Asia/Tbilisi': { since: 20050327, zone: 240 },
  'Asia/Riyadh': { since: 0, zone: 180 },
  // America: the US law, and zones without daylight time since the date given.
  'America/New_York': usZone(-300),
  'America/Detroit': usZone(-300),
  'America/Toronto': usZone(-300),
  'America/Chicago': usZone(-360),
  'America/Denver': usZone(-420),
  'America/Los_Angeles': usZone(-480),
  'America/Vancouver': usZone(-480),
  'America/Anchorage': usZone(-540),
  'America/Phoenix': { since: 0, zone: -420 },
  'America/Bogota': { since: 19940101, zone: -300 },
  'America/Lima': { since: 19950101, zone: -300 },
  'America/Sao_Paulo': { since: 20190217, zone: -180 },
  'America/Argentina/Buenos_Aires': { since: 20090315, zone: -180 },
  'America/Mexico_City': { since: 20221030, zone: -360 },
  // Africa, Oceania
  'Africa/Johannesburg': { since: 0, zone: 120 },
  'Africa/Lagos': { since: 0, zone: 60 },
  'Africa/Nairobi': { since: 0, zone: 180 },
  'Australia/Brisbane': { since: 19930101, zone: 600 },
  'Australia/Perth': { since: 20090329, zone: 480 },
  'Pacific/Honolulu': { since: 0, zone: -600 },
};

/**
 * The EU summer time: from the last Sunday of March to the last Sunday of October, both
 * switching at 01:00 UTC.
 */
export const EU_DST = { startMonth: 3, endMonth: 10, utcHour: 1 } as const;

/**
 * One period of US daylight-saving law: from `fromYear` on, DST starts on the
 * `start.sunday`-th Sunday of `start.month` and ends on the `end.sunday`-th Sunday of
 * `end.month` (`-1` = last Sunday), both at {@link US_DST_TRANSITION_HOUR} local time.
 *
 * @example
 * const rule: UsDstRule = { fromYear: 2007, start: { month: 3, sunday: 2 }, end: { month: 11, sunday: 1 } };
 */
export interface UsDstRule {
  /** First year the rule applies to. */
  readonly fromYear: number;
  /** Month (1–12) and Sunday ordinal on which daylight time begins. */
  readonly start: { readonly month: number; readonly sunday: number };
  /** Month (1–12) and Sunday ordinal (`-1` = last) on which daylight time ends. */
  readonly end: { readonly month: number; readonly sunday: number };
}

/**
 * US daylight-saving rules, newest first: the Energy Policy Act of 2005 rule (second Sunday
 * of March to first Sunday of November, since 2007) and the 1987–2006 rule (first Sunday of
 * April to last Sunday of October), which covers every plausible year before 2007.
 *
 * @example
 * US_DST_RULES[0]?.fromYear; // 2007
 */
export const US_DST_RULES: readonly UsDstRule[] = [
  { fromYear: 2007, start: { month: 3, sunday: 2 }, end: { month: 11, sunday: 1 } },
  { fromYear: 1987, start: { month: 4, sunday: 1 }, end: { month: 10, sunday: -1 } },
];

/**
 * Local hour at which US clocks change, both in spring and in autumn. A wall time in the
 * repeated autumn hour (1:00–1:59) is read as daylight time, the first of the two.
 *
 * @example
 * US_DST_TRANSITION_HOUR; // 2
 */
export const US_DST_TRANSITION_HOUR = 2;

/**
 * Markers of the afternoon / morning written before a CJK time ("午後3時", "下午3:09",
 * "오후 3:09"), mapped to `'pm'` or `'am'`.
 *
 * @example
 * CJK_MERIDIEMS['午後']; // 'pm'
 */
export const CJK_MERIDIEMS: Readonly<Record<string, 'am' | 'pm'>> = {
  午前: 'am',
  午後: 'pm',
  上午: 'am',
  下午: 'pm',
  오전: 'am',
  오후: 'pm',
};

/**
 * Markers of the afternoon / morning written after a 12-hour clock in other scripts than
 * Latin ("03:09 م", "03:09 ප.ව.", "៣:០៩ រសៀល"), mapped to `'pm'` or `'am'`; matched as
 * whole words, exactly as listed. Markers of a time of day that spans noon or midnight
 * (Arabic "ظهراً", Khmer "យប់") are left out: they say neither.
 *
 * @example
 * NATIVE_MERIDIEMS['م']; // 'pm'
 */
export const NATIVE_MERIDIEMS: Readonly<Record<string, 'am' | 'pm'>> = {
  // Arabic: the letters Egyptian, Levantine and Gulf sites print after a clock ("03:09 م",
  // the first letters of مساءً "evening" and صباحاً "morning"), and the words spelled out, with
  // and without the tanwin.
  م: 'pm',
  ص: 'am',
  مساءً: 'pm',
  مساءا: 'pm',
  مساء: 'pm',
  صباحاً: 'am',
  صباحًا: 'am',
  صباحا: 'am',
  // Sinhala: "ප.ව." (පස්වරු, afternoon) and "පෙ.ව." (පෙරවරු, forenoon), and the words.
  'ප.ව.': 'pm',
  'පෙ.ව.': 'am',
  පස්වරු: 'pm',
  පෙරවරු: 'am',
  // Khmer: ព្រឹក morning, រសៀល afternoon, ល្ងាច evening (date-fns' km writes ព្រឹក / ល្ងាច).
  ព្រឹក: 'am',
  រសៀល: 'pm',
  ល្ងាច: 'pm',
};

/**
 * The zero of each set of decimal digits a date line may be written in, read as ASCII digits
 * by the date grammars (find-dates.ts, `latinDigits`): each set is ten code points in a row,
 * zero first. Only digits: a script's letters and words stay as written.
 *
 * @example
 * NATIVE_DIGIT_ZEROS.includes(0x0966); // true: Devanagari "२३" reads as "23"
 */
export const NATIVE_DIGIT_ZEROS: readonly number[] = [
  0x0660, // Arabic-Indic "٢٣" (Egypt, the Levant, the Gulf)
  0x06f0, // Extended Arabic-Indic "۲۳" (Persian, Urdu, Pashto)
  0x0966, // Devanagari "२३" (Marathi, Hindi, Nepali papers)
  0x09e6, // Bengali "২৩" (Bangladesh, West Bengal, Assam)
  0x0a66, // Gurmukhi "੨੩" (Punjabi)
  0x0ae6, // Gujarati "૨૩"
  0x0b66, // Odia "୨୩"
  0x0be6, // Tamil "௨௩"
  0x0c66, // Telugu "౨౩"
  0x0ce6, // Kannada "೨೩"
  0x0d66, // Malayalam "൨൩"
  0x0de6, // Sinhala Lith "෨෩"
  0x0e50, // Thai "๒๓" (official and royal-gazette style pages)
  0x0ed0, // Lao "໒໓"
  0x0f20, // Tibetan "༢༣"
  0x1040, // Myanmar "၂၃" (Burmese papers write dates only so)
  0x17e0, // Khmer "២៣" (Cambodian papers write dates only so)
  0x1810, // Mongolian script "᠒᠓" (Inner Mongolia)
  0xff10, // Fullwidth "２３" (Japanese and Chinese typesetting)
];

/**
 * Earliest year accepted as a publication date: news sites barely existed before 1995, so
 * anything earlier is an epoch default ("1970-01-01"), a birth date or a misparse.
 *
 * @example
 * MIN_PLAUSIBLE_YEAR; // 1995
 */
export const MIN_PLAUSIBLE_YEAR = 1995;

/**
 * Latest year accepted: later years are typos, expiry dates or misread numbers.
 *
 * @example
 * MAX_PLAUSIBLE_YEAR; // 2100
 */
export const MAX_PLAUSIBLE_YEAR = 2100;

/**
 * Largest zone offset accepted, in minutes (UTC+14:00, Line Islands; the most negative real
 * offset is −12:00, so ±14:00 bounds both sides).
 *
 * @example
 * MAX_OFFSET_MINUTES; // 840
 */
export const MAX_OFFSET_MINUTES = 14 * 60;

/**
 * Longest string `parseDate` looks at. The longest supported form ("Wednesday,
 * September 23, 2025 at 11:09:59 p.m. AEDT") is under 60 characters; a longer input is a
 * sentence, not a date, and is rejected before any pattern runs.
 *
 * @example
 * MAX_DATE_STRING_LENGTH; // 120
 */
export const MAX_DATE_STRING_LENGTH = 120;

/**
 * Epoch values below this are seconds, at or above it milliseconds. 1e11 seconds is the
 * year 5138 and 1e11 milliseconds is 1973, so the plausible ranges (1995–2100) of the two
 * units never meet.
 *
 * @example
 * EPOCH_MILLISECONDS_THRESHOLD; // 100_000_000_000
 */
export const EPOCH_MILLISECONDS_THRESHOLD = 100_000_000_000;

/**
 * Words that say a number of units lies in the past, written before the number: German
 * "vor 3 Stunden", French "il y a 3 heures", Spanish "hace 3 horas", Portuguese "há 3 horas".
 * Relative dates are only read when the caller gives `options.now`.
 *
 * @example
 * RELATIVE_PAST_BEFORE.includes('vor'); // true
 */
export const RELATIVE_PAST_BEFORE: readonly string[] = ['vor', 'il y a', 'hace', 'há'];

/**
 * …and after it: "3 hours ago", Italian "3 ore fa", Portuguese "3 horas atrás", Dutch
 * "3 uur geleden", Turkish "3 saat önce", Russian "3 часа назад".
 *
 * @example
 * RELATIVE_PAST_AFTER.includes('önce'); // true
 */
export const RELATIVE_PAST_AFTER: readonly string[] = ['ago', 'fa', 'atrás', 'geleden', 'önce', 'назад'];

/**
 * Words used instead of the number "one" before a unit: "an hour ago", "vor einer Stunde",
 * "il y a une heure", "hace un día", "bir saat önce".
 *
 * @example
 * RELATIVE_ONE_WORDS.has('einer'); // true
 */
export const RELATIVE_ONE_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'one', 'ein', 'eine', 'einer', 'einem', 'un', 'une', 'una', 'uno', 'um', 'uma', 'een', 'bir', 'один', 'одна', 'одну',
]);

/** A unit of a relative date: minutes and hours give a time, days and weeks only a day. */
export type RelativeUnit = 'minute' | 'hour' | 'day' | 'week';

/**
 * Unit words in en, de, fr, es, it, pt, nl, tr and ru, singular and plural (Russian in its three number
 * forms), lower case. Months and years are left out: "2 months ago" does not name a day.
 *
 * @example
 * RELATIVE_UNITS.get('stunden'); // 'hour'
 */
export const RELATIVE_UNITS: ReadonlyMap<string, RelativeUnit> = new Map<string, RelativeUnit>([
  ...['minute', 'minutes', 'min', 'mins', 'minuten', 'minuti', 'minuto', 'minutos', 'dakika', 'минуту', 'минуты', 'минут'].map((w) => [w, 'minute'] as const),
  ...['hour', 'hours', 'hr', 'hrs', 'stunde', 'stunden', 'heure', 'heures', 'hora', 'horas', 'ora', 'ore', 'uur', 'saat', 'час', 'часа', 'часов'].map((w) => [w, 'hour'] as const),
  ...['day', 'days', 'tag', 'tagen', 'jour', 'jours', 'día', 'días', 'dia', 'dias', 'giorno', 'giorni', 'dag', 'dagen', 'gün', 'день', 'дня', 'дней'].map((w) => [w, 'day'] as const),
  ...['week', 'weeks', 'woche', 'wochen', 'semaine', 'semaines', 'semana', 'semanas', 'settimana', 'settimane', 'weken', 'hafta', 'неделю', 'недели', 'недель'].map((w) => [w, 'week'] as const),
]);

/**
 * Words for "yesterday" (−1) and "today" (0), lower case. "Today" counts only before a
 * clock time ("today at 3:09 PM", "heute, 15:09 Uhr"), so that a name such as "USA Today"
 * in a byline is never read as a date.
 *
 * @example
 * RELATIVE_DAY_WORDS.get('gestern'); // -1
 */
export const RELATIVE_DAY_WORDS: ReadonlyMap<string, number> = new Map([
  ['yesterday', -1], ['gestern', -1], ['hier', -1], ['ayer', -1], ['ieri', -1], ['ontem', -1], ['gisteren', -1], ['dün', -1], ['вчера', -1],
  ['today', 0], ['heute', 0], ["aujourd'hui", 0], ['aujourd’hui', 0], ['hoy', 0], ['oggi', 0], ['hoje', 0], ['vandaag', 0], ['bugün', 0], ['сегодня', 0],
]);

/** How many units a relative date may count back before it stops naming a plausible day. */
export const MAX_RELATIVE_COUNT = 999;

/**
 * How far after `options.now` a timestamp may lie and still be plausible: a day, for
 * clocks that are off and for pages dated in a zone ahead of the caller's.
 *
 * @example
 * MAX_FUTURE_MS; // 86_400_000
 */
export const MAX_FUTURE_MS = 24 * 60 * 60 * 1000;

/**
 * Offsets a zone-less date line may reveal for a UTC value (see resolve-timestamps'
 * localOffset): those the world's inhabited zones use, in minutes: whole hours from −11:00
 * to +14:00, and the half and three-quarter hours of India, Iran, Afghanistan, Myanmar,
 * Nepal, Newfoundland, South and central Australia, the Marquesas and the Chathams. Any other
 * gap ("+00:15", or "−12:00" from a clock that lost its "pm") is another moment.
 */
export const LOCAL_OFFSETS: ReadonlySet<number> = new Set([
  ...Array.from({ length: 26 }, (_, i) => (i - 11) * 60),
  -570, -210, -150, 210, 270, 330, 390, 570, 630, 345, 525, 765, 825,
]);

/**
 * A zone-less or date-only value is compared with `options.now` as if written in UTC, with
 * this much more slack: the widest UTC offset (+14:00), since its real zone is unknown.
 *
 * @example
 * ZONELESS_SLACK_MS; // 50_400_000
 */
export const ZONELESS_SLACK_MS = MAX_OFFSET_MINUTES * 60 * 1000;

/**
 * How many words a line above the headline may hold beside its date to be read as the
 * story's date when the page gives no other (TimestampInput.headerLines): "Issue 47 ·
 * December 23, 2025" has two; a sentence that mentions a date has more.
 */
export const MAX_HEADER_LINE_OTHER_WORDS = 3;

/**
 * How many words the line right after a plain byline may hold beside its date to be read as
 * the story's date when the page gives no other (TimestampInput.bylineDateLines): none. A
 * hand-written page's "by Doris Pruitt<BR>December 21, 1999" dates the story; a line there
 * that says more ("Photo taken December 21, 1999") is not a date line.
 */
export const MAX_BYLINE_DATE_LINE_OTHER_WORDS = 0;
