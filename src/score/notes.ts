import type { AnyNode, Element, ParentNode } from '../parse/dom';
import { LETTER_OR_DIGIT_RE, SUBHEADING_TAG_RE, contains, findDescendant, footnoteTarget, inDocumentOrder, isElement, isTextNode, textContent, walkElements } from '../parse/dom';
import { FOOTNOTE_MARK_RE } from '../assemble/constants';
import { OUTSIDE_NOTES } from './weights';

/**
 * The anchors a list item is a note by: its own id, or its first element's (Springer's
 * `<li><p id=ref-CR1>citation</p><p>links</p></li>`; an old page's `<li><a name=fn1></a>…`).
 * The same reading as assemble's noteMark, which writes the item as the note's definition.
 * @internal
 */
export function noteItemIds(li: Element): string[] {
  const out: string[] = [];
  if (li.attribs.id !== undefined) out.push(li.attribs.id);
  const first = li.children.find(isElement);
  if (first !== undefined) {
    const anchor = first.attribs.id ?? (first.name === 'a' ? first.attribs.name : undefined);
    if (anchor !== undefined) out.push(anchor);
  }
  return out;
}

/** Whether a block holds a list item a footnote mark of the text links to (see footnoteTarget, noteItemIds): the notes. @internal */
export function holdsNoteTarget(el: Element, targets: ReadonlySet<string>): boolean {
  return targets.size > 0 && findDescendant(el, (d) => d.name === 'li' && noteItemIds(d).some((id) => targets.has(id))) !== null;
}

/**
 * The body with the notes its footnote marks point to, when those sit after it, outside the
 * chosen nodes: a References `<section>` after the body's box when the box alone was chosen
 * (Springer Nature's after `div.c-article-body`), a theme that prints a post's endnotes below
 * its content box. The marks are the story's
 * ("[^1]" in the markdown), so the notes are too: each list (ol/ul) holding the items they
 * link to joins the body after it, under the heading it has ("References"). Only a mark set
 * as one (a `<sup>` link whose text is a note's number, FOOTNOTE_MARK_RE) brings notes in;
 * a list joins only when half its items or more are such notes (OUTSIDE_NOTES.minNoteShare: not a
 * related list with one linked item), it follows the body, holds none of it, and sits in no
 * sidebar or navigation (OUTSIDE_NOTES.landmarks: a glossary box beside the story).
 * @internal
 */
export function withOutsideNotes(nodes: Element[], page: ParentNode): Element[] {
  const last = nodes[nodes.length - 1];
  if (last === undefined) return nodes;
  // The marks first: most bodies have none, and then no anchor need be read.
  const targets = new Set<string>();
  for (const node of nodes) {
    walkElements(node, (el) => {
      if (el.name !== 'a') return true;
      const target = footnoteTarget(el);
      if (target !== null && FOOTNOTE_MARK_RE.test(textContent(el).trim())) targets.add(target);
      return false;
    });
  }
  if (targets.size === 0) return nodes;
  // Marks whose notes the body holds already need nothing brought in.
  for (const node of nodes) {
    walkElements(node, (el) => {
      if (el.attribs.id !== undefined) targets.delete(el.attribs.id);
      if (el.name === 'a' && el.attribs.name !== undefined) targets.delete(el.attribs.name);
      return targets.size > 0;
    });
  }
  if (targets.size === 0) return nodes;

  const lists: Element[] = [];
  walkElements(page, (el) => {
    if (nodes.includes(el)) return false;
    if (el.name !== 'li' || !isElement(el.parent)) return true;
    const list = el.parent;
    if (!lists.includes(list) && (list.name === 'ol' || list.name === 'ul') && noteItemIds(el).some((id) => targets.has(id))) lists.push(list);
    return true;
  });
  const added: Element[] = [];
  for (const list of lists) {
    if (!isNotesList(list, targets) || nodes.some((n) => contains(list, n)) || inLandmark(list, last) || inDocumentOrder([list, last])[0] === list) continue;
    const heading = notesHeading(list);
    if (heading !== null && !nodes.some((n) => contains(n, heading))) added.push(heading);
    added.push(list);
  }
  return added.length > 0 ? inDocumentOrder([...nodes, ...added]) : nodes;
}

/** Whether half a list's items or more are notes the marks link to (OUTSIDE_NOTES.minNoteShare). */
function isNotesList(list: Element, targets: ReadonlySet<string>): boolean {
  let items = 0;
  let notes = 0;
  for (const child of list.children) {
    if (!isElement(child) || child.name !== 'li') continue;
    items++;
    if (noteItemIds(child).some((id) => targets.has(id))) notes++;
  }
  return notes > 0 && notes >= items * OUTSIDE_NOTES.minNoteShare;
}

/** Whether an element sits in a sidebar or a navigation landmark (OUTSIDE_NOTES.landmarks) that does not hold `body` too. */
function inLandmark(el: Element, body: Element): boolean {
  for (let cur: AnyNode | null = el; isElement(cur) && cur.name !== 'body'; cur = cur.parent) {
    const role = cur.attribs.role;
    if ((OUTSIDE_NOTES.landmarks.tags.has(cur.name) || (role !== undefined && OUTSIDE_NOTES.landmarks.roles.has(role.toLowerCase()))) && !contains(cur, body)) return true;
  }
  return false;
}

/**
 * The heading of a notes list: the subheading right before it, or before the boxes it opens
 * (Springer's `h2` "References" beside `div.c-article-section__content` > `div` > `ol`), up to
 * OUTSIDE_NOTES.headingLevels boxes up. Text before it that is no heading means it has none.
 */
function notesHeading(list: Element): Element | null {
  let cur: Element = list;
  for (let level = 0; level <= OUTSIDE_NOTES.headingLevels; level++) {
    for (let node = cur.prev; node; node = node.prev) {
      if (isTextNode(node)) {
        if (LETTER_OR_DIGIT_RE.test(node.data)) return null;
      } else if (isElement(node) && LETTER_OR_DIGIT_RE.test(textContent(node))) {
        return headingOf(node);
      }
    }
    if (!isElement(cur.parent) || cur.parent.name === 'body') return null;
    cur = cur.parent;
  }
  return null;
}

/** A subheading, or the subheading a box holds with no other text (a builder's "section-title" wrapper). */
function headingOf(el: Element): Element | null {
  if (SUBHEADING_TAG_RE.test(el.name)) return el;
  const heading = findDescendant(el, (d) => SUBHEADING_TAG_RE.test(d.name));
  return heading !== null && textContent(heading).trim() === textContent(el).trim() ? heading : null;
}
