import type { Author } from '../types';
import type { AnyNode, Element, ParentNode } from '../parse/dom';
import { LETTER_OR_DIGIT_RE, LETTER_RE, STORY_TAG, adjacentElement, attr, hasListToken, slugKey, classAndId, commonAncestor, contains, countLongParagraphs, enclosingArticle, findDescendant, innerText, innerTextLongerThan, isElement, isImage, isHiddenByMarkup, isHiddenInTree, isTextNode, isUnseenText, itemScopeOf, normalizeSpace, separatedText, textContent, trimEndChars, textContentExcept, visibleLines, visibleText, walkElements } from '../parse/dom';
import { dedupeAuthors, isPersonName, joinedByWord, splitByline } from './authors';
import type { OutletWords } from './outlets';
import { isOutlet } from './outlets';
import type { AuthorLink } from './author-links';
import { bylineLinks, isAboutPage, parentPath, saysAuthorPage } from './author-links';
import { dataRoleNames, dekClassNames } from './dek';
import { parseUrl, resolveUrl, siteHost } from '../parse/url';
import { ARTICLE_PROSE, BARE_LEAD_CLASS_RE, NOT_IN_BARE_LEAD_TAGS, RDFA_DATE_PROPERTY_RE, BYLINE_CLASS_RE, BYLINE_TERM_RE, MAX_NAME_ELEMENT_LENGTH, DATE_STAMP_ATTRIBUTES, DATE_STAMP_RE, NOT_ARTICLE_DATE_CLASS_RE, BYLINE_PREFIX_RE, META_BLOCK_CLASS_RE, DATE_CLASS_RE, DEK_CLASS_RE, FOREIGN_CONTAINER_RE, FOREIGN_CONTAINER_TAGS, NOT_CHROME_NAME_RE, BREADCRUMB_DATE_NAME_RE, LEAD_FOOTER, ENTRY_SIGNATURE, LAYOUT_TAGS, MICRODATA_ARTICLE_TYPE_RE, MAX_BYLINE_LENGTH, MAX_DATE_LINE_LENGTH, MAX_DEK_LENGTH, MAX_META_BLOCK_TEXT, MAX_FOREIGN_CONTAINER_TEXT, MAX_FOREIGN_DEPTH, MIN_DEK_LENGTH, DIGIT_RE, PUBLICATION_NAME_RE, PUBLISHED_LABEL_RE, TAG_HREF_RE, TAG_PARAM_HREF_RE, TIME_MODIFIED_RE, TIME_PUBLISHED_CLASS_RE, TOPIC_HREF_RE, TOPIC_LIST_DEPTH, TOPIC_LIST_LABEL_RE, TOPIC_LIST_NAME_RE, MAX_TOPIC_LIST_LABEL, UPDATED_LABEL_RE, AUTHOR_TOKEN, DESCRIPTION_TOKEN, VISIBLE_META_CLASS_RE, VISIBLE_META_ID_RE, MAX_ELEMENTS_AFTER_HEADLINE, MAX_ZONE_LINE_LENGTH, MAX_HEADER_LINE_LENGTH, UPDATED_LINE_LABEL_RE, UPDATE_LINE_DEPTH, PAGE_UPDATE_LINE_RE, PAGE_FOOTER_NAME_RE, MAX_HEADLINE_BLOCK_LENGTH, MAX_DATE_LINK_DEPTH, PLAIN_BYLINE, AUTHOR_HREF_RE, NAME_LINK_WRAPPER_TAGS, UNNAMED_BYLINE, TAG_LIST_ARIA_LABEL_RE, TAG_NAV_CLASS_RE, NAME_CONNECTOR_WORDS, PICTURE_TAGS, HREF_QUERY_RE, CATEGORY_QUERY_KEY_RE, MAX_TAG_LINK_TEXT, BYLINE_NAME_PART_RE, NAME_TOKEN, KOREAN_REPORTER_LINE_RE, TEASER_ITEM_DEPTH, MAX_TEASER_ITEM_TEXT, MIN_TEASER_ITEMS, MAX_TEASER_SIBLINGS, TEASER_CARD, MENU_ENTRY, CLOSING_CREDIT, SITE_BAR_CLASS_RE, LINKED_BYLINE, CATEGORY_HREF_RE, TAG_REL_CATEGORY_TOKEN, TAG_REL_TOKEN, LABELLED_LINK_LIST, NOT_A_PERSON_PATH_RE, AVATAR_NAME_ROW, BYLINE_NOT_NAME_PART_RE, FACT_ROW, BYLINE_DATE_TAIL_RE, BYLINE_LABEL_PART_RE, BYLINE_LABEL_TEXT_RE, CAPITALISED_NAME_LABEL_RE, DATE_DIGIT_RE, WORD_RE, BYLINE_DATE_LINE, LONE_WORD_RE, BYLINE_WORD_RE, BYLINE_LINE_JOIN, MID_LINE_BYLINE_RE, MID_LINE_BYLINE_BEFORE_RE, MID_LINE_NOT_AUTHOR_RE, USER_ACCOUNT_ATTRIBUTES, CAMEL_HUMP_RE, DEK_ID_RE, DEK_ID_WORD_RE, FILED_UNDER_LABEL_RE, ARTICLE_TOPICS_LABEL_RE, WORK_FACT_TERM_RE, MICROFORMAT_ENTRY_CLASS_RE, MICROFORMAT_POST_CLASS_RE, CLOCK_TITLE_RE, DATE_ONLY_TEXT_RE, SEARCH_PATH_RE, COMMENT_RUN, COMMENTER_LINK_REL_RE, SOCIAL_PAGE_RE, RELATED_TAG_LIST_RE, RELATED_TAG_LIST, STORY_TAG_LIST, NAME_ITEMPROP_RE, CLAIM_BLOCK, EDITOR_CREDIT_RE, WRITER_CREDIT_RE, ROLE_WORDS_RE, ADMIN_ACCOUNT_RE } from './constants';
import { PHOTO_CREDIT_LINE_RE } from '../clean/constants';
import { DATE_LINE_ABOVE, DATE_LINE_DIVIDER, IN_WORD_EMPTY_TAGS, LATER_PUBLICATION_LABEL_RE, SLASHED_ORDERS } from './constants';
import { findDatesInText, isWeekdayName } from '../dates';

/** The elements readVisibleMetadata looks at; <h1>s too, only to know which bylines come after the headline. */
function isVisibleMetaCandidate(el: Element): boolean {
  if (el.name === 'h1' || el.name === 'address' || isBareTime(el) || isUserAccount(el)) return true;
  if (el.name === 'dd' && isBylineDefinition(el)) return true;
  const { class: cls, id, rel, itemprop } = el.attribs;
  if (cls !== undefined && VISIBLE_META_CLASS_RE.test(cls)) return true;
  // A dek named by its id alone (NYT's `<p id="article-summary" class="css-79rysd">`, its class hashed).
  // Only the words that name nothing but a dek: an id "article-lead" or "intro" may be the
  // story's first paragraph's, and a summary widget with a button is an AI-summary toggle.
  if (id !== undefined && (VISIBLE_META_ID_RE.test(id) || (DEK_ID_WORD_RE.test(id) && DEK_ID_RE.test(id.replace(CAMEL_HUMP_RE, '-')) && findDescendant(el, (d) => d.name === 'button') === null))) return true;
  const roles = dataRoleNames(el);
  if (roles !== '' && (BYLINE_CLASS_RE.test(roles) || DEK_CLASS_RE.test(dekClassNames(el)) || BARE_LEAD_CLASS_RE.test(roles))) return true;
  // HTML reads rel values case-insensitively, itemprop values as written.
  return hasListToken(rel, AUTHOR_TOKEN, true) || hasListToken(itemprop, AUTHOR_TOKEN, false) || (el.name !== 'meta' && hasListToken(itemprop, DESCRIPTION_TOKEN, false));
}

/**
 * A `<time>` without a machine-readable `datetime`: the element names itself a time, so its
 * text is a date line whatever its class ("<time class=frett-dags>23. desember 2025 kl. 15.09</time>").
 */
function isBareTime(el: Element): boolean {
  return el.name === 'time' && el.attribs.datetime === undefined;
}

/** Whether an element marks one of the platform's user accounts (USER_ACCOUNT_ATTRIBUTES). */
function isUserAccount(el: Element): boolean {
  return USER_ACCOUNT_ATTRIBUTES.some((name) => el.attribs[name] !== undefined);
}

/**
 * The author a user account element names (see USER_ACCOUNT_ATTRIBUTES) when a byline label
 * alone comes right before it ("<b>Posted by:</b> <span lj:user=marsh_wren>…</span>"): its
 * handle as printed, with the link on it when that is an author's page (a journal's root is
 * not). A user named in running text ("with <span lj:user=…>"), or a commenter's name
 * without a label, is no byline.
 */
function labelledUserAccount(el: Element, base: string | null): Author | null {
  let label = el.prev;
  while (label && isTextNode(label) && !LETTER_OR_DIGIT_RE.test(label.data)) label = label.prev;
  if (!label || (!isTextNode(label) && !isElement(label))) return null;
  const labelText = isTextNode(label) ? normalizeSpace(label.data) : visibleText(label);
  if (!isBylineLabel(labelText)) return null;
  const name = visibleText(el);
  if (!name || name.length > MAX_NAME_ELEMENT_LENGTH || !LETTER_RE.test(name)) return null;
  const link = bylineLinks(el, base, (text) => [text]).get(name.toLowerCase());
  return { name, url: link?.url ?? null };
}

/** A `<dd>` whose term says it names the writers (BYLINE_TERM_RE): "<dt>From:</dt><dd>…</dd>". */
function isBylineDefinition(el: Element): boolean {
  let term = el.prev;
  while (term && !isElement(term)) term = term.prev;
  return isElement(term) && term.name === 'dt' && BYLINE_TERM_RE.test(visibleText(term));
}

/**
 * Whether a definition sits in a description list of a reviewed work's facts: a term beside
 * it names one (WORK_FACT_TERM_RE: "Publisher", "ISBN", "Director"). HTML lets a `<div>` wrap
 * each term and definition, so the list is looked for up to two levels.
 */
function inWorkFacts(dd: Element): boolean {
  let list = dd.parent;
  if (isElement(list) && list.name !== 'dl' && isElement(list.parent) && list.parent.name === 'dl') list = list.parent;
  if (!isElement(list) || list.name !== 'dl') return false;
  return findDescendant(list, (el) => el.name === 'dt' && WORK_FACT_TERM_RE.test(visibleText(el))) !== null;
}

/** A byline read from a definition in a reviewed work's fact box (inWorkFacts). */
function isWorkFact(b: Byline): boolean {
  return b.el.name === 'dd' && inWorkFacts(b.el);
}

/**
 * A block named a bare "lead" (BARE_LEAD_CLASS_RE) that holds no link or picture: by its class
 * when it is not a `<p>` (Bootstrap's lede paragraph), or by its framework's name for it, which
 * no stylesheet shares (`<div class="SimpleBlock-module_lead__Qe8Hn" data-testid="lead">`).
 */
function isBareLead(el: Element): boolean {
  const named = (el.name !== 'p' && BARE_LEAD_CLASS_RE.test(el.attribs.class ?? '')) || BARE_LEAD_CLASS_RE.test(dataRoleNames(el));
  return named && findDescendant(el, (inner) => NOT_IN_BARE_LEAD_TAGS.has(inner.name)) === null;
}

/**
 * Whether a `<time>` is an update's: its line is named as one, or an update label stands right
 * before it in its line ("Updated <time title=…>10:30 am</time>", "Published 9:00 | Обновлено
 * <time>…</time>"), back to the line's start or to an earlier date.
 */
function isUpdateLabelled(time: Element): boolean {
  const line = time.parent;
  if (!isElement(line)) return false;
  if (UPDATED_LABEL_RE.test(classAndId(line))) return true;
  let before = '';
  for (let node = time.prev; node; node = node.prev) {
    const text = isTextNode(node) ? node.data : isElement(node) ? textContent(node) : '';
    if (DIGIT_RE.test(text)) {
      before = text.slice(text.search(LAST_DIGIT_RE) + 1) + before;
      break;
    }
    before = text + before;
  }
  return UPDATE_LABEL_BEFORE_TIME_RE.test(before);
}
/** The last digit of a text (and all after it). */
const LAST_DIGIT_RE = /\d(?=\D*$)/;
/**
 * An update label ending right before a time, a colon or a preposition between them
 * ("Updated ", "Обновлено: ", "Last updated on "); not a name that holds the word with a
 * separator after it ("Morning Update · ", "Modifications du code — ").
 */
const UPDATE_LABEL_BEFORE_TIME_RE = new RegExp(String.raw`(?:${UPDATED_LABEL_RE.source})[\p{L}\p{M}]*\s*(?:(?:on|at|am|um|le|el|il|em|в)\s+)?[:：]?\s*$`, 'iu');

/** Elements whose own text opens with a publication label ("publiziert am …") or an update label, whatever their class. */
/**
 * The names short text lines credit by a label (EDITOR_CREDIT_RE, WRITER_CREDIT_RE): the
 * page's duty editor ("责任编辑：肖春芳") and writer ("作者：…"), as printed after the label,
 * up to a bracket or separator (a name may run on: "肖春芳 2017-03-10").
 */
export interface Credits {
  editors: string[];
  writers: string[];
}

interface LabelledLine {
  el: Element;
  text: string;
  /** The line comes after the headline's `<h1>` in the page (or the page has none). */
  afterHeadline: boolean;
}

/**
 * Candidates in document order, the labelled date lines, the links to tag pages, the first
 * elements after the headline (see MAX_ELEMENTS_AFTER_HEADLINE) and (when there is a
 * headline) the first links to author pages after it, in one walk.
 */
function visibleMetaCandidates(
  root: ParentNode,
  headline: Element | null,
): { found: Element[]; labelled: LabelledLine[]; updateLabelled: LabelledLine[]; tagLinks: Element[]; nearHeadline: Element[]; authorPageLinks: Element[]; credits: Credits } {
  const found: Element[] = [];
  const credits: Credits = { editors: [], writers: [] };
  const labelled: LabelledLine[] = [];
  const updateLabelled: LabelledLine[] = [];
  const tagLinks: Element[] = [];
  const nearHeadline: Element[] = [];
  const authorPageLinks: Element[] = [];
  let afterHeadline = headline === null;
  // The tag list a `<nav>` is labelled as (isTagNav) holds the story's tags whatever their
  // links' paths ("/t/18-220306/fi"); the walk meets the `<nav>` before its links.
  let tagNav: Element | null = null;
  // A theme may print the tag list above the title inside the story's own <article>
  // (Material for MkDocs' nav.md-tags): there, only a list named as the tags counts.
  const storyArticle = headline === null ? null : enclosingArticle(headline);
  walkElements(root, (el) => {
    if (el === headline) afterHeadline = true;
    else if (headline !== null && afterHeadline && nearHeadline.length < MAX_ELEMENTS_AFTER_HEADLINE && !contains(headline, el)) nearHeadline.push(el);
    // The headline's element, whatever it is (an <h2 class=entry-title> under a blog's <h1>),
    // marks where the story's lines begin.
    if (el === headline || isVisibleMetaCandidate(el)) found.push(el);
    // Ancestry is asked only of a <nav> and a link: walking up from every element cost more
    // than the rest of this walk.
    if (isTagNav(el) && (afterHeadline || (storyArticle !== null && contains(storyArticle, el)))) tagNav = el;
    if (el.name === 'a' && el.attribs.href !== undefined) {
      // A story's tags follow its headline; links above it are the site's (a topics strip).
      const inTagNav = tagNav !== null && contains(tagNav, el);
      const placed = afterHeadline || (inTagNav && storyArticle !== null && contains(storyArticle, el));
      const href = el.attribs.href;
      if (placed && (inTagNav || isTagPageHref(href) || TOPIC_HREF_RE.test(href) || searchesOwnText(el, href))) tagLinks.push(el);
    }
    if (headline !== null && afterHeadline && el.name === 'a' && authorPageLinks.length < UNNAMED_BYLINE.maxLinks && AUTHOR_HREF_RE.test(el.attribs.href ?? '')) authorPageLinks.push(el);
    if (el.name === 'script' || el.name === 'style') return false;
    for (const child of el.children) {
      // (Most short text nodes are the spaces between tags: no letter, no label, and the two
      // label patterns' alternations are not tried on them.)
      if (child.type !== 'text' || child.data.length > MAX_DATE_LINE_LENGTH || !LETTER_RE.test(child.data)) continue;
      const editor = EDITOR_CREDIT_RE.exec(child.data)?.[1];
      if (editor !== undefined) credits.editors.push(normalizeSpace(editor));
      const writer = editor === undefined ? WRITER_CREDIT_RE.exec(child.data)?.[1] : undefined;
      if (writer !== undefined) credits.writers.push(normalizeSpace(writer));
      if (PUBLISHED_LABEL_RE.test(child.data)) {
        labelled.push({ el, text: child.data, afterHeadline });
        break;
      }
      if (UPDATED_LINE_LABEL_RE.test(child.data) || PAGE_UPDATE_LINE_RE.test(child.data)) {
        updateLabelled.push({ el, text: child.data, afterHeadline });
        break;
      }
    }
    return true;
  });
  return { found, labelled, updateLabelled, tagLinks, nearHeadline, authorPageLinks, credits };
}

/** Whether an href goes to a tag page: "/tag/sql" (TAG_HREF_RE) or Kirby's "/lokales/tag:Verkehr" (TAG_PARAM_HREF_RE). */
function isTagPageHref(href: string): boolean {
  return TAG_HREF_RE.test(href) || TAG_PARAM_HREF_RE.test(href);
}

const QUERY_PAIR_SPLIT_RE = /[&;]/;
const PLUS_RE = /\+/g;


/**
 * Whether a link's query searches for the link's own text (HREF_QUERY_RE): "<a
 * href=/blog/?q=repair>#repair</a>", "<a href=/search/?tags=%D0%90…>Астана</a>", "<a
 * href=/latest?tag=raspberry-pi>Raspberry Pi</a>", or whose path does (uCoz's "<a
 * href=/search/каток/>каток</a>", SEARCH_PATH_RE), compared by letters and digits; not a
 * filter by category (CATEGORY_QUERY_KEY_RE), which is no tag, as a rel="category tag" link is none.
 */
function searchesOwnText(a: Element, href: string): boolean {
  const query = HREF_QUERY_RE.exec(href)?.[1];
  const segment = query ? undefined : SEARCH_PATH_RE.exec(href)?.[1];
  if (!query && !segment) return false;
  const text = innerText(a);
  if (text.length > MAX_TAG_LINK_TEXT) return false;
  const key = slugKey(text);
  // A page number ("?page=2") is no tag: a tag has a letter.
  if (!key || !LETTER_RE.test(key)) return false;
  // Or the search in the path ("/search/каток/", SEARCH_PATH_RE).
  if (!query) return slugKey(decodeQueryValue(segment as string)) === key;
  for (const pair of query.split(QUERY_PAIR_SPLIT_RE)) {
    const at = pair.indexOf('=');
    if (at > 0 && !CATEGORY_QUERY_KEY_RE.test(pair.slice(0, at)) && slugKey(decodeQueryValue(pair.slice(at + 1))) === key) return true;
  }
  return false;
}

/** A query value as a form encodes it ("+" for a space), undecodable escapes kept as written. */
function decodeQueryValue(value: string): string {
  const spaced = value.replace(PLUS_RE, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/** An href with a scheme or a host ("https://shop.example/…", "//cdn…"), not a path. */
const ABSOLUTE_HREF_RE = /^\s*(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * Whether a link stays on the page's site (`pageHost`, see siteHost): a tag page is the
 * site's own ("/tag/sql"), another site's is not. Without a page, only relative links count.
 */
function isOwnSiteLink(a: Element, pageHost: string | null): boolean {
  const href = a.attribs.href ?? '';
  if (!ABSOLUTE_HREF_RE.test(href)) return true;
  const url = pageHost === null ? null : parseUrl(href);
  return url !== null && siteHost(url) === pageHost;
}

/**
 * Tag links looked at, in page order: a story's list is short, and the running-text test
 * compares each link with the others.
 */
const MAX_TAG_LINKS = 100;

/** Blocks whose text a tag link may sit in. */
const TAG_LINE_BLOCK_TAGS: ReadonlySet<string> = new Set(['p', 'li', 'dd', 'td', 'div', 'section', 'footer', 'header', 'ul', 'nav']);

/**
 * Words around a tag link beyond this many characters make it a link in running text ("<a
 * href=/tag/armenia>Armenia</a> until 2023, making it difficult…"), which CMSs add to names
 * in the story; a tag line holds little but its links ("Tagged with WebAssembly tooling").
 */
const MAX_TAG_LINE_OTHER_TEXT = 100;

/**
 * A sentence around a tag link, however short, is running text too ("Fans flooded the <a
 * href=/hashtag/budget>#budget</a> page within an hour."): a paragraph or item that ends as a
 * sentence ends (`endRe`), with words after its last link, `minWords` words or more outside its
 * links and no colon there. A tag line ends with its links, its label may end in a colon ("This
 * story is filed under: <a>…</a>.", "More stories about <a>Transit</a> and <a>Budget</a>."),
 * and a block named as a tag list (TOPIC_LIST_NAME_RE) is one whatever it says.
 */
const TAG_LINE_SENTENCE = {
  tags: new Set(['p', 'li']) as ReadonlySet<string>,
  endRe: /[.!?…]["'”’»)]?$/u,
  minWords: 4,
} as const;

/**
 * Whether a tag link sits in running text rather than in a list of tags. What is measured is
 * the link's block, or the innermost wrapper below it named or labelled as the tag list
 * (isNamedTagList): uCoz prints "Категория: … | Просмотров: 345 | … | Дата: …" and its
 * `<span class="e-tags">Теги: <a>каток</a>, …</span>` in one div.eDetails, whose text is not
 * the list's.
 */
function inRunningText(a: Element, linkText: ReadonlyMap<Element, number>, memo: Map<Element, boolean>): boolean {
  let block: Element | null = null;
  let depth = 0;
  for (let cur = a.parent; isElement(cur); cur = cur.parent, depth++) {
    if (TAG_LINE_BLOCK_TAGS.has(cur.name) || (depth < TOPIC_LIST_DEPTH && isNamedTagList(cur))) {
      block = cur;
      break;
    }
  }
  if (!block) return false;
  // One answer per block: its links are all measured against the same text.
  let answer = memo.get(block);
  if (answer === undefined) {
    let own = 0;
    for (const [link, length] of linkText) if (contains(block, link)) own += length;
    answer = innerTextLongerThan(block, own + MAX_TAG_LINE_OTHER_TEXT) || (TAG_LINE_SENTENCE.tags.has(block.name) && readsAsSentence(block));
    memo.set(block, answer);
  }
  return answer;
}

/** Whether a block's text is a sentence around its links (see TAG_LINE_SENTENCE). */
function readsAsSentence(block: Element): boolean {
  if (TOPIC_LIST_NAME_RE.test(classAndId(block)) || !TAG_LINE_SENTENCE.endRe.test(innerText(block))) return false;
  const marked = normalizeSpace(textContentExcept(block, (d) => d.name === 'a', LINK_MARK));
  const last = marked.lastIndexOf(LINK_MARK);
  // A tag line ends with its links ("More stories about <a>Transit</a> and <a>Budget</a>.").
  if (last < 0 || !LETTER_RE.test(marked.slice(last + 1))) return false;
  const other = marked.split(LINK_MARK).join(' ');
  if (other.includes(':')) return false;
  let words = 0;
  for (const word of other.split(' ')) if (LETTER_RE.test(word) && ++words >= TAG_LINE_SENTENCE.minWords) return true;
  return false;
}

/** Stands for a link in readsAsSentence's text: a character no page text holds (parse5 replaces NUL). */
const LINK_MARK = '\u0000';

/**
 * The story around the headline: its `<article>`, else the article item its microdata
 * scope names (`<div itemscope itemtype=…/NewsArticle>`, whose body may be `<div>`s), else
 * the nearest wrapper of the `<h1>` that holds the story's paragraphs, or its `<main>`.
 */
function storyContainer(headline: Element): Element | null {
  const article = headline.name === STORY_TAG ? headline : enclosingArticle(headline);
  if (article) return article;
  const scope = itemScopeOf(headline);
  const type = scope?.attribs.itemtype ?? '';
  if (scope && MICRODATA_ARTICLE_TYPE_RE.test(type) && !WEB_PAGE_TYPE_RE.test(type)) return scope;
  let level = 0;
  let child: Element = headline;
  for (let cur = headline.parent; isElement(cur) && level < MAX_STORY_LEVELS; child = cur, cur = cur.parent, level++) {
    // <main> is the page's main content by definition: with no <article> inside it, the story.
    if (cur.name === MAIN_TAG) return cur;
    if (LAYOUT_TAGS.has(cur.name)) return storyAfter(child);
    if (countLongParagraphs(cur, ARTICLE_PROSE.paragraphLength, ARTICLE_PROSE.paragraphs) >= ARTICLE_PROSE.paragraphs) return cur;
  }
  // Else, with no <p> at all, the nearest wrapper whose text is runs between <br>s (uCoz's
  // div.eMessage, old CMSs' bodies): a paragraph is then a long text run of its own.
  level = 0;
  for (let cur = headline.parent; isElement(cur) && level < MAX_STORY_LEVELS && !LAYOUT_TAGS.has(cur.name) && cur.name !== MAIN_TAG; cur = cur.parent, level++) {
    if (countLongTextRuns(cur) >= ARTICLE_PROSE.paragraphs) return cur;
  }
  return null;
}

/**
 * The text nodes of ARTICLE_PROSE.paragraphLength characters or more in `el`, outside links
 * and `<p>`s (a page with `<p>`s is measured by them), counted up to ARTICLE_PROSE.paragraphs:
 * the paragraphs of a body written as runs between `<br>`s.
 */
function countLongTextRuns(el: Element): number {
  let count = 0;
  walkElements(el, (child) => {
    if (count >= ARTICLE_PROSE.paragraphs || child.name === 'p' || child.name === 'a' || isUnseenText(child)) return false;
    for (const node of child.children) if (isTextNode(node) && node.data.trim().length >= ARTICLE_PROSE.paragraphLength) count++;
    return true;
  });
  return count;
}

/** Element siblings after a headline set straight in `<body>` that are looked at for its story. */
const MAX_STORY_SIBLINGS = 2;

/**
 * The story of a headline set straight in `<body>` (a print view's `<h1>` before its
 * `<div class="print-content">`): the first of the next MAX_STORY_SIBLINGS element
 * siblings that holds the story's paragraphs, else none.
 */
function storyAfter(top: Element): Element | null {
  let count = 0;
  for (let sibling = top.next; sibling && count < MAX_STORY_SIBLINGS; sibling = sibling.next) {
    if (!isElement(sibling)) continue;
    count++;
    if (countLongParagraphs(sibling, ARTICLE_PROSE.paragraphLength, ARTICLE_PROSE.paragraphs) >= ARTICLE_PROSE.paragraphs) return sibling;
  }
  return null;
}

const MAIN_TAG = 'main';

/** A WebPage item spans the page, sidebars and all: not the story. */
const WEB_PAGE_TYPE_RE = /webpage\s*$/i;

/** How many wrappers of the `<h1>` are looked at for the story: each is measured for paragraphs. */
const MAX_STORY_LEVELS = 8;

const WHITESPACE_RE = /\s/g;

/**
 * The text of `el` outside its links and form controls (a list's label: "Related topics",
 * "More about:"; not FT's "Add to myFT" button beside each topic link), or
 * null when it is longer than `max` characters: the walk stops there, so a link in a long
 * body costs no more than a list's label.
 */
function labelText(el: Element, max: number): string | null {
  let out = '';
  // Characters other than whitespace: the label's length without the markup's indentation.
  let kept = 0;
  const stack: AnyNode[] = [...el.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (isTextNode(node)) {
      out += node.data;
      kept += node.data.length - (node.data.match(WHITESPACE_RE)?.length ?? 0);
      if (kept > max) return null;
    } else if (isElement(node) && node.name !== 'a' && !isUnseenText(node) && !FORM_CONTROL_TAGS.has(node.name) && node.attribs.role !== 'button') {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
    }
  }
  return normalizeSpace(out);
}

/**
 * Whether a link is a tag link: to a tag page ("/tag/sql"), or to a topic page or a search for
 * its own text (searchesOwnText) inside a list that is named or labelled as the story's tags
 * or topics (a menu links topic pages too, a site's search box its queries): a
 * wrapper of the link, up to TOPIC_LIST_DEPTH levels and not beyond the story, whose class,
 * id or role attribute says so, a `<nav>` so labelled (isTagNav), or whose text outside its
 * links is such a label ("Related topics", "More about:").
 */
function isTagLink(a: Element, story: Element): boolean {
  const href = a.attribs.href ?? '';
  if (isTagPageHref(href)) return true;
  let depth = 0;
  for (let cur = a.parent; isElement(cur) && cur !== story && depth < TOPIC_LIST_DEPTH; cur = cur.parent, depth++) {
    if (isNamedTagList(cur)) return true;
  }
  return false;
}

/**
 * A wrapper whose class, id or role attribute (ROLE_DATA_ATTRIBUTES: `data-component`, a test
 * hook's `data-test-id="related-tags"` where the classes are hashed) names it the story's tags
 * or topics (TOPIC_LIST_NAME_RE), a `<nav>` so labelled (isTagNav), or whose text outside its
 * links is such a label (TOPIC_LIST_LABEL_RE: "Related topics", "Теги:", "Relaterade ämnen").
 */
function isNamedTagList(el: Element): boolean {
  if (TOPIC_LIST_NAME_RE.test(`${classAndId(el)} ${dataRoleNames(el)}`) || isTagNav(el)) return true;
  const label = labelText(el, MAX_TOPIC_LIST_LABEL);
  return label !== null && TOPIC_LIST_LABEL_RE.test(label);
}

/**
 * The story's tag list when no link says it is one (see LABELLED_LINK_LIST): after the
 * story's prose (ARTICLE_PROSE paragraphs), outside foreign blocks, the first element whose
 * text outside its links is one word and a colon ("Efnisorð:", Icelandic "keywords"), or
 * "Filed under" in one of its translations (FILED_UNDER_LABEL_RE: El País's "Archivado En"), and
 * whose links, two or more, short, all go to pages of the site in one folder ("/efni/…"),
 * whatever that folder is called. Empty when there is none.
 */
function labelledLinkList(story: Element, headline: Element, isForeign: ForeignCheck, base: string | null, pageHost: string | null, authorPages: ReadonlySet<string>): Element[] {
  let prose = 0;
  let found: Element[] = [];
  walkElements(story, (el) => {
    if (found.length > 0 || isUnseenText(el)) return false;
    // Paragraphs are measured only until the story's prose is counted: past it, a long one
    // fails the list's own tests at once (its first children are text, not links).
    const long = prose < ARTICLE_PROSE.paragraphs && el.name === 'p' && innerTextLongerThan(el, ARTICLE_PROSE.paragraphLength);
    if (long) prose++;
    if (long || prose < ARTICLE_PROSE.paragraphs) return !long;
    const links = labelledLinks(el, base, pageHost, authorPages);
    if (links && !isForeign(el, headline)) found = links;
    return found.length === 0;
  });
  return found;
}

/** The links of {@link labelledLinkList}'s list when `el` is one, else null. */
function labelledLinks(el: Element, base: string | null, pageHost: string | null, authorPages: ReadonlySet<string>): Element[] | null {
  // A cheap look first: the links sit in the element or in a list inside it.
  if (!el.children.some((c) => isElement(c) && (c.name === 'a' || LINK_LIST_TAGS.has(c.name)))) return null;
  const label = labelText(el, MAX_TOPIC_LIST_LABEL);
  if (label === null) return null;
  // A label naming the story's topics may list pages at the site's root (ARTICLE_TOPICS_LABEL_RE).
  const namesTopics = ARTICLE_TOPICS_LABEL_RE.test(label);
  if (!(namesTopics || LABELLED_LINK_LIST.label.test(label) || FILED_UNDER_LABEL_RE.test(label))) return null;
  const links: Element[] = [];
  walkElements(el, (inner) => {
    // A writer the list lets readers follow beside the topics (the FT's) is the byline's page, not a topic.
    if (inner.name === 'a' && !authorPages.has(resolveUrl(inner.attribs.href ?? '', base) ?? '')) links.push(inner);
    return inner.name !== 'a';
  });
  if (links.length < LABELLED_LINK_LIST.minLinks) return null;
  let folder: string | null = null;
  for (const a of links) {
    const text = innerText(a);
    const url = resolveUrl(a.attribs.href ?? '', base);
    const folderPath = url ? parentPath(url) : null;
    const parent = folderPath ?? (namesTopics && url ? siteRootOf(url) : null);
    // At the site's root a story's page looks like a topic's: only a short name is taken there.
    const maxWords = folderPath === null ? LABELLED_LINK_LIST.maxRootWords : LABELLED_LINK_LIST.maxWords;
    // …and only a page named for the link's text ("/european-central-bank"): a sign-in or newsletters page is not.
    if (folderPath === null && !pathSpellsText(url, text)) return null;
    if (!text || text.length > MAX_TAG_LINK_TEXT || (text.match(WORD_RE)?.length ?? 0) > maxWords || !isOwnSiteLink(a, pageHost) || isCategoryLink(a) || parent === null || (folder !== null && parent !== folder)) return null;
    // A topic is a word or a name: not a year ("2025"), not a story's or a file's page ("…/article-123.html", "…/report.pdf").
    if (LABELLED_LINK_LIST.notTopicTextRe.test(text) || LABELLED_LINK_LIST.notTopicHrefRe.test(url ?? '')) return null;
    folder = parent;
  }
  return links;
}

/** Whether a page's last path segment spells a text, compared by letters and digits ("/european-central-bank" for "European Central Bank"). */
function pathSpellsText(url: string | null, text: string): boolean {
  const path = url ? parseUrl(url)?.pathname : undefined;
  if (!path) return false;
  const segment = path.split('/').filter(Boolean).pop();
  const key = slugKey(text);
  return segment !== undefined && key !== '' && slugKey(decodeQueryValue(segment)) === key;
}

/** The root folder of a page's site ("www.ft.example/"), for a link with no folder of its own. */
function siteRootOf(url: string): string | null {
  const parsed = parseUrl(url);
  return parsed && parsed.pathname.length > 1 ? `${parsed.host}/` : null;
}

/** A link to a category or section (CATEGORY_HREF_RE, `rel="category"`): the site's groupings, not the story's tags. */
function isCategoryLink(a: Element): boolean {
  return CATEGORY_HREF_RE.test(a.attribs.href ?? '') || hasListToken(a.attribs.rel, TAG_REL_CATEGORY_TOKEN, true);
}

/** Lists a labelled list's links may sit in: `<div><span>Tags:</span><ul><li><a>`. */
const LINK_LIST_TAGS: ReadonlySet<string> = new Set(['ul', 'ol']);

/** Whether a link sits in a byline or date line: "By <a href=/tag/jane-doe>Jane Doe</a>" names the writer. */
function inMetaLine(a: Element, metaLines: ReadonlySet<Element>): boolean {
  for (let cur = a.parent; isElement(cur); cur = cur.parent) if (metaLines.has(cur)) return true;
  return false;
}

const FOOTER_NAME_RE = /footer/i;

/** A `<nav>` labelled or classed as the story's tag list (TAG_LIST_ARIA_LABEL_RE, TAG_NAV_CLASS_RE): not a menu. */
function isTagNav(el: Element): boolean {
  return el.name === 'nav' && (TAG_LIST_ARIA_LABEL_RE.test(el.attribs['aria-label'] ?? '') || TAG_NAV_CLASS_RE.test(el.attribs.class ?? ''));
}

/**
 * Whether a link sits in the story's own footer or its labelled tag list, and in nothing
 * else foreign: themes put a post's tags in `<footer class="post-footer">` inside its
 * `<article>` (Hugo's PaperMod, WordPress's "entry-footer"), where a page footer's links
 * would be the site's; Wix in `<nav aria-label="Tags">` (see isTagNav) under a footer
 * named only by a data attribute.
 */
function inStoryFooterOrTagNav(a: Element, story: Element): boolean {
  let footer = false;
  let cur: ParentNode | null = a.parent;
  for (; isElement(cur) && cur !== story; cur = cur.parent) {
    const names = chromeNames(cur);
    if (cur.name === 'footer' || FOOTER_NAME_RE.test(names) || isTagNav(cur)) footer = true;
    else if (FOREIGN_CONTAINER_TAGS.has(cur.name) || FOREIGN_CONTAINER_RE.test(names)) return false;
  }
  return footer && cur === story;
}

/**
 * Whether a tag or topic page link sits in a related-tags block of the story
 * (RELATED_TAG_LIST_RE: ABC News's "RelatedTopics_topics__…") and in nothing else foreign, and
 * that block holds no story cards and is not the site's tag cloud (isPlainTagBlock). Such a
 * block stays foreign for bylines and dates; only these links are read from it.
 */
function inRelatedTagList(a: Element, story: Element, plain: Map<Element, boolean>): boolean {
  const href = a.attribs.href ?? '';
  if (!isTagPageHref(href) && !TOPIC_HREF_RE.test(href)) return false;
  let block: Element | null = null;
  let cur: ParentNode | null = a.parent;
  for (; isElement(cur) && cur !== story; cur = cur.parent) {
    const names = chromeNames(cur);
    if (FOREIGN_CONTAINER_TAGS.has(cur.name)) return false;
    if (!FOREIGN_CONTAINER_RE.test(names)) continue;
    if (block || !RELATED_TAG_LIST_RE.test(names)) return false;
    block = cur;
  }
  if (!block || cur !== story) return false;
  let answer = plain.get(block);
  if (answer === undefined) {
    answer = isPlainTagBlock(block);
    plain.set(block, answer);
  }
  return answer;
}

/**
 * Whether a tag or topic page link sits in a list that says it holds this story's topics, in
 * the element right after the story's own (the BBC's `<div class="story-body">` then `<div
 * id="topic-tags"><h2>Related Topics</h2><ul class="tags-list">`): a wrapper within
 * TOPIC_LIST_DEPTH levels named as the story's tags (STORY_TAG_LIST.nameRe: "article-tags",
 * RELATED_TAG_LIST_RE) or labelled so (STORY_TAG_LIST.labelRe: "Related Topics", "Tags:"), and
 * that element holds no story cards and no site-wide label (isPlainTagBlock: not "Trending
 * topics"). Only the story's next sibling counts, and not another story (an infinite scroll's
 * next `<article>`): a list further down the column, a
 * sidebar's "Topics", a paper's "Temas del día" or a forum's "Discuss this topic" are the
 * site's.
 */
function inTagListAfterStory(a: Element, story: Element, plain: Map<Element, boolean>): boolean {
  const href = a.attribs.href ?? '';
  if (!isTagPageHref(href) && !TOPIC_HREF_RE.test(href)) return false;
  const next = adjacentElement(story, 1);
  if (next === null || !contains(next, a) || STORY_TAG_LIST.notAfterStoryTags.has(next.name)) return false;
  let named = false;
  let depth = 0;
  for (let cur = a.parent; isElement(cur) && depth < TOPIC_LIST_DEPTH && !named; cur = cur.parent, depth++) {
    named = labelsStoryTags(cur);
    if (cur === next) break;
  }
  if (!named) return false;
  let answer = plain.get(next);
  if (answer === undefined) {
    answer = isPlainTagBlock(next);
    plain.set(next, answer);
  }
  return answer;
}

/** Whether a wrapper is named or labelled as the story's own tag list (STORY_TAG_LIST). */
function labelsStoryTags(el: Element): boolean {
  const names = classAndId(el);
  if (STORY_TAG_LIST.nameRe.test(names) || RELATED_TAG_LIST_RE.test(names)) return true;
  const label = labelText(el, MAX_TOPIC_LIST_LABEL);
  return label !== null && STORY_TAG_LIST.labelRe.test(label);
}

/** Whether a related-tags block holds no story cards and no site-wide label (RELATED_TAG_LIST). */
function isPlainTagBlock(block: Element): boolean {
  let plain = true;
  walkElements(block, (el) => {
    if (!plain) return false;
    if (el.name === 'time' || DATE_CLASS_RE.test(el.attribs.class ?? '')) plain = false;
    else if (el.name === 'a') plain = !innerTextLongerThan(el, RELATED_TAG_LIST.maxLinkText);
    else if (RELATED_TAG_LIST.headingTags.has(el.name)) {
      plain = !findDescendant(el, (d) => d.name === 'a') && !RELATED_TAG_LIST.siteLabelRe.test(textContent(el));
      return false;
    }
    return plain;
  });
  return plain;
}

/**
 * The story's `<footer>`s that come before its first paragraph (see LEAD_FOOTER), in page
 * order; none when the story has no such paragraph (then nothing says which footer leads).
 */
function leadFootersOf(story: Element): Element[] {
  const footers: Element[] = [];
  let paragraph = false;
  walkElements(story, (el) => {
    if (paragraph || LEAD_FOOTER.notInside.has(el.name) || isUnseenText(el)) return false;
    if (el.name === LEAD_FOOTER.tag) {
      if (!innerTextLongerThan(el, MAX_META_BLOCK_TEXT) && isStoryRowFooter(el, story)) footers.push(el);
      return false;
    }
    if (el.name !== 'p') return true;
    paragraph = innerTextLongerThan(el, ARTICLE_PROSE.paragraphLength - 1);
    return false;
  });
  return paragraph ? footers : [];
}

/**
 * Whether a footer is placed as the story's own row (LEAD_FOOTER): its parent is the story,
 * a `<header>` or a wrapper named as the entry's body, no wrapper up to the story (nor the
 * footer) is named as a hero, quote, embed or box, and it holds no picture.
 */
function isStoryRowFooter(footer: Element, story: Element): boolean {
  if (LEAD_FOOTER.notNameRe.test(classAndId(footer))) return false;
  const parent = footer.parent;
  if (!isElement(parent)) return false;
  if (parent !== story && parent.name !== 'header' && !LEAD_FOOTER.wrapperNameRe.test(classAndId(parent))) return false;
  for (let cur: ParentNode | null = parent; isElement(cur) && cur !== story; cur = cur.parent) {
    if (LEAD_FOOTER.notNameRe.test(classAndId(cur))) return false;
  }
  return !findDescendant(footer, (d) => LEAD_FOOTER.pictureTags.has(d.name));
}

/**
 * Whether a byline in a lead footer is named and written as the story's (LEAD_FOOTER): an
 * `<address>`, a `rel=author` or a class token "author"/"byline"/"vcard", whose text (past a
 * "By") is a person's name and not a sponsor's, reviewer's or source's line
 * (MID_LINE_NOT_AUTHOR_RE: "Sponsored by Acme Bank", "Reviewed by Dr. Ken Ito").
 */
function isLeadFooterByline(el: Element): boolean {
  const cls = el.attribs.class ?? '';
  const named = el.name === 'address' || hasListToken(attr(el, 'rel') ?? '', 'author', true) || LEAD_FOOTER.bylineClassTokens.some((t) => hasListToken(cls, t, true));
  if (!named) return false;
  const text = normalizeSpace(visibleText(el));
  if (text.length > MAX_BYLINE_LENGTH || MID_LINE_NOT_AUTHOR_RE.test(text)) return false;
  const names = splitByline(text);
  return names.length > 0 && names.every((n) => isPersonName(n));
}

/**
 * Whether an element sits in one of the story's lead footers (leadFootersOf) and in nothing
 * else foreign: no foreign block between it and the footer, and the footer's own wrappers
 * not foreign to the headline.
 */
function inLeadFooter(el: Element, footers: readonly Element[], headline: Element | null, isForeign: ForeignCheck): boolean {
  for (let cur: ParentNode | null = el; isElement(cur); cur = cur.parent) {
    if (footers.includes(cur)) return !isElement(cur.parent) || !isForeign(cur.parent, headline);
    if (FOREIGN_CONTAINER_TAGS.has(cur.name) || FOREIGN_CONTAINER_RE.test(classAndId(cur))) return false;
  }
  return false;
}

/** How far up from the first tag link its list reaches: `<ul class=tags><li><a>`. */
const TAG_LIST_DEPTH = 2;

/**
 * The links of the first tag list: those inside the first link's list container. A story's
 * tags are one list; later ones are other stories' (a "Similar articles" block's tag lines).
 */
function firstTagList(candidates: readonly Element[]): Element[] {
  const linkText = new Map(candidates.map((a) => [a, innerText(a).length] as const));
  const memo = new Map<Element, boolean>();
  const links = candidates.filter((a) => !inRunningText(a, linkText, memo));
  const first = links[0];
  if (!first) return [];
  let list: Element = first;
  for (let depth = 0; depth < TAG_LIST_DEPTH && isElement(list.parent); depth++) list = list.parent;
  return links.filter((a) => contains(list, a));
}

/**
 * Whether an `itemprop="description"` describes the article: its item is the article's
 * (a NewsArticle or WebPage scope, or none), not an author's bio, an image, a video or a product.
 */
function describesArticle(el: Element): boolean {
  if (el.attribs.itemscope !== undefined) return false;
  const scope = itemScopeOf(el);
  // A property outside any item is the page's own (a theme's header without itemscope).
  return scope === null || MICRODATA_ARTICLE_TYPE_RE.test(scope.attribs.itemtype ?? '');
}

/** A date line read from the page's visible text. */
export interface TextDateCandidate {
  text: string;
  /** 'modified' when the line or its class says "updated"; else 'published'. */
  label: 'published' | 'modified';
  /**
   * The line says it is the story's own: after the headline, in a byline or an element named
   * or labelled for the publication ("pubtime", "Posted on …"), or an update line in one of
   * them or beside one. Only such a line gives a date-only value of its kind its time; a
   * header clock, an event's or a photo's date does not.
   */
  publication: boolean;
  /**
   * The dated line it was written after: for an update line the publication's ("Publié le 23
   * décembre 2025 à 15h09, mis à jour à 17h41"; "<li>입력 …</li><li>수정 …</li>"), for any line
   * with no date the date alone above it ("4 januari 2024" over "Publicerad 15.32"): a clock
   * without a date in the line takes that line's date.
   */
  dateLine?: string;
}

/** What the page shows around the headline: bylines, date lines, the dek. */
export interface VisibleMetadata {
  authors: Author[];
  /** The text of the byline the authors were read from (its dates left out), or null. */
  bylineText: string | null;
  dates: TextDateCandidate[];
  dekCandidates: Element[];
  /** The byline and date-line elements: a "subhead" block holding one is a meta row, not a dek. */
  metaLines: ReadonlySet<Element>;
  /**
   * Author pages by lower-cased name, from every byline outside foreign blocks: the one
   * chosen may be a hover card that names the writer without the link the other gives.
   */
  authorLinks: ReadonlyMap<string, string>;
  /**
   * The names of the plain byline opening the story right under the headline ("Posted by
   * Andrew Hayden, Software Engineer on Google Play" as the post's first line), read even when
   * another byline is the page's (a blog's house account signing its foot): readAuthors takes
   * them over authors that name only the outlet.
   */
  openingAuthors: Author[];
  /** The names the page credits as its editor and as its writer by a label (see Credits). */
  credits: Credits;
  /** Links to tag pages outside foreign blocks ("/tag/sql"), for pages without tag metadata. */
  tagLinks: Element[];
  /** Machine-readable times in date lines' attributes (see DATE_STAMP_ATTRIBUTES), in page order. */
  stamps: DateStamp[];
  /**
   * The short texts with a digit among the first elements after the headline, whatever their
   * class (see MAX_ELEMENTS_AFTER_HEADLINE): dates/ reads only those that are a whole date,
   * time and zone, and only for their zone.
   */
  zoneLines: string[];
  /**
   * The short visible texts with a digit above the headline (or the `<h1>` the reader sees),
   * in page order, outside foreign blocks, clocks and update lines (see
   * MAX_HEADER_LINE_LENGTH): dates/ reads one only when the page gives no other date.
   */
  headerLines: string[];
  /**
   * The short visible texts with a digit among the first elements after the headline, in
   * page order, that share with it a block too short to hold the story's body (see
   * MAX_HEADLINE_BLOCK_LENGTH), outside foreign blocks, clocks and update lines: dates/ reads
   * one only when the page gives no other date, the line above the headline included.
   */
  headlineBlockLines: string[];
  /**
   * The line right after the plain byline line under the headline (see bylineDateLinesOf), as
   * hand-written pages print "by Doris Pruitt<BR>December 21, 1999" in the cell that holds the
   * whole story: dates/ reads it only when it is a date alone and the page gives no other date.
   */
  bylineDateLines: string[];
  /**
   * The column beside the story's `<article>` that holds the post's own author profiles (see
   * postSidebarColumn), or null: foreign by its `<nav>` or sidebar name, but its `<time>`s are
   * the post's dates.
   */
  postColumn: Element | null;
}

/** A time a date line's attribute holds, and what the line says it is. */
export interface DateStamp {
  value: string;
  label: 'published' | 'modified';
}

/**
 * The first attribute of `el` that holds a date stamp, and whether its name says it is the
 * update time (`data-modify-date-time`), or null.
 */
function stampOf(el: Element): { value: string; modified: boolean } | null {
  for (const name of DATE_STAMP_ATTRIBUTES) {
    const value = el.attribs[name]?.trim();
    if (value && DATE_STAMP_RE.test(value)) return { value, modified: TIME_MODIFIED_RE.test(name) };
  }
  // Else the RDFa date the line carries (RDFA_DATE_PROPERTY_RE), on itself or, in a line
  // (not a wrapper of the story), inside it.
  const carrier = isRdfaDate(el) ? el : innerTextLongerThan(el, MAX_DATE_LINE_LENGTH) ? null : findDescendant(el, isRdfaDate);
  const value = carrier?.attribs.content?.trim();
  return value ? { value, modified: false } : null;
}

/** An element with an RDFa date property and an ISO `content` (RDFA_DATE_PROPERTY_RE). */
function isRdfaDate(el: Element): boolean {
  return RDFA_DATE_PROPERTY_RE.test(el.attribs.property ?? '') && DATE_STAMP_RE.test(el.attribs.content?.trim() ?? '');
}

/**
 * Answers "is this element inside another article's block?", remembering each container.
 * With `story` (the headline's `<h1>`), a block that holds the story is not foreign to it.
 */
export type ForeignCheck = (el: Element, story?: Element | null) => boolean;

/**
 * An element's class and id names as the foreign checks read them: without the names that
 * say it lacks or holds a chrome part (NOT_CHROME_NAME_RE: "wsite-not-footer", "no-sidebar",
 * "has-comments"), which name a wrapper, not that part.
 * @internal
 */
export function chromeNames(el: Element): string {
  return classAndId(el).replace(NOT_CHROME_NAME_RE, ' ');
}

/**
 * Makes the check for elements inside containers that hold other articles' metadata:
 * related cards, sidebars, comments, footers. A container with the name of one but a lot of
 * text is a layout wrapper around the article, not a foreign block; so is one that holds
 * the `story` a caller names (a theme's header "card" with the byline beside the `<h1>`).
 * A breadcrumb row named as a date row (BREADCRUMB_DATE_NAME_RE) is the story's date line.
 * @internal
 */
export function createForeignCheck(): ForeignCheck {
  const memo = new Map<Element, boolean>();
  const isForeign = (el: Element): boolean => {
    let answer = memo.get(el);
    if (answer === undefined) {
      answer =
        FOREIGN_CONTAINER_TAGS.has(el.name) ||
        ((isNestedEntry(el) || FOREIGN_CONTAINER_RE.test(chromeNames(el).replace(BREADCRUMB_DATE_NAME_RE, ' '))) &&
          textContent(el).length <= MAX_FOREIGN_CONTAINER_TEXT &&
          countLongParagraphs(el, ARTICLE_PROSE.paragraphLength, ARTICLE_PROSE.paragraphs) < ARTICLE_PROSE.paragraphs);
      memo.set(el, answer);
    }
    return answer;
  };
  // The story's ancestors, for the last story asked about (callers ask about one).
  let storyOf: Element | null = null;
  let holdsStory = new Set<Element>();
  return (el, story = null) => {
    if (story !== storyOf) {
      storyOf = story;
      holdsStory = new Set(story ? [story, ...ancestorsOf(story)] : []);
    }
    let cur: Element | null = el;
    for (let depth = 0; cur && depth < MAX_FOREIGN_DEPTH && !LAYOUT_TAGS.has(cur.name); depth++) {
      if (isForeign(cur) && !holdsStory.has(cur)) return true;
      const parent: ParentNode | null = cur.parent;
      cur = isElement(parent) ? parent : null;
    }
    return false;
  };
}

/**
 * Whether an element is a microformats entry inside another `h-entry`
 * (MICROFORMAT_ENTRY_CLASS_RE): a reply or mention of the post, whose author is a reader.
 * Only an element classed so climbs its ancestors, and those are few.
 */
function isNestedEntry(el: Element): boolean {
  if (!MICROFORMAT_ENTRY_CLASS_RE.test(el.attribs.class ?? '')) return false;
  // (<body class="h-entry"> is a theme's page-wide class, no post that a story answers.)
  for (let cur = el.parent; isElement(cur) && cur.name !== 'body'; cur = cur.parent) {
    if (MICROFORMAT_POST_CLASS_RE.test(cur.attribs.class ?? '')) return true;
  }
  return false;
}

/**
 * A date line's visible text, its parts kept apart: "<span>December 23, 2025</span><span>3:09
 * PM GMT+3</span>" is a date and a time (see separatedText), where innerText glues "20253".
 */
function dateLineText(el: Element): string {
  const text = normalizeSpace(separatedText(el, isUnseenOrDivider));
  // A date alone whose title is the clock alone (uCoz's `<span title="10:42">04.01.2024</span>`)
  // gives that time on that date: the line reads "04.01.2024 10:42".
  if (text.length > MAX_DATE_LINE_LENGTH) return text;
  const timed = el.attribs.title !== undefined && isClockTitled(el) ? el : findDescendant(el, isClockTitled);
  if (timed === null) return text;
  const date = normalizeSpace(textContent(timed));
  const at = text.indexOf(date);
  return at < 0 ? text : `${text.slice(0, at + date.length)} ${(timed.attribs.title ?? '').trim()}${text.slice(at + date.length)}`;
}

/**
 * dateLineText's skip: unseen text, and an empty element between a letter or digit and
 * another (isDivider), which reads as the gap it shows: CNBC's "Nov 19 2019<span
 * class=ArticleHeader-datetimeDivider></span>7:05 AM EST" is "Nov 19 2019 7:05 AM EST", not
 * "20197:05". An element with text stays as written ("Nov<b>.</b> 19", "1<sup>st</sup>").
 */
function isUnseenOrDivider(el: Element): boolean {
  return isUnseenText(el) || isDivider(el);
}

/** Text that ends, and text that starts, with a letter or digit (isDivider). */
const DIVIDED_TEXT = { end: /[\p{L}\p{N}]$/u, start: /^[\p{L}\p{N}]/u } as const;

/**
 * An empty element (no text, not IN_WORD_EMPTY_TAGS's `<wbr>`), an icon or classed as a divider
 * (DATE_LINE_DIVIDER), whose sibling text nodes end and start with a letter or digit right at it.
 */
function isDivider(el: Element): boolean {
  const before = el.prev;
  const after = el.next;
  if (!isTextNode(before) || !isTextNode(after) || IN_WORD_EMPTY_TAGS.has(el.name)) return false;
  if (!DATE_LINE_DIVIDER.tags.has(el.name) && !DATE_LINE_DIVIDER.classRe.test(el.attribs.class ?? '')) return false;
  return DIVIDED_TEXT.end.test(before.data) && DIVIDED_TEXT.start.test(after.data) && textContent(el).trim() === '';
}

/** An element whose text is a date alone and whose `title` a clock time alone (CLOCK_TITLE_RE). */
function isClockTitled(el: Element): boolean {
  const title = el.attribs.title?.trim();
  return title !== undefined && CLOCK_TITLE_RE.test(title) && DATE_ONLY_TEXT_RE.test(normalizeSpace(textContent(el)));
}

/**
 * Whether a date line's text says it is the publication's ("posted on April 21, 2015"): it
 * opens with a publication label and names no update, nor an earlier publication after it
 * (LATER_PUBLICATION_LABEL_RE: "Posted March 5, 2025 · Originally published March 3, 2019" is
 * a repost's line, its first date the update). What the reader sees outranks the element's
 * name: BuzzFeed's `<span id="update_posted_time_3758406">` is its widget's name.
 */
function saysPublished(text: string): boolean {
  const label = PUBLISHED_LABEL_RE.exec(text);
  return label !== null && !UPDATED_LABEL_RE.test(text) && !LATER_PUBLICATION_LABEL_RE.test(text.slice(label.index + label[0].length));
}

/**
 * Whether an element's class calls its time both the publication and the update (see
 * TIME_PUBLISHED_CLASS_RE): it is the publication, unless its microdata says it is the
 * update (tagDiv's `<time itemprop="dateModified" class="entry-date updated">`).
 * @internal
 */
export function isPublishedAndUpdated(el: Element): boolean {
  const cls = attr(el, 'class') ?? '';
  return TIME_PUBLISHED_CLASS_RE.test(cls) && TIME_MODIFIED_RE.test(cls) && !TIME_MODIFIED_RE.test(attr(el, 'itemprop') ?? '');
}

/**
 * Adds a date line, labelled by what it says. A line that gives both times ("Published 7:07
 * PM EST Nov 19, 2019 | Updated 9:42 PM EST …") is two lines: the part before "Updated" is
 * the publication's, the rest the update's, even when the element's class names the update
 * (`updated`: Corriere's "is-last-update" holds "23 dicembre 2025 (modifica il 24 dicembre
 * 2025 | 08:12)") when a date follows the label. Both halves are the story's own when the line is.
 * Each part is read on the date line it was written after (TextDateCandidate.dateLine): the
 * update's on the part before it, and a line of `el` with no date of its own on the date
 * alone above it (dateLineAbove, beside the story's `headline`: "4 januari 2024" over "Publicerad 15.32 | Uppdaterad 18.10"),
 * so a clock of either kind without a date takes that date the same way.
 */
function pushDateLine(dates: TextDateCandidate[], text: string, updated: boolean, publication: boolean, el: Element | null = null, headline: Element | null = null): TextDateCandidate[] {
  const at = text.search(UPDATED_LABEL_RE);
  const above = el === null ? undefined : dateLineAbove(el, text, headline);
  // (A part's own dateLine comes after the line above: its first date is the one read.)
  const after = (part: string): string => (above === undefined ? part : `${above} ${part}`);
  let lines: TextDateCandidate[];
  // A label after the only date names that date, whatever the class: Chinese, Japanese and
  // Korean put the verb last ("已于 2024-01-04 10:42:15 修改", "2024/01/04 に更新"), as does an
  // update-classed "24.12.2025 08:12 Uhr (aktualisiert)": there is nothing to split. A line
  // that says "Published" before its date keeps it ("Published Dec 23, 2025 · Updated").
  if (at > 0 && DATE_DIGIT_RE.test(text.slice(0, at)) && (DATE_DIGIT_RE.test(text.slice(at)) || (!updated && PUBLISHED_LABEL_RE.test(text)))) {
    const dated = text.slice(0, at);
    lines = [
      { text: dated, label: 'published', publication, dateLine: above },
      { text: text.slice(at), label: 'modified', publication, dateLine: after(dated) },
    ];
  } else {
    const original = at >= 0 ? laterPublication(text, at) : -1;
    // An update line that goes on to the publication's own date ("Updated Nov. 19, 2019 8:21
    // am ET / Original Nov. 19, 2019 8:02 am ET") is two lines, the update's first.
    lines = original > 0
      ? [
          { text: text.slice(0, original), label: 'modified', publication, dateLine: after(text.slice(original)) },
          { text: text.slice(original), label: 'published', publication, dateLine: above },
        ]
      : [{ text, label: updated || at >= 0 ? 'modified' : 'published', publication, dateLine: above }];
  }
  for (const line of lines) dates.push(line);
  return lines;
}

/** The words of a text beside its date: runs of letters and digits. */
const WORD_RUN_RE = /[\p{L}\p{N}]+/gu;

/**
 * The date written alone on the line right above a date line with no date of its own (see
 * DATE_LINE_ABOVE: "4 januari 2024" over "Publicerad 15.32"), or undefined. "Above" is the
 * nearest node before the line, or before one of its wrappers up to DATE_LINE_ABOVE.depth
 * levels while each is a short line, that shows a letter or digit (a " | " between them is
 * passed over). Only that one: a live blog's entry clock follows the entry before it, a
 * card's its headline. The line above must be one date without a time and at most weekday
 * names besides ("Thursday, January 4, 2024"); an update line or a sentence is none. The block
 * that holds it holds no heading but the story's `headline` (see inTeaserBlock).
 */
function dateLineAbove(el: Element, text: string, headline: Element | null): string | undefined {
  let cur: Element = el;
  for (let depth = 0; depth <= DATE_LINE_ABOVE.depth; depth++) {
    for (let prev = cur.prev; prev !== null; prev = prev.prev) {
      const shown = isTextNode(prev) ? normalizeSpace(prev.data) : isElement(prev) && !isUnseenText(prev) ? dateLineText(prev) : '';
      if (!LETTER_OR_DIGIT_RE.test(shown)) continue;
      // The line's own date is asked about last: every date line comes here, few have a date alone above them.
      return isDateAlone(shown) && !inTeaserBlock(prev, headline) && !SLASHED_ORDERS.some((order) => findDatesInText(text, order).length > 0) ? shown : undefined;
    }
    const parent = cur.parent;
    if (!isElement(parent) || LAYOUT_TAGS.has(parent.name) || innerTextLongerThan(parent, MAX_DATE_LINE_LENGTH)) return undefined;
    if (findDescendant(parent, (d) => d !== el && !contains(d, el) && DATE_LINE_ABOVE.notInLineTags.has(d.name)) !== null) return undefined;
    cur = parent;
  }
  return undefined;
}

/**
 * Whether the block around a date line (the parent of `line`, and its parents up to
 * DATE_LINE_ABOVE.depth levels while each is as short as a teaser, MAX_TEASER_ITEM_TEXT)
 * holds a heading other than the story's `headline`: a teaser card's title, or a live blog's
 * day ("<h2>3 januari 2024</h2>" over its entries) when the line is that heading. A longer
 * block is the story, whose subheads are its own.
 */
function inTeaserBlock(line: AnyNode, headline: Element | null): boolean {
  let block: ParentNode | null = line.parent;
  for (let depth = 0; isElement(block) && depth <= DATE_LINE_ABOVE.depth && !LAYOUT_TAGS.has(block.name); block = block.parent, depth++) {
    if ((headline !== null && contains(block, headline)) || innerTextLongerThan(block, MAX_TEASER_ITEM_TEXT)) return false;
    if (findDescendant(block, (d) => DATE_LINE_ABOVE.headingTags.has(d.name)) !== null) return true;
  }
  return false;
}

/** A text that is one date without a time, with at most weekday names beside it (see dateLineAbove). */
function isDateAlone(text: string): boolean {
  if (text.length > DATE_LINE_ABOVE.maxLength) return false;
  return SLASHED_ORDERS.some((order) => {
    const found = findDatesInText(text, order);
    const date = found[0];
    if (found.length !== 1 || date === undefined || date.value.includes('T')) return false;
    const rest = text.slice(0, date.index) + ' ' + text.slice(date.index + date.raw.length);
    return (rest.match(WORD_RUN_RE) ?? []).every(isWeekdayName);
  });
}

/**
 * Where the publication's part of an update line starts (LATER_PUBLICATION_LABEL_RE), or -1:
 * the label must come after the update's label and a date digit, and a date digit after it.
 */
function laterPublication(text: string, updateAt: number): number {
  const rest = text.slice(updateAt);
  const found = LATER_PUBLICATION_LABEL_RE.exec(rest);
  if (found === null) return -1;
  const at = updateAt + found.index;
  return DATE_DIGIT_RE.test(text.slice(updateAt, at)) && DATE_DIGIT_RE.test(text.slice(at)) ? at : -1;
}

/**
 * A date inside a byline element: a `<time>`, or a date-classed child with digits in it
 * ("byline-date" holds "Nov 18, 2019"; "published-by" holds a name and no digit).
 */
function isDatePart(el: Element): boolean {
  return el.name === 'time' || (DATE_CLASS_RE.test(classAndId(el)) && DATE_DIGIT_RE.test(textContent(el)));
}

/**
 * The byline's text without the dates inside it, which markup often glues to the name
 * ("by Jeff Foust<span class=datetime>Monday, …</span>" reads "Jeff FoustMonday"), and
 * without its parts that are named as no name (isNotNamePart: an affiliation, an address).
 */
function withoutDateParts(el: Element, text: string): string {
  let hasPart = false;
  walkElements(el, (inner) => {
    if (isDatePart(inner) || isNotNamePart(inner)) hasPart = true;
    return !hasPart;
  });
  return hasPart ? normalizeSpace(textContentExcept(el, isDateOrUnseen)) : text;
}

function isDateOrUnseen(el: Element): boolean {
  return isUnseenText(el) || isDatePart(el) || isNotNamePart(el);
}

/**
 * A part of a byline named as what is no person's name (BYLINE_NOT_NAME_PART_RE): LaTeXML's
 * "ltx_author_notes" holding each author's "ltx_role_affiliation" and "ltx_role_email"
 * contacts, whose institution, city and country run into the names ("Harrowgate Institute of
 * TechnologyLeedsUnited Kingdom"). Its text is no byline, nor part of one; unless it is a
 * link on a person's name (a mailto link classed "email": "By <a class=email>Jane Doe</a>").
 */
function isNotNamePart(el: Element): boolean {
  const cls = el.attribs.class;
  if (cls === undefined || !BYLINE_NOT_NAME_PART_RE.test(cls)) return false;
  // Microdata says it is the name ("author-title" with itemprop="name"/"givenName").
  if (NAME_ITEMPROP_RE.test(el.attribs.itemprop ?? '')) return false;
  return el.name !== 'a' || innerTextLongerThan(el, MAX_NAME_ELEMENT_LENGTH) || !isPersonName(innerText(el));
}

/**
 * The names a byline gives, each with its link. The links that say they are the author's
 * page go into `pages` too, for names whose chosen byline has none (see VisibleMetadata):
 * another block's plain link may be its own story's.
 */
function authorsFromByline(el: Element, text: string, base: string | null, pages: Map<string, string>): Author[] {
  if (!text || text.length > MAX_BYLINE_LENGTH) return [];
  const links = bylineLinks(el, base, splitByline);
  const names = linkedNames(el, text, links) ?? bylineNames(el, text);
  if (names.length === 0) return [];
  return names.map((name) => {
    const key = name.toLowerCase();
    const link = links.get(key);
    if (link?.strong && !pages.has(key)) pages.set(key, link.url);
    return { name, url: link?.url ?? null };
  });
}

/**
 * The names of a byline whose names are all links to the site's author pages (see
 * LINKED_BYLINE), one author a link, whatever words join them: a co-author plugin prints
 * "nga <a href=/author/a>A</a>, <a href=/author/b>B</a> dhe <a href=/author/c>C</a>"
 * (Albanian "by … and"), whose words no vocabulary need know. Each link's text is a person's
 * name, every link goes to a page under one path ("/author/"), the text before the first is
 * at most a label of a few words, between two at most one word, after the last nothing; a
 * lone link only after a label ending in a colon or a spaced dash (LABEL_END_RE). Null
 * when the byline is not so made.
 */
function linkedNames(el: Element, text: string, links: ReadonlyMap<string, AuthorLink>): string[] | null {
  const names: string[] = [];
  let prefix: string | null = null;
  let ok = true;
  walkElements(el, (inner) => {
    if (!ok || inner.name !== 'a') return ok;
    const name = innerText(inner);
    if (!name) return false;
    const url = links.get(name.toLowerCase())?.url;
    const parent = url ? parentPath(url) : null;
    if (names.length >= LINKED_BYLINE.maxLinks || !parent || (prefix !== null && parent !== prefix) || !isPersonName(name) || splitByline(name, true)[0] !== name) ok = false;
    prefix = parent;
    names.push(name);
    return false;
  });
  if (!ok || names.length === 0) return null;
  // The words around the names, in the byline's text (its dates already left out).
  const lower = text.toLowerCase();
  // One link reads so only after a label that says it is one, with a colon or a spaced dash:
  // Sinhala "වාර්තා කළේ: <a>චමින්ද පෙරේරා</a>" ("reported by:"), whose words no vocabulary need know.
  if (names.length === 1 && !LABEL_END_RE.test(text.slice(0, Math.max(0, lower.indexOf((names[0] as string).toLowerCase()))))) return null;
  let at = 0;
  for (let i = 0; i <= names.length; i++) {
    const name = names[i];
    const next = name === undefined ? text.length : lower.indexOf(name.toLowerCase(), at);
    if (next < 0) return null;
    const words = text.slice(at, next).match(WORD_RE)?.length ?? 0;
    const most = i === 0 ? LINKED_BYLINE.maxLabelWords : name === undefined ? 0 : LINKED_BYLINE.maxJoiningWords;
    if (words > most) return null;
    at = next + (name?.length ?? 0);
  }
  return names;
}

/** The end of a byline's label before a lone linked name: a colon (also full-width) or a spaced dash. */
const LABEL_END_RE = /(?:[:：]|\s[-–—])\s*$/u;

/**
 * Leaf elements of a byline whose whole text is one person's name: `<span>Helen Carver</span>`
 * in a block that prints each contributor as a name element and a role element.
 */
function personNameElements(byline: Element): Element[] {
  const found: { el: Element; key: string }[] = [];
  walkElements(byline, (el) => {
    if (isDateOrUnseen(el)) return false;
    if (el.children.some(isElement)) return true;
    const text = innerText(el);
    if (text.length > 0 && text.length <= MAX_NAME_ELEMENT_LENGTH && isPersonName(text) && splitByline(text, true)[0] === text) found.push({ el, key: ` ${text.toLowerCase()} ` });
    return false;
  });
  // A hover card's "About Victor Davis Hanson" link holds the name of the byline's own link: a
  // label around a name, not a name.
  return found.filter((a) => !found.some((b) => b.key !== a.key && a.key.includes(b.key))).map((a) => a.el);
}

/**
 * The block that holds one person of a byline: the highest wrapper of the name element, below
 * the byline, that holds no other person's name element (the name element itself when the
 * byline holds it bare: "By <a>Jane Doe</a>, Staff Writer").
 */
function personEntry(name: Element, byline: Element, others: readonly Element[]): Element {
  let entry = name;
  for (let cur = name.parent; isElement(cur) && cur !== byline; cur = cur.parent) {
    if (others.some((other) => other !== name && contains(cur as Element, other))) break;
    entry = cur;
  }
  return entry;
}

/**
 * The names a byline gives. A byline made of per-person blocks (BBC's contributors: a name
 * element, then a role element "Political correspondent" and a place "Reporting from
 * Westminster", with no separator the text keeps) is read by its name elements: read whole,
 * the roles and places run into the names, and a role word rejects the whole run. It is such a
 * byline when a person's block holds text beside the name and no block's other text is a
 * person's name (that would be a co-author printed without an element of his own). A name of
 * the whole reading outside the blocks stays when it is joined to them as a co-author
 * (mergeNestedNames).
 */
function bylineNames(el: Element, text: string): string[] {
  const whole = splitByline(text);
  const people = personNameElements(el);
  if (people.length === 0) return whole;
  let perPerson = false;
  for (const person of people) {
    const entry = personEntry(person, el, people);
    if (entry === person) continue;
    const rest = normalizeSpace(textContentExcept(entry, (inner) => inner === person || isDateOrUnseen(inner)));
    if (splitByline(rest).some(isPersonName)) return whole;
    if (rest) perPerson = true;
  }
  if (!perPerson) return whole;
  const marked = new Set(people);
  const outside = normalizeSpace(textWithMarks(el, marked));
  const inner = dedupeAuthors(people.map((p) => ({ name: innerText(p), url: null })));
  return mergeNestedNames(whole.map((name) => ({ name, url: null })), inner, outside).map((a) => a.name);
}

/** The nearest wrapper of a link that is a block, not phrasing around it (NAME_LINK_WRAPPER_TAGS). */
function blockOfLink(a: Element): Element | null {
  for (let cur = a.parent; isElement(cur); cur = cur.parent) if (!NAME_LINK_WRAPPER_TAGS.has(cur.name)) return cur;
  return null;
}

/** Separators between the words that join a byline's names. */
const GLUE_SPLIT_RE = /[\s,]+/;

/**
 * Whether text outside a block's links only joins names: an optional "By" (BYLINE_PREFIX_RE),
 * then connectors ("and", "&", "und"…) and commas.
 */
function onlyJoinsNames(glue: string): boolean {
  const rest = `${glue} `.replace(BYLINE_PREFIX_RE, '');
  return rest.split(GLUE_SPLIT_RE).every((word) => word === '' || CONNECTOR_WORDS.has(word.toLowerCase()));
}

/**
 * Whether `el` sits in the headline's header: its nearest common wrapper with the `<h1>`
 * holds fewer long paragraphs than the story's prose (ARTICLE_PROSE), so neither the body
 * nor an author box after it, nor a page-level wrapper of a teaser list.
 */
type HeaderTest = (el: Element) => boolean;

/** The HeaderTest of one headline; each common wrapper is measured once, as the elements near the headline share a few. */
function headlineHeaderTest(headline: Element): HeaderTest {
  const around = new Set(ancestorsOf(headline));
  const measured = new Map<Element, boolean>();
  return (el) => {
    if (contains(el, headline)) return false;
    let common: ParentNode | null = el.parent;
    while (isElement(common) && !around.has(common)) common = common.parent;
    if (!isElement(common)) return false;
    let header = measured.get(common);
    if (header === undefined) {
      header = countLongParagraphs(common, ARTICLE_PROSE.paragraphLength, ARTICLE_PROSE.paragraphs) < ARTICLE_PROSE.paragraphs;
      measured.set(common, header);
    }
    return header;
  };
}

/**
 * The first block after the headline that is a byline by what it holds, not by its name (see
 * UNNAMED_BYLINE): in the headline's header, short, every link in it to an author page and
 * at least one of them a person's name, its other text only "By", "and" and commas. Tailwind
 * themes print "<p class="font-semibold"><a href=/blog/authors/…>Tomás Varga</a> and <a …>Aiko
 * Brennan</a></p>" under the `<h1>`.
 */
function unnamedByline(links: readonly Element[], headline: Element, isForeign: ForeignCheck, inHeadlineHeader: HeaderTest): Element | null {
  const seen = new Set<Element>();
  for (const link of links) {
    const block = blockOfLink(link);
    if (!block || seen.has(block)) continue;
    seen.add(block);
    if (isUnnamedByline(block, headline, isForeign, inHeadlineHeader)) return block;
  }
  return null;
}

/** Whether one block passes {@link unnamedByline}'s tests; its links are those outside other links. */
function isUnnamedByline(block: Element, headline: Element, isForeign: ForeignCheck, inHeadlineHeader: HeaderTest): boolean {
  if (innerTextLongerThan(block, MAX_BYLINE_LENGTH) || !inHeadlineHeader(block) || isForeign(block, headline)) return false;
  let named = false;
  const anchors: Element[] = [];
  walkElements(block, (el) => {
    if (el.name === 'a') anchors.push(el);
    return el.name !== 'a';
  });
  for (const a of anchors) {
    if (!AUTHOR_HREF_RE.test(a.attribs.href ?? '')) return false;
    if (isPersonName(innerText(a))) named = true;
  }
  const glue = labelText(block, MAX_BYLINE_LENGTH);
  return named && glue !== null && onlyJoinsNames(glue);
}

/** The node after `node` in document order once its own subtree is passed, or null. */
function nextOutside(node: AnyNode): AnyNode | null {
  for (let cur: AnyNode | null = node; cur; cur = cur.parent) if (cur.next) return cur.next;
  return null;
}


/**
 * The first block after `anchor` (the headline) that holds text, when it is short (see
 * PLAIN_BYLINE): the walk goes down into longer wrappers, past empty elements, and stops at
 * any text met on the way, which is then what follows the headline.
 */
function firstBlockAfter(anchor: Element): Element | null {
  let node = nextOutside(anchor);
  for (let seen = 0; node && seen < PLAIN_BYLINE.maxElements; ) {
    if (isTextNode(node)) {
      if (LETTER_OR_DIGIT_RE.test(node.data)) return null;
      node = nextOutside(node);
      continue;
    }
    if (!isElement(node) || isUnseenText(node) || isHiddenByMarkup(node) || !innerTextLongerThan(node, 0)) {
      node = nextOutside(node);
      continue;
    }
    seen++;
    if (!innerTextLongerThan(node, PLAIN_BYLINE.maxLength)) return node;
    node = node.children[0] ?? nextOutside(node);
  }
  return null;
}

/**
 * The byline the page prints right after the headline without naming it one (see
 * PLAIN_BYLINE): the first block after it, opened by a byline word ("By", "Von", "Par" …)
 * followed at once by a person's name, its names all people's, and nothing else but a few
 * words of role or outlet.
 */
function plainByline(anchor: Element, isForeign: ForeignCheck): { el: Element; text: string; line: string } | null {
  const block = firstBlockAfter(anchor);
  return block ? bylineLine(block, anchor, isForeign) : null;
}

/**
 * The byline of a flat exported document (see PLAIN_BYLINE.titleBlockLines): the first short
 * line that follows the printed title as its sibling past its dek-named subtitle (Docs'
 * `p.subtitle`, Word's `p.MsoSubtitle`), when it is a plain byline (see bylineLine). A line
 * that is no dek before it ("The harbour is quiet.") is the story's.
 */
function titleBlockByline(anchor: Element, isForeign: ForeignCheck): { el: Element; text: string; line: string } | null {
  let lines = 0;
  let dek = false;
  for (let node = anchor.next; node && lines < PLAIN_BYLINE.titleBlockLines; node = node.next) {
    if (!isElement(node) || isUnseenText(node) || isHiddenByMarkup(node) || !innerTextLongerThan(node, 0)) continue;
    if (innerTextLongerThan(node, PLAIN_BYLINE.maxLength)) return null;
    lines++;
    if (DEK_CLASS_RE.test(dekClassNames(node))) {
      dek = true;
      continue;
    }
    return dek ? bylineLine(node, anchor, isForeign) : null;
  }
  return null;
}

/**
 * Whether a text is a byline by its words alone: opened by a byline word ("By", "Von", "Par"
 * …) followed at once by a person's name, its names all people's (not a time: "By Christmas
 * Eve", PLAIN_BYLINE.dateWordStart), and nothing else but a few words of role or outlet and a
 * closing date: no sentence text ("…, the team had finished.", see PLAIN_BYLINE.sentenceWords;
 * a closing full stop alone proves nothing: "By Jane Doe, staff writer.").
 */
function isPlainBylineText(text: string): boolean {
  const prefix = BYLINE_PREFIX_RE.exec(text);
  if (!prefix) return false;
  const names = splitByline(text);
  if (names.length === 0 || !names.every((name) => isPersonName(name) && !PLAIN_BYLINE.dateWordStart.test(name))) return false;
  let rest = text.slice(prefix[0].length);
  if (!rest.startsWith(names[0] as string)) return false;
  for (const name of names) rest = rest.replace(name, ' ');
  const others = (rest.replace(BYLINE_DATE_TAIL_RE, '').match(WORD_RE) ?? []).filter((w) => !CONNECTOR_WORDS.has(w.toLowerCase()) && !PLAIN_BYLINE.roleJoinWords.has(w));
  return others.length <= PLAIN_BYLINE.maxOtherWords && !others.some((w) => PLAIN_BYLINE.sentenceWords.has(w));
}

/**
 * The line of a byline that holds its names, when line breaks (`<br>`, blocks) split it:
 * "By Jane Doe<br>Staff Writer" reads "By Jane Doe", where visibleText's "By Jane Doe Staff
 * Writer" is no name, and an author box's "Tomás Aguilar / Lead Agronomist / Tomás spent…"
 * reads "Tomás Aguilar". A line runs on into the next after a label ("By", "Written by:") or a
 * separator, or when the next opens with one or a joining word (BYLINE_LINE_JOIN: "Jane Doe<br>
 * and John Roe"); the first line so joined that names a person is the byline's (a date line
 * above it is skipped). Without one, the lines as visibleText joins them.
 */
function bylineText(el: Element): string {
  const lines = visibleLines(el);
  if (lines.length <= 1) return lines[0] ?? '';
  // Names the markup sets apart: each link's and list item's whole text.
  const marked = new Set<string>();
  findDescendant(el, (d) => {
    if (d.name === 'a' || d.name === 'li') marked.add(visibleText(d));
    return false;
  });
  const joined: string[] = [];
  for (const line of lines) {
    const before = joined[joined.length - 1];
    if (before !== undefined && runsOn(before, line)) joined[joined.length - 1] = `${before} ${line}`;
    else joined.push(line);
  }
  const at = joined.findIndex((line) => splitByline(line).some(isPersonName));
  if (at < 0) return joined.join(' ');
  // Co-authors each on a line of their own, marked as names: "<a>Jane Doe</a><br><a>John Roe</a>".
  let names = joined[at] as string;
  for (let i = at + 1; i < joined.length && marked.has(joined[i] as string) && isPersonName(joined[i] as string); i++) names += `, ${joined[i]}`;
  return names;
}

/** Whether a byline's line break after `before` is no separator (see bylineText). */
function runsOn(before: string, line: string): boolean {
  return BYLINE_LINE_JOIN.end.test(before) || BYLINE_LINE_JOIN.start.test(line) || isLabelText(before) || isBylineWord(before);
}

/** Whether a text is a byline word and nothing else ("By", "Written by", "Von", "Autor:"). */
function isBylineWord(text: string): boolean {
  return BYLINE_PREFIX_RE.exec(`${text} `)?.[0].length === text.length + 1;
}

/** A byline word alone as a label before a name, not a photo's ("Photo by" names the photographer). */
function isBylineLabel(text: string): boolean {
  return isBylineWord(text) && !PHOTO_CREDIT_LINE_RE.test(`${text} X`);
}

/**
 * The byline a blog engine prints at the foot of the post, not under its title, with no markup
 * naming it one: Movable Type's "Posted by Jane Doe at 10:32 AM in Planning", Blogger's and
 * TypePad's "Posted by Jane Doe at 10:32 AM". Among the lines that open with a publication
 * label ("Posted", PUBLISHED_LABEL_RE), after the headline, the first in the story's own
 * footer (inStoryFooterOrTagNav: not a comment's "Posted by: Margaret", which sits in the
 * comments) that is a plain byline by its words (isPlainBylineText: the name right after "by",
 * then at most a few words besides its time or date) and gives a time or a date: a bare
 * closing credit ("Posted by Alon Zakai.") is read last, when nothing else is a byline
 * (closingCredit).
 */
function postedByLine(labelled: readonly LabelledLine[], story: Element, headline: Element | null): { el: Element; text: string } | null {
  for (const { el, afterHeadline } of labelled) {
    if (!afterHeadline || el === headline || !inStoryFooterOrTagNav(el, story) || innerTextLongerThan(el, PLAIN_BYLINE.maxLength)) continue;
    const text = visibleText(el);
    // The time or date it gives makes it the post's stamp line, not a closing credit.
    if (DATE_DIGIT_RE.test(text) && isPlainBylineText(text)) return { el, text };
  }
  return null;
}

/**
 * The closing credit of a post signed at its foot (CLOSING_CREDIT): the one short line in the
 * story's own footer whose whole text is "Posted by" or "Written by" and a person's name
 * (isPersonName), in no comment, card, other `<article>`, quote or embed there
 * (inStoryFooterOrTagNav, inOwnEntryFoot). Null when there is none, or more than one naming
 * different people.
 */
function closingCredit(story: Element, headline: Element | null, outlets: readonly OutletWords[]): { el: Element; text: string } | null {
  let found: { el: Element; text: string; name: string } | null = null;
  let other = false;
  walkElements(story, (el) => {
    if (other || el === headline) return false;
    if (!CLOSING_CREDIT.lineTags.has(el.name) || innerTextLongerThan(el, CLOSING_CREDIT.maxLength)) return true;
    const text = visibleText(el);
    const name = CLOSING_CREDIT.lineRe.exec(text)?.[1];
    if (name === undefined) return true;
    if (!isCreditedPerson(name, outlets)) return false;
    // (The footer itself may hold only the line: the line inside it is the one to place.)
    if (!inStoryFooterOrTagNav(el, story) || !inOwnEntryFoot(el, story, headline) || inOtherArticle(el, story, headline)) return true;
    // A review's credits box: the work's writer, not the review's.
    if (besideWorkCredits(el, story)) {
      other = true;
      return false;
    }
    // (Its closing full stop is no part of the name.)
    if (found === null) found = { el, text: trimEndChars(text, '.').trim(), name };
    else if (found.name.toLowerCase() !== name.toLowerCase()) other = true;
    return false;
  });
  return other || found === null ? null : { el: (found as { el: Element }).el, text: (found as { text: string }).text };
}

/**
 * Whether a closing credit's name is a person's (isPersonName) and no role, account or
 * organisation (ROLE_WORDS_RE, ADMIN_ACCOUNT_RE, CLOSING_CREDIT.notNameWordRe: "Site Admin",
 * "Planning Department", "Harbour Analytics Ltd"), nor the site's own name or its opening
 * words ("Acme Engineering" on "Acme Engineering Blog").
 */
function isCreditedPerson(name: string, outlets: readonly OutletWords[]): boolean {
  return isPersonName(name) && !ROLE_WORDS_RE.test(name) && !ADMIN_ACCOUNT_RE.test(name) && !CLOSING_CREDIT.notNameWordRe.test(name) && !isOutlet(name, outlets);
}

/**
 * Whether a credit line stands in the story's footer beside a work's other credits or its
 * title (CLOSING_CREDIT.workCreditRe, titleTags): a review's credits box ("The Tides",
 * "Directed by Greta Gerwig", "Written by Noah Baumbach"). The outermost footer below the
 * story is read, outside the line itself.
 */
function besideWorkCredits(line: Element, story: Element): boolean {
  let footer: Element | null = null;
  for (let cur: ParentNode | null = line.parent; isElement(cur) && cur !== story; cur = cur.parent) {
    if (cur.name === 'footer' || FOOTER_NAME_RE.test(chromeNames(cur))) footer = cur;
  }
  if (footer === null) return false;
  let found = false;
  walkElements(footer, (el) => {
    if (found || el === line) return false;
    if (contains(el, line)) return true;
    if (CLOSING_CREDIT.titleTags.has(el.name)) {
      const title = visibleText(el);
      if (LETTER_RE.test(title) && title.length <= CLOSING_CREDIT.maxTitleLength && !CLOSING_CREDIT.notTitleEndRe.test(title)) found = true;
      return false;
    }
    if (!innerTextLongerThan(el, CLOSING_CREDIT.maxLength) && CLOSING_CREDIT.workCreditRe.test(visibleText(el))) found = true;
    return !found;
  });
  return found;
}

/** Whether an element sits, below the story, in a tag of someone else's (CLOSING_CREDIT.notInsideTags) that does not hold the headline. */
function inOtherArticle(el: Element, story: Element, headline: Element | null): boolean {
  for (let cur: ParentNode | null = el.parent; isElement(cur) && cur !== story; cur = cur.parent) {
    if (CLOSING_CREDIT.notInsideTags.has(cur.name) && !(headline !== null && contains(cur, headline))) return true;
  }
  return false;
}

/**
 * The post's signature a link is the name of (see ENTRY_SIGNATURE): a link classed as the
 * entry's author and a card, inside the story, alone of its kind in a short line whose text
 * before it is a byline word. Null when it is not one.
 */
function entrySignature(a: Element, story: Element, headline: Element | null): { el: Element; text: string } | null {
  const cls = a.attribs.class ?? '';
  if (!ENTRY_SIGNATURE.authorClassRe.test(cls) || !ENTRY_SIGNATURE.cardClassRe.test(cls) || !contains(story, a)) return null;
  if (!inOwnEntryFoot(a, story, headline)) return null;
  const line = a.parent;
  if (!isElement(line) || !ENTRY_SIGNATURE.lineTags.has(line.name) || innerTextLongerThan(line, ENTRY_SIGNATURE.maxLineLength)) return null;
  if (findDescendant(line, (d) => d !== a && d.name === 'a' && ENTRY_SIGNATURE.authorClassRe.test(d.attribs.class ?? '')) !== null) return null;
  let before = '';
  for (let node = a.prev; node; node = node.prev) before = (isTextNode(node) ? node.data : isElement(node) ? textContent(node) : '') + before;
  const name = normalizeSpace(innerText(a));
  const opening = `${normalizeSpace(before)} ${name}`;
  const prefix = BYLINE_PREFIX_RE.exec(opening);
  if (!name || !prefix || prefix[0].trim().length < normalizeSpace(before).length || isPictureCredit(a, opening)) return null;
  return { el: a, text: name };
}

/**
 * Whether a signature link sits in the story's own entry and in no block of someone else's
 * (ENTRY_SIGNATURE): no nested microformats post or citation that does not hold the headline,
 * no block named as replies, an embed or a quote, no aside, nav, blockquote or figure, and no
 * foreign block (FOREIGN_CONTAINER_RE) but the entry's own footer.
 */
function inOwnEntryFoot(a: Element, story: Element, headline: Element | null): boolean {
  for (let cur: ParentNode | null = a.parent; isElement(cur) && cur !== story; cur = cur.parent) {
    const names = chromeNames(cur);
    if (ENTRY_SIGNATURE.notInsideTags.has(cur.name) || ENTRY_SIGNATURE.notInsideNameRe.test(names)) return false;
    if (ENTRY_SIGNATURE.nestedRootClassRe.test(cur.attribs.class ?? '') && !(headline !== null && contains(cur, headline))) return false;
    if (FOREIGN_CONTAINER_RE.test(names.replace(PAGE_FOOTER_NAME_RE, ' '))) return false;
  }
  return true;
}

/** Whether a short block is a byline by its words alone (see isPlainBylineText). */
function bylineLine(block: Element, anchor: Element, isForeign: ForeignCheck): { el: Element; text: string; line: string } | null {
  if (isForeign(block, anchor)) return null;
  const text = bylineText(block);
  return isPlainBylineText(text) ? { el: block, text, line: visibleText(block) } : null;
}

/**
 * The byline a page builder's header prints as a label element and a name element beside it
 * ("<div>Written by</div><div>Tomás Aguilar</div><div>Lead Agronomist</div>"), with no markup
 * naming either: among the first elements after the headline, in its own block (see
 * headlineBlockOf), an element whose whole text is a byline word ("Written by", "Von",
 * "Autor:") followed by an element whose whole text is a person's name. A photo's label
 * ("Photo by") names the photographer.
 */
function labelledName(elements: readonly Element[], headline: Element, isForeign: ForeignCheck): { el: Element; text: string } | null {
  for (const el of elements) {
    if (innerTextLongerThan(el, MAX_NAME_ELEMENT_LENGTH) || isForeign(el, headline)) continue;
    const label = visibleText(el);
    if (!isBylineLabel(label)) continue;
    let next = el.next;
    while (next && !isElement(next)) next = next.next;
    const name = next && isElement(next) && !innerTextLongerThan(next, MAX_NAME_ELEMENT_LENGTH) ? visibleText(next) : '';
    return name && isPersonName(name) && isElement(next) ? { el: next, text: `${label} ${name}` } : null;
  }
  return null;
}

/**
 * A byline printed as a word and a link to the writer's page, with no markup naming it
 * ("<span>Eftir <a href=/hofundar/gunnar-thor-olafsson/>Gunnar Þór Ólafsson</a></span>", Icelandic
 * "by"): among the first elements after the headline, in its own block (see headlineBlockOf),
 * an element that holds only one word and then one link whose text is a person's name and
 * that goes to a page of the site one folder down ("/hofundar/…": not a section such as
 * "/politics/" or one the page sits under, see isWriterPage), in the headline's header (see
 * HeaderTest) and its `<article>`, if any. The word is a byline word in
 * whatever language: a photo's label names the photographer, and a caption is no byline.
 */
function wordAndNameLink(elements: readonly Element[], headline: Element, isForeign: ForeignCheck, page: URL | null, inHeadlineHeader: HeaderTest): { el: Element; text: string } | null {
  for (const el of elements) {
    if (el.name === 'a' || innerTextLongerThan(el, MAX_NAME_ELEMENT_LENGTH) || isForeign(el, headline)) continue;
    const parts = el.children.filter((c) => !(isTextNode(c) && !LETTER_OR_DIGIT_RE.test(c.data)) && (isTextNode(c) || isElement(c)));
    const [word, link] = parts;
    if (parts.length !== 2 || !isTextNode(word) || !isElement(link) || link.name !== 'a') continue;
    const label = normalizeSpace(word.data);
    const name = innerText(link);
    if (!LONE_WORD_RE.test(label) || PHOTO_CREDIT_LINE_RE.test(`${label} X`) || !isPersonName(name) || splitByline(name, true)[0] !== name) continue;
    if (isPictureCredit(el, label) || isTaxonomyLink(link) || !isWriterPage(link.attribs.href ?? '', page) || !inHeadlineHeader(el) || enclosingArticle(el) !== enclosingArticle(headline)) continue;
    return { el, text: name };
  }
  return null;
}

/**
 * A blog theme's author row under the headline, with no markup naming it a byline: an avatar
 * and beside it a link whose text is the avatar's `alt`, a person's name (Gatsby, Hugo and
 * Astro themes' "<img alt="Noor Haddad"> <a href=/about/>Noor Haddad</a> March 14, 2025 · 7
 * min read"): among the first elements after the headline, in its own block and header (see
 * headlineBlockOf, HeaderTest), the picture at most AVATAR_NAME_ROW.maxLevels wrappers
 * up from the link. The row's date and reading time are no part of the byline. A subject's
 * profile header has the same shape ("<img alt="Ada Lovelace"> <a href=/wiki/Ada_Lovelace>"):
 * the row counts only with a sign of authorship, a date in it (see holdsDate) or a link that
 * says it goes to an author page ("/author/…", rel=author, an author class: saysAuthorPage)
 * or to a one-person blog's about page ("/about/", ABOUT_PAGE_PATH_RE).
 */
function avatarNameLink(elements: readonly Element[], headline: Element, isForeign: ForeignCheck, page: URL | null, inHeadlineHeader: HeaderTest): { el: Element; text: string } | null {
  for (const el of elements) {
    if (el.name !== 'a' || innerTextLongerThan(el, MAX_NAME_ELEMENT_LENGTH) || isForeign(el, headline) || isTaxonomyLink(el)) continue;
    const name = innerText(el);
    if (!isPersonName(name) || splitByline(name, true)[0] !== name || !inHeadlineHeader(el)) continue;
    const row = avatarRowOf(el, name, headline);
    if (row === null || !(saysAuthorPage(el) || isOwnAboutPage(el.attribs.href ?? '', page) || holdsDate(row))) continue;
    return { el, text: name };
  }
  return null;
}

/**
 * The row of a name link and its avatar: the nearest of `link`'s AVATAR_NAME_ROW.maxLevels
 * wrappers below the headline's (the row, not the header) that holds a picture whose `alt`
 * is `name`, at least the link's parent (a picture inside the link has its row around it).
 */
function avatarRowOf(link: Element, name: string, headline: Element): Element | null {
  const key = name.toLowerCase();
  let box: Element | null = link;
  for (let level = 0; box && level <= AVATAR_NAME_ROW.maxLevels && !contains(box, headline); level++, box = isElement(box.parent) ? box.parent : null) {
    if (findDescendant(box, (d) => isImage(d) && normalizeSpace(d.attribs.alt ?? '').toLowerCase() === key) === null) continue;
    const row = box === link && isElement(link.parent) ? link.parent : box;
    return contains(row, headline) ? box : row;
  }
  return null;
}

/** Whether an href goes to the page's own site's about page ("/about/": a one-person blog's owner, see ABOUT_PAGE_PATH_RE). */
function isOwnAboutPage(href: string, page: URL | null): boolean {
  const url = page === null ? null : resolveUrl(href, page.href);
  const parsed = url === null ? null : parseUrl(url);
  return page !== null && parsed !== null && siteHost(parsed) === siteHost(page) && isAboutPage(parsed.href);
}

/**
 * Whether a short row (at most AVATAR_NAME_ROW.maxRowText characters) gives a date: a
 * `<time>`, a date-classed part with digits (see isDatePart), or a date in its text
 * (AVATAR_NAME_ROW.dateText), its parts kept apart (see dateLineText: "Noor Haddad" and "March 14" in two elements).
 */
function holdsDate(row: Element): boolean {
  if (innerTextLongerThan(row, AVATAR_NAME_ROW.maxRowText)) return false;
  return findDescendant(row, isDatePart) !== null || AVATAR_NAME_ROW.dateText.test(dateLineText(row));
}

/**
 * A link to one of the site's groupings of stories rather than a person: `rel` "tag" or
 * "category" (WordPress's "in <a rel="category tag">Local News</a>"), or a tag, topic or
 * category page (isTagPageHref, TOPIC_HREF_RE, CATEGORY_HREF_RE).
 */
function isTaxonomyLink(a: Element): boolean {
  const href = a.attribs.href ?? '';
  return hasListToken(a.attribs.rel, TAG_REL_TOKEN, true) || isCategoryLink(a) || isTagPageHref(href) || TOPIC_HREF_RE.test(href);
}

/**
 * The links among the first elements after the headline, in its own block and header (see
 * headlineBlockOf, HeaderTest) and its `<article>`, if any, whose text is a person's name and that go to a page of the site one
 * folder down (see isWriterPage; no tag, topic or category page), by lower-cased name: a
 * byline named and linked only in the site's language (Drupal's "field--name-field-egileak",
 * "/egilea/ane-zubiri-etxeberria", Basque for "author"), beside a place, gives the page of the
 * author the metadata names the same.
 */
function nameLinksNearHeadline(elements: readonly Element[], headline: Element, isForeign: ForeignCheck, page: URL | null, inHeadlineHeader: HeaderTest): Map<string, string> {
  const found = new Map<string, string>();
  for (const el of elements) {
    if (el.name !== 'a' || !inHeadlineHeader(el) || enclosingArticle(el) !== enclosingArticle(headline) || isForeign(el, headline) || isTaxonomyLink(el)) continue;
    const href = el.attribs.href ?? '';
    const name = innerText(el);
    const url = isWriterPage(href, page) && name.length <= MAX_NAME_ELEMENT_LENGTH && isPersonName(name) ? resolveUrl(href, page?.href ?? null) : null;
    if (url && !found.has(name.toLowerCase())) found.set(name.toLowerCase(), url);
  }
  return found;
}

/**
 * The post's own column, when a byline-named block that a sidebar or `<nav>` holds is its
 * author profiles (Material for MkDocs' `md-post__authors` in the post's sidebar `<nav
 * class="md-nav">`): the block sits in a column beside the story's `<article>` (a sibling
 * branch under the article's parent, where a site's menu column sits further out), and it is
 * made of profiles: each picture in it is an avatar whose `alt` is a person's name that the
 * block also prints as text (a name element or link beside it). That column (the branch) is
 * the post's byline and its meta, whose `<time>`s date the post (VisibleMetadata.postColumn).
 */
function postSidebarColumn(el: Element, headline: Element): Element | null {
  const story = enclosingArticle(headline);
  if (!story || !isElement(story.parent) || contains(el, story)) return null;
  let branch: Element | null = el;
  while (branch && branch.parent !== story.parent) branch = isElement(branch.parent) ? branch.parent : null;
  if (!branch || branch === story) return null;
  const printed = new Set<string>();
  const avatars: string[] = [];
  walkElements(el, (inner) => {
    if (inner.name === 'img') avatars.push(normalizeSpace(inner.attribs.alt ?? ''));
    else if (!inner.children.some(isElement) || NAME_LINK_WRAPPER_TAGS.has(inner.name) || inner.name === 'a') printed.add(innerText(inner));
    return true;
  });
  return avatars.length > 0 && avatars.every((alt) => isPersonName(alt) && printed.has(alt)) ? branch : null;
}


/**
 * Whether an href goes to a page of the site (`page`) at least one folder down
 * ("/hofundar/gunnar-thor-olafsson/"), not to a top-level section ("/politics/"), a folder the
 * page itself sits under (its section, "/frettir/innlent/" above
 * "/frettir/innlent/2025/12/23/…"), the page, or a path that is no person's
 * (NOT_A_PERSON_PATH_RE: an about page, a picture, a dated article).
 */
function isWriterPage(href: string, page: URL | null): boolean {
  const url = page === null ? null : parseUrl(resolveUrl(href, page.href) ?? '');
  if (page === null || url === null || siteHost(url) !== siteHost(page) || parentPath(url.href) === null || NOT_A_PERSON_PATH_RE.test(url.pathname)) return false;
  return !withSlash(page.pathname).startsWith(withSlash(url.pathname));
}

/** A path with a slash at its end, so that "/a/1/" is under "/a/" and not under "/a/1x/". */
function withSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

/**
 * A Korean reporter's line among the first elements after the headline, in its own block
 * (see headlineBlockOf): an element whose whole text is a name and the reporter's title
 * (KOREAN_REPORTER_LINE_RE: "홍길동 기자" in the info row's `<li>`).
 */
function reporterLine(elements: readonly Element[], headline: Element, isForeign: ForeignCheck): { el: Element; text: string } | null {
  for (const el of elements) {
    if (innerTextLongerThan(el, MAX_NAME_ELEMENT_LENGTH) || isForeign(el, headline)) continue;
    const text = visibleText(el);
    if (KOREAN_REPORTER_LINE_RE.test(text)) return { el, text };
  }
  return null;
}

/**
 * The headline's own block, when `el` (after the headline) is in it: the smallest block
 * holding both, when it is short (MAX_HEADLINE_BLOCK_LENGTH) and holds no other heading, so a
 * header, not one that also holds the body or a list of stories. Null otherwise.
 */
function headlineBlockOf(el: Element, headline: Element, checked: Map<ParentNode, boolean>): ParentNode | null {
  const block = commonAncestor(el, headline) ?? el;
  let short = checked.get(block);
  if (short === undefined) {
    short = !innerTextLongerThan(block, MAX_HEADLINE_BLOCK_LENGTH) && findDescendant(block, (h) => h !== headline && HEADLINE_BLOCK_HEADINGS.has(h.name)) === null;
    checked.set(block, short);
  }
  return short ? block : null;
}

/** The first elements after the headline that are in its own block (see headlineBlockOf), each with that block, in page order. */
type HeaderElements = Map<Element, ParentNode>;

/**
 * The elements after the headline (`elements`, in page order) up to the first one past the
 * headline's own block: past it the lines are the body's or other stories' (a block with
 * another heading is a list of stories, or the body's sections). Every later element is past
 * it too: the block holding the headline and an element can only grow along the page. Each
 * block is measured once, as many elements share it.
 */
function headerElementsOf(elements: readonly Element[], headline: Element): HeaderElements {
  const header: HeaderElements = new Map();
  const checked = new Map<ParentNode, boolean>();
  for (const el of elements) {
    const block = headlineBlockOf(el, headline, checked);
    if (block === null) break;
    header.set(el, block);
  }
  return header;
}

/** A byline element and the authors it names. */
interface Byline {
  el: Element;
  authors: Author[];
  /** The text the authors were read from (its dates left out). */
  text: string;
  afterHeadline: boolean;
}

/** The element's ancestors, nearest first (the element itself excluded). */
function ancestorsOf(el: Element): Element[] {
  const out: Element[] = [];
  for (let cur = el.parent; isElement(cur); cur = cur.parent) out.push(cur);
  return out;
}

/**
 * The bylines of the headline's own story, ranked by how close each sits to the headline.
 * When the headline is inside an `<article>`, bylines inside another `<article>` (a card
 * nested in the story or beside it) are another story's, and are dropped when any other
 * byline is left. Of the rest, those whose nearest
 * common ancestor with the headline is deepest share its block (the story's header, its
 * `<article>`); a teaser list elsewhere meets the headline only at a page-level wrapper.
 */
function closestToHeadline(bylines: readonly Byline[], headline: Element): Byline[] {
  const story = headline.name === STORY_TAG ? headline : enclosingArticle(headline);
  const inOwnStory = (b: Byline): boolean => {
    const around = enclosingArticle(b.el);
    return around === null || around === story || contains(b.el, story as Element);
  };
  const kept = story === null ? bylines : bylines.filter(inOwnStory);
  // Only when the story's own byline exists is another story's dropped.
  const own = kept.length > 0 ? kept : bylines;
  // Depth of each headline ancestor counted from the root, so a deeper common ancestor scores higher.
  const ancestors = ancestorsOf(headline);
  const depth = new Map(ancestors.map((el, i) => [el, ancestors.length - i] as const));
  const affinity = (b: Byline): number => {
    if (contains(b.el, headline)) return depth.get(b.el) ?? 0;
    for (let cur = b.el.parent; isElement(cur); cur = cur.parent) {
      const d = depth.get(cur);
      if (d !== undefined) return d;
    }
    return 0;
  };
  // A loop, not Math.max(...): a page can carry more bylines than a call takes arguments.
  const scores = own.map(affinity);
  let best = 0;
  for (const score of scores) if (score > best) best = score;
  return own.filter((_, i) => scores[i] === best);
}

/**
 * The article's byline among those found: of the bylines closest to the headline (see
 * {@link closestToHeadline}), the first one after it (bylines sit under it; earlier ones
 * are menus and teaser lists), else the first. Bylines nested in it are the more precise
 * reading ("Tech Desk Jane Doe" holding "Jane Doe"); of those, the innermost ones.
 */
function chooseByline(bylines: readonly Byline[], headline: Element | null): { authors: Author[]; text: string | null; el: Element | null } {
  const closest = headline === null || bylines.length === 0 ? bylines : closestToHeadline(bylines, headline);
  // A review's fact box names the reviewed work's author: another byline as close to the
  // headline is the page's (a teaser's farther off is not).
  const notFacts = closest.filter((b) => !isWorkFact(b));
  const ranked = notFacts.length > 0 ? notFacts : closest;
  const primary = ranked.find((b) => b.afterHeadline) ?? ranked[0];
  if (!primary) return { authors: [], text: null, el: null };
  const nested = bylines.filter((b) => b !== primary && contains(primary.el, b.el) && !isLabelPart(b.el));
  const innermost = namedParts(nested.filter((b) => !nested.some((other) => other !== b && contains(b.el, other.el))));
  if (innermost.length === 0) return { authors: primary.authors, text: primary.text, el: primary.el };
  // A name's own span sits inside the link the outer byline gives it.
  const urls = new Map(primary.authors.map((a) => [a.name.toLowerCase(), a.url] as const));
  const inner = innermost.flatMap((b) => b.authors).map((a) => (a.url ? a : { name: a.name, url: urls.get(a.name.toLowerCase()) ?? null }));
  const innerEls = new Set(innermost.map((b) => b.el));
  // Each inner byline leaves a mark where it stood: a co-author is joined to one.
  const outside = normalizeSpace(textWithMarks(primary.el, innerEls));
  return { authors: mergeNestedNames(primary.authors, inner, outside), text: primary.text, el: primary.el };
}

/** A label's text (BYLINE_LABEL_TEXT_RE), unless its two words are a capitalised name ("Jane Smith:"). */
function isLabelText(text: string): boolean {
  return BYLINE_LABEL_TEXT_RE.test(text) && !CAPITALISED_NAME_LABEL_RE.test(text);
}

/**
 * Whether a byline part is its label (BYLINE_LABEL_PART_RE: "article-byline__label"), or
 * reads as one (BYLINE_LABEL_TEXT_RE: "သတင်း -", "Written by:"): never the name.
 */
function isLabelPart(el: Element): boolean {
  return BYLINE_LABEL_PART_RE.test(classAndId(el)) || isLabelText(visibleText(el));
}

/**
 * A byline's text without the label element it opens with (see BYLINE_LABEL_TEXT_RE), in any
 * language: "<span>သတင်း - </span><div>နန်းဆုမွန်</div>" reads "နန်းဆုမွန်".
 */
function withoutLeadingLabel(el: Element, text: string): string {
  const first = el.children.find((c) => isElement(c) || (isTextNode(c) && LETTER_OR_DIGIT_RE.test(c.data)));
  if (!first || !isElement(first) || isUnseenText(first)) return text;
  const label = visibleText(first);
  return isLabelText(label) && text.startsWith(label) ? text.slice(label.length).trim() : text;
}

/**
 * Of the innermost bylines inside another, the person's name parts. An author box whose
 * parts are all named like bylines (BEM's "author-box__label", "__name", "__bio", "__more")
 * holds a label, a bio and a "more by" link beside the name: when some parts are named as the
 * name (BYLINE_NAME_PART_RE, `itemprop=name`), those are the names; else all of them.
 */
function namedParts(parts: Byline[]): Byline[] {
  if (parts.length < 2) return parts;
  const named = parts.filter((b) => BYLINE_NAME_PART_RE.test(classAndId(b.el)) || hasListToken(b.el.attribs.itemprop, NAME_TOKEN, false));
  return named.length > 0 ? named : parts;
}

/**
 * Whether a byline-named element is a picture's credit: its text starts with a photo label
 * (PHOTO_CREDIT_LINE_RE: "foto: Petr Hloušek", "Photo: Reuters"), or it sits in a picture
 * (PICTURE_TAGS) below the story's own `<article>`.
 */
function isPictureCredit(el: Element, text: string): boolean {
  if (PHOTO_CREDIT_LINE_RE.test(text)) return true;
  for (let cur = el.parent; isElement(cur) && cur.name !== STORY_TAG && cur.name !== 'body'; cur = cur.parent) {
    if (PICTURE_TAGS.has(cur.name)) return true;
  }
  return PICTURE_TAGS.has(el.name);
}

/**
 * Whether an element sits in (or is) a block named as a quoted claim or statement
 * (CLAIM_BLOCK.classRe), at most CLAIM_BLOCK.maxDepth levels up and not past the story's
 * <article>: a fact-check's claim card ("statement-author" > h4.author "The Russian and Syrian
 * defense ministries", PolitiFact's "m-statement__author"), whose author-classed element is
 * the speaker of the claim reviewed.
 */
function inClaimBlock(el: Element): boolean {
  let depth = 0;
  for (let cur: Element | null = el; cur !== null && depth <= CLAIM_BLOCK.maxDepth && cur.name !== STORY_TAG && cur.name !== 'body'; depth += 1) {
    const cls = cur.attribs.class;
    if (cls !== undefined && CLAIM_BLOCK.classRe.test(cls)) return true;
    cur = isElement(cur.parent) ? cur.parent : null;
  }
  return false;
}

/** Whether two names overlap: one holds the other ("Tech Desk Jane Doe" and "Jane Doe"). */
function overlaps(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x.includes(y) || y.includes(x);
}

/**
 * The names of a byline whose parts are bylines of their own, in the byline's order: each
 * outer name an inner one overlaps gives way to the inner reading. An outer name no inner
 * byline holds stays when it is a co-author printed outside them (see isCoauthor): "Door
 * <a class=author>Sanne de Vries</a> en Jeroen Bakker" (a writer without a profile page has
 * no element of his own). What the outer reading glues across an inner element ("MA WebMD
 * Health News"), a place after a comma ("…, Hong Kong") or after "reporting from … and" does not.
 */
function mergeNestedNames(outer: readonly Author[], inner: readonly Author[], outside: string): Author[] {
  const out: Author[] = [];
  const used = new Set<Author>();
  let text = outside;
  for (const a of outer) {
    const covering = inner.filter((b) => overlaps(a.name, b.name));
    if (covering.length === 0 && isCoauthor(a.name, text)) {
      out.push(a);
      // An accepted co-author is a name the next one may be joined to ("A, B and C").
      text = markName(text, a.name);
    }
    for (const b of covering) {
      if (used.has(b)) continue;
      used.add(b);
      out.push(b);
    }
  }
  for (const b of inner) if (!used.has(b)) out.push(b);
  return out;
}

/** Where an inner byline (or an accepted co-author) stood in the outer byline's text. */
const NAME_MARK = '\u0001';

/** The text of `el` with each of `marked` replaced by NAME_MARK. */
function textWithMarks(el: Element, marked: ReadonlySet<Element>): string {
  return textContentExcept(el, (inner) => marked.has(inner), ` ${NAME_MARK} `);
}

function markName(text: string, name: string): string {
  const at = text.toLowerCase().indexOf(name.toLowerCase());
  return at < 0 ? text : text.slice(0, at) + NAME_MARK + text.slice(at + name.length);
}

/**
 * A person's name joined to a name of the byline: after "and" (or "en", "und", "&"…) that
 * follows a marked name ("<a>A</a> en B"), or first, before a connector and a marked name
 * ("By A, <a>B</a> and <a>C</a>").
 */
function isCoauthor(name: string, text: string): boolean {
  if (!isPersonName(name)) return false;
  const at = text.toLowerCase().indexOf(name.toLowerCase());
  if (at < 0) return false;
  const before = text.slice(0, at);
  const after = text.slice(at + name.length);
  return joinedToMark(before) || (BYLINE_WORD_RE.test(before.trim()) && MARK_FOLLOWS_RE.test(after));
}

/** Connectors between a byline's names ("and", "&", "en", "und"…). */
const CONNECTOR_WORDS: ReadonlySet<string> = new Set(NAME_CONNECTOR_WORDS);

/** Whether text ends with a marked name, an optional comma and a connector: "<mark> en ". */
function joinedToMark(before: string): boolean {
  const text = before.trimEnd();
  const space = text.lastIndexOf(' ');
  if (space < 0 || !CONNECTOR_WORDS.has(text.slice(space + 1).toLowerCase())) return false;
  let rest = text.slice(0, space).trimEnd();
  if (rest.endsWith(',')) rest = rest.slice(0, -1).trimEnd();
  return rest.endsWith(NAME_MARK);
}

/** Text after the first name: a comma or connector, then a marked name. */
const MARK_FOLLOWS_RE = new RegExp(String.raw`^\s*(?:,|&|\s(?:${NAME_CONNECTOR_WORDS.join('|')})\s)\s*\u0001`, 'iu');

/**
 * Reads bylines, date lines and dek candidates from the visible page, skipping related
 * cards, sidebars and comments, in one selector pass. `headline` is the `<h1>` the
 * headline was read from, when it was.
 * @internal
 */
export function readVisibleMetadata(root: ParentNode, base: string | null, isForeign: ForeignCheck, headline: Element | null = null, anchor: Element | null = null, outlets: readonly OutletWords[] = []): VisibleMetadata {
  const dates: TextDateCandidate[] = [];
  const dekCandidates: Element[] = [];
  const bylines: Byline[] = [];
  const metaLines = new Set<Element>();
  const authorLinks = new Map<string, string>();
  const stamps: DateStamp[] = [];
  const bylineDates: { line: TextDateCandidate; el: Element }[] = [];
  // The elements of the publication date lines read, for the update lines beside them.
  const publishedLineEls: { el: Element; line: TextDateCandidate }[] = [];
  let afterHeadline = false;
  let postColumn: Element | null = null;
  const commentItems: CommentItemMemo = new Map();
  const { found: candidates, labelled, updateLabelled, tagLinks, nearHeadline, authorPageLinks, credits } = visibleMetaCandidates(root, headline);
  const header: HeaderElements = headline === null ? new Map() : headerElementsOf(nearHeadline, headline);
  const headerEls = [...header.keys()];
  const inHeader: HeaderTest = headline === null ? () => false : headlineHeaderTest(headline);
  // The story's own footer (a post's "article-footer" inside its <article>) is foreign by
  // name, but its date line is the story's ("Originally Published: … 6:00 AM MST").
  const story = headline ? storyContainer(headline) : null;
  const inOwnFooter = (el: Element): boolean => story !== null && inStoryFooterOrTagNav(el, story);
  // The story's footers above its first paragraph: its meta row (Pelican's footer.post-info).
  const leadFooters = story ? leadFootersOf(story) : [];
  const page = base === null ? null : parseUrl(base);
  // The story's own <article>, else the <header> holding its headline: a card list in it is the story's writers, no teasers.
  const ownBox = headline === null ? null : headline.name === STORY_TAG ? headline : (enclosingArticle(headline) ?? enclosingHeader(headline));
  let signature: { el: Element; text: string } | null = null;
  for (const el of candidates) {
    if (el === headline) afterHeadline = true;
    if (el === headline || el.name === 'script' || el.name === 'style' || el.name === 'meta' || el.name === 'link' || el.name === 'h1') continue;
    const user = isUserAccount(el) && !isForeign(el, headline) ? labelledUserAccount(el, base) : null;
    if (user) {
      bylines.push({ el, authors: [user], text: user.name, afterHeadline });
      metaLines.add(el);
      continue;
    }
    const names = classAndId(el);
    const rel = attr(el, 'rel') ?? '';
    const itemprop = attr(el, 'itemprop') ?? '';
    const isMetaBlock = META_BLOCK_CLASS_RE.test(names);
    // A hidden date ("<span style=display:none><span class='dtstart published'>1998-02-28") is an
    // infobox's machine copy of a fact, not a line the reader sees under the headline.
    // A date inside a link to another page, or beside one in a list of such items, is a
    // teaser's (a "Related news" list item). A date in the site's bar above the headline is
    // today's, a clock's.
    const isDate =
      (DATE_CLASS_RE.test(names) || isBareTime(el)) &&
      !NOT_ARTICLE_DATE_CLASS_RE.test(names) &&
      !isHiddenInTree(el) &&
      !inLinkElsewhere(el, page) &&
      !inFactRow(el) &&
      !(headline !== null && !afterHeadline && isSiteClock(el, headline, story)) &&
      !inTeaserList(el, page, headline) &&
      !inCommentRun(el, headline, commentItems);
    let isDek = DEK_CLASS_RE.test(dekClassNames(el)) || (hasListToken(itemprop, DESCRIPTION_TOKEN, false) && describesArticle(el)) || isBareLead(el);
    let isByline = BYLINE_CLASS_RE.test(names) || BYLINE_CLASS_RE.test(dataRoleNames(el)) || rel.includes('author') || itemprop.includes('author') || el.name === 'address' || (el.name === 'dd' && isBylineDefinition(el));
    if (!isByline && !isDate && !isDek && !isMetaBlock) continue;
    // In the story's footer, only as a date line: the author box beside it is a bio, not the byline.
    // The post's own column of author profiles is its byline, in a <nav> or a sidebar or not.
    const foreign = isForeign(el, headline);
    const column = foreign && isByline && headline !== null ? postSidebarColumn(el, headline) : null;
    if (column !== null) postColumn ??= column;
    // A byline in the story's meta row printed as a <footer> above its text is the story's.
    const leadRow = foreign && isByline && leadFooters.length > 0 && inLeadFooter(el, leadFooters, headline, isForeign) && isLeadFooterByline(el);
    const footerDate = foreign && column === null && !leadRow;
    // The post's signature in its own foot ("Published by <a class='u-author h-card'>"), kept aside; the last one wins.
    if (footerDate && isByline && story !== null && el.name === 'a') signature = entrySignature(el, story, headline) ?? signature;
    if (footerDate) {
      if (!isDate || !inOwnFooter(el)) continue;
      isByline = false;
      isDek = false;
    }
    // A block with more text than any meta line is a wrapper (a story inside an "author-…"
    // box, a bio), no byline, line or dek: its text is not built, as each of many nested
    // wrappers built it all. Its date stamp (stampOf) still counts.
    const wrapper = innerTextLongerThan(el, MAX_META_BLOCK_TEXT);
    if (wrapper) {
      isByline = false;
      isDek = false;
      if (!isDate) continue;
    }
    const text = wrapper ? '' : visibleText(el);
    // A theme's "entry-meta" row is a byline when it says so: "By Jane Doe on March 5, 2019".
    if (isMetaBlock && !isByline && !footerDate && !wrapper) isByline = BYLINE_PREFIX_RE.test(text);
    // Or when its byline word follows the date: "Posted on March 5, 2024 by Jane Doe" (not
    // "Sponsored by Acme Bank", nor "March 5, 2024 · Photos by …": MID_LINE_BYLINE_BEFORE_RE).
    let bylineFrom = 0;
    if (isMetaBlock && !isByline && !footerDate && !wrapper && afterHeadline) {
      const mid = MID_LINE_BYLINE_RE.exec(text);
      const before = mid ? text.slice(0, mid.index) : '';
      const first = mid && DIGIT_RE.test(before) && MID_LINE_BYLINE_BEFORE_RE.test(before) && !MID_LINE_NOT_AUTHOR_RE.test(before) ? splitByline(text.slice(mid.index))[0] : undefined;
      if (mid && first !== undefined && isPersonName(first)) {
        isByline = true;
        bylineFrom = mid.index + 1;
      }
    }
    // A picture's credit named like a byline ("<p class=author>foto: Petr Hloušek</p>") names the photographer.
    // A fact-check's claim card names the claim's speaker, not the story's writer.
    // A teaser card's byline names that story's writers, a menu's "Bylines" entry a section.
    if (isByline && (isPictureCredit(el, text) || isNotNamePart(el) || inClaimBlock(el) || inTeaserCard(el, page, headline, ownBox) || (!afterHeadline && (story === null || !contains(story, el)) && isMenuEntry(el)))) isByline = false;
    if (!isByline && !isDate && !isDek) continue;
    if (isByline) {
      const names = bylineFrom > 0 ? text.slice(bylineFrom) : withoutLeadingLabel(el, withoutDateParts(el, bylineText(el)));
      const found = authorsFromByline(el, names, base, authorLinks);
      if (found.length > 0) bylines.push({ el, authors: found, text: names, afterHeadline });
    }
    if (isDate || isByline) {
      const updated = UPDATED_LABEL_RE.test(names) && !isPublishedAndUpdated(el) && !saysPublished(text);
      // Only a short one is a line; a long block so named is a wrapper of the whole story.
      if (!wrapper && text.length <= MAX_BYLINE_LENGTH) metaLines.add(el);
      if (text && text.length <= MAX_DATE_LINE_LENGTH) {
        const named = PUBLICATION_NAME_RE.test(names) || PUBLISHED_LABEL_RE.test(text);
        const publication = (headline === null || afterHeadline) && (isByline || named);
        // A byline's date is the publication's only if it is the story's byline (settled below):
        // an author box at the foot is classed like one.
        const lines = pushDateLine(dates, dateLineText(el), updated, publication, el, headline);
        if (publication && !named) for (const line of lines) bylineDates.push({ line, el });
        for (const line of lines) if (line.label === 'published') publishedLineEls.push({ el, line });
      }
      // (A <time>'s datetime is read as a time element; one without it keeps its stamps as any line.)
      const stamp = isDate && (el.name !== 'time' || el.attribs.datetime === undefined) ? stampOf(el) : null;
      if (stamp) stamps.push({ value: stamp.value, label: stamp.modified || updated || (el.name === 'time' && isUpdateLabelled(el)) ? 'modified' : 'published' });
    }
    // A "Summary" box of a heading and bullet points is a key-points list, not a dek.
    if (isDek && text.length >= MIN_DEK_LENGTH && text.length <= MAX_DEK_LENGTH && findDescendant(el, (d) => KEY_POINTS_TAGS.has(d.name)) === null) {
      dekCandidates.push(el);
    }
  }
  // A line that says "Published" but has no date class comes after every classed one.
  for (const { el, text, afterHeadline: after } of labelled) {
    if (metaLines.has(el) || (isForeign(el, headline) && !inOwnFooter(el)) || inTeaserList(el, page, headline)) continue;
    const whole = dateLineText(el);
    const lines = pushDateLine(dates, whole.length <= MAX_DATE_LINE_LENGTH ? whole : normalizeSpace(text), false, after, el, headline);
    for (const line of lines) if (line.label === 'published') publishedLineEls.push({ el, line });
  }
  // A line that says "Updated" but has no date class is the story's update when it sits with
  // a publication line in one meta row ("<li>입력 …</li><li>수정 …</li>"); its clock without a
  // date takes that line's date.
  // Else a line that dates the page itself ("This page was last edited on …") is its update,
  // after every other source, when the page has one.
  const pageUpdates: string[] = [];
  for (const { el, text } of updateLabelled) {
    if (metaLines.has(el) || inTeaserList(el, page, headline)) continue;
    const foreign = isForeign(el, headline) && !inOwnFooter(el);
    const beside = foreign ? null : lineBeside(el, publishedLineEls);
    const whole = dateLineText(el);
    const line = whole.length <= MAX_DATE_LINE_LENGTH ? whole : normalizeSpace(text);
    // (Read after the date line the publication line was itself written after, when it has one.)
    if (beside !== null) dates.push({ text: line, label: 'modified', publication: beside.publication, dateLine: beside.dateLine === undefined ? beside.text : `${beside.dateLine} ${beside.text}` });
    else if (PAGE_UPDATE_LINE_RE.test(line) && (!foreign || onlyInPageFooter(el))) pageUpdates.push(line);
  }
  if (pageUpdates.length === 1) dates.push({ text: pageUpdates[0] as string, label: 'modified', publication: false });
  // Without a byline under the headline, an unnamed one made of links to author pages.
  const unnamed = headline !== null && !bylines.some((b) => b.afterHeadline) ? unnamedByline(authorPageLinks, headline, isForeign, inHeader) : null;
  if (unnamed) {
    const text = visibleText(unnamed);
    const found = authorsFromByline(unnamed, text, base, authorLinks);
    if (found.length > 0) {
      bylines.push({ el: unnamed, authors: found, text, afterHeadline: true });
      metaLines.add(unnamed);
    }
  }
  // Else the first block after the headline (or the <h1> the reader sees under another title)
  // that reads "By Jane Doe / Staff Writer" with no markup naming it a byline.
  const shownHeadline = headline ?? anchor;
  // (Read even beside another byline: its people are the story's over an outlet's, see openingAuthors.)
  const opening = shownHeadline !== null ? plainByline(shownHeadline, isForeign) : null;
  const plain: { el: Element; text: string; line?: string } | null =
    shownHeadline !== null && !bylines.some((b) => b.afterHeadline)
      ? (opening ?? titleBlockByline(shownHeadline, isForeign) ?? (headline ? (labelledName(headerEls, headline, isForeign) ?? reporterLine(headerEls, headline, isForeign) ?? wordAndNameLink(headerEls, headline, isForeign, page, inHeader) ?? avatarNameLink(headerEls, headline, isForeign, page, inHeader)) : null))
      : null;
  // Else, with no byline anywhere, the post's own "Posted by Jane Doe at 10:32 AM" line at its foot.
  const posted = plain === null && bylines.length === 0 && story !== null ? postedByLine(labelled, story, headline) : null;
  if (posted) {
    const found = authorsFromByline(posted.el, posted.text, base, authorLinks);
    if (found.length > 0) {
      bylines.push({ el: posted.el, authors: found, text: posted.text, afterHeadline: true });
      metaLines.add(posted.el);
    }
  }
  if (plain) {
    const found = authorsFromByline(plain.el, plain.text, base, authorLinks);
    if (found.length > 0) {
      bylines.push({ el: plain.el, authors: found, text: plain.text, afterHeadline: true });
      metaLines.add(plain.el);
      // Its date is the story's, as a classed byline's is ("By Dana Whitcombe · 12 December 2025").
      const line = plain.line ?? plain.text;
      if (DIGIT_RE.test(line) && line.length <= MAX_DATE_LINE_LENGTH) for (const line of pushDateLine(dates, dateLineText(plain.el), false, true, plain.el, headline)) bylineDates.push({ line, el: plain.el });
    }
  }
  // Else the post's signature in its own foot (ENTRY_SIGNATURE), when no byline follows the headline.
  if (signature !== null && !bylines.some((b) => b.afterHeadline)) {
    const found = authorsFromByline(signature.el, signature.text, base, authorLinks);
    if (found.length > 0) {
      bylines.push({ el: signature.el, authors: found, text: signature.text, afterHeadline: true });
      metaLines.add(signature.el);
    }
  }
  // Else, with no byline anywhere, a closing credit alone in the story's own footer ("Posted by Alon Zakai.").
  const credit = bylines.length === 0 && story !== null ? closingCredit(story, headline, outlets) : null;
  if (credit) {
    const found = authorsFromByline(credit.el, credit.text, base, authorLinks);
    if (found.length > 0) {
      bylines.push({ el: credit.el, authors: found, text: credit.text, afterHeadline: true });
      metaLines.add(credit.el);
    }
  }
  if (headline) for (const [key, url] of nameLinksNearHeadline(headerEls, headline, isForeign, page, inHeader)) if (!authorLinks.has(key)) authorLinks.set(key, url);
  const byline = chooseByline(bylines, headline);
  for (const { line, el } of bylineDates) {
    const ours = byline.el !== null && (contains(byline.el, el) || contains(el, byline.el));
    if (!ours) line.publication = false;
  }
  // Tag links count inside the story only: a header's topics strip or a tag cloud lists the site's.
  const pageHost = page ? siteHost(page) : null;
  const ownTagLinks: Element[] = [];
  const plainTagBlocks = new Map<Element, boolean>();
  for (const a of story ? tagLinks : []) {
    if (ownTagLinks.length >= MAX_TAG_LINKS) break;
    const inside = contains(story as Element, a) && isTagLink(a, story as Element) && (!isForeign(a, headline) || inStoryFooterOrTagNav(a, story as Element) || inRelatedTagList(a, story as Element, plainTagBlocks));
    if ((inside || (inTagListAfterStory(a, story as Element, plainTagBlocks) && !isForeign(a, headline))) && isOwnSiteLink(a, pageHost) && !inMetaLine(a, metaLines)) ownTagLinks.push(a);
  }
  const headerLines = shownHeadline ? headerLinesOf(root, shownHeadline, isForeign) : [];
  const headlineBlockLines = headline ? headlineBlockLinesOf(header, headline, isForeign) : [];
  const bylineDateLines = headline ? bylineDateLinesOf(headline, isForeign) : [];
  const listed = firstTagList(ownTagLinks);
  const tagList = listed.length > 0 || !story || !headline ? listed : labelledLinkList(story, headline, isForeign, base, pageHost, new Set(byline.authors.flatMap((a) => (a.url ? [a.url] : []))));
  const openingAuthors = opening === null ? [] : authorsFromByline(opening.el, opening.text, base, new Map());
  return { authors: byline.authors, bylineText: byline.text, openingAuthors, dates, dekCandidates, metaLines, authorLinks, credits, tagLinks: tagList, stamps, zoneLines: zoneLinesOf(nearHeadline, isForeign, headline), headerLines, headlineBlockLines, bylineDateLines, postColumn };
}

/**
 * Whether a date-classed element is the value of a label/value row of facts (FACT_ROW): it is,
 * or sits at most FACT_ROW.maxLevels down in, a `<td>` or `<dd>` right after a `<th>` or `<dt>`
 * label that names no date of the page (MediaWiki's infobox "Opened | <td
 * class=infobox-data>14 December 2025", whose "-data" reads as a date class): a fact of the
 * story, not the page's date. A row labelled "Published", "Updated" or "Date" is the page's.
 */
function inFactRow(el: Element): boolean {
  let cell: Element | null = el;
  for (let level = 0; cell && !FACT_ROW.cellTags.has(cell.name); level++) cell = level < FACT_ROW.maxLevels && isElement(cell.parent) ? cell.parent : null;
  if (!cell) return false;
  let label = cell.prev;
  while (label && !isElement(label)) label = label.prev;
  if (!isElement(label) || !FACT_ROW.labelTags.has(label.name) || innerTextLongerThan(label, MAX_DATE_LINE_LENGTH)) return false;
  const text = innerText(label);
  return !PUBLISHED_LABEL_RE.test(text) && !UPDATED_LABEL_RE.test(text) && !DATE_CLASS_RE.test(text);
}

/** Whether an element or one of its wrappers is named as a clock or today's date (NOT_ARTICLE_DATE_CLASS_RE). */
function inClock(el: Element): boolean {
  for (let cur: ParentNode | null = el; isElement(cur); cur = cur.parent) if (NOT_ARTICLE_DATE_CLASS_RE.test(classAndId(cur))) return true;
  return false;
}

/**
 * Whether an element sits in the site's own bar above every page (a `<header>` or `<nav>`, a
 * "top-bar", a masthead, a "header" block: SITE_BAR_CLASS_RE): the date printed there is
 * today's, not the story's.
 */
function inSiteBar(el: Element, anchor: Element): boolean {
  for (let cur: ParentNode | null = el; isElement(cur); cur = cur.parent) {
    // The story's own header, around the headline too, is not the site's.
    if (contains(cur, anchor)) return false;
    if (cur.name === 'header' || cur.name === 'nav' || SITE_BAR_CLASS_RE.test(classAndId(cur))) return true;
  }
  return false;
}

/**
 * Whether a date line above the headline is the site's clock: it sits in the site's bar
 * (inSiteBar: "<div class=topbar-date>Вторник, 23 декември 2025</div>", "<td class=head_date>" in
 * `<table id=header>`) and outside the story's own container. Such a line dates the day the
 * page was served, not the story.
 */
function isSiteClock(el: Element, headline: Element, story: Element | null): boolean {
  return (story === null || !contains(story, el)) && inSiteBar(el, headline);
}

/**
 * Whether a date is that of an item in a list of other stories, whatever the list is named: a
 * small block (at most MAX_TEASER_ITEM_TEXT characters, not the headline's) that, like at
 * least one sibling of the same tag, holds a link to another page and a date in the same kind
 * of element, the same tag and class or a `<time>` (`<li><a href=…>Title</a> <em
 * class=date>…</em></li>` under "관련기사", a reply's `<li class=h-entry><a href=…>Name</a>
 * <time class=dt-published>`). Up to TEASER_ITEM_DEPTH wrappers of the date are tried as the item.
 * @internal
 */
export function inTeaserList(el: Element, page: URL | null, headline: Element | null): boolean {
  // A shape is a tag and a class, or a <time>: a bare <span> is any text.
  if (el.attribs.class === undefined && el.name !== 'time') return false;
  let item: ParentNode | null = el.parent;
  for (let depth = 0; isElement(item) && depth < TEASER_ITEM_DEPTH; item = item.parent, depth++) {
    const list = item.parent;
    if (!isElement(list) || (headline !== null && contains(item, headline))) return false;
    if (innerTextLongerThan(item, MAX_TEASER_ITEM_TEXT)) return false;
    const itemName = item.name;
    // The first few like siblings, read no further: a list of 10,000 dated items asks this of each.
    const siblings: Element[] = [];
    for (const c of list.children) {
      if (isElement(c) && c.name === itemName && siblings.push(c) >= MAX_TEASER_SIBLINGS) break;
    }
    if (siblings.length < MIN_TEASER_ITEMS || !isTeaserItem(item, el, page)) continue;
    let teasers = 0;
    for (const sibling of siblings) {
      if (!innerTextLongerThan(sibling, MAX_TEASER_ITEM_TEXT) && isTeaserItem(sibling, el, page) && ++teasers >= MIN_TEASER_ITEMS) return true;
    }
  }
  return false;
}

/**
 * Whether a byline-named element sits in a card of a list of story teasers (TEASER_CARD): an
 * `<li>` or `<article>` a few levels up, short, not holding the headline nor inside the
 * story's own <article> or header (`ownBox`), that holds a heading linked to another
 * page as a story's title (see isTitleLink), beside a sibling of its tag that holds one too. Its
 * byline is that story's (a section front's cards: "Por <span class=last-byline>…"), not the
 * page's. A list of the story's writer cards (a heading linked to each writer's page) is none.
 */
function inTeaserCard(el: Element, page: URL | null, headline: Element | null, ownBox: Element | null): boolean {
  if (ownBox !== null && contains(ownBox, el)) return false;
  let cur: ParentNode | null = el.parent;
  for (let depth = 0; isElement(cur) && depth < TEASER_CARD.maxDepth && !LAYOUT_TAGS.has(cur.name); cur = cur.parent, depth++) {
    if (headline !== null && contains(cur, headline)) return false;
    if (!TEASER_CARD.itemTags.has(cur.name)) continue;
    if (innerTextLongerThan(cur, TEASER_CARD.maxText)) return false;
    if (!holdsLinkedTitle(cur, page)) continue;
    const list: ParentNode | null = cur.parent;
    if (!isElement(list)) return false;
    let seen = 0;
    for (const c of list.children) {
      if (c === cur || !isElement(c) || c.name !== cur.name) continue;
      if (++seen > MAX_TEASER_SIBLINGS) break;
      if (!innerTextLongerThan(c, TEASER_CARD.maxText) && holdsLinkedTitle(c, page)) return true;
    }
  }
  return false;
}

/** Whether a card holds a heading (TEASER_CARD.titleTags) that holds, or sits in, a story's title link (isTitleLink). */
function holdsLinkedTitle(card: Element, page: URL | null): boolean {
  return (
    findDescendant(card, (d) => {
      if (!TEASER_CARD.titleTags.has(d.name)) return false;
      if (findDescendant(d, (a) => a.name === 'a' && isTitleLink(a, card, page)) !== null) return true;
      for (let up: ParentNode | null = d.parent; isElement(up) && up !== card; up = up.parent) if (up.name === 'a') return isTitleLink(up, card, page);
      return false;
    }) !== null
  );
}

/**
 * Whether a card's heading link is a story's title: it goes to another page, not to a
 * person's (an author path, rel=author: saysAuthorPage), and it is not a writer's name, i.e.
 * neither a byline-named element's own link (`<h3 class=byline><a href=/penulis/…>`) nor a
 * name a byline-named element of the card repeats (`<h3><a href=/experts/jane-doe>Jane
 * Doe</a></h3><p class=byline>Jane Doe, harbour engineer</p>`): a writer card, no teaser.
 */
function isTitleLink(a: Element, card: Element, page: URL | null): boolean {
  if (!linksElsewhere(a, page) || saysAuthorPage(a)) return false;
  for (let up: ParentNode | null = a; isElement(up); up = up.parent) {
    if (BYLINE_CLASS_RE.test(classAndId(up))) return false;
    if (up === card) break;
  }
  const name = normalizeSpace(innerText(a)).toLowerCase();
  if (name === '') return true;
  const named = findDescendant(card, (d) => !contains(d, a) && BYLINE_CLASS_RE.test(classAndId(d)) && normalizeSpace(innerText(d)).toLowerCase().includes(name));
  return named === null;
}

/** The nearest <header> holding an element, or null. */
function enclosingHeader(el: Element): Element | null {
  for (let cur = el.parent; isElement(cur); cur = cur.parent) if (cur.name === 'header') return cur;
  return null;
}

/**
 * Whether a byline-named element is an entry of the site's menu (MENU_ENTRY; asked above the
 * headline, outside the story's container): it is, or sits just inside, a list item whose text is its one link, not to an author page
 * nor a person's name (in a cased script), among at least
 * MENU_ENTRY.minItems such items of its list, none of them a date (a theme's meta row: category,
 * byline, date, comments, share), and no other item is named like a byline (a
 * byline listing its writers names each of its items so).
 */
function isMenuEntry(el: Element): boolean {
  let item: Element | null = el;
  for (let depth = 0; item && item.name !== 'li'; depth++) item = depth < MENU_ENTRY.maxDepth && isElement(item.parent) ? item.parent : null;
  const list = item?.parent;
  if (!item || !isElement(list) || !MENU_ENTRY.listTags.has(list.name)) return false;
  const link = soleLink(item);
  if (link === null || AUTHOR_HREF_RE.test(link.attribs.href ?? '')) return false;
  // A person's name, in a script with capitals to tell one by, is a meta row's byline item.
  const text = normalizeSpace(innerText(link));
  if (MENU_ENTRY.casedRe.test(text) && isPersonName(text)) return false;
  let links = 0;
  let seen = 0;
  for (const c of list.children) {
    if (!isElement(c) || c.name !== 'li') continue;
    if (++seen > MAX_TEASER_SIBLINGS) break;
    // A row with a date item is a story's meta row, no menu.
    if (c !== item && (isDatePart(c) || holdsDate(c))) return false;
    const other = c === item ? link : soleLink(c);
    if (other === null) continue;
    if (c !== item && (BYLINE_CLASS_RE.test(classAndId(c)) || BYLINE_CLASS_RE.test(classAndId(other)))) return false;
    links++;
  }
  return links >= MENU_ENTRY.minItems;
}

/** An element's one link, when its text is that link's and nothing more; else null. */
function soleLink(item: Element): Element | null {
  let link: Element | null = null;
  let many = false;
  findDescendant(item, (d) => {
    if (d.name !== 'a') return false;
    if (link !== null) many = true;
    else link = d;
    return many;
  });
  if (link === null || many) return null;
  return normalizeSpace(innerText(item)) === normalizeSpace(innerText(link)) ? link : null;
}

/** Per date shape (tag and class), whether an element is a comment item (see inCommentRun); one per page read. */
type CommentItemMemo = Map<string, Map<Element, boolean>>;

const FIRST_CLASS_RE = /\S+/;

/** Whether `el` is an element of tag `tag` whose first class token is `kind`. */
function isLike(el: Element | null, tag: string, kind: string): boolean {
  return el !== null && el.name === tag && FIRST_CLASS_RE.exec(el.attribs.class ?? '')?.[0] === kind;
}

/**
 * Whether a date line is a reader's comment's, in a run of comments the page names nothing
 * FOREIGN_CONTAINER_RE knows (uCoz's `div.comEnt`; see COMMENT_RUN): a wrapper of it is one
 * of at least two like siblings (tag and first class token), each holding a date shaped alike
 * in a short row with a commenter's link (COMMENTER_LINK_REL_RE) and a message beside that
 * row. Each item is judged once per date shape (`memo`), so a page of 10,000 comments is read
 * in one pass over them.
 * @internal
 */
export function inCommentRun(el: Element, headline: Element | null, memo: CommentItemMemo): boolean {
  const cls = el.attribs.class;
  if (cls === undefined) return false;
  const shape = `${el.name}.${cls}`;
  let items = memo.get(shape);
  if (!items) memo.set(shape, (items = new Map()));
  const isItem = (item: Element): boolean => {
    let answer = items.get(item);
    if (answer === undefined) {
      answer = !innerTextLongerThan(item, COMMENT_RUN.maxItemText) && isCommentItem(item, el.name, cls);
      items.set(item, answer);
    }
    return answer;
  };
  let item: ParentNode | null = el.parent;
  for (let depth = 0; isElement(item) && depth < COMMENT_RUN.itemDepth; item = item.parent, depth++) {
    const list = item.parent;
    if (!isElement(list) || (headline !== null && contains(item, headline))) return false;
    const kind = FIRST_CLASS_RE.exec(item.attribs.class ?? '')?.[0];
    // A run's items stand side by side: the cheap test first, the text's length only then.
    if (kind === undefined || !(isLike(adjacentElement(item, -1), item.name, kind) || isLike(adjacentElement(item, 1), item.name, kind))) continue;
    if (innerTextLongerThan(item, COMMENT_RUN.maxItemText)) return false;
    if (!isItem(item)) continue;
    let like = 0;
    let comments = 1;
    for (const c of list.children) {
      if (c === item || !isElement(c) || c.name !== item.name || FIRST_CLASS_RE.exec(c.attribs.class ?? '')?.[0] !== kind) continue;
      if (isItem(c) && ++comments >= COMMENT_RUN.minItems) return true;
      if (++like >= COMMENT_RUN.maxSiblings) break;
    }
  }
  return false;
}

/**
 * Whether `item` is one reader's comment: it holds an element shaped like the date (`tag`,
 * `cls`) with a digit, in a row of at most COMMENT_RUN.maxHeaderText that also holds a
 * commenter's link, and beside that row a message of at least COMMENT_RUN.minMessage.
 */
function isCommentItem(item: Element, tag: string, cls: string): boolean {
  const date = findDescendant(item, (d) => d.name === tag && d.attribs.class === cls && DATE_DIGIT_RE.test(textContent(d)));
  if (!date) return false;
  for (let row: ParentNode | null = date.parent; isElement(row) && row !== item; row = row.parent) {
    if (innerTextLongerThan(row, COMMENT_RUN.maxHeaderText)) return false;
    if (findDescendant(row, (a) => isCommenterLink(a, date)) !== null) return innerText(item).length - innerText(row).length >= COMMENT_RUN.minMessage;
  }
  return false;
}

/**
 * A commenter's name link beside a comment's `date`: marked rel ugc or nofollow, a short name
 * with a letter, not a share button's social page. A nofollow link to a writer's page (an
 * author path, AUTHOR_HREF_RE) is a post's byline: a blog's previous post, previewed after the
 * story in the story's own shape, is no comment.
 */
function isCommenterLink(a: Element, date: Element): boolean {
  const rel = a.attribs.rel ?? '';
  if (a.name !== 'a' || !COMMENTER_LINK_REL_RE.test(rel) || contains(a, date) || contains(date, a)) return false;
  const href = a.attribs.href?.trim() ?? '';
  if (SOCIAL_PAGE_RE.test(href) || (!UGC_REL_RE.test(rel) && AUTHOR_HREF_RE.test(href))) return false;
  const name = innerText(a);
  return name.length <= COMMENT_RUN.maxNameLength && LETTER_RE.test(name);
}

/** The rel value that marks user-generated content alone. */
const UGC_REL_RE = /(?:^|\s)ugc(?=$|\s)/i;

/** Whether `item` holds a link to another page and an element shaped like `date` (its tag and class) with a digit, outside that link. */
function isTeaserItem(item: Element, date: Element, page: URL | null): boolean {
  const cls = date.attribs.class;
  const shaped = findDescendant(item, (d) => d.name === date.name && d.attribs.class === cls && DATE_DIGIT_RE.test(textContent(d)));
  return shaped !== null && findDescendant(item, (a) => a.name === 'a' && !contains(a, shaped) && linksElsewhere(a, page)) !== null;
}

/**
 * A link's href goes to another page than `page` (any page when there is none to compare): its
 * host, path or query differ (a CMS's "articleView.html?idxno=47702" is another story); not an
 * anchor on this page, a mail or a script.
 */
function linksElsewhere(a: Element, page: URL | null): boolean {
  const href = a.attribs.href?.trim();
  if (!href || href.startsWith('#') || NOT_A_PAGE_HREF_RE.test(href)) return false;
  return page === null || pointsElsewhere(href, page, true);
}

const NOT_A_PAGE_HREF_RE = /^(?:mailto|tel|javascript):/i;

/**
 * The publication line an update line without a date class sits with: one whose element and
 * the update's share a wrapper at most UPDATE_LINE_DEPTH levels above the update (a meta row),
 * neither inside the other.
 */
function lineBeside(el: Element, published: readonly { el: Element; line: TextDateCandidate }[]): TextDateCandidate | null {
  let cur: ParentNode | null = el.parent;
  for (let depth = 0; isElement(cur) && depth < UPDATE_LINE_DEPTH; cur = cur.parent, depth++) {
    for (const p of published) if (p.el !== el && !contains(p.el, el) && !contains(el, p.el) && contains(cur, p.el)) return p.line;
  }
  return null;
}

/**
 * Whether every foreign block around `el` is the page's footer (PAGE_FOOTER_NAME_RE): a
 * card's, a comment's or a sidebar's own footer is foreign for its other names. It looks as
 * far up as the foreign check does: a `<body>` class names the page's skin.
 */
function onlyInPageFooter(el: Element): boolean {
  let inFooter = false;
  for (let cur: ParentNode | null = el, depth = 0; isElement(cur) && depth < MAX_FOREIGN_DEPTH && !LAYOUT_TAGS.has(cur.name); cur = cur.parent, depth++) {
    const names = classAndId(cur);
    const footer = cur.name === 'footer' || attr(cur, 'role') === 'contentinfo' || names.search(PAGE_FOOTER_NAME_RE) >= 0;
    if (footer) inFooter = true;
    if ((cur.name !== 'footer' && FOREIGN_CONTAINER_TAGS.has(cur.name)) || FOREIGN_CONTAINER_RE.test(names.replace(PAGE_FOOTER_NAME_RE, ' '))) return false;
  }
  return inFooter;
}

const KEY_POINTS_TAGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol']);

/** See VisibleMetadata.headerLines: the elements before `anchor` whose own text has a digit. */
function headerLinesOf(root: ParentNode, anchor: Element, isForeign: ForeignCheck): string[] {
  const out = new Set<string>();
  let passed = false;
  walkElements(root, (el) => {
    if (passed || el === anchor) {
      passed = true;
      return false;
    }
    if (isUnseenText(el)) return false;
    if (!el.children.some((c) => isTextNode(c) && DATE_DIGIT_RE.test(c.data))) return true;
    if (innerTextLongerThan(el, MAX_HEADER_LINE_LENGTH) || isHiddenInTree(el) || isForeign(el, anchor) || inClock(el) || inSiteBar(el, anchor)) return true;
    const text = dateLineText(el);
    if (!UPDATED_LABEL_RE.test(text)) out.add(text);
    return true;
  });
  return [...out];
}

/** See VisibleMetadata.headlineBlockLines: `elements` follow the headline in page order. */
function headlineBlockLinesOf(header: HeaderElements, headline: Element, isForeign: ForeignCheck): string[] {
  const out = new Set<string>();
  for (const [el, block] of header) {
    if (isUnseenText(el) || !el.children.some((c) => isTextNode(c) && DATE_DIGIT_RE.test(c.data))) continue;
    if (innerTextLongerThan(el, MAX_HEADER_LINE_LENGTH) || isHiddenInTree(el) || isForeign(el, headline) || inClock(el)) continue;
    // A date inside a sentence ("Doors open <span>Saturday 27 December, 20:00</span>") is what it speaks of.
    if (isElement(el.parent) && el.parent.children.some((c) => isTextNode(c) && LETTER_OR_DIGIT_RE.test(c.data))) continue;
    const text = dateLineText(el);
    // A theme that shows only the update's date (`<li class="modified-date">`) leaves the publication unknown.
    if (!UPDATED_LABEL_RE.test(text) && !namedAsUpdate(el, block)) out.add(text);
  }
  return [...out];
}

/**
 * See VisibleMetadata.bylineDateLines. Of the first short blocks after the headline (see
 * firstBlockAfter; at most BYLINE_DATE_LINE.maxBlocks: its dek, then the byline), the first
 * whose first line is a plain byline ("by Doris Pruitt", see isPlainBylineText) gives the
 * line right after that one: its own next line, after a `<br>` ("by Doris Pruitt<BR>December
 * 21, 1999"), or the next short block when the byline is the whole block. One line at most,
 * and none past a block that is foreign.
 */
function bylineDateLinesOf(headline: Element, isForeign: ForeignCheck): string[] {
  let block = firstBlockAfter(headline);
  for (let i = 0; block !== null && i < BYLINE_DATE_LINE.maxBlocks; i++, block = firstBlockAfter(block)) {
    if (isForeign(block, headline)) return [];
    const [first, second] = linesAtBreaks(block);
    if (first === undefined || !isPlainBylineText(first)) continue;
    if (second !== undefined) return [second];
    const next = firstBlockAfter(block);
    return next === null || isForeign(next, headline) ? [] : [dateLineText(next)];
  }
  return [];
}

/**
 * The visible lines of a short block, split at its `<br>`s (those of the block, or of the one
 * element it only wraps: "<p><font>by X<br>Date</font></p>"), empty ones left out.
 */
function linesAtBreaks(block: Element): string[] {
  let el = block;
  for (let only = soleElementChild(el); only !== null; only = soleElementChild(el)) el = only;
  const lines: string[] = [];
  let line = '';
  for (const child of el.children) {
    if (isElement(child) && child.name === 'br') {
      lines.push(normalizeSpace(line));
      line = '';
    } else if (isTextNode(child)) line += child.data;
    else if (isElement(child) && !isUnseenText(child)) line += separatedText(child, isUnseenText);
  }
  lines.push(normalizeSpace(line));
  return lines.filter(Boolean);
}

/** The one element child of `el` when nothing else in it has text (whitespace aside), else null. */
function soleElementChild(el: Element): Element | null {
  let only: Element | null = null;
  for (const child of el.children) {
    if (isTextNode(child)) {
      if (LETTER_OR_DIGIT_RE.test(child.data)) return null;
    } else if (isElement(child)) {
      if (only !== null || child.name === 'br') return null;
      only = child;
    }
  }
  return only;
}

/**
 * Whether `el` sits inside a link (see MAX_DATE_LINK_DEPTH) to a page other than `page`: a
 * theme links the story's own date to its permalink, a teaser its date to its story.
 */
function inLinkElsewhere(el: Element, page: URL | null): boolean {
  if (page === null) return false;
  let cur: ParentNode | null = el;
  for (let depth = 0; isElement(cur) && depth <= MAX_DATE_LINK_DEPTH; depth++, cur = cur.parent) {
    const href = cur.name === 'a' ? attr(cur, 'href') : null;
    if (href === null) continue;
    return pointsElsewhere(href, page, false);
  }
  return false;
}

/** Whether an href resolves to another page than `page`: another host or path, or (with `query`) another query. */
function pointsElsewhere(href: string, page: URL, query: boolean): boolean {
  const target = parseUrl(resolveUrl(href, page.href) ?? '');
  return target !== null && (siteHost(target) !== siteHost(page) || target.pathname !== page.pathname || (query && target.search !== page.search));
}

/** Headings that, beside the headline, end its own block. */
/** Form controls, whose captions ('Add to myFT', 'Follow') are no list's label (see labelText). */
const FORM_CONTROL_TAGS: ReadonlySet<string> = new Set(['button', 'form', 'input', 'select', 'textarea']);
const HEADLINE_BLOCK_HEADINGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3']);

/** Whether `el` or a wrapper of it inside `block` is named as an update (TIME_MODIFIED_RE). */
function namedAsUpdate(el: Element, block: ParentNode): boolean {
  for (let cur: ParentNode | null = el; isElement(cur) && cur !== block; cur = cur.parent) if (TIME_MODIFIED_RE.test(classAndId(cur))) return true;
  return false;
}

/** The short visible texts with a digit of the elements after the headline, once each (see VisibleMetadata.zoneLines). */
function zoneLinesOf(elements: readonly Element[], isForeign: ForeignCheck, headline: Element | null): string[] {
  const out = new Set<string>();
  for (const el of elements) {
    if (isUnseenText(el) || innerTextLongerThan(el, MAX_ZONE_LINE_LENGTH) || isHiddenInTree(el) || isForeign(el, headline)) continue;
    const text = dateLineText(el);
    if (DATE_DIGIT_RE.test(text)) out.add(text);
  }
  return [...out];
}
