import { parse } from 'parse5';
import { adapter } from 'parse5-htmlparser2-tree-adapter';
import type { Document } from 'domhandler';

/**
 * The only place that touches parse5. Options are chosen on purpose:
 * - `scriptingEnabled: false` parses `<noscript>` content as markup, not text, so the
 *   `<img>` fallbacks that lazy-loading sites hide there can be recovered by clean/.
 * - `sourceCodeLocationInfo: false`: we never map back to offsets, and locations cost memory.
 */
const PARSER_OPTIONS = {
  treeAdapter: adapter,
  scriptingEnabled: false,
  sourceCodeLocationInfo: false,
} as const;

/**
 * Parses an HTML string into a domhandler Document, the way a browser would (parse5 follows
 * the WHATWG parsing algorithm, so broken markup is repaired exactly as browsers repair it).
 * @internal
 */
export function parseHtml(html: string): Document {
  return parse(html, PARSER_OPTIONS) as unknown as Document;
}
