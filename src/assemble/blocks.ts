import type { Figure } from '../types';
import type { AnyNode, Element, ParentNode } from '../parse/dom';
import { LETTER_RE, SUBHEADING_TAG_RE, attr, classAndId, classOrIdMatcher, commonAncestor, contains, containsImage, findDescendant, innerText, innerTextLongerThan, isElement, isImage, isTextNode, normalizeSpace, textContent, textContentExcept, trimEndChars, trimmedLength, trimStartChars, LETTER_OR_DIGIT_RE } from '../parse/dom';
import { prevElementSibling } from 'domutils';
import { resolveUrl } from '../parse/url';
import { BLOCK_TAGS, BOLD_RUN_SUBHEAD, NAME_LIKE_CREDIT_RE, CAPTION_CLASS_RE, CREDIT_CLASS_RE, CREDIT_WORD_RE, FIGURE_FURNITURE, MAX_CREDIT_ELEMENT_LENGTH, NOT_A_CREDIT, CAPTION_OPENING_MARK_RE, CENTRED_CAPTION_MARK_RE, CENTRED_STYLE_RE, HEADING_PERMALINK_RE, MAX_CAPTION_LENGTH, MAX_CENTRED_CAPTION_LENGTH, MAX_PLACED_CAPTION_LENGTH, PICTURE_TABLE, CELL_FIGURES, FOOTNOTE_MARK_RE, BACK_LINK_TEXT_RE, REFERENCE_LINK_ROW, SKIP_LINK_TEXT_RE, BACK_LINK_OPENING_RE, BACK_LINK_RUN_RE, MAX_BACK_LINK_RUN, COPY_CONTROL_RE, MAX_CODE_TOOLBAR_LENGTH, CODE_BOX_LANGUAGE_CLASS_RE, CODE_BOX_NOT_TOOLBAR_TAGS, EQUATION_NUMBER_RE, EQUATION_NUMBER_MARK_RE, EQUATION_TAG_CLASS_RE, MAX_FORMULA_TABLE_ROWS, END_MARK_CLASS_RE, END_MARK_TAIL_RE, LINKS_AFTER_RULE, WORD_LIST, PICTURE_BOX_NAME_RE, PICTURE_BOX_LEVELS, STAFF_CREDIT_RE, SECTION_TITLE_BLOCK, MAX_SUBHEAD_LENGTH, SUBHEAD_END_RE, LIST_BOX_LABEL, WORD_RE } from './constants';
import type { ClassFormatting } from './class-formatting';
import { cleanCredit, opensWithCreditLabel, splitCredit } from './credit';
import { figureFromImage, figureTitle, imageTitleCredit, readCaption, titledCaption, titledFigure } from './figures';
import { OPENS_FORMULA_RE, formulaText, mathText } from './math';
import { codeTableCode, codeTableLanguage, codeText } from './code';
import { codeSpanMarkdown, escapeMarkdown, footnoteRef, markdownUrl } from './markdown';

/**
 * What marks a centred paragraph after a picture as its caption: a Chinese CMS's mark
 * (CENTRED_CAPTION_MARK_RE), or a credit closing it as a caption's does ("… season. Photo:
 * Marcus Delgado", HubSpot's centred italic line under a picture); as short as a caption.
 */
function isCentredCaptionText(text: string, italic = false): boolean {
  if (text.length > MAX_CENTRED_CAPTION_LENGTH) return false;
  if (CENTRED_CAPTION_MARK_RE.test(text)) return true;
  const parts = splitCredit(text);
  // The credit a name ("Marcus Delgado", "Reuters/Jane Roe"): "– Photo: Ana Ruiz won last year." is a sentence.
  // A line set wholly in italics is a caption's type: its credit may name an office ("Фото: Астана
  // қаласы әкімдігінің баспасөз қызметі", the city's press service).
  return parts.credit !== null && parts.caption !== null && (italic || NAME_LIKE_CREDIT_RE.test(parts.credit));
}

/**
 * Whether a generated document sets all of an element's text in italics by its classes
 * (see ClassFormatting): the element itself, or each of its runs (Docs' `<p class=c8><span
 * class=c10>…</span></p>` with `.c10{font-style:italic}`), with no bare text beside them.
 */
function italicByClass(el: Element, formatting: ClassFormatting): boolean {
  if (formatting.italic(el)) return true;
  let runs = 0;
  for (const child of el.children) {
    if (isTextNode(child)) {
      if (child.data.trim()) return false;
    } else if (isElement(child) && innerTextLongerThan(child, 0)) {
      if (child.name !== 'i' && child.name !== 'em' && !formatting.italic(child)) return false;
      runs++;
    }
  }
  return runs > 0;
}

/** Whether all of an element's text sits in one <i> or <em> (a caption's type on many CMSs). */
function wholeItalic(el: Element): boolean {
  let italic: Element | null = null;
  for (const child of el.children) {
    if (isTextNode(child)) {
      if (child.data.trim()) return false;
    } else if (isElement(child)) {
      if (italic || (child.name !== 'i' && child.name !== 'em')) return false;
      italic = child;
    }
  }
  return italic !== null;
}

/**
 * The caption a picture's own paragraph gives it after a line break, as Chinese CMSs write
 * it ("<p class=f_center><img><br>12月22日，工人在…调试新装的电梯。记者 王堃 摄</p>") and
 * hand-made pages ("<P><IMG><BR>The depot in 1951. Photo by Walt Kimmel"): the picture (or its
 * link) opens the paragraph, one or more <br>s follow it, then only text and inline elements,
 * marked as a caption (isCentredCaptionText). Returns the nodes after the picture, or null.
 */
function captionAfterBreak(img: Element): AnyNode[] | null {
  let start: Element = img;
  const wrapper = img.parent;
  if (isElement(wrapper) && wrapper.name === 'a' && wrapper.children.every((c) => c === img || (isTextNode(c) && !c.data.trim()))) start = wrapper;
  const box = start.parent;
  if (!isElement(box) || !CAPTION_AFTER_BREAK_BOXES.has(box.name)) return null;
  for (const c of box.children) {
    if (c === start) break;
    if (isElement(c) || (isTextNode(c) && c.data.trim())) return null;
  }
  const after: AnyNode[] = [];
  const parts: string[] = [];
  let breaks = 0;
  let textAfter = false;
  for (let n = start.next; n; n = n.next) {
    after.push(n);
    if (isTextNode(n)) {
      parts.push(n.data);
      if (n.data.trim()) textAfter = true;
      continue;
    }
    if (!isElement(n)) continue;
    if (n.name === 'br' && !textAfter) {
      breaks++;
      continue;
    }
    if (n.name === 'br' || BLOCK_TAGS.has(n.name) || containsImage(n)) return null;
    parts.push(formulaText(n));
    textAfter = true;
  }
  const text = normalizeSpace(parts.join(''));
  return breaks > 0 && text && isCentredCaptionText(text) ? after : null;
}
/**
 * Whether a figcaption attributes a quote: its figure holds a `<blockquote>` and no picture
 * (`<figure><blockquote>…</blockquote><figcaption>— Harlan Breck</figcaption></figure>`, the
 * HTML standard's way to credit a quote).
 */
function isQuoteAttribution(caption: Element): boolean {
  const figure = caption.parent;
  if (!isElement(figure) || figure.name !== 'figure' || figure.children.length > FIGURE_PARTS * 2) return false;
  return figure.children.some((c) => isElement(c) && c.name === 'blockquote') && !containsImage(figure);
}
/** The parts a figure holds at most (a picture, its caption, a credit, a label…) for the caption tests above. */
const FIGURE_PARTS = 8;

/** Whether a figcaption comes before its figure's picture (a Tufte margin note, HTML's first-child caption). */
function opensFigure(caption: Element): boolean {
  const figure = caption.parent;
  if (!isElement(figure) || figure.name !== 'figure') return false;
  // A figure holds a few parts: a caption among many siblings is read as before (bounded).
  let seen = 0;
  for (let prev = caption.prev; prev; prev = prev.prev) if (isElement(prev) && (++seen > FIGURE_PARTS || containsImage(prev))) return false;
  for (let next = caption.next; next; next = next.next) {
    if (!isElement(next)) continue;
    if (++seen > FIGURE_PARTS) return false;
    if (containsImage(next)) return true;
  }
  return false;
}

/**
 * Whether a figcaption opens a figure that holds a table and no picture (LaTeXML's
 * `figure.ltx_table`: "Table 1: …" above the rows): the table's title, read before its rows.
 */
function titlesTableBelow(caption: Element): boolean {
  const figure = caption.parent;
  if (!isElement(figure) || figure.name !== 'figure' || containsImage(figure)) return false;
  let seen = 0;
  for (let next = caption.next; next; next = next.next) {
    if (!isElement(next)) continue;
    if (++seen > FIGURE_PARTS) return false;
    if (next.name === 'table' || findDescendant(next, (d) => d.name === 'table') !== null) return true;
  }
  return false;
}

/**
 * The language a code block states for its highlighter: `data-language` (Shiki, Astro),
 * `data-lang` (Hugo), a "language-x" or "lang-x" class (Prism, highlight.js, markdown-it) on the
 * `<pre>`, its `<code>` or the block's wrapper (Docusaurus's "language-python"). Null when none
 * is stated, or a placeholder ("none", "plaintext").
 */
function codeLanguage(pre: Element): string | null {
  const code = pre.children.find((c): c is Element => isElement(c) && c.name === 'code');
  // The wrapper only when it is named as the code block's (Docusaurus's "codeBlockContainer"), not a page's "lang-fr".
  const wrapper = codeBox(pre);
  for (const el of [pre, code, wrapper]) {
    if (!el) continue;
    const names = el.attribs.class ?? '';
    const stated = el.attribs['data-language'] ?? el.attribs['data-lang'] ?? CODE_LANGUAGE_CLASS_RE.exec(names)?.[1] ?? (el === code ? PANDOC_CODE_CLASS_RE.exec(names)?.[1] : undefined);
    if (stated && CODE_LANGUAGE_NAME_RE.test(stated) && !NO_CODE_LANGUAGE.has(stated.toLowerCase())) return stated.toLowerCase();
  }
  return null;
}

/**
 * Whether a heading is the first child of a box whose only other child is one list, and its
 * words name a summary (LIST_BOX_LABEL): "Key points:".
 */
function labelsListBox(heading: Element, text: string): boolean {
  const box = heading.parent;
  if (!isElement(box) || (text.match(WORD_RE)?.length ?? 0) > LIST_BOX_LABEL.maxWords) return false;
  const kids: Element[] = [];
  for (const c of box.children) {
    if (isTextNode(c) && c.data.trim() !== '') return false;
    if (isElement(c)) kids.push(c);
  }
  return kids.length === 2 && kids[0] === heading && LIST_BOX_LABEL.listTags.has((kids[1] as Element).name) && LIST_BOX_LABEL.labelRe.test(text);
}

/**
 * The element around a `<pre>` that is its code block's own box: named as one (Docusaurus's
 * "codeBlockContainer", "highlight"), or named by a "language-x" class and holding nothing
 * beside the `<pre>` but a toolbar's few characters (CODE_BOX_LANGUAGE_CLASS_RE: VitePress),
 * in no heading or paragraph (CODE_BOX_NOT_TOOLBAR_TAGS).
 */
function codeBox(pre: Element): Element | null {
  const box = pre.parent;
  if (!isElement(box)) return null;
  const names = box.attribs.class ?? '';
  if (CODE_WRAPPER_CLASS_RE.test(names)) return box;
  if (!CODE_BOX_LANGUAGE_CLASS_RE.test(names)) return null;
  let length = 0;
  for (const c of box.children) {
    if (c === pre) continue;
    if (isTextNode(c)) length += c.data.trim().length;
    else if (isElement(c)) {
      // A heading or a paragraph beside the <pre> is text of the page (a verse's "Irish"), not a toolbar's.
      if (c.name === 'pre' || CODE_BOX_NOT_TOOLBAR_TAGS.has(c.name) || innerTextLongerThan(c, MAX_CODE_TOOLBAR_LENGTH - length)) return null;
      length += innerText(c).length;
    }
    if (length > MAX_CODE_TOOLBAR_LENGTH) return null;
  }
  return box;
}

/**
 * A code block's toolbar right before its `<pre>` (a short element whose every piece of text is
 * the language the block states or a copy control: prism-react-renderer themes' "tsx" label
 * beside a "Copy" button): the block's furniture, not text.
 */
function isCodeToolbar(el: Element): boolean {
  let pre = el.next;
  while (pre && isTextNode(pre) && !pre.data.trim()) pre = pre.next;
  if (!isElement(pre) || pre.name !== 'pre' || innerTextLongerThan(el, MAX_CODE_TOOLBAR_LENGTH)) return false;
  const language = codeLanguage(pre);
  let labelled = false;
  const stack: AnyNode[] = [el];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (isTextNode(node)) {
      const t = node.data.trim();
      if (!t) continue;
      if (t.toLowerCase() !== language && !COPY_CONTROL_RE.test(t)) return false;
      labelled = true;
    } else if (isElement(node)) for (const kid of node.children) stack.push(kid);
  }
  return labelled;
}

const CODE_LANGUAGE_CLASS_RE = /(?:^|\s)(?:language|lang)-([A-Za-z0-9_+#.-]{1,24})(?:\s|$)/;
const CODE_LANGUAGE_NAME_RE = /^[A-Za-z0-9_+#.-]{1,24}$/;
/**
 * Pandoc's (and so Quarto's, R Markdown's, Hakyll's) `<code class="sourceCode r">`: the word
 * right after "sourceCode" on the `<code>` itself names the language, whatever a highlighter
 * adds after it ("sourceCode r hljs"); the `<pre>` around it adds toolbar names ("sourceCode
 * code-with-copy" when no language is stated), so only the `<code>` is read.
 */
const PANDOC_CODE_CLASS_RE = /^sourceCode ([A-Za-z0-9_+#.-]{1,24})(?: |$)/;
const NO_CODE_LANGUAGE: ReadonlySet<string> = new Set(['none', 'plaintext', 'plain', 'nohighlight', 'text']);
const CODE_WRAPPER_CLASS_RE = /code|highlight/i;

/** Boxes a picture and its caption after a <br> share: a paragraph, a centred block. */
const CAPTION_AFTER_BREAK_BOXES: ReadonlySet<string> = new Set(['p', 'div', 'center', 'td']);

/**
 * The runs between <br><br>s that are a bare-text story's subheads, as a bold <p> is a
 * CMS's: old CMSs write the whole story as runs ("<strong>Homes at risk</strong><br /><br />").
 * Each all in bold (BOLD_RUN_MD_RE), a few words (BOLD_RUN_SUBHEAD), not the first run (a
 * dateline, "LONDON (Reuters)"), not in capitals (a transcript's "JUDGE WALTERS"), not a
 * bracket, and a longer run after it; and inside a <p> two of them at least (one bold run alone is
 * emphasis there), in a bare-text container one (see BOLD_RUN_SUBHEAD).
 */
function boldSubheadRuns(texts: readonly string[], mds: readonly string[], inParagraph: boolean): ReadonlySet<number> | null {
  // (Outside <p> each <br> splits, so "<br><br>" leaves an empty run between two.)
  const nonEmpty: number[] = [];
  for (let i = 0; i < texts.length; i++) if (normalizeSpace(texts[i] as string)) nonEmpty.push(i);
  const runs = new Set<number>();
  for (let k = 1; k < nonEmpty.length - 1; k++) {
    const i = nonEmpty[k] as number;
    if (!BOLD_RUN_MD_RE.test(normalizeSpace(mds[i] ?? ''))) continue;
    const t = normalizeSpace(texts[i] as string);
    const after = normalizeSpace(texts[nonEmpty[k + 1] as number] as string);
    // (In capitals only where the script has cases: Thai, Arabic or CJK text equals its upper case.)
    if (t.length > BOLD_RUN_SUBHEAD.maxLength || after.length <= t.length || BOLD_RUN_SUBHEAD.notASubhead.test(t) || (t === t.toUpperCase() && t !== t.toLowerCase())) continue;
    runs.add(i);
  }
  return runs.size >= (inParagraph ? BOLD_RUN_SUBHEAD.minRuns : BOLD_RUN_SUBHEAD.minBareRuns) ? runs : null;
}
/**
 * The text of a block named as a section title (SECTION_TITLE_BLOCK) when it is one short
 * line: at most MAX_SUBHEAD_LENGTH characters, one paragraph at most, no picture, heading or
 * line break, not ending like a sentence. Null otherwise: a block so named that holds a story's
 * paragraphs is read as paragraphs.
 */
function sectionTitleText(el: Element): string | null {
  if (innerTextLongerThan(el, MAX_SUBHEAD_LENGTH)) return null;
  let paragraphs = 0;
  const other = findDescendant(el, (d) => {
    if (d.name === 'p' || d.name === 'li') paragraphs++;
    return paragraphs > 1 || d.name === 'br' || isImage(d) || SECTION_TITLE_STOP_RE.test(d.name);
  });
  if (other !== null) return null;
  const text = normalizeSpace(innerText(el));
  // A quotation so styled is a pull quote ("“We are not done yet”"), not a title.
  return text && LETTER_OR_DIGIT_RE.test(text) && !SUBHEAD_END_RE.test(text) && !OPENING_QUOTE_RE.test(text) ? text : null;
}
const OPENING_QUOTE_RE = /^["“„«‘'‹「『]/u;
/** What a one-line title block never holds: a heading of its own, a list, a table, a figure, a quote. */
const SECTION_TITLE_STOP_RE = /^(?:h[1-6]|ul|ol|table|figure|blockquote|pre)$/;

/** A run's markdown all in one bold mark: "**Homes at risk**". */
const BOLD_RUN_MD_RE = /^\*\*(?:(?!\*\*).)+\*\*$/s;

/** One unit of the body, in document order. Text and markdown are built together. */
export type Block =
  | {
      kind: 'heading';
      level: number;
      text: string;
      /** The heading labels a box that holds only it and one list (LIST_BOX_LABEL), see refineBlocks. */
      listBoxLabel?: true;
    }
  | {
      kind: 'paragraph';
      text: string;
      md: string;
      role: 'p' | 'li' | 'quote';
      marker: string;
      boldOnly: boolean;
      linkOnly: boolean;
      /** The paragraph comes before the headline's element inside the content (a kicker, a counter). */
      aboveHeadline?: true;
    }
  | { kind: 'code'; text: string; lang: string | null }
  | { kind: 'table'; rows: string[][] }
  | {
      kind: 'figure';
      figure: Figure;
      /** The caption as the page wrote it, credit and all. */
      rawCaption: string | null;
      /** The image element, to find the caption that belongs to it (see figureBefore). */
      image?: Element;
      /** The title its `<figure>` prints outside the figcaption (FIGURE_TITLE), which opens the caption. */
      title?: string;
    };

export interface CollectOptions {
  /** Base URL for links and images. */
  base: string | null;
  /** The headline's element: skipped wherever it appears. */
  skip: ReadonlySet<Element>;
  /** The nodes are hero containers: each holds a picture, its caption and furniture only. */
  hero?: boolean;
  /** A generated document's formatting by class: a caption centred and set in italics by its classes. */
  formatting?: ClassFormatting;
}

/** Inline elements rendered as markdown emphasis. */
const EMPHASIS_MARKS: Readonly<Record<string, string>> = { strong: '**', b: '**', em: '_', i: '_' };
/** Inline code: read whole and written as a code span, whose content markdown takes literally. */
const INLINE_CODE_TAGS: ReadonlySet<string> = new Set(['code', 'kbd', 'samp', 'tt']);
const BOLD_TAGS: ReadonlySet<string> = new Set(['strong', 'b']);
const HEADING_RE = /^h([1-6])$/;
const WHITESPACE_RE = /\s+/g;
/** What WHITESPACE_RE's replacement would change: whitespace other than a space, or two in a row. */
const SPACE_TO_COLLAPSE_RE = /[^\S ]| {2}/;
const LINE_BREAK = '\n';
/** What trails a code block and is not code. */
const WHITESPACE_CHARS = ' \t\n\r\f\u00a0';
const DOUBLE_BREAK_RE = /\n\s*\n/;
const SINGLE_BREAK_RE = /\n/;
/**
 * A mark that wrapped no text is blanked, but a space pushText moved in front of it stays:
 * "was<b> </b>unanimous" keeps its space.
 */
function blankMark(mark: string | undefined): string {
  return mark !== undefined && mark.charCodeAt(0) === SPACE ? ' ' : '';
}

/** A bold weight in an inline style: "font-weight:700", "font-weight: bold". */
const BOLD_STYLE_RE = /font-weight\s*:\s*(?:bold(?:er)?|[6-9]00)(?![\w-])/i;

function isBoldStyled(el: Element): boolean {
  const style = el.attribs.style;
  return style !== undefined && BOLD_STYLE_RE.test(style);
}

/**
 * A caption's and an image's picture box: the nearest of the caption's ancestors (up to
 * FIGURE_FURNITURE.maxLevels) that holds the image, when it holds little text besides the
 * caption (FIGURE_FURNITURE.maxBoxExtra), so it is not the story around them; else null.
 */
function pictureBoxOf(caption: Element, image: Element): ParentNode | null {
  let box: ParentNode | null = caption.parent;
  for (let i = 0; box && i < FIGURE_FURNITURE.maxLevels; i++, box = box.parent) {
    if (contains(box, image)) return innerTextLongerThan(box, innerText(caption).length + FIGURE_FURNITURE.maxBoxExtra) ? null : box;
  }
  return null;
}

function inPictureBox(caption: Element, image: Element): boolean {
  return pictureBoxOf(caption, image) !== null;
}

/**
 * Whether a credit element met after a figure sits on the picture's side: every ancestor of it
 * below the one it shares with the picture holds little text besides the credit and the
 * figure's caption (FIGURE_FURNITURE.maxBoxExtra). That is the picture's own box, or a line
 * right after it; not the story's text container, whose first line may be named like a credit
 * (CNN's dateline "<cite class=source__cite>Atlanta CNN —</cite>" opens the story's text under
 * the lede picture's box).
 */
function besidePicture(credit: Element, figure: Extract<Block, { kind: 'figure' }>): boolean {
  const image = figure.image;
  if (image === undefined) return false;
  const common = commonAncestor(credit, image);
  const allowed = innerText(credit).length + (figure.rawCaption ?? figure.figure.caption ?? '').length + FIGURE_FURNITURE.maxBoxExtra;
  for (let cur = credit.parent; isElement(cur) && cur !== common; cur = cur.parent) if (innerTextLongerThan(cur, allowed)) return false;
  return true;
}

/** Elements whose text after a picture in its box is read as its caption (see isPictureBoxText). */
const PICTURE_TEXT_TAGS: ReadonlySet<string> = new Set(['p', 'div']);

/**
 * Whether `el` is short text without links right after a picture in the picture's own box
 * (pictureBoxOf) that carries a credit: its caption, named or not ("<div class=opener-foto><a>
 * <img></a><div class=text><p>Caption</p><p class=author>foto: X</p></div></div>"). The credit
 * is inside it (readCaption finds one) or is the element after it, named as one. Without a
 * credit, text under a picture is as often a quote, a card's blurb or a byline beside an
 * avatar. The body's own root is never a picture's box (a short story under its picture is
 * the story); a hero's container is one by construction (`hero`: score/hero widens it over
 * the picture and its furniture only).
 */
function isPictureBoxText(el: Element, image: Element, roots: ReadonlySet<Element>, hero: boolean, isCreditNamed: (el: Element) => boolean, isCaptionNamed: (el: Element) => boolean): boolean {
  if (!PICTURE_TEXT_TAGS.has(el.name) || containsImage(el) || innerTextLongerThan(el, MAX_PLACED_CAPTION_LENGTH) || !LETTER_RE.test(textContent(el))) return false;
  // A link is not a caption's; a caption-named element inside is read by its name, past the
  // furniture beside it (a slide's "1 of 3" counter, see figureBefore).
  if (findDescendant(el, (d) => (d.name === 'a' && attr(d, 'href') !== null) || isCaptionNamed(d)) !== null) return false;
  const box = pictureBoxOf(el, image);
  if (box === null || (!hero && roots.has(box as Element))) return false;
  let next = el.next;
  while (next && !isElement(next)) next = next.next;
  return (isElement(next) && isCreditNamed(next) && !innerTextLongerThan(next, MAX_CREDIT_ELEMENT_LENGTH)) || readCaption(el).credit !== null;
}

/**
 * Whether `el` sits in a sentence: a text with letters beside it. A caption-named span there
 * is part of the sentence (PR Newswire's dateline "<span class=legendSpanClass>BERLIN, Dec.
 * 23, 2025</span> /PRNewswire/ -- …"), not a picture's caption.
 */
function inRunningText(el: Element): boolean {
  const parent = el.parent;
  if (!parent) return false;
  let text = false;
  for (const sibling of parent.children) {
    // Beside a picture, the text is the caption's credit: "<img><span class=caption>…</span> (AP Photo/X)".
    if (isElement(sibling) && sibling !== el && (isImage(sibling) || containsImage(sibling))) return false;
    if (isTextNode(sibling) && LETTER_RE.test(sibling.data)) text = true;
  }
  return text;
}

/**
 * Whether `el` is the box of a caption-named element and its credit, written beside it as
 * text: "<p><span class=caption>Waves hit the quay.</span> (AP Photo/Jane Roe)</p>". Its
 * only element child is the caption; the text around it reads as a credit alone.
 */
function isCaptionAndCreditBox(el: Element, isCaptionNamed: (el: Element) => boolean): boolean {
  let caption: Element | null = null;
  let rest = '';
  for (const child of el.children) {
    if (isTextNode(child)) rest += child.data;
    else if (isElement(child)) {
      if (caption || !isCaptionNamed(child) || containsImage(child)) return false;
      caption = child;
    }
  }
  if (!caption || !LETTER_RE.test(rest)) return false;
  const parts = splitCredit(normalizeSpace(rest));
  return parts.caption === null && parts.credit !== null;
}

/**
 * Whether `el` is text a `<figure>` holds after its picture, with no `<figcaption>`: the
 * figure's caption ("<figure><img><p>Waves hit the quay.</p></figure>").
 */
function isFigureText(el: Element, image: Element | undefined): boolean {
  const figure = el.parent;
  if (!isElement(figure) || figure.name !== 'figure' || containsImage(el)) return false;
  // The figure must hold the picture before it; a pull quote's <blockquote> is its own.
  if (!image || !contains(figure, image) || el.name === 'blockquote' || findDescendant(el, (d) => d.name === 'blockquote') !== null) return false;
  return !figure.children.some((c) => isElement(c) && c.name === 'figcaption');
}

const ROW_GROUP_TAGS: ReadonlySet<string> = new Set(['thead', 'tbody', 'tfoot']);
const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th']);

/** A table's own rows (through its row groups, not a nested table's), each as its cells. */
function ownRows(table: Element): Element[][] {
  const rows: Element[][] = [];
  const addRow = (tr: Element): void => {
    rows.push(tr.children.filter((c): c is Element => isElement(c) && CELL_TAGS.has(c.name)));
  };
  for (const child of table.children) {
    if (!isElement(child)) continue;
    if (child.name === 'tr') addRow(child);
    else if (ROW_GROUP_TAGS.has(child.name)) for (const tr of child.children) if (isElement(tr) && tr.name === 'tr') addRow(tr);
  }
  return rows;
}

/**
 * Whether a table cell is the caption of a picture table (see PICTURE_TABLE): its table has two
 * one-cell rows, the first an image with no text, this one the second, short, with letters, no
 * image, no link and no table inside.
 */
function isPictureTableCaption(cell: Element): boolean {
  const row = cell.parent;
  if (!isElement(row) || row.name !== 'tr') return false;
  const group = row.parent;
  const table = isElement(group) && ROW_GROUP_TAGS.has(group.name) ? group.parent : group;
  if (!isElement(table) || table.name !== 'table') return false;
  const rows = ownRows(table);
  if (rows.length !== PICTURE_TABLE.rows || rows.some((r) => r.length !== 1) || rows[1]?.[0] !== cell) return false;
  const picture = rows[0]?.[0] as Element;
  if (!containsImage(picture) || LETTER_RE.test(textContent(picture))) return false;
  if (containsImage(cell) || innerTextLongerThan(cell, MAX_PLACED_CAPTION_LENGTH) || !LETTER_RE.test(textContent(cell))) return false;
  return findDescendant(cell, (d) => d.name === 'table' || (d.name === 'a' && attr(d, 'href') !== null)) === null;
}

/** Wrappers between a figure and its own title or text: a quote, a list or a table inside a figure is content of its own. */
const FIGURE_TEXT_WRAPPERS: ReadonlySet<string> = new Set(['div', 'section', 'header', 'hgroup']);

/**
 * Whether a heading or a `<p>` is a `<figure>`'s own text: a chart's title and subtitle
 * ("<figure><h3>Filings per 100 households</h3><p>The five ZIP codes…</p><svg>…"), never a
 * section or a paragraph of the story. Only plain wrappers may stand between them, so a
 * pull quote's paragraphs (`<figure><blockquote><p>`) and an embedded post's stay; a `<p>`
 * that holds the picture is the picture's wrapper (the caller reads it).
 */
function isFigureOwnText(el: Element): boolean {
  for (let parent = el.parent; isElement(parent); parent = parent.parent) {
    // Only a figure of media or a titled chart (its <svg> or <iframe> is gone by now): a
    // poem's or a quote's figure is text.
    if (parent.name === 'figure') return findDescendant(parent, (d) => FIGURE_MEDIA_TAGS.has(d.name) || SUBHEADING_TAG_RE.test(d.name)) !== null;
    if (!FIGURE_TEXT_WRAPPERS.has(parent.name)) return false;
  }
  return false;
}
const FIGURE_MEDIA_TAGS: ReadonlySet<string> = new Set(['img', 'svg', 'canvas', 'picture', 'video', 'iframe', 'object']);

/** Whether an element holds one of the elements to skip (the headline's, read inside it). */
function holdsSkipped(el: Element, skip: ReadonlySet<Element>): boolean {
  for (const s of skip) if (s !== el && contains(el, s)) return true;
  return false;
}

/** Whether a link's href is an anchor on the page itself ("#fn-1"). */
function isInPageLink(a: Element): boolean {
  return a.name === 'a' && (attr(a, 'href') ?? '').trim().startsWith('#');
}

/**
 * The marks of a footnote reference, or null: a `<sup>` whose only content is in-page links
 * with a mark for text (FOOTNOTE_MARK_RE), apart only by commas or dashes:
 * "<sup class=fn><a href=#fn-2>2</a></sup>" gives ["2"], Wikipedia's "[12]" gives ["12"],
 * "<sup><a href=#fn4>4</a>,<a href=#fn5>5</a></sup>" gives ["4", "5"].
 */
function footnoteMarks(sup: Element): FootnoteRef[] | null {
  const marks: FootnoteRef[] = [];
  for (const child of sup.children) {
    if (isTextNode(child)) {
      if (!FOOTNOTE_SEPARATOR_RE.test(child.data)) return null;
    } else if (isElement(child)) {
      if (!isInPageLink(child)) return null;
      const mark = FOOTNOTE_MARK_RE.exec(textContent(child).trim());
      if (!mark) return null;
      marks.push({ mark: mark[1] as string, target: (attr(child, 'href') ?? '').trim().slice(1), anchor: anchorName(child) ?? anchorName(sup) });
    }
  }
  return marks.length > 0 ? marks : null;
}
/** A footnote's later paragraph is indented under its definition (with the space after a marker, four columns). */
const NOTE_CONTINUATION = '   ';

/** A footnote reference's mark ("2") and the id of the note it links to ("fn2", "fn:2"). */
interface FootnoteRef {
  mark: string;
  target: string | null;
  /** The reference's own anchor ("fnref:2", Docs' "ftnt_ref1"), that the note may link back to. */
  anchor?: string | null;
}

/**
 * The mark of the footnote a list item is, or null: the item (or an anchor opening it) has
 * the id a reference in the text linked to ("<li id=fn:2>" for "<sup><a href=#fn:2>2</a></sup>").
 */
function noteMark(li: Element, targets: ReadonlyMap<string, string>): string | null {
  if (targets.size === 0) return null;
  const id = li.attribs.id;
  if (id !== undefined && targets.has(id)) return targets.get(id) as string;
  const first = li.children.find(isElement);
  const anchor = first ? (first.name === 'a' ? (first.attribs.id ?? first.attribs.name) : first.attribs.id) : undefined;
  return anchor !== undefined ? (targets.get(anchor) ?? null) : null;
}
/** What may stand between the marks of one footnote reference: "4,5", "4, 5", "4–6". */
const FOOTNOTE_SEPARATOR_RE = /^[\s,–-]*$/;

/**
 * A print view's link footnote ("<a>sign up online</a> <span class=print-footnote>[3]</span>",
 * Drupal's print module): a span named for a footnote whose text is a bracketed mark.
 */
function printFootnoteMark(span: Element): FootnoteRef[] | null {
  const cls = span.attribs.class;
  if (cls === undefined || !FOOTNOTE_CLASS_RE.test(cls)) return null;
  const mark = BRACKETED_MARK_RE.exec(textContent(span).trim());
  return mark ? [{ mark: mark[1] as string, target: null }] : null;
}

/**
 * The mark of the note a footnote mark opens, when it is the note's number: it links back to
 * the reference that links to the block it opens (see noteNumberMark, whose link is itself
 * the note's anchor). `sup` is the mark, `ref` its one link.
 */
function openingNoteMark(sup: Element, ref: FootnoteRef, marks: ReadonlyMap<string, string>, backTo: ReadonlyMap<string, string>): string | null {
  if (ref.target === null || backTo.size === 0) return null;
  let block = sup.parent;
  while (isElement(block) && !BLOCK_TAGS.has(block.name)) block = block.parent;
  const own = isElement(block) ? anchorName(block) : null;
  return own !== null && backTo.get(own) === ref.target ? (marks.get(own) ?? null) : null;
}

/** The anchor an element is: its id, or an old page's (Word's) `name`. */
function anchorName(el: Element): string | null {
  return el.attribs.id ?? el.attribs.name ?? null;
}

/**
 * The mark of the note whose number a link is, when it links back to the reference that
 * links to it: a reciprocal pair (the reference `<a href=#ftnt1 id=ftnt_ref1>[1]</a>`, the
 * note's `<a href=#ftnt_ref1 id=ftnt1>[1]</a>`), as Google Docs, Word ("_ftnref1"/"_ftn1"),
 * LibreOffice and pandoc write a note's number. Its text is the mark (FOOTNOTE_MARK_RE): a link
 * with words back to the text is the note's own text. `backTo` holds, for each note a reference
 * links to, the reference's own anchor.
 */
function noteNumberMark(a: Element, marks: ReadonlyMap<string, string>, backTo: ReadonlyMap<string, string>): string | null {
  const own = anchorName(a);
  if (own === null || !backTo.has(own)) return null;
  const href = (attr(a, 'href') ?? '').trim();
  if (href.slice(1) !== backTo.get(own) || href.charCodeAt(0) !== HASH || !FOOTNOTE_MARK_RE.test(textContent(a).trim())) return null;
  return marks.get(own) ?? null;
}
const HASH = 0x23;
const FOOTNOTE_CLASS_RE = /footnote/i;
const BRACKETED_MARK_RE = /^\[(\d{1,3})\]$/;

/**
 * Whether an element is a note's row of links to copies of the cited work (REFERENCE_LINK_ROW):
 * links whose every text is such a label ("Article", "PubMed", "Google Scholar"), and nothing
 * but separators between them.
 */
function isReferenceLinkRow(el: Element): boolean {
  let links = 0;
  const stack: AnyNode[] = el.children.slice();
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (isTextNode(node)) {
      if (!REFERENCE_LINK_ROW.separatorRe.test(node.data)) return false;
    } else if (isElement(node)) {
      if (node.name === 'a') {
        const label = normalizeSpace(textContent(node).replace(REFERENCE_LINK_ROW.strippedRe, ' ')).toLowerCase();
        if (!REFERENCE_LINK_ROW.labels.has(label)) return false;
        links++;
      } else for (const child of node.children) stack.push(child);
    }
  }
  return links > 0;
}

/** Whether text ends by introducing what follows it (a colon): a note's "Databases searched:" before its own links. */
function introducesNext(text: string): boolean {
  return INTRODUCING_END_RE.test(text);
}
const INTRODUCING_END_RE = /[:：]\s*$/u;

/** Whether a link is a footnote's way back to its reference: in-page, arrows only (BACK_LINK_TEXT_RE). */
function isBackLink(a: Element): boolean {
  return isInPageLink(a) && BACK_LINK_TEXT_RE.test(textContent(a));
}

/**
 * Whether a link is an accessibility skip link (SKIP_LINK_TEXT_RE): its text says skip, and its
 * href is a fragment of the page itself ("#EmailSignup-skip-link-7", or the page's own URL with
 * one). A "Skip to …" link to another page is a link like any other.
 */
function isSkipLink(a: Element, base: string | null): boolean {
  if (!SKIP_LINK_TEXT_RE.test(textContent(a)) || inRunningWords(a)) return false;
  if (isInPageLink(a)) return true;
  if (base === null) return false;
  const href = resolveUrl(attr(a, 'href'), base);
  return href !== null && href.includes('#') && withoutFragment(href) === withoutFragment(base);
}

/** A URL without its fragment ("#…"). */
function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/**
 * Whether a link sits among words of its block: text or an inline element with text beside it
 * (or beside the inline elements it is wrapped in), up to the nearest block or line break. A
 * blog's "Not interested in my life story? <a href=#recipe>Skip to the recipe</a> below." is
 * its sentence; a skip link stands alone between blocks.
 */
function inRunningWords(a: Element): boolean {
  let el: Element = a;
  while (isElement(el.parent) && !BLOCK_TAGS.has(el.parent.name)) el = el.parent;
  for (const step of [-1, 1] as const) {
    for (let n = step === 1 ? el.next : el.prev; n; n = step === 1 ? n.next : n.prev) {
      if (isTextNode(n)) {
        if (LETTER_OR_DIGIT_RE.test(n.data)) return true;
      } else if (isElement(n)) {
        if (BLOCK_TAGS.has(n.name) || n.name === 'br') break;
        if (LETTER_OR_DIGIT_RE.test(textContent(n))) return true;
      }
    }
  }
  return false;
}

/**
 * Whether an element is a note's run of back-links to its several references: an arrow or
 * caret, then a letter or two per reference, each an in-page link (MediaWiki's
 * "<span class=mw-cite-backlink>^ <a href=#cite_ref-1-0><sup>a</sup></a> <a …>b</a></span>").
 * Only read for an element whose first text opens with an arrow.
 */
function isBackLinkRun(el: Element): boolean {
  const first = el.children[0];
  if (!isTextNode(first) || !BACK_LINK_OPENING_RE.test(first.data) || innerTextLongerThan(el, MAX_BACK_LINK_RUN)) return false;
  if (!BACK_LINK_RUN_RE.test(textContent(el))) return false;
  let links = 0;
  const others = findDescendant(el, (d) => {
    if (d.name !== 'a') return false;
    links++;
    return !isInPageLink(d);
  });
  return others === null && links > 0;
}

/**
 * Whether an element is the caption a `role="figure"` ancestor (up to FIGURE_ROLE_LEVELS
 * above) names by `aria-labelledby`: the figcaption of a figure built from divs.
 */
function isFigureRoleCaption(el: Element): boolean {
  const id = el.attribs.id;
  let up = el.parent;
  for (let i = 0; i < FIGURE_ROLE_LEVELS && isElement(up); i++, up = up.parent) {
    if (up.attribs.role === 'figure') return up.attribs['aria-labelledby'] === id;
  }
  return false;
}
const FIGURE_ROLE_LEVELS = 4;

/** Punctuation that closes a clause: no space stands before it. */
const CLOSING_PUNCTUATION_RE = /^[.,;:!?)]/;

/** Link text that is a URL itself. */
const PRINTED_URL_RE = /^(?:https?:\/\/|www\.)\S+$/i;

const SPACE = 0x20;

/** Closes emphasis; nor may it close after a space, so a trailing space moves out behind the mark. */
function closeEmphasis(md: string[], mark: string): void {
  const last = md.length - 1;
  const tail = md[last];
  if (tail !== undefined && tail.length > 1 && tail.charCodeAt(tail.length - 1) === SPACE && tail.charCodeAt(tail.length - 2) !== 0x5c) {
    md[last] = tail.slice(0, -1);
    md.push(`${mark} `);
  } else {
    md.push(mark);
  }
}

/** Whether a link whose href resolved to `href` leads to another page (not a script link or an in-page anchor, which resolve to null). */
function isLinkToPage(a: Element, href: string | null): boolean {
  return href !== null && !PRINTED_URL_RE.test(textContent(a).trim());
}

/** True when an element holds a block, a line break or an image: not a one-line code span. */
function containsBlock(el: Element): boolean {
  return findDescendant(el, (child) => BLOCK_TAGS.has(child.name) || child.name === 'br' || isImage(child)) !== null;
}

/**
 * An element to leave: pushed on entry under its children, popped after them. Nodes to enter
 * are pushed as they are, with no frame: the walk visits every node of the content, and an
 * object per visit was garbage for nothing.
 */
interface ExitFrame {
  exit: true;
  node: Element;
  /** Visible characters pushed before the element was entered: it wraps text if more follow. */
  mark: number;
  /** Index of the element's opening markdown mark, blanked if it wraps no text. */
  mdIndex: number;
  /** Paragraph generation at entry: after a flush, mark and mdIndex point into a new buffer. */
  generation: number;
  /** An `<a>` to another page (not a script link, not a printed URL). */
  pageLink: boolean;
  /** An `<a>`'s href, resolved once on entry for both the page-link test and the markdown. */
  href: string | null;
  /** Emphasis inside emphasis of the same mark (`<b>a <strong>b</strong></b>`): it writes no mark. */
  nestedMark: boolean;
}

function isExitFrame(item: AnyNode | ExitFrame): item is ExitFrame {
  return (item as ExitFrame).exit === true;
}

interface ListFrame {
  ordered: boolean;
  count: number;
  /** The mark of the footnote the current item is (see noteMark): its markdown defines it. */
  note: string | null;
  /** The note's definition was written: its next paragraphs are indented under it. */
  noteWritten: boolean;
}

/** A data table (header cells, or several short columns) rather than a layout table. */
/** A cell with blocks and more text than this is a layout's column. */
const MAX_DATA_CELL_TEXT = 200;
const CELL_BLOCK_TAGS: ReadonlySet<string> = new Set(['p', 'div', 'ul', 'table']);

function isDataTable(table: Element): boolean {
  let rows = 0;
  let maxCells = 0;
  let hasHeader = false;
  let layout = false;
  const stack: AnyNode[] = table.children.slice();
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (!isElement(node)) continue;
    // A nested table is a layout; blocks inside a cell are one only with a layout's text (an
    // editor's "<td><div class=cell-text>Early</div></td>" is a data cell).
    if (node.name === 'table') layout = true;
    if ((node.name === 'td' || node.name === 'th') && !layout && innerTextLongerThan(node, MAX_DATA_CELL_TEXT)) {
      layout = findDescendant(node, (d) => CELL_BLOCK_TAGS.has(d.name)) !== null;
    }
    if (node.name === 'th' || node.name === 'thead' || node.name === 'caption') hasHeader = true;
    if (node.name === 'tr') {
      rows++;
      let cells = 0;
      for (const c of node.children) if (isElement(c) && (c.name === 'td' || c.name === 'th')) cells++;
      maxCells = Math.max(maxCells, cells);
    }
    if (node.name !== 'table' || node === table) for (const child of node.children) stack.push(child);
  }
  if (layout && !hasHeader) return false;
  return rows > 0 && (hasHeader || maxCells > 1);
}

/**
 * The lines of a table that lays out display formulas and their numbers (LaTeXML's
 * `table.ltx_equation`: pad cells, the formula, the number "(1)"; an eqnarray's rows): each
 * row holds one formula (`<math>`) and besides it only empty cells or an equation number
 * (EQUATION_NUMBER_RE, with a digit: EQUATION_NUMBER_MARK_RE, or named a tag:
 * EQUATION_TAG_CLASS_RE; "(m)" is a unit), at most
 * MAX_FORMULA_TABLE_ROWS rows and no header. Each row reads as
 * its formula's text and its number ("S(t)=e^{-\lambda t}, (1)"); null for any other table.
 */
function formulaTableLines(table: Element): string[] | null {
  const lines: string[] = [];
  let ok = true;
  findDescendant(table, (d) => {
    if (d.name === 'th' || d.name === 'caption' || (d.name === 'table' && d !== table)) ok = false;
    if (!ok || d.name !== 'tr') return !ok;
    const parts: string[] = [];
    let formulas = 0;
    for (const cell of d.children) {
      if (!isElement(cell)) continue;
      const math = findDescendant(cell, (m) => m.name === 'math');
      if (math) {
        formulas++;
        parts.push(mathText(math));
        continue;
      }
      const text = normalizeSpace(innerText(cell));
      if (text && !(EQUATION_NUMBER_RE.test(text) && (EQUATION_NUMBER_MARK_RE.test(text) || isEquationTag(cell)))) ok = false;
      if (text) parts.push(text);
    }
    if (formulas !== 1 || lines.length >= MAX_FORMULA_TABLE_ROWS) ok = false;
    else lines.push(parts.join(' '));
    return !ok;
  });
  return ok && lines.length > 0 ? lines : null;
}

/** Whether a cell names itself, or holds an element named, an equation's tag (EQUATION_TAG_CLASS_RE). */
function isEquationTag(cell: Element): boolean {
  return EQUATION_TAG_CLASS_RE.test(cell.attribs.class ?? '') || findDescendant(cell, (d) => EQUATION_TAG_CLASS_RE.test(d.attribs.class ?? '')) !== null;
}

/** A picture in a data table's cell and the caption beside it there, if any. */
interface CellPicture {
  image: Element;
  caption: Element | null;
}

/**
 * The pictures in a data table's cells (not a nested table's): each is still a figure,
 * whatever the table is (an infobox's picture cell, a comparison table's product shots), its
 * caption the figcaption or caption-named element after it in its cell (MediaWiki's
 * "infobox-caption" after the picture's link).
 */
function cellPictures(table: Element, isCaptionNamed: (el: Element) => boolean): CellPicture[] {
  const found: CellPicture[] = [];
  findDescendant(table, (d) => {
    if (!isImage(d)) return false;
    let top: Element = d;
    let cell: Element | null = null;
    for (let up = d.parent; isElement(up); up = up.parent) {
      if (CELL_TAGS.has(up.name)) {
        cell = up;
        break;
      }
      if (up.name === 'table') break;
      top = up;
    }
    if (!cell || closestTable(cell) !== table) return false;
    let caption: Element | null = null;
    for (let next = top.next; next && !caption; next = next.next) if (isElement(next) && (next.name === 'figcaption' || isCaptionNamed(next)) && !containsImage(next)) caption = next;
    found.push({ image: d, caption });
    return false;
  });
  return found;
}

const NO_ELEMENTS: ReadonlySet<Element> = new Set();

/** The nearest `<table>` above an element, or null. */
function closestTable(el: Element): Element | null {
  for (let up = el.parent; isElement(up); up = up.parent) if (up.name === 'table') return up;
  return null;
}

function tableRows(table: Element, skip: ReadonlySet<Element> = NO_ELEMENTS): string[][] {
  const rows: string[][] = [];
  const stack: AnyNode[] = [table];
  const trs: Element[] = [];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (!isElement(node)) continue;
    if (node.name === 'tr') trs.push(node);
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
  for (const tr of trs) {
    const cells: string[] = [];
    for (const c of tr.children) {
      if (!isElement(c) || (c.name !== 'td' && c.name !== 'th')) continue;
      // A picture's caption in the cell is the figure's (see cellPictures), not the row's.
      cells.push(skip.size > 0 && findDescendant(c, (d) => skip.has(d)) !== null ? normalizeSpace(textContentExcept(c, (d) => skip.has(d))) : formulaText(c));
    }
    if (cells.some(Boolean)) rows.push(cells);
  }
  return rows;
}

/** A Word list being read: its kind, its items so far, and the last item's paragraph. */
interface WordList {
  ordered: boolean;
  count: number;
  last: Element;
}

/** Whether a paragraph is a Word list item (WORD_LIST): "MsoListParagraphCxSpMiddle", or styled "mso-list:l0 level1 lfo1". */
function isWordListParagraph(p: Element): boolean {
  const cls = p.attribs.class;
  if (cls !== undefined && WORD_LIST.paragraphClass.test(cls)) return true;
  const style = p.attribs.style;
  return style !== undefined && WORD_LIST.itemStyle.test(style);
}

/** Whether an element is Word's drawn list marker: a span styled "mso-list:Ignore". */
function isWordListMarker(el: Element): boolean {
  const style = el.attribs.style;
  return style !== undefined && WORD_LIST.markerStyle.test(style);
}

/** Whether a Word list item's drawn marker is a number ("1.", "a)"), not a bullet. */
function hasOrderedWordMarker(p: Element): boolean {
  const marker = findDescendant(p, (d) => d.name === 'span' && isWordListMarker(d));
  return marker !== null && WORD_LIST.orderedMarker.test(normalizeSpace(textContent(marker)));
}

/**
 * Whether a caption sits in a box named for a picture (PICTURE_BOX_NAME_RE on it or its
 * nearest ancestors): CNBC's "InlineImage-imageEmbedCaption" under a placeholder a script
 * fills. A video's or an embed's caption is not, and the story's credits after it are its own.
 */
function inPictureNamedBox(caption: Element): boolean {
  let cur: Element | null = caption;
  for (let level = 0; cur && level <= PICTURE_BOX_LEVELS; level++, cur = isElement(cur.parent) ? cur.parent : null) {
    if (PICTURE_BOX_NAME_RE.test(classAndId(cur))) return true;
  }
  return false;
}

/**
 * Turns content nodes into blocks: paragraphs (with `<br>`-separated bare text split),
 * headings, list items, quotes, code, tables and figures with their captions. One iterative
 * walk; inline text is accumulated once and rendered to plain text and markdown together.
 * @internal
 */
export function collectBlocks(nodes: readonly Element[], options: CollectOptions): Block[] {
  const blocks: Block[] = [];
  const text: string[] = [];
  const md: string[] = [];
  let chars = 0;
  let boldChars = 0;
  let boldDepth = 0;
  /** Open emphasis elements by mark: one inside another of its mark writes none ("****"). */
  const markDepth: Record<string, number> = { '**': 0, _: 0 };
  let linkChars = 0;
  let linkDepth = 0;
  let quoteDepth = 0;
  let generation = 0;
  /** Visible characters pushed so far, for telling whether an inline element wrapped text. */
  let pushedChars = 0;
  /** Emphasis and link elements entered and not yet left. */
  let openInline = 0;
  /** A footnote mark was left out right after a space: punctuation next takes the space's place. */
  let spaceBeforeMark = false;
  /** Index in `md` of the emphasis mark opened last, while nothing has followed it. */
  let openedMarkAt = -1;
  const lists: ListFrame[] = [];
  const blockStack: string[] = [];
  /** The Word list (see WORD_LIST) whose item paragraph is open, or was the last one read. */
  let wordList: WordList | null = null;
  let inWordItem = false;
  /** Whether a box holds an image, asked once per box: its children under headings all ask it. */
  const boxesWithImage = new Map<Element, boolean>();
  const boxHasImage = (box: Element): boolean => {
    let has = boxesWithImage.get(box);
    if (has === undefined) boxesWithImage.set(box, (has = containsImage(box)));
    return has;
  };

  const isCaptionNamed = classOrIdMatcher(CAPTION_CLASS_RE);
  const isEndMarkNamed = classOrIdMatcher(END_MARK_CLASS_RE);
  const roots: ReadonlySet<Element> = new Set(nodes);
  const isCreditNamed = classOrIdMatcher(CREDIT_CLASS_RE);
  /** How many blocks came before the headline's element, or -1 while it has not been met. */
  let headlineAt = -1;
  /** A figcaption met before its figure's picture, waiting for it. */
  let captionFirst: Element | null = null;
  /** The last caption dropped for want of a picture (a script draws it): its credit beside it goes too. */
  let droppedCaption: Element | null = null;
  /** Ids of the notes the text's footnote references link to, with their marks. */
  const noteTargets = new Map<string, string>();
  /** Ids of those notes, with the anchor of the reference that links to each (see noteNumberMark). */
  const noteBackTo = new Map<string, string>();
  /** The mark of the note a paragraph opened with its number (noteNumberMark): its markdown definition's. */
  let paragraphNote: string | null = null;
  /** Where each <hr> stood: the number of blocks before it. */
  const rules: number[] = [];

  /**
   * The figure a caption belongs to when a few short lines stand between them inside the
   * picture's own box: a slide counter ("1 of 3"), a "View photo" link, a copyright line
   * beside the image ("Getty Images"). Those lines are the picture's furniture: they are
   * removed, and one written like a credit (CREDIT_WORD_RE) is the credit.
   */
  const figureBefore = (caption: Element): { figure: Extract<Block, { kind: 'figure' }>; credit: string | null } | null => {
    for (let i = blocks.length - 1; i >= 0 && blocks.length - 1 - i <= FIGURE_FURNITURE.maxLines; i--) {
      const b = blocks[i] as Block;
      if (b.kind === 'figure') {
        if (!b.image || !inPictureBox(caption, b.image)) return null;
        const between = blocks.splice(i + 1);
        // Not a link's text: "Lihat Foto" ("view photo") is a button, not a credit.
        // A linked line is the credit only when it opens with a credit's label ("Photo courtesy of [the Harbour Trust]"): "Lihat Foto" is a button.
        const creditLine = between.find((x) => x.kind === 'paragraph' && CREDIT_WORD_RE.test(x.text) && (!x.linkOnly || opensWithCreditLabel(x.text)));
        return { figure: b, credit: creditLine?.kind === 'paragraph' ? cleanCredit(creditLine.text) : null };
      }
      if (b.kind !== 'paragraph' || (b.text.length > FIGURE_FURNITURE.maxLength && !b.linkOnly)) return null;
    }
    return null;
  };

  /** The text of the last block written, '' when it is no paragraph. */
  const lastBlockText = (): string => {
    const last = blocks[blocks.length - 1];
    return last !== undefined && last.kind === 'paragraph' ? last.text : '';
  };

  const lastFigure = (): Extract<Block, { kind: 'figure' }> | null => {
    const last = blocks[blocks.length - 1];
    return last && last.kind === 'figure' ? last : null;
  };

  const flush = (): void => {
    if (text.length === 0) return;
    generation++;
    const joinedText = text.join('');
    const joinedMd = md.join('');
    // Only a <p> all in bold is a subhead candidate (the CMS pattern); bold runs elsewhere
    // are emphasis that a block happened to split.
    const container = blockStack[blockStack.length - 1] ?? 'div';
    const boldOnly = container === 'p' && chars > 0 && boldChars >= chars;
    const linkOnly = chars > 0 && linkChars >= chars;
    text.length = 0;
    md.length = 0;
    openedMarkAt = -1;
    chars = 0;
    boldChars = 0;
    linkChars = 0;
    // Inside <p>, one <br> is a line break and two end the paragraph; elsewhere bare text
    // between <br>s is a paragraph of its own.
    // Only a <br> puts a line break in: most paragraphs have none and are one piece.
    const splitter = container === 'p' ? DOUBLE_BREAK_RE : SINGLE_BREAK_RE;
    const texts = joinedText.includes(LINE_BREAK) ? joinedText.split(splitter) : [joinedText];
    // A block inside <b> or <a> cuts the inline element in two: its marks cannot be
    // balanced, so the paragraph's markdown is its plain text.
    const mds = openInline > 0 ? texts.map((t) => escapeMarkdown(t)) : texts.length > 1 ? joinedMd.split(splitter) : [joinedMd];
    const list = lists[lists.length - 1];
    const inList = blockStack.includes('li') && list;
    const wordItem = inWordItem && container === 'p' && !inList ? wordList : null;
    const subheadRuns = texts.length > 1 ? boldSubheadRuns(texts, mds, container === 'p') : null;
    let note = paragraphNote;
    paragraphNote = null;
    for (let i = 0; i < texts.length; i++) {
      let t = normalizeSpace(texts[i] as string);
      if (!t) continue;
      let m = normalizeSpace(mds[i] ?? '');
      // (The code of the last character first: most paragraphs end in a letter or a full stop.)
      if (t.charCodeAt(t.length - 1) > 0x2000 && END_MARK_TAIL_RE.test(t)) {
        t = t.replace(END_MARK_TAIL_RE, '');
        m = m.replace(END_MARK_TAIL_RE, '');
      }
      // A Word list item's typed bullet is the marker the list draws (WORD_LIST.typedBullet).
      if (wordItem && !inList && WORD_LIST.typedBullet.test(t)) {
        t = t.replace(WORD_LIST.typedBullet, '');
        m = m.replace(WORD_LIST.typedBullet, '');
        if (!t) continue;
      }
      const role = inList || wordItem ? 'li' : quoteDepth > 0 ? 'quote' : 'p';
      const marker = inList
        ? list.note !== null
          ? list.noteWritten
            ? NOTE_CONTINUATION
            : `[^${list.note}]:`
          : list.ordered
            ? `${list.count}.`
            : '-'
        : wordItem
          ? wordItem.ordered
            ? `${wordItem.count}.`
            : '-'
          : note !== null
            ? `[^${note}]:`
            : '';
      if (inList && list.note !== null) list.noteWritten = true;
      // A paragraph note's later lines (split at <br><br>) are its text.
      note = null;
      const runBold = subheadRuns ? subheadRuns.has(i) : boldOnly;
      blocks.push({ kind: 'paragraph', text: t, md: m, role, marker, boldOnly: runBold, linkOnly });
    }
  };

  const pushText = (value: string, code = false): void => {
    // Tested first, as in normalizeSpace: most text nodes have no whitespace to collapse.
    const t = SPACE_TO_COLLAPSE_RE.test(value) ? value.replace(WHITESPACE_RE, ' ') : value;
    if (!t) return;
    // "online [3]." without its mark reads "online." (a print view's mark stood after a space).
    // (The source's own whitespace between them, a formula's wrapper's indentation, goes too.)
    if (spaceBeforeMark && CLOSING_PUNCTUATION_RE.test(t)) {
      while (text[text.length - 1] === ' ') {
        text.pop();
        if (md[md.length - 1] === ' ') md.pop();
      }
    }
    if (t !== ' ') spaceBeforeMark = false;
    text.push(t);
    // CommonMark emphasis may not open before a space: the space moves out in front of the mark.
    if (t.charCodeAt(0) === SPACE && md.length > 0 && md.length - 1 === openedMarkAt) {
      md[openedMarkAt] = ` ${md[openedMarkAt]}`;
      md.push(code ? codeSpanMarkdown(t.slice(1)) : escapeMarkdown(t.slice(1)));
    } else {
      md.push(code ? codeSpanMarkdown(t) : escapeMarkdown(t));
    }
    openedMarkAt = -1;
    const visible = trimmedLength(t);
    chars += visible;
    pushedChars += visible;
    if (boldDepth > 0) boldChars += visible;
    if (linkDepth > 0) linkChars += visible;
  };

  const stack: Array<AnyNode | ExitFrame> = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i] as Element);
  /** Nodes read already as a picture's caption (captionAfterBreak). */
  const read = new Set<AnyNode>();

  while (stack.length > 0) {
    const item = stack.pop() as AnyNode | ExitFrame;
    const frame = isExitFrame(item) ? item : null;
    const node = frame ? frame.node : (item as AnyNode);
    if (read.size > 0 && read.has(node)) continue;
    if (isTextNode(node)) {
      pushText(node.data);
      continue;
    }
    if (!isElement(node)) continue;
    const tag = node.name;
    // A span bold by its style is <strong> (Wix, Google Docs pastes, Blogger).
    const emphasis = tag in EMPHASIS_MARKS ? tag : tag === 'span' && isBoldStyled(node) ? 'strong' : null;

    if (frame) {
      const sameParagraph = frame.generation === generation;
      const wrapsText = sameParagraph && pushedChars > frame.mark;
      if (emphasis || tag === 'a') openInline--;
      if (emphasis) {
        const mark = EMPHASIS_MARKS[emphasis] as string;
        (markDepth[mark] as number)--;
        if (!frame.nestedMark) {
          if (wrapsText) closeEmphasis(md, mark);
          else if (sameParagraph) md[frame.mdIndex] = blankMark(md[frame.mdIndex]);
        }
        if (BOLD_TAGS.has(emphasis)) boldDepth--;
      } else if (tag === 'a') {
        if (frame.pageLink) linkDepth--;
        const href = frame.href;
        if (wrapsText && href) md.push(`](${markdownUrl(href)})`);
        else if (sameParagraph) md[frame.mdIndex] = blankMark(md[frame.mdIndex]);
      } else if (BLOCK_TAGS.has(tag)) {
        flush();
        if (tag === 'p') inWordItem = false;
        blockStack.pop();
        if (tag === 'ul' || tag === 'ol') lists.pop();
        if (tag === 'blockquote') quoteDepth--;
      }
      continue;
    }

    if (options.skip.has(node)) {
      flush();
      if (headlineAt < 0) headlineAt = blocks.length;
      continue;
    }

    if (tag !== 'pre' && isCodeToolbar(node)) continue;
    // A picture's figure's title is its caption's (read with the picture), never the body's.
    if (titledFigure(node) !== null) {
      flush();
      continue;
    }
    const heading = HEADING_RE.exec(tag);
    // A heading read whole that holds the headline's element (a <font> inside a table layout's
    // <H2>) is the headline: what came before it is above the headline, as before an <h1>.
    if (heading && holdsSkipped(node, options.skip)) {
      flush();
      if (headlineAt < 0) headlineAt = blocks.length;
      continue;
    }
    if (heading) {
      flush();
      if (isFigureOwnText(node)) continue;
      const t = formulaText(node).replace(HEADING_PERMALINK_RE, '');
      if (t) blocks.push(labelsListBox(node, t) ? { kind: 'heading', level: Number(heading[1]), text: t, listBoxLabel: true } : { kind: 'heading', level: Number(heading[1]), text: t });
      continue;
    }
    // A block the editor styles as a subheading by its class (SECTION_TITLE_BLOCK).
    const sectionTitle = SECTION_TITLE_BLOCK.tags.has(tag) && node.attribs.class !== undefined && SECTION_TITLE_BLOCK.nameRe.test(node.attribs.class) ? sectionTitleText(node) : null;
    if (sectionTitle !== null) {
      flush();
      blocks.push({ kind: 'heading', level: SECTION_TITLE_BLOCK.level, text: sectionTitle });
      continue;
    }
    if (tag === 'br') {
      text.push(LINE_BREAK);
      md.push(LINE_BREAK);
      continue;
    }
    if (tag === 'hr') {
      flush();
      rules.push(blocks.length);
      continue;
    }
    if (isImage(node)) {
      const figure = figureFromImage(node, options.base);
      if (figure) {
        flush();
        const captionNodes = chars === 0 ? captionAfterBreak(node) : null;
        let rawCaption: string | null = null;
        if (captionFirst !== null && isElement(captionFirst.parent) && contains(captionFirst.parent, node)) {
          Object.assign(figure, readCaption(captionFirst));
          rawCaption = formulaText(captionFirst);
          captionFirst = null;
        } else if (captionNodes) {
          rawCaption = normalizeSpace(captionNodes.map((n) => (isElement(n) ? formulaText(n) : isTextNode(n) ? n.data : '')).join(''));
          Object.assign(figure, splitCredit(rawCaption));
          for (const n of captionNodes) read.add(n);
        }
        const title = figureTitle(node);
        if (title === null) blocks.push({ kind: 'figure', figure, rawCaption, image: node });
        else {
          figure.caption = titledCaption(title, figure.caption);
          blocks.push({ kind: 'figure', figure, rawCaption, image: node, title });
        }
      }
      continue;
    }
    if (tag === 'pre') {
      flush();
      const code = trimEndChars(trimStartChars(codeText(node), '\n'), WHITESPACE_CHARS);
      if (code.trim()) blocks.push({ kind: 'code', text: code, lang: codeLanguage(node) });
      continue;
    }
    // A highlighter's line-numbered code laid out as a table (Hexo, Pygments, Rouge, GitHub's
    // blob rows) is a code block, its line numbers left out: never a data table's rows.
    const tableCode = tag === 'table' ? codeTableCode(ownRows(node), node) : null;
    if (tableCode) {
      flush();
      const code = trimEndChars(trimStartChars(codeText(tableCode), '\n'), WHITESPACE_CHARS);
      const lang = (tableCode.name === 'pre' ? codeLanguage(tableCode) : null) ?? codeTableLanguage(node);
      if (code.trim()) blocks.push({ kind: 'code', text: code, lang });
      continue;
    }
    const formulaLines = tag === 'table' ? formulaTableLines(node) : null;
    if (formulaLines) {
      flush();
      for (const line of formulaLines) {
        pushText(line);
        flush();
      }
      continue;
    }
    if (tag === 'table' && isDataTable(node)) {
      flush();
      const found = cellPictures(node, isCaptionNamed);
      // A picture in every row (a results table's portraits, a league table's crests) is the
      // table's data, read as its rows always were.
      const pictures = found.length <= CELL_FIGURES.max ? found : [];
      for (const { image, caption } of pictures) {
        const figure = figureFromImage(image, options.base);
        if (!figure) continue;
        if (caption) Object.assign(figure, readCaption(caption));
        blocks.push({ kind: 'figure', figure, rawCaption: caption ? innerText(caption) : null, image });
      }
      const captions = new Set(pictures.flatMap((p) => (p.caption ? [p.caption] : [])));
      const rows = tableRows(node, captions);
      if (rows.length > 0) {
        // A table's <caption> is its title, read before its rows as the page shows it.
        const caption = node.children.find((c): c is Element => isElement(c) && c.name === 'caption');
        const title = caption ? formulaText(caption) : '';
        if (title) blocks.push({ kind: 'paragraph', text: title, md: escapeMarkdown(title), role: 'p', marker: '', boldOnly: false, linkOnly: false });
        blocks.push({ kind: 'table', rows });
      }
      continue;
    }
    // A caption-named wrapper that holds the image itself (WordPress .wp-caption) is a figure.
    // Chinese CMSs caption a picture with the centred paragraph after its own centred <p>.
    // A generated document (Google Docs) centres and italicises it by classes of its own sheet.
    const formatting = options.formatting;
    const centredCaption =
      tag === 'p' &&
      chars === 0 &&
      lastFigure() !== null &&
      (CENTRED_STYLE_RE.test(attr(node, 'style') ?? '') || formatting?.centred(node) === true) &&
      !containsImage(node) &&
      isCentredCaptionText(formulaText(node), wholeItalic(node) || (formatting !== undefined && italicByClass(node, formatting)));
    // A table's figcaption (Gutenberg's table block) is read as a paragraph: a table is text.
    // Before its table (LaTeXML's figure.ltx_table opens with it) it titles the rows below.
    const tableCaption =
      tag === 'figcaption' &&
      ((text.length === 0 && blocks[blocks.length - 1]?.kind === 'table' && isElement(node.parent) && findDescendant(node.parent, (d) => d.name === 'table') !== null) || (chars === 0 && titlesTableBelow(node)));
    // (lastFigure first: most elements come after text, and the box test reads children.)
    // A picture table's cells are apart from the story, so only spaces (a table's indentation) may come before its caption cell.
    const figureLast = tag !== 'figcaption' ? lastFigure() : null;
    const captionBox =
      figureLast !== null &&
      ((chars === 0 && (isCaptionAndCreditBox(node, isCaptionNamed) || isFigureText(node, figureLast.image))) ||
        (chars === 0 && CELL_TAGS.has(tag) && isPictureTableCaption(node)) ||
        (chars === 0 && !figureLast.figure.caption && figureLast.image !== undefined && isPictureBoxText(node, figureLast.image, roots, options.hero === true, isCreditNamed, isCaptionNamed)));
    // A short line right after a picture that opens with a caption mark ("▲…": "pictured
    // above", as WeChat and Chinese portals write it) is its caption (CAPTION_OPENING_MARK_RE).
    const markedCaption =
      figureLast !== null && chars === 0 && !figureLast.figure.caption && !innerTextLongerThan(node, MAX_CENTRED_CAPTION_LENGTH) && !containsImage(node) && CAPTION_OPENING_MARK_RE.test(innerText(node));
    // Caption-named text right under a heading is that section's text (a slideshow's slide: the
    // picture, its counter, the slide's title, then its "SlideshowSlide-caption" paragraph).
    // (Not one in a picture's own box: an image there that gave no figure still owns it.)
    // (Asked last, and once per box: the image search walks the whole box.)
    const underHeading = (): boolean => chars === 0 && blocks[blocks.length - 1]?.kind === 'heading' && !(isElement(node.parent) && boxHasImage(node.parent));
    // A script-built figure (`role="figure"`, Notion) names its caption by aria-labelledby.
    const labelledCaption = node.attribs.id !== undefined && isFigureRoleCaption(node);
    // A quote's figure captions the quote: its figcaption is the attribution, the story's text.
    const quoteCaption = tag === 'figcaption' && isQuoteAttribution(node);
    if (!tableCaption && !quoteCaption && (tag === 'figcaption' || labelledCaption || centredCaption || captionBox || markedCaption || (tag !== 'figure' && isCaptionNamed(node) && !underHeading() && !containsImage(node) && !inRunningText(node)))) {
      // Captions are never paragraphs: attach to the image before them, else drop.
      if (tag === 'figcaption' || labelledCaption || !innerTextLongerThan(node, centredCaption ? MAX_CENTRED_CAPTION_LENGTH : MAX_CAPTION_LENGTH)) {
        flush();
        let credit: string | null = null;
        let last = lastFigure();
        if (!last) {
          const found = figureBefore(node);
          last = found?.figure ?? null;
          credit = found?.credit ?? null;
        }
        // A figcaption may open its figure (HTML allows it first or last): it waits for the
        // figure's picture.
        if (!last && tag === 'figcaption' && opensFigure(node)) {
          captionFirst = node;
          continue;
        }
        // (A titled figure's caption so far is its title: the figcaption's text follows it.)
        // (A credit read before the caption, beside the picture in its box, is kept: the BBC's
        // "story-image-copyright" span, then the figcaption in the same figure. A figcaption
        // outside that box is another figure's, whose picture or player was removed.)
        if (last && (!last.figure.credit || (!last.figure.caption && last.image !== undefined && inPictureBox(node, last.image))) && (!last.figure.caption || last.figure.caption === last.title)) {
          const creditBefore = last.figure.credit;
          Object.assign(last.figure, readCaption(node));
          if (last.title !== undefined) last.figure.caption = titledCaption(last.title, last.figure.caption);
          last.figure.credit ??= creditBefore ?? credit;
          last.rawCaption = formulaText(node);
        } else if (last && last.figure.credit === null && isCreditNamed(node) && !isCaptionNamed(node) && !innerTextLongerThan(node, MAX_CREDIT_ELEMENT_LENGTH) && besidePicture(node, last)) {
          // A credit-named element beside the caption in the picture's own box is its credit,
          // whatever its tag: CNN's "<div class=image__caption>…</div><figcaption
          // class=image__credit>Charlie Neibergall/AP</figcaption>", a figcaption outside any <figure>.
          last.figure.credit = cleanCredit(innerText(node));
        } else if (!last && inPictureNamedBox(node)) droppedCaption = node;
        continue;
      }
    }

    // A credit element right after a picture (and its caption) is the picture's: Hearst's
    // "<div class=caption>…</div><span class=credit>Photo: X</span>" after the image.
    // (lastFigure first: it is one array read, the class tests are regexes on every element.)
    // Only whitespace may stand between them (chars, not text.length: the indentation between
    // a figure's elements is text too).
    // It is the picture's only on the picture's side (besidePicture), and never a dateline
    // ("Atlanta CNN —") or a video's running time ("02:14"): see NOT_A_CREDIT.
    // The credit beside a caption dropped with no picture to go with (CNBC's lazy
    // "InlineImage-imageEmbedCaption" and "…Credit" under a placeholder a script fills) goes with it.
    if (droppedCaption !== null && chars === 0 && prevElementSibling(node) === droppedCaption && isCreditNamed(node) && !isCaptionNamed(node) && !innerTextLongerThan(node, MAX_CREDIT_ELEMENT_LENGTH) && !STAFF_CREDIT_RE.test(innerText(node))) {
      droppedCaption = null;
      continue;
    }
    const figureAbove = chars === 0 && tag !== 'figcaption' ? lastFigure() : null;
    if (figureAbove && isCreditNamed(node) && !isCaptionNamed(node) && !innerTextLongerThan(node, MAX_CREDIT_ELEMENT_LENGTH)) {
      const creditText = innerText(node);
      if (!NOT_A_CREDIT.datelineEnd.test(creditText) && !NOT_A_CREDIT.runningTime.test(creditText) && besidePicture(node, figureAbove)) {
        figureAbove.figure.credit ??= cleanCredit(creditText);
        continue;
      }
    }
    if (tag === 'math') {
      // A display formula stands alone, like a paragraph; an inline one is part of its sentence.
      const display = attr(node, 'display') === 'block';
      if (display) flush();
      const formula = mathText(node);
      if (formula) {
        // Spaced from the words around it, but not after an opening bracket, and the space
        // after it gives way to closing punctuation as a left-out footnote mark's does: "class c, the".
        const before = text[text.length - 1];
        pushText(before === undefined || OPENS_FORMULA_RE.test(before) ? formula : ` ${formula}`);
        pushText(' ');
        spaceBeforeMark = true;
      }
      if (display) flush();
      continue;
    }
    // Footnote references and their back-links are the page's navigation: a "2" glued to
    // "…rate of 3.8." reads as a number; "↩︎" ends every footnote. The markdown keeps a
    // reference as a footnote mark ("[^2]"); the text leaves it out.
    const footnotes = tag === 'sup' ? footnoteMarks(node) : tag === 'span' ? printFootnoteMark(node) : null;
    if (footnotes !== null) {
      // A note that opens with its number linking back to its reference is that note: its
      // definition's mark (the O'Reilly books' `<p data-type=footnote id=…><sup><a href=#…-marker>22</a></sup>…`).
      const opening = chars === 0 && footnotes.length === 1 ? openingNoteMark(node, footnotes[0] as FootnoteRef, noteTargets, noteBackTo) : null;
      if (opening !== null) {
        if (!blockStack.includes('li')) paragraphNote = opening;
        continue;
      }
      if (text.length > 0) {
        for (const footnote of footnotes) {
          md.push(footnoteRef(footnote.mark));
          if (footnote.target) noteTargets.set(footnote.target, footnote.mark);
          if (footnote.target && footnote.anchor) noteBackTo.set(footnote.target, footnote.anchor);
        }
        openedMarkAt = -1;
      }
      spaceBeforeMark = text[text.length - 1] === ' ';
      continue;
    }
    if (tag === 'a' && isBackLink(node)) continue;
    if (tag === 'a' && isSkipLink(node, options.base)) continue;
    // A note's row of links to copies of the work it cites, after its citation, is its buttons.
    const noteList = lists[lists.length - 1];
    // (Not after words that introduce it: "Databases searched:" then [PubMed] [Scopus] is the note's own list.)
    if (BLOCK_TAGS.has(tag) && noteList !== undefined && noteList.note !== null && (noteList.noteWritten || chars > 0) && isReferenceLinkRow(node) && !introducesNext(chars > 0 ? text.join('') : lastBlockText())) continue;
    // A note's number that links back to its reference: the markdown's definition mark, not text.
    const noteNumber = tag === 'a' && noteBackTo.size > 0 ? noteNumberMark(node, noteTargets, noteBackTo) : null;
    if (noteNumber !== null) {
      if (chars === 0 && !blockStack.includes('li')) paragraphNote = noteNumber;
      continue;
    }
    if (tag === 'span' && isBackLinkRun(node)) continue;
    // A story's end mark (END_MARK_CLASS_RE) is typography.
    if (!BLOCK_TAGS.has(tag) && node.attribs.class !== undefined && isEndMarkNamed(node) && !LETTER_OR_DIGIT_RE.test(textContent(node))) continue;
    // Word's drawn list marker ("·" and its spacing): the item's marker, written by flush.
    if (tag === 'span' && isWordListMarker(node)) continue;
    if (INLINE_CODE_TAGS.has(tag) && !containsBlock(node)) {
      pushText(textContent(node), true);
      continue;
    }

    // A figure's own text that is not its caption (read above) is the figure's, not the story's.
    if (tag === 'p' && isFigureOwnText(node) && !containsImage(node)) {
      flush();
      continue;
    }

    // Only a link to another page counts towards a link-only paragraph: a script link is a
    // button, an in-page anchor is navigation within the article, a printed URL is a citation.
    const href = tag === 'a' ? resolveUrl(attr(node, 'href'), options.base) : null;
    const pageLink = tag === 'a' && isLinkToPage(node, href);
    const mark = emphasis ? (EMPHASIS_MARKS[emphasis] as string) : '';
    const nestedMark = emphasis !== null && (markDepth[mark] as number) > 0;
    stack.push({ node, exit: true, mark: pushedChars, mdIndex: md.length, generation, pageLink, href, nestedMark });
    if (emphasis) {
      openInline++;
      (markDepth[mark] as number)++;
      if (!nestedMark) {
        md.push(mark);
        openedMarkAt = md.length - 1;
      }
      if (BOLD_TAGS.has(emphasis)) boldDepth++;
    } else if (tag === 'a') {
      openInline++;
      if (pageLink) linkDepth++;
      md.push('[');
    } else if (BLOCK_TAGS.has(tag)) {
      flush();
      blockStack.push(tag);
      if (tag === 'p' && isWordListParagraph(node)) {
        // A run of them is one list: a paragraph right after the list's last item goes on with it.
        if (wordList === null || prevElementSibling(node) !== wordList.last) wordList = { ordered: hasOrderedWordMarker(node), count: 0, last: node };
        wordList.count++;
        wordList.last = node;
        inWordItem = true;
      }
      if (tag === 'ul' || tag === 'ol') lists.push({ ordered: tag === 'ol', count: 0, note: null, noteWritten: false });
      if (tag === 'li') {
        const list = lists[lists.length - 1];
        if (list) {
          list.count++;
          list.note = noteMark(node, noteTargets);
          list.noteWritten = false;
        }
      }
      if (tag === 'blockquote') quoteDepth++;
    }
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as AnyNode);
  }
  flush();
  for (let i = 0; i < headlineAt; i++) {
    const b = blocks[i] as Block;
    if (b.kind === 'paragraph') b.aboveHeadline = true;
  }
  const end = rules.find((at) => onlyLinkLinesFrom(blocks, at));
  if (end !== undefined) blocks.length = end;
  // A picture that no caption names keeps the credit its title states (imageTitleCredit).
  for (const b of blocks) if (b.kind === 'figure' && b.image !== undefined && b.figure.caption === null && b.figure.credit === null) b.figure.credit = imageTitleCredit(b.image);
  return blocks;
}

/**
 * Whether the blocks from `start` on are only link lines (LINKS_AFTER_RULE), the first of them
 * perhaps the list's label: what a page prints after the <hr> that closes its story.
 */
function onlyLinkLinesFrom(blocks: readonly Block[], start: number): boolean {
  if (blocks.length - start < LINKS_AFTER_RULE.minLinkLines) return false;
  let links = 0;
  for (let i = start; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (b.kind !== 'paragraph') return false;
    if (isLinkLine(b.md)) links++;
    else if (i !== start || !LINKS_AFTER_RULE.labelEndRe.test(b.text) || b.text.split(' ').length > LINKS_AFTER_RULE.maxLabelWords) return false;
  }
  return links >= LINKS_AFTER_RULE.minLinkLines;
}

/** A line of links and nothing else with a letter or a digit (bullets, "|" between them), read on its markdown. */
function isLinkLine(md: string): boolean {
  if (md.length > LINKS_AFTER_RULE.maxLineLength || !md.includes('](')) return false;
  let outside = '';
  for (let i = 0; i < md.length; i++) {
    const end = md.charCodeAt(i) === OPEN_BRACKET ? markdownLinkEnd(md, i) : -1;
    if (end < 0) outside += md[i];
    else i = end;
  }
  return !LETTER_OR_DIGIT_RE.test(outside);
}
const OPEN_BRACKET = 0x5b;

/** The index of the ")" closing a markdown link "[text](url)" that opens at `start`, or -1. */
function markdownLinkEnd(md: string, start: number): number {
  let i = start + 1;
  while (i < md.length && md[i] !== ']') i += md[i] === '\\' ? 2 : 1;
  if (md[i + 1] !== '(') return -1;
  const close = md.indexOf(')', i + 2);
  return close < 0 ? -1 : close;
}
