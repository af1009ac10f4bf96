import { Parser } from 'parse5';
import type { ParserOptions } from 'parse5';
import { adapter } from 'parse5-htmlparser2-tree-adapter';
import type { Htmlparser2TreeAdapterMap as AdapterMap } from 'parse5-htmlparser2-tree-adapter';
import { Element, Text, isText } from 'domhandler';
import type { ChildNode, Document, ParentNode } from 'domhandler';
import { asksForShadowRoot, composeShadowTrees } from './shadow-dom';
import { installTextRuns } from './text-runs';

/**
 * The string, flattened. Text and attribute values reach the tree as concatenations: parse5's
 * one character at a time, or a first character plus a slice of the page (./text-runs). V8
 * keeps a concatenation as a tree of parts (~32 bytes per part) and a slice as a view that
 * holds the whole page alive, until the string is first read. Reading one character flattens
 * it into a copy of its own, so no tree and no view of the page outlives the parse: an Article
 * field that is an attribute value as is must not keep the page's HTML in memory.
 */
function flat(value: string): string {
  value.charCodeAt(0);
  return value;
}

/**
 * An element's `attribs`: an object without Object.prototype in its chain, so an attribute
 * named `__proto__`, `constructor` or `toString` is just a key, as with Object.create(null).
 * Object.create(null) makes a dictionary-mode object, a hash table of its own per element;
 * objects made by a constructor whose prototype is prototype-less are V8 fast objects whose
 * keys live in a shape shared by every element with the same attribute names. The tree of a
 * 16x article took ~25% less heap, and every attribute read hits an inline cache.
 */
// A function, not a class: a class's prototype cannot be replaced.
const Attributes = function Attributes() {} as unknown as new () => Record<string, string>;
Attributes.prototype = Object.create(null) as Record<string, string>;

/**
 * Children lists shorter than this grow by an exact copy; longer ones by push. A push onto an
 * empty array reserves 17 slots, and 78% of a typical article's elements (links, emphasis,
 * paragraphs of one run) end with one child: their lists were a quarter of the tree's heap.
 * Copying a list this short costs less than the memory it saves.
 */
const EXACT_CHILDREN_UP_TO = 8;

/**
 * Ruby annotations: the readings over a word (`<ruby>図書館<rt>としょかん</rt></ruby>`) and the
 * brackets shown where ruby is not rendered. Read inline they double the text ("図書館としょかん");
 * the article's text is the base text, so these are built but never attached to the tree.
 * Left unattached (parent null), parse5's later moves of them (detachNode) do nothing.
 */
const RUBY_ANNOTATION_TAGS: ReadonlySet<string> = new Set(['rt', 'rp', 'rtc']);

/**
 * The stock adapter's appendChild, with lists kept at their exact length while short, and
 * ruby annotations left out.
 */
function appendChild(parent: ParentNode, node: ChildNode): void {
  // Only inside a <ruby>: a stray <rt> elsewhere is an unknown element holding whatever follows.
  if (node.type === 'tag' && RUBY_ANNOTATION_TAGS.has(node.name) && parent.type === 'tag' && (parent.name === 'ruby' || parent.name === 'rtc')) return;
  const children = parent.children;
  const prev = children[children.length - 1];
  if (prev !== undefined) {
    prev.next = node;
    node.prev = prev;
  }
  if (children.length < EXACT_CHILDREN_UP_TO) parent.children = children.concat(node);
  else children.push(node);
  node.parent = parent;
}

/**
 * The htmlparser2 adapter, lighter: its elements also carry two maps of attribute namespaces
 * and prefixes, which only a serializer reads. Two dictionary objects per element are a third
 * of the heap a big page's tree takes, so they are left out (a 50 MB page peaked at 1.4 GB).
 * `attribs` has nothing from Object.prototype in its chain (see Attributes), so an attribute
 * named `__proto__` is just a key.
 */
const lightAdapter: typeof adapter = {
  ...adapter,
  createElement(tagName, namespaceURI, attrs) {
    const attribs = new Attributes();
    for (const attr of attrs) attribs[attr.name] = flat(attr.value);
    const element = new Element(tagName, attribs, []);
    element.namespace = namespaceURI;
    return element;
  },
  appendChild,
  // Script and style text that nothing reads would otherwise stay concatenation trees for the
  // rest of the run. As the stock adapter's, but appending through the appendChild above.
  insertText(parent, text) {
    const children = parent.children;
    const last = children[children.length - 1];
    if (last !== undefined && isText(last)) last.data += flat(text);
    else appendChild(parent, new Text(flat(text)));
  },
  insertTextBefore(parent, text, reference) {
    adapter.insertTextBefore(parent, flat(text), reference);
  },
  adoptAttributes(recipient, attrs) {
    for (const attr of attrs) if (recipient.attribs[attr.name] === undefined) recipient.attribs[attr.name] = flat(attr.value);
  },
};

/**
 * The only place that touches parse5. Options are chosen on purpose:
 * - `scriptingEnabled: false` parses `<noscript>` content as markup, not text, so the
 *   `<img>` fallbacks that lazy-loading sites hide there can be recovered by clean/.
 * - `sourceCodeLocationInfo: false`: we never map back to offsets, and locations cost memory.
 */
const PARSER_OPTIONS: ParserOptions<AdapterMap> = {
  treeAdapter: lightAdapter,
  scriptingEnabled: false,
  sourceCodeLocationInfo: false,
};

/**
 * How deep elements nest before start tags stop opening elements. parse5 follows the standard,
 * which searches the stack of open elements on many tags: every `<div>`, `<p>`, `<li>`… start
 * tag (for a `<p>` to close, for list items), and end tags (is a `<div>` in scope? where is
 * the element to close?), so N nested elements cost N² steps: 100,000 nested `<div>`s took
 * 86 s in parse5 alone here, and 40,000 `<span></div>` 9 s. Nested `<template>`s cost N² in
 * parse5's own bookkeeping, and 20,000 left open overflowed the call stack at the end of the
 * input (each is closed by one more recursive call). Past this depth a start tag is dropped
 * and its content stays in the deepest element, as Chromium stops nesting at 512 (its
 * parser's maximum DOM depth). No real page comes near it; the guard only bounds
 * adversarial input.
 */
const MAX_NESTING_DEPTH = 512;

/**
 * Block start tags whose handling searches the open-element stack (the standard's "in body"
 * rules: a `<p>` to close, list items), and `<template>` (left open, each costs a recursive
 * call at the end of the input): dropped past MAX_NESTING_DEPTH. Other elements (a heading,
 * a link, a table, bold) still open there, as Chromium keeps them, until MAX_ANY_NESTING_DEPTH:
 * a stray `</div>` under 40,000 open `<span>`s then searches a bounded stack.
 */
const STACK_SEARCHING_TAGS: ReadonlySet<string> = new Set([
  'p', 'dl', 'ol', 'ul', 'div', 'dir', 'nav', 'main', 'menu', 'aside', 'center', 'figure', 'footer', 'header', 'hgroup',
  'dialog', 'details', 'address', 'article', 'search', 'section', 'summary', 'fieldset', 'blockquote', 'figcaption',
  'li', 'dd', 'dt', 'template',
]);
const MAX_ANY_NESTING_DEPTH = 1024;

/**
 * Start tags that still open their element past MAX_NESTING_DEPTH, when read as HTML (in SVG
 * or MathML they are ordinary elements that nest): void elements, which never stay open (a
 * deep image is kept), and the elements whose content is text (scripts, styles, `<textarea>`,
 * `<title>`…): nothing nests in them and their end tag closes them, so they add one level at
 * most, and dropping their start tag would read a script as markup.
 */
const OPEN_PAST_DEPTH_TAGS: ReadonlySet<string> = new Set([
  'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'keygen', 'link',
  'meta', 'param', 'source', 'track', 'wbr',
  'iframe', 'noembed', 'noframes', 'plaintext', 'script', 'style', 'textarea', 'title', 'xmp',
]);

/**
 * Attributes kept per element. The tokenizer checks each new attribute against all earlier
 * ones for duplicates, so N attributes on one element cost N² steps (100,000 took ~25 s).
 * Later attributes are dropped, unchecked; real elements carry a few dozen at most.
 */
const MAX_ATTRIBUTES = 1000;

interface TokenLike {
  tagName: string;
  selfClosing: boolean;
}

type StartTagToken = Parameters<Parser<AdapterMap>['onStartTag']>[0];

/** The tokenizer's internals the attribute guard wraps (parse5 7; a test pins the behaviour). */
interface TokenizerInternals {
  currentToken: { attrs?: unknown[] } | null;
  _leaveAttrName: () => void;
}

/**
 * parse5's parser with the two bounds above and text read in runs (./text-runs); everything
 * else is parse5's own algorithm. It also notes the templates that ask for a declarative
 * shadow root, so a page without any pays one attribute test per `<template>` for them.
 */
class BoundedParser extends Parser<AdapterMap> {
  /** `<template shadowrootmode>` elements, in document order (see ./shadow-dom). */
  readonly shadowRootTemplates: Element[] = [];

  constructor(options?: ParserOptions<AdapterMap>) {
    super(options);
    const tokenizer = this.tokenizer as unknown as TokenizerInternals;
    const leaveAttrName = tokenizer._leaveAttrName;
    tokenizer._leaveAttrName = function boundedLeaveAttrName(this: TokenizerInternals): void {
      if ((this.currentToken?.attrs?.length ?? 0) >= MAX_ATTRIBUTES) return;
      leaveAttrName.call(this);
    };
    installTextRuns(this);
  }

  override onStartTag(token: StartTagToken): void {
    const depth = this.openElements.stackTop;
    if (depth >= MAX_NESTING_DEPTH && (depth >= MAX_ANY_NESTING_DEPTH || STACK_SEARCHING_TAGS.has((token as unknown as TokenLike).tagName)) && !this.opensPastDepth(token)) return;
    super.onStartTag(token);
  }

  /** Whether a start tag opens its element past MAX_NESTING_DEPTH (see OPEN_PAST_DEPTH_TAGS). */
  private opensPastDepth(token: StartTagToken): boolean {
    const tag = token as unknown as TokenLike;
    return OPEN_PAST_DEPTH_TAGS.has(tag.tagName) && !this.shouldProcessStartTagTokenInForeignContent(token);
  }

  // parse5 calls this for every HTML `<template>` start tag it inserts; the new element is then the current node.
  override _insertTemplate(token: Parameters<Parser<AdapterMap>['_insertTemplate']>[0]): void {
    super._insertTemplate(token);
    const template = this.openElements.current;
    if (template instanceof Element && asksForShadowRoot(template)) this.shadowRootTemplates.push(template);
  }
}

/**
 * Parses an HTML string into a domhandler Document, the way a browser would (parse5 follows
 * the WHATWG parsing algorithm, so broken markup is repaired exactly as browsers repair it),
 * bounded against nesting and attribute floods. Declarative shadow roots are composed into
 * the tree as a browser renders them (./shadow-dom), which parse5 does not do.
 * @internal
 */
export function parseHtml(html: string): Document {
  // What parse5's static Parser.parse does, keeping the parser to read what it noted.
  const parser = new BoundedParser(PARSER_OPTIONS);
  parser.tokenizer.write(html, true);
  const doc = parser.document as unknown as Document;
  if (parser.shadowRootTemplates.length > 0) composeShadowTrees(doc, parser.shadowRootTemplates);
  return doc;
}
