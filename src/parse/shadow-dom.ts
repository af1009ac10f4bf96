/**
 * Declarative shadow DOM: the page as a browser renders it.
 *
 * A server-rendered web component writes its shadow tree as a `<template shadowrootmode=open>`
 * inside the element it belongs to (the host). A browser that navigates to the page never
 * inserts that template: it attaches a shadow root to the host and parses the template's
 * children into it (HTML standard, "in body", a start tag "template"). What a reader sees is
 * the composed ("flat") tree: the shadow tree in place of the host's children, each `<slot>`
 * in it replaced by the host's children assigned to it (by their `slot` attribute; those
 * without one go to the unnamed slot), a slot's own children (its fallback) only when nothing
 * is assigned, and host children that no slot takes not shown at all.
 *
 * parse5 7 builds every template as an ordinary `<template>`, whose content a browser never
 * shows and clean/ drops: the byline, images and boxes that live only in shadow trees would be
 * lost, and light-DOM children meant for a caption slot would read as body text.
 * {@link composeShadowTrees} rewrites the parsed tree into the composed tree. An ordinary
 * `<template>` (no mode, or one that cannot become a shadow root) stays inert.
 */
import type { AnyNode, Document, Element, ParentNode } from './dom';
import { isElement } from './dom';

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/**
 * The template attributes that ask for a shadow root: `shadowrootmode` (the standard), and
 * `shadowroot`, the name Chrome read before version 119, which Lit SSR and other renderers
 * still write beside it (a page polyfills it for those browsers, with the same meaning).
 */
const SHADOW_ROOT_MODE_ATTRIBUTES: readonly string[] = ['shadowrootmode', 'shadowroot'];

/** The attribute's values that attach a shadow root (an enumerated attribute: other values, none). Both render. */
const SHADOW_ROOT_MODES: ReadonlySet<string> = new Set(['open', 'closed']);

/**
 * Elements a shadow root may be attached to besides custom elements (DOM standard, "valid
 * shadow host name"). On any other element (`<li>`, `<td>`, `<a>`…) attaching fails and the
 * template stays an ordinary, inert one.
 */
const BUILT_IN_SHADOW_HOSTS: ReadonlySet<string> = new Set([
  'article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'main', 'nav', 'p', 'section', 'span',
]);

/**
 * A potential custom element name without its hyphen requirement (HTML standard, "valid custom
 * element name": a lower-case ASCII letter, then PCENChar). Tag names reach us lower-cased.
 */
const CUSTOM_ELEMENT_NAME_RE =
  /^[a-z][-.0-9_a-z\u00b7\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u037d\u037f-\u1fff\u200c\u200d\u203f\u2040\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\u{10000}-\u{effff}]*$/u;

/** Hyphenated names that SVG and MathML took before custom elements existed; never custom elements. */
const RESERVED_CUSTOM_ELEMENT_NAMES: ReadonlySet<string> = new Set([
  'annotation-xml', 'color-profile', 'font-face', 'font-face-src', 'font-face-uri', 'font-face-format', 'font-face-name',
  'missing-glyph',
]);

/** Whether a template start tag carries a shadow-root mode attribute (a cheap test the parser runs on each template). */
export function asksForShadowRoot(template: Element): boolean {
  const attribs = template.attribs;
  return attribs.shadowrootmode !== undefined || attribs.shadowroot !== undefined;
}

/** The mode a template asks for, when it is one that attaches a shadow root. */
function shadowRootMode(template: Element): string | null {
  for (const name of SHADOW_ROOT_MODE_ATTRIBUTES) {
    const value = template.attribs[name];
    if (value !== undefined) return SHADOW_ROOT_MODES.has(value.toLowerCase()) ? value : null;
  }
  return null;
}

/** Whether a shadow root can be attached to an element (DOM standard, attachShadow's checks). */
function isValidShadowHost(el: Element): boolean {
  if (el.namespace !== HTML_NAMESPACE) return false;
  const name = el.name;
  if (BUILT_IN_SHADOW_HOSTS.has(name)) return true;
  return name.includes('-') && CUSTOM_ELEMENT_NAME_RE.test(name) && !RESERVED_CUSTOM_ELEMENT_NAMES.has(name);
}

/** A host's shadow root: the template that held it and its content (the template's document fragment). */
interface ShadowRoot {
  template: Element;
  content: ParentNode;
}

/**
 * The shadow roots the templates attach, by host: a template attaches one when it asks for a
 * valid mode, is a child of a valid host, and is the first such template of that host (a later
 * one finds the host already a shadow host and stays an ordinary template).
 */
function attachShadowRoots(templates: readonly Element[]): Map<Element, ShadowRoot> {
  const roots = new Map<Element, ShadowRoot>();
  for (const template of templates) {
    const host = template.parent;
    if (!isElement(host) || roots.has(host) || !isValidShadowHost(host) || shadowRootMode(template) === null) continue;
    // The htmlparser2 adapter hangs a template's content (a document fragment) under it as its only child.
    const content = template.children[0];
    if (content === undefined || content.type !== 'root') continue;
    roots.set(host, { template, content: content as Document });
  }
  return roots;
}

/**
 * Every slot of a shadow tree, in tree order, and by name the first one (the one nodes with
 * that slot name are assigned to). A template's content is another tree (an ordinary
 * template's is inert, a nested shadow root's belongs to its own host): the walk does not
 * enter it, so each node is visited for one shadow tree at most.
 */
function collectSlots(content: ParentNode, allSlots: Set<Element>): Map<string, Element> {
  const byName = new Map<string, Element>();
  const stack: AnyNode[] = [];
  for (let i = content.children.length - 1; i >= 0; i--) stack.push(content.children[i] as AnyNode);
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (!isElement(node) || node.name === 'template') continue;
    if (node.name === 'slot' && node.namespace === HTML_NAMESPACE && !allSlots.has(node)) {
      allSlots.add(node);
      const name = node.attribs.name ?? '';
      if (!byName.has(name)) byName.set(name, node);
    }
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as AnyNode);
  }
  return byName;
}

/**
 * Assigns each host's children to its shadow tree's slots: an element by its `slot` attribute,
 * text to the unnamed slot (the DOM's slottables; comments are not). A child no slot takes is
 * not in the result, as it is not rendered.
 */
function assignSlottables(roots: Map<Element, ShadowRoot>): { slots: Set<Element>; assigned: Map<Element, AnyNode[]> } {
  const slots = new Set<Element>();
  const assigned = new Map<Element, AnyNode[]>();
  for (const [host, root] of roots) {
    const byName = collectSlots(root.content, slots);
    if (byName.size === 0) continue;
    for (const child of host.children) {
      if (child === root.template) continue;
      let name: string;
      if (isElement(child)) name = child.attribs.slot ?? '';
      else if (child.type === 'text') name = '';
      else continue;
      const slot = byName.get(name);
      if (slot === undefined) continue;
      const list = assigned.get(slot);
      if (list === undefined) assigned.set(slot, [child]);
      else list.push(child);
    }
  }
  return { slots, assigned };
}

/** Sets a rebuilt child list on its parent, with each child's parent and sibling links. */
function setChildren(parent: ParentNode, children: AnyNode[]): void {
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as AnyNode;
    child.parent = parent;
    child.prev = children[i - 1] ?? null;
    child.next = children[i + 1] ?? null;
  }
  parent.children = children as ParentNode['children'];
}

/**
 * How deep in the composed tree a host may be and still show its shadow tree. The parser keeps
 * each tree within 512 levels (see parse-html.ts), but composing stacks trees: a slot deep in
 * one shadow tree takes a light subtree whose host has a slot deep in its own, and so on, so a
 * crafted page could compose a tree hundreds of thousands of levels deep, which every later
 * walk up from a node would pay for. A host deeper than this is left as parsed (its template
 * inert, its children as written), so the composed tree stays within about three times the
 * parser's bound. Real pages nest a few components of a few dozen levels each.
 */
const MAX_COMPOSED_HOST_DEPTH = 512;

/**
 * Rewrites a parsed document into its composed tree (see the module comment), given the
 * templates the parser met that ask for a shadow root, in document order.
 *
 * One walk down the composed tree: a host's children are its shadow tree's, and in any child
 * list a shadow tree's slot gives way to what it shows (its assigned nodes, or its fallback),
 * itself expanded the same way, since a slot can be assigned to another host's slot. Each
 * node is placed once and each slot expanded once, so the work is linear in the size of the
 * tree however templates and slots nest, and a node met again (a slot that would show itself)
 * is left out rather than looped over. Nodes not rendered (the templates, unassigned host
 * children) end detached.
 * @internal
 */
export function composeShadowTrees(doc: Document, templates: readonly Element[]): void {
  const roots = attachShadowRoots(templates);
  if (roots.size === 0) return;
  const { slots, assigned } = assignSlottables(roots);

  const placed = new Set<AnyNode>([doc]);
  const expanded = new Set<Element>();
  // The templates and the host children the walk replaces: those left unplaced are cut loose.
  const templatesUsed: Element[] = [];
  const lightChildren: AnyNode[][] = [];
  const parents: ParentNode[] = [doc];
  const depths: number[] = [0];
  const pending: AnyNode[] = [];
  while (parents.length > 0) {
    const parent = parents.pop() as ParentNode;
    const depth = depths.pop() as number;
    const root = isElement(parent) && depth <= MAX_COMPOSED_HOST_DEPTH ? roots.get(parent) : undefined;
    if (root !== undefined) {
      templatesUsed.push(root.template);
      lightChildren.push(parent.children);
    }
    const source = root !== undefined ? root.content.children : parent.children;
    let changed = root !== undefined;
    const children: AnyNode[] = [];
    for (let i = source.length - 1; i >= 0; i--) pending.push(source[i] as AnyNode);
    while (pending.length > 0) {
      const node = pending.pop() as AnyNode;
      if (isElement(node) && slots.has(node)) {
        changed = true;
        if (expanded.has(node)) continue;
        expanded.add(node);
        const shown = assigned.get(node) ?? node.children;
        for (let i = shown.length - 1; i >= 0; i--) pending.push(shown[i] as AnyNode);
      } else if (placed.has(node)) {
        changed = true;
      } else {
        placed.add(node);
        children.push(node);
      }
    }
    if (changed) setChildren(parent, children);
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i] as AnyNode;
      if ('children' in child) {
        parents.push(child as ParentNode);
        depths.push(depth + 1);
      }
    }
  }

  // What no longer hangs in the tree is cut loose, so no walk up from it reaches the page.
  for (const template of templatesUsed) detach(template);
  for (const children of lightChildren) for (const child of children) if (!placed.has(child)) detach(child);
}

function detach(node: AnyNode): void {
  node.parent = null;
  node.prev = null;
  node.next = null;
}
