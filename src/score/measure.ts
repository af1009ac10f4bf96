import type { AnyNode, Element, ParentNode } from '../parse/dom';
import { isElement, isTextNode } from '../parse/dom';

/** Text and link lengths of an element's subtree, computed once per page. */
export interface NodeStats {
  /** Characters of text, whitespace runs counted as one. */
  text: number;
  /** Characters of text inside links. */
  link: number;
  /** Characters of text in the element's own text nodes (not in child elements). */
  direct: number;
  /** Commas in the subtree's text (see {@link countCommas}), so scoring never rebuilds a paragraph's text to count them. */
  commas: number;
  /** Commas in the element's own text nodes. */
  directCommas: number;
}

/** Comma characters: commas mark prose in Latin, Arabic and CJK text alike. */
const COMMA_CHARS = ',،，、';
const COMMA_CODES: ReadonlySet<number> = new Set(Array.from(COMMA_CHARS, (c) => c.charCodeAt(0)));

/** Whitespace for collapsedLength: space, \n, \t, \r, \f and no-break space, as char codes. */
function isCollapsibleSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0x0c || code === 0xa0;
}

/** Length of a string with every whitespace run counted as one character and ends trimmed. */
export function collapsedLength(text: string): number {
  let length = 0;
  let inSpace = true;
  for (let i = 0; i < text.length; i++) {
    if (isCollapsibleSpace(text.charCodeAt(i))) {
      if (!inSpace) {
        length++;
        inSpace = true;
      }
    } else {
      length++;
      inSpace = false;
    }
  }
  return inSpace && length > 0 ? length - 1 : length;
}

/**
 * Measures every element below `root` in one post-order walk: the text and link lengths of
 * each subtree are summed from its children, so no text is ever rebuilt per node. Elements
 * without text are left out of the map (read a missing entry as all zeros).
 * @internal
 */
export function measureTree(root: ParentNode): Map<Element, NodeStats> {
  const stats = new Map<Element, NodeStats>();
  // Two parallel stacks rather than a { node, exit } object per visit: this walk runs on
  // every element of the page, and those objects were pure GC churn.
  const nodes: AnyNode[] = [];
  const exits: boolean[] = [];
  if (isElement(root)) {
    nodes.push(root);
    exits.push(false);
  } else {
    for (let i = root.children.length - 1; i >= 0; i--) {
      nodes.push(root.children[i] as AnyNode);
      exits.push(false);
    }
  }
  while (nodes.length > 0) {
    const node = nodes.pop() as AnyNode;
    const exit = exits.pop() as boolean;
    if (!isElement(node)) continue;
    if (!exit) {
      nodes.push(node);
      exits.push(true);
      const kids = node.children;
      for (let i = kids.length - 1; i >= 0; i--) {
        nodes.push(kids[i] as AnyNode);
        exits.push(false);
      }
      continue;
    }
    let text = 0;
    let link = 0;
    let direct = 0;
    let commas = 0;
    let directCommas = 0;
    for (const child of node.children) {
      if (isTextNode(child)) {
        const length = collapsedLength(child.data);
        // Adjacent text runs are separated by a space in rendered text.
        text += length > 0 ? length + 1 : 0;
        direct += length;
        directCommas += countCommas(child.data);
      } else if (isElement(child)) {
        const s = stats.get(child);
        if (s) {
          text += s.text;
          link += s.link;
          commas += s.commas;
        }
      }
    }
    if (node.name === 'a') link = text;
    // An element without text has no entry: every reader takes a missing entry as all zeros,
    // and a third of a page's elements (images, embeds, empty wrappers) were a Map entry and
    // an object each for nothing.
    if (text > 0) stats.set(node, { text, link, direct, commas: commas + directCommas, directCommas });
  }
  return stats;
}

/** Link text as a share of all text (0 for an element without text). */
export function linkDensity(s: NodeStats | undefined): number {
  return s && s.text > 0 ? Math.min(1, s.link / s.text) : 0;
}

/** Commas in a text (Latin, Arabic and CJK commas), counted up to `limit`. */
export function countCommas(text: string, limit = Number.POSITIVE_INFINITY): number {
  let n = 0;
  for (let i = 0; i < text.length && n < limit; i++) {
    const c = text.charCodeAt(i);
    // The only ASCII comma is U+002C and the others sit at U+060C and above, so one or two
    // comparisons skip a Latin character.
    if ((c === 0x2c || c >= 0x600) && COMMA_CODES.has(c)) n++;
  }
  return n;
}
