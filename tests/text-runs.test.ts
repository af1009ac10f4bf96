import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'parse5';
import { adapter } from 'parse5-htmlparser2-tree-adapter';
import { decodeHtml } from '../src/parse/decode';
import type { AnyNode, Document, Element } from '../src/parse/dom';
import { bodyOf, innerText, isElement, isTextNode } from '../src/parse/dom';
import { parseHtml } from '../src/parse/parse-html';
import { asksForShadowRoot, composeShadowTrees } from '../src/parse/shadow-dom';
import { textRunsSupported } from '../src/parse/text-runs';
import { loadPageFixtures } from './support/fixtures';

/**
 * src/parse/text-runs.ts reads text in slices instead of one character at a time. It must not
 * change the tree: these tests parse each input with stock parse5 (same options, stock
 * htmlparser2 adapter) and with parseHtml, and compare the two trees node by node, after giving
 * the stock tree parseHtml's deliberate changes: ruby annotations left out (so the text around
 * them is one run) and declarative shadow roots composed.
 */
function outline(node: AnyNode, out: string[] = []): string[] {
  if (isElement(node) && RUBY_ANNOTATIONS.has(node.name)) return out;
  if (node.type === 'text' && isTextNode(node)) {
    const last = out.length - 1;
    if (out[last]?.startsWith('#text ')) out[last] = `#text ${JSON.stringify(JSON.parse(out[last].slice(6)) + node.data)}`;
    else out.push(`#text ${JSON.stringify(node.data)}`);
  } else if (node.type === 'comment') out.push(`#comment ${JSON.stringify(node.data)}`);
  else if (node.type === 'directive') out.push(`#directive ${JSON.stringify(node.data)}`);
  if (isElement(node)) out.push(`<${node.name} ${node.namespace ?? ''} ${JSON.stringify(node.attribs)}>`);
  if ('children' in node) for (const child of node.children) outline(child, out);
  if (isElement(node)) out.push(`</${node.name}>`);
  return out;
}

const RUBY_ANNOTATIONS: ReadonlySet<string> = new Set(['rt', 'rp', 'rtc']);

function stockOutline(html: string): string[] {
  const doc = parse(html, { treeAdapter: adapter, scriptingEnabled: false }) as unknown as Document;
  const templates: Element[] = [];
  const stack: AnyNode[] = [doc];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (isElement(node) && node.name === 'template' && asksForShadowRoot(node)) templates.push(node);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
  composeShadowTrees(doc, templates);
  return outline(doc);
}

function ourOutline(html: string): string[] {
  return outline(parseHtml(html) as unknown as AnyNode);
}

/** Inputs that exercise every stop of a run: each one names what it checks. */
const TRICKY: Array<[string, string]> = [
  ['CR LF and lone CR are folded into LF', 'a\r\nb\rc\n\rd <p>x\r\n\r\ny</p>'],
  ['the LF right after <pre> and <textarea> is dropped', '<pre>\nfirst</pre><textarea>\r\nsecond</textarea><pre>\n\nthird</pre>'],
  ['whitespace in head stays in head, text leaves it', '<head> <title> a  b &amp; c </title> \n x y </head> z'],
  ['script text ends only at its own end tag', '<script>if (a<b && c) { s = "</scr" + "ipt>" } <!-- <script> --> </script> after'],
  ['style and xmp text is raw', '<style>a > b { content: "&amp;" }</style><xmp> <b> x &lt; </xmp>'],
  ['text in a table is foster-parented, whitespace is not', '<table> x <tr> y z <td> w v</td> </tr> q </table>'],
  ['NUL characters are dropped in body and replaced in raw text', '<p>\u0000a\u0000 b\u0000</p><script>a\u0000b c</script>'],
  ['surrogate pairs and lone surrogates pass through', 'x \ud83d\ude00 y \ud83d z \ude00 w <b>\ud83d\ude00\ud83d\ude00</b>'],
  ['foreign content and CDATA', '<svg><text> a b </text><![CDATA[ c d ]]></svg> e f'],
  ['plaintext swallows the rest', '<p>a b<plaintext> a < b & c </p>'],
  ['character references end a run', '<body> a &amp b &notin; c &#x41; d &unknown; e'],
  ['select keeps whitespace and text', '<select> a <option> b c </select>'],
  ['frameset discards text', '<frameset> <frame> x </frameset> y'],
  ['formatting elements are reconstructed between runs', '<a>x<b>y z</a> w v</b> u'],
  ['template contents', '<template> a b <td> c d </td></template>'],
  ['BOM, form feed and tab', '\ufeff<!doctype html> a\f\tb'],
  ['text after </html>', '<html> <head> </head> <body> a </body> </html> b \n c'],
  ['attribute values: references, quotes, CR LF, surrogates, NUL', `<a title="a &amp; b &quot;c' d\r\ne \ud83d\ude00 \ud83d f\u0000g" data-x='x " y &lt; z' href=u&amp;v>t</a><p class="a" class="b">q</p>`],
  ['comments: dashes, nested openers, bad endings', '<!-- a - b -- c <!-- d --!> e <!-- f \r\n g --> <!--->h<!---->i<!-- \u0000 \ud83d\ude00 -->'],
  ['long text spanning the 64 KiB buffer boundary', `<p>${'word '.repeat(30000)}</p><script>${'x = 1; '.repeat(20000)}</script>`],
  ['ruby annotations and declarative shadow roots, which parseHtml changes on purpose', '<p><ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp>字</ruby></p><x-a><template shadowrootmode=open><p><slot name=a></slot></p><x-b><template shadowroot=closed><i><slot></slot></i></template><slot></slot></x-b></template><b slot=a>bold</b> text <s slot=none>no</s></x-a>'],
];

describe('text runs (src/parse/text-runs.ts)', () => {
  it('finds the parse5 internals it needs in the installed parse5', () => {
    expect(textRunsSupported()).toBe(true);
  });

  it.each(TRICKY)('builds the same tree as stock parse5: %s', (_what, html) => {
    expect(ourOutline(html)).toEqual(stockOutline(html));
  });

  it('builds the same tree as stock parse5 on every fixture page', () => {
    for (const fixture of loadPageFixtures()) {
      const html = decodeHtml(new Uint8Array(fixture.source));
      expect(ourOutline(html), fixture.name).toEqual(stockOutline(html));
    }
  });

  it('builds the same tree as stock parse5 on generated tag soup', () => {
    const pieces = fc.constantFrom(
      '<p>', '</p>', '<b>', '</b>', '<table>', '<td>', '<tr>', '</table>', '<script>', '</script>', '<style>', '</style>',
      '<textarea>', '</textarea>', '<pre>', '<title>', '</title>', '<svg>', '</svg>', '<head>', '<body>', '<!--', '-->',
      '&amp;', '&', '<', ' ', '\n', '\r\n', '\r', '\t', '\u0000', '\ud83d\ude00', '\ud83d', 'word', 'é', '"', '=',
      "'", '<a href="', '<a title=\'', '-', '<!-- ', '-->', '--!>', '>',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
        const html = parts.join('');
        expect(ourOutline(html)).toEqual(stockOutline(html));
      }),
      { seed: 20261126, numRuns: 2000 },
    );
  });

  it('still reads text, references and raw text as text', () => {
    const body = bodyOf(parseHtml('<p>Fish &amp; chips, caf&eacute; <b>au lait</b></p><script>a < b</script>'));
    expect(innerText(body.children[0] as AnyNode)).toBe('Fish & chips, café au lait');
  });
});
