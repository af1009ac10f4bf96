// The extractors the bench compares. Each one's libraries are imported only in load(), so a
// --memory child holds nothing but the extractor it measures. Every run() takes the same
// decoded string and the page URL, and returns something derived from the whole result (its
// text length) so the work cannot be skipped.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** @typedef {{ name: string, label: string, load(ctx): Promise<(html: string, url: string) => number> }} Extractor */

/** @type {Extractor[]} */
export const EXTRACTORS = [
  {
    name: 'parse-only',
    label: 'parse5 + htmlparser2 adapter (floor)',
    // The floor the issue names: stock parse5 with the stock htmlparser2 tree adapter, with
    // the options copydesk parses with (noscript content as markup), so both build the same tree.
    async load() {
      const { parse } = await import('parse5');
      const { adapter } = await import('parse5-htmlparser2-tree-adapter');
      return (html) => parse(html, { treeAdapter: adapter, scriptingEnabled: false }).children.length;
    },
  },
  {
    name: 'copydesk-parse',
    label: "copydesk's parse alone (src/parse)",
    // src/parse/parse-html.ts itself, bundled from source: parse5 with the nesting and
    // attribute bounds, text read in runs and the lighter adapter. Not the floor: it is
    // copydesk's own first stage, shown so the rest of the pipeline's cost can be read off.
    async load({ stages }) {
      return (html) => stages.parseHtml(html).children.length;
    },
  },
  {
    name: 'copydesk',
    label: 'copydesk parseArticle (dist)',
    async load({ repoRoot }) {
      const { parseArticle } = await import(pathToFileURL(join(repoRoot, 'dist', 'index.js')).href);
      return (html, url) => parseArticle(html, { url }).text.length;
    },
  },
  {
    name: 'readability-linkedom',
    label: '@mozilla/readability + linkedom',
    async load() {
      const { Readability } = await import('@mozilla/readability');
      const { parseHTML } = await import('linkedom');
      return (html) => new Readability(parseHTML(html).document).parse()?.textContent?.length ?? 0;
    },
  },
  {
    name: 'readability-jsdom',
    label: '@mozilla/readability + jsdom',
    async load() {
      const { Readability } = await import('@mozilla/readability');
      const { JSDOM, VirtualConsole } = await import('jsdom');
      // A silent console: pages' CSS and markup errors would otherwise flood the output.
      const virtualConsole = new VirtualConsole();
      return (html, url) => {
        const dom = new JSDOM(html, { url, virtualConsole });
        try {
          return new Readability(dom.window.document).parse()?.textContent?.length ?? 0;
        } finally {
          dom.window.close();
        }
      };
    },
  },
  {
    name: 'defuddle-linkedom',
    label: 'defuddle + linkedom',
    async load() {
      const { default: Defuddle } = await import('defuddle');
      const { parseHTML } = await import('linkedom');
      // defuddle logs every page's invalid JSON-LD with a stack trace; the logging is still
      // done (it is part of its cost), only not printed.
      return (html, url) => {
        const log = console.error;
        console.error = () => {};
        try {
          return new Defuddle(parseHTML(html).document, { url }).parse()?.content?.length ?? 0;
        } finally {
          console.error = log;
        }
      };
    },
  },
];

export const FLOOR = 'parse-only';
