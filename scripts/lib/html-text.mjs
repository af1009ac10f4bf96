// Plain text of an HTML document or fragment, with block boundaries as newlines, so that
// "<p>end</p><p>start" gives "end\nstart" and not "endstart" (which would merge two tokens).
import { parse } from 'parse5';
import { adapter } from 'parse5-htmlparser2-tree-adapter';
import { isTag, isText, hasChildren } from 'domhandler';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frameset',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'legend', 'li', 'main', 'menu',
  'nav', 'ol', 'optgroup', 'option', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul', 'body', 'html', 'iframe', 'video', 'audio', 'object',
  'img', 'picture', 'svg', 'math', 'textarea', 'select', 'button', 'input',
]);
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'head', 'title']);

/** Text of `html`, blocks separated by newlines, runs of spaces collapsed. */
export function htmlToText(html) {
  const doc = parse(html, { treeAdapter: adapter });
  const out = [];
  const walk = (node) => {
    if (isText(node)) {
      out.push(node.data);
      return;
    }
    if (isTag(node) || node.type === 'script' || node.type === 'style') {
      const name = node.name.toLowerCase();
      if (SKIP.has(name)) return;
      if (name === 'br') {
        out.push('\n');
        return;
      }
      const block = BLOCK.has(name);
      if (block) out.push('\n');
      for (const child of node.children) walk(child);
      if (block) out.push('\n');
      return;
    }
    if (hasChildren(node)) for (const child of node.children) walk(child);
  };
  walk(doc);
  return out
    .join('')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
}
