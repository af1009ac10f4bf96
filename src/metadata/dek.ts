import type { AnyNode, Element } from '../parse/dom';
import { classAndId, comparisonKey, contains, countLongParagraphs, findDescendant, innerText, innerTextLongerThan, isElement, isHiddenInTree, isTextNode, trimmedLength, walkElements, hasListToken } from '../parse/dom';
import { ARTICLE_PROSE, BYLINE_CLASS_RE, CAMEL_HUMP_RE, DATE_CLASS_RE, DEK_PARAGRAPH_TAG, HEADER_TAG, META_BLOCK_CLASS_RE, PUBLISHED_LABEL_RE, ROLE_DATA_ATTRIBUTES, UPDATED_LABEL_RE, LAYOUT_TAGS, NOT_A_DEK_ANCESTOR_TAGS, NOT_A_DEK_CLASS_RE, DEK_CLASS_RE, FIELD_LEAD_CLASS_RE, INTRO_CLASS_RE, NOT_A_DEK_RE, DEK_ANCESTOR_LEVELS, DEK_HEADING_TAGS, NOT_IN_DEK_TAGS, SECTION_HEADING_TAGS, SUB_LINE_CLASS_RE, SUB_LINE_NOT_A_DEK_RE, DEK_SIBLING_WINDOW, MAX_DEK_CONTAINER_TEXT, MAX_DEK_LENGTH, MIN_DEK_LENGTH, DEK_AHEAD, DEK_AHEAD_UNSEEN_TAGS, DEK_AHEAD_STORY, DEK_SEARCH_END, DEK_BOX_LABEL, PICTURE_TAGS } from './constants';

/**
 * The values of an element's ROLE_DATA_ATTRIBUTES, space-separated ('' when it has none).
 * @internal
 */
export function dataRoleNames(el: Element): string {
  let out = '';
  for (const name of ROLE_DATA_ATTRIBUTES) {
    const value = el.attribs[name];
    if (value) out = out ? `${out} ${value}` : value;
  }
  return out;
}

/**
 * Class and id names, and the names a component framework gives the block
 * (ROLE_DATA_ATTRIBUTES: a Next.js site's `<p data-testid="article-lead">`, whose classes are
 * only Tailwind's utilities; clean/ reads `data-component` the same way), with a "-" at each
 * CamelCase hump, so a dek class written in the CSS-in-JS manner ("ContentHeaderDek-bIqFFZ",
 * "ArticleIntro") meets DEK_CLASS_RE's and INTRO_CLASS_RE's word boundaries as
 * "Content-Header-Dek-…" does.
 * @internal
 */
export function dekClassNames(el: Element): string {
  const roles = dataRoleNames(el);
  return (roles ? `${classAndId(el)} ${roles}` : classAndId(el)).replace(CAMEL_HUMP_RE, '-');
}

/** An element beside the headline, and whether it is small enough to hold a dek inside. */
interface Near {
  el: Element;
  small: boolean;
}

/**
 * The first few element siblings after the `<h1>` and after each of its nearest wrappers, up to
 * the first that holds the body's prose: what follows the story's text is its foot (a share
 * bar and a donation box, "DonatesTeaser"; a newsletter sign-up), however near the headline's
 * wrappers it sits, not a block under the headline.
 */
function besideHeadline(h1: Element): Near[] {
  const near: Near[] = [];
  let anchor: Element | null = h1;
  // Bare <p>s of prose met so far: the body's own paragraphs when the <h1> shares their wrapper.
  let bare = 0;
  for (let level = 0; anchor && level < DEK_ANCESTOR_LEVELS; level++) {
    let count = 0;
    for (let sibling = anchor.next; sibling && count < DEK_SIBLING_WINDOW; sibling = sibling.next) {
      if (!isElement(sibling)) continue;
      count++;
      near.push({ el: sibling, small: !innerTextLongerThan(sibling, MAX_DEK_CONTAINER_TEXT) });
      if (isBareProse(sibling) && ++bare >= DEK_SEARCH_END.paragraphs) return near;
      if (holdsProse(sibling)) return near;
    }
    anchor = isElement(anchor.parent) ? anchor.parent : null;
  }
  return near;
}

/** A bare `<p>` (no class) of prose, as a story's paragraphs are set. */
function isBareProse(el: Element): boolean {
  return el.name === DEK_PARAGRAPH_TAG && el.attribs.class === undefined && innerTextLongerThan(el, ARTICLE_PROSE.paragraphLength);
}

/**
 * Whether the body has begun at `el` (DEK_SEARCH_END): it holds DEK_SEARCH_END.paragraphs
 * paragraphs of prose. One long paragraph is not enough, classed or bare: a hero's caption
 * (`p.wp-caption-text`), a video's description, a byline-and-dates line, an editor's note in
 * a bare `<p><em>` sits between a headline and its standfirst; the bare ones are counted
 * across siblings instead (besideHeadline). A picture's box never ends it (PICTURE_TAGS).
 */
function holdsProse(el: Element): boolean {
  if (PICTURE_TAGS.has(el.name) || el.name === DEK_PARAGRAPH_TAG) return false;
  return countLongParagraphs(el, ARTICLE_PROSE.paragraphLength, DEK_SEARCH_END.paragraphs) >= DEK_SEARCH_END.paragraphs;
}

/**
 * The block right after an `<h1>` set straight in `<body>` (a print view's
 * `<div class="print-content">`), which holds the whole story and so is no small header
 * block: a dek-classed element in it still sits under the headline when it comes before the
 * story's first paragraph.
 */
function openingBlock(h1: Element): Element | null {
  if (!isElement(h1.parent) || !LAYOUT_TAGS.has(h1.parent.name)) return null;
  for (let sibling = h1.next; sibling; sibling = sibling.next) if (isElement(sibling)) return sibling;
  return null;
}

/** Whether `el` comes before every long paragraph (ARTICLE_PROSE.paragraphLength) of `block`. */
function beforeProse(block: Element, el: Element): boolean {
  let before = false;
  let done = false;
  walkElements(block, (inner) => {
    if (done) return false;
    if (inner === el) {
      before = true;
      done = true;
      return false;
    }
    if (inner.name === 'p' && innerTextLongerThan(inner, ARTICLE_PROSE.paragraphLength)) {
      done = true;
      return false;
    }
    return true;
  });
  return before;
}

/**
 * The headline's very next element, when it is the next heading level down (Medium, blog
 * themes), or the same in a component page where each heading sits in its own thin wrappers
 * (AEM's `<div class=title><div class=cmp-title><h1>` then the same around an `<h2>`).
 */
function headingAfter(h1: Element, near: readonly Near[]): Element | null {
  const first = near[0]?.el;
  if (first && DEK_HEADING_TAGS.has(first.name) && first.parent === h1.parent) return first;
  let wrapper = h1;
  for (let level = 0; level < DEK_ANCESTOR_LEVELS && isElement(wrapper.parent) && onlyChildOf(wrapper.parent) === wrapper; level++) wrapper = wrapper.parent;
  if (wrapper === h1) return null;
  let next: Element | null = null;
  for (let sibling = wrapper.next; sibling && next === null; sibling = sibling.next) if (isElement(sibling)) next = sibling;
  for (let level = 0; next && level < DEK_ANCESTOR_LEVELS && !DEK_HEADING_TAGS.has(next.name); level++) next = onlyChildOf(next);
  return next && DEK_HEADING_TAGS.has(next.name) ? next : null;
}

/**
 * The headline's very next element, when its class names it the headline's sub-line
 * (SUB_LINE_CLASS_RE): `<div class="article-head-title">…</div><div class="article-head-sub">`.
 */
function subLineAfter(h1: Element, near: readonly Near[]): Element | null {
  const first = near[0]?.el;
  if (!first || first.parent !== h1.parent || !SUB_LINE_CLASS_RE.test(first.attribs.class ?? '')) return null;
  // Not a sub-menu ("nav-sub": a list, links) or a button's label ("btn-sub": subscribe).
  if (findDescendant(first, (d) => d.name === 'a' || d.name === 'li' || d.name === 'button') !== null || SUB_LINE_NOT_A_DEK_RE.test(first.attribs.class ?? '')) return null;
  return first;
}

/**
 * The `<p>` right after the `<h1>` when both sit in the headline's own `<header>` (its
 * parent), one that holds fewer long paragraphs than a story's prose (ARTICLE_PROSE), so a
 * header, not a wrapper of the body: the element HTML names as the story's introductory
 * content prints the standfirst there, unclassed (a web component's shadow `<header>` with a
 * `<slot name=dek>` under the headline's slot).
 */
function headerParagraphAfter(h1: Element, near: readonly Near[]): Element | null {
  const first = near[0]?.el;
  const header = h1.parent;
  if (!first || first.name !== DEK_PARAGRAPH_TAG || !isElement(header) || header.name !== HEADER_TAG || first.parent !== header || isDateLine(first)) return null;
  return countLongParagraphs(header, ARTICLE_PROSE.paragraphLength, ARTICLE_PROSE.paragraphs) < ARTICLE_PROSE.paragraphs ? first : null;
}

/**
 * Whether a paragraph is the header's date or meta line rather than a dek: it holds a
 * `<time>`, carries a microdata property (`itemprop="dateModified"`), is named as a date,
 * meta or byline line, or opens with a publication or update label ("UPDATED: Tue., Nov. 19").
 */
function isDateLine(p: Element): boolean {
  const names = classAndId(p);
  if (p.attribs.itemprop !== undefined || DATE_CLASS_RE.test(names) || META_BLOCK_CLASS_RE.test(names) || BYLINE_CLASS_RE.test(names)) return true;
  if (findDescendant(p, (inner) => inner.name === TIME_TAG) !== null) return true;
  const text = innerText(p);
  return PUBLISHED_LABEL_RE.test(text) || text.search(UPDATED_LABEL_RE) === 0;
}

const TIME_TAG = 'time';

/** The single element `el` holds, with no text of its own beside it, or `null`. */
function onlyChildOf(el: Element): Element | null {
  let only: Element | null = null;
  for (const child of el.children) {
    if (isElement(child)) {
      if (only !== null) return null;
      only = child;
    } else if (isTextNode(child) && child.data.trim() !== '') return null;
  }
  return only;
}

/**
 * An element beside the headline whose text is the page's description is the dek the page
 * describes itself by, unless it is a paragraph of the body's flow: that is the body's first
 * paragraph reused as the description, whatever follows it (an ad slot, a figure). A heading
 * so placed is the heading of the body's first section; only the heading right after the
 * `<h1>` is read as a dek.
 */
function describedElement(near: readonly Near[], descriptionKey: string): Element | null {
  if (!descriptionKey) return null;
  for (const { el } of near) {
    if (SECTION_HEADING_TAGS.has(el.name) || innerTextLongerThan(el, MAX_DEK_LENGTH)) continue;
    if (comparisonKey(innerText(el)) !== descriptionKey) continue;
    return isBodyParagraph(el) ? null : el;
  }
  return null;
}

/**
 * A paragraph of the body's flow: a `<p>`, or an element repeated as its siblings are
 * (`<div class="paragraph">` bodies), among the story's paragraphs: its parent holds them,
 * and not all inside one wrapper of their own. A unique block there ("article-promo", a
 * press release's pull quote) may still be the dek; so may a `<p>` beside the `<h1>` whose
 * story is in a body `<div>` after it, when a class of its own sets it apart (Corriere's
 * "summary-art"): a bare `<p>` there is the lede that the description repeats.
 */
function isBodyParagraph(el: Element): boolean {
  const parent = el.parent;
  if (!isElement(parent)) return false;
  const cls = el.attribs.class;
  // An element with an id is one of its kind, not a run of paragraphs.
  const repeated = el.name === 'p' || (el.attribs.id === undefined && parent.children.some((c) => c !== el && isElement(c) && c.name === el.name && c.attribs.class === cls));
  if (!repeated || countLongParagraphs(parent, ARTICLE_PROSE.paragraphLength, ARTICLE_PROSE.paragraphs) < ARTICLE_PROSE.paragraphs) return false;
  // Named apart from the story's paragraphs, in a block of their own after it: a summary.
  if (!cls) return true;
  for (const sibling of parent.children) {
    if (sibling !== el && isElement(sibling) && countLongParagraphs(sibling, ARTICLE_PROSE.paragraphLength, ARTICLE_PROSE.paragraphs) >= ARTICLE_PROSE.paragraphs) {
      return findDescendant(sibling, (p) => p.name === el.name && p.attribs.class === cls) !== null;
    }
  }
  return true;
}

/**
 * The dek candidates (named as a dek, or a visible `itemprop=description`) that repeat the
 * page's description or are a CMS's lead field (FIELD_LEAD_CLASS_RE), and are set apart from
 * the body's flow (not one of its paragraphs): the ones dekAhead may find further down than
 * the headline's siblings. A body's first paragraph that the description repeats is no such
 * block, whatever its class; nor is an "intro" (INTRO_CLASS_RE) there: Joomla's
 * `div.article-intro` is the story's opening text, set in a block of its own before the rest.
 */
function markedDescribed(candidates: readonly Element[], descriptionKey: string): Set<Element> {
  const marked = new Set<Element>();
  for (const el of candidates) {
    const names = dekClassNames(el);
    if (INTRO_CLASS_RE.test(names) || !((descriptionKey !== '' && comparisonKey(innerText(el)) === descriptionKey) || FIELD_LEAD_CLASS_RE.test(names)) || isBodyParagraph(el) || storyOpening(el)) continue;
    marked.add(el);
  }
  return marked;
}

/**
 * Whether a marked block is the story's own opening text rather than a dek set apart
 * (DEK_AHEAD_STORY): inside the microdata's article body; a paragraph (or a block holding
 * one) among the body's paragraphs; or a paragraph's length of text with no body's
 * paragraphs beside it within a few wrappers (a brief's only paragraph).
 */
function storyOpening(el: Element): boolean {
  const { paragraphs, paragraphLength } = ARTICLE_PROSE;
  for (let cur: Element | null = el; cur !== null; cur = isElement(cur.parent) ? cur.parent : null) {
    if (hasListToken(cur.attribs.itemprop, DEK_AHEAD_STORY.bodyItemprop, true)) return true;
  }
  const parent = isElement(el.parent) ? el.parent : null;
  if (parent !== null && (el.name === DEK_AHEAD_STORY.paragraphTag || findDescendant(el, (d) => d.name === DEK_AHEAD_STORY.paragraphTag) !== null)) {
    // Its siblings are the body's paragraphs: it opens the text they go on with.
    let siblings = 0;
    for (const c of parent.children) {
      if (c !== el && isElement(c) && c.name === DEK_AHEAD_STORY.paragraphTag && innerTextLongerThan(c, paragraphLength - 1) && ++siblings >= paragraphs) return true;
    }
  }
  if (!innerTextLongerThan(el, paragraphLength - 1)) return false;
  // (Its own paragraphs are not the body's.)
  const own = countLongParagraphs(el, paragraphLength, paragraphs);
  let cur: Element | null = parent;
  for (let level = 0; cur !== null && level < DEK_AHEAD_STORY.bodyLevels; level++, cur = isElement(cur.parent) ? cur.parent : null) {
    if (countLongParagraphs(cur, paragraphLength, paragraphs + own) - own >= paragraphs) return false;
  }
  return true;
}

/** The node after `node` in reading order, past its own subtree. */
function followingNode(node: AnyNode): AnyNode | null {
  for (let cur: AnyNode | null = node; cur; cur = cur.parent) if (cur.next) return cur.next;
  return null;
}

/**
 * The first of `marked` reached from the `<h1>` on in reading order while only header matter
 * is passed (DEK_AHEAD: a date line, the hero and its caption, a share bar, a rubric and byline
 * row), however deep in the next blocks it opens: rt.com's `div.article__summary` after the
 * hero and share bar, sputniknews's `div.b-article__lead` after the rubric row in the next
 * column, moneycontrol's `<h2 class=subhead>` opening the next `<section>`. A paragraph of prose
 * on the way means the body has begun: a "summary" further down is not under the headline.
 */
function dekAhead(h1: Element, marked: ReadonlySet<Element>): Element | null {
  let budget = DEK_AHEAD.maxTextBetween;
  let elements = 0;
  let node = followingNode(h1);
  while (node !== null) {
    if (isElement(node)) {
      if (marked.has(node)) return node;
      if (++elements > DEK_AHEAD.maxElements) return null;
      if (node.name === DEK_PARAGRAPH_TAG && innerTextLongerThan(node, ARTICLE_PROSE.paragraphLength)) return null;
      const first = node.children[0];
      if (first !== undefined && !DEK_AHEAD_UNSEEN_TAGS.has(node.name)) {
        node = first;
        continue;
      }
    } else if (isTextNode(node)) {
      budget -= trimmedLength(node.data);
      if (budget < 0) return null;
    }
    node = followingNode(node);
  }
  return null;
}

/**
 * Whether `el` sits in a figure (a caption classed "lead-caption") or a form (a dialog), one
 * that does not also hold the headline: ASP.NET pages wrap the whole page in a `<form>`.
 */
function inFigureOrForm(el: Element, h1: Element): boolean {
  for (let cur = el.parent; isElement(cur); cur = cur.parent) {
    if (NOT_A_DEK_ANCESTOR_TAGS.has(cur.name) && !contains(cur, h1)) return true;
  }
  return false;
}

/** Whether `el` or one of its nearest wrappers is named as a notice (NOT_A_DEK_CLASS_RE). */
function inNotice(el: Element): boolean {
  let cur: Element | null = el;
  for (let level = 0; cur && level <= DEK_ANCESTOR_LEVELS; level++) {
    if (NOT_A_DEK_CLASS_RE.test(classAndId(cur))) return true;
    cur = isElement(cur.parent) ? cur.parent : null;
  }
  return false;
}

/**
 * Whether `el` is or holds a byline or date line (the header's meta row) or a picture (a
 * lead-media block): a dek is a line of text of its own.
 */
function isMetaRowOrMedia(el: Element, metaLines: ReadonlySet<Element>): boolean {
  if (metaLines.has(el)) return true;
  let found = false;
  walkElements(el, (inner) => {
    if (metaLines.has(inner) || NOT_IN_DEK_TAGS.has(inner.name)) found = true;
    return !found;
  });
  return found;
}

/**
 * A dek's text, its paragraphs apart: a standfirst of two `<p>`s reads "… approved it. The £4m
 * wall …", not "it.The" as the elements' text runs together (review). Elements of one block
 * each (DEK_BOX_LABEL.blockTags) are joined with a space; anything else is read whole.
 */
function blocksText(el: Element): string {
  const parts: string[] = [];
  for (const child of el.children) {
    if (isTextNode(child)) {
      if (child.data.trim() !== '') return innerText(el);
    } else if (isElement(child)) {
      if (!DEK_BOX_LABEL.blockTags.has(child.name)) return innerText(el);
      parts.push(innerText(child).trim());
    }
  }
  return parts.length > 1 ? parts.filter(Boolean).join(' ') : innerText(el);
}

/**
 * A dek box's text without its own label (DEK_BOX_LABEL): Caixin's `<div class=subhead><span>摘要
 * </span><p>…</p></div>`, "Summary", "En bref". The label is the box's first element, short,
 * and a block follows it (its own line); a bold lead-in inside the dek's sentence ("<b>Jane
 * Doe</b> says…") is the dek's words. Null when the box has no such label.
 */
function withoutBoxLabel(el: Element): string | null {
  let label: Element | null = null;
  const rest: string[] = [];
  for (const child of el.children) {
    if (isTextNode(child)) {
      if (child.data.trim() !== '') return null;
      continue;
    }
    if (!isElement(child)) continue;
    if (label === null) {
      label = child;
      if (innerTextLongerThan(child, DEK_BOX_LABEL.maxLength) || !DEK_BOX_LABEL.tags.has(child.name)) return null;
      // A label ends no sentence ("It's official." and "预算获批。" open a two-line dek: review).
      if (DEK_BOX_LABEL.sentenceEndRe.test(innerText(child))) return null;
      continue;
    }
    // Set apart from what follows: a span or a heading over <p>s, not a short <p> over more <p>s.
    if (!DEK_BOX_LABEL.blockTags.has(child.name) || child.name === label.name) return null;
    rest.push(innerText(child).trim());
  }
  const text = rest.filter(Boolean).join(' ');
  return text || null;
}

/**
 * The dek is an element right under the headline: one of the first few following siblings
 * of the `<h1>` or of one of its wrappers, or inside such a sibling when it is small (a
 * header block), never deep inside the body container that follows. It is a dek-classed
 * element, the heading right after the `<h1>`, or the element that repeats the page's
 * description. Each of `anchors` (the headline's `<h1>` copies, best first) is tried in turn.
 * @internal
 */
export function findDek(
  candidates: readonly Element[],
  anchors: readonly Element[],
  headline: string | null,
  description: string | null = null,
  metaLines: ReadonlySet<Element> = new Set(),
): string | null {
  const headlineKey = headline ? comparisonKey(headline) : '';
  const descriptionKey = description ? comparisonKey(description) : '';
  const marked = markedDescribed(candidates, descriptionKey);
  for (const h1 of anchors) {
    const near = besideHeadline(h1);
    const opening = openingBlock(h1);
    const isNear = (el: Element): boolean => near.some((n) => n.el === el || (n.small && contains(n.el, el))) || (opening !== null && contains(opening, el) && DEK_CLASS_RE.test(dekClassNames(el)) && !INTRO_CLASS_RE.test(dekClassNames(el)) && beforeProse(opening, el));
    const pool = candidates.filter(isNear);
    const heading = headingAfter(h1, near);
    if (heading) pool.push(heading);
    const sub = subLineAfter(h1, near);
    if (sub) pool.push(sub);
    const opener = headerParagraphAfter(h1, near);
    if (opener) pool.push(opener);
    const described = describedElement(near, descriptionKey);
    if (described) pool.push(described);
    const ahead = marked.size > 0 ? dekAhead(h1, marked) : null;
    if (ahead) pool.push(ahead);
    for (const el of pool) {
      // A hidden block is for machines: a schema.org copy's truncated description.
      if (isMetaRowOrMedia(el, metaLines) || inFigureOrForm(el, h1) || isHiddenInTree(el) || inNotice(el)) continue;
      // An "intro", or a block that is a candidate for its itemprop=description alone, can as
      // well be the body's first paragraph. (Headings and described blocks have their own rules.)
      const names = dekClassNames(el);
      const loosely = INTRO_CLASS_RE.test(names) || !DEK_CLASS_RE.test(names);
      if (loosely && candidates.includes(el) && isBodyParagraph(el)) continue;
      const text = withoutBoxLabel(el) ?? blocksText(el);
      if (text.length < MIN_DEK_LENGTH || text.length > MAX_DEK_LENGTH || comparisonKey(text) === headlineKey) continue;
      // A heading under the <h1> may be its byline or a "Related:" link, not its dek.
      if (NOT_A_DEK_RE.test(text)) continue;
      return text;
    }
  }
  return null;
}
