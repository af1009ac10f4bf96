import type { AnyNode, Element } from '../parse/dom';
import { attr, isElement, isTextNode, normalizeSpace, textContent } from '../parse/dom';
import { INVISIBLE_MATH_RE, MATH_ACCENTS, MATH_OPERATORS } from './constants';

/** TeX source kept beside MathML by MathJax, KaTeX and Wikipedia. */
const TEX_ENCODING_RE = /tex/i;

/**
 * The readable text of a MathML formula: the author's `alttext`, else its TeX annotation,
 * else the presentation MathML written linearly as one types it (see linearMath): "ap − bp^2",
 * "p_max = a/(2b)".
 * @internal
 */
export function mathText(math: Element): string {
  const alt = normalizeSpace(attr(math, 'alttext') ?? '');
  if (alt) return alt;
  const tex = texAnnotation(math);
  return tex || linearMath(math);
}

/** The TeX source a formula carries in an `<annotation encoding="application/x-tex">`, or ''. */
function texAnnotation(math: Element): string {
  const stack: AnyNode[] = [math];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (!isElement(node)) continue;
    if (node.name === 'annotation' || node.name === 'annotation-xml') {
      if (TEX_ENCODING_RE.test(attr(node, 'encoding') ?? '')) return normalizeSpace(ownText(node));
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
  return '';
}

function ownText(el: Element): string {
  let out = '';
  for (const child of el.children) if (isTextNode(child)) out += child.data;
  return out;
}

/**
 * What a piece of a formula is, for the spaces around it: an ordinary term ("b", "2.40",
 * "p_max", "a/(2b)"), a function name ("log"), words (`<mtext>`: "for"), a large operator ("∑_k"), a
 * relation or binary operator, a bracket, a bar (fence), a separator, or a tight operator ("/", "!").
 */
type MathKind = 'ord' | 'word' | 'text' | 'large' | 'op' | 'open' | 'close' | 'fence' | 'sep' | 'tight';

interface MathItem {
  text: string;
  kind: MathKind;
  /** A single token element (`<mi>`, `<mn>`, `<mo>`, `<mtext>`): a script or fraction part without parentheses. */
  token: boolean;
  /** Ends in a script ("a_k", "p^2"): a term glued after it would read as part of the script. */
  script?: true;
  /** A fraction ("a/b"): glued to a term, it is put in parentheses ("(2/5)π"). */
  fraction?: true;
}

/** Elements that show nothing: the annotations (read apart), phantoms, spaces, script markers. */
const SILENT_MATH_TAGS: ReadonlySet<string> = new Set(['annotation', 'annotation-xml', 'mphantom', 'mspace', 'mprescripts', 'none', 'malignmark', 'maligngroup']);
/** Script elements and the marks that join their base to the script below and above it. */
const SCRIPT_MARKS: Readonly<Record<string, readonly [string, string]>> = {
  msub: ['_', ''],
  msup: ['', '^'],
  msubsup: ['_', '^'],
  munder: ['_', ''],
  mover: ['', '^'],
  munderover: ['_', '^'],
};
const SINGLE_CHAR_RE = /^.$/su;
const LETTER_RE = /\p{L}/u;
const SPACES_RE = /\s+/g;
const DIGIT_RE = /\p{N}/u;
/** A `linethickness` of zero: "0", "0px", "0em". */
const ZERO_LENGTH_RE = /^0(?:\.0+)?(?:px|em|ex|pt)?$/;

/**
 * A presentation MathML formula as plain text, the way one types it: token texts in order,
 * identifiers and numbers glued as the page sets them ("bp", "2b"); a relation or binary
 * operator spaced on both sides, but a sign (first in its row, or after an operator, an
 * opening bracket or a comma) glued to what it signs ("−0.76"); a space after a comma, none
 * inside brackets ("(2.40, 41200)", "R(p)"); a subscript as base_sub, a superscript as
 * base^sup, an accent as its combining mark ("ẋ"), a fraction as num/den, a root as √x; a
 * script, numerator or denominator of more than one token in parentheses ("a/(2b)",
 * "(ΔQ/Q)/(Δp/p)"), as is a fraction glued to a term ("(2/5)π"); a term after a script
 * spaced from it ("a_k b_k"); a table's cells apart by commas, its rows by semicolons;
 * invisible operators and spaces give nothing. Why not the tokens joined by spaces: "b p 2"
 * for bp² and "a 2 b" for a/(2b) say another formula.
 * @internal
 */
export function linearMath(math: Element): string {
  return normalizeSpace(renderRow(readRow(math)));
}

/**
 * The items of an element read as a row: its children in order, rows inside it flattened. Text
 * written straight into a row (`<math>x+1</math>`, not valid MathML but shown) reads as `<mtext>`.
 */
function readRow(el: Element): MathItem[] {
  const items: MathItem[] = [];
  for (const child of el.children) {
    if (isElement(child)) readInto(child, items);
    else if (isTextNode(child)) {
      const item = textItem(child.data);
      if (item) items.push(item);
    }
  }
  return items;
}

/** The items of elements read in a row. */
function readParts(parts: readonly Element[]): MathItem[] {
  const items: MathItem[] = [];
  for (const part of parts) readInto(part, items);
  return items;
}

/** A script's base or a fraction's part, read as a row of its own. */
function readPart(part: Element): MathItem[] {
  return readParts([part]);
}

/** Adds the items of one MathML element to `items`. (Recursive: the parser caps nesting at 512.) */
function readInto(el: Element, items: MathItem[]): void {
  const tag = el.name;
  if (SILENT_MATH_TAGS.has(tag)) return;
  if (tag === 'mi' || tag === 'mn' || tag === 'mo' || tag === 'mtext' || tag === 'ms') {
    const item = tokenItem(el);
    if (item) items.push(item);
    return;
  }
  const parts = el.children.filter(isElement);
  const marks = SCRIPT_MARKS[tag];
  if (marks && parts.length >= 2) {
    items.push(scriptItem(tag, parts, marks));
    return;
  }
  if (tag === 'mfrac' && parts.length === 2) {
    const num = groupText(readPart(parts[0] as Element));
    const den = groupText(readPart(parts[1] as Element));
    // A fraction without its bar is a binomial coefficient, its brackets the formula's own:
    // "(n k)", as it stands on the page (no word the page does not hold: "choose").
    const bar = (attr(el, 'linethickness') ?? '').trim();
    if (ZERO_LENGTH_RE.test(bar)) items.push({ text: `${num} ${den}`, kind: 'ord', token: false });
    else items.push({ text: `${num}/${den}`, kind: 'ord', token: false, fraction: true });
    return;
  }
  if (tag === 'msqrt') {
    items.push({ text: `√${groupText(readRow(el))}`, kind: 'ord', token: false });
    return;
  }
  if (tag === 'mroot' && parts.length === 2) {
    items.push({ text: `${groupText(readPart(parts[0] as Element))}^(1/${groupText(readPart(parts[1] as Element))})`, kind: 'ord', token: false, script: true });
    return;
  }
  if (tag === 'mfenced') {
    readFenced(el, parts, items);
    return;
  }
  if (tag === 'mtable') {
    const text = parts
      .map((row) => renderRow(tableRowItems(row)))
      .filter(Boolean)
      .join('; ');
    if (text) items.push({ text, kind: 'ord', token: false });
    return;
  }
  // semantics: its first child is the formula, the others are annotations.
  if (tag === 'semantics') {
    if (parts[0]) readInto(parts[0], items);
    return;
  }
  // mrow, mstyle, mpadded, menclose, merror, maction, mmultiscripts…: their children in the row.
  for (const item of readRow(el)) items.push(item);
}

/** msub, msup, msubsup, munder, mover, munderover: "a_k", "p^2", "∑_(k = 1)^K", an accent "ẋ". */
function scriptItem(tag: string, parts: readonly Element[], marks: readonly [string, string]): MathItem {
  const baseItems = readPart(parts[0] as Element);
  const base = baseItems.length === 1 ? (baseItems[0] as MathItem) : null;
  const under = marks[0] ? parts[1] : undefined;
  const over = marks[0] ? parts[2] : parts[1];
  // An accent on one character: its combining mark.
  if (tag === 'mover' && base?.token && SINGLE_CHAR_RE.test(base.text) && over?.name === 'mo') {
    const accent = MATH_ACCENTS[normalizeSpace(textContent(over))];
    if (accent) return { text: base.text + accent, kind: base.kind, token: false };
  }
  let text = groupText(baseItems);
  if (under) text += `_${groupText(readPart(under))}`;
  if (marks[1] && over) text += `^${groupText(readPart(over))}`;
  const kind = base?.kind === 'large' || base?.kind === 'word' ? base.kind : 'ord';
  return { text, kind, token: false, script: true };
}

/** A table row's cells as one row: apart by a comma, or by the operator one opens with (an aligned "ẋ | = σ(y − x)"). */
function tableRowItems(row: Element): MathItem[] {
  const items: MathItem[] = [];
  for (const cell of row.children) {
    if (!isElement(cell)) continue;
    const cellItems = readRow(cell);
    if (cellItems.length === 0) continue;
    const last = items[items.length - 1];
    if (last && last.kind !== 'op' && (cellItems[0] as MathItem).kind !== 'op') items.push({ text: ',', kind: 'sep', token: true });
    for (const item of cellItems) items.push(item);
  }
  return items;
}

/** A token element's item, or null when it shows nothing (an invisible operator, a spacer text). */
function tokenItem(el: Element): MathItem | null {
  const tag = el.name;
  if (tag === 'mtext' || tag === 'ms') return textItem(textContent(el));
  const text = normalizeSpace(textContent(el).replace(INVISIBLE_MATH_RE, ''));
  if (!text) return null;
  if (tag === 'mo') return { text, kind: operatorKind(text), token: true };
  if (tag === 'mn') return { text, kind: 'ord', token: true };
  // A one-letter identifier is a variable, glued to its neighbours ("bp"); a longer one a function name ("log").
  return { text, kind: SINGLE_CHAR_RE.test(text) ? 'ord' : 'word', token: true };
}

/** Text in a formula: words, a number, or punctuation set as text (a display formula's closing "." is `<mtext>.</mtext>`). */
function textItem(raw: string): MathItem | null {
  const text = normalizeSpace(raw.replace(INVISIBLE_MATH_RE, ''));
  if (!text) return null;
  return { text, kind: LETTER_RE.test(text) ? 'text' : DIGIT_RE.test(text) ? 'ord' : operatorKind(text), token: true };
}

function operatorKind(text: string): MathKind {
  if (MATH_OPERATORS.open.has(text)) return 'open';
  if (MATH_OPERATORS.close.has(text)) return 'close';
  if (MATH_OPERATORS.fence.has(text)) return 'fence';
  if (MATH_OPERATORS.separator.has(text)) return 'sep';
  if (MATH_OPERATORS.tight.has(text)) return 'tight';
  if (MATH_OPERATORS.large.has(text)) return 'large';
  if (MATH_OPERATORS.ellipsis.has(text)) return 'ord';
  // A named operator ("max", "lim", "sin") reads as a function's name.
  return LETTER_RE.test(text) ? 'word' : 'op';
}

/** `<mfenced open="(" close=")" separators=",">`: brackets and separators around its children. */
function readFenced(el: Element, parts: Element[], items: MathItem[]): void {
  const open = attr(el, 'open') ?? '(';
  const close = attr(el, 'close') ?? ')';
  const separators = (attr(el, 'separators') ?? ',').replace(SPACES_RE, '');
  if (open) items.push({ text: open, kind: 'open', token: true });
  parts.forEach((part, i) => {
    if (i > 0 && separators) {
      const sep = separators[Math.min(i - 1, separators.length - 1)] as string;
      items.push({ text: sep, kind: 'sep', token: true });
    }
    readInto(part, items);
  });
  if (close) items.push({ text: close, kind: 'close', token: true });
}

/** A script, numerator or denominator: one token as it is, more in parentheses unless bracketed already. */
function groupText(items: MathItem[]): string {
  if (items.length === 0) return '';
  if (items.length === 1 && (items[0] as MathItem).token) return (items[0] as MathItem).text;
  const text = renderRow(items);
  return isBracketed(text) ? text : `(${text})`;
}

/** Whether one pair of brackets encloses the whole text: "(a + b)", not "(a)(b)". */
function isBracketed(text: string): boolean {
  if (!MATH_OPERATORS.open.has(text.charAt(0)) || !MATH_OPERATORS.close.has(text.charAt(text.length - 1))) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (MATH_OPERATORS.open.has(c)) depth++;
    else if (MATH_OPERATORS.close.has(c) && --depth === 0 && i < text.length - 1) return false;
  }
  return depth === 0;
}

/**
 * Whether a fraction glued to `item` (before it when `before`) would run into it: "2/5π",
 * "a/b/c", "x a/b"; not a bracket that encloses it, nor the punctuation after it.
 */
function runsInto(item: MathItem, before: boolean): boolean {
  switch (item.kind) {
    case 'ord':
    case 'word':
    case 'fence':
      return true;
    case 'tight':
      return item.text === '/';
    case 'close':
      return before;
    case 'open':
      return !before;
    default:
      return false;
  }
}

/** Joins a row's items with the spaces plain text puts between them (see linearMath). */
function renderRow(row: readonly MathItem[]): string {
  const items = pairFences(row);
  const signs = items.map((item, i) => {
    const before = items[i - 1];
    return item.kind === 'op' && MATH_OPERATORS.sign.has(item.text) && (before === undefined || before.kind === 'op' || before.kind === 'open' || before.kind === 'sep');
  });
  const spaces = items.map((item, i) => (i === 0 ? '' : spaceBetween(items[i - 1] as MathItem, signs[i - 1] === true, item, signs[i] === true)));
  let out = '';
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as MathItem;
    // A fraction glued to a term on either side: in parentheses, so "(2/5)π" is not 2/(5π).
    const prev = items[i - 1];
    const next = items[i + 1];
    const glued = item.fraction === true && ((prev !== undefined && spaces[i] === '' && runsInto(prev, true)) || (next !== undefined && spaces[i + 1] === '' && runsInto(next, false)));
    out += (spaces[i] as string) + (glued ? `(${item.text})` : item.text);
  }
  return out;
}

/**
 * Bars in pairs open and close by turns ("|q| < 1"); an odd number of them between the same
 * brackets are operators ("P(A | B)").
 */
function pairFences(items: readonly MathItem[]): readonly MathItem[] {
  if (!items.some((item) => item.kind === 'fence')) return items;
  // Each bar's enclosing bracket (the index of its opening bracket, -1 for none), and how many bars each encloses.
  const enclosing: number[] = [];
  const counts = new Map<number, number>();
  const opens: number[] = [];
  items.forEach((item, i) => {
    if (item.kind === 'open') opens.push(i);
    else if (item.kind === 'close') opens.pop();
    else if (item.kind === 'fence') {
      const at = opens.length > 0 ? (opens[opens.length - 1] as number) : -1;
      enclosing[i] = at;
      counts.set(at, (counts.get(at) ?? 0) + 1);
    }
  });
  const opened = new Set<number>();
  return items.map((item, i) => {
    if (item.kind !== 'fence') return item;
    const at = enclosing[i] as number;
    if ((counts.get(at) as number) % 2 === 1) return { ...item, kind: 'op' };
    const kind: MathKind = opened.has(at) ? 'close' : 'open';
    if (kind === 'open') opened.add(at);
    else opened.delete(at);
    return { ...item, kind };
  });
}

function spaceBetween(prev: MathItem, prevSign: boolean, next: MathItem, nextSign: boolean): string {
  if (next.kind === 'close' || next.kind === 'sep') return '';
  if (prev.kind === 'open') return '';
  if (prev.kind === 'sep') return ' ';
  if (next.kind === 'op') return nextSign && prev.kind === 'tight' ? '' : ' ';
  if (prev.kind === 'op') return prevSign ? '' : ' ';
  if (next.kind === 'tight' || prev.kind === 'tight') return '';
  if (prev.kind === 'text' || next.kind === 'text') return ' ';
  // A function's name is glued to its bracketed argument ("sin(x)"), spaced from a bare one ("log p_k").
  if (prev.kind === 'word' || prev.kind === 'large' || next.kind === 'word' || next.kind === 'large') return next.kind === 'open' ? '' : ' ';
  // A term after a script stands apart: "a_k b_k", not the script "kb_k".
  if (prev.script === true && (next.kind === 'ord' || next.kind === 'fence')) return ' ';
  return '';
}

/**
 * An element's innerText with each MathML formula read as mathText: a caption's, a heading's
 * or a table cell's "for ε = 0 (left)", where innerText would glue the formula's tokens and
 * its TeX annotation ("ε=0\varepsilon = 0"). A formula is spaced from its neighbours, but for
 * an opening bracket before it and closing punctuation after it ("class c, the"); `skip`'s
 * subtree reads as a space. Without a formula, the text is innerText's.
 * @internal
 */
export function formulaText(node: AnyNode, skip: Element | null = null): string {
  if (isTextNode(node)) return normalizeSpace(node.data);
  const parts: string[] = [];
  let formulas = false;
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as AnyNode;
    if (isTextNode(current)) {
      parts.push(current.data);
    } else if (isElement(current)) {
      if (current === skip || current.name === 'br') {
        parts.push(' ');
      } else if (current.name === 'math') {
        const formula = mathText(current);
        if (!formula) continue;
        const before = parts.length > 0 ? (parts[parts.length - 1] as string) : '';
        parts.push(before === '' || OPENS_FORMULA_RE.test(before) ? formula : ` ${formula}`, FORMULA_END);
        formulas = true;
      } else {
        const children = current.children;
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as AnyNode);
      }
    }
  }
  const text = parts.join('');
  return normalizeSpace(formulas ? text.replace(FORMULA_END_BEFORE_CLOSING_RE, '').replace(FORMULA_END_RE, ' ') : text);
}

/** Text a formula follows with no space: whitespace, an opening bracket or quote. */
export const OPENS_FORMULA_RE = /[\s([{“‘«]$/u;
/**
 * Where a formula ends, in formulaText's parts: a space, unless closing punctuation follows.
 * parse5 turns U+0000 in a page's text into U+FFFD, so no text holds one.
 */
const FORMULA_END = '\u0000';
const FORMULA_END_BEFORE_CLOSING_RE = /\u0000(?=[.,;:!?)\]}”’»])/gu;
const FORMULA_END_RE = /\u0000/g;
