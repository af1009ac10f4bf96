import type { AnyNode, Element } from '../parse/dom';
import { LETTER_OR_DIGIT_RE, SUBHEADING_TAG_RE, adjacentElement, footnoteTarget, classAndId, containsImage, findDescendant, isElement, isTextNode, removeNodes, textContent, walkElements } from '../parse/dom';
import type { TreeStats } from './measure';
import { holdsQuotedContent } from '../clean/quoted-content';
import { QUOTE_BOX_LEVELS } from '../clean/constants';
import { countCommas, linkDensity } from './measure';
import { holdsNoteTarget } from './notes';
import {
  weighedNames,
  CAPTION_NAME_RE,
  NEGATIVE_CLASS_RE,
  NEVER_PRUNED_INSIDE,
  QUOTE_BOX_NAME_RE,
  QUOTE_ATTRIBUTION_NAME_RE,
  POSITIVE_CLASS_RE,
  PRUNE_LINK_DENSITY,
  ONE_LINK_LINE,
  PRUNE_LINK_DENSITY_POSITIVE,
  PRUNE_MAX_NEGATIVE_SCORE,
  PRUNE_MAX_NEGATIVE_TEXT,
  PRUNE_MIN_COMMAS,
  PRUNE_TAGS,
  HEADING_WRAPPER_TEXT_SHARE,
  PROSE_PARAGRAPH_LENGTH,
  SENTENCE_END_RE,
  SENTENCE_ITEM_SHARE,
  LINK_LABEL_END_RE,
  BODY_BLOCK_TAGS,
  ITEM_STAMP_RE,
  ITEM_WORD_TAGS,
  LIST_HEADING_RE,
  LINKS_LABEL_HEADING_RE,
} from './weights';

/** True when a `<p>` below the element is a sentence of prose with few links. */
function holdsProseParagraph(el: Element, stats: TreeStats): boolean {
  return (
    findDescendant(el, (child) => {
      if (child.name !== 'p') return false;
      const s = stats.get(child);
      return s !== undefined && s.text >= PROSE_PARAGRAPH_LENGTH && linkDensity(s) < PRUNE_LINK_DENSITY && SENTENCE_END_RE.test(textContent(child));
    }) !== null
  );
}

/** True when a subheading (h2–h6) is all the element holds: a builder's wrapper of it. */
function wrapsHeading(el: Element, text: number, stats: TreeStats): boolean {
  const heading = findDescendant(el, (child) => SUBHEADING_TAG_RE.test(child.name));
  return heading !== null && (stats.get(heading)?.text ?? 0) >= text * HEADING_WRAPPER_TEXT_SHARE;
}

/**
 * A picture's box around its caption and credit, whatever its own name (CNN's
 * "image__metadata" holding `div.image__caption` and `figcaption.image__credit`, pruned as
 * "meta" otherwise): it holds a `<figcaption>` or a caption- or credit-named element
 * (CAPTION_NAME_RE), and its parent holds the picture. A "post-meta" row with no picture
 * beside it is a meta line still.
 */
function isCaptionBox(el: Element): boolean {
  const parent = el.parent;
  if (!isElement(parent) || !containsImage(parent)) return false;
  return findDescendant(el, (d) => d.name === 'figcaption' || (d.attribs.class !== undefined && CAPTION_NAME_RE.test(d.attribs.class))) !== null;
}

/**
 * A short line whose one link is a word of it, not most of it, after a label of its own: a
 * fact check's "Rating: <a>False</a>", "See it now: <a>Amazon</a>". Its density says link list
 * only because the line is short. A line that opens with its link is the link's label
 * ("<a>Fotogaléria</a> 12 fotografií"); a read-more line is told by its words later
 * (assemble's READ_MORE_PREFIX_RE and labelled links).
 */
function oneLinkInALine(el: Element, s: { text: number; link: number }): boolean {
  if (s.text > ONE_LINK_LINE.maxText || s.link > s.text * ONE_LINK_LINE.maxLinkShare) return false;
  let links = 0;
  let labelFirst = false;
  const stack: AnyNode[] = [el];
  while (stack.length > 0 && links < 2) {
    const node = stack.pop() as AnyNode;
    if (isTextNode(node)) {
      if (links === 0 && LETTER_OR_DIGIT_RE.test(node.data)) labelFirst = true;
    } else if (isElement(node)) {
      if (node.name === 'a' && node.attribs.href !== undefined) {
        links++;
        continue;
      }
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
    }
  }
  return links === 1 && labelFirst;
}

/**
 * A list of sentences that each link a few words inside them, under a heading of the body:
 * a changelog's "Gijs <a>fixed some flicker</a> that occurred when…", a weekly round-up's
 * items. Its density says link list, but most items open with words of their own, not with a
 * link, a label ("Read more: <a>…</a>"), a kicker in a span or a date ("2h ago <a>…</a>").
 * The list stands between the body's blocks: a subheading that names no list of stories (or a
 * paragraph ending in a colon that introduces it) before it, a block of the body after it. At
 * the end of the content the same shape is a related-story list told as sentences (WIRED's
 * "YouTubers must unionize, <a>no matter what Google says</a>" after a styled div).
 */
function isSentenceItemList(el: Element): boolean {
  if (el.name !== 'ul' && el.name !== 'ol') return false;
  const next = adjacentElement(el, 1);
  if (next === null || !BODY_BLOCK_TAGS.has(next.name) || !LETTER_OR_DIGIT_RE.test(textContent(next))) return false;
  const prev = adjacentElement(el, -1);
  if (prev === null) return false;
  const prevText = textContent(prev).trim();
  const introduced = SUBHEADING_TAG_RE.test(prev.name) ? !LIST_HEADING_RE.test(prevText) : prev.name === 'p' && INTRO_END_RE.test(prevText);
  if (!introduced) return false;
  let items = 0;
  let opening = 0;
  for (const child of el.children) {
    if (!isElement(child) || child.name !== 'li') continue;
    items++;
    if (opensWithOwnWords(child)) opening++;
  }
  return items > 0 && opening >= items * SENTENCE_ITEM_SHARE;
}
/** A paragraph that introduces the list after it ends so. */
const INTRO_END_RE = /[:：]$/u;

/**
 * Whether an item's text before its first link holds a word of its own: text of the item
 * itself or of its emphasis (ITEM_WORD_TAGS), no label of the link and no stamp.
 */
function opensWithOwnWords(li: Element): boolean {
  let before = '';
  const stack: AnyNode[] = [li];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (isTextNode(node)) before += node.data;
    else if (isElement(node)) {
      if (node.name === 'a' && node.attribs.href !== undefined) break;
      // A kicker or a label in an element of its own ("<span class=kicker>Transit</span>") is no word of a sentence.
      if (node !== li && !ITEM_WORD_TAGS.has(node.name)) {
        if (!LETTER_OR_DIGIT_RE.test(textContent(node))) continue;
        // After the item's own words (a nested list, a note), the opening is read.
        if (LETTER_OR_DIGIT_RE.test(before)) break;
        return false;
      }
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
    }
  }
  return LETTER_OR_DIGIT_RE.test(before) && !LINK_LABEL_END_RE.test(before) && !ITEM_STAMP_RE.test(before);
}

/** Whether one of the QUOTE_BOX_LEVELS nearest ancestors of `el` is named as a quote (QUOTE_BOX_NAME_RE): its attribution's box. */
function inQuoteBox(el: Element): boolean {
  let cur = el.parent;
  for (let level = 0; isElement(cur) && level < QUOTE_BOX_LEVELS; level++, cur = cur.parent) {
    if (cur.name === 'body') return false;
    if (QUOTE_BOX_NAME_RE.test(weighedNames(cur))) return true;
  }
  return false;
}

/**
 * Removes, inside the chosen content, containers that read as chrome rather than prose: link
 * lists (related stories, tag clouds) and negatively named blocks with little text
 * (Readability's conditional cleaning, on precomputed lengths).
 * @internal
 */
export function pruneContent(nodes: readonly Element[], stats: TreeStats, scores: Map<Element, number>): void {
  const doomed: Element[] = [];
  // The ids the text's footnote marks link to, met before the notes they point to.
  const noteTargets = new Set<string>();
  for (const node of nodes) {
    // A picture merged in as a part of its own (a figure between the body's blocks) keeps its caption and credit.
    if (NEVER_PRUNED_INSIDE.has(node.name)) continue;
    walkElements(node, (el) => {
      if (NEVER_PRUNED_INSIDE.has(el.name)) return false;
      if (el.name === 'a') {
        const target = footnoteTarget(el);
        if (target !== null) noteTargets.add(target);
        return true;
      }
      if (!PRUNE_TAGS.has(el.name)) return true;
      const s = stats.get(el);
      if (!s || s.text === 0) return true;
      const names = weighedNames(el);
      const positive = POSITIVE_CLASS_RE.test(names);
      const negative = NEGATIVE_CLASS_RE.test(names);
      const limit = positive && !negative ? PRUNE_LINK_DENSITY_POSITIVE : PRUNE_LINK_DENSITY;
      const linkList = linkDensity(s) > limit && !oneLinkInALine(el, s) && !isSentenceItemList(el);
      const weakChrome = negative && !positive && (scores.get(el) ?? 0) < PRUNE_MAX_NEGATIVE_SCORE && s.text < PRUNE_MAX_NEGATIVE_TEXT;
      if (!linkList && !weakChrome) return true;
      // Prose survives whatever its links or name: commas mark sentences. Images and their
      // captions are assembled into figures, never pruned as text; nor is what a caption
      // holds (its credit in a "media__copyright" block).
      if (countCommas(textContent(el), PRUNE_MIN_COMMAS) >= PRUNE_MIN_COMMAS) return true;
      if (!linkList && CAPTION_NAME_RE.test(names)) return false;
      if (!linkList && isCaptionBox(el)) return false;
      if (!linkList && QUOTE_ATTRIBUTION_NAME_RE.test(names) && inQuoteBox(el)) return false;
      if (!linkList && containsImage(el)) return true;
      // A chrome-ish name around a sentence-long paragraph ("leafmedia--sourced-paragraph"
      // around the lead) is the CMS's wrapper of that paragraph, not furniture.
      if (!linkList && holdsProseParagraph(el, stats)) return true;
      // A page builder's heading widget ("elementor-widget-heading") wraps the story's subhead.
      if (!linkList && wrapsHeading(el, s.text, stats)) return true;
      // A table's scrolling wrapper ("notion-scroller", "table-scroll") is the table's box.
      if (!linkList && findDescendant(el, (child) => child.name === 'table') !== null) return true;
      // A quoted post's links are its own (a tweet's t.co link and date), not a link list.
      if (holdsQuotedContent(el)) return true;
      // The notes the text's footnote marks point to are the story's sources, however linked.
      if (linkList && holdsNoteTarget(el, noteTargets)) return false;
      doomed.push(el);
      // A read-more label set as the heading of the links goes with them (Al Jazeera's "<h4>More:</h4>").
      const label = linkList ? adjacentElement(el, -1) : null;
      if (label !== null && SUBHEADING_TAG_RE.test(label.name) && LINKS_LABEL_HEADING_RE.test(textContent(label).trim())) doomed.push(label);
      return false;
    });
  }
  removeNodes(doomed);
}
