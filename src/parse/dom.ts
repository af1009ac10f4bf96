/**
 * Small typed helpers over domhandler nodes, shared by every stage. All walks are iterative
 * (an explicit stack), so a page nested 100,000 levels deep cannot overflow the call stack.
 */
import { compile, selectAll, selectOne } from 'css-select';
import { uniqueSort } from 'domutils';
import type { AnyNode, Document, Element, ParentNode } from 'domhandler';

export type { AnyNode, Document, Element, ParentNode } from 'domhandler';

/**
 * True for element nodes (`<script>` and `<style>` are elements with their own type). The
 * domhandler type names (ElementType) are compared as plain strings, which keeps the core
 * dependency-light; three comparisons, not a Set lookup, as this runs for every node of
 * every walk.
 */
export function isElement(node: AnyNode | null | undefined): node is Element {
  if (node == null) return false;
  const type = node.type;
  return type === 'tag' || type === 'script' || type === 'style';
}

/** True for text nodes. */
export function isTextNode(node: AnyNode | null | undefined): node is AnyNode & { data: string } {
  return node != null && node.type === 'text';
}

/** Elements that render an image: `<img>` and AMP's `<amp-img>`. */
const IMAGE_TAGS: ReadonlySet<string> = new Set(['img', 'amp-img']);

/**
 * A custom element that renders a picture the way `<amp-img>` does (Forbes' `<progressive-image
 * src="…/960x0.jpg?format=jpg" alt="…">`, a lazy loader's element): a name with a hyphen,
 * a `src` to a raster file (`rasterSrcRe`, on the URL's path) and an `alt`, inside a `<figure>`
 * at most `figureLevels` above it. Outside a figure, or without an alt, such an element is a
 * widget (an avatar's, a player's), not the story's picture.
 */
export const CUSTOM_IMAGE = {
  rasterSrcRe: /\.(?:jpe?g|png|gif|webp|avif)(?:$|[?#])/i,
  figureLevels: 3,
} as const;

/** True for an image element: `<img>`, `<amp-img>`, or a custom picture element in a figure (CUSTOM_IMAGE). */
export function isImage(el: Element): boolean {
  return IMAGE_TAGS.has(el.name) || (el.name.includes('-') && isCustomImage(el));
}

function isCustomImage(el: Element): boolean {
  const { src, alt } = el.attribs;
  if (src === undefined || alt === undefined || !CUSTOM_IMAGE.rasterSrcRe.test(src)) return false;
  let up = el.parent;
  for (let i = 0; isElement(up) && i < CUSTOM_IMAGE.figureLevels; i++, up = up.parent) if (up.name === 'figure') return true;
  return false;
}

/** The first element below `root`, in document order, that passes `test`; null when none. Stops there. */
export function findDescendant(root: ParentNode, test: (el: Element) => boolean): Element | null {
  const stack: AnyNode[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i] as AnyNode);
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (!isElement(node)) continue;
    if (test(node)) return node;
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as AnyNode);
  }
  return null;
}

/** The element itself when it is an image, else its first image descendant, else null. */
export function findImage(el: Element): Element | null {
  return isImage(el) ? el : findDescendant(el, isImage);
}

/** True when an element is or contains an image element. */
export function containsImage(el: Element): boolean {
  return findImage(el) !== null;
}

/**
 * Counts the `<p>` descendants of an element whose text is at least `minLength` characters,
 * stopping at `enough`: a cheap test for "this holds article prose".
 */
export function countLongParagraphs(el: Element, minLength: number, enough: number): number {
  let count = 0;
  walkElements(el, (child) => {
    if (count >= enough) return false;
    if (child.name !== 'p') return true;
    if (innerText(child).length >= minLength) count++;
    return false;
  });
  return count;
}

/** An attribute's value, or `null`. */
export function attr(el: Element, name: string): string | null {
  const value = el.attribs[name];
  return value === undefined ? null : value;
}

/**
 * A test equal to `re.test(classAndId(el))` without building the joined string, for a
 * pattern that cannot match across the space between them (no whitespace, no anchors), and
 * with each class string's verdict remembered: it runs on every element of the content, and
 * pages repeat a few class strings on thousands of elements. Ids are tested as they come
 * (most are unique, so remembering them would only hold every id of the page). Make one per
 * call; `re` must not be global or sticky.
 */
export function classOrIdMatcher(re: RegExp): (el: Element) => boolean {
  const classVerdicts = new Map<string, boolean>();
  return (el) => {
    const { class: cls, id } = el.attribs;
    if (cls !== undefined) {
      let verdict = classVerdicts.get(cls);
      if (verdict === undefined) {
        verdict = re.test(cls);
        classVerdicts.set(cls, verdict);
      }
      if (verdict) return true;
    }
    return id !== undefined && re.test(id);
  };
}

/** `class` and `id` joined: the string class/id vocabularies are matched against. */
export function classAndId(el: Element): string {
  const cls = el.attribs.class;
  const id = el.attribs.id;
  if (cls && id) return `${cls} ${id}`;
  return cls ?? id ?? '';
}

/**
 * Raw concatenated text of a subtree (like `textContent`), built iteratively.
 * Whitespace is kept as in the source; callers normalise.
 */
export function textContent(node: AnyNode): string {
  return collectText(node, null);
}

/** The text of a subtree in document order; each `<br>` gives `breakText` (nothing when null). */
function collectText(node: AnyNode, breakText: string | null): string {
  if (isTextNode(node)) return node.data;
  if (!('children' in node)) return '';
  const parts: string[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as AnyNode;
    if (isTextNode(current)) {
      parts.push(current.data);
    } else if (breakText !== null && isElement(current) && current.name === 'br') {
      parts.push(breakText);
    } else if ('children' in current) {
      const children = (current as ParentNode).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as AnyNode);
    }
  }
  return parts.join('');
}

/**
 * The text of a subtree with the descendants `skip` accepts left out, each replaced by
 * `replacement` (a space): "by Jane Doe<span class=date>Monday…</span>" reads "by Jane Doe ".
 */
export function textContentExcept(node: ParentNode, skip: (el: Element) => boolean, replacement = ' '): string {
  return textWithSkips(node, skip, replacement, false);
}

/**
 * The walk of textContentExcept and separatedText: with `joints`, an ELEMENT_JOINT marks
 * where an element starts right after a sibling element.
 */
function textWithSkips(node: ParentNode, skip: (el: Element) => boolean, replacement: string, joints: boolean, breakText: string | null = null): string {
  const parts: string[] = [];
  // A string on the stack is text to write when the walk gets back to it: the space after a block.
  const stack: Array<AnyNode | string> = [];
  for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  while (stack.length > 0) {
    const current = stack.pop() as AnyNode | string;
    if (typeof current === 'string') {
      parts.push(current);
    } else if (isTextNode(current)) {
      parts.push(current.data);
    } else if (isElement(current) && skip(current)) {
      parts.push(breakText !== null && current.name === 'br' ? breakText : replacement);
    } else if ('children' in current) {
      const block = (joints || breakText !== null) && isElement(current) && SEPARATED_BLOCK_TAGS.has(current.name);
      if (block) {
        const apart = breakText ?? ' ';
        parts.push(apart);
        stack.push(apart);
      } else if (joints && isElement(current) && isElement(current.prev) && !WORD_SUFFIX_TAGS.has(current.name)) parts.push(ELEMENT_JOINT);
      const children = (current as ParentNode).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as AnyNode);
    }
  }
  return parts.join('');
}

/** Blocks that stand apart from the text around them, however the markup glues them ("month.</p><p>Source: …"). */
const SEPARATED_BLOCK_TAGS: ReadonlySet<string> = new Set(['p', 'br', 'div', 'li', 'dd', 'dt', 'blockquote', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'section', 'article', 'header', 'footer']);

/**
 * Marks where an element starts right after a sibling element (see separatedText). parse5
 * turns U+0000 in a page's text into U+FFFD, so no text holds one.
 */
const ELEMENT_JOINT = '\u0000';
/** Joints between two letters or digits, which read as a space: "2025</span><span>3:09". */
const GLUING_JOINT_RE = /(?<=[\p{L}\p{N}])\u0000+(?=[\p{L}\p{N}])/gu;
const ELEMENT_JOINT_RE = /\u0000/g;

/**
 * Elements that continue the word before them however they are written: an ordinal's
 * "<span>23</span><sup>rd</sup>" is one word.
 */
const WORD_SUFFIX_TAGS: ReadonlySet<string> = new Set(['sup']);

/**
 * The text of a subtree (`skip`'s subtrees replaced by a space, as in textContentExcept), with
 * a space where two sibling elements meet with no text between them and the text on either
 * side ends and starts with a letter or digit: a date line built from spans that a
 * stylesheet spaces out, "<span>December 23, 2025</span><span>3:09 PM GMT+3</span>", reads
 * "December 23, 2025 3:09 PM GMT+3", not "…20253:09 PM". Text glued to punctuation
 * ("<span>23</span>.<span>12</span>") or a text node and an element stay as written; a block
 * (SEPARATED_BLOCK_TAGS: "month.</p><p>Source") stands apart from its neighbours.
 */
export function separatedText(node: ParentNode, skip: (el: Element) => boolean): string {
  const text = textWithSkips(node, skip, ' ', true);
  return text.includes(ELEMENT_JOINT) ? text.replace(GLUING_JOINT_RE, ' ').replace(ELEMENT_JOINT_RE, '') : text;
}

/**
 * The text of a subtree with a space between its text nodes, `skip`'s subtree left out:
 * "…el lunes.</span><span>Claudio Álvarez" and "…bienestar</p><a>Apúntate" read as separate
 * words, however the markup glues them.
 */
export function spacedText(root: Element, skip: Element | null = null): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (node === skip) continue;
    if (isTextNode(node)) parts.push(node.data);
    else if (isElement(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
  return parts.join(' ');
}

/** A letter in any script: text that holds one is words, not marks or digits. */
export const LETTER_RE = /\p{L}/u;
/** A letter or a digit in any script: text that says something, not a rule or a mark. */
export const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;

/**
 * A word, as a regex source (flag `u`): letters with their combining marks (an abugida's vowel
 * signs and viramas: Sinhala "වාර්තා කළේ" is two words, not four) and digits, joined over one
 * zero-width joiner or non-joiner between word characters, which only chooses a glyph inside a
 * word (Sinhala "ප්‍රධාන" and Devanagari half forms with a ZWJ, Persian "می‌خواهم" with a
 * ZWNJ: one word each), not over one an emoji sequence joins with ("👨‍👩‍👧"). The stages build
 * their word patterns from it, so they count the same words.
 */
export const WORD_SOURCE = String.raw`[\p{L}\p{M}\p{N}]+(?:[\u200c\u200d][\p{L}\p{M}\p{N}]+)*`;

/** A subheading's tag, `<h2>` to `<h6>`: the story's own headings under its `<h1>`. */
export const SUBHEADING_TAG_RE = /^h[2-6]$/;

const COMBINING_MARKS_RE = /\p{M}+/gu;

/** Lower case without accents ("Lucía" → "lucia"): how a slug or an anchor id spells a word. */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS_RE, '').toLowerCase();
}

const NOT_LETTER_OR_DIGIT_RE = /[^\p{L}\p{N}]+/gu;

/**
 * A text reduced to its letters and digits, accents and case aside: "Lucía Herrero" and
 * "lucia-herrero" are both "luciaherrero", "Raspberry Pi" and "raspberry-pi" one.
 */
export function slugKey(text: string): string {
  return foldAccents(text).replace(NOT_LETTER_OR_DIGIT_RE, '');
}

/** The nearest ancestor that opens a microdata scope (`itemscope`), or null. */
export function itemScopeOf(el: Element): Element | null {
  for (let cur = el.parent; isElement(cur); cur = cur.parent) {
    if (cur.attribs.itemscope !== undefined) return cur;
  }
  return null;
}

/** Inline styles that hide an element. */
const HIDDEN_STYLE_RE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Whether the markup itself hides `el`: the `hidden` attribute or an inline hiding style. */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.attribs.hidden !== undefined) return true;
  const style = el.attribs.style;
  return style !== undefined && HIDDEN_STYLE_RE.test(style);
}

/**
 * Whether `el` or one of its ancestors below `<body>` is hidden by its markup (see
 * {@link isHiddenByMarkup}). `<html>` and `<body>` are left out: pages hide them until their
 * scripts run (an anti-flicker `visibility:hidden`).
 */
export function isHiddenInTree(el: Element): boolean {
  for (let cur: Element | null = el; cur && cur.name !== 'body' && cur.name !== 'html'; cur = isElement(cur.parent) ? cur.parent : null) {
    if (isHiddenByMarkup(cur)) return true;
  }
  return false;
}

/** Elements whose text no reader sees: a byline's inline script must not become its name. */
const UNSEEN_TEXT_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'template']);

/**
 * Classes of text only screen readers get: an icon's label ("<span class=sr-only>SPIEGEL+</span>"
 * in a headline), a figure's title for the blind (Drupal's element-invisible).
 */
export const SCREEN_READER_CLASS_RE = /(?:^|\s)(?:element-invisible|visually-hidden|sr-only|screen-reader-text|offscreen)(?:\s|$)/;

/** Whether `el` is classed as text for screen readers only (SCREEN_READER_CLASS_RE). */
export function isScreenReaderOnly(el: Element): boolean {
  const cls = el.attribs.class;
  return cls !== undefined && SCREEN_READER_CLASS_RE.test(cls);
}

/** Whether an element's text is never shown (script, style, template). */
export function isUnseenText(el: Element): boolean {
  return UNSEEN_TEXT_TAGS.has(el.name);
}

/**
 * innerText without the text of scripts, styles and templates. The metadata stage reads the
 * page before clean/ removes them, and a byline can hold an e-mail obfuscator's script. A
 * `<br>` reads as the space it shows, as in innerText: "by Doris Pruitt<br>December 21, 1999"
 * is a name and a date, not "Doris PruittDecember".
 */
export function visibleText(node: ParentNode): string {
  return normalizeSpace(textContentExcept(node, isUnseenTextOrBreak));
}

/** Marks a `<br>` in visibleLines' walk: NUL, which parse5 replaces in every text node. */
const LINE_BREAK_MARK = '\0';

/**
 * The visible text of a subtree split at its `<br>`s and around its blocks (SEPARATED_BLOCK_TAGS),
 * each line normalised, empty ones left out: a byline's "By Jane Doe<br>Staff Writer" or
 * "<p>By Jane Doe</p><p>Staff Writer</p>" is two lines where visibleText reads one.
 */
export function visibleLines(node: ParentNode): string[] {
  const lines: string[] = [];
  for (const line of textWithSkips(node, isUnseenTextOrBreak, ' ', false, LINE_BREAK_MARK).split(LINE_BREAK_MARK)) {
    const text = normalizeSpace(line);
    if (text !== '') lines.push(text);
  }
  return lines;
}

function isUnseenTextOrBreak(el: Element): boolean {
  return el.name === 'br' || UNSEEN_TEXT_TAGS.has(el.name);
}

const WHITESPACE_RUN_RE = /\s+/g;
/** Zero-width and BOM characters that carry no text. */
const INVISIBLE_CHARS_RE = /[\u200b\u2060\ufeff\u00ad]/g;

/**
 * Anything the two replacements below would change: an invisible character, whitespace other
 * than a space, or two spaces in a row. Most texts have none, and a test scans without
 * allocating, where a global replace copies the whole text even when it changes nothing.
 */
const UNNORMALIZED_RE = /[\u200b\u2060\ufeff\u00ad]|[^\S ]| {2}/;

/** Collapses whitespace runs to one space, drops zero-width characters and trims. */
export function normalizeSpace(text: string): string {
  if (!UNNORMALIZED_RE.test(text)) return text.trim();
  return text.replace(INVISIBLE_CHARS_RE, '').replace(WHITESPACE_RUN_RE, ' ').trim();
}

/** Whether a code unit is one String.prototype.trim removes (ECMAScript WhiteSpace and LineTerminator). */
function isTrimmed(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** `text.trim().length`, without making the trimmed copy (this runs on every text node of the content). */
export function trimmedLength(text: string): number {
  let start = 0;
  let end = text.length;
  while (start < end && isTrimmed(text.charCodeAt(start))) start++;
  while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--;
  return end - start;
}

/**
 * Removes characters of `chars` from the end of `text`. A loop, not a `[…]+$` regex: such a
 * regex retries from every position of a long run that is not at the end.
 */
export function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

/** Removes characters of `chars` from the start of `text`. */
export function trimStartChars(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text.charAt(start))) start++;
  return text.slice(start);
}

const NON_WORD_RE = /[^\p{L}\p{N}]+/gu;

/**
 * A key for comparing texts that differ only in case, spacing and punctuation ("Title —
 * Site" vs "title: site"): lower-case letters and digits of any script.
 */
export function comparisonKey(text: string | null | undefined): string {
  return text ? text.toLowerCase().replace(NON_WORD_RE, '') : '';
}

/**
 * Normalised text of a subtree, a `<br>` read as the space it shows: "…승강장<br>[촬영 박영희]"
 * and "on Monday.<br>Photo: X" are two words apart, not glued.
 */
export function innerText(node: AnyNode): string {
  return normalizeSpace(collectText(node, ' '));
}

/** The characters INVISIBLE_CHARS_RE drops before whitespace runs are collapsed. */
function isInvisible(c: number): boolean {
  return c === 0xad || c === 0x200b || c === 0x2060 || c === 0xfeff;
}

/**
 * innerText's length so far, counted as normalizeSpace leaves the text: each visible
 * character, and one space for a whitespace run between two of them (leading and trailing
 * runs are trimmed; invisible characters neither count nor break a run).
 */
interface TextLength {
  length: number;
  gap: boolean;
}

/** Adds a text's characters to `count`; whether the count has passed `max`. */
function countPasses(count: TextLength, data: string, max: number): boolean {
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (isInvisible(c)) continue;
    if (isTrimmed(c)) {
      count.gap = count.length > 0;
      continue;
    }
    count.length += count.gap ? 2 : 1;
    count.gap = false;
    if (count.length > max) return true;
  }
  return false;
}

/**
 * `innerText(node).length > max`, without building the text: the walk counts the length
 * innerText would have and stops as soon as it passes `max`. A check against a small limit on
 * a large container (is this sibling of the headline a small header block?) costs `max`
 * characters, not the whole body, and a short one allocates nothing.
 */
export function innerTextLongerThan(node: AnyNode, max: number): boolean {
  if (max < 0) return true;
  const count: TextLength = { length: 0, gap: false };
  if (isTextNode(node)) return countPasses(count, node.data, max);
  if (!('children' in node)) return false;
  // Children are read in place, one index per open element, not queued up front: a check
  // that stops early costs what it read, however many siblings follow (a wide grid's box).
  const parents: ParentNode[] = [node as ParentNode];
  const next: number[] = [0];
  while (parents.length > 0) {
    const top = parents.length - 1;
    const parent = parents[top] as ParentNode;
    const at = next[top] as number;
    if (at >= parent.children.length) {
      parents.pop();
      next.pop();
      continue;
    }
    next[top] = at + 1;
    const child = parent.children[at] as AnyNode;
    if (isTextNode(child)) {
      if (countPasses(count, child.data, max)) return true;
    } else if (isElement(child) && child.name === 'br') {
      count.gap = count.length > 0; // innerText reads a <br> as a space
    } else if ('children' in child) {
      parents.push(child as ParentNode);
      next.push(0);
    }
  }
  return false;
}

/**
 * Detaches many nodes at once: each parent's child list is rebuilt once, so removing
 * 100,000 siblings costs one pass over them, not one splice each.
 */
export function removeNodes(nodes: readonly AnyNode[]): void {
  if (nodes.length === 0) return;
  const doomed = new Set<AnyNode>(nodes);
  const parents = new Set<ParentNode>();
  for (const node of nodes) if (node.parent) parents.add(node.parent);
  for (const parent of parents) {
    const kept = parent.children.filter((child) => !doomed.has(child));
    for (let i = 0; i < kept.length; i++) {
      const kid = kept[i] as AnyNode;
      kid.prev = (kept[i - 1] as AnyNode | undefined) ?? null;
      kid.next = (kept[i + 1] as AnyNode | undefined) ?? null;
    }
    parent.children = kept as typeof parent.children;
  }
  for (const node of nodes) {
    node.parent = null;
    node.prev = null;
    node.next = null;
  }
}

/**
 * Visits every element below `root` in document order, iteratively. The visitor may return
 * `false` to skip an element's subtree.
 */
export function walkElements(root: ParentNode, visit: (el: Element) => boolean | void): void {
  const stack: AnyNode[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i] as AnyNode);
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (!isElement(node)) continue;
    if (visit(node) === false) continue;
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as AnyNode);
  }
}

/**
 * The element that holds one whole story (HTML's "self-contained composition"): its headline,
 * hero, byline and body belong together, and a byline or teaser inside another one (a related
 * card before, after or nested in the story) is that other story's. Shared by metadata and score.
 */
export const STORY_TAG = 'article';

/** The nearest story container ({@link STORY_TAG}) around an element (the element itself excluded), or `null`. */
export function enclosingArticle(el: Element): Element | null {
  for (let cur = el.parent; isElement(cur); cur = cur.parent) if (cur.name === STORY_TAG) return cur;
  return null;
}

/** HTML's space characters, which separate the tokens of a class, rel or itemprop list. */
const TOKEN_SPLIT_RE = /[\t\n\f\r ]+/;

/** Whether an attribute's space-separated list (a class, rel or itemprop) holds `token`. */
export function hasListToken(value: string | undefined, token: string, ignoreCase = false): boolean {
  if (!value) return false;
  for (const t of value.split(TOKEN_SPLIT_RE)) if ((ignoreCase ? t.toLowerCase() : t) === token) return true;
  return false;
}

/** Whether an element holds a list item, or a second paragraph: the story's blocks, not a header's line or a dek. */
export function holdsStoryBlocks(el: Element): boolean {
  let paragraphs = 0;
  return findDescendant(el, (d) => d.name === 'li' || (d.name === 'p' && ++paragraphs > 1)) !== null;
}

/**
 * The element sibling before (`step` −1) or after (1) `el`, across white space and comments;
 * null when text or nothing stands there (a list between two blocks, a card beside its name).
 * For the nearest element sibling whatever stands between, domutils' prevElementSibling and
 * nextElementSibling.
 */
export function adjacentElement(el: Element, step: -1 | 1): Element | null {
  for (let node = step === 1 ? el.next : el.prev; node; node = step === 1 ? node.next : node.prev) {
    if (isElement(node)) return node;
    if (isTextNode(node) && node.data.trim() !== '') return null;
  }
  return null;
}

/**
 * The id a footnote mark links to: an in-page link in a `<sup>` or holding one (MediaWiki's
 * "<sup class=reference><a href=#cite_note-3>[3]</a></sup>", pandoc's "<a href=#fn1><sup>1</sup></a>").
 * Read by clean (a note's anchor is no role name) and score (the notes are the story's).
 */
export function footnoteTarget(a: Element): string | null {
  const href = a.attribs.href;
  if (href === undefined || href.length < 2 || href.charCodeAt(0) !== HASH) return null;
  const inSup = (isElement(a.parent) && a.parent.name === 'sup') || a.children.some((c) => isElement(c) && c.name === 'sup');
  return inSup ? href.slice(1) : null;
}

const HASH = 35;

/** The one element child of `el` when its other children are whitespace; else null. */
export function soleElementChild(el: Element): Element | null {
  let only: Element | null = null;
  for (const child of el.children) {
    if (isTextNode(child)) {
      if (child.data.trim()) return null;
    } else if (isElement(child)) {
      if (only) return null;
      only = child;
    }
  }
  return only;
}

/** The nodes sorted in document order (domutils' uniqueSort, which also drops repeats). */
export function inDocumentOrder<T extends AnyNode>(nodes: T[]): T[] {
  return uniqueSort(nodes);
}

/** True when `ancestor` contains `node` (or is it). */
export function contains(ancestor: AnyNode, node: AnyNode | null): boolean {
  for (let cur: AnyNode | null = node; cur; cur = cur.parent) if (cur === ancestor) return true;
  return false;
}

/** The nearest node holding both `a` and `b` (one of them when it holds the other), or null in two trees. */
export function commonAncestor(a: AnyNode, b: AnyNode): ParentNode | null {
  const seen = new Set<AnyNode>();
  for (let cur: AnyNode | null = a; cur; cur = cur.parent) seen.add(cur);
  for (let cur: AnyNode | null = b; cur; cur = cur.parent) if (seen.has(cur)) return cur as ParentNode;
  return null;
}

const BODY_QUERY = compile('body');

/** The first `<body>` of a document, or the document itself when parsing produced none. */
export function bodyOf(doc: Document): ParentNode {
  const body = selectOne(BODY_QUERY, doc);
  return body ?? doc;
}

/** A css-select query compiled once, at module load. */
export type Query = ReturnType<typeof compile>;

/** Compiles a selector list once, for reuse across calls. */
export function compileQuery(selector: string): Query {
  return compile(selector);
}

/** Every element below `root` that matches a compiled query. */
export function queryAll(query: Query, root: AnyNode | AnyNode[]): Element[] {
  return selectAll(query, root) as Element[];
}
