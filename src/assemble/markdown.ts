import type { Figure } from '../types';
import { BACKTICK, MARKDOWN_LINE_START_RE, MARKDOWN_SPECIAL_RE, MIN_FENCE_LENGTH } from './constants';

/** MARKDOWN_SPECIAL_RE without the global flag, so test() keeps no lastIndex between calls. */
const MARKDOWN_SPECIAL_ANY_RE = new RegExp(MARKDOWN_SPECIAL_RE.source);

/**
 * Escapes text for markdown so that it renders as the same text: emphasis, link and HTML
 * characters get a backslash, so no tag in the page's text can become live HTML.
 * @internal
 */
export function escapeMarkdown(text: string): string {
  // Tested first: a global replace copies the text even when nothing matches, and most
  // pieces of text hold no markdown character.
  return MARKDOWN_SPECIAL_ANY_RE.test(text) ? text.replace(MARKDOWN_SPECIAL_RE, '\\$&') : text;
}

/**
 * Escapes a paragraph's first characters when markdown would read them as syntax. An ordered
 * list marker is escaped at its dot ("1984\\. That year"), since CommonMark shows a backslash
 * before a digit as it is.
 */
export function escapeLineStart(line: string): string {
  const ordered = ORDERED_MARKER_RE.exec(line);
  if (ordered) return `${ordered[1]}\\${line.slice((ordered[1] as string).length)}`;
  return line.replace(MARKDOWN_LINE_START_RE, '\\$1');
}

const ORDERED_MARKER_RE = /^(\d{1,9})[.)]\s/;

/** Characters that end or break a markdown link destination, and their percent-encodings. */
const URL_ESCAPES: Readonly<Record<string, string>> = { '(': '%28', ')': '%29', ' ': '%20', '<': '%3C', '>': '%3E' };
const URL_ESCAPE_RE = /[() <>]/g;

/** A URL made safe to stand inside `(…)` in markdown. */
export function markdownUrl(url: string): string {
  return url.replace(URL_ESCAPE_RE, (c) => URL_ESCAPES[c] ?? c);
}

/** An image with its caption and credit: `![alt](src)` then the caption in italics. */
export function figureMarkdown(figure: Figure): string {
  const alt = escapeMarkdown(figure.alt ?? '');
  const image = `![${alt}](${markdownUrl(figure.src)})`;
  const caption = [figure.caption ? escapeMarkdown(figure.caption) : null, figure.credit ? `(${escapeMarkdown(figure.credit)})` : null]
    .filter(Boolean)
    .join(' ');
  return caption ? `${image}\n*${caption}*` : image;
}

/** A table as a GitHub-flavoured markdown table, the first row as its header. */
export function tableMarkdown(rows: readonly string[][]): string {
  let width = 0;
  for (const row of rows) if (row.length > width) width = row.length;
  const line = (cells: readonly string[]): string =>
    `| ${Array.from({ length: width }, (_, i) => escapeMarkdown(cells[i] ?? '')).join(' | ')} |`;
  const [head = [], ...body] = rows;
  return [line(head), `| ${Array.from({ length: width }, () => '---').join(' | ')} |`, ...body.map(line)].join('\n');
}

function longestBacktickRun(code: string): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < code.length; i++) {
    run = code.charCodeAt(i) === BACKTICK ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

/** A fenced code block, its language (see codeLanguage) as the info string; the fence is longer than any backtick run inside and at least three. */
export function codeBlockMarkdown(code: string, lang: string | null = null): string {
  const fence = '`'.repeat(Math.max(MIN_FENCE_LENGTH, longestBacktickRun(code) + 1));
  return `${fence}${lang ?? ''}\n${code}\n${fence}`;
}

/**
 * Inline code as a code span. Backslash escapes are literal inside a code span (CommonMark),
 * so the code is written as it is, between backtick runs longer than any inside it; a code
 * span never renders as HTML, so this stays inert. A space pads code that starts or ends
 * with a backtick.
 */
export function codeSpanMarkdown(code: string): string {
  const fence = '`'.repeat(longestBacktickRun(code) + 1);
  const pad = code.charCodeAt(0) === BACKTICK || code.charCodeAt(code.length - 1) === BACKTICK ? ' ' : '';
  return `${fence}${pad}${code}${pad}${fence}`;
}

/**
 * A footnote reference as a paragraph's markdown holds it until every block is known: its
 * mark between two noncharacters (U+FDD0, U+FDD1), which no page's text holds. Written out
 * by resolveFootnoteRefs.
 * @internal
 */
export function footnoteRef(mark: string): string {
  return `${REF_OPEN}${mark}${REF_CLOSE}`;
}
const REF_OPEN = '\uFDD0';
const REF_CLOSE = '\uFDD1';
/** A held footnote reference (see footnoteRef), with the space before it. */
const HELD_REF_RE = / ?\uFDD0([^\uFDD0\uFDD1]{1,8})\uFDD1/gu;
const SPACE_CODE = 0x20;

/**
 * A paragraph's markdown with its footnote references written as marks ("[^2]") when the
 * note they point to is defined in the output (`defined`: the marks of the notes written as
 * definitions), and left out, with the space before them, when it is not: a reference whose
 * note was not brought in (its target missing from the page, or removed as chrome) renders
 * as the bare text "[^2]".
 * @internal
 */
export function resolveFootnoteRefs(md: string, defined: ReadonlySet<string>): string {
  if (!md.includes(REF_OPEN)) return md;
  return md.replace(HELD_REF_RE, (ref: string, mark: string) => (defined.has(mark) ? `${ref.charCodeAt(0) === SPACE_CODE ? ' ' : ''}[^${mark}]` : ''));
}
