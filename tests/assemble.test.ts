import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src';
import { countWords } from '../src/assemble';
import { cleanCredit, readsAsNameCredit, splitCredit } from '../src/assemble/credit';
import { figureFromImage, imageUrlWords } from '../src/assemble/figures';
import { SECTION_TITLE_BLOCK } from '../src/assemble/constants';
import { escapeMarkdown } from '../src/assemble/markdown';
import { bodyOf } from '../src/parse/dom';
import type { Element } from '../src/parse/dom';
import { parseHtml } from '../src/parse/parse-html';

/** Body paragraphs long enough to be scored as the article. */
function prose(n: number, label = 'Paragraph'): string {
  return Array.from(
    { length: n },
    (_, i) => `<p>${label} ${i + 1} of the report goes on, with commas, names, places and figures, long enough to read as real article prose here.</p>`,
  ).join('\n');
}

const HEADLINE = 'Storm floods the old harbour';
const URL = { url: 'https://example.com/news/storm' };

/** An article: the headline, two prose paragraphs, then `inner`, inside a body wrapper. */
function article(inner: string, options?: { url: string }) {
  return parseArticle(
    `<html><head><title>${HEADLINE}</title></head><body><article><h1>${HEADLINE}</h1><div class="article-body">${prose(2)}${inner}</div></article></body></html>`,
    options,
  );
}

/** Paragraphs other than the two filler ones. */
const extra = (paragraphs: string[]): string[] => paragraphs.filter((p) => !/^Paragraph \d of the report/.test(p));

describe('splitCredit', () => {
  it('splits a trailing parenthesised agency credit and keeps the full stop', () => {
    expect(splitCredit('People walk past stalls in Gaza. (AFP Photo)')).toEqual({ caption: 'People walk past stalls in Gaza.', credit: 'AFP Photo' });
  });
  it('splits "Photo:" and "Photograph:" labels', () => {
    expect(splitCredit('Crowds gather on Monday. Photo: Reuters')).toEqual({ caption: 'Crowds gather on Monday.', credit: 'Reuters' });
    expect(splitCredit('The minister speaks. Photograph: Kim Lee/Getty Images')).toEqual({
      caption: 'The minister speaks.',
      credit: 'Kim Lee/Getty Images',
    });
  });
  it('splits Japanese credits: full-width parentheses and a closing "、…撮影"', () => {
    expect(splitCredit('東北新幹線の臨時「はやぶさ」の運行計画（JR東日本提供）')).toEqual({ caption: '東北新幹線の臨時「はやぶさ」の運行計画', credit: 'JR東日本提供' });
    expect(splitCredit('帰省客で混み合う新幹線ホーム＝2025年12月22日午後、東京都千代田区、佐藤花子撮影')).toEqual({
      caption: '帰省客で混み合う新幹線ホーム＝2025年12月22日午後、東京都千代田区',
      credit: '佐藤花子撮影',
    });
    expect(splitCredit('東京都千代田区、午後の様子')).toEqual({ caption: '東京都千代田区、午後の様子', credit: null });
  });
  it('strips the "Фото:" label and NYT\'s "Credit..." from a credit', () => {
    expect(splitCredit('Дети на катке. Фото: Алексей Морозов')).toEqual({ caption: 'Дети на катке.', credit: 'Алексей Морозов' });
  });
  it('reads Bulgarian "Снимка:", Urdu "فوٹو:" after the Urdu full stop, and a Malay "- Gambar X" after a dash', () => {
    expect(splitCredit('Подуправителят на БНБ по време на брифинга във вторник. Снимка: БТА')).toEqual({ caption: 'Подуправителят на БНБ по време на брифинга във вторник.', credit: 'БТА' });
    expect(splitCredit('کراچی میں شہری الاؤ کے گرد بیٹھے ہیں۔ فوٹو: آن لائن')).toEqual({ caption: 'کراچی میں شہری الاؤ کے گرد بیٹھے ہیں۔', credit: 'آن لائن' });
    expect(splitCredit('Anggota bomba memindahkan penduduk di Kuala Krai, hari ini. - Gambar NSTP/Nik Abdullah Nik Omar')).toEqual({
      caption: 'Anggota bomba memindahkan penduduk di Kuala Krai, hari ini.',
      credit: 'NSTP/Nik Abdullah Nik Omar',
    });
    expect(splitCredit('Mangsa banjir berehat di PPS Sekolah Kebangsaan Kusial. - Gambar BERNAMA')).toEqual({ caption: 'Mangsa banjir berehat di PPS Sekolah Kebangsaan Kusial.', credit: 'BERNAMA' });
    // A dash before a word that is no label, or a label in lower case, is the caption's own.
    expect(splitCredit('The harbour at dawn - picture perfect, said the mayor').credit).toBeNull();
    expect(splitCredit('Снимка на деня - Foto gallery').credit).toBeNull();
  });
  it('reads Filipino "(Kuha ni X)" and "(Larawan mula sa X)", and Lithuanian "Nuotr.: X" and "X nuotr."', () => {
    expect(splitCredit('Mabigat na daloy ng trapiko sa EDSA-Guadalupe. (Kuha ni Jun Reyes)')).toEqual({ caption: 'Mabigat na daloy ng trapiko sa EDSA-Guadalupe.', credit: 'Jun Reyes' });
    expect(splitCredit('Nagsalita si MMDA Chairman sa Pasig City. (Larawan mula sa MMDA)')).toEqual({ caption: 'Nagsalita si MMDA Chairman sa Pasig City.', credit: 'Larawan mula sa MMDA' });
    expect(splitCredit('Biokuro katilinė Kaune. Nuotr.: Vytautas Petrikas / Baltijos žinios')).toEqual({ caption: 'Biokuro katilinė Kaune.', credit: 'Vytautas Petrikas / Baltijos žinios' });
    expect(cleanCredit('Luko Balandžio / BNS nuotr.')).toBe('Luko Balandžio / BNS');
  });
  it('splits "©", "Credit:" and "(Image: X)" credits', () => {
    expect(splitCredit('Sunset over the bay. © Jane Roe')).toEqual({ caption: 'Sunset over the bay.', credit: 'Jane Roe' });
    expect(splitCredit('A farmer in a field. Credit: X Agency')).toEqual({ caption: 'A farmer in a field.', credit: 'X Agency' });
    expect(splitCredit('The bridge at night (Image: X Agency)')).toEqual({ caption: 'The bridge at night', credit: 'X Agency' });
  });
  it('reads Swahili "Picha:" and a label before a pipe ("PICHA | MAKTABA"); a label ends where its word does', () => {
    expect(splitCredit('Wanafunzi wakiwa darasani. PICHA | MAKTABA')).toEqual({ caption: 'Wanafunzi wakiwa darasani.', credit: 'MAKTABA' });
    expect(splitCredit('Crowds at the terminal on Monday. PHOTO | FILE')).toEqual({ caption: 'Crowds at the terminal on Monday.', credit: 'FILE' });
    expect(splitCredit('Katibu akihutubia wanahabari. Picha: Fatuma Ali | Taifa Jipya')).toEqual({ caption: 'Katibu akihutubia wanahabari.', credit: 'Fatuma Ali | Taifa Jipya' });
    expect(splitCredit('Picha: Fatuma Ali | Taifa Jipya')).toEqual({ caption: null, credit: 'Fatuma Ali | Taifa Jipya' });
    // "Picha" alone is a word of the sentence ("picha hii", "this picture"), and "Pictured" is not "Picture".
    expect(splitCredit('Picha hii inaonyesha wanafunzi darasani')).toEqual({ caption: 'Picha hii inaonyesha wanafunzi darasani', credit: null });
    expect(cleanCredit('Picha: Fatuma Ali | Taifa Jipya')).toBe('Fatuma Ali | Taifa Jipya');
    expect(cleanCredit('Pichani Studio')).toBe('Pichani Studio');
    expect(cleanCredit('CreditEtienne Laurent/EPA')).toBe('Etienne Laurent/EPA');
  });
  it('drops the full-width brackets around a whole credit as it drops ASCII ones (Hong Kong papers after "。")', () => {
    expect(splitCredit('北河街一幢樓齡逾七十年的唐樓，住戶須於月底前遷出。（記者黃志明攝）')).toEqual({ caption: '北河街一幢樓齡逾七十年的唐樓，住戶須於月底前遷出。', credit: '記者黃志明攝' });
    expect(splitCredit('黃伯居住的劏房約八十呎，床邊就是廚房及廁所。（受訪者提供）')).toEqual({ caption: '黃伯居住的劏房約八十呎，床邊就是廚房及廁所。', credit: '受訪者提供' });
    expect(cleanCredit('（新華社）')).toBe('新華社');
    // Near miss: brackets that do not enclose the whole credit stay.
    expect(cleanCredit('（左）張三 （右）李四')).toBe('（左）張三 （右）李四');
  });
  it('splits a Taiwanese "（圖／X）" credit, dropping the label, and a Traditional "…攝"', () => {
    expect(splitCredit('去年跨年夜大批民眾湧入信義區觀賞101煙火（圖／本報資料照）')).toEqual({ caption: '去年跨年夜大批民眾湧入信義區觀賞101煙火', credit: '本報資料照' });
    expect(splitCredit('北市交通局公布跨年夜信義區交通管制範圍（圖／北市交通局提供）')).toEqual({ caption: '北市交通局公布跨年夜信義區交通管制範圍', credit: '北市交通局提供' });
    expect(splitCredit('捷運市政府站出口將於跨年夜改為只出不進（圖／記者王小明攝）')).toEqual({ caption: '捷運市政府站出口將於跨年夜改為只出不進', credit: '記者王小明攝' });
    expect(splitCredit('市府官員，說明管制範圍（图：市府提供）')).toEqual({ caption: '市府官員，說明管制範圍', credit: '市府提供' });
    expect(splitCredit('捷運站外的排隊人潮，記者王小明攝')).toEqual({ caption: '捷運站外的排隊人潮', credit: '記者王小明攝' });
    // "圖" after another character is a word's ("地圖", "map"); a bracket without a label or credit word is an aside.
    for (const caption of ['信義區交通管制範圍（地圖／市府網站）', '跨年夜信義區人潮（資料照）']) expect(splitCredit(caption)).toEqual({ caption, credit: null });
  });
  it('splits a Bengali "ছবি:" credit after the danda and strips the label from a credit element', () => {
    expect(splitCredit('আগারগাঁও স্টেশনের প্ল্যাটফর্মে রাতের ট্রেনের অপেক্ষা। ছবি: সংগৃহীত')).toEqual({ caption: 'আগারগাঁও স্টেশনের প্ল্যাটফর্মে রাতের ট্রেনের অপেক্ষা।', credit: 'সংগৃহীত' });
    expect(cleanCredit('ছবি: তানভীর আহমেদ')).toBe('তানভীর আহমেদ');
    // Without its colon "ছবি" is the word "picture" in a sentence.
    const caption = 'প্ল্যাটফর্মে যাত্রীরা। ছবি তুলেছেন একজন যাত্রী';
    expect(splitCredit(caption)).toEqual({ caption, credit: null });
  });
  it('keeps a parenthesised aside that is not a credit', () => {
    expect(splitCredit('The mayor (left) greets her deputy (left)')).toEqual({ caption: 'The mayor (left) greets her deputy (left)', credit: null });
    expect(splitCredit('The mayor greets her deputy (left)')).toEqual({ caption: 'The mayor greets her deputy (left)', credit: null });
  });
  it('splits Hebrew, Hindi and Thai credit labels, and strips the label', () => {
    expect(splitCredit('ראש העירייה בטקס (צילום: רמי שלוש)')).toEqual({ caption: 'ראש העירייה בטקס', credit: 'רמי שלוש' });
    expect(splitCredit('ראש העירייה בטקס | צילום: רמי שלוש')).toEqual({ caption: 'ראש העירייה בטקס', credit: 'רמי שלוש' });
    expect(splitCredit('लखनऊ में घना कोहरा - फोटो : अमर सिंह')).toEqual({ caption: 'लखनऊ में घना कोहरा', credit: 'अमर सिंह' });
    expect(splitCredit('น้ำท่วมถนนในเชียงใหม่ (ภาพ: สมชาย ใจดี)')).toEqual({ caption: 'น้ำท่วมถนนในเชียงใหม่', credit: 'สมชาย ใจดี' });
  });
  it('splits photo labels of more languages before a colon: Vietnamese, Persian, Finnish, Hungarian, Greek, Czech', () => {
    expect(splitCredit('Xe buýt điện đón khách tối 22/12. Ảnh: Giang Huy')).toEqual({ caption: 'Xe buýt điện đón khách tối 22/12.', credit: 'Giang Huy' });
    expect(splitCredit('آزمایش گرم قطار در ایستگاه. عکس: علی نادری')).toEqual({ caption: 'آزمایش گرم قطار در ایستگاه.', credit: 'علی نادری' });
    expect(splitCredit('نمای ایستگاه. تصویر: سارا کریمی')).toEqual({ caption: 'نمای ایستگاه.', credit: 'سارا کریمی' });
    expect(splitCredit('Kelan toimisto Itäkeskuksessa. Kuvat: Aino Heikkinen / KR')).toEqual({ caption: 'Kelan toimisto Itäkeskuksessa.', credit: 'Aino Heikkinen / KR' });
    expect(splitCredit('Kuvaaja: Jussi Koivisto')).toEqual({ caption: null, credit: 'Jussi Koivisto' });
    expect(splitCredit('Havazás Budapesten. Fotó: Kovács Péter')).toEqual({ caption: 'Havazás Budapesten.', credit: 'Kovács Péter' });
    expect(splitCredit('Χιόνι στην Αθήνα. Φωτογραφία: Νίκος Παππάς')).toEqual({ caption: 'Χιόνι στην Αθήνα.', credit: 'Νίκος Παππάς' });
    expect(splitCredit('Χιόνι στην Αθήνα. Φωτ.: Νίκος Παππάς')).toEqual({ caption: 'Χιόνι στην Αθήνα.', credit: 'Νίκος Παππάς' });
    expect(splitCredit('Pražský hrad v noci. foto: Petr Novák')).toEqual({ caption: 'Pražský hrad v noci.', credit: 'Petr Novák' });
    // Without a colon the words are the caption's: "ảnh hưởng" (influence), "(Ảnh minh họa)" (an illustrative picture).
    for (const caption of ['Ảnh hưởng của bão: nhiều nhà bị tốc mái', 'Người dân chờ xe buýt (Ảnh minh họa)', 'Kuvaus tapahtumasta. Kuva otettiin eilen']) {
      expect(splitCredit(caption)).toEqual({ caption, credit: null });
    }
  });
  it('splits the photo labels of Marathi, Khmer, Burmese, Sinhala, Malayalam, Mongolian and Arabic, with their own marks and full stops', () => {
    expect(splitCredit('मेट्रोची चाचणी गाडी. (छायाचित्र : संदीप जगताप)')).toEqual({ caption: 'मेट्रोची चाचणी गाडी.', credit: 'संदीप जगताप' });
    // The Khmer colon "៖" and full stop "។".
    expect(splitCredit('ឡានក្រុងអគ្គិសនីថ្មី មុនពិធីសម្ពោធ។ (រូបថត៖ ហេង ស៊ីណាត)')).toEqual({ caption: 'ឡានក្រុងអគ្គិសនីថ្មី មុនពិធីសម្ពោធ។', credit: 'ហេង ស៊ីណាត' });
    // The Burmese full stop "။", and a spaced dash for the label's colon.
    expect(splitCredit('ဆန်ရောင်းချနေသည့် ဆိုင်တစ်ဆိုင်။ ဓာတ်ပုံ - ကျော်ဇင်ထွန်း')).toEqual({ caption: 'ဆန်ရောင်းချနေသည့် ဆိုင်တစ်ဆိုင်။', credit: 'ကျော်ဇင်ထွန်း' });
    expect(splitCredit('බස් රථ. (ඡායාරූපය: සමන් ගමගේ)')).toEqual({ caption: 'බස් රථ.', credit: 'සමන් ගමගේ' });
    expect(splitCredit('വാട്ടർ മെട്രോ ടെർമിനൽ. ചിത്രം: ടോണി ഡൊമിനിക് / കേരള വാർത്ത')).toEqual({ caption: 'വാട്ടർ മെട്രോ ടെർമിനൽ.', credit: 'ടോണി ഡൊമിനിക് / കേരള വാർത്ത' });
    expect(splitCredit('Агаарын чанарын хяналтын цэг. Зураг: Агаарын чанарын мэдээллийн төв')).toEqual({ caption: 'Агаарын чанарын хяналтын цэг.', credit: 'Агаарын чанарын мэдээллийн төв' });
    expect(splitCredit('أهالي القرية قبل تشغيل المحطة - تصوير: أحمد حسن')).toEqual({ caption: 'أهالي القرية قبل تشغيل المحطة', credit: 'أحمد حسن' });
    // A spaced dash is a label's colon in English too: the credit is "Reuters", not "- Reuters".
    expect(splitCredit('Crowds at the quay. (Photo - Reuters)')).toEqual({ caption: 'Crowds at the quay.', credit: 'Reuters' });
    expect(cleanCredit('Photo - Reuters')).toBe('Reuters');
    // Near misses: the words in a sentence, without a label's mark ("ചിത്രം" is also "film"; "зураг авах", "to take a picture").
    for (const caption of ['പുതിയ ചിത്രം റിലീസ് ചെയ്തു', 'Зураг авах хүмүүс талбайд цугларав', 'Photo-finish at the regatta']) {
      expect(splitCredit(caption)).toEqual({ caption, credit: null });
    }
  });
  it('splits "(Agency: Photographer)", a wire\'s "(PRNewsfoto/Company)" and "(Supplied)"', () => {
    expect(splitCredit('Fans at the SCG on Boxing Day. (AAP: Dan Himbrechts)')).toEqual({ caption: 'Fans at the SCG on Boxing Day.', credit: 'AAP: Dan Himbrechts' });
    expect(splitCredit('Flooding in Lismore (ABC News: Greg Bigelow)')).toEqual({ caption: 'Flooding in Lismore', credit: 'ABC News: Greg Bigelow' });
    expect(splitCredit('The new plant near Kiel. (PRNewsfoto/Nordwerk Energy SE)')).toEqual({ caption: 'The new plant near Kiel.', credit: 'PRNewsfoto/Nordwerk Energy SE' });
    expect(splitCredit('The missing hiker. (Supplied)')).toEqual({ caption: 'The missing hiker.', credit: 'Supplied' });
    expect(splitCredit('The mayor greets her deputy (right: the treasurer)')).toEqual({ caption: 'The mayor greets her deputy (right: the treasurer)', credit: null });
  });
  it('splits an agency in capitals and its photographer: "REUTERS/Name/File Photo", "(WARTA NUSANTARA/NAME)"', () => {
    expect(splitCredit('A man walks past the closed bank in Nairobi, Kenya, March 5, 2025. REUTERS/Brian Otieno/File Photo')).toEqual({
      caption: 'A man walks past the closed bank in Nairobi, Kenya, March 5, 2025.',
      credit: 'REUTERS/Brian Otieno/File Photo',
    });
    expect(splitCredit('Petugas memeriksa pelat nomor. (WARTA NUSANTARA/RIZKY ANANDA)')).toEqual({ caption: 'Petugas memeriksa pelat nomor.', credit: 'WARTA NUSANTARA/RIZKY ANANDA' });
    expect(splitCredit('The studio where he recorded his TV/radio show.')).toEqual({ caption: 'The studio where he recorded his TV/radio show.', credit: null });
  });
  it('splits a hyphened agency and its photographer: "(ΑΠΕ-ΜΠΕ/Νίκος Αρβανίτης)", "(APE-MPE/Name)"', () => {
    expect(splitCredit('Εκχιονιστικό μηχάνημα στη Λεωφόρο Πάρνηθας. (ΑΠΕ-ΜΠΕ/Νίκος Αρβανίτης)')).toEqual({ caption: 'Εκχιονιστικό μηχάνημα στη Λεωφόρο Πάρνηθας.', credit: 'ΑΠΕ-ΜΠΕ/Νίκος Αρβανίτης' });
    expect(splitCredit('A snowplough on Parnitha Avenue. (APE-MPE/Nikos Arvanitis)')).toEqual({ caption: 'A snowplough on Parnitha Avenue.', credit: 'APE-MPE/Nikos Arvanitis' });
    expect(splitCredit('A snowplough on Parnitha Avenue. APE-MPE/Nikos Arvanitis')).toEqual({ caption: 'A snowplough on Parnitha Avenue.', credit: 'APE-MPE/Nikos Arvanitis' });
    // After a hyphened pair of capitals, one word is a topic, not a photographer.
    for (const caption of ['The band on stage (AC-DC/Live)', 'Talks in Brussels (EU-UK/Brexit)']) expect(splitCredit(caption)).toEqual({ caption, credit: null });
  });
  it('keeps captions that only look like credits', () => {
    for (const caption of [
      'Courtesy call by the Japanese ambassador at City Hall',
      'South Korea/Japan summit in Tokyo',
      'The two leaders at the summit (LEFT: Maria Lopez, RIGHT: Tom Reed)',
      'The stage before the show (UPDATE: Police say the concert will go ahead)',
      'Fans at the stadium (AC/DC)',
      'A clinic in Durban (HIV/AIDS)',
      'Talks resumed on Friday. EU/UK relations remain strained',
    ]) expect(splitCredit(caption)).toEqual({ caption, credit: null });
    expect(splitCredit('CreditEtienne Laurent/EPA vía Shutterstock')).toEqual({ caption: null, credit: 'Etienne Laurent/EPA vía Shutterstock' });
  });
  it('reads a caption that is only a credit as the credit', () => {
    expect(splitCredit('Devindra Hardawar/AOL')).toEqual({ caption: null, credit: 'Devindra Hardawar/AOL' });
    expect(splitCredit('Photo by Joan Bardeletti')).toEqual({ caption: null, credit: 'Joan Bardeletti' });
    expect(splitCredit('Courtesy of the Harbour Museum')).toEqual({ caption: null, credit: 'Courtesy of the Harbour Museum' });
    expect(splitCredit('Boats in the harbour at dawn')).toEqual({ caption: 'Boats in the harbour at dawn', credit: null });
    // NYT's "Credit" label run on into the name (a visually hidden span), or set before it with dots.
    expect(splitCredit('CreditErik Carter')).toEqual({ caption: null, credit: 'Erik Carter' });
    expect(splitCredit('Credit...Nitashia Johnson para The New York Times')).toEqual({ caption: null, credit: 'Nitashia Johnson para The New York Times' });
    expect(splitCredit('Credited with the rescue, a lifeguard at the pier')).toEqual({ caption: 'Credited with the rescue, a lifeguard at the pier', credit: null });
    expect(splitCredit('Credit cards at the till')).toEqual({ caption: 'Credit cards at the till', credit: null });
    // A brand glued to "Credit" in a caption (review).
    expect(splitCredit('CreditKarma headquarters in Oakland')).toEqual({ caption: 'CreditKarma headquarters in Oakland', credit: null });
    expect(splitCredit('CreditTed + Chelsea Cavanaugh para The New York Times')).toEqual({ caption: null, credit: 'Ted + Chelsea Cavanaugh para The New York Times' });
    // A stock agency's "Maker/Collection/Agency" line, its maker a handle, its collection "iStock".
    expect(splitCredit('evgenyb/iStock/Getty Images')).toEqual({ caption: null, credit: 'evgenyb/iStock/Getty Images' });
    expect(splitCredit('Mark Stout/iStock/Getty Images')).toEqual({ caption: null, credit: 'Mark Stout/iStock/Getty Images' });
    expect(splitCredit('monkeybusinessimages/iStock')).toEqual({ caption: null, credit: 'monkeybusinessimages/iStock' });
    expect(splitCredit('fizkes/iStock via Getty Images Plus')).toEqual({ caption: null, credit: 'fizkes/iStock via Getty Images Plus' });
    expect(splitCredit('m.czosnek/iStock/Getty Images')).toEqual({ caption: null, credit: 'm.czosnek/iStock/Getty Images' });
    for (const caption of ['before/after shots on Shutterstock', 'Sales fell, prices/Getty Images', 'A cat. Dogs/Getty Images']) expect(splitCredit(caption).credit).toBeNull();
    // A short caption ending with the agency keeps its words (review).
    for (const caption of ['Protesters march through central Paris / Getty Images', 'A woman checks her phone in a cafe/Shutterstock', 'Manifestantes en la Puerta del Sol / Getty Images', 'Stock photo: a doctor and patient/Shutterstock']) {
      expect(splitCredit(caption).caption, caption).not.toBeNull();
    }
    expect(splitCredit('Jane Doe/The Post said the photo was staged.')).toEqual({ caption: 'Jane Doe/The Post said the photo was staged.', credit: null });
  });
  it('splits "Photo by X" after a sentence and drops the name\'s full stop, not an initial\'s', () => {
    expect(splitCredit('Can you spot the anomaly? Photo by Ricardo Gomez Angel')).toEqual({ caption: 'Can you spot the anomaly?', credit: 'Ricardo Gomez Angel' });
    expect(splitCredit('Waiting for the boat. Photo by Callum Reid.')).toEqual({ caption: 'Waiting for the boat.', credit: 'Callum Reid' });
    expect(splitCredit('The mayor. Photo: John Smith Jr.')).toEqual({ caption: 'The mayor.', credit: 'John Smith Jr.' });
  });
  it('drops a paper\'s own "X photo by" label before the photographer, and keeps "AFP Photo"', () => {
    expect(splitCredit('The bridge since August. (Courier photo by Gary Lindqvist)')).toEqual({ caption: 'The bridge since August.', credit: 'Gary Lindqvist' });
    expect(splitCredit('The mayor at the fair. (Staff Photo by Jane Roe)')).toEqual({ caption: 'The mayor at the fair.', credit: 'Jane Roe' });
    expect(splitCredit('The mayor at the fair. (AFP Photo/Jane Roe)')).toEqual({ caption: 'The mayor at the fair.', credit: 'AFP Photo/Jane Roe' });
    expect(splitCredit('The author in 1987. (Slate. Photo by David Dyer-Bennet)')).toEqual({ caption: 'The author in 1987.', credit: 'Slate. Photo by David Dyer-Bennet' });
  });
  it('drops a paper\'s initials before its photo label after the sentence: "ST PHOTO: KELVIN TAN", and keeps an agency\'s', () => {
    // The Straits Times and The Business Times (straits-times-like), as table-layout-2004's "Courier photo by".
    expect(splitCredit('Marine Parade station will be one of four stations on the line. ST PHOTO: KELVIN TAN')).toEqual({ caption: 'Marine Parade station will be one of four stations on the line.', credit: 'KELVIN TAN' });
    expect(splitCredit('Office towers in the CBD on Monday. BT PHOTO: YEN MENG JIIN')).toEqual({ caption: 'Office towers in the CBD on Monday.', credit: 'YEN MENG JIIN' });
    expect(splitCredit('Residents at the open house in Siglap. ST Photo: Kelvin Tan')).toEqual({ caption: 'Residents at the open house in Siglap.', credit: 'Kelvin Tan' });
    expect(splitCredit('Platform screen doors at Siglap station. PHOTO: LTA')).toEqual({ caption: 'Platform screen doors at Siglap station.', credit: 'LTA' });
    expect(cleanCredit('ST PHOTO: KELVIN TAN')).toBe('KELVIN TAN');
    expect(cleanCredit('Staff Photo: Jane Roe')).toBe('Jane Roe');
    // An agency before the label is who gave the picture: it stays, "photo by" too.
    expect(splitCredit('Crowds at the rally on Monday. AFP PHOTO: JANE ROE')).toEqual({ caption: 'Crowds at the rally on Monday.', credit: 'AFP PHOTO: JANE ROE' });
    expect(cleanCredit('AFP photo by Jane Roe')).toBe('AFP photo by Jane Roe');
    expect(cleanCredit('Reuters Photo: Jane Roe')).toBe('Reuters Photo: Jane Roe');
    // Near misses: initials inside the caption's sentence, a photo word that is no label, lower case after
    // the label (a description), and the caption's own labels.
    for (const caption of [
      'The ST photo exhibition opens on Friday at the National Library',
      'The show opens on Friday. The ST photo exhibition: a look back at 1965',
      'Results are out. NUS photo contest: winners announced',
      'The fair on Sunday. ST photos: see more online',
      'The house in 1990. Family photo: the Tans at home',
      'The court in 2019. FILE PHOTO: Protesters outside the building',
      'The couple in 1990. INSET PHOTO: Jane Roe',
      // The caption's own capitals before "PHOTOS:" (review).
      'Crowds lined the route on Saturday. MORE PHOTOS: Floats and marching bands',
      'The plant in 2010. AFTER PHOTO: The same site today',
    ]) expect(splitCredit(caption)).toEqual({ caption, credit: null });
    // A handout's marker stays with its credit (review).
    expect(cleanCredit('Courtesy photo: City of Plainsview')).toBe('Courtesy photo: City of Plainsview');
    expect(cleanCredit('Submitted photo: Jane Roe')).toBe('Submitted photo: Jane Roe');
  });
  it('splits a two-word "Photo Credit:" label after the sentence, a bar or a dash', () => {
    // The Hindu (the-hindu-like): a "File" tag, a bar, the labelled credit; the tag stays the caption's.
    expect(splitCredit('A view of the viaduct near Porur in Chennai. File | Photo Credit: PTI')).toEqual({ caption: 'A view of the viaduct near Porur in Chennai. File', credit: 'PTI' });
    expect(splitCredit('The Dubai skyline at dusk. Image Credit: Gulf News')).toEqual({ caption: 'The Dubai skyline at dusk.', credit: 'Gulf News' });
    expect(splitCredit('Hikers on the ridge - Picture credits: Jane Roe/Trail Weekly')).toEqual({ caption: 'Hikers on the ridge', credit: 'Jane Roe/Trail Weekly' });
    expect(splitCredit('Photo Credit: PTI')).toEqual({ caption: null, credit: 'PTI' });
    expect(splitCredit('Les secours sur place, jeudi. Crédit photo : AFP')).toEqual({ caption: 'Les secours sur place, jeudi.', credit: 'AFP' });
    // NZME's spaced slash for the colon; not a picture word and a slash in the caption's words.
    expect(splitCredit('The Prime Minister at Parliament yesterday. Photo / Mark Mitchell')).toEqual({ caption: 'The Prime Minister at Parliament yesterday.', credit: 'Mark Mitchell' });
    expect(splitCredit('Fans at the gig. Picture / Alex Burton')).toEqual({ caption: 'Fans at the gig.', credit: 'Alex Burton' });
    expect(splitCredit('The crew at work. Photo/Video team on set').credit).toBeNull();
    expect(splitCredit('Tap to expand. Photo / video gallery of the flooding in the valley').credit).toBeNull();
    // Korean papers' bare source after a spaced slash (Chosun, JoongAng): the agency, the paper's DB, a reporter.
    expect(splitCredit('4일 서울 강남구의 한 편의점에서 시민이 도시락을 고르고 있다. /연합뉴스')).toEqual({ caption: '4일 서울 강남구의 한 편의점에서 시민이 도시락을 고르고 있다.', credit: '연합뉴스' });
    expect(splitCredit('시민들이 출근하고 있다./뉴스1').credit).toBe('뉴스1');
    expect(splitCredit('눈 덮인 광화문 광장. /김민수 기자').credit).toBe('김민수 기자');
    expect(splitCredit('관람객들이 전시를 보고 있다. /문화체육관광부 제공').credit).toBe('문화체육관광부 제공');
    // Not a slash inside the sentence.
    expect(splitCredit('서울/부산 노선이 4일 재개됐다').credit).toBeNull();
    // Near misses: the words in a sentence, with no label's mark after them.
    for (const caption of [
      'Image credit scores fell in 2023, the bank said',
      'The photo credit line was left off. Photo credits were missing from the print edition',
      'A reader asked about the photo credit: it belongs to the family',
    ]) expect(splitCredit(caption)).toEqual({ caption, credit: null });
  });
  it('splits a credit label glued to the sentence before it: "depot.Image Credits: X"', () => {
    // TechCrunch (techcrunch-like): the label's own element glued to the caption, read as text.
    expect(splitCredit('Co-founders Amara Okafor and Lucas Brenner at the company’s Oakland test depot.Image Credits: Devin Costa / TechCrunch')).toEqual({
      caption: 'Co-founders Amara Okafor and Lucas Brenner at the company’s Oakland test depot.',
      credit: 'Devin Costa / TechCrunch',
    });
    expect(splitCredit('Vans wait at the charger.Photo: Jane Roe/Reuters')).toEqual({ caption: 'Vans wait at the charger.', credit: 'Jane Roe/Reuters' });
    expect(splitCredit('Is this the last depot?Photo by Callum Reid')).toEqual({ caption: 'Is this the last depot?', credit: 'Callum Reid' });
    // Near misses: an abbreviation's stops, a URL's slash, a label word with no label's mark, a "via" sentence, a described view.
    for (const caption of [
      'The harbour today.Photo: right, the same view in 1920.',
      'A march across the U.S.Image Credits: Jane Roe',
      'Some tools, e.g.Photo: a camera app on the phone',
      'The gallery at example.com/Photo: the full set',
      'Vans at the depot.Pictures via drone show the flooding',
      'The depot at night.Pictured: the new chargers',
      'The vans at the depot.Image quality was poor that day',
    ]) expect(splitCredit(caption)).toEqual({ caption, credit: null });
  });
  it('splits a Korean credit label after a slash: "/사진=X", "/사진제공=X", "/그래픽=X"', () => {
    // Korean papers (naver-news-like): a slash after the sentence, spaced or glued, then the label and its "=".
    expect(splitCredit('4일 오후 서울 중구의 한 편의점에서 시민이 도시락을 고르고 있다. /사진=한빛경제 DB')).toEqual({ caption: '4일 오후 서울 중구의 한 편의점에서 시민이 도시락을 고르고 있다.', credit: '한빛경제 DB' });
    expect(splitCredit('신제품을 소개하고 있다./사진제공=삼성전자')).toEqual({ caption: '신제품을 소개하고 있다.', credit: '삼성전자' });
    expect(splitCredit('주요 편의점 3사 도시락 매출 추이 /그래픽=김현정 디자인기자')).toEqual({ caption: '주요 편의점 3사 도시락 매출 추이', credit: '김현정 디자인기자' });
    expect(splitCredit('시민이 도시락을 고르고 있다. [사진=한빛경제 DB]')).toEqual({ caption: '시민이 도시락을 고르고 있다.', credit: '한빛경제 DB' });
    expect(splitCredit('The mayor at the county fair / Photo: Reuters')).toEqual({ caption: 'The mayor at the county fair', credit: 'Reuters' });
    expect(cleanCredit('사진제공=삼성전자')).toBe('삼성전자');
    // Near misses: a slash inside a word pair or a URL, and the label words with no "=".
    for (const caption of [
      'Tips for parents and/or photo: the family at home',
      'The gallery page at example.com/photo: all pictures',
      '공장 내부 모습. 사진제공 이후 논란이 일었다',
      '서울/부산 노선 그래픽 자료를 공개했다',
    ]) expect(splitCredit(caption)).toEqual({ caption, credit: null });
  });
  it('splits "(Name Surname/brand)" with a lower-case brand closing the caption', () => {
    // detikcom (detik-like), kumparan, Liputan6: the portal's brand in lower case after the photographer.
    expect(splitCredit('Petugas mengevakuasi warga lanjut usia dengan perahu karet di Jalan Tanjung Lengkong. (Rifki Nugraha/detikcom)')).toEqual({
      caption: 'Petugas mengevakuasi warga lanjut usia dengan perahu karet di Jalan Tanjung Lengkong.',
      credit: 'Rifki Nugraha/detikcom',
    });
    expect(splitCredit('Suasana banjir di Kampung Melayu, Jakarta Timur. (Aditia Noviansyah/kumparan)')).toEqual({ caption: 'Suasana banjir di Kampung Melayu, Jakarta Timur.', credit: 'Aditia Noviansyah/kumparan' });
    expect(splitCredit('Warga antre minyak goreng di Bekasi. (Herman Zakharia/liputan6.com)')).toEqual({ caption: 'Warga antre minyak goreng di Bekasi.', credit: 'Herman Zakharia/liputan6.com' });
    // Near misses: one word before the slash, capitals, no capitals, a place and its side, a sentence after the slash.
    for (const caption of [
      'Warga di tepi kali (Jakarta/west)',
      'A note for each reader (him/her)',
      'The band on stage in 1979 (AC/DC)',
      'Fill in the form and sign it (and/or)',
      'Traffic in the city centre (New York/east)',
      'Banjir di permukiman (Jakarta Timur/utara)',
      'The two parties met (Labour Party/the unions agreed)',
    ]) expect(splitCredit(caption)).toEqual({ caption, credit: null });
  });
  it('reads a wire agency\'s name alone in brackets as the credit, unless the words before spell it out', () => {
    // Corriere (corriere-like), Spanish and Portuguese papers, Indian papers, in the agency's spelling or the paper's.
    expect(splitCredit('Le tende degli studenti davanti al rettorato del Politecnico di Milano, mercoledì sera (Ansa)')).toEqual({
      caption: 'Le tende degli studenti davanti al rettorato del Politecnico di Milano, mercoledì sera',
      credit: 'Ansa',
    });
    expect(splitCredit('Il presidente al Quirinale (ANSA)')).toEqual({ caption: 'Il presidente al Quirinale', credit: 'ANSA' });
    expect(splitCredit('Tifosi allo stadio Olimpico (LaPresse)')).toEqual({ caption: 'Tifosi allo stadio Olimpico', credit: 'LaPresse' });
    expect(splitCredit('Migrantes en el puerto de Motril (EFE)')).toEqual({ caption: 'Migrantes en el puerto de Motril', credit: 'EFE' });
    expect(splitCredit('Gente en la Puerta del Sol, este lunes. (Europa Press)')).toEqual({ caption: 'Gente en la Puerta del Sol, este lunes.', credit: 'Europa Press' });
    expect(splitCredit('O presidente em Brasília (Agência Brasil)')).toEqual({ caption: 'O presidente em Brasília', credit: 'Agência Brasil' });
    expect(splitCredit('Farmers protest outside parliament in New Delhi on Monday. (PTI)')).toEqual({ caption: 'Farmers protest outside parliament in New Delhi on Monday.', credit: 'PTI' });
    expect(splitCredit('Commuters at Tokyo station on Monday [Kyodo]')).toEqual({ caption: 'Commuters at Tokyo station on Monday', credit: 'Kyodo' });
    // Still read as a word of a longer bracket, as before: the names CREDIT_WORD_RE takes anywhere.
    expect(splitCredit('The mayor at the fair. (Reuters/Jane Roe)')).toEqual({ caption: 'The mayor at the fair.', credit: 'Reuters/Jane Roe' });
    // And after a photographer's name and a slash, also the short names not trusted alone.
    expect(splitCredit('Protesters in Oslo on Monday. Heiko Junge / NTB')).toEqual({ caption: 'Protesters in Oslo on Monday.', credit: 'Heiko Junge / NTB' });
    // Near misses: an acronym the words before it spell out (a party, the agency itself), a name no
    // caption trusts alone (a province, a race, a payment system), a lower-case word, another party.
    for (const caption of [
      'Imran Khan addresses supporters of Pakistan Tehreek-e-Insaf (PTI)',
      'Reporters at the office of the Press Trust of India (PTI)',
      'A picture released by North Korea\'s Central News Agency (KCNA)',
      'Farmers in Lombok, Nusa Tenggara Barat (NTB)',
      'Riders on the mountain course of the Isle of Man (TT)',
      'Paying by phone at a market in Mumbai (UPI)',
      'Il fiume forma qui una curva (ansa)',
      'Bundeskanzler Olaf Scholz (SPD)',
    ]) expect(splitCredit(caption)).toEqual({ caption, credit: null });
  });
  it('returns nulls for an empty caption', () => {
    expect(splitCredit('   ')).toEqual({ caption: null, credit: null });
  });
  it('reads an artwork label ("Illustration by", "Art by") as a credit label only before a name credit', () => {
    // Magazine leads (atlantic-like): the whole caption is the artist's credit, the label dropped.
    expect(splitCredit('Illustration by Mara Quint')).toEqual({ caption: null, credit: 'Mara Quint' });
    expect(splitCredit('Photo illustration by Slate')).toEqual({ caption: null, credit: 'Slate' });
    expect(splitCredit('Photo-Illustration by Mara Quint for The Atlantic')).toEqual({ caption: null, credit: 'Mara Quint for The Atlantic' });
    expect(splitCredit('Illustration: Alex Castro / The Verge')).toEqual({ caption: null, credit: 'Alex Castro / The Verge' });
    expect(splitCredit('Artwork by Vincent van Gogh.')).toEqual({ caption: null, credit: 'Vincent van Gogh' });
    expect(splitCredit('ANIMATION BY J. R. SMITH')).toEqual({ caption: null, credit: 'J. R. SMITH' });
    // After the caption's sentence.
    expect(splitCredit('The reading room at night. Illustration by Mara Quint')).toEqual({ caption: 'The reading room at night.', credit: 'Mara Quint' });
    expect(splitCredit('The reading room at night | Art by Leo Park and Ana Ruiz')).toEqual({ caption: 'The reading room at night', credit: 'Leo Park and Ana Ruiz' });
    // Near misses: the artwork is the caption's subject, the words after the label are a sentence.
    for (const caption of [
      'Artwork by Maya Lin is displayed at the new station entrance.',
      'Illustration by children from the school hangs in the hall',
      'Art by the river: painters gather each June',
      'The hall on Monday. Art by pupils hangs in the hall',
      'Art Streiber at the opening',
      // A one-word name after "by" is a show's or a group's, not a maker's.
      'Visitors at the Tate Modern on Saturday — Art by Women',
      'Art by Children',
    ]) {
      expect(splitCredit(caption)).toEqual({ caption, credit: null });
    }
  });
});

describe('splitCredit: "Pic:" and "File pic:" labels', () => {
  it('reads "Pic:", "Pic by" and an archive picture\'s "File pic:" / "File photo:" as credit labels only before a credit', () => {
    expect(splitCredit('File pic: PA')).toEqual({ caption: null, credit: 'PA' });
    expect(splitCredit('Pic: Reuters')).toEqual({ caption: null, credit: 'Reuters' });
    expect(splitCredit('Pic by Jane Roe')).toEqual({ caption: null, credit: 'Jane Roe' });
    expect(splitCredit('File photo: AP/Jane Doe')).toEqual({ caption: null, credit: 'AP/Jane Doe' });
    expect(splitCredit('File picture: Getty Images')).toEqual({ caption: null, credit: 'Getty Images' });
    expect(splitCredit('Nurses outside the hospital in Leeds. File pic: PA')).toEqual({ caption: 'Nurses outside the hospital in Leeds.', credit: 'PA' });
    // Stacked labels (Sky News' visually hidden "Image:" before the printed "File pic:") are all dropped.
    expect(splitCredit('Image: File pic: PA')).toEqual({ caption: null, credit: 'PA' });
    expect(cleanCredit('Image: File pic: PA')).toBe('PA');
    // Near misses: the words after the label describe the picture or run on as a sentence.
    for (const caption of ['Pic by pic, the exhibit grows along the gallery wall', 'File photo: Protesters outside city hall', 'Pictured: The mayor at the opening', 'File photo of the minister in 2019']) {
      expect(splitCredit(caption)).toEqual({ caption, credit: null });
    }
    // Near misses: a name after a colon label is the picture's subject unless it is an agency's
    // or joined to one ("File photo: Boris Johnson", "Pic: The Old Bailey", "Illustration: Kyiv Metro Map").
    for (const caption of ['File photo: Boris Johnson', 'File photo: Keir Starmer and Rachel Reeves', 'File pic: Downing Street', 'Pic: The Old Bailey', 'Illustration: Kyiv Metro Map']) {
      expect(splitCredit(caption).credit).toBeNull();
    }
    expect(splitCredit('The former prime minister was questioned for three hours. File photo: Boris Johnson').credit).toBeNull();
    // Behind a stacked label, a described picture is the caption, without the first label.
    expect(splitCredit('Image: File photo: Protesters outside city hall')).toEqual({ caption: 'File photo: Protesters outside city hall', credit: null });
  });
});

describe('readsAsNameCredit (the guard on credit labels that are also caption words)', () => {
  it('takes short runs of capitalised names, joined by "/", "for", "and", ",", with a closing full stop only', () => {
    for (const rest of ['Mara Quint', 'PA', 'AP/Jane Doe', 'Getty Images', 'Mara Quint for The Atlantic', 'Vincent van Gogh.', 'J. R. Smith', 'Leo Park, Ana Ruiz and Jo Kim', 'Thomas Jackson/Digital Vision/Getty Images', 'iStock']) {
      expect(readsAsNameCredit(rest), rest).toBe(true);
    }
  });
  it('refuses a description, a sentence, a lower-case start, a colon or a long run', () => {
    for (const rest of [
      'Maya Lin is displayed at the new station entrance.',
      'children from the school hangs in the hall',
      'the river: painters gather each June',
      'Protesters outside city hall',
      'Mara Quint. The Museum',
      'Mara Quint /',
      'Ana Maria Lopez Garcia de la Vega',
      '',
    ]) {
      expect(readsAsNameCredit(rest), rest).toBe(false);
    }
  });
});

describe('escapeMarkdown', () => {
  it('makes an HTML tag in text inert', () => {
    const out = escapeMarkdown('<script>alert(1)</script>');
    expect(out).toBe('\\<script\\>alert(1)\\</script\\>');
    expect(out).not.toMatch(/(^|[^\\])</);
  });
  it('escapes emphasis, link and table characters', () => {
    expect(escapeMarkdown('*a* _b_ [c](d) e|f `g`')).toBe('\\*a\\* \\_b\\_ \\[c\\](d) e\\|f \\`g\\`');
  });
  it('keeps script text from a page inert in the article markdown', () => {
    const a = article('<p>The page showed &lt;script&gt;alert(1)&lt;/script&gt; to every visitor, researchers said.</p>');
    expect(extra(a.paragraphs)).toEqual(['The page showed <script>alert(1)</script> to every visitor, researchers said.']);
    expect(a.markdown).toContain('The page showed \\<script\\>alert(1)\\</script\\> to every visitor');
    expect(a.markdown).not.toMatch(/(^|[^\\])<script/);
  });
});

describe('assemble: sections and headings', () => {
  it('reads bold runs between <br><br>s of a bare-text story as subheads, two at least, not datelines, speakers or emphasis', () => {
    const run = (t: string) => `${t} The wall was due to be replaced this summer, but engineers now say its foundations are far worse.<br /><br />`;
    const a = article(`<div class="story">${run('One.')}${run('Two.')}<strong>Homes at risk</strong><br /><br />${run('Three.')}<strong>______________</strong><br /><br />${run('Four.')}<strong>Funding gap</strong><br /><br />${run('Five.')}</div>`);
    expect(a.sections.map((s) => s.heading)).toEqual([null, 'Homes at risk', 'Funding gap']);
    // One bold run is emphasis; a dateline opens the story; a transcript's speaker is in capitals.
    const b = article(`<p><b>LONDON (Reuters)</b><br><br>${run('One.')}<strong>Residents were told to stay indoors</strong><br><br>${run('Two.')}<b>JUDGE WALTERS</b><br><br>${run('Three.')}<b>MS. RAMOS</b><br><br>${run('Four.')}<b>Editing by Mark Potter</b></p>`);
    expect(b.sections.map((s) => s.heading)).toEqual([null]);
  });

  it('reads a span bold by its style as bold: a subhead of its own, ** in markdown', () => {
    const a = article('<p><span style="font-weight:700">The long climb</span></p><p>We fired the kiln for four days and three nights.</p><p>It was <span style="font-weight: bold">hot</span> work.</p>');
    expect(a.sections.map((s) => s.heading)).toEqual([null, 'The long climb']);
    expect(a.markdown).toContain('It was **hot** work.');
  });

  it("reads one bold run of a bare-text <div> as a subhead, as a bold-only <p>, in a script without capitals too", () => {
    const run = (t: string) => `${t} นักท่องเที่ยวหลายพันคนเดินทางขึ้นไปรอชมตั้งแต่ก่อนฟ้าสาง ขณะที่อุทยานฯ เตรียมขยายลานกางเต็นท์<br /><br />`;
    const a = article(`<div class="detail">${run('หนึ่ง')}${run('สอง')}<b>เตรียมรับนักท่องเที่ยวช่วงปีใหม่</b><br /><br />${run('สาม')}</div>`);
    expect(a.sections.map((s) => s.heading)).toEqual([null, 'เตรียมรับนักท่องเที่ยวช่วงปีใหม่']);
    // Near miss: a bold run with no longer run after it is not a subhead.
    const b = article(`<div class="detail">${run('หนึ่ง')}${run('สอง')}<b>เตรียมรับนักท่องเที่ยวช่วงปีใหม่</b><br /><br />สาม</div>`);
    expect(b.sections.map((s) => s.heading)).toEqual([null]);
  });

  it("leaves out what stands above a headline read inside a heading (a table layout's <H2><FONT>), as above an <h1>", () => {
    const html = `<html><head><title>Ладожский край :: Общество :: Читатели отстояли сельскую библиотеку</title></head><body><table><tr><td>
      <font size="1"><a href="/">Главная</a> &gt; <a href="/2025/51/index.html">N 51</a> &gt; <a href="/2025/51/obsh.html">Общество</a></font>
      <p class="rubr"><font><b>ОБЩЕСТВО</b></font></p>
      <h2><font color="#1F3F7F">Читатели отстояли сельскую библиотеку</font></h2>
      ${prose(4)}</td></tr></table></body></html>`;
    const a = parseArticle(html, { url: 'https://ladoga-krai.example/2025/51/obsh3.html' });
    expect(a.headline).toBe('Читатели отстояли сельскую библиотеку');
    expect(a.sections.map((s) => s.heading)).toEqual([null]);
    expect(a.paragraphs).toHaveLength(4);
    expect(a.text).not.toContain('Главная');
  });

  it('ends the story at an <hr> followed only by link lines, a label perhaps first; not at one before more story', () => {
    const links = `<hr><font><b>Другие материалы рубрики:</b><br>&#149; <a href="/2025/51/obsh1.html">В Лодейном Поле открылся пункт обогрева</a><br>&#149; <a href="/2025/51/obsh2.html">Ветераны получили подарки</a><br></font>
      <p><a href="/cgi-bin/guestbook.pl">Обсудить в гостевой книге</a> | <a href="/2025/51/obsh3_print.html">Версия для печати</a></p>`;
    const a = article(`<p>The clean-up begins on Monday, the council said.</p>${links}`, URL);
    expect(extra(a.paragraphs)).toEqual(['The clean-up begins on Monday, the council said.']);
    expect(a.text).not.toContain('Версия для печати');
    // Near miss: link lines after a rule that the story goes on after are the story's.
    const b = article('<p>First part ends here.</p><hr><p>• <a href="/a">Source one</a></p><p>• <a href="/b">Source two</a></p><p>The second part begins here, as it does.</p>', URL);
    expect(extra(b.paragraphs)).toEqual(['First part ends here.', '• Source one', '• Source two', 'The second part begins here, as it does.']);
  });

  it('splits the body into sections at h2 and h3', () => {
    const a = article(`<h2>The night the wall broke</h2>${prose(2, 'Night')}<h3>Rescue</h3>${prose(1, 'Rescue')}`);
    expect(a.sections.map((s) => [s.heading, s.level, s.paragraphs.length])).toEqual([
      [null, null, 2],
      ['The night the wall broke', 2, 2],
      ['Rescue', 3, 1],
    ]);
    expect(a.paragraphs).toHaveLength(5);
    expect(a.markdown).toContain('## The night the wall broke\n\nNight 1 of the report');
    expect(a.markdown).toContain('### Rescue\n\nRescue 1 of the report');
    expect(a.text).toContain('The night the wall broke\n\nNight 1 of the report');
  });

  it('turns a bold-only paragraph followed by text into a level-2 subhead', () => {
    const a = article(`<p><strong>The night the wall broke</strong></p>${prose(1, 'Night')}`);
    expect(a.sections[1]).toMatchObject({ heading: 'The night the wall broke', level: 2 });
    expect(a.sections[1]?.paragraphs).toHaveLength(1);
    expect(a.paragraphs).not.toContain('The night the wall broke');
    expect(a.markdown).toContain('## The night the wall broke');
  });

  it('keeps a bold-only last paragraph as a paragraph', () => {
    const a = article('<p><strong>Additional reporting by Ann Lee</strong></p>');
    expect(a.sections).toHaveLength(1);
    expect(a.paragraphs[a.paragraphs.length - 1]).toBe('Additional reporting by Ann Lee');
    expect(a.markdown.endsWith('**Additional reporting by Ann Lee**')).toBe(true);
  });

  it('never repeats the headline as a paragraph or heading', () => {
    const a = article(`<p>${HEADLINE}</p><h2>${HEADLINE}</h2>`);
    expect(a.headline).toBe(HEADLINE);
    expect(a.paragraphs).not.toContain(HEADLINE);
    expect(a.sections.map((s) => s.heading)).toEqual([null]);
    expect(a.text).not.toContain(HEADLINE);
  });

  it('knows the headline repeated in other case and punctuation, in Turkish capitals too', () => {
    // The repeated-text check compares keys (lowercased letters and digits) and skips texts
    // whose key length cannot match; 'İ' lowercases to two code units, which the bound allows.
    // (Words without 'ı': JavaScript lowercases 'I' to 'i', not to Turkish 'ı'.)
    const headline = 'İzmir’de yeni gemi yolu';
    const prose = 'İzmir’de yeni gemi yolu, körfezin iki yakasını birbirine bağlıyor ve her gün binlerce yolcu taşıyor.';
    const html = `<html><head><title>${headline}</title></head><body><article><h1>${headline}</h1><p>İZMİR'DE YENİ GEMİ YOLU!</p><p>${prose}</p><p>${prose} ${prose}</p></article></body></html>`;
    const a = parseArticle(html, { url: 'https://example.com/haber/1' });
    expect(a.headline).toBe(headline);
    expect(a.paragraphs).toEqual([prose, `${prose} ${prose}`]);
  });
});

describe('assemble: block types', () => {
  it("reads a table's <caption> before its rows and a table block's figcaption after them", () => {
    const a = article(
      '<table><caption>Table 6-1. Symptoms and causes</caption><tr><th>Symptom</th><th>Cause</th></tr><tr><td>HTTP 500s</td><td>Crashes</td></tr></table>' +
        '<figure class="wp-block-table"><table><thead><tr><th>State</th><th>Change</th></tr></thead><tbody><tr><td>Victoria</td><td>+21.5%</td></tr></tbody></table><figcaption class="wp-element-caption">Estimated annual bill. Source: AER.</figcaption></figure>',
    );
    expect(extra(a.paragraphs)).toEqual(['Table 6-1. Symptoms and causes', 'Symptom | Cause', 'HTTP 500s | Crashes', 'State | Change', 'Victoria | +21.5%', 'Estimated annual bill. Source: AER.']);
  });

  it("reads a picture in a data table's cell as a figure, with the caption beside it in its cell, and the rows without that caption", () => {
    const a = article(
      '<table class="infobox"><tbody><tr><th colspan="2">Fennick Road extension</th></tr><tr><td colspan="2" class="infobox-image"><a href="/wiki/File:Stop.jpg" class="image"><img alt="" src="https://example.com/stop.jpg" width="260" height="173"></a><div class="infobox-caption">The first public tram at Fennick Road</div></td></tr><tr><th>Opened</th><td>14 December 2025</td></tr></tbody></table>',
    );
    expect(a.images.map((i) => [i.src, i.caption, i.width])).toEqual([['https://example.com/stop.jpg', 'The first public tram at Fennick Road', 260]]);
    expect(a.text).not.toContain('The first public tram');
    expect(extra(a.paragraphs)).toContain('Opened | 14 December 2025');
    // A picture in a layout table was a figure already; one in a nested table is that table's.
    const layout = article('<table><tr><td><img src="https://example.com/a.jpg" alt="A" width="300" height="200"></td><td>' + 'Layout column text that runs on. '.repeat(8) + '</td></tr></table>');
    expect(layout.images.map((i) => i.src)).toEqual(['https://example.com/a.jpg']);
    // A picture on every row is the table's data (CELL_FIGURES): the candidates' names stay in their rows.
    const row = (name: string, votes: string) => `<tr><td><img src="https://example.com/${name.split(' ')[1]}.jpg"><span class="caption">${name}</span></td><td>${votes}</td></tr>`;
    const results = article(`<table><tr><th>Candidate</th><th>Votes</th></tr>${row('Ann Lee', '1,204')}${row('Bo Park', '998')}${row('Cy Diaz', '761')}${row('Di Moss', '402')}</table>`);
    expect(extra(results.paragraphs)).toContain('Ann Lee | 1,204');
    expect(results.images).toEqual([]);
  });

  it("reads a figcaption that opens a table's figure (LaTeXML's figure.ltx_table) as the title before its rows; not one that opens a picture's", () => {
    const a = article(
      '<figure class="ltx_table"><figcaption class="ltx_caption"><span class="ltx_tag">Table 1: </span>Failed links by failure type.</figcaption><table><thead><tr><th>Type</th><th>Links</th></tr></thead><tbody><tr><td>Deleted</td><td>3,341</td></tr></tbody></table></figure>' +
        '<figure><figcaption>The harbour at dawn.</figcaption><img src="https://example.com/dawn.jpg" alt=""></figure>',
    );
    expect(extra(a.paragraphs)).toEqual(['Table 1: Failed links by failure type.', 'Type | Links', 'Deleted | 3,341']);
    expect(a.images[0]?.caption).toBe('The harbour at dawn.');
  });

  it("a press release: its bold \"About X, Inc.\" is a subhead, a pixel sized by style is no picture; a bold sentence ending on \"Bros.\" is no subhead", () => {
    const a = article('<p>The company will ship the arm to three hospitals in the spring, it said on Tuesday.</p><p><b>About Calderon Robotics, Inc.</b></p><p>Calderon Robotics builds surgical arms for small hospitals, and employs 240 people.</p><img alt="" src="https://rt.wire.example/rt.gif?NewsItemId=LA40817" style="border:0px; width:1px; height:1px;"><p>SOURCE Calderon Robotics, Inc.</p>');
    expect(a.sections.map((s) => s.heading)).toEqual([null, 'About Calderon Robotics, Inc.']);
    expect(a.images).toEqual([]);
    // The wire's "SOURCE X" line is kept: a data story's "SOURCE Bureau of Labor Statistics" reads the same.
    expect(a.paragraphs).toContain('SOURCE Calderon Robotics, Inc.');
    const b = article('<p><strong>About 400 workers will lose their jobs at Smith Bros.</strong></p><p>The plant, which opened in 1962, will close in March, the company said on Tuesday.</p>');
    expect(b.sections.map((s) => s.heading)).toEqual([null]);
  });

  it("drops a review widget's lone scores and keeps its verdict and its score breakdown list", () => {
    const a = article('<div class="verdict-box"><p><strong>Our verdict</strong></p><div class="star-rating">4.5/5</div><p>The best-sounding earbuds you can buy for under $150, in a case that slips into a coin pocket.</p></div><h5>Score breakdown</h5><ul><li>Sound quality - 5/5</li><li>Value - 5/5</li></ul><div class="summary"><p><b>Summary</b></p><p>Superb sound and a tiny case for $149.</p><p><span>4.5</span><span>Overall</span></p></div>');
    expect(a.text).not.toContain('4.5/5');
    expect(a.text).not.toContain('4.5Overall');
    expect(a.paragraphs).toContain('Sound quality - 5/5');
    expect(a.sections.map((s) => s.heading)).toContain('Our verdict');
  });

  it('reads a line break inside <pre> as a new line of the code (a highlighter ending its lines with <br>)', () => {
    const a = article('<pre class="prism-code"><code><span class="token-line">from tidewater import task</span><br><span class="token-line">@task(cache_ttl="7d")</span><br><span class="token-line">def render(order_id):</span></code></pre>');
    expect(a.markdown).toContain('```\nfrom tidewater import task\n@task(cache_ttl="7d")\ndef render(order_id):\n```');
  });

  it('reads each block inside <pre> as a line of its own, without a counting line-number gutter (prism-react-renderer)', () => {
    const line = (n: number, code: string): string => `<div class="token-line"><span class="css-1c5ywnn">${n}</span><span class="css-o3k8qz">${code}</span></div>`;
    const a = article(`<pre class="prism-code language-tsx">${line(1, 'function f() {')}${line(2, '  return 1;')}${line(3, '<span style="display:inline-block">\n</span>')}${line(4, '}')}</pre>`);
    expect(a.markdown).toContain('```tsx\nfunction f() {\n  return 1;\n\n}\n```');
    expect(a.paragraphs).toContain('function f() { return 1; }');
    // Named gutters go whatever they count; a block joined to the next by a newline of the source gets no second one.
    const named = article('<pre><code><span class="linenos">7</span>a = 1\n<span class="linenos">9</span>b = 2</code></pre><pre><div>x = 1</div>\n<div>y = 2</div></pre>');
    expect(named.markdown).toContain('```\na = 1\nb = 2\n```');
    expect(named.markdown).toContain('```\nx = 1\ny = 2\n```');
  });
  it('keeps numbers that open each line when they do not count the lines, or are a highlighter\'s tokens', () => {
    const rows = article('<pre><div><span>10</span> apples</div><div><span>20</span> pears</div></pre>');
    expect(rows.markdown).toContain('```\n10 apples\n20 pears\n```');
    const tokens = article('<pre><div><span class="token number">1</span> one</div><div><span class="token number">2</span> two</div></pre>');
    expect(tokens.markdown).toContain('```\n1 one\n2 two\n```');
    // A "line-numbers" class on the code itself (Prism's plugin switch) holds the code.
    const switched = article('<pre><code class="line-numbers language-js">let x = 1;</code></pre>');
    expect(switched.markdown).toContain('let x = 1;');
  });
  it("keeps a counting first column of data lines: a number the line's text runs on from, or a row of more than two cells, is no gutter", () => {
    const lines = article('<pre><div><span>1</span> apple 3</div><div><span>2</span> pear 5</div><div><span>3</span> plum 7</div></pre>');
    expect(lines.markdown).toContain('```\n1 apple 3\n2 pear 5\n3 plum 7\n```');
    const rows = article('<pre><table><tr><td>1</td><td>apple</td><td>3</td></tr><tr><td>2</td><td>pear</td><td>5</td></tr></table></pre>');
    expect(rows.markdown).toMatch(/^1\s*apple\s*3\n2\s*pear\s*5$/m);
    // A number standing apart still goes: beside its line's own element, or a two-cell row's first cell.
    const gutter = article('<pre><div><span>1</span><span>apple = 3</span></div><div><span>2</span><span>pear = 5</span></div></pre><pre><table><tr><td>1</td><td>plum = 7</td></tr><tr><td>2</td><td>fig = 9</td></tr></table></pre>');
    expect(gutter.markdown).toContain('```\napple = 3\npear = 5\n```');
    expect(gutter.markdown).toContain('```\nplum = 7\nfig = 9\n```');
  });
  it("leaves out a gutter a script appends beside the <pre>'s <code>, counting 1, 2, 3 whatever its name (CSDN's ul.pre-numbering)", () => {
    const items = (n: number) => Array.from({ length: n }, (_, i) => `<li style="color: rgb(153, 153, 153);">${i + 1}</li>`).join('');
    const csdn = article(`<pre><code class="prism language-python has-numbering">import asyncio\nasyncio.run(main())\n</code><div class="hljs-button signin" data-title="登录后复制"></div><ul class="pre-numbering">${items(2)}</ul></pre>`);
    expect(csdn.markdown).toContain('```python\nimport asyncio\nasyncio.run(main())\n```');
    expect(csdn.text).not.toMatch(/\n12$|12\s*$/);
    // Near misses: numbers beside the code that do not start at 1, and a pre without a <code>.
    const figures = article('<pre><code>total = a + b</code><span>7 8 9</span></pre>');
    expect(figures.markdown).toContain('7 8 9');
    const bare = article('<pre><span>1 2 3</span>\nx = 1</pre>');
    expect(bare.markdown).toContain('1 2 3');
    // A program's output after its code: more numbers than the code has lines, or marked as output.
    const seq = article('<pre><code>$ seq 5</code>\n<span>1\n2\n3\n4\n5</span></pre>');
    expect(seq.markdown).toMatch(/1\n2\n3\n4\n5/);
    const samp = article('<pre><code>$ seq 2\n$ echo</code>\n<samp>1\n2</samp></pre>');
    expect(samp.markdown).toMatch(/1\n2/);
  });
  it('reads a highlighter\'s line-numbered table (a gutter cell beside the code\'s <pre>) as a code block without its numbers (Hexo, Pygments, Rouge)', () => {
    // Hexo: figure.highlight > table, td.gutter > pre of numbered lines, td.code > pre; the figure names the language.
    const numbers = (n: number): string => Array.from({ length: n }, (_, i) => `<span class="line">${i + 1}</span><br>`).join('');
    const hexo = article(`<figure class="highlight js"><table><tr><td class="gutter"><pre>${numbers(3)}</pre></td><td class="code"><pre><span class="line">const a = 1</span><br><span class="line">const b = 2</span><br><span class="line">log(a + b)</span><br></pre></td></tr></table></figure>`);
    expect(hexo.markdown).toContain('```js\nconst a = 1\nconst b = 2\nlog(a + b)\n```');
    expect(extra(hexo.paragraphs)).toEqual(['const a = 1 const b = 2 log(a + b)']);
    // Pygments' linenos="table", its gutter counting from 41; Rouge's rouge-table.
    const pygments = article('<div class="highlight"><table class="highlighttable"><tr><td class="linenos"><div class="linenodiv"><pre><span class="normal">41</span>\n<span class="normal">42</span></pre></div></td><td class="code"><div><pre><span></span><span class="n">x</span> <span class="o">=</span> <span class="mi">1</span>\n<span class="k">print</span>(x)\n</pre></div></td></tr></table></div>');
    expect(pygments.markdown).toContain('```\nx = 1\nprint(x)\n```');
    expect(pygments.text).not.toMatch(/41|42/);
    const rouge = article('<table class="rouge-table"><tbody><tr><td class="rouge-gutter gl"><pre class="lineno">1\n2\n</pre></td><td class="rouge-code"><pre>puts "hi"\nexit\n</pre></td></tr></tbody></table>');
    expect(rouge.markdown).toContain('```\nputs "hi"\nexit\n```');
    // An unnamed gutter counts: "1 2 3" beside the code's <pre>.
    const unnamed = article('<table><tr><td><pre>1\n2</pre></td><td><pre>a = 1\nb = 2</pre></td></tr></table>');
    expect(unnamed.markdown).toContain('```\na = 1\nb = 2\n```');
  });
  it("reads a table of a row a line (GitHub's and gists' blob-num + blob-code) as a code block without its numbers", () => {
    const row = (n: number, code: string): string => `<tr><td id="L${n}" class="blob-num js-line-number" data-line-number="${n}"></td><td id="LC${n}" class="blob-code blob-code-inner js-file-line">${code}</td></tr>`;
    const gist = article(`<table class="highlight"><tbody>${row(1, '<span class="pl-k">const</span> x = 1;')}${row(2, '\n')}${row(3, 'console.log(x);')}</tbody></table>`);
    expect(gist.markdown).toContain('```\nconst x = 1;\n\nconsole.log(x);\n```');
    expect(gist.markdown).not.toContain('|');
    // Counting numbers beside cells named as code.
    const counted = article('<table><tr><td>1</td><td class="code">a = 1</td></tr><tr><td>2</td><td class="code">b = 2</td></tr></table>');
    expect(counted.markdown).toContain('```\na = 1\nb = 2\n```');
  });
  it('keeps a table whose first column counts as data: a ranking, a gutter beside more cells or without code, a header row', () => {
    const ranking = article('<table><tr><td>1</td><td>Lena Sørlie</td></tr><tr><td>2</td><td>Ama Mensah</td></tr><tr><td>3</td><td>Tom Reyes</td></tr></table>');
    expect(ranking.markdown).not.toContain('```');
    expect(extra(ranking.paragraphs)).toEqual(['1 | Lena Sørlie', '2 | Ama Mensah', '3 | Tom Reyes']);
    // One row: a number cell and a <pre> that is no gutter ("2024"), or a gutter-looking cell beside prose.
    const year = article('<table><tr><td>2024</td><td><pre>a = 1</pre></td></tr></table>');
    expect(year.text).toContain('2024');
    const prosey = article('<table><tr><td>1 2</td><td>Two of the wells ran dry in June.</td></tr></table>');
    expect(prosey.markdown).not.toContain('```');
    const headed = article('<table><tr><th>#</th><th>Code</th></tr><tr><td>1</td><td class="code">a</td></tr><tr><td>2</td><td class="code">b</td></tr></table>');
    expect(headed.markdown).not.toContain('```');
    // Numbered lines beside no code: a poem's, and a ranking whose number cells are named "lineno".
    const poem = article('<table class="poem"><tr><td class="line-number">1</td><td class="line">Whose woods these are I think I know.</td></tr><tr><td class="line-number">2</td><td class="line">His house is in the village though;</td></tr></table>');
    expect(poem.markdown).not.toContain('```');
    expect(poem.text).toContain('Whose woods these are I think I know.');
    const lineno = article('<table><tr><td class="lineno">1</td><td>Housing affordability</td></tr><tr><td class="lineno">2</td><td>Public transit</td></tr></table>');
    expect(lineno.markdown).not.toContain('```');
    expect(extra(lineno.paragraphs)).toEqual(['1 | Housing affordability', '2 | Public transit']);
    // A ranking of terms set in <code>, and cells named "zip-code", are data too.
    const passwords = article('<table><tr><td>1</td><td><code>123456</code></td></tr><tr><td>2</td><td><code>password</code></td></tr><tr><td>3</td><td><code>qwerty123</code></td></tr></table>');
    expect(passwords.markdown).not.toContain('```');
    const zips = article('<table><tr><td>1</td><td class="zip-code">94110</td></tr><tr><td>2</td><td class="zip-code">94103</td></tr></table>');
    expect(zips.markdown).not.toContain('```');
  });
  it("drops a code block's toolbar: its language label and copy control before the <pre>", () => {
    const a = article('<div class="code"><div><span>tsx</span><button>Copy</button></div><pre class="language-tsx"><code>let x = 1;</code></pre></div><div><div><span>Copy code</span></div><pre class="language-sh">ls</pre></div>');
    expect(a.paragraphs).not.toContain('tsx');
    expect(a.text).not.toContain('Copy');
    // A label naming another language, or a file name, is the block's title, text of its own.
    const titled = article('<div class="code"><div><span>search.tsx</span></div><pre class="language-tsx"><code>let x = 1;</code></pre></div>');
    expect(titled.paragraphs).toContain('search.tsx');
  });

  it("drops the language label a code block's own \"language-x\" box sets beside its <pre> (VitePress), keeps one-word prose after the box", () => {
    const block = '<div class="language-nginx vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">nginx</span><pre class="shiki vp-code"><code><span class="line">proxy_cache_key $uri$http_range;</span></code></pre></div>';
    const a = article(block);
    expect(extra(a.paragraphs)).toEqual(['proxy_cache_key $uri$http_range;']);
    expect(a.markdown).toContain('```nginx\nproxy_cache_key $uri$http_range;\n```');
    // Near misses: a one-word paragraph after the box is prose; a wrapper named for the page's
    // language that holds the story's text is no code box, and the word before its <pre> stays.
    expect(extra(article(`${block}<p>Nginx.</p>`).paragraphs)).toEqual(['proxy_cache_key $uri$http_range;', 'Nginx.']);
    const page = article(`<div class="entry language-en">${prose(1, 'Story')}<p>en</p><pre>ls -la</pre></div>`);
    expect(extra(page.paragraphs)).toContain('en');
    // Review: a heading or a paragraph beside the <pre> is the page's text (a bilingual poem's verses).
    const verse = article('<div class="verse language-irish"><h3>Irish</h3><pre>Is fada an lá</pre></div><div class="notice language-en"><p>EN</p><pre>QUAY CLOSED</pre></div>');
    expect(verse.sections.map((s) => s.heading)).toContain('Irish');
    expect(extra(verse.paragraphs)).toContain('EN');
    expect(verse.markdown).not.toContain('```irish');
  });

  it("drops a pilcrow permalink glued to a heading's text (MkDocs, Sphinx), and keeps a heading ending in #", () => {
    const a = article('<h2 id="profiling">Profiling<a class="headerlink" href="#profiling" title="Permanent link">¶</a></h2><p>Until now, Tidewater kept task results in worker memory, and a restart lost them all.</p><h2>Why we chose C#</h2><p>The team knew the language, and the runtime was already on every build machine.</p>');
    expect(a.sections.map((s) => s.heading).filter((h) => h !== null)).toEqual(['Profiling', 'Why we chose C#']);
  });
  it("drops a permalink to its own section, figure or listing, glued or spaced (Sphinx's headerlink '#'), and MediaWiki's edit controls", () => {
    const a = article(
      '<section id="row-groups"><h2>What is a row group?<a class="headerlink" href="#row-groups">#</a></h2><p>A Parquet file is split horizontally into row groups, each with its own statistics.</p></section>' +
        '<figure id="id1"><img src="https://example.com/stats.png" alt="Stats"><figcaption><p><span class="caption-text">Each row group stores min/max statistics.</span><a class="headerlink" href="#id1">#</a></p></figcaption></figure>' +
        '<h2><span class="mw-headline" id="Opening_day">Opening day</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/index.php?title=X&amp;veaction=edit&amp;section=1">edit</a><span class="mw-editsection-divider"> | </span><a href="/index.php?title=X&amp;action=edit&amp;section=1">edit source</a><span class="mw-editsection-bracket">]</span></span></h2><p>The first tram left the city-centre stop at 6:12 a.m. on Sunday morning.</p>',
    );
    expect(a.sections.map((s) => s.heading).filter((h) => h !== null)).toEqual(['What is a row group?', 'Opening day']);
    expect(a.images[0]?.caption).toBe('Each row group stores min/max statistics.');
    expect(a.text).not.toContain('edit source');
  });
  it("keeps a mark in a paragraph's running text that links to the section around it ('Section 3 §'), and still drops a heading's and a paragraph's own", () => {
    const a = article('<section id="s3"><h2>Tides<a class="headerlink" href="#s3">§</a></h2><p>As Section 3 <a href="#s3">§</a> shows, the quay was built in 1820 and never raised since.</p><ul><li>See <a href="#s3">§</a> for the survey.</li></ul></section><p id="p9">The harbour master kept the tide tables in a drawer by the door.<a href="#p9">¶</a></p>');
    expect(a.sections.map((s) => s.heading).filter((h) => h !== null)).toEqual(['Tides']);
    expect(a.paragraphs).toContain('As Section 3 § shows, the quay was built in 1820 and never raised since.');
    expect(a.paragraphs).toContain('See § for the survey.');
    // A mark that names itself a permalink control is one wherever it links (the review's paragraph wrapper and FAQ item).
    const b = article('<div id="p-3"><p>The quay was raised in 1820 and never since, the survey says. <a class="permalink" href="#p-3">¶</a></p></div><ul><li id="faq-1">Tide tables are posted at the harbour office. <a class="anchor" href="#faq-1">#</a></li></ul>');
    expect(b.paragraphs).toContain('The quay was raised in 1820 and never since, the survey says.');
    expect(b.paragraphs).toContain('Tide tables are posted at the harbour office.');
    // The paragraph's own anchor is a control, as a heading's is.
    expect(a.paragraphs).toContain('The harbour master kept the tide tables in a drawer by the door.');
  });
  it("keeps a mark that links elsewhere, and a word that links to its own section ('C#')", () => {
    const a = article('<section id="langs"><h2>Why we chose <a href="#langs">C#</a></h2><p>The team knew the language, and the runtime was on every build machine.</p></section><figure id="f2"><img src="https://example.com/stats.png" alt="Stats"><figcaption>Failures by year, see<a href="#sources">§</a></figcaption></figure>');
    expect(a.sections.map((s) => s.heading).filter((h) => h !== null)).toEqual(['Why we chose C#']);
    expect(a.images[0]?.caption).toBe('Failures by year, see§');
  });
  it("keeps a subheading named for its anchor, whatever else its name says (Docusaurus's anchorWithStickyNavbar)", () => {
    const a = article('<h2 class="anchor anchorWithStickyNavbar_LWe7" id="persistent-result-caching">Persistent result caching</h2><p>Until now, Tidewater kept task results in worker memory, and a restart lost them all.</p>');
    expect(a.sections.map((s) => s.heading)).toContain('Persistent result caching');
    const nav = article('<h2 class="navbar-title">Sections</h2><p>Until now, Tidewater kept task results in worker memory, and a restart lost them all.</p>');
    expect(nav.sections.map((s) => s.heading)).not.toContain('Sections');
  });

  it('makes each list item one paragraph, "- " and "1. " in markdown', () => {
    const a = article('<ul><li>Sandbags at the quay</li><li>Pumps from the fire service</li></ul><ol><li>Leave the house</li><li>Go uphill</li></ol>');
    expect(extra(a.paragraphs)).toEqual(['Sandbags at the quay', 'Pumps from the fire service', 'Leave the house', 'Go uphill']);
    expect(a.markdown).toContain('- Sandbags at the quay\n\n- Pumps from the fire service');
    expect(a.markdown).toContain('1. Leave the house\n\n2. Go uphill');
  });

  it('renders a blockquote with "> "', () => {
    const a = article('<blockquote><p>We have never seen water this high, not even in 1953.</p></blockquote>');
    expect(extra(a.paragraphs)).toEqual(['We have never seen water this high, not even in 1953.']);
    expect(a.markdown).toContain('> We have never seen water this high, not even in 1953.');
  });

  it("drops a story's end mark: an end-mark-named inline glyph, or an ornament after the last sentence", () => {
    const named = article('<p>The ferry was late by one clock, and he seemed pleased with both.<span class="ArticleEndMark_root__eN8Dk end-mark">■</span></p>');
    expect(extra(named.paragraphs)).toEqual(['The ferry was late by one clock, and he seemed pleased with both.']);
    const glyph = article('<p>The ferry was late by one clock, and he seemed pleased with both. ∎</p><p>Next, the bell rang at noon.♦</p>');
    expect(extra(glyph.paragraphs)).toEqual(['The ferry was late by one clock, and he seemed pleased with both.', 'Next, the bell rang at noon.']);
    // Near misses: a glyph inside a word is text ("10♦"), and an end-mark-named element with words is too.
    const text = article('<p>She laid down the ten of diamonds, 10♦</p><p>It ended there.<span class="endmark">The End</span></p>');
    expect(extra(text.paragraphs)).toEqual(['She laid down the ten of diamonds, 10♦', 'It ended there.The End']);
  });

  it('renders <pre> as fenced code, keeping its line breaks', () => {
    const a = article('<pre>level = 4.2\nif level &gt; 4:\n    alarm()</pre>');
    expect(a.markdown).toContain('```\nlevel = 4.2\nif level > 4:\n    alarm()\n```');
    expect(a.text).toContain('level = 4.2\nif level > 4:\n    alarm()');
  });

  it('renders a data table as a markdown table, one paragraph per row', () => {
    const a = article(
      '<table><thead><tr><th>Town</th><th>Homes</th></tr></thead><tbody><tr><td>Eastport</td><td>120</td></tr><tr><td>West|by</td><td>45</td></tr></tbody></table>',
    );
    expect(a.markdown).toContain('| Town | Homes |\n| --- | --- |\n| Eastport | 120 |\n| West\\|by | 45 |');
    expect(extra(a.paragraphs)).toEqual(['Town | Homes', 'Eastport | 120', 'West|by | 45']);
  });

  it('splits <br>-separated bare text in a div into paragraphs', () => {
    const a = article('<div class="notice">Residents of the quay must leave by midnight.<br>Shelters are open at the school.<br><br>Bring medicines.</div>');
    expect(extra(a.paragraphs)).toEqual(['Residents of the quay must leave by midnight.', 'Shelters are open at the school.', 'Bring medicines.']);
  });

  it('drops "Read more: …" lines and bare ad labels', () => {
    const a = article('<p>Read more: Ferry service suspended as storms continue</p><p>READ MORE: Sea defences approved</p><p>Advertisement</p>');
    expect(extra(a.paragraphs)).toEqual([]);
    expect(a.text).not.toMatch(/read more/i);
  });

  it('drops a "Go deeper:" lead-in, alone or with its link, not a sentence that goes deeper', () => {
    const a = article(
      '<p><strong>Go deeper:</strong> <a href="/2023/10/02/bus-redesign">What other cities learned from redrawing their bus maps</a></p><p><strong>Go deeper:</strong></p><ul><li><a href="/a">RTD fares</a></li><li><a href="/b">Driver shortage</a></li></ul>' +
        '<p>Go deeper into the numbers and the picture changes: ridership fell in the suburbs.</p>' +
        '<p>Go deeper: the council\'s own analysis found that the corridor could absorb roughly 4,000 new homes.</p>',
      URL,
    );
    expect(extra(a.paragraphs)).toEqual([
      'Go deeper into the numbers and the picture changes: ridership fell in the suburbs.',
      "Go deeper: the council's own analysis found that the corridor could absorb roughly 4,000 new homes.",
    ]);
  });

  it("drops the reporters' closing contact line when it names an author or the staff it reaches", () => {
    const byline = '<p class="byline">By Hannah Whitcomb and Derek Osei</p>';
    const page = (closing: string) =>
      parseArticle(
        `<html><head><title>${HEADLINE}</title></head><body><article><h1>${HEADLINE}</h1>${byline}<div class="article-body">${prose(2)}${closing}</div></article></body></html>`,
      );
    const a = page('<p><strong>Write to</strong> Hannah Whitcomb at <a href="mailto:hannah.whitcomb@ledger.example">hannah.whitcomb@ledger.example</a> and Derek Osei at <a href="mailto:derek.osei@ledger.example">derek.osei@ledger.example</a></p>');
    expect(a.authors.map((x) => x.name)).toEqual(['Hannah Whitcomb', 'Derek Osei']);
    expect(extra(a.paragraphs)).toEqual([]);
    const b = page('<p>To contact the editors responsible for this story: Ann Lee at <a href="mailto:alee@ledger.example">alee@ledger.example</a></p>');
    expect(extra(b.paragraphs)).toEqual([]);
    // Near misses: a service line naming no author, and a contact line that is not the last.
    const c = page('<p>Contact the county clerk at <a href="mailto:clerk@county.example">clerk@county.example</a> to ask for a postal ballot.</p>');
    expect(extra(c.paragraphs)).toEqual(['Contact the county clerk at clerk@county.example to ask for a postal ballot.']);
    // The name first: Advance Local's "Have a tip? X may be reached at …".
    const d = page('<p><em>Have a tip? Hannah Whitcomb may be reached at <a href="mailto:hwhitcomb@ledger.example">hwhitcomb@ledger.example</a>. Follow her on Twitter @hwhit.</em></p>');
    expect(extra(d.paragraphs)).toEqual([]);
    // Not someone else who may be reached, a story's source, though an author is named after.
    const e = page('<p>The county clerk may be reached at <a href="mailto:clerk@county.example">clerk@county.example</a> until Friday.</p>');
    expect(extra(e.paragraphs)).toEqual(['The county clerk may be reached at clerk@county.example until Friday.']);
    const f = page('<p>Organizers of the March 20 library session can be reached at rsvp@library.example. Ledger reporter Hannah Whitcomb will moderate.</p>');
    expect(extra(f.paragraphs)).toHaveLength(1);
    // A title or an initial before the name.
    expect(extra(page('<p>Dr. Hannah Whitcomb can be reached at hwhitcomb@ledger.example.</p>').paragraphs)).toEqual([]);
    // A sign-off of an author's name, title and address only (Korean papers' "이민호 기자 (lmh@…)").
    expect(extra(page('<p>Hannah Whitcomb, reporter (hwhitcomb@ledger.example)</p>').paragraphs)).toEqual([]);
    expect(extra(page('<p>Derek Osei &lt;derek.osei@ledger.example&gt;</p>').paragraphs)).toEqual([]);
    // Not a line that says more, nor someone who is no author.
    expect(extra(page('<p>Hannah Whitcomb wrote from Oslo (hwhitcomb@ledger.example)</p>').paragraphs)).toHaveLength(1);
    expect(extra(page('<p>Ann Lee, reporter (alee@ledger.example)</p>').paragraphs)).toHaveLength(1);
  });

  it('drops a slide counter named for its picture ("Image 4 of 5"), not a statistic', () => {
    const a = article('<p>Image 4 of 5</p><p>Photo 2/12</p><p>18 of 25</p>');
    expect(extra(a.paragraphs)).toEqual(['18 of 25']);
  });

  it('drops a bare slide counter beside its picture ("1 of 12" in an image-meta box), not one away from a picture', () => {
    const slide = (counter: string) =>
      `<div class="slide"><div class="image-image"><img src="/storm.jpg" width="800" height="500"></div><div class="image-meta">${counter}<div class="image-caption">Waves break over the harbour wall.</div><div class="image-credit">Jane Roe, AP</div></div></div>`;
    // After the caption and credit, and before them.
    for (const box of [slide('').replace('</div></div>', '</div><span class="slide-count">1 of 12</span></div>'), slide('<span class="image-counter">3 of 12</span>')]) {
      const a = article(box + prose(1, 'Closing'), URL);
      expect(a.text).not.toMatch(/\d of 12/);
      expect(a.images.map((i) => [i.caption, i.credit])).toEqual([['Waves break over the harbour wall.', 'Jane Roe, AP']]);
    }
    // A counter above the slide it counts.
    expect(extra(article('<p>2 von 8</p><figure><img src="/b.jpg" width="800" height="500"><figcaption>The quay at dawn.</figcaption></figure>', URL).paragraphs)).toEqual([]);
    // A statistic set apart between paragraphs stays.
    expect(extra(article('<p>18 of 25</p>' + prose(1, 'Closing'), URL).paragraphs)).toContain('18 of 25');
    // In Polish and Russian too; a chart's bold callout after its figure stays (review).
    expect(extra(article('<p>3 z 12</p><figure><img src="/c.jpg" width="800" height="500"><figcaption>Most w Gdańsku.</figcaption></figure>', URL).paragraphs)).toEqual([]);
    expect(article('<figure><img src="/chart.png" width="800" height="500"><figcaption>Trust in local news, 2024.</figcaption></figure><p><strong>7 of 10</strong></p>' + prose(1, 'Closing'), URL).text).toContain('7 of 10');
  });

  it("drops the site's promo put to the reader as an italic aside, not an epigraph or a quoted question", () => {
    const a = article(
      '<p><em>Do you have questions about the biggest topics from around the world? Get the answers with <a href="https://example.com/knowledge">Ledger Knowledge</a>, our new platform of explainers.</em></p>' +
        '<p><em>Do you remember where you were when the lights went out?</em></p>' +
        '<p><em>Have you been affected by the flooding? Email the newsroom at <a href="mailto:news@example.com">news@example.com</a>.</em></p>' +
        '<p>Do you have a plan for the next storm? Most residents said no, according to <a href="https://example.com/survey">the survey</a>.</p>' +
        '<p><strong>Do you think you will run again, given how <a href="https://example.com/votes">the vote</a> went for you?</strong></p>' +
        '<p><strong>Do you qualify for the rebate? If you earn less than $60,000, you probably do; <a href="https://valleycity.example.gov/rebate">apply on the city\'s site</a>.</strong></p>' +
        '<p><strong>Do you regret the vote? You were the deciding vote on <a href="https://example.com/2025/02/12/committee">the committee</a> last month.</strong></p>',
      URL,
    );
    expect(extra(a.paragraphs)).toEqual([
      'Do you remember where you were when the lights went out?',
      'Have you been affected by the flooding? Email the newsroom at news@example.com.',
      'Do you have a plan for the next storm? Most residents said no, according to the survey.',
      'Do you think you will run again, given how the vote went for you?',
      "Do you qualify for the rebate? If you earn less than $60,000, you probably do; apply on the city's site.",
      'Do you regret the vote? You were the deciding vote on the committee last month.',
    ]);
  });

  it('drops an update stamp that is only a clock time, not one that says what changed', () => {
    const a = article('<p><em>Updated at 1:23 p.m.</em></p><p>Updated 10:42 AM ET</p><p>Updated at 1:23 p.m. with the senator\'s reply.</p>');
    expect(extra(a.paragraphs)).toEqual(["Updated at 1:23 p.m. with the senator's reply."]);
  });

  it("drops a post's unclassed meta row of two labels or more, not a sentence opening with one", () => {
    const a = article('<p>05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: sad arrombamento</p><p>Posted in: News | Tags: harbour, storm</p><p>Category: the five cheapest cars to insure this year, ranked by the council.</p><p>Author: Toni Morrison - Category: Fiction - Tags: banned, classics</p><p>Published by: Knopf · Category: Literary fiction · 320 pages · $28</p>');
    expect(extra(a.paragraphs)).toEqual([
      'Category: the five cheapest cars to insure this year, ranked by the council.',
      'Author: Toni Morrison - Category: Fiction - Tags: banned, classics',
      'Published by: Knopf · Category: Literary fiction · 320 pages · $28',
    ]);
  });

  it('drops a text resizer\'s label left without its buttons', () => {
    const a = article('<p>Text size</p><p>Resize text</p>');
    expect(extra(a.paragraphs)).toEqual([]);
  });

  it("drops a wire agency's standards line: a label and one link to its standards page, not a sentence citing one", () => {
    const a = article(
      '<p>(Reporting by Lucia Ferraro; Editing by Mark Potter)</p><p>Our Standards: <a href="https://www.thomsonreuters.example/en/about-us/trust-principles.html">The Thomson Reuters Trust Principles.</a></p>',
      URL,
    );
    expect(extra(a.paragraphs)).toEqual(['(Reporting by Lucia Ferraro; Editing by Mark Potter)']);
    // Near misses: a labelled link elsewhere, and a sentence that links to a standards page.
    const b = article(
      '<p>Full report: <a href="https://other.example/reports/harbour-2025">The harbour survey</a></p><p>The council said its <a href="https://example.com/about/editorial-standards">editorial standards</a> were met.</p>',
      URL,
    );
    expect(extra(b.paragraphs)).toEqual(['Full report: The harbour survey', 'The council said its editorial standards were met.']);
    // A cited document on a standards or ethics page that does not name the agency's standards.
    const c = article(
      '<p>Full text: <a href="https://www.nist.example/standards/fips-203">FIPS 203 standard</a></p><p>Read the code: <a href="https://council.example/ethics/code-of-conduct">Council Code of Ethics</a></p>',
      URL,
    );
    expect(extra(c.paragraphs)).toEqual(['Full text: FIPS 203 standard', 'Read the code: Council Code of Ethics']);
  });

  it('keeps a long paragraph that merely starts with "More"', () => {
    const a = article('<p>More than 300 homes were flooded, the council said, and the clean-up could take weeks.</p>');
    expect(extra(a.paragraphs)).toEqual(['More than 300 homes were flooded, the council said, and the clean-up could take weeks.']);
  });
});

describe('assemble: figures', () => {
  it("drops a picture viewer's control opening a caption with its separator (Ars Technica's \"Enlarge /\"), not the word in the caption's sentence", () => {
    const figure = (caption: string) =>
      article(`<figure><img src="https://example.com/rotor.jpg" alt="" width="640" height="360"><figcaption>${caption}</figcaption></figure>`).images.map((i) => [i.caption, i.credit]);
    expect(
      figure('<div class="caption-text"><a href="https://example.com/rotor-full.jpg" class="enlarge-link">Enlarge</a> <span class="sep">/</span> Engineers prepare a rotor test stand.</div><div class="caption-credit">Credit: NASA/JPL-Caltech</div>'),
    ).toEqual([['Engineers prepare a rotor test stand.', 'NASA/JPL-Caltech']]);
    expect(figure('<span class="zoom">View larger</span> | A test stand in the chamber.')).toEqual([['A test stand in the chamber.', null]]);
    expect(figure('<a href="#">Expand</a> · A test stand in the chamber.')).toEqual([['A test stand in the chamber.', null]]);
    // Near misses: a link with no separator after it is the sentence's word; the words in the caption's own text stay.
    expect(figure('<a href="https://example.com/zoom">Zoom</a> shares fell 5% on Monday.')).toEqual([['Zoom shares fell 5% on Monday.', null]]);
    // Round 2 of the review: "Zoom" before a separator is the company the caption is about.
    expect(figure('<strong>Zoom</strong> | Shares of the video company fell 12 percent.')).toEqual([['Zoom | Shares of the video company fell 12 percent.', null]]);
    expect(figure('Enlarge / reduce the map with the buttons below.')).toEqual([['Enlarge / reduce the map with the buttons below.', null]]);
    expect(figure('<a href="https://example.com/tag/rotor">Rotor blades</a> / a test stand in the chamber.')).toEqual([['Rotor blades / a test stand in the chamber.', null]]);
  });
  it("drops a caption's own show/hide control from its text (NPR's <b class=hide-caption>), not the same words in a sentence", () => {
    const npr = (control: string, text = 'A chairlift runs above a trail of patchy snow.') =>
      article(
        `<div class="bucketwrap image"><img src="https://example.com/lift.jpg" alt="" width="880" height="587"><div class="credit-caption"><div class="caption"><p>${text} <b class="hide-caption"><b>${control}</b></b></p></div><span class="credit">Ann Lee/NPR</span></div></div>`,
      ).images.map((i) => [i.caption, i.credit]);
    expect(npr('hide caption')).toEqual([['A chairlift runs above a trail of patchy snow.', 'Ann Lee/NPR']]);
    expect(npr('Toggle Caption')).toEqual([['A chairlift runs above a trail of patchy snow.', 'Ann Lee/NPR']]);
    // Near misses: the words inside the caption's sentence, or an element that says more.
    const words = article('<figure><img src="https://example.com/lift.jpg" alt="" width="880" height="587"><figcaption>Judges <em>hide caption</em> cards from the crowd until the final round.</figcaption></figure>');
    expect(words.images.map((i) => i.caption)).toEqual(['Judges hide caption cards from the crowd until the final round.']);
    expect(npr('hide caption cards', 'Judges')).toEqual([['Judges hide caption cards', 'Ann Lee/NPR']]);
  });
  it("drops both of NPR's controls, and only a control: not a title in italics, nor 'Open captions' (the review's cases)", () => {
    const both = article(
      '<div class="bucketwrap image"><img src="https://example.com/bus.jpg" alt="" width="880" height="587"><div class="credit-caption"><div class="caption"><p>A city bus on Elm Street on Tuesday. <b class="hide-caption"><b>hide caption</b></b></p><b class="toggle-caption"><b>toggle caption</b></b></div><span class="credit">Ann Lee/NPR</span></div></div>',
    );
    expect(both.images.map((i) => i.caption)).toEqual(['A city bus on Elm Street on Tuesday.']);
    const fig = (caption: string) => article(`<figure><img src="https://example.com/x.jpg" alt="" width="880" height="587"><figcaption>${caption}</figcaption></figure>`).images.map((i) => i.caption);
    expect(fig('The cast of the musical <em>Show Caption</em>')).toEqual(['The cast of the musical Show Caption']);
    expect(fig('<b>Open captions</b> are burned into the film at the Rialto, unlike closed ones.')).toEqual(['Open captions are burned into the film at the Rialto, unlike closed ones.']);
  });
  it('reads a credit element inside the figure whatever whitespace stands between its elements', () => {
    // Brightspot's Figure: the caption and the credit side by side in a box after the picture's.
    const figure = (sep: string) =>
      `<figure class="Figure">${sep}<div class="Figure-media"><img src="https://example.com/f.jpg" alt="Ferry" width="880" height="587"></div>${sep}<div class="Figure-content">${sep}<figcaption class="Figure-caption"><p>The ferry leaves the terminal on Monday.</p></figcaption>${sep}<div class="Figure-credit"><p>Nadia Kim / HLPR</p></div>${sep}</div>${sep}</figure>`;
    for (const sep of ['', '\n      ']) {
      const a = article(figure(sep));
      expect(a.images.map((i) => [i.caption, i.credit])).toEqual([['The ferry leaves the terminal on Monday.', 'Nadia Kim / HLPR']]);
      expect(a.text).not.toContain('Nadia Kim');
    }
    // After a paragraph of the story, a credit-named line is not the picture's.
    const after = article('<figure><img src="https://example.com/f.jpg" alt="Ferry" width="880" height="587"><figcaption>The ferry leaves.</figcaption></figure>\n<p>The fare rises in January, the port said.</p>\n<div class="source">Source: Port Haven ferry authority annual report</div>');
    expect(after.images.map((i) => i.credit)).toEqual([null]);
  });
  it("reads a caption box named \"-sign\" (Bitrix) and a photographer span named like an author inside the caption", () => {
    const a = article('<div class="news-detail__picture"><img src="https://example.com/a.jpg" alt="Бригада" width="800" height="533"><div class="news-detail__picture-sign">Ремонтная бригада на улице Ульяновской. Фото: Андрей Сидоров</div></div>');
    expect(a.images.map((i) => [i.caption, i.credit])).toEqual([['Ремонтная бригада на улице Ульяновской.', 'Андрей Сидоров']]);
    expect(a.text).not.toContain('Андрей Сидоров');
    const b = article('<div class="article-image"><img src="https://example.com/b.jpg" alt="Опашка" width="800" height="533"><div class="image-description">Опашка пред клон на банка в София <span class="photo-author">Снимка: Надежда Чипева</span></div></div>');
    expect(b.images.map((i) => [i.caption, i.credit])).toEqual([['Опашка пред клон на банка в София', 'Надежда Чипева']]);
    // A sign-up box is no caption.
    const c = article('<div class="news-detail__picture"><img src="https://example.com/a.jpg" alt="Бригада" width="800" height="533"></div><div class="picture-signup">Подпишитесь на рассылку</div>');
    expect(c.images.map((i) => i.caption)).toEqual([null]);
  });
  it('reads a picture word glued to a caption word as a caption: "picdesc", "ImageComment" (not readers\' comments)', () => {
    const a = article('<div class="pic"><img src="https://example.com/a.jpg" width="600" height="400"><br><span class="picdesc">นักท่องเที่ยวถ่ายภาพแม่คะนิ้ง (ภาพ: อุทยานแห่งชาติภูเรือ)</span></div>');
    expect(a.images.map((i) => [i.caption, i.credit])).toEqual([['นักท่องเที่ยวถ่ายภาพแม่คะนิ้ง', 'อุทยานแห่งชาติภูเรือ']]);
    const b = article('<div class="NewsImage"><img src="https://example.com/b.jpg" width="600" height="400" alt="أهالي قرية فارس"><div class="ImageComment">أهالي القرية يملؤون الجراكن - تصوير: أحمد حسن</div></div>');
    expect(b.images.map((i) => [i.caption, i.credit])).toEqual([['أهالي القرية يملؤون الجراكن', 'أحمد حسن']]);
    // Near misses: a comments box is still readers' comments, and "topic-desc" names no picture.
    const c = article('<div class="article-comments"><p>Great article, thanks for writing it, I learned a lot today.</p></div><div class="topic-desc">Harbours and the sea, in depth.</div>');
    expect(c.text).not.toContain('Great article');
    expect(extra(c.paragraphs)).toEqual(['Harbours and the sea, in depth.']);
  });
  it("reads Chorus's figure: a thumbor URL's focal box is no 1x1 pixel, and the caption box named \"meta\" is the picture's", () => {
    const src = 'https://cdn.example/thumbor/r8Qm=/0x0:5000x3333/1200x800/filters:focal(2500x1667:2501x1668)/uploads/image/73918244/GettyImages_2031877412.0.jpg';
    const a = article(`<figure class="e-image e-image--hero"><span class="e-image__inner"><span class="e-image__image"><picture class="c-picture"><img alt="A parking lot" src="${src}"></picture></span></span><span class="e-image__meta"><figcaption>A surface lot beside new apartment construction.</figcaption><cite>Elena Marsh/Getty Images</cite></span></figure>`);
    expect(a.images.map((i) => [i.src, i.caption, i.credit])).toEqual([[src, 'A surface lot beside new apartment construction.', 'Elena Marsh/Getty Images']]);
    // A real pixel is still one, and a meta-named figure (a review's rating key) is still a meta line.
    expect(article('<figure><img src="https://cdn.example/t/1x1.gif" alt=""><figcaption>A pixel.</figcaption></figure>').images).toEqual([]);
    const key = article('<h4>Score <figure class="o-rating_key t-meta-small"><span>Poor</span><span>Good</span><figcaption>Key</figcaption></figure></h4><p>The console plays more titles in native 4K than any other system, and costs less than a gaming PC.</p>');
    expect(key.text).not.toContain('Poor');
  });
  it("reads a chart's figure: its footer-named caption, its source line in the caption, its \"Chart:\" credit element", () => {
    const a = article('<figure class="c-chart"><img src="https://charts.example/Wq7Rt/full.png" alt="Line chart of bills"><figcaption class="c-chart__footer"><p class="c-chart__note">Note: Bills assume 5,000 gallons a month.</p><p class="c-chart__source">Source: rate filings · <a href="https://charts.example/Wq7Rt/dataset.csv">Get the data</a></p><p class="c-chart__credit">Chart: Theo Ruiz</p></figcaption></figure><p>The increases are steepest in towns that have lost population, the filings show.</p><div class="c-table-wrap"><span class="c-table-wrap__hint">Click a column header to sort.</span><table><tr><th>Town</th><th>Bill</th></tr><tr><td>Orrin</td><td>$1,012</td></tr></table></div>');
    expect(a.images.map((i) => [i.caption, i.credit])).toEqual([['Note: Bills assume 5,000 gallons a month. Source: rate filings · Get the data', 'Theo Ruiz']]);
    expect(a.text).not.toContain('Click a column header');
    // With no credit element, a source line alone is still read as the credit.
    const b = article('<figure><img src="https://charts.example/x.png" alt="Chart"><figcaption>Bills in 41 towns. <span class="source">Lakeshore PSC</span></figcaption></figure>');
    expect(b.images.map((i) => [i.caption, i.credit])).toEqual([['Bills in 41 towns.', 'Lakeshore PSC']]);
  });
  it('looks inside a box named for both caption and credit for the credit, and takes a credit box whose link is named for the caption', () => {
    const a = article('<figure><img src="https://example.com/lungs.jpg" alt="Lungs"><figcaption><div class="_pattribution-w-auto _pcaption-w-auto"><div class="caption"><p>Cells with taste receptors develop inside the lungs.</p></div><div class="attribution"><p><a href="https://social.example/renderburger/">RenderBurger</a> for Quanta Magazine</p></div></div></figcaption></figure>');
    expect(a.images.map((i) => [i.caption, i.credit])).toEqual([['Cells with taste receptors develop inside the lungs.', 'RenderBurger for Quanta Magazine']]);
    const b = article('<figure><img src="https://example.com/crash.jpg" alt="Crash"><figcaption class="caption"><div class="caption-credit"><a class="caption-link" href="https://wiki.example/File:Kernel-panic.jpg">Kevin</a></div></figcaption></figure>');
    expect(b.images.map((i) => [i.caption, i.credit])).toEqual([[null, 'Kevin']]);
  });
  it('reads a "Picha:" credit element whole, not as "Pic" + "ha: …"', () => {
    const a = article('<figure><img src="https://example.com/katibu.jpg" alt="Katibu"><figcaption>Katibu akihutubia wanahabari jijini Nairobi. <small class="credit">Picha: Fatuma Ali | Taifa Jipya</small></figcaption></figure>');
    expect(a.images.map((i) => [i.caption, i.credit])).toEqual([['Katibu akihutubia wanahabari jijini Nairobi.', 'Fatuma Ali | Taifa Jipya']]);
    const b = article('<figure><img src="https://example.com/katibu.jpg" alt="Katibu"><figcaption>Katibu akihutubia wanahabari. <small class="credit">Pichani Studio</small></figcaption></figure>');
    expect(b.images.map((i) => i.credit)).toEqual(['Pichani Studio']);
  });
  it("reads a figcaption that is only an artist's credit, or ends in one in its own span, as the credit; not an artwork that is the picture's subject", () => {
    const fig = (caption: string) => article(`<figure><img src="https://cdn.example.com/lead.jpg" alt="" width="1440" height="810"><figcaption>${caption}</figcaption></figure>`).images.map((i) => [i.caption, i.credit]);
    expect(fig('Illustration by Mara Quint')).toEqual([[null, 'Mara Quint']]);
    expect(fig('The reading room at night. <span>Art by Leo Park</span>')).toEqual([['The reading room at night.', 'Leo Park']]);
    expect(fig('Artwork by Maya Lin is displayed at the new station entrance.')).toEqual([['Artwork by Maya Lin is displayed at the new station entrance.', null]]);
    expect(fig('Illustration by children from the school hangs in the hall')).toEqual([['Illustration by children from the school hangs in the hall', null]]);
  });
  it('drops a visually hidden "Image:" label and a printed "File pic:" from the credit; a described archive picture stays the caption', () => {
    const fig = (printed: string) => article(`<figure><img src="https://cdn.example.com/corridor.jpg" alt="" width="1600" height="900"><figcaption class="ui-media-caption"><span class="u-hide-visually">Image:</span><span class="ui-media-caption__caption-text">${printed}</span></figcaption></figure>`).images.map((i) => [i.caption, i.credit]);
    expect(fig('File pic: PA')).toEqual([[null, 'PA']]);
    expect(fig('File photo: Protesters outside city hall')).toEqual([['File photo: Protesters outside city hall', null]]);
  });
  it('reads figcaption text and a <span class="credit"> into caption and credit', () => {
    const a = article(
      '<figure><img src="/img/quay.jpg" width="1200" height="800" alt="The quay"><figcaption>The flooded quay at dawn. <span class="credit">Jane Roe/Harbour Gazette</span></figcaption></figure>',
      { url: 'https://example.com/news/storm' },
    );
    expect(a.images).toEqual([
      { src: 'https://example.com/img/quay.jpg', alt: 'The quay', caption: 'The flooded quay at dawn.', credit: 'Jane Roe/Harbour Gazette', width: 1200, height: 800 },
    ]);
    expect(a.leadImage).toEqual(a.images[0]);
    expect(a.markdown).toContain('![The quay](https://example.com/img/quay.jpg)\n*The flooded quay at dawn. (Jane Roe/Harbour Gazette)*');
  });

  it("leaves out the separator between a caption and its credit element, keeps a dash that belongs to the caption's word", () => {
    const fig = (inner: string) => article(`<figure><img src="https://cdn.example.com/market.jpg" alt="" width="1200" height="800"><figcaption>${inner}</figcaption></figure>`).images.map((i) => [i.caption, i.credit]);
    expect(fig('<span>Cliente observa preços em São Paulo</span> - <span class="credit">Rubens Cavallari/Folhapress</span>')).toEqual([['Cliente observa preços em São Paulo', 'Rubens Cavallari/Folhapress']]);
    expect(fig('Traffic backs up on Route 12 – <span class="credit">Jane Roe</span>')).toEqual([['Traffic backs up on Route 12', 'Jane Roe']]);
    expect(fig('<span class="credit">Jane Roe/AP</span> | <span>Waves hit the quay on Tuesday.</span>')).toEqual([['Waves hit the quay on Tuesday.', 'Jane Roe/AP']]);
    // Near misses: the caption's own last word, hyphenated or cut at its hyphen, and a signed number it opens with.
    expect(fig('Lorries queue on the E-45 <span class="credit">Jane Roe</span>')).toEqual([['Lorries queue on the E-45', 'Jane Roe']]);
    expect(fig('Shelves of pre- and post- <span class="credit">Jane Roe</span>')).toEqual([['Shelves of pre- and post-', 'Jane Roe']]);
    expect(fig('<span class="credit">Jane Roe</span> -5 °C on the quay at dawn')).toEqual([['-5 °C on the quay at dawn', 'Jane Roe']]);
    // Review: only the credit's side is trimmed; a French dialogue's dash opens the caption.
    expect(fig('— Nous ne partirons pas, lance une pêcheuse. <span class="credit">AFP</span>')).toEqual([['— Nous ne partirons pas, lance une pêcheuse.', 'AFP']]);
  });

  it('reads a caption span and the credit written beside it in their box as one caption', () => {
    const a = article('<div class="photo"><img src="/q.jpg" alt="Quay"><p><span class="caption">Waves hit the quay on Tuesday.</span> (AP Photo/Jane Roe)</p></div>' + prose(1, 'After'), URL);
    expect(a.images[0]).toMatchObject({ caption: 'Waves hit the quay on Tuesday.', credit: 'AP Photo/Jane Roe' });
    expect(extra(a.paragraphs)).toEqual(['After 1 of the report goes on, with commas, names, places and figures, long enough to read as real article prose here.']);
    // Text beside a caption span that is not a credit is a sentence: the box is not a caption.
    const b = article('<img src="/q.jpg" alt="Quay"><p><span class="caption">BERLIN</span> The council met on Monday to discuss the flood defences again.</p>', URL);
    expect(b.images[0]?.caption).toBeNull();
    expect(extra(b.paragraphs)).toEqual(['BERLIN The council met on Monday to discuss the flood defences again.']);
  });

  it("reads text a <figure> holds after its picture, with no <figcaption>, as the figure's caption", () => {
    const a = article('<figure><img src="/q.jpg" alt="Quay"><div>Waves hit the quay on Tuesday. Photo: Jane Roe</div></figure>', URL);
    expect(a.images[0]).toMatchObject({ caption: 'Waves hit the quay on Tuesday.', credit: 'Jane Roe' });
    expect(extra(a.paragraphs)).toEqual([]);
    const b = article('<figure><img src="/q.jpg" alt="Quay"><p>The quay at dawn.</p><figcaption>Waves hit the quay. <span class="credit">Jane Roe</span></figcaption></figure>', URL);
    expect(b.images[0]).toMatchObject({ caption: 'Waves hit the quay.', credit: 'Jane Roe' });
  });

  it('keeps a caption hidden from screen readers only (aria-hidden: the alt repeats it)', () => {
    const a = article(
      '<figure><img src="https://cdn.example.com/quay.jpg" alt="The flooded quay at dawn."><figcaption><span aria-hidden="true">The flooded quay at dawn.</span><span itemprop="copyrightHolder"><span>Credit...</span><span>Jane Roe/Harbour Gazette</span></span></figcaption></figure>',
    );
    expect(a.images[0]).toMatchObject({ caption: 'The flooded quay at dawn.', credit: 'Jane Roe/Harbour Gazette' });
    const legend = article('<figure><img src="https://cdn.example.com/quay.jpg"><figcaption class="article__legend" aria-hidden="true">The flooded quay at dawn. <span class="article__credit" aria-hidden="true">JANE ROE / HANS LUCAS</span></figcaption></figure>');
    expect(legend.images[0]).toMatchObject({ caption: 'The flooded quay at dawn.', credit: 'JANE ROE / HANS LUCAS' });
  });

  it('strips "Kuva:" and the other colon labels from a credit element', () => {
    const a = article('<figure><img src="https://cdn.example.com/kela.jpg"><figcaption>Kelan toimisto. <span class="figure__credit">Kuva: Jussi Koivisto / KR</span></figcaption></figure>');
    expect(a.images[0]).toMatchObject({ caption: 'Kelan toimisto.', credit: 'Jussi Koivisto / KR' });
  });

  it('reads a byline-classed credit inside a figcaption, and drops the label its <dt> leaves', () => {
    const blox = article(
      '<figure><img src="https://cdn.example.com/council.jpg" alt="Council"><figcaption class="caption"><div class="caption-text"><p>Council members listen before the vote.</p></div><span class="tnt-byline">Jake Moreno, The Prairie Ledger</span></figcaption></figure>',
    );
    expect(blox.images[0]).toMatchObject({ caption: 'Council members listen before the vote.', credit: 'Jake Moreno, The Prairie Ledger' });
    const dl = article(
      '<figure><img src="https://cdn.example.com/p.jpg" alt=""><figcaption><div>Разве этой красотке дашь 53 года?</div><div class="image-caption__meta"><dl><dt>Фото</dt><dd itemprop="copyrightHolder">@paulinaporizkov</dd></dl></div></figcaption></figure>',
    );
    expect(dl.images[0]).toMatchObject({ caption: 'Разве этой красотке дашь 53 года?', credit: '@paulinaporizkov' });
  });
  it('finds a caption past the lines between it and its picture in the same box, and reads a credit among them', () => {
    const slide =
      '<div class="slide"><div class="slide-media"><figure><img src="https://cdn.example.com/snow.jpg" alt="Snow" width="1440" height="960"></figure></div><div class="slide-info"><div class="counter"><span>1</span> of 3</div><div class="slide-caption"><p>Cars sit buried under snow in Minneapolis.</p></div></div></div>';
    const bbc =
      '<figure><div><img src="https://cdn.example.com/homes.jpg" alt="Homes" width="800" height="450"><span role="text">Getty Images</span></div><figcaption>About 260,000 homes have been empty for six months</figcaption></figure>';
    const kompas =
      '<div class="photo"><div class="photo__wrap"><img src="https://cdn.example.com/road.jpg" alt="Road" width="750" height="500"></div><a class="photo__more" href="/image/1">Lihat Foto</a><div class="photo__caption">Petugas memeriksa pelat nomor di Jalan Pramuka. (WARTA/RIZKY ANANDA)</div></div>';
    const a = article(slide + bbc + kompas);
    expect(a.images.map((i) => [i.caption, i.credit])).toEqual([
      ['Cars sit buried under snow in Minneapolis.', null],
      ['About 260,000 homes have been empty for six months', 'Getty Images'],
      ['Petugas memeriksa pelat nomor di Jalan Pramuka.', 'WARTA/RIZKY ANANDA'],
    ]);
    expect(extra(a.paragraphs)).toEqual([]);
  });
  it("finds a caption past a picture's download or zoom link of any length in its box, in the body as in the hero", () => {
    const box = (name: string, link: string) =>
      `<figure class="image component"><div class="component-content"><div class="image-sharesheet"><div class="image"><picture><img src="https://cdn.example.com/${name}.jpg" alt="A lakeside view"></picture></div><div class="sharesheet-options"><a class="icon image-download" href="https://cdn.example.com/${name}.zip" download>${link}</a></div></div><div class="image-description"><div class="image-caption">Environments let users dial their surroundings with a turn of the crown.</div></div></div></figure>`;
    const inBody = article(box('inline', '<span class="visuallyhidden">Download media, Orchard Vista Environments image</span>'));
    expect(inBody.images.map((i) => i.caption)).toEqual(['Environments let users dial their surroundings with a turn of the crown.']);
    expect(extra(inBody.paragraphs)).toEqual([]);
    // The same box as the story's lead picture, before the text.
    const hero = parseArticle(`<html><body><article><h1>${HEADLINE}</h1>${box('hero', '<span class="visuallyhidden">Download media, Orchard Vista Environments image</span>')}<div class="article-body">${prose(3)}</div></article></body></html>`);
    expect(hero.images.map((i) => i.caption)).toEqual(['Environments let users dial their surroundings with a turn of the crown.']);
    // A visible zoom link to the full-size file between the picture and its caption.
    const zoom = article(
      '<figure class="photo"><div class="photo__inner"><div class="photo__wrap"><img src="https://cdn.example.com/quay.jpg" alt="Quay" width="750" height="500"></div><div class="photo__tools"><a class="photo__zoom" href="https://cdn.example.com/quay-full.jpg">View larger version of the photo of the flooded quay</a></div><div class="photo__caption">Water covers the quay at high tide on Tuesday.</div></div></figure>',
    );
    expect(zoom.images.map((i) => i.caption)).toEqual(['Water covers the quay at high tide on Tuesday.']);
    expect(extra(zoom.paragraphs)).toEqual([]);
    // A linked credit there, opening with its label, is the credit (review).
    const linked = article(
      '<figure class="photo"><div class="photo__inner"><div class="photo__wrap"><img src="https://cdn.example.com/quay.jpg" alt="Quay" width="750" height="500"></div><div class="photo__credit"><a href="https://harbourtrust.example/archive">Photo courtesy of the Porthcawl Harbour Trust Archive</a></div><div class="photo__caption">Water covers the quay at high tide on Tuesday.</div></div></figure>',
    );
    expect(linked.images.map((i) => [i.caption, i.credit])).toEqual([['Water covers the quay at high tide on Tuesday.', 'courtesy of the Porthcawl Harbour Trust Archive']]);
  });
  it("takes no caption past a long link line when the caption-named block after it is not in the picture's box", () => {
    // The story's text around the picture: a link line, then a block the CMS named as a caption's.
    const story = 'The council said on Tuesday that the harbour wall, built after the storm of 1953, would be raised by a metre before next winter.';
    const a = article(
      `<figure><img src="https://cdn.example.com/a.jpg" alt="" width="800" height="450"></figure><p><a href="https://www.harbourtrust.example/wall-report.pdf">The harbour trust's full report on the wall and its repairs</a></p><div class="caption-text">${story}</div>${prose(2, 'Later')}`,
    );
    expect(a.images.map((i) => [i.caption, i.credit])).toEqual([[null, null]]);
    // A gallery's label in the picture's box is neither its caption nor its credit, nor the story's.
    const g = article(
      `<figure class="gallery"><div class="gallery__inner"><div class="gallery__slide"><img src="https://cdn.example.com/g1.jpg" alt="" width="800" height="450"></div><div class="gallery__nav"><a href="/gallery/storm">Open the gallery: 24 photos of the storm on the coast</a></div><div class="gallery__caption">Waves break over the sea wall at Porthcawl.</div></div></figure>${prose(1, 'Story')}`,
    );
    expect(g.images.map((i) => [i.caption, i.credit])).toEqual([['Waves break over the sea wall at Porthcawl.', null]]);
    expect(g.text).not.toContain('Open the gallery');
  });
  it("leaves short story lines between a captioned figure and a later figure's caption alone", () => {
    const a = article(
      '<figure><img src="https://cdn.example.com/a.jpg" alt="" width="800" height="450"><figcaption>The chamber.</figcaption></figure><p>The vote was 7-2.</p><p>“No,” she said.</p><figure><video src="/v.mp4"></video><figcaption>Watch the vote.</figcaption></figure>',
    );
    expect(extra(a.paragraphs)).toEqual(['The vote was 7-2.', '“No,” she said.']);
    expect(a.images[0]?.caption).toBe('The chamber.');
  });
  it('reads a credit-named element right after a picture as its credit, not a paragraph', () => {
    const a = article('<figure><img src="https://cdn.example.com/d.jpg" alt="" width="800" height="450"><figcaption>Bob Iger at the launch.</figcaption></figure><p class="image-credit">(Reed Saxon / Associated Press)</p>');
    expect(a.images[0]).toMatchObject({ caption: 'Bob Iger at the launch.', credit: 'Reed Saxon / Associated Press' });
    expect(extra(a.paragraphs)).toEqual([]);
  });
  it('leaves a short paragraph between a picture and a caption of another box alone', () => {
    const a = article('<figure><img src="https://cdn.example.com/a.jpg" alt="" width="800" height="450"></figure><p>He declined to comment.</p><div class="other"><div><div><p class="caption">A caption of nothing here.</p></div></div></div>');
    expect(extra(a.paragraphs)).toEqual(['He declined to comment.']);
    expect(a.images[0]?.caption).toBeNull();
  });
  it('reads a caption-named span beside a picture and its credit as the caption', () => {
    const a = article('<p><img src="https://cdn.example.com/s.jpg" alt="" width="800" height="450"><br><span class="caption">Shoppers crowd the mall.</span> (AP Photo/Jane Roe)</p>');
    expect(a.images[0]?.caption).toBe('Shoppers crowd the mall.');
    expect(a.text).not.toContain('Shoppers crowd the mall.');
  });
  it("keeps a caption-named span inside a sentence: PR Newswire's dateline", () => {
    const a = article('<p><span class="legendSpanClass"><span class="xn-location">BERLIN</span>, <span class="xn-chron">Dec. 23, 2025</span></span> /PRNewswire/ -- Nordwerk Energy SE today announced a new plant.</p>');
    expect(extra(a.paragraphs)).toEqual(['BERLIN, Dec. 23, 2025 /PRNewswire/ -- Nordwerk Energy SE today announced a new plant.']);
  });
  it('reads a <div> media block: its "media__title" caption and "media__copyright" credit, "©" dropped', () => {
    const a = article(
      '<div class="media"><div class="media__size"><img src="https://cdn.example.com/rink.jpg" alt="Kids"></div><div class="media__info"><div class="media__title">Дети на катке на площади Мира</div><div class="media__copyright"><span class="media__copyright-item">© Северный вестник / Алексей Морозов</span></div></div></div>',
    );
    expect(a.images[0]).toMatchObject({ caption: 'Дети на катке на площади Мира', credit: 'Северный вестник / Алексей Морозов' });
    expect(a.text).not.toContain('Дети на катке');
  });

  it('reads a caption\'s last unnamed span as its credit only after a finished sentence, and never a date', () => {
    const fig = (cap: string) => article(`<figure><img src="https://cdn.example.com/ward.jpg"><figcaption class="a_m_p">${cap}</figcaption></figure>`).images[0];
    expect(fig('<span>Pacientes en la sala de espera, el lunes.</span><span class="a_m_m">Rodrigo Jiménez (EFE)</span>')).toMatchObject({ caption: 'Pacientes en la sala de espera, el lunes.', credit: 'Rodrigo Jiménez (EFE)' });
    expect(fig('<span>Video of the rescue, released on Monday.</span><span>(Published Monday, Nov. 18, 2019)</span>')?.credit).toBeNull();
    expect(fig('<em>The Starry Night</em><span>, oil on canvas</span>')).toMatchObject({ caption: 'The Starry Night, oil on canvas', credit: null });
  });

  it("reads a caption's last element that opens with a credit's label as its credit, however the caption before it ends (SPIEGEL)", () => {
    const fig = (cap: string) => article(`<figure><img src="https://cdn.example.com/relais.jpg"><figcaption class="mt-12">${cap}</figcaption></figure>`).images[0];
    expect(fig('<p>Relaisraum eines Stellwerks: Ersatzteile kommen aus dem Lager stillgelegter Anlagen</p><span class="text-s">Foto: Carola Brandt / dpa</span>')).toMatchObject({
      caption: 'Relaisraum eines Stellwerks: Ersatzteile kommen aus dem Lager stillgelegter Anlagen',
      credit: 'Carola Brandt / dpa',
    });
    expect(fig('The pier at dusk <span>© Jane Roe</span>')).toMatchObject({ caption: 'The pier at dusk', credit: 'Jane Roe' });
  });
  it('leaves a last element whose label opens no credit, or that runs to a long sentence, in the caption', () => {
    const fig = (cap: string) => article(`<figure><img src="https://cdn.example.com/relais.jpg"><figcaption class="mt-12">${cap}</figcaption></figure>`).images[0];
    // "Photo gallery" is no label with its colon.
    expect(fig('<p>The relay room of the signal box</p><span>Photo gallery of the old signal boxes</span>')?.credit).toBeNull();
    const long = 'Foto: the lever frame, installed in 1972 and kept running with parts from closed boxes across the region';
    expect(fig(`<p>The relay room of the signal box</p><span>${long}</span>`)?.credit).toBeNull();
  });

  it("reads an uncaptioned picture's title written as a credit ('Фото: X', DataLife Engine) as its credit", () => {
    const a = article('<div style="text-align:center;"><img src="/uploads/most.jpg" alt="Мост через ручей" title="Фото: пресс-служба администрации района"></div>' + prose(1, 'After'), URL);
    expect(a.images).toEqual([{ src: 'https://example.com/uploads/most.jpg', alt: 'Мост через ручей', caption: null, credit: 'пресс-служба администрации района', width: null, height: null }]);
  });
  it("reads no credit from a title that names the picture, and lets a caption's own reading stand", () => {
    const named = article('<div><img src="/uploads/most.jpg" alt="Мост" title="Мост через Сосновый ручей на улице Садовой"></div>' + prose(1, 'After'), URL);
    expect(named.images[0]).toMatchObject({ caption: null, credit: null });
    // A caption that follows still attaches; its credit (none here) is the picture's.
    const captioned = article('<figure><img src="/uploads/most.jpg" alt="Мост" title="Фото: пресс-служба"><figcaption>Мост после ремонта</figcaption></figure>' + prose(1, 'After'), URL);
    expect(captioned.images[0]).toMatchObject({ caption: 'Мост после ремонта', credit: null });
  });

  it('splits the credit a figcaption closes on: "| Photo Credit: X", "ST PHOTO: X", a bracketed agency', () => {
    const page = article(
      '<figure><img src="https://cdn.example.com/metro.jpg" width="615" height="346"><figcaption>A view of the viaduct near Porur in Chennai. File | Photo Credit: PTI</figcaption></figure>' +
        '<figure><img src="https://cdn.example.com/station.jpg" width="1280" height="853"><figcaption>Marine Parade station on the line. ST PHOTO: KELVIN TAN</figcaption></figure>' +
        '<figure><img src="https://cdn.example.com/tende.jpg" width="415" height="311"><figcaption>Le tende degli studenti, mercoledì sera (Ansa)</figcaption></figure>' +
        prose(1, 'After'),
      URL,
    );
    expect(page.images.map((i) => [i.caption, i.credit])).toEqual([
      ['A view of the viaduct near Porur in Chennai. File', 'PTI'],
      ['Marine Parade station on the line.', 'KELVIN TAN'],
      ['Le tende degli studenti, mercoledì sera', 'Ansa'],
    ]);
  });

  it('splits a caption at a credit label set in its own element, the name loose text after it', () => {
    // TechCrunch (techcrunch-like): "<strong>Image Credits:</strong>" glued to the sentence; a
    // caption with no full stop; a label in a <b> inside the caption's <p>, the name a link.
    const page = article(
      '<figure><img src="https://cdn.example.com/founders.jpg" width="1024" height="683"><figcaption class="wp-element-caption">Co-founders Amara Okafor and Lucas Brenner at the Oakland test depot.<strong>Image Credits:</strong> Devin Costa / TechCrunch</figcaption></figure>' +
        '<figure><img src="https://cdn.example.com/vans.jpg" width="1024" height="683"><figcaption>A Voltline van at a charger in Fremont <strong>Image Credits:</strong> Voltline</figcaption></figure>' +
        '<figure><img src="https://cdn.example.com/lab.jpg" width="1024" height="683"><figcaption><p>The lab in 1962 <b>Photo:</b> <a href="/staff/jane-roe">Jane Roe</a>/Archive</p></figcaption></figure>' +
        prose(1, 'After'),
      URL,
    );
    expect(page.images.map((i) => [i.caption, i.credit])).toEqual([
      ['Co-founders Amara Okafor and Lucas Brenner at the Oakland test depot.', 'Devin Costa / TechCrunch'],
      ['A Voltline van at a charger in Fremont', 'Voltline'],
      ['The lab in 1962', 'Jane Roe/Archive'],
    ]);
    // Near misses: a label element before words that describe (no sentence's end before it, a small
    // letter after), a label word with no mark, a described view, a label closing the caption.
    const near = article(
      '<figure><img src="https://cdn.example.com/a.jpg" width="1024" height="683"><figcaption>The show, titled <em>Image:</em> a life in pictures, opens Friday</figcaption></figure>' +
        '<figure><img src="https://cdn.example.com/b.jpg" width="1024" height="683"><figcaption>The cover of <em>Photo</em> magazine in 1978</figcaption></figure>' +
        '<figure><img src="https://cdn.example.com/c.jpg" width="1024" height="683"><figcaption>The square today.<strong>Photo:</strong> the same view from above</figcaption></figure>' +
        prose(1, 'After'),
      URL,
    );
    expect(near.images.map((i) => [i.caption, i.credit])).toEqual([
      ['The show, titled Image: a life in pictures, opens Friday', null],
      ['The cover of Photo magazine in 1978', null],
      ['The square today.Photo: the same view from above', null],
    ]);
  });

  it("reads a picture table's second row as its caption: an image-only cell, then a short cell without links", () => {
    const cms = article(
      '<table class="tplCaption"><tbody><tr><td><img src="https://cdn.example.com/bus.jpg" width="680" height="408"></td></tr>\n  <tr><td><p class="Image">An electric bus at the stop on Monday. Photo: <em>Jane Roe</em></p></td></tr></tbody></table>' + prose(1, 'After'),
    );
    expect(cms.images[0]).toMatchObject({ caption: 'An electric bus at the stop on Monday.', credit: 'Jane Roe' });
    expect(extra(cms.paragraphs)).toEqual(['After 1 of the report goes on, with commas, names, places and figures, long enough to read as real article prose here.']);
    const old = article(
      '<table width="250" border="1"><tr><td><img src="/p/bridge.jpg" width="250" height="188" border="0"></td></tr><tr><td bgcolor="#F0F0F0"><font size="1">The bridge has been posted at a 5-ton limit since August. (Photo by Gary Lindqvist)</font></td></tr></table>',
      URL,
    );
    expect(old.images[0]).toMatchObject({ caption: 'The bridge has been posted at a 5-ton limit since August.', credit: 'Gary Lindqvist' });
    expect(extra(old.paragraphs)).toEqual([]);
    expect(old.markdown).toContain('*The bridge has been posted at a 5-ton limit since August. (Gary Lindqvist)*');
    // A cell with a link, or a table of three rows, is layout: its text stays in the story.
    const linked = article('<table><tr><td><img src="https://cdn.example.com/a.jpg"></td></tr><tr><td>The county engineers closed the old bridge to trucks after the inspection in August, <a href="/report">the report</a> says.</td></tr></table>');
    expect(linked.images[0]?.caption).toBeNull();
    expect(extra(linked.paragraphs)).toEqual(['The county engineers closed the old bridge to trucks after the inspection in August, the report says.']);
    const rows = article('<table><tr><td><img src="https://cdn.example.com/a.jpg"></td></tr><tr><td>The council met on Monday.</td></tr><tr><td>It voted on Tuesday.</td></tr></table>');
    expect(rows.images[0]?.caption).toBeNull();
    expect(extra(rows.paragraphs)).toEqual(['The council met on Monday.', 'It voted on Tuesday.']);
  });

  it("reads short text after a picture in its own box as the caption when a credit comes with it", () => {
    const a = article(
      '<div class="opener-foto"><a href="/foto/1"><img src="https://cdn.example.com/class.jpg" width="1200" height="675"></a><div class="text"><p>Žáci při výuce. (ilustrační snímek)</p><p class="photo-credit">foto: Petr Hloušek, MediaPraha</p></div></div>' +
        prose(1, 'After'),
    );
    expect(a.images[0]).toMatchObject({ caption: 'Žáci při výuce. (ilustrační snímek)', credit: 'Petr Hloušek, MediaPraha' });
    expect(extra(a.paragraphs)).toEqual(['After 1 of the report goes on, with commas, names, places and figures, long enough to read as real article prose here.']);
    const unwrapped = article('<div class="media"><img src="https://cdn.example.com/walk.jpg"><p>Astronauts on a space walk in 2006. (NASA via AP, File)</p></div>' + prose(1, 'After'));
    expect(unwrapped.images[0]).toMatchObject({ caption: 'Astronauts on a space walk in 2006.', credit: 'NASA via AP, File' });
    // Without a credit, text under a picture is a quote, a card's blurb or a byline by an avatar.
    const quote = article('<div class="review"><img src="https://cdn.example.com/show.jpg"><blockquote><p>“The show was really great, and booking was easy.”</p></blockquote></div><div class="card"><img src="https://cdn.example.com/diet.jpg"><div>The most popular diet: up to 12 kg in 14 days.</div></div>');
    expect(quote.images.map((i) => i.caption)).toEqual([null, null]);
    // A caption-named element inside is read by its name, past a slide's counter.
    const slide = article('<div class="slide"><figure><img src="https://cdn.example.com/snow.jpg"></figure><div class="slide-info"><div class="counter">1 of 3</div><div class="slide-infoDescription"><p>Cars sit buried under snow. (AP Photo/Jonah Brandt)</p></div></div></div>');
    expect(slide.images[0]).toMatchObject({ caption: 'Cars sit buried under snow.', credit: 'AP Photo/Jonah Brandt' });
    expect(extra(quote.paragraphs)).toEqual(['“The show was really great, and booking was easy.”', 'The most popular diet: up to 12 kg in 14 days.']);
  });

  it("reads a chart's title and text inside a <figure> as the figure's, never a section or a paragraph", () => {
    const a = article(
      '<figure class="chart"><h3>Filings per 100 renter households, 2024</h3><p>The five ZIP codes with the highest rates.</p><svg viewBox="0 0 10 10"><text>64111</text></svg><figcaption>Source: Marlow County District Court.</figcaption></figure>' +
        prose(1, 'After'),
    );
    expect(a.sections.map((s) => s.heading)).toEqual([null]);
    expect(extra(a.paragraphs)).toEqual(['After 1 of the report goes on, with commas, names, places and figures, long enough to read as real article prose here.']);
    expect(a.text).not.toContain('Filings per 100');
    // A pull quote, a code block and a picture's own <p> inside a <figure> are content.
    const b = article(
      '<figure class="wp-block-pullquote"><blockquote><p>We have been putting Band-Aids on that bridge for years.</p><cite>Mayor Pettit</cite></blockquote></figure><figure class="highlight"><pre><code>npm install copydesk</code></pre></figure><figure><p class="image-block"><img src="https://cdn.example.com/moon.jpg"></p><figcaption>The lander.</figcaption></figure>',
    );
    expect(extra(b.paragraphs)).toEqual(['We have been putting Band-Aids on that bridge for years.', 'Mayor Pettit', 'npm install copydesk']);
    expect(b.images[0]?.caption).toBe('The lander.');
  });

  it('removes a caption repeated as a paragraph after the figure', () => {
    const a = article(
      '<figure><img src="https://cdn.example.com/quay.jpg"><figcaption>The flooded quay at dawn. Photo: Reuters</figcaption></figure><p class="caption">The flooded quay at dawn.</p><p>The flooded quay at dawn.</p>',
    );
    expect(a.images).toHaveLength(1);
    expect(a.images[0]).toMatchObject({ caption: 'The flooded quay at dawn.', credit: 'Reuters' });
    expect(extra(a.paragraphs)).toEqual([]);
  });

  it('merges a duplicate copy of the same image and keeps the caption once', () => {
    const a = article(
      '<figure><img src="https://cdn.example.com/quay.jpg"><figcaption>The flooded quay at dawn.</figcaption></figure><div class="lightbox"><img src="https://cdn.example.com/quay.jpg"></div>',
    );
    expect(a.images).toEqual([{ src: 'https://cdn.example.com/quay.jpg', alt: null, caption: 'The flooded quay at dawn.', credit: null, width: null, height: null }]);
    expect(a.markdown.match(/The flooded quay at dawn/g)).toHaveLength(1);
  });

  // Regression test; the defect it caught: repeatedTextKeys only knows caption and caption+credit, not the raw figcaption text,
  // so a paragraph repeating the whole caption with its "Photo:" label survives as body text:
  //   <figure><img src="q.jpg"><figcaption>The flooded quay at dawn. Photo: Reuters</figcaption></figure>
  //   <p>The flooded quay at dawn. Photo: Reuters</p>   → kept as a paragraph
  it('removes a paragraph repeating the full caption text with its credit label', () => {
    const a = article(
      '<figure><img src="https://cdn.example.com/quay.jpg"><figcaption>The flooded quay at dawn. Photo: Reuters</figcaption></figure><p>The flooded quay at dawn. Photo: Reuters</p>',
    );
    expect(extra(a.paragraphs)).toEqual([]);
  });

  it('lists images in page order and drops tracking pixels, tiny icons and logos', () => {
    const a = article(
      `<img src="https://cdn.example.com/a.jpg" width="800"><p>Middle paragraph of the story, long enough to be prose in the body.</p>
       <img src="https://cdn.example.com/b.jpg"><img src="https://t.example.com/collect.gif" width="1" height="1">
       <img src="https://cdn.example.com/c.jpg" width="40" height="40"><img src="https://cdn.example.com/site-logo.png">`,
    );
    expect(a.images.map((i) => i.src)).toEqual(['https://cdn.example.com/a.jpg', 'https://cdn.example.com/b.jpg']);
  });

  it("drops a page action's icon that is a link's whole content (Joomla's PDF / print / e-mail buttons), by its file name or its alt, not a story's picture", () => {
    const a = article(
      '<table class="contentpaneopen"><tr><td class="buttonheading"><a href="/index2.php?option=com_content&do_pdf=1&id=4"><img src="/images/M_images/pdf_button.png" alt="PDF"></a></td>' +
        '<td class="buttonheading"><a href="/index2.php?option=com_content&task=view&id=4&pop=1"><img src="/images/M_images/printButton.png" alt="Εκτύπωση"></a></td>' +
        '<td><a href="/index2.php?option=com_content&task=emailform&id=4"><img src="/images/share/mail.png" alt="E-mail"></a></td></tr></table>' +
        '<p><img src="/images/stories/plough.jpg" alt="Snow plough" width="400" height="300"></p>',
      URL,
    );
    expect(a.images.map((i) => i.src)).toEqual(['https://example.com/images/stories/plough.jpg']);
    expect(a.leadImage?.src).toBe('https://example.com/images/stories/plough.jpg');
    // Near misses: a picture linked to its full size whose name only begins with the word, one
    // whose alt has more words than an action's name, and a button's photo standing outside a link.
    const b = article(
      '<p><a href="/images/button-factory-workers.jpg"><img src="/images/button-factory-workers.jpg" alt="Workers at the button factory"></a></p>' +
        '<p><a href="/gallery/2"><img src="/images/press-hall.jpg" alt="Print hall of the Courier"></a></p>' +
        '<p><img src="/images/red_button.jpg" alt="The red button"></p>',
      URL,
    );
    expect(b.images.map((i) => i.src)).toEqual(['https://example.com/images/button-factory-workers.jpg', 'https://example.com/images/press-hall.jpg', 'https://example.com/images/red_button.jpg']);
    // A photo whose name ends in the word, stated at a photo's size or linked to its own file,
    // and an artwork whose alt is "Print" at a picture's size (the reviewer's cases).
    const c = article(
      '<p><a href="/u/belly_button.jpg"><img src="/u/belly_button.jpg" width="800" height="600" alt="A newborn\'s belly button"></a></p>' +
        '<p><a href="/story/panic"><img src="/u/panic-button2.jpg" width="640" height="427" alt="The panic button"></a></p>' +
        '<p><a href="/prints/wave"><img src="/u/wave.jpg" width="900" height="600" alt="Print"></a></p>',
      URL,
    );
    expect(c.images.map((i) => i.src)).toEqual(['https://example.com/u/belly_button.jpg', 'https://example.com/u/panic-button2.jpg', 'https://example.com/u/wave.jpg']);
  });

  it('figureFromImage takes the widest srcset candidate when src is a data: URI', () => {
    const img = bodyOf(parseHtml('<img src="data:image/gif;base64,AA" srcset="/s.jpg 320w, /l.jpg 1280w, /m.jpg 640w">')).children[0] as Element;
    expect(figureFromImage(img, 'https://example.com/')?.src).toBe('https://example.com/l.jpg');
  });
});

describe('assemble: footnotes', () => {
  it('leaves a footnote reference out of the text, writes it "[^2]" in markdown, and drops the "↩︎" back-links', () => {
    const a = article(
      '<p>Filings reached 14.2 per 100 households, nearly four times the county rate of 3.8.<sup data-fn="f2" class="fn"><a href="#f2" id="f2-link">2</a></sup> Wikipedia cites it too.<sup class="reference"><a href="#cite_note-7">[7]</a></sup></p>' +
        '<ol class="wp-block-footnotes"><li id="f2">Renter counts are five-year estimates. <a href="#f2-link" aria-label="Jump to footnote reference 2">↩︎</a></li></ol>',
    );
    expect(extra(a.paragraphs)).toEqual(['Filings reached 14.2 per 100 households, nearly four times the county rate of 3.8. Wikipedia cites it too.', 'Renter counts are five-year estimates.']);
    // The note "[7]" links to is not on the page: no mark without its definition.
    expect(a.markdown).toContain('county rate of 3.8.[^2] Wikipedia cites it too.\n');
    expect(a.markdown).not.toContain('[^7]');
    expect(a.markdown).not.toContain('↩');
    // A superscript that is not an in-page link, a link to another page, and an in-page link with words stay.
    const b = article('<p>The area is 12 km<sup>2</sup>, see <sup><a href="https://example.org/notes">note</a></sup> and <a href="#methods">the methods ↑</a>.</p>');
    expect(extra(b.paragraphs)).toEqual(['The area is 12 km2, see note and the methods ↑.']);
  });
  it('drops a note\'s run of back-links to its several references ("^ a b", MediaWiki\'s mw-cite-backlink), not a caret before words', () => {
    const a = article(
      '<ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink">^ <a href="#cite_ref-1-0"><sup><i><b>a</b></i></sup></a> <a href="#cite_ref-1-1"><sup><i><b>b</b></i></sup></a></span> <span class="reference-text">"Final business case". Lowmarsh City Council.</span></li></ol>' +
        '<p><span>^ <a href="#top">to the top</a></span> of the page, <span>^ a b</span> is printed as it stands.</p>',
    );
    expect(extra(a.paragraphs)).toEqual(['"Final business case". Lowmarsh City Council.', '^ to the top of the page, ^ a b is printed as it stands.']);
  });
});

describe("assemble: a note's number that links back to its reference", () => {
  it('drops the number of a note that links back to the reference linking to it (Google Docs, Word), and writes the note as a definition', () => {
    // Google Docs: the reference <a href=#ftnt1 id=ftnt_ref1>, the note's number <a href=#ftnt_ref1 id=ftnt1>.
    const docs = article('<p>The figures for December are estimates.<sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup></p><hr><div><p><a href="#ftnt_ref1" id="ftnt1">[1]</a><span>&nbsp;December figures are projected from two weeks.</span></p></div>', URL);
    expect(extra(docs.paragraphs)).toEqual(['The figures for December are estimates.', 'December figures are projected from two weeks.']);
    expect(docs.markdown).toContain('The figures for December are estimates.[^1]');
    expect(docs.markdown).toContain('[^1]: December figures are projected from two weeks.');
    // Word's filtered HTML names its anchors: <a href=#_ftn1 name=_ftnref1>, <a href=#_ftnref1 name=_ftn1>.
    const word = article('<p>The hall was let twice.<sup><a href="#_ftn1" name="_ftnref1">[1]</a></sup></p><div><p><a href="#_ftnref1" name="_ftn1">[1]</a> Once to the choir.</p></div>', URL);
    expect(extra(word.paragraphs)).toEqual(['The hall was let twice.', 'Once to the choir.']);
  });
  it('keeps a mark that links elsewhere, a link back with words, and a number no reference links to', () => {
    const ref = '<p>The figures for December are estimates.<sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup></p>';
    // Links to the top of the page, not back to the reference.
    expect(extra(article(ref + '<p><a href="#top" id="ftnt1">[1]</a> December figures are projected.</p>', URL).paragraphs)).toContain('[1] December figures are projected.');
    // Words, not a mark.
    expect(extra(article(ref + '<p><a href="#ftnt_ref1" id="ftnt1">Back to the table</a> for the December figures.</p>', URL).paragraphs)).toContain('Back to the table for the December figures.');
    // No reference links to this anchor: a section's own "[2]" label.
    expect(extra(article(ref + '<p><a href="#ftnt_ref1" id="sec2">[2]</a> The second part.</p>', URL).paragraphs)).toContain('[2] The second part.');
  });
});

describe('assemble: word count', () => {
  it('counts the words of a known text', () => {
    expect(countWords("The harbour's wall broke at 3 — twice")).toBe(7);
    const a = parseArticle('<html><body><article><p>One two three four five six seven eight nine ten, eleven twelve.</p></article></body></html>');
    expect(a.text).toBe('One two three four five six seven eight nine ten, eleven twelve.');
    expect(a.wordCount).toBe(12);
  });

  it('counts each CJK character as a word', () => {
    expect(countWords('東京は晴れです。')).toBe(7);
    expect(countWords('서울 날씨')).toBe(4);
    expect(countWords('東京 Tower 2025')).toBe(4);
    // 46 kana/kanji characters; the four "、" / "。" marks are not words.
    const a = parseArticle('<html><body><article><p>東京都心では今朝、強い雨が降り、多くの電車が遅れました。気象庁は午後も注意するよう呼びかけています。</p></article></body></html>');
    expect(a.wordCount).toBe(46);
  });
});

describe('assemble: markdown defects', () => {
  it('keeps the space an empty emphasis or link held: "was<b> </b>unanimous"', () => {
    const a = article('<p>The vote was<b> </b>unanimous and <a href="https://example.com/x"> </a>final.</p>');
    expect(a.markdown).toContain('The vote was unanimous and final.');
  });
  it('writes one mark for emphasis inside emphasis of its kind: no "****"', () => {
    const a = article('<p>Some <b>bold <strong>inner</strong> text</b>, <b><strong>both</strong></b> and <em>it <i>inner</i> x</em> in a sentence long enough to be the body.</p>');
    expect(a.markdown).toContain('Some **bold inner text**, **both** and _it inner x_ in a sentence');
    expect(a.markdown).not.toContain('****');
  });
  it('keeps the space after an emphasis in one paragraph from moving into a later one', () => {
    const a = article('<p><b>Bold</b> start of a line.</p><p><span>Loosey-goosey?</span> Alden was going to look into the word.</p><p>Giuffre <a href="https://example.com/x">said</a> before the interview.</p>');
    expect(a.markdown).toContain('**Bold** start of a line.');
    expect(a.markdown).toContain('Loosey-goosey? Alden was going to look into the word.');
    expect(a.markdown).toContain('Giuffre [said](https://example.com/x) before the interview.');
  });

  // Regression test; the defect it caught: escapeLineStart escapes a paragraph opening with "1984. " as "\1984. ". A backslash
  // before a digit is not an escape in CommonMark, so the backslash is printed; the escape
  // belongs before the dot: "1984\. ". Smallest page body:
  //   <p>1984. That was the year the wall was last raised, records show.</p>
  it('escapes a paragraph that opens like an ordered-list item without a visible backslash', () => {
    const a = article('<p>1984. That was the year the wall was last raised, records show.</p>');
    expect(a.markdown).toContain('\n\n1984\\. That was the year');
  });

  // Regression test; the defect it caught: link and image destinations are "escaped" with href.replace(/[()\s<>]/g, encodeURIComponent),
  // but encodeURIComponent leaves "(" and ")" unchanged, so an unbalanced ")" in a URL ends the
  // markdown link early: <a href="https://x.example/a)b">wiki</a> → "[wiki](https://x.example/a)b)".
  it('encodes an unbalanced ")" in a link destination', () => {
    const a = article('<p>See <a href="https://x.example/a)b">the wiki page</a> for the history of the harbour wall.</p>');
    expect(a.markdown).toContain('[the wiki page](https://x.example/a%29b)');
  });

  it('writes a normal link as [text](absolute url)', () => {
    const a = article('<p>See <a href="/report">the full report</a> and <a href="javascript:alert(1)">this link</a> for details of the damage.</p>', {
      url: 'https://example.com/n/1',
    });
    expect(a.markdown).toContain('See [the full report](https://example.com/report) and this link for details');
    expect(a.markdown).not.toContain('javascript:');
  });
});

describe('assemble: inline code and emphasis in markdown', () => {
  it('writes inline code as a code span, unescaped, with a fence longer than its backticks', () => {
    const a = article('<p>Set <code>max_len*2</code> or <code>a`b</code> in the config file before the second run, then restart the whole service.</p>');
    const p = extra(a.paragraphs)[0];
    expect(p).toBe('Set max_len*2 or a`b in the config file before the second run, then restart the whole service.');
    expect(a.markdown).toContain('Set `max_len*2` or ``a`b`` in the config file');
  });

  it('keeps HTML inside inline code inert (a code span never renders as HTML)', () => {
    const a = article('<p>The attack string was <code>&lt;script&gt;alert(1)&lt;/script&gt;</code>, sent in a form field of the login page.</p>');
    expect(a.markdown).toContain('`<script>alert(1)</script>`');
    expect(a.markdown).not.toMatch(/(^|[^`\\])<script/);
  });

  it('moves spaces outside emphasis marks so that CommonMark reads them as emphasis', () => {
    const a = article('<p>They tried it <i>repeatedly </i>and then, <b> once more</b>, in the cold harbour water that night.</p>');
    expect(a.markdown).toContain('They tried it _repeatedly_ and then, **once more**, in the cold harbour');
  });
});

describe('assemble: level-1 headings inside the body', () => {
  it('keeps an <h1> that is not the headline as a section heading, and drops the headline', () => {
    const a = article(`<h1>What the inspectors found</h1>${prose(2, 'Finding')}<h1>${HEADLINE}</h1>`);
    expect(a.headline).toBe(HEADLINE);
    expect(a.sections.map((s) => s.heading)).toEqual([null, 'What the inspectors found']);
    expect(a.sections[1]?.level).toBe(1);
    expect(a.text).not.toContain(`${HEADLINE}\n`);
    expect(a.markdown).toContain('## What the inspectors found');
  });
});

describe('assemble: MathML formulas', () => {
  const quadratic = '<math><mi>x</mi><mo>=</mo><mn>2</mn><mi>a</mi></math>';
  /** KaTeX's markup: the MathML with its TeX annotation, and the aria-hidden glyph copy beside it. */
  const katex = (tex: string, tokens: string): string =>
    `<span class="katex"><span class="katex-mathml"><math><semantics><mrow>${tokens}</mrow><annotation encoding="application/x-tex">${tex}</annotation></semantics></math></span><span class="katex-html" aria-hidden="true"><span class="base"><span class="mord mathnormal">${tex}</span></span></span></span>`;

  it('reads an inline formula inside its sentence, identifiers and numbers glued as set, operators spaced', () => {
    const a = article(`<p>When ${quadratic} holds, the second root follows from the first one by symmetry, as shown below.</p>`);
    expect(extra(a.paragraphs)).toEqual(['When x = 2a holds, the second root follows from the first one by symmetry, as shown below.']);
  });

  it('makes a display formula its own paragraph, and prefers alttext, then the TeX annotation', () => {
    const a = article(
      '<math display="block" alttext="E = mc^2"><mi>E</mi></math>' +
        '<math display="block"><semantics><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><annotation encoding="application/x-tex">a+b</annotation></semantics></math>',
    );
    expect(extra(a.paragraphs)).toEqual(['E = mc^2', 'a+b']);
  });

  it("reads a table laying out a display formula and its number (LaTeXML's ltx_equation) as a formula paragraph, one per row", () => {
    const row = (tex: string, n: string) =>
      `<tr><td class="ltx_eqn_cell ltx_eqn_center_padleft"></td><td class="ltx_eqn_cell"><math alttext="${tex}" display="block"><mi>x</mi><annotation encoding="application/x-llamapun">italic_x</annotation></math></td><td class="ltx_eqn_cell ltx_eqn_center_padright"></td><td class="ltx_eqn_cell ltx_eqn_eqno"><span class="ltx_tag">${n}</span></td></tr>`;
    const a = article(`<table class="ltx_equation ltx_eqn_table"><tbody>${row('S(t)=e^{-\\lambda t},', '(1)')}</tbody></table><table class="ltx_eqnarray"><tbody>${row('a=b', '(2a)')}${row('b=c', '(2b)')}</tbody></table>`);
    expect(extra(a.paragraphs)).toEqual(['S(t)=e^{-\\lambda t}, (1)', 'a=b (2a)', 'b=c (2b)']);
    expect(a.markdown).not.toContain('| ');
  });
  it('reads a word in parentheses beside a formula ("(m)", "(kg)") as its unit in a table, not as an equation number', () => {
    const row = (tex: string, cell: string) => `<tr><td><math alttext="${tex}" display="block"><mi>x</mi></math></td><td>${cell}</td></tr>`;
    const units = article(`<table>${row('x = v t', '(m)')}${row('m = \\rho V', '(kg)')}</table>`);
    expect(units.paragraphs).not.toContain('x = v t (m)');
    expect(units.markdown).toContain('| x = v t | (m) |');
    // A number with a letter ("(4a)", "(A1)") is still the formula's number.
    const numbered = article(`<table>${row('a = b', '(4a)')}${row('b = c', '(A1)')}</table>`);
    expect(extra(numbered.paragraphs)).toEqual(['a = b (4a)', 'b = c (A1)']);
    // A cell named as the equation's tag (LaTeXML's span.ltx_tag_equation) numbers it in letters too (the review's "(i)").
    const tagged = article(`<table>${row('E = mc^2', '<span class="ltx_tag ltx_tag_equation">(i)</span>')}${row('p = mv', '<span class="ltx_tag ltx_tag_equation">(ii)</span>')}</table>`);
    expect(extra(tagged.paragraphs)).toEqual(['E = mc^2 (i)', 'p = mv (ii)']);
  });
  it('keeps a data table whose cells hold formulas among other text as a table', () => {
    const a = article('<table><tr><th>Model</th><th>Rate</th></tr><tr><td>Exponential</td><td><math alttext="\\lambda"><mi>λ</mi></math></td></tr><tr><td>Weibull</td><td>fitted</td></tr></table>');
    expect(a.markdown).toContain('| Model | Rate |');
  });

  it('keeps a formula inside a renderer widget whose class names read as a menu', () => {
    const a = article(`<p>The identity <mjx-container class="MathJax CtxtMenu_Attached_0" jax="CHTML"><mjx-math></mjx-math><mjx-assistive-mml>${quadratic}</mjx-assistive-mml></mjx-container> is used throughout the proof of the second lemma.</p>`);
    expect(extra(a.paragraphs)).toEqual(['The identity x = 2a is used throughout the proof of the second lemma.']);
  });

  it('writes scripts, fractions, roots and signs linearly, a part of several tokens in parentheses (MathJax 3\'s assistive MathML)', () => {
    const formulas = [
      // bp²: a superscript, not "b p 2".
      '<math><mi>R</mi><mo stretchy="false">(</mo><mi>p</mi><mo stretchy="false">)</mo><mo>=</mo><mi>a</mi><mi>p</mi><mo>−</mo><mi>b</mi><msup><mi>p</mi><mn>2</mn></msup></math>',
      // a/(2b): not "a 2 b"; a named operator as a subscript.
      '<math><msub><mi>p</mi><mo movablelimits="true">max</mo></msub><mo>=</mo><mfrac><mi>a</mi><mrow><mn>2</mn><mi>b</mi></mrow></mfrac></math>',
      // Fractions of fractions; a sign after a relation; an invisible operator gives nothing.
      '<math><mi>ε</mi><mo>≈</mo><mfrac><mrow><mi>Δ</mi><mi>Q</mi><mo>/</mo><mi>Q</mi></mrow><mrow><mi>Δ</mi><mi>p</mi><mo>/</mo><mi>p</mi></mrow></mfrac><mo>≈</mo><mo>−</mo><mn>0.76</mn></math>',
      '<math><munderover><mo>∑</mo><mrow><mi>k</mi><mo>=</mo><mn>1</mn></mrow><mi>K</mi></munderover><msub><mi>y</mi><mi>k</mi></msub><mi>log</mi><mo>&#x2061;</mo><msub><mi>p</mi><mi>k</mi></msub></math>',
      '<math><msqrt><msup><mi>x</mi><mn>2</mn></msup><mo>+</mo><mn>1</mn></msqrt><mo>,</mo><msup><mrow><mo>(</mo><mi>a</mi><mo>+</mo><mi>b</mi><mo>)</mo></mrow><mn>2</mn></msup></math>',
    ];
    const a = article(formulas.map((f) => `<p>${f.replace('<math>', '<math display="block">')}</p>`).join(''));
    expect(extra(a.paragraphs)).toEqual(['R(p) = ap − bp^2', 'p_max = a/(2b)', 'ε ≈ (ΔQ/Q)/(Δp/p) ≈ −0.76', '∑_(k = 1)^K y_k log p_k', '√(x^2 + 1), (a + b)^2']);
  });

  it('brackets a fraction glued to a term but not one a sign or an operator stands beside, pairs bars, reads accents and aligned rows', () => {
    const formulas = [
      '<math><msup><mi>e</mi><mrow><mfrac><mn>2</mn><mn>5</mn></mfrac><mi>π</mi></mrow></msup></math>',
      '<math><mo>−</mo><mfrac><mrow><mi>b</mi><mi>p</mi></mrow><mrow><mi>a</mi><mo>−</mo><mi>b</mi><mi>p</mi></mrow></mfrac></math>',
      '<math><mo>|</mo><mi>q</mi><mo>|</mo><mo>&lt;</mo><mn>1</mn><mo>,</mo><mi>P</mi><mo>(</mo><mi>A</mi><mo>|</mo><mi>B</mi><mo>)</mo></math>',
      '<math><mtable><mtr><mtd><mover accent="true"><mi>x</mi><mo>˙</mo></mover></mtd><mtd><mo>=</mo><mi>σ</mi><mo>(</mo><mi>y</mi><mo>−</mo><mi>x</mi><mo>)</mo></mtd></mtr><mtr><mtd><mi>a</mi></mtd><mtd><mi>b</mi></mtd></mtr></mtable></math>',
    ];
    const a = article(formulas.map((f) => `<p>${f.replace('<math>', '<math display="block">')}</p>`).join(''));
    expect(extra(a.paragraphs)).toEqual(['e^((2/5)π)', '−(bp)/(a − bp)', '|q| < 1, P(A | B)', 'x\u0307 = σ(y − x); a, b']);
  });

  it('leaves no space between an inline formula and the punctuation after it, or the bracket before it', () => {
    const a = article(`<p>For a training example of class <math><mi>c</mi></math>, the cap is <math><mn>0.91</mn></math>. The points (<math><mi>x</mi></math>) and <math><mi>y</mi></math> lie on the line: that is all.</p>`);
    expect(extra(a.paragraphs)).toEqual(['For a training example of class c, the cap is 0.91. The points (x) and y lie on the line: that is all.']);
  });

  it('reads a formula once, as mathText, in a figure caption, a heading and a table cell (KaTeX, whose glyph copy is aria-hidden)', () => {
    const a = article(
      `<figure><img src="/r.png" alt="Reliability diagram" width="720" height="480"><figcaption><p>Calibration for ${katex('\\varepsilon = 0', '<mi>ε</mi><mo>=</mo><mn>0</mn>')} (left).</p></figcaption></figure>` +
        `<h2>Why ${katex('p_k', '<msub><mi>p</mi><mi>k</mi></msub>')} is capped</h2>${prose(1, 'Cap')}` +
        '<table><tr><th>Model</th><th>Loss</th></tr><tr><td>Smoothed</td><td><math><mi>a</mi><mo>+</mo><msup><mi>b</mi><mn>2</mn></msup></math></td></tr></table>',
      URL,
    );
    expect(a.images[0]?.caption).toBe('Calibration for \\varepsilon = 0 (left).');
    expect(a.sections.map((s) => s.heading)).toContain('Why p_k is capped');
    expect(a.text).toContain('Smoothed\ta + b^2');
  });

  it('still keeps an aria-hidden caption that sits beside no formula (Le Monde\'s captions repeat the alt)', () => {
    const a = article('<figure><img src="/quay.jpg" alt="The quay" width="800" height="500"><figcaption aria-hidden="true">Waves hit the quay on Monday.</figcaption></figure>', URL);
    expect(a.images[0]?.caption).toBe('Waves hit the quay on Monday.');
  });
});

describe('assemble: credits marked by microdata', () => {
  it('reads itemprop="copyrightHolder" inside a figcaption as the credit, label stripped', () => {
    const a = article(
      '<figure><img src="/pipes.jpg" alt=""><figcaption><span>Workers repair a water main in Queens.</span><span itemprop="copyrightHolder"><span>Credit</span><span>Credit</span><span>Chang W. Lee/The Times</span></span></figcaption></figure>',
      { url: 'https://example.com/a' },
    );
    expect(a.images[0]?.caption).toBe('Workers repair a water main in Queens.');
    expect(a.images[0]?.credit).toBe('Chang W. Lee/The Times');
  });
});

describe('assemble: boilerplate lines without a telling class', () => {
  it('drops ad labels, widget placeholders, teaser and comment lead-ins standing alone', () => {
    const a = article(
      '<p>Advert</p><p>This slideshow requires JavaScript.</p><p>You may also like...</p><p>Tell us what YOU think...</p><p>Comments</p>' +
        '<p>Comments made by the minister on Monday were read as a change of course by most of the opposition.</p>',
    );
    expect(extra(a.paragraphs)).toEqual(['Comments made by the minister on Monday were read as a change of course by most of the opposition.']);
  });

  it('drops an ad label between dashes, a table of contents\' title, a typo-report note and a wire\'s asset list', () => {
    const a = article(
      '<p>- Advertisement -</p><p>Contents</p><p>Якщо ви помітили помилку, виділіть необхідний текст і натисніть Ctrl+Enter, щоб повідомити про це редакцію.</p>' +
        '<p>Photo - https://mma.prnewswire.com/media/2581/nordwerk_plant.jpg Logo - https://mma.prnewswire.com/media/2582/nordwerk_logo.jpg</p>' +
        '<p>The contents of the report were shared with the council - and with the press - on Monday.</p>',
    );
    expect(extra(a.paragraphs)).toEqual(['The contents of the report were shared with the council - and with the press - on Monday.']);
  });

  it('drops "Also read" lead-ins in Hindi, Indonesian, Ukrainian and Thai', () => {
    const a = article(
      '<p><strong>ये भी पढ़ें: <a href="/x">लखनऊ में कोहरे से उड़ानें रद्द</a></strong></p><p><strong>Baca juga: <a href="/y">Banjir rendam Jakarta Utara</a></strong></p>' +
        '<p>Читайте також: <a href="/z">Укренерго попереджає про відключення</a></p><p>อ่านข่าวที่เกี่ยวข้อง</p><p>Baca juga berita lain soal banjir di halaman berikutnya, kata dia kepada wartawan di Jakarta.</p>',
    );
    expect(extra(a.paragraphs)).toEqual(['Baca juga berita lain soal banjir di halaman berikutnya, kata dia kepada wartawan di Jakarta.']);
    expect(a.sections.map((s) => s.heading)).toEqual([null]);
  });

  it("keeps a how-to line with Ctrl+Enter, and a bold closing event line with 'Favorites'", () => {
    const a = article('<p>In the new Outlook, press Ctrl+Enter to send the message straight away.</p><p><strong>Holiday Favorites Concert, Dec. 27, 7 p.m.</strong></p>');
    expect(extra(a.paragraphs)).toEqual(['In the new Outlook, press Ctrl+Enter to send the message straight away.', 'Holiday Favorites Concert, Dec. 27, 7 p.m.']);
  });
  it('drops the bold label of a pruned list the body ends on, keeps any other bold closing line', () => {
    expect(extra(article('<p><strong>Ledger Favorites</strong></p><ul class="favorites"></ul>').paragraphs)).toEqual([]);
    expect(extra(article('<p><strong>[Wired]</strong></p>').paragraphs)).toEqual(['[Wired]']);
    expect(extra(article('<p><b>7th Amsterdam Light Festival 29 November 2018 | 20 January 2019</b></p>').paragraphs)).toEqual([
      '7th Amsterdam Light Festival 29 November 2018 | 20 January 2019',
    ]);
  });

  it('drops a date line and a bare "Tags" label, keeps a dated sentence and a dated list entry', () => {
    const a = article(
      '<p>segunda-feira, 22 de janeiro de 2018 às 0:13</p><p>Published 23.12.2025</p><p>Tags</p>' +
        '<p>On 22 January 2018 the council voted to close the old harbour to traffic.</p><ul><li>23 December 2025</li></ul>',
    );
    expect(extra(a.paragraphs)).toEqual(['On 22 January 2018 the council voted to close the old harbour to traffic.', '23 December 2025']);
  });

  it('drops a date line with a publication and an update date, each labelled; keeps a sentence with two dates', () => {
    const a = article(
      '<p>Publié le 04/01/2024 à 10:42, mis à jour le 04/01/2024 à 15:10</p>' +
        '<p>Posted Thu 4 Jan 2024 at 10:42am, last updated Thu 4 Jan 2024 at 3:10pm</p>' +
        '<p>입력 2024.01.04 10:42 수정 2024.01.04 15:10</p>' +
        '<p>Veröffentlicht am 4. Januar 2024 | Aktualisiert am 5. Januar 2024</p>' +
        // Near misses: a sentence of the story with two dates; two labelled dates and a sentence.
        '<p>The council met on 4 January 2024 and again on 11 January 2024 to vote.</p>' +
        '<p>Posted 4 January 2024, updated 5 January 2024 after a council correction</p>' +
        // Review: a story's facts with a word before the label, or no label before the first date.
        '<p>Firmware update 4 Jan 2024, security update 11 Jan 2024.</p>' +
        '<p>Exhibition opens 6 March 2025, hours updated 1 March 2025.</p>' +
        '<p>Hafenfest am 6. März 2025, Programm aktualisiert am 1. März 2025.</p>',
    );
    expect(extra(a.paragraphs)).toEqual([
      'The council met on 4 January 2024 and again on 11 January 2024 to vote.',
      'Posted 4 January 2024, updated 5 January 2024 after a council correction',
      'Firmware update 4 Jan 2024, security update 11 Jan 2024.',
      'Exhibition opens 6 March 2025, hours updated 1 March 2025.',
      'Hafenfest am 6. März 2025, Programm aktualisiert am 1. März 2025.',
    ]);
  });
});

describe('assemble: a summary box the body opens with', () => {
  const body = (inner: string) =>
    parseArticle(`<html><head><title>${HEADLINE}</title></head><body><article><h1>${HEADLINE}</h1><div class="article-body">${inner}</div></article></body></html>`);
  const points = '<li><p>Median weekly rents in Sydney rose 2.8 per cent in the quarter</p></li><li><p>The rental vacancy rate fell to 0.9 per cent, the lowest since 2006</p></li>';

  it('drops the "Key points:" label of a box holding only it and one list, keeps its items in the opening section', () => {
    const a = body(`<div data-component="KeyPoints"><div class="inner"><h2>Key points:</h2><ul>${points}</ul></div></div>${prose(2)}<h2>Units overtaking houses</h2>${prose(1, 'Later')}`);
    expect(a.sections.map((s) => [s.heading, s.paragraphs.length])).toEqual([[null, 4], ['Units overtaking houses', 1]]);
    expect(a.text).not.toContain('Key points');
    const named = body(`<div class="at-a-glance"><h3>At a glance</h3><ul>${points}</ul></div>${prose(2)}`);
    expect(named.sections.map((s) => [s.heading, s.paragraphs.length])).toEqual([[null, 4]]);
  });

  it("keeps a recipe's Ingredients, a listicle's item and a box after the story's first paragraph as sections", () => {
    // Short items: a recipe's ingredients, its method in paragraphs after the box.
    const recipe = body('<div class="ingredients"><h2>Ingredients:</h2><ul><li>200 g flour</li><li>2 eggs</li><li>1 tbsp olive oil</li></ul></div>' + prose(2, 'Method'));
    expect(recipe.sections[0]?.heading).toBe('Ingredients:');
    // A "Method" heading right after the box.
    const method = body(`<div class="ingredients"><h2>Ingredients:</h2><ul>${points}</ul></div><h2>Method</h2>${prose(2)}`);
    expect(method.sections.map((s) => s.heading)).toEqual(['Ingredients:', 'Method']);
    // A listicle's item: its heading names no summary and ends with no colon.
    const item = body(`<div class="item"><h2>1. The old harbour</h2><ul>${points}</ul></div>${prose(2)}`);
    expect(item.sections[0]?.heading).toBe('1. The old harbour');
    // A box after the story's first paragraph heads what follows it.
    const later = body(`${prose(1, 'Intro')}<div class="key-points"><h2>Key points:</h2><ul>${points}</ul></div>${prose(2)}`);
    expect(later.sections.map((s) => s.heading)).toEqual([null, 'Key points:']);
  });

  it('keeps a heading that names no summary over a list of sentences as a section (review)', () => {
    const listicle = body(`<div class="destination-highlights"><h2>1. Lisbon</h2><ul>${points}</ul></div>${prose(1)}<div class="destination-highlights"><h2>2. Porto</h2><ul>${points}</ul></div>${prose(1, 'Porto')}`);
    expect(listicle.sections.map((s) => s.heading)).toEqual(['1. Lisbon', '2. Porto']);
    const known = body(`<section><h2>What we know:</h2><ul>${points}</ul></section>${prose(1)}<h2>What we don't know:</h2>${prose(1, 'Unknown')}`);
    expect(known.sections.map((s) => s.heading)).toEqual(['What we know:', "What we don't know:"]);
    const background = body(`<section><h2>Background:</h2><ul>${points}</ul></section>${prose(2)}`);
    expect(background.sections[0]?.heading).toBe('Background:');
  });
});

describe('assemble: page furniture inside the content', () => {
  const page = (header: string, body: string, head = '') =>
    parseArticle(
      `<html><head><title>${HEADLINE}</title>${head}</head><body><article><div class="article__header">${header}<h1>${HEADLINE}</h1></div><div class="article-body">${prose(2)}${body}</div></article></body></html>`,
    );

  it("drops a kicker and a view counter above the headline, but not a long paragraph there", () => {
    const a = page('<span class="article__label">Binnenland</span><div class="stats"><span class="views">4&nbsp;812</span></div>', '');
    expect(extra(a.paragraphs)).toEqual([]);
    const long = 'The harbour wall was built in 1870 and has been repaired four times, each time after a storm like this one, said the museum.';
    expect(extra(page(`<p>${long}</p>`, '').paragraphs)).toEqual([long]);
  });

  // The article's header as the content holds it: a list above the headline, then the
  // headline, its teaser and the author list (Springer's c-article-header).
  const headed = (list: string, below = '') =>
    parseArticle(
      `<html><head><title>${HEADLINE}</title></head><body><article><div class="c-article-header"><header>${list}<h1>${HEADLINE}</h1><p class="c-article-teaser-text">The sea wall gave way overnight as the tide rose past the record.</p>${below}</header><div class="c-article-author-list-wrapper"><ul class="c-article-author-list"><li><a href="#auth-Jane-Roe">Jane Roe</a></li><li><a href="#auth-Ian-Moss">Ian Moss</a></li></ul></div></div><div class="c-article-body">${prose(3)}</div></article></body></html>`,
    );

  it('drops a meta row set as a list above the headline: a type label and a date, a label and a reading time', () => {
    const springer = headed('<ul class="c-article-identifiers" data-test="article-identifier"><li class="c-article-identifiers__item">NEWS</li><li class="c-article-identifiers__item"><time datetime="2024-01-04">04 January 2024</time></li></ul>');
    expect(extra(springer.paragraphs)).toEqual([]);
    expect(springer.markdown).not.toContain('- NEWS');
    expect(extra(headed('<ul><li>Opinion</li><li>Updated 4 January 2024, 10:32 GMT</li><li>6 min read</li></ul>').paragraphs)).toEqual([]);
    expect(extra(headed('<ol class="labels"><li><a href="/analysis">Analysis</a></li><li>Climate</li></ol>').paragraphs)).toEqual([]);
  });

  it('keeps a list above the headline that holds a sentence, whole, and a list of key points below it', () => {
    const summary = headed('<ul><li>The council approved four million pounds of repairs to the harbour wall on Tuesday.</li><li>Work starts in spring</li></ul>');
    expect(extra(summary.paragraphs)).toEqual(['The council approved four million pounds of repairs to the harbour wall on Tuesday.', 'Work starts in spring']);
    // The same short items under the headline and its teaser are the story's key points.
    const below = headed('', '<ul><li>Council approves repairs</li><li>Work starts in spring</li></ul>');
    expect(extra(below.paragraphs)).toEqual(['Council approves repairs', 'Work starts in spring']);    // A list after a sentence of prose, above a "headline" met late (a recipe card's title repeating the post's): the body's (review).
    const recipe = parseArticle(`<html><head><title>Fish pie for a crowd</title></head><body><div class="entry-content"><p>This is the pie my grandmother made every Friday, and it feeds eight with a salad, even on a cold night.</p><ul><li>500g white fish</li><li>2 leeks</li><li>1kg potatoes</li></ul><div class="wprm-recipe"><h2 class="wprm-recipe-name">Fish pie for a crowd</h2>${prose(3)}</div></div></body></html>`);
    expect(recipe.paragraphs).toEqual(expect.arrayContaining(['500g white fish', '2 leeks', '1kg potatoes']));
  });

  it('drops a copyright notice, keeps a bare "© Reuters" credit line and a sentence about copyright', () => {
    const a = article(
      '<p>© Reuters</p><p>Copyright law was changed in 2019, the minister said, to protect local papers.</p><p>© 2025 CTN Broadcasting Inc. All Rights Reserved.</p><p>Copyright 2019 Hawaii News Now. All rights reserved.</p>',
    );
    expect(extra(a.paragraphs)).toEqual(['© Reuters', 'Copyright law was changed in 2019, the minister said, to protect local papers.']);
  });

  it("drops a byline line that names the article's author, keeps a sentence that starts the same way", () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm floods the old harbour","author":{"@type":"Person","name":"Mariana Couto"}}</script>';
    const a = page('', '<p>Por Mariana Couto, n1 SP</p><p>By the time Mariana Couto reached the quay, the water had risen above the benches and the cafés were shut.</p>', ld);
    expect(a.authors.map((x) => x.name)).toEqual(['Mariana Couto']);
    expect(extra(a.paragraphs)).toEqual(['By the time Mariana Couto reached the quay, the water had risen above the benches and the cafés were shut.']);
  });

  it('drops a heading the body ends on (a removed video player\'s title) and a bracketed signature', () => {
    const a = article('<p>（山田太郎）</p><h2>VÍDEOS: mais assistidos do n1 SP</h2><div class="content-video"><video src="/v.mp4"></video></div>');
    expect(extra(a.paragraphs)).toEqual([]);
    expect(a.sections.map((s) => s.heading)).toEqual([null]);
    expect(a.text).not.toContain('VÍDEOS');
    // The signature is the byline of a page that names no one else.
    expect(a.authors).toEqual([{ name: '山田太郎', url: null }]);
    expect(a.sources.authors).toBe('html');
    expect(article('<p>【北京＝佐藤】</p>').authors).toEqual([{ name: '佐藤', url: null }]);
    expect(article('<p>(AP)</p>').authors).toEqual([]);
  });

  it('drops a "Veja também:" lead-in left without its links, and a donation appeal', () => {
    const a = article('<p><strong>Veja também:</strong></p><div class="wp-block-newspack-blocks-donate"><h2>Support local news</h2><p>We rely on readers like you to fund our reporting; give what you can today.</p></div>');
    expect(extra(a.paragraphs)).toEqual([]);
    expect(a.text).not.toContain('readers like you');
  });
});

describe("assemble: the site's promo line closing a story", () => {
  const withSite = (inner: string) =>
    parseArticle(
      `<html><head><meta property="og:site_name" content="Bharat Daily"></head><body><article><h1>${HEADLINE}</h1><div class="article-body">${prose(2)}${inner}</div></article></body></html>`,
    );
  it('drops a last line that calls the reader to the site by name', () => {
    const a = withSite('<p class="story__track">Track Latest News Live on Bharat Daily and get news updates from India and around the world.</p>');
    expect(extra(a.paragraphs)).toEqual([]);
    expect(extra(withSite('<p>Follow Bharat Daily on Google News for more stories like this.</p>').paragraphs)).toEqual([]);
  });
  it('drops a closing call to an account by its handle, in Thai too', () => {
    expect(extra(withSite('<p>ติดตามข่าวสารทันเหตุการณ์ผ่านไลน์ <a href="https://line.example/R/ti/p/@prachakhao">@prachakhao</a></p>').paragraphs)).toEqual([]);
    expect(extra(withSite('<p>Follow @harbourdesk on Telegram for live updates.</p>').paragraphs)).toEqual([]);
    expect(extra(withSite('<p><em>Ikuti saluran Telegram Bharat Daily di <a href="https://t.example/bharatdaily">t.me/bharatdaily</a> untuk berita terkini.</em></p>').paragraphs)).toEqual([]);
    const story = 'Follow the river past @harbour cafe, locals said, and the flooded fields begin.';
    expect(extra(withSite(`<p>${story}</p>`).paragraphs)).toEqual([story]);
  });
  it('keeps story endings that start like calls: a hyphenated word, a quote, a handle without a network', () => {
    for (const line of [
      "Follow-up inspections are planned for the spring, Bharat Daily's news partners reported.",
      'Track records matter, the mayor told Bharat Daily: “We will publish the news release on Friday.”',
      'Join @SaveOurParks organizers at the hall on Friday for updates on the plan.',
    ]) expect(extra(withSite(`<p>${line}</p>`).paragraphs)).toEqual([line]);
  });
  it("keeps a closing sentence that names the site without a call, a call that names no site, and a promo mid-story", () => {
    const quote = 'Follow the money, the minister told Bharat Daily, and you will find the contractor.';
    expect(extra(withSite(`<p>${quote}</p>`).paragraphs)).toEqual([quote]);
    const call = 'Follow the river north and the flooded fields begin after the second bridge.';
    expect(extra(withSite(`<p>${call}</p>`).paragraphs)).toEqual([call]);
    const mid = 'Track Latest News Live on Bharat Daily and get news updates.';
    expect(extra(withSite(`<p>${mid}</p><p>The storm is expected to pass by Thursday morning, forecasters said.</p>`).paragraphs)).toEqual([
      mid,
      'The storm is expected to pass by Thursday morning, forecasters said.',
    ]);
  });
});

describe('assemble: read-more lines, channel promos and desk marks in any language', () => {
  const at = (inner: string) => article(inner, URL);
  it('drops a read-more line set all in bold, label and link in one <strong>, and a Croatian ad label', () => {
    expect(extra(at('<p><strong>BASAHIN: <a href="https://example.com/2025/12/20/libreng-sakay/">Libreng sakay sa MRT-3</a></strong></p>').paragraphs)).toEqual([]);
    expect(extra(at('<div class="banner"><span class="banner__label">Oglas</span><div id="div-gpt-ad-1"></div></div>').paragraphs)).toEqual([]);
    // To another site it is a cited source, and stays.
    expect(extra(at('<p><strong>Source: <a href="https://agency.example/report">The annual report</a></strong></p>').paragraphs)).toEqual(['Source: The annual report']);
  });
  it("keeps a short line whose one link is a word of it, and drops a wiki's hatnote and a related roundup", () => {
    const rating = at('<div class="claim-review-box__row"><span class="claim-review-box__label">Rating:</span> <a href="https://example.com/how-we-rate/#false">False</a></div>');
    expect(extra(rating.paragraphs)).toEqual(['Rating: False']);
    for (const line of ['<div role="note" class="hatnote">Main article: <a href="/wiki/Firefox">Firefox</a></div>', '<div>Related Roundup: <a href="https://example.com/roundup/macbook-pro/">MacBook Pro</a></div>']) {
      expect(extra(at(line).paragraphs)).toEqual([]);
    }
    // A line that opens with its link is the link's label: a gallery strip's head.
    expect(extra(at('<div class="gallery-strip__head"><a href="https://example.com/galeria/23456789/">Fotogaléria</a> <span>12 fotografií</span></div>').paragraphs)).toEqual([]);
  });
  it('drops a bold label with a colon and one link to the same site, in any language', () => {
    for (const line of [
      '<p><strong>Xem thêm:</strong> <a href="/giao-thong/xe-buyt-4812.html">Xe buýt điện mở thêm tuyến</a></p>',
      '<p><strong>CITEȘTE ȘI:</strong> <a href="https://example.com/zboruri-1927110">Ce drepturi ai dacă zborul este întârziat</a></p>',
      '<p><b>Lue myös</b>: <a href="https://www.example.com/a/3-1234">Asumistuki nousee</a></p>',
      // The Khmer colon "៖", and a spaced dash for the colon (Burmese "related news -").
      '<p><strong>អានបន្ថែម៖</strong> <a href="https://example.com/archives/411980">ស្ពានអាកាសថ្មី នឹងបើកឱ្យប្រើប្រាស់</a></p>',
      '<p><strong>ဆက်စပ်သတင်း - </strong><a href="https://example.com/news/2025/12/19/184201">ရွှေဈေးနှုန်း တက်</a></p>',
      '<p><strong>Đọc thêm –</strong> <a href="/giao-thong/xe-buyt-4812.html">Xe buýt điện mở thêm tuyến</a></p>',
    ]) expect(extra(at(line).paragraphs)).toEqual([]);
    // Near misses: a dashed label before a link to another site, and a hyphen inside a bold word.
    const cited = '<p><strong>ဆက်စပ်သတင်း - </strong><a href="https://other.example.org/report">ရွှေဈေးနှုန်း</a></p>';
    expect(extra(at(cited).paragraphs)).toEqual(['ဆက်စပ်သတင်း - ရွှေဈေးနှုန်း']);
    const word = '<p><strong>Follow-up</strong> <a href="https://example.com/news/1">the ferry inquiry</a> resumes on Monday.</p>';
    expect(extra(at(word).paragraphs)).toEqual(['Follow-up the ferry inquiry resumes on Monday.']);
  });
  it('drops a Chinese read-more line with its full-width colon: "**延伸閱讀：**" and a link, or the bare lead-in', () => {
    for (const line of [
      '<p><strong>延伸閱讀：</strong><a href="/news/story/7320/9212750">跨年夜計程車怎麼叫？北市公布8處臨時排班區</a></p>',
      '<p><strong>相关新闻</strong>：<a href="https://example.com/news/8812">地铁末班车延长</a></p>',
      '<p>延伸阅读：地铁末班车延长至凌晨两点</p>',
      '<p>相關新聞：捷運末班車延長</p>',
    ]) expect(extra(at(line).paragraphs)).toEqual([]);
    // A labelled link to another site is a cited source; the words inside a sentence are the story's.
    const cited = '<p><strong>資料來源：</strong><a href="https://stats.example.org/report">交通部統計報告</a></p>';
    expect(extra(at(cited).paragraphs)).toEqual(['資料來源：交通部統計報告']);
    const sentence = '<p>市府表示，延伸閱讀的資料已放上官網，民眾可自行查詢。</p>';
    expect(extra(at(sentence).paragraphs)).toEqual(['市府表示，延伸閱讀的資料已放上官網，民眾可自行查詢。']);
  });
  it('drops a labelled link to a sibling subdomain of the page\'s site ("Čítajte aj:"), not one to another site', () => {
    const page = (inner: string, url: string) => article(inner, { url });
    const sk = (label: string) => `<p><strong>${label}:</strong> <a href="https://kosice.horizont.example/c/23456001/chripka-sa-siri.html">Chrípka sa šíri</a></p>`;
    for (const label of ['Čítajte aj', 'Pozrite']) expect(extra(page(sk(label), 'https://domov.horizont.example/c/23456789/pohotovost.html').paragraphs)).toEqual([]);
    const uk = '<p><strong>Earlier:</strong> <a href="https://sport.harbour.co.uk/news/1">Ferry club wins</a></p>';
    expect(extra(page(uk, 'https://news.harbour.co.uk/news/2').paragraphs)).toEqual([]);
    expect(extra(page('<p>Čítajte tiež: Chrípka sa šíri</p>', 'https://domov.horizont.example/c/1.html').paragraphs)).toEqual([]);
    // Another site under the same public suffix ("co.uk"), or a mail link, is a cited source.
    const other = '<p><strong>Earlier:</strong> <a href="https://www.stats.co.uk/report">Harbour report</a></p>';
    expect(extra(page(other, 'https://news.harbour.co.uk/news/2').paragraphs)).toEqual(['Earlier: Harbour report']);
    const mail = '<p><strong>Contact:</strong> <a href="mailto:desk@harbour.co.uk">desk@harbour.co.uk</a></p>';
    expect(extra(page(mail, 'https://news.harbour.co.uk/news/2').paragraphs)).toEqual(['Contact: desk@harbour.co.uk']);
  });
  it('keeps a labelled link to another site (a cited source) and a label of many words', () => {
    const source = '<p><strong>Source:</strong> <a href="https://stats.example.org/report-2025">Annual harbour report 2025</a></p>';
    expect(extra(at(source).paragraphs)).toEqual(['Source: Annual harbour report 2025']);
    const long = '<p><strong>What the council decided on the wall on Monday:</strong> <a href="/wall-vote">the full vote</a></p>';
    expect(extra(at(long).paragraphs)).toHaveLength(1);
  });
  it('drops the vocabulary of read-more lines in Romanian, Vietnamese, Finnish, Czech, Greek and Persian', () => {
    for (const line of ['Citește și: Ce drepturi ai', 'Xem thêm: Xe buýt điện', 'Lue myös: Asumistuki nousee', 'Čtěte také: Prázdniny', 'ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: Χιόνια', 'بیشتر بخوانید: خبر']) {
      expect(extra(at(`<p>${line}</p>`).paragraphs)).toEqual([]);
    }
  });
  it('drops ad labels in more languages', () => {
    for (const label of ['Reklama', 'Mainos', 'Quảng cáo', 'Διαφήμιση', 'Annons', 'Reklame']) expect(extra(at(`<p>${label}</p>`).paragraphs)).toEqual([]);
  });
  it('drops a short paragraph linking to a WhatsApp channel or Google News, wherever it sits', () => {
    const whatsapp = '<p><strong>¿Ya sigues nuestro canal de WhatsApp?</strong> <a href="https://whatsapp.com/channel/0029Va">Entérate aquí</a> de las noticias más importantes del día.</p>';
    expect(extra(at(whatsapp + prose(1, 'After')).paragraphs)).toHaveLength(1);
    const google = '<p><em><a href="https://news.google.com/publications/CAAq">Ακολουθήστε τον Ημεροδρόμο στο Google News</a> και μάθετε πρώτοι όλες τις ειδήσεις</em></p>';
    expect(extra(at(google).paragraphs)).toEqual([]);
    // A quotation is the story's, whatever it links.
    const quote = '<p>“Follow us on <a href="https://whatsapp.com/channel/x">WhatsApp</a>,” the campaign told voters in its final week.</p>';
    expect(extra(at(quote).paragraphs)).toHaveLength(1);
    // Telegram channels are cited as sources.
    const cited = '<p>The group said on its <a href="https://t.me/harbourgroup">Telegram channel</a> that the ferries would stop.</p>';
    expect(extra(at(cited).paragraphs)).toHaveLength(1);
  });
  it("drops the site's closing promo in Romanian and the desk's initials ending the story", () => {
    const ro = parseArticle(
      `<html><head><meta property="og:site_name" content="Știrile Zilei"></head><body><article><h1>${HEADLINE}</h1><div class="article-body">${prose(2)}<p>Urmărește Știrile Zilei și pe Facebook pentru cele mai noi știri.</p></div></article></body></html>`,
    );
    expect(extra(ro.paragraphs)).toEqual([]);
    expect(extra(at('<p><em>(Con información de AP)</em></p><p>dv/rcr</p>').paragraphs)).toEqual(['(Con información de AP)']);
    expect(extra(at('<p>dv/rcr</p>' + prose(1, 'After')).paragraphs)).toHaveLength(2);
    expect(extra(at('<p>(agp/rdp)</p>').paragraphs)).toEqual([]);
    // Not half a bracket, nor a line that holds more than the marks.
    expect(extra(at('<p>(yes/no</p>').paragraphs)).toEqual(['(yes/no']);
    expect(extra(at('<p>The panel tried a (b/c) test.</p>').paragraphs)).toEqual(['The panel tried a (b/c) test.']);
  });
});

describe("assemble: a line asking the reader to install the site's app", () => {
  it('drops it mid-story: the site\'s own app page or a store, with a download verb', () => {
    const g1 = '<p>📱 <a href="https://example.com/app/">Baixe o app do g1</a> para ver notícias em tempo real e de graça</p>';
    const store = '<p>Download our app on the <a href="https://apps.apple.com/app/id123">App Store</a> for breaking news alerts.</p>';
    const a = article(g1 + store + prose(1, 'After'), URL);
    expect(extra(a.paragraphs)).toHaveLength(1);
    expect(a.text).not.toContain('Baixe o app');
  });
  it("keeps a story's sentence about another service's app, one with no download verb, and a quote", () => {
    const other = '<p>Residents can <a href="https://transit.example.org/app">download the transit app</a> to see when buses resume.</p>';
    const noVerb = '<p>The <a href="https://example.com/app/">app</a> crashed twice during the storm.</p>';
    const quote = '<p>“Download the app and you will see,” the mayor said of the <a href="https://apps.apple.com/app/id9">city tool</a>.</p>';
    const film = '<p>Get Out is currently streaming on HBO Go, and is available to digitally rent on <a href="https://itunes.apple.com/us/movie/get-out/id1">iTunes</a> and Google Play.</p>';
    // Another company's app, in a story's sentence (review).
    const meta = '<p>Starting Thursday, users in the EU can download the app from the <a href="https://apps.apple.com/app/id1">App Store</a> or <a href="https://play.google.com/store/apps/details?id=x">Google Play</a>, Meta said.</p>';
    const a = article(other + noVerb + quote + film + meta + prose(1, 'After'), URL);
    expect(extra(a.paragraphs)).toHaveLength(6);
    // "Get the app" linking the site's own app page goes.
    expect(extra(article('<p><a href="https://example.com/app">Get the app</a> for breaking news alerts.</p>' + prose(1, 'After'), URL).paragraphs)).toHaveLength(1);
  });
});

describe('assemble: a closing source line', () => {
  it('drops "Źródło: PAP, Onet", "Quelle: dpa, AFP", "Source: Reuters." closing the story, not a sentence or a line mid-story', () => {
    for (const line of ['Źródło: PAP, Onet', 'Quelle: dpa, AFP', 'Source: Reuters.', 'Fuente: EFE']) expect(extra(article(`<p>${line}</p>`, URL).paragraphs), line).toEqual([]);
    for (const line of ['Sources say the talks will resume on Monday.', 'Source: the ministry said the figures were provisional, and would be revised.']) {
      expect(extra(article(`<p>${line}</p>`, URL).paragraphs), line).toEqual([line]);
    }
    expect(extra(article('<p>Źródło: PAP, Onet</p>' + prose(1, 'After'), URL).paragraphs)).toContain('Źródło: PAP, Onet');
    // A description of the reporting, and a chart's or a table's data source, stay (review).
    for (const line of ['Sources: interviews with 12 officials, court filings', "Source: the company's annual filing"]) expect(extra(article(`<p>${line}</p>`, URL).paragraphs), line).toEqual([line]);
    const chart = '<figure><img src="/chart.png" width="800" height="500"><figcaption>Unemployment by region, 2023.</figcaption></figure><p>Source: Eurostat</p>';
    expect(article(chart, URL).text).toContain('Source: Eurostat');
  });
});

describe('assemble: a lead-in left last', () => {
  it("drops a closing bold label ending with a colon whose embed was removed, not a plain sentence nor one before a kept list or quote", () => {
    const video = `<p><strong>Simak juga Video 'Detik-detik Evakuasi Warga':</strong></p><div class="sisip_embed_sosmed"><iframe src="https://video.example/embed/1"></iframe></div>`;
    expect(extra(article(video, URL).paragraphs)).toEqual([]);
    expect(extra(article('<p><b>Watch the full interview:</b></p><div class="video-player"></div>', URL).paragraphs)).toEqual([]);
    // The reporter's own sentence introducing posts the page loads later stays.
    expect(extra(article('<p>Twitter seemed a bit confused by the campaign:</p><div class="embed"></div>', URL).paragraphs)).toEqual(['Twitter seemed a bit confused by the campaign:']);
    const list = '<p>The council listed three options:</p><ul><li>Raise the sea wall by a metre.</li><li>Move the quay inland.</li></ul>';
    expect(extra(article(list, URL).paragraphs)).toEqual(['The council listed three options:', 'Raise the sea wall by a metre.', 'Move the quay inland.']);
    const quote = '<p>The mayor wrote:</p><blockquote><p>We will rebuild the harbour before the winter storms.</p></blockquote>';
    expect(extra(article(quote, URL).paragraphs)).toEqual(['The mayor wrote:', 'We will rebuild the harbour before the winter storms.']);
    // Mid-story, a line ending with a colon stays.
    expect(article('<p><b>Watch the full interview:</b></p><div class="video-player"></div>' + prose(1, 'After'), URL).text).toContain('Watch the full interview:');
  });
});

describe('assemble: a rights-reserved notice mid-body', () => {
  it('drops it wherever it stands, but keeps a sentence about copyright', () => {
    const a = article('<p>Copyright 2025 KMTN. All rights reserved.</p>' + prose(1, 'After'));
    expect(extra(a.paragraphs)).toHaveLength(1);
    const s = 'Copyright 2019 reforms forced the studio to re-license its whole catalogue, and all rights reserved by the founders lapsed.';
    expect(extra(article(`<p>${s}</p>` + prose(1, 'After')).paragraphs)).toContain(s);
  });
  it('drops a rights notice in the languages of the field, at the end or mid-body, not a sentence ending with those words', () => {
    for (const notice of ['© RIPRODUZIONE RISERVATA', 'Riproduzione riservata ©', 'RIPRODUZIONE RISERVATA © Copyright ANSA', 'Tous droits de reproduction réservés', '© Le Monde 2024 - Tous droits réservés.', 'Alle Rechte vorbehalten.', '© 2024 Diario del Sur. Todos los derechos reservados', 'Все права защищены.', 'All rights reserved.']) {
      expect(extra(article(`<p>${notice}</p>`).paragraphs)).toEqual([]);
      expect(extra(article(`<p>${notice}</p>` + prose(1, 'After')).paragraphs)).toHaveLength(1);
    }
    for (const s of ['Il sindaco ha detto che la riproduzione riservata delle opere è un diritto degli autori.', 'Der Verlag sagt: Alle Rechte vorbehalten, und das gilt auch für die Fotos der Ausstellung im Museum.', 'Who keeps all rights reserved to the authors when a paper closes, the court asked?']) {
      expect(extra(article(`<p>${s}</p>`).paragraphs)).toEqual([s]);
    }
  });
});

describe('assemble: a recipe post\'s furniture', () => {
  it('drops an affiliate disclosure and a rating widget\'s line, and keeps a sentence about ratings', () => {
    const a = article('<p><em>This post may contain affiliate links. Please read my disclosure policy.</em></p><p>4.94 from 83 votes</p><p>4.5 out of 5 (212 ratings)</p>' + prose(1, 'After'));
    expect(extra(a.paragraphs)).toHaveLength(1);
    const s = 'The recipe has 83 votes from readers, who gave it 4.9 stars on average after the holiday bake-off.';
    expect(extra(article(`<p>${s}</p>`).paragraphs)).toEqual([s]);
  });
  it('drops a paragraph that is only a clock position (a transcript seek link), and keeps a time in a sentence', () => {
    const a = article('<p><a href="#t=252">[00:04:12]</a></p><p>00:12:40</p>' + prose(1, 'After'));
    expect(extra(a.paragraphs)).toHaveLength(1);
    expect(extra(article('<p>The vote closed at 17:02 and the count began at once in the hall.</p>').paragraphs)).toHaveLength(1);
  });
  it('drops a heading that a heading of its rank follows at once, and keeps one over lower-ranked parts', () => {
    const a = article('<h2>More breakfast recipes you’ll love</h2><h2>Sticky buns</h2>' + prose(1, 'Bun') + '<h3>Ingredients</h3><h4>For the dough</h4><ul><li>4 cups flour</li></ul>');
    expect(a.sections.map((s) => s.heading)).toEqual([null, 'Sticky buns', 'Ingredients', 'For the dough']);
    // Of one rank, a heading that names no list is a real one over an empty part.
    const b = article('<h3>Ingredients</h3><h3>For the crust</h3><ul><li>2 cups flour</li></ul><p>A timeline:</p><p><strong>21:47</strong></p><p>After three hours of debate the council voted on the plan for the wall.</p><p>18 of 25</p>');
    expect(b.sections.map((s) => s.heading)).toEqual([null, 'Ingredients', 'For the crust', '21:47']);
    expect(b.paragraphs).toContain('18 of 25');
  });
  it("lists a WordPress thumbnail of a picture the body showed before only once", () => {
    const a = article(
      '<img src="/wp-content/uploads/2025/12/sticky-buns-hero.jpg" alt="Buns">' + prose(1, 'Middle') + '<img src="/wp-content/uploads/2025/12/sticky-buns-hero-200x200.jpg" alt="Buns">',
      URL,
    );
    expect(a.images.map((i) => i.src)).toEqual(['https://example.com/wp-content/uploads/2025/12/sticky-buns-hero.jpg']);
  });
});

describe('assemble: a bold signature closing the story', () => {
  const page = (head: string, inner: string) =>
    parseArticle(`<html><head>${head}</head><body><article><h1>${HEADLINE}</h1><div class="article-body">${prose(2)}${inner}</div></article></body></html>`);
  it('drops it and names the reporter when nothing else does', () => {
    const a = page('', '<p class="Normal" style="text-align:right;"><strong>Gia Minh</strong></p>');
    expect(extra(a.paragraphs)).toEqual([]);
    expect(a.authors).toEqual([{ name: 'Gia Minh', url: null }]);
    const b = page('<meta name="author" content="Jane Roe">', '<p><strong>Gia Minh</strong></p>');
    expect(b.authors).toEqual([{ name: 'Jane Roe', url: null }]);
    // A meta author that is only the site's name gives way to the signature.
    const c = page('<meta name="author" content="TinNhanh"><meta property="og:site_name" content="TinNhanh">', '<p><strong>Gia Minh</strong></p>');
    expect(c.authors).toEqual([{ name: 'Gia Minh', url: null }]);
  });
  it('keeps a bold closing line that is a sentence, a single word or has digits', () => {
    for (const line of ['<p><strong>The wall will be raised by spring.</strong></p>', '<p><b>Reuters</b></p>', '<p><b>Route 66 Diner</b></p>']) {
      expect(extra(page('', line).paragraphs)).toHaveLength(1);
    }
  });
  it('names two or three reporters signing together ("Phương Linh - Đức Minh", "Ana Ruiz y Luis Gil")', () => {
    const a = page('', '<p class="Normal" style="text-align:right;"><strong>Phương Linh - Đức Minh</strong></p>');
    expect(extra(a.paragraphs)).toEqual([]);
    expect(a.authors).toEqual([{ name: 'Phương Linh', url: null }, { name: 'Đức Minh', url: null }]);
    expect(page('', '<p><b>Ana Ruiz y Luis Gil</b></p>').authors.map((x) => x.name)).toEqual(['Ana Ruiz', 'Luis Gil']);
    // Four names, a part that is one word or holds a digit, or a greeting: no signature.
    for (const line of ['<p><b>Ann Lee, Bo Kim, Cy Park, Di Wu</b></p>', '<p><b>Ann Lee - Reuters</b></p>', '<p><b>Jane Roe - Route 66</b></p>', '<p><b>Happy Holidays - The Ledger Team</b></p>', '<p><b>Jane Roe, Staff Writer</b></p>', '<p><b>Jane Roe - Associated Press</b></p>', '<p><b>Ana Ruiz, Agencia EFE</b></p>']) {
      const b = page('', line);
      expect(extra(b.paragraphs)).toHaveLength(1);
      expect(b.authors).toEqual([]);
    }
  });
});

describe("assemble: the desk's closing credit of the site's name and a wire agency", () => {
  const page = (site: string, inner: string) =>
    parseArticle(`<html><head><meta property="og:site_name" content="${site}"></head><body><article><h1>${HEADLINE}</h1><div class="article-body">${prose(2)}${inner}</div></article></body></html>`);
  it('drops "Le Monde avec AFP" (site name "Le Monde.fr"), "SPIEGEL mit dpa" and "The Guardian and agencies" as the last line, and names no author', () => {
    for (const [site, line] of [
      ['Le Monde.fr', 'Le Monde avec AFP'],
      ['DER SPIEGEL', 'DER SPIEGEL mit dpa und Reuters'],
      ['the Guardian', 'The Guardian and agencies'],
    ] as const) {
      const a = page(site, `<p class="article__signature">${line}</p>`);
      expect(extra(a.paragraphs)).toEqual([]);
      expect(a.authors).toEqual([]);
    }
  });
  it("keeps a wire story's sign-off that names people, another outlet's credit, and a sentence", () => {
    for (const line of ['Reporting by Ann Lee; Editing by Bob Kay', 'Le Figaro avec AFP', 'Le Monde avec AFP a révélé le document mardi.']) {
      expect(extra(page('Le Monde.fr', `<p>${line}</p>`).paragraphs)).toEqual([line]);
    }
  });
});

describe('assemble: a block styled as a subheading by its class', () => {
  it("reads Naver SmartEditor's section-title component, one short line, as a level-2 heading", () => {
    const title = (t: string) =>
      `<div class="se-component se-sectionTitle se-l-default"><div class="se-component-content"><div class="se-section se-section-sectionTitle"><div class="se-module se-module-text"><p class="se-text-paragraph"><span class="se-fs-">${t}</span></p></div></div></div></div>`;
    const a = article(title('흰여울문화마을 가는 길') + prose(1, 'Later'));
    expect(a.sections.map((s) => [s.heading, s.level])).toEqual([
      [null, null],
      ['흰여울문화마을 가는 길', 2],
    ]);
    expect(a.paragraphs).not.toContain('흰여울문화마을 가는 길');
  });
  it("keeps as paragraphs a block so named that holds two paragraphs or a sentence; a dek's class is no subheading's", () => {
    const two = '<div class="section-title"><p>Where the bridge stands</p><p>The crossing was built in 1968 and closed two years ago.</p></div>';
    const sentence = '<div class="c-section-title">The council voted on Tuesday.</div>';
    const a = article(two + sentence + prose(1, 'Later'));
    expect(a.sections.map((s) => s.heading)).toEqual([null]);
    expect(a.paragraphs).toContain('Where the bridge stands');
    expect(a.paragraphs).toContain('The council voted on Tuesday.');
    // A dek's names are not a subheading's.
    for (const name of ['article-subheadline', 'c-subtitle', 'subheading', 'se-sectionTitle']) expect(SECTION_TITLE_BLOCK.nameRe.test(name)).toBe(name === 'subheading' || name === 'se-sectionTitle');
  });
});

describe('assemble: slideshows and print views', () => {
  it("reads a slide's caption-named text under its title as the section's text, and drops pager counters", () => {
    const slide = (i: number) =>
      `<div class="Slide"><figure><img src="/s${i}.jpg" alt="x"><figcaption><span>Photo: Lena Marsh</span></figcaption></figure>\n<div class="Slide-info">\n<span class="Slide-counter">${i} / 3</span>\n<h2>Slide title ${i}</h2>\n<div class="Slide-caption"><p>Volunteers cut blocks from the frozen bay and stack them into a castle, number ${i}.</p></div></div></div>`;
    const a = article([1, 2, 3].map(slide).join(''), URL);
    expect(a.sections.slice(1).map((s) => [s.heading, s.paragraphs.length])).toEqual([['Slide title 1', 1], ['Slide title 2', 1], ['Slide title 3', 1]]);
    expect(a.text).not.toContain('1 / 3');
    expect(a.images.map((i) => i.credit)).toEqual(['Lena Marsh', 'Lena Marsh', 'Lena Marsh']);
  });
  it("keeps a picture box's caption its own under a heading, even when the picture gave no figure", () => {
    const a = article('<h2>History</h2><div class="thumb"><img src="data:," alt=""><div class="thumbcaption">Firefox logo</div></div>' + prose(1, 'History'), URL);
    expect(a.text).not.toContain('Firefox logo');
  });
  it("drops a print view's bracketed link footnote and a gallery's label", () => {
    const a = article('<p>Residents can <a href="https://county.example/signup">sign up online</a> <span class="print-footnote">[3]</span>, officials said on Monday in the hall.</p><p class="gallery-label">Gallery: inside the new sleeper (4 images)</p>');
    expect(extra(a.paragraphs)).toEqual(['Residents can sign up online, officials said on Monday in the hall.']);
  });
});

describe('assemble: editors that build with divs (Notion)', () => {
  it('reads the caption a role=figure names by aria-labelledby, and keeps it out of the body', () => {
    const a = article('<div role="figure" aria-labelledby="c1"><div><img src="/swift.jpg" alt=""></div><div id="c1">A swift entering a nest gap under the eaves.</div></div>', URL);
    expect(a.images[0]?.caption).toBe('A swift entering a nest gap under the eaves.');
    expect(a.text).not.toContain('A swift entering');
  });
  it('reads a table whose cells hold short divs as a data table, one paragraph a row', () => {
    const cell = (t: string) => `<td><div class="cell"><div class="cell-text">${t}</div></div></td>`;
    const a = article(`<div class="scroller horizontal"><table><tbody><tr>${cell('Window') + cell('Dates')}</tr><tr>${cell('Early') + cell('1–14 June')}</tr></tbody></table></div>`);
    expect(extra(a.paragraphs)).toEqual(['Window | Dates', 'Early | 1–14 June']);
  });
});

describe("assemble: the author's avatar in the body", () => {
  const page = (inner: string) =>
    parseArticle(`<html><head><meta name="author" content="Aditi Rao"></head><body><article><h1>${HEADLINE}</h1><div class="article-body">${prose(2)}${inner}</div></article></body></html>`, URL);
  it('drops a picture whose alt is the author or her portrait, and keeps a story picture that names her among other words', () => {
    expect(page('<a href="/@aditirao"><img src="/a.jpg" alt="Aditi Rao\'s photo"></a>').images).toEqual([]);
    expect(page('<img src="/a.jpg" alt="Aditi Rao">').images).toEqual([]);
    expect(page('<img src="/g.jpg" alt="Game Day Aditi Rao">').images).toHaveLength(1);
  });
});

describe("assemble: a figure's text that the review found the figure rules must leave alone", () => {
  it('keeps a pull quote after a picture and a poem in a figure', () => {
    const a = article('<figure class="wp-block-image"><img src="/w.jpg" alt="The waterfront"></figure><figure class="wp-block-pullquote"><blockquote><p>This is the most important vote in a generation.</p><cite>Mayor Ellen Park</cite></blockquote></figure>', URL);
    expect(a.images[0]?.caption).toBeNull();
    expect(a.text).toContain('This is the most important vote in a generation.');
    const b = article('<figure class="poem"><div><p>I have walked these docks at dawn<br>when the cranes were all asleep,</p></div><figcaption>From “Harbor Morning”</figcaption></figure>');
    expect(b.text).toContain('I have walked these docks at dawn');
  });
});

describe('assemble: story lines the review found the furniture rules must leave alone', () => {
  it('keeps a link to a WhatsApp blog post, a labelled link to a PDF, a story about affiliate links and a quoted commission', () => {
    for (const line of [
      'The feature was announced in a <a href="https://blog.whatsapp.com/introducing-usernames">post on the WhatsApp blog</a> and will reach all users by summer.',
      '<strong>Full report:</strong> <a href="/documents/waterfront-agreement.pdf">The waterfront agreement (PDF)</a>',
      'Under the new guidance, any post that uses affiliate links must say so at the top, the regulator said on Monday.',
      '“We earn a commission on every sale made through our links,” said Dana Reyes, who runs the review site.',
    ]) expect(extra(article(`<p>${line}</p>`, URL).paragraphs)).toHaveLength(1);
  });
  it('keeps a bold closing greeting, and a bold name that is not the named author', () => {
    expect(extra(article('<p><strong>Happy Holidays</strong></p>').paragraphs)).toEqual(['Happy Holidays']);
    const a = parseArticle(`<html><head><meta name="author" content="Jane Roe"></head><body><article><h1>${HEADLINE}</h1><div class="article-body">${prose(2)}<p><strong>Kuala Lumpur</strong></p></div></article></body></html>`);
    expect(extra(a.paragraphs)).toEqual(['Kuala Lumpur']);
    expect(a.authors.map((x) => x.name)).toEqual(['Jane Roe']);
  });
  it("keeps a captioned picture of the author", () => {
    const a = parseArticle(`<html><head><meta name="author" content="Maria Lopez"></head><body><article><h1>${HEADLINE}</h1><div class="article-body">${prose(2)}<figure><img src="/m.jpg" alt="Maria Lopez"><figcaption>The author on deck at 3 a.m.</figcaption></figure></div></article></body></html>`, URL);
    expect(a.images).toHaveLength(1);
  });
});

describe('assemble: a desk line under the headline', () => {
  const page = (site: string, lead: string, lang = 'en') =>
    parseArticle(
      `<html lang="${lang}"><head><meta property="og:site_name" content="${site}"></head><body><article><h1>${HEADLINE}</h1>` +
        `<div class="auther-detail"><div class="auther-desk">${lead}</div></div>${prose(3)}</article></body></html>`,
    );
  it('drops the desk, outlet and city a story is credited to, by the site\'s name or a desk', () => {
    expect(page('जन प्रहरी', 'न्यूज डेस्क, जन प्रहरी, लखनऊ', 'hi').paragraphs[0]).toMatch(/^Paragraph 1 of the report/);
    expect(page('Harbour Times', 'Harbour Times, Lahore').paragraphs[0]).toMatch(/^Paragraph 1 of the report/);
    expect(page('Harbour Times', 'Web Desk, Lahore').paragraphs[0]).toMatch(/^Paragraph 1 of the report/);
    expect(page('Harbour Times', 'न्यूज डेस्क, जन प्रहरी, लखनऊ').text).not.toContain('डेस्क');
  });
  it('keeps such a line when it names neither, when a part is a phrase, and after the first paragraph', () => {
    expect(page('Harbour Times', 'Lahore, Pakistan').paragraphs[0]).toBe('Lahore, Pakistan');
    const clause = 'Harbour Times, which first reported the flooding in the lower town';
    expect(page('Harbour Times', clause).paragraphs[0]).toBe(clause);
    const later = parseArticle(
      `<html><head><meta property="og:site_name" content="Harbour Times"></head><body><article><h1>${HEADLINE}</h1><div class="article-body">${prose(2)}<p>Harbour Times, Lahore</p>${prose(1, 'Closing')}</div></article></body></html>`,
    );
    expect(later.paragraphs).toContain('Harbour Times, Lahore');
  });
});

describe('assemble: furniture rules leave the story alone', () => {
  it('keeps numbers that are content: a list, a phone number, a score, a share', () => {
    const a = article('<p>The winning numbers were:</p><ul><li>4, 8, 15</li><li>16, 23, 42</li></ul><p>(555) 123-4567</p><p>3–1</p><p>67.4%</p>');
    expect(extra(a.paragraphs)).toEqual(['The winning numbers were:', '4, 8, 15', '16, 23, 42', '(555) 123-4567', '3–1', '67.4%']);
  });
  it('keeps a last sentence about copyright, and a trailing heading with its score', () => {
    expect(extra(article('<p>Copyright 2019 reforms forced platforms to license news snippets, publishers say.</p>').paragraphs)).toEqual([
      'Copyright 2019 reforms forced platforms to license news snippets, publishers say.',
    ]);
    expect(article('<h2>Final score</h2><p>3-1</p>').sections.map((s) => [s.heading, s.paragraphs.length])).toEqual([[null, 2], ['Final score', 1]]);
  });
  it('keeps "By contrast, Reuters…" when Reuters is the author, and "By Friday, Brian…" when Ian is', () => {
    const meta = (name: string, body: string) =>
      parseArticle(`<html><head><title>${HEADLINE}</title><meta name="author" content="${name}"></head><body><article><h1>${HEADLINE}</h1><div class="article-body">${prose(2)}${body}</div></article></body></html>`);
    expect(extra(meta('Reuters', '<p>By contrast, Reuters found no such evidence.</p>').paragraphs)).toEqual(['By contrast, Reuters found no such evidence.']);
    expect(extra(meta('Ian Moss', '<p>By Friday, Brian Janeway had resigned.</p>').paragraphs)).toEqual(['By Friday, Brian Janeway had resigned.']);
  });
  it("keeps an editor's note above the headline", () => {
    const a = parseArticle(`<html><body><div class="story"><p>Editor’s note: This story contains descriptions of violence.</p><h1>${HEADLINE}</h1>${prose(3)}</div></body></html>`);
    expect(a.paragraphs[0]).toBe('Editor’s note: This story contains descriptions of violence.');
  });
  it('takes no author from a closing note or an agency in brackets', () => {
    for (const note of ['（敬称略）', '（共同）', '（新华社）', '（肩書は取材当時）']) expect(article(`<p>${note}</p>`).authors).toEqual([]);
  });
  it('reads no credit from a caption phrase, a button label or a Japanese clause', () => {
    const fig = (cap: string) => article(`<figure><img src="https://cdn.example.com/a.jpg"><figcaption>${cap}</figcaption></figure>`).images[0];
    expect(fig('<b>Dramatic rescue.</b> <span>Firefighters carry a child from the rubble</span>')?.credit).toBeNull();
    expect(fig('<span>The library after the fire.</span><span>Enlarge</span>')?.credit).toBeNull();
    expect(fig('地域の食堂が子どもたちに食事を配った（無料で提供）')?.credit).toBeNull();
  });
});

describe('assemble: the second batch of fixtures', () => {
  it("drops a heading's permalink mark", () => {
    const a = article('<h2 id="x">The ten-line version <a href="#x">#</a></h2><p>It fits on a screen, with room to spare for the comments.</p><h2>Notes <a class="anchor" href="#n">¶</a></h2><p>Last words on the topic, for the curious.</p>');
    expect(a.sections.map((s) => s.heading)).toEqual([null, 'The ten-line version', 'Notes']);
  });
  it("drops a Korean story's closing e-mail and reproduction notice", () => {
    const a = article('<p>cskim@hannuri-news.example</p><p>제보는 카카오톡 okjebo<br>&lt;저작권자(c) 한누리뉴스, 무단 전재-재배포 금지&gt;</p>');
    expect(extra(a.paragraphs)).toEqual([]);
  });
  it('splits bracketed and slash credits: "[AFP]", "[촬영 박영희]", "(Name/The Outlet)", "Fot. X"', () => {
    expect(splitCredit('Crowds at the station on Monday [AFP]')).toEqual({ caption: 'Crowds at the station on Monday', credit: 'AFP' });
    expect(splitCredit('종각역 승강장 [촬영 박영희]')).toEqual({ caption: '종각역 승강장', credit: '촬영 박영희' });
    expect(splitCredit('The senator in January 2024. (Elena Marsh/The Capital Post)')).toEqual({ caption: 'The senator in January 2024.', credit: 'Elena Marsh/The Capital Post' });
    // Only capitalised names around the slash: a lower-case aside stays in the caption.
    expect(splitCredit('The old pier at dusk (view from the bridge/the river)')).toEqual({ caption: 'The old pier at dusk (view from the bridge/the river)', credit: null });
    expect(splitCredit('Pług na ulicy w Krakowie. Fot. PAP/Łukasz Gągulski')).toEqual({ caption: 'Pług na ulicy w Krakowie.', credit: 'PAP/Łukasz Gągulski' });
    expect(splitCredit('أمطار غزيرة في دمشق (الفرنسية)')).toEqual({ caption: 'أمطار غزيرة في دمشق', credit: 'الفرنسية' });
  });
  it('reads a credit after a <br> in the caption as a word of its own', () => {
    const a = article('<figure><img src="https://cdn.example.com/a.jpg"><figcaption>The flooded quay on Monday.<br>Photo: Jane Roe</figcaption></figure>');
    expect(a.images[0]).toMatchObject({ caption: 'The flooded quay on Monday.', credit: 'Jane Roe' });
  });
  it('drops read-more lead-ins in their pipe form and in Polish and Swedish', () => {
    const a = article('<p><b>Also Read | </b><a href="/x">Delhi air quality slips again</a></p><p><strong>Zobacz też:</strong> <a href="/y">Zima wraca</a></p><p><strong>Läs också:</strong> <a href="/z">Ringhals</a></p><p>Story continues below video</p>');
    expect(extra(a.paragraphs)).toEqual([]);
  });
  it("drops a script-filled embed's placeholder standing alone, not a sentence that opens like one", () => {
    const a = article('<p>Loading…</p><div class="chart"><p>Loading chart...</p></div>');
    expect(extra(a.paragraphs)).toEqual([]);
    const kept = article('<p>Loading the ferries took most of the morning.</p><p>Please wait.</p><ul><li>Loading…</li><li>Ready</li><li>Error</li></ul>');
    expect(extra(kept.paragraphs)).toEqual(['Loading the ferries took most of the morning.', 'Please wait.', 'Loading…', 'Ready', 'Error']);
  });
});

describe('assemble: Chinese news pages', () => {
  const zh = (t: string) => `<p>　　${t}春运将于2月2日开始，3月13日结束，共计40天。春运首日车票将于1月18日起在铁路12306网站和手机客户端发售，旅客可提前购票。</p>`;
  const page = (body: string) => parseArticle(`<html><body><div class="article"><h1>春运</h1>${body}</div></body></html>`, { url: 'https://news.example/a' });

  it("reads the dateline's reporters as the authors when nothing else names anyone", () => {
    const a = page(zh('新华社北京12月23日电（记者 王晓明 陈思远）记者23日获悉，') + zh('二') + zh('三'));
    expect(a.authors).toEqual([{ name: '王晓明', url: null }, { name: '陈思远', url: null }]);
    expect(page(zh('本报讯（记者 张三、李四）') + zh('二')).authors.map((x) => x.name)).toEqual(['张三', '李四']);
  });

  it("reads a Taiwanese reporter's opening credit as the byline over an author that is the site", () => {
    const tw = (body: string, head = '') =>
      parseArticle(`<html><head><meta property="og:site_name" content="寶島日報"><meta name="author" content="寶島日報">${head}</head><body><div class="article"><h1>春運</h1>${body}</div></body></html>`, { url: 'https://news.example/a' });
    const a = tw('<p>記者王小明／台北報導</p>' + zh('一') + zh('二'));
    expect(a.authors).toEqual([{ name: '王小明', url: null }]);
    expect(a.paragraphs).toHaveLength(2);
    expect(a.text).not.toContain('記者');
    expect(tw('<p>〔記者王小明、李大華／綜合報導〕</p>' + zh('一') + zh('二')).authors.map((x) => x.name)).toEqual(['王小明', '李大華']);
    // The agency's dateline runs on into the story: the paragraph stays.
    const cna = tw(zh('（中央社記者王小明台北23日電）') + zh('二'));
    expect(cna.authors.map((x) => x.name)).toEqual(['王小明']);
    expect(cna.paragraphs[0]).toContain('中央社記者王小明台北23日電');
    // A person named in the metadata stays the author; a line quoting a reporter mid-story is prose.
    const named = tw('<p>記者王小明／台北報導</p>' + zh('一') + zh('二'), '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"陳大文"}}</script>').authors;
    expect(named).toEqual([{ name: '陳大文', url: null }]);
    expect(tw(zh('一') + '<p>記者王小明／台北報導</p>' + zh('二')).authors).toEqual([{ name: '寶島日報', url: null }]);
    // The site's own social page is no author page, whatever its domain's ending.
    expect(tw(zh('一') + zh('二'), '<meta property="article:author" content="https://www.facebook.de/baodao">').authors).toEqual([{ name: '寶島日報', url: null }]);
  });

  it('reads a centred paragraph after a centred picture as its caption when it is marked as one', () => {
    const figure = '<p style="text-align: center;"><img src="https://img.example/a.jpg" alt=""></p><p style="text-align: center;"><span style="font-family: 楷体;">　　12月22日，旅客在北京西站候车大厅候车。新华社记者 赵文 摄</span></p>';
    const a = page(zh('一') + figure + zh('二'));
    expect(a.images[0]).toMatchObject({ caption: '12月22日，旅客在北京西站候车大厅候车。', credit: '新华社记者 赵文 摄' });
    expect(a.paragraphs).toHaveLength(2);
    const agency = page(zh('一') + figure.replace('新华社记者 赵文 摄', '新华社发（李明 摄）') + zh('二'));
    expect(agency.images[0]?.credit).toBe('新华社发（李明 摄）');
    // Taiwanese and Hong Kong papers write the same marks in traditional characters.
    const traditional = page(zh('一') + figure.replace('12月22日，旅客在北京西站候车大厅候车。新华社记者 赵文 摄', '旅客23日在台北車站大廳候車。記者王小明攝') + zh('二'));
    expect(traditional.images[0]).toMatchObject({ caption: '旅客23日在台北車站大廳候車。', credit: '記者王小明攝' });
    expect(traditional.paragraphs).toHaveLength(2);
  });

  it('reads a centred line closing with a credit after a centred picture as its caption (HubSpot), not a centred story line', () => {
    const pic = '<p style="text-align: center;"><img src="https://img.example/reno.jpg" alt="Dock doors" width="760" height="428"></p>';
    const a = page(zh('一') + pic + '<p style="text-align: center; font-size: 14px;"><em>Inbound doors at the Reno cross-dock on November 28. Photo: Marcus Delgado</em></p>' + zh('二'));
    expect(a.images[0]).toMatchObject({ caption: 'Inbound doors at the Reno cross-dock on November 28.', credit: 'Marcus Delgado' });
    const b = page(zh('一') + pic + '<p style="text-align: center;">We went into the season with a plan we were proud of.</p>' + zh('二'));
    expect(b.images[0]?.caption).toBeNull();
  });

  it("keeps a photo blog's centred story lines after each picture", () => {
    const blog = '<p style="text-align: center;"><img src="https://img.example/b.jpg"></p><p style="text-align: center;">一波波接續性低溫寒流報到 已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣</p>';
    const a = page(zh('一') + blog + zh('二'));
    expect(a.images[0]?.caption).toBeNull();
    expect(a.paragraphs).toContain('一波波接續性低溫寒流報到 已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣');
  });
});

describe('assemble: paragraphs that are one link', () => {
  it('drops a teaser link standing as a paragraph, keeps citations and in-page anchors', () => {
    const a = article(
      '<p><a href="/story/2">LAUREN ALAINA SAYS THE SHOW HAS HELPED HER LOSE WEIGHT</a></p>' +
        '<p><a href="http://www.example.org/source/report.html">http://www.example.org/source/report.html</a></p>' +
        '<p><a href="#notes">Notes</a></p>' +
        '<p>The singer <a href="/people/alaina">Lauren Alaina</a> said so on Monday, in an interview with the show.</p>',
      { url: 'https://example.com/a' },
    );
    expect(extra(a.paragraphs)).toEqual([
      'http://www.example.org/source/report.html',
      'Notes',
      'The singer Lauren Alaina said so on Monday, in an interview with the show.',
    ]);
  });
});

describe('assemble: one picture in two renditions', () => {
  const at = (body: string) =>
    parseArticle(`<html><head><title>${HEADLINE}</title></head><body><article><h1>${HEADLINE}</h1>${prose(2)}${body}${prose(3)}</article></body></html>`, { url: 'https://news.example/a/1' });

  it('merges a blurred placeholder and its noscript image into one figure with the large URL (Medium)', () => {
    const a = at(
      '<figure><div><div><img src="https://cdn.example/max/60/1*5o3M5niyi911waUrKWVZ0Q.png?q=20" width="1894" height="970"></div>' +
        '<img width="1894" height="970"><noscript><img src="https://cdn.example/max/3788/1*5o3M5niyi911waUrKWVZ0Q.png" width="1894" height="970"></noscript></div>' +
        '<figcaption>Memory leak in action</figcaption></figure>',
    );
    expect(a.images.map((i) => [i.src, i.caption])).toEqual([['https://cdn.example/max/3788/1*5o3M5niyi911waUrKWVZ0Q.png', 'Memory leak in action']]);
    expect(a.leadImage?.src).toBe('https://cdn.example/max/3788/1*5o3M5niyi911waUrKWVZ0Q.png');
  });

  it('keeps two photos of a gallery that share a file name but not an id', () => {
    const a = at(
      '<figure><img src="https://cdn.example/photos/18636689/15/gallery_medium.jpg"><figcaption>A shopper looks at cords.</figcaption></figure>' +
        '<figure><img src="https://cdn.example/photos/18636687/15/gallery_medium.jpg"><figcaption>Extension cords on the shelves.</figcaption></figure>',
    );
    expect(a.images).toHaveLength(2);
  });
});

describe("assemble and clean: what session 10's review found the new rules must leave alone", () => {
  const URL = { url: 'https://example.com/news/1' };
  it('keeps a short story that opens "Together with" or "A message from"', () => {
    for (const first of ['Together with Spain, France objected to the plan.', 'A message from the mayor was read aloud.']) {
      const a = parseArticle(`<html><body><article><h1>${HEADLINE}</h1><div class="body"><p>${first}</p><p>The council will vote again in March, <a href="/news/2">the clerk said</a>.</p></div></article></body></html>`, URL);
      expect(a.paragraphs[0]).toBe(first);
    }
  });
  it("keeps a section named for polls that holds the story's text, and a story photo whose alt is 'The author'", () => {
    const a = article('<section class="polls"><h2>What the polls say</h2><p>Every major survey since June has shown the two candidates within three points of each other.</p></section><img src="https://example.com/novelist-at-home.jpg" alt="The author" width="800" height="600">', URL);
    expect(a.sections.map((s) => s.heading)).toContain('What the polls say');
    expect(a.images.map((i) => i.src)).toEqual(['https://example.com/novelist-at-home.jpg']);
  });
  it('drops a meta line beside an avatar figure', () => {
    const a = article('<div class="post-meta"><figure><img src="https://example.com/jane.jpg" alt="Jane Doe" width="48" height="48"><figcaption>Jane Doe</figcaption></figure><span>Senior reporter · March 4, 2025 · 5 min read</span></div>', URL);
    expect(a.text).not.toContain('5 min read');
  });
  it('keeps sentences that open like a hatnote, and named scores written as paragraphs', () => {
    const lines = ['Related charges – <a href="/news/fraud">fraud and conspiracy</a> – were dropped.', 'Further information: <a href="/budget">the city’s budget documents</a> show a $40 million gap.', 'Battery: 8/10', 'Camera – 9/10'];
    const a = article(lines.map((l) => `<p>${l}</p>`).join(''), URL);
    expect(extra(a.paragraphs)).toEqual(['Related charges – fraud and conspiracy – were dropped.', 'Further information: the city’s budget documents show a $40 million gap.', 'Battery: 8/10', 'Camera – 9/10']);
  });
  it("splits a photo caption's 'Source:' credit beside a credit element, as before", () => {
    const a = article('<figure><img src="https://example.com/street.jpg" alt="A street"><figcaption>A man walks past the closed shops on Tuesday. Source: Reuters <span class="credit">Photo: John Smith</span></figcaption></figure>', URL);
    expect(a.images.map((i) => [i.caption, i.credit])).toEqual([['A man walks past the closed shops on Tuesday.', 'John Smith']]);
  });
  it("drops a share bar's heading named for an anchor, and keeps labelled bold date lines out of a timeline", () => {
    const a = article('<h3 class="anchor share-tools">Share this article</h3><p>The port will reopen on Monday, officials said after a week of repairs.</p>', URL);
    expect(a.text).not.toContain('Share this article');
    const dated = (d: string) => `<p><strong>${d}</strong></p><p>The port will reopen on Monday, officials said after a week of repairs to the quay.</p>`;
    const b = article(dated('Updated March 4, 2025') + dated('Updated March 5, 2025') + dated('Updated March 6, 2025'), URL);
    expect(b.sections.map((s) => s.heading)).toEqual([null]);
  });
  it('keeps a centred story sentence that has "Photo:" in it under a centred picture', () => {
    const a = article('<p style="text-align: center;"><img src="https://example.com/prize.jpg" alt="Prize" width="800" height="500"></p><p style="text-align: center;">Winners will be announced in June – Photo: Ana Ruiz won last year.</p>', URL);
    expect(a.images[0]?.caption).toBeNull();
    expect(a.paragraphs).toContain('Winners will be announced in June – Photo: Ana Ruiz won last year.');
  });
});

describe('assemble: session 11 page shapes', () => {
  const URL = { url: 'https://example.com/news/1' };
  const ld = (name: string) => `<script type="application/ld+json">{"@type":"Article","headline":"${HEADLINE}","author":{"@type":"Person","name":"${name}"}}</script>`;
  it("drops an author card's name heading and its job-title heading above the story (LinkedIn), keeps a story subhead", () => {
    const a = parseArticle(
      `<html><head>${ld('Dana Whitfield')}</head><body><article><h1>${HEADLINE}</h1><section class="card"><h3>Dana Whitfield</h3><h4>VP Supply Chain at Northgate Foods</h4></section><div class="content"><h2>How it started</h2>${prose(3)}</div></article></body></html>`,
      URL,
    );
    expect(a.sections.map((s) => s.heading)).toEqual(['How it started']);
    expect(a.text).not.toContain('VP Supply Chain');
  });
  it("keeps a heading naming the author once the story has begun (an interview's speaker, a profile)", () => {
    const a = parseArticle(`<html><head>${ld('Dana Whitfield')}</head><body><article><h1>${HEADLINE}</h1><div class="content">${prose(2)}<h3>Dana Whitfield</h3><h4>In her own words</h4>${prose(2, 'Later')}</div></article></body></html>`, URL);
    expect(a.sections.map((s) => s.heading)).toEqual([null, 'Dana Whitfield', 'In her own words']);
  });
});

describe('splitCredit: photo labels of session 11 languages', () => {
  it.each([
    ['தஞ்சாவூர் அருகே மூழ்கியுள்ள நெற்பயிர்கள். படம்: ஆர். வெங்கடேஷ்', 'தஞ்சாவூர் அருகே மூழ்கியுள்ள நெற்பயிர்கள்.', 'ஆர். வெங்கடேஷ்'],
    ['ელექტროავტობუსი რუსთაველის გამზირზე. ფოტო: ლევან ქავთარაძე', 'ელექტროავტობუსი რუსთაველის გამზირზე.', 'ლევან ქავთარაძე'],
    ['Սևանա լիճը Ծովագյուղի մոտակայքում։ Լուսանկարը՝ Արմեն Հակոբյանի', 'Սևանա լիճը Ծովագյուղի մոտակայքում։', 'Արմեն Հակոբյանի'],
    ['Ordezkariak gaur goizean Bilbon. Argazkia: Iker Arrieta / Egunero', 'Ordezkariak gaur goizean Bilbon.', 'Iker Arrieta / Egunero'],
    ['मंगलबार बिहान देखिएको काठमाडौं। तस्बिर : सुमन महर्जन', 'मंगलबार बिहान देखिएको काठमाडौं।', 'सुमन महर्जन'],
    ['ਹਾਈਵੇਅ ਤੇ ਚੱਲਦੇ ਵਾਹਨ। ਫੋਟੋ: ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ', 'ਹਾਈਵੇਅ ਤੇ ਚੱਲਦੇ ਵਾਹਨ।', 'ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ'],
    ['በመጋዘን የተከማቸ ቡና (ፎቶ፦ ዳንኤል ገብረሕይወት)', 'በመጋዘን የተከማቸ ቡና', 'ዳንኤል ገብረሕይወት'],
    ['주문진 수산시장 조감도. 사진=강릉시 제공', '주문진 수산시장 조감도.', '강릉시 제공'],
  ])('%s', (text, caption, credit) => {
    expect(splitCredit(text)).toEqual({ caption, credit });
  });
  it('drops a photo word written after the name, as Latvian credits do', () => {
    expect(cleanCredit('Kristapa Kalna foto')).toBe('Kristapa Kalna');
  });
  it('keeps the colon-only labels as words of a sentence without their mark', () => {
    expect(splitCredit('사진 전시회가 열렸다. 지난 주말 관람객이 몰렸다').credit).toBeNull();
    expect(splitCredit('Ný mynd af gosinu sýnir hraunið renna').credit).toBeNull();
  });
});

describe('assemble and clean: boilerplate lines seen in session 11', () => {
  const URL = { url: 'https://example.com/news/1' };
  it("drops an old story's age notice standing alone, keeps a sentence that says so or an old thing's age", () => {
    const a = article(
      '<div class="time-stamp-alert"><span>This article is more than 2 years old.</span></div><p>This story is over a year old</p><p>This article was published more than five years ago.</p>' +
        '<p>This article is more than 2 years old, and the figures in it have since been revised by the agency.</p><p>The harbour wall is more than 200 years old.</p>',
      URL,
    );
    expect(extra(a.paragraphs)).toEqual(['This article is more than 2 years old, and the figures in it have since been revised by the agency.', 'The harbour wall is more than 200 years old.']);
  });

  it("drops a breaking story's status line, keeps a sentence about a developing story", () => {
    const a = article('<p><i>This is a developing story and will be updated.</i></p><p>Check back later for updates.</p><p>Officials said this is a developing story for the whole region, not only the port.</p>', URL);
    expect(extra(a.paragraphs)).toEqual(['Officials said this is a developing story for the whole region, not only the port.']);
  });
  it('drops Basque and Icelandic ad labels', () => {
    const a = article('<p>Publizitatea</p><p>Auglýsing</p>', URL);
    expect(extra(a.paragraphs)).toEqual([]);
  });
  it("drops a Twenty Ten theme's entry-utility line, and a Basque subscription pitch", () => {
    const a = article(
      '<div class="entry-utility">Posted in <a href="/category/news/" rel="category tag">News</a> and tagged <a href="/tag/port/" rel="tag">port</a>. Bookmark the <a href="/storm/" rel="bookmark">permalink</a>.</div>' +
        '<div class="deia"><p>Kazetaritza independentea euskaraz egiteko, zure laguntza behar dugu. <a href="/harpidetu">Egin zaitez harpidedun</a></p></div>',
      URL,
    );
    expect(extra(a.paragraphs)).toEqual([]);
  });
});

describe("assemble: the headline's own header", () => {
  const URL = { url: 'https://example.com/opinion/1' };
  it('leaves out what the header holds beside the headline (a disclosure, a badge), keeps its picture', () => {
    const a = parseArticle(
      `<html><body><main><header><div class="badge">Our View</div><h1>${HEADLINE}</h1><div class="disclosure"><p>Opinion articles provide independent perspectives on key community issues, separate from our newsroom reporting. <a href="/about-opinion">Learn more</a></p></div><figure><img src="https://example.com/harbour.jpg" width="1200" height="800" alt="The harbour"><figcaption>The harbour at noon.</figcaption></figure></header><div class="story">${prose(4)}</div></main></body></html>`,
      URL,
    );
    expect(a.paragraphs).toHaveLength(4);
    expect(a.text).not.toContain('Opinion articles');
    expect(a.text).not.toContain('Our View');
    expect(a.images.map((i) => i.caption)).toEqual(['The harbour at noon.']);
  });
  it("keeps a brief told inside the headline's header, and a header's list of key points", () => {
    // (The <p> right under the headline in its header is the dek.)
    const brief = parseArticle(`<html><body><main><header><h1>${HEADLINE}</h1><p>The harbour road reopened at noon.</p><p>The water went down overnight, officials said.</p><p>Buses run again on all routes.</p></header></main></body></html>`, URL);
    expect(brief.subheadline).toBe('The harbour road reopened at noon.');
    expect(brief.paragraphs).toEqual(['The water went down overnight, officials said.', 'Buses run again on all routes.']);
    const points = parseArticle(`<html><body><main><header><h1>${HEADLINE}</h1><div class="key-points"><ul><li>The road is open again.</li><li>Buses run on all routes.</li></ul></div><p>The harbour road reopened at noon after the water went down, officials said on Tuesday.</p></header></main></body></html>`, URL);
    expect(points.paragraphs.slice(0, 2)).toEqual(['The road is open again.', 'Buses run on all routes.']);
  });
  it('reads a header that wraps the story as the body', () => {
    const a = parseArticle(`<html><body><main><header><h1>${HEADLINE}</h1><div class="story">${prose(8)}</div></header></main></body></html>`, URL);
    expect(a.paragraphs).toHaveLength(8);
  });
});

describe('assemble: footnote groups and numbered exhibits', () => {
  const URL = { url: 'https://example.com/analysis/1' };
  it('leaves a group of footnote marks out of the text and writes each as a markdown mark', () => {
    const a = article(
      '<p>Several states have capped how fast local property tax bills can grow.<sup><a href="#fn4">4</a>,<a href="#fn5">5</a></sup> A district now competes with schools for the same room.</p>' +
        '<ol start="4"><li id="fn4">Levy limits in 2024.</li><li id="fn5">Caps on assessments.</li></ol>',
      URL,
    );
    expect(extra(a.paragraphs)).toEqual(['Several states have capped how fast local property tax bills can grow. A district now competes with schools for the same room.', 'Levy limits in 2024.', 'Caps on assessments.']);
    expect(a.markdown).toContain('grow.[^4][^5]');
  });
  it('keeps a superscript that is not only footnote links ("10<sup>th</sup>", "<sup>2,</sup>")', () => {
    const a = article('<p>The 10<sup>th</sup> district spans 40 km<sup>2</sup> of farmland and three small towns, residents said.</p>', URL);
    expect(extra(a.paragraphs)).toEqual(['The 10th district spans 40 km2 of farmland and three small towns, residents said.']);
  });
  it("keeps a numbered exhibit's 'Source:' in its caption, and splits a photo's", () => {
    const a = article(
      '<figure><img src="https://example.com/fig1.png" width="1200" height="760" alt="Bar chart"><figcaption>Figure 1. Share of costs covered by local levies, 2015 and 2024. Source: Harwell Center analysis of cost reports.</figcaption></figure>' +
        '<figure><img src="https://example.com/port.jpg" width="1200" height="760" alt="The port"><figcaption>The port at dawn. Source: Reuters</figcaption></figure>',
      URL,
    );
    expect(a.images.map((i) => [i.caption, i.credit])).toEqual([
      ['Figure 1. Share of costs covered by local levies, 2015 and 2024. Source: Harwell Center analysis of cost reports.', null],
      ['The port at dawn.', 'Reuters'],
    ]);
  });
});

describe("assemble: an interview's closing credit, a caption's inline marks", () => {
  const URL = { url: 'https://example.com/idees/1' };
  it('reads "Propos recueillis par X" closing an interview as its author, and leaves it out of the text', () => {
    const a = article('<p><em>Propos recueillis par Claire Vasseur</em></p>', URL);
    expect(a.authors).toEqual([{ name: 'Claire Vasseur', url: null }]);
    expect(a.text).not.toContain('Propos recueillis');
  });
  it('keeps a closing sentence that only mentions an interview', () => {
    const a = article('<p>The interview by Sam Lee was cut short when the lights went out.</p>', URL);
    expect(extra(a.paragraphs)).toEqual(['The interview by Sam Lee was cut short when the lights went out.']);
    expect(a.authors).toEqual([]);
  });
  it('writes an inline <sup> of a caption beside a credit element without a space ("19e")', () => {
    const a = article('<figure><img src="https://example.com/p.jpg" width="1200" height="800" alt="x"><figcaption>Une rue du 19<sup>e</sup> arrondissement, le 12 décembre. <span class="credit">Julien Ferrand</span></figcaption></figure>', URL);
    expect(a.images[0]?.caption).toBe('Une rue du 19e arrondissement, le 12 décembre.');
  });
});

describe("assemble: a picture's caption after a <br> in its own paragraph, a Chinese portal's desk credits", () => {
  const URL = { url: 'https://example.com/news/1' };
  it('reads the text after the <br> of a picture that opens its paragraph as its caption and credit', () => {
    const a = article('<p class="f_center"><img src="https://example.com/lift.jpg" alt="电梯"><br>12月22日，工人在永安里小区7号楼调试新装的电梯。记者 王堃 摄</p><p><a href="https://example.com/depot"><img src="https://example.com/depot.jpg" alt="Depot"></a><br><br><font size="1">The depot in 1951. Photo by Walt Kimmel</font></p>', URL);
    expect(a.images.map((i) => [i.caption, i.credit])).toEqual([
      ['12月22日，工人在永安里小区7号楼调试新装的电梯。', '记者 王堃 摄'],
      ['The depot in 1951.', 'Walt Kimmel'],
    ]);
    expect(extra(a.paragraphs)).toEqual([]);
  });
  it('keeps a paragraph that opens with a small picture and goes on after a <br> as a sentence', () => {
    const a = article('<p><img src="https://example.com/icon.png" alt=""><br>The council will meet again on Tuesday to vote on the budget, the clerk said.</p>', URL);
    expect(extra(a.paragraphs)).toEqual(['The council will meet again on Tuesday to vote on the budget, the clerk said.']);
  });
  it("drops a Chinese portal's closing source and editor line", () => {
    const a = article('<p>市民如有加装电梯意向，可拨打12345市民服务热线咨询。</p><div class="ep-source"><span>本文来源：江城晚报</span> <span class="ep-editor">责任编辑：陈思佳_NN9841</span></div>', URL);
    expect(extra(a.paragraphs)).toEqual(['市民如有加装电梯意向，可拨打12345市民服务热线咨询。']);
  });
});

describe("assemble and clean: an app's pitch, a closing reuse notice", () => {
  it("drops a box named as the site's app pitch", () => {
    const a = article('<div class="wp-block-nexstar-app-promo app-promo"><p>Get alerts on your phone</p><p>Download the free KQRV 9 Weather app for live radar and push alerts for your county.</p><a href="https://apps.kqrv9.example/weather">Download now</a></div>', URL);
    expect(extra(a.paragraphs)).toEqual([]);
  });
  it("drops a newsroom's corrections policy and the authors' bios that close the story, keeps the correction and closing lines that only name the author", () => {
    const page = (tail: string) =>
      parseArticle(
        `<html><head><title>${HEADLINE}</title><meta name="author" content="Lena Vasquez"></head><body><article><h1>${HEADLINE}</h1><div class="article-body">${prose(2)}${tail}</div></article></body></html>`,
        URL,
      );
    const a = page(
      '<p>A correction was made on Jan. 5, 2024: An earlier version of this article misstated the number of vehicles diverted by the closure.</p>' +
        '<p>When we learn of a mistake, we acknowledge it with a correction. If you spot an error, please let us know at <a href="mailto:news@example.com">news@example.com</a>.<a href="https://example.com/editorial-standards/corrections">Learn more</a></p>' +
        '<p>Lena Vasquez covers transportation in New York City. <a href="https://example.com/by/lena-vasquez">More about Lena Vasquez</a></p>',
    );
    expect(extra(a.paragraphs)).toEqual(['A correction was made on Jan. 5, 2024: An earlier version of this article misstated the number of vehicles diverted by the closure.']);
    // Near misses: a closing credit that names the author but links no profile; an invitation
    // quoted in the story links nowhere; a paragraph naming someone else with a profile link.
    const kept = [
      'Lena Vasquez contributed reporting from Albany.',
      '“If you spot an error on the timetable, let us know,” the transit agency wrote.',
      'Martin Okafor covers the Bronx. More about Martin Okafor',
    ];
    const b = page(
      `<p>${kept[0]}</p><p>${kept[1]}</p><p>Martin Okafor covers the Bronx. <a href="https://example.com/by/martin-okafor">More about Martin Okafor</a></p>`,
    );
    expect(extra(b.paragraphs)).toEqual(kept);
    // The review's near misses, each the story's last paragraph: a story's invitation to report an
    // error elsewhere; the author named, linked to an old story; the author as the story's subject.
    const closing = [
      '<p>Residents who spot an error in the published voter rolls can report it to the elections office at <a href="mailto:rolls@county.example.gov">rolls@county.example.gov</a>.</p>',
      '<p><a href="https://example.com/2023/05/library-cuts">Lena Vasquez reported last year</a> that the library would lose two branches.</p>',
      '<p><a href="https://example.com/by/lena-vasquez">Lena Vasquez</a> and council member Ann Lee argued for the plan at the hearing.</p>',
    ];
    for (const tail of closing) expect(extra(page(tail).paragraphs), tail).toHaveLength(1);
  });

  it("drops a closing notice that forbids reusing the site's stories, keeps a story's sentence about republishing", () => {
    const page = (last: string) =>
      parseArticle(`<html><head><meta property="og:site_name" content="Pulss"></head><body><article><h1>${HEADLINE}</h1><div class="body">${prose(3)}<p>${last}</p></div></article></body></html>`, URL);
    expect(extra(page('Materiālu pārpublicēšana bez Pulss rakstiskas atļaujas ir aizliegta.').paragraphs)).toEqual([]);
    const sentence = 'The court ruled that republishing the leaked photos without permission is prohibited.';
    expect(extra(page(sentence).paragraphs)).toEqual([sentence]);
  });
});

describe('assemble and clean: sidenotes, a caption that opens its figure, a quote footer', () => {
  it("reads a sidenote after its paragraph, and a margin note inside a figure as the figure's caption", () => {
    const a = article(
      '<p>She was asked to take on the almanac.<span class="sidenote-wrapper"><label for="sn-0" class="margin-toggle sidenote-number"></label><input type="checkbox" id="sn-0" class="margin-toggle"/><span class="sidenote">The letter survives in the minute book.<br><br></span></span> She said yes, and kept it for forty years.</p>' +
        '<figure><label for="mn-1" class="margin-toggle">&#8853;</label><input type="checkbox" id="mn-1" class="margin-toggle"/><span class="marginnote">A page of her workings for June 1948. (Courtesy of the Wrenmouth Museum)</span><img src="https://example.com/workings.jpg" alt="A ledger page"></figure>',
      URL,
    );
    expect(extra(a.paragraphs)).toEqual(['She was asked to take on the almanac. She said yes, and kept it for forty years.', 'The letter survives in the minute book.']);
    expect(a.images.map((i) => [i.caption, i.credit])).toEqual([['A page of her workings for June 1948.', 'Courtesy of the Wrenmouth Museum']]);
  });
  it("reads a footnote set inline with its own text (LaTeXML's ltx_role_footnote) after its paragraph, without its marks", () => {
    const a = article(
      '<p>Each month a crawler issued a request for each download link.<span class="ltx_note ltx_role_footnote" id="footnote1"><sup class="ltx_note_mark">1</sup><span class="ltx_note_outer"><span class="ltx_note_content"><sup class="ltx_note_mark">1</sup><span class="ltx_tag ltx_tag_note">1</span>The crawler and all snapshots are available at <a href="https://git.example/rot">https://git.example/rot</a>.</span></span></span> A link counted as alive when it returned HTTP 200.</p>',
      URL,
    );
    expect(extra(a.paragraphs)).toEqual(['Each month a crawler issued a request for each download link. A link counted as alive when it returned HTTP 200.', 'The crawler and all snapshots are available at https://git.example/rot.']);
  });
  it('keeps a footnote reference in its sentence, and a footnote-named span with no mark', () => {
    const a = article('<p>The count rose to 212 portals<span class="footnote"><sup><a href="#fn1">1</a></sup></span> over the years, and <span class="footnote-text">several closed early</span> in the study.</p>', URL);
    expect(extra(a.paragraphs)).toEqual(['The count rose to 212 portals over the years, and several closed early in the study.']);
  });
  it("keeps a quote's <footer> as its attribution", () => {
    const a = article('<blockquote><p>The sea keeps its appointments, but it does not publish them.</p><footer>Josiah Pender, harbourmaster, 1911</footer></blockquote>', URL);
    expect(extra(a.paragraphs)).toEqual(['The sea keeps its appointments, but it does not publish them.', 'Josiah Pender, harbourmaster, 1911']);
  });
});

describe('assemble: a centred italic caption under a centred picture', () => {
  it("reads it as the picture's caption even when its credit names an office, not a person", () => {
    const a = article('<p style="text-align: center;"><img width="800" height="533" alt="Мектеп" src="https://example.com/school.jpg"></p><p style="text-align: center;"><i>Есіл ауданында салынып жатқан 1200 орындық мектеп. Фото: Астана қаласы әкімдігінің баспасөз қызметі</i></p>', URL);
    expect(a.images.map((i) => [i.caption, i.credit])).toEqual([['Есіл ауданында салынып жатқан 1200 орындық мектеп.', 'Астана қаласы әкімдігінің баспасөз қызметі']]);
    expect(extra(a.paragraphs)).toEqual([]);
  });
});

describe("assemble: a generated document's caption, centred and italic by its own class rules", () => {
  // Google Docs' "Publish to the web": every paragraph p.cN, its formatting only in the document's <style>.
  const sheet = '<style>@import url(https://fonts.example/css?kit=a);.c3{padding-top:0pt;text-align:left}.c8{padding-bottom:8pt;text-align:center}.c10{color:#595959;font-style:italic}.c1{font-style:normal}@media print{.c9{text-align:center}}</style>';
  const picture = '<p class="c8"><span style="display:inline-block;width:624px"><img alt="Volunteers" src="https://example.com/hall.jpg"></span></p>';
  it('reads the centred italic paragraph right after a lone picture as its caption, the credit an office as italics allow', () => {
    const a = article(sheet + picture + '<p class="c8"><span class="c10">Volunteers sort donations at the hall. Photo: Brookfield Pantry press office</span></p>', URL);
    expect(a.images.map((i) => [i.caption, i.credit])).toEqual([['Volunteers sort donations at the hall.', 'Brookfield Pantry press office']]);
    expect(extra(a.paragraphs)).toEqual([]);
  });
  it('keeps a story line: not centred by its class, not italic, centred only in print, or a site class named by meaning', () => {
    const line = (cls: string, span = 'c10') => `<p class="${cls}"><span class="${span}">Volunteers sort donations at the hall. Photo: Brookfield Pantry press office</span></p>`;
    // Left-aligned by its class.
    expect(article(sheet + picture + line('c3'), URL).images[0]?.caption).toBeNull();
    // Centred, but upright: an office is no name, so only italics make it a caption.
    expect(article(sheet + picture + line('c8', 'c1'), URL).images[0]?.caption).toBeNull();
    // Centred only by a rule inside @media print.
    expect(article(sheet + picture + line('c9'), URL).images[0]?.caption).toBeNull();
    // A class a person named is no generator's: the site's sheet is not read for it.
    const site = '<style>.lede{text-align:center}.it{font-style:italic}</style>';
    const b = article(site + picture + line('lede', 'it'), URL);
    expect(b.images[0]?.caption).toBeNull();
    expect(extra(b.paragraphs)).toEqual(['Volunteers sort donations at the hall. Photo: Brookfield Pantry press office']);
  });
});

describe('splitCredit: a Japanese credit whose source has hiragana in its name', () => {
  it('splits "（県うめ研究所提供）" and "（さいたま市提供）", keeps "（無料で提供）" and "住民が食事を提供" as clauses', () => {
    expect(splitCredit('南高と比べてやや小ぶりな紀の雫の果実（県うめ研究所提供）')).toEqual({ caption: '南高と比べてやや小ぶりな紀の雫の果実', credit: '県うめ研究所提供' });
    expect(splitCredit('見沼田んぼの桜並木（さいたま市提供）').credit).toBe('さいたま市提供');
    expect(splitCredit('新しい図書館の案内冊子（無料で提供）').credit).toBeNull();
    expect(splitCredit('炊き出しの会場、住民が食事を提供').credit).toBeNull();
  });
});

describe('assemble: the language of a code block', () => {
  it('writes the language a block states as its fence info string, and none when it states none', () => {
    const a = article(
      '<pre class="astro-code github-dark" data-language="ts"><code><span class="line">export const x = 1;</span></code></pre>' +
        '<div class="language-python codeBlockContainer"><pre><code>print(1)</code></pre></div>' +
        '<pre><code class="hljs language-plaintext">plain</code></pre><pre><code>bare()</code></pre>',
      URL,
    );
    expect(a.markdown).toContain('```ts\nexport const x = 1;\n```');
    expect(a.markdown).toContain('```python\nprint(1)\n```');
    expect(a.markdown).toContain('```\nplain\n```');
    expect(a.markdown).toContain('```\nbare()\n```');
  });
  it("reads pandoc's <code class=\"sourceCode r\"> (Quarto, R Markdown), not a toolbar's name on the <pre>", () => {
    const a = article(
      '<div class="sourceCode cell-code" id="cb1"><pre class="sourceCode r code-with-copy"><code class="sourceCode r"><span id="cb1-1"><a href="#cb1-1" aria-hidden="true" tabindex="-1"></a>x <span class="ot">&lt;-</span> <span class="dv">1</span></span></code></pre></div>' +
        '<div class="sourceCode"><pre class="sourceCode code-with-copy"><code class="sourceCode">y = 2</code></pre></div>' +
        '<pre class="sourceCode python"><code class="sourceCode python hljs">z = 3</code></pre>',
      URL,
    );
    expect(a.markdown).toContain('```r\nx <- 1\n```');
    expect(a.markdown).toContain('```\ny = 2\n```');
    expect(a.markdown).toContain('```python\nz = 3\n```');
  });
});

describe('markdown: footnotes', () => {
  it('writes the notes that references link to as footnote definitions', () => {
    const a = article(
      '<p>The fridge was fixed in a day.<sup><a href="#fn:1" id="fnref:1">1</a></sup></p><div class="footnotes"><ol><li id="fn:1"><p>Mostly by the volunteers. <a href="#fnref:1" class="footnote-backref">↩</a></p></li></ol></div><ol><li>First step</li></ol>',
      URL,
    );
    expect(a.markdown).toContain('The fridge was fixed in a day.[^1]');
    expect(a.markdown).toContain('[^1]: Mostly by the volunteers.');
    expect(a.markdown).toContain('1. First step');
    expect(a.text).toContain('Mostly by the volunteers.');
  });
});

describe("assemble: a note's links to copies of the work it cites", () => {
  const mark = (n: number) => `<sup><a href="#ref-${n}">${n}</a></sup>`;
  const notes = (items: string) => `<p>The mud microbes ate the methane within weeks, the team reported.${mark(1)} Models had said years.${mark(2)}</p><h2>References</h2><ol>${items}</ol>`;

  it('drops the row after the citation: Springer, PLOS, Frontiers and MDPI shapes', () => {
    // Springer: the anchor on the citation's <p>, the row a <p> of its own.
    const springer = article(
      notes(
        '<li><p id="ref-1">Solheim, I. <i>et al.</i> <i>Nature</i> <b>625</b>, 88–94 (2024).</p><p class="links"><a href="https://doi.org/10.1/a">Article</a> <a href="https://pubmed.example/1">PubMed</a> <a href="https://scholar.example/1">Google Scholar</a></p></li>' +
          '<li><p id="ref-2">Vance, P. L. Environ. Microbiol. 23, 4561 (2021).</p><p class="links"><a href="https://doi.org/10.1/b">Article</a> <a href="https://cas.example/2">CAS</a></p></li>',
      ),
      URL,
    );
    expect(springer.sections.at(-1)?.paragraphs).toEqual(['Solheim, I. et al. Nature 625, 88–94 (2024).', 'Vance, P. L. Environ. Microbiol. 23, 4561 (2021).']);
    expect(springer.markdown).toContain('[^1]: Solheim, I. _et al._ _Nature_ **625**, 88–94 (2024).\n\n[^2]: Vance');
    // PLOS: a list of buttons inside the item; Frontiers: links apart by "|"; MDPI: bracketed labels.
    const others = article(
      notes(
        '<li id="ref-1">Hallam K, Dube R. Methane seeps. Glob Biogeochem Cycles. 2023;37. <ul class="reflinks"><li><a href="https://doi.org/10.1/c">View Article</a></li><li><a href="https://pubmed.example/3">PubMed/NCBI</a></li><li><a href="https://scholar.example/3">Google Scholar</a></li></ul></li>' +
          '<li id="ref-2">Arriaga T. Seep bubbles. Front Mar Sci (2022) 9:1. <div class="links"><a href="https://pubmed.example/4">PubMed Abstract</a> | <a href="https://doi.org/10.1/d">CrossRef Full Text</a> | <a href="https://scholar.example/4">Google Scholar</a></div> <div><a href="https://scholar.example/5">[Google Scholar]</a> <a href="https://doi.org/10.1/e">[CrossRef]</a></div></li>',
      ),
      URL,
    );
    expect(others.sections.at(-1)?.paragraphs).toEqual(['Hallam K, Dube R. Methane seeps. Glob Biogeochem Cycles. 2023;37.', 'Arriaga T. Seep bubbles. Front Mar Sci (2022) 9:1.']);
    expect(others.markdown).not.toMatch(/Scholar|PubMed|CrossRef|View Article/);
  });

  it('keeps a link with words of its own, and the same row in a list no mark points to', () => {
    const reading = '<li><p>Solheim, I. and the Nordhavn team, on how the seabed filter answers a new supply of gas, Nature 625 (2024).</p><p><a href="https://doi.org/10.1/a">Article</a> <a href="https://scholar.example/1">Google Scholar</a></p></li>';
    const a = article(
      notes('<li id="ref-1">Council minutes, 12 March 2024. <p><a href="https://council.example/minutes.pdf">Read the full minutes</a></p></li><li id="ref-2">Operator figures, 2023.</li>') +
        `<h2>Reading list</h2><ol>${reading}</ol><h2>After</h2>${prose(2)}`,
      URL,
    );
    expect(a.markdown).toContain('[^1]: Council minutes, 12 March 2024.\n\n    [Read the full minutes](https://council.example/minutes.pdf)\n\n[^2]: Operator figures, 2023.');
    expect(a.markdown).toContain('[Article](https://doi.org/10.1/a) [Google Scholar](https://scholar.example/1)');
  });
  it('keeps a note\'s own list of links after words that introduce it (review)', () => {
    const a = article(notes('<li><p id="ref-1">Databases searched:</p><p><a href="https://pubmed.example/">PubMed</a> <a href="https://scopus.example/">Scopus</a> <a href="https://wos.example/">Web of Science</a></p></li><li id="ref-2">Operator figures, 2023.</li>'), URL);
    expect(a.markdown).toContain('[PubMed](https://pubmed.example/)');
  });
});

describe('markdown: no footnote mark without its note', () => {
  it("writes a note that opens with its number linking back to its reference as a definition (O'Reilly's data-type=footnote)", () => {
    const a = article(
      '<p>Pages are alerts a human must act on.<sup><a data-type="noteref" id="n22-marker" href="#n22">22</a></sup> Tickets can wait.<sup><a id="n23-marker" href="#n23">23</a></sup></p>' +
        '<div data-type="footnotes"><p data-type="footnote" id="n22"><sup><a href="#n22-marker">22</a></sup>Sometimes known as "alert spam."</p><p data-type="footnote" id="n23"><sup><a href="#n23-marker">23</a></sup>Or a queue.</p></div>',
      URL,
    );
    expect(a.markdown).toContain('act on.[^22] Tickets can wait.[^23]');
    expect(a.markdown).toContain('[^22]: Sometimes known as "alert spam."\n\n[^23]: Or a queue.');
    expect(extra(a.paragraphs)).toEqual(['Pages are alerts a human must act on. Tickets can wait.', 'Sometimes known as "alert spam."', 'Or a queue.']);
  });

  it('leaves out a mark whose note is not in the output, with the space before it; keeps one whose note is', () => {
    const a = article('<p>Fares rose <sup><a href="#fn1">1</a></sup>, and then fell.<sup><a href="#fn2">2</a></sup> Riders stayed.<sup><a href="#fn3">3</a></sup></p><ol><li id="fn3">Operator figures.</li></ol>', URL);
    expect(a.markdown).toContain('Fares rose, and then fell. Riders stayed.[^3]');
    expect(a.markdown).toContain('[^3]: Operator figures.');
  });

  it('keeps the text "[^1]" of the page and a code span that looks like a mark', () => {
    const a = article('<p>Write [^1] where the note goes; the regex <code>[^abc]</code> matches other letters.<sup><a href="#fn9">9</a></sup></p>', URL);
    expect(a.markdown).toContain('Write \\[^1\\] where the note goes; the regex `[^abc]` matches other letters.');
    expect(a.markdown).not.toContain('[^9]');
  });
});

describe("assemble: a credit span closing a caption's own text", () => {
  it("splits a name-like span after the caption's sentence, and a handout's 'Ljósmynd/' label", () => {
    const a = article(
      '<div class="mynd"><img src="https://example.com/tanks.jpg" alt="Tanks" width="1000" height="667"><div class="myndatexti">Storage tanks above the town. The water has cooled. <span class="ljosmyndari">Morgunroði/Kristinn Magnússon</span></div></div>' +
        '<div class="mynd"><img src="https://example.com/drill.jpg" alt="" width="640" height="427"><div class="myndatexti">Test drilling in the autumn. <span class="x">Ljósmynd/Varmaveita Norðurlands</span></div></div>',
      URL,
    );
    expect(a.images.map((i) => [i.caption, i.credit])).toEqual([
      ['Storage tanks above the town. The water has cooled.', 'Morgunroði/Kristinn Magnússon'],
      ['Test drilling in the autumn.', 'Varmaveita Norðurlands'],
    ]);
  });
  it('keeps a span that is a phrase of the caption', () => {
    const a = article('<figure><img src="https://example.com/f.jpg" alt="F" width="800" height="600"><figcaption>Firefighters carry a child. <span>Moments later the roof fell</span></figcaption></figure>', URL);
    expect(a.images[0]?.credit).toBeNull();
  });
});

describe("assemble: a quote's figure", () => {
  it('keeps the figcaption of a figure that holds a blockquote and no picture, as the attribution', () => {
    const a = article('<figure><blockquote><p>We have run her through worse water than anything the Sound can throw at us.</p></blockquote><figcaption><cite>Harlan Breck, the chief engineer</cite></figcaption></figure>', URL);
    expect(extra(a.paragraphs)).toEqual(['We have run her through worse water than anything the Sound can throw at us.', 'Harlan Breck, the chief engineer']);
  });
});

describe("assemble: a closing call to follow the site's messenger channel", () => {
  it('drops a last line all in bold whose only link goes to a messenger, keeps a sentence citing a channel', () => {
    const promo = article('<p><strong>Ən son xəbərləri <a href="https://t.me/xezerxeber">Telegram kanalımızda</a> izləyin!</strong></p>', URL);
    expect(extra(promo.paragraphs)).toEqual([]);
    const cited = article('<p>The air force said on <a href="https://t.me/kpszsu">its Telegram channel</a> that six drones were shot down overnight.</p>', URL);
    expect(extra(cited.paragraphs)).toHaveLength(1);
  });
  it("drops one that quotes the channel's name and prints its address in full, keeps one that quotes speech", () => {
    const join = 'Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung di Grup Telegram "Kompas.com News Update", caranya klik link <a href="https://t.me/kompascomupdate">https://t.me/kompascomupdate</a>, kemudian join. Anda harus install aplikasi Telegram terlebih dulu di ponsel.';
    expect(extra(article(`<p><strong>${join}</strong></p>`, URL).paragraphs)).toEqual([]);
    // Near misses: speech in quotes, a quoted name in a line too long without its address.
    const speech = '<p><strong>"We will keep posting updates until the water goes down, stay safe," the mayor wrote on <a href="https://t.me/citymayor">her Telegram channel</a>.</strong></p>';
    expect(extra(article(speech, URL).paragraphs)).toHaveLength(1);
    // A short quote that is no channel's name: a scare quote, a word of speech.
    const terror = '<p><strong>President Zelensky called the attack "pure terror" in a post on <a href="https://t.me/V_Zelenskiy_official">his Telegram channel</a>.</strong></p>';
    expect(extra(article(terror, URL).paragraphs)).toHaveLength(1);
    const mayor = '<p><strong>Мэр назвал удар «варварским» в своём <a href="https://t.me/mayor_kyiv">Telegram-канале</a>.</strong></p>';
    expect(extra(article(mayor, URL).paragraphs)).toHaveLength(1);
    const long = `<p><strong>${'Warga diminta tetap tenang dan mengikuti arahan petugas di lapangan. '.repeat(4)}Gabung di Grup Telegram "Info Banjir" lewat <a href="https://t.me/infobanjir">tautan ini</a>.</strong></p>`;
    expect(extra(article(long, URL).paragraphs)).toHaveLength(1);
  });
});

describe("assemble: a line asking readers to follow the writers, that lists only their social profiles", () => {
  it('drops "Follow us on Twitter:" and the profiles after it, wherever it sits', () => {
    const line = '<p><b>Follow us on Twitter:</b> <a href="https://twitter.com/annlee">Ann Lee @annlee</a>, <a href="https://twitter.com/bobkay">Bob Kay @bobkay</a></p>';
    const suivez = '<p>Suivez-nous sur Instagram : <a href="https://www.instagram.com/lemonde">@lemonde</a> et <a href="https://x.com/lemondefr">@lemondefr</a></p>';
    const a = article(line + suivez + prose(1, 'Later'));
    expect(a.text).not.toContain('Follow us');
    expect(a.text).not.toContain('@annlee');
    expect(a.text).not.toContain('Suivez-nous');
    expect(extra(a.paragraphs)).toEqual(['Later 1 of the report goes on, with commas, names, places and figures, long enough to read as real article prose here.']);
  });
  it('keeps a sentence that follows a label with words of its own, one that links to a post, and "Follow the money"', () => {
    const words = 'Follow the senator on Twitter: <a href="https://twitter.com/senlee">@senlee</a> posted the draft bill on Monday night, hours before the vote.';
    const post = 'Follow us on Twitter: <a href="https://twitter.com/annlee/status/1744">the thread</a> has the full timeline.';
    const money = 'Follow the money: <a href="https://twitter.com/annlee">Ann Lee</a> traced the payments.';
    const a = article(`<p>${words}</p><p>${post}</p><p>${money}</p>`);
    expect(a.text).toContain('posted the draft bill');
    expect(a.text).toContain('has the full timeline');
    expect(a.text).toContain('traced the payments');
  });
});

describe("what session 11's review found the new rules must leave alone", () => {
  const U = { url: 'https://example.com/news/1' };
  const page = (head: string, body: string) => parseArticle(`<html><head>${head}</head><body><article><h1>${HEADLINE}</h1>${body}</article></body></html>`, U);
  it("reads an interview's credit without its full stop, and not an interviewee's name", () => {
    expect(article('<p>Interview by Sam Lee.</p>', U).authors).toEqual([{ name: 'Sam Lee', url: null }]);
    expect(article('<p>Interview: Angela Merkel</p>', U).authors).toEqual([]);
  });
  it("keeps the card of the product a review is about", () => {
    const a = parseArticle(
      `<html><body><article><h1>Vitamix 5200 review: still the blender to beat</h1><div class="body">${prose(3)}<div class="product-card"><img src="https://example.com/vitamix.jpg" width="400" height="400" alt="Vitamix 5200"><h3>Vitamix 5200</h3><p>Our verdict: loud, but it lasts.</p><a rel="sponsored nofollow" href="https://shop.example/v">$449 at Shop</a></div>${prose(3)}</div></article></body></html>`,
      U,
    );
    expect(a.text).toContain('Our verdict');
  });
  it("keeps a closing bold line that links to a messenger's blog, not a channel", () => {
    const a = article('<p><strong>Update: WhatsApp <a href="https://blog.whatsapp.com/outage-resolved">says</a> the outage has been resolved.</strong></p>', U);
    expect(extra(a.paragraphs)).toHaveLength(1);
  });
  it('keeps an author-named <h2> that opens a part of the story', () => {
    const a = page('<script type="application/ld+json">{"@type":"Article","author":{"@type":"Person","name":"Jane Doe"}}</script>', `<div class="body"><h2>Jane Doe</h2><h3>Early life</h3>${prose(3)}</div>`);
    expect(a.sections.map((s) => s.heading)).toContain('Jane Doe');
  });
  it("writes a footnote of two paragraphs as one definition, and reads a code language only from a code block's own wrapper", () => {
    const a = article(
      '<p>The fridge was fixed.<sup><a href="#fn1">1</a></sup></p><ol><li id="fn1"><p>Mostly by volunteers.</p><p>And one plumber.</p></li></ol><div class="lang-fr"><pre><code>print(1)</code></pre></div>',
      U,
    );
    expect(a.markdown).toContain('[^1]: Mostly by volunteers.\n\n    And one plumber.');
    expect(a.markdown).toContain('```\nprint(1)\n```');
  });
  it("keeps a figure's own caption beside a margin note, and a page footer an unclosed quote swallowed stays out", () => {
    const a = article('<figure><span class="marginnote">A note beside the picture.</span><img src="https://example.com/depot.jpg" alt="Depot"><figcaption>The depot in 1951. Photo: Walt Kimmel</figcaption></figure>', U);
    expect(a.images.map((i) => [i.caption, i.credit])).toEqual([['The depot in 1951.', 'Walt Kimmel']]);
    const b = parseArticle(`<html><body><article><h1>${HEADLINE}</h1><div class="body">${prose(4)}<blockquote><p>A quote that never closes.</p><footer><p>© 2025 The Ledger. All rights reserved. Sign up for our newsletter for the latest news from the harbour and the town, every weekday morning.</p><ul><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li></ul></footer></div></article></body></html>`, U);
    expect(b.text).not.toContain('All rights reserved');
  });
  it('does not read a place or a title closing a caption as its credit', () => {
    const a = article('<figure><img src="https://example.com/p.jpg" alt="P" width="800" height="600"><figcaption>Lawmakers vote in parliament on Tuesday. <span class="location">Kyiv, Ukraine</span></figcaption></figure>', U);
    expect(a.images[0]?.credit).toBeNull();
  });
  it("splits a numbered photo's 'Source:' that only names its owner", () => {
    const a = article('<figure><img src="https://example.com/crater.jpg" width="800" height="600" alt="Crater"><figcaption>Figure 1. The crater seen from orbit. Source: NASA/JPL</figcaption></figure>', U);
    expect(a.images.map((i) => [i.caption, i.credit])).toEqual([['Figure 1. The crater seen from orbit.', 'NASA/JPL']]);
  });
  it('keeps a caption that opens with the Icelandic word for picture as its own sentence', () => {
    expect(splitCredit('Mynd: Þessi mynd sýnir Reykjavík um vetur.').credit).toBeNull();
  });
});

describe("a caption's trailing credit element, in a script with vowel signs", () => {
  it("counts a credit's words with their marks ('ඡායාරූප ශිල්පී සමන් ගමගේ' is four words, not nine)", () => {
    const figure = (credit: string) =>
      article(`<figure><img src="https://example.com/bus.jpg" alt="බස් රථ"><figcaption><span>බේස්ලයින් පාරේ බස් මංතීරුවේ ගමන් කරන බස් රථ.</span> <span>${credit}</span></figcaption></figure>`, URL).images[0];
    expect(figure('ඡායාරූප ශිල්පී සමන් ගමගේ')?.credit).toBe('ඡායාරූප ශිල්පී සමන් ගමගේ');
    // A span of more than eight words is the caption's own text.
    expect(figure('ඡායාරූප ශිල්පී සමන් ගමගේ සහ නිමල් සිල්වා සහ කණ්ඩායම')?.credit).toBeNull();
  });
});

describe("assemble: Word's saved web page (lists, end-of-copy marker)", () => {
  /** A Word list paragraph with its drawn marker, as "Save as Web Page" writes it. */
  const wordItem = (cls: string, marker: string, text: string): string =>
    `<p class=${cls} style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=EN-GB>${text}<o:p></o:p></span></p>`;

  it("reads MsoListParagraph runs as list items without Word's drawn bullet or number", () => {
    const a = article(
      `<p class=MsoNormal>The work included:</p>${wordItem('MsoListParagraphCxSpFirst', '·', 'two new glulam beams;')}${wordItem('MsoListParagraphCxSpLast', '·', 'new lighting at both approaches.')}` +
        `<p class=MsoNormal>The steps were:</p>${wordItem('MsoListParagraphCxSpFirst', '1.', 'close the path;')}${wordItem('MsoListParagraphCxSpLast', '2.', 'lift the beams.')}`,
    );
    expect(extra(a.paragraphs)).toEqual(['The work included:', 'two new glulam beams;', 'new lighting at both approaches.', 'The steps were:', 'close the path;', 'lift the beams.']);
    expect(a.markdown).toContain('- two new glulam beams;');
    expect(a.markdown).toContain('2. lift the beams.');
    expect(a.text).not.toContain('·');
  });

  it('drops a bullet typed at the start of a Word list item once, as the marker the list draws ("- - item" was written)', () => {
    const a = article('<p class=MsoListParagraphCxSpFirst>- Sandbags at the quay were filled overnight</p><p class=MsoListParagraphCxSpLast>•&nbsp;Pumps from the fire service arrived</p><p class=MsoListParagraph>-5 degrees on the quay by the morning</p><p class=MsoNormal>- Not a list item, a paragraph typed with a dash</p>');
    expect(extra(a.paragraphs)).toEqual(['Sandbags at the quay were filled overnight', 'Pumps from the fire service arrived', '-5 degrees on the quay by the morning', '- Not a list item, a paragraph typed with a dash']);
    expect(a.markdown).toContain('- Sandbags at the quay were filled overnight');
    expect(a.markdown).toContain('- Pumps from the fire service arrived');
    expect(a.markdown).not.toContain('- - ');
    expect(a.markdown).not.toContain('- •');
  });

  it('keeps the text of a span Word styles otherwise, and an ordinary paragraph that opens with a middle dot', () => {
    const a = article("<p class=MsoNormal><span style='mso-bidi-font-family:Calibri'>· Council notes</span> are published weekly on the council’s website.</p>");
    expect(extra(a.paragraphs)).toEqual(['· Council notes are published weekly on the council’s website.']);
  });

  it('drops a press release\'s end-of-copy marker ("ENDS", "- ends -", "###", "-30-") but not a sentence that starts alike', () => {
    const a = article(
      "<p class=MsoNormal align=center style='text-align:center'><b><span lang=EN-GB>ENDS</span></b></p><p><b>Notes to editors</b></p><p>The council runs 14 footbridges and 38 hectares of parks across the town and its villages.</p>" +
        '<p>- ends -</p><p>###</p><p>-30-</p><p>Ends and means were debated at length by the committee on Tuesday evening.</p>',
    );
    expect(extra(a.paragraphs)).toEqual(['The council runs 14 footbridges and 38 hectares of parks across the town and its villages.', 'Ends and means were debated at length by the committee on Tuesday evening.']);
    expect(a.sections.map((s) => s.heading)).toEqual([null, 'Notes to editors']);
  });

  it('drops the end matter after an end-of-copy mark, short credit lines and a QR picture, and keeps sentences after it', () => {
    const a = article(
      '<p>— END —</p><p>文字：李明远 ｜ 摄影：王小川</p><p>编辑：赵一凡 ｜ 审核：孙婷</p>' +
        '<section><img src="https://cdn.example.com/qrcode.png" width="400" height="160"><p>长按识别二维码，关注“城市漫游笔记”</p></section>',
    );
    expect(extra(a.paragraphs)).toEqual([]);
    expect(a.images).toEqual([]);
    expect(a.text).not.toContain('END');
    // Near miss: a release's notes after "ENDS" are sentences, the story's too; each stays.
    const notes = article('<p>ENDS</p><p>Media contact: Jo Bloggs</p><p>The council runs 14 footbridges across the town and its villages.</p>');
    expect(extra(notes.paragraphs)).toEqual(['Media contact: Jo Bloggs', 'The council runs 14 footbridges across the town and its villages.']);
    // The review's case: a captioned, credited photo after "ENDS" is the release's picture.
    const photo = article('<p>ENDS</p><figure><img src="https://cdn.example.com/bridge.jpg" width="1200" height="800"><figcaption>The new footbridge at Mill Lane. Photo: Jo Bloggs</figcaption></figure>');
    expect(photo.images.map((i) => i.caption)).toEqual(['The new footbridge at Mill Lane.']);
  });
});

describe("assemble: a notebook's embedded charts and execution prompts", () => {
  /** A data: URI of a PNG whose header (IHDR) says `width`×`height`, then `filler` more base64. */
  const png = (width: number, height: number, filler = 0): string => {
    const bytes = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    for (const n of [width, height]) bytes.push((n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
    bytes.push(8, 6, 0, 0, 0, 0, 0, 0);
    return `data:image/png;base64,${btoa(String.fromCharCode(...bytes))}${'A'.repeat(filler)}`;
  };
  const image = (html: string) => figureFromImage(bodyOf(parseHtml(html)).children[0] as Element, 'https://example.com/');

  it('keeps a data: picture of real size (its own header, else its declared size or its length) as the src, whole', () => {
    expect(image(`<img src="${png(480, 240)}">`)?.src).toBe(png(480, 240));
    // A JPEG's header is not read here (no start-of-frame in these bytes): its declared size, or its length, says it is a picture.
    expect(image('<img src="data:image/jpeg;base64,/9j/4AAQ" width="640" height="360">')?.src).toBe('data:image/jpeg;base64,/9j/4AAQ');
    expect(image(`<img src="data:image/jpeg;base64,/9j/${'A'.repeat(12_000)}">`)?.src.length).toBe(12_027);
  });

  it('drops a one-pixel GIF, a blurred preview, an SVG, a short unsized JPEG and a payload that is not base64', () => {
    expect(image('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==">')).toBeNull();
    // A tiny PNG the page stretches to 800×450: its own header wins over the declared size.
    expect(image(`<img src="${png(20, 11)}" width="800" height="450">`)).toBeNull();
    expect(image(`<img src="data:image/svg+xml;base64,${btoa('<svg xmlns="http://www.w3.org/2000/svg" width="800" height="400"/>')}" width="800" height="400">`)).toBeNull();
    expect(image('<img src="data:image/jpeg;base64,/9j/4AAQ">')).toBeNull();
    expect(image('<img src="data:image/png,%89PNG%0D%0A" width="640" height="360">')).toBeNull();
  });

  it("reads nbconvert's 'No description has been provided for this image' as no alt, but keeps a short default alt as written", () => {
    expect(image(`<img alt="No description has been provided for this image" src="${png(480, 240)}">`)?.alt).toBeNull();
    expect(image('<img alt="image" src="/chart.png">')?.alt).toBe('image');
  });

  it("reads an editor's request for a description (CSDN's '在这里插入图片描述') and Typora's pasted-file name as no alt", () => {
    expect(image('<img alt="在这里插入图片描述" src="/chart.png">')?.alt).toBeNull();
    expect(image('<img alt="image-20240104104215123" src="/chart.png">')?.alt).toBeNull();
    // Near misses: a description that says what the picture is, and a name with a short date.
    expect(image('<img alt="在这里插入图片描述：服务架构图" src="/chart.png">')?.alt).toBe('在这里插入图片描述：服务架构图');
    expect(image('<img alt="image-2024" src="/chart.png">')?.alt).toBe('image-2024');
  });

  it("leaves a lazy-loading picture's data: placeholder to its real source", () => {
    const a = article(`<figure><img src="${png(480, 240)}" data-src="/real.jpg" alt="Harbour at dusk"><figcaption>The harbour at dusk.</figcaption></figure>`, URL);
    expect(a.images.map((i) => i.src)).toEqual(['https://example.com/real.jpg']);
  });

  it("drops the notebook's 'In [1]:' / 'Out[1]:' prompts, named (jp-InputPrompt, classic prompt input_prompt) or not, and keeps the cells", () => {
    const a = article(
      '<div class="jp-Cell jp-CodeCell"><div class="jp-InputArea"><div class="jp-InputPrompt jp-InputArea-prompt">In&nbsp;[1]:</div><div class="jp-CodeMirrorEditor"><pre>total = waits.sum()</pre></div></div>' +
        '<div class="jp-OutputArea"><div class="jp-OutputPrompt jp-OutputArea-prompt">Out[1]:</div><div class="jp-RenderedText"><pre>1284517</pre></div></div></div>' +
        '<div class="cell"><div class="prompt input_prompt">In&nbsp;[2]:</div><div class="inner_cell"><pre>waits.mean()</pre></div></div>' +
        '<div><div>In [3]:</div><pre>waits.max()</pre></div><p>In [the] first quarter of the year, waits fell on every one of the routes we counted.</p>',
    );
    expect(a.text).not.toMatch(/In \[\d\]|Out\[\d\]/);
    expect(a.text).toContain('total = waits.sum()');
    expect(a.text).toContain('1284517');
    expect(a.text).toContain('In [the] first quarter of the year');
  });
});

describe("assemble: a picture's credit in its own box, whatever its tag", () => {
  it("reads a credit-named <figcaption> beside the caption in the picture's box as the credit (CNN's image__credit outside any <figure>)", () => {
    const box = (credit: string) =>
      `<div class="image"><div class="image__container"><img src="https://cdn.example.com/plow.jpg" alt="A snowplow" width="1160" height="653"></div><div class="image__text"><div class="image__caption">A snowplow clears a road in Des Moines, Iowa, on January 12, 2023.</div>${credit}</div></div>`;
    const a = article(box('<figcaption class="image__credit">Charlie Neibergall/AP/File</figcaption>'));
    expect(a.images.map((i) => [i.caption, i.credit])).toEqual([['A snowplow clears a road in Des Moines, Iowa, on January 12, 2023.', 'Charlie Neibergall/AP/File']]);
    expect(a.text).not.toContain('Neibergall');
    const source = article(box('<figcaption class="image__credit">Source: CNN</figcaption>'));
    expect(source.images[0]?.credit).toBe('CNN');
  });
  it("drops the credit beside a caption that has no picture to go with (a script draws it), not a credit-named line elsewhere", () => {
    const embed = (credit: string) =>
      `<div class="InlineImage-imageEmbed"><div class="InlineImage-imagePlaceholder"><div class="lazyload-placeholder"></div></div><div><div class="InlineImage-imageEmbedCaption">Sheikh Mohammed passes a Boeing 787-10 at the Dubai Air Show on Monday.</div>${credit}</div></div>`;
    const a = article(embed('<div class="InlineImage-imageEmbedCredit">Natalie Naccache | Bloomberg | Getty Images</div>') + prose(2, 'Story'));
    expect(a.text).not.toContain('Naccache');
    expect(a.text).not.toContain('Sheikh Mohammed');
    // A source-named line with no caption before it is the story's.
    const alone = article(prose(1, 'Story') + '<div class="story-source">Source: Port Haven ferry authority</div>' + prose(1, 'More'));
    expect(alone.text).toContain('Source: Port Haven ferry authority');
    // A video's caption whose player was stripped leaves the story's credits line after it.
    const video = article(prose(1, 'Story') + '<div class="video-block"><div class="video-caption">Watch: the council votes on the budget.</div><div class="story-credits">Reporting by Maria Lopez; editing by Sam Ortiz</div></div>');
    expect(video.text).toContain('Reporting by Maria Lopez; editing by Sam Ortiz');
    const staff = article(embed('<p class="credit">Additional reporting by Sam Ortiz</p>') + prose(1, 'Story'));
    expect(staff.text).toContain('Additional reporting by Sam Ortiz');
  });
  it("leaves a credit-named <figcaption> in the story's text container alone: it is not the picture's", () => {
    const a = article(
      `<div class="lede"><img src="https://cdn.example.com/plow.jpg" alt="A snowplow" width="1160" height="653"><div class="caption">A snowplow clears a road.</div></div><div class="story-text"><figcaption class="source-note">Port Haven ferry authority, annual figures</figcaption>${prose(2, 'Story')}</div>`,
    );
    expect(a.images.map((i) => [i.caption, i.credit])).toEqual([['A snowplow clears a road.', null]]);
  });
});

describe("assemble: a credit after a picture comes from the picture's side, and is never a dateline or a running time", () => {
  const lede = '<div class="lede"><div class="image"><img src="https://cdn.example.com/plow.jpg" alt="A snowplow" width="1160" height="653"><div class="image__caption">A snowplow clears a road in Des Moines.</div></div></div>';
  it("leaves a credit-named dateline that opens the story's text container to the story (CNN's source__cite)", () => {
    const a = article(`${lede}<div class="article__content"><div class="source"><cite class="source__cite"><span>Atlanta</span> <span>CNN</span> —</cite></div>${prose(2, 'Story')}</div>`);
    expect(a.images.map((i) => [i.caption, i.credit])).toEqual([['A snowplow clears a road in Des Moines.', null]]);
    expect(a.text).toContain('Atlanta CNN —');
  });
  it('reads no dash-ended dateline and no running time as a credit, even right after the picture', () => {
    const a = article('<figure><img src="https://cdn.example.com/a.jpg" alt="" width="800" height="450"><figcaption>The quay.</figcaption></figure><p class="source">WASHINGTON (AP) —</p>');
    expect(a.images[0]?.credit).toBeNull();
    const b = article('<div class="clip"><img src="https://cdn.example.com/b.jpg" alt="" width="800" height="450"><span class="clip-source">02:14</span></div>');
    expect(b.images[0]?.credit).toBeNull();
    // Near miss: a credit line right after the figure, outside any box of its own, is still the picture's.
    const c = article('<figure><img src="https://cdn.example.com/d.jpg" alt="" width="800" height="450"><figcaption>Bob Iger at the launch.</figcaption></figure><div class="wrap"><p class="image-credit">(Reed Saxon / Associated Press)</p></div>');
    expect(c.images[0]).toMatchObject({ caption: 'Bob Iger at the launch.', credit: 'Reed Saxon / Associated Press' });
  });
});

describe("assemble: a video card's poster", () => {
  it('drops the picture of a small video-named box with a play control or a running time: it stands for the video', () => {
    const card = (inner: string) =>
      article(`<div class="video-resource"><div class="video-resource__image"><img src="https://cdn.example.com/explainer.jpg" alt="" width="850" height="478">${inner}</div></div>`).images;
    expect(card('<span class="video-resource__duration">02:14</span>')).toEqual([]);
    expect(card('<span class="vjs-big-play-button"></span>')).toEqual([]);
    expect(card('<span class="play-icon">▶</span>')).toEqual([]);
  });
  it('keeps a picture in a video-named box without a play control or a running time, and one in a box with a play control but no video name', () => {
    const shot = article('<figure class="video-game-screenshot"><img src="https://cdn.example.com/level.jpg" alt="Level 3" width="800" height="450"><figcaption>The third level.</figcaption></figure>');
    expect(shot.images.map((i) => i.caption)).toEqual(['The third level.']);
    const display = article('<div class="display-box"><img src="https://cdn.example.com/screen.jpg" alt="" width="800" height="450"><span class="play-icon">▶</span></div>');
    expect(display.images).toHaveLength(1);
  });
});

describe("assemble: a custom picture element in a figure (Forbes' <progressive-image>)", () => {
  it('reads it as the figure\'s image, with its src, alt and the figure\'s caption', () => {
    const a = article('<figure class="image-embed"><div class="image-embed__placeholder"><progressive-image size="large" src="https://cdn.example.com/960x0.jpg?format=jpg&amp;width=960" alt="Empty desks in an office"></progressive-image></div><figcaption><p>Desks stand empty on a Friday.</p></figcaption></figure>');
    expect(a.images).toEqual([{ src: 'https://cdn.example.com/960x0.jpg?format=jpg&width=960', alt: 'Empty desks in an office', caption: 'Desks stand empty on a Friday.', credit: null, width: null, height: null }]);
  });
});

describe("assemble: a caption's small print after its block, in lower case", () => {
  const fig = (cap: string) => article(`<figure><img src="https://cdn.example.com/desks.jpg" alt="Desks"><figcaption>${cap}</figcaption></figure>`).images[0];
  it('reads a <small> after the block holding the caption as its credit whatever its case (Forbes: "getty")', () => {
    expect(fig('<fbs-accordion class="expanded"><p>Several companies returned to a five-day week within six months.</p></fbs-accordion><small>getty</small>')).toMatchObject({
      caption: 'Several companies returned to a five-day week within six months.',
      credit: 'getty',
    });
    expect(fig('<p>Desks stand empty on a Friday.</p><small>afp via getty</small>')?.credit).toBe('afp via getty');
  });
  it('leaves a longer lower-case phrase, and lower-case small print after inline text, in the caption', () => {
    expect(fig('<p>The mayor speaks.</p><small>taken in the council chamber</small>')?.credit).toBeNull();
    expect(fig('<span>The mayor speaks.</span><small>getty</small>')?.credit).toBeNull();
  });
});

describe("assemble: a gallery's slide counter opening a caption", () => {
  const caption = (cap: string) => article(`<figure><img src="https://cdn.example.com/market.jpg" alt="Market"><figcaption>${cap}</figcaption></figure>`).images[0];
  it('drops a counter that is bracketed, glued to the first word, or alone in its own element', () => {
    expect(caption('<span class="gallery__counter">[1/2]</span><span>People shop at a market in Singapore, December 12, 2023. REUTERS/Edgar Lim/File Photo</span>')).toMatchObject({
      caption: 'People shop at a market in Singapore, December 12, 2023.',
      credit: 'REUTERS/Edgar Lim/File Photo',
    });
    expect(caption('2of4A shopper looks at extension cords.')?.caption).toBe('A shopper looks at extension cords.');
    expect(caption('<span>1 of 2</span> <span>Riders climb the pass.</span>')?.caption).toBe('Riders climb the pass.');
  });
  it("keeps a number that begins the caption's own sentence", () => {
    expect(caption('1/2 cup of flour is all the recipe takes.')?.caption).toBe('1/2 cup of flour is all the recipe takes.');
    expect(caption('3 of 5 riders finished the stage in the rain.')?.caption).toBe('3 of 5 riders finished the stage in the rain.');
  });
});

describe('splitCredit: Chinese credit labels 摄影：, 图片来源：, 图：', () => {
  it('splits a closing labelled credit after a space or a sentence end, and reads a caption that is only one as a credit', () => {
    expect(splitCredit('修缮后的仓前街东口，石牌坊保留了原有的构件 摄影：王小川')).toEqual({ caption: '修缮后的仓前街东口，石牌坊保留了原有的构件', credit: '王小川' });
    expect(splitCredit('游客在湖边拍照。图片来源：视觉中国')).toEqual({ caption: '游客在湖边拍照。', credit: '视觉中国' });
    expect(splitCredit('游客在湖边拍照 图：新华社')).toEqual({ caption: '游客在湖边拍照', credit: '新华社' });
    expect(splitCredit('摄影：王小川')).toEqual({ caption: null, credit: '王小川' });
  });
  it('splits a bracketed closing "（图片来源：X）" / "（图源：X）" (Zhihu), also after a comma', () => {
    expect(splitCredit('优化前后 LCP 分布对比（图片来源：团队监控平台）')).toEqual({ caption: '优化前后 LCP 分布对比', credit: '团队监控平台' });
    expect(splitCredit('游客在湖边拍照（图源：视觉中国）')).toEqual({ caption: '游客在湖边拍照', credit: '视觉中国' });
    expect(splitCredit('市民在广场上休息，一位老人在下棋（图片来源：市府）')).toEqual({ caption: '市民在广场上休息，一位老人在下棋', credit: '市府' });
  });
  it('leaves a bracketed aside with no credit label, or with "图源" inside a word, in the caption', () => {
    expect(splitCredit('数据显示增长明显（2023 年全年）')).toEqual({ caption: '数据显示增长明显（2023 年全年）', credit: null });
    expect(splitCredit('他的意图源：一场误会（后来才知道）')).toEqual({ caption: '他的意图源：一场误会（后来才知道）', credit: null });
  });
  it('leaves a label word glued to the caption\'s own characters alone: "地图：" is "map:"', () => {
    expect(splitCredit('这是本市的地图：交通线路一览')).toEqual({ caption: '这是本市的地图：交通线路一览', credit: null });
  });
});

describe("figureFromImage: WeChat's data-w and data-ratio as the stated size", () => {
  const image = (html: string) => figureFromImage(bodyOf(parseHtml(html)).children[0] as Element, 'https://example.com/');
  it('reads data-w as the width and data-w × data-ratio as the height', () => {
    expect(image('<img src="/a.jpg" data-w="1080" data-ratio="0.6666666666666666">')).toMatchObject({ width: 1080, height: 720 });
    expect(image('<img src="/b.jpg" data-w="1080" data-ratio="1.3333333333333333">')).toMatchObject({ width: 1080, height: 1440 });
  });
  it('keeps the attributes the page states, and reads no data-ratio without data-w', () => {
    expect(image('<img src="/a.jpg" width="640" height="360" data-w="1080" data-ratio="0.5">')).toMatchObject({ width: 640, height: 360 });
    expect(image('<img src="/a.jpg" data-ratio="1.5">')).toMatchObject({ width: null, height: null });
  });
});

describe('figureFromImage: an editor\'s data-width/data-height and data-rawwidth/data-rawheight as the stated size', () => {
  const image = (html: string) => figureFromImage(bodyOf(parseHtml(html)).children[0] as Element, 'https://example.com/');
  it("reads the pair when the <img> states no size (Naver's SmartEditor), and the missing side beside an agreeing one (Zhihu)", () => {
    expect(image('<img src="/a.jpg" data-width="693" data-height="462">')).toMatchObject({ width: 693, height: 462 });
    expect(image('<img src="/a.jpg" width="1280" data-rawwidth="1280" data-rawheight="720">')).toMatchObject({ width: 1280, height: 720 });
  });
  it('keeps what the <img> states, and takes no side from a pair that disagrees with it or is only half there', () => {
    expect(image('<img src="/a.jpg" width="640" height="360" data-width="1280" data-height="720">')).toMatchObject({ width: 640, height: 360 });
    // A display width beside the upload's size: the upload's height would give a wrong shape.
    expect(image('<img src="/a.jpg" width="640" data-rawwidth="1280" data-rawheight="720">')).toMatchObject({ width: 640, height: null });
    expect(image('<img src="/a.jpg" data-width="693">')).toMatchObject({ width: null, height: null });
    expect(image('<img src="/a.jpg" data-width="100%" data-height="auto">')).toMatchObject({ width: null, height: null });
  });
});

describe('assemble: a "▲" caption line right after a picture', () => {
  it('reads a short line opening with ▲ right after a picture as its caption, mark and credit label dropped', () => {
    const a = article('<section style="text-align:center"><img src="https://cdn.example.com/gate.jpg" data-w="1080" data-ratio="0.6666666666666666"></section><section style="text-align:center"><span style="font-size:12px">▲修缮后的仓前街东口，石牌坊保留了原有的构件　摄影：王小川</span></section>');
    expect(a.images.map((i) => [i.caption, i.credit, i.width, i.height])).toEqual([['修缮后的仓前街东口，石牌坊保留了原有的构件', '王小川', 1080, 720]]);
    expect(a.text).not.toContain('王小川');
  });
  it('leaves a ▲ line after a paragraph, and a long one, in the story', () => {
    const a = article('<img src="https://cdn.example.com/gate.jpg" width="800" height="450"><p>街道公布了改造方案。</p><p>▲ 以上为街道公布的方案要点</p>');
    expect(a.images[0]?.caption).toBeNull();
    expect(extra(a.paragraphs)).toEqual(['街道公布了改造方案。', '▲ 以上为街道公布的方案要点']);
    const long = `▲${'改造的重点放在看不见的地方，重新铺设雨污分流管道。'.repeat(8)}`;
    const b = article(`<img src="https://cdn.example.com/gate.jpg" width="800" height="450"><p>${long}</p>`);
    expect(b.images[0]?.caption).toBeNull();
  });
});

describe('a dateline set as a block of its own opens the first paragraph', () => {
  const story = (inner: string) =>
    parseArticle(`<html><head><meta property="og:site_name" content="CNN"></head><body><article><h1>${HEADLINE}</h1><div class="article-body">${inner}${prose(2)}</div></article></body></html>`);
  it('joins "Atlanta CNN —" and "WASHINGTON (AP) —" to the paragraph after them', () => {
    const a = story('<div class="source"><cite>Atlanta <span>CNN</span> —</cite></div><div class="paragraph">A winter storm will spread heavy snow from the Plains to New England starting Friday, forecasters said.</div>');
    expect(a.paragraphs[0]).toBe('Atlanta CNN — A winter storm will spread heavy snow from the Plains to New England starting Friday, forecasters said.');
    const ap = story('<p>WASHINGTON (AP) —</p><p>The Senate passed the bill late on Tuesday after a day of debate over its cost.</p>');
    expect(ap.paragraphs[0]).toBe('WASHINGTON (AP) — The Senate passed the bill late on Tuesday after a day of debate over its cost.');
  });

  it('leaves a line that ends a sentence, a later one, and one before a heading as they are', () => {
    const sentence = story('<p>It was over.</p><p>The Senate passed the bill late on Tuesday after a day of debate over its cost.</p>');
    expect(sentence.paragraphs[0]).toBe('It was over.');
    const later = story('<p>The Senate passed the bill late on Tuesday after a day of debate over its cost.</p><p>Then, the vote —</p><p>It came at midnight, after the last amendment failed by two votes.</p>');
    expect(later.paragraphs).toContain('Then, the vote —');
    // The review's cases: a short opening line ending in a dash that names no source.
    for (const line of ['Because I could not stop for Death –', 'Then the phone rang —', 'Key points —', 'MARIA DELGADO —']) {
      expect(story(`<p>${line}</p><p>The Senate passed the bill late on Tuesday after a day of debate over its cost.</p>`).paragraphs[0], line).toBe(line);
    }
  });
});

describe("figures: an image URL's words are read on its path, not its host or its rendition's query", () => {
  it("keeps a picture whose resizer query or whose host holds a non-article word (Dow Jones's pixel_ratio, an optimizer's host)", () => {
    const wsj = 'https://images.wsj.example/im-891245?width=1280&size=1.5&pixel_ratio=1';
    const a = article(`<figure><img src="${wsj}" alt="A for-sale sign" width="1280" height="853"><figcaption><span class="caption">A home for sale in Lakewood, Colo.</span> <span class="credit">Photo: Rachel Woolf for The Wall Street Journal</span></figcaption></figure>`);
    expect(a.images.map((i) => [i.src, i.caption, i.credit])).toEqual([[wsj, 'A home for sale in Lakewood, Colo.', 'Rachel Woolf for The Wall Street Journal']]);
    const optimizer = 'https://cdn.shortpixel.ai/client/q_lossy,ret_img,w_750/https://www.example.com/uploads/harbour.jpg';
    expect(article(`<img src="${optimizer}" width="750" height="450">`).images.map((i) => i.src)).toEqual([optimizer]);
    expect(article('<img src="https://www.thespacereview.com/archive/3834a.jpg" width="600" height="400">').images).toHaveLength(1);
  });
  it('still drops a logo, an icon or a pixel named in the path, or in a query value that is the served picture\'s own address', () => {
    expect(article('<img src="https://images.example/brand/site-logo.png?width=300&pixel_ratio=1">').images).toEqual([]);
    expect(article('<img src="https://cdn.example/t/1x1.gif?cb=123">').images).toEqual([]);
    // Next.js's optimizer serves the file its url= names.
    expect(article('<img src="https://news.example/_next/image?url=%2Fbrand%2Flogo.png&w=640&q=75">').images).toEqual([]);
    expect(article('<img src="https://news.example/_next/image?url=%2Fuploads%2Fharbour.jpg&w=640&q=75">').images).toHaveLength(1);
    // An ad server's banner script (Revive, OpenX), not a picture named for ads.
    expect(article('<img src="https://ads.example.net/adserver/www/delivery/avw.php?zoneid=908&n=a2a7">').images).toEqual([]);
    expect(article('<img src="https://www.example.com/uploads/2024/ads-campaign-billboard.jpg" width="800" height="500">').images).toHaveLength(1);
    expect(article('<img src="https://www.example.com/uploads/2025/03/adserver-outage-dashboard.png" width="800" height="500">').images).toHaveLength(1);
  });
  it("keeps a picture the story captions though its file name says logo, icon or pixel (MediaWiki's thumb, a CMS's media-caption)", () => {
    const firefox = 'https://upload.example.org/thumb/7/76/Mozilla_Firefox_logo_2013.svg/220px-Mozilla_Firefox_logo_2013.svg.png';
    const wiki = article(`<div class="thumb tright"><div class="thumbinner"><a href="/wiki/File:Firefox.svg" class="image"><img src="${firefox}" width="220" height="233" class="thumbimage"></a><div class="thumbcaption">Firefox logo</div></div></div>`);
    expect(wiki.images.map((i) => [i.src, i.caption])).toEqual([[firefox, 'Firefox logo']]);
    const pi = 'https://cdn.example.net/images/2016/02/29/raspberry_pi_logo_mainimage8_lg.jpg';
    const cms = article(`<div class="media-container"><div class="image-wrapper"><div class="image"><img src="${pi}"></div></div></div><div class="media-caption">Raspberry Pi 3 - A credit card sized PC that only costs $35</div>`);
    expect(cms.images.map((i) => [i.src, i.caption])).toEqual([[pi, 'Raspberry Pi 3 - A credit card sized PC that only costs $35']]);
    expect(article('<figure><img src="https://cdn.example/2023/10/google-pixel-8-pro.jpg"><figcaption>The Pixel 8 Pro on sale in London</figcaption></figure>').images).toHaveLength(1);
  });
  it('near misses: an uncaptioned logo or icon, an image whose class says logo, and a beacon even in a figure stay out', () => {
    expect(article('<div class="header"><a href="/"><img src="https://news.example/static/site-logo.png"></a></div>').images).toEqual([]);
    expect(article('<p><a href="https://share.example/?u=1"><img src="https://news.example/static/icon-share.svg"></a> Share this story</p>').images).toEqual([]);
    expect(article('<figure><img src="https://news.example/static/brand.png" class="site-logo"><figcaption>Harbour News</figcaption></figure>').images).toEqual([]);
    expect(article('<figure><img src="https://stats.example/tracking/pixel.gif?id=9"><figcaption>Storm over the harbour</figcaption></figure>').images).toEqual([]);
    expect(article('<figure><img src="https://news.example/img/spacer.gif"><figcaption>Storm over the harbour</figcaption></figure>').images).toEqual([]);
    // A caption that holds a picture of its own captions that one, not a logo beside it.
    expect(article('<div class="row"><div><img src="https://news.example/static/logo.png"></div><div class="caption"><img src="https://news.example/2024/harbour.jpg" width="800" height="500"> Storm over the harbour</div></div>').images.map((i) => i.src)).toEqual(['https://news.example/2024/harbour.jpg']);
  });
  it('imageUrlWords: the path and URL-valued query values only', () => {
    expect(imageUrlWords('https://pixel.example/im-1?width=700&pixel_ratio=1&type=icon')).toBe('/im-1');
    expect(imageUrlWords('https://news.example/_next/image?url=https%3A%2F%2Fcdn.example%2Flogo.png%3Fv%3D2&w=64')).toBe('/_next/image /logo.png');
    expect(imageUrlWords('https://news.example/a.jpg#frag?icon')).toBe('/a.jpg');
    expect(imageUrlWords('https://news.example/a.jpg?src=%E0%A4')).toBe('/a.jpg');
  });
});

describe("credits: the photographer's label is a label like \"Photo:\"", () => {
  it.each([
    ['Photographer: Yuen Ka-ho/Bloomberg', 'Yuen Ka-ho/Bloomberg'],
    ['Photographers: Ann Lee and Tom Roe', 'Ann Lee and Tom Roe'],
    ['Photographed by Jane Doe', 'Jane Doe'],
    ['Photography: Jane Doe', 'Jane Doe'],
    ['Photographe : Jean Dupont', 'Jean Dupont'],
    ['Fotograf: Hans Müller', 'Hans Müller'],
    ['Fotógrafa: Ana Ruiz', 'Ana Ruiz'],
    ['Фотограф: Иван Петров', 'Иван Петров'],
  ])('cleanCredit(%s)', (raw, credit) => {
    expect(cleanCredit(raw)).toBe(credit);
  });
  it("drops Bloomberg's label from a credit element, and splits it off a caption's end", () => {
    const a = article('<figure><img src="https://assets.example/v1/1200x800.jpg" width="1200" height="800" alt="Workers"><figcaption><span class="caption">Workers on a production line in Ningbo.</span> <span class="credit">Photographer: Yuen Ka-ho/Bloomberg</span></figcaption></figure>');
    expect(a.images.map((i) => [i.caption, i.credit])).toEqual([['Workers on a production line in Ningbo.', 'Yuen Ka-ho/Bloomberg']]);
    expect(splitCredit('Workers on a production line. Photographer: Yuen Ka-ho/Bloomberg')).toEqual({ caption: 'Workers on a production line.', credit: 'Yuen Ka-ho/Bloomberg' });
  });
  it("leaves the word in a caption's sentence, and a label that begins a longer word", () => {
    expect(splitCredit('The winners. Photographed by police at the scene.').credit).toBeNull();
    expect(splitCredit('He met the photographer: Jane Doe').credit).toBeNull();
    expect(cleanCredit('Photographic Archive of the City')).toBe('Photographic Archive of the City');
    expect(cleanCredit('Photographed in 2019 by Jane Doe')).toBe('Photographed in 2019 by Jane Doe');
  });
});

describe("figures: a picture's figure's title outside its figcaption is its caption's, never the body's", () => {
  const chart = (title: string, caption = '<span class="chart__source">Source: Example Data</span>') =>
    article(`<figure class="chart">${title}<img src="https://assets.example/v1/-1x-1.png" alt="Chart"><figcaption class="chart__footer">${caption}</figcaption></figure><p>The central bank kept its policy rate unchanged for the fifth month, the statement said.</p>`);
  it("reads Bloomberg's chart__title as the caption, the source as the credit", () => {
    const a = chart('<div class="chart__title">China’s Factory Gauge Stays Below 50</div>');
    expect(a.images.map((i) => [i.caption, i.credit])).toEqual([['China’s Factory Gauge Stays Below 50', 'Example Data']]);
    expect(a.text).not.toContain('Factory Gauge');
  });
  it("opens the figcaption's text with a heading title", () => {
    const a = chart('<h3>Filings per 100 households</h3>', 'Monthly, 2022–2023. <span class="credit">Chart: Theo Ruiz</span>');
    expect(a.images.map((i) => [i.caption, i.credit])).toEqual([['Filings per 100 households. Monthly, 2022–2023.', 'Theo Ruiz']]);
  });
  it('leaves a figure that wraps story blocks, a figure with no picture, a subtitle-named figcaption and a file name alone', () => {
    const long = 'The council met again on Tuesday to vote on the harbour budget, the clerk said, and the vote was close. '.repeat(12);
    const story = article(`<figure class="story"><div class="story-title">Harbour vote delayed</div><img src="https://cdn.example/quay.jpg" width="800" height="450"><p>${long}</p></figure>`);
    expect(story.images.map((i) => i.caption)).toEqual([null]);
    expect(story.text).toContain('Harbour vote delayed');
    const quote = article('<figure><div class="quote-title">On the harbour</div><blockquote><p>The sea gives and the sea takes, and the town has always known it.</p></blockquote></figure>');
    expect(quote.text).toContain('On the harbour');
    const folha = article('<figure><img src="https://cdn.example/lula.jpg" width="800" height="450"><figcaption class="widget-image__subtitle">Lula recebe réplica da taça - <span class="widget-image__credits">Heinrich Aikawa/Instituto Lula</span></figcaption></figure>');
    expect(folha.images[0]?.caption).toContain('Lula recebe réplica da taça');
    expect(folha.images[0]?.credit).toBe('Heinrich Aikawa/Instituto Lula');
    const drupal = article('<figure class="field-image"><div class="file"><h2 class="element-invisible"><a href="/file/39939">WEB18-Facebook-1160x768.jpg</a></h2><img src="https://cdn.example/fb.jpg" width="580" height="384" alt="A phone"></div></figure>');
    expect(drupal.images.map((i) => i.caption)).toEqual([null]);
    expect(drupal.text).not.toContain('WEB18');
  });
});

describe("assemble: a wire story's trailer after its typed rule", () => {
  const story = (tail: string) => article(`${prose(3, 'Story')}<p>___</p>${tail}`);

  it('drops a closing line after "___" that points to a web address (AP\'s coverage and social trailers)', () => {
    const a = story('<p>Follow AP’s full coverage of Brexit and British politics at https://www.apnews.example/Brexit</p>');
    expect(a.text).not.toContain('Follow AP');
    const b = story('<p>More AP NBA: https://apnews.example/NBA and https://twitter.example/AP_Sports</p>');
    expect(b.text).not.toContain('More AP NBA');
    expect(b.paragraphs[b.paragraphs.length - 1]).toBe('___');
  });

  it('keeps a closing line with no address, a line with an address not after the rule, and a long paragraph', () => {
    expect(story('<p>Catch up on the 2020 election campaign with AP experts on our weekly politics podcast, “Ground Game.”</p>').text).toContain('Catch up on the 2020 election campaign');
    expect(article(`${prose(3, 'Story')}<p>The full ruling is published at https://court.example/rulings/2024-17</p>`).text).toContain('The full ruling is published at');
    // A correction or an update after the rule that cites an address is the story's.
    expect(story('<p>Correction: An earlier version misstated the route count, according to the staff report at https://city.example/plan.pdf.</p>').text).toContain('Correction: An earlier version');
    expect(story('<p>The new maps are online at https://transit.example/maps.</p>').text).toContain('The new maps are online');
    const long = `The council published its figures at https://council.example/budget, ${'and the report, which runs to several hundred pages, sets out every line of spending, '.repeat(3)}in full.`;
    expect(story(`<p>${long}</p>`).text).toContain('The council published its figures');
  });
});

describe("assemble: the reporter's bare contact lines closing a story", () => {
  it('drops a closing e-mail address and the social profile line after it', () => {
    const a = article(`${prose(3, 'Story')}<p>paul.takahashi@chron.example</p><p>twitter.com/paultakahashi</p>`);
    expect(a.text).not.toContain('chron.example');
    expect(a.text).not.toContain('twitter.com');
    const byline = parseArticle(`<html><head><title>${HEADLINE}</title><meta name="author" content="Paul Takahashi"></head><body><article><h1>${HEADLINE}</h1><div class="article-body">${prose(3)}<p>@paultakahashi</p></div></article></body></html>`);
    expect(byline.text).not.toContain('@paultakahashi');
  });

  it('keeps a profile address inside a sentence, or one that is not the last line', () => {
    const sentence = article(`${prose(3, 'Story')}<p>Follow the council's updates at twitter.com/portcouncil.</p>`);
    expect(sentence.text).toContain("Follow the council's updates at twitter.com/portcouncil.");
    const mid = article(`${prose(2, 'Story')}<p>twitter.com/portcouncil</p>${prose(1, 'More')}`);
    expect(mid.text).toContain('twitter.com/portcouncil');
    // A handle the story gives its readers, or a poem's signature, closes the story as its own.
    expect(article(`${prose(3, 'Story')}<p>Riders can find the new service by searching for its handle:</p><p>@RiversideTransit</p>`).text).toContain('@RiversideTransit');
    expect(article(`${prose(3, 'Story')}<p>facebook.com/events</p>`).text).toContain('facebook.com/events');
  });
});

describe("assemble: a row of other stories' teasers, each tagged with a bracketed label", () => {
  const link = (title: string, path: string) => `<a href="https://example.com/news/${path}">${title}</a>`;
  const row = `${link('China furious at Macron for Hong Kong protest jibe', '1188134/china')} [<strong>INSIGHT]|<br></strong>${link('Lakers vs Nets: NBA make final decision on game', '1188822/nba')} [<strong>VIDEO]<br></strong>${link('Hong Kong threatened with military intervention', '1187976/hk')}<strong> [REACTION]</strong>`;

  it('drops the row and the "DON\'T MISS" label set before it, whether a line of its own or inside the row', () => {
    const a = article(`${prose(2, 'Story')}<p><strong>DON'T MISS</strong></p><p>${row}</p>${prose(2, 'After')}`, URL);
    expect(a.text).not.toContain("DON'T MISS");
    expect(a.text).not.toContain('China furious at Macron');
    expect(a.sections.map((s) => s.heading)).toEqual([null]);
    const b = article(`${prose(2, 'Story')}<p><strong>DON'T MISS</strong> ${row}</p>${prose(2, 'After')}`, URL);
    expect(b.text).not.toContain('Lakers vs Nets');
    expect(extra(b.paragraphs)).toHaveLength(4);
  });

  it('keeps a sentence that links two stories, and links with no bracketed label', () => {
    const sentence = `<p>The ruling follows ${link('last week’s vote', 'vote')} [PDF] and ${link('the mayor’s reply', 'reply')}, which critics called thin.</p>`;
    expect(article(`${prose(2, 'Story')}${sentence}`).text).toContain('which critics called thin');
    const plain = `<p>${link('Read the full ruling', 'ruling')} | ${link('Read the dissent', 'dissent')}</p>`;
    expect(article(`${prose(2, 'Story')}${plain}${prose(1, 'After')}`, URL).text).toContain('Read the full ruling');
    // Documents and recordings, another site's pages, and a language switch are the story's.
    const files = `<p>${link('Final network report', 'report.pdf')} [PDF] | ${link('Staff memo', 'memo.pdf')} [PDF]</p>`;
    expect(article(`${prose(2, 'Story')}${files}${prose(1, 'After')}`, URL).text).toContain('Final network report');
    const elsewhere = `<p><a href="https://city.example/a">Council agenda for the vote</a> [AGENDA] <a href="https://city.example/b">Minutes of the last meeting</a> [MINUTES]</p>`;
    expect(article(`${prose(2, 'Story')}${elsewhere}${prose(1, 'After')}`, URL).text).toContain('Council agenda for the vote');
    const languages = `<p>${link('Español', 'es/story')} [ES] | ${link('Tiếng Việt', 'vi/story')} [VI]</p>`;
    expect(article(`${prose(2, 'Story')}${languages}${prose(1, 'After')}`, URL).text).toContain('Tiếng Việt');
  });
});

describe('assemble: a read-more label left alone once its links are gone', () => {
  const card = (title: string) => `<ul><li><h4><a href="https://news.example/news/2019/10/${title.length}.html">${title}</a></h4></li></ul>`;

  it('drops a "More:" heading over pruned story links, and a lone "Leggi anche" over a linked heading', () => {
    const a = article(`<h4>More:</h4>${card('Afghan woman politician sees talks as only hope')}${card('Young people must be heard, envoy says')}${prose(2, 'After')}`);
    expect(a.sections.map((s) => s.heading)).toEqual([null]);
    expect(a.text).not.toContain('More:');
    const b = article(`<p>Leggi anche</p><h1 class="entry-title"><a href="https://news.example/altro">I Cavalieri dello Zodiaco diventeranno un film</a></h1>${prose(2, 'After')}`);
    expect(b.text).not.toContain('Leggi anche');
  });

  it('keeps a label that goes on, a heading over prose, and a word a poem, a dialogue or a list says alone', () => {
    const a = article(`<h3>More: the council's own figures</h3>${prose(2, 'After')}<p>More.</p>`);
    expect(a.sections.map((s) => s.heading)).toContain("More: the council's own figures");
    expect(a.paragraphs).toContain('More.');
    expect(article(`<h3>Related</h3>${prose(2, 'After')}`).sections.map((s) => s.heading)).toContain('Related');
    expect(article(`<h3>Recommended:</h3>${prose(2, 'After')}`).sections.map((s) => s.heading)).toContain('Recommended:');
    const poem = article(`<blockquote><p>Listen</p><p>the harbour bells are ringing in the fog tonight</p></blockquote><p>“Is there more?” she asked.</p><p>More</p>${prose(1, 'After')}`);
    expect(poem.paragraphs).toContain('Listen');
    expect(poem.paragraphs).toContain('More');
    expect(article(`<p>The app lets riders:</p><ul><li>Plan</li><li>Pay</li><li>Watch</li><li>Listen</li></ul>${prose(1, 'After')}`).paragraphs).toContain('Watch');
    expect(article(`<p>(See also: the council's own 2021 audit of the bus network.)</p>${prose(1, 'After')}`).text).toContain("See also: the council's own 2021 audit");
  });
});

describe("assemble: a link to another of the site's stories set in parentheses", () => {
  it("drops it, but keeps a credit linking another site so set", () => {
    const a = article(`${prose(1, 'Story')}<p>(<a href="https://example.com/news/knights-cast"><strong><em>Leggi anche su: ecco gli attori che interpreteranno Pegasus</em></strong></a>)</p>${prose(1, 'After')}`, URL);
    expect(a.text).not.toContain('Leggi anche');
    const b = article(`${prose(1, 'Story')}<p>(<a href="https://art.example/3ihard/art/samus">Artist: 3ihard</a>)</p>${prose(1, 'After')}`, URL);
    expect(b.text).toContain('(Artist: 3ihard)');
    // A citation or a note of the site's own, so set, is the story's.
    const c = article(`${prose(1, 'Story')}<p>(<a href="https://example.com/2023/audit">Source: the 2023 city transit audit, page 14</a>)</p><p>(<a href="https://example.com/corrections">Corrected</a>)</p>`, URL);
    expect(c.text).toContain('Source: the 2023 city transit audit');
    expect(c.text).toContain('(Corrected)');
  });
});

describe('assemble: near misses of session 16 rules (review round 2)', () => {
  it('keeps a caption line or an image title that describes the picture after "Photo:"/"Image:" in the caption', () => {
    const a = article('<figure><img src="https://cdn.example.com/harbour.jpg" width="1200" height="800" alt="Harbour"><figcaption><p>Left, the harbour today.</p><p>Photo: right, the same view in 1920.</p></figcaption></figure>');
    expect(a.images[0]?.credit).toBeNull();
    expect(a.images[0]?.caption).toContain('the same view in 1920');
    const b = article('<figure><img src="https://cdn.example.com/maps.jpg" width="1200" height="800" alt="Maps"><figcaption><span>The chart compares three cities.</span><span>Image: Boston at top, Denver below</span></figcaption></figure>');
    expect(b.images[0]?.credit).toBeNull();
    const c = article('<p><img src="https://cdn.example.com/dam.jpg" width="1200" height="800" title="Photo: aerial view of the dam after the flood"></p>');
    expect(c.images[0]?.credit).toBeNull();
    // A credit so labelled is one.
    const d = article('<figure><img src="https://cdn.example.com/rail.jpg" width="1200" height="800" alt="Rail"><figcaption><p>Ein Stellwerk in Köln.</p><span>Foto: Max Mustermann / dpa</span></figcaption></figure>');
    expect(d.images[0]?.credit).toBe('Max Mustermann / dpa');
  });

  it('keeps a picture whose data-width/data-height are an aspect ratio', () => {
    for (const [w, h] of [['16', '9'], ['4', '3'], ['1', '1']]) {
      expect(article(`<figure><img src="https://cdn.example.com/council.jpg" data-width="${w}" data-height="${h}" alt="Council"></figure>`).images).toHaveLength(1);
    }
  });

  it('reads no heading from a class that only begins with a section-title word, a header card, or a quotation', () => {
    const a = article(`<div class="section-title-wrap">See the full budget document</div>${prose(1, 'More')}<p class="kg-header-card-subheading">A guide to the new fares</p>${prose(1, 'After')}<div class="subhead">“We are not done yet”</div>${prose(1, 'End')}`);
    expect(a.sections.map((s) => s.heading)).toEqual([null]);
    // Naver's section title is one.
    expect(article(`<div class="se-component se-sectionTitle"><p class="se-text-paragraph">Day two in Gyeongju</p></div>${prose(1, 'After')}`).sections.map((s) => s.heading)).toContain('Day two in Gyeongju');
  });

  it('keeps "Follow them on X:" over the story\'s subjects\' profiles', () => {
    const a = article('<p>Follow them on X: <a href="https://x.com/ana_ruiz">Ana Ruiz</a>, <a href="https://x.com/ben_ko">Ben Ko</a></p>');
    expect(a.text).toContain('Follow them on X: Ana Ruiz, Ben Ko');
  });
});

describe("assemble: a date's label set as a block of its own goes with the date", () => {
  it('drops the "Published" / "Last updated" terms of a page-dates list with their dates (Wagtail), in other languages too', () => {
    const a = article(
      '<dl class="page-dates"><dt>Published</dt><dd><time datetime="2024-01-04">4 January 2024</time></dd><dt>Last updated</dt><dd><time datetime="2024-01-09">9 January 2024</time></dd></dl>' +
        '<div><span>Zuletzt aktualisiert am</span></div><div><span>9. Januar 2024</span></div><p>Posted on</p><p>January 9, 2024</p>',
    );
    expect(extra(a.paragraphs)).toEqual([]);
  });
  it('keeps a short paragraph before a date that is no date label, a label that names someone, and a label before no date', () => {
    const a = article('<p>Yes.</p><p>4 January 2024</p><p>Published by Knopf</p><p>9 January 2024</p><p>Updated</p><p>The harbour reopens to traffic on Monday after the repairs, officials said.</p>');
    expect(extra(a.paragraphs)).toEqual(['Yes.', 'Published by Knopf', 'Updated', 'The harbour reopens to traffic on Monday after the repairs, officials said.']);
  });
});

describe('assemble: an accessibility skip link between the paragraphs', () => {
  it('drops an in-page link that skips past a block or to a part of the page, wherever it sits', () => {
    const a = article(
      '<a data-ignore="global-link-styling" href="#EmailSignup-skip-link-7" class="dcr-jzxpee">skip past newsletter promotion</a>' +
        '<p><a href="#after-ad">Skip Advertisement</a></p><p><a href="https://example.com/news/storm#main">Skip to main content</a></p>',
      URL,
    );
    expect(extra(a.paragraphs)).toEqual([]);
    expect(a.text).not.toContain('kip');
  });
  it('keeps an in-page link on a person named Skip, and a "Skip to" link to another page', () => {
    const a = article('<p><a href="#bio">Skip Bayless</a> said the league would act on Monday.</p><p>Read the guide: <a href="https://example.com/guide#top">Skip to the good part</a> of the season.</p>', URL);
    expect(extra(a.paragraphs)).toEqual(['Skip Bayless said the league would act on Monday.', 'Read the guide: Skip to the good part of the season.']);
  });
  it("keeps an in-page skip link that is part of the writer's sentence (the review's cases)", () => {
    const a = article(
      '<p>Not interested in my life story? <a href="#recipe">Skip to the recipe</a> below, I will not be offended.</p>' +
        '<ul><li>If your soil already drains well, <em><a href="#step-4">skip this step</a></em> and go straight to planting.</li></ul>',
      URL,
    );
    expect(extra(a.paragraphs)).toEqual(['Not interested in my life story? Skip to the recipe below, I will not be offended.', 'If your soil already drains well, skip this step and go straight to planting.']);
  });
});

describe('assemble: a scroll instruction standing alone', () => {
  it('drops "Scroll down for video" and its kind (MailOnline), bold or not', () => {
    const a = article('<p><b>Scroll down for video</b></p><p>Scroll down for more</p><p>Scroll down to watch the moment the roof came off</p>');
    expect(extra(a.paragraphs)).toEqual([]);
  });
  it('keeps a sentence that tells of scrolling, and an instruction that is part of a paragraph', () => {
    const a = article('<p>Scroll down the list of names and you will find her grandfather among the crew.</p><p>The full table is below. Scroll down for video of the launch, filmed from the pier.</p>');
    expect(extra(a.paragraphs)).toHaveLength(2);
    // The review's cases: "for more" leading into the story's own text.
    const more = article('<p>Scroll down for more on how to apply for the reduced-fare pass and who qualifies.</p><p>Scroll down for more: the full list of new stops, in order.</p>');
    expect(extra(more.paragraphs)).toEqual(['Scroll down for more on how to apply for the reduced-fare pass and who qualifies.', 'Scroll down for more: the full list of new stops, in order.']);
  });
});

describe("assemble: a caption's text the page does not print (copies shown one at a time, screen-reader labels)", () => {
  const IMG = '<img src="https://example.com/photo.jpg" width="800" height="500" alt="">';
  const first = (inner: string) => article(`<figure>${IMG}${inner}</figure>`).images[0];
  const LONG = 'In this Sunday photograph, a long row of unsold sports-utility vehicles sits at a dealership in Littleton';
  it('gives a caption held in a full and a truncated copy once, without its more/less switches', () => {
    const img = first(
      `<figcaption class="caption"><div class="caption-full">${LONG}, Colo.<a class="more-caption"> less</a></div><div class="caption-truncated">${LONG.slice(0, 70)}<a class="more-caption"> ... more</a></div><span class="credit">Photo: David Zalubowski / AP</span></figcaption>`,
    );
    expect(img?.caption).toBe(`${LONG}, Colo.`);
    expect(img?.credit).toBe('David Zalubowski / AP');
  });
  it('gives two unnamed copies of one caption once, the longer kept', () => {
    expect(first(`<figcaption><p>${LONG}.</p><p>${LONG}...</p></figcaption>`)?.caption).toBe(`${LONG}.`);
  });
  it('keeps a short title that opens the caption, and a "More" in its sentence (near misses)', () => {
    expect(first('<figcaption><strong>Harbour Lights</strong> <span>Harbour Lights at dawn, seen from the old pier on Monday</span></figcaption>')?.caption).toBe(
      'Harbour Lights Harbour Lights at dawn, seen from the old pier on Monday',
    );
    expect(first('<figcaption>Crowds wait outside, wanting <em>more</em></figcaption>')?.caption).toBe('Crowds wait outside, wanting more');
    // A plain link reading "more" inside the sentence, or closing it with no sentence end before it, is text.
    expect(first('<figcaption>Volunteers sort donations at the food bank. Find <a href="/gallery/food-bank">more</a> photos in our gallery</figcaption>')?.caption).toBe(
      'Volunteers sort donations at the food bank. Find more photos in our gallery',
    );
    expect(first('<figcaption>The council wants people to drive <em>less</em> and cycle <a href="/cycling">more</a></figcaption>')?.caption).toBe('The council wants people to drive less and cycle more');
    // A preview-named title beside a full-named caption of other words is no short copy of it.
    expect(first('<figcaption><div class="caption-title preview">Harbour at dawn</div><div class="caption-body full">The ferry leaves the harbour on Monday as the fog lifts</div></figcaption>')?.caption).toBe(
      'Harbour at dawnThe ferry leaves the harbour on Monday as the fog lifts',
    );
  });
  it('leaves out a screen reader\'s "Image:" label, so the sentence is the caption, not a credit', () => {
    const img = first(
      '<figcaption class="sdc-article-image__caption"><span class="sdc-article-image__visually-hidden">Image:</span> <span class="sdc-article-image__caption-text">Jose Mourinho has agreed a deal to become manager</span></figcaption>',
    );
    expect(img?.caption).toBe('Jose Mourinho has agreed a deal to become manager');
    expect(img?.credit).toBeNull();
    expect(first('<figcaption><span class="off-screen">Media caption</span>Who is Julian Assange?</figcaption>')?.caption).toBe('Who is Julian Assange?');
  });
  it('still reads a visible "Image:" label as the credit (near miss)', () => {
    const img = first('<figcaption><span class="label">Image:</span> <span>Jane Roe</span></figcaption>');
    expect(img?.caption).toBeNull();
    expect(img?.credit).toBe('Jane Roe');
  });
});

describe("assemble: a media player's notice is no caption", () => {
  it("reads the figure's own caption past the player's fallback line", () => {
    const a = article(
      '<figure class="media-with-caption"><div class="player-with-placeholder"><img src="https://example.com/still.jpg" width="720" height="405" alt=""><div class="player-with-placeholder__caption">Media playback is unsupported on your device</div></div><figcaption class="media-with-caption__caption">Who is Julian Assange?</figcaption></figure>',
    );
    expect(a.images[0]?.caption).toBe('Who is Julian Assange?');
  });
  it('keeps a caption that tells of a browser in a sentence (near miss)', () => {
    const caption = 'Your browser does not support the video tag, the developer said on Monday';
    const a = article(`<figure><img src="https://example.com/still.jpg" width="720" height="405" alt=""><figcaption>${caption}</figcaption></figure>`);
    expect(a.images[0]?.caption).toBe(caption);
  });
});

describe('splitCredit: credits after a closing quote, "via" credits, bracketed names, labelled sources, AFP\'s "Name / AFP"', () => {
  it('splits a labelled credit after a closing quote', () => {
    expect(splitCredit('Protesters ‘are part of a broader movement.’ Photograph: AFP via Getty')).toEqual({ caption: 'Protesters ‘are part of a broader movement.’', credit: 'AFP via Getty' });
  });
  it('reads "Image via X" as a credit, whole or closing the caption, but not a sentence ending "via Zoom"', () => {
    expect(splitCredit('Image via Getty Images')).toEqual({ caption: null, credit: 'Getty Images' });
    expect(splitCredit('The crater from above. Image via NASA/JPL')).toEqual({ caption: 'The crater from above.', credit: 'NASA/JPL' });
    expect(splitCredit('The council met the residents via Zoom')).toEqual({ caption: 'The council met the residents via Zoom', credit: null });
    // "via" and a lower-case word is the caption's sentence, whole or after another.
    for (const caption of ['Pictures via drone show the extent of flooding in the valley', 'Images via satellite reveal the scale of the damage to the coast', 'The valley after the storm. Pictures via drone show the extent of flooding']) {
      expect(splitCredit(caption)).toEqual({ caption, credit: null });
    }
  });
  it('splits a square-bracketed name credit, not a bracketed note or a parenthesised name', () => {
    expect(splitCredit('NASA wants to send astronauts back to the Moon [SpaceX via Nasa]')).toEqual({ caption: 'NASA wants to send astronauts back to the Moon', credit: 'SpaceX via Nasa' });
    for (const caption of ['The mayor greets the crowd [left]', 'Flooded streets in the old town [VIDEO]', 'The mayor greets the crowd (Mayor Jane Roe)']) expect(splitCredit(caption)).toEqual({ caption, credit: null });
    // Without "via", a capitalised bracket is the caption's tag or who is shown.
    for (const caption of [
      'The lander on its pad [SpaceX]',
      'Flood water covers the high street on Sunday morning [In Pictures]',
      'Crowds gather on the seafront for the fireworks [Live Updates]',
      'The aftermath of the blast near the market [Graphic Content]',
      'The mayor and her deputy at the ribbon cutting [Jane Roe and John Doe]',
    ]) expect(splitCredit(caption)).toEqual({ caption, credit: null });
  });
  it('splits "(Source: X)" naming who made the picture, not a source in the sentence', () => {
    expect(splitCredit('New Horizons took this image on its closest approach to Jupiter. (Source: NASA)')).toEqual({ caption: 'New Horizons took this image on its closest approach to Jupiter.', credit: 'NASA' });
    for (const caption of ["The figures come from the budget (source: the council's report)", 'Sales fell (Source: Figures from the Council show a fall: see the report)']) {
      expect(splitCredit(caption)).toEqual({ caption, credit: null });
    }
    // The label is dropped in Spanish and Portuguese too.
    expect(splitCredit('Evolución del paro por provincias en 2024 (Fuente: INE)')).toEqual({ caption: 'Evolución del paro por provincias en 2024', credit: 'INE' });
    expect(splitCredit('Evolução do desemprego por estado em 2024 (Fonte: IBGE)')).toEqual({ caption: 'Evolução do desemprego por estado em 2024', credit: 'IBGE' });
  });
  it('splits AFP\'s "Name SURNAME / AFP" after the sentence, not a slash between two names of the sentence', () => {
    expect(splitCredit('Palestinians protest the plan and vow to oppose it. Jaafar ASHTIYEH / AFP')).toEqual({ caption: 'Palestinians protest the plan and vow to oppose it.', credit: 'Jaafar ASHTIYEH / AFP' });
    expect(splitCredit('Le Premier ministre quitte Matignon, mardi. Ludovic MARIN / AFP')).toEqual({ caption: 'Le Premier ministre quitte Matignon, mardi.', credit: 'Ludovic MARIN / AFP' });
    expect(splitCredit('Ministers meet in Brussels. Jane Roe / EPA')).toEqual({ caption: 'Ministers meet in Brussels.', credit: 'Jane Roe / EPA' });
    // Two names of the caption with a slash: neither "Given SURNAME" nor a wire agency after it.
    for (const caption of [
      'Leaders met in Washington. The State Department / the White House',
      'Champions League quarter-final, first leg. Real Madrid / PSG',
      "Trains will run every ten minutes from May. King's Cross / LNER",
      'Ministers meet in Brussels. European Commission / EU',
    ]) expect(splitCredit(caption)).toEqual({ caption, credit: null });
  });
});

describe("assemble: a byline's avatar set before its line", () => {
  const page = (inner: string) =>
    parseArticle(`<html><head><title>${HEADLINE}</title></head><body><article><h1>${HEADLINE}</h1>${inner}<div class="article-body">${prose(3)}</div></article></body></html>`, URL);
  it('drops a small picture alone in its box right before a "Written by <a>…</a>" line', () => {
    const a = page('<section><div><div><img src="https://cdn.example.com/uploads/rachel-link.png?w=105&h=105" alt=""></div></div><div> Written by <a href="/nutrition-team">Rachael Link, MS, RD</a> on November 14, 2019</div></section>');
    expect(a.images).toEqual([]);
    const stated = page('<div><img src="https://cdn.example.com/uploads/jane.jpg" width="60" height="60" alt=""><p>By <a href="/authors/jane">Jane Roe</a></p></div>');
    expect(stated.images).toEqual([]);
  });
  it('keeps a hero before the byline, stated large or not at all, and a small picture before a line that is no byline (near misses)', () => {
    expect(page('<div><img src="https://cdn.example.com/uploads/harbour.jpg" width="1200" height="675" alt=""></div><div>By <a href="/authors/jane">Jane Roe</a></div>').images).toHaveLength(1);
    expect(page('<div><img src="https://cdn.example.com/uploads/harbour.jpg" alt=""></div><div>By <a href="/authors/jane">Jane Roe</a></div>').images).toHaveLength(1);
    expect(page('<div><img src="https://cdn.example.com/uploads/chart.png?w=180" alt=""></div><div>Water levels rose by <a href="/data">two metres</a></div>').images).toHaveLength(1);
  });
  it('keeps a small picture before a line that opens with "By" but is no byline alone: no name link first, a thing linked, or more than a date after it (near misses)', () => {
    for (const line of [
      'By 2030, emissions must fall by half, <a href="/climate/report">the report says</a>.',
      'By train: take the <a href="https://www.eurostar.com">Eurostar</a> from London to Paris, then the TGV south.',
      'By <a href="/tag/hilary-mantel">Hilary Mantel</a> (Fourth Estate, £25)',
      'By her own account, <a href="/people/jane-roe">Mayor Roe</a> has spent a decade on the plan.',
      'Posted by a reader, <a href="/readers/photos">this photo</a> shows the flooded road near the school.',
      'By <a href="https://shop.example.com/kettle">Smeg</a>, £129 at John Lewis',
    ]) {
      expect(page(`<div><div><img src="https://cdn.example.com/uploads/picture.jpg" width="160" height="160" alt=""></div><p>${line}</p></div>`).images).toHaveLength(1);
    }
  });
});
