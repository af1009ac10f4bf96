/**
 * The property-test kit shared by tests/invariants.test.ts (a few thousand cases in every
 * run) and `npm run fuzz` (100,000+): the arbitraries that make inputs, and the invariants
 * every Article must hold whatever the input.
 */
import fc from 'fast-check';
import { parse } from 'parse5';
import { parseArticle } from '../../src';
import type { Article, ParseOptions } from '../../src';
import { readInput } from '../../src/parse/read-input';
import { articleSchema, validate } from './article-schema';

// ---------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------

/** Real tags, weighted towards the ones the pipeline treats specially. */
const TAGS = [
  'html', 'head', 'body', 'title', 'meta', 'link', 'base', 'script', 'style', 'noscript', 'template', 'iframe', 'svg',
  'math', 'article', 'main', 'section', 'div', 'div', 'div', 'span', 'p', 'p', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'a', 'a', 'img', 'img', 'amp-img', 'picture', 'source', 'figure', 'figcaption', 'time', 'ul', 'ol', 'li', 'table',
  'tr', 'td', 'th', 'thead', 'tbody', 'blockquote', 'pre', 'code', 'b', 'strong', 'em', 'i', 'br', 'hr', 'nav',
  'header', 'footer', 'aside', 'form', 'input', 'button', 'textarea', 'address', 'abbr', 'small', 'sup', 'video',
  'object', 'embed', 'select', 'option', 'caption', 'dl', 'dt', 'dd', 'plaintext', 'xmp', 'frameset',
];

/** Class and id tokens from the clean/score/metadata vocabularies, and ordinary ones. */
const CLASS_TOKENS = [
  'article', 'article-body', 'content', 'post-body', 'entry-content', 'story', 'byline', 'author', 'caption', 'credit',
  'share', 'social', 'nav', 'menu', 'related', 'comments', 'ad', 'sidebar', 'footer', 'hidden', 'dek', 'subtitle',
  'headline', 'wp-caption-text', 'lazy', 'newsletter', 'cookie', 'promo', 'main', 'x', 'published', 'date',
];

/** URLs, hostile ones included: every scheme that could execute, in the spellings browsers accept. */
const URLS = [
  'javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', '\u0001javascript:x',
  'vbscript:msgbox(1)', 'VBScript:x', 'data:text/html,<script>alert(1)</script>', 'data:text/html;base64,PHNjcmlwdD4=',
  'DATA:TEXT/HTML,x', 'data:image/svg+xml,<svg onload=alert(1)>', 'blob:https://example.com/x', 'file:///etc/passwd',
  '/news/2025/12/23/story.html', 'photo.jpg', '//cdn.example.com/img.jpg', 'https://example.com/a.jpg',
  'http://example.com/b', '#top', 'mailto:desk@example.com', 'https://example.com/a b.jpg', 'https://ex ample.com/',
  'https://example.com/(x).jpg', '', '   ', '&#106;avascript:alert(1)', 'jav&#x09;ascript:alert(1)',
];

const WORDS = [
  'the', 'council', 'said', 'harbour', 'flooded', 'Tuesday', 'road', 'closed', 'noon', 'By', 'Jane', 'Doe', 'and',
  'Photo', 'Reuters', 'AFP', '©', 'Başkan', 'İzmir', 'Москва', 'погода', '東京', '初雪', '서울', 'Zürich', 'café',
  '2025-12-23', '15:09', 'December 23, 2025', 'Updated', 'Advertisement', 'Read more:', 'Share', '|', '—', '·',
];

/** Text that is hostile as markdown or HTML, written as the page would (escaped or raw). */
const HOSTILE_TEXT = [
  '&lt;script&gt;alert(1)&lt;/script&gt;', '&lt;img src=x onerror=alert(1)&gt;', '[click](javascript:alert(1))',
  '![x](javascript:alert(1))', '<javascript:alert(1)>', '&lt;a href="javascript:x"&gt;', '**bold**', '_em_', '`code`',
  '# heading', '> quote', '- item', '1. item', '| a | b |', '\\', '&amp;', '&nbsp;', '&#0;', '&#xD800;', '&bogus;',
  '\u0000', '\u200b', '\ufeff', '\ud800', 'https://example.com/x', '<![CDATA[x]]>', '<!-- c -->', '<?php x ?>',
];

const text = fc.oneof(
  { arbitrary: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 30 }).map((w) => w.join(' ')), weight: 5 },
  { arbitrary: fc.constantFrom(...HOSTILE_TEXT), weight: 2 },
  { arbitrary: fc.string({ maxLength: 40 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 20 }), weight: 1 },
);

const attrValue = fc.oneof(
  fc.constantFrom(...URLS),
  fc.array(fc.constantFrom(...CLASS_TOKENS), { minLength: 1, maxLength: 3 }).map((t) => t.join(' ')),
  fc.constantFrom('og:title', 'og:image', 'og:url', 'og:site_name', 'article:published_time', 'author', 'description',
    'canonical', 'author', 'tag', 'application/ld+json', 'display:none', 'true', 'en', 'tr-TR', 'utf-8', 'windows-1251',
    '2025-12-23T15:09:00+03:00', '400w', 'x.jpg 400w, y.jpg 1200w', '100%', '600', 'headline', 'NewsArticle'),
  text,
);

const ATTR_NAMES = [
  'class', 'id', 'href', 'src', 'data-src', 'data-lazy-src', 'srcset', 'data-srcset', 'alt', 'title', 'datetime',
  'property', 'name', 'content', 'itemprop', 'itemscope', 'itemtype', 'rel', 'style', 'hidden', 'aria-hidden', 'lang',
  'charset', 'type', 'http-equiv', 'width', 'height', 'role', 'onclick', 'poster', 'xlink:href', 'formaction', 'action',
];

const attribute = fc.tuple(fc.constantFrom(...ATTR_NAMES), attrValue, fc.constantFrom('"', "'", ''))
  .map(([name, value, quote]) => (quote ? `${name}=${quote}${value.split(quote).join('')}${quote}` : `${name}=${value.replace(/[\s>]/g, '')}`));

/** A JSON-LD block: real schema.org keys, hostile URLs, prototype keys, sometimes broken. */
const jsonLd = fc.record({
  type: fc.constantFrom('NewsArticle', 'Article', 'BlogPosting', 'WebPage', 'Person', ['NewsArticle', 'Thing']),
  headline: text,
  author: fc.oneof(text, fc.record({ '@type': fc.constantFrom('Person', 'Organization'), name: text, url: fc.constantFrom(...URLS) })),
  datePublished: fc.constantFrom('2025-12-23T15:09:00+03:00', '2025-12-23', 'yesterday', '', '0000-00-00', '9999-99-99T99:99'),
  image: fc.constantFrom(...URLS),
  articleBody: text,
  proto: fc.boolean(),
  broken: fc.boolean(),
}).map((ld) => {
  const json = JSON.stringify({
    '@context': 'https://schema.org', '@type': ld.type, headline: ld.headline, author: ld.author,
    datePublished: ld.datePublished, image: ld.image, url: ld.image, articleBody: ld.articleBody,
  });
  const withProto = ld.proto ? json.replace('{', '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},') : json;
  return `<script type="application/ld+json">${ld.broken ? withProto.slice(0, withProto.length >> 1) : withProto}</script>`;
});

/** Random tag soup from the grammar above: nested elements, sometimes unclosed or stray-closed. */
export const tagSoup: fc.Arbitrary<string> = fc.letrec<{ node: string; element: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: text, weight: 3 },
    { arbitrary: tie('element'), weight: 3 },
    { arbitrary: jsonLd, weight: 1 },
    { arbitrary: fc.constantFrom('</p>', '</div>', '</body>', '<p>', '<li>', '<td>', '</html>', '<', '>', '<!--', '-->', '<!doctype html>'), weight: 1 },
  ),
  element: fc.record({
    tag: fc.constantFrom(...TAGS),
    attrs: fc.array(attribute, { maxLength: 4 }),
    children: fc.array(tie('node'), { maxLength: 5 }),
    close: fc.double({ min: 0, max: 1, noNaN: true }),
  }).map(({ tag, attrs, children, close }) => {
    const open = `<${tag}${attrs.map((a) => ` ${a}`).join('')}>`;
    return close < 0.85 ? `${open}${children.join('')}</${tag}>` : `${open}${children.join('')}`;
  }),
})).node;

/** A page: tag soup, sometimes inside a full document skeleton with a head. */
export const soupPage: fc.Arbitrary<string> = fc.tuple(fc.boolean(), fc.array(tagSoup, { maxLength: 3 }), fc.array(tagSoup, { minLength: 1, maxLength: 6 }))
  .map(([full, head, body]) => (full ? `<!doctype html><html><head>${head.join('')}</head><body>${body.join('')}</body></html>` : `${head.join('')}${body.join('')}`));

/** A mutation of a page's source. Positions are fractions of the length, so shrinking works. */
export type Mutation =
  | { op: 'cut'; at: number }
  | { op: 'drop'; at: number }
  | { op: 'duplicate'; at: number }
  | { op: 'shuffle'; at: number; seed: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('cut' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ op: fc.constant('drop' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ op: fc.constant('shuffle' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), seed: fc.integer({ min: 0, max: 0xffff }) }),
);

const TAG_RE = /<[^<>]*>/g;
const ATTR_SPLIT_RE = /^(<[^\s>/]+)(.*?)(\/?>)$/s;
const ONE_ATTR_RE = /[^\s=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?/g;

/** The tag whose start is at fraction `at` of all tags, or null for a page with no tags. */
function pickTag(source: string, at: number): { start: number; end: number } | null {
  const tags = [...source.matchAll(TAG_RE)];
  if (tags.length === 0) return null;
  const m = tags[Math.min(tags.length - 1, Math.floor(at * tags.length))] as RegExpMatchArray;
  return { start: m.index as number, end: (m.index as number) + m[0].length };
}

/**
 * Applies mutations to a page. A cut works on the UTF-8 bytes (it may split a character),
 * so a cut page is returned as bytes; otherwise as a string.
 */
export function mutate(source: string, mutations: readonly Mutation[]): string | Uint8Array {
  let page = source;
  let cutAt: number | null = null;
  for (const m of mutations) {
    if (m.op === 'cut') {
      cutAt = Math.min(cutAt ?? 1, m.at);
      continue;
    }
    const tag = pickTag(page, m.at);
    if (!tag) continue;
    const original = page.slice(tag.start, tag.end);
    if (m.op === 'drop') page = page.slice(0, tag.start) + page.slice(tag.end);
    else if (m.op === 'duplicate') page = page.slice(0, tag.end) + original + page.slice(tag.end);
    else {
      const parts = ATTR_SPLIT_RE.exec(original);
      if (!parts) continue;
      const attrs = (parts[2] as string).match(ONE_ATTR_RE) ?? [];
      let state = m.seed;
      for (let i = attrs.length - 1; i > 0; i--) {
        state = (Math.imul(state, 1103515245) + 12345) >>> 0;
        const j = state % (i + 1);
        [attrs[i], attrs[j]] = [attrs[j] as string, attrs[i] as string];
      }
      page = page.slice(0, tag.start) + `${parts[1]} ${attrs.join(' ')}${parts[3]}` + page.slice(tag.end);
    }
  }
  if (cutAt === null) return page;
  const bytes = new TextEncoder().encode(page);
  return bytes.subarray(0, Math.floor(cutAt * bytes.length));
}

// ---------------------------------------------------------------------------------------------
// Invariants
// ---------------------------------------------------------------------------------------------

/** Zero-width characters and the soft hyphen: the pipeline drops them from text. */
const INVISIBLE_RE = /[\u200b\u2060\ufeff\u00ad]/g;
const WORD_RE = /[\p{L}\p{N}]+/gu;

interface P5Node {
  nodeName: string;
  value?: string;
  childNodes?: P5Node[];
  content?: P5Node;
  attrs?: Array<{ name: string; value: string }>;
}

function collectJsonStrings(json: string, out: string[]): void {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return;
  }
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) stack.push(...v);
    else if (v && typeof v === 'object') stack.push(...Object.values(v));
  }
}

/** The text of a page: its text nodes, and the whole of it for a quick substring test. */
export interface SourceText {
  /** Every text node and JSON-LD string, entity-decoded, invisible characters dropped. */
  pieces: string[];
  /** The pieces joined: a word found here needs no closer look. */
  all: string;
}

/**
 * The text a page holds, with entities decoded: every text node (parse5 on its own decodes
 * them), and every string in its JSON-LD blocks (the pipeline may take an app shell's body
 * from `articleBody`), those strings HTML-decoded too since CMSs put entities in them.
 */
export function sourceText(page: string): SourceText {
  const pieces: string[] = [];
  const json: string[] = [];
  // Scripting off, as the pipeline parses (parse/parse-html.ts): <noscript> holds markup.
  const stack: P5Node[] = [parse(page, { scriptingEnabled: false }) as unknown as P5Node];
  while (stack.length > 0) {
    const node = stack.pop() as P5Node;
    if (node.nodeName === '#text') pieces.push(node.value ?? '');
    if (node.nodeName === 'script') {
      const type = node.attrs?.find((a) => a.name === 'type')?.value.trim().toLowerCase();
      if (type === 'application/ld+json') for (const child of node.childNodes ?? []) collectJsonStrings(child.value ?? '', json);
    }
    if (node.content) stack.push(node.content);
    if (node.childNodes) for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i] as P5Node);
  }
  for (const value of json) {
    pieces.push(value);
    if (value.includes('&')) pieces.push(...sourceText(`<body>${value.replace(/</g, '&lt;')}</body>`).pieces);
  }
  const clean = pieces.map((p) => p.replace(INVISIBLE_RE, ''));
  return { pieces: clean, all: clean.join('\n') };
}

/**
 * True when `word` occurs in the page's text: inside one text node, or glued from the end of
 * one node, whole nodes, and the start of another. Gluing is what a browser shows too when an
 * element between two text nodes renders nothing (`2025<script>…</script>Jane` reads
 * "2025Jane"), and the pipeline removes such elements; it never invents or alters a letter.
 */
export function wordInSource(word: string, text: SourceText): boolean {
  if (text.all.includes(word)) return true;
  const { pieces } = text;
  // best[i]: the earliest node after which the first i characters of the word have been
  // glued, in document order (a later node can only follow an earlier one).
  const best: number[] = new Array(word.length + 1).fill(Number.POSITIVE_INFINITY);
  for (let j = 1; j < word.length; j++) {
    const head = word.slice(0, j);
    const k = pieces.findIndex((p) => p.endsWith(head));
    if (k >= 0) best[j] = k;
  }
  for (let i = 1; i < word.length; i++) {
    const from = best[i] as number;
    if (!Number.isFinite(from)) continue;
    const rest = word.slice(i);
    for (let m = from + 1; m < pieces.length; m++) {
      const p = pieces[m] as string;
      if (p.startsWith(rest)) return true;
      if (p.length > 0 && rest.startsWith(p) && m < (best[i + p.length] as number)) best[i + p.length] = m;
    }
  }
  return false;
}

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:', 'ftp:']);
/** An image's `src` may also be a picture the page embeds whole: a base64 raster data: URI (never SVG, which may script). */
const EMBEDDED_IMAGE_URI_RE = /^data:image\/(?:png|jpe?g|gif|webp);base64,[A-Za-z0-9+/]+={0,2}$/i;
/** Markdown link and image destinations: `](dest)`, where the `]` is not escaped. */
const MD_DESTINATION_RE = /(\\*)\]\(([^)\s]*)/g;
const EXECUTABLE_URL_RE = /^(?:javascript|vbscript|data:text\/html)/i;
const CONTROL_AND_SPACE_RE = /[\u0000-\u0020]/g;
/** A fenced code block, with its info string (the language): its content is shown as text by every markdown renderer. */
const FENCE_RE = /^(`{3,})[^`\n]*\n[\s\S]*?\n\1$/gm;
/**
 * Markdown with its inline code spans taken out, read as CommonMark does: outside code a
 * backslash escapes the next character (so "\\`" is a literal backtick, not a fence); a run of
 * n backticks opens a span that the next run of exactly n backticks closes (inside a span,
 * backslashes are literal). A span's content is literal text, inert like a fenced block.
 */
function withoutCodeSpans(md: string): string {
  let out = '';
  let i = 0;
  while (i < md.length) {
    const c = md[i] as string;
    if (c === '\\') {
      out += md.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c !== '`') {
      out += c;
      i++;
      continue;
    }
    let run = 0;
    while (md[i + run] === '`') run++;
    let close = -1;
    for (let j = i + run; j < md.length; ) {
      if (md[j] !== '`') {
        j++;
        continue;
      }
      let other = 0;
      while (md[j + other] === '`') other++;
      if (other === run) {
        close = j;
        break;
      }
      j += other;
    }
    if (close < 0) {
      out += md.slice(i, i + run);
      i += run;
    } else {
      i = close + run;
    }
  }
  return out;
}

function urlFields(a: Article): Array<[string, string | null]> {
  const fields: Array<[string, string | null]> = [['url', a.url]];
  a.authors.forEach((au, i) => fields.push([`authors[${i}].url`, au.url]));
  if (a.leadImage) fields.push(['leadImage.src', a.leadImage.src]);
  a.images.forEach((im, i) => fields.push([`images[${i}].src`, im.src]));
  return fields;
}

/** `<` or `>` in markdown text that no backslash escapes (an odd run of backslashes escapes). */
function unescapedAngle(outsideCode: string): number {
  for (let i = 0; i < outsideCode.length; i++) {
    const c = outsideCode.charCodeAt(i);
    if (c !== 0x3c) continue;
    let slashes = 0;
    for (let j = i - 1; j >= 0 && outsideCode.charCodeAt(j) === 0x5c; j--) slashes++;
    if (slashes % 2 === 0) return i;
  }
  return -1;
}

/**
 * Checks every invariant for one input and throws an Error naming the first that fails.
 * - never throws (the call itself);
 * - every field has its declared type (validator derived from src/types.ts);
 * - deterministic: a second run gives the same JSON;
 * - no prototype pollution;
 * - every word (run of letters and digits) of every paragraph occurs in the page's decoded
 *   text, within a text node or glued across nodes ({@link wordInSource}). Words, not whole
 *   paragraphs, because the pipeline joins inline elements, collapses whitespace and splits
 *   credits off; but it never invents or alters a word;
 * - every URL field is absolute with a safe scheme (an image's `src` also a base64 raster
 *   `data:image/…` URI), and no markdown link or image points at
 *   `javascript:`, `vbscript:` or `data:text/html` (a URL-field check: a page's prose may
 *   mention "javascript:" as words, which stay words);
 * - markdown is inert: outside fenced code and code spans, no `<` is left unescaped, so no HTML in the page's
 *   text becomes a tag.
 */
export function checkInvariants(input: string | Uint8Array, options?: ParseOptions): Article {
  const article = parseArticle(input, options);
  const errors = validate(article, articleSchema());
  if (errors.length > 0) throw new Error(`type contract broken:\n${errors.slice(0, 10).join('\n')}`);

  const again = parseArticle(input, options);
  if (JSON.stringify(again) !== JSON.stringify(article)) throw new Error('not deterministic: a second run gave a different Article');

  if (({} as Record<string, unknown>).polluted !== undefined || Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')) {
    throw new Error('prototype polluted');
  }

  // The page as the library read it: cut to maxBytes first, and bytes sniffed from what was
  // kept, so a prefix may decode otherwise than the whole would.
  const page = readInput(input, { maxBytes: options?.maxBytes ?? null, contentType: options?.contentType ?? null }).source;
  const haystack = sourceText(page);
  for (const paragraph of article.paragraphs) {
    for (const [word] of paragraph.replace(INVISIBLE_RE, '').matchAll(WORD_RE)) {
      if (!wordInSource(word, haystack)) throw new Error(`paragraph word not in the source: ${JSON.stringify(word)} in ${JSON.stringify(paragraph.slice(0, 200))}`);
    }
  }

  for (const [field, value] of urlFields(article)) {
    if (value === null) continue;
    let scheme: string;
    try {
      scheme = new URL(value).protocol;
    } catch {
      throw new Error(`${field} is not an absolute URL: ${JSON.stringify(value)}`);
    }
    if (!SAFE_SCHEMES.has(scheme) && !(field.endsWith('.src') && EMBEDDED_IMAGE_URI_RE.test(value))) throw new Error(`${field} has an unsafe scheme: ${JSON.stringify(value)}`);
  }
  const markdownOutsideCode = withoutCodeSpans(article.markdown.replace(FENCE_RE, ''));
  for (const [, slashes, dest] of markdownOutsideCode.matchAll(MD_DESTINATION_RE)) {
    if ((slashes ?? '').length % 2 === 1) continue;
    const bare = (dest ?? '').replace(CONTROL_AND_SPACE_RE, '');
    if (EXECUTABLE_URL_RE.test(bare)) throw new Error(`markdown links to an executable URL: ${JSON.stringify(dest)}`);
  }
  const angle = unescapedAngle(markdownOutsideCode);
  if (angle >= 0) throw new Error(`markdown has an unescaped "<": ${JSON.stringify(markdownOutsideCode.slice(Math.max(0, angle - 40), angle + 40))}`);
  return article;
}
