import type { Figure, Section } from '../types';
import type { Element } from '../parse/dom';
import { LETTER_OR_DIGIT_RE, LETTER_RE, comparisonKey, containsImage, findDescendant, holdsStoryBlocks, innerText, innerTextLongerThan, isElement, normalizeSpace, slugKey } from '../parse/dom';
import type { Block } from './blocks';
import { collectBlocks } from './blocks';
import { classFormatting } from './class-formatting';
import { findDatesInText } from '../dates/find-dates';
import type { DateInText } from '../dates/find-dates';
import { WP_SIZE_SUFFIX_RE, parseUrl, registrableDomain, splitFileName } from '../parse/url';
import {
  BOILERPLATE_PARAGRAPH_RE,
  WIRE_CREDIT_LINE,
  FOLLOW_LINE,
  END_OF_COPY_RE,
  END_MATTER,
  SPLIT_DATELINE,
  EMBED_PLACEHOLDER_RE,
  EXECUTION_PROMPT_RE,
  BODY_BYLINE_PREFIX_RE,
  CLOSING_SIGNATURE_RE,
  INTERVIEW_CREDIT_RE,
  SIGNATURE_NAME_RE,
  DATELINE_REPORTERS_RE,
  REPORTER_CREDIT_RE,
  REPORTER_SPLIT_RE,
  NOT_A_SIGNATURE,
  OUTLET_SIGNATURE_RE,
  COPYRIGHT_NOTICE_RE,
  EMAIL_ONLY_RE,
  PROFILE_ONLY_RE,
  REPRODUCTION_NOTICE_RE,
  SOURCE_LINE_RE,
  MAX_ABOVE_HEADLINE_LENGTH,
  MAX_BYLINE_OTHER_WORDS,
  MAX_BYLINE_PARAGRAPH_LENGTH,
  MAX_COPYRIGHT_NOTICE_LENGTH,
  MAX_SITE_PROMO_LENGTH,
  APP_PROMO,
  CHANNEL_CALL,
  LIST_LABEL_RE,
  CTRL_ENTER_RE,
  MAX_CTRL_ENTER_LINE_LENGTH,
  WIRE_ASSET_LINE_RE,
  SITE_PROMO_OBJECT_RE,
  PROMO_HANDLE_RE,
  PROMO_CHANNEL_RE,
  QUOTE_MARK_RE,
  TYPO_WORD_RE,
  MAX_LIST_LABEL_WORDS,
  NOT_A_LIST_LABEL_RE,
  SITE_PROMO_RE,
  NUMBERS_ONLY_RE,
  NO_WORD_RE,
  MIN_SENTENCE_WORDS,
  DESK_LINE,
  DESK_LINE_SPLIT_RE,
  DESK_PART_RE,
  SENTENCE_END_RE,
  MIN_RENDITION_FILE_NAME,
  SIZE_HINT_RE,
  SIZE_NUMBER_RE,
  CJK_RE,
  MAX_READ_MORE_LENGTH,
  MAX_SUBHEAD_LENGTH,
  MAX_DATE_LINE_LENGTH,
  MAX_LINK_PARAGRAPH_LENGTH,
  MAX_DATE_LINE_WORDS,
  LABELLED_DATES_LINE,
  LIST_BOX_LABEL,
  DATE_LABEL_BLOCK,
  READ_MORE_PREFIX_RE,
  READ_MORE_ALONE_RE,
  READ_MORE_OPENING_RE,
  SUBHEAD_END_RE,
  ABBREVIATION_END_RE,
  WORD_RE,
  RIGHTS_RESERVED_RE,
  RIGHTS_NOTICE_LINE_RE,
  AFFILIATE_DISCLOSURE_RE,
  MAX_DISCLOSURE_LENGTH,
  RATING_LINE_RE,
  MAX_RATING_LINE_LENGTH,
  TIMESTAMP_ONLY_RE,
  UPDATE_TIME_LINE_RE,
  META_ROW_LINE,
  PAGER_COUNTER_RE,
  SLIDE_COUNTER_RE,
  SCORE_LINE_RE,
  MIN_TIMELINE_ENTRIES,
  TIMELINE_DATE,
  GENERIC_AVATAR,
  GALLERY_LABEL_RE,
  MAX_GALLERY_LABEL_LENGTH,
  BOLD_SIGNATURE_RE,
  BOLD_SIGNATURE_SEPARATOR_RE,
  MAX_SIGNATURE_NAMES,
  NOT_A_SIGNATURE_WORD_RE,
  LABELLED_LINK_MD_RE,
  LABELLED_LINK_IN_BOLD_MD_RE,
  HATNOTE_LINK_MD_RE,
  MAX_LINK_LABEL_WORDS,
  CHANNEL_HOST_RE,
  CHANNEL_PATH_RE,
  MESSENGER_HOST_RE,
  MESSENGER_CHANNEL_PATH_RE,
  AUTHOR_CARD_MIN_LEVEL,
  MD_LINK_URL_RE,
  DESK_INITIALS_RE,
  DANGLING_LEAD_IN,
  HEADLINE_HEADER,
  CJK_DESK_CREDIT_RE,
  MAX_DESK_CREDIT_LENGTH,
  REUSE_NOTICE,
  STANDARDS_LINE_MD_RE,
  CORRECTIONS_POLICY,
  CONTACT_LINE,
  RULE_TRAILER,
  TEASER_ROW,
  PARENTHESISED_LINK_MD_RE,
  READER_PROMO,
  DEEPER_LEAD,
  AUTHOR_BIO,
  STANDARDS_NAME_RE,
  STANDARDS_PAGE_PATH_RE,
} from './constants';
import { codeBlockMarkdown, escapeLineStart, escapeMarkdown, figureMarkdown, resolveFootnoteRefs, tableMarkdown } from './markdown';
import { countWordMatches } from './word-count';

/** The structured body of an article. */
export interface Body {
  sections: Section[];
  paragraphs: string[];
  images: Figure[];
  text: string;
  markdown: string;
  wordCount: number;
  /**
   * The reporters a Japanese or Chinese story names in its text: the signature it closes with
   * ("（山田太郎）", "【北京＝佐藤】") or its dateline's ("新华社北京12月23日电（记者 王晓明 陈思远）").
   * The page's byline when it has no other.
   */
  reporters: string[];
}

export interface AssembleInput {
  /** The main content nodes, in document order. */
  content: readonly Element[];
  /** Containers of the hero image(s) above the body: only their figures are read. */
  hero: readonly Element[];
  /** Plain-text body to use instead of `content` (JSON-LD articleBody of an app shell). */
  plainText: string | null;
  /** Base URL for links and images. */
  base: string | null;
  /** The headline, its element and the dek: never repeated as body paragraphs. */
  headline: string | null;
  headlineElement: Element | null;
  subheadline: string | null;
  /** The authors' names: a byline line left in the body names them. */
  authors?: readonly string[];
  /** The authors name only the outlet (its editorial office): a bold closing signature names the writer. */
  authorsAreOutlet?: boolean;
  /** The site's name: the site's promo line closing the body names it. */
  siteName?: string | null;
  /** The page's `<style>` elements: a generated document's formatting by class (see classFormatting). */
  styleSheets?: readonly Element[];
}

const PLAIN_PARAGRAPH_SPLIT_RE = /\n\s*\n|\r?\n/;

/**
 * Whether `text`'s comparison key (comparisonKey: lowercased, letters and digits only) can
 * have the length of one of the repeated keys, judged from bounds that cost one pass over the
 * code units and no string: each ASCII letter or digit is one unit of the key and any other
 * ASCII character none, and a non-ASCII unit is at most two (U+0130 lowercases to two; the
 * rest to one, or drop out). A long paragraph is ruled out after `longest` + 1 ASCII letters,
 * an ASCII one whenever no key has its exact key length, all without building its key.
 */
function keyLengthMayMatch(text: string, repeated: RepeatedTexts): boolean {
  let ascii = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      other++;
      continue;
    }
    const lower = c | 0x20; // A-Z to a-z; no other code unit lands in a-z
    if ((lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      if (++ascii > repeated.longest) return false;
    }
  }
  const most = ascii + 2 * other;
  for (const length of repeated.lengths) if (length >= ascii && length <= most) return true;
  return false;
}

/** Paragraph and heading texts that repeat a caption, a credit, the headline or the dek. */
interface RepeatedTexts {
  keys: ReadonlySet<string>;
  /** The keys' lengths, and the longest, for {@link keyLengthMayMatch}. */
  lengths: ReadonlySet<number>;
  longest: number;
}

function isRepeated(text: string, repeated: RepeatedTexts): boolean {
  return repeated.keys.size > 0 && keyLengthMayMatch(text, repeated) && repeated.keys.has(comparisonKey(text));
}

/** Paragraph keys that are really captions, credits, headline or dek repeated. */
function repeatedTextKeys(blocks: readonly Block[], input: AssembleInput): RepeatedTexts {
  const keys = new Set<string>();
  for (const b of blocks) {
    if (b.kind !== 'figure') continue;
    const { caption, credit } = b.figure;
    keys.add(comparisonKey(b.rawCaption));
    if (caption) keys.add(comparisonKey(caption));
    if (caption && credit) keys.add(comparisonKey(caption) + comparisonKey(credit));
  }
  if (input.headline) keys.add(comparisonKey(input.headline));
  if (input.subheadline) keys.add(comparisonKey(input.subheadline));
  keys.delete('');
  const lengths = new Set<number>();
  let longest = 0;
  for (const key of keys) {
    lengths.add(key.length);
    longest = Math.max(longest, key.length);
  }
  return { keys, lengths, longest };
}


/** A short paragraph that is a date and hardly anything else: a date line, not prose. */
function isDateLine(text: string): boolean {
  if (text.length > MAX_DATE_LINE_LENGTH) return false;
  const dates = findDatesInText(text);
  if (dates.length === 0) return false;
  const labelled = labelledDateParts(text, dates);
  if (labelled !== null) return labelled.reduce((n, part) => n + (part.match(WORD_RE)?.length ?? 0), 0) <= MAX_DATE_LINE_WORDS;
  let rest = text;
  for (const d of dates) rest = rest.replace(d.raw, ' ');
  return (rest.match(WORD_RE)?.length ?? 0) <= MAX_DATE_LINE_WORDS;
}

/**
 * The words around a line's dates, each date's publication or update label left out, when the
 * line holds two dates or more and each after the first opens with such a label
 * (LABELLED_DATES_LINE: "Publié le …, mis à jour le …"); else null.
 */
function labelledDateParts(text: string, dates: readonly DateInText[]): string[] | null {
  if (dates.length < 2) return null;
  const sorted = [...dates].sort((a, b) => a.index - b.index);
  const parts: string[] = [];
  let from = 0;
  for (const [i, d] of sorted.entries()) {
    const part = text.slice(from, d.index).replace(LABELLED_DATES_LINE.leadRe, '');
    const label = LABELLED_DATES_LINE.publishedRe.exec(part) ?? LABELLED_DATES_LINE.updatedRe.exec(part);
    if (label === null && (i > 0 || part.trim() !== '')) return null;
    parts.push(label === null ? part : part.slice(label[0].length).replace(LABELLED_DATES_LINE.labelWordTailRe, ''));
    from = Math.max(from, d.index + d.raw.length);
  }
  parts.push(text.slice(from));
  return parts;
}

/** Whether a block is only a date's label, "Published" or "Last updated" (DATE_LABEL_BLOCK). */
function isDateLabel(text: string): boolean {
  if (text.length > DATE_LABEL_BLOCK.maxLength || DATE_LABEL_BLOCK.digitRe.test(text) || DATE_LABEL_BLOCK.bylineRe.test(text)) return false;
  if ((text.match(WORD_RE)?.length ?? 0) > DATE_LABEL_BLOCK.maxWords) return false;
  return DATE_LABEL_BLOCK.publishedRe.test(text) || DATE_LABEL_BLOCK.updatedRe.test(text);
}

function isBoilerplate(text: string, role: string): boolean {
  if (BOILERPLATE_PARAGRAPH_RE.test(text) || WIRE_ASSET_LINE_RE.test(text)) return true;
  if (text.length <= MAX_CTRL_ENTER_LINE_LENGTH && CTRL_ENTER_RE.test(text) && TYPO_WORD_RE.test(text)) return true;
  if (text.length > MAX_READ_MORE_LENGTH) return false;
  if (READ_MORE_PREFIX_RE.test(text)) return true;
  // The label alone, its link set as a block of its own: a paragraph, and a phrase ("Leggi
  // anche", "Read also"), not a word a poem or a dialogue may say alone ("More", "Listen").
  return role === 'p' && READ_MORE_ALONE_RE.test(text) && text.includes(' ');
}

/**
 * What a story ends with that is not prose: a copyright or reproduction notice, a contact
 * address, the desk's initials ("dv/rcr"), the site's own promo line (`site`: the site's name, lower case).
 */
function isClosingNotice(text: string, site: string | null): boolean {
  if (site !== null && text.length <= MAX_SITE_PROMO_LENGTH && SITE_PROMO_RE.test(text)) {
    const lower = text.toLowerCase();
    const named = lower.includes(site) || (PROMO_HANDLE_RE.test(text) && PROMO_CHANNEL_RE.test(text));
    if (named && !QUOTE_MARK_RE.test(text) && SITE_PROMO_OBJECT_RE.test(lower.replaceAll(site, ' '))) return true;
  }
  if (site !== null && isWireCreditLine(text, site)) return true;
  if (text.length > MAX_COPYRIGHT_NOTICE_LENGTH) return false;
  if (site !== null && REUSE_NOTICE.reuseRe.test(text) && REUSE_NOTICE.banRe.test(text) && text.toLowerCase().includes(site)) return true;
  return COPYRIGHT_NOTICE_RE.test(text) || RIGHTS_NOTICE_LINE_RE.test(text) || REPRODUCTION_NOTICE_RE.test(text) || EMAIL_ONLY_RE.test(text) || DESK_INITIALS_RE.test(text) || (text.length <= MAX_DESK_CREDIT_LENGTH && CJK_DESK_CREDIT_RE.test(text));
}

/** The site's name joined to wire agencies (WIRE_CREDIT_LINE): "Le Monde avec AFP". `site` is the site's name, lower case. */
function isWireCreditLine(text: string, site: string): boolean {
  if (text.length > WIRE_CREDIT_LINE.maxLength) return false;
  const m = WIRE_CREDIT_LINE.re.exec(text);
  const outlet = m?.groups?.outlet;
  const agencies = m?.groups?.agencies;
  if (!outlet || !agencies || !WIRE_CREDIT_LINE.agenciesRe.test(agencies.trim())) return false;
  const key = comparisonKey(outlet);
  return key.length > 0 && (key === comparisonKey(site) || key === comparisonKey(site.replace(WIRE_CREDIT_LINE.siteSuffixRe, '')));
}

/** A newsroom's corrections policy (CORRECTIONS_POLICY): an invitation to report errors, linked to an address or the corrections page. */
function isCorrectionsPolicy(text: string, md: string): boolean {
  const { maxLength, inviteRe, linkRe, pathRe } = CORRECTIONS_POLICY;
  if (text.length > maxLength || !inviteRe.test(text) || !CORRECTIONS_POLICY.newsroomRe.test(text) || !md.includes('](')) return false;
  for (const m of md.matchAll(linkRe)) {
    const url = parseUrl(m[1] as string);
    if (url && (url.protocol === 'mailto:' || pathRe.test(url.pathname))) return true;
  }
  return false;
}

/** Axios's "Go deeper:" label, alone or before one link that is the rest of the line (DEEPER_LEAD). */
function isDeeperLead(md: string): boolean {
  const label = DEEPER_LEAD.labelRe.exec(md);
  if (label === null) return false;
  const rest = md.slice(label[0].length);
  return rest.length === 0 || DEEPER_LEAD.linkRe.test(rest);
}

/** A line asking the reader to install the site's app (APP_PROMO). */
function isAppPromo(b: Extract<Block, { kind: 'paragraph' }>, base: string | null): boolean {
  if (b.text.length > APP_PROMO.maxLength || QUOTE_MARK_RE.test(b.text) || !APP_PROMO.verbRe.test(b.text) || !APP_PROMO.appWordRe.test(b.text)) return false;
  const site = base === null ? null : siteDomain(base);
  for (const url of markdownLinkUrls(b.md)) {
    if (url === null) continue;
    if (APP_PROMO.storeHostRe.test(url.hostname) && APP_PROMO.ownRe.test(b.text)) return true;
    if (site !== null && APP_PROMO.appPathRe.test(url.pathname) && siteDomain(url.href) === site) return true;
  }
  return false;
}

/** The site's promo put to the reader as an emphasised aside (READER_PROMO), linking to a page of the site. */
function isReaderPromo(b: Extract<Block, { kind: 'paragraph' }>, base: string | null): boolean {
  if (base === null || b.text.length > READER_PROMO.maxLength || QUOTE_MARK_RE.test(b.text) || !READER_PROMO.emphasisRe.test(b.md)) return false;
  // The question, then the pitch: an interview's bold question is the one sentence.
  const question = READER_PROMO.questionRe.exec(b.text);
  if (question === null || !READER_PROMO.actRe.test(b.text.slice(question[0].length))) return false;
  // A link to a page of the site: a call-out's "Email the newsroom at <mailto>" asks for the
  // story's witnesses, and a link to another site is a source.
  const site = siteDomain(base);
  for (const url of markdownLinkUrls(b.md)) if (url && (url.protocol === 'https:' || url.protocol === 'http:') && site !== null && siteDomain(url.href) === site) return true;
  return false;
}

/** The reporters' contact line (CONTACT_LINE): a contact phrase, an e-mail address, and an author (`names`, lower case) or the staff it reaches. */
function isContactLine(text: string, names: readonly string[]): boolean {
  if (text.length > CONTACT_LINE.maxLength || !CONTACT_LINE.emailRe.test(text)) return false;
  const signer = normalizeSpace(text.replace(CONTACT_LINE.emailRe, ' ').replace(CONTACT_LINE.bracketsRe, ' ')).replace(CONTACT_LINE.titleRe, '').trim().toLowerCase();
  if (signer.length > 0 && names.includes(signer)) return true;
  if (!CONTACT_LINE.leadRe.test(text)) {
    // The name first: it must be one of the authors'.
    const who = CONTACT_LINE.reachedRe.exec(text)?.groups?.who?.toLowerCase();
    return who !== undefined && names.some((name) => name.length > 0 && who.includes(name));
  }
  if (CONTACT_LINE.staffRe.test(text)) return true;
  const lower = text.toLowerCase();
  return names.some((name) => name.length > 0 && lower.includes(name));
}

/** Whether a profile line's handle spells an author's surname ("twitter.com/paultakahashi" for Paul Takahashi). */
function handleNamesAuthor(line: string, names: readonly string[]): boolean {
  const handle = slugKey(line.slice(line.lastIndexOf('/') + 1)).toLowerCase();
  return names.some((name) => {
    const surname = slugKey(name.slice(name.lastIndexOf(' ') + 1)).toLowerCase();
    return surname.length >= MIN_HANDLE_SURNAME && handle.includes(surname);
  });
}
/** A surname shorter than this is found in too many handles by chance. */
const MIN_HANDLE_SURNAME = 4;

/** An author's bio (AUTHOR_BIO): it opens with a byline author's name (`names`, lower case) and links that name. */
function isAuthorBio(text: string, md: string, names: readonly string[]): boolean {
  if (names.length === 0 || text.length > AUTHOR_BIO.maxLength || !md.includes('](')) return false;
  const lower = text.toLowerCase();
  const name = names.find((n) => n.length > 0 && lower.startsWith(n) && !LETTER_OR_DIGIT_RE.test(lower.charAt(n.length)));
  if (name === undefined || !AUTHOR_BIO.bioVerbRe.test(text.slice(name.length))) return false;
  // Each link's text: what stands between the last "[" and a "](" (split, not a regex: linear),
  // and its address up to the ")".
  const parts = md.split('](');
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i] as string;
    const open = part.lastIndexOf('[');
    const href = (parts[i + 1] as string).split(')', 1)[0] as string;
    if (open >= 0 && part.slice(open + 1).replace(AUTHOR_BIO.escapeRe, '').toLowerCase().includes(name) && AUTHOR_BIO.profilePathRe.test(parseUrl(href)?.pathname ?? href)) return true;
  }
  return false;
}

/**
 * A desk line (see DESK_LINE): "न्यूज डेस्क, जन प्रहरी, लखनऊ" on a site named "जन प्रहरी" (`site`,
 * lower case). The caller asks only about the body's first paragraph.
 */
function isDeskLine(text: string, site: string | null): boolean {
  if (text.length > DESK_LINE.maxLength) return false;
  const parts = text.split(DESK_LINE_SPLIT_RE);
  if (parts.length < DESK_LINE.parts.min || parts.length > DESK_LINE.parts.max) return false;
  let credited = false;
  for (const raw of parts) {
    const part = raw.trim();
    const words = part.match(WORD_RE)?.length ?? 0;
    if (words === 0 || words > DESK_LINE.partWords) return false;
    if (part.toLowerCase() === site || DESK_PART_RE.test(part)) credited = true;
  }
  return credited;
}

/** A line that ends like a sentence and has a few words: an editor's note, not a kicker. */
function isSentence(text: string): boolean {
  return SENTENCE_END_RE.test(text) && (text.match(WORD_RE)?.length ?? 0) >= MIN_SENTENCE_WORDS;
}

/**
 * A byline line left in the body: "Por Mariana Couto, n1 SP" when Mariana Couto is an
 * author (`names`, lower case). The name comes right after the byline word ("By contrast, Reuters found…" and "By
 * Friday, Brian…" are sentences), whole ("Ian" is not in "Brian"), and little else follows.
 */
function isBylineLine(text: string, names: readonly string[]): boolean {
  if (names.length === 0 || text.length > MAX_BYLINE_PARAGRAPH_LENGTH) return false;
  const prefix = BODY_BYLINE_PREFIX_RE.exec(text);
  if (!prefix) return false;
  let rest = text.slice(prefix[0].length).toLowerCase();
  if (!names.some((n) => rest.startsWith(n) && !LETTER_RE.test(rest.charAt(n.length)))) return false;
  for (const name of names) {
    const at = rest.indexOf(name);
    if (at >= 0) rest = rest.slice(0, at) + ' ' + rest.slice(at + name.length);
  }
  return (rest.match(WORD_RE)?.length ?? 0) <= MAX_BYLINE_OTHER_WORDS;
}


/** The name in a closing signature: "山田太郎", or "佐藤" from "北京＝佐藤" (place＝reporter); null unless it reads as one name. */
function signatureName(inner: string): string | null {
  const name = inner.slice(inner.lastIndexOf('＝') + 1).trim();
  return SIGNATURE_NAME_RE.test(name) && !NOT_A_SIGNATURE.has(name) && !OUTLET_SIGNATURE_RE.test(name) ? name : null;
}

/**
 * The reporters a Chinese dateline names in the story's first paragraph: "新华社北京12月23日电
 * （记者 王晓明 陈思远）…", "本报讯（记者 张三、李四）…" — each a name SIGNATURE_NAME_RE accepts.
 */
function datelineReporters(blocks: readonly Block[]): string[] {
  const first = blocks.find((b) => b.kind === 'paragraph');
  const match = first?.kind === 'paragraph' ? DATELINE_REPORTERS_RE.exec(first.text) : null;
  if (!match) return [];
  const names = (match[1] as string).split(REPORTER_SPLIT_RE).filter(Boolean);
  return names.length > 0 && names.every((n) => SIGNATURE_NAME_RE.test(n) && !NOT_A_SIGNATURE.has(n)) ? names : [];
}

/**
 * The reporters a Taiwanese credit opening the story names (REPORTER_CREDIT_RE: "記者王小明／台北報導"),
 * and whether the paragraph is that credit alone (then it is the byline, not the story).
 */
function reporterCredit(text: string): { names: string[]; whole: boolean } | null {
  const match = REPORTER_CREDIT_RE.exec(text);
  if (!match) return null;
  const names = ((match[1] ?? match[2]) as string).split(REPORTER_SPLIT_RE).filter(Boolean);
  if (names.length === 0 || !names.every((n) => SIGNATURE_NAME_RE.test(n) && !NOT_A_SIGNATURE.has(n))) return null;
  return { names, whole: match[0].length === text.length };
}


/**
 * The site of an absolute URL: the domain its host is registered under, so that a section's
 * subdomain is the site's ("kosice.horizont.example" beside "domov.horizont.example"); null for
 * a relative URL.
 */
function siteDomain(url: string): string | null {
  const parsed = parseUrl(url);
  return parsed ? registrableDomain(parsed.hostname) : null;
}

/** A read-more line in any language (LABELLED_LINK_MD_RE) whose link stays on the page's site (any of its subdomains). */
function isLabelledLink(md: string, base: string | null): boolean {
  const m = md.startsWith('**') ? (LABELLED_LINK_MD_RE.exec(md) ?? LABELLED_LINK_IN_BOLD_MD_RE.exec(md)) : null;
  const label = m?.groups?.label;
  const url = m?.groups?.url;
  if (!label || !url || (label.match(WORD_RE)?.length ?? 0) > MAX_LINK_LABEL_WORDS || FILE_URL_RE.test(url)) return false;
  const site = siteDomain(url);
  return site === null || (base !== null && site === siteDomain(base));
}

/**
 * Whether a paragraph is a read-more link to another page of the site in parentheses
 * (PARENTHESISED_LINK_MD_RE): "(Leggi anche su: …)". A link to another site so set is a
 * credit or a source ("(Artist: X)"), and one with other words a citation ("(Source: the 2023
 * audit, page 14)") or a note ("(Corrected)").
 */
function isParenthesisedTeaser(b: Extract<Block, { kind: 'paragraph' }>, base: string | null): boolean {
  const md = b.md;
  if (base === null || !PARENTHESISED_LINK_MD_RE.test(md) || !READ_MORE_OPENING_RE.test(b.text.slice(1))) return false;
  const url = markdownLinkUrls(md).next().value;
  const site = siteDomain(base);
  return url !== null && url !== undefined && site !== null && siteDomain(url.href) === site;
}

/** Whether a paragraph is a row of labelled teasers of other stories (TEASER_ROW), on its markdown. */
function isTeaserRow(b: Extract<Block, { kind: 'paragraph' }>, base: string | null): boolean {
  const site = base === null ? null : siteDomain(base);
  if (site === null || b.text.length > TEASER_ROW.maxLength || !b.md.includes('](')) return false;
  for (const url of markdownLinkUrls(b.md)) if (url === null || siteDomain(url.href) !== site) return false;
  let links = 0;
  const rest = b.md
    .replace(TEASER_ROW.linkRe, () => {
      links++;
      return ' ';
    })
    .replaceAll('**', '')
    .replace(MARKDOWN_ESCAPE_RE, '$1');
  if (links < TEASER_ROW.minLinks) return false;
  let labels = 0;
  const left = rest.replace(TEASER_ROW.leadRe, '').replace(TEASER_ROW.labelRe, () => {
    labels++;
    return ' ';
  });
  return labels > 0 && TEASER_ROW.restRe.test(left);
}
/** A markdown backslash escape ("\\[", "\\|"): the character it keeps. */
const MARKDOWN_ESCAPE_RE = /\\([^\s])/g;

/** A wire agency's standards line (STANDARDS_LINE_MD_RE): a short label and one link to a standards page. */
function isStandardsLine(md: string): boolean {
  const m = md.includes('](') ? STANDARDS_LINE_MD_RE.exec(md) : null;
  const label = m?.groups?.label;
  const url = m?.groups?.url ? parseUrl(m.groups.url) : null;
  if (label === undefined || url === null || (label.match(WORD_RE)?.length ?? 0) > MAX_LINK_LABEL_WORDS) return false;
  return STANDARDS_PAGE_PATH_RE.test(url.pathname) && STANDARDS_NAME_RE.test(`${label} ${m?.groups?.text ?? ''}`);
}

/** A link to a document, not a page: "**Full report:** [The agreement (PDF)](…/agreement.pdf)" cites it. */
const FILE_URL_RE = /\.(?:pdf|docx?|xlsx?|pptx?|csv|zip|txt)(?:[?#]|$)/i;

/**
 * Whether a bold closing line's text can be a call to join the site's channel: short once an
 * address printed in full is set aside, and quoting nothing but a name (CHANNEL_CALL).
 */
function isChannelCallText(text: string): boolean {
  if (text.replace(CHANNEL_CALL.printedUrlRe, '').length > MAX_SITE_PROMO_LENGTH) return false;
  if (!QUOTE_MARK_RE.test(text)) return true;
  const unquoted = text.replace(CHANNEL_CALL.quotedRe, (quote: string, inner: string, at: number) => {
    const name = inner.trim();
    const words = name.match(WORD_RE)?.length ?? 0;
    const named = CHANNEL_CALL.channelWordRe.test(text.slice(Math.max(0, at - MAX_CHANNEL_WORD_LOOKBACK), at));
    return named && words > 0 && words <= CHANNEL_CALL.maxNameWords && !CHANNEL_CALL.sentencePunctuationRe.test(name) ? ' ' : quote;
  });
  return !QUOTE_MARK_RE.test(unquoted);
}

/** How far before a quote the word naming the channel is looked for (CHANNEL_CALL.channelWordRe). */
const MAX_CHANNEL_WORD_LOOKBACK = 24;

/** Whether a paragraph has links and all of them go to a messenger (MESSENGER_HOST_RE). */
function linksOnlyToMessenger(md: string): boolean {
  let any = false;
  for (const url of markdownLinkUrls(md)) {
    if (!url || !MESSENGER_HOST_RE.test(url.hostname) || !MESSENGER_CHANNEL_PATH_RE.test(url.pathname)) return false;
    any = true;
  }
  return any;
}

/** The URLs a paragraph's markdown links to, in order (null for one that does not parse). */
function* markdownLinkUrls(md: string): Generator<URL | null> {
  if (!md.includes('](')) return;
  for (const m of md.matchAll(MD_LINK_URL_RE)) yield parseUrl(m[1] as string);
}

/**
 * Whether a line that opens with a follow label (FOLLOW_LINE) holds nothing else but links to
 * social profiles and the separators between them.
 */
function isFollowLine(md: string): boolean {
  let profiles = 0;
  for (const m of md.matchAll(FOLLOW_LINE.linkMdRe)) {
    const url = m[1];
    if (!url || !FOLLOW_LINE.profileRe.test(url)) return false;
    profiles++;
  }
  if (profiles === 0) return false;
  const rest = md.replace(FOLLOW_LINE.linkMdRe, ' ').replaceAll('*', '').replaceAll('_', '').trim();
  const label = FOLLOW_LINE.labelRe.exec(rest);
  return label !== null && FOLLOW_LINE.separatorRe.test(rest.slice(label[0].length));
}

/** Whether a paragraph links to a channel the site is followed on (CHANNEL_HOST_RE). */
function linksToChannel(md: string): boolean {
  for (const url of markdownLinkUrls(md)) {
    if (url && CHANNEL_HOST_RE.test(url.hostname) && (url.hostname.startsWith('wa.') || CHANNEL_PATH_RE.test(url.pathname))) return true;
  }
  return false;
}

/**
 * An author's avatar left in the body: a picture whose alt text is one of the article's
 * authors (`names`, lower case), alone or as a portrait ("Aditi Rao's photo", "Jane Doe");
 * "Game Day Ilana Muhlstein" is a story's picture of its author.
 */
function isAuthorPortrait(figure: Figure, names: readonly string[]): boolean {
  const alt = figure.alt?.toLowerCase();
  // A captioned picture is the story's, even of its author ("The author on deck at 3 a.m.").
  if (!alt || figure.caption !== null) return false;
  // An avatar whose alt names no one but says what it is ("Author", "Author avatar"), and
  // whose file or size says so too: "The author" over a novelist's 800px photo is the story's.
  if (GENERIC_AVATAR.altRe.test(alt) && (GENERIC_AVATAR.srcRe.test(figure.src) || ((figure.width ?? Infinity) <= GENERIC_AVATAR.maxSide && (figure.height ?? Infinity) <= GENERIC_AVATAR.maxSide))) return true;
  if (names.length === 0) return false;
  return names.some((n) => {
    const at = alt.indexOf(n);
    if (at < 0) return false;
    const before = alt.slice(0, at).trim();
    const after = alt.slice(at + n.length).trim();
    return (before === '' || PORTRAIT_LEAD_RE.test(before)) && (after === '' || PORTRAIT_TAIL_RE.test(after));
  });
}
/** What an avatar's alt says beside the name: "Photo of Jane Doe", "Jane Doe's photo", "Jane Doe headshot". */
const PORTRAIT_LEAD_RE = /^(?:photo|picture|portrait|avatar|headshot|image) of$/;
const PORTRAIT_TAIL_RE = /^(?:['’]s\s+)?(?:photo|picture|portrait|avatar|headshot|profile (?:photo|picture|image))$/;

/**
 * Whether a paragraph is the page's furniture rather than the story: boilerplate lines, a
 * byline, and above the headline a kicker or a counter.
 */
function isFurniture(b: Extract<Block, { kind: 'paragraph' }>, authors: readonly string[], base: string | null): boolean {
  if (isBoilerplate(b.text, b.role)) return true;
  if (b.role !== 'p') return false;
  if (END_OF_COPY_RE.test(b.text) || EXECUTION_PROMPT_RE.test(b.text) || EMBED_PLACEHOLDER_RE.test(b.text)) return true;
  // (A score breakdown's list, "Sound quality - 5/5", is the review's data, like its spec table.)
  if (b.text.length <= MAX_RATING_LINE_LENGTH && SCORE_LINE_RE.test(b.text)) return true;
  if (NUMBERS_ONLY_RE.test(b.text) || NO_WORD_RE.test(b.text) || TIMESTAMP_ONLY_RE.test(b.text) || PAGER_COUNTER_RE.test(b.text) || UPDATE_TIME_LINE_RE.test(b.text)) return true;
  if (b.text.length <= MAX_GALLERY_LABEL_LENGTH && GALLERY_LABEL_RE.test(b.text)) return true;
  if (b.text.length <= MAX_READ_MORE_LENGTH && (isLabelledLink(b.md, base) || HATNOTE_LINK_MD_RE.test(b.md) || isStandardsLine(b.md))) return true;
  if (b.text.length <= MAX_COPYRIGHT_NOTICE_LENGTH && ((RIGHTS_RESERVED_RE.test(b.text) && COPYRIGHT_NOTICE_RE.test(b.text)) || RIGHTS_NOTICE_LINE_RE.test(b.text))) return true;
  if (b.text.length <= MAX_DISCLOSURE_LENGTH && !QUOTE_MARK_RE.test(b.text) && AFFILIATE_DISCLOSURE_RE.test(b.text)) return true;
  if (b.text.length <= MAX_RATING_LINE_LENGTH && RATING_LINE_RE.test(b.text)) return true;
  if (b.text.length <= MAX_SITE_PROMO_LENGTH && !QUOTE_MARK_RE.test(b.text) && linksToChannel(b.md)) return true;
  if (b.text.length <= FOLLOW_LINE.maxLength && FOLLOW_LINE.labelRe.test(b.text) && isFollowLine(b.md)) return true;
  if (isReaderPromo(b, base)) return true;
  if (isAppPromo(b, base)) return true;
  if (isDeeperLead(b.md)) return true;
  if (b.text.length <= META_ROW_LINE.maxLength && (b.text.match(META_ROW_LINE.labelRe)?.length ?? 0) >= META_ROW_LINE.minLabels && (META_ROW_LINE.postingRe.test(b.text) || (META_ROW_LINE.publishingRe.test(b.text) && META_ROW_LINE.dateRe.test(b.text)))) return true;
  if (b.aboveHeadline && b.text.length <= MAX_ABOVE_HEADLINE_LENGTH && !isSentence(b.text)) return true;
  return isBylineLine(b.text, authors);
}

/**
 * What two renditions of one picture share: the URL without its query and with the sizes in
 * its path blanked (see SIZE_NUMBER_RE); null when the file name is too short to tell.
 */
function renditionKey(src: string): string | null {
  const { dir, name } = splitFileName(src);
  if (name.length < MIN_RENDITION_FILE_NAME) return null;
  return dir.replace(SIZE_NUMBER_RE, '#') + '/' + name;
}

/** The largest number in a URL outside its file name: how big a rendition it asks for. */
function sizeHint(src: string): number {
  let best = 0;
  for (const m of splitFileName(src).dir.matchAll(SIZE_HINT_RE)) best = Math.max(best, Number(m[0]));
  return best;
}

/** Whether `b` is another rendition of the figure just before it (same long file name). */
function isRenditionOf(prev: Figure, next: Figure): boolean {
  const key = renditionKey(prev.src);
  return key !== null && key === renditionKey(next.src);
}

/**
 * The upload a WordPress-sized image was cut from, wherever it appears: "…/buns-200x200.jpg"
 * and "…/buns-1024x683.jpg" are "…/buns.jpg" (a recipe card's thumbnail of the hero). Null for
 * a URL without the size suffix, which only an exact match or a neighbour merges.
 */
function uploadKey(src: string): string | null {
  const { dir, name } = splitFileName(src);
  const base = name.replace(WP_SIZE_SUFFIX_RE, '');
  return base === name || base.length < MIN_RENDITION_FILE_NAME ? null : `${dir}/${base}`;
}

/**
 * Merges duplicate images (a lightbox copy, a noscript copy) into the first one, and a
 * picture given twice in a row in two renditions into one, with the larger rendition's URL.
 */
function dedupeFigures(blocks: readonly Block[]): readonly Block[] {
  // Most bodies repeat no image: then the blocks are returned as they are, not copied.
  const sources = new Set<string>();
  let repeats = false;
  let last: Figure | null = null;
  for (const b of blocks) {
    if (b.kind !== 'figure') {
      last = null;
      continue;
    }
    const upload = uploadKey(b.figure.src);
    if (sources.has(b.figure.src) || (upload !== null && sources.has(upload)) || (last && isRenditionOf(last, b.figure))) {
      repeats = true;
      break;
    }
    sources.add(b.figure.src);
    if (upload !== null) sources.add(upload);
    last = b.figure;
  }
  if (!repeats) return blocks;
  const seen = new Map<string, Figure>();
  const out: Block[] = [];
  let previous: Figure | null = null;
  for (const b of blocks) {
    if (b.kind === 'figure') {
      const upload = uploadKey(b.figure.src);
      const first = seen.get(b.figure.src) ?? (upload !== null ? seen.get(upload) : undefined) ?? (previous && isRenditionOf(previous, b.figure) ? previous : undefined);
      if (first) {
        if (!first.caption && b.figure.caption) {
          first.caption = b.figure.caption;
          first.credit = b.figure.credit;
        }
        if (first.src !== b.figure.src && sizeHint(b.figure.src) > sizeHint(first.src)) {
          seen.set(b.figure.src, first);
          first.src = b.figure.src;
        }
        continue;
      }
      seen.set(b.figure.src, b.figure);
      if (upload !== null && !seen.has(upload)) seen.set(upload, b.figure);
      previous = b.figure;
    } else {
      previous = null;
    }
    out.push(b);
  }
  return out;
}

/**
 * The bold date lines that head a timeline's entries: each followed by a paragraph, and at
 * least MIN_TIMELINE_ENTRIES of them ("**Nov. 4, 2014**", "**2016**" over what happened then). One
 * such line alone is the story's date, set apart from its byline. They become subheads.
 */
function timelineDates(blocks: readonly Block[]): ReadonlySet<Block> {
  const dates = new Set<Block>();
  for (let i = 0; i < blocks.length - 1; i++) {
    const b = blocks[i] as Block;
    if (b.kind !== 'paragraph' || b.role !== 'p' || !b.boldOnly || b.text.length > MAX_SUBHEAD_LENGTH || blocks[i + 1]?.kind !== 'paragraph') continue;
    // A labelled date ("Updated March 4, 2025") is the story's, not an entry's.
    if (TIMELINE_DATE.yearRe.test(b.text) || (!TIMELINE_DATE.labelRe.test(b.text) && isDateLine(b.text))) dates.add(b);
  }
  return dates.size >= MIN_TIMELINE_ENTRIES ? dates : EMPTY_BLOCK_SET;
}
const EMPTY_BLOCK_SET: ReadonlySet<Block> = new Set();

/**
 * The label of a summary box the body opens with (LIST_BOX_LABEL: "Key points:" over its
 * list): the first heading, before any paragraph, marked as a list box's label, followed by
 * list items that are each a sentence, then by a paragraph of the story. It goes; its items stay.
 */
function listBoxLabel(blocks: readonly Block[]): Block | null {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (b.kind === 'figure' || (b.kind === 'paragraph' && b.aboveHeadline)) continue;
    if (b.kind !== 'heading' || !b.listBoxLabel) return null;
    let j = i + 1;
    for (let item = blocks[j]; item?.kind === 'paragraph' && item.role === 'li'; item = blocks[++j]) {
      if ((item.text.match(WORD_RE)?.length ?? 0) < LIST_BOX_LABEL.minItemWords) return null;
    }
    const next = blocks[j];
    return j > i + 1 && next?.kind === 'paragraph' && next.role === 'p' ? b : null;
  }
  return null;
}

/**
 * The items of lists above the headline that are the header's meta row, not the story: a run
 * of list items before the headline's element, each at most MAX_ABOVE_HEADLINE_LENGTH long and
 * none a sentence (Springer's "<ul class=c-article-identifiers><li>NEWS</li><li><time>04
 * January 2024</time></li></ul>", a type label and a date), as a `<p>` there is a kicker. A run
 * with one sentence in it is a summary the page sets above its headline, and stays whole; so
 * does any list after a sentence of prose (review: a recipe card's `<h2>` title met after the
 * post's ingredient list is no headline the story starts under).
 */
function headerListItems(blocks: readonly Block[]): ReadonlySet<Block> {
  const found = new Set<Block>();
  let run: Block[] = [];
  const close = (): void => {
    if (run.every((b) => b.kind === 'paragraph' && b.text.length <= MAX_ABOVE_HEADLINE_LENGTH && !isSentence(b.text))) for (const b of run) found.add(b);
    run = [];
  };
  for (const b of blocks) {
    // Only before the story has begun: a sentence read above the headline means the "headline"
    // was met late (a recipe card's title repeating the post's), and the lists before it are the body's.
    if (b.kind === 'paragraph' && b.role !== 'li' && isSentence(b.text)) break;
    if (b.kind === 'paragraph' && b.role === 'li' && b.aboveHeadline) run.push(b);
    else close();
  }
  close();
  return found.size > 0 ? found : EMPTY_BLOCK_SET;
}

/**
 * Filters blocks down to the article's: drops repeated captions, the headline and dek,
 * boilerplate lines; turns bold-only paragraphs followed by text into subheads.
 */
function refineBlocks(raw: readonly Block[], input: AssembleInput, found: { reporters: string[] } = { reporters: [] }): Block[] {
  const blocks = dedupeFigures(raw);
  const repeated = repeatedTextKeys(blocks, input);
  const kept: Block[] = [];
  const authors = (input.authors ?? []).map((n) => n.toLowerCase());
  const site = input.siteName ? input.siteName.toLowerCase() : null;
  const entryDates = timelineDates(blocks);
  const boxLabel = listBoxLabel(blocks);
  const headerItems = headerListItems(blocks);
  // No paragraph kept yet: the next one sits where a byline or desk line would.
  let first = true;
  // The level of an author card's name heading above the story (LinkedIn's publisher card:
  // an <h3> name over an <h4> job title): the lower-ranked headings right after it are the card's.
  let cardLevel = 0;
  // Where in `kept` the last end-of-copy mark stood (see endMatterStart).
  let endMark = -1;
  // A dateline block waiting for the paragraph it opens (SPLIT_DATELINE).
  let dateline: Extract<Block, { kind: 'paragraph' }> | null = null;
  // The block read just before this one, kept or not.
  let previous: Block | null = null;
  for (let index = 0; index < blocks.length; index++) {
    const b = blocks[index] as Block;
    const before = previous;
    previous = b;
    if (b === boxLabel || headerItems.has(b)) continue;
    if (b.kind === 'paragraph' && b.role === 'p' && !b.boldOnly && SLIDE_COUNTER_RE.test(b.text) && (before?.kind === 'figure' || blocks[index + 1]?.kind === 'figure')) continue;
    // (An <h2> naming the author opens a part of the story: a memoir's, a staff profile's.)
    if (first && b.kind === 'heading') {
      if (b.level >= AUTHOR_CARD_MIN_LEVEL && authors.includes(b.text.toLowerCase())) {
        cardLevel = b.level;
        continue;
      }
      if (cardLevel > 0 && b.level > cardLevel) continue;
    }
    cardLevel = 0;
    if (b.kind === 'paragraph' && b.role === 'p' && END_OF_COPY_RE.test(b.text)) {
      endMark = kept.length;
      continue;
    }
    if (b.kind === 'paragraph' && !entryDates.has(b) && (isRepeated(b.text, repeated) || isFurniture(b, authors, input.base))) continue;
    if (b.kind === 'figure' && isAuthorPortrait(b.figure, authors)) continue;
    if (first && b.kind === 'paragraph' && b.role === 'p' && isDeskLine(b.text, site)) continue;
    if (first && b.kind === 'paragraph' && b.role === 'p') {
      const credit = reporterCredit(b.text);
      if (credit && found.reporters.length === 0) found.reporters = credit.names;
      if (credit?.whole) continue;
    }
    // A paragraph that is one link and nothing else is a teaser of another story. Tested
    // before the date line, which scans a dozen date grammars.
    if (b.kind === 'paragraph' && b.role === 'p' && (b.linkOnly || isParenthesisedTeaser(b, input.base)) && b.text.length <= MAX_LINK_PARAGRAPH_LENGTH) continue;
    // A row of labelled teasers goes, and its label set just before it (TEASER_ROW).
    if (b.kind === 'paragraph' && b.role === 'p' && isTeaserRow(b, input.base)) {
      const label = kept[kept.length - 1];
      if (label && label.kind !== 'figure' && 'text' in label && label.text.replace(TEASER_ROW.leadRe, '') === '') kept.pop();
      continue;
    }
    // A date in a quote or a list is its attribution or an entry (a tweet's date, a reference).
    // Its label set as a block of its own just before it goes with it (DATE_LABEL_BLOCK).
    if (b.kind === 'paragraph' && b.role === 'p' && !entryDates.has(b) && isDateLine(b.text)) {
      const label = kept[kept.length - 1];
      if (label !== undefined && label === before && label.kind === 'paragraph' && label.role === 'p' && isDateLabel(label.text)) kept.pop();
      continue;
    }
    if (b.kind === 'heading' && isRepeated(b.text, repeated)) continue;
    // A dateline set as a block of its own ("Atlanta CNN —") opens the first paragraph.
    if (first && b.kind === 'paragraph' && b.role === 'p' && dateline === null && isSplitDateline(b.text, site)) {
      dateline = b;
      continue;
    }
    if (dateline !== null) {
      if (b.kind === 'paragraph' && b.role === 'p') {
        kept.push({ ...b, text: `${dateline.text} ${b.text}`, md: `${dateline.md} ${b.md}` });
        dateline = null;
        first = false;
        continue;
      }
      kept.push(dateline);
      dateline = null;
    }
    if (b.kind === 'paragraph') first = false;
    kept.push(b);
  }
  if (dateline !== null) kept.push(dateline);
  if (endMark >= 0 && isEndMatter(kept, endMark)) kept.length = endMark;
  // The story ends with its last paragraph: a heading after it titles a video player or a
  // widget that was removed ("VÍDEOS: mais assistidos…"); a copyright notice ("© 2025 X.
  // All Rights Reserved.", "무단전재 및 재배포 금지"), a reporter's e-mail address and a
  // bracketed signature ("（山田太郎）") or a bold one ("**Gia Minh**"), and an interview's
  // credit ("Propos recueillis par Claire Vasseur") are not prose.
  for (let last = kept[kept.length - 1]; last; last = kept[kept.length - 1]) {
    const line = last.kind === 'paragraph' && last.role === 'p' ? last.text : null;
    const signature = line === null ? null : CLOSING_SIGNATURE_RE.exec(line);
    const interviewer = line === null ? null : INTERVIEW_CREDIT_RE.exec(line);
    const label = last.kind === 'paragraph' && (isListLabel(last) || (last.role === 'p' && last.boldOnly && last.text.length <= DANGLING_LEAD_IN.maxLength && DANGLING_LEAD_IN.endRe.test(last.text)));
    // A bold name signs the story only when no other author is named, or names that author.
    const signed =
      last.kind === 'paragraph' && last.role === 'p' && last.boldOnly ? boldSignatureNames(last.text) : null;
    const signedBy = signed !== null && (input.authorsAreOutlet === true || authors.every((a) => a === site) || signed.every((n) => authors.includes(n.toLowerCase()))) ? signed : null;
    // A closing line all in bold whose only links go to a messenger (its channel) is the site's
    // call to follow it: "**Ən son xəbərləri [Telegram kanalımızda](…) izləyin!**".
    const channelCall = last.kind === 'paragraph' && last.role === 'p' && last.boldOnly && isChannelCallText(last.text) && linksOnlyToMessenger(last.md);
    // A newsroom's corrections policy and the authors' bios close the story too.
    const policyOrBio = line !== null && last.kind === 'paragraph' && (isCorrectionsPolicy(line, last.md) || isAuthorBio(line, last.md, authors) || isContactLine(line, authors));
    // A wire trailer after the typed rule points to more coverage elsewhere (RULE_TRAILER).
    const before = kept[kept.length - 2];
    const trailer = line !== null && line.length <= RULE_TRAILER.maxLength && before?.kind === 'paragraph' && RULE_TRAILER.ruleRe.test(before.text) && RULE_TRAILER.leadRe.test(line) && RULE_TRAILER.urlRe.test(line);
    // A reporter's profile line: after her e-mail line, or a handle that spells her name (PROFILE_ONLY_RE).
    const profile = line !== null && PROFILE_ONLY_RE.test(line) && ((before?.kind === 'paragraph' && EMAIL_ONLY_RE.test(before.text)) || handleNamesAuthor(line, authors));
    // The wire's source line ("Źródło: PAP, Onet"), unlinked: a source linked to another site is cited, and stays.
    const sourceLine = line !== null && last.kind === 'paragraph' && SOURCE_LINE_RE.test(line) && !last.md.includes('](') && before?.kind !== 'table' && before?.kind !== 'figure';
    if (last.kind !== 'heading' && !label && !signature && !interviewer && !signedBy && !channelCall && !policyOrBio && !trailer && !profile && !sourceLine && !(line !== null && isClosingNotice(line, site))) break;
    kept.pop();
    const signatory = signature ? signatureName(signature[1] as string) : null;
    const names = signatory !== null ? [signatory] : interviewer ? [interviewer[1] as string] : signedBy;
    if (names && found.reporters.length === 0) found.reporters = names;
  }
  dropEmptyHeadings(kept);
  return kept.map((b, i) => {
    if (b.kind !== 'paragraph' || !isSubheadText(b)) return b;
    const next = kept[i + 1];
    return next !== undefined && next.kind === 'paragraph' ? { kind: 'heading', level: 2, text: b.text } : b;
  });
}

/** The reporters a bold closing line signs with: one to MAX_SIGNATURE_NAMES names (BOLD_SIGNATURE_RE) joined by BOLD_SIGNATURE_SEPARATOR_RE, else null. */
function boldSignatureNames(text: string): string[] | null {
  if (NOT_A_SIGNATURE_WORD_RE.test(text)) return null;
  const names = text.split(BOLD_SIGNATURE_SEPARATOR_RE);
  return names.length <= MAX_SIGNATURE_NAMES && names.every((n) => BOLD_SIGNATURE_RE.test(n)) ? names : null;
}

/** Whether a block is a dateline of its own (SPLIT_DATELINE): its source the site (`site`, lower case) or an agency in parentheses. */
function isSplitDateline(text: string, site: string | null): boolean {
  if (!SPLIT_DATELINE.re.test(text)) return false;
  if (SPLIT_DATELINE.agencyRe.test(text)) return true;
  const rest = text.slice(0, text.search(SPLIT_DATELINE.dashRe)).trim().toLowerCase();
  return site !== null && site.length > 0 && rest.endsWith(site) && rest.length > site.length && !LETTER_OR_DIGIT_RE.test(rest.charAt(rest.length - site.length - 1));
}

/**
 * Whether the blocks from `start` on, after an end-of-copy mark, are the story's end matter
 * (END_MATTER): pictures and short lines that are no sentences, staff credits and a follow
 * prompt; no heading, list or quote.
 */
function isEndMatter(blocks: readonly Block[], start: number): boolean {
  for (let i = start; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    // A captioned picture is the story's (a press release's photo after "ENDS"); a QR code has no caption.
    if (b.kind === 'figure') {
      if (b.figure.caption) return false;
      continue;
    }
    if (b.kind !== 'paragraph' || b.role !== 'p' || b.text.length > END_MATTER.maxLineLength || END_MATTER.sentenceEndRe.test(b.text)) return false;
  }
  return true;
}

/**
 * Drops, in place, a heading that a higher-ranked one follows at once, or one of its rank when
 * it names a list (LIST_LABEL_RE): what it titled was removed ("More breakfast recipes you'll
 * love" over a pruned link list, "See also"). "Ingredients" over "For the crust" (same rank)
 * or "For the dough" (lower) opens its parts.
 */
function dropEmptyHeadings(blocks: Block[]): void {
  let n = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    const next = blocks[i + 1];
    if (b.kind === 'heading' && next?.kind === 'heading' && (next.level < b.level || (next.level === b.level && LIST_LABEL_RE.test(b.text)))) continue;
    blocks[n++] = b;
  }
  blocks.length = n;
}

/**
 * A bold-only line written like a subhead: a heading when text follows it. When the body ends
 * on it and it names a list (LIST_LABEL_RE: "New Yorker Favorites", "More from The Ledger"),
 * it is the label of links that were pruned, like a trailing heading.
 */
function isSubheadText(b: Extract<Block, { kind: 'paragraph' }>): boolean {
  // A rule of underscores or dashes in bold is a separator, not a heading.
  return b.boldOnly && b.role === 'p' && b.text.length <= MAX_SUBHEAD_LENGTH && (!SUBHEAD_END_RE.test(b.text) || ABBREVIATION_END_RE.test(b.text)) && LETTER_OR_DIGIT_RE.test(b.text);
}

/** A bold line naming a list: a few words, no date, and a list's word (LIST_LABEL_RE). */
function isListLabel(b: Extract<Block, { kind: 'paragraph' }>): boolean {
  if (!isSubheadText(b) || NOT_A_LIST_LABEL_RE.test(b.text) || !LIST_LABEL_RE.test(b.text)) return false;
  return (b.text.match(WORD_RE)?.length ?? 0) <= MAX_LIST_LABEL_WORDS;
}

function blockParagraphs(b: Block): string[] {
  switch (b.kind) {
    case 'paragraph':
      return [b.text];
    case 'code':
      return [normalizeSpace(b.text)];
    case 'table':
      return b.rows.map((r) => r.filter(Boolean).join(' | '));
    default:
      return [];
  }
}

function toSections(blocks: readonly Block[]): Section[] {
  const sections: Section[] = [];
  let current: Section = { heading: null, level: null, paragraphs: [] };
  for (const b of blocks) {
    if (b.kind === 'heading') {
      if (current.heading !== null || current.paragraphs.length > 0) sections.push(current);
      current = { heading: b.text, level: b.level, paragraphs: [] };
      continue;
    }
    for (const p of blockParagraphs(b)) current.paragraphs.push(p);
  }
  if (current.heading !== null || current.paragraphs.length > 0) sections.push(current);
  return sections;
}

/**
 * An array of `length` slots to fill from the start and cut to what was filled. A body's
 * block list can be 100,000 long, and an array grown by push past ~16,000 entries is copied
 * into a new large-object allocation at each growth, which costs page faults, not only copies.
 */
function sizedArray<T>(length: number): T[] {
  return new Array<T>(length);
}

function toText(blocks: readonly Block[]): string {
  const parts = sizedArray<string>(blocks.length);
  let n = 0;
  for (const b of blocks) {
    if (b.kind === 'heading') parts[n++] = b.text;
    else if (b.kind === 'code') parts[n++] = b.text;
    else if (b.kind === 'table') parts[n++] = b.rows.map((r) => r.join('\t')).join('\n');
    else if (b.kind === 'paragraph') parts[n++] = b.text;
  }
  parts.length = n;
  return parts.join('\n\n');
}

function blockMarkdown(b: Block, notes: ReadonlySet<string>): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(Math.max(2, b.level))} ${escapeLineStart(escapeMarkdown(b.text))}`;
    case 'paragraph': {
      const md = resolveFootnoteRefs(b.md, notes);
      const body = b.marker ? `${b.marker} ${md}` : escapeLineStart(md);
      return b.role === 'quote' ? `> ${body}` : body;
    }
    case 'code':
      return codeBlockMarkdown(b.text, b.lang);
    case 'table':
      return tableMarkdown(b.rows);
    case 'figure':
      return figureMarkdown(b.figure);
  }
}

function toMarkdown(blocks: readonly Block[]): string {
  const notes = definedNotes(blocks);
  // map allocates its result at the final length (see sizedArray).
  return blocks.map((b) => blockMarkdown(b, notes)).join('\n\n');
}

/** The marks of the notes the blocks define ("[^2]: …"): a footnote reference to another is left out (resolveFootnoteRefs). */
function definedNotes(blocks: readonly Block[]): Set<string> {
  const notes = new Set<string>();
  for (const b of blocks) {
    if (b.kind !== 'paragraph' || !b.marker.endsWith(DEFINITION_END)) continue;
    const mark = NOTE_DEFINITION_RE.exec(b.marker);
    if (mark) notes.add(mark[1] as string);
  }
  return notes;
}
const DEFINITION_END = ']:';
/** A note definition's marker, "[^2]:", as blocks.ts writes it. */
const NOTE_DEFINITION_RE = /^\[\^(.+)\]:$/;

/** Every section's paragraphs in one list, allocated once at its length. */
function allParagraphs(sections: readonly Section[]): string[] {
  let total = 0;
  for (const s of sections) total += s.paragraphs.length;
  const out = sizedArray<string>(total);
  let n = 0;
  for (const s of sections) for (const p of s.paragraphs) out[n++] = p;
  return out;
}

/** Words in a text; each CJK character counts as one. */
export function countWords(text: string): number {
  const cjk = countMatches(text, CJK_RE);
  return cjk + countWordMatches(cjk > 0 ? text.replace(CJK_RE, ' ') : text);
}

/**
 * How many times the global regex `re` matches `text`. Counted with test() on a copy of the
 * regex (its lastIndex is the copy's own): match() would keep every word of the body alive in
 * one array, and matchAll() allocates a match array per word, a body's worth of garbage.
 */
function countMatches(text: string, re: RegExp): number {
  const counter = new RegExp(re);
  let count = 0;
  while (counter.test(text)) count++;
  return count;
}

/**
 * What the headline's own `<header>` holds beside the headline and its pictures: a kicker, an
 * opinion disclosure ("Opinion articles provide independent perspectives… Learn more"), the
 * byline and dates, a share bar. None of it is the story's (the dek was read as metadata).
 * A header holding more text than a header's (HEADLINE_HEADER.maxOwnText: a page that wraps
 * its story in one) gives nothing. Left out here rather than removed in clean, so the header's
 * dek still leads scoring to the blocks after it (a fact check's claim box).
 */
function besideHeadline(headline: Element): Element[] {
  let header: Element | null = null;
  for (let up = headline.parent; isElement(up); up = up.parent) {
    if (up.name === 'header') {
      header = up;
      break;
    }
  }
  if (header === null || innerTextLongerThan(header, innerText(headline).length + HEADLINE_HEADER.maxOwnText)) return [];
  const parts: Element[] = [];
  for (let up: Element = headline; up !== header && isElement(up.parent); up = up.parent) {
    for (const sibling of up.parent.children) {
      // A list (key points) or paragraphs in a row (a brief set in the header) are the story's.
      if (sibling !== up && isElement(sibling) && !containsImage(sibling) && !holdsStoryBlocks(sibling)) parts.push(sibling);
    }
  }
  return parts;
}

/**
 * Builds the article body from the main-content nodes: blocks → refined blocks → sections,
 * paragraphs, images, and text and markdown rendered from the same blocks.
 * @internal
 */
export function assembleBody(input: AssembleInput): Body {
  const skip = new Set<Element>();
  const beside = input.headlineElement ? besideHeadline(input.headlineElement) : [];
  if (input.headlineElement) {
    skip.add(input.headlineElement);
    for (const part of beside) skip.add(part);
  }
  const options = { base: input.base, skip, formatting: classFormatting(input.styleSheets ?? []) };
  const heroBlocks: Block[] = collectBlocks(input.hero, { ...options, hero: true }).filter((b) => b.kind === 'figure');
  let bodyBlocks: Block[] =
    input.plainText !== null
      ? input.plainText
          .split(PLAIN_PARAGRAPH_SPLIT_RE)
          .map((p) => normalizeSpace(p))
          .filter(Boolean)
          .map((text) => ({ kind: 'paragraph', text, md: escapeMarkdown(text), role: 'p', marker: '', boldOnly: false, linkOnly: false }))
      : collectBlocks(input.content, options);
  // A story told inside the headline's header (a brief) is the body after all.
  if (input.plainText === null && beside.length > 0 && !bodyBlocks.some((b) => b.kind === 'paragraph')) {
    bodyBlocks = collectBlocks(input.content, { ...options, skip: new Set(input.headlineElement ? [input.headlineElement] : []) });
  }
  const found = { reporters: [] as string[] };
  const blocks = refineBlocks(heroBlocks.length > 0 ? heroBlocks.concat(bodyBlocks) : bodyBlocks, input, found);
  const sections = toSections(blocks);
  const text = toText(blocks);
  return {
    sections,
    paragraphs: allParagraphs(sections),
    images: blocks.flatMap((b) => (b.kind === 'figure' ? [b.figure] : [])),
    text,
    markdown: toMarkdown(blocks),
    wordCount: countWords(text),
    reporters: found.reporters.length > 0 ? found.reporters : datelineReporters(blocks),
  };
}
