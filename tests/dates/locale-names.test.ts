/**
 * src/dates/locale-names.ts is generated from the installed date-fns' locales: it must still
 * be what they give, so a date-fns upgrade that renames a month shows here, not on pages.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALE_NAMES } from '../../src/dates/locale-names';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../src/dates/names';
import { REPO_ROOT } from '../support/fixtures';

describe('locale-names.ts, generated from date-fns', () => {
  it('matches what the installed date-fns locales give', () => {
    const out = execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'date-locale-names.mjs'), '--check'], { encoding: 'utf8' });
    expect(out).toMatch(/matches date-fns [\d.]+ \(40 locales\)/);
  });

  it('holds every width and context: Russian genitive and nominative, Turkish full and short', () => {
    expect(LOCALE_NAMES.ru?.months[11]).toEqual(expect.arrayContaining(['декабря', 'декабрь', 'дек.']));
    expect(LOCALE_NAMES.tr?.months[11]).toEqual(['Aralık', 'Ara']);
    // date-fns counts weekdays from Sunday; the name tables from Monday.
    expect(LOCALE_NAMES.de?.days[0]).toContain('Sonntag');
    expect(WEEKDAY_NAMES.de[0]).toContain('Montag');
    expect(WEEKDAY_NAMES.de[6]).toContain('Sonntag');
    expect(MONTH_NAMES.en[8]).toEqual(expect.arrayContaining(['September', 'Sep', 'Sept']));
  });
});
