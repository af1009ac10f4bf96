import type { AnyNode, Element, ParentNode } from '../parse/dom';
import { STORY_TAG, holdsStoryBlocks, soleElementChild, attr, findDescendant, findImage, classAndId, contains, enclosingArticle, isImage, walkElements, inDocumentOrder, isElement, isTextNode, removeNodes, SUBHEADING_TAG_RE, textContent } from '../parse/dom';
import type { NodeStats, TreeStats } from './measure';
import { linkDensity, measureTree } from './measure';
import { findHeroContainers } from './hero';
import { pruneContent } from './prune';
import { withOutsideNotes } from './notes';
import {
  ALTERNATIVE_SCORE_SHARE,
  ANCESTOR_LEVELS,
  ARTICLE_BODY_BONUS,
  ARTICLE_BODY_ITEMPROP,
  BODY_CLASS_TOKEN_RE,
  STORY_CONTAINER_CLASS_RE,
  STORY_WIDEN_SHARE,
  STORY_WIDEN_SKIP_RE,
  SPLIT_PARTS_PARENT,
  FOREIGN_LANDMARK,
  HEADLINE_STORY_SCORE_SHARE,
  LISTING,
  CHARS_PER_POINT,
  CLASS_WEIGHT,
  CLIMB_SCORE_SHARE,
  EMBED_HOST_SCORE_SHARE,
  MAX_HERO_CONTAINER_TEXT,
  MAX_LENGTH_POINTS,
  MAX_MERGED_PICTURE_IMAGES,
  MAX_SIBLING_LINK_DENSITY,
  MIN_ALTERNATIVES,
  MIN_PARAGRAPH_LENGTH,
  MIN_ROOT_TEXT,
  MIN_SIBLING_SCORE,
  NEGATIVE_CLASS_RE,
  PARAGRAPH_BASE_SCORE,
  POSITIVE_CLASS_RE,
  weighedNames,
  MAX_HEADER_DEK_TEXT,
  SENTENCE_END_RE,
  SIBLING_PARAGRAPH_LENGTH,
  SIBLING_SCORE_SHARE,
  TAG_BASE_SCORES,
  TOP_CANDIDATES,
  ancestorShare,
} from './weights';

/** The main content of a page: the winning root and the siblings merged with it, in order. */
export interface MainContent {
  /** The highest-scoring container. */
  root: Element | null;
  /** The nodes that make up the body, in document order (the root and merged siblings). */
  nodes: Element[];
  /** The root's final score, for callers comparing strategies. */
  score: number;
  /** Text length of the chosen nodes. */
  textLength: number;
  /** Containers of the hero image above the body (between the headline and the body). */
  hero: Element[];
}

/** Embeds dropped from their host article: a list outscoring the prose around it is captions. */
const EMBED_LIST_TAGS: ReadonlySet<string> = new Set(['ul', 'ol', 'dl']);
/** Tags whose text counts as a paragraph for scoring. */
const PARAGRAPH_TAGS: ReadonlySet<string> = new Set(['p', 'pre']);
/** List items whose own text (not a nested list's, not only a link) is a paragraph: bullet-point bodies. */
const LIST_ITEM_TAGS: ReadonlySet<string> = new Set(['li']);
/** Containers whose own text (bare text between `<br>`s) counts as a paragraph. */
// A table cell too: a layout's column scores by its own bare text, as a <div> does, not as one
// paragraph of all it holds (a 2,800-character column made its row outscore the story's cell).
const BARE_TEXT_CONTAINERS: ReadonlySet<string> = new Set(['div', 'section', 'article', 'main', 'font', 'center', 'span', 'blockquote', 'td']);

/**
 * Whether an element is a paragraph for scoring: a paragraph tag with enough text, or a list
 * item or bare-text container with enough text of its own. Also tells measureTree which
 * leaves to keep (see KeepLeaf): no other leaf is enumerated.
 */
function isParagraph(el: Element, text: number, direct: number): boolean {
  if (PARAGRAPH_TAGS.has(el.name)) return text >= MIN_PARAGRAPH_LENGTH;
  return (LIST_ITEM_TAGS.has(el.name) || BARE_TEXT_CONTAINERS.has(el.name)) && direct >= MIN_PARAGRAPH_LENGTH;
}

/** ±{@link CLASS_WEIGHT} for article-like or chrome-like class and id names. */
export function classWeight(el: Element): number {
  const names = weighedNames(el);
  if (!names) return 0;
  let weight = 0;
  if (NEGATIVE_CLASS_RE.test(names)) weight -= CLASS_WEIGHT;
  if (POSITIVE_CLASS_RE.test(names)) weight += CLASS_WEIGHT;
  return weight;
}

/** The score a paragraph contributes: a base point, its commas, and its length (capped). */
function paragraphScore(commas: number, length: number, runs = 1): number {
  return PARAGRAPH_BASE_SCORE * runs + commas + Math.min(Math.floor(length / CHARS_PER_POINT), MAX_LENGTH_POINTS * runs);
}

/**
 * Finds the element that holds the article: every paragraph gives points to its ancestors,
 * candidates are weighted by tag, class/id names and link density, the winner is widened when
 * the body is split across containers, and qualifying siblings are merged in. Finally, link
 * lists and other chrome left inside the chosen nodes are pruned. `pageImage` is the picture
 * the page names as its own (og:image): a cover above the headline's block is the hero only
 * when it is that picture.
 * @internal
 */
export function findMainContent(body: ParentNode, headline: Element | null, pageImage: string | null = null): MainContent {
  const stats = measureTree(body, isParagraph);
  const scores = new Map<Element, number>();
  const initial = (el: Element): number =>
    (TAG_BASE_SCORES[el.name] ?? 0) + classWeight(el) + (attr(el, 'itemprop') === ARTICLE_BODY_ITEMPROP ? ARTICLE_BODY_BONUS : 0);

  const paragraphs: ScoredParagraph[] = [];
  stats.forEach((s, el) => {
    if (!isParagraph(el, s.text, s.direct)) return;
    const own = !PARAGRAPH_TAGS.has(el.name);
    // A bare-text container's runs between <br>s are its paragraphs: each earns its own
    // base and length points, as a <p> would (a story column of twelve runs is not one paragraph).
    const points = own ? paragraphScore(s.directCommas, s.direct, Math.max(1, s.directRuns)) : paragraphScore(s.commas, s.text);
    // A bare-text container scores itself as the paragraph's parent would.
    let ancestor: AnyNode | null = PARAGRAPH_TAGS.has(el.name) || LIST_ITEM_TAGS.has(el.name) ? el.parent : el;
    if (isElement(ancestor)) paragraphs.push({ el, first: ancestor, points });
    for (let level = 0; level < ANCESTOR_LEVELS && isElement(ancestor); level++) {
      // <body> is a candidate too: simple pages put their paragraphs straight in it.
      if (ancestor.name === 'html') break;
      scores.set(ancestor, (scores.get(ancestor) ?? initial(ancestor)) + points * ancestorShare(level));
      ancestor = ancestor.parent;
    }
  });

  const finalScore = (el: Element): number => (scores.get(el) ?? 0) * (1 - linkDensity(stats.get(el)));
  const ranked = [...scores.keys()]
    .map((el) => ({ el, score: finalScore(el) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, TOP_CANDIDATES);
  // A box in a footer, aside or navigation landmark that does not hold the headline is the
  // page's, however it scores (arXiv's "Instructions for reporting errors" <footer>, whose
  // "ltx_page_content" class earns the body's bonus), while the story offers a candidate.
  const top = (headline !== null ? ranked.find((r) => !inForeignLandmark(r.el, headline)) : undefined) ?? ranked[0];
  const best = top && headline ? headlineStoryOverOthers(top, headline, finalScore, (el) => stats.get(el)?.text) : top;
  if (!best || (stats.get(best.el)?.text ?? 0) < MIN_ROOT_TEXT) return wholeBody(body, stats, scores);

  const host = enclosingArticleOf(best.el, best.score, paragraphs);
  // A list that outscored the prose around it is a gallery's or a slideshow's captions.
  if (host && EMBED_LIST_TAGS.has(best.el.name)) removeNodes([best.el]);
  let root = host ?? widenToCommonAncestor(best.el, best.score, ranked.slice(1));
  root = outOfDisclosure(withinStory(climb(root, finalScore), best.el, headline));
  root = spreadStory(root, headline, paragraphs);
  const nodes = withOutsideNotes(addSplitParts(best.el, mergeSiblings(root, finalScore, stats), scores.keys(), finalScore, stats, headline), body);
  pruneContent(nodes, stats, scores);
  const textLength = nodes.reduce((sum, n) => sum + (stats.get(n)?.text ?? 0), 0);
  const hero = findHeroContainers(root, nodes, headline, (el) => stats.get(el)?.text ?? 0, pageImage);
  return { root, nodes, score: finalScore(root), textLength, hero };
}

/**
 * A winner that is a listing of other stories' `<article>`s, outside the headline's own
 * `<article>` (a "You may also like" block of post cards with excerpts, isListing), loses to
 * the headline's `<article>` when that holds prose scoring at least
 * HEADLINE_STORY_SCORE_SHARE of the listing's.
 */
function headlineStoryOverOthers(
  top: { el: Element; score: number },
  headline: Element,
  scoreOf: (el: Element) => number,
  textOf: (el: Element) => number | undefined,
): { el: Element; score: number } {
  const story = headline.name === STORY_TAG ? headline : enclosingArticle(headline);
  if (!story || contains(story, top.el) || contains(top.el, story) || (textOf(story) ?? 0) < LISTING.minStoryText || !isListing(top.el, textOf)) return top;
  const score = scoreOf(story);
  return score >= top.score * HEADLINE_STORY_SCORE_SHARE ? { el: story, score } : top;
}

/**
 * A block of other stories' cards (LISTING): LISTING.minArticles `<article>`s or more, each
 * a card, a link to its story and at most LISTING.maxCardText characters (a title and an
 * excerpt). One `<article>` beside the headline's may be the story's own body or a chapter;
 * a round-up's or a package's parts are longer than cards.
 */
function isListing(el: Element, textOf: (el: Element) => number | undefined): boolean {
  let cards = 0;
  let other = false;
  walkElements(el, (d) => {
    if (d.name !== STORY_TAG) return true;
    if ((textOf(d) ?? 0) > LISTING.maxCardText || findDescendant(d, (a) => a.name === 'a' && a.attribs.href !== undefined) === null) other = true;
    else cards++;
    // A card's own insides are not searched for more cards.
    return false;
  });
  return !other && cards >= LISTING.minArticles;
}

/**
 * The headline's `<article>` bounds the story when the best paragraphs are inside it: a root
 * climbed above it takes in the cards after it ("Más información" teasers in `<article>`s of
 * their own, each with a sentence-long description).
 */
function withinStory(root: Element, winner: Element, headline: Element | null): Element {
  const story = headline ? (headline.name === STORY_TAG ? headline : enclosingArticle(headline)) : null;
  return story && story !== root && contains(story, winner) && contains(root, story) ? story : root;
}

/**
 * The story container (STORY_CONTAINER_CLASS_RE) around the headline, when the root is inside
 * it and holds less than STORY_WIDEN_SHARE of the paragraph points the container holds.
 */
function spreadStory(root: Element, headline: Element | null, paragraphs: readonly ScoredParagraph[]): Element {
  if (!headline) return root;
  let story: Element | null = null;
  for (let cur = headline.parent; isElement(cur) && cur.name !== 'body'; cur = cur.parent) {
    const cls = cur.attribs.class;
    if (cls !== undefined && STORY_CONTAINER_CLASS_RE.test(cls)) {
      story = cur;
      break;
    }
  }
  if (!story || story === root || !contains(story, root)) return root;
  let inStory = 0;
  let inRoot = 0;
  for (const p of paragraphs) {
    if (!contains(story, p.el) || inOtherStories(p.el, story)) continue;
    inStory += p.points;
    if (contains(root, p.el)) inRoot += p.points;
  }
  return inRoot < inStory * STORY_WIDEN_SHARE ? story : root;
}

/** Whether a paragraph sits in a block of other stories or of readers' words inside the story container (STORY_WIDEN_SKIP_RE). */
function inOtherStories(el: Element, story: Element): boolean {
  for (let up = el.parent; isElement(up) && up !== story; up = up.parent) {
    const cls = up.attribs.class;
    if (cls !== undefined && STORY_WIDEN_SKIP_RE.test(cls)) return true;
  }
  return false;
}

/**
 * A root inside a `<details>` is a disclosure's body ("Show transcript"): the widget is part
 * of its parent's flow, so the `<details>` stands for it, and its siblings (the story the
 * transcript follows) can be merged.
 */
function outOfDisclosure(root: Element): Element {
  let out = root;
  for (let cur: AnyNode | null = root.parent; isElement(cur) && cur.name !== 'body'; cur = cur.parent) {
    if (cur.name === 'details') out = cur;
  }
  return out;
}

/** A scored paragraph: its element, the first ancestor it gives points to, and how many. */
interface ScoredParagraph {
  el: Element;
  first: Element;
  points: number;
}

/**
 * An embed can outscore the article around it (a 50-photo gallery with a caption each inside
 * the story): when an ancestor of the winner earns at least {@link EMBED_HOST_SCORE_SHARE}
 * of the winner's score from paragraphs outside the winner, the winner is an embed and the
 * ancestor (the nearest such) is the article. An embed that is a list is dropped from it.
 */
function enclosingArticleOf(winner: Element, winnerScore: number, paragraphs: readonly ScoredParagraph[]): Element | null {
  const ancestors = ancestorsOf(winner);
  if (ancestors.length === 0) return null;
  const level = new Map<Element, number>();
  ancestors.forEach((a, i) => level.set(a, i));
  const independent = new Array<number>(ancestors.length).fill(0);
  for (const p of paragraphs) {
    // A <td> around the whole winner is not prose beside it.
    if (contains(winner, p.first) || contains(p.el, winner)) continue;
    let cur: AnyNode | null = p.first;
    for (let l = 0; l < ANCESTOR_LEVELS && isElement(cur); l++, cur = cur.parent) {
      const i = level.get(cur);
      if (i !== undefined) independent[i] = (independent[i] ?? 0) + p.points * ancestorShare(l);
    }
  }
  const needed = winnerScore * EMBED_HOST_SCORE_SHARE;
  for (let i = 0; i < ancestors.length; i++) if ((independent[i] ?? 0) >= needed) return ancestors[i] as Element;
  return null;
}

/**
 * The fallback when no container holds a paragraph: the page is a bare document (text straight
 * in <body>, headings and images without prose, text in a block link), so the whole cleaned
 * body is the content, pruned like any root.
 */
function wholeBody(body: ParentNode, stats: TreeStats, scores: Map<Element, number>): MainContent {
  if (!isElement(body)) return { root: null, nodes: [], score: 0, textLength: 0, hero: [] };
  pruneContent([body], stats, scores);
  return { root: body, nodes: [body], score: 0, textLength: stats.get(body)?.text ?? 0, hero: [] };
}

function ancestorsOf(el: Element): Element[] {
  const out: Element[] = [];
  for (let cur = el.parent; isElement(cur) && cur.name !== 'body'; cur = cur.parent) out.push(cur);
  return out;
}

/** When several strong candidates share an ancestor, the article spans them: take it. */
function widenToCommonAncestor(
  top: Element,
  topScore: number,
  others: ReadonlyArray<{ el: Element; score: number }>,
): Element {
  const close = others.filter((o) => o.score >= topScore * ALTERNATIVE_SCORE_SHARE).map((o) => new Set(ancestorsOf(o.el)));
  if (close.length < MIN_ALTERNATIVES) return top;
  for (const ancestor of ancestorsOf(top)) {
    const sharing = close.filter((set) => set.has(ancestor)).length;
    if (sharing >= MIN_ALTERNATIVES) return ancestor;
  }
  return top;
}

/** Climbs to a parent that scores better than the winner (the article's true container). */
function climb(top: Element, scoreOf: (el: Element) => number): Element {
  let root = top;
  let last = scoreOf(root);
  const threshold = last * CLIMB_SCORE_SHARE;
  // Climbing stops below <body>: the whole page is a candidate only when it wins outright.
  for (let parent = root.parent; isElement(parent) && parent.name !== 'body'; parent = parent.parent) {
    const score = scoreOf(parent);
    if (score === 0) continue;
    if (score < threshold) break;
    if (score > last) {
      root = parent;
      break;
    }
    last = score;
  }
  // A root that is its parent's only child adds nothing over the parent.
  while (isElement(root.parent) && root.parent.name !== 'body' && soleElementChild(root.parent) === root) root = root.parent;
  return root;
}


/**
 * A body split into parts by full-width figures, ads or pull quotes repeats its container's
 * markup: other strong candidates with the winner's tag and class (numbers aside), outside the chosen
 * nodes, are parts of the same article and join it in document order. A part inside a
 * different <article> element is another story (an infinite-scroll page), not a part; nor is
 * one in the headline's own box (a dek in the body's class, under a magazine's headline).
 */
function addSplitParts(
  winner: Element,
  nodes: Element[],
  candidates: Iterable<Element>,
  scoreOf: (el: Element) => number,
  stats: TreeStats,
  headline: Element | null = null,
): Element[] {
  const signature = classSignature(winner);
  if (!signature) return nodes;
  const bodyTokens = (winner.attribs.class ?? '').split(SPACE_RE).filter((t) => BODY_CLASS_TOKEN_RE.test(t));
  const story = enclosingArticle(winner);
  // The headline's own box, when the winner is outside it: a dek set in the body's class is in
  // it, one short block of text. (A newsletter's first text cell holds the headline and the
  // story's opening paragraphs, a lede box its long first paragraph: parts.)
  const header = headline !== null && isElement(headline.parent) && !contains(headline.parent, winner) ? headline.parent : null;
  const isDek = (el: Element): boolean => header !== null && contains(header, el) && !holdsStoryBlocks(el) && (stats.get(el)?.text ?? 0) <= MAX_HEADER_DEK_TEXT;
  const parts: Element[] = [];
  for (const el of candidates) {
    if (el === winner || el.name !== winner.name || isDek(el)) continue;
    if (classSignature(el) !== signature && !sharesToken(el, bodyTokens)) continue;
    if (scoreOf(el) < MIN_SIBLING_SCORE || linkDensity(stats.get(el)) >= MAX_SIBLING_LINK_DENSITY) continue;
    if (enclosingArticle(el) !== story || inForeignLandmark(el, winner)) continue;
    if (nodes.some((n) => contains(n, el) || contains(el, n))) continue;
    // Of nested parts (a body token on a wrapper and on its inner box), the outer one.
    const inner = parts.findIndex((p) => contains(el, p));
    if (parts.some((p) => contains(p, el))) continue;
    if (inner >= 0) parts.splice(inner, 1);
    parts.push(el);
  }
  if (parts.length === 0) return nodes;
  const joined = inDocumentOrder([...nodes, ...parts.map(withSectionHeading)]);
  const parent = commonParent(joined, stats);
  // The parent must not take in the headline: its <article> holds the parts and the header.
  return parent && !(headline && contains(parent, headline)) ? [parent] : joined;
}

const SPACE_RE = /\s+/;

/**
 * A split part that is a section's content box under the section's own heading, the two alone
 * in their box (Springer's `div.c-article-section` > `h2` "Abstract" + `div.c-article-section__content`),
 * is taken with its heading: the box, not the part. A part with other blocks beside it is itself.
 */
function withSectionHeading(part: Element): Element {
  const parent = part.parent;
  if (!isElement(parent) || parent.name === 'body') return part;
  const kids = parent.children.filter(isElement);
  return kids.length === 2 && kids[1] === part && SUBHEADING_TAG_RE.test((kids[0] as Element).name) ? parent : part;
}

/** Whether `el` is or sits in a footer, aside or navigation landmark (FOREIGN_LANDMARK) that does not hold `anchor` (the winner, the headline). */
function inForeignLandmark(el: Element, anchor: Element): boolean {
  for (let cur: AnyNode | null = el; isElement(cur) && cur.name !== 'body'; cur = cur.parent) {
    const role = cur.attribs.role;
    if ((FOREIGN_LANDMARK.tags.has(cur.name) || (role !== undefined && FOREIGN_LANDMARK.roles.has(role.toLowerCase()))) && !contains(cur, anchor)) return true;
  }
  return false;
}

function sharesToken(el: Element, tokens: readonly string[]): boolean {
  if (tokens.length === 0) return false;
  const own = (el.attribs.class ?? '').split(SPACE_RE);
  return tokens.some((t) => own.includes(t));
}

/** The common parent that stands for joined parts (SPLIT_PARTS_PARENT), or null. */
function commonParent(parts: readonly Element[], stats: TreeStats): Element | null {
  const first = parts[0];
  if (!first) return null;
  let candidate: AnyNode | null = first.parent;
  for (let level = 0; level < SPLIT_PARTS_PARENT.maxLevels && isElement(candidate) && candidate.name !== 'body'; level++, candidate = candidate.parent) {
    const ancestor = candidate;
    if (!parts.every((p) => withinLevels(p, ancestor, SPLIT_PARTS_PARENT.maxLevels))) continue;
    const partsText = parts.reduce((sum, p) => sum + (stats.get(p)?.text ?? 0), 0);
    return partsText >= (stats.get(ancestor)?.text ?? Infinity) * SPLIT_PARTS_PARENT.minTextShare ? ancestor : null;
  }
  return null;
}

function withinLevels(el: Element, ancestor: Element, levels: number): boolean {
  let cur: AnyNode | null = el.parent;
  for (let i = 0; i < levels && cur; i++, cur = cur.parent) if (cur === ancestor) return true;
  return false;
}

/** Numbered parts ("story-body-1", "story-body-2") share a signature: the class without digits. */
const DIGITS_RE = /\d+/g;
function classSignature(el: Element): string {
  return (el.attribs.class ?? '').replace(DIGITS_RE, '').trim();
}

/** Siblings of the root that belong to the article: well-scored ones and prose paragraphs. */
function mergeSiblings(root: Element, scoreOf: (el: Element) => number, stats: TreeStats): Element[] {
  const parent = root.parent;
  if (!isElement(parent)) return [root];
  const rootScore = scoreOf(root);
  const threshold = Math.max(MIN_SIBLING_SCORE, rootScore * SIBLING_SCORE_SHARE);
  const rootClass = root.attribs.class;
  const nodes: Element[] = [];
  for (const sibling of parent.children) {
    if (!isElement(sibling)) continue;
    if (sibling === root) {
      nodes.push(root);
      continue;
    }
    if (inForeignLandmark(sibling, root)) continue;
    // Beside a story's own <article>, a block of other stories' cards is no part of it.
    if (root.name === STORY_TAG && isListing(sibling, (el) => stats.get(el)?.text)) continue;
    const bonus = rootClass && sibling.attribs.class === rootClass ? rootScore * SIBLING_SCORE_SHARE : 0;
    if (scoreOf(sibling) + bonus >= threshold) {
      nodes.push(sibling);
      continue;
    }
    if (sibling.name === 'p') {
      const s = stats.get(sibling);
      const density = linkDensity(s);
      const length = s?.text ?? 0;
      if (length > SIBLING_PARAGRAPH_LENGTH && density < MAX_SIBLING_LINK_DENSITY) nodes.push(sibling);
      else if (length > 0 && length <= SIBLING_PARAGRAPH_LENGTH && density === 0 && SENTENCE_END_RE.test(textContent(sibling))) nodes.push(sibling);
    }
  }
  return nodes.length > 2 ? withBlocksBetween(parent, nodes, stats) : nodes;
}

/**
 * A picture's box (see MAX_MERGED_PICTURE_IMAGES): an image or two with a caption's worth of
 * text and few links; not a gallery, not a linked badge in a footer line.
 */
function isPictureBox(el: Element, s: NodeStats | undefined): boolean {
  if ((s?.text ?? 0) > MAX_HERO_CONTAINER_TEXT || linkDensity(s) >= MAX_SIBLING_LINK_DENSITY) return false;
  let images = isImage(el) ? 1 : 0;
  walkElements(el, (d) => {
    if (isImage(d)) images++;
    return images <= MAX_MERGED_PICTURE_IMAGES;
  });
  return images > 0 && images <= MAX_MERGED_PICTURE_IMAGES;
}

/**
 * A block of the story's structure that scores nothing: a subheading, a table, code, a list or
 * a pull quote with few links and no picture (Notion's and other editors' one div per block,
 * between paragraphs; isPullQuote); a gallery between them is not one.
 */
function isStructureBlock(el: Element, s: NodeStats | undefined): boolean {
  if (!s || linkDensity(s) >= MAX_SIBLING_LINK_DENSITY || findImage(el) !== null) return false;
  return STRUCTURE_TAGS.has(el.name) || findDescendant(el, (d) => STRUCTURE_TAGS.has(d.name)) !== null || isPullQuote(el);
}
const STRUCTURE_TAGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'table', 'pre', 'ul', 'ol']);

/**
 * A pull quote: a `<blockquote>` set in a `<figure>` (the HTML standard's shape, its
 * `<figcaption>` the attribution), or one that names its speaker (a `<cite>` or `<footer>`), or
 * whose words open with a quotation mark. A bare blockquote between the blocks may be an
 * editor's callout box ("Want more stories like this? Sign up…", a donation appeal: review),
 * which scores nothing and stays out as before.
 */
function isPullQuote(el: Element): boolean {
  const quote = el.name === 'blockquote' ? el : findDescendant(el, (d) => d.name === 'blockquote');
  if (quote === null) return false;
  if (el.name === 'figure' || findDescendant(el, (d) => d.name === 'figure') !== null) return true;
  if (findDescendant(quote, (d) => d.name === 'cite' || d.name === 'footer') !== null) return true;
  return QUOTE_OPENING_RE.test(textContent(quote));
}
/** Words that open with a quotation mark, after white space. */
const QUOTE_OPENING_RE = /^\s*["“„«‘'‹「『]/u;

/**
 * Merged siblings with the blocks between them that score nothing but are the story's: a
 * picture's box (isPictureBox: a newsletter's caption block between two text blocks, which
 * left out would be read as a hero above the body) and a block of its structure
 * (isStructureBlock: Notion's headings and tables between its text blocks).
 */
function withBlocksBetween(parent: Element, nodes: Element[], stats: TreeStats): Element[] {
  const merged = new Set(nodes);
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  const out: Element[] = [];
  let inside = false;
  for (const sibling of parent.children) {
    if (!isElement(sibling)) continue;
    if (sibling === first) inside = true;
    if (merged.has(sibling)) out.push(sibling);
    else if (inside && (isPictureBox(sibling, stats.get(sibling)) || isStructureBlock(sibling, stats.get(sibling)))) out.push(sibling);
    if (sibling === last) break;
  }
  return out;
}
