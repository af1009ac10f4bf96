import type { Author } from '../types';
import type { MetadataContext } from './context';
import { attr, findDescendant, normalizeSpace } from '../parse/dom';
import { listOf, stringOf } from './json-ld';
import { EDITORIAL_OFFICE_RE, OUTLET_CONNECTOR_RE, OUTLET_TAIL_ARTICLES, PRESS_LOGO_RE, PRESS_SITE_BAR_RE, WORD_RE } from './constants';

/**
 * The outlet in an author list: the site or its publisher named where a person's name
 * should be (a JSON-LD "author" that is the site, "Jill Disis, CNN Business" on CNN).
 * Names are compared word by word, so "Mic" is not the start of "Michael Smith".
 *
 * @packageDocumentation
 */

/** An outlet's name as lower-case words: "Sky News" → ["sky", "news"]. */
export type OutletWords = readonly string[];

/** An article that may open an outlet's name or not: "The Washington Post" is "Washington Post". */
const LEADING_ARTICLE = 'the';

function wordsOf(text: string): string[] {
  const words = text.toLowerCase().match(WORD_RE) ?? [];
  return words.length > 1 && words[0] === LEADING_ARTICLE ? words.slice(1) : words;
}

/** Whether `prefix`'s words open `words`. */
function startsWithWords(words: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length > 0 && prefix.length <= words.length && prefix.every((w, i) => words[i] === w);
}

/** The site's and the publisher's names, as words. */
export function outletNames(ctx: MetadataContext, siteName: string | null): OutletWords[] {
  const publisher = ctx.article ? stringOf(listOf(ctx.article.publisher, ctx.ld.byId)[0]) : null;
  const out: OutletWords[] = [];
  for (const name of [siteName, publisher]) {
    const words = name ? wordsOf(name) : [];
    if (words.length > 0) out.push(words);
  }
  return out;
}

/**
 * Whether `name` is an outlet: its words equal, open or are opened by an outlet's ("Sky" /
 * "Sky News"), or they are the outlet's after words naming its editorial office
 * (EDITORIAL_OFFICE_RE: "Редакция газеты Ладожский край" on Ладожский край).
 */
export function isOutlet(name: string, outlets: readonly OutletWords[]): boolean {
  const words = wordsOf(name);
  return words.length > 0 && outlets.some((o) => startsWithWords(o, words) || startsWithWords(words, o) || isEditorialOffice(words, o));
}

/** Whether `words` end with the outlet's and the words before them name its editorial office. */
function isEditorialOffice(words: readonly string[], outlet: OutletWords): boolean {
  const head = words.length - outlet.length;
  if (outlet.length === 0 || head <= 0 || !outlet.every((w, i) => words[head + i] === w)) return false;
  return EDITORIAL_OFFICE_RE.test(words.slice(0, head).join(' '));
}

/** A single capital and its dot: the middle initial of "Michael J. Fox", where a name does not end. */
const INITIAL_BEFORE_RE = /(?:^|\s)\p{Lu}$/u;
const SPACE_RE = /\s/;

/**
 * The name without an outlet after its last ", " or ". " ("Jill Disis, CNN Business" on CNN,
 * "Finian Cunningham. Sputnik International"). The tail must start with the outlet's name,
 * and a dot after an initial is not a cut ("Michael J. Fox" on Fox News stays whole).
 */
function withoutOutletTail(name: string, outlets: readonly OutletWords[]): string {
  const joined = withoutJoinedOutlet(name, outlets);
  if (joined !== name) return joined;
  const comma = name.lastIndexOf(',');
  const dot = name.lastIndexOf('.');
  const cut = Math.max(comma, dot);
  if (cut <= 0 || !SPACE_RE.test(name.charAt(cut + 1))) return name;
  const head = name.slice(0, cut);
  if (cut === dot && INITIAL_BEFORE_RE.test(head)) return name;
  const tail = wordsOf(name.slice(cut + 1));
  return outlets.some((o) => startsWithWords(tail, o)) ? head.trim() : name;
}

/**
 * The name without an outlet joined to it by "for" (OUTLET_CONNECTOR_RE): "Ann Lee For
 * Mailonline" on "Mail Online". The whole tail, an article aside, must be the site's or the
 * publisher's name, compared without spaces or case ("Mailonline" is "Mail Online"), so a
 * person or another outlet after the word stays: "Ann Lee for Bob Kay", "Jane Doe for the
 * Associated Press" on another site.
 */
function withoutJoinedOutlet(name: string, outlets: readonly OutletWords[]): string {
  let last: RegExpExecArray | null = null;
  OUTLET_CONNECTOR_RE.lastIndex = 0;
  for (let m = OUTLET_CONNECTOR_RE.exec(name); m !== null; m = OUTLET_CONNECTOR_RE.exec(name)) last = m;
  if (last === null || last.index === 0) return name;
  const words = name.slice(last.index + last[0].length).toLowerCase().match(WORD_RE) ?? [];
  // With its article and without: "Le Monde" names itself so, "the Guardian" does not.
  const tails = new Set([words.join(''), (words.length > 1 && OUTLET_TAIL_ARTICLES.has(words[0]!) ? words.slice(1) : words).join('')]);
  tails.delete('');
  const writer = name.slice(0, last.index).trim();
  // A writer is named in two words or more: "Center for Public Integrity" on Public Integrity's
  // site, "Friends for Example News" are organisations' names whole.
  return (writer.match(WORD_RE)?.length ?? 0) >= MIN_WRITER_WORDS && outlets.some((o) => tails.has(o.join(''))) ? writer : name;
}

/** The fewest words of a writer's name before "for <the site>" (see withoutJoinedOutlet). */
const MIN_WRITER_WORDS = 2;

/**
 * Removes the outlet from a list of authors: an outlet's name after a person's, and an
 * author that is the outlet when a person is named beside it. A list of outlets alone is
 * kept: a personal blog's author is its site's name.
 */
export function withoutOutlets(authors: readonly Author[], outlets: readonly OutletWords[]): Author[] {
  if (outlets.length === 0) return authors.slice();
  const trimmed = authors.map((a) => {
    const name = withoutOutletTail(a.name, outlets);
    return name === a.name ? a : { name, url: a.url };
  });
  const people = trimmed.filter((a) => !isOutlet(a.name, outlets));
  return people.length > 0 ? people : trimmed;
}

/**
 * The press an author meta names before the site's own name after a bar, or null: Naver's
 * "한빛경제 | 네이버" on 네이버 뉴스 names the partner paper, as the portal titles its pages
 * ("Press | Portal"). Only one bar, with a name before it that is not the site's; the words
 * after it must be the site's or the publisher's (isOutlet): "Jane Roe | Staff Writer" names
 * a role, not a site. A person may be written so on her paper's own site ("Kim Min-su | The
 * Korea Herald"): callers take the value for a press only when the byline names others.
 */
export function pressBeforeSite(value: string, outlets: readonly OutletWords[]): string | null {
  const parts = normalizeSpace(value).split(PRESS_SITE_BAR_RE);
  if (parts.length !== 2) return null;
  const [head, tail] = parts.map((p) => p.trim()) as [string, string];
  return head !== '' && isOutlet(tail, outlets) && !isOutlet(head, outlets) ? head : null;
}

/**
 * Whether the page shows `name` as a logo: the `alt` of an image in a link, the image, its
 * `src` or the link named as a logo (PRESS_LOGO_RE), as a portal shows the partner press
 * whose story it carries (Naver's `<a class="media_end_head_top_logo"><img alt="한빛경제">`).
 */
export function isLogoName(ctx: MetadataContext, name: string): boolean {
  const want = name.toLowerCase();
  for (const a of ctx.index.anchors) {
    const img = findDescendant(a, (el) => el.name === 'img' && normalizeSpace(attr(el, 'alt') ?? '').toLowerCase() === want);
    if (img && (PRESS_LOGO_RE.test(`${attr(a, 'class') ?? ''} ${attr(a, 'id') ?? ''}`) || PRESS_LOGO_RE.test(`${attr(img, 'class') ?? ''} ${attr(img, 'id') ?? ''} ${attr(img, 'src') ?? ''}`))) return true;
  }
  return false;
}
