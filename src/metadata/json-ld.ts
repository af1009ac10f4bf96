import { ARTICLE_TYPES, CAMBRIAN_CONTEXT_RE, FALLBACK_PAGE_TYPES, MAX_JSON_LD_DEPTH } from './constants';
import { decodeEntities } from './entities';

/** A JSON-LD node: a plain object parsed from the page. */
export type LdNode = Record<string, unknown>;

/** The article node of a page's JSON-LD and the `@id` index to resolve references in it. */
export interface JsonLdData {
  /** The node describing the article (NewsArticle, BlogPosting …), or null. */
  article: LdNode | null;
  /** Every node that has an `@id`, for resolving `{ "@id": … }` references. */
  byId: Map<string, LdNode>;
  /** Every Organization / WebSite node, for the site name when the article names no publisher. */
  sites: LdNode[];
  /**
   * The first node in Baidu's cambrian context (CAMBRIAN_CONTEXT_RE), whose `pubDate` and
   * `upDate` date the page; null when the page has none.
   */
  cambrian: LdNode | null;
}

/** Wrappers some CMSs leave around the JSON: HTML comments and CDATA markers. */
const JSON_WRAPPER_RE = /^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/g;

/** Raw control characters inside strings make JSON.parse fail; browsers' JSON-LD readers tolerate them. */
const CONTROL_CHARS_RE = /[\u0000-\u001f]+/g;

/** A trailing semicolon or comma after the closing brace (hand-edited templates). */
const TRAILING_JUNK_RE = /[;,]\s*$/;

/** JSON.parse, or `undefined` when the text is not JSON (a parse never yields `undefined`). */
function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The block as JSON, else with raw control characters flattened, else repaired first (the
 * repair before flattening: a // comment ends at its line break); null when none parses.
 */
function parseJson(raw: string): unknown {
  const text = raw.replace(JSON_WRAPPER_RE, '').trim().replace(TRAILING_JUNK_RE, '');
  if (!text) return null;
  for (const attempt of [() => text, () => text.replace(CONTROL_CHARS_RE, ' '), () => repairJson(text).replace(CONTROL_CHARS_RE, ' ')]) {
    const value = tryJson(attempt());
    if (value !== undefined) return value;
  }
  return null;
}

const SLASH = 0x2f;
const STAR = 0x2a;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
/** Space and the control characters below it: JSON's whitespace and what CMSs leave. */
const LAST_BLANK = 0x20;

/** Index of the first character at or after `i` that is neither whitespace nor inside a comment. */
function nextSignificant(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c <= LAST_BLANK) j++;
    else if (c === SLASH && text.charCodeAt(j + 1) === SLASH) {
      const end = text.indexOf('\n', j);
      j = end < 0 ? text.length : end;
    } else if (c === SLASH && text.charCodeAt(j + 1) === STAR) {
      const end = text.indexOf('*/', j + 2);
      j = end < 0 ? text.length : end + 2;
    } else break;
  }
  return j;
}

/**
 * Mends the three slips hand-edited JSON-LD templates make, in one pass outside strings:
 * comments (`// will be empty for branded publishing`), a comma before `]` or `}`, and a
 * closing brace too many that ends the top-level object before its last properties. A
 * page's browser ignores such a block; its metadata is still the page's.
 * @internal
 */
export function repairJson(text: string): string {
  const kept: string[] = [];
  let from = 0;
  let depth = 0;
  const skip = (start: number, end: number): void => {
    kept.push(text.slice(from, start));
    from = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === BACKSLASH) i++;
        else if (d === QUOTE) break;
      }
    } else if (c === SLASH && (text.charCodeAt(i + 1) === SLASH || text.charCodeAt(i + 1) === STAR)) {
      const end = nextSignificant(text, i);
      skip(i, end);
      i = end - 1;
    } else if (c === COMMA) {
      const next = text.charAt(nextSignificant(text, i + 1));
      if (next === ']' || next === '}') skip(i, i + 1);
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      depth++;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      if (depth === 1 && text.charCodeAt(nextSignificant(text, i + 1)) === COMMA) skip(i, i + 1);
      else depth--;
    }
  }
  kept.push(text.slice(from));
  return kept.join('');
}

function isNode(value: unknown): value is LdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `@type` as a list of bare type names ("schema:NewsArticle" → "NewsArticle"). */
export function typesOf(node: LdNode): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  const out: string[] = [];
  for (const t of list) {
    if (typeof t !== 'string') continue;
    const slash = Math.max(t.lastIndexOf('/'), t.lastIndexOf(':'));
    out.push(slash >= 0 ? t.slice(slash + 1) : t);
  }
  return out;
}

function hasType(node: LdNode, set: ReadonlySet<string>): boolean {
  return typesOf(node).some((t) => set.has(t));
}

/** Types that name the site rather than the article. */
const SITE_TYPES: ReadonlySet<string> = new Set(['Organization', 'NewsMediaOrganization', 'WebSite', 'Corporation']);

/**
 * Parses every JSON-LD block and finds the article node. Walks iteratively with a depth cap,
 * and never copies keys onto other objects, so `__proto__` keys cannot pollute anything.
 * @internal
 */
export function readJsonLd(blocks: readonly string[]): JsonLdData {
  const byId = new Map<string, LdNode>();
  const articles: LdNode[] = [];
  const fallbacks: LdNode[] = [];
  const sites: LdNode[] = [];
  let cambrian: LdNode | null = null;
  const stack: Array<{ value: unknown; depth: number }> = [];
  for (let i = blocks.length - 1; i >= 0; i--) stack.push({ value: parseJson(blocks[i] as string), depth: 0 });

  while (stack.length > 0) {
    const { value, depth } = stack.pop() as { value: unknown; depth: number };
    if (depth > MAX_JSON_LD_DEPTH) continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], depth: depth + 1 });
      continue;
    }
    if (!isNode(value)) continue;
    const id = value['@id'];
    if (typeof id === 'string' && Object.keys(value).length > 1 && !byId.has(id)) byId.set(id, value);
    if (hasType(value, ARTICLE_TYPES)) articles.push(value);
    else if (hasType(value, FALLBACK_PAGE_TYPES)) fallbacks.push(value);
    else if (hasType(value, SITE_TYPES)) sites.push(value);
    else if (cambrian === null && isCambrian(value)) cambrian = value;
    const graph = value['@graph'];
    if (graph !== undefined) stack.push({ value: graph, depth: depth + 1 });
    // An article may sit under mainEntity of a WebPage node.
    const main = value.mainEntity;
    if (isNode(main) || Array.isArray(main)) stack.push({ value: main, depth: depth + 1 });
  }

  return { article: richest(articles) ?? richest(fallbacks), byId, sites, cambrian };
}

/** A node whose `@context` is Baidu's cambrian one (a string, or a list holding it). */
function isCambrian(node: LdNode): boolean {
  const context = node['@context'];
  const list = Array.isArray(context) ? context : [context];
  return list.some((c) => typeof c === 'string' && CAMBRIAN_CONTEXT_RE.test(c.trim()));
}

/** The richest node wins when a page carries several (e.g. one per embedded card); the first of equals. */
function richest(nodes: readonly LdNode[]): LdNode | null {
  let found: LdNode | null = null;
  let best = -1;
  for (const node of nodes) {
    const score = (typeof node.articleBody === 'string' ? 2 : 0) + (node.headline ? 1 : 0) + (node.datePublished ? 1 : 0);
    if (score > best) {
      best = score;
      found = node;
    }
  }
  return found;
}

/** Follows a `{ "@id": … }` reference to the full node when the page defines it elsewhere. */
export function resolveRef(value: unknown, byId: Map<string, LdNode>): unknown {
  if (isNode(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) {
    return byId.get(value['@id']) ?? value;
  }
  return value;
}

/** A property as a list, references resolved. */
export function listOf(value: unknown, byId: Map<string, LdNode>): unknown[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => resolveRef(v, byId));
}

/** Keys of an object value that hold its name or literal value. */
const NAME_KEYS: readonly string[] = ['name', '@value'];
/** Keys of an object value that hold its URL. */
const URL_KEYS: readonly string[] = ['url', 'contentUrl', '@id'];

/**
 * A string property, or the first of `keys` of an object property. Arrays are looked
 * through one level only: JSON-LD lists values, it does not nest lists, and a page that
 * nests them thousands deep must not cost a stack frame per level.
 */
function valueOf(value: unknown, keys: readonly string[]): string | null {
  const list = Array.isArray(value) ? value : [value];
  for (const v of list) {
    if (typeof v === 'string') {
      const trimmed = v.trim();
      if (trimmed) return decodeEntities(trimmed);
    } else if (typeof v === 'number' && Number.isFinite(v)) {
      return String(v);
    } else if (isNode(v)) {
      for (const key of keys) {
        const s = v[key];
        if (typeof s === 'string' && s.trim()) return decodeEntities(s.trim());
      }
    }
  }
  return null;
}

/** A text property: a string, or the `name` / `@value` of an object (never its `@id`). */
export function stringOf(value: unknown): string | null {
  return valueOf(value, NAME_KEYS);
}

/** A URL property: a string, or the `url` / `contentUrl` / `@id` of an object. */
export function urlOf(value: unknown): string | null {
  return valueOf(value, URL_KEYS);
}

export { isNode as isLdNode };
