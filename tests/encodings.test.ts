/**
 * Byte input in every encoding the web still serves: each headline must come back exactly,
 * whichever way the encoding is declared, and a declaration that lies must be caught.
 * iconv-lite encodes the pages (TextEncoder only writes UTF-8); the library decodes them with
 * the runtime's TextDecoder.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src';
import { chooseEncoding, decodeHtml, scanUtf8 } from '../src/parse/decode';
import { decodeEucKrFallback, nativeEucKrIsConforming } from '../src/parse/euc-kr';
import { decodeBig5Fallback, nativeBig5IsConforming } from '../src/parse/big5';
import { createMultibyteDecoder } from '@exodus/bytes/multi-byte.js';
import fc from 'fast-check';

const HEADLINES = {
  turkish: "Başkan Erdoğan İzmir'de çiftçilerle görüştü",
  russian: 'Москва готовится к снегопаду: дороги обработают ночью',
  japanese: '東京で初雪、平年より十日早く観測',
  korean: '서울에 첫눈, 평년보다 열흘 빨라',
} as const;
type Language = keyof typeof HEADLINES;
const LANG_TAG: Record<Language, string> = { turkish: 'tr', russian: 'ru', japanese: 'ja', korean: 'ko' };

/** The legacy encodings and the headlines each can write (checked by a round trip below). */
const LEGACY: ReadonlyArray<[encoding: string, languages: Language[]]> = [
  ['windows-1251', ['russian']],
  ['iso-8859-9', ['turkish']],
  ['windows-1254', ['turkish']],
  ['shift_jis', ['japanese']],
  ['gb18030', ['turkish', 'russian', 'japanese']],
  // EUC-KR has kana but only traditional hanja (觀, not the Japanese 観), so it carries the
  // Russian headline and a Korean one.
  ['euc-kr', ['russian', 'korean']],
];

type Declaration = 'meta charset' | 'http-equiv' | 'contentType';

function page(headline: string, head = ''): string {
  return `<!doctype html><html><head>${head}<title>${headline}</title></head><body><article><h1>${headline}</h1><p>${headline}.</p></article></body></html>`;
}

function encode(text: string, encoding: string): Uint8Array {
  return new Uint8Array(iconv.encode(text, encoding));
}

function declared(headline: string, encoding: string, how: Declaration): { bytes: Uint8Array; contentType?: string } {
  if (how === 'meta charset') return { bytes: encode(page(headline, `<meta charset="${encoding}">`), encoding) };
  if (how === 'http-equiv') {
    const meta = `<meta http-equiv="Content-Type" content="text/html; charset=${encoding}">`;
    return { bytes: encode(page(headline, meta), encoding) };
  }
  return { bytes: encode(page(headline), encoding), contentType: `text/html; charset=${encoding.toUpperCase()}` };
}

describe('legacy encodings, declared three ways', () => {
  for (const [encoding, languages] of LEGACY) {
    for (const language of languages) {
      const headline = HEADLINES[language];
      it(`${encoding} can write the ${language} headline (iconv round trip)`, () => {
        expect(iconv.decode(Buffer.from(encode(headline, encoding)), encoding)).toBe(headline);
      });
      for (const how of ['meta charset', 'http-equiv', 'contentType'] as const) {
        it(`${language} in ${encoding} by ${how}`, () => {
          const { bytes, contentType } = declared(headline, encoding, how);
          expect(parseArticle(bytes, contentType ? { contentType } : undefined).headline).toBe(headline);
        });
      }
    }
  }
});

describe('Unicode encodings', () => {
  for (const [language, headline] of Object.entries(HEADLINES)) {
    it(`${language} in UTF-8 without a BOM or declaration`, () => {
      expect(parseArticle(new TextEncoder().encode(page(headline))).headline).toBe(headline);
    });
    it(`${language} in UTF-8 with a BOM`, () => {
      const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(page(headline))]);
      expect(parseArticle(bytes).headline).toBe(headline);
    });
    it(`${language} in UTF-16LE with a BOM`, () => {
      expect(parseArticle(encode(`\ufeff${page(headline)}`, 'utf-16le')).headline).toBe(headline);
    });
    it(`${language} in UTF-16BE with a BOM`, () => {
      expect(parseArticle(encode(`\ufeff${page(headline)}`, 'utf-16be')).headline).toBe(headline);
    });
  }
});

describe('precedence: BOM > transport > meta > XML declaration > fallback', () => {
  const russian = HEADLINES.russian;

  it('a BOM beats a contradicting contentType and meta', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(page(russian, '<meta charset="koi8-r">'))]);
    expect(parseArticle(bytes, { contentType: 'text/html; charset=windows-1251' }).headline).toBe(russian);
  });

  it('contentType beats a contradicting meta', () => {
    const bytes = encode(page(russian, '<meta charset="koi8-r">'), 'windows-1251');
    expect(parseArticle(bytes, { contentType: 'text/html; charset=windows-1251' }).headline).toBe(russian);
  });

  it('a contentType without charset or with an unknown label leaves the meta in charge', () => {
    const bytes = encode(page(russian, '<meta charset="windows-1251">'), 'windows-1251');
    expect(parseArticle(bytes, { contentType: 'text/html' }).headline).toBe(russian);
    expect(parseArticle(bytes, { contentType: 'text/html; charset=x-no-such' }).headline).toBe(russian);
  });

  it('a quoted charset parameter is read', () => {
    const bytes = encode(page(HEADLINES.japanese), 'shift_jis');
    expect(parseArticle(bytes, { contentType: 'text/html; charset="Shift_JIS"' }).headline).toBe(HEADLINES.japanese);
  });

  it('a commented-out meta declaration is not a declaration', () => {
    const bytes = encode(page(russian, '<!-- <meta charset="koi8-r"> --><meta charset="windows-1251">'), 'windows-1251');
    expect(parseArticle(bytes).headline).toBe(russian);
  });

  it('contentType is ignored for string input', () => {
    expect(parseArticle(page(russian), { contentType: 'text/html; charset=shift_jis' }).headline).toBe(russian);
  });
});

describe('declarations past the 1024-byte prescan', () => {
  // ś, ą, Ź and „” differ between windows-1250 and ISO-8859-2 (the fallback <html lang=pl> suggests).
  const polish = 'Źle zabezpieczona ślizgawka? Mieszkańcy skarżą się „na lód”';
  const longHead = `<meta name="keywords" content="${'lodowisko, ślizgawka, '.repeat(60)}"><script>var gemius = "<meta charset=utf-8>";</script>`;
  const CP1250 = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1250">';
  const polishPage = (head: string, body = '', start = '<!doctype html><html lang="pl">'): Uint8Array =>
    encode(`${start}<head><title>${polish}</title>${head}</head><body>${body}<h1>${polish}</h1><p>${polish}.</p></body></html>`, 'windows-1250');

  it('a charset <meta> later in the head is followed when the first 1024 bytes declare nothing', () => {
    const bytes = polishPage(`${longHead}<link rel="stylesheet" href="/a.css">${CP1250}<style>p { color: red }</style>`);
    expect(new TextDecoder('latin1').decode(bytes).indexOf(CP1250)).toBeGreaterThan(1024);
    expect(chooseEncoding(bytes)).toBe('windows-1250');
    expect(parseArticle(bytes).headline).toBe(polish);
  });

  it('the head ends at </head>, <body> or any tag that does not belong in a head', () => {
    for (const bytes of [
      polishPage(longHead, CP1250),
      encode(`<html lang="pl"><head><title>${polish}</title>${longHead}<body>${CP1250}<h1>${polish}</h1>`, 'windows-1250'),
      encode(`<html lang="pl"><head><title>${polish}</title>${longHead}<div>x</div>${CP1250}<h1>${polish}</h1>`, 'windows-1250'),
    ]) {
      expect(chooseEncoding(bytes)).toBe('iso-8859-2');
    }
  });

  it('a <meta> written inside a script, a title or a comment of the head declares nothing', () => {
    const hidden = '<script>document.write(\'<meta charset="windows-1250">\');</script><!-- <meta charset="windows-1250"> -->';
    expect(chooseEncoding(polishPage(`${longHead}${hidden}`))).toBe('iso-8859-2');
  });

  it('the prescan\'s own declaration wins over a later one, and the scan stops after 64 KB of head', () => {
    expect(chooseEncoding(polishPage(`<meta charset="iso-8859-2">${longHead}${CP1250}`))).toBe('iso-8859-2');
    const huge = `<style>${'p{}'.repeat(22_000)}</style>`;
    expect(chooseEncoding(polishPage(`${longHead}${huge}${CP1250}`))).toBe('iso-8859-2');
  });

  it('an XML declaration at the very start names the encoding when no <meta> does, and a <meta> outranks it', () => {
    const xml = '<?xml version="1.0" encoding="windows-1250"?>';
    const bytes = polishPage(longHead, '', `${xml}<!DOCTYPE html><html lang="pl">`);
    expect(chooseEncoding(bytes)).toBe('windows-1250');
    expect(parseArticle(bytes).headline).toBe(polish);
    expect(chooseEncoding(polishPage(`${longHead}<meta charset="iso-8859-2">`, '', `${xml}<html lang="pl">`))).toBe('iso-8859-2');
    // Not at the start: not read (a browser's quirk covers only a document that opens with it).
    expect(chooseEncoding(polishPage(longHead, '', `<!DOCTYPE html>${xml}<html lang="pl">`))).toBe('iso-8859-2');
  });

  it('UTF-8 bytes declared in a legacy encoding late in the head or by an XML declaration are read as UTF-8', () => {
    const head = `<title>${polish}</title>${'<meta name="x" content="y">'.repeat(40)}${CP1250}`;
    expect(chooseEncoding(new TextEncoder().encode(`<html><head>${head}</head><body><p>${polish}</p>`))).toBe('utf-8');
    expect(chooseEncoding(new TextEncoder().encode(`<?xml version="1.0" encoding="windows-1250"?><html><p>${polish}</p>`))).toBe('utf-8');
  });
});

describe('EUC-KR as the Encoding Standard reads it (windows-949)', () => {
  // 똠 and 햏 are outside KS X 1001: windows-949 (the standard's EUC-KR) has them, strict EUC-KR does not.
  const headline = '주문진 똠방네 횟집, 햏 € ® 간판';
  const pairOf = (syllable: string) => [...iconv.encode(syllable, 'cp949')];

  it('reads the syllables of the windows-949 extension, and the grid cells strict tables lack, on any runtime', () => {
    const bytes = encode(page(headline, '<meta charset="euc-kr">'), 'cp949');
    expect(pairOf('똠')).toEqual([0x8c, 0x63]);
    expect(parseArticle(bytes).headline).toBe(headline);
    expect(decodeHtml(bytes)).not.toContain('\u008c');
  });

  it('Node\'s own TextDecoder (ICU) is the strict one: the fallback is what reads 똠 there', () => {
    const native = new TextDecoder('euc-kr').decode(new Uint8Array([0x8c, 0x63]));
    expect(nativeEucKrIsConforming()).toBe(native === '똠');
    if (typeof process !== 'undefined' && process.versions?.node && native !== '똠') expect(native).toBe('\u008cc');
    expect(decodeEucKrFallback(new Uint8Array([0x8c, 0x63]))).toBe('똠');
  });

  it('the fallback gives every extension pair and every KS X 1001 syllable as a windows-949 table does', () => {
    const pairs: number[] = [];
    // The extension: leads 0x81–0xC6, trails 0x41–0x5A, 0x61–0x7A, 0x81–0xFE (only to 0xA0 from lead 0xA1), ending at 0xC652.
    for (let lead = 0x81; lead <= 0xc6; lead++) {
      for (let trail = 0x41; trail <= (lead <= 0xa0 ? 0xfe : 0xa0); trail++) {
        if ((trail > 0x5a && trail < 0x61) || (trail > 0x7a && trail < 0x81)) continue;
        if (lead === 0xc6 && trail > 0x52) break;
        pairs.push(lead, trail);
      }
    }
    // KS X 1001's Hangul rows.
    for (let lead = 0xb0; lead <= 0xc8; lead++) for (let trail = 0xa1; trail <= 0xfe; trail++) pairs.push(lead, trail);
    const bytes = new Uint8Array(pairs);
    const decoded = decodeEucKrFallback(bytes);
    expect(decoded).toBe(iconv.decode(Buffer.from(bytes), 'cp949'));
    expect(new Set(decoded).size).toBe(8822 + 2350); // every modern Hangul syllable, once
    expect([...decoded].every((c) => c >= '\uac00' && c <= '\ud7a3')).toBe(true);
  });

  it('the fallback reads errors as the standard does: U+FFFD, an ASCII byte after a lead kept, a cut pair held back when streaming', () => {
    expect(decodeEucKrFallback(new Uint8Array([0x41, 0x80, 0x42, 0xc7, 0x41, 0xff, 0x43]))).toBe('A\ufffdB\ufffdA\ufffdC');
    expect(decodeEucKrFallback(new Uint8Array([0xc9, 0xa1, 0xb0, 0xa1]))).toBe('\ufffd가');
    expect(decodeEucKrFallback(new Uint8Array([0xb0, 0xa1, 0x8c]))).toBe('가\ufffd');
    expect(decodeEucKrFallback(new Uint8Array([0xb0, 0xa1, 0x8c]), true)).toBe('가');
  });

  it('the cp949 label, which Node\'s TextDecoder lacks, names EUC-KR', () => {
    expect(chooseEncoding(encode(page(headline, '<meta charset="cp949">'), 'cp949'))).toBe('euc-kr');
    expect(parseArticle(encode(page(headline), 'cp949'), { contentType: 'text/html; charset=CP949' }).headline).toBe(headline);
  });
});

describe('Big5 as the Encoding Standard reads it (with HKSCS)', () => {
  // A Hong Kong headline: 嘅 喺 冇 are HKSCS cells (leads 0x87–0xA0), 𨋢 one beyond the BMP.
  const headline = '深水埗唐樓冇𨋢 街坊：喺度住咗廿年嘅屋企';
  // The reference: @exodus/bytes decodes by the standard's own index tables.
  const reference = createMultibyteDecoder('big5', true);
  const big5Bytes = (text: string): Uint8Array => new Uint8Array(iconv.encode(text, 'big5hkscs'));

  it('reads a page\'s Cantonese characters on any runtime, declared big5 or big5-hkscs', () => {
    for (const label of ['big5', 'big5-hkscs']) {
      const bytes = big5Bytes(page(headline, `<meta charset="${label}">`));
      expect(reference(bytes)).toContain(headline);
      const article = parseArticle(bytes);
      expect(article.headline).toBe(headline);
      expect(article.text).not.toMatch(/[\ue000-\uf8ff]/);
    }
  });

  it('Node\'s own TextDecoder (ICU) reads HKSCS as private-use characters: the fallback is what reads 䏰 there', () => {
    const native = new TextDecoder('big5').decode(new Uint8Array([0x87, 0x40]));
    expect(nativeBig5IsConforming()).toBe(native === '䏰');
    if (typeof process !== 'undefined' && process.versions?.node && native !== '䏰') expect(native).toMatch(/^[\ue000-\uf8ff]$/);
    expect(decodeBig5Fallback(new Uint8Array([0x87, 0x40]))).toBe('䏰');
  });

  it('the fallback gives every byte pair as the standard does, the four letter-and-mark cells included', () => {
    for (let lead = 0x80; lead <= 0xff; lead++) {
      const pairs: number[] = [];
      for (let trail = 0; trail <= 0xff; trail++) pairs.push(lead, trail, 0x20);
      const bytes = new Uint8Array(pairs);
      expect(decodeBig5Fallback(bytes), `lead 0x${lead.toString(16)}`).toBe(reference(bytes));
    }
    expect(decodeBig5Fallback(new Uint8Array([0x88, 0x62, 0x88, 0xa5]))).toBe('Ê\u0304ê\u030c');
  });

  it('the fallback agrees with the standard on any byte string, and holds a cut pair back when streaming', () => {
    const byte = fc.oneof(fc.integer({ min: 0, max: 0xff }), fc.integer({ min: 0x81, max: 0xa0 }), fc.integer({ min: 0xa1, max: 0xfe }), fc.constantFrom(0x40, 0x7e, 0x7f, 0x80, 0xff));
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 40 }), (list) => {
        const bytes = new Uint8Array(list);
        return decodeBig5Fallback(bytes) === reference(bytes);
      }),
      { numRuns: 5000 },
    );
    expect(decodeBig5Fallback(new Uint8Array([0xa4, 0x40, 0x87]))).toBe('一\ufffd');
    expect(decodeBig5Fallback(new Uint8Array([0xa4, 0x40, 0x87]), true)).toBe('一');
  });
});

describe('windows-1258 is read composed', () => {
  it('Vietnamese tone marks the encoding writes as combining characters come out as the composed letters (NFC)', () => {
    const headline = 'Người Việt ở Little Saigon đón Tết sớm';
    // As the encoding writes it: each letter's tone mark (grave, acute, tilde, hook, dot below)
    // as a combining character after the letter, which keeps its own circumflex, breve or horn.
    const TONE_RE = /[\u0300\u0301\u0303\u0309\u0323]/;
    const cp1258Form = (text: string): string =>
      (text.normalize('NFD').match(/\P{M}\p{M}*/gu) ?? [])
        .map((g) => [...g].filter((c) => !TONE_RE.test(c)).join('').normalize('NFC') + [...g].filter((c) => TONE_RE.test(c)).join(''))
        .join('');
    const bytes = new Uint8Array(iconv.encode(cp1258Form(page(headline, '<meta charset="windows-1258">')), 'windows-1258'));
    expect(bytes).not.toContain(0x3f); // no "?" for a letter the encoding lacks
    // The bytes really hold combining marks: the runtime's decoder gives the decomposed text.
    expect(new TextDecoder('windows-1258').decode(bytes)).not.toContain(headline);
    expect(decodeHtml(bytes)).toContain(headline);
    expect(parseArticle(bytes).headline).toBe(headline);
  });
});

describe('declarations that lie', () => {
  it('UTF-8 bytes declared windows-1251 are read as UTF-8', () => {
    const bytes = new TextEncoder().encode(page(HEADLINES.russian, '<meta charset="windows-1251">'));
    expect(parseArticle(bytes).headline).toBe(HEADLINES.russian);
  });

  it('UTF-8 bytes declared Shift_JIS by the transport are read as UTF-8', () => {
    const bytes = new TextEncoder().encode(page(HEADLINES.japanese));
    expect(parseArticle(bytes, { contentType: 'text/html; charset=shift_jis' }).headline).toBe(HEADLINES.japanese);
  });

  it('UTF-8 bytes declared iso-8859-1 by the transport are read as UTF-8', () => {
    const bytes = new TextEncoder().encode(page(HEADLINES.turkish));
    expect(parseArticle(bytes, { contentType: 'text/html; charset=iso-8859-1' }).headline).toBe(HEADLINES.turkish);
  });

  it('windows-1252 bytes declared UTF-8 are read as windows-1252', () => {
    const headline = 'Café “crème” à Zürich coûte 5 €';
    const bytes = encode(page(headline, '<meta charset="utf-8">'), 'windows-1252');
    expect(parseArticle(bytes).headline).toBe(headline);
  });

  it.each([
    ['russian', 'windows-1251'],
    ['turkish', 'windows-1254'],
    ['japanese', 'shift_jis'],
    ['korean', 'euc-kr'],
  ] as const)('%s bytes in %s declared UTF-8 are read in the encoding its <html lang> suggests', (language, encoding) => {
    const headline = HEADLINES[language];
    const html = page(headline, '<meta charset="utf-8">').replace('<html>', `<html lang="${LANG_TAG[language]}">`);
    expect(parseArticle(encode(html, encoding)).headline).toBe(headline);
  });

  it('undeclared windows-1251 bytes with <html lang=ru> are read as windows-1251', () => {
    const html = page(HEADLINES.russian).replace('<html>', '<html lang="ru-RU">');
    expect(parseArticle(encode(html, 'windows-1251')).headline).toBe(HEADLINES.russian);
  });

  it('a stray invalid byte in a UTF-8 page stays UTF-8 with one U+FFFD', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('<p>Zürich '), 0xff, ...new TextEncoder().encode(' Genève</p>')]);
    expect(decodeHtml(bytes)).toBe('<p>Zürich \ufffd Genève</p>');
  });
});

describe('decode internals', () => {
  it('scanUtf8 counts well-formed multi-byte sequences and malformed bytes', () => {
    expect(scanUtf8(new TextEncoder().encode('aé東😀'))).toEqual({ multiByte: 3, invalid: 0 });
    expect(scanUtf8(new Uint8Array([0xc0, 0xaf, 0xed, 0xa0, 0x80]))).toEqual({ multiByte: 0, invalid: 5 });
  });

  it('scanUtf8 does not count an incomplete sequence at the end', () => {
    expect(scanUtf8(new Uint8Array([0x61, 0xe6, 0x9d]))).toEqual({ multiByte: 0, invalid: 0 });
  });

  it('chooseEncoding names what it chose', () => {
    expect(chooseEncoding(new TextEncoder().encode('<p>plain ascii</p>'))).toBe('utf-8');
    expect(chooseEncoding(encode('<p>café</p>', 'windows-1252'))).toBe('windows-1252');
    expect(chooseEncoding(new Uint8Array([0xff, 0xfe, 0x3c, 0x00]), 'text/html; charset=utf-8')).toBe('utf-16le');
  });

  it('a cut multi-byte character at the end of truncated bytes is dropped, not replaced', () => {
    const bytes = new TextEncoder().encode('<p>東京');
    expect(decodeHtml(bytes.subarray(0, bytes.length - 1), { truncated: true })).toBe('<p>東');
    expect(decodeHtml(bytes.subarray(0, bytes.length - 1))).toBe('<p>東\ufffd');
  });
});
