/**
 * Every weight and threshold of main-content scoring, named, with the reason it has its
 * value. Starting points are Mozilla Readability's (whose scoring this stage follows) and
 * Trafilatura's; each change is judged on the whole eval set (`npm run eval -- --diff`).
 */

import { CAPTION_CLASS_RE, LIST_LABEL_RE } from '../assemble/constants';
import type { Element } from '../parse/dom';
import { classAndId } from '../parse/dom';

/** A text block shorter than this (characters) is a label or a button, not a paragraph. */
export const MIN_PARAGRAPH_LENGTH = 25;

/**
 * A winning container with less text than this holds no paragraph at all (a caption, a
 * label): the page has no prose container, and its whole cleaned body is the content.
 */
export const MIN_ROOT_TEXT = MIN_PARAGRAPH_LENGTH;

/** Every scored paragraph is worth this much before its length and commas count. */
export const PARAGRAPH_BASE_SCORE = 1;

/** A paragraph earns one point per this many characters… */
export const CHARS_PER_POINT = 100;
/** …up to this many points, so one very long block cannot outweigh many real paragraphs. */
export const MAX_LENGTH_POINTS = 3;

/** How many ancestors of a paragraph receive a share of its score. */
export const ANCESTOR_LEVELS = 5;

/**
 * Share of a paragraph's score given to the ancestor `level` steps up: the parent gets all
 * of it, the grandparent half, then a third of the level (Readability's dividers).
 */
export function ancestorShare(level: number): number {
  if (level === 0) return 1;
  if (level === 1) return 0.5;
  return 1 / (level * 3);
}

/** Starting score of a candidate by tag: containers of prose are favoured, lists and headings not. */
export const TAG_BASE_SCORES: Readonly<Record<string, number>> = {
  div: 5,
  article: 8,
  main: 5,
  section: 3,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};

/** Class/id weight: a positive or negative name match moves a candidate by this much. */
export const CLASS_WEIGHT = 25;

/**
 * schema.org microdata marks the article body itself (`itemprop="articleBody"`): the
 * publisher's own label, worth more than a class name's guess, but not enough to crown an
 * empty or teaser-only element, since it still has to earn paragraph points.
 */
export const ARTICLE_BODY_ITEMPROP = 'articleBody';
export const ARTICLE_BODY_BONUS = 2 * CLASS_WEIGHT;

/** Class/id names of article containers (Readability's positive list, plus CMS body names). */
export const POSITIVE_CLASS_RE =
  /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose|richtext|rich-text|markdown|paywall|field-name-body|field--name-body|detail/i;

/**
 * A CSS module's class ("ArticleAudio_root__xC4r": component, part, hash), as Next.js and
 * other React front ends write them. Every component of a story page may open with the page's
 * word ("ArticleAudio", "ArticleBookDisclosure", "ArticleBody": The Atlantic): only the
 * component's last word names what it is, so the class is weighed as that word and the part
 * ("Body_root"). A one-word component ("Footer_root__hB7q") is weighed as it is.
 */
export const CSS_MODULE_CLASS_RE = /(?<![\w-])[A-Z][A-Za-z0-9]*([A-Z][a-z0-9]*)_([A-Za-z][A-Za-z0-9]*)__[\w-]+/g;

/** An element's class and id as weighed: a CSS module's class by its component's last word (CSS_MODULE_CLASS_RE). */
export function weighedNames(el: Element): string {
  const names = classAndId(el);
  return names.includes('__') ? names.replace(CSS_MODULE_CLASS_RE, '$1_$2') : names;
}

/**
 * The longest text of a dek set in the body's class in the headline's own box, which is no
 * split part of the body (metadata's MAX_DEK_LENGTH): a longer block there is the story's lede.
 */
export const MAX_HEADER_DEK_TEXT = 400;

/** Class/id names of page furniture (Readability's negative list, plus common chrome). */
export const NEGATIVE_CLASS_RE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|teaser|recommend|newsletter|subscribe|byline|author|caption|credit/i;

/** A candidate's score is multiplied by (1 − link density); so is the sibling test below. */
export const MAX_SIBLING_LINK_DENSITY = 0.25;

/** Siblings scoring at least this share of the winner's score are part of the article… */
export const SIBLING_SCORE_SHARE = 0.2;
/** …and never less than this absolute score. */
export const MIN_SIBLING_SCORE = 10;

/** A sibling paragraph this long with low link density is merged into the body. */
export const SIBLING_PARAGRAPH_LENGTH = 80;

/** Ends of sentences in the scripts we read (Latin, CJK, Arabic, Devanagari). */
export const SENTENCE_END_RE = /[.!?。！？؟।]["'”’»)]?(?:\s|$)/;

/**
 * When candidates this close to the winner's score (as a share) share an ancestor with it,
 * the article is split across them: the common ancestor is taken instead.
 */
export const ALTERNATIVE_SCORE_SHARE = 0.75;
/** How many close runners-up must share that ancestor. */
export const MIN_ALTERNATIVES = 3;
/** How many top candidates are compared. */
export const TOP_CANDIDATES = 5;

/**
 * An ancestor of the winner that earns this share of the winner's score from paragraphs
 * outside it holds an article of its own around the winner: the winner is an embed (a photo
 * gallery's captions, a quiz) and the ancestor is taken.
 */
export const EMBED_HOST_SCORE_SHARE = 0.5;

/** While climbing from the winner, stop at a parent scoring less than this share of it. */
export const CLIMB_SCORE_SHARE = 1 / 3;

/**
 * Pruning inside the chosen root (Readability's conditional cleaning): containers with more
 * link text than this share are link lists (related stories, tag clouds).
 */
export const PRUNE_LINK_DENSITY = 0.33;

/**
 * A line this short with one link that holds at most this share of its text is not a link
 * list, whatever its density ("Rating: <a>False</a>" is 38% link).
 */
export const ONE_LINK_LINE = { maxText: 100, maxLinkShare: 0.5 } as const;
/** …a container with a strong positive name may carry this much before it goes. */
export const PRUNE_LINK_DENSITY_POSITIVE = 0.5;
/** Containers with at least this many commas are prose and are never pruned. */
export const PRUNE_MIN_COMMAS = 10;
/** A chrome-named container (share, related, caption …) scoring below this holds no paragraphs of its own… */
export const PRUNE_MAX_NEGATIVE_SCORE = 25;
/** …and with less text than this it is furniture: pruned. */
export const PRUNE_MAX_NEGATIVE_TEXT = 200;
/** A `<p>` this long that ends a sentence is prose, whatever its wrapper is called. */
export const PROSE_PARAGRAPH_LENGTH = 80;
/**
 * A link-dense list whose items are sentences of their own is prose when this share of its
 * items opens with words before any link (see isSentenceItemList in prune.ts).
 */
export const SENTENCE_ITEM_SHARE = 2 / 3;
/** Text before an item's first link that ends so is a label of the link ("Read more:", "Video –"), not words of a sentence. */
export const LINK_LABEL_END_RE = /[:：|>»›–—-]\s*$/u;
/** …or that is a date or an age, a teaser's stamp ("Feb. 11", "2h ago", "12:40"), not words of a sentence. */
export const ITEM_STAMP_RE = /^\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)|\b(?:ago|min|mins|hrs?|hours?|days?)\s*$/i;
/** Inline elements whose text is an item's own words (emphasis, code); a span or a link before the link is a kicker or a label. */
export const ITEM_WORD_TAGS: ReadonlySet<string> = new Set(['b', 'strong', 'em', 'i', 'code', 'u']);
/** A list label heading (assemble's LIST_LABEL_RE, and "stories": WIRED's "More Great WIRED Stories"): over such a heading a list of sentences is still another story's teasers. */
export const LIST_HEADING_RE = new RegExp(String.raw`${LIST_LABEL_RE.source}|(?<!\p{L})stories(?!\p{L})`, 'iu');
/** The blocks of a body that, around a list, say the list stands between the body's blocks, not at its end. */
export const BODY_BLOCK_TAGS: ReadonlySet<string> = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'blockquote', 'pre', 'table', 'figure', 'dl']);
/**
 * A heading that only labels the link list after it ("More:", "Related:", "Read more", "See
 * also"): pruned with the list. A heading with words of its own ("More: the council's own
 * figures") or over prose titles a section.
 */
export const LINKS_LABEL_HEADING_RE = /^(?:more|related(?: (?:stories|articles|news|links))?|see also|read (?:more|also|next)|also read|recommended(?: reading)?|more (?:stories|news|on this story))\s*[:：]?$/i;
/** Tags pruned conditionally. */
export const PRUNE_TAGS: ReadonlySet<string> = new Set(['div', 'section', 'ul', 'ol', 'table', 'aside', 'dl']);

/** A hero's container holds the image and its caption: more text than this is the article. */
export const MAX_HERO_CONTAINER_TEXT = 1200;
/**
 * A caption box set right after the hero's wrapper (see hero.ts captionBeside) holds at most
 * this much text, as a placed caption does in assemble/ (MAX_PLACED_CAPTION_LENGTH): more is
 * the story's opening text under an unlucky name.
 */
export const MAX_HERO_SIDE_CAPTION_TEXT = 400;

/**
 * A sibling between two merged parts of the body with at most this many images (a picture, a
 * lazy placeholder and its <noscript> copy, a pair side by side), no more text than a hero's
 * box and few links is a picture splitting the story, merged in its place; more images are a
 * gallery (its thumbnails are links and furniture, read as the hero's or pruned).
 */
export const MAX_MERGED_PICTURE_IMAGES = 2;

/** Without a headline to anchor on, only this many elements before the body are searched. */
export const MAX_PRECEDING_SIBLINGS = 3;

/**
 * The headline's own block: a wrapper at most this many levels above the `<h1>` that holds
 * an image before it, and at most MAX_HEADLINE_BLOCK_TEXT characters of text (the headline,
 * a date line, buttons; not prose). A portrait set beside the name on an obituary or a
 * profile page (`<div><img></div><div><h1>Jane Doe</h1></div>`) is the page's hero.
 */
export const MAX_HEADLINE_BLOCK_DEPTH = 3;
export const MAX_HEADLINE_BLOCK_TEXT = 400;

/**
 * A picture set right before the headline in the block it shares with the body is the hero
 * when its `alt` or `title` is the headline itself: 1C-Bitrix's news.detail template prints
 * `<img class=detail_picture alt="{title}" title="{title}">`, the date line (gone once
 * cleaned), the title as an `<h3>`, then the text. A logo, an ad or another story's card
 * picture is not named so. These attributes are compared with the headline's text.
 */
export const HERO_NAMED_AS_HEADLINE_ATTRIBUTES: readonly string[] = ['alt', 'title'];

/**
 * A cover above the headline's block is matched to the page's own image by file name; a name
 * shorter than this ("1.jpg", "image") says too little to match on.
 */
export const MIN_COVER_FILE_NAME = 6;

/** Elements that are content even when short: figures, quotes, code, tables of data. */
export const NEVER_PRUNED_INSIDE = new Set(['figure', 'pre', 'blockquote', 'picture']);

/**
 * A block named as a quote, the `<blockquote>` of a CMS that builds quotes from `<div>`s
 * (Osnova's "block-quote" with its "__text" and "__author", "pullquote"): a short
 * chrome-named line in it ("block-quote__author", by the "author" of NEGATIVE_CLASS_RE) is the
 * quote's attribution, kept as a `<blockquote>`'s is. Looked for on clean's QUOTE_BOX_LEVELS ancestors
 * of the line, not on the line itself ("quote-author" outside any quote is no attribution).
 */
export const QUOTE_BOX_NAME_RE = /(?:^|[\s_-])(?:block-?quote|pull-?quote|quote)(?:$|[\s_-])/i;
/** …and only a line named as the quote's author is spared there: a widget's label ("widget-label", "widget-title") in a quote box is chrome. */
export const QUOTE_ATTRIBUTION_NAME_RE = /(?:^|[\s_-])authors?(?:$|[\s_-])/i;

/**
 * Caption and credit containers are read by assemble/, whatever their size: the names it
 * reads captions by (a "media__info" block under a `<div>` image too), and credits.
 */
export const CAPTION_NAME_RE = new RegExp(`${CAPTION_CLASS_RE.source}|credit`, 'i');

/**
 * A class token that names a body of text ("RichTextBody", "article-body", "entry-content",
 * "story-text"): two strong candidates sharing one are parts of one body even when their
 * other tokens differ ("RichTextBody Transcript-body" after "RichTextArticleBody RichTextBody").
 * A bare "content", "text" or "body" is on too many boxes to tell anything.
 */
export const BODY_CLASS_TOKEN_RE = /^[\w-]{3,}(?:body|content|text)$/i;

/**
 * Parts of one body joined from two places are replaced by their nearest common ancestor
 * when it is at most `maxLevels` above each and the parts hold at least `minTextShare` of its
 * text: the heading between them ("Transcript" over the second part) is the story's too.
 */
export const SPLIT_PARTS_PARENT = { maxLevels: 2, minTextShare: 0.7 } as const;

/**
 * Landmarks outside the story: a box inside one that does not hold the headline is not the
 * winner while the story offers a candidate, a sibling so placed is not merged, and one the
 * winner is not inside is never a split part of the body, whatever class it shares with it
 * (arXiv's "Instructions for reporting errors" `<footer>` holds a "ltx_page_content" box, as
 * the paper's body does, and its three paragraphs outscored any one box of the paper's).
 */
export const FOREIGN_LANDMARK = { tags: new Set(['footer', 'aside', 'nav']), roles: new Set(['contentinfo', 'complementary', 'navigation']) } as const;

/**
 * The notes a body's footnote marks point to, printed after the body outside the chosen
 * nodes (see score/notes.ts withOutsideNotes). A list joins when at least `minNoteShare` of
 * its items are notes the marks link to: a references list is all notes, a related list
 * that happens to hold one is not. Its heading is looked for up to `headingLevels` boxes
 * above it (Springer: h2, then the content box, a container div, the list). A list in a
 * sidebar or a navigation landmark (`landmarks`) stays out: a glossary box beside the story.
 * A page footer may hold a post's endnotes, so it is not one of them.
 */
export const OUTSIDE_NOTES = {
  minNoteShare: 0.5,
  headingLevels: 3,
  landmarks: { tags: new Set(['aside', 'nav']), roles: new Set(['complementary', 'navigation']) },
} as const;

/**
 * The story's own container, named by the CMS: WordPress's post classes ("hentry",
 * "type-post") on a page builder's wrapper, microformats' "h-entry". When the headline sits
 * in one and the root found holds less than STORY_WIDEN_SHARE of the paragraph points inside
 * it, the body is spread over the container's blocks (an Elementor post: each text widget in
 * a section of its own, five levels apart) and the container is the root.
 */
export const STORY_CONTAINER_CLASS_RE = /(?:^|\s)(?:hentry|h-entry|type-post)(?:\s|$)/;
export const STORY_WIDEN_SHARE = 0.6;
/** Blocks inside the story container whose paragraphs are not the story's: related posts, comments. */
export const STORY_WIDEN_SKIP_RE = /related|recommend|comment|more-(?:stories|posts|from)|also-|you-might|popular|newsletter/i;

/**
 * A pruning candidate whose subheading holds this share of its text is the heading's wrapper
 * (a page builder's "elementor-widget-heading"): never pruned as weak chrome.
 */
export const HEADING_WRAPPER_TEXT_SHARE = 0.9;

/**
 * The share of a winning block's score that the headline's own `<article>` must reach to win
 * over it when that block is other stories' `<article>`s (a related-posts block of cards with
 * excerpts outscoring a one-paragraph post).
 */
export const HEADLINE_STORY_SCORE_SHARE = 0.3;

/**
 * A listing of other stories' cards (isListing in score/index.ts): at least `minArticles`
 * `<article>`s, each with a link and at most `maxCardText` characters; the headline's own
 * `<article>` must hold `minStoryText` characters to win over it (a header of headline, dek
 * and byline does not).
 */
export const LISTING = { minArticles: 3, maxCardText: 800, minStoryText: 400 } as const;
