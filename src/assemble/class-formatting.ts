import type { Element } from '../parse/dom';
import { textContent } from '../parse/dom';
import { CLASS_FORMATTING, GENERATED_CLASS_RE } from './constants';

/** One formatting property a class rule sets, and the rule's place in the sheet (a later rule wins). */
interface Setting {
  value: string;
  order: number;
}

/** What the rules of one generated class set. */
interface ClassRule {
  align?: Setting;
  fontStyle?: Setting;
}

/**
 * A generated document's formatting by class (see GENERATED_CLASS_RE): whether an element is
 * centred, or set in italics, by the single-class rules of the page's own `<style>` sheets.
 * @internal
 */
export interface ClassFormatting {
  /** Whether the element's classes centre it (`.c8{text-align:center}`). */
  centred(el: Element): boolean;
  /** Whether the element's classes set it in italics (`.c10{font-style:italic}`). */
  italic(el: Element): boolean;
}

const WHITESPACE_RE = /\s+/;

/**
 * Reads a generated document's class formatting from the page's `<style>` elements. The
 * sheets are read once, in one pass over their text, and only when an element whose every
 * class is a generator's numbered name (GENERATED_CLASS_RE) is first asked about: a page
 * with no such element never has its style sheets parsed.
 * @internal
 */
export function classFormatting(sheets: readonly Element[]): ClassFormatting {
  let rules: Map<string, ClassRule> | null = null;
  const setting = (el: Element, prop: 'align' | 'fontStyle', inlineRe: RegExp): string | null => {
    const cls = el.attribs.class;
    if (cls === undefined || sheets.length === 0) return null;
    const style = el.attribs.style;
    if (style !== undefined && inlineRe.test(style)) return null;
    const names = cls.trim().split(WHITESPACE_RE);
    if (!names.every((n) => GENERATED_CLASS_RE.test(n))) return null;
    rules ??= readRules(sheets);
    let best: Setting | undefined;
    for (const name of names) {
      const s = rules.get(name)?.[prop];
      if (s && (!best || s.order > best.order)) best = s;
    }
    return best?.value ?? null;
  };
  return {
    centred: (el) => setting(el, 'align', CLASS_FORMATTING.alignRe) === CLASS_FORMATTING.centred,
    italic: (el) => {
      const value = setting(el, 'fontStyle', CLASS_FORMATTING.fontStyleRe);
      return value !== null && CLASS_FORMATTING.italic.has(value);
    },
  };
}

/**
 * The single-class rules of the sheets (CLASS_FORMATTING), each generated class with the
 * alignment and font style its latest rule sets. A statement at-rule (`@import url(…);`) ends
 * at its semicolon; the rules inside an at-rule block (`@media print{…}`) are conditional and
 * skipped.
 */
function readRules(sheets: readonly Element[]): Map<string, ClassRule> {
  const rules = new Map<string, ClassRule>();
  let order = 0;
  for (const sheet of sheets) {
    const css = withoutComments(textContent(sheet));
    let pos = 0;
    let depth = 0;
    // The next '{' and '}' at or after pos, found again only once pos has passed them: a sheet
    // of unclosed at-rules ("@media print{" repeated) made each step search to its end.
    let open = -2;
    let close = -2;
    while (pos < css.length) {
      if (open !== -1 && open < pos) open = css.indexOf('{', pos);
      if (close !== -1 && close < pos) close = css.indexOf('}', pos);
      if (close >= 0 && (open < 0 || close < open)) {
        // The end of an at-rule block.
        if (depth > 0) depth--;
        pos = close + 1;
        continue;
      }
      if (open < 0) break;
      const head = css.slice(pos, open);
      const selector = head.slice(head.lastIndexOf(';') + 1).trim();
      if (selector.charCodeAt(0) === AT_SIGN) {
        depth++;
        pos = open + 1;
        continue;
      }
      // The first '}' after pos comes after this '{' (else the branch above took it).
      const end = close;
      if (end < 0) break;
      const name = depth === 0 ? CLASS_FORMATTING.selectorRe.exec(selector)?.[1] : undefined;
      if (name !== undefined && GENERATED_CLASS_RE.test(name)) {
        const body = css.slice(open + 1, end);
        const align = CLASS_FORMATTING.alignRe.exec(body)?.[1];
        const fontStyle = CLASS_FORMATTING.fontStyleRe.exec(body)?.[1];
        if (align !== undefined || fontStyle !== undefined) {
          let rule = rules.get(name);
          if (!rule) rules.set(name, (rule = {}));
          if (align !== undefined) rule.align = { value: align.toLowerCase(), order };
          if (fontStyle !== undefined) rule.fontStyle = { value: fontStyle.toLowerCase(), order };
          order++;
        }
      }
      pos = end + 1;
    }
  }
  return rules;
}
const AT_SIGN = 0x40;

/** A sheet's text without its comments, each cut by position (an unclosed one runs to the end). */
function withoutComments(css: string): string {
  let open = css.indexOf('/*');
  if (open < 0) return css;
  const parts: string[] = [];
  let pos = 0;
  while (open >= 0) {
    parts.push(css.slice(pos, open));
    const close = css.indexOf('*/', open + 2);
    if (close < 0) return parts.join('');
    pos = close + 2;
    open = css.indexOf('/*', pos);
  }
  parts.push(css.slice(pos));
  return parts.join('');
}
