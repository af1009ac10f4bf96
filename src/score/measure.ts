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
  /**
   * Own text nodes of at least {@link MIN_RUN_LENGTH} characters: the paragraphs of a
   * bare-text container, which writes them between `<br><br>`s instead of `<p>`s.
   */
  directRuns: number;
}

/** A run of bare text this long is a paragraph of its own (see NodeStats.directRuns). */
export const MIN_RUN_LENGTH = 80;

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
 * Which elements without child elements (leaves) measureTree keeps in its map: those its
 * caller enumerates with {@link TreeStats.forEach}. Any other leaf is measured again, from
 * its own text nodes, if it is ever asked for. Leaves are most of a page's elements (links,
 * emphasis, short spans), and a map entry each was the largest structure the walk built.
 */
export type KeepLeaf = (el: Element, text: number, direct: number) => boolean;

/** Text and link lengths of every element of a tree that has text, measured once. */
export class TreeStats {
  /** Elements with text, in post-order; leaves only when kept (see {@link KeepLeaf}). */
  private readonly entries: Map<Element, NodeStats>;

  constructor(entries: Map<Element, NodeStats>) {
    this.entries = entries;
  }

  /** The stats of an element of the measured tree, or undefined when it has no text (read as all zeros). */
  get(el: Element): NodeStats | undefined {
    const s = this.entries.get(el);
    return s !== undefined ? s : leafStats(el);
  }

  /** Visits the elements with child elements and the kept leaves, in post-order, which is document order for disjoint subtrees. */
  forEach(visit: (s: NodeStats, el: Element) => void): void {
    // forEach, not for-of: the entries iterator allocates a pair per element of the page.
    this.entries.forEach(visit);
  }
}

/** Stats of an element from its own text nodes, as measureTree counts them; undefined without text. */
function leafStats(el: Element): NodeStats | undefined {
  let text = 0;
  let direct = 0;
  let directCommas = 0;
  let directRuns = 0;
  for (const child of el.children) {
    if (isElement(child)) return undefined; // measured by the walk: it had no text
    if (!isTextNode(child)) continue;
    const length = collapsedLength(child.data);
    text += length > 0 ? length + 1 : 0;
    direct += length;
    directCommas += countCommas(child.data);
    if (length >= MIN_RUN_LENGTH) directRuns++;
  }
  if (text === 0) return undefined;
  return { text, link: el.name === 'a' ? text : 0, direct, commas: directCommas, directCommas, directRuns };
}

/**
 * Measures every element below `root` in one post-order walk: each element's own text is
 * counted when it is entered, and its totals are added to its parent's when it is left, so no
 * text is ever rebuilt and no child is looked up. Elements without text are left out (read a
 * missing entry as all zeros), and so are the leaves `keepLeaf` does not keep.
 * @internal
 */
export function measureTree(root: ParentNode, keepLeaf: KeepLeaf): TreeStats {
  const entries = new Map<Element, NodeStats>();
  // Two parallel stacks rather than a { node, exit } object per visit: this walk runs on
  // every element of the page, and those objects were pure GC churn.
  const nodes: AnyNode[] = [];
  const exits: boolean[] = [];
  // Running sums for each element entered and not yet left, indexed by depth; slot 0 is the
  // root's parent, whose sums are dropped.
  const text: number[] = [0];
  const link: number[] = [0];
  const commas: number[] = [0];
  const direct: number[] = [0];
  const directCommas: number[] = [0];
  const directRuns: number[] = [0];
  const parentOfElement: boolean[] = [false];
  let depth = 0;
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
      depth++;
      let ownText = 0;
      let ownDirect = 0;
      let ownCommas = 0;
      let ownRuns = 0;
      let hasElement = false;
      nodes.push(node);
      exits.push(true);
      const kids = node.children;
      for (let i = kids.length - 1; i >= 0; i--) {
        const child = kids[i] as AnyNode;
        if (isTextNode(child)) {
          const length = collapsedLength(child.data);
          // Adjacent text runs are separated by a space in rendered text.
          ownText += length > 0 ? length + 1 : 0;
          ownDirect += length;
          ownCommas += countCommas(child.data);
          if (length >= MIN_RUN_LENGTH) ownRuns++;
        } else if (isElement(child)) {
          hasElement = true;
          nodes.push(child);
          exits.push(false);
        }
      }
      text[depth] = ownText;
      link[depth] = 0;
      commas[depth] = 0;
      direct[depth] = ownDirect;
      directCommas[depth] = ownCommas;
      directRuns[depth] = ownRuns;
      parentOfElement[depth] = hasElement;
      continue;
    }
    const t = text[depth] as number;
    const l = node.name === 'a' ? t : (link[depth] as number);
    const c = (commas[depth] as number) + (directCommas[depth] as number);
    // An element without text has no entry: every reader takes a missing entry as all zeros,
    // and a third of a page's elements (images, embeds, empty wrappers) were a Map entry and
    // an object each for nothing.
    if (t > 0 && (parentOfElement[depth] || keepLeaf(node, t, direct[depth] as number))) {
      entries.set(node, { text: t, link: l, direct: direct[depth] as number, commas: c, directCommas: directCommas[depth] as number, directRuns: directRuns[depth] as number });
    }
    depth--;
    text[depth] = (text[depth] as number) + t;
    link[depth] = (link[depth] as number) + l;
    commas[depth] = (commas[depth] as number) + c;
  }
  return new TreeStats(entries);
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
