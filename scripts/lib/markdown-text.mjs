// Visible text of copydesk's markdown, for comparing a whole rendered body (paragraphs,
// headings, lists, tables and figure captions in reading order) with a reference HTML body
// such as Readability's expected.html, which keeps figures and their captions in the flow.
// Images and link targets are not visible text: `![alt](src)` goes, `[text](href)` keeps text.
// Code spans and fenced blocks are literal in markdown, so their content is kept as it is.

const CODE_RE = /(?<!\\)(`+)([\s\S]*?[^`\\])\1(?!`)/g;
// List markers are numbering, not text (an HTML <ol> shows its numbers but holds none), and so
// is a footnote definition's label ("[^1]: …", rendered as a numbered note).
const LIST_MARKER_RE = /^([ \t]*(?:> )*)(?:[-*+]|\d{1,9}[.)]|\[\^[^\]\s]{1,20}\]:)[ \t]+/gm;
// A fenced block's info string ("```js") names its language; it is not shown.
const FENCE_INFO_RE = /^`{3,}[^\n`]*\n/;
const IMAGE_RE = /!\[(?:\\.|[^\]\\])*\]\((?:\\.|[^)\\])*\)/g;
const LINK_RE = /\[((?:\\.|[^\]\\])*)\]\((?:\\.|[^)\\])*\)/g;
// An escaped character is text; an unescaped `_` or `*` is emphasis syntax (copydesk escapes
// both when they are text), and `_` would otherwise join the next word into one \w+ token.
const ESCAPE_OR_EMPHASIS_RE = /\\(.)|[_*]/g;

function proseText(markdown) {
  return markdown
    .replace(LIST_MARKER_RE, '$1')
    .replace(IMAGE_RE, '')
    .replace(LINK_RE, '$1')
    .replace(ESCAPE_OR_EMPHASIS_RE, (_, escaped) => escaped ?? '');
}

/** Text of a markdown document, one block a line. */
export function markdownToText(markdown) {
  let out = '';
  let last = 0;
  for (const m of markdown.matchAll(CODE_RE)) {
    const fenced = m[1].length >= 3 && FENCE_INFO_RE.test(m[0]);
    out += proseText(markdown.slice(last, m.index)) + (fenced ? m[2].replace(/^[^\n]*\n/, '\n') : m[2]);
    last = m.index + m[0].length;
  }
  return out + proseText(markdown.slice(last));
}
