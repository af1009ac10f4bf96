import type { AnyNode, Element } from '../parse/dom';
import { LETTER_RE, findDescendant, isElement, isTextNode, soleElementChild, textContent } from '../parse/dom';
import { CODE_CELL_CLASS_RE, CODE_LINE_TAGS, CODE_TABLE_WRAPPER_TOKEN, GUTTER_CLASS_RE, GUTTER_ROW_CELLS, MIN_GUTTER_LINES, NOT_A_GUTTER_CLASS_RE } from './constants';

/** A marker on the walk's stack: the element is left here (a line it holds ends). */
interface LineEnd {
  end: Element;
}

/**
 * The text of a code block (`<pre>`) as a browser shows it: each `<br>` a line break, and a
 * block element inside it (a highlighter's line: prism-react-renderer's `div.token-line`,
 * highlight.js and Shiki line plugins' `<div>`s, a table's row) a line of its own, however
 * the lines are joined in the source (often with nothing at all). A line-number gutter is
 * not code: elements named as one (isNamedGutter) and the first cell of each line when
 * those cells count the lines (see gutterCells) are left out.
 * @internal
 */
export function codeText(pre: Element): string {
  const gutter = gutterCells(pre);
  const parts: string[] = [];
  /** The last character written is a line break (or nothing is written yet). */
  let lineStart = true;
  /** A block ended: the next text starts a new line, unless it opens with a line break of its own. */
  let pending = false;
  const write = (text: string): void => {
    if (!text) return;
    if (pending) {
      pending = false;
      if (text.charCodeAt(0) !== NEWLINE && !lineStart) parts.push('\n');
    }
    parts.push(text);
    lineStart = text.charCodeAt(text.length - 1) === NEWLINE;
  };
  const stack: Array<AnyNode | LineEnd> = [];
  for (let i = pre.children.length - 1; i >= 0; i--) stack.push(pre.children[i] as AnyNode);
  while (stack.length > 0) {
    const item = stack.pop() as AnyNode | LineEnd;
    if ('end' in item) {
      pending = true;
      continue;
    }
    if (isTextNode(item)) {
      write(item.data);
      continue;
    }
    if (!isElement(item)) continue;
    if (item.name === 'br') {
      pending = false;
      write('\n');
      continue;
    }
    if (gutter.has(item) || isNamedGutter(item)) continue;
    if (CODE_LINE_TAGS.has(item.name)) {
      // A line starts on a line of its own.
      if (!lineStart && parts.length > 0) {
        pending = false;
        write('\n');
      }
      stack.push({ end: item });
    }
    for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i] as AnyNode);
  }
  return parts.join('');
}
const NEWLINE = 10;

/**
 * A highlighter's line-numbered code laid out as a table outside any `<pre>`, and the element
 * whose text (codeText) is the code; null for any other table. `rows` are the table's own
 * rows, each as its cells; every row is two `<td>`s, a gutter and the code. Two forms:
 * - one row whose second cell holds one `<pre>` and whose first holds only line numbers,
 *   named as a gutter (GUTTER_CLASS_RE) or counting up ("1 2 3"): Hexo's `figure.highlight >
 *   table` (`td.gutter` + `td.code`), Pygments' `linenos="table"` (`td.linenos`), Rouge's
 *   `rouge-table` (`td.rouge-gutter` + `td.rouge-code`). The code is that `<pre>`;
 * - a row a line, the first cell the line's number (GitHub's and gists' `td.blob-num` +
 *   `td.blob-code`): code when every second cell is named as code (CODE_CELL_CLASS_RE, a
 *   whole class: not "zip-code") or holds a `<pre>`, and the number cells are named as a gutter, numbered by
 *   `data-line-number` or count up. The code is the table, whose codeText leaves the numbers
 *   out. A poem's numbered lines (`td.line-number` + `td.line`) are text.
 * A counting first column beside plain cells ("1 | Alice", a ranking) is data, and so is a
 * table with a header cell or a row of other than two cells.
 * @internal
 */
export function codeTableCode(rows: readonly (readonly Element[])[], table: Element): Element | null {
  if (rows.length === 0) return null;
  for (const row of rows) if (row.length !== GUTTER_ROW_CELLS || row[0]?.name !== 'td' || row[1]?.name !== 'td') return null;
  const [first] = rows;
  if (rows.length === 1 && first) {
    const [gutter, cell] = first as [Element, Element];
    const pre = onlyPre(cell);
    if (pre) {
      const numbers = textContent(gutter);
      if (LETTER_RE.test(numbers)) return null;
      return isGutterNamed(gutter) || countsUp(numbers.trim().split(WHITESPACE_RUN_RE)) ? pre : null;
    }
  }
  let named = true;
  let codeCells = true;
  let expected = -1;
  for (const row of rows) {
    const [gutter, cell] = row as [Element, Element];
    const number = textContent(gutter).trim();
    if (LETTER_RE.test(number)) return null;
    const gutterNamed = isGutterNamed(gutter) || gutter.attribs['data-line-number'] !== undefined;
    named &&= gutterNamed;
    // A <code> alone marks an inline term (a ranking's "123456"); a <pre>, or a cell named as code, a line of code.
    codeCells &&= CODE_CELL_CLASS_RE.test(cell.attribs.class ?? '') || findDescendant(cell, (d) => d.name === 'pre') !== null;
    if (gutterNamed) continue;
    // An unnamed number cell counts up by one from row to row.
    if (!DIGITS_RE.test(number) || (expected >= 0 && Number(number) !== expected)) return null;
    expected = Number(number) + 1;
  }
  // Numbered lines are code only beside code: a poem's or a statute's numbered lines, or a
  // ranking whose number cells are named "lineno", are text.
  if (!codeCells) return null;
  return named || rows.length >= MIN_GUTTER_LINES ? table : null;
}
const WHITESPACE_RUN_RE = /\s+/;

/**
 * The language a code table's wrapper names without a "language-" prefix: Hexo's `<figure
 * class="highlight js">` (CODE_TABLE_WRAPPER_TOKEN and one other token, the language); null
 * for any other wrapper.
 * @internal
 */
export function codeTableLanguage(table: Element): string | null {
  const wrapper = table.parent;
  if (!isElement(wrapper)) return null;
  const tokens = (wrapper.attribs.class ?? '').trim().split(WHITESPACE_RUN_RE);
  if (tokens.length !== 2 || !tokens.includes(CODE_TABLE_WRAPPER_TOKEN)) return null;
  const other = tokens[0] === CODE_TABLE_WRAPPER_TOKEN ? tokens[1] : tokens[0];
  return other !== undefined && LANGUAGE_TOKEN_RE.test(other) ? other.toLowerCase() : null;
}
const LANGUAGE_TOKEN_RE = /^[A-Za-z][A-Za-z0-9_+#.-]{0,23}$/;

/** The one `<pre>` a cell holds (none nested in another), or null when it holds none or several. */
function onlyPre(cell: Element): Element | null {
  let found: Element | null = null;
  let several = false;
  findDescendant(cell, (d) => {
    if (d.name !== 'pre') return false;
    if (found) several = true;
    else found = d;
    return several;
  });
  return several ? null : found;
}

/** A cell named as a line-number gutter. */
function isGutterNamed(el: Element): boolean {
  const cls = el.attribs.class;
  return cls !== undefined && GUTTER_CLASS_RE.test(cls);
}

/** Whether numbers count up by one from the first ("1 2 3", "41 42"), at least MIN_GUTTER_LINES of them. */
function countsUp(numbers: readonly string[]): boolean {
  if (numbers.length < MIN_GUTTER_LINES) return false;
  let expected = -1;
  for (const n of numbers) {
    if (!DIGITS_RE.test(n) || (expected >= 0 && Number(n) !== expected)) return false;
    expected = Number(n) + 1;
  }
  return true;
}

/** An element named as a line-number gutter (GUTTER_CLASS_RE) that holds numbers only: a "line-numbers" class on a `<code>` that holds the code is no gutter. */
function isNamedGutter(el: Element): boolean {
  const cls = el.attribs.class;
  return cls !== undefined && GUTTER_CLASS_RE.test(cls) && !LETTER_RE.test(textContent(el));
}

/**
 * The cells of a counting gutter: when the code's lines (the block elements the `<pre>` holds,
 * through a lone `<code>`, `<table>` or `<tbody>`) each open with an element whose whole text
 * is that line's number, counting up by one, and standing apart from the line's text
 * (standsApart: prism-react-renderer's unnamed line-number span, a two-cell row's first
 * cell), those elements. At least MIN_GUTTER_LINES lines; a highlighter's
 * token ("token number", NOT_A_GUTTER_CLASS_RE) is code, not a gutter.
 */
function gutterCells(pre: Element): ReadonlySet<Element> {
  const beside = gutterBesideCode(pre);
  if (beside) return new Set([beside]);
  let box: Element = pre;
  // Down through the lone wrappers around the lines.
  for (let only = soleElementChild(box); only && LINE_WRAPPER_TAGS.has(only.name); only = soleElementChild(box)) box = only;
  const lines: Element[] = [];
  for (const child of box.children) {
    if (isTextNode(child)) {
      if (child.data.trim()) return NO_CELLS;
    } else if (isElement(child)) {
      if (!CODE_LINE_TAGS.has(child.name)) return NO_CELLS;
      lines.push(child);
    }
  }
  if (lines.length < MIN_GUTTER_LINES) return NO_CELLS;
  const cells = new Set<Element>();
  let expected = -1;
  for (const line of lines) {
    const cell = firstElementChild(line);
    if (!cell || NOT_A_GUTTER_CLASS_RE.test(cell.attribs.class ?? '') || !standsApart(cell, line)) return NO_CELLS;
    const number = ownText(cell).trim();
    if (!DIGITS_RE.test(number)) return NO_CELLS;
    const value = Number(number);
    if (expected >= 0 && value !== expected) return NO_CELLS;
    expected = value + 1;
    cells.add(cell);
  }
  return cells;
}
const NO_CELLS: ReadonlySet<Element> = new Set();

/**
 * A gutter a script appends to the `<pre>` beside its `<code>`, whatever its name: an element
 * whose items (or words) are the numbers 1, 2, 3 … up to the code's number of lines, and
 * nothing else (CSDN's `<pre><code>…</code><ul class="pre-numbering"><li>1</li>…</ul></pre>`).
 * A program's output printed after its code ("$ seq 5" and "1 2 3 4 5", a `<samp>`) counts
 * other than the code's lines, or says it is output (OUTPUT_TAGS, OUTPUT_CLASS_RE).
 */
function gutterBesideCode(pre: Element): Element | null {
  let code: Element | null = null;
  let candidate: string[] | null = null;
  let gutter: Element | null = null;
  for (const child of pre.children) {
    if (!isElement(child)) continue;
    if (child.name === 'code') code ??= child;
    else if (gutter === null && child.name !== 'br' && !OUTPUT_TAGS.has(child.name) && !NOT_A_GUTTER_CLASS_RE.test(child.attribs.class ?? '') && !OUTPUT_CLASS_RE.test(child.attribs.class ?? '')) {
      const numbers = itemTexts(child);
      if (numbers[0] === '1' && countsUp(numbers)) {
        gutter = child;
        candidate = numbers;
      }
    }
  }
  return code && gutter && candidate && candidate.length === lineCount(textContent(code)) ? gutter : null;
}
/** Elements that mark a program's output, never a gutter. */
const OUTPUT_TAGS: ReadonlySet<string> = new Set(['samp', 'output', 'kbd']);
/** A class naming a program's output or a console's result. */
const OUTPUT_CLASS_RE = /output|result|stdout|console/i;

/** How many lines a code text has, a trailing line break not opening another. */
function lineCount(text: string): number {
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  return body.split('\n').length;
}

/** The trimmed texts of an element's child elements when it holds only elements (a list's items), else its text's words. */
function itemTexts(el: Element): string[] {
  const items: string[] = [];
  for (const child of el.children) {
    if (isElement(child)) items.push(textContent(child).trim());
    else if (isTextNode(child) && child.data.trim()) return textContent(el).trim().split(WHITESPACE_RUN_RE);
  }
  return items.length > 0 ? items : textContent(el).trim().split(WHITESPACE_RUN_RE);
}

/**
 * Whether a line's number element stands apart from the line's text, as a gutter does: the
 * text goes on in an element of its own (prism-react-renderer's token spans), or, in a table,
 * in the one other cell of the row. A number the line's text runs on from ("<span>1</span>
 * apple 3") is the line's first word, and a row of more cells ("1 | apple | 3") is data.
 */
function standsApart(cell: Element, line: Element): boolean {
  if (line.name === 'tr') return elementChildCount(line) <= GUTTER_ROW_CELLS;
  const next = line.children[line.children.indexOf(cell) + 1];
  return !(next && isTextNode(next) && next.data.length > 0);
}
const LINE_WRAPPER_TAGS: ReadonlySet<string> = new Set(['code', 'table', 'tbody']);
const DIGITS_RE = /^\d{1,6}$/;

/** How many element children `el` has. */
function elementChildCount(el: Element): number {
  let count = 0;
  for (const child of el.children) if (isElement(child)) count++;
  return count;
}

/** The first child of `el` when it is an element (whitespace before it allowed); else null. */
function firstElementChild(el: Element): Element | null {
  for (const child of el.children) {
    if (isTextNode(child)) {
      if (child.data.trim()) return null;
    } else if (isElement(child)) return child;
  }
  return null;
}

/** The text of an element that holds text only (a gutter cell); '' when it holds an element. */
function ownText(el: Element): string {
  let out = '';
  for (const child of el.children) {
    if (isTextNode(child)) out += child.data;
    else if (isElement(child)) return '';
  }
  return out;
}
