import { ARTICLE_TYPES, FALLBACK_PAGE_TYPES, MAX_JSON_LD_DEPTH } from './constants';

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
}

/** Wrappers some CMSs leave around the JSON: HTML comments and CDATA markers. */
const JSON_WRAPPER_RE = /^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/g;

/** Raw control characters inside strings make JSON.parse fail; browsers' JSON-LD readers tolerate them. */
const CONTROL_CHARS_RE = /[\u0000-\u001f]+/g;

/** A trailing semicolon or comma after the closing brace (hand-edited templates). */
const TRAILING_JUNK_RE = /[;,]\s*$/;

function parseJson(raw: string): unknown {
  const text = raw.replace(JSON_WRAPPER_RE, '').trim().replace(TRAILING_JUNK_RE, '');
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(text.replace(CONTROL_CHARS_RE, ' '));
    } catch {
      return null;
    }
  }
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
    const graph = value['@graph'];
    if (graph !== undefined) stack.push({ value: graph, depth: depth + 1 });
    // An article may sit under mainEntity of a WebPage node.
    const main = value.mainEntity;
    if (isNode(main) || Array.isArray(main)) stack.push({ value: main, depth: depth + 1 });
  }

  // The richest article node wins when a page carries several (e.g. one per embedded card).
  let article: LdNode | null = null;
  let best = -1;
  for (const node of articles) {
    const score = (typeof node.articleBody === 'string' ? 2 : 0) + (node.headline ? 1 : 0) + (node.datePublished ? 1 : 0);
    if (score > best) {
      best = score;
      article = node;
    }
  }
  return { article: article ?? fallbacks[0] ?? null, byId, sites };
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
      if (trimmed) return trimmed;
    } else if (typeof v === 'number' && Number.isFinite(v)) {
      return String(v);
    } else if (isNode(v)) {
      for (const key of keys) {
        const s = v[key];
        if (typeof s === 'string' && s.trim()) return s.trim();
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
