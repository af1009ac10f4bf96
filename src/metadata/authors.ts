import type { Author } from '../types';
import type { Element } from '../parse/dom';
import { attr, compileQuery, innerText, innerTextLongerThan, isElement, itemScopeOf, normalizeSpace, queryAll } from '../parse/dom';
import { resolveUrl } from '../parse/url';
import type { MetadataContext, Sourced } from './context';
import type { Credits } from './visible';
import { metaSource } from './context';
import { isLogoName, isOutlet, outletNames, pressBeforeSite, withoutOutlets } from './outlets';
import { bylineLinks, documentAuthorUrls, isAuthorPageUrl, pageAuthorLinks, withAuthorPages } from './author-links';
import { isLdNode, listOf, stringOf, typesOf, urlOf } from './json-ld';
import { AFFILIATION_PART_RE, DOMAIN_NAME_PART_RE, DESK_OR_AGENCY_WORD_RE, ORG_UNIT_PART_RE, CAMEL_HUMP_RE, NEWS_AGENCY_RE, BYLINE_LABEL_RE, CJK_REPORTER_TITLE_RE, JOINED_BY_WORD_LOOKBACK, JOINED_BY_WORD_RE, OUTLET_WORDS_RE, PERSON_NAME_WORDS, COAUTHOR_PAREN_RE, MICRODATA_ARTICLE_TYPE_RE, NAME_STYLE_RE, BARE_PREFIX_RE, BYLINE_DATE_TAIL_RE, BYLINE_PREFIX_RE, BYLINE_TAIL_RE, DIGIT_RE, EMAIL_OR_URL_RE, HANDLE_IN_BYLINE_RE, LABELLED_BY_RE, MAX_BYLINE_INPUT, MAX_NAME_WORDS, META_KEYS, MIN_NAME_LENGTH, NAME_CONNECTOR_RE, NAME_PARTICLES, NON_AUTHOR_CREDIT_RE, NON_AUTHOR_TAIL_RE, ROLE_WORDS_RE, SORT_FORM_NAME, SURNAME_CONNECTOR_RE, UNCAPITALISED_SCRIPT_WORD_RE, URL_LIKE_RE, GIVEN_NAME_LETTER_RE, GIVEN_NAME_WORD_RE, PLACEHOLDER_ACCOUNT_NAMES, ADMIN_ACCOUNT_RE, MAX_GIVEN_NAME_LENGTH, NOUN_PHRASE, NAME_CONNECTOR_WORDS, MIN_GLUED_EDITOR_LENGTH, JOB_AT_PART_RE, PERSON_SHAPED_HEAD } from './constants';

const LEADING_JUNK_RE = /^[\s,;:|•·—–-]+|[\s,;:|•·—–-]+$/g;
/**
 * A parenthesis followed by the end of the byline or a separator ("Jane Doe (Reuters), John
 * Roe"): a role, place or handle. One inside a name ("Bruno (Henrique) Rodrigues") stays.
 */
const PARENTHESISED_RE = /\s*\([^()]*\)(?=\s*$|\s*[,;|&·•]|\s+(?:and|und|y|et|e|ve|en|og|och|i|и)\s)/giu;
const SPLIT_PIECE_MIN_LENGTH = 2;
const HANDLE_RE = /^@\w+$/;
const WORD_SPLIT_RE = /\s+/;

/**
 * Whether a word does not start in lower case: a capital, a letter of a script without case,
 * a mark, or a letter of a script written without capitals (UNCAPITALISED_SCRIPT_WORD_RE).
 */
function isCapitalised(word: string): boolean {
  return word.charAt(0) === word.charAt(0).toUpperCase() || UNCAPITALISED_SCRIPT_WORD_RE.test(word);
}

/**
 * Whether a byline piece is a phrase rather than a name: beside a capitalised word, at least
 * NOUN_PHRASE.minLowerWords words in lower case that are no name particle or connector
 * ("Syrian defense ministries"). An all-lower-case name ("bell hooks") and "Jan de Vries" are
 * not phrases.
 */
function isPhrase(part: string): boolean {
  const words = part.split(WORD_SPLIT_RE);
  let lower = 0;
  let capital = false;
  for (const w of words) {
    if (!w || NAME_PARTICLES.has(w.toLowerCase()) || NAME_CONNECTOR_WORDS.includes(w.toLowerCase())) continue;
    if (isCapitalised(w)) capital = true;
    else if (NOUN_PHRASE.lowerWord.test(w)) lower += 1;
  }
  return capital && lower >= NOUN_PHRASE.minLowerWords;
}

/** True when a part reads like a person or organisation name rather than a role or a date. */
function looksLikeName(part: string): boolean {
  if (!part || part.length < MIN_NAME_LENGTH || DIGIT_RE.test(part)) return false;
  if (HANDLE_RE.test(part) || BARE_PREFIX_RE.test(part)) return false;
  const words = part.split(WORD_SPLIT_RE);
  // "The Russian and Syrian defense ministries": a noun phrase under its article.
  if (words.length > MAX_NAME_WORDS || (NOUN_PHRASE.article.test(part) && isPhrase(part))) return false;
  if (ROLE_WORDS_RE.test(part)) return false;
  // A name has at least one word that does not start in lower case (scripts without case pass).
  const capitalised = words.some(isCapitalised);
  return capitalised && !words.every((w) => NAME_PARTICLES.has(w.toLowerCase()));
}

/** Whether some link's whole text, outside cards and comments, is `name` (a handle's "@" aside). */
function printedAsLink(ctx: MetadataContext, name: string): boolean {
  const want = name.toLowerCase();
  for (const a of ctx.index.anchors) {
    if (innerTextLongerThan(a, name.length + 1)) continue;
    const text = innerText(a).trim().toLowerCase();
    if ((text === want || text === `@${want}`) && !ctx.isForeign(a)) return true;
  }
  return false;
}

/** Digits and joiners an account name ends with: "user123", "admin_2". */
const ACCOUNT_NUMBER_TAIL_RE = /(?<![\d_.-])[\d_.-]+$/;
/** A schema.org Person type, as microdata's `itemtype` writes it. */
const PERSON_ITEM_TYPE_RE = /(?:^|[/:#])Person$/;

/**
 * Whether a structured-data Person's name that the byline rules refuse for its case
 * ("ken_tanaka", a platform's user name) is a name as the publisher gives it: at most
 * MAX_NAME_WORDS words of letters, digits and a handle's joiners (GIVEN_NAME_WORD_RE) with a
 * letter among them; no "@", URL or e-mail (their characters are not a handle's), no role or
 * byline word, no name particle alone, no CMS placeholder or administrator account
 * (PLACEHOLDER_ACCOUNT_NAMES: "user123"; ADMIN_ACCOUNT_RE: "jdadmin"), no agency or desk
 * ("efe", "redaccion"), no date (BYLINE_DATE_TAIL_RE: "jan 4 2024", a number after a joiner).
 */
function isGivenName(name: string): boolean {
  const words = name.split(WORD_SPLIT_RE);
  if (name.length < MIN_NAME_LENGTH || name.length > MAX_GIVEN_NAME_LENGTH || words.length > MAX_NAME_WORDS || !GIVEN_NAME_LETTER_RE.test(name)) return false;
  if (!words.every((w) => GIVEN_NAME_WORD_RE.test(w)) || words.every((w) => NAME_PARTICLES.has(w.toLowerCase()))) return false;
  if (ROLE_WORDS_RE.test(name) || BARE_PREFIX_RE.test(name)) return false;
  const lower = name.toLowerCase();
  if (PLACEHOLDER_ACCOUNT_NAMES.has(lower) || PLACEHOLDER_ACCOUNT_NAMES.has(lower.replace(ACCOUNT_NUMBER_TAIL_RE, '')) || ADMIN_ACCOUNT_RE.test(name) || isOrganisationName(name)) return false;
  // A date as bylines run into one: "2024-01-04", "jan 4 2024".
  return !BYLINE_DATE_TAIL_RE.test(name);
}

/**
 * Whether a byline part after a name is her affiliation rather than a co-author: an acronym,
 * a degree or a domain (AFFILIATION_PART_RE), a news agency ("Reuters"), an institution's
 * unit (ORG_UNIT_PART_RE: "College of Engineering"), or an outlet's name,
 * whose words are read across CamelCase humps ("NCA NewsWire", "PA Media", "Herald Sun").
 */
function isAffiliation(part: string): boolean {
  return AFFILIATION_PART_RE.test(part) || NEWS_AGENCY_RE.test(part) || DESK_OR_AGENCY_WORD_RE.test(part) || ORG_UNIT_PART_RE.test(part) || JOB_AT_PART_RE.test(part) || OUTLET_WORDS_RE.test(part.replace(CAMEL_HUMP_RE, ' '));
}

/**
 * Whether an author's name is an organisation's: a news agency ("Reuters"), a desk or agency
 * word ("Agencias", "Redacción") or a name with an outlet word ("Associated Press").
 */
function isOrganisationName(name: string): boolean {
  return NEWS_AGENCY_RE.test(name) || DESK_OR_AGENCY_WORD_RE.test(name) || OUTLET_WORDS_RE.test(name.replace(CAMEL_HUMP_RE, ' '));
}

/**
 * Whether a byline piece after "i", "y" or "e" is a second surname rather than a second
 * person: one word besides name particles ("Roca", "Gasset", "de Casadevall") that reads as a
 * name and is no agency or outlet ("María López y EFE" still names one writer and her agency).
 */
function isLoneSurname(piece: string): boolean {
  const part = piece.trim();
  const words = part.split(WORD_SPLIT_RE).filter((w) => !NAME_PARTICLES.has(w.toLowerCase()));
  return words.length === 1 && looksLikeName(part) && !isAffiliation(part);
}

/**
 * Cuts a byline at its connectors (NAME_CONNECTOR_RE). "i", "y" and "e" also join one
 * person's two surnames ("Laia Font i Roca", "José Ortega y Gasset"): after them only a full
 * name is a second person ("Ana Pérez y Juan García"), a lone surname stays with the name
 * before it, so one Person's name is never cut in two.
 */
function splitAtConnectors(text: string, connectors: string[] = []): string[] {
  // With its capturing group, split gives [piece, connector, piece, connector, …].
  const parts = text.split(NAME_CONNECTOR_RE);
  const pieces = [parts[0] ?? ''];
  for (let i = 1; i < parts.length; i += 2) {
    const connector = parts[i] ?? '';
    const next = parts[i + 1] ?? '';
    const last = pieces.length - 1;
    const before = (pieces[last] ?? '').trim();
    if (SURNAME_CONNECTOR_RE.test(connector) && before !== '' && isLoneSurname(next)) pieces[last] += connector + next;
    // "The Russian and Syrian defense ministries": an article and one word before the
    // connector and a phrase after it are one noun phrase, no two people.
    else if (NOUN_PHRASE.opening.test(before) && isPhrase(next.trim())) pieces[last] += connector + next;
    else {
      pieces.push(next);
      connectors[pieces.length - 1] = connector;
    }
  }
  return pieces;
}

/** Words of a name besides its particles ("de", "van"). */
function coreWords(name: string): number {
  return name.split(WORD_SPLIT_RE).filter((w) => w && !NAME_PARTICLES.has(w.toLowerCase())).length;
}

/**
 * Splits a byline into clean names: "By Jane Doe and John Roe, Staff Writers" →
 * ["Jane Doe", "John Roe"]. Strips the "By" prefix in several languages, roles, trailing
 * "| Outlet" parts, e-mail addresses, URLs and dates.
 * @internal
 */
export function splitByline(raw: string, oneName = false): string[] {
  // Collapse and cap first: every pattern below then runs on a short, single-spaced line.
  let text = normalizeSpace(raw.length > MAX_BYLINE_INPUT * 2 ? raw.slice(0, MAX_BYLINE_INPUT * 2) : raw).slice(0, MAX_BYLINE_INPUT);
  // "Jane Doe (avec John Roe et Ann Poe)": the parenthesis lists co-authors.
  text = text.replace(COAUTHOR_PAREN_RE, ', $1').replace(PARENTHESISED_RE, ' ').replace(EMAIL_OR_URL_RE, ' ').replace(HANDLE_IN_BYLINE_RE, ' ');
  text = normalizeSpace(text.replace(BYLINE_TAIL_RE, ''));
  text = text.replace(NON_AUTHOR_TAIL_RE, '');
  const unprefixed = text.replace(BYLINE_PREFIX_RE, '');
  // "Tech Industry by Jane Doe": a label before the "by", only when no "By" opened the line.
  text = (unprefixed === text ? text.replace(LABELLED_BY_RE, '') : unprefixed).replace(BYLINE_DATE_TAIL_RE, '');
  text = text.replace(BYLINE_LABEL_RE, '');
  const connectors: string[] = [];
  let pieces = oneName ? [text] : splitAtConnectors(text, connectors);
  // A connector that leaves a one-letter piece belongs to the name: "Mac & i", "AT & T".
  if (pieces.some((p) => p.trim().length > 0 && p.trim().length < SPLIT_PIECE_MIN_LENGTH)) pieces = [text];
  const names: string[] = [];
  for (const [i, piece] of pieces.entries()) {
    if (NON_AUTHOR_CREDIT_RE.test(piece.trim())) continue;
    const part = piece.replace(BYLINE_PREFIX_RE, '').replace(CJK_REPORTER_TITLE_RE, '').replace(LEADING_JUNK_RE, '').trim().replace(NAME_STYLE_RE, '');
    // "Jane Doe, CNN", "Jane Doe, MS, RDN", "Jane Doe, PA Media": after a name, an acronym, a
    // degree or an outlet is hers.
    if (names.length > 0 && isAffiliation(part)) continue;
    // A domain name is the outlet's, first or not: "TOI News Desk / TIMESOFINDIA.COM".
    if (DOMAIN_NAME_PART_RE.test(part)) continue;
    if (looksLikeName(part)) names.push(part);
  }
  return names;
}

/**
 * A name written in its sort form (SORT_FORM_NAME: "Okafor, Adaeze") turned to the order a
 * byline prints it ("Adaeze Okafor"), or null when the value is not one: a name and an
 * affiliation or a role ("Jane Doe, Reuters", "Jane Doe, Staff Writer") are not.
 */
function fromSortForm(value: string): string | null {
  const parts = normalizeSpace(value).split(',');
  if (parts.length !== 2) return null;
  const surname = (parts[0] as string).trim();
  const given = (parts[1] as string).trim();
  const core = (text: string): number => text.split(WORD_SPLIT_RE).filter((w) => w && !NAME_PARTICLES.has(w.toLowerCase())).length;
  const givenWords = core(given);
  if (core(surname) !== 1 || givenWords < 1 || givenWords > SORT_FORM_NAME.maxGivenWords) return null;
  const turned = `${given} ${surname}`;
  if (DIGIT_RE.test(turned) || ROLE_WORDS_RE.test(turned) || isAffiliation(given) || isAffiliation(surname) || !isPersonName(turned)) return null;
  return turned;
}

/** A name's words, lower-cased and sorted: "Chen Mei-Ling" and "Mei-Ling Chen" are one person's. */
function wordKey(name: string): string {
  return name.toLowerCase().split(WORD_SPLIT_RE).sort().join(' ');
}

/**
 * One-per-tag meta names all in their sort form ("Okafor, Adaeze", "Lindqvist, Tomas"), each
 * as the visible byline prints it when it prints the same words, else turned ("Adaeze
 * Okafor"); null when not every value is in that form (a list of sort forms is written so
 * throughout).
 */
function turnedSortForms(values: readonly string[], visible: readonly Author[]): string[] | null {
  if (values.length < 2) return null;
  const printed = new Map(visible.map((a) => [wordKey(a.name), a.name] as const));
  const out: string[] = [];
  for (const value of values) {
    const turned = fromSortForm(value);
    if (turned === null) return null;
    out.push(printed.get(wordKey(turned)) ?? turned);
  }
  return out;
}

/** A name with no cased letter (CJK, Arabic…): its words cannot be counted by capitals. */
const CASELESS_NAME_RE = /^[^\p{Lu}\p{Ll}]+$/u;

/**
 * Whether `name` follows a connector word in the byline ("… and John Smith"), not a comma.
 * @internal
 */
export function joinedByWord(bylineText: string, name: string): boolean {
  const at = bylineText.toLowerCase().indexOf(name.toLowerCase());
  return at > 0 && JOINED_BY_WORD_RE.test(bylineText.slice(Math.max(0, at - JOINED_BY_WORD_LOOKBACK), at));
}

/**
 * Two to four words, each capitalised or a name particle ("Jan de Vries"), or a name in a
 * script without case; not an outlet's name ("Associated Press").
 * @internal
 */
export function isPersonName(name: string): boolean {
  if (OUTLET_WORDS_RE.test(name)) return false;
  // Arabic, Hebrew, Devanagari, CJK: no capitals to read, at any count of words.
  if (CASELESS_NAME_RE.test(name)) return true;
  const words = name.split(WORD_SPLIT_RE);
  if (words.length < PERSON_NAME_WORDS.min || words.length > PERSON_NAME_WORDS.max) return false;
  return words.every((w) => NAME_PARTICLES.has(w.toLowerCase()) || w.charAt(0) !== w.charAt(0).toLowerCase() || UNCAPITALISED_SCRIPT_WORD_RE.test(w));
}

/**
 * The visible byline is the better list when it names every author the metadata names and
 * more (a JSON-LD that keeps only the first of two writers), and gives each name as printed
 * when the metadata spells it in capitals ("MEG KINNARD" for "Meg Kinnard").
 */
function preferVisible(found: Sourced<Author[]>, visible: readonly Author[], bylineText: string): Sourced<Author[]> {
  const shown = new Map(visible.map((a) => [a.name.toLowerCase(), a] as const));
  const foundNames = new Set(found.value.map((a) => a.name.toLowerCase()));
  const all = found.value.every((a) => shown.has(a.name.toLowerCase()));
  // Only a list of people's names, each extra one linked to an author page or joined by
  // "and": a byline read on into a dateline ("By Jane Doe, New York") must not replace
  // the metadata's, a co-author ("By Jane Doe and John Smith") must.
  const extras = visible.filter((a) => !foundNames.has(a.name.toLowerCase()));
  const vouched = (a: Author): boolean => a.url !== null || joinedByWord(bylineText, a.name);
  // A name the metadata gives too is vouched for by it: GOV.UK's "From: <a>Department for
  // Rural Affairs</a> and <a>Jane Doe</a>" names its JSON-LD author department, and a minister.
  const known = (a: Author): boolean => isPersonName(a.name) || foundNames.has(a.name.toLowerCase());
  if (all && extras.length > 0 && extras.every(vouched) && extras.every((a) => isPersonName(a.name)) && visible.every(known)) {
    const urls = new Map(found.value.map((a) => [a.name.toLowerCase(), a.url] as const));
    return { value: visible.map((a) => ({ name: a.name, url: a.url ?? urls.get(a.name.toLowerCase()) ?? null })), source: 'html' };
  }
  const value = found.value.map((a) => {
    const printed = shown.get(a.name.toLowerCase());
    const name = printed && a.name === a.name.toUpperCase() ? printed.name : a.name;
    return { name, url: a.url ?? printed?.url ?? null };
  });
  return { value, source: found.source };
}

/**
 * A Person's page: its `url`, else the first of its `sameAs` links that can be one (see
 * isAuthorPageUrl: not a social network's, a `mailto:` or the site's home).
 */
function profileOf(node: Record<string, unknown>, base: string | null): string | null {
  const own = resolveUrl(urlOf(node.url), base);
  if (isAuthorPageUrl(own, base)) return own;
  const sameAs = node.sameAs;
  for (const value of Array.isArray(sameAs) ? sameAs : [sameAs]) {
    const url = resolveUrl(urlOf(value), base);
    if (isAuthorPageUrl(url, base)) return url;
  }
  return null;
}

/** Case-insensitive de-duplication that keeps the first spelling and fills in a missing URL. */
export function dedupeAuthors(authors: readonly Author[]): Author[] {
  const out: Author[] = [];
  const seen = new Map<string, Author>();
  for (const author of authors) {
    const key = author.name.toLowerCase();
    const existing = seen.get(key);
    if (existing) {
      if (!existing.url && author.url) existing.url = author.url;
      continue;
    }
    const copy = { name: author.name, url: author.url };
    seen.set(key, copy);
    out.push(copy);
  }
  return out;
}

const NAME_PROP_QUERY = compileQuery('[itemprop~="name"]');
const URL_PROP_QUERY = compileQuery('[itemprop~="url"], a[href]');
const ITEMPROP_URL_QUERY = compileQuery('[itemprop~="url"]');
const ITEMPROP_SPLIT_RE = /\s+/;

/**
 * Each name's page in a microdata author element: a lone name takes the item's own url
 * property, else the link whose text is the name, else the element's first link; of several
 * names ("Jane Doe (avec John Roe)"), each only the link with its own text.
 */
function microdataUrls(el: Element, names: readonly string[], base: string | null): (string | null)[] {
  const hrefOf = (link: Element | undefined): string | null => (link ? resolveUrl(attr(link, 'href') ?? attr(link, 'content'), base) : null);
  const lone = names.length === 1;
  const own = lone ? hrefOf(queryAll(ITEMPROP_URL_QUERY, el)[0]) : null;
  if (own) return [own];
  const links = bylineLinks(el, base, splitByline);
  const first = lone ? hrefOf(el.name === 'a' ? el : queryAll(URL_PROP_QUERY, el)[0]) : null;
  return names.map((name) => links.get(name.toLowerCase())?.url ?? first);
}

/** Whether an element of `read` holds `el` below `scope`. */
function insideRead(el: Element, scope: Element, read: ReadonlySet<Element>): boolean {
  for (let up = el.parent; isElement(up) && up !== scope; up = up.parent) if (read.has(up)) return true;
  return false;
}

/**
 * Microdata authors: `itemprop="author"` elements whose scope is the article (a
 * BlogPosting, NewsArticle … scope) — wherever they sit, even in an `<aside>` at its end —
 * or, on pages whose scope is only the WebPage, outside related cards. A related card
 * marked up as its own article has its own scope, so its authors never count.
 * @internal
 */
export function readMicrodataAuthors(ctx: MetadataContext, base: string | null, given: Author[] = []): Author[] {
  const out: Author[] = [];
  let articleScope: Element | null = null;
  const read = new Set<Element>();
  for (const el of ctx.index.itemprops) {
    if (el.name === 'meta') continue;
    const props = (attr(el, 'itemprop') ?? '').toLowerCase().split(ITEMPROP_SPLIT_RE);
    if (!props.includes('author') && !props.includes('creator')) continue;
    const scope = itemScopeOf(el);
    const type = scope ? attr(scope, 'itemtype') ?? '' : '';
    if (!scope || !MICRODATA_ARTICLE_TYPE_RE.test(type)) continue;
    // The first article scope with an author is the article; later ones are cards.
    articleScope ??= scope;
    if (scope !== articleScope || (type.toLowerCase().endsWith('webpage') && ctx.isForeign(el))) continue;
    // An author property inside one already read (no item between them) is part of its value:
    // its names were read with it, and reading each of many nested ones again cost their
    // depth times their text.
    if (insideRead(el, scope, read)) continue;
    read.add(el);
    const nameEl = attr(el, 'itemscope') === null ? null : queryAll(NAME_PROP_QUERY, el)[0];
    const raw = nameEl ? attr(nameEl, 'content') ?? innerText(nameEl) : innerText(el);
    const names = splitByline(raw);
    const urls = microdataUrls(el, names, base);
    names.forEach((name, i) => out.push({ name, url: urls[i] ?? null }));
    // A Person item's name the byline rules refuse for its case ("ken_tanaka"): kept aside
    // as given, for when nothing else names anyone (see readAuthors).
    const asGiven = normalizeSpace(raw);
    if (names.length === 0 && nameEl && PERSON_ITEM_TYPE_RE.test(attr(el, 'itemtype') ?? '') && isGivenName(asGiven)) given.push({ name: asGiven, url: microdataUrls(el, [asGiven], base)[0] ?? null });
  }
  return out;
}

/**
 * Whether a meta author is the page's editor, not its writer: the page credits the name as its
 * editor (EDITOR_CREDIT_RE: "责任编辑：肖春芳", "Editor: Jane Doe"), or a name in a script
 * without case ends with the editor's (a desk glued to it: "青网校园崔宁宁" for "责任编辑：崔宁宁"),
 * and neither a writer's credit ("作者：肖春芳") nor the byline names it.
 */
function isEditorOnly(name: string, credits: Credits, visible: readonly Author[]): boolean {
  if (credits.editors.length === 0) return false;
  const key = name.toLowerCase();
  const credited = (printed: string): boolean => {
    const text = printed.toLowerCase();
    return text === key || (text.startsWith(key) && text.charAt(key.length) === ' ');
  };
  const gluedTo = (printed: string): boolean => CASELESS_NAME_RE.test(name) && printed.length >= MIN_GLUED_EDITOR_LENGTH && name.length > printed.length && name.endsWith(printed);
  if (!credits.editors.some((e) => credited(e) || gluedTo(e.split(' ')[0] as string))) return false;
  return !credits.writers.some(credited) && !visible.some((a) => a.name.toLowerCase() === key);
}

/**
 * The authors, from the most trusted source that names any: JSON-LD (people first; an
 * organisation only when it is not just the publisher), then the author metas, then
 * microdata, then the visible byline. Author pages come from the byline links and the page's own
 * author link ({@link withAuthorPages}).
 * @internal
 */
export function readAuthors(
  ctx: MetadataContext,
  base: string | null,
  siteName: string | null,
  visible: readonly Author[],
  bylineText: string | null = null,
  links: ReadonlyMap<string, string> = new Map(),
  credits: Credits = { editors: [], writers: [] },
  opening: readonly Author[] = [],
): Sourced<Author[]> {
  const outlets = outletNames(ctx, siteName);
  const chosen = readAuthorCascade(ctx, base, siteName, visible, bylineText, links, credits);
  // A person the story's opening byline names beats an outlet named as the author: a blog's
  // house account ("Android Developers" on the Android Developers Blog) over "Posted by Andrew
  // Hayden, Software Engineer on Google Play" opening the post.
  const people = opening.filter((a) => isPersonName(a.name) && !isOutlet(a.name, outlets));
  if (people.length > 0 && chosen.value.length > 0 && chosen.value.every((a) => isOutlet(a.name, outlets))) {
    return { value: withAuthorPages(dedupeAuthors(people), links, documentAuthorUrls(ctx, base)), source: 'html' };
  }
  return chosen;
}

/** The authors from the first source that names any (see readAuthors). */
function readAuthorCascade(
  ctx: MetadataContext,
  base: string | null,
  siteName: string | null,
  visible: readonly Author[],
  bylineText: string | null,
  links: ReadonlyMap<string, string>,
  credits: Credits,
): Sourced<Author[]> {
  let found: Sourced<Author[]> = { value: [], source: null };
  // Whether the JSON-LD's authors are all Organization nodes (a wire agency as the CMS author).
  let orgsOnly = false;
  const outlets = outletNames(ctx, siteName);
  // A JSON-LD "Person" named like the site: a CMS's house account, or a personal blog's
  // owner. Only when no source names anyone else is it the author.
  let house: Author[] = [];
  // Typed Persons' names taken as given (isGivenName), with their source: the authors only
  // when no source names anyone else, as a visible byline in the page's own words comes
  // first ("Kevin Rebong" printed over a JSON-LD Person "kevin-r").
  const given: Author[] = [];
  let givenSource: Sourced<Author[]>['source'] = 'json-ld';
  if (ctx.article) {
    const people: Author[] = [];
    const orgs: Author[] = [];
    for (const node of listOf(ctx.article.author ?? ctx.article.creator, ctx.ld.byId)) {
      const isOrg = isLdNode(node) && typesOf(node).some((t) => t.includes('Organization'));
      const name = isLdNode(node) ? stringOf(node.name) : typeof node === 'string' ? node : null;
      if (!name || URL_LIKE_RE.test(name)) continue;
      const url = isLdNode(node) ? profileOf(node, base) : null;
      // An organisation's name is a name as written ("Contributors to Wikimedia projects"):
      // the role-word and connector rules are for people's bylines.
      if (isOrg) orgs.push({ name: normalizeSpace(name), url });
      else {
        const split = splitByline(name);
        for (const one of split) people.push({ name: one, url });
        // A typed Person's name refused only as a byline would be ("ken_tanaka", in lower
        // case as a platform's user names are): the publisher's statement, kept aside as given.
        const asGiven = normalizeSpace(name);
        if (split.length === 0 && isLdNode(node) && typesOf(node).includes('Person') && isGivenName(asGiven)) given.push({ name: asGiven, url });
        // A desk or agency filed as a Person ("TOI News Desk", "Redacción"), refused as a
        // byline for its desk word: the organisation it names, as if typed so.
        else if (split.length === 0 && asGiven.length <= MAX_GIVEN_NAME_LENGTH && isOrganisationName(asGiven)) orgs.push({ name: asGiven, url });
      }
    }
    const named = people.filter((p) => !isOutlet(p.name, outlets));
    house = people.filter((p) => isOutlet(p.name, outlets));
    const value = named.length > 0 ? named : orgs.filter((o) => !isOutlet(o.name, outlets));
    if (value.length > 0) found = { value, source: 'json-ld' };
    orgsOnly = named.length === 0 && value.length > 0;
  }
  let houseSource: Sourced<Author[]>['source'] = 'json-ld';
  // The presses an author meta names before the site's own name ("한빛경제 | 네이버"), lower-cased.
  const presses = new Set<string>();
  for (const key of META_KEYS.author) {
    if (found.value.length > 0) break;
    const values = (ctx.metas.get(key) ?? []).filter((v) => !URL_LIKE_RE.test(v));
    for (const v of values) {
      const press = pressBeforeSite(v, outlets);
      // A head written as a person's name ("Jane Roe | Example News") is a press only when the page shows it as a logo.
      if (press !== null && (!PERSON_SHAPED_HEAD.re.test(press) || OUTLET_WORDS_RE.test(press) || PERSON_SHAPED_HEAD.paperWordRe.test(press) || isLogoName(ctx, press))) presses.add(press.toLowerCase());
    }
    // One tag per author ("Kooman, F." then "Jong, Michiel de"): each value is one name, in
    // its sort form turned to the byline's order.
    // A name the page credits as its editor ("责任编辑：肖春芳"), and not as its writer, is the
    // duty editor a CMS files as the author: no author.
    const names = (turnedSortForms(values, visible) ?? values.flatMap((v) => splitByline(v, values.length > 1))).filter((name) => !isEditorOnly(name, credits, visible)).map((name) => ({ name, url: null }));
    // A meta author that is the site ("Il Giornale del Nord"): many themes print the brand
    // there; like a house Person, it counts only when nothing else names anyone.
    const people = names.filter((a) => !isOutlet(a.name, outlets));
    if (people.length > 0) found = { value: people, source: metaSource(key) };
    else if (names.length > 0 && house.length === 0) {
      house = names;
      houseSource = metaSource(key);
    }
  }
  if (found.value.length === 0) {
    if (given.length === 0) givenSource = 'microdata';
    const micro = readMicrodataAuthors(ctx, base, given);
    if (micro.length > 0) found = { value: micro, source: 'microdata' };
  }
  const shown = withoutOutlets(visible, outlets);
  const pageUrls = documentAuthorUrls(ctx, base);
  const finish = (authors: readonly Author[]): Author[] => {
    const unique = dedupeAuthors(authors);
    const missing = unique.filter((a) => a.url === null && !links.has(a.name.toLowerCase())).map((a) => a.name);
    const all = missing.length === 0 ? links : new Map([...pageAuthorLinks(ctx.index.anchors, missing, base), ...links]);
    return withAuthorPages(unique, all, pageUrls);
  };
  if (found.value.length === 0) {
    // Beside the site's own name in the metadata, a byline must read as people's names: a
    // blog's "X 發表在 PIXNET 留言(42)" footer is not a better author than its owner.
    if (shown.length > 0 && (house.length === 0 || shown.every((a) => isPersonName(a.name)))) return { value: finish(shown), source: 'html' };
    // Not the site's name: a Person "qiita" on Qiita is its house account. And printed: a
    // user name the page shows as a link ("@ken_tanaka" to the profile) is the byline's; a
    // CMS login that only the JSON-LD names ("webnata") is no name a reader sees.
    const givenPeople = given.filter((a) => !isOutlet(a.name, outlets) && printedAsLink(ctx, a.name));
    if (givenPeople.length > 0) return { value: finish(givenPeople), source: givenSource };
    return house.length > 0 ? { value: finish(house), source: houseSource } : found;
  }
  // The metadata names only organisations (a wire agency the CMS files as the author) and
  // the byline names people: "By Lucia Ferraro and Daniel Okafor" over a JSON-LD
  // Organization "Reuters". The agency stays the author of a byline that names no one.
  // A portal's partner press counts as one where the byline names others: an author meta
  // written "Press | Portal" ("한빛경제 | 네이버"), or a name the page shows as a logo.
  const metadataAuthors = withoutOutlets(found.value, outlets);
  const people = shown.length > 0 && shown.every((a) => isPersonName(a.name));
  const isPress = (a: Author): boolean => presses.has(a.name.toLowerCase()) || isLogoName(ctx, a.name);
  const organisationsOnly = orgsOnly || metadataAuthors.every((a) => isOrganisationName(a.name)) || (people && metadataAuthors.every(isPress) && !shown.some(isPress));
  if (organisationsOnly && people) return { value: finish(shown), source: 'html' };
  const chosen = preferVisible({ value: metadataAuthors, source: found.source }, shown, bylineText ?? '');
  return { value: finish(chosen.value), source: chosen.source };
}
