/**
 * Vocabularies of the assemble stage: which blocks are never paragraphs, how credits are
 * written, which images are not the article's.
 */

import { BREAK_LABEL_SOURCE, COLON_PHOTO_LABEL_SOURCE, LABEL_COLON_SOURCE, LABEL_DASH_SOURCE } from '../clean/constants';
import { SCREEN_READER_CLASS_RE, WORD_SOURCE } from '../parse/dom';
import { PUBLISHED_LABEL_RE, UPDATED_LABEL_RE, UPDATED_LINE_LABEL_RE } from '../metadata/constants';

/** Elements that start and end a block of text. Everything else is inline. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'nav', 'noscript', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul',
]);

/**
 * Whole-paragraph boilerplate that survives cleaning because it has no telling class: ad
 * labels, share prompts, "Read more:" links between paragraphs, in the languages we read.
 */
export const BOILERPLATE_PARAGRAPH_RE = new RegExp(
  `^(?:[-–—]\\s*)?(?:${[
    // Ad labels.
    'advertisement|advertisment|adverti[sz]ing|adverts?|ad|ads|sponsored(?: content| links?)?|anzeige|werbung|reklam[aey]?|publicité|publicidad|pubblicità|publicidade|реклама',
    'mainos|annonse?|hirdetés|reclam[aă]|quảng cáo|διαφήμιση|تبلیغات|إعلان|פרסומת|विज्ञापन|โฆษณา|iklan|oglas|reklāma|reklaama|patalastas|publizitatea|auglýsing',
    BREAK_LABEL_SOURCE,
    // Share prompts.
    'share(?: this)?(?: article| story| post| page)?|share on \\w+|tweet|copy link|print|email|click to share.*|follow us on .{1,40}',
    // A text resizer's label, its buttons gone ("Text size" on Dow Jones' Barron's).
    'text size|font size|resize(?: text)?',
    // Lead-ins of teaser lists and comment boxes, standing alone.
    '(?:read|see) (?:more|also)|related(?: articles| stories| news| content| posts)?|you (?:may|might) also (?:like|enjoy|be interested in)|recommended(?: for you)?',
    'baca juga|ये भी पढ़ें|यह भी पढ़ें|читайте також|читайте также|อ่าน(?:ข่าว)?(?:ที่เกี่ยวข้อง|เพิ่มเติม)',
    "comments?|leave a (?:comment|reply)|join the conversation|tell us what you think",
    // Titles of a table of contents whose links were pruned.
    '(?:table of )?contents|in this (?:article|story)|jump to|inhaltsverzeichnis|sommaire|índice|indice|spis treści|содержание|зміст',
    // Labels of tag lists whose links were pruned.
    'tags|tagged(?: with)?|topics|filed under|keywords|schlagwörter|etiquetas|mots-clés',
    // A disclosure's or a widget's toggle ("Show transcript", "View full transcript", "Show more").
    '(?:show|hide|view|see|expand|collapse) (?:the )?(?:full )?(?:transcript|captions?|more|less|all|details|gallery)',
    // A newsletter's forwarding lines, published on the web with it.
    "was this (?:e-?mail|newsletter) forwarded to you\\?.{0,60}|know someone who(?:['’]d| would) (?:like|enjoy) this\\?.{0,60}|forward (?:this )?to a friend",
    // A sortable table's hint.
    '(?:click|tap) (?:on )?(?:a|the|any) column(?: header| heading)?s? to sort(?: the table)?',
    // A breaking story's status line, standing alone.
    'this (?:is a developing|story is developing)(?: story)?(?:,? (?:and|it) will be updated| and may be updated)?|this story (?:will be|is being|may be) updated(?: as (?:more information becomes available|details emerge))?|check back (?:later |soon )?for (?:more )?updates',
    // An article's age notice over an old story (Forbes' "time-stamp-alert", the Guardian's
    // "This article is more than 5 years old"), standing alone.
    'this (?:article|story|post|piece) (?:is (?:more than|over|older than) (?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?)(?: old)?|was (?:first )?published (?:more than|over) (?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?) ago)',
    // What a script-driven widget prints in place of itself.
    'this (?:slideshow|gallery|video|content|embed) requires javascript|(?:please )?enable javascript.{0,60}',
    // A scroll instruction pointing at a video or pictures further down, standing alone
    // (MailOnline's bold "Scroll down for video", "Scroll down to watch the moment …"). Only a
    // video's or a moment's words may follow: "Scroll down for more on how to apply …" and
    // "Scroll down for more: the full list of stops" lead into the story's own text.
    '(?:scroll|swipe) down (?:for (?:the )?(?:video|videos|footage|more|pictures|photos)|to (?:see|view) more|to (?:watch|see|view) (?:the )?(?:video|videos|footage|clip|moment|pictures|photos)(?: [^:]{0,80})?)',
  ].join('|')})\\s*[-–—:.…!]*$`,
  'i',
);

/**
 * A press release's end-of-copy marker standing alone: "ENDS", "- ends -", "-30-", "###",
 * "# # #", "End of release". Typographic, not the release's text (the notes to editors after it are).
 */
export const END_OF_COPY_RE = /^[-–—*\s]*(?:ends?|end of (?:press )?release|#(?: ?#){2})[-–—*\s]*$|^[-–—]\s*30\s*[-–—]$/i;

/**
 * What may follow an end-of-copy mark (END_OF_COPY_RE) as the story's end matter: each paragraph
 * after the mark a short line, at most `maxLineLength` characters, that does not end like a
 * sentence (`sentenceEndRe`, Latin and CJK stops), with any picture among them. A WeChat
 * account's "— END —" over its staff credits ("编辑：赵一凡 ｜ 审核：孙婷") and its QR code
 * with "长按识别二维码…" is so; a press release's notes to editors after "ENDS", written in
 * sentences, are not, and stay.
 */
export const END_MATTER = {
  maxLineLength: 80,
  sentenceEndRe: /[.!?…。！？]["'”’»)」』]?$/u,
} as const;

/**
 * A notebook's execution counter standing alone ("In [3]:", "Out[3]:", "In [ ]:", "In [*]:"), as
 * a notebook export writes it beside a cell when its prompt element is not named as one.
 */
export const EXECUTION_PROMPT_RE = /^(?:In|Out)\s?\[[\s\d*]{0,6}\]:$/;

/**
 * Word's "Save as Web Page" HTML (and Outlook's mail, Word pasted into a CMS): a list item is a
 * paragraph of class MsoListParagraph (CxSpFirst, CxSpMiddle, CxSpLast) or one styled
 * "mso-list:l0 level1 lfo1", and its bullet or number is drawn by a span styled
 * "mso-list:Ignore" (inside `<![if !supportLists]>`, which a browser shows) that Word itself
 * drops when it reopens the file: the item's marker, not its text.
 */
export const WORD_LIST = {
  paragraphClass: /(?:^|\s)MsoListParagraph/,
  itemStyle: /mso-list\s*:\s*l\d+\s+level\d/i,
  markerStyle: /mso-list\s*:\s*ignore/i,
  /** A number's marker ("1.", "a)", "iv."); a bullet ("·", "o", "§", "•") is anything else. */
  orderedMarker: /^(?:\d{1,3}|[a-z]|[ivxlc]{1,6})[.)]$/i,
  /**
   * A bullet typed at the start of a Word list item's text (a list pasted as text into a
   * MsoListParagraph, or written over Word's own): the marker the list draws, dropped once so
   * the item is not "- - item". A hyphen glued to a word ("-5 degrees") is the text's.
   */
  typedBullet: /^\\?[-–•·▪◦]\s+/u,
} as const;

/**
 * A paragraph this short that is a date with at most {@link MAX_DATE_LINE_WORDS} other words
 * ("segunda-feira, 22 de janeiro de 2018 às 0:13", "Published 23.12.2025") is a date line
 * left in the body, not prose.
 */
export const MAX_DATE_LINE_LENGTH = 80;
export const MAX_DATE_LINE_WORDS = 3;

/**
 * A line that holds two dates or more, each after the first opened by its own publication or
 * update label, is the story's date line with both halves (Le Figaro's "Publié le 04/01/2024 à
 * 10:42, mis à jour le 04/01/2024 à 15:10", ABC's "Posted …, updated …", Korean "입력 … 수정 …",
 * "Veröffentlicht am …, aktualisiert am …"): each date's label (`publishedRe`, `updatedRe`:
 * metadata's vocabularies, to the end of the word they open, `labelWordTailRe`) is left out
 * before the other words are counted against {@link MAX_DATE_LINE_WORDS}, so the line reads
 * as its one-date halves do. The text between two dates starts after the separators of
 * `leadRe` (", ", " | ", " · "). A sentence holding two dates ("The council met on 4 January
 * 2024 and again on 11 January 2024") has no label before its second date and is counted whole.
 * The first date too opens the line or follows its label, and a label is the vocabulary's word
 * itself, no word before it but "last" ("last updated"): "Firmware update 4 Jan 2024, security update 11 Jan 2024" and
 * "Exhibition opens 6 March 2025, hours updated 1 March 2025" are a story's facts.
 */
export const LABELLED_DATES_LINE = {
  publishedRe: PUBLISHED_LABEL_RE,
  updatedRe: new RegExp(String.raw`^[\s\-–—|·•:(]*(?:(?:last|latest|zuletzt)\s)?(?:${UPDATED_LABEL_RE.source})`, 'i'),
  leadRe: /^[\s,;|·•–—-]+/u,
  labelWordTailRe: /^[\p{L}\p{M}]*/u,
} as const;

/**
 * A date's label set as a block of its own right before the date line it labels, which goes
 * with it: a council or university CMS's page dates as a label/value list (Wagtail's
 * `<dl class=page-dates>`: "Published" / "4 January 2024", "Last updated" / "9 January 2024"),
 * a theme's "Posted on" over its `<time>`. The label opens with a publication or update word
 * in the languages date lines are read in (`publishedRe`, `updatedRe`: metadata's vocabularies,
 * "Veröffentlicht am", "Zuletzt aktualisiert", "Publié le"), has at most `maxWords` words and
 * `maxLength` characters, no digit, and names no one (`bylineRe`: "Published by Knopf" is a
 * fact, "Posted by Ann" a byline). "Yes." before a date is the story's and stays.
 */
export const DATE_LABEL_BLOCK = {
  maxWords: 3,
  maxLength: 40,
  publishedRe: PUBLISHED_LABEL_RE,
  updatedRe: UPDATED_LINE_LABEL_RE,
  digitRe: /\d/,
  bylineRe: /(?:^|\s)(?:by|von|par|por|da|door|av|przez)(?:\s|$)/i,
} as const;

/**
 * A paragraph no longer than this whose whole text is link text ("LAUREN ALAINA SAYS 'DWTS'
 * HAS HELPED HER…" between two paragraphs) points to another story: dropped. List items and
 * quotes are exempt (link lists inside the body, quoted posts).
 */
export const MAX_LINK_PARAGRAPH_LENGTH = 200;
/** …and so is one that is a link in parentheses ("([**Leggi anche su: …**](…))"), on its markdown, whose text opens with a read-more lead-in (READ_MORE_OPENING_RE). */
export const PARENTHESISED_LINK_MD_RE = /^\((?:\*\*|_)*\[(?:[^[\]\\]|\\.){1,300}\]\([^()\s]{1,2000}\)(?:\*\*|_)*\)\.?$/;

/**
 * Axios's "Go deeper:" (also "Dig deeper:") before a link to its own stories: the label
 * alone (its list of links gone) or with one link as the rest of the line. "Go deeper: the
 * council's own analysis found…" goes on as a sentence and stays.
 */
export const DEEPER_LEAD = {
  labelRe: /^(?:\*\*)?(?:go|dig) deeper\s*[:：](?:\*\*)?\s*/i,
  linkRe: /^\[(?:[^\]\\]|\\.)+\]\([^()\s]+\)\s*\.?$/,
} as const;

/**
 * Lead-ins of inline links to other stories: "Read more: …", "Also read: …", "Lesen Sie auch: …",
 * Chinese "延伸閱讀：" ("further reading") and "相關新聞：" ("related news"), in Traditional and
 * Simplified characters, with the full-width colon CJK text writes; or the label alone, its
 * link set as a block of its own ("Leggi anche" over a linked `<h1>`).
 */
const READ_MORE_LEAD_SOURCE = String.raw`(?:read (?:more|also|next)|also read|see also|related|more|recommended|watch|listen|lesen sie (?:auch|mehr)|mehr zum thema|auch interessant|ayrıca (?:bakınız|okuyun)|ilgili haber|lire aussi|à lire aussi|lee también|leggi anche|leia também|lees ook|veja (?:também|mais)|saiba mais|leia mais|zobacz (?:też|także)|czytaj (?:też|także|więcej)|läs (?:också|mer)|læs (?:også|mere)|les (?:også|mer)|читайте (?:также|також)|дивіться також|baca juga|ये भी पढ़ें|यह भी पढ़ें|อ่าน(?:ข่าว)?(?:ที่เกี่ยวข้อง|เพิ่มเติม)|cite[sșş]te (?:[sșş]i|mai mult)|vezi (?:[sșş]i)|xem thêm|đọc thêm|lue (?:myös|lisää)|čtěte (?:také|též|více)|přečtěte si (?:také|též)|prečítajte si|čítajte (?:aj|tiež)|olvassa el|διαβ[αά]στε (?:επ[ιί]σης|ακ[οό]μη)|بیشتر بخوانید|اقرأ أيض[اًا]+|קראו גם|延伸閱讀|延伸阅读|相關新聞|相关新闻)`;
export const READ_MORE_PREFIX_RE = new RegExp(String.raw`^${READ_MORE_LEAD_SOURCE}\s*[:：»>–—|-]`, 'i');
/** The same lead-ins as a whole line, nothing after them (see isBoilerplate). */
export const READ_MORE_ALONE_RE = new RegExp(String.raw`^${READ_MORE_LEAD_SOURCE}\s*$`, 'i');
/** …and as the opening words of a link's text, whatever follows ("Leggi anche su: …"). */
export const READ_MORE_OPENING_RE = new RegExp(String.raw`^${READ_MORE_LEAD_SOURCE}(?=[\s:：]|$)`, 'i');

/**
 * A paragraph above the headline inside the content, up to this long, is the header's
 * kicker, section label or view counter ("Binnenland", "4 812"), not the story.
 */
export const MAX_ABOVE_HEADLINE_LENGTH = 100;

/**
 * A paragraph of digits and thousands separators only: a counter or a chart's axis label
 * left by a widget ("4 812", "600"). A score ("3–1"), a share ("67.4%") or a phone number
 * ("(555) 123-4567") has other marks and stays.
 */
export const NUMBERS_ONLY_RE = /^[\d\s.,'’\u00a0\u202f]+$/u;

/**
 * A paragraph of one or two marks and nothing else ("/", ".", "×"): a widget's leftover. A
 * longer run ("___", "* * *") is the story's own section break and stays.
 */
export const NO_WORD_RE = /^[^\p{L}\p{N}\s]{1,2}$/u;

/**
 * A desk line under the headline: the desk, the outlet and the city a regional story is
 * credited to ("न्यूज डेस्क, जन प्रहरी, लखनऊ", "Web Desk, The Daily Post, Lahore"), printed
 * where a byline would be. Read as such only as the body's first paragraph, this short, of
 * `parts` comma-separated parts of at most `partWords` words each, one of them the site's
 * name (Article.siteName) or a desk (DESK_PART_RE).
 */
export const DESK_LINE = { maxLength: 80, parts: { min: 2, max: 4 }, partWords: 4 } as const;
/** The commas between a desk line's parts (Latin, Arabic, full-width); each part is trimmed after the split. */
export const DESK_LINE_SPLIT_RE = /[,،，]/u;
/** A part of a desk line that names a desk: "News Desk", "Web Desk", "न्यूज डेस्क". */
export const DESK_PART_RE = /(?<!\p{L})(?:desk|डेस्क)$/iu;

/** A paragraph above the headline that ends like a sentence of this many words is a note, not a kicker. */
export const SENTENCE_END_RE = /[.!?…]["'”’»)]?$/u;
export const MIN_SENTENCE_WORDS = 4;

/**
 * A copyright notice standing alone: "© 2025 CTN Broadcasting Inc. All Rights Reserved.",
 * "Copyright @ 2019 The New Arab." (the year right after the sign and the holder's name after
 * it, or the reservation; a bare "© Reuters" is a picture's credit, "Copyright law was
 * changed in 2019…" and "Copyright 2019 reforms forced…" sentences).
 */
export const COPYRIGHT_NOTICE_RE =
  /^(?:©|\([cC]\)|[Cc]opyright\b|COPYRIGHT\b)(?:\s*(?:(?:[©@]|\([cC]\))\s*)?(?:19|20)\d\d(?:[-–]\d{2,4})?(?:$|[.,]|\s+\p{Lu})|.{0,120}\b(?:[Aa]ll [Rr]ights [Rr]eserved|ALL RIGHTS RESERVED)\b)/u;
export const MAX_COPYRIGHT_NOTICE_LENGTH = 250;
/**
 * "All rights reserved" as the languages of the field write it, a notice's closing words:
 * Corriere's "© RIPRODUZIONE RISERVATA", Le Monde's "Tous droits réservés", "Alle Rechte
 * vorbehalten", "Todos los derechos reservados", "Все права защищены"…
 */
const RIGHTS_RESERVED_PHRASE_SOURCE = [
  'all rights reserved',
  'riproduzione riservata',
  'tutti i diritti riservati',
  'tous droits réservés',
  'tous droits de reproduction réservés',
  'alle rechte vorbehalten',
  'todos los derechos reservados',
  'todos os direitos reservados',
  'alle rechten voorbehouden',
  'wszelkie prawa zastrzeżone',
  'všechna práva vyhrazena',
  'všetky práva vyhradené',
  'все права защищены',
  'усі права захищені',
  'tüm hakları saklıdır',
  'kaikki oikeudet pidätetään',
  'alle rettigheder forbeholdes',
  'alle rettigheter reservert',
  'med ensamrätt',
  'minden jog fenntartva',
  'toate drepturile rezervate',
  'sva prava pridržana',
  'visos teisės saugomos',
].join('|');

/**
 * A line that is only a rights notice in any of those languages: the phrase alone, or after a
 * "©"/"Copyright" opening and its holder, perhaps with a closing "©" and its holder ("Riproduzione
 * riservata ©", ANSA's "RIPRODUZIONE RISERVATA © Copyright ANSA").
 * Ends with the phrase: "The studio said all rights reserved by the founders lapsed" is a sentence.
 */
export const RIGHTS_NOTICE_LINE_RE = new RegExp(
  `^(?:(?:©|\\(c\\)|copyright(?!\\p{L})).{0,120}?)?(?<!\\p{L})(?:${RIGHTS_RESERVED_PHRASE_SOURCE})(?!\\p{L})[.!]?(?:\\s?©[^©]{0,60})?$`,
  'iu',
);

/**
 * A copyright notice that ends by reserving the rights (and perhaps forbidding reuse) is the
 * page's wherever it stands: a video page prints it between the summary and the transcript.
 */
export const RIGHTS_RESERVED_RE = /\ball rights reserved\.?(?:\s[^.]{0,160}\bmay not be (?:published|reproduced|redistributed|copied)\b[^.]*\.?)?$/i;

/**
 * A Chinese portal's closing line of desk credits: where the story came from and who edited
 * it ("本文来源：江城晚报 责任编辑：陈思佳_NN9841", "（责任编辑：王强）", "編輯：李明"), as short as
 * MAX_DESK_CREDIT_LENGTH.
 */
export const CJK_DESK_CREDIT_RE = /^[（(]?(?:本文来源|来源|來源|责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核)[:：]/u;
export const MAX_DESK_CREDIT_LENGTH = 100;

/**
 * A closing notice that forbids reusing the site's stories: it names the site (the caller
 * checks), a reuse (`reuseRe`) and a ban (`banRe`): "Materiālu pārpublicēšana bez Pulss
 * rakstiskas atļaujas ir aizliegta", "Przedruk materiałów Gazety X zabroniony", "Перепечатка
 * материалов X запрещена", "This article may not be republished without The Ledger's permission".
 */
export const REUSE_NOTICE = {
  reuseRe: /(?<!\p{L})(?:re-?publi|reprodu|re-?post|redistribu|pārpublic|pārpubl|перепечат|перепублік|передрук|przedruk|kopiowani|nachdruck|weiterverbreit|kopírován|přebírán|preuzimanj|ponatis)/iu,
  banRe: /prohibit|forbidden|not (?:be )?(?:permitted|allowed)|may not|without (?:the )?(?:prior |express )?(?:written )?(?:consent|permission)|aizliegt|запрещ|заборон|zabronion|untersagt|nur mit|zakázán|zabranjen|prepovedan/iu,
} as const;

/**
 * The notice Korean, Japanese and Chinese sites end a story with: "‹저작권자 © … 무단전재 및
 * 재배포 금지›", "無断転載禁止", "版权所有 未经授权禁止转载" (reproduction prohibited).
 */
export const REPRODUCTION_NOTICE_RE = /무단\s?전재|재배포\s?금지|無断転載|版权所有|版權所有|未经(?:授权|许可)|禁止转载/u;

/**
 * A closing line naming where the story came from, and nothing else: Onet's "Źródło: PAP,
 * Onet", "Quelle: dpa, AFP", "Fuente: EFE", "Source: Reuters." The label, a colon and one or a
 * few names (a capital or a digit first, or dpa, which writes itself so; case-sensitive: "Sources: interviews with 12
 * officials" describes the reporting), no link, and not under a table or a figure (a chart's
 * "Source: Eurostat" is its data's credit: review); read on the story's last line only (refineBlocks). "Sources say the talks will resume" has no colon, and "Source:
 * [The annual report](…)" linked to another site is a cited source.
 */
export const SOURCE_LINE_RE = /^(?:Sources?|SOURCES?|Źródło|Źródła|ŹRÓDŁO|Quelle|Quellen|QUELLE|Fuente|Fuentes|FUENTE|Fonte|Fontes|FONTE|Источник|ИСТОЧНИК|Джерело|Zdroj|Kaynak|Bron|Lähde|Kilde|Källa)\s?:\s?(?:[\p{Lu}\d]|dpa(?!\p{L}))[^.!?:]{0,60}\.?$/u;

/**
 * The site's own promo line closing a story: "Track Latest News Live on NDTV.com and get news
 * updates from India and around the world.", "Follow The Daily Post on Google News", "Catch all
 * the Business News … on Live Mint", Malay "Ikuti saluran Telegram … untuk berita terkini". A closing line this short that opens with one of these
 * calls, names the site (Article.siteName) or an account ("@handle") and, besides the name, what the reader is sent to
 * (SITE_PROMO_OBJECT_RE) is the site's, not the reporter's: "Follow the money, the minister
 * told the Post" is a quote.
 */
export const SITE_PROMO_RE =
  /^(?:track|follow|catch|stay (?:updated|tuned|connected|informed)|get (?:the )?(?:latest|all|more)|download|for (?:more|the latest|all the latest)|read (?:more|all|the latest)|join|like us|don['’]t miss|siga|sigue|síguenos|suivez|folgen sie|segui(?:teci)?|volg|urmăre[sșş]te|sledujte|seuraa|følg|obserwuj|theo dõi|ikuti|ακολουθ[ήη]στε)\s|^(?:ติดตาม|подписывайтесь|підписуйтесь)/iu;
export const SITE_PROMO_OBJECT_RE =
  /(?<!\p{L})(?:news|updates?|stories|app|newsletters?|channel|forums?|whatsapp|telegram|twitter|facebook|instagram|youtube|podcasts?|notícias|noticias|nachrichten|actualités|notizie|nieuws|line|[sș]tiri|zprávy|uutiset|nyheter|wiadomości|tin tức|berita|ειδήσεις)(?!\p{L})|ไลน์|ข่าว|телеграм|новост|новин/iu;

/**
 * A handle ("@prachakhao") names the account the reader is sent to, as the site's name does,
 * when the line names a network too (PROMO_CHANNEL_RE): "Join @SaveOurParks organizers for
 * updates" is the story's. A line with a quotation mark is a quote, whatever it names.
 */
export const PROMO_HANDLE_RE = /(?<![\w.])@[A-Za-z0-9_.]{2,30}(?![\w@])/;
export const PROMO_CHANNEL_RE = /(?<!\p{L})(?:line|whatsapp|telegram|twitter|x|facebook|instagram|youtube|tiktok|threads)(?!\p{L})|ไลน์|телеграм/iu;
export const QUOTE_MARK_RE = /["“”«»„]/u;
export const MAX_SITE_PROMO_LENGTH = 250;

/**
 * A line asking the reader to install the site's app, wherever it stands: g1's "📱 [Baixe o
 * app do g1](…/app/) para ver notícias em tempo real e de graça", "Download our app [on the App
 * Store](…)". A download verb (`verbRe`), the word "app" (`appWordRe`), and a link to the site's
 * own app page (`appPathRe`, same site only: a story may link another service's app) or to an app
 * store in a line that calls the app the site's own (`storeHostRe`, `ownRe`).
 */
export const APP_PROMO = {
  maxLength: 200,
  verbRe: /(?<!\p{L})(?:download|install|get|baixe|instale|descarga|descargue|instala|télécharge[zr]?|scarica|lade|herunterladen|pobierz|скачай(?:те)?|скачать|завантажте|indir)(?!\p{L})/iu,
  /**
   * A store link is the site's own app only when the line says so ("our app"): "users in the EU
   * can download the app from the App Store, Meta said" is a story about another's app (review).
   */
  ownRe: /(?<!\p{L})(?:our|nuestra|nuestro|nossa|nosso|notre|unsere?n?|nasz[aą]?|nostra|наше?|нашу)(?!\p{L})/iu,
  /** …and the word "app": "Get Out is streaming on HBO, and is available to rent on [iTunes](…)" is a story's line. */
  appWordRe: /(?<!\p{L})(?:apps?|aplicativo|aplicación|application|appli|applicazione|aplikac\p{L}*|приложени\p{L}*|uygulama\p{L}*)(?!\p{L})/iu,
  storeHostRe: /^(?:apps\.apple\.com|itunes\.apple\.com|play\.google\.com|appgallery\.huawei\.com)$/i,
  appPathRe: /^\/(?:apps?|aplicativo|aplicacion|app-download|download-app|mobile-apps?)\/?$/i,
} as const;

/**
 * A closing call to join the site's messenger channel may print the channel's name in quotes
 * and its address in full: "Mari bergabung di Grup Telegram "Kompas.com News Update", caranya
 * klik link https://t.me/kompascomupdate" (Indonesian portals). A quoted span right after a
 * word naming the channel (channelWordRe: "Grup Telegram "…"", "канал «…»") that is a short
 * name (no more than maxNameWords words, no sentence punctuation inside) is no speech; a
 * quote anywhere else is ("called the attack "pure terror" on his Telegram channel"). An
 * address printed as the link's text does not count towards MAX_SITE_PROMO_LENGTH.
 */
export const CHANNEL_CALL = {
  quotedRe: /["“„«]([^"“”„«»]*)["”“»]/gu,
  channelWordRe: /(?<!\p{L})(?:telegram|whatsapp|viber|line|channel|group|grup|grupo|kanal|saluran|канал[а-яё]*|группа|группе|группу)\s*$/iu,
  maxNameWords: 5,
  sentencePunctuationRe: /[.!?,;:](?:\s|$)/u,
  printedUrlRe: /\bhttps?:\/\/\S+/giu,
} as const;

/**
 * The site's own promo set into the story as an aside in italics or bold: a question put to
 * the reader and a link to the site's product (SCMP's "*Do you have questions about the
 * biggest topics…? Get the answers with [SCMP Knowledge](…), our new platform…*"). The whole
 * paragraph emphasised, at most `maxLength` characters, opening with a question that
 * addresses the reader (`questionRe`) and going on after it, with a link to a page of the
 * site itself. An italic epigraph asks without linking; a quoted question is a source's; an
 * interview's bold question is one sentence; a link to another site ("apply on the city's
 * site") is a source's; a call-out's "*Have you been affected by the flooding? Email the
 * newsroom at <mailto>*" asks for the story's witnesses and stays.
 */
export const READER_PROMO = {
  maxLength: 320,
  /** What follows the question tells the reader to act ("Get the answers with…", "Sign up…"): an interview's "You were the deciding vote…" and an aside's "The answer goes back to…" do not. */
  actRe: /^\s*(?:get|sign|subscribe|join|try|explore|discover|download|visit|find out|check out|read|listen|watch|learn|register|follow)\b/i,
  questionRe: /^(?:do|did|have|are|want|would|looking|interested|curious|got|need)\b[^?.!]{0,160}\byou(?:r)?\b[^?.!]{0,120}\?/i,
  emphasisRe: /^(?:_[^_]|\*\*)[\s\S]*(?:[^_]_|\*\*)$/,
} as const;

/**
 * Lines that are the page's, not the story's, whatever their place: the "select a typo and
 * press Ctrl+Enter" note of Russian and Ukrainian sites (Orphus), and a wire's asset list
 * ("Photo - https://mma.prnewswire.com/…  Logo - https://…").
 */
export const CTRL_ENTER_RE = /(?:ctrl|strg)\s*\+\s*enter/i;
/** …and says what it reports: a typo, a mistake ("press Ctrl+Enter to send" is a how-to). */
export const TYPO_WORD_RE = /ошибк|опечат|помилк|typo|mistake|error|fehler|erreur|errore|błąd/iu;
export const MAX_CTRL_ENTER_LINE_LENGTH = 250;
export const WIRE_ASSET_LINE_RE = /^(?:(?:photos?|logos?|videos?|multimedia|infographics?)\s*[-–:]\s*https?:\/\/\S+(?:\s+|$))+$/i;

/** A paragraph that is one e-mail address: the reporter's contact line at a story's end ("cskim@yna.co.kr"). */
export const EMAIL_ONLY_RE = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;

/**
 * A paragraph that is one social profile's address or handle: the reporter's line after the
 * e-mail one (Hearst's "paul.takahashi@chron.com" then "twitter.com/paultakahashi"). It
 * closes the story only after that e-mail line or when the handle spells an author's surname:
 * "@RiversideTransit" after "search for its handle:" is the story's.
 */
export const PROFILE_ONLY_RE = /^(?:(?:https?:\/\/)?(?:www\.)?(?:twitter|x|instagram|facebook|threads|linkedin|tiktok)\.(?:com|net)\/(?:in\/)?@?[\w.-]{1,40}\/?|@\w{2,30})$/i;

/**
 * A byline left in the body ("Por Mariana Couto, n1 SP"): a line this short that opens with
 * a byline word and names one of the article's authors, with at most
 * {@link MAX_BYLINE_OTHER_WORDS} other words (an outlet, a place).
 */
export const MAX_BYLINE_PARAGRAPH_LENGTH = 120;
export const MAX_BYLINE_OTHER_WORDS = 5;
export const BODY_BYLINE_PREFIX_RE = /^(?:(?:published|posted|written) by|by|von|par|por|di|door|av|af|przez|od|от|autor|автор|текст|oleh|بقلم|מאת)\s*:?\s+/i;

/**
 * A reporter's signature closing a Japanese or Chinese story: "（山田太郎）", "【北京＝佐藤】",
 * the whole last paragraph in brackets.
 */
export const CLOSING_SIGNATURE_RE = /^[（【]([^（）【】]{1,30})[）】]$/u;

/**
 * The desk's closing credit for a story written with wire copy: the site's name joined to
 * the agencies ("Le Monde avec AFP", "SPIEGEL mit dpa", "EL PAÍS con EFE", "The Guardian and
 * agencies", "Le Figaro avec AFP et Reuters"). As the story's last line it signs the story,
 * names no person and is no prose. `re` splits the line at its joining word (or a slash);
 * the outlet must be the site's name (Article.siteName, a domain ending such as ".fr" left
 * out: `siteSuffixRe`), and the rest only agencies (`agenciesRe`). A wire story's sign-off
 * that names people ("Reporting by …; Editing by …") is the story's and stays.
 */
export const WIRE_CREDIT_LINE = {
  maxLength: 80,
  re: /^(?<outlet>[^/&+]{1,40}?)(?:\s+(?:avec|with|mit|con|com|e|and|und|y|met|z)\s+|\s*[/&+]\s*)(?<agencies>[^/&+].{0,59})$/iu,
  agenciesRe:
    /^(?:afp|ap|reuters|dpa|efe|ansa|europa press|agences?|agencies|agencias?|agenturen|agenzie|belga|apa|kyodo|xinhua|aap|pa|kna|epd|lusa|sda|ats|keystone-ats|anp|tass|ria novosti|interfax|yonhap|pap|čtk|ctk|mti|anadolu|aa|ntb|tt|stt|rtr)(?:\s*(?:,|&|\/|\s(?:et|and|und|y|e|con|mit|avec)\s)\s*(?:afp|ap|reuters|dpa|efe|ansa|europa press|agences?|agencies|agencias?|agenturen|agenzie|belga|apa|kyodo|xinhua|aap|pa|kna|epd|lusa|sda|ats|keystone-ats|anp|tass|ria novosti|interfax|yonhap|pap|čtk|ctk|mti|anadolu|aa|ntb|tt|stt|rtr)){0,3}\.?$/iu,
  siteSuffixRe: /\.(?:[a-z]{2,3}|info|news|online)$/i,
} as const;

/**
 * An interview's credit closing it, the interviewer's name after the words that say who asked
 * ("Propos recueillis par Claire Vasseur", "Interview by Sam Lee", "Das Gespräch führte Anna
 * Roth", "Entrevista realizada por Ana Ruiz", "Intervista a cura di Marco Neri"): the story's
 * byline, written at its end. Group 1 is the name: two to four capitalised words.
 */
export const INTERVIEW_CREDIT_RE =
  /^(?:[Pp]ropos recueillis par|[Ii]nterview by|[Dd]as Gespräch führte|[Ee]ntrevista (?:realizada )?(?:por|de)|[Ii]ntervista (?:a cura )?di)\s+(\p{Lu}[\p{L}'’-]*(?:\s(?:\p{Lu}[\p{L}'’-]*|\p{Lu}\.|de|da|van|von|di|del|la|le)){1,3})\.?$/u;

/**
 * A Chinese dateline's reporters at the start of the first paragraph: "新华社北京12月23日电
 * （记者 王晓明 陈思远）", "本报讯（记者 张三、李四）"; the names are split at REPORTER_SPLIT_RE.
 */
export const DATELINE_REPORTERS_RE = /^[\s\u3000]*[^（(]{0,40}[（(](?:本报|本台)?记者[\s\u3000]*([^）)]{2,40})[）)]/u;
export const REPORTER_SPLIT_RE = /[\s\u3000、，,]+/u;

/**
 * A Taiwanese (or Hong Kong) reporter's credit opening the story: "記者王小明／台北報導"
 * ("reporter Wang Xiaoming / Taipei report", ETtoday, UDN), "〔記者王小明／台北報導〕" (Liberty
 * Times), "記者王小明、李大華／綜合報導", and the agency form "中央社記者王小明台北23日電"
 * (CNA, name and place unseparated: the name is read as two or three hanzi, most names'
 * length, before a place of two or more). Group 1 holds the names, split at REPORTER_SPLIT_RE.
 * A line that is only the credit is the byline and leaves the body; one that runs on into
 * the story stays.
 */
export const REPORTER_CREDIT_RE =
  /^[\s\u3000]*[〔［\[【（(]?(?:(?:本報|本报)?(?:記者|记者)[\s\u3000]*([\u3400-\u9fff、，,\s\u3000]{2,30})[／/][^／/〕］\]】）)]{0,12}(?:報導|报道|報道)|(?:中央社|中新社)(?:記者|记者)([\u3400-\u9fff]{2,3})[\u3400-\u9fff]{2,6}\d{1,2}日(?:電|电))[〕］\]】）)]?/u;

/**
 * A reporter's name signing a story off in bold as its last line ("**Gia Minh**", Vietnamese
 * and other sites): two to four capitalised words of letters (hyphens, apostrophes and
 * initials' dots allowed), nothing else.
 */
export const BOLD_SIGNATURE_RE = /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3}$/u;
/**
 * What joins two or three reporters signing together in bold ("**Phương Linh - Đức Minh**" on
 * VnExpress, "Ana Ruiz y Luis Gil", "Jane Roe and John Doe"): each part must be a name as above.
 * Single spaces: a paragraph's text is collapsed.
 */
export const BOLD_SIGNATURE_SEPARATOR_RE = / (?:[-–]|và|&|and|und|et|y|e|i) |, /u;
export const MAX_SIGNATURE_NAMES = 3;
/**
 * Words no person's name is made of: a closing greeting or a heading ("Happy Holidays", "The
 * End"), a role or an agency ("Jane Roe, Staff Writer", "Associated Press", "Agencia EFE": review).
 */
export const NOT_A_SIGNATURE_WORD_RE = /(?<!\p{L})(?:the|happy|merry|holidays?|christmas|season|new|year|thanks?|end|follow|read|more|share|subscribe|update[ds]?|note|editors?|staff|writers?|correspondents?|reporters?|photographers?|columnists?|contributors?|press|agency|agencia|agence|associated|news)(?!\p{L})/iu;

/** A signature's name: two to five kanji/hanzi ("山田太郎"; not "AP", not "肩書は取材当時" with its kana). */
export const SIGNATURE_NAME_RE = /^[\u3400-\u9fff々]{2,5}$/u;

/**
 * Bracketed closing notes that are not a reporter: "（敬称略）" (honorifics omitted), "（全文完）",
 * "（未完待续）", and agencies ("（共同）", "（新华社）": an outlet, not a person, and the
 * contract's authors are people before outlets).
 */
export const NOT_A_SIGNATURE: ReadonlySet<string> = new Set(['敬称略', '全文完', '未完待续', '完', '続く', '共同', '時事', '新华社', '中新社', '中新网', '人民网', '央视网', '新華社']);
/** A bracketed name ending like an outlet ("…通信", "…新聞", "…日报"): an agency, not a reporter. */
export const OUTLET_SIGNATURE_RE = /(?:社|通信|新聞|新闻|网|網|报|報|电视台|電視台|放送)$/u;

/**
 * A read-more line in any language: a short bold label with a colon, then one link to a page
 * of the same site that holds the rest of the line ("**Xem thêm:** [Title](…)"; the colon may be
 * CJK's full-width "：": "**延伸閱讀：**[標題](…)", or the Khmer "៖": "**អានបន្ថែម៖** [ចំណងជើង](…)",
 * or a dash after a space: Burmese "**ဆက်စပ်သတင်း -** [ခေါင်းစဉ်](…)", "related news -"). Matched on
 * the paragraph's markdown; the link's host is checked apart (see isLabelledLink), so a
 * cited source on another site ("**Source:** [Report](https://agency.example/…)") stays.
 */
export const LABELLED_LINK_MD_RE = /^\*\*(?<label>[^*\n]{1,40}?)(?:(?:[:：៖]|\s[-–—])\*\*|\*\*\s?[:：៖–—-])\s*\[(?:[^\]\\]|\\.)+\]\((?<url>[^()\s]+)\)\s*\.?$/u;
/**
 * A wire agency's standards line, printed under every story its partners run: a short label,
 * a colon and one link that is the rest of the line, to the agency's page of standards or
 * principles ("Our Standards: [The Thomson Reuters Trust Principles.](…/trust-principles.html)").
 * The link's target says what it is, whatever the label's words: the page path names
 * standards, principles or ethics (STANDARDS_PAGE_PATH_RE); the label is at most
 * MAX_LINK_LABEL_WORDS words. A link to a report "on ethics" inside a sentence is not one.
 */
export const STANDARDS_LINE_MD_RE = /^(?<label>[^[\]*\n:]{1,40}):\s*\[(?<text>(?:[^\]\\]|\\.)+)\]\((?<url>[^()\s]+)\)\s*\.?$/u;
export const STANDARDS_PAGE_PATH_RE = /(?:standards|principles|ethics)(?:[./_-]|$)/i;
/**
 * …and the label or the link names them, as the agencies print it ("Our Standards:", "Trust
 * Principles"): a story's cited source ("Full text: [FIPS 203 standard](…/standards/fips-203)",
 * "Read the code: [Council Code of Ethics](…/ethics/…)") names a document, not the agency's standards.
 */
export const STANDARDS_NAME_RE = /\b(?:standards|principles)\b/i;

/**
 * A wiki's hatnote or a related line: the label, a colon and one link that is the rest of the
 * line, on the paragraph's markdown ("Main article: [Firefox](…)", "Related Roundup: [MacBook
 * Pro](…)"); "Further information: [the budget](…) shows a gap." is a sentence.
 */
export const HATNOTE_LINK_MD_RE = /^(?:related(?: [a-z]+){0,2}|main articles?|further information|see also)\s*:\s*\[(?:[^\]\\]|\\.)+\]\([^()\s]+\)\s*\.?$/i;

/** The same line set all in bold, label and link inside one `<strong>`: "**BASAHIN: [Title](…)**". */
export const LABELLED_LINK_IN_BOLD_MD_RE = /^\*\*(?<label>[^*\n]{1,40}?)(?:[:：៖]|\s[-–—])\s*\[(?:[^\]\\]|\\.)+\]\((?<url>[^()\s]+)\)\*\*\s*\.?$/u;
export const MAX_LINK_LABEL_WORDS = 4;

/**
 * Hosts of the channels a site asks readers to follow it on: a paragraph linking there,
 * short and quoting nobody, is the site's promo wherever it sits ("¿Ya sigues nuestro canal
 * de WhatsApp? Entérate aquí…", "Urmărește … pe Google News"). Telegram is left out: stories
 * cite Telegram channels as sources; so is a WhatsApp blog post ("blog.whatsapp.com/…"): a
 * channel's path is checked too (CHANNEL_PATH_RE).
 */
export const CHANNEL_HOST_RE = /(?:^|\.)(?:whatsapp|news\.google)\.|^(?:wa|line)\.me$/i;
/**
 * A line that asks the reader to follow the site or its writers on a social network and then
 * only lists their profiles (Politico Playbook's "**Follow us on Twitter:** [Ann Lee
 * @annlee](…), [Bob Kay @bobkay](…)"): it opens with a follow label ending in a colon
 * (`labelRe`, in the languages we read), is at most `maxLength` characters, and besides the
 * label holds only links to profiles on social networks (`profileRe`: one account's page,
 * not a post) and the commas or "and" between them. "Follow the money, she said" and a
 * sentence that links to a post are the story's.
 */
export const FOLLOW_LINE = {
  // Not "Follow them on X:" (the story's subjects: new council members, a listicle's creators).
  labelRe: /^(?:follow (?:us|me|the (?:authors?|reporters?|writers?|team)|our (?:authors?|reporters?|writers?|team))|folgen sie uns|folg(?:e|t) uns|suivez-nous|síguenos|seguici|siga-nos|segue-nos|volg ons)(?:\s+[^\s:：]+){0,4}\s?[:：]/iu,
  maxLength: 200,
  profileRe: /^https?:\/\/(?:www\.|mobile\.|m\.)?(?:twitter\.com|x\.com|instagram\.com|facebook\.com|threads\.net|bsky\.app|mastodon\.social|tiktok\.com|linkedin\.com\/in|youtube\.com)\/@?[\w.-]{1,40}\/?$/i,
  /** A markdown link and its URL, to be cut out of the line: what stays is the label and the separators. */
  linkMdRe: /\[(?:[^\]\\]|\\.){0,200}\]\((https?:\/\/[^()\s]{1,500})\)/g,
  /** What may stand between the profiles: punctuation, emphasis marks and "and". */
  separatorRe: /^(?:[\s,;·•|/&*_–—.]|(?<!\p{L})(?:and|und|et|y|e)(?!\p{L}))*$/u,
} as const;

/**
 * Messengers' hosts (the messenger's own, not its blog's): a story's last line all in bold whose only links go to a channel there is the site's
 * call to follow its channel, in whatever language ("Ən son xəbərləri Telegram kanalımızda
 * izləyin!"); a sentence citing a channel is not all in bold.
 */
export const MESSENGER_HOST_RE = /^(?:www\.)?(?:telegram|whatsapp|viber)\.[a-z.]+$|^(?:t|wa|line)\.me$/i;
/** …a channel's page there: its one name ("/xezerxeber"), or WhatsApp's "/channel/…"; not a blog post ("/blog/…/…"). */
export const MESSENGER_CHANNEL_PATH_RE = /^\/(?:channel\/)?[^/]+\/?$/;
/** …and, on those hosts, the paths of a channel to follow, not a blog post or a help page. */
export const CHANNEL_PATH_RE = /^\/(?:channel|publications|s\/|R\/ti|ti\/)/;
/**
 * The reporters' contact line closing a story (Dow Jones' "Write to Al Root at
 * allen.root@dowjones.com", Bloomberg's "To contact the reporter on this story: Jane Doe in
 * London at jdoe@bloomberg.example"): a last line of at most `maxLength` characters that
 * opens with a contact phrase (`leadRe`, or a name and "may be reached at": `reachedRe`), holds an e-mail address (`emailRe`, in its text or
 * a mailto link) and names one of the story's authors, or says whom it reaches
 * (`staffRe`: "the reporter", "the editors"). "Contact the county clerk at clerk@… to ask
 * for a ballot", a service line that names no author, stays; so does a line that names an author
 * and says more ("Jane Roe wrote this from Oslo; jroe@…").
 */
export const CONTACT_LINE = {
  maxLength: 300,
  leadRe: /^(?:write to|to contact|(?:you can )?(?:contact|reach|e-?mail)\b)/i,
  // Advance Local's "Have a tip? Amy Kuperinsky may be reached at akuperinsky@…": the name
  // first, then the contact phrase (bounded: the name is a few words, "Dr. Maria T. Lopez");
  // who may be reached must be an author ("Organizers of the session can be reached at…" are not).
  reachedRe: /^(?:have a (?:news )?tip\?\s*)?(?<who>[^?!@]{3,80}?)\s(?:may|can) be (?:reached|contacted) at\b/i,
  staffRe: /^to contact (?:the )?(?:reporters?|writers?|authors?|editors?|correspondents?)\b/i,
  // Bounded runs: an unanchored search over a long word without "@" stays linear.
  emailRe: /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}/,
  /**
   * A sign-off that is only an author's name, her title and her address: Korean papers' "이민호
   * 기자 (lmh@…)", "Jane Roe, correspondent <jroe@…>". What is left once the address, its
   * brackets and the title (`titleRe`) are taken out must be an author's name.
   */
  bracketsRe: /[()[\]（）<>［］]/gu,
  titleRe: /,?\s?(?:기자|특파원|記者|记者|特派員|特派员|reporter|correspondent|staff writer)$/iu,
} as const;

/**
 * A wire story's trailer after its typed rule ("___"): the Associated Press closes with lines
 * that point elsewhere, "Follow AP's full coverage of Brexit and British politics at
 * https://…", "More AP NBA: https://… and https://…", "Reach the reporters on Twitter at
 * http://twitter.com/…". A closing line right after such a rule (`ruleRe`) that points
 * (`leadRe`), holds a web address typed out (`urlRe`) and at most `maxLength` characters goes;
 * one with no address ("Catch up on the campaign with our weekly politics podcast") stays, as
 * do a correction or an update citing one, and the rule.
 */
export const RULE_TRAILER = {
  ruleRe: /^_{3,}$/,
  urlRe: /(?:^|[\s(])(?:https?:\/\/|www\.)[^\s.]/i,
  // It points: "Follow …", "More AP NBA:", "Reach the reporters…", "For more…", not a
  // correction or an update that cites an address.
  leadRe: /^(?:follow|more|reach|read|see|find|for (?:more|full)|visit|catch up|get|sign up|subscribe|listen|watch|download)\b/i,
  maxLength: 250,
} as const;

/**
 * A newsroom's corrections policy printed after the story (NYT's "When we learn of a mistake,
 * we acknowledge it with a correction. If you spot an error, please let us know at …"): a
 * closing line of at most `maxLength` characters that invites readers to report an error
 * (`inviteRe`) and links (`linkRe`, on its markdown) to an e-mail address or to the site's
 * corrections or standards page (`pathRe`). The correction itself ("A correction was made on
 * …") invites no one and stays; an invitation quoted in the story links nowhere.
 */
export const CORRECTIONS_POLICY = {
  maxLength: 320,
  inviteRe: /\b(?:(?:spot(?:ted)?|see|find|found|notice[ds]?) an? (?:error|mistake|inaccuracy|typo)|report an? (?:error|mistake|inaccuracy|typo)|(?:request|suggest) a correction)\b/i,
  linkRe: /\]\(((?:https?|mailto):[^()\s]+)\)/g,
  pathRe: /correction|standards|ethics/i,
  /** The newsroom speaks of itself: a story's "report it to the elections office" does not. */
  newsroomRe: /\b(?:we|us|our)\b/i,
} as const;

/**
 * An author's bio closing the story (NYT's "Lena Vasquez covers transportation in New York
 * City. More about Lena Vasquez"): a paragraph of at most `maxLength` characters that opens
 * with a byline author's name and holds a link whose text names that author (their profile
 * page). A closing paragraph that opens with the name but links nowhere so ("Lena Vasquez
 * contributed reporting from Albany.") is not one.
 */
export const AUTHOR_BIO = {
  maxLength: 400,
  /** The link goes to the author's profile page ("/by/lena-vasquez", "/author/…", "/staff/…"), not to an old story. */
  profilePathRe: /\/(?:by|authors?|people|staff|profiles?|reporters?|journalists?|contributors?|writers?|columnists?)(?:\/|$)/i,
  /** What follows the name says who they are: "covers", "is a reporter", "writes about" (not "and council member Ann Lee argued"). */
  bioVerbRe: /^(?:,[^,]{1,80},)?\s+(?:is|was|covers|covered|writes|wrote|reports|edits|joined|has (?:covered|written|reported))\b/i,
  /** A markdown escape's backslash. */
  escapeRe: /\\(?=.)/g,
} as const;

/** Links in a paragraph's markdown: `](https://host/…)`. */
export const MD_LINK_URL_RE = /\]\((https?:\/\/[^()\s]+)\)/g;

/**
 * An affiliate disclosure: "This post may contain affiliate links", "We may earn a commission
 * when you buy through links on our site", "As an Amazon Associate I earn from qualifying
 * purchases". A paragraph this short that says so of this page, quoting nobody, is the site's
 * notice, not the story ("any post that uses affiliate links must say so" is a story's).
 */
export const AFFILIATE_DISCLOSURE_RE =
  /\b(?:this|our) (?:post|article|page|site|story|content|review|guide)\b.{0,40}\b(?:contains?|may contain|uses?|includes?) affiliate links?\b|\b(?:we|i) (?:may )?(?:earn|receive) (?:a )?(?:small )?(?:commission|compensation)\b.{0,60}\b(?:links?|purchases?|buy)\b|\bas an amazon associate\b/i;
export const MAX_DISCLOSURE_LENGTH = 300;

/** A rating widget's line: "4.94 from 83 votes", "4.5 out of 5 (212 ratings)", "(83 votes)"; short, the widget's numbers and a word. */
export const MAX_RATING_LINE_LENGTH = 60;
export const RATING_LINE_RE =
  /^(?:\d(?:[.,]\d{1,2})?\s*(?:from|out of|\/)\s*\d[\d,.]*(?:(?:\s+\(?|\s*\()\d[\d,.]*)?\s*(?:votes?|ratings?|reviews?)\)?|\(\d[\d,.]*\s*(?:votes?|ratings?|reviews?)\))$/i;

/** Bold date lines over a paragraph each, this many or more, head a timeline's entries (not the story's date). */
export const MIN_TIMELINE_ENTRIES = 3;
/**
 * A timeline entry's date: a bare year ("2016"), or a date line that no label opens
 * ("Updated March 4, 2025" is the story's own date, however bold).
 */
export const TIMELINE_DATE = { yearRe: /^(?:1[5-9]|20)\d{2}$/, labelRe: /^(?:last )?(?:updated|published|posted|modified|first published)\b/i } as const;

/**
 * An author's avatar whose alt names no one but says what it is ("Author", "Author avatar",
 * "Headshot"): dropped when its file (`srcRe`) or its stated size (at most `maxSide` px on
 * both sides) says avatar too; "The author" over a novelist's 800px photo is the story's.
 */
export const GENERIC_AVATAR = {
  altRe: /^(?:(?:the )?author(?:['’]s)?(?: (?:photo|picture|avatar|image|headshot))?|(?:user |profile )?avatar|headshot|profile (?:photo|picture|image))$/,
  srcRe: /avatar|profile[_-]?(?:pic|photo|image|picture)|headshot|gravatar|\/authors?\//i,
  maxSide: 200,
} as const;

/**
 * A review widget's score standing alone as a paragraph: "4.5/5", a star widget's
 * "4.5Overall" (two spans run together). A named score ("Battery: 8/10") is the review's data,
 * and the verdict's sentence stays.
 */
export const SCORE_LINE_RE = /^\d{1,2}(?:[.,]\d)?\s*\/\s*(?:5|10|100)$|^\d{1,2}(?:[.,]\d)?\s*(?:overall|score|rating|stars?)$/i;

/**
 * A slideshow's pager counter standing alone: "3 / 12", or named for the picture it counts
 * ("Image 4 of 5" over each slide of Future plc's inline galleries, "Photo 2 of 12", "Bild
 * 3 von 8"). A bare "18 of 25" is a statistic.
 */
export const PAGER_COUNTER_RE = /^\d{1,3}\s*\/\s*\d{1,3}$|^(?:image|photo|picture|slide|foto|bild|imagen|immagine)\s+\d{1,3}\s*(?:of|\/|von|de|di|sur|van|av)\s*\d{1,3}$/i;

/**
 * A bare "4 of 12" standing next to a picture (the block right before or after it is a figure):
 * the slide's counter, set in the picture's caption box beside its caption and credit (Gannett's
 * `image-meta`). Alone elsewhere it is a statistic and stays (PAGER_COUNTER_RE); so is one in
 * bold, a chart's callout ("**7 of 10** adults say…", review).
 */
export const SLIDE_COUNTER_RE = /^\d{1,3}\s+(?:of|von|de|di|sur|van|av|af|z|из)\s+\d{1,3}$/iu;

/**
 * A gallery's label before its pictures: "Gallery: inside the new sleeper (4 images)", "(12
 * photos)" closing a short line.
 */
export const GALLERY_LABEL_RE = /^(?:(?:photo )?gallery|slideshow|photos)\s*:|\(\d{1,3}\s+(?:images|photos|pictures|slides)\)$/i;
export const MAX_GALLERY_LABEL_LENGTH = 100;

/**
 * A post's meta row left in the body, unclassed: two or more of its labels, each with its
 * colon ("05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: …", "Posted
 * in: News | Tags: harbour, storm"), in a line of at most `maxLength` characters. One label
 * ("Category: the five cheapest cars") can open a sentence of the story.
 */
export const META_ROW_LINE = {
  maxLength: 240,
  minLabels: 2,
  /**
   * The row says it was posted: a "Posted by/in/on:" label, or a date with a publishing label
   * ("05/10/2018 - Publicado por: …"). A book's "Published by: Knopf · Category: Literary
   * fiction" and "Author: … - Category: Fiction - Tags: …" name a publisher: its data.
   */
  postingRe: /(?:^|[\s|·•–—-])posted (?:by|in|on)\s*:/i,
  publishingRe: /(?:^|[\s|·•–—-])(?:published|publicado|publié|pubblicato|veröffentlicht) (?:by|in|on|por|em|en|par|dans|le|da|von|am)\s*:/i,
  dateRe: /(?<!\d)\d{1,4}[./-]\d{1,2}[./-]\d{2,4}(?!\d)/,
  labelRe: /(?:^|[\s|·•–—-])(?:posted (?:by|in|on)|published (?:by|in|on)|publicado (?:por|em|en)|publié (?:par|dans|le)|pubblicato (?:da|in)|veröffentlicht (?:von|in|am)|categor(?:y|ies|ia|ias|ie|ía|ías)|kategorie|tags?|etiquetas|schlagwörter|filed under|rubrique|sección|seção|secção)\s*:/giu,
} as const;

/**
 * A paragraph that is only a clock position, bracketed or to the second: a transcript's seek
 * link ("[00:04:12]"), a player's elapsed time. A bare "21:47" heads a timeline's entry.
 */
export const TIMESTAMP_ONLY_RE = /^(?:[[(]\d{1,2}:\d{2}(?::\d{2})?[\])]|\d{1,2}:\d{2}:\d{2})$/;

/**
 * An update stamp that is only a clock time, standing alone at the story's end or top ("*Updated
 * at 1:23 p.m.*" on The Hill, "Updated 10:42 AM ET"): the page's date furniture, which the
 * date-line rule misses for want of a date. "Updated at 1:23 p.m. with the senator's reply"
 * says what changed and stays.
 */
export const UPDATE_TIME_LINE_RE = /^(?:last )?updated?(?: at)?:? ?\d{1,2}(?:[:.]\d{2})?(?: ?[ap]\.?m\.?)?(?: [A-Z]{1,4}T?)?\.?$/i;

/** A story's last line of desk initials: the editors' marks "dv/rcr", "jc/mt", in brackets as detik prints them "(agp/rdp)". */
export const DESK_INITIALS_RE = /^(?:[a-z]{1,5}(?:\/[a-z]{1,5}){1,3}|\([a-z]{1,5}(?:\/[a-z]{1,5}){1,3}\))$/;

/** A "Read more:" line longer than this is a real paragraph that happens to start so. */
export const MAX_READ_MORE_LENGTH = 250;

/**
 * A permalink mark beside a heading's text: Hugo's and markdown-it-anchor's "#", Sphinx's
 * "¶", "§", a link emoji ("The ten-line version #"). A pilcrow also glued to the text, as
 * MkDocs writes it ("Profiling¶"): no heading ends in one ("C#" does end in "#").
 */
export const HEADING_PERMALINK_RE = /^(?:[#¶§]|🔗)\s+|(?<!\s)\s+(?:[#¶§]|🔗)$|(?<=\S)¶$/gu;

/**
 * Words of a list's label ("Ledger Favorites", "More from The Ledger", "Recommended reading"):
 * a bold line the body ends on that says one of these titled links that were pruned. Any
 * other bold closing line ("[Wired]", an event's name and dates) is the story's.
 */
export const LIST_LABEL_RE = /(?<!\p{L})(?:favou?rites|more (?:from|on|stories|news)|related|recommended|most (?:read|popular)|trending|read (?:more|next|also)|further reading|see also|you['’]ll (?:also )?love|you (?:may|might) (?:also )?(?:like|enjoy))(?!\p{L})/iu;
/**
 * A row of other stories' teasers set as a paragraph, each link tagged with a bracketed
 * label: Express's "DON'T MISS [China furious at Macron…](…) [INSIGHT] [Lakers vs Nets…](…)
 * [VIDEO]". At least `minLinks` links, all to pages of the site itself; with the links taken
 * out, only bracketed upper-case labels of a word or two (`labelRe`, one at least: not a
 * file's "[PDF]" or a language's "[ES]"), separators and a list label before them (`leadRe`)
 * are left. That label set as a block of its own just before the row (`leadRe` on its whole
 * text) goes with it. A sentence that links two stories has words of its own between them.
 */
export const TEASER_ROW = {
  minLinks: 2,
  maxLength: 800,
  linkRe: /(?<!\\)\[(?:[^[\]\\]|\\.){1,300}\]\([^()\s]{1,2000}\)/g,
  labelRe: /\[\p{Lu}{4,15}(?: \p{Lu}{2,15})?\]/gu,
  restRe: /^[\s|•·–—-]*$/u,
  leadRe: /^\s*(?:don['’]t miss|read more|related(?: (?:stories|articles|news))?|see also|also read|read also|must read)\s*:?\s*/iu,
} as const;

/** A list's label is short and has no date or time in it ("Holiday Favorites Concert, Dec. 27, 7 p.m." is an event). */
export const MAX_LIST_LABEL_WORDS = 5;

/**
 * A label left last in the story: a short line all in bold ending with a colon whose object was
 * removed, a video player or a link box ("**Simak juga Video '…':**" over detik's embed). Not the
 * reporter's own sentence in plain type ("Twitter seemed a bit confused by the campaign:" over
 * tweets the page loads later): both datasets' human labels keep that as the story's. A line that
 * introduces something kept (a list, a quote, a table) is not last.
 */
export const DANGLING_LEAD_IN = { maxLength: 200, endRe: /[:：]$/u } as const;

/**
 * A horizontal rule followed only by link lines ends the story: what a hand-made or table-layout
 * page prints under its story after an `<HR>` ("Другие материалы рубрики:" and a bulleted link
 * per line, then "Обсудить | Версия для печати | Написать в редакцию"). A link line is links
 * and nothing else with a letter or a digit (bullets and "|" between them); the first line may
 * be the list's label instead, at most `maxLabelWords` words ending in a colon. At least
 * `minLinkLines` of them: a lone link after a rule may be the story's own ("Full report here").
 * A line's markdown longer than `maxLineLength` is prose, not read.
 */
export const LINKS_AFTER_RULE = { maxLabelWords: MAX_LIST_LABEL_WORDS, minLinkLines: 2, maxLineLength: 600, labelEndRe: /[:：]$/u } as const;
export const NOT_A_LIST_LABEL_RE = /[\d:]/;

/**
 * A body block that an editor styles as its subheading by class, not by tag: Naver
 * SmartEditor's section-title component ("se-component se-sectionTitle" around one
 * p.se-text-paragraph), a CMS's "section-title" or "subheading" block. A block of `tags`
 * whose class names it so (`nameRe`: "sectionTitle", "section-title", "section_title",
 * "subheading", "sub-heading", "subhead"; not "subheadline" nor "subtitle", which name a
 * dek) and that holds one short line (at most MAX_SUBHEAD_LENGTH characters, one paragraph,
 * no picture, no heading of its own, no line break; not ending like a sentence: SUBHEAD_END_RE)
 * is a level-2 heading, as a bold-only paragraph is.
 */
export const SECTION_TITLE_BLOCK = {
  // A whole class token, at most a short namespace before it ("se-sectionTitle"): not
  // "section-title-wrap", nor Ghost's "kg-header-card-subheading" (a header card's dek).
  nameRe: /(?:^|\s)(?:[a-z]{1,3}[-_])?(?:section[-_]?title|sub[-_]?heading|subhead)(?=$|\s)/i,
  tags: new Set(['div', 'p', 'section']) as ReadonlySet<string>,
  level: 2,
} as const;

/** A bold-only paragraph longer than this is emphasis, not a subhead. */
export const MAX_SUBHEAD_LENGTH = 120;

/** A subhead does not end like a sentence. */
export const SUBHEAD_END_RE = /[.,;!?]["'”’»)]?$/;
/**
 * …but a press release's "About Calderon Robotics, Inc." ends on its company's abbreviation,
 * not a sentence: "About" and a name of capitalised words (not "About 400 workers will lose
 * their jobs at Smith Bros.").
 */
export const ABBREVIATION_END_RE = /^About (?:\p{Lu}[\p{L}&'’.-]*,? ){1,6}(?:Inc|Ltd|Corp|Co|LLC|plc|Bros|GmbH|Ltda|S\.A|N\.V)\.$/u;

/**
 * A centred paragraph right after a picture is its caption on Xinhua, People's Daily and
 * other Chinese CMSs (`<p style="text-align: center;"><img></p><p style="text-align:
 * center;">…摄</p>`), when it is as short as a caption and marked as one (see
 * CENTRED_CAPTION_MARK_RE).
 */
export const CENTRED_STYLE_RE = /text-align\s*:\s*center/i;
/**
 * A generated document writes a paragraph's formatting as numbered classes in its own
 * `<style>` (see CLASS_FORMATTING): Google Docs' "Publish to the web" `<p class="c8">` with
 * `.c8{text-align:center}`, LibreOffice's `P3`/`T1`, Apple's Cocoa HTML writer (TextEdit,
 * Pages) `p.p1`/`span.s1`. Names a person picks say what they mean ("caption", "center")
 * and are read by name elsewhere; a generator's numbered names mean nothing without the
 * sheet. An element is read through the sheet only when every class it carries is such a
 * name, so a site's own style sheet is never parsed for a page that is no such document.
 */
export const GENERATED_CLASS_RE = /^[a-z]{1,2}\d{1,3}$/i;

/**
 * How a generated document's class rules are read (see GENERATED_CLASS_RE; a caption's
 * centring and italics, as centredCaption reads them from an inline style): only a rule whose
 * selector is one class, perhaps after a tag (`.c8`, `p.p1`), and outside an at-rule block
 * (`@media print{…}`); `centred` and `italic` test the value of its `text-align` and
 * `font-style`. A later rule wins, and an inline style's own value wins over the class's.
 */
export const CLASS_FORMATTING = {
  selectorRe: /^[a-z]*\.([\w-]+)$/i,
  alignRe: /(?:^|[;\s])text-align\s*:\s*([a-z-]+)/i,
  fontStyleRe: /(?:^|[;\s])font-style\s*:\s*([a-z]+)/i,
  centred: 'center',
  italic: new Set(['italic', 'oblique']),
} as const;

/** A centred line's credit that names someone ("Marcus Delgado", "Reuters/Jane Roe"), not a sentence ("Ana Ruiz won last year"). */
export const NAME_LIKE_CREDIT_RE = /^\p{Lu}[\p{L}.'’-]*(?:[ /]+(?:\p{Lu}[\p{L}.'’-]*|de|da|van|von|for|of|the|and))*$/u;

/**
 * Bold runs between <br><br>s that are a bare-text story's subheads (see boldSubheadRuns):
 * at most `maxLength` characters, no bracket (`notASubhead`: "LONDON (Reuters)"), and
 * `minRuns` of them at least inside a `<p>` (there one bold run alone is emphasis). In a
 * bare-text container (a `<div>` or `<td>` whose runs are its paragraphs) one is enough
 * (`minBareRuns`): a run all in bold is a bold-only paragraph, a subhead as a bold `<p>` is
 * (a Thai portal's "<b>เตรียมรับนักท่องเที่ยวช่วงปีใหม่</b><br /><br />" inside its div.detail).
 */
export const BOLD_RUN_SUBHEAD = { maxLength: 60, minRuns: 2, minBareRuns: 1, notASubhead: /[()[\]]/ } as const;
export const MAX_CENTRED_CAPTION_LENGTH = 150;

/**
 * What marks a centred paragraph as a caption: a photographer's "…摄", "供图", "提供" at its end,
 * or a "图注：", "图为", "资料图" label at its start (and their traditional forms: 攝, 供圖, 資料照). Photo blogs centre every paragraph of
 * their story (pixnet, Korean tour blogs): a centred line without a mark stays prose.
 */
export const CENTRED_CAPTION_MARK_RE = /(?:摄|攝|供图|供圖|提供)\s*[）)]?$|^(?:图注|图为|图片|资料图|圖說|圖為|資料照)[:：]?/u;

/**
 * A magazine's end mark, the sign that closes a story ("…pleased with both.■"): an inline
 * element so named with no letter or digit in it (`<span class="end-mark">■</span>`, a
 * "tombstone"), or one of these ornaments right after the sentence's end. Typography, not text.
 * (A block so named is a paragraph: NBC names every <p> "endmarkEnabled".)
 */
export const END_MARK_CLASS_RE = /end-?mark|tombstone/i;
export const END_MARK_TAIL_RE = /(?<=[.!?…"'”’»)])\s*[■□▪◼∎◆♦❖✦❧☙]$/u;

/**
 * Caption containers outside `<figure>`: WordPress wp-caption-text, CMS caption divs, Bitrix's
 * "picture-sign" ("sign" as in signature, not "signup"); a picture word and a caption's word,
 * glued or not: Thai portals' "picdesc", an Arabic CMS's "ImageComment" (the line on the picture;
 * clean's CAPTION_COMMENT_TOKENS keeps it from the comments), "photo_txt". "pic" only as a word's
 * start: "topic-desc" is no picture's.
 */
export const CAPTION_CLASS_RE =
  /caption|wp-caption-text|image-description|photo-text|img-desc|legend|bildunterschrift|(?:media|photo|image|img|picture)[_-]+(?:info|title|desc|sign(?!up|in))|(?:photo|foto|image|img|picture|(?<![a-z])pic)[_-]?(?:desc|cap|comment|txt)|slide-?info-?desc/i;

/**
 * Text inside a caption that the page does not print for the sighted reader, left out of the
 * caption (captions.ts captionSkips):
 * - `screenReaderClassRe`: a screen reader's label, a class token that is, or ends in, a
 *   visually-hidden name (BEM element or utility prefix): Sky News' `<span
 *   class="sdc-article-image__visually-hidden">Image:</span>` (it made the whole caption read as a
 *   credit), `u-hide-visually`, the BBC's `<span class="off-screen">Media caption</span>`. Not a
 *   responsive variant ("hidden-xs", "sr-only-focusable": shown on focus).
 * - `toggleRe`, `toggleNameRe`: a caption's own "… more" / "less" / "Read more" switch, a link or
 *   button, or an element named as a switch (Hearst's `<a class="more-caption"> ... more</a>`);
 *   a plain link only after an ellipsis or closing the caption after its sentence: "Find <a>more</a>
 *   photos", "drive less and cycle <a>more</a>" are text.
 * - `fullNameRe`, `shortNameRe`: two sibling copies of one caption, one shown at a time
 *   (Hearst's `div.caption-full` + `div.caption-truncated`, "caption--expanded" / "--collapsed"):
 *   the short one is left out when its text is the other's or opens it (a "preview" title beside
 *   a "full" caption of other words stays). Unnamed copies count when one's text (its toggle and closing
 *   ellipsis off) is the other's or opens it, and holds at least `minCopyLength` characters
 *   and `minCopyWords` words: a short bold title that opens the caption's sentence is no copy.
 */
export const CAPTION_UNSEEN = {
  screenReaderClassRe: /(?:^|\s)(?:[\w-]*(?:__|-))?(?:visually-hidden|hide-visually|visuallyhidden|sr-only|screen-reader-text|screenreader-only|off-?screen|element-invisible|a11y-hidden)(?:\s|$)/i,
  toggleRe: /^(?:\.{2,}|…)?\s*(?:(?:read|show|see|view)\s+)?(?:more|less)(?:\s*[+»›>…]|\.{3})?$/i,
  toggleNameRe: /more|less|toggle|expand|collapse|truncat|read/i,
  toggleTags: new Set(['a', 'button']) as ReadonlySet<string>,
  fullNameRe: /(?:^|[\s_-])(?:full|expanded|long)(?:$|[\s_-])/i,
  shortNameRe: /(?:^|[\s_-])(?:truncated?|short|collapsed|excerpt|teaser|preview)(?:$|[\s_-])/i,
  minCopyLength: 30,
  minCopyWords: 4,
  ellipsisEndRe: /(?<![\s.])\s*(?:\.{2,}|…)\s*$/,
  /** A plain link's switch opens with an ellipsis ("... more")… */
  ellipsisStartRe: /^(?:\.{2,}|…)/,
  /** …or closes the caption after its sentence's end ("… on Saturday. Read more"). */
  sentenceEndRe: /[.!?…]\s*$/,
} as const;

/**
 * A media player's fallback or notice line, shown in place of the player where it cannot play,
 * that a caption-named element may hold ("player-with-placeholder__caption"): no caption of the
 * picture, which is then read from the figure's own caption. The whole caption only: the BBC's
 * "Media playback is unsupported on your device", the HTML video/audio element's fallback "Your
 * browser does not support the video tag." (and "…HTML5 video", "…the audio element"), Video.js's
 * "To view this video please enable JavaScript, and consider upgrading to a web browser that
 * supports HTML5 video". A caption that tells of a browser ("Your browser does not support
 * the video tag, the developer said") goes on past it and stays.
 */
export const PLAYER_NOTICE_RE =
  /^(?:media playback is (?:unsupported|not supported) on your device|(?:sorry, )?your browser does not support (?:the )?(?:html5? )?(?:video|audio|media)(?: (?:tag|element|playback|player))?|(?:to view this video,? )?please enable javascript(?:,? and consider upgrading to a web browser that supports html5 video| to (?:view|watch|play) (?:this|the) video)?)[.!]?$/i;

/**
 * Lines that may stand between a picture and its caption inside the picture's box (a slide
 * counter, a "View photo" link, a copyright line): at most `maxLines`, each at most
 * `maxLength` characters, and the caption's ancestors up to `maxLevels` above it hold the image
 * in a box with at most `maxBoxExtra` characters besides the caption (not the story's wrapper).
 * A line that is a link's whole text is the picture's control whatever its length, within the
 * box's bound: a download or zoom link with its screen-reader label ("Download media, Orchard
 * Vista Environments image", "View larger version of the photo of the harbour").
 */
export const FIGURE_FURNITURE = { maxLines: 3, maxLength: 40, maxLevels: 3, maxBoxExtra: 120 } as const;

/**
 * A picture table: the old way to caption a picture (Blogger's tr-caption-container, VnExpress's
 * tplCaption, Mailchimp's mcnCaptionBlock, 2000s table layouts): a table of two one-cell rows,
 * the image alone in the first and a short text without links in the second, which is the
 * caption. A longer cell, or one with a link, is the story's layout.
 */
export const PICTURE_TABLE = { rows: 2 } as const;

/**
 * Pictures in a data table's cells become figures (an infobox's picture and map) only up to
 * `max` of them: more is a column of the table's data (candidates' portraits, teams' crests),
 * whose names stay in their rows.
 */
export const CELL_FIGURES = { max: 3 } as const;

/**
 * A caption known only by where it sits (a picture table's second cell, the text after a
 * picture in its own small box) is at most this long; longer, it is the story's text.
 */
export const MAX_PLACED_CAPTION_LENGTH = 400;

/**
 * A footnote reference's mark: the text of the one in-page link a `<sup>` holds ("1", "[12]",
 * "a", "*", "†"). The reference is left out of the text: glued to its sentence it changes
 * numbers ("…rate of 3.8.2"); the markdown writes it as a footnote mark, "[^2]" (the group).
 * WordPress's footnotes block, Wikipedia's "[1]", Markdown renderers' `<sup id=fnref:1><a
 * href=#fn:1>1</a></sup>`.
 */
export const FOOTNOTE_MARK_RE = /^\[?([\p{L}\p{N}*†‡§]{1,4})\]?$/u;

/**
 * A footnote's back-link: an in-page link whose text is only arrows or carets ("↩︎", "↑", "^",
 * "⤴"), which jumps back to the reference. Navigation, not the footnote's text. An arrow is
 * required: an in-page link with no text wraps a picture or a button.
 */
export const BACK_LINK_TEXT_RE = /^\s*[↩↑^⤴↵][\s↩↑^⤴↵\ufe0e\ufe0f]*$/u;

/**
 * A note's row of links to copies of the work it cites, after the citation: Springer's
 * "Article PubMed Google Scholar", Wiley's "CAS PubMed Web of Science® Google Scholar",
 * PLOS's "View Article PubMed/NCBI Google Scholar", Frontiers' "PubMed Abstract | CrossRef Full
 * Text | Google Scholar", MDPI's "[Google Scholar] [CrossRef]". Buttons, like a note's back-link;
 * the citation is the note. The row is a block of its own (a `<p>`, `<div>` or `<ul>` after the
 * citation), every link of it has one of `labels` for its text (compared lowercased, without
 * `strippedRe`'s brackets and marks), and nothing but `separatorRe` stands between the links.
 */
export const REFERENCE_LINK_ROW = {
  labels: new Set([
    'article', 'view article', 'full text', 'full-text', 'crossref full text', 'abstract', 'pubmed abstract', 'view abstract', 'pdf', 'view pdf',
    'pubmed', 'pubmed/ncbi', 'pubmed central', 'pmc', 'pmc free article', 'europe pmc', 'medline', 'google scholar', 'cas', 'crossref', 'scopus',
    'view in scopus', 'web of science', 'isi', 'mathscinet', 'ads', 'nasa ads', 'zbmath', 'doi',
  ]),
  strippedRe: /[[\]()®™]/g,
  separatorRe: /^[\s|·•,;/[\]()]*$/u,
} as const;

/**
 * An accessibility skip link's text: an in-page link (its href a fragment of the page itself)
 * that jumps past a block or to another part of the page, set between the story's paragraphs
 * around an embed or at its top. The Guardian's "skip past newsletter promotion" before its
 * in-body newsletter box (a bare `<a href="#EmailSignup-skip-link-7">` with a hashed class),
 * the New York Times' "Skip advertisement", "Skip to main content", "Skip to comments";
 * page furniture wherever it sits. "Skip" must be followed by a word of the jump (a
 * preposition, "advertisement", "navigation", …): an in-page link on a person named Skip
 * ("Skip Bayless", "Skip Caray") is text.
 */
export const SKIP_LINK_TEXT_RE = /^\s*skip (?:to|past|over|ahead|this|the|ad|ads|advert|advertisement|navigation|nav|menu|links?|content|main|section|video|newsletter|promotion|banner|carousel|gallery|table|chart|map|embed)\b/i;

/**
 * A note's run of back-links to its several references: the arrow, then a letter or two per
 * reference ("^ a b", "↑ a b c"), each an in-page link (see isBackLinkRun); at most
 * MAX_BACK_LINK_RUN characters. BACK_LINK_OPENING_RE is the cheap first test on its first text.
 */
export const BACK_LINK_OPENING_RE = /^\s*[↩↑^⤴↵]/u;
export const BACK_LINK_RUN_RE = /^\s*[↩↑^⤴↵][\ufe0e\ufe0f]?(?:\s+\p{L}{1,2}(?!\p{L}))+\s*$/u;
export const MAX_BACK_LINK_RUN = 60;

/** A "caption" longer than this is a body wrapper with an unlucky class name. */
export const MAX_CAPTION_LENGTH = 600;

/** Elements inside a caption that hold the photo credit. */
export const CREDIT_CLASS_RE = /credit|copyright|photographer|source|byline|attribution|author|courtesy|fotograf|quelle/i;
/**
 * A chart's or a map's credit ("Chart: Theo Ruiz"): beside it, the figure's "Source: …" line
 * (DATA_SOURCE_LINE_RE) names the chart's data and stays in its caption; beside a photo's
 * credit it is a credit.
 */
export const CHART_CREDIT_RE = /^\s*(?:chart|map|graphic|graphics|infographic|grafik|gráfico|graphique)s?\s*(?:by\s|:)/i;
export const DATA_SOURCE_LINE_RE = /^\W*(?:source|sources|quelle|fuente|fonte)\s*:/i;
/**
 * A caption that numbers its figure as a report's exhibit ("Figure 1. Share of operating
 * costs…", "Chart 3:", "Abbildung 2"): its closing "Source: …" (DATA_SOURCE_LINE_RE) names the
 * data the chart was drawn from, and stays in the caption.
 */
export const NUMBERED_EXHIBIT_RE = /^\s*(?:figure|fig\.|chart|exhibit|graph|map|table|abbildung|grafik|gráfico|graphique|figura)\s*\d/i;

/** A source-named element ("c-chart__source") gives way to a credit-named one beside it. */
export const SOURCE_CLASS_RE = /source|quelle/i;
export const STRONG_CREDIT_CLASS_RE = /credit|copyright|photographer|byline|attribution|author|courtesy|fotograf/i;

/** A credit-named element after a picture longer than this is not its credit (an author box, a source note). */
export const MAX_CREDIT_ELEMENT_LENGTH = 100;

/**
 * Text of a credit-named element after a picture that is no credit: a dateline, which ends in
 * the dash that joins it to the story's first sentence (CNN's "<cite class=source__cite>Atlanta
 * CNN —</cite>", "WASHINGTON (AP) —"), and a running time ("02:14", "1:02:14"), a video card's
 * duration beside its poster ("video-resource__duration": "source" in its box's name).
 */
export const NOT_A_CREDIT = {
  datelineEnd: /[-–—]$/u,
  runningTime: /^\d{1,2}(?::[0-5]\d){1,2}$/,
} as const;

/**
 * A video card's poster: the picture of a box named for a video (`boxRe`: CNN's
 * "video-resource", "c-video", "inline-video", "videoCard") at most `maxLevels` above the
 * image, holding at most `maxText` characters (the video's title, description and running
 * time), and a play control (an element named for one, `playClassRe`: "vjs-big-play-button",
 * "play-icon") or a running time (NOT_A_CREDIT.runningTime, or the box's
 * `data-duration`). It stands for the video, not for a picture of the story; a picture in a
 * box so named without a play control or a running time ("video-game-screenshot") is one.
 */
export const VIDEO_POSTER = {
  boxRe: /(?:^|[\s_-])video/i,
  maxLevels: 3,
  maxText: 300,
  playClassRe: /(?:^|[\s_-])play(?:$|[\s_-]|-?(?:button|btn|icon|control))/i,
} as const;

/**
 * A gallery's slide counter opening a caption ("[1/2]", "1/2", "1 of 2", "3 de 8"): carousel
 * furniture (Reuters' "<span class=primary-gallery__counter>[1/2]</span>" before each slide's
 * caption). `leadRe` finds it at the caption's start, `wholeRe` is an element's whole text,
 * `gluedRe` tests the text after it for a word glued to it ("[1/2]People").
 */
export const SLIDE_COUNTER = {
  leadRe: /^\[?\d{1,3}\s*(?:\/|of|de|von|di|van|sur|из|z)\s*\d{1,3}\]?/iu,
  wholeRe: /^\[?\d{1,3}\s*(?:\/|of|de|von|di|van|sur|из|z)\s*\d{1,3}\]?$/iu,
  gluedRe: /^\p{Lu}/u,
} as const;

/**
 * A picture viewer's control opening a caption: a link or button whose whole text is a control
 * label (`labelRe`: "Enlarge", "Expand", "View larger", "Full screen"; not "Zoom", a company's name
 * as often: "<b>Zoom</b> | Shares of the video company fell"), with a separator
 * after it (`separatorRe`: "/", "|", "·", "•"), as Ars Technica's WordPress theme prints
 * "<a class=enlarge-link>Enlarge</a> <span class=sep>/</span> Engineers prepare…". Furniture,
 * dropped with its separator. Without the separator, or with the word in the caption's own
 * sentence ("<a>Zoom</a> shares fell…", "Enlarge / reduce the map with the buttons" in one
 * text), it is the caption's.
 */
export const CAPTION_LEAD_CONTROL = {
  labelRe: /^(?:enlarge(?: image| photo| picture)?|expand(?: image| photo)?|view (?:larger|full[ -]?size|image|photo)|full[ -]?screen|click to (?:enlarge|expand|zoom))$/i,
  separatorRe: /^\s*[/|·•]\s*/u,
  /** A control's text is a few words: longer elements are not read for `labelRe`. */
  maxLength: 24,
} as const;

/**
 * A caption's opening mark pointing at the picture above it: "▲", "△", "↑" (WeChat's
 * "▲修缮后的仓前街东口　摄影：王小川" under each photo). A short line so opening right after a
 * picture is its caption; the mark is dropped from any caption.
 */
export const CAPTION_OPENING_MARK_RE = /^[▲△↑]\s*/u;

/** schema.org properties that mark the credit inside a caption (ImageObject microdata). */
export const CREDIT_ITEMPROPS: ReadonlySet<string> = new Set(['copyrightholder', 'copyrightnotice', 'credittext', 'creator', 'author']);

/**
 * A caption's last element read as its credit without a credit class (see figures'
 * trailingCreditElement): an inline element of at most `maxLength` characters and
 * `maxWords` words, without a digit (NBC's "(Published Monday, Nov. 18, 2019)" is a date),
 * written like names (see `lowerWords`), that does not end a sentence, after text that does.
 */
export const TRAILING_CREDIT = {
  tags: new Set(['span', 'small', 'cite']) as ReadonlySet<string>,
  /**
   * Words a credit may hold in lower case ("Leonhard Foeger / Reuters file", "courtesy of
   * the family"); any other lower-case word makes the span a phrase of the caption
   * ("Firefighters carry a child from the rubble").
   */
  lowerWords: new Set(['file', 'files', 'photo', 'photos', 'foto', 'fotos', 'via', 'for', 'and', 'de', 'del', 'da', 'do', 'di', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'und', 'y', 'e', 'et', 'i', 'courtesy', 'of', 'the', 'handout', 'pool', 'staff', 'photographer', 'archive', 'archivo', 'archiv']) as ReadonlySet<string>,
  /**
   * A `<small>` (HTML's element for small print and attribution) after a block that holds the
   * caption is the credit in any case, up to `smallMaxWords` words: Forbes prints its
   * "<figcaption><…><p>…within six months.</p></…><small>getty</small>" in lower case. After
   * running text, or longer ("taken in the council chamber"), it is written like names or is
   * a phrase of the caption.
   */
  smallAnyCase: 'small',
  smallMaxWords: 3,
  /** Control labels a caption's last span may hold: a button's, not a credit. */
  controls: /^(?:enlarge|expand|zoom|close|full ?screen|view|share|open|next|previous|prev|more)$/i,
  maxLength: 80,
  maxWords: 8,
  /** How a sentence ends: the caption before the credit must, the credit must not. */
  captionEnd: /[.!?…)»”"।۔။។]$/u,
  creditEnd: /[.!?…]$/u,
  digit: /\d/,
  /** A word (WORD_SOURCE: letters with their combining marks and digits, joined over a ZWJ/ZWNJ inside a word). */
  word: new RegExp(WORD_SOURCE, 'gu'),
} as const;

/**
 * A caption's last element read as its credit because it opens with a credit's label
 * (WHOLE_CREDIT_RE: "Foto:", "Photo:", "©", "Courtesy of"), whatever its class, its case or
 * how the caption before it ends: SPIEGEL's "<figcaption><p>…stillgelegter Anlagen</p><span
 * class=text-s>Foto: Carola Brandt / dpa</span>" (see figures' trailingCreditElement). At most
 * MAX_WHOLE_CREDIT_LENGTH characters, after the caption's own element or text.
 */
export const LABELLED_TRAILING_CREDIT_TAGS: ReadonlySet<string> = new Set(['span', 'small', 'cite', 'p', 'div', 'em', 'i']);

/**
 * The Chinese photo label "圖／" / "图／" ("picture:", also "圖片／" and with a colon: "圖：",
 * "图片：") that opens a Taiwanese or Hong Kong caption's bracketed credit: "…煙火（圖／本報資料照）",
 * "（圖／北市交通局提供）". Only with its slash or colon: alone "圖" is in 地圖 ("map"), 試圖
 * ("attempt"). A regex source for CREDIT_LABEL_RE and CREDIT_WORD_RE.
 */
const CJK_PHOTO_LABEL_SOURCE = '[圖图]片?\\s*[／：/:]';

/**
 * Chinese labels that only ever open a credit: "摄影：" / "攝影：" ("photography:") and
 * "图片来源：" / "圖片來源：" or short "图源：" ("picture source:"), as WeChat official accounts,
 * Zhihu columns and mainland portals close a caption ("▲修缮后的仓前街东口　摄影：王小川",
 * "优化前后 LCP 分布对比（图片来源：团队监控平台）"). A regex source.
 */
const CJK_CREDIT_ONLY_LABEL_SOURCE = '(?:摄影|攝影|[圖图](?:片(?:来源|來源)|源))\\s*[／：/:]';
/** Every Chinese credit label: the credit-only ones, then "图：" / "圖／" (CJK_PHOTO_LABEL_SOURCE). A regex source. */
const CJK_CREDIT_LABEL_SOURCE = `(?:${CJK_CREDIT_ONLY_LABEL_SOURCE}|${CJK_PHOTO_LABEL_SOURCE})`;

/**
 * The photographer's label, a credit's label like "Photo:": Bloomberg's "Photographer: Yuen
 * Ka-ho/Bloomberg" (on every photo it prints), "Photographers:", a magazine's "Photography:",
 * French "Photographe :", German and Nordic "Fotograf:", Dutch "Fotograaf:", Italian, Spanish
 * and Portuguese "Fotografo:", "Fotógrafa:", and "Fotografie:" / "Fotografía:" / "Fotografia:"
 * ("photography"), Russian "Фотограф:".
 * Tried before "photo" and "foto", which would stop at their first letters. A regex source.
 */
const PHOTOGRAPHER_LABEL_SOURCE = 'photograph(?:ers?|e|y)|fot[oó]graf(?:[oa]s?|en|[ií]a|ie)?|fotograaf|фотограф';

/**
 * A picture's word before "credit", one label of two words: The Hindu's "Photo Credit: PTI",
 * Gulf News' "Image Credit: X", a blog's "Picture credits:", French "Crédit photo :" (review,
 * session 21). Read with its colon, bar or
 * spaced dash only (TRAILING_LABEL_RE, WHOLE_CREDIT_RE), so "Image credit scores fell…" and a
 * sentence about "the photo credit line" stay the caption's; also when left alone once its
 * credit element was read (LEFT_CREDIT_LABEL_RE). CREDIT_LABEL_RE needs no copy: it strips
 * "Photo" and "Credit:" as two labels. A regex source.
 */
const PICTURE_CREDIT_LABEL_SOURCE = '(?:(?:photo(?:graph)?|image|picture|pic)s?\\s+credits?|cr[ée]dits?\\s+photos?)';

/**
 * Korean papers' credit labels beside "사진=" (clean's COLON_PHOTO_LABEL_SOURCE, "photo="):
 * "사진제공=삼성전자" ("photo provided by") and "그래픽=김현정 디자인기자" ("graphic by"), read
 * only with their mark like the other colon-only labels ("제공" alone is "provided" in a
 * sentence). CREDIT_COLON_LABEL_SOURCE joins the two lists for the credit patterns. Regex sources.
 */
const KOREAN_CREDIT_LABEL_SOURCE = '사진\\s*제공|그래픽';
const CREDIT_COLON_LABEL_SOURCE = `${KOREAN_CREDIT_LABEL_SOURCE}|${COLON_PHOTO_LABEL_SOURCE}`;

/**
 * Korean papers' bare source after a spaced slash closing a caption's sentence: Chosun's "…
 * 살펴보고 있다. /연합뉴스", "… /뉴시스", "/뉴스1", "/조선일보DB", "/김민수 기자". A name in Hangul
 * (a digit or Latin letters may follow, "DB", a reporter's "기자", "제공" "provided by": "/문화체육관광부 제공"), right after the
 * sentence's full stop; "서울/부산" inside a sentence has no stop before it.
 */
export const KOREAN_SLASH_CREDIT_RE = /(?<=[.。]) ?\/ ?(\p{Script=Hangul}[\p{Script=Hangul}A-Za-z0-9]{1,11}(?: (?:기자|특파원|제공))?)$/u;

/**
 * Labels before a credit, stripped: "Photo: Reuters", "Photograph: X/Getty Images", "Credit:
 * X", "Фото: X", NYT's "Credit...X", "© X", Hebrew "צילום:", Hindi "फोटो :", Thai "ภาพ:",
 * "Photographer: X" and "Photographed by X" (PHOTOGRAPHER_LABEL_SOURCE); and,
 * only with their colon (CREDIT_COLON_LABEL_SOURCE), Korean "사진=" and "사진제공=", Vietnamese "Ảnh:", Persian "عکس:",
 * Finnish "Kuva:", Hungarian "Fotó:", Greek "Φωτογραφία:", Swahili "Picha:"; Icelandic
 * "Ljósmynd/" (a handout's "Photo/Varmaveita Norðurlands"). A pipe separates
 * like a colon: Nation Media's "PHOTO | FILE", Taifa Leo's "PICHA | MAKTABA". Not "Courtesy
 * of": it says the picture is a handout, and is part of the credit ("Courtesy City of
 * Plainsview"). Chinese "圖／" (CJK_PHOTO_LABEL_SOURCE). A label must end where its word does (see CREDIT_LABEL_GLUED_RE); the
 * colon-only labels come first, so "Picha:" is read whole before "pic" is tried.
 */
export const CREDIT_LABEL_RE = new RegExp(
  `^(?:(?:(?:${CREDIT_COLON_LABEL_SOURCE})(?:\\s*(?:${LABEL_COLON_SOURCE}|\\|)|${LABEL_DASH_SOURCE}))|${CJK_CREDIT_LABEL_SOURCE}|(?:fuente|fonte)\\s*:|(?:photographed\\s+by|${PHOTOGRAPHER_LABEL_SOURCE}|photo(?:graph)?s?|images?|pictures?|pic|credits?|source|foto(?:s|ğraf)?|fot\\.|фото|bild|quelle|crédit|crédito|illustration|video|graphic|chart|map|kuha ni|צילום|फोटो|ภาพ|ljósmynd|©|\\(c\\))\\s*(?:by|via(?=\\s))?\\s*(?:[:/|]|\\.{2,}|…|[-–—](?=\\s))?)\\s*`,
  'i',
);

/**
 * A CREDIT_LABEL_RE match that ends in a letter, with a letter that is not a capital right
 * after it, is the start of a word, not a label: "Picha: X" is not "Pic" + "ha: X", nor
 * "Pictured: X" "Picture" + "d: X", nor Thai "ภาพถ่าย" "ภาพ" + "ถ่าย". A capital after it is
 * a label run on into the name, as NYT prints "CreditEtienne Laurent/EPA". Case-sensitive
 * (CREDIT_LABEL_RE is not, so the check is a second pattern).
 */
export const CREDIT_LABEL_GLUED_RE = { labelEnd: /[\p{L}\p{M}]$/u, wordGoesOn: /^(?!\p{Lu})[\p{L}\p{M}]/u } as const;

/**
 * A photo label written after the name, as Lithuanian and Latvian credits do: "Luko Balandžio /
 * BNS nuotr.", "Kristapa Kalna foto" ("photo by …", the name in the genitive). Dropped like a
 * label before it.
 */
export const TRAILING_PHOTO_LABEL_RE = /(?<=\S)\s+(?:nuotr\.?|foto)$/iu;

/** A trailing parenthesised or bracketed credit: "… in Gaza. (AFP Photo)", "(Image: X)", "[AFP]", Japanese full-width "（JR東日本提供）", Korean "[촬영 박영희]". */
export const TRAILING_PAREN_RE = /\s*[(（[]([^()（）[\]]{2,120})[)）\]]\s*$/;

/**
 * A caption's own words in capitals before a colon, telling which picture it is or what it
 * shows, never who made it: "(LEFT: Maria Lopez)", "(UPDATE: Police say …)", Reuters' "FILE
 * PHOTO: Protesters …", "INSET PHOTO: the mayor", "COVER PHOTO:". A regex source, case-sensitive.
 */
const CAPTION_OWN_LABEL_SOURCE = 'LEFT|RIGHT|TOP|BOTTOM|ABOVE|BELOW|INSET|UPDATE|UPDATED|NOTE|FILE|PICTURED|MAIN|FROM|COVER|LEAD|MORE|NEW|OLD|AFTER|BEFORE|SEE|NO';

/**
 * A handout's marker before "photo", kept with its credit as the README says: "Courtesy photo:
 * City of Plainsview", "Submitted photo", "Contributed photo" say who supplied the picture, they
 * are no outlet's label to drop (review, session 21). A regex source, case-sensitive.
 */
const HANDOUT_PHOTO_MARK_SOURCE = 'Courtesy|COURTESY|Submitted|SUBMITTED|Contributed|CONTRIBUTED|Handout|HANDOUT';

/**
 * Wire and picture agencies a caption credits by their name alone: one vocabulary for every
 * credit test that reads an agency's name (CREDIT_WORD_RE, BARE_AGENCY_PAREN_RE,
 * TRAILING_NAME_AGENCY_RE), each name as the agency prints it (plain words, no regex marks).
 * `reach` says how far the name alone is trusted, each reach reading it in the places of the
 * ones after it too:
 * - 'word': any word of a bracketed tail (CREDIT_WORD_RE): "(Reuters/Jane Roe)", "(AFP via
 *   Getty Images)"; names no caption uses as a word of its own. A pool photographer's shared
 *   picture is credited so too ("(Pool)").
 * - 'alone': a bracketed tail that is the name and nothing else (BARE_AGENCY_PAREN_RE), as
 *   Italian, Spanish, Portuguese and Indian papers close a caption: Corriere's "(Ansa)",
 *   "(LaPresse)", "(EFE)", "(Lusa)", Hindustan Times' "(PTI)", "(ANI)".
 * - 'slash': only in capitals after a photographer's name and a slash (TRAILING_NAME_AGENCY_RE:
 *   "… in Oslo. Heiko Junge / NTB"). Short names that are also another body's initials or a
 *   word stop here, as their agencies label their credits anyway ("Foto: NTB", "© ANP",
 *   "Foto: TT", "APA/Hans Punz", "UPI/Jane Roe"): Indonesia's province "Nusa Tenggara Barat
 *   (NTB)", Pakistan's "Awami National Party (ANP)", a race's or a team's "(TT)", India's
 *   "Unified Payments Interface (UPI)", the "(APA)" of psychologists, Tagalog "sipa", the
 *   Keystone pipeline.
 */
const NEWS_AGENCIES: readonly { readonly name: string; readonly reach: 'word' | 'alone' | 'slash' }[] = [
  { name: 'AFP', reach: 'word' },
  { name: 'AP', reach: 'word' },
  { name: 'AAP', reach: 'word' },
  { name: 'AA', reach: 'word' },
  { name: 'Anadolu', reach: 'word' },
  { name: 'Reuters', reach: 'word' },
  { name: 'Getty', reach: 'word' },
  { name: 'EPA', reach: 'word' },
  { name: 'dpa', reach: 'word' },
  { name: 'PAP', reach: 'word' },
  { name: 'Xinhua', reach: 'word' },
  { name: 'Pool', reach: 'word' },
  { name: 'ANSA', reach: 'alone' },
  { name: 'LaPresse', reach: 'alone' },
  { name: 'EFE', reach: 'alone' },
  { name: 'Europa Press', reach: 'alone' },
  { name: 'Lusa', reach: 'alone' },
  { name: 'Agência Brasil', reach: 'alone' },
  { name: 'Agencia Brasil', reach: 'alone' },
  { name: 'PTI', reach: 'alone' },
  { name: 'ANI', reach: 'alone' },
  { name: 'IANS', reach: 'alone' },
  { name: 'Imago', reach: 'alone' },
  { name: 'Belga', reach: 'alone' },
  { name: 'MAXPPP', reach: 'alone' },
  { name: 'Ritzau', reach: 'alone' },
  { name: 'TASS', reach: 'alone' },
  { name: 'RIA Novosti', reach: 'alone' },
  { name: 'Sputnik', reach: 'alone' },
  { name: 'Interfax', reach: 'alone' },
  { name: 'Kyodo', reach: 'alone' },
  { name: 'Jiji', reach: 'alone' },
  { name: 'Yonhap', reach: 'alone' },
  { name: 'KCNA', reach: 'alone' },
  { name: 'Bernama', reach: 'alone' },
  { name: 'Antara', reach: 'alone' },
  { name: 'ANP', reach: 'slash' },
  { name: 'NTB', reach: 'slash' },
  { name: 'TT', reach: 'slash' },
  { name: 'APA', reach: 'slash' },
  { name: 'UPI', reach: 'slash' },
  { name: 'CTK', reach: 'slash' },
  { name: 'SIPA', reach: 'slash' },
  { name: 'Keystone', reach: 'slash' },
];

/**
 * A bracketed tail that is only a wire agency's name (NEWS_AGENCIES 'word' and 'alone'), as
 * printed, in capitals or capitalised word by word, as papers restyle it (Corriere's "(Ansa)",
 * "(ANSA)"); case-sensitive, so a lower-case word is not one. credit.ts still refuses it when
 * the words right before spell it out (an acronym's definition, "Press Trust of India (PTI)";
 * ACRONYM_SPELLING).
 */
const agencySpellings = (name: string): string[] => [name, name.toUpperCase(), name.replace(/\p{L}+/gu, (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())];
export const BARE_AGENCY_PAREN_RE = new RegExp(
  `^(?:${[...new Set(NEWS_AGENCIES.filter((a) => a.reach !== 'slash').flatMap((a) => agencySpellings(a.name)))].join('|')})$`,
  'u',
);

/**
 * A paper's own photo label before the photographer, dropped from a credit like "Photo:"
 * (credit.ts cleanCredit): "Courier photo by Gary Lindqvist", "Staff photo by Jane Roe", The
 * Straits Times' "ST PHOTO: KELVIN TAN", "BT Photo: Yen Meng Jiin": one or two capitalised
 * words, then "photo by" or a photo word and its colon. Case-sensitive on the first word: "the
 * photo by" inside a sentence is not one; no full stop: in "Illustration by Slate. Photo by X"
 * the words before it are a credit too. Not an agency's name (NEWS_AGENCIES): "AFP PHOTO: Jane
 * Roe" keeps who gave the picture; not a caption's own label (CAPTION_OWN_LABEL_SOURCE: "FILE
 * PHOTO:", "INSET PHOTO:").
 */
const OUTLET_PHOTO_WORD_SOURCE = 'PHOTOS?|[Pp]hotos?|PICTURES?|[Pp]ictures?|PICS?|[Pp]ics?';
export const OUTLET_PHOTO_LABEL_RE = new RegExp(
  `^(?!(?:${[...new Set(NEWS_AGENCIES.flatMap((a) => agencySpellings(a.name)))].join('|')}|${CAPTION_OWN_LABEL_SOURCE}|${HANDOUT_PHOTO_MARK_SOURCE})\\s)\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)? (?:[Pp]hoto(?:graph)?s? by\\s+|(?:${OUTLET_PHOTO_WORD_SOURCE})\\s*[:|]\\s*)`,
  'u',
);

/**
 * A paper's initials before its photo label, closing a caption after a sentence's end or a
 * spaced bar or dash: "… on Jan 4. ST PHOTO: KELVIN TAN", "… at the CBD. BT PHOTO: YEN MENG
 * JIIN", "… in Bukit Timah. ST Photo: Kelvin Tan". Initials only (two to five capitals, one or
 * two words: "ST", "TNP", "ST FILE") and a capital after the label, case-sensitive: "… opens
 * on Friday. The ST photo exhibition: …" and "… Family photo: the Tans at home" stay the
 * caption's, as do its own labels (CAPTION_OWN_LABEL_SOURCE: "… in 2019. FILE PHOTO: …").
 * Group 1 is the credit with its label, which OUTLET_PHOTO_LABEL_RE then drops.
 */
export const TRAILING_OUTLET_PHOTO_LABEL_RE = new RegExp(
  `(?<=[.!?)"”’]\\s|\\s[|–—-]\\s)((?!(?:${CAPTION_OWN_LABEL_SOURCE}|${HANDOUT_PHOTO_MARK_SOURCE})\\s)\\p{Lu}{2,5}(?: \\p{Lu}{2,5})? (?:${OUTLET_PHOTO_WORD_SOURCE}) ?(?:[:|]|[-–—](?=\\s)) ?\\p{Lu}[^:]{1,100})$`,
  'u',
);

/**
 * How an acronym in brackets is spelled out by the words right before it, which makes it their
 * abbreviation, not a credit: "Pakistan Tehreek-e-Insaf (PTI)", "Asian News International
 * (ANI)". Walking back from the bracket over words split at spaces and hyphens, each
 * capitalised word gives its initial; a small lower-case word of at most `maxJoinerLength`
 * letters ("of", "e", "di") is skipped; a longer one or a word ending in a mark of the sentence
 * (`stopRe`: "… in Delhi. (PTI)", "Pune, Tamil Nadu (PTI)") ends the walk.
 */
export const ACRONYM_SPELLING = {
  splitRe: /[\s\-–]+/u,
  capitalRe: /^\p{Lu}/u,
  stopRe: /[,.;:!?)"”’]$/u,
  maxJoinerLength: 3,
} as const;

/**
 * Words that make a parenthesised tail a credit rather than an aside ("提供" is "courtesy of",
 * "撮影" "photographed by", Chinese "摄" and Traditional "攝", Korean "촬영"/"제공"/"자료사진",
 * Arabic agency names), the agencies NEWS_AGENCIES reads as any word, and the colon-only labels
 * and Chinese "圖／" (not after another Han character: "地圖／" is "map /"); see also
 * NAME_SLASH_OUTLET_RE.
 */
export const CREDIT_WORD_RE = new RegExp(
  `\\b(?:photo|photograph|image|picture|pic|foto|fot|fotoğraf|bild|credit|courtesy|${NEWS_AGENCIES.filter((a) => a.reach === 'word').map((a) => a.name).join('|')}|shutterstock|istock|alamy|file|handout|supplied|prnewsfoto|businesswire|pa media|press association|kuha ni|larawan|nuotr)\\b|©|фото|צילום|फोटो|ภาพ|提供|撮影|摄|攝|촬영|제공|자료사진|الفرنسية|رويترز|الأناضول|أسوشيتد برس|الأوروبية|(?:${CREDIT_COLON_LABEL_SOURCE})(?:\\s*${LABEL_COLON_SOURCE}|${LABEL_DASH_SOURCE})|(?<!\\p{sc=Han})(?:${CJK_CREDIT_ONLY_LABEL_SOURCE}|${CJK_PHOTO_LABEL_SOURCE})`,
  'iu',
);

/** A bracketed tail that opens with a Chinese credit label ("圖／", "图片来源：") is the whole credit, even after a comma (see TRAILING_CJK_CREDIT_RE). */
export const CJK_LABELLED_PAREN_RE = new RegExp(`^${CJK_CREDIT_LABEL_SOURCE}`, 'u');

/**
 * The "Name Surname/Outlet" credit of US papers ("(Elena Marsh/The Capital Post)"), read with
 * its capitals (case-sensitive, unlike CREDIT_WORD_RE): "(a view from the bridge/the river)"
 * is an aside. Indonesian portals write their brand in lower case after the photographer,
 * "(Rifki Nugraha/detikcom)", "(Aditia Noviansyah/kumparan)", "(Herman Zakharia/liputan6.com)":
 * there a person's name of two to four words, each a capital and small letters, then one
 * lower-case word of three letters or more, perhaps a domain, closing the bracket. One word
 * before the slash ("(Jakarta/west)"), words in capitals ("(AC/DC)") or none at all
 * ("(him/her)", "(and/or)") are the caption's, and so is a place and its side
 * (NOT_OUTLET_WORD_SOURCE: "(New York/east)", "(Jakarta Timur/utara)").
 */
const NOT_OUTLET_WORD_SOURCE = 'north|south|east|west|left|right|top|bottom|above|below|utara|selatan|timur|barat|kiri|kanan|atas|bawah';
export const NAME_SLASH_OUTLET_RE = new RegExp(
  `^\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+)+ ?\\/ ?\\p{Lu}|^\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){1,3} ?\\/ ?(?!(?:${NOT_OUTLET_WORD_SOURCE})$)\\p{Ll}[\\p{Ll}\\p{N}]{2,}(?:\\.\\p{Ll}{2,3}){0,2}$`,
  'u',
);

/**
 * The "(Agency: Photographer)" credit of Australian outlets ("(AAP: Dan Himbrechts)", "(ABC
 * News: Greg Bigelow)"): an acronym, at most one more word, a colon and a name of two or three
 * capitalised words, nothing else; case-sensitive like NAME_SLASH_OUTLET_RE. Not a caption's
 * own labels ("(LEFT: Maria Lopez)", "(UPDATE: Police say …)").
 */
export const AGENCY_COLON_NAME_RE = new RegExp(
  `^(?!(?:${CAPTION_OWN_LABEL_SOURCE})\\b)\\p{Lu}{2,6}(?: \\p{Lu}\\p{Ll}+)?: ?\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){1,2}$`,
  'u',
);

/**
 * An agency in capitals, a slash and the photographer: Reuters' "REUTERS/Brian Otieno/File
 * Photo", "EPA/JANE ROE", "(WARTA NUSANTARA/RIZKY ANANDA)", and agencies whose name joins two
 * with a hyphen, as Greece's "(ΑΠΕ-ΜΠΕ/Νίκος Αρβανίτης)" (APE-MPE); after a sentence's end or in
 * brackets; after the slash a name (capitalised words, or words in capitals; after a hyphened
 * agency a first name and a surname), so "(AC/DC)", "(HIV/AIDS)", "(EU-UK/Brexit)" and "EU/UK
 * relations remain strained" are not credits. Case-sensitive.
 */
export const AGENCY_SLASH_RE = /^(?:\p{Lu}{2,}(?: \p{Lu}{2,})*\/\p{Lu}\p{Ll}|\p{Lu}{2,}(?:[ -]\p{Lu}{2,})*\/(?:\p{Lu}\p{Ll}+ \p{Lu}|\p{Lu}{2,} \p{Lu}{2,}))/u;
export const TRAILING_AGENCY_SLASH_RE =
  /(?<=[.!?"”]\s)(\p{Lu}{2,}(?:[ -]\p{Lu}{2,})*\/(?:\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+)+|\p{Lu}{2,}(?: \p{Lu}{2,})+)(?:\/[\p{L} ]{2,30})?)$/u;

/**
 * A bracketed tail that names only who made the picture, as Al Jazeera closes every caption:
 * "… back to the Moon [SpaceX via Nasa]", "[SpaceX]" (beside its "[File: Reuters]", which
 * CREDIT_WORD_RE reads). Square brackets only, every word capitalised but for a credit's small
 * words; case-sensitive. Not a caption's own bracketed note ("[left]", "[sic]", "[VIDEO]",
 * "[Updated]", NOT_CREDIT_BRACKET_RE), nor a parenthesis: "(Mayor Jane Roe)" names who is shown.
 * The bracket must name its maker "via" another (BRACKET_VIA_RE): a capitalised tag ("[In
 * Pictures]", "[Live Updates]", "[Graphic Content]") or who is shown ("[Jane Roe and John Doe]")
 * is the caption's; a slash or an agency is read by the other credit tests.
 */
export const BRACKET_NAME_CREDIT_RE = /^\p{Lu}[\p{L}\p{N}.&'’-]*(?: (?:\p{Lu}[\p{L}\p{N}.&'’-]*|via|and|for|of|the|de)){0,5}$/u;
export const BRACKET_VIA_RE = /\svia\s/;
export const NOT_CREDIT_BRACKET_RE = /^(?:video|photos?|gallery|audio|watch|listen|updated?|left|right|top|bottom|above|below|inset|file|sic|pictured|graphic|map|chart|opinion|analysis|exclusive|live)$/i;

/**
 * A labelled source in brackets closing a caption, as US TV stations' sites write a picture's
 * credit: "… closest approach to Jupiter. (Source: NASA)", "(Fuente: EFE)", "(Quelle: dpa)".
 * The label, a colon, then a name that opens with a capital (case-sensitive): "(source: the
 * council's report)" is the caption's own aside.
 */
export const SOURCE_PAREN_CREDIT_RE = /^(?:[Ss]ource|SOURCE|[Ff]uente|[Ff]onte|[Qq]uelle)\s*:\s*\p{Lu}[^:]{0,60}$/u;

/**
 * AFP's "Name SURNAME / AFP" credit closing a caption after its sentence: "… to oppose it.
 * Jaafar ASHTIYEH / AFP", "… in Paris. Ludovic MARIN / AFP"; a name of two to four capitalised
 * words, a slash, an agency in capitals (at most two words). Either the name is a person's
 * written as the agencies write it, "Given SURNAME" (its last word in capitals), or what follows
 * the slash is a wire agency (any of NEWS_AGENCIES, in capitals): "… first leg. Real Madrid /
 * PSG", "… from May. King's Cross / LNER", "… in Brussels. European Commission / EU" are the
 * caption's.
 * Case-sensitive: "… and the U.S. State Department / the White House" is no credit.
 */
const NEWS_AGENCY_SOURCE = NEWS_AGENCIES.map((a) => a.name.toUpperCase()).join('|');
export const TRAILING_NAME_AGENCY_RE = new RegExp(
  `(?<=[.!?"”’]\\s)((?:\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){0,2} \\p{Lu}[\\p{Lu}'’-]+ ?\\/ ?\\p{Lu}{2,8}(?: \\p{Lu}{2,8})?|\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){1,3} ?\\/ ?(?:${NEWS_AGENCY_SOURCE})))$`,
  'u',
);

/** A picture word and a spaced slash standing for a label's colon (TRAILING_LABEL_RE's NZME form), as it opens a trailing credit. */
export const SPACED_SLASH_LABEL_RE = /^(?:photo|picture|image)\s\/\s+/i;

/**
 * A trailing labelled credit: "… on Monday. Photo: Reuters", "… at dawn. Photo by Callum
 * Reid.", "… Image via Getty Images" (US blogs' "via" credit; a sentence ending "… via Zoom"
 * has no label), after a closing quote too (the Guardian's "…movement.’ Photograph: AFP via
 * Getty"), "… 22/12. Ảnh: Giang Huy", and with a pipe for the colon "… darasani. PICHA |
 * MAKTABA" (Taifa Leo; Nation Media's "PHOTO | FILE"); a Bengali or Hindi sentence ends with
 * the danda "।" ("…অপেক্ষা। ছবি: সংগৃহীত"), an Urdu one with "۔" ("…ہیں۔ فوٹو: آن لائن"), a Burmese
 * one with "။" and a Khmer one with "។"; a spaced dash may stand for the label's colon
 * (LABEL_DASH_SOURCE: "…ဆိုင်။ ဓာတ်ပုံ - Name"). Korean papers set a slash before the label,
 * spaced or glued to the sentence's end: "…고르고 있다. /사진=한빛경제 DB", "…있다./사진제공=삼성전자",
 * as "… at the fair / Photo: Reuters" is written elsewhere; the slash must follow a space or a
 * sentence's mark, so "and/or photo: …" and a URL's "example.com/photo:" are no split. NZME's
 * papers put a spaced slash for the label's colon: "… yesterday. Photo / Mark Mitchell"
 * (not "Photo/Video", unspaced).
 */
export const TRAILING_LABEL_RE = new RegExp(
  `(?:^|[.!?)"”’»।۔։።။។]\\s+|\\s[|–—-]\\s|[\\s.!?]\\/\\s?)((?:(?:${PHOTOGRAPHER_LABEL_SOURCE}|${PICTURE_CREDIT_LABEL_SOURCE})\\s*(?:[:|]|[-–—](?=\\s))|(?:photo(?:graph)?|image|picture|credit|foto|fotoğraf|фото|bild|quelle|crédit|crédito|source|צילום|फोटो|ภาพ)s?\\s*(?:by)?\\s*(?:[:|]|[-–—](?=\\s))|(?:photo|picture|image)\\s\\/(?=\\s)|(?:(?:${CREDIT_COLON_LABEL_SOURCE})(?:\\s*(?:${LABEL_COLON_SOURCE}|\\|)|${LABEL_DASH_SOURCE}))|(?:photo(?:graph)?|picture|image)s? (?:by|via)\\s|fot\\.)\\s*[^:]{2,100})$`,
  'i',
);

/**
 * A credit after a dash with its label and no colon, as Malaysian papers write it: "… hari
 * ini. - Gambar NSTP/Nik Abdullah", "… Tanah Merah. - Gambar BERNAMA", "… - Pic by X". The
 * label is capitalised and a capital follows it (case-sensitive), so "… - picture perfect" and
 * "- Photo gallery" are not credits. Group 1 is the credit with its label, group 2 without.
 */
export const DASHED_CREDIT_RE = /\s[–—-]\s*((?:Gambar|GAMBAR|Foto|FOTO|Photo|PHOTO|Pic|PIC)(?: by)?\s+(\p{Lu}[^:]{1,100}))$/u;

/**
 * NYT's credit label run on into the name, opening a whole caption: "Credit...Erik Carter",
 * "CreditErik Carter" (its "Credit" span is visually hidden, the name's follows with no
 * space). Case-sensitive: "Credited with the rescue, …" and "Credit cards at the till" are captions.
 */
export const RUN_ON_CREDIT_LABEL_RE = /^Credit(?:\.{2,}|…|(?=\p{Lu}))/u;

/**
 * An image word's "via" credit label ("Image via Getty Images") names its maker with a capital:
 * "Pictures via drone show the extent of flooding", "Images via satellite reveal …" are the
 * caption's own sentence (case-sensitive; read on the credit part, label first).
 */
export const VIA_NOT_NAME_RE = /^\p{L}+\s+via\s+\P{Lu}/u;

/**
 * A whole caption that is only a credit: a label first ("Courtesy of the brands", "Photo:
 * Reuters", "© Jane Roe", Snopes' "Image via Getty Images") or "Name Surname/Outlet" alone ("Devindra Hardawar/AOL"); at most
 * MAX_WHOLE_CREDIT_LENGTH characters.
 */
export const WHOLE_CREDIT_RE = new RegExp(
  `^(?:${CJK_CREDIT_ONLY_LABEL_SOURCE}|(?:${PHOTOGRAPHER_LABEL_SOURCE}|${PICTURE_CREDIT_LABEL_SOURCE})\\s*:|(?:photo(?:graph)?|image|picture|credit|foto|фото|bild|צילום|फोटो|ภาพ)s?(?:\\s*by)?\\s*:|(?:${CREDIT_COLON_LABEL_SOURCE})(?:\\s*${LABEL_COLON_SOURCE}|${LABEL_DASH_SOURCE})|(?:photo(?:graph)?|picture|image)s? (?:by|via)\\s|courtesy(?: of\\s|\\s*:)|©|\\(c\\)\\s)`,
  'i',
);

/**
 * A whole caption that is "Name/Outlet" and nothing else, every word capitalised: "Devindra
 * Hardawar/AOL", "Thomas Jackson/Digital Vision/Getty Images", "Etienne Laurent/EPA vía
 * Shutterstock" (a credit's small words allowed); not "South Korea/Japan summit in Tokyo".
 */
export const WHOLE_NAME_CREDIT_RE =
  /^\p{Lu}[\p{L}.'’-]*(?: (?:\p{Lu}[\p{L}.'’-]*|via|vía|for|of|the|and|de|del|la|von|van))* ?\/ ?\p{Lu}[\p{L}.'’-]*(?: (?:\p{Lu}[\p{L}.'’-]*|via|vía|for|of|the|and|de|del|la|von|van))*(?: ?\/ ?\p{Lu}[\p{L}.'’-]*(?: (?:\p{Lu}[\p{L}.'’-]*|via|vía|for|of|the|and|de|del|la|von|van))*)*$/u;
export const MAX_WHOLE_CREDIT_LENGTH = 80;

/**
 * One part of a stock agency's credit line: a contributor's handle, lower-case or with a dot
 * ("evgenyb", "m.czosnek"), or up to four capitalised words ("Mark Stout", "iStock" aside,
 * "Photodisc", "E+"). Never a phrase with small words: "Protesters march through central Paris".
 */
const STOCK_CREDIT_PART_SOURCE = "(?:[\\p{Ll}\\d][\\w.+-]{0,30}|\\p{Lu}[\\p{L}\\d'’.+-]*(?: \\p{Lu}[\\p{L}\\d'’.+-]*){0,3})";

/**
 * A whole caption that is a stock agency's credit line, "Maker/Collection/Agency" or "Maker/
 * Collection via Agency": "evgenyb/iStock/Getty Images", "Mark Stout/iStock/Getty Images",
 * "fizkes/iStock via Getty Images Plus" (The Conversation). The maker may be a lower-case
 * handle and the collection a brand with a small first letter, which WHOLE_NAME_CREDIT_RE's
 * capitals refuse; the agency closing the line names it a credit. A short caption that ends
 * with the agency ("Protesters march through central Paris / Getty Images") stays a caption
 * (review, session 21): its parts are handles or capitalised names only.
 */
export const STOCK_AGENCY_CREDIT_RE = new RegExp(
  `^${STOCK_CREDIT_PART_SOURCE}(?: ?\\/ ?${STOCK_CREDIT_PART_SOURCE}){0,2}(?: ?\\/ ?| via )(?:Getty Images|iStock(?:photo)?|Shutterstock|Alamy(?: Stock Photo)?|Adobe Stock|Dreamstime|123RF)(?: (?:News|Sport|Entertainment|Plus))?$`,
  'u',
);

/**
 * Credit labels that are also a caption's own words, taken only when what follows them reads
 * as a name credit (credit.ts readsAsNameCredit, NAME_CREDIT_SHAPE): a regex cannot check the
 * capitals of the words after the label, so the check is in code. Case-insensitive sources.
 * - Artwork that is not a photograph, as magazines credit an illustrated lead: The Atlantic's
 *   "Illustration by Mara Quint", Slate's "Photo illustration by Slate", The Verge's
 *   "Illustration: Alex Castro / The Verge", "Art by", "Artwork by", "Animation by", "Graphic(s)
 *   by". Near misses, captions: "Artwork by Maya Lin is displayed at the new station
 *   entrance.", "Illustration by children from the school hangs in the hall", "Art by the
 *   river: painters gather each June".
 * - A picture's short label, as British papers and broadcasters credit: "Pic: PA", "Pic by
 *   Jane Roe", and an archive picture's "File pic: PA" (Sky News), "File photo: Reuters",
 *   "File picture:", "File image:". Near misses, captions: "Pic by pic, the exhibit…",
 *   "File photo: Protesters outside city hall" (it describes the picture), "Pictured: …"
 *   (not "Pic").
 */
const GUARDED_CREDIT_LABEL_SOURCE =
  '(?:photo[- ]?)?illustrations?\\s+by\\s|(?:photo[- ]?)?illustrations?\\s*:|art(?:work)?\\s+by\\s|animations?\\s+by\\s|graphics?\\s+by\\s|' +
  '(?:file\\s+)?pics?\\s*(?::|by\\s)|file\\s+(?:photo(?:graph)?|picture|image)s?\\s*:';

/** A guarded credit label (GUARDED_CREDIT_LABEL_SOURCE) opening a line; what follows it is the credit if it passes the guard. */
export const GUARDED_CREDIT_LABEL_RE = new RegExp(`^(?:${GUARDED_CREDIT_LABEL_SOURCE})\\s*`, 'i');

/**
 * A guarded credit label and its credit closing a caption after a sentence's end or a spaced
 * bar or dash: "… open all night. Illustration by Mara Quint", "… in Leeds. File pic: PA". Group 1 is the credit with its
 * label, taken only if it passes the guard (credit.ts guardedLabelCredit).
 */
export const TRAILING_GUARDED_LABEL_RE = new RegExp(`(?:[.!?)"”]\\s+|\\s[|–—-]\\s)((?:${GUARDED_CREDIT_LABEL_SOURCE})\\s*[^:]{2,100})$`, 'i');

/**
 * What a name credit after a guarded label looks like (credit.ts readsAsNameCredit): runs of
 * one to `maxWordsPerRun` names' words (a capital first: "Mara Quint", "PA", "J. R. Smith",
 * or a lower-case letter before a capital: "iStock"), with a name's lower-case particles
 * inside ("Vincent van Gogh", "Museum of London"), the runs joined by `joiners` (names by
 * "and", "&", ","; an agency after "/" or "for": "AP/Jane Doe", "Mara Quint for The
 * Atlantic"), at most `maxRuns` runs and `maxLength` characters, ending the line or its
 * closing full stop only. Any other lower-case word ("Maya Lin is displayed…", "children
 * from the school…", "the river"), or a colon, bracket, quote or question mark, makes the line
 * a caption's sentence.
 */
export const NAME_CREDIT_SHAPE = {
  maxLength: MAX_WHOLE_CREDIT_LENGTH,
  maxWordsPerRun: 5,
  maxRuns: 4,
  /** Tokens: a joining mark standing alone, or a run of other non-space characters. */
  tokenRe: /[/&,|+]|[^\s/&,|+]+/gu,
  /** "for" also as the languages of the field write it: NYT en Español's "Jane Roe para The New York Times". */
  joiners: new Set(['/', '&', ',', '|', '+', 'and', 'for', 'para', 'pour', 'per', 'für', 'voor', 'via', 'vía', 'und', 'et', 'y', 'e']) as ReadonlySet<string>,
  particles: new Set(['de', 'del', 'della', 'da', 'das', 'do', 'dos', 'di', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'ten', 'bin', 'al', 'el', 'of']) as ReadonlySet<string>,
  nameWordRe: /^(?:\p{Lu}|\p{Ll}\p{Lu})[\p{L}\p{M}'’.-]*$/u,
  /** A full stop after three lower-case letters ends a sentence ("Quint."), not an initial or "Inc.": only last. */
  sentenceStopRe: /\p{Ll}{3}\.$/u,
  /** Marks no name credit holds: a sentence's or a description's. */
  notInCreditRe: /[:;!?()[\]"“”«»]/u,
} as const;
/**
 * What a guarded label's credit must hold besides a name's shape (credit.ts guardedLabelCredit),
 * as a name after the label is as often the picture's subject as its maker: "File photo: Boris
 * Johnson", "Pic: The Old Bailey", "Illustration: Kyiv Metro Map", "… on Saturday — Art by
 * Women" (a show's title). After a colon label ("Pic:", "File pic:", "Illustration:") the
 * credit names an agency (a credit word, CREDIT_WORD_RE: "Reuters", "Getty Images", or an acronym: "PA", "EPA") or joins a maker to an
 * outlet with "/" ("Alex Castro / The Verge"). After a "by" label (`byLabelRe`: "Illustration
 * by", "Art by", "Pic by") a maker's name of `minMakerWords` words will do too ("Mara Quint"),
 * or one joined "for" an outlet; one word alone ("Women", "Children") will not.
 */
export const GUARDED_LABEL_CREDIT = {
  byLabelRe: /\bby\s*$/i,
  /** "Photo illustration by" names nothing but a maker, one word or more ("Photo illustration by Slate"). */
  makerLabelRe: /^photo[- ]?illustrations?\s+by\s/i,
  acronymRe: /^\p{Lu}{2,}$/u,
  minMakerWords: 2,
} as const;

/**
 * What a label's words go on to say when they describe the picture rather than name who took
 * it ("Photo: right, the same view in 1920.", "Image: Boston at top, Denver below", "Photo:
 * aerial view of the dam after the flood"): a place in the picture or a view, or a sentence's
 * full stop. Such a line after a caption, or an image's title so written, is the caption's.
 */
export const DESCRIBED_NOT_CREDITED_RE = /(?<!\p{L})(?:[Ll]eft|[Rr]ight|[Tt]op|[Bb]ottom|[Bb]elow|[Aa]bove|[Cc]ent(?:re|er)|[Vv]iew|[Aa]erial|seen|shown|pictured|after|before|during)(?!\p{L})|(?<=\p{Ll}{4}|\d{4})\.$/u;

/**
 * A credit label left alone at the caption's end once its credit element was read: "Разве
 * этой красотке дашь 53 года? Фото" + `<dd itemprop=copyrightHolder>@paulinaporizkov</dd>`.
 */
export const LEFT_CREDIT_LABEL_RE = new RegExp(`(?<=^|[.!?…])\\s*(?:${PHOTOGRAPHER_LABEL_SOURCE}|${PICTURE_CREDIT_LABEL_SOURCE}|photo(?:graph)?s?|foto|фото|credit|bild|צילום|फोटो|ภาพ|${CREDIT_COLON_LABEL_SOURCE})\\s*[:.…]*$`, 'iu');

/**
 * A credit's label set as an element of its own inside a caption, the credit loose text after
 * it to the caption's end (see figures' labelElementCredit): WordPress's "<figcaption>… at the
 * depot.<strong>Image Credits:</strong> Devin Costa / TechCrunch</figcaption>", "… in 1962 <b>Photo:</b>
 * Jane Roe". The element's whole text is the label (`labelRe`: a picture's word, "Photo
 * credit", "Photographer", the colon-only labels, with its mark or "by"), an inline element of
 * `tags`; what follows it may hold inline elements of `nameTags` (a linked name). After text
 * that ends no sentence (TRAILING_CREDIT.captionEnd), the credit must open with a capital, a
 * digit or "©" (`nameStartRe`): "… titled <em>Image:</em> a life in pictures" is a title.
 */
export const LABEL_ELEMENT_CREDIT = {
  tags: new Set(['strong', 'b', 'em', 'i', 'span', 'small']) as ReadonlySet<string>,
  nameTags: new Set(['a', 'strong', 'b', 'em', 'i', 'span', 'small', 'cite']) as ReadonlySet<string>,
  labelRe: new RegExp(`^(?:${PHOTOGRAPHER_LABEL_SOURCE}|${PICTURE_CREDIT_LABEL_SOURCE}|(?:photo(?:graph)?|image|picture|credit|foto|фото|bild)s?|צילום|फोटो|ภาพ|${CREDIT_COLON_LABEL_SOURCE})(?: by)?\\s?(?:${LABEL_COLON_SOURCE}|\\|)?$`, 'iu'),
  nameStartRe: /^[\p{Lu}\p{N}©]/u,
} as const;

/**
 * A sentence's end glued to the capital after it, where a caption's last sentence runs into
 * its credit's label with no space ("… at the depot.Image Credits: Devin Costa", a label
 * element's text read as it is written): two small letters before the mark, so an
 * abbreviation's "U.S.Image" or "e.g.Photo" is no sentence's end. Only a place to try
 * TRAILING_LABEL_RE from (see credit's gluedLabelCredit); a URL's "example.com/Photo:" has no mark.
 */
export const GLUED_SENTENCE_END_RE = /(?<=\p{Ll}{2}[.!?])(?=\p{Lu})/gu;

/** A credit's closing full stop after a word of three lower-case letters or more ("Callum Reid."), not after "Jr." or "Inc.". */
export const CREDIT_END_STOP_RE = /(?<=\p{Ll}{3})\.$/u;

/** A trailing copyright credit: "… at dusk. © Jane Roe". */
/**
 * A Japanese or Chinese credit closing the caption after a comma or a full stop:
 * "…＝22日午後、東京都千代田区、佐藤花子撮影" ("photographed by"), "…、JR東日本提供" ("courtesy of"),
 * as Asahi, Kyodo and NHK write them; "…候车。新华社记者 赵文 摄" on Xinhua, "…，記者王小明攝" in
 * Traditional characters.
 */
export const TRAILING_CJK_CREDIT_RE = /(?:[、，]|。)\s*([^、，。＝]{1,40}?(?:撮影|提供|摄|攝)[）)]?)$/u;

/**
 * A Chinese credit label (CJK_CREDIT_LABEL_SOURCE) and its credit closing the caption after a
 * space or a sentence's end: WeChat's "▲修缮后的仓前街东口　摄影：王小川", "…。图片来源：视觉中国",
 * "… 图：新华社". Group 1 is the credit with its label. After a character of the caption
 * ("…的地图：…") the label is a word of the caption's own.
 */
export const TRAILING_CJK_LABEL_RE = new RegExp(`(?:^|\\s|[。！？”）])(${CJK_CREDIT_LABEL_SOURCE}\\s*[^\\s：:／/][^：:]{0,40})$`, 'u');

export const TRAILING_COPYRIGHT_RE = /(?:©|\(c\)|copyright)\s*([^©]{2,100})$/i;

/**
 * The credit patterns above match at most ~130 characters at the end of a caption, so only
 * this many are searched: a megabyte-long caption then costs nothing, and the patterns, which
 * backtrack polynomially on crafted text, only ever see a bounded string.
 */
export const MAX_CREDIT_TAIL = 300;

/**
 * A picture's size stated in data attributes when its own are absent: WeChat writes the
 * upload's width as `data-w` and its height over its width as `data-ratio` ("1080" and
 * "0.6666666666666666" for a 1080×720 photo). The ratio is read only beside `data-w` (other
 * scripts write width over height, or "16:9", in a data-ratio of their own), and up to
 * `maxRatio` (a tall infographic's 10 at most).
 */
export const STATED_RATIO = { widthAttr: 'data-w', ratioAttr: 'data-ratio', maxRatio: 10 } as const;

/**
 * Data attributes in which a lazy-loading editor states a picture's size, read as `width` and
 * `height` are where those are missing: Naver's SmartEditor (`data-width="693"
 * data-height="462"` on its `img.se-image-resource`), Zhihu (`data-rawwidth`/`data-rawheight`,
 * the upload's size, beside a `width` alone). A pair is read whole when the `<img>` states
 * neither side; beside one stated side it gives the other only when its own agrees with it
 * (a display width beside the upload's would give a wrong shape).
 */
export const STATED_SIZE_ATTRIBUTES: readonly (readonly [width: string, height: string])[] = [
  ['data-width', 'data-height'],
  ['data-rawwidth', 'data-rawheight'],
];

/**
 * A `<figure>`'s title, printed beside its picture outside the figcaption: Bloomberg's
 * "<figure class=chart><div class=chart__title>China’s Factory Gauge Stays Below 50</div><img>
 * <figcaption><span class=chart__source>Source: …</span></figcaption>", a chart's `<h3>` over its
 * image. It is the figure's, never the body's: it opens the caption (or is the caption when
 * there is none). A heading, or an element named a title (`classRe`: "chart__title",
 * "figure-title", "c-chart__subtitle", "graphic-hed"), under at most `maxLevels` plain wrappers
 * (`wrapperTags`) of a `<figure>` that holds a picture, the title at most `maxLength`
 * characters long. A figure with more than `maxFigureText` characters of text wraps story
 * blocks (some CMSs set paragraphs in a `<figure>`): its titles are left as they are read.
 * Not a title: the figcaption itself (Folha's "widget-image__subtitle"), a title only screen
 * readers get (`screenReaderClassRe`), or a file's name (`fileNameRe`): Drupal's file entity
 * prints "<h2 class=element-invisible><a>WEB18-Facebook-1160x768.jpg</a></h2>" over its image.
 * The title and the caption are joined as two sentences (`sentenceEndRe`).
 */
export const FIGURE_TITLE = {
  classRe: /(?:^|[\s_-])(?:sub)?(?:title|headline|hed)(?:$|[\s_-])/i,
  headingRe: /^h[1-6]$/,
  wrapperTags: new Set(['div', 'section', 'header', 'hgroup']) as ReadonlySet<string>,
  maxLevels: 3,
  maxLength: 200,
  maxFigureText: 1000,
  screenReaderClassRe: SCREEN_READER_CLASS_RE,
  fileNameRe: /\.(?:jpe?g|png|gif|webp|avif|tiff?|svg|bmp)$/i,
  sentenceEndRe: /[.!?…:;。！？]["'”’»)]?$/u,
} as const;

/**
 * A caption dropped for want of a picture takes the credit beside it only in a box named for a
 * picture (on the caption or its nearest `PICTURE_BOX_LEVELS` ancestors): CNBC's
 * "InlineImage-imageEmbedCaption" under a placeholder a script fills. A video's caption is not,
 * and a staff credits line (`STAFF_CREDIT_RE`: "Reporting by …; editing by …") is the story's own.
 */
export const PICTURE_BOX_NAME_RE = /image|img|photo|picture|foto/i;
export const PICTURE_BOX_LEVELS = 3;
export const STAFF_CREDIT_RE = /\b(?:reporting|editing|edited|writing|written|contributed|additional)\b/i;

/** Images smaller than this (either side, in px, when stated) are icons, pixels or spacers. */
export const MIN_IMAGE_SIDE = 100;
/**
 * A byline's avatar set before its line (Healthline, under the headline: `<div><div><img
 * src="…/rachel-link.png?w=105&h=105" alt=""></div></div><div>Written by <a
 * href="/nutrition-team">Rachael Link, MS, RD</a> on November 14, 2019</div>`): a picture stated
 * (by its attributes or its URL's `w`/`h` query) at most `maxSide` px each way, alone in its box
 * up to `maxLevels` wrappers, whose box the next element after is a short line (`maxLineLength`)
 * opening with a byline word (`lineRe`) and holding a link, and that line only a byline: the
 * label, a link reading as a person's name, at most a date. No story picture: a hero before the
 * byline is stated larger, or not at all; a chart before "By 2030, …, <a>the report says</a>", a
 * photo before "By train: take the <a>Eurostar</a>", a book cover before "By <a>Hilary
 * Mantel</a> (Fourth Estate, £25)", a product before "By <a>Smeg</a>, £129" stay.
 */
export const BYLINE_AVATAR = {
  maxSide: 200,
  maxLevels: 3,
  maxLineLength: 160,
  lineRe: /^(?:(?:written|reviewed|words|story|text|posted|reported)\s+)?by\s+\S/i,
  /** The line is only a byline: the label alone before its first link… */
  labelRe: /^\s*(?:(?:written|reviewed|words|story|text|reported)\s+)?by\s*$/i,
  /** …whose text is a person's name, two to four capitalised words, credentials after a comma ("Rachael Link, MS, RD")… */
  nameRe: /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}(?:,\s*\p{Lu}[\p{L}.]{0,5}){0,3}$/u,
  /**
   * …and after it nothing or a date ("on November 14, 2019"). Not "By <a>Hilary Mantel</a> (Fourth Estate, £25)".
   * Read on collapsed text, so single optional spaces: three adjacent `\s*` made it super-linear on runs of spaces.
   */
  afterRe: /^(?: ?(?:(?:on|updated|published) ?)?(?:[,|·•–—-] ?)?[\p{L}\d ,.:]{0,40}\b(?:19|20)\d{2}\b[\p{L}\d ,.:]{0,20})? ?$/iu,
  queryRe: /[?&](?:w|h|width|height)=(\d{1,5})(?=[&#]|$)/gi,
} as const;

/**
 * Sources and class names of images that are not the article's. "1x1" only as a size of its
 * own: a thumbor URL's focal box "focal(2500x1667:2501x1668)" holds the letters too. A source
 * is tested on its path only (figures.ts imageUrlWords), never its host or its rendition's
 * query: Dow Jones's resizer "…/im-891245?width=1280&pixel_ratio=1" and an optimizer's host
 * "cdn.shortpixel.ai/client/q_lossy/https://…/IMG_1407.jpg" name no pixel. An ad server's
 * banner ("/adserver/www/delivery/avw.php?zoneid=908": Revive's and OpenX's image-banner
 * scripts) is an ad, not a picture of the story.
 */
export const NON_ARTICLE_IMAGE_RE = /logo|icon|avatar|sprite|spinner|loader|pixel|badge|emoji|gravatar|tracking|(?<!\d)1x1(?!\d)|blank\.gif|spacer|\/adserver\/|(?:^|\/)(?:avw|afr)\.php/i;

/**
 * Of NON_ARTICLE_IMAGE_RE's words, those that still drop an image the story captions
 * (figures.ts captionedPicture): a file name's "logo", "icon", "badge" or "pixel" says what
 * the picture shows, and a story about a brand or a phone shows one ("Mozilla_Firefox_logo_2013.svg"
 * captioned "Firefox logo", "raspberry_pi_logo_mainimage8_lg.jpg" above its caption, "Pixel-8.jpg"),
 * while a spinner, a spacer, a tracking beacon or an ad banner is never a story's picture
 * wherever it stands. The image's class or id is tested with the whole NON_ARTICLE_IMAGE_RE
 * still (`<img class="logo">`).
 */
export const CAPTIONED_NON_ARTICLE_IMAGE_RE = /sprite|spinner|loader|tracking|(?<!\d)1x1(?!\d)|blank\.gif|spacer|\/adserver\/|(?:^|\/)(?:avw|afr)\.php/i;

/**
 * How a picture is told captioned by the story (figures.ts captionedPicture): climbing from
 * the image through at most `maxDepth` wrappers, a wrapper that is a <figure>, or holds a caption
 * (a <figcaption>, or an element whose class CAPTION_CLASS_RE names: MediaWiki's
 * `div.thumbinner > div.thumbcaption`), or is followed by one (a CMS's `div.media-container`
 * then `div.media-caption`). A header's "site-logo.png" or a share link's "icon-share.svg" has
 * none.
 */
export const CAPTIONED_PICTURE = { maxDepth: 4 } as const;

/**
 * A query value of an image URL that is itself a picture's address, read with the URL's path
 * for NON_ARTICLE_IMAGE_RE: an image optimizer's "/_next/image?url=%2Fbrand%2Flogo.png&w=640"
 * (Next.js), "…/resize?src=https://…/logo.png" serve the file that value names. Any other
 * value ("pixel_ratio=1", "dpr=2", "type=icon") describes the rendition, not the picture.
 */
export const IMAGE_URL_PARAM_RE = /^(?:https?:)?\//i;

/**
 * A page action's icon that is a link's whole content: Joomla's PDF / print / e-mail buttons
 * in the content heading (`<a href="index2.php?…&pop=1"><img src="images/M_images/printButton.png"
 * alt="Print"></a>`, `pdf_button.png`, `emailButton.png`), a CMS's "btn_print.gif". Not the
 * story's picture, even with no size stated: its file name's stem ends in a button word
 * (`fileRe`, on the stem: "pdf_button", "printButton"; not "button-factory-workers"), or its alt
 * is only an action's name (`altRe`: "PDF", "Print", "E-mail", in a few languages). A picture
 * outside a link (a photo of a button), stated larger than an icon, or linking to a picture
 * file is not read so.
 */
export const ACTION_ICON = {
  fileRe: /(?:button|btn)s?\d*$|^btn[-_]/i,
  altRe: /^(?:pdf|print|printer|print version|printable version|e-?mail|send to a friend|email this|drucken|imprimer|imprimir|stampa|afdrukken|drukuj|печать|εκτύπωση|αποστολή)$/iu,
  /**
   * An icon's largest stated side (CSS px): a photo named "belly_button.jpg" or an artwork
   * whose alt is "Print" is stated larger. With no size stated, the name decides.
   */
  maxSide: 64,
  /** A link to a picture file: a photo linked to its full size, not an action. */
  imageHrefRe: /\.(?:jpe?g|png|gif|webp|avif|tiff?|bmp)(?:[?#]|$)/i,
} as const;

/** Characters with a meaning in markdown, escaped in text. */
export const MARKDOWN_SPECIAL_RE = /[\\`*_[\]<>|]/g;

/** Line starts that markdown would read as syntax: headings, quotes, list markers. */
export const MARKDOWN_LINE_START_RE = /^(#{1,6}\s|>|[-+*]\s)/;

/** CJK characters: each counts as a word. */
export const CJK_RE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/gu;

/**
 * Words for counting: runs of letters, marks and digits, joined over one zero-width joiner or
 * non-joiner between word characters (it only chooses a glyph inside a word), then over an
 * apostrophe before letters: Sinhala "ප්‍රධාන" and Devanagari half forms ("क्‍ष") are typed
 * with a ZWJ, Persian "می‌خواهم" with a ZWNJ, each one word. Alone, or before a character
 * that is no word character (an emoji sequence's ZWJ: "👨‍👩‍👧"), a joiner is no word.
 */
export const WORD_RE = new RegExp(String.raw`${WORD_SOURCE}(?:['’][\p{L}]+)*`, 'gu');

/** Code fences are at least three backticks (CommonMark). */
export const MIN_FENCE_LENGTH = 3;
export const BACKTICK = 0x60;

/** An `x` density descriptor ranks like this many `w` pixels (1x ≈ a 1000px-wide image). */
export const DENSITY_AS_WIDTH = 1000;

/** A dimension attribute: digits, optionally "px" (invalid HTML, common in CMS output). */
export const DIMENSION_RE = /^\s*(\d{1,6})(?:px)?\s*$/i;

/**
 * Two pictures in a row whose URLs have the same file name and differ only in sizes are one
 * picture in two renditions: Medium's blurred "max/60/1*5o3M…png?q=20" placeholder before the
 * noscript's "max/3788/1*5o3M…png". Only names this long count.
 */
export const MIN_RENDITION_FILE_NAME = 12;


/** Numbers in a URL outside its file name: a rendition's size ("max/3788", "w_1200", "?w=60"). */
export const SIZE_HINT_RE = /\d+/g;

/**
 * Short numbers in an image URL's path are sizes ("max/60", "w_1200"); longer ones are ids
 * ("/photos/18636689/15/gallery_medium.jpg"): two URLs that differ only in the short ones are
 * renditions of one picture.
 */
export const SIZE_NUMBER_RE = /(?<!\d)\d{1,4}(?!\d)/g;

/**
 * The headline's own `<header>`: beside the headline it holds a kicker, a disclosure, the
 * byline, dates and a share bar, none of them the story's. A header with more text than this
 * (besides the headline) wraps the story itself, and is read as the body.
 */
export const HEADLINE_HEADER = { maxOwnText: 800 } as const;

/**
 * An author's card above the story names the author in a minor heading (LinkedIn's `<h3>` over
 * an `<h4>` job title); an `<h2>` naming the author opens a part of the story (a memoir's, a
 * staff profile's) and stays.
 */
export const AUTHOR_CARD_MIN_LEVEL = 3;

/**
 * Elements inside a `<pre>` that are lines of their own, as a browser lays them out: a
 * highlighter that writes one block per line joins them with nothing (prism-react-renderer's
 * `div.token-line`, highlight.js and Shiki line plugins, a table of rows).
 */
export const CODE_LINE_TAGS: ReadonlySet<string> = new Set(['div', 'p', 'li', 'ol', 'ul', 'tr', 'table', 'tbody', 'dl', 'dt', 'dd', 'section']);

/**
 * A line-number gutter inside a code block, by its name: Pygments' inline "linenos",
 * "line-number"/"lineNumber"/"linenumber" spans, highlight.js line plugins' "hljs-ln-numbers",
 * CodeMirror's and Ace's "gutter". Its numbers are not code.
 */
export const GUTTER_CLASS_RE = /(?:line|ln)[-_]?num|lineno|gutter/i;

/** A counting gutter spans this many lines at least: a lone line's leading number may be code. */
export const MIN_GUTTER_LINES = 2;

/**
 * A table laid out as a gutter and its code (a highlighter's `<tr><td>1</td><td>code</td></tr>`
 * rows) has this many cells a row at most; a row of more cells whose first counts is data.
 */
export const GUTTER_ROW_CELLS = 2;

/**
 * A highlighter's token, code however it counts (a data file whose every line opens with a
 * number): Prism's "token", highlight.js's "hljs-…", Pygments' number classes ("m", "mi", "mf").
 */
export const NOT_A_GUTTER_CLASS_RE = /(?:^|\s)(?:token|hljs-[\w-]+|m[bfhiox]?|il)(?:\s|$)/;

/**
 * A table cell named as a line of code, beside its line number outside any `<pre>`: GitHub's
 * and gists' `td.blob-code` (one row a line, the number in `td.blob-num`), Rouge's and
 * Hexo's `td.code`, highlight.js line-number plugins' `td.hljs-ln-code`. A first column that
 * only counts ("1 | Alice", a ranking) is data unless its cells or these are named so.
 */
export const CODE_CELL_CLASS_RE = /(?:^|\s)(?:code|line-code|blob-code(?:-inner)?|rouge-code|hljs-ln-code|code-line|source-code)(?:$|\s)/i;

/**
 * The class token that, with one language token beside it, names a code table's wrapper:
 * Hexo writes `<figure class="highlight js"><table>…` (its gutter table) with no "language-" prefix.
 */
export const CODE_TABLE_WRAPPER_TOKEN = 'highlight';

/**
 * A summary box's label at the top of the body: a heading that is the first child of a box
 * whose only other child is one list (ABC's `div[data-component=KeyPoints]` > "Key points:" +
 * `<ul>`), the story's paragraphs going on after the box. Its items are the body's first
 * paragraphs; the label heads only the box, and as a section heading it would file the story's
 * whole opening under "Key points:", so it goes. Read only when the heading's words name a
 * summary (`labelRe`: "Key points", "Key takeaways", "At a glance", "TL;DR", "In brief", and
 * German, French, Spanish, Italian, Portuguese and Dutch forms), it has at most `maxWords`
 * words, it stands before any paragraph, and every item is a sentence of at least
 * `minItemWords` words. Any other heading over a list is a section: a listicle's "1. Lisbon" in
 * a "destination-highlights" box, "What we know:", "Background:", a recipe's "Ingredients:".
 */
export const LIST_BOX_LABEL = {
  labelRe:
    /^(?:the\s+)?(?:key\s+(?:points|takeaways|facts)|takeaways|highlights|at\s+a\s+glance|tl;?\s?dr|in\s+(?:brief|short)|das\s+wichtigste(?:\s+in\s+k(?:ü|ue)rze)?|auf\s+einen\s+blick|in\s+k(?:ü|ue)rze|l['’]essentiel|(?:ce\s+qu['’]il\s+faut\s+)?retenir|à\s+retenir|en\s+bref|puntos\s+clave|claves|lo\s+esencial|en\s+resumen|in\s+breve|punti\s+chiave|pontos[-\s]chave|em\s+resumo|in\s+het\s+kort|kernpunten)\s*[:：]?$/iu,
  listTags: new Set(['ul', 'ol']) as ReadonlySet<string>,
  maxWords: 5,
  minItemWords: 6,
} as const;

/**
 * Elements beside a `<pre>` in a "language-x" box that make it no code box: a heading or a
 * paragraph is the page's text (a bilingual poem's `<div class="verse language-irish"><h3>Irish</h3><pre>`).
 */
export const CODE_BOX_NOT_TOOLBAR_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);

/** A code block's toolbar (its language label and copy control) holds no more text than this. */
export const MAX_CODE_TOOLBAR_LENGTH = 40;

/**
 * A "language-x" class on the element right around a `<pre>`: the code block's own box, which
 * states the fence's language for it and holds its toolbar beside it (VitePress's and
 * VuePress's `div.language-nginx` > `button.copy` + `span.lang` "nginx" + `pre.shiki`). Read
 * only when the box holds nothing beside the `<pre>` but a toolbar's few characters
 * (MAX_CODE_TOOLBAR_LENGTH): a page's or a post's wrapper named for its language
 * ("content language-fr") holds the story's text too.
 */
export const CODE_BOX_LANGUAGE_CLASS_RE = /(?:^|\s)language-[A-Za-z0-9_+#.-]{1,24}(?:\s|$)/;

/** A code block's copy control, as its button or label reads (rehype-pretty-code, Docusaurus, Expressive Code). */
export const COPY_CONTROL_RE = /^(?:copy(?: code)?(?: to clipboard)?|copied!?)$/i;

/**
 * A display formula's number beside it in a table that lays formulas out (LaTeXML's
 * `table.ltx_equation`, an eqnarray): "(1)", "(2.3)", "(A.1)", "(3a)", "(*)". It holds a
 * digit or is a star (EQUATION_NUMBER_MARK_RE): a word in parentheses beside a formula
 * ("(m)", "(kg)") is its unit, text of a table.
 */
export const EQUATION_NUMBER_RE = /^\(\s*(?:[\p{L}\p{N}][\p{L}\p{N}.′'-]{0,7}|\*{1,3})\s*\)$/u;
/** What an equation number (EQUATION_NUMBER_RE) holds besides letters: a digit, or its star. */
export const EQUATION_NUMBER_MARK_RE = /[\p{N}*]/u;
/**
 * A cell or element that names itself an equation's tag (LaTeXML's `span.ltx_tag_equation`,
 * an "eqno", "equation-number"): its "(i)", "(ii)", "(A)" is a number, letters and all.
 */
export const EQUATION_TAG_CLASS_RE = /ltx_tag|eqno|equation[-_]?(?:number|label|tag)/i;

/** A table of display formulas has at most this many rows (an eqnarray's lines); more is data. */
export const MAX_FORMULA_TABLE_ROWS = 20;

/**
 * How a MathML formula without alttext or TeX source is written as plain text (assemble/math.ts
 * linearMath): the way one types it, "R(p) = ap − bp^2", "p_max = a/(2b)". The MathML of
 * MathJax 3's assistive copy (every MathJax page, CHTML or SVG), pandoc --mathml, Word's and
 * LibreOffice's export: each `<mo>` is one of these kinds by its text.
 */
export const MATH_OPERATORS = {
  /** Opening brackets: nothing after them. */
  open: new Set(['(', '[', '{', '⟨', '⌈', '⌊', '⟦']),
  /** Closing brackets: nothing before them. */
  close: new Set([')', ']', '}', '⟩', '⌉', '⌋', '⟧']),
  /** Bars that open and close by turns when a row holds them in pairs ("|q| < 1"); a lone one is an operator ("P(A | B)"). */
  fence: new Set(['|', '‖', '∣', '∥']),
  /** Separators: a space after, none before ("(2.40, 41200)"). */
  separator: new Set([',', ';']),
  /** Operators written tight, as in typed text: "1/K", "n!", "f′". */
  tight: new Set(['/', '!', '′', '″', '‴', "'", '.']),
  /** Large operators: spaced from the term they govern, like a function name ("∑_k log p_k"). */
  large: new Set(['∑', '∏', '∐', '∫', '∬', '∭', '∮', '⋃', '⋂', '⋁', '⋀', '⨁', '⨂']),
  /** Operators that may sign a term: glued to it where nothing stands before them to operate on ("−0.76"). */
  sign: new Set(['+', '−', '-', '±', '∓', '¬']),
  /** Dots that stand for terms: spaced as a term ("1 + … + n", "p_1, …, p_K"). */
  ellipsis: new Set(['…', '⋯', '⋮', '⋱']),
} as const;

/**
 * Accents an `<mover>` (or `<munder>`) sets on a one-character base, written as the combining
 * mark that puts them on it: ẋ for `<mover><mi>x</mi><mo>˙</mo></mover>`, E⃗ for a vector.
 */
export const MATH_ACCENTS: Readonly<Record<string, string>> = {
  '˙': '\u0307', '¨': '\u0308', '^': '\u0302', 'ˆ': '\u0302', '~': '\u0303', '˜': '\u0303', '¯': '\u0304', '‾': '\u0305',
  '→': '\u20d7', '⃗': '\u20d7', '´': '\u0301', '`': '\u0300', 'ˇ': '\u030c', '˘': '\u0306', '˚': '\u030a',
};

/**
 * Characters MathML writes that show nothing: the invisible function application, times,
 * separator and plus (U+2061–U+2064), and the zero-width space MathJax and KaTeX put in.
 */
export const INVISIBLE_MATH_RE = /[\u2061-\u2064\u200b]/g;

/**
 * A picture the page embeds as a `data:` URI, with no other source: a notebook's chart
 * (nbconvert, Jupyter Book, Quarto's embed-resources, R Markdown's self_contained write every
 * output picture so). It is the article's when it is a raster image (never SVG, which may
 * script), base64-encoded, and of real size: its own header says so (PNG's IHDR, GIF's screen,
 * WebP's frame, JPEG's SOF within `jpegScan` characters), or else the page declares a size of at
 * least MIN_IMAGE_SIDE, or else it is long (`minLength` characters: a blurred preview or a
 * one-pixel GIF is a few hundred). Lazy-loading placeholders never get here: clean/ replaces a
 * data: `src` by the lazy attribute's URL.
 */
export const EMBEDDED_IMAGE = {
  uriRe: /^data:image\/(png|jpe?g|gif|webp);base64,/i,
  payloadRe: /^[A-Za-z0-9+/]+={0,2}$/,
  minLength: 10_000,
  jpegScan: 24_000,
} as const;

/**
 * An `alt` a generator writes on every picture it has no description for, saying there is
 * none or asking for one: nbconvert 7's sentence on every notebook output picture, CSDN's
 * editor's "在这里插入图片描述" ("insert the picture's description here", on nearly every
 * picture of its posts), and the file name Typora gives a pasted picture
 * ("image-20240104104215123"). Not a short default such as Tumblr's "image", which
 * fixtures/pages/tumblr-post keeps as written.
 */
export const PLACEHOLDER_ALT_RE = /^(?:no description has been provided for this image\.?|在这里插入图片描述|image-\d{14,17})$/i;

/**
 * A wire dateline set as a block of its own before the story's first paragraph, ending in its
 * dash: CNN's `<cite class="source__cite">Atlanta CNN —</cite>`, "WASHINGTON (AP) —",
 * "LONDON, Jan 4 (Reuters) -". At most 48 characters, no sentence end inside, and its last
 * word before the dash a source: a parenthesised agency, or the site's own name (the caller
 * checks that). A poem's line, a kicker ("Key points —") or a lede ("Then the phone rang —")
 * names no source. It is joined to the paragraph it opens, as the print story runs it.
 */
export const SPLIT_DATELINE = {
  re: /^\p{Lu}[^.!?]{0,44}\s[—–-]$/u,
  /** "(AP) —", "(Reuters) -": a parenthesised source right before the dash. */
  agencyRe: /\([^()]{1,20}\)\s[—–-]$/u,
  /** The spaced dash that ends it, cut off to find the site's name before it. */
  dashRe: /\s[—–-]$/u,
} as const;

/**
 * A script-filled embed's placeholder standing alone as a paragraph: "Loading…", "Loading
 * chart…". Only a paragraph: a list's "Loading…" item is one of an app's states.
 */
export const EMBED_PLACEHOLDER_RE = /^loading(?: (?:video|chart|map|graphic|interactive|content|comments|player|embed|tweet|post))?\s*(?:\.\.\.|…)?$/i;
