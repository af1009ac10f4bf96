import type { AnyNode, Element, ParentNode } from '../parse/dom';
import { LETTER_RE, STORY_TAG, adjacentElement, footnoteTarget, hasListToken, enclosingArticle, soleElementChild, attr, classAndId, contains, containsImage, findDescendant, findImage, innerText, innerTextLongerThan, isElement, isHiddenByMarkup, isTextNode, normalizeSpace, removeNodes, textContent } from '../parse/dom';
import {
  ARIA_SEPARATOR,
  AD_BOX,
  BADGE_ROW,
  BOILERPLATE_TOKENS,
  BREAK_BOX,
  CALL_OUT_BOX,
  CARD_BOX_LABEL,
  CALL_OUT_HEADING_RE,
  BREAK_LABEL_RE,
  CARD_MEDIA_PART_WORDS,
  HEAD_WORD_TOKENS,
  CAPTION_SALE_LINK_RE,
  CHROME_ROLES,
  CHROME_TAGS,
  COMMENT_TOKENS,
  CAPTION_COMMENT_TOKENS,
  DROP_TAGS,
  FACT_BOX_MAX_LINK_SHARE,
  FACT_BOX_TOKENS,
  GATE_NOTICE,
  GATE_TOKENS,
  OVERLAY_TOKENS,
  OVERLAY_TRIGGER_TOKENS,
  TOC_MIN_LINK_SHARE,
  TOC_TOKENS,
  HIDDEN_CLASS_RE,
  OFF_SCREEN_LABEL,
  INLINE_TAGS,
  MAX_META_LINE_LENGTH,
  MAX_ROLE_BUTTON_TEXT,
  META_LINE_TOKENS,
  DATELINE_TOKENS,
  DATELINE_PLACE,
  TIMELINE_TOKENS,
  TIMELINE_LEVELS,
  CAPTION_BOX_TOKENS,
  CAPTION_BOX_LEVELS,
  QUOTE_BOX_TOKENS,
  QUOTE_ATTRIBUTION_TOKENS,
  QUOTE_BOX_LEVELS,
  HEADING_ANCHOR_TOKENS,
  OWN_PERMALINK,
  EMBED_CARD,
  EDIT_SECTION,
  COPYRIGHT_NOTICE,
  SPONSOR_LABEL,
  POLL_TOKENS,
  VIDEO_BOX,
  VIDEO_TEASER,
  LISTEN_BAR,
  SIDENOTE_TOKENS,
  INLINE_FOOTNOTE,
  MAX_QUOTE_FOOTER_LENGTH,
  MEDIA_LABEL,
  PITCH_TEXT_RE,
  PITCH_HREF_RE,
  TAG_LINK_RUN,
  HOVER_CARD,
  PHOTO_CREDIT_LINE_RE,
  PROTECTED_CONTENT,
  PULL_TEXT_ASIDE,
  RESPONSE_LIST,
  REVEALED_ON_LOAD,
  SIGNUP_FORM_BOX,
  SPONSORED_BOX,
  SPONSORED_REL_RE,
  TEASER_CARD,
  TEXT_BLOCK_TAGS,
} from './constants';
import { append } from 'domutils';
import { parseUrl, registrableDomain } from '../parse/url';
import { resolveNoscript, unlazyBackground, unlazyDrawnImage, unlazyImage } from './lazy-images';
import { classTokens, hasHeadWord, hasToken, roleNames, tokenSet, withoutCardMediaNames } from './tokens';
import { holdsQuotedContent } from './quoted-content';
import { isPromoFigure, pitchBlocks } from './pitches';
import { isWeekdayName, monthFromName } from '../dates/names';

/** Why an element was removed: one entry per removal, for debugging and tests. */
export interface Removal {
  reason: 'tag' | 'hidden' | 'chrome' | 'role' | 'boilerplate' | 'comments' | 'meta-line' | 'noscript' | 'pitch' | 'break' | 'teaser';
  tag: string;
  /** The class/id tokens or the rule that matched. */
  rule: string;
}

export interface CleanOptions {
  /** The headline's `<h1>`: its containers are never removed as chrome. */
  keep: Element | null;
  /** The page's URL: a pitch links to its own site (see pitches.ts). */
  base?: string | null;
}

/** Tokens that name boilerplate only as a name's head word (HEAD_WORD_TOKENS), and the words that may follow them there. */
const HEAD_WORDS = tokenSet(HEAD_WORD_TOKENS.tokens);
const HEAD_WORD_TAILS = tokenSet(HEAD_WORD_TOKENS.containerWords);
/** Boilerplate tokens anywhere in a name; the head-word ones are matched by hasHeadWord. */
const BOILERPLATE = withoutHeadWords(tokenSet(...Object.values(BOILERPLATE_TOKENS)));
const BOILERPLATE_BUT_NAVIGATION = withoutHeadWords(tokenSet(...Object.entries(BOILERPLATE_TOKENS).filter(([group]) => group !== 'navigation').map(([, tokens]) => tokens)));
function withoutHeadWords(set: ReadonlySet<string>): ReadonlySet<string> {
  return new Set([...set].filter((token) => !HEAD_WORDS.has(token)));
}
const COMMENTS = tokenSet(COMMENT_TOKENS);
const CAPTION_COMMENTS = tokenSet(CAPTION_COMMENT_TOKENS);
const META_LINES = tokenSet(META_LINE_TOKENS);
const DATELINES = tokenSet(DATELINE_TOKENS);
const TIMELINES = tokenSet(TIMELINE_TOKENS);
const CAPTION_BOXES = tokenSet(CAPTION_BOX_TOKENS);
const QUOTE_BOXES = tokenSet(QUOTE_BOX_TOKENS);
const QUOTE_ATTRIBUTIONS = tokenSet(QUOTE_ATTRIBUTION_TOKENS);
const HEADING_ANCHORS = tokenSet(HEADING_ANCHOR_TOKENS);
const COPYRIGHTS = tokenSet(COPYRIGHT_NOTICE.tokens);
const POLLS = tokenSet(POLL_TOKENS);
const VIDEOS = VIDEO_BOX.tokens;
const VIDEO_BOXES = tokenSet(VIDEOS);
const LISTEN_BARS = tokenSet(LISTEN_BAR.tokens);
const SIDENOTES = tokenSet(SIDENOTE_TOKENS);
const FOOTNOTES = tokenSet(INLINE_FOOTNOTE.tokens);
const BADGES = tokenSet(BADGE_ROW.tokens);
const GATES = tokenSet(GATE_TOKENS);
const OVERLAYS = tokenSet(OVERLAY_TOKENS);
const OVERLAY_TRIGGERS = tokenSet(OVERLAY_TRIGGER_TOKENS);
const TOCS = tokenSet(TOC_TOKENS);
const FACT_BOXES = tokenSet(FACT_BOX_TOKENS);
const CARDS = tokenSet(BOILERPLATE_TOKENS.related);
const CARD_MEDIA_WORDS = tokenSet(CARD_MEDIA_PART_WORDS);
const HEADING_TAG_RE = /^h[1-6]$/;
const POLL_CONTROL_TAGS: ReadonlySet<string> = new Set(['form', 'button', 'input']);
/** Tags an ad unit may be whatever its id (see isAdUnit; a GPT slot is any element with its id). */
const AD_UNIT_TAGS: ReadonlySet<string> = new Set(['ins', 'a']);

/** Characters of an element's own text nodes (bare-text paragraphs: `<div>text<br>…</div>`). */
function directTextLength(el: Element): number {
  let length = 0;
  for (const child of el.children) if (isTextNode(child)) length += child.data.trim().length;
  return length;
}

/**
 * True when an element holds the article (or part of it): several long paragraphs — `<p>`s,
 * or blocks with that much text of their own, as CMSs that write paragraphs as `<div>`s
 * have — or much text outside links.
 */
function holdsArticleText(el: Element): boolean {
  const { paragraphs, paragraphLength, unlinkedText, maxLinkDensity } = PROTECTED_CONTENT;
  let long = 0;
  const { text, linked } = linkedText(el, (node) => {
    const blockText = node.name === 'p' ? innerText(node).length : directTextLength(node);
    if (blockText >= paragraphLength) long++;
    return long < paragraphs;
  });
  if (long >= paragraphs) return true;
  return text - linked >= unlinkedText && linked / Math.max(text, 1) < maxLinkDensity;
}

/**
 * Characters of text under `el` (DROP_TAGS left out) and how many of them sit in links.
 * `visit` sees each element on the way and stops the walk by returning false.
 */
function linkedText(el: Element, visit?: (el: Element) => boolean): { text: number; linked: number } {
  let text = 0;
  let linked = 0;
  const stack: Array<{ node: AnyNode; inLink: boolean }> = [{ node: el, inLink: false }];
  while (stack.length > 0) {
    const { node, inLink } = stack.pop() as { node: AnyNode; inLink: boolean };
    if (isTextNode(node)) {
      const length = node.data.trim().length;
      text += length;
      if (inLink) linked += length;
    } else if (isElement(node) && !DROP_TAGS.has(node.name)) {
      if (visit && !visit(node)) break;
      const childInLink = inLink || node.name === 'a';
      for (const kid of node.children) stack.push({ node: kid, inLink: childInLink });
    }
  }
  return { text, linked };
}

function isHidden(el: Element, page: PageText): boolean {
  if (isHiddenByMarkup(el) && !isRevealedOnLoad(el, page)) return true;
  // An aria-hidden part of a caption without a letter is a counter ("1 / 12") or an icon; one
  // beside a formula's MathML is the formula's drawn copy (KaTeX's katex-html, MathJax's mjx-math).
  if (attr(el, 'aria-hidden') === 'true' && !(inCaption(el) && LETTER_RE.test(textContent(el)) && !besideFormula(el))) return true;
  const cls = el.attribs.class;
  if (cls === undefined) return false;
  if (HIDDEN_CLASS_RE.test(cls)) return true;
  return OFF_SCREEN_LABEL.tags.has(el.name) && OFF_SCREEN_LABEL.classRe.test(cls) && !innerTextLongerThan(el, OFF_SCREEN_LABEL.maxLength);
}

/** The page's text length outside scripts and styles and its `<p>` text (isProse), measured once when first asked for. */
interface PageText {
  readonly root: ParentNode;
  measured: { length: number; prose: number } | null;
}

/**
 * A block hidden only by its own `visibility: hidden` that holds most of the page's prose: an
 * anti-flicker reveal a script undoes (REVEALED_ON_LOAD), not hidden content.
 */
function isRevealedOnLoad(el: Element, page: PageText): boolean {
  const style = el.attribs.style;
  const { visibilityRe, displayNoneRe, minText, maxLinkShare, minPageShare, maxOutsideProse } = REVEALED_ON_LOAD;
  if (el.attribs.hidden !== undefined || style === undefined || !visibilityRe.test(style) || displayNoneRe.test(style)) return false;
  if (!innerTextLongerThan(el, minText)) return false;
  const role = attr(el, 'role');
  if ((role && REVEALED_ON_LOAD.notRevealedRoles.has(role.toLowerCase())) || attr(el, 'aria-modal') === 'true' || REVEALED_ON_LOAD.notRevealedNameRe.test(classAndId(el))) return false;
  const { text, linked } = linkedText(el);
  if (text < minText || linked > text * maxLinkShare) return false;
  if (page.measured === null) {
    let length = 0;
    let prose = 0;
    for (const child of page.root.children) {
      if (isTextNode(child)) length += child.data.trim().length;
      else if (isElement(child) && !DROP_TAGS.has(child.name)) {
        length += linkedText(child).text;
        prose += proseLength(child);
      }
    }
    page.measured = { length, prose };
  }
  return text >= page.measured.length * minPageShare && page.measured.prose - proseLength(el) <= text * maxOutsideProse;
}

/**
 * An `aria-hidden` separator between runs of text ("<time>March 14, 2025</time><span
 * aria-hidden> · </span><span>7 min read</span>", a blog theme's meta row): hidden from screen
 * readers, not from the eye, so it still parts the runs. It holds text only, no letter or
 * digit, at most ARIA_SEPARATOR.maxLength characters, and is not hidden any other way.
 */
function isAriaHiddenSeparator(el: Element): boolean {
  if (attr(el, 'aria-hidden') !== 'true' || el.children.length === 0 || isHiddenByMarkup(el)) return false;
  let length = 0;
  for (const child of el.children) {
    if (!isTextNode(child)) return false;
    length += child.data.trim().length;
  }
  if (length > ARIA_SEPARATOR.maxLength) return false;
  const cls = el.attribs.class;
  return (cls === undefined || !HIDDEN_CLASS_RE.test(cls)) && ARIA_SEPARATOR.textRe.test(textContent(el));
}

/**
 * An aria-hidden separator (isAriaHiddenSeparator) is read as the space it parts its
 * neighbours with; one that joins two numbers glued to it (ARIA_SEPARATOR.numberJoinerRe:
 * "3<span aria-hidden>/</span>4") is kept as itself.
 */
function keepAsSpace(el: Element): void {
  delete el.attribs['aria-hidden'];
  if (joinsNumbers(el)) return;
  const text = el.children[0] as AnyNode & { data: string };
  text.data = ' ';
  el.children = [text] as typeof el.children;
}

/** A separator that is a number joiner glued between two digits ("3/4", "3:1"). */
function joinsNumbers(el: Element): boolean {
  const { numberJoinerRe, digitRe } = ARIA_SEPARATOR;
  if (!numberJoinerRe.test(textContent(el))) return false;
  const parent = el.parent;
  if (!isElement(parent)) return false;
  const at = parent.children.indexOf(el);
  return digitRe.test(edgeChar(parent.children[at - 1], true)) && digitRe.test(edgeChar(parent.children[at + 1], false));
}

/** The last (`last`) or first character of a node's text, read down its last or first children only; '' when there is none there. */
function edgeChar(node: AnyNode | undefined, last: boolean): string {
  let cur = node;
  for (let depth = 0; cur && depth < ARIA_SEPARATOR.maxEdgeDepth; depth++) {
    if (isTextNode(cur)) return last ? cur.data.slice(-1) : cur.data.slice(0, 1);
    if (!isElement(cur)) return '';
    cur = cur.children[last ? cur.children.length - 1 : 0] as AnyNode | undefined;
  }
  return '';
}

/**
 * Whether a sibling of `el` is a `<math>` or wraps one (KaTeX's `span.katex-mathml > math`,
 * MathJax's `mjx-assistive-mml > math`): `el` is then the renderer's visual copy of that
 * formula, which the MathML says for it.
 */
function besideFormula(el: Element): boolean {
  const parent = el.parent;
  if (!isElement(parent)) return false;
  for (const sibling of parent.children) {
    if (sibling === el || !isElement(sibling)) continue;
    if (sibling.name === 'math' || sibling.children.some((c) => isElement(c) && c.name === 'math')) return true;
  }
  return false;
}

/**
 * Whether `el` is or sits in a `<figcaption>`. `aria-hidden` there hides a caption from
 * screen readers because the image's alt repeats it (Le Monde's "article__legend"); it is
 * still on screen, and the figure's only caption and credit.
 */
function inCaption(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = isElement(cur.parent) ? cur.parent : null) {
    if (cur.name === 'figcaption') return true;
    if (cur.name === 'figure' || cur.name === 'body') return false;
  }
  return false;
}

/**
 * A figure's box around its caption and credit (Chorus's `<span class=e-image__meta><figcaption>…<cite>`):
 * the picture's, not a meta line, inside its figure. A meta-named `<figure>` is not (Engadget's rating key).
 */
function captionBox(el: Element): boolean {
  // Inside the figure it captions: a "post-meta" box holding an avatar's figure is a meta line.
  return el.name !== 'figure' && findDescendant(el, (child) => child.name === 'figcaption') !== null && inFigure(el);
}

/**
 * A meta-named box set right after a picture (or its wrapper) that holds a caption-named
 * element (CAPTION_BOX_TOKENS): the picture's caption and credit, not a meta line. Gannett's
 * `<div class=image-image><img></div><div class=image-meta><div class=image-caption>…</div>
 * <div class=image-credit>…</div></div>`, with no `<figure>`. A card's or a byline's meta row
 * after its picture (an author, a date, a reading time) holds no caption and stays one.
 */
function pictureMetaBox(el: Element, verdicts: VerdictCache): boolean {
  return followsImage(el) && findDescendant(el, (d) => cachedVerdict(d, verdicts).caption) !== null;
}

/** Whether `el` is or sits in a `<figure>` or a `<figcaption>`. */
function inFigure(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = isElement(cur.parent) ? cur.parent : null) if (cur.name === 'figure' || cur.name === 'figcaption') return true;
  return false;
}

/**
 * A copyright-named block that is a notice, not a picture's credit: a sentence-long block
 * outside any figure, with no picture ("Draudžiama … panaudoti … be raštiško sutikimo" closing a story).
 */
function isCopyrightNotice(el: Element): boolean {
  if (!COPYRIGHT_NOTICE.tags.has(el.name) || containsImage(el) || innerTextLongerThan(el, COPYRIGHT_NOTICE.maxText)) return false;
  return innerTextLongerThan(el, COPYRIGHT_NOTICE.minText) && !inFigure(el);
}

/** Whether the element or one of its TIMELINE_LEVELS nearest ancestors is named a timeline (TIMELINE_TOKENS). */
function inTimeline(el: Element, verdicts: VerdictCache): boolean {
  let cur: Element | null = el;
  for (let level = 0; cur && level <= TIMELINE_LEVELS; level++, cur = isElement(cur.parent) ? cur.parent : null) {
    if (cachedVerdict(cur, verdicts).timeline) return true;
  }
  return false;
}

/**
 * Whether `el` is or sits in a box named as a caption (CAPTION_BOX_TOKENS, on it or its
 * CAPTION_BOX_LEVELS nearest ancestors) that holds a picture or follows one: a `<div>` caption
 * outside `<figure>` (Kompas's "photo__caption" around its "photo__author" credit), whose credit
 * line is the picture's, as in a `<figcaption>`.
 */
function inNamedCaption(el: Element, verdicts: VerdictCache): boolean {
  let cur: Element | null = el;
  for (let level = 0; cur && level <= CAPTION_BOX_LEVELS; level++, cur = isElement(cur.parent) ? cur.parent : null) {
    if (cur.name === 'body' || cur.name === 'figure') return false;
    if (cachedVerdict(cur, verdicts).caption && (containsImage(cur) || followsImage(cur))) return true;
  }
  return false;
}

/** Whether the element just before `el` is or holds a picture. */
function followsImage(el: Element): boolean {
  const prev = adjacentElement(el, -1);
  return prev !== null && containsImage(prev);
}

/**
 * An author-named line (QUOTE_ATTRIBUTION_TOKENS) inside a quote's box, a `<blockquote>` or a
 * block named as a quote (QUOTE_BOX_TOKENS) among its QUOTE_BOX_LEVELS nearest ancestors: the
 * quote's attribution (Osnova's "block-quote__author"), which names the speaker, not the story's
 * byline. The line's own name does not make the box ("quote-author" outside any quote).
 */
function isQuoteAttribution(el: Element, verdict: TokenVerdict, verdicts: VerdictCache): boolean {
  if (!verdict.attribution) return false;
  let cur: Element | null = isElement(el.parent) ? el.parent : null;
  for (let level = 0; cur && level < QUOTE_BOX_LEVELS; level++, cur = isElement(cur.parent) ? cur.parent : null) {
    if (cur.name === 'body') return false;
    if (cur.name === 'blockquote' || cachedVerdict(cur, verdicts).quote) return true;
  }
  return false;
}

/** An `<aside>` named a fact box (FACT_BOX_TOKENS) that is not mostly links: the story's own facts. */
function isFactBox(el: Element): boolean {
  if (el.name !== 'aside') return false;
  const names = classAndId(el);
  if (!names || !hasToken(classTokens(names), FACT_BOXES)) return false;
  const { text, linked } = linkedText(el);
  return text > 0 && linked < text * FACT_BOX_MAX_LINK_SHARE;
}

/**
 * An `<aside>` that is the author's pull text between the story's paragraphs (PULL_TEXT_ASIDE):
 * unnamed, between two `<p>`s, a sentence of inline text only, and not a line the story says
 * again beside it.
 */
function isPullTextAside(el: Element): boolean {
  if (el.attribs.class !== undefined || el.attribs.id !== undefined || el.attribs.role !== undefined) return false;
  if (adjacentElement(el, -1)?.name !== 'p' || adjacentElement(el, 1)?.name !== 'p') return false;
  if (innerTextLongerThan(el, PULL_TEXT_ASIDE.maxText) || findDescendant(el, (d) => !PULL_TEXT_ASIDE.inlineTags.has(d.name)) !== null) return false;
  const text = normalizeSpace(innerText(el));
  if (text.split(' ').length < PULL_TEXT_ASIDE.minWords || !PULL_TEXT_ASIDE.sentenceEndRe.test(text)) return false;
  // Its text once around it, its own: a pull quote repeating the body holds it twice.
  const core = text.replace(PULL_TEXT_ASIDE.trimRe, '');
  const around = isElement(el.parent) ? normalizeSpace(innerText(el.parent)) : text;
  return core.length > 0 && around.indexOf(core) === around.lastIndexOf(core);
}

/**
 * A `role="button"` element that is a control (MAX_ROLE_BUTTON_TEXT): a short label, no
 * picture, not a disclosure's toggle (aria-expanded, aria-controls: an accordion's question)
 * and not a word in a sentence (a glossary term, a spoiler).
 */
function isControlButton(el: Element): boolean {
  if (el.attribs['aria-expanded'] !== undefined || el.attribs['aria-controls'] !== undefined) return false;
  if (innerTextLongerThan(el, MAX_ROLE_BUTTON_TEXT) || containsImage(el)) return false;
  for (let up = el.parent; isElement(up); up = up.parent) {
    if (TEXT_BLOCK_TAGS.has(up.name)) return false;
    if (!INLINE_TAGS.has(up.name)) break;
  }
  return true;
}

/** A chrome removal stands unless the element holds the headline or article text. */
function guarded(el: Element, keep: Element | null, removal: Removal): Removal | null {
  return (keep && contains(el, keep)) || holdsArticleText(el) || holdsQuotedContent(el) ? null : removal;
}

/**
 * Whether a paywall-classed element is the wall, not the story's text at it: it holds a link
 * or a form control, or it is a short notice in a pitch's or a subscriber's words (see
 * GATE_NOTICE). The fading last free paragraph (`<p class="paywall-fade">`) is the story's.
 */
function isGateNotice(el: Element): boolean {
  // The story's own text at the wall, however long (tested first: it stops at three paragraphs).
  if (holdsArticleText(el)) return false;
  if (findDescendant(el, (d) => GATE_NOTICE.controlTags.has(d.name)) !== null) return true;
  if (innerTextLongerThan(el, GATE_NOTICE.maxWallLength)) return false;
  const text = innerText(el);
  if (text.length === 0) return true;
  if (text.length <= GATE_NOTICE.maxNoticeLength && (PITCH_TEXT_RE.test(text) || GATE_NOTICE.subscriberRe.test(text))) return true;
  return GATE_NOTICE.wallRe.test(text);
}

/** A caption's link that sells the picture (CAPTION_SALE_LINK_RE). */
function saleLink(el: Element): Removal | null {
  if (el.name !== 'a' || !inCaption(el) || !CAPTION_SALE_LINK_RE.test(innerText(el))) return null;
  return { reason: 'boilerplate', tag: 'a', rule: 'a link selling the picture' };
}

/** Whether links hold at least TOC_MIN_LINK_SHARE of an element's text (a table of contents, not a section). */
function isLinkList(el: Element): boolean {
  const { text, linked } = linkedText(el);
  return text > 0 && linked >= text * TOC_MIN_LINK_SHARE;
}

/** An element that holds a picture and no link to another page: a card's picture links to its story. */
function isUnlinkedPicture(el: Element): boolean {
  return containsImage(el) && findDescendant(el, (d) => d.name === 'a' && pageHref(d) !== null) === null;
}

/** An element that holds a picture and no text: a hero's wrapper, whatever its class says. */
function isPictureWrapper(el: Element): boolean {
  return containsImage(el) && !innerTextLongerThan(el, 0);
}

/**
 * A link holding a picture and no text: named as an overlay (OVERLAY_TRIGGER_TOKENS), it is
 * the trigger that opens the picture over the page (Plone's `a.pat-plone-modal`), not the overlay.
 */
function isPictureTrigger(el: Element): boolean {
  return el.name === 'a' && attr(el, 'href') !== null && isPictureWrapper(el);
}

/** Whether every boilerplate token among `tokens` is an overlay trigger's (OVERLAY_TRIGGER_TOKENS), and one is. */
function onlyTriggerTokens(tokens: readonly string[]): boolean {
  let trigger = false;
  for (const t of tokens) {
    if (!BOILERPLATE.has(t)) continue;
    if (!OVERLAY_TRIGGERS.has(t)) return false;
    trigger = true;
  }
  return trigger;
}

/** What an element's class and id tokens say, the same for every element with that class and id. */
interface TokenVerdict {
  comments: boolean;
  boilerplate: boolean;
  /** Boilerplate only by the name of a card's media part (see CARD_MEDIA_PART_WORDS). */
  cardMedia: boolean;
  metaLine: boolean;
  /** A meta line by a dateline's name only (DATELINE_TOKENS): kept when it holds a place and no date (see isDatelinePlace). */
  dateline: boolean;
  timeline: boolean;
  /** Named as a caption's box (CAPTION_BOX_TOKENS): spares a credit line in it (see inNamedCaption). */
  caption: boolean;
  /** Named as a quote's box (QUOTE_BOX_TOKENS): spares its attribution line (see isQuoteAttribution). */
  quote: boolean;
  /** Named as an author's line (QUOTE_ATTRIBUTION_TOKENS): a quote's attribution inside a quote's box. */
  attribution: boolean;
  /** A copyright notice's box (COPYRIGHT_NOTICE.tokens). */
  copyright: boolean;
  /** A readers' poll's box (POLL_TOKENS), boilerplate when it holds the poll's controls. */
  poll: boolean;
  /** A video's box (VIDEO_BOX.tokens), boilerplate when it holds a player and a few lines (see isVideoBox). */
  video: boolean;
  /** An audio player's box (LISTEN_BAR.tokens), boilerplate when it is a listen bar (see isListenBar). */
  listen: boolean;
  /** A sidenote or margin note (SIDENOTE_TOKENS): the author's, set beside its paragraph. */
  sidenote: boolean;
  /** Named for a footnote (INLINE_FOOTNOTE.tokens): a note when set inline with its own text. */
  footnote: boolean;
  /** Named for a heading's anchor (HEADING_ANCHOR_TOKENS) and otherwise only like navigation: on a heading, those tokens style the anchor. */
  anchor: boolean;
  /** A paywall's tokens: the wall's box, or the story's text at the wall (see isGateNotice). */
  gate: boolean;
  /** "overlay": boilerplate unless it wraps a picture (see isPictureWrapper). */
  overlay: boolean;
  /** Boilerplate only as an overlay's trigger (OVERLAY_TRIGGER_TOKENS): kept as a link around a picture (see isPictureTrigger). */
  trigger: boolean;
  /** A table of contents: boilerplate when mostly links (see isLinkList). */
  toc: boolean;
  /** The tokens, for Removal.rule. */
  rule: string;
}

const NO_VERDICT: TokenVerdict = { comments: false, boilerplate: false, cardMedia: false, metaLine: false, dateline: false, timeline: false, caption: false, quote: false, attribution: false, copyright: false, poll: false, video: false, listen: false, sidenote: false, footnote: false, anchor: false, gate: false, overlay: false, trigger: false, toc: false, rule: '' };

function tokenVerdict(names: string): TokenVerdict {
  const tokens = classTokens(names);
  if (tokens.length === 0) return NO_VERDICT;
  // A head-word token names the block only as a name's head ("ltx_keywords", not "keywords-intro").
  const headWord = hasToken(tokens, HEAD_WORDS) && hasHeadWord(names, HEAD_WORDS, HEAD_WORD_TAILS);
  const boilerplate = headWord || hasToken(tokens, BOILERPLATE);
  const rest = boilerplate ? withoutCardMediaNames(names, CARDS, CARD_MEDIA_WORDS) : null;
  return {
    comments: hasToken(tokens, COMMENTS) && !hasToken(tokens, CAPTION_COMMENTS),
    boilerplate,
    cardMedia: rest !== null && !hasToken(classTokens(rest), BOILERPLATE) && !(headWord && hasHeadWord(rest, HEAD_WORDS, HEAD_WORD_TAILS)),
    metaLine: hasToken(tokens, META_LINES),
    dateline: isDatelineName(tokens),
    timeline: hasToken(tokens, TIMELINES),
    caption: hasToken(tokens, CAPTION_BOXES),
    quote: hasToken(tokens, QUOTE_BOXES),
    attribution: hasToken(tokens, QUOTE_ATTRIBUTIONS),
    anchor: hasToken(tokens, HEADING_ANCHORS) && !headWord && !hasToken(tokens, BOILERPLATE_BUT_NAVIGATION),
    copyright: hasToken(tokens, COPYRIGHTS),
    poll: hasToken(tokens, POLLS),
    video: hasToken(tokens, VIDEO_BOXES),
    listen: hasToken(tokens, LISTEN_BARS),
    sidenote: hasToken(tokens, SIDENOTES),
    footnote: hasToken(tokens, FOOTNOTES),
    gate: hasToken(tokens, GATES),
    overlay: hasToken(tokens, OVERLAYS),
    trigger: boilerplate && !headWord && onlyTriggerTokens(tokens),
    toc: hasToken(tokens, TOCS),
    rule: tokens.join(' '),
  };
}

/**
 * Verdicts by class-and-id string, for one cleanTree call: a page repeats a few class names
 * on thousands of elements, and tokenising each again was most of this stage's garbage.
 */
interface VerdictCache {
  byNames: Map<string, TokenVerdict>;
  /** The ids the footnote marks met so far link to (footnoteTarget): the notes' anchors (see isNoteAnchor). */
  noteAnchors: Set<string>;
}

function cachedVerdict(el: Element, cache: VerdictCache): TokenVerdict {
  const key = isNoteAnchor(el, cache.noteAnchors) ? (el.attribs.class ?? '') : roleNames(el);
  if (!key) return NO_VERDICT;
  let verdict = cache.byNames.get(key);
  if (verdict === undefined) {
    verdict = tokenVerdict(key);
    cache.byNames.set(key, verdict);
  }
  return verdict;
}

/**
 * Whether an element's id is the anchor of a note a footnote mark of the text links to: a list
 * item's id, or its first element's (Springer's `<li><p id=ref-CR1>`). MediaWiki spells it from
 * the citation's name ("cite_note-The_Economist_print_edition-331"), so its words name the
 * note, not what the element is: its class alone is read. (Marks come before their notes.)
 */
function isNoteAnchor(el: Element, anchors: ReadonlySet<string>): boolean {
  const id = el.attribs.id;
  if (id === undefined || anchors.size === 0 || !anchors.has(id)) return false;
  const parent = el.parent;
  return el.name === 'li' || (isElement(parent) && parent.name === 'li' && parent.children.find(isElement) === el);
}

/**
 * Decides whether an element is boilerplate. Order matters: cheap tag checks first, then
 * class tokens; the content guard runs only for an element about to be removed.
 */
function removalReason(el: Element, keep: Element | null, verdicts: VerdictCache, page: PageText): Removal | null {
  const tag = el.name;
  if (DROP_TAGS.has(tag)) return { reason: 'tag', tag, rule: tag };
  if (tag === 'html' || tag === 'body') return null;

  if (isHidden(el, page)) return keep && contains(el, keep) ? null : { reason: 'hidden', tag, rule: 'hidden' };
  // A <footer> in a <blockquote> is the quote's attribution (the HTML standard's own example).
  // (Short: a page footer swallowed by an unclosed <blockquote> is no attribution.)
  if (CHROME_TAGS.has(tag)) return isFactBox(el) || (tag === 'footer' && isElement(el.parent) && el.parent.name === 'blockquote' && !innerTextLongerThan(el, MAX_QUOTE_FOOTER_LENGTH)) ? null : guarded(el, keep, { reason: 'chrome', tag, rule: tag });
  const role = attr(el, 'role');
  if (role && CHROME_ROLES.has(role.toLowerCase())) return guarded(el, keep, { reason: 'role', tag, rule: role });
  if (role && role.toLowerCase() === 'button' && isControlButton(el) && !(keep && contains(el, keep))) return { reason: 'role', tag, rule: role };

  if ((tag === 'a' && isOwnPermalink(el)) || isEditSection(el)) return { reason: 'boilerplate', tag, rule: "a heading's permalink or edit control" };
  // A date or a name inside a sentence belongs to the sentence.
  if (INLINE_TAGS.has(tag) && isElement(el.parent) && (TEXT_BLOCK_TAGS.has(el.parent.name) || INLINE_TAGS.has(el.parent.name))) return null;
  if (isMediaLabel(el)) return { reason: 'boilerplate', tag, rule: "a picture's screen-reader label" };
  const verdict = cachedVerdict(el, verdicts);
  const { rule } = verdict;
  if (verdict.comments && !(keep && contains(el, keep))) return { reason: 'comments', tag, rule };
  if (RESPONSE_LIST.tags.has(tag) && isResponseList(el) && !(keep && contains(el, keep))) return { reason: 'comments', tag, rule: RESPONSE_LIST_RULE };
  if (isBoilerplateByTokens(el, verdict)) return guarded(el, keep, { reason: 'boilerplate', tag, rule });
  // A byline-classed credit inside a caption ("tnt-byline" on TownNews pictures) is the
  // picture's, and so is one that starts with a photo label ("<p class=author>foto: X</p>").
  if (verdict.metaLine && !(keep && contains(el, keep)) && !innerTextLongerThan(el, MAX_META_LINE_LENGTH - 1) && !inCaption(el) && !captionBox(el) && !pictureMetaBox(el, verdicts) && !(verdict.attribution && inNamedCaption(el, verdicts)) && !isQuoteAttribution(el, verdict, verdicts) && !PHOTO_CREDIT_LINE_RE.test(innerText(el)) && !inTimeline(el, verdicts) && !(verdict.dateline && isDatelinePlace(el))) {
    return { reason: 'meta-line', tag, rule };
  }
  return null;
}

/**
 * Whether the tokens name a dateline and no other meta line (DATELINE_TOKENS): the words of
 * a joined name ("date" of "dateLine", tokenised as date, line, date-line) are the dateline's.
 */
function isDatelineName(tokens: readonly string[]): boolean {
  const names = tokens.filter((t) => DATELINES.has(t));
  if (names.length === 0) return false;
  const words = new Set(names.flatMap((t) => t.split('-')));
  return tokens.every((t) => !META_LINES.has(t) || DATELINES.has(t) || words.has(t));
}

/**
 * Whether a dateline's element holds its place and opens the story's text ("PORTLAND, OREGON"
 * then "Orchard today announced…" in the same block): letters, no digit, not only month and
 * weekday names (a today's-date bar's "Thursday"), and at least DATELINE_PLACE.minTextAfter
 * characters of text after it in its block. A place's word may be a month's or a weekday's
 * in some language ("ST. LOUIS", "LA PAZ", "RIO DE JANEIRO": review), so not every word is
 * tested alone. A dateline-named line on its own ("Updated yesterday", "Reporting from Kyiv",
 * a weather widget's city) opens nothing and stays a meta line.
 */
function isDatelinePlace(el: Element): boolean {
  const text = innerText(el);
  if (!LETTER_RE.test(text) || DIGIT_RE.test(text)) return false;
  const words = text.split(NOT_LETTER_RE).filter((word) => word !== '');
  if (words.every((word) => monthFromName(word) !== null || isWeekdayName(word))) return false;
  let after = 0;
  // Text and inline elements only: a block after it is a paragraph of its own, not the line it opens.
  for (let next = el.next; next && after < DATELINE_PLACE.minTextAfter; next = next.next) {
    if (isElement(next) && !INLINE_TAGS.has(next.name)) break;
    after += isTextNode(next) ? next.data.trim().length : isElement(next) ? innerText(next).trim().length : 0;
  }
  return after >= DATELINE_PLACE.minTextAfter;
}
const DIGIT_RE = /\p{Nd}/u;
const NOT_LETTER_RE = /[^\p{L}\p{M}]+/u;

/**
 * A list of readers' responses by its microformats (RESPONSE_LIST): each of its items is an
 * h-entry or h-cite holding an author's h-card and a dt-published time, at least one item.
 */
function isResponseList(list: Element): boolean {
  let items = 0;
  for (const child of list.children) {
    if (!isElement(child)) continue;
    if (child.name !== 'li' || !RESPONSE_LIST.itemClasses.some((c) => hasListToken(child.attribs.class, c))) return false;
    if (findDescendant(child, (d) => RESPONSE_LIST.authorClasses.every((c) => hasListToken(d.attribs.class, c))) === null) return false;
    if (findDescendant(child, (d) => hasListToken(d.attribs.class, RESPONSE_LIST.publishedClass)) === null) return false;
    items++;
  }
  return items > 0;
}
const RESPONSE_LIST_RULE = "a list of readers' responses (h-entry items with an author's h-card and a date)";

/**
 * Whether an element named as an embed card (EMBED_CARD) shows another site's document: it
 * holds a heading of its own, and its links to pages all go to one site that is not the page's
 * (in-page anchors and script links aside), at least one of them.
 */
function isEmbedCard(el: Element, options: CleanOptions): boolean {
  if (options.keep && contains(el, options.keep)) return false;
  if (findDescendant(el, (d) => HEADING_TAG_RE.test(d.name)) === null) return false;
  const page = options.base ? parseUrl(options.base) : null;
  const own = page ? registrableDomain(page.hostname) : null;
  let site: string | null = null;
  const other = findDescendant(el, (d) => {
    if (d.name !== 'a') return false;
    const href = pageHref(d);
    if (href === null) return false;
    const url = parseUrl(href, options.base ?? null);
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return false;
    const domain = registrableDomain(url.hostname);
    if (domain === own || (site !== null && domain !== site)) return true;
    site = domain;
    return false;
  });
  return other === null && site !== null;
}
const EMBED_CARD_RULE = "an embedded card of another site's document";

/** Whether `el` is a picture's screen-reader label inside its figure (MEDIA_LABEL). */
function isMediaLabel(el: Element): boolean {
  const only = el.children.length === 1 ? el.children[0] : undefined;
  if (!only || !isTextNode(only) || only.data.length > MEDIA_LABEL.maxLength || !MEDIA_LABEL.textRe.test(only.data.trim())) return false;
  // It stands alone: no text of a sentence beside it ("… pose in a <em>Photo</em> booth").
  if (el.parent?.children.some((c) => c !== el && isTextNode(c) && c.data.trim() !== '')) return false;
  let cur: ParentNode | null = el.parent;
  for (let i = 0; isElement(cur) && i < MEDIA_LABEL.maxLevels; i++, cur = cur.parent) {
    if (cur.name === 'figcaption') return false;
    if (cur.name === 'figure') return containsImage(cur);
  }
  return false;
}

/** A paragraph of badges or labels only (BADGE_ROW). */
function isBadgeRow(p: Element): boolean {
  let badges = 0;
  for (const child of p.children) {
    if (isTextNode(child)) {
      if (child.data.trim()) return false;
    } else if (isElement(child)) {
      if (!INLINE_TAGS.has(child.name) || !hasToken(classTokens(child.attribs.class ?? ''), BADGES)) return false;
      badges++;
    }
  }
  return badges > 0 && !innerTextLongerThan(p, BADGE_ROW.maxText) && !BADGE_ROW.sentenceRe.test(innerText(p));
}
const BADGE_ROW_REMOVAL: Removal = { reason: 'boilerplate', tag: 'p', rule: 'a row of badges' };

/** A permalink to the heading, figure or listing the link sits in (OWN_PERMALINK). */
function isOwnPermalink(a: Element): boolean {
  const href = a.attribs.href;
  if (href === undefined || href.length < 2 || href.charCodeAt(0) !== HASH || innerTextLongerThan(a, 2) || !OWN_PERMALINK.marksRe.test(innerText(a)) || containsImage(a)) return false;
  const id = decodeFragment(href.slice(1));
  // On the way up: a heading or a caption makes the mark a label's; running text below the
  // element it links to (not the text block's own anchor), the text's.
  let label = OWN_PERMALINK.classRe.test(a.attribs.class ?? '');
  let text = false;
  let up = a.parent;
  for (let level = 0; isElement(up) && level < OWN_PERMALINK.maxLevels; level++, up = up.parent) {
    if (OWN_PERMALINK.labelTags.has(up.name)) label = true;
    if (up.attribs.id === id) return label || !text;
    if (OWN_PERMALINK.textTags.has(up.name)) text = true;
  }
  return false;
}
const HASH = 35;

/** A URL fragment as the id it names ("#caf%C3%A9" → "café"); as written when it is no valid escape. */
function decodeFragment(fragment: string): string {
  if (!fragment.includes('%')) return fragment;
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** A heading's edit control (EDIT_SECTION: MediaWiki's "[edit | edit source]"). */
function isEditSection(el: Element): boolean {
  const cls = el.attribs.class;
  return cls !== undefined && EDIT_SECTION.classRe.test(cls) && !innerTextLongerThan(el, EDIT_SECTION.maxText);
}

/**
 * Whether an element's tokens make it boilerplate: for BOILERPLATE_TOKENS, unless only as a
 * card's media part that holds an unlinked picture (see CARD_MEDIA_PART_WORDS); a paywall's,
 * an overlay's and a table of contents' only as their own tests say.
 */
function isBoilerplateByTokens(el: Element, verdict: TokenVerdict): boolean {
  // A figure's caption is its own whatever it is named: a chart's "c-chart__footer".
  if (el.name === 'figcaption') return false;
  if (verdict.boilerplate) return !(verdict.cardMedia && isUnlinkedPicture(el)) && !(verdict.anchor && HEADING_TAG_RE.test(el.name)) && !(verdict.trigger && isPictureTrigger(el));
  if (verdict.gate && isGateNotice(el)) return true;
  if (verdict.overlay && !isPictureWrapper(el)) return true;
  if (verdict.copyright && isCopyrightNotice(el)) return true;
  if (verdict.poll && findDescendant(el, (d) => POLL_CONTROL_TAGS.has(d.name)) !== null) return true;
  if (verdict.video && isVideoBox(el)) return true;
  if (verdict.listen && isListenBar(el)) return true;
  return verdict.toc && !HEADING_TAG_RE.test(el.name) && isLinkList(el);
}

/**
 * A video's box set into the story: a player (a `<video>`, an embed's `<iframe>`, a player
 * script's element such as Brightspot's `<bsp-jw-player>`) with its title, description and
 * running time, no more text than VIDEO_BOX.maxText and no picture of the story beside it.
 * Its lines describe the video, not the story ("Marcus Bell spoke to reporters…", "2:31").
 */
function isVideoBox(el: Element): boolean {
  // The element count first: it stops at its bound, where a text read walks every empty element.
  if (!hasAtMostElements(el, VIDEO_BOX.maxElements) || innerTextLongerThan(el, VIDEO_BOX.maxText)) return false;
  if (findDescendant(el, (d) => d.name === 'figure' || d.name === 'figcaption') !== null) return false;
  if (findDescendant(el, (d) => VIDEO_BOX.playerTags.has(d.name) || (d.name.includes('-') && VIDEO_BOX.playerElementRe.test(d.name))) !== null) return true;
  // A shell a script mounts the player in names its video (see VIDEO_BOX.scriptVideoAttrRe).
  if (namesScriptVideo(el) || findDescendant(el, (d) => d.name !== 'a' && namesScriptVideo(d)) !== null) return true;
  // A poster's play button stands for the player with the video's running time beside it.
  return VIDEO_BOX.runningTimeRe.test(innerText(el)) && findDescendant(el, isPlayButton) !== null;
}

/** Whether an element carries an attribute naming the video a script mounts (VIDEO_BOX.scriptVideoAttrRe). */
function namesScriptVideo(el: Element): boolean {
  for (const name in el.attribs) if (VIDEO_BOX.scriptVideoAttrRe.test(name)) return true;
  return false;
}

/** A listen bar (LISTEN_BAR): a few elements, a few words, and a "Listen" button. */
function isListenBar(el: Element): boolean {
  if (!hasAtMostElements(el, LISTEN_BAR.maxElements) || innerTextLongerThan(el, LISTEN_BAR.maxText)) return false;
  return findDescendant(el, (d) => {
    if (d.name !== 'button' && attr(d, 'role') !== 'button') return false;
    const label = attr(d, 'aria-label');
    return LISTEN_BAR.buttonRe.test((label ?? innerText(d)).trim());
  }) !== null;
}

/** A poster's play button: labelled, or else reading, "Play" or "Play video" (VIDEO_BOX.playButtonRe). */
function isPlayButton(el: Element): boolean {
  if (el.name !== 'button' && attr(el, 'role') !== 'button') return false;
  const label = attr(el, 'aria-label');
  return label !== null ? VIDEO_BOX.playButtonRe.test(label.trim()) : !innerTextLongerThan(el, 20) && VIDEO_BOX.playButtonRe.test(innerText(el));
}

/** A class that may name a sidenote (SIDENOTE_TOKENS all hold "note"). */
const NOTE_HINT_RE = /note/i;

/** Whether an element holds at most `max` elements, counted no further than that. */
function hasAtMostElements(el: Element, max: number): boolean {
  let count = 0;
  return findDescendant(el, () => ++count > max) === null;
}

/** The figure an element sits in, or null. */
function figureOf(el: Element): Element | null {
  for (let up = el.parent; isElement(up); up = up.parent) if (up.name === 'figure') return up;
  return null;
}

/**
 * The box of an ad or video break whose label is `text` ("Story continues below
 * advertisement"): the label's block and the player or slot beside it, when the block's
 * parent holds little else (BREAK_BOX). Null for any other text, and for a label standing
 * among the story's paragraphs, which assemble drops alone.
 */
function breakBox(text: AnyNode & { data: string }, keep: Element | null, lengths: Map<Element, number>): Element | null {
  const raw = text.data;
  if (raw.length < BREAK_BOX.minLabelLength || raw.length > BREAK_BOX.maxLabelLength * 2) return null;
  const label = raw.trim();
  if (label.length < BREAK_BOX.minLabelLength || label.length > BREAK_BOX.maxLabelLength || !BREAK_LABEL_RE.test(label)) return null;
  // The box is the first element up from the label that holds more than the label, a few
  // levels up at most; its text length is measured once per element (many labels share a wrapper).
  let box = isElement(text.parent) ? text.parent : null;
  for (let level = 0; box && boxTextLength(box, lengths) <= label.length; level++) {
    box = level < BREAK_BOX.maxLevels && isElement(box.parent) ? box.parent : null;
  }
  if (!box || box.name === 'body' || box.name === 'html' || (keep && contains(box, keep))) return null;
  if (boxTextLength(box, lengths) > label.length + BREAK_BOX.maxOtherText) return null;
  // A paragraph, list item or heading of its own besides the label is the story's.
  return findDescendant(box, (el) => BREAK_BOX.storyTags.has(el.name) && !contains(el, text)) === null ? box : null;
}

/**
 * The teaser card of a video whose title is `text` (VIDEO_TEASER): the first element up from
 * the title that holds a picture, when it is small and holds besides the title only the
 * video's running time. Null for any other text.
 */
function videoTeaser(text: AnyNode & { data: string }, keep: Element | null): Element | null {
  const raw = text.data;
  if (raw.length < VIDEO_TEASER.minLabelLength || raw.length > VIDEO_TEASER.maxLabelLength * 2) return null;
  const title = normalizeSpace(raw);
  if (title.length > VIDEO_TEASER.maxLabelLength || !VIDEO_TEASER.labelRe.test(title)) return null;
  let box: Element | null = null;
  for (let level = 0, up = text.parent; level < VIDEO_TEASER.maxLevels && isElement(up) && up.name !== 'body'; level++, up = up.parent) {
    if (innerTextLongerThan(up, VIDEO_TEASER.maxText)) return null;
    if (containsImage(up)) {
      box = up;
      break;
    }
  }
  if (!box || (keep && contains(box, keep)) || !hasAtMostElements(box, VIDEO_TEASER.maxElements)) return null;
  if (findDescendant(box, (d) => d.name === 'figcaption') !== null) return null;
  const all = normalizeSpace(innerText(box));
  const at = all.indexOf(title);
  // The running time follows the title: a clock before it is a live blog's entry time ("14:32").
  if (at !== 0) return null;
  const rest = all.slice(title.length).trim();
  if (!VIDEO_TEASER.runningTimeRe.test(rest)) return null;
  // A poster is a thumbnail: a full-width picture is the story's, a video's title beside it or not.
  const poster = findImage(box);
  const width = Number.parseInt(poster?.attribs.width ?? '', 10);
  return Number.isFinite(width) && width > VIDEO_TEASER.maxPosterWidth ? null : box;
}

/** innerText's length, up to just past what a break box may hold; cached per element. */
function boxTextLength(el: Element, lengths: Map<Element, number>): number {
  let length = lengths.get(el);
  if (length === undefined) {
    const cap = BREAK_BOX.maxLabelLength + BREAK_BOX.maxOtherText;
    length = innerTextLongerThan(el, cap) ? cap + 1 : innerText(el).length;
    lengths.set(el, length);
  }
  return length;
}

/** A text node right inside a `<p>`: the page's prose, as teaser cards are weighed against it. */
function isProse(node: AnyNode & { data: string }): boolean {
  return node.parent !== null && (node.parent as Element).name === 'p';
}

/** Characters of prose (isProse) under an element. */
function proseLength(el: Element): number {
  let length = 0;
  const stack: AnyNode[] = [el];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (isTextNode(node)) {
      if (isProse(node)) length += node.data.length;
    } else if (isElement(node)) for (const kid of node.children) stack.push(kid);
  }
  return length;
}

/**
 * The largest of an element's ancestors, up to `bounds.maxLevels` above it, that holds at
 * most `bounds.maxText` characters and not the headline; null when its parent is already
 * bigger. A box a form, a heading or a label stands in (SIGNUP_FORM_BOX, CALL_OUT_BOX).
 */
function smallBoxAround(el: Element, keep: Element | null, bounds: { readonly maxLevels: number; readonly maxText: number }): Element | null {
  let box: Element | null = null;
  for (let level = 0, up = el.parent; level < bounds.maxLevels && isElement(up) && up.name !== 'body'; level++, up = up.parent) {
    if (innerTextLongerThan(up, bounds.maxText) || (keep && contains(up, keep))) break;
    box = up;
  }
  return box;
}

/**
 * What a sponsor's label opens (SPONSOR_LABEL: "TOGETHER WITH LEDGERLY", "Presented by X",
 * "A message from X:"): the label's small ancestors (SPONSOR_LABEL.box) when their text starts
 * with it and they link somewhere (the sponsor's page); else, for a label among the story's
 * blocks, the label and the sponsor's copy after it (sponsorCopy). Null for any other element.
 */
function sponsorBox(el: Element, keep: Element | null): Element[] | null {
  if (innerTextLongerThan(el, SPONSOR_LABEL.maxLength)) return null;
  const label = normalizeSpace(innerText(el));
  const message = SPONSOR_LABEL.messageRe.test(label);
  if (!message && !SPONSOR_LABEL.re.test(label)) return null;
  // The label's own box (its element holds nothing else): the climb starts once, from the
  // outermost element that is only the label.
  if (isElement(el.parent) && !innerTextLongerThan(el.parent, label.length)) return null;
  const box = message ? null : smallBoxAround(el, keep, SPONSOR_LABEL.box);
  if (box && normalizeSpace(innerText(box)).startsWith(label) && findDescendant(box, (d) => d.name === 'a' && d.attribs.href !== undefined) !== null) return [box];
  const copy = sponsorCopy(el);
  return copy.length > 0 ? [el, ...copy] : null;
}

/**
 * The sponsor's copy after a label that has no box (SPONSOR_LABEL.run): the sibling blocks
 * right after it that each carry a `rel="sponsored"` link, up to the first that does not.
 */
function sponsorCopy(label: Element): Element[] {
  const copy: Element[] = [];
  for (let next = adjacentElement(label, 1); next && !innerTextLongerThan(next, SPONSOR_LABEL.run.maxText); next = adjacentElement(next, 1)) {
    if (findDescendant(next, (d) => d.name === 'a' && SPONSORED_REL_RE.test(d.attribs.rel ?? '')) === null) break;
    copy.push(next);
  }
  return copy;
}

/** An ad unit (see AD_BOX): an AdSense `<ins>`, a GPT slot, or a nofollow or sponsored link holding only a picture. */
function isAdUnit(el: Element): boolean {
  if (el.name === 'ins') return (el.attribs.class ?? '').includes('adsbygoogle') || el.attribs['data-ad-slot'] !== undefined || el.attribs['data-ad-client'] !== undefined;
  if (el.name === 'a') return el.attribs.rel !== undefined && AD_BOX.relRe.test(el.attribs.rel) && containsImage(el) && !innerTextLongerThan(el, 0);
  return el.attribs.id !== undefined && AD_BOX.gptIdRe.test(el.attribs.id);
}

/**
 * The box of an ad unit and its label (AD_BOX): the nearest ancestor with text, when that text
 * is a short label and the box holds no other picture, no figure and no caption. Else null.
 */
function adBox(unit: Element, keep: Element | null, onlyAdLabel = false): Element | null {
  for (let level = 0, up = unit.parent; level < AD_BOX.maxLevels && isElement(up) && up.name !== 'body'; level++, up = up.parent) {
    if ((keep && contains(up, keep)) || innerTextLongerThan(up, AD_BOX.maxLabel)) return null;
    const label = normalizeSpace(innerText(up));
    if (!label) continue;
    // A picture linked only nofollow may be a photo's credit link ("Mayor John Doe" over a photo
    // host's picture): its label must be one word, as an ad's is ("Advertisement", "ពាណិជ្ជកម្ម").
    const maxWords = unit.name === 'a' && !SPONSORED_REL_RE.test(unit.attribs.rel ?? '') ? AD_BOX.nofollowMaxWords : AD_BOX.maxWords;
    // A label that only says "advertisement" ("- Advertisement -") is one whatever its word count.
    const adLabel = AD_BOX.adLabelRe.test(label);
    // A picture named an ad by its label alone: only the word itself, never a heading's or a kicker's.
    if (inFigure(up) || (onlyAdLabel && (!AD_BOX.pictureLabelRe.test(label) || findDescendant(up, (d) => HEADING_TAG_RE.test(d.name) || AD_BOX.kickerClassRe.test(d.attribs.class ?? '')) !== null))) return null;
    if (!adLabel && (label.split(' ').length > maxWords || AD_BOX.notALabelRe.test(label) || PHOTO_CREDIT_LINE_RE.test(label))) return null;
    const box = up;
    const other = findDescendant(box, (d) => d.name === 'figcaption' || d.name === 'figure' || (d.name === 'img' && !contains(unit, d)));
    return other === null ? box : null;
  }
  return null;
}

/**
 * The box of a picture that an ad label alone names (AD_BOX.adLabelRe): the picture, in its
 * `<picture>` or a link holding only it, outside any figure, in a box whose only text is
 * "Advertisement" and no other picture (tagDiv's td-a-rec: "- Advertisement -" over a linked
 * banner). Else null: a story's picture has a caption, or none.
 */
function labelledAdPicture(img: Element, keep: Element | null): Element | null {
  let unit = img;
  for (let up = img.parent; isElement(up) && AD_BOX.pictureUnitTags.has(up.name) && innerTextLongerThan(up, 0) === false; up = up.parent) {
    unit = up;
    if (up.name === 'a') break;
  }
  return inFigure(unit) ? null : adBox(unit, keep, true);
}

/**
 * The box of a sign-up form (SIGNUP_FORM_BOX): the form's small ancestors when it asks for
 * an e-mail address, else the form alone.
 */
function signupBox(form: Element, keep: Element | null): Element {
  if (findDescendant(form, (d) => d.name === 'input' && (d.attribs.type ?? '').toLowerCase() === 'email') === null) return form;
  return smallBoxAround(form, keep, SIGNUP_FORM_BOX) ?? form;
}

/** Whether one of the link's near ancestors (SPONSORED_BOX.maxLevels) is a box already found. */
function inBox(link: Element, found: ReadonlySet<Element>): boolean {
  for (let up = link.parent, level = 0; isElement(up) && level < SPONSORED_BOX.maxLevels; up = up.parent, level++) if (found.has(up)) return true;
  return false;
}

/** Whether a link sits in a paragraph, list item or heading: an affiliate link in a sentence is the sentence's. */
function inTextBlock(link: Element): boolean {
  for (let up = link.parent, level = 0; isElement(up) && level < SPONSORED_BOX.maxLevels; up = up.parent, level++) {
    if (TEXT_BLOCK_TAGS.has(up.name) || HEADING_TAG_RE.test(up.name)) return true;
  }
  return false;
}

/**
 * Whether a box of sponsored links is a product's own card: a heading, or more text outside
 * links than a widget's title and price lines (SPONSORED_BOX.maxOwnText): a listicle's entry.
 */
function describesProduct(box: Element): boolean {
  if (findDescendant(box, (d) => HEADING_TAG_RE.test(d.name)) !== null) return true;
  const { text, linked } = linkedText(box);
  return text - linked > SPONSORED_BOX.maxOwnText;
}

/** Whether a box's heading is named in the headline (a review's own product: "Vitamix 5200 review: …"). */
function namedInHeadline(box: Element, headline: string): boolean {
  const heading = findDescendant(box, (d) => HEADING_TAG_RE.test(d.name));
  const name = heading ? innerText(heading).toLowerCase() : '';
  return name.length > 0 && headline.includes(name);
}

/**
 * The boxes of affiliate offers (SPONSORED_BOX) around `links`, each once, outermost first
 * found: widgets (`boxes`), and products' own cards (`products`, see describesProduct).
 */
function sponsoredBoxes(links: readonly Element[], keep: Element | null): { boxes: Element[]; products: Element[] } {
  const boxes: Element[] = [];
  const products: Element[] = [];
  const found = new Set<Element>();
  for (const link of links) {
    if (inBox(link, found) || inTextBlock(link)) continue;
    let box: Element | null = null;
    for (let level = 0, up = link.parent; level < SPONSORED_BOX.maxLevels && isElement(up) && up.name !== 'body'; level++, up = up.parent) {
      if (innerTextLongerThan(up, SPONSORED_BOX.maxText) || (keep && contains(up, keep))) break;
      if (INLINE_TAGS.has(up.name)) continue;
      let all = 0;
      let sponsored = 0;
      findDescendant(up, (d) => {
        if (d.name === 'a' && pageHref(d) !== null) {
          all++;
          if (SPONSORED_REL_RE.test(d.attribs.rel ?? '')) sponsored++;
        }
        return false;
      });
      if (sponsored < all * SPONSORED_BOX.minSponsoredShare) break;
      box = up;
    }
    if (box && !holdsArticleText(box)) {
      (describesProduct(box) ? products : boxes).push(box);
      found.add(box);
    }
  }
  return { boxes, products };
}

/** The box (CALL_OUT_BOX) a call-out heading ("Send us a letter") titles, when it gives an e-mail address; else null. */
function callOutBox(heading: Element, keep: Element | null): Element | null {
  if (innerTextLongerThan(heading, CALL_OUT_BOX.maxHeading) || !CALL_OUT_HEADING_RE.test(innerText(heading))) return null;
  const box = smallBoxAround(heading, keep, CALL_OUT_BOX);
  const mail = box ? findDescendant(box, (d) => d.name === 'a' && (d.attribs.href ?? '').trim().toLowerCase().startsWith('mailto:')) : null;
  return mail ? box : null;
}

/** The href of a link to another page (not an in-page anchor or a script), else null. */
function pageHref(a: Element): string | null {
  const href = a.attribs.href?.trim();
  return href && !href.startsWith('#') && !SCRIPT_HREF_RE.test(href) ? href : null;
}
const SCRIPT_HREF_RE = /^(?:javascript|mailto|tel):/i;

/** The one link a heading's whole text sits in, or null. */
function headingLink(heading: Element): Element | null {
  let link: Element | null = null;
  for (const kid of heading.children) {
    if (isTextNode(kid)) {
      if (kid.data.trim()) return null;
    } else if (isElement(kid)) {
      if (link || kid.name !== 'a') return null;
      link = kid;
    }
  }
  return link;
}

/**
 * A link with no text of its own but a screen reader's copy of the heading beside it, in a
 * box that links nowhere else: the card's overlay link.
 */
function isStretchedLink(link: Element, box: Element, boxes: Map<Element, BoxLinks | null>): boolean {
  // The box's links first: measured once per box and bounded by its text, where the heading
  // search walks the whole box for each of its links.
  const links = boxLinks(box, boxes);
  if (links === null || links.href !== pageHref(link)) return false;
  // The link holds no heading (teaserCard asks it first), so the box's first heading is the
  // same for each of its links: found once.
  if (links.heading === undefined) links.heading = findDescendant(box, (d) => HEADING_TAG_RE.test(d.name));
  const text = normalizeSpace(textContent(link));
  return links.heading !== null && (text === '' || text === normalizeSpace(textContent(links.heading)));
}

/**
 * The teaser card (TEASER_CARD) `el` belongs to: for a page link holding a heading, the
 * link and the boxes around it whose links all go to that page; for a heading that is one
 * page link, the same boxes once one of them links to the page again. Null for anything else.
 */
function teaserCard(el: Element, keep: Element | null, boxes: Map<Element, BoxLinks | null>): Element | null {
  if (el.name === STORY_TAG) return articleCard(el, keep, boxes);
  const holder = el.name === 'a';
  if (!holder && el.name === 'h1') return null;
  const link = holder ? el : headingLink(el);
  const href = link ? pageHref(link) : null;
  if (!link || href === null) return null;
  let card: Element | null = holder ? el : null;
  let box: Element | null = isElement(el.parent) ? el.parent : null;
  if (holder && findDescendant(el, (d) => HEADING_TAG_RE.test(d.name)) === null) {
    // A stretched link laid over its card ("base-card__full-link", Bootstrap's
    // "stretched-link") holds no heading but names the card's: the box around it is the card.
    if (!box || !isStretchedLink(el, box, boxes)) return null;
    card = box;
    box = isElement(box.parent) ? box.parent : null;
  }
  for (let level = 0; box && level < TEASER_CARD.maxLevels; level++, box = isElement(box.parent) ? box.parent : null) {
    if (box.name === 'body') break;
    const links = boxLinks(box, boxes);
    if (links === null || links.href !== href) break;
    if (card || links.count >= 2) card = box;
  }
  if (!card || (keep && contains(card, keep))) return null;
  // A card that is an <article> of its own, or sits in one the headline is not in, is another
  // story's teaser, excerpt and all (a posts widget's grid of <article class=post>).
  const own = card.name === STORY_TAG ? card : enclosingArticle(card);
  if (own && keep && !contains(own, keep)) return card;
  // A box with a paragraph of its own (a briefing's item, a live entry, a product's
  // description) is the story's section, whatever its links.
  return findDescendant(card, (d) => d.name === 'p' && !inListItem(d, card as Element) && isOwnSentence(d)) === null ? card : null;
}

/**
 * The box of teaser cards `card` sits in when, the cards gone, its only text left is a short
 * label (CARD_BOX_LABEL: "Mehr zum Thema", "Más información"); null when it holds anything
 * else (a sentence, a picture, more than a label) or the headline.
 */
function labelledCardBox(card: Element, cards: ReadonlySet<Element>, keep: Element | null): Element | null {
  for (let level = 0, up = card.parent; level < CARD_BOX_LABEL.maxLevels && isElement(up) && up.name !== 'body'; level++, up = up.parent) {
    if ((keep && contains(up, keep)) || innerTextLongerThan(up, CARD_BOX_LABEL.maxBoxText)) return null;
    const rest = textOutside(up, cards);
    if (rest === null) return null;
    // A wrapper of cards only (a list item, the list): its box is further up.
    if (rest === '') continue;
    return rest.length <= CARD_BOX_LABEL.maxLength && LETTER_RE.test(rest) && !CARD_BOX_LABEL.sentenceEndRe.test(rest) ? up : null;
  }
  return null;
}

/** An element's text outside the `skip` elements, spaces collapsed; null when a picture stands outside them. */
function textOutside(el: Element, skip: ReadonlySet<Element>): string | null {
  let text = '';
  const stack: AnyNode[] = [...el.children];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (isTextNode(node)) text = `${node.data} ${text}`;
    else if (isElement(node) && !skip.has(node)) {
      if (node.name === 'img' || node.name === 'picture' || node.name === 'video') return null;
      for (const kid of node.children) stack.push(kid);
    }
  }
  return normalizeSpace(text);
}

/**
 * Another story's `<article>` card whose heading sits in a `<header>` (El País's "c" cards: a
 * thumbnail link and a `<header>` whose heading links to the same page), met before its parts:
 * an `<article>` the headline is not in, small, whose links all go to one page, one of them
 * its header's heading's. Its `<header>` would otherwise go alone as chrome (CHROME_TAGS)
 * before the heading is seen, and its picture stay.
 */
function articleCard(el: Element, keep: Element | null, boxes: Map<Element, BoxLinks | null>): Element | null {
  if (!keep || contains(el, keep)) return null;
  const links = boxLinks(el, boxes);
  if (links === null || links.href === null) return null;
  const href = links.href;
  const linkedHeading = findDescendant(el, (d) => {
    if (!HEADING_TAG_RE.test(d.name) || !isElement(d.parent) || d.parent.name !== 'header') return false;
    const link = headingLink(d);
    return link !== null && pageHref(link) === href;
  });
  if (linkedHeading === null) return null;
  // A live blog's entry under its permalinked heading tells its own story in sentences.
  return findDescendant(el, (d) => d.name === 'p' && !inListItem(d, el) && isOwnSentence(d)) === null ? el : null;
}

/** The one page a small box links to and how often, or null (too much text, or several targets). */
interface BoxLinks {
  href: string | null;
  count: number;
  /** The box's first heading, once a stretched link asked for it (see isStretchedLink). */
  heading?: Element | null;
}

/**
 * A box's links, measured once per box (many headings share a grid): null when it holds more
 * than TEASER_CARD.maxText characters or links to two pages.
 */
function boxLinks(box: Element, cache: Map<Element, BoxLinks | null>): BoxLinks | null {
  const cached = cache.get(box);
  if (cached !== undefined) return cached;
  let result: BoxLinks | null = null;
  if (!innerTextLongerThan(box, TEASER_CARD.maxText)) {
    let href: string | null = null;
    let count = 0;
    let other = false;
    findDescendant(box, (d) => {
      if (d.name !== 'a') return false;
      const target = pageHref(d);
      if (target === null) return false;
      if (href === null) href = target;
      if (target === href) count++;
      else other = true;
      return other;
    });
    result = other ? null : { href, count };
  }
  cache.set(box, result);
  return result;
}

/** Whether `el` sits in a list item below `top`: a live blog's entries, not a card's own paragraph. */
function inListItem(el: Element, top: Element): boolean {
  for (let up = el.parent; isElement(up) && up !== top; up = up.parent) if (up.name === 'li') return true;
  return false;
}

/**
 * A paragraph that is a sentence of its own: TEASER_CARD.minOwnParagraph characters outside
 * links, ending like a sentence (a card's excerpt is a dek without its full stop: "Audi's
 * second electric vehicle – the E-Tron Sportback – officially debuts").
 */
function isOwnSentence(p: Element): boolean {
  const { text, linked } = linkedText(p);
  return text - linked >= TEASER_CARD.minOwnParagraph && OWN_SENTENCE_END_RE.test(innerText(p));
}
const OWN_SENTENCE_END_RE = /[.!?…]["'”’»)]?(?:\s+\S{1,12}){0,2}$/u;

/**
 * Removes page chrome from the tree in place: scripts and styles, hidden elements,
 * navigation, header/footer/aside chrome, share bars, newsletter and cookie boxes, ads,
 * related cards, comments, byline/date lines. Lazy images get their real URL on the way.
 * One iterative walk; a removed element's subtree is not visited.
 * @internal
 */
export function cleanTree(root: ParentNode, options: CleanOptions): Removal[] {
  const removals: Removal[] = [];
  // Removal is deferred to one batch at the end (see removeNodes); a doomed subtree is
  // simply not walked.
  const doomed: AnyNode[] = [];
  const verdicts: VerdictCache = { byNames: new Map(), noteAnchors: new Set() };
  const page: PageText = { root, measured: null };
  const pitchLinks: Element[] = [];
  const sponsoredLinks: Element[] = [];
  const tagLinkParents = new Set<Element>();
  const boxLengths = new Map<Element, number>();
  // Teaser cards are removed at the end, unless they outweigh the page's prose (the text
  // <p>s hold outside them): a section front is all cards, and they are what it has to say.
  const cards: Element[] = [];
  const cardSet = new Set<Element>();
  const cardBoxes = new Map<Element, BoxLinks | null>();
  let cardText = 0;
  let prose = 0;
  let walkedCardProse = 0;
  const stack: AnyNode[] = [];
  // Sidenotes by the paragraph they sit in (placeSidenote), moved out after it at the end.
  const notes = new Map<Element, Element[]>();
  const placedNotes = new Set<Element>();
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i] as AnyNode);
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (node.type === 'comment' || node.type === 'directive') {
      doomed.push(node);
      continue;
    }
    if (isTextNode(node)) {
      if (isProse(node)) prose += node.data.length;
      const box = breakBox(node, options.keep, boxLengths);
      if (box) {
        removals.push({ reason: 'break', tag: box.name, rule: 'an ad or video break, by its label' });
        doomed.push(box);
        continue;
      }
      const teaser = videoTeaser(node, options.keep);
      if (teaser) {
        removals.push({ reason: 'boilerplate', tag: teaser.name, rule: "a video's teaser card: poster, title and running time" });
        doomed.push(teaser);
      }
      continue;
    }
    if (!isElement(node)) continue;
    if (node.name === 'a') {
      const note = footnoteTarget(node);
      if (note !== null) verdicts.noteAnchors.add(note);
    }
    if (node.name === 'img') {
      const card = hoverCardAround(node, options.keep);
      if (card) {
        removals.push({ reason: 'boilerplate', tag: card.name, rule: 'a hover card inside a sentence' });
        doomed.push(card);
        continue;
      }
    }
    if (node.name === 'img') {
      unlazyImage(node);
      const ad = labelledAdPicture(node, options.keep);
      if (ad) {
        removals.push({ reason: 'boilerplate', tag: ad.name, rule: 'a picture under an ad label' });
        doomed.push(ad);
      }
      continue;
    }
    if (unlazyBackground(node) || unlazyDrawnImage(node)) {
      unlazyImage(node);
      continue;
    }
    if (node.name === 'noscript' && resolveNoscript(node) === 'drop') {
      removals.push({ reason: 'noscript', tag: 'noscript', rule: 'fallback of a lazy image, or no image' });
      doomed.push(node);
      continue;
    }
    if (node.name === 'figure' && !(options.keep && contains(node, options.keep)) && isPromoFigure(node, options.base ?? null)) {
      removals.push({ reason: 'pitch', tag: 'figure', rule: 'a promo figure: picture and caption link to a subscription offer' });
      doomed.push(node);
      continue;
    }
    if (isAriaHiddenSeparator(node)) {
      keepAsSpace(node);
      continue;
    }
    // (Before the unit's own tokens remove it alone: "div-gpt-ad-…" is an ad's name, its label is not.)
    const ad = AD_UNIT_TAGS.has(node.name) || node.attribs.id !== undefined ? (isAdUnit(node) ? adBox(node, options.keep) : null) : null;
    if (ad) {
      removals.push({ reason: 'boilerplate', tag: ad.name, rule: 'an ad unit and its label' });
      doomed.push(ad);
      continue;
    }
    // The author's pull text set between the story's paragraphs is a quote, not a sidebar.
    if (node.name === 'aside' && isPullTextAside(node)) node.name = 'blockquote';
    const removal =
      removalReason(node, options.keep, verdicts, page) ??
      saleLink(node) ??
      (node.name === 'p' && isBadgeRow(node) ? BADGE_ROW_REMOVAL : null) ??
      (node.attribs.class !== undefined && EMBED_CARD.nameRe.test(node.attribs.class) && isEmbedCard(node, options) ? { reason: 'boilerplate', tag: node.name, rule: EMBED_CARD_RULE } : null);
    if (removal) {
      removals.push(removal);
      doomed.push(node.name === 'form' ? signupBox(node, options.keep) : node);
      continue;
    }
    // (A box above a linked heading is removed with what of it the walk has not reached yet;
    // its later children may still be walked, and removing them twice is harmless.)
    const callOut = HEADING_TAG_RE.test(node.name) && node.name !== 'h1' ? callOutBox(node, options.keep) : null;
    if (callOut) {
      removals.push({ reason: 'boilerplate', tag: callOut.name, rule: 'a box asking readers to write in' });
      doomed.push(callOut);
      continue;
    }
    const sponsor = SPONSOR_LABEL.tags.has(node.name) ? sponsorBox(node, options.keep) : null;
    if (sponsor) {
      for (const part of sponsor) removals.push({ reason: 'boilerplate', tag: part.name, rule: "a sponsor's box under its label" });
      doomed.push(...sponsor);
      continue;
    }
    const card = node.name === 'a' || node.name === STORY_TAG || HEADING_TAG_RE.test(node.name) ? teaserCard(node, options.keep, cardBoxes) : null;
    if (card) {
      // Several headings of one box find it once.
      if (!cardSet.has(card)) {
        cardSet.add(card);
        cards.push(card);
        cardText += innerText(card).length;
        // A box above the link was entered already: its excerpt was counted as prose, wrongly.
        if (card !== node) walkedCardProse += proseLength(card) - proseLength(node);
      }
      continue;
    }
    // (A regex on the class first: the verdict's token split runs on every element otherwise.)
    if (node.attribs.class !== undefined && NOTE_HINT_RE.test(node.attribs.class)) {
      const verdict = cachedVerdict(node, verdicts);
      if (verdict.sidenote) placeSidenote(node, notes, placedNotes);
      else if (verdict.footnote && INLINE_FOOTNOTE.tags.has(node.name)) {
        const marks = inlineFootnoteMarks(node);
        if (marks) {
          doomed.push(...marks);
          placeSidenote(node, notes, placedNotes);
        }
      }
    }
    if (node.name === 'a' && node.attribs.href !== undefined && PITCH_HREF_RE.test(node.attribs.href)) pitchLinks.push(node);
    if (node.name === 'a' && node.attribs.rel !== undefined && SPONSORED_REL_RE.test(node.attribs.rel)) sponsoredLinks.push(node);
    if (node.name === 'a' && node.attribs.rel !== undefined && TAG_LINK_RUN.relRe.test(node.attribs.rel) && isElement(node.parent)) tagLinkParents.add(node.parent);
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as AnyNode);
  }
  if (cardText <= (prose - walkedCardProse) * TEASER_CARD.maxProseShare) {
    for (const card of cards) {
      removals.push({ reason: 'teaser', tag: card.name, rule: 'a teaser card: a linked heading' });
      doomed.push(card);
    }
    const labelled = new Set<Element>();
    for (const card of cards) {
      const box = labelledCardBox(card, cardSet, options.keep);
      if (box === null || labelled.has(box)) continue;
      labelled.add(box);
      removals.push({ reason: 'teaser', tag: box.name, rule: 'the label of a box of teaser cards' });
      doomed.push(box);
    }
  }
  const offers = sponsoredBoxes(sponsoredLinks, options.keep);
  for (const box of offers.boxes) {
    removals.push({ reason: 'boilerplate', tag: box.name, rule: 'a box of sponsored links' });
    doomed.push(box);
  }
  // Products' cards are a buying guide's entries, what it has to say; a few pictured cards
  // set into a story of its own (a how-to's "Our Top Pick" with its product shot) are inserts.
  // (Not the product the story reviews: a card whose heading the headline names.)
  const headline = options.keep ? innerText(options.keep).toLowerCase() : '';
  const pictured = offers.products.filter((box) => containsImage(box) && !namedInHeadline(box, headline));
  if (pictured.length > 0 && offers.products.reduce((n, box) => n + proseLength(box), 0) <= (prose - walkedCardProse) * SPONSORED_BOX.maxProductShare) {
    for (const box of pictured) {
      removals.push({ reason: 'boilerplate', tag: box.name, rule: "a product's card set into a story" });
      doomed.push(box);
    }
  }
  // Pitch boxes are measured once the walk has seen every link (their buttons still count as
  // text here, which only errs toward keeping a box).
  for (const block of pitchBlocks(pitchLinks, options.keep, options.base ?? null)) {
    removals.push({ reason: 'pitch', tag: block.name, rule: 'links only to the site\'s newsletter, subscription or donation page' });
    doomed.push(block);
  }
  for (const parent of tagLinkParents) {
    if (parent.name === 'body' || (options.keep && contains(parent, options.keep)) || !isTagLinkRun(parent)) continue;
    removals.push({ reason: 'boilerplate', tag: parent.name, rule: 'a run of tag links' });
    doomed.push(parent);
  }
  removeNodes(doomed);
  moveSidenotes(notes);
  return removals;
}

/**
 * The hover card around a picture inside a sentence (HOVER_CARD): the innermost inline
 * ancestor holding the picture and enough links, when the inline chain reaches a text block.
 */
function hoverCardAround(img: Element, keep: Element | null): Element | null {
  const width = Number(img.attribs.width);
  if (Number.isFinite(width) && width > 0 && width < HOVER_CARD.minImageWidth) return null;
  let card: Element | null = null;
  let up = img.parent;
  for (let level = 0; isElement(up) && INLINE_TAGS.has(up.name); level++, up = up.parent) {
    if (level >= HOVER_CARD.maxLevels) return null;
    if (card === null && up.name !== 'a' && holdsCardLinks(up)) card = up;
  }
  if (card === null || !isElement(up) || !TEXT_BLOCK_TAGS.has(up.name) || up.name === 'figcaption') return null;
  // The card hangs on its trigger: the link that names the person, right before the card (or
  // before the wrapper the card is the only child of). A span that wraps a sentence, or a
  // row of flags before their countries' names, follows text.
  let box: Element = card;
  while (isElement(box.parent) && INLINE_TAGS.has(box.parent.name) && soleElementChild(box.parent) === box) box = box.parent;
  const before = previousNonBlank(box);
  if (before === null || !isElement(before) || before.name !== 'a') return null;
  // A hover card repeats its trigger: the person's page it names ("Ilhan Omar" links
  // /people/ilhan-omar before the card and inside it). An inline gallery after "the Herald"
  // links its own pictures.
  const href = before.attribs.href;
  if (href === undefined || findDescendant(box, (d) => d.name === 'a' && d.attribs.href === href) === null) return null;
  return keep && contains(box, keep) ? null : box;
}

/** The sibling before a node, whitespace-only text skipped. */
function previousNonBlank(node: AnyNode): AnyNode | null {
  let prev = node.prev;
  while (prev && isTextNode(prev) && !prev.data.trim()) prev = prev.prev;
  return prev;
}

/** Whether an element holds HOVER_CARD.minLinks links with HOVER_CARD.minLinkText characters of text, counted in a bounded walk. */
function holdsCardLinks(el: Element): boolean {
  let links = 0;
  let linkText = 0;
  let elements = 0;
  findDescendant(el, (d) => {
    if (++elements > HOVER_CARD.maxElements) return true;
    if (d.name === 'a') {
      const length = innerText(d).trim().length;
      if (length > 0) {
        links++;
        linkText += length;
      }
    }
    return false;
  });
  return elements <= HOVER_CARD.maxElements && links >= HOVER_CARD.minLinks && linkText >= HOVER_CARD.minLinkText && linkText >= innerText(el).trim().length * HOVER_CARD.minLinkShare;
}

/** Whether an element holds only a run of tag links, their separators and a short label before them (TAG_LINK_RUN). */
function isTagLinkRun(el: Element): boolean {
  let links = 0;
  let label = '';
  for (const child of el.children) {
    if (isTextNode(child)) {
      if (TAG_LINK_RUN.separatorRe.test(child.data)) continue;
      if (links > 0) return false;
      label += child.data;
      if (label.trim().length > TAG_LINK_RUN.maxLabel) return false;
    } else if (isElement(child)) {
      if (child.name === 'a' && child.attribs.rel !== undefined && TAG_LINK_RUN.relRe.test(child.attribs.rel) && !TAG_LINK_RUN.hashtagRe.test(innerText(child))) links++;
      else if (child.name !== 'br') return false;
    }
  }
  return links >= TAG_LINK_RUN.minLinks && TAG_LINK_RUN.labelRe.test(label.trim());
}

/**
 * The marks of a footnote set inline with its own text (INLINE_FOOTNOTE): the mark it opens
 * with and each element inside it that repeats that mark (LaTeXML's second `sup.ltx_note_mark`
 * and its `ltx_tag_note`); null when it opens with no mark or holds no more than a mark.
 */
function inlineFootnoteMarks(note: Element): Element[] | null {
  let first: Element | null = null;
  for (const child of note.children) {
    if (isTextNode(child) && child.data.trim()) return null;
    if (isElement(child)) {
      first = child;
      break;
    }
  }
  const mark = first ? footnoteMark(first) : null;
  if (first === null || mark === null) return null;
  const marks: Element[] = [];
  findDescendant(note, (d) => {
    if (footnoteMark(d) === mark) marks.push(d);
    return false;
  });
  return innerTextLongerThan(note, mark.length * marks.length + INLINE_FOOTNOTE.minText) ? marks : null;
}

/** An element's text when it is a footnote's mark: a `<sup>`, or an element named as a mark or tag, holding only "1", "*", "†"… */
function footnoteMark(el: Element): string | null {
  if (el.name !== 'sup' && !INLINE_FOOTNOTE.markNameRe.test(el.attribs.class ?? '')) return null;
  if (innerTextLongerThan(el, 3)) return null;
  const text = innerText(el);
  return INLINE_FOOTNOTE.markRe.test(text) ? text : null;
}

/**
 * A sidenote or margin note (Tufte CSS's `<span class="sidenote">` inside a sentence, shown in
 * the margin): inside a figure it is the figure's caption, and becomes its `<figcaption>`;
 * inside a paragraph it is the author's own aside, read after that paragraph (see
 * moveSidenotes); a note inside another one goes with it.
 */
function placeSidenote(note: Element, notes: Map<Element, Element[]>, placed: Set<Element>): void {
  if (inFigure(note)) {
    // The figure's caption, unless it has one of its own.
    const figure = figureOf(note);
    if (figure && findDescendant(figure, (d) => d.name === 'figcaption') === null) note.name = 'figcaption';
    return;
  }
  let up = note.parent;
  while (isElement(up) && up.name !== 'p') {
    if (!INLINE_TAGS.has(up.name) || placed.has(up)) return;
    up = up.parent;
  }
  if (!isElement(up)) return;
  placed.add(note);
  const list = notes.get(up);
  if (list) list.push(note);
  else notes.set(up, [note]);
}

/** Moves each paragraph's notes (see placeSidenote) out after it, in order, each a paragraph of its own. */
function moveSidenotes(notes: ReadonlyMap<Element, readonly Element[]>): void {
  for (const [paragraph, list] of notes) {
    if (!paragraph.parent) continue;
    let after: Element = paragraph;
    for (const note of list) {
      if (!note.parent) continue;
      note.name = 'p';
      delete note.attribs.class;
      append(after, note);
      after = note;
    }
  }
}
