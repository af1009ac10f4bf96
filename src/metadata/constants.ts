/**
 * Vocabularies of the metadata stage: which keys and elements each field is read from, in
 * order of trust. The first source that yields a clean value wins (Postlight's cascades,
 * htmldate's ordering by reliability).
 */

import { WORD_SOURCE } from '../parse/dom';
import { IANA_ZONE_NAME_SOURCE } from '../dates/constants';
import type { SlashedDateOrder } from '../dates/interpret';

/** schema.org types whose node describes the article itself. */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'SocialMediaPosting',
  'TechArticle',
  'ScholarlyArticle',
  'Report',
  'SatiricalArticle',
]);

/**
 * The works a page may present in place of an article: a review site's Review, a food blog's
 * Recipe, a podcast's episode (PodcastEpisode, RadioEpisode, Episode), a how-to guide's HowTo,
 * each with its date and author. Their `name` names the thing ("Corvane Aero 14 (2025)
 * review", "Brown Butter Maple Sticky Buns"), not the story's headline, so only a `headline`
 * of theirs is read as one.
 */
export const WORK_TYPES: ReadonlySet<string> = new Set(['Review', 'Recipe', 'PodcastEpisode', 'RadioEpisode', 'Episode', 'HowTo']);

/**
 * Types used as a last resort when no article node exists: some CMSs describe only the page
 * (a health site's MedicalWebPage), a fact-checker only its ClaimReview, a video page its
 * VideoObject, others only the work they present (WORK_TYPES). The richest wins.
 */
export const FALLBACK_PAGE_TYPES: ReadonlySet<string> = new Set(['WebPage', 'ItemPage', 'MedicalWebPage', 'VideoObject', 'ClaimReview', ...WORK_TYPES]);

/** JSON-LD graphs nest; a page never needs more than this to reach its article node. */
export const MAX_JSON_LD_DEPTH = 12;

/**
 * A shared image that is the site's, not the story's: the picture a template shares for every
 * page that names none, no lead image (metadata/image.ts). Read on the URL's path only (not its
 * host), each part a file name's whole word:
 * - `defaultRe`: a default share picture (SFGate's "/img/pages/article/opengraph_default.png",
 *   "og-default.jpg", "share-default.png", "default-share-image.png", "default_og.jpg",
 *   "default.jpg"): "default" after a share word, or opening the file name. A story's picture
 *   named for its subject stays: "argentina-default.jpg", "student-loan-default.png",
 *   "dark-mode-default.png", "credit-default-swaps.jpg", "defaulted-loans.png".
 * - `placeholderRe`: a placeholder ("placeholder.png", "no-image.jpg", "missing-image.svg").
 * - `siteIconRe`: the site's icon: WordPress.com's "/blavatar/…" (kabarislamia's og:image and
 *   twitter:image, 200×200), a favicon, an "apple-touch-icon", a "site-icon": the icon's
 *   file itself, at most with its size ("favicon-32x32.png", "apple-touch-icon-precomposed.png"),
 *   not a story's "favicon-history.png".
 * - `shareCard`: a platform's share card, a file name made only of share words and layout
 *   words (Tumblr's "/images/og/fb_landscape_share.png", Yahoo! JAPAN's "fbico_ogp_600x600.png",
 *   "social_share_1200x630.jpg"): every part (two at least) of its stem (split at `-`, `_`,
 *   `.`, `@`) is a `shareRe` word ("fb", "ogp", "share", "fbico"), a `layoutWords` word (no "logo":
 *   a story about a brand shares "facebook-logo.jpg") or a
 *   size (`sizeRe`), and one at least is a share word. A story's picture named for its subject
 *   keeps a word of its own: "shareholders-meeting.jpg", "share-prices-fall_1200x630.jpg",
 *   "og-harbour-storm.jpg".
 */
export const SITE_DEFAULT_IMAGE = {
  defaultRe: /(?:(?:^|[/_.-])(?:og|opengraph|open-graph|social|share|sharing|fb|facebook|twitter|meta|site)[-_]?(?:images?[-_]?)?default|(?:^|\/)default(?:[-_](?:og|opengraph|social|share|sharing|fb|facebook|twitter|thumb(?:nail)?|images?|img|photo|placeholder))*)(?:[-_]images?)?(?:[-_@]\d+(?:x\d*)?)?\.(?:png|jpe?g|gif|webp|svg)$/i,
  placeholderRe: /(?:^|[/_.-])(?:placeholder|(?:no|missing|empty)[-_]?(?:image|img|photo|picture))(?:[-_@]\d+(?:x\d*)?)?\.(?:png|jpe?g|gif|webp|svg)$/i,
  shareCard: {
    shareRe: /^(?:fb|facebook|twitter|tw|og|ogp|opengraph|social|share|sharing)(?:ico)?$/i,
    // Not "logo" or "icon": a story about a brand shares "facebook-logo.jpg" as its picture. Not
    // "image" or "card": a static site or Next.js draws each page's own "og.jpg",
    // "opengraph-image.png", "og-image.png", "twitter-card.png".
    layoutWords: new Set(['landscape', 'portrait', 'square', 'wide', 'large', 'small', 'ico', 'thumb', 'site', 'common', 'generic']),
    sizeRe: /^\d+(?:x\d+)?$/i,
    /** Parts of the stem at least: a lone "og.jpg" or "share.png" may be the page's own. */
    minParts: 2,
  },
  siteIconRe: /\/blavatar\/|(?:^|\/)(?:favicon|apple-touch-icon|android-chrome|site-?icon)(?:[-_](?:precomposed|\d+(?:x\d+)?))*\.(?:png|ico|jpe?g|gif|webp|svg)$/i,
} as const;

/** Meta keys (name / property / itemprop, lower-cased) per field, most trusted first. */
export const META_KEYS = {
  // Dublin Core first: a CMS that writes it gives the bare title (Readability's order).
  headline: ['dc.title', 'dcterms.title', 'og:title', 'twitter:title', 'parsely-title', 'sailthru.title', 'title'],
  description: ['og:description', 'description', 'twitter:description', 'dc.description'],
  siteName: ['og:site_name', 'application-name', 'apple-mobile-web-app-title'],
  // `og:article:section` as the BBC writes it beside `og:article:author` (see author).
  section: ['article:section', 'og:article:section', 'parsely-section', 'section', 'article.section', 'category'],
  /**
   * After `article:tag` and JSON-LD keywords, which come first. `sailthru.tags` feeds a mailing
   * tool, not readers: slugs ("road-safety") mixed with house flags ("syndicated",
   * "front-page"), so the keyword metas outrank it and it is read only when they are missing.
   * A scholarly article's keywords are its tags: Dublin Core's `dc.subject` /
   * `dcterms.subject` and HighWire's `citation_keywords` (Springer, HighWire, OJS), several
   * tags one keyword each. A `<meta name="tags">` (Pelican and static-site themes, one tag or
   * a comma list; Swiftype's one tag a meta) names the post's own tags, so it comes before
   * `keywords`, which many sites fill with the same words on every page.
   */
  tags: ['parsely-tags', 'news_keywords', 'tags', 'keywords', 'dc.subject', 'dcterms.subject', 'citation_keywords', 'sailthru.tags'],
  author: [
    // Dublin Core creator first, as for the title (Readability's order).
    'dc.creator',
    'dcterms.creator',
    'author',
    'article:author',
    // Not OpenGraph, but written by some CMSs (BBC) for article:author.
    'og:article:author',
    'parsely-author',
    'sailthru.author',
    'byl',
  ],
  image: ['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src'],
  imageWidth: ['og:image:width'],
  imageHeight: ['og:image:height'],
  url: ['og:url', 'twitter:url'],
  /**
   * The page's language as it declares it (http-equiv content-language, "language",
   * Dublin Core) before `og:locale`, the locale it is shared in: a page that says "pa" and
   * shares as "pa_IN" is in Punjabi, its region a guess of the share card's.
   */
  locale: ['content-language', 'language', 'dc.language', 'og:locale'],
  published: [
    'article:published_time',
    'article:published',
    'og:published_time',
    'published_time',
    // Swiftype's site-search metas (Engadget, IndieWire, Rolling Stone: `<meta class="swiftype"
    // name="published_at" data-type="date">`), often the only one with the page's offset.
    'published_at',
    'datepublished',
    'date',
    'pubdate',
    'publishdate',
    'publish-date',
    'publish_date',
    'publication_date',
    'article.published',
    'article_date_original',
    'original-publish-date',
    'dc.date',
    'dc.date.issued',
    'dc.date.created',
    'dcterms.date',
    'dcterms.created',
    'dcterms.issued',
    'parsely-pub-date',
    'sailthru.date',
    'cxenseparse:recs:publishtime',
    'displaydate',
    'datecreated',
  ],
  modified: [
    'article:modified_time',
    'article:modified',
    'og:updated_time',
    'datemodified',
    'last-modified',
    'lastmod',
    'modified_time',
    'article.updated',
    'dc.date.modified',
    'dcterms.modified',
    'revised',
  ],
} as const;

/**
 * Elements that carry the visible byline, date line or dek, found in one walk by
 * {@link isVisibleMetaCandidate} and then classified by the patterns below: a class that
 * contains one of these words, an id that contains "byline", `rel~=author`,
 * `itemprop~=author`, `<address>`. (One regex per element: the same test as a selector list
 * of 18 `[class*="…" i]` parts, which css-select ran as 18 attribute reads per element.)
 * It must let through every class that BYLINE_CLASS_RE, DATE_CLASS_RE or DEK_CLASS_RE accept.
 * Plain words only: a literal alternation is what V8 scans fastest.
 */
export const VISIBLE_META_CLASS_RE = /data|byline|author|writer|contributor|date|datum|fecha|submitted|time|publish|posted|updated|modified|dek|standfirst|subtitle|sub-title|subhead|sub-head|excerpt|teaser|deck|strapline|lead|intro|summary|blurb|description|meta|chap|entradilla|sumario|sommario|catenaccio|linha|perex|bajada|copete|ingress/i;
/** Ids that name a byline or a date line: "byline", "pubtime_baidu", "publish-date", "post-date", "sc_date"; not another event's date ("event-date", "release-date"). */
export const VISIBLE_META_ID_RE = /byline|pub(?:lish)?[-_]?(?:time|date)|post[-_]?date|article[-_]?date|(?:^|[-_\s])(?<!(?:event|release|due|start|end|birth|expiry|deadline|match|game|show|air|sale|launch|open|close)[-_])date(?:$|[-_\s])/i;

/**
 * Date classes that are not the article's: a citation's access date ("Retrieved 2016-05-01"),
 * a header's clock or today's date ("current-date", "today", "clock").
 */
export const NOT_ARTICLE_DATE_CLASS_RE = /access-?date|current-?(?:date|time)|\btoday\b|\bclock\b/i;
/** Whitespace-separated token lists of `rel` and `itemprop` that name the author. */
export const AUTHOR_TOKEN = 'author';

/**
 * Attributes that name an element's role as a class does, on sites whose classes are hashed
 * (styled-components' "sc-b42e7a8f-4 kItaYD"): a component framework's name for the block
 * (`data-component="byline-block"`), a test hook (`data-testid="byline-new-contributors"`,
 * `data-test-id`), a QA hook (`data-qa="author-name"`). Read against BYLINE_CLASS_RE and,
 * for a dek under the headline, DEK_CLASS_RE (`data-testid="article-lead"` on a Next.js
 * site), never as a date line's name: the foreign-block test reads class and id, so a related
 * card's `data-testid="card-metadata-lastupdated"` must not pass for the story's date line.
 */
export const ROLE_DATA_ATTRIBUTES: readonly string[] = ['data-component', 'data-testid', 'data-test-id', 'data-qa'];

/** Class/id names of byline containers; not an author's counters ("author-views" holds a hit count). */
export const BYLINE_CLASS_RE = /byline|(?:^|[\s_-])(?:authors?(?![-_](?:views?|counts?|stats?|hits)(?:$|[\s_-]))|writer|contributors?|(?:posted|published|written)[-_]by)(?:$|[\s_-])|author-?(?:name|info|link)/i;

/**
 * Class/id names of the part of a byline or author box that holds the person's name
 * ("author-box__name", "byline__name", "author-name", hCard's "fn"), beside parts named like
 * bylines that are not names ("author-box__label", "__bio", "__more"); not another thing's
 * name ("byline__source-name", "author-site-name").
 */
export const BYLINE_NAME_PART_RE = /(?:^|\s|__)(?:name|fn)(?:$|[\s_-])|(?:author|byline|writer|person|contributor)[-_]{1,2}name(?:$|[\s_-])/i;

/**
 * Class names of the parts of a byline that hold no name: an author's affiliation,
 * institution, contact or e-mail, her notes (LaTeXML's "ltx_author_notes" >
 * "ltx_contact ltx_role_affiliation" / "ltx_role_email", JATS-derived "aff", "contrib-email");
 * and the writers' title, a byline's or author's "title" part: AP Hosted's Drupal
 * "field-name-field-byline-title" ("Associated Press" under "By A and B"), BuzzFeed's
 * "byline__title" ("BuzzFeed News Reporter"). Only "title" right after "byline":
 * "post__title__author-date" is a title row's, and an author box's "author-title" is often the
 * name itself (WordPress's Twenty Fifteen); a part that is the name by its itemprop stays (see
 * isNotNamePart).
 */
export const BYLINE_NOT_NAME_PART_RE = /affiliation|institution|(?:^|[\s_-])(?:aff|contact|e-?mail|notes?)(?:$|[\s_-])|byline(?:__|[-_])?title(?:$|[\s_-])/i;

/**
 * A block naming a quoted claim's or statement's speaker, whose author-classed element is that
 * speaker, not the story's writer (visible.ts inClaimBlock): Polygraph's "statement-author" >
 * h4.author, PolitiFact's "m-statement__author", a ClaimReview widget's "claim-review" /
 * "claim-box". The claim word joined to an author word, or a claim box: a news site's
 * "news-statement" or "claim-header" block may hold the story's own byline, and "disclaimer"
 * is none. Looked for at most `maxDepth` levels above the byline element.
 */
export const CLAIM_BLOCK = {
  classRe: /(?:claim|statement)(?:__|[-_])(?:author|speaker|source|by)|(?:^|[\s_-])claim-?(?:review|box)(?:$|[\s_-])/i,
  maxDepth: 4,
} as const;

/**
 * A microdata property that makes an element a person's name: a byline part so marked is the
 * name whatever its class says (an author box's "author-title" with itemprop="givenName").
 */
export const NAME_ITEMPROP_RE = /(?:^|\s)(?:name|givenName|familyName|author)(?:$|\s)/;

/**
 * Class/id names of a byline's label part (BEM "article-byline__label", "byline-label"): the
 * "By" or "News -" before the name, never the name, whatever it says. The token must end
 * there: Drupal's "field-label-hidden" names a field whose label is not shown.
 */
export const BYLINE_LABEL_PART_RE = /(?:__|-)label(?:$|\s)/i;

/**
 * A word (WORD_SOURCE: letters with their marks and digits, joined over a ZWJ/ZWNJ inside a
 * word), so "Cleveland.com" is two words and "CNN's" two. Byline and outlet-name words are
 * counted and compared by it.
 */
export const WORD_RE = new RegExp(WORD_SOURCE, 'gu');

/**
 * A word of letters and their combining marks, as a label is written ("Müəllif", Hindi
 * "द्वारा"), joined over a zero-width joiner or non-joiner between them as WORD_RE is (Persian
 * "گزارش‌گر", Sinhala "ප්‍රවෘත්ති"): a regex source for the one- and two-word label patterns.
 */
const LABEL_WORD_SOURCE = String.raw`[\p{L}\p{M}]+(?:[\u200c\u200d][\p{L}\p{M}]+)*`;

/** One word of letters and their combining marks (LABEL_WORD_SOURCE), with the colon a label may end in ("Eftir", "Müəllif:", Hindi "द्वारा"). */
export const LONE_WORD_RE = new RegExp(String.raw`^${LABEL_WORD_SOURCE}:?$`, 'u');

/** Text before a byline's first name: nothing, or a byline word ("By", "Door", "Autor:"; LABEL_WORD_SOURCE). */
export const BYLINE_WORD_RE = new RegExp(String.raw`^(?:${LABEL_WORD_SOURCE}:?)?$`, 'u');

/**
 * The text of a byline's label element, in any language: at most two words ending in a colon
 * or a spaced dash ("Written by:", Burmese "သတင်း -", 'News -', as Burmese papers credit the
 * reporter). Such a part is no name, and at the byline's start it is its label.
 */
export const BYLINE_LABEL_TEXT_RE = new RegExp(String.raw`^${LABEL_WORD_SOURCE}(?:\s${LABEL_WORD_SOURCE})?(?:\s?[:：]|\s[-–—])$`, 'u');
/** Two capitalised words before the colon are a name ("Jane Smith: Opinion"), not a label ("Written by:"). */
export const CAPITALISED_NAME_LABEL_RE = /^\p{Lu}\p{Ll}+\s\p{Lu}/u;

/** The microdata property of a person's name. */
export const NAME_TOKEN = 'name';

/**
 * An id that names a dek by itself (NYT's `<p id="article-summary">`, its class hashed): the
 * narrow part of DEK_CLASS_RE, without "lead", "intro" or "excerpt", which an id may give the
 * story's first paragraph.
 */
export const DEK_ID_RE = /(?:^|[-_])(?:summary|dek|deck|standfirst|subtitle|sub-?headline|strapline)(?:$|[-_])/i;
/** DEK_ID_RE's words anywhere: tested first, so most ids are not copied to split their humps. */
export const DEK_ID_WORD_RE = /summary|dek|standfirst|subtitle|headline|strapline/i;

/**
 * Class names of a theme's meta row under the headline ("entry-meta", "post-meta",
 * "article__meta"): a byline when its text opens with "By" (BYLINE_PREFIX_RE).
 */
export const META_BLOCK_CLASS_RE = /(?:^|[\s_-])(?:(?:entry|post|article|story)[_-]{1,2})?meta(?:$|[\s_-])/i;

/**
 * A byline word inside a theme's meta row rather than at its start: WordPress themes print
 * "Posted on <time>March 5, 2024</time> by <a href=/author/jane/>Jane Doe</a>", the date first.
 * From the word on, the row is the byline when a date comes before the word and a person's
 * name after it ("Sponsored by Acme Bank" and "Photo by Jane Roe" have no date before it).
 */
export const MID_LINE_BYLINE_RE = /\s(?:by|von|par|por|door|av|af)\s+/i;

/**
 * What may stand right before that byline word: the date's last token (a year, a day, a
 * clock, "a.m.", a zone), a separator, or a posting word. "Sponsored by", "Photos by",
 * "Medically reviewed by", "translated by" credit someone else.
 */
export const MID_LINE_BYLINE_BEFORE_RE = /(?:\d\S*|\b[ap]\.?m\.?|\b(?:et|est|edt|ct|cst|pt|pst|gmt|utc|bst|cet|cest)|[|·•,–—-]|\b(?:posted|published|written))$/i;

/**
 * Words before it that make the date another act's: "Last reviewed March 6, 2024 by Dr. Ann
 * Lee", or another publication's: "Originally published March 1, 2019 by The Boston Globe".
 */
export const MID_LINE_NOT_AUTHOR_RE = /\b(?:review(?:ed)?|(?:fact-)?checked|edited|updated|sponsored|presented|powered|translated|illustrat\w*|photos?|photographs?|originally|first)\b/i;

/**
 * Class names that mark a date line; "datum" and "fecha" are "date" in German, Dutch, the
 * Nordic languages, Czech, Hungarian ("datum__megjelenes") and Spanish; "data" is "date" in
 * Portuguese, Polish, Italian, Catalan, Romanian and Basque, as a whole part of a name only
 * ("art_data", Brazilian "<span class=data>") since English writes "metadata" and "database";
 * "submitted" is Drupal's "Submitted by webeditor on Mon, 11/24/2025 - 16:05" line.
 */
export const DATE_CLASS_RE = /date|datum|fecha|submitted|time|publish|posted|updated|modified|dateline|(?:^|[\s_-])data(?:$|[\s_-])/i;

/**
 * Class names of the dek / standfirst under the headline. "lead" is the word of many
 * European CMSs ("article-lead-text", "article__lead-paragraph", "b-article__lead"), but only
 * in such compounds: Bootstrap's bare "lead" marks the body's first paragraph, and
 * "lead-caption" a picture's caption. "summary" ("article__summary") and "blurb"
 * ("story__blurb") name it too; "description" only as the element of a block that is the
 * page or the story ("PodcastEpisodePage-description", "story__description",
 * "article-description"), not an author's, a picture's, a carousel slide's or a product's
 * ("author-description", "CarouselSlide-infoDescription"). Other presses' own words for it:
 * French "chapo"/"chapeau" (the chapô), Spanish "entradilla", "sumario", and Argentina's and
 * Chile's "bajada", "copete"; Italian "sommario", "catenaccio"; Brazilian "linha-fina"; Czech
 * and Slovak "perex"; Norwegian and Swedish "ingress", Finnish "ingressi". A CMS's field named
 * "lead" is the story's lead field: Sitecore's "field-lead", Drupal's "field--name-field-lead";
 * only as the token's end, not "field-lead-image" (its picture) or "field-leader".
 */
export const DEK_CLASS_RE =
  /(?:^|[\s_-])(?:dek|standfirst|sub-?title|sub-?head(?:line|ing)?|excerpt|teaser|article-?description|deck|strapline|intro|summary|blurb|chapo|chapeau|entradilla|sumario|bajada|copete|sommario|catenaccio|linha-?fina|perex|ingressi?|(?:page|story|post|entry|episode|show|header|hero)[_-]{1,2}description|(?:article|story|post|entry|header|news|content)[_-]{1,2}lead|field[_-]{1,2}lead(?=$|\s)|lead[_-]{1,2}(?:text|paragraph))(?:$|[\s_-])/i;

/**
 * A CMS's lead field (DEK_CLASS_RE's "field-lead"): Sitecore renders each field of the page's
 * item as "field-<name>", Drupal as "field--name-field-<name>". Set in a component of its own
 * between the hero that holds the headline and the body, it is the story's standfirst however
 * far the hero's wrappers put it from the `<h1>`: dekAhead looks for it, as for a block that
 * repeats the description. "field-standfirst" says so too; a "summary" or "teaser" field is as
 * often a listing card's text, and "field-lead-image" is the lead's picture.
 */
export const FIELD_LEAD_CLASS_RE = /(?:^|[\s_-])field[_-]{1,2}(?:lead|standfirst)(?:$|\s)/i;

/**
 * A bare "lead" class token (Hungarian, Czech, Spanish CMSs' `<div class="lead">` under the
 * byline row) names the dek only when the block is not a `<p>` (Bootstrap's `<p class="lead">`
 * is the story's opening paragraph, under the `<h1>` as often as in the body), holds no link or
 * picture (a lead-media box, a teaser) and is not a paragraph of the body's flow: read loosely,
 * like "intro". A framework's bare "lead" name (`data-testid="lead"`, ROLE_DATA_ATTRIBUTES) is
 * no stylesheet's, so it counts on a `<p>` too, as loosely.
 */
export const BARE_LEAD_CLASS_RE = /(?:^|\s)lead(?:$|\s)/i;
/** What a bare-"lead" dek never holds: links and media. */
export const NOT_IN_BARE_LEAD_TAGS: ReadonlySet<string> = new Set(['a', 'img', 'picture', 'figure', 'video', 'iframe']);

/**
 * "intro" names a standfirst block under the headline (`<div class="intro"><p>…`) as often as
 * the body's first paragraph (`<p class="intro">` among the story's paragraphs): an intro that
 * is a paragraph of the body's flow is not the dek.
 */
export const INTRO_CLASS_RE = /(?:^|[\s_-])intro(?:$|[\s_-])/i;

/** The microdata property of a visible standfirst: `<h2 itemprop="description">` under the headline. */
export const DESCRIPTION_TOKEN = 'description';

/**
 * A dek-classed element inside one of these (that does not also hold the headline) is not a
 * dek: in a figure it is a caption ("lead-caption"), in a form a dialog's text (a
 * comment-report form's "intro").
 */
export const NOT_A_DEK_ANCESTOR_TAGS: ReadonlySet<string> = new Set(['figure', 'figcaption', 'form']);

/**
 * Text under the headline that is its byline ("By Jane Doe") or a link to another story
 * ("Related: …"), not a dek. Case-sensitive: "By the time…" and "Por primera vez…" are deks.
 */
export const NOT_A_DEK_RE = /^(?:(?:By|BY|Von|Par|Por|Door|Di)\s+\p{Lu}|(?:Related|RELATED|Read more|READ MORE|Read also|See also|Also read)\b)/u;

/**
 * A dek-classed block inside (or named as) a notice is the site's small print, not the
 * story's dek: Forbes's `<group-blog-blurb class="disclaimer-blurb">` ("Opinions expressed
 * by Forbes Contributors are their own."), an affiliate disclosure. Looked for up to
 * DEK_ANCESTOR_LEVELS wrappers up.
 */
export const NOT_A_DEK_CLASS_RE = /disclaimer|disclosure|affiliate|legal-?notice/i;

/** A block holding one of these is a media block ("lead-media"), not a dek. */
export const NOT_IN_DEK_TAGS: ReadonlySet<string> = new Set(['img', 'picture', 'figure', 'video', 'iframe', 'svg']);

/** Headings of the body's sections: never read as the dek for repeating the description. */
export const SECTION_HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * A class token that ends in "sub" ("article-head-sub" under "article-head-title", "title_sub"):
 * the element so named right after the headline's element is its sub-line, the dek. Only
 * there: elsewhere "sub" opens a sub-menu's or a subscription box's name.
 */
export const SUB_LINE_CLASS_RE = /(?:^|[\s_-])sub(?:$|\s)/i;
/** A "-sub" element that is a control or a menu, not a line of text: "btn-sub", "nav-sub", "menu-sub". */
export const SUB_LINE_NOT_A_DEK_RE = /(?:^|[\s_-])(?:btn|button|nav|menu|navbar|dropdown)[-_]sub(?:$|\s)/i;

/**
 * The headline's own `<header>` (the `<h1>`'s parent) and the `<p>` right after the `<h1>` in
 * it, which is its dek when it has a dek's length: HTML's header is the story's introductory
 * content, where the body's paragraphs do not sit.
 */
export const HEADER_TAG = 'header';
export const DEK_PARAGRAPH_TAG = 'p';

/** A heading of these levels right after the `<h1>` is its dek (Medium, many blog themes). */
export const DEK_HEADING_TAGS: ReadonlySet<string> = new Set(['h2', 'h3']);

/**
 * A text that opens with a publication label: a date line even without a date class
 * ("publiziert am 30. Juli 2018", "기사입력 :[ 2018-09-28 17:32 ]", "- Publicado por: …", Drupal's
 * "Submitted by webeditor on Mon, 11/24/2025 - 16:05"; Polish "Opublikowano:", "Dodano:" (added),
 * Basque "Argitaratua", Latvian "Publicēts", Albanian "Publikuar", Macedonian "Објавено", Kazakh
 * "Жарияланды", Azerbaijani "Dərc olunub", Armenian "Հրապարակվել է", Tamil "வெளியிடப்பட்டது",
 * Punjabi "ਪ੍ਰਕਾਸ਼ਿਤ"). Anchored at the start, after separators, so prose that mentions publishing is not one.
 */
export const PUBLISHED_LABEL_RE =
  /^[\s\-–—|·•:]*(?:published|posted|submitted|publiziert|veröffentlicht|erschienen|publié|publicado|publicada|pubblicato|gepubliceerd|geplaatst|yayınlan|опубликован|опубліковано|publicat|publikováno|publikované|publiceret|publisert|publicerad|julkaistu|megjelent|δημοσιεύ|đăng lúc|פורסם|منتشر شد|تاریخ انتشار|प्रकाशित|เผยแพร่|diterbitkan|기사입력|입력|发布时间|發佈時間|发稿时间|發稿時間|公開日|投稿日|opublikowano|dodano|argitaratu|publicēts|publikuar|објавено|жарияланд|dərc|հրապարակվ|வெளியிடப்பட்ட|ਪ੍ਰਕਾਸ਼ਿਤ)/i;

/**
 * Class or id names of a line that holds the story's publication time ("pubtime_baidu",
 * "post-published"; Drupal's "node__submitted", the node's own "Submitted by … on …" slot), or
 * the story's own date: a name that opens with the story's word,
 * Newsquest's "storydate", "article-date", "article__date", WordPress's "entry-date" (not an
 * event's, a photo's or the day's clock; not "feed-post-datetime" or "related-article-date",
 * another story's in a list; not "post-date", which lists of posts use too).
 */
export const PUBLICATION_NAME_RE = /publish|pub[-_]?(?:date|time)|posted|submitted|(?:^|\s)(?:story|article|entry)[-_]{0,2}date/i;

/**
 * Words that say a date line is the update time rather than the publication time (Polish
 * "Aktualizacja"/"Zaktualizowano" in "aktualiz"; Icelandic "Uppfært", Basque "Eguneratua",
 * Latvian "Atjaunots"/"Atjaunināts", Albanian "Përditësuar", Macedonian "Ажурирано" and
 * "Последна измена" (last change), Kazakh "Жаңартылды", Azerbaijani "Yenilənib", Armenian
 * "Թարմացվել է", Tamil "புதுப்பிக்கப்பட்டது", Punjabi "ਅੱਪਡੇਟ"; Chinese "编辑于"/"編輯於" and
 * "最后编辑" (edited at, last edited: Zhihu, Chinese forums and blogs), the Chinese "edited" of
 * "Last edited"; never "编辑" alone, which is the editor's credit on a Chinese news page:
 * "责任编辑：王芳"; and "编辑于" only before a space, a digit or a colon: "编辑于洋" names the
 * editor 于洋); Chinese "修改"/"修订" (modified, revised: CSDN's "已于 2024-01-04 10:42:15 修改",
 * written after the date as Chinese, Japanese and Korean write the verb, see pushDateLine).
 */
export const UPDATED_LABEL_RE =
  /updat|modif|edited|revised|aktualisiert|aktualiz|güncel|mis à jour|actualizad|actualizat|aggiornat|atualizad|bijgewerkt|uppdater|opdater|oppdater|päivitetty|frissítve|ενημερ|cập nhật|обновл|оновл|עודכן|تحديث|به‌روز|بروز|अपडेट|อัปเดต|diperbarui|수정|更新|修改|修[订訂]|[编編][辑輯][于於](?=[\s\d:：]|$)|最[后後][编編][辑輯]|uppfært|eguneratu|atjaunot|atjaunināt|përditësu|ажурира|последна измена|жаңартыл|yenilən|թարմացվ|புதுப்பிக்க|ਅੱਪਡੇਟ/i;

/**
 * A publication label later in a line that opens with the update's date, after a separator
 * or a space: Dow Jones's (Barron's, WSJ, MarketWatch) "Updated Nov. 19, 2019 8:21 am ET /
 * Original Nov. 19, 2019 8:02 am ET", "Updated … | First published …", "Last updated … ·
 * Originally published …" (see pushDateLine). Words of their own only: "Unpublished",
 * "reposted" are not labels. A bare "Original" only right before its date (not "Original air
 * date:", "Original study published … in Nature"), a bare "Published"/"Posted" only after a
 * separator, and never "published in print" (a paper's print date). Spaces are counted ({0,3}): an
 * unbounded `\s*` in the lookbehind made a run of tabs quadratic (77,000 of them took 14 s).
 */
export const LATER_PUBLICATION_LABEL_RE =
  /(?:(?<=^|[\s/|·•;,–—-])(?:original(?:ly)?(?=\s{0,3}:?\s{0,3}(?:\d|[A-Za-z]{3,9}\.?\s{1,3}\d))|(?:original(?:ly)?|first)\s{1,3}(?:published|posted))|(?<=(?:^|[/|·•;,–—-])\s{0,3})(?:published|posted))(?![\p{L}\p{N}])(?!\s{1,3}in\s{1,3}print)/iu;

/**
 * A text that opens with an update label (UPDATED_LABEL_RE, after at most one word: "Last
 * updated", "Zuletzt aktualisiert"): an update line even without a date class ("수정
 * 2025-12-23 17:42", "Uppfært 23. desember 2025 kl. 17.41"), read only beside the story's
 * publication line (see UPDATE_LINE_DEPTH).
 */
export const UPDATED_LINE_LABEL_RE = new RegExp(String.raw`^[\s\-–—|·•:(]*(?:[^\s\d]{1,20}\s)?(?:${UPDATED_LABEL_RE.source})`, 'i');

/**
 * How far up from an update line without a date class the story's publication line is looked
 * for: the two sit in one meta row (`<li>입력 …</li><li>수정 …</li>`), or in sibling blocks of
 * one (`<div><span>…</span></div><div><span>Updated …</span></div>`).
 */
export const UPDATE_LINE_DEPTH = 2;

/**
 * A date line whose clock has no date takes the date written alone on the line right above it
 * (visible.ts dateLineAbove): Schibsted's and other Scandinavian sites print "4 januari 2024"
 * over "Publicerad 15.32 | Uppdaterad 18.10", a blog "Thursday, January 4, 2024" over "Posted
 * at 3:32 PM". `depth`: how many wrappers of the clock's line are climbed to find that line
 * (`<div>4 januari 2024</div><div><span>Publicerad <time>15.32</time></span>…</div>`), each one
 * a short line (MAX_DATE_LINE_LENGTH) holding no `notInLineTags` block: a live blog's entry
 * (`<div><span>09.05</span><p>…</p></div>`) is no line. `maxLength`: the line above is a date
 * and a weekday at most ("Torsdag 4 januari 2024"), nothing more. `headingTags`: a short block
 * around the line above that holds a heading besides the story's headline is a teaser card
 * (`<a><h3>…</h3><span>3 januari 2024</span><span>Publicerad 09.15</span></a>`), whose lines
 * are another story's, or a live blog's day heading ("<h2>3 januari 2024</h2>") over entries.
 */
export const DATE_LINE_ABOVE = {
  depth: 2,
  maxLength: 40,
  notInLineTags: new Set(['p', 'blockquote', 'figure']) as ReadonlySet<string>,
  headingTags: new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']) as ReadonlySet<string>,
} as const;

/**
 * The orders a slashed date in a line may be read in, before the page's language is known: a
 * line reads as a date when it does in either ("04/01/2024").
 */
export const SLASHED_ORDERS: readonly SlashedDateOrder[] = ['month-first', 'day-first'];

/**
 * The labels of a page-update line that name the page as what changed: MediaWiki's "This
 * page was last edited on …" in English, German, French, Spanish/Portuguese and Dutch,
 * "Page last updated …".
 */
const PAGE_OWN_UPDATE_LABELS = String.raw`(?:this\s+)?page\s+(?:was\s+|has\s+been\s+)?last\s+(?:edited|modified|updated|revised|changed)|diese\s+seite\s+wurde\s+zuletzt|la\s+derni[èe]re\s+modification\s+de\s+cette\s+page|esta\s+página\s+(?:se\s+editó|foi\s+editada)\s+por\s+última\s+vez|deze\s+pagina\s+is\s+(?:het\s+)?laatst\s+bewerkt`;

/**
 * A line that dates the page itself, wherever it stands: a hand-made page's "Last updated:
 * 12/23/1999" under its webring, MediaWiki's footer "This page was last edited on 18 December
 * 2025, at 09:41.", a docs theme's "Last updated on …". Read as modifiedAt after every other
 * source, when the page holds one such line only (PAGE_FOOTER_NAME_RE says which foreign
 * block it may sit in). Each alternative opens the line and names the last change: "Updated"
 * alone is a story's line and needs its publication line beside it (UPDATED_LINE_LABEL_RE).
 */
export const PAGE_UPDATE_LINE_RE = new RegExp(
  String.raw`^[\s(]*(?:${PAGE_OWN_UPDATE_LABELS}|last\s+(?:edited|modified|updated|revised|changed)\b|zuletzt\s+(?:aktualisiert|geändert|bearbeitet)|letzte\s+(?:änderung|aktualisierung)|derni[èe]re\s+(?:mise\s+à\s+jour|modification)|última\s+(?:actualización|modificación|atualização|modificação)|ultim[oa]\s+(?:aggiornamento|modifica)|laatst\s+bijgewerkt|laatste\s+wijziging)`,
  'i',
);

/**
 * A page-update line that names the page as what changed (PAGE_OWN_UPDATE_LABELS). Such a
 * line is the page's own even in the site-wide footer, where a bare "Last updated: …" may
 * date the whole site ("© 2024 · Last updated 1/2/24"): date-candidates.ts reads a
 * page-update line's `<time datetime>` only in the story's own footer or on a line so named.
 */
export const PAGE_OWN_UPDATE_LINE_RE = new RegExp(String.raw`^[\s(]*(?:${PAGE_OWN_UPDATE_LABELS})`, 'i');

/**
 * The elements that hold one document, whose own `<footer>` dates it: the story's `<article>`,
 * or a docs theme's `<main>` (VitePress's `footer.VPDocFooter` with "Last updated" sits in
 * `main.main` beside the doc). The nearest one around a footer must hold the headline: a
 * comment's or a card's `<article>` does not.
 */
export const DOCUMENT_CONTAINER_TAGS: ReadonlySet<string> = new Set(['article', 'main']);

/**
 * The one foreign block a page's own update line may sit in: the page's footer (`<footer>`,
 * MediaWiki's `ul#footer-info`). A card's, a comment's ("comment-footer") or a sidebar
 * widget's "Last updated" dates that item: a block named so is foreign for its other words too.
 */
export const PAGE_FOOTER_NAME_RE = /(?:^|[\s_-])footer(?=$|[\s_-])/gi;

/**
 * Ancestors with these class/id names hold another article's metadata (cards, lists, comments;
 * an obituary's guest book or condolences, whose signers and dates are readers'; a blog's
 * trackbacks and its "feedback" box of comments, whose "Posted by X at 3:30 PM" lines are other
 * people's; an IndieWeb blog's "webmentions" section (not a bare "mentions", French for a
 * credits line, nor "responses", a wrapper's name as often as a replies list's), whose
 * facepile and replies' `p-author h-card`s are readers' who answered the post, as comments
 * are). A microformats "h-card" is a person's card: the byline itself. A block named
 * "related" and a topic word stays foreign here (its cards' bylines and dates are other
 * stories'); only its tag links may be read, see RELATED_TAG_LIST_RE.
 */
export const FOREIGN_CONTAINER_RE =
  /related|recommend|more-?from|most-?(?:read|popular|viewed)|\bpopular\b|similar|trending|breadcrumb|sign-?up|subscribe|\bteasers?\b|(?<!h-)\bcards?\b|sidebar|widget|\bfooter\b|comment|newsletter|\bpromos?\b|outbrain|taboola|also-?read|read-?next|next-?article|\bnav\b|\bmenu\b|follow-?(?:authors?|us)|authors?-follow|guest-?book|condolences|trackbacks?|pingbacks?|\bfeedback\b|webmentions?/i;

/**
 * A name that says a block lacks or holds a chrome part ("not-footer", "no-sidebar",
 * "nosidebar", "without-comments", "has-sidebar", "with-nav") names a page or an article
 * wrapper, not that part: Weebly wraps every page's content in
 * `div#wsite-content.wsite-not-footer`, Drupal classes `<body>` "no-sidebars", themes their
 * column "has-sidebar". Such a name is taken out before FOREIGN_CONTAINER_RE reads a block's
 * names (visible.ts chromeNames); the part itself carries its own name. The negation or state
 * word must start a word of the name ("notes-footer" is a footer of notes, "knot-footer" and
 * Italian "nota-footer" stay footers), and "is-"/"show-"/"hide-" are left out ("is-sidebar"
 * is one; "hide-comments" is a comment list's toggle). Agrees with clean's STATE_PREFIXES.
 */
export const NOT_CHROME_NAME_RE =
  /(?:^|[\s_-])(?:not?|non|without|has|with)[-_]?(?:footer|sidebars?|comments?|widgets?|nav|menu|breadcrumbs?)(?![a-z0-9])/gi;

/**
 * A block named in one word as both a breadcrumb and a date row ("breadcrumb-date",
 * "breadcrumbs__time", "date-breadcrumb") is the story's own date line set in its
 * breadcrumb row: Clarín prints "04/01/2024 15:32 · Clarín.com · Política · Actualizado al …"
 * in `div.breadcrumb-date` under the headline, the only place its local time (and so its
 * offset) shows. Such a name is taken out before FOREIGN_CONTAINER_RE reads a block's names
 * (visible.ts createForeignCheck); a breadcrumb trail of links ("breadcrumb", "breadcrumb-item"
 * beside a separate "date" class: a card's, as Snopes's teasers print them) and any other
 * foreign name stay foreign.
 */
export const BREADCRUMB_DATE_NAME_RE = /breadcrumbs?[-_]*(?:dates?|times?|datetime|fechas?|datum)(?![a-z])|(?:dates?|times?|datetime|fechas?|datum)[-_]*breadcrumbs?(?![a-z])/gi;

/**
 * A microformats post (`h-entry`) or citation (`h-cite`): inside another `h-entry` it is a
 * reply, like or mention of that post (IndieWeb's `<li class="p-comment h-cite">`, a
 * webmention list's `<li class="h-entry">`), and its `p-author h-card` is a reader's, never
 * the story's byline. The story's own `<article class="h-entry">` may sit in one (WordPress
 * themes class `<body>` `h-entry` too): an entry that holds the story's prose is no reply
 * (checked as a foreign container's size is).
 */
export const MICROFORMAT_ENTRY_CLASS_RE = /(?:^|\s)h-(?:entry|cite)(?=$|\s)/;

/** The outer post a nested MICROFORMAT_ENTRY_CLASS_RE entry answers: an `h-entry`. */
export const MICROFORMAT_POST_CLASS_RE = /(?:^|\s)h-entry(?=$|\s)/;

/**
 * A container named like a sidebar or card but holding more text than this is a layout
 * wrapper ("has-sidebar", "sidebar-layout") around the article, not a foreign block.
 */
export const MAX_FOREIGN_CONTAINER_TEXT = 3000;

/** …and so is one holding this many paragraphs of this length: the article's own prose. */
export const ARTICLE_PROSE = { paragraphs: 3, paragraphLength: 100 } as const;

/**
 * A `<footer>` inside the story that comes before its first paragraph is the story's meta
 * row, not a foot: Pelican's notmyidea theme prints `footer.post-info` (dates, the
 * `address.vcard.author` byline, category, tags) above the text. Its byline counts; a footer
 * after the text (an author bio box, a "photos by" line) stays foreign. The first paragraph
 * is a `<p>` of ARTICLE_PROSE.paragraphLength characters or more; footers inside `notInside`
 * (a quote's or a picture's credit footer, an aside's, a nested card) are not the story's row.
 */
export const LEAD_FOOTER = {
  tag: 'footer',
  notInside: new Set(['blockquote', 'figure', 'aside', 'nav', 'article', 'details']) as ReadonlySet<string>,
  /**
   * The footer sits in the story itself, its `<header>`, or a wrapper named as the entry's body
   * (Pelican's "entry-content"); a footer deeper in a hero, a pull quote, an embed or a box is
   * that block's credit or source line (session 19's review).
   */
  wrapperNameRe: /(?:^|[\s_-])(?:entry|post|article|story)(?:[-_]?(?:content|body|inner|main|text))?(?:$|[\s_-])/i,
  /** Names of a footer, or of a wrapper, that make it a block's own line, not the story's row. */
  notNameRe: /hero|quote|embed|tweet|social|source|box|media|figure|image|photo|picture|credit|sponsor|promo|advert|review|card|teaser|caption/i,
  /** Elements that make a footer a picture's: it holds one. */
  pictureTags: new Set(['img', 'picture', 'video', 'svg', 'figure', 'iframe']) as ReadonlySet<string>,
  /**
   * The byline in it must be named so: `address.vcard.author`-like (any `<address>`), a
   * `rel=author`, or a class token of exactly one of these (not "photo-author",
   * "reviewer-byline", "quote-author").
   */
  bylineClassTokens: ['author', 'byline', 'vcard'] as readonly string[],
} as const;

/** Tags whose content never carries the article's metadata. */
/**
 * A foreign block (FOREIGN_CONTAINER_RE) whose name joins "related" to a topic or tag word
 * names the story's own tag list (ABC News's "RelatedTopics_topics__…" over its "/news/topic/"
 * pills, "related-tags", "related_keywords"), unless a word for stories follows it
 * ("RelatedTopicsStories", "related-topic-articles": a rail of headlines). Only its tag and
 * topic page links are read as tags, and only when it holds no story cards (RELATED_TAG_LIST);
 * for bylines and dates it stays foreign.
 */
export const RELATED_TAG_LIST_RE =
  /related[\s_-]*(?:topics?|tags?|keywords?)(?![a-z])(?![\s_-]*(?:stor(?:y|ies)|articles?|posts?|news|reads?|links?|items?|content))/i;

/**
 * What makes a related-tags block (RELATED_TAG_LIST_RE) a rail of stories or the site's tag
 * cloud, not the story's tags: a heading with a link (a card's headline), a `<time>` or an
 * element classed as a date (DATE_CLASS_RE), a link text longer than a topic's (`maxLinkText`),
 * or a heading of the site's favourites ("Popular on
 * City Ledger", "Trending tags", "Most read").
 */
export const RELATED_TAG_LIST = {
  headingTags: new Set(['h2', 'h3', 'h4', 'h5', 'h6']) as ReadonlySet<string>,
  maxLinkText: 40,
  siteLabelRe: /\b(?:popular|trending|most|top|hot|all|explore|browse)\b/i,
} as const;

/**
 * A tag list set right after the story's element (visible.ts inTagListAfterStory) is the
 * story's only when it says so: named as the story's tags (`nameRe`: "article-tags",
 * "post_topics", "story-tags") or labelled as its related topics or with a tags word and a
 * colon (`labelRe`, the whole label: the BBC's "Related Topics", "Tags:", "Temas:",
 * "Temas relacionados", "Argomenti correlati", "Verwandte Themen", "Sujets liés", Swedish
 * "Relaterade ämnen", Norwegian "Relaterte emner", Danish "Relaterede emner"). A bare
 * "Topics" heading over a sidebar's panel, "Temas del día", "Beliebte Themen", "Hot topics",
 * "Topics we cover", a "stage-module" or a forum's "Discuss this topic" are the site's. The
 * next element is never another story (`notAfterStoryTags`: an infinite scroll's next
 * `<article>`).
 */
export const STORY_TAG_LIST = {
  nameRe: /(?:article|story|post|entry)[\s_-]*(?:tags?|topics?|keywords?)(?![a-z])/i,
  labelRe:
    /^(?:related\s+(?:topics?|tags?|keywords?)|(?:topics?|tags?)\s+(?:in|of)\s+this\s+(?:story|article|post)|temas\s+relacionados|t[óo]picos\s+relacionados|argomenti\s+correlati|verwandte\s+themen|sujets\s+li[ée]s|th[èe]mes\s+li[ée]s|gerelateerde\s+onderwerpen|relaterade\s+ämnen|relater(?:te|ede)\s+emner|(?:tags?|topics?|keywords?|temas?|t[óo]picos|themen|thema|sujets|th[èe]mes|argomenti|etiquetas|etichette|onderwerpen|tagi|tematy|ämnen|taggar|emner|stikkord)\s*:)$/i,
  notAfterStoryTags: new Set(['article']) as ReadonlySet<string>,
} as const;

export const FOREIGN_CONTAINER_TAGS: ReadonlySet<string> = new Set(['footer', 'aside', 'nav']);

/** The `rel` token of a link to one of the story's tags (microformats' rel-tag). */
export const TAG_REL_TOKEN = 'tag';

/**
 * A `rel` token that, beside "tag", makes the link a category's: WordPress's the_category()
 * writes `rel="category tag"` on every category link (Twenty Ten's "Posted in <a
 * rel="category tag">News</a> and tagged <a rel="tag">…</a>"), and the post's tags are its
 * plain `rel=tag` links.
 */
export const TAG_REL_CATEGORY_TOKEN = 'category';

/** OpenGraph's tag list: one `article:tag` per tag. */
export const OPENGRAPH_TAG_KEY = 'article:tag';

/** A company's legal form ending a name: "Wikimedia Foundation, Inc.", "Axel Springer SE", "News UK Ltd". */
export const LEGAL_FORM_RE = /(?:,\s*|\s)(?:(?:Inc|LLC|L\.L\.C|Ltd|Limited|GmbH|AG|SE|S\.A|SAS|S\.p\.A|B\.V|plc|PLC|Corp|Corporation)\.?|Co\.)$/;

/**
 * Quote pairs a template may wrap around a whole single-value meta (opening → closing mark):
 * a Tistory skin writes `article:section` as `content="'[##_category_##]'"` ("'요리'"), and a
 * Russian site may set its name in guillemets («Заречный онлайн»). Only a value wrapped whole
 * in one pair, with neither mark inside, is unwrapped (see unwrapQuotes).
 */
export const WRAPPING_QUOTE_PAIRS: ReadonlyMap<string, string> = new Map([
  ["'", "'"],
  ['"', '"'],
  ['\u2018', '\u2019'], // ‘ ’
  ['\u201C', '\u201D'], // “ ”
  ['\u00AB', '\u00BB'], // « »
  ['\u300C', '\u300D'], // 「 」
]);

/** A meta value that is a URL (og:url-like values in name fields, article:author as a link). */
export const URL_LIKE_RE = /^(?:https?:)?\/\//i;

/** Separators of keyword lists, with the full-width comma and the ideographic one ("、"). */
export const KEYWORD_SEPARATOR_RE = /[,;，；、]/;

/**
 * A character reference cut before its ";" at a keyword's end: the CMS escaped the keywords
 * twice and split them at the semicolons (or dropped those), so "&quot" is left of a quote
 * mark (ScienceAlert's keywords "water, nasa, &amp;quot, surface") and "PG&amp" of "PG&E"
 * (article:tag "PG&amp;amp", then "E"). A quote's reference (`quoteRe`: `&quot`, `&apos`,
 * `&#39`, `&#8217`, `&rdquo` …) is the keyword's quote mark and is cut off ("&quot" alone is
 * no keyword); any other (`cutRe`: `&amp`, `&#8211`, a bare "&") leaves the keyword broken,
 * and it is dropped. Only entity names count: "AT&T", "R&D", "Q&A", "Johnson&Johnson" stay.
 */
export const ENTITY_REMNANT = {
  quoteRe: /&(?:quot|apos|[lr][sd]quo|#0*(?:34|39|82(?:1[6-9]|2[0-3]))|#x0*(?:22|27|201[89a-d]))$/i,
  cutRe: /&(?:amp|lt|gt|nbsp|[nm]dash|hellip|#\d{1,7}|#x[\da-f]{1,6})?$/i,
} as const;

/**
 * Chinese and Japanese keyword lists are often written with spaces ("宇航员 太空 国际空间站"):
 * without any other separator, such a list is split at its spaces. A keyword in a script that
 * spaces its words ("climate change", "윤석열 대통령") is one keyword.
 */
export const CJK_KEYWORD_RE = /[\u3040-\u30ff\u3400-\u9fff]/u;

/** Text whose spaces separate words of one keyword: Hangul ("윤석열 대통령"), Latin ("iPhone 15 Pro 评测"). */
export const NOT_SPACE_LIST_RE = /[\uac00-\ud7af\u1100-\u11ffA-Za-z]/u;
export const SPACE_SEPARATOR_RE = /\s+/;

/**
 * A CMS's internal facet in a keyword list ("Lite:true", "LayerCake:0",
 * "Publication:voodoo-engineering"): a capitalised key, a colon, a value without a space.
 * Not a tag, except the value of a "Tag:" facet ("Tag:Nodejs" is the tag "Nodejs").
 */
export const KEYWORD_FACET_RE = /^([A-Z][A-Za-z]+):(\S+)$/;
export const TAG_FACET_KEY = 'Tag';

/** How many facets make a keyword list a CMS's facet list rather than keywords with a colon ("ISO:9001"). */
export const MIN_FACETS = 2;

/**
 * Links to a tag page, for pages that list their tags only as links: "/tag/sql",
 * "/blog/tags/webassembly", Tumblr's "/tagged/commonplace%20books", and the Spanish,
 * Portuguese and Catalan word for it, which WordPress in those languages uses as its tag
 * base: "/etiqueta/vivienda", "/etiquetes/…", and the Swedish (and Norwegian) one, "tagg",
 * plural "taggar", which Scandinavian news sites use ("/nyheter/tagg/snooovader"; Danish and
 * Norwegian sites write "/tag/"), a whole segment: "/taggtrad-i-skane" is a story; or the tag's anchor on a tags index page
 * (Material for MkDocs: "/tags/#tag:profiling"); or a platform's hashtag page, which is its tag
 * page: "/hashtag/エッセイ" (note), "/hashtags/…" (Mastodon-style and Ameba-style hosts); a
 * hashtag linked inside a sentence stays out as any running-text tag link does, and an
 * embedded post's "twitter.com/hashtag/…" is another site's. Not a "?tag=" query: a share
 * link's or a newsletter form's.
 */
export const TAG_HREF_RE = /\/(?:tags?|tagged|tagg(?:ar)?|hashtags?|etiquetas?|etiquetes)\/(?:[^/?#\s]|#[^#\s])/i;

/**
 * A tag page addressed as a path parameter, "tag:<value>" as one segment: Kirby CMS's tag
 * filter ("/lokales/tag:Verkehr", the starterkit's blog and most Kirby sites; "tags:" too)
 * and WriteFreely's hashtag pages ("/tag:transit"). A tag page as TAG_HREF_RE's are. Lower
 * case only, as both write it: a wiki's "Tag:" namespace page (OpenStreetMap's
 * "/wiki/Tag:highway=bus_stop") documents a key, it is no story's tag.
 */
export const TAG_PARAM_HREF_RE = /\/tags?:[^/?#\s]/;

/**
 * The class of a `<nav>` that is the story's tag list, not a menu: Material for MkDocs'
 * `nav.md-tags`, "post-tags", "article-topics". A whole word of the class, so "vintage" or
 * "stage" is none.
 */
export const TAG_NAV_CLASS_RE = /(?:^|[\s_-])(?:tags?|topics?|keywords?)(?:$|[\s_-])/i;

/**
 * The hash sign a theme prints before a tag link's text ("#commonplace books" on Tumblr,
 * "＃旅行" in full width): the display's, not the tag's.
 */
export const TAG_HASH_PREFIX_RE = /^[#＃]\s*/u;

/**
 * Links to a topic page, which many sites keep in place of tag pages: "/news/topics/c1vw6q14rzqt"
 * (BBC), "/topic/brexit" (The Independent, Newsweek, Salon), "/topics/…" (Vox), "/thema/…"
 * (heise, Spiegel, Zeit), "/tema/…", "/temas/…", "/temes/…" (Spanish, Portuguese, Catalan,
 * Italian), "/temi/…" and "/argomenti/…" (Italian), "/assuntos/…" and "/topicos/…" (Portuguese
 * and Spanish "tópicos", written with or without its accent, or percent-encoded), Danish and
 * Norwegian "/emne/…", "/emner/…" and Swedish "/amne/…", "/ämnen/…" ("topic(s)"), and Drupal's
 * "/taxonomy/term/412" (a term's page when no path alias
 * is set; also a section's, hence only in a list). A site's menus link the same pages, so such a link is a tag only
 * inside a list that says it lists the story's tags (TOPIC_LIST_NAME_RE, TOPIC_LIST_LABEL_RE).
 */
export const TOPIC_HREF_RE = /\/(?:topics?|them(?:a|en)|tem(?:as?|es|i)|argomenti|assuntos?|t(?:ó|o|%C3%B3)picos?|emner?|(?:ä|a|%C3%A4)mnen?)\/[^/?#\s]|\/taxonomy\/term\/\d/i;

/**
 * A link's query (after "?", before "#"): Bear Blog's "/blog/?q=repair", Bitrix's
 * "/search/index.php?tags=Астана". CMSs without tag pages link each tag to their search or
 * filter page; such a link is a tag's when the value it searches for is its own text (see
 * searchesOwnText in visible.ts), and only inside a list named or labelled as the story's
 * tags, as a topic link (TOPIC_HREF_RE). A share link's "?tag=" or "?text=" carries the story's
 * title or another site's host, a pager's "?page=2" a number.
 */
export const HREF_QUERY_RE = /\?([^#]*)/;

/**
 * A search written in the path, its last segment under the site's search folder: uCoz's tag
 * links "/search/%D0%BA%D0%B0%D1%82%D0%BE%D0%BA/" (каток), "/poisk/…" on other Russian CMSs.
 * Like HREF_QUERY_RE's queries, a tag's only when the segment is the link's own text, in a
 * list named or labelled as the story's tags (searchesOwnText in visible.ts).
 */
export const SEARCH_PATH_RE = /\/(?:search|poisk|suche|recherche|buscar|cerca)\/([^/?#]+)\/?(?:[?#]|$)/i;

/**
 * Links to a category or section page ("/blog/category/jeongdong-promotion/", "/section/world/"),
 * in the press's languages too (El País's "/seccion/espana/", "/rubrique/", "/ressort/",
 * "/categoria/"): a grouping of stories, never a writer's page or a tag, however its name reads.
 */
export const CATEGORY_HREF_RE = /\/(?:categor(?:y|ies|ias?|ie)|cat[ée]gories?|kategori(?:e|en|ja)?|sections?|secci[oó]n(?:es)?|se[cç][aã]o|rubri(?:que|ques|k|ken|ca|che)|ressorts?)\/[^/?#\s]/i;

/** Query keys of a filter by category ("/latest?category=technology", "?cat=4"): a category, not a tag. */
export const CATEGORY_QUERY_KEY_RE = /^(?:cat|categor(?:y|ies)|section)$/i;

/** Class, id or role-attribute names (ROLE_DATA_ATTRIBUTES) of a story's tag or topic list: "tags__list", "topics", "themenseiten", "filed-under", "related-tags". */
export const TOPIC_LIST_NAME_RE = /tag|topic|them(?:a|en)|keyword|filed/i;

/**
 * The label a tag or topic list prints beside its links: "Related topics", "Related Tags:",
 * "More about:", "Mehr zum Thema", "Filed under" and its translations (FILED_UNDER_LABEL_RE); Catalan "Temes:", "Etiquetes"; Spanish and
 * Portuguese "Temas", "Etiquetas", "Más sobre este tema"; Italian "Temi", "Argomenti",
 * "Etichette"; Portuguese "Assuntos", Portuguese and Spanish "Tópicos"; Swedish "Ämnen",
 * "Relaterade ämnen", "Taggar", "Nyckelord"; Danish and Norwegian "Emner", "Relaterte emner",
 * "Temaer", "Stikkord", "Nøgleord" (not "Mer om ämnet", "more on the topic", over related
 * stories). Whole words, told apart by letters of any script: "\b" knows no "ä". Read from the
 * list's text outside its links.
 */
export const TOPIC_LIST_LABEL_RE = /(?<![\p{L}\p{N}])(?:tags?|topics?|t[óo]picos|them(?:a|en)|keywords?|more about|filed under|archivado en|arquivado em|archiviato in|class[ée] dans|abgelegt unter|gearchiveerd onder|tem(?:as?|es|i)|etiquet(?:as?|es)|etichette|argomenti|assuntos|ämnen|taggar|nyckelord|emner|temaer|stikkord|nøgleord)(?![\p{L}\p{N}])/iu;

/**
 * "Filed under" as a story's topic list labels itself, whole (a colon allowed), in the
 * languages of news CMSs that print it: English "Filed under" (WordPress themes, Vox); Spanish
 * "Archivado en" (El País's "Archivado En" over its /noticias/ topic pages); Portuguese
 * "Arquivado em"; Italian "Archiviato in"; French "Classé dans"; German "Abgelegt unter";
 * Dutch "Gearchiveerd onder". The label says the links are the story's topics whatever their
 * paths are called, so (see labelledLinkList) it stands where a one-word label would.
 */
export const FILED_UNDER_LABEL_RE = /^(?:filed under|archivado en|arquivado em|archiviato in|class[ée] dans|abgelegt unter|gearchiveerd onder)\s?:?$/iu;

/**
 * The `aria-label` of a story's tag list, which names it for screen readers where its classes
 * are hashed (Wix: `<nav aria-label="Tags">`) or its links go to opaque topic ids (a Finnish
 * daily's `<nav aria-label="Aiheet">` of "/t/18-220306/fi" links): the whole label, "Tags",
 * "Post tags", "Topics", "Keywords" in the languages we read: German "Schlagwörter",
 * "Stichwörter", "Themen"; Spanish and Portuguese "Etiquetas", "Temas"; Catalan "Etiquetes",
 * "Temes"; French "Étiquettes", "Mots-clés", "Sujets"; Italian "Argomenti", "Etichette"; Dutch "Onderwerpen", "Trefwoorden"; Finnish
 * "Aiheet", "Avainsanat", "Tunnisteet"; Swedish "Ämnen", "Taggar", "Nyckelord"; Danish and
 * Norwegian "Emner", "Temaer", "Nøgleord", "Stikkord"; Czech "Témata", "Štítky", "Klíčová
 * slova"; Slovak "Témy", "Kľúčové slová"; Polish "Tematy", "Tagi", "Słowa kluczowe";
 * Romanian "Etichete", "Subiecte", "Cuvinte cheie"; Hungarian "Címkék", "Témák"; Turkish
 * "Etiketler", "Konular"; Russian and Ukrainian "Теги", "Темы", "Теми"; Greek "Ετικέτες",
 * "Θέματα"; Vietnamese "Chủ đề", "Từ khóa"; Persian "برچسب‌ها"; Arabic "الوسوم"; Hebrew
 * "תגיות". Such a `<nav>` in the story is its tag list, not a menu.
 */
export const TAG_LIST_ARIA_LABEL_RE =
  /^\s*(?:(?:post|article|story)\s+)?(?:tags?|topics|keywords|schlagw(?:ö|oe)rter|stichw(?:ö|oe)rter|themen|etiquetas|temas|etiquetes|temes|étiquettes|mots-clés|sujets|argomenti|etichette|onderwerpen|trefwoorden|aiheet|avainsanat|tunnisteet|ämnen|taggar|nyckelord|emner|temaer|nøgleord|stikkord|témata|štítky|klíčová slova|témy|kľúčové slová|tematy|tagi|słowa kluczowe|etichete|subiecte|cuvinte cheie|címkék|témák|etiketler|konular|теги|темы|теми|ετικέτες|θέματα|chủ đề|từ khóa|برچسب[\u200c ]?ها|الوسوم|תגיות)\s*$/iu;

/**
 * A list of the story's tags that only its label and its links tell apart, in any language
 * (see labelledLinkList in visible.ts): after the story's prose, a `label` of one word and a
 * colon ("Efnisorð:", Icelandic "keywords"; "Etiketa:"), then `minLinks` or more links to
 * pages of the site in one folder ("/efni/hitaveita/", "/efni/orkumal/"), each at most
 * `maxWords` words: a story link's headline is longer, a menu has no such label.
 */
export const LABELLED_LINK_LIST = {
  label: new RegExp(String.raw`^${LABEL_WORD_SOURCE}(?:[-'’]${LABEL_WORD_SOURCE})?\s?:$`, 'u'),
  minLinks: 2,
  maxWords: 4,
  // Links to pages at the site's root, taken only under a label naming the story's topics
  // (ARTICLE_TOPICS_LABEL_RE): "European Central Bank", not "Mayor faces budget revolt".
  maxRootWords: 3,
  // Not a topic: a number or a year for text; a story's page or a document for the link.
  notTopicTextRe: /^[\d\s./-]+$/,
  notTopicHrefRe: /\.(?:s?html?|php|aspx?|pdf|docx?|xlsx?)(?:[?#]|$)|(?<!\d)\d{5,}(?:[/?#]|$)/i,
} as const;

/**
 * A list's label that calls its links the topics of this very story: the FT's "Follow the
 * topics in this article", "Topics in this story", "More on these topics", and their German,
 * French and Spanish forms ("Themen in diesem Artikel", "Les sujets de cet article", "Temas de
 * este artículo"). Such a label says what its links are, so (see labelledLinkList) its links
 * may go to pages at the site's root ("/european-central-bank"), which a one-word label's may
 * not: a root-level link is as often a section or a service page.
 */
export const ARTICLE_TOPICS_LABEL_RE =
  /^(?:(?:follow|explore)\s+)?(?:the\s+)?(?:topics\s+(?:in|of|from|covered in|mentioned in)\s+this\s+(?:article|story|post)|more\s+on\s+these\s+topics)$|^themen\s+(?:in\s+diesem\s+(?:artikel|beitrag)|dieses\s+(?:artikels|beitrags))$|^(?:les\s+)?sujets\s+(?:de|abordés\s+dans)\s+cet\s+article$|^temas\s+(?:de|en)\s+este\s+artículo$/iu;

/** How many wrappers of a topic link are looked at for its list's name or label: `<div><h2>Related topics</h2><ul><li><a>`. */
export const TOPIC_LIST_DEPTH = 3;

/** A list label longer than this (characters, links left out) is a paragraph, not a label. */
export const MAX_TOPIC_LIST_LABEL = 40;

/** A tag link's text longer than this is a sentence or a teaser, not a tag. */
export const MAX_TAG_LINK_TEXT = 50;

/** Keyword strings longer than this are not keyword lists; only this much is read. */
export const MAX_KEYWORDS_LENGTH = 2000;

/** A headline this many characters long or longer may match a title that extends it. */
export const MIN_PREFIX_MATCH_LENGTH = 11;

/** A dek longer than this is body text, not a standfirst. */
export const MAX_DEK_LENGTH = 400;

/** A dek shorter than this is a label ("Analysis"), not a standfirst. */
export const MIN_DEK_LENGTH = 25;

/**
 * The longest text (in characters) of a byline's leaf element tested as one person's name,
 * when a byline is read by its per-person blocks (a name element beside a role element).
 */
export const MAX_NAME_ELEMENT_LENGTH = 60;

/** A byline longer than this is prose, not a credit line. */
export const MAX_BYLINE_LENGTH = 200;

/**
 * A byline-, date- or dek-named block with more text than this (characters) is a wrapper
 * around the story or a bio, not a meta line, and its text is not read: a byline is read from
 * its first MAX_BYLINE_INPUT characters at most, and a theme may nest hundreds of such blocks.
 */
export const MAX_META_BLOCK_TEXT = 2000;

/**
 * A byline-named element inside a picture (a `<figure>`, its `<figcaption>`) names the
 * photographer: "<figcaption>… <span class=author>Petr Hloušek</span></figcaption>" is a credit.
 * Elements up to the story's own container are looked at. A paragraph there is no prose of
 * the story either (dek.ts holdsProse): a hero's caption may run to a paragraph's length above
 * the standfirst.
 */
export const PICTURE_TAGS: ReadonlySet<string> = new Set(['figure', 'figcaption']);

/** A date line longer than this is prose that merely mentions a date. */
export const MAX_DATE_LINE_LENGTH = 160;

/**
 * Empty elements that sit inside a word and so never part a date line's text (see
 * dateLineText's dividers): `<wbr>` marks where a long word may break ("super<wbr>market").
 * Any other empty element between two letters or digits of a date line is a styled
 * divider that shows as a gap: CNBC's "Nov 19 2019<span class=ArticleHeader-datetimeDivider>
 * </span>7:05 AM EST", an icon `<i class=clock></i>` or `<img>` between the date and the time.
 */
export const IN_WORD_EMPTY_TAGS: ReadonlySet<string> = new Set(['wbr']);

/**
 * What makes an empty element between two letters or digits of a date line a divider: an icon
 * (`tags`) or a class naming a divider (`classRe`: CNBC's "ArticleHeader-datetimeDivider", a
 * "separator", "sep", "bullet", "pipe", "dot"). Any other empty element may sit inside a word
 * or a number (an anchor "20<a id=c1></a>25", a kerning span "Ma<span class=kern></span>rch")
 * and parts nothing.
 */
export const DATE_LINE_DIVIDER = {
  tags: new Set(['i', 'img', 'svg']) as ReadonlySet<string>,
  classRe: /divider|separator|(?:^|[\s_-])(?:sep|bullet|pipe|dot)(?:$|[\s_-])/i,
} as const;

/**
 * How many elements after the headline's `<h1>` are looked at for a line that is nothing but
 * a date, a time and a zone, whatever its class: wire sites print a release's "Dec 23, 2025,
 * 03:09 ET" in a bare `<p>` under the headline and dek. Such a line is no date line of its
 * own; it only lends its zone to a zone-less machine time of the same minute
 * (resolve-timestamps), so nothing else on the page can be taken for the story's date.
 */
export const MAX_ELEMENTS_AFTER_HEADLINE = 20;

/**
 * The longest text of a line above the headline that may be its date line though nothing
 * names it one (a newsletter archive's header cell "Issue 47 · December 23, 2025"): dates/
 * reads such a line only when the page gives no other date (see VisibleMetadata.headerLines).
 */
export const MAX_HEADER_LINE_LENGTH = 60;

/**
 * How many levels up from a date line its link is looked for: a teaser's `<a><span
 * class=item-date>` or `<a><div><time>`.
 */
export const MAX_DATE_LINK_DEPTH = 3;

/**
 * Names of the site's own bar above every page, whose date is today's (a clock): a top bar, a
 * masthead, a navbar, a ticker, a block named "header" ("header-top", `<table id=header>`,
 * "site-header"), not the story's "article-header" or "entry-header".
 */
export const SITE_BAR_CLASS_RE = /top-?bar|masthead|navbar|site-?header|global-?header|utility-?bar|ticker|(?:^|[\s_])header(?:$|[\s_-])/i;

/**
 * A teaser list's item (visible.ts inTeaserList): a wrapper of the date up to this many levels
 * up, of at most this much text (a title, a date, a line of summary), among at least this many
 * siblings of its tag that hold a link elsewhere and a date alike; siblings looked at, at most.
 */
export const TEASER_ITEM_DEPTH = 3;
export const MAX_TEASER_ITEM_TEXT = 300;
export const MIN_TEASER_ITEMS = 2;
export const MAX_TEASER_SIBLINGS = 30;

/**
 * A card in a list of story teasers (visible.ts inTeaserCard), whose byline-named element
 * names that story's writers, not the page's: an `itemTags` element at most `maxDepth` levels
 * above the byline, not holding the headline, of at most `maxText` characters (a picture's
 * credit, a title, a one-line dek and a byline), that holds a `titleTags` heading linked to
 * another page (the teaser's title), beside at least one sibling of its tag (classes vary:
 * a front's lead card) that holds one too. A section front's `<ol><li><article><h2><a href=…>…</a></h2><p>…</p><p>Por
 * <span class="last-byline">Tariq Panja</span>` (nytimes-5). A live blog's entries (headings
 * not linked elsewhere) and a blog index's whole posts (longer than a card) are no teasers;
 * nor are the story's own writer cards, whose heading links a writer's page (an author path, a
 * byline-named heading, a name the card's byline repeats: `ul.penulis` of `h3.byline > a`, an
 * opinion panel of `/experts/` cards), nor any card inside the story's <article> or header.
 */
export const TEASER_CARD = {
  itemTags: new Set(['li', 'article']) as ReadonlySet<string>,
  titleTags: new Set(['h2', 'h3', 'h4', 'h5', 'h6']) as ReadonlySet<string>,
  maxDepth: 8,
  maxText: 600,
} as const;

/**
 * An entry of the site's menu named like a byline (visible.ts isMenuEntry): a list item (or
 * the element up to `maxDepth` levels inside one) above the headline and outside the story's
 * container, whose text is its one
 * link's, not to an author page, among at least `minItems` such items of its list and the
 * only one named like a byline: Yahoo! JAPAN's global nav `<li id="gnPriBylines"><a
 * href="http://bylines.news.yahoo.co.jp/">個人</a></li>` (the site's columnists' section,
 * yahoo-4). A byline listing its writers names each item so (`<li class="author">`), and a
 * theme's meta row (`<li class=byline>`, date, category, comments) has fewer items.
 * A meta row whose byline item links a page AUTHOR_HREF_RE does not know (`/auteur/`, `?author=3`,
 * `mailto:`, the writer's own site) is kept by its date item and by its item's text, a person's
 * name; a name is read only in a script with capitals (`casedRe`): without them any short text
 * passes for one ("個人", a section).
 */
export const MENU_ENTRY = { minItems: 5, maxDepth: 2, listTags: new Set(['ul', 'ol', 'menu']) as ReadonlySet<string>, casedRe: /\p{Lu}/u } as const;

/**
 * A run of readers' comments, whatever the CMS names it (visible.ts inCommentRun): uCoz prints
 * each as `div.comEnt` > `table.cBlock1` > `div.cTop` (number, commenter link, `span.cDate`)
 * and `div.cMessage`, names FOREIGN_CONTAINER_RE does not know, and a comment's date then read
 * as the story's update. An item is a wrapper of the date up to `itemDepth` levels up (uCoz's
 * sits eight levels above its date, through the table), of at most `maxItemText`, among at
 * least `minItems` siblings of its tag and first class token (of `maxSiblings` looked at), each
 * holding a date shaped alike whose row (a wrapper of at most `maxHeaderText`) also holds a
 * commenter's link (COMMENTER_LINK_REL_RE, its text at most `maxNameLength`), and beside that
 * row a message of at least `minMessage`. A live blog's entries hold a time and a message but
 * no such link beside the time: their dates stay the story's.
 */
export const COMMENT_RUN = { itemDepth: 8, maxItemText: 3000, minItems: 2, maxSiblings: 30, maxHeaderText: 120, minMessage: 10, maxNameLength: 40 } as const;

/**
 * rel tokens a comment system puts on a commenter's name link: "ugc" (Google's mark for
 * user-generated content: WordPress's "external nofollow ugc"), "nofollow" (uCoz's
 * `<a href="javascript:;" rel="nofollow"><b>lena_zar</b></a>`). A share button so marked
 * goes to a social network (SOCIAL_PAGE_RE) and is no commenter's link.
 */
export const COMMENTER_LINK_REL_RE = /(?:^|\s)(?:ugc|nofollow)(?=$|\s)/i;

/** Longest text such a line has ("Wednesday, September 23, 2025 at 11:09 p.m. AEDT" is under it). */
export const MAX_ZONE_LINE_LENGTH = 60;

/**
 * The longest text of the smallest block that holds both the headline and a line under it
 * for that line to be in the headline's own block (a blog's header: breadcrumb, headline,
 * dek, a meta row of "Written by …", "December 16, 2025", "7 min read"), so that dates/ may
 * read it as the date of a page nothing else dates, as it reads a line above the headline
 * (see VisibleMetadata.headlineBlockLines). A block that also holds the story's body, or a
 * list of other stories, is longer.
 */
export const MAX_HEADLINE_BLOCK_LENGTH = 600;

/**
 * Characters that separate a headline from the site name in a title: "Title | Site". Not "«":
 * old WordPress themes write "Title « Blog", but French titles quote with « » ("Le ministre
 * promet « une réforme profonde » d'ici juin").
 */
export const TITLE_SEPARATOR_CHARS = '|–—·•»\\-\\/\\\\:';

/**
 * A spaced run of one or two separators splits a title into parts. `(?<!\s)` starts a match
 * only at the first space of a run (where the leftmost match starts anyway): without it a long
 * run of spaces is rescanned from each of its positions, quadratic time.
 */
export const TITLE_SPLIT_RE = new RegExp(`(?<!\\s)\\s+[${TITLE_SEPARATOR_CHARS}]{1,2}\\s+`);

/** A separator left at the end of a title after cutting its last part (linear as above). */
export const TRAILING_SEPARATOR_RE = new RegExp(`(?<!\\s)\\s+[${TITLE_SEPARATOR_CHARS}]{1,2}\\s*$`);

/** A separator left at the start of a title after cutting its first part. */
export const LEADING_SEPARATOR_RE = new RegExp(`^\\s*[${TITLE_SEPARATOR_CHARS}]{1,2}\\s+`);

/**
 * A bracketed part ending a title, with no separator before it: "Weekly Edition [LWN.net]",
 * "Chapter 1 - Fandom [Archive of Our Own]". Starts only at the first space of a run and the
 * bracket's content is bounded, so it is linear.
 */
export const BRACKETED_SUFFIX_RE = /(?<!\s)\s+\[(?<inner>[^[\]]{1,80})\]\s*$/;

/**
 * A spaced "@" before a title's last part: "Post @ Blog", as hosted blogs (Pixnet's "新竹尖石
 * (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::") write a post's title. "@" reads "at" in a headline
 * too ("Dinner @ 8", "Meet us @ the Park", "Apple @ WWDC: …"), so the part after it is cut only
 * when it names the site (see stripSiteName). Starts only at the first space of a run: linear.
 */
export const AT_SITE_SPLIT_RE = /(?<!\s)\s+@\s+/u;

/** A spaced "@" left at the end of a title after cutting the part after it (linear as above). */
export const TRAILING_AT_RE = /(?<!\s)\s+@\s*$/u;

/** The most site-name affixes cut from one title ("Post @ Blog :: Platform ::" has two). */
export const MAX_TITLE_AFFIXES = 3;

/**
 * A Chinese portal's title, "标题_频道_站名" ("海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网",
 * "…后果很严重 _探索者 _光明网", "…迈上新台阶_科技_腾讯网"): the headline, then a channel and the
 * site, parted by "_" with no spaces around. `separatorRe` is an underscore not set between two
 * ASCII letters or digits (a snake_case word "read_csv", a file name "IMG_2034" joins no parts);
 * `cjkRe` a CJK character the headline part must hold; each part after the headline is at most
 * `maxAffixLength` characters; the last one is the site: the known site name, or a name of at
 * least `minSiteLength` characters ending in a word for a news site (`siteNameRe`: 网/網
 * "net", 报/報 "paper", 新闻/新聞 "news", 在线/在線 "online"), not a word such as "上网".
 */
export const PORTAL_TITLE = {
  separatorRe: /(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/u,
  cjkRe: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u,
  maxAffixLength: 12,
  minSiteLength: 3,
  siteNameRe: /(?:网|網|报|報|新闻|新聞|在线|在線)$/u,
} as const;

/** A title part this short (in words) next to a longer one is taken for the site name. */
export const MAX_SITE_NAME_WORDS = 4;

/** …but only when at least this many words of headline remain without it. */
export const MIN_TITLE_REST_WORDS = 3;

/**
 * The term of a description list's entry that names its definition the byline: GOV.UK's
 * "<dt>From:</dt><dd><a>Department …</a> and <a>Jane Doe</a></dd>", a report's "<dt>Authors</dt>",
 * in the languages we read.
 */
export const BYLINE_TERM_RE = /^(?:from|by|authors?|written by|writers?|von|autor(?:in|en|es|zy)?|auteurs?|autori?|par|por|door|av|af)\s*:?$/i;

/**
 * A description list's term that names a fact of a reviewed work, not of the page: a book's
 * "Publisher", "ISBN", "Pages", a film's "Director", "Cast", "Running time", a record's
 * "Label", a game's "Developer", "Platform", a "Price", and their German, French, Spanish,
 * Italian, Dutch and Portuguese forms. A review's fact box writes the book's author beside
 * them ("<dt>Author</dt><dd>Jane Austen</dd>"): that definition is no byline when the page
 * has another (see chooseByline).
 */
export const WORK_FACT_TERM_RE =
  /^(?:publisher|isbn(?:-1[03])?|pages|page count|genre|price|director|cast|starring|running time|runtime|record label|label|developer|platforms?|translator|translated by|verlag|seiten(?:zahl)?|preis|regie|besetzung|laufzeit|(?:ü|ue)bersetz(?:ung|er(?:in)?)|[ée]diteur|[ée]ditions|nombre de pages|prix|r[ée]alisat(?:eur|rice|ion)|dur[ée]e|traduct(?:eur|rice|ion)|editorial|p[áa]ginas|precio|reparto|duraci[óo]n|traducci[óo]n|editore|pagine|prezzo|regia|durata|traduzione|uitgever(?:ij)?|pagina'?s|prijs|speelduur|vertaling|editora|pre[çc]o|dire[çc][ãa]o|elenco|dura[çc][ãa]o|tradu[çc][ãa]o)\s*:?$/iu;

/**
 * A style or post-nominal around a person's name in a byline: "The Rt Hon Jane Doe MP",
 * "The Hon. John Roe", "Jane Doe MSP". Honours and offices, not part of the name.
 */
export const NAME_STYLE_RE = /^(?:[Tt]he\s+)?(?:(?:R[Tt]\.?|Rt\.?|[Rr]ight)\s+)?(?:[Hh]on\.?|[Hh]onou?rable)\s+|(?<!\s)\s+(?:MP|MSP|MLA|MEP|MS|TD|QC|KC)$/gu;

/**
 * Words that open a byline and are not part of the name, in the languages we read; a colon
 * after them may be full-width ("："). Arabic "كتب"/"كتبت" ("wrote", the Egyptian byline
 * word) and "إعداد" ("prepared by"); Thai "โดย"; Greek "Γράφτηκε από τον/την" (Joomla 1.0's
 * "Written by the(m/f)"), "Γράφει ο/η", "Συντάκτης".
 */
export const BYLINE_PREFIX_RE =
  /^(?:(?:written|reported|reporting|additional reporting|research|writing|posted|published|text|words|story|photos?|article)\s+)?(?:by|von|par|por|di|door|av|af|przez|od|от|tarafından|yazan|autor(?:in)?|author|auteur|autore|oleh|ავტორი|بقلم|كتبت?|إعداد|מאת|โดย|γράφτηκε\s+από(?:\s+(?:τον|την|το)(?:\/(?:τον|την))?)?|γράφει\s+(?:ο|η)(?:\/(?:ο|η))?|συντάκτ(?:ης|ρια))\s*[:：]?\s+/i;

/**
 * The words that join two names in a byline ("A and B", "A & B", "A und B", "A y B"), in the
 * languages we read; the connector regexes below and visible.ts's byline readers share them.
 */
export const NAME_CONNECTOR_WORDS: readonly string[] = ['and', '&', 'und', 'y', 'et', 'e', 've', 'en', 'og', 'och', 'i', 'и'];

/** A connector word that ends the text before a name: "… and ", "… & ", "… und ". */
export const JOINED_BY_WORD_RE = new RegExp(String.raw`\s(?:${NAME_CONNECTOR_WORDS.join('|')})\s+$`, 'i');

/** How far before a name the connector is looked for, in characters. */
export const JOINED_BY_WORD_LOOKBACK = 8;

/**
 * Connectors between names: "A and B", "A & B", "A und B", "A y B", "A et B", "A e B", "A ve B", "A, B, and C" (the serial comma), "A / B" (a slash before a role is a tail: BYLINE_TAIL_RE).
 * The one group captures the connector, so that `split` keeps it between the pieces.
 */
export const NAME_CONNECTOR_RE = new RegExp(String.raw`(\s*(?:,(?:\s*(?:${NAME_CONNECTOR_WORDS.join('|')})\s)?|;|\s(?:${NAME_CONNECTOR_WORDS.join('|')}|[/／])\s)\s*)`, 'i');

/**
 * Where a line break inside a byline is no separator (see bylineText): after a line that ends
 * in one or in a joining word ("By Jane Doe,<br>John Roe", "By Jane Doe and<br>John Roe") and
 * before one that opens with one ("Jane Doe<br>and John Roe", "Jane Doe<br>+ John Roe").
 * Elsewhere a line break ends the names ("By Jane Doe<br>Staff Writer" is a name and a role),
 * unless the next line is a name the byline marks as one: a link's or a list item's whole text.
 */
export const BYLINE_LINE_JOIN = {
  end: new RegExp(String.raw`(?:[,;:|·•–—\-/&+]|\s(?:${NAME_CONNECTOR_WORDS.join('|')}))$`, 'i'),
  start: new RegExp(String.raw`^(?:[,;:|·•–—\-/&+]|(?:${NAME_CONNECTOR_WORDS.join('|')})\s)`, 'i'),
} as const;

/**
 * The connectors of NAME_CONNECTOR_WORDS that also join one person's two surnames: Catalan
 * "Laia Font i Roca", Spanish "José Ortega y Gasset", Portuguese "Maria Pinto e Silva". After
 * one of them a lone surname stays with the name before; only a full name is a second person
 * (authors.ts splitAtConnectors).
 */
export const SURNAME_CONNECTOR_WORDS: readonly string[] = ['i', 'y', 'e'];

/** A separator NAME_CONNECTOR_RE cut at that is only a surname connector, with its spaces: " i ", " y ". */
export const SURNAME_CONNECTOR_RE = new RegExp(String.raw`^\s+(?:${SURNAME_CONNECTOR_WORDS.join('|')})\s+$`, 'i');

/**
 * Words that make a byline part a role or an agency line rather than a name. "min" (a
 * "5 min read" tail) only after its number: "Min" is a name, "Kim Min-su", "Min Zhou", "Li
 * Min", "Min Jin Lee" (review, session 21).
 */
export const ROLE_WORDS_RE =
  /\b(?:staff|writers?|editors?|editorial|correspondents?|reporters?|contributors?|contributing|columnists?|journalists?|photographers?|producers?|senior|chief|news ?desk|desk|team|bureau|agency|guest|freelance|redakteur(?:in)?|redaktion|korrespondent(?:in)?|muhabir|editör|rédacteur|rédaction|correspons?al|redacci[oó]n|updated|published|posted|read|minutes?|follow|view|profile|more|about)\b|\d\s?min\b/i;

/** Bylines often run on into the date: "By Jane Doe Updated 3:15 PM ET", "… on March 5", "Posted by Jane Doe at 10:32 AM". */
export const BYLINE_DATE_TAIL_RE =
  /\s*(?:[|,·•–—-]\s*)?(?:\b(?:updated|published|posted|last updated|on|at|am|le|il|el|em)\s+)?(?:\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?(?:(?<![\p{L}\d])\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s+\d).*$|\s*(?:[|,·•–—-]\s*)?\b(?:last\s+)?(?:updated|published|posted|modified)\b.*$/iu;

/**
 * A label and colon before the name, as Russian, German, Spanish… sites print it: "Текст:
 * Лида Буслаева"; Chinese "撰文：", "作者：" ("author:", then perhaps the reporter's title: "作者：记者
 * 王晓明") and "文：" ("text:") with a full-width colon; Korean "글:" ("text:").
 */
export const BYLINE_LABEL_RE = /^(?:text|texto|texte|testo|tekst|текст|words|autor(?:in)?|author|auteur|autore|автор|yazar|reporter(?:in)?|reportage|撰文|作者|文|글)\s*[:：]\s*/i;

/**
 * The reporter's title that Korean and Chinese bylines write beside the name: "김철수 기자"
 * (reporter), "특파원" (correspondent), "记者 王晓明", "本报记者", "記者：李卓謙" (a colon, often
 * full-width, after it). Stripped like "By".
 */
export const CJK_REPORTER_TITLE_RE = /(?<!\s)\s*(?:선임|수석|전문|객원)?(?:기자|특파원)$|^(?:本报|本台|新华社)?(?:记者|記者)\s*[:：]?\s*/u;

/**
 * A byline part that is a domain name, in any case: the outlet's web edition as a byline
 * credits it ("TOI News Desk / TIMESOFINDIA.COM", "NDTV.com", "Cleveland.com"), never a
 * person, wherever it stands in the byline (AFFILIATION_PART_RE reads one only after a name).
 * Letters, digits and hyphens (three at least before the dot: "J.Lo" is a name), a dot, and a
 * common or two-letter top-level domain.
 */
export const DOMAIN_NAME_PART_RE = /^[\p{L}\d][\p{L}\d-]{2,}(?:\.[\p{L}\d-]+)*\.(?:com|net|org|co|news|info|online|media|[a-z]{2})\.?$/iu;

/**
 * A byline (or a piece of one) that is a noun phrase, not people's names (authors.ts isPhrase,
 * splitAtConnectors): a fact-check's speaker "The Russian and Syrian defense ministries".
 * `lowerWord`: a word all in lower case of a cased script ("al-Thani" is not); a piece with a
 * capitalised word and at least `minLowerWords` such words (no name particle, no connector) is
 * a phrase. Only a piece that opens with the `article` is refused as one (a Spanish "Juan de
 * las Heras y de los Ríos" has two lower-case words too).
 * `opening`: an English article and one word ("The Russian"), which a connector does not cut
 * from a phrase after it; before a person's name ("The Editors and Jane Doe") it still does.
 */
export const NOUN_PHRASE = {
  lowerWord: /^\p{Ll}+$/u,
  minLowerWords: 2,
  opening: /^the\s+\S+$/i,
  article: /^the\s/i,
} as const;

/**
 * A byline part that is an affiliation or a credential, not a second author, when it follows
 * a name: "Sandee LaMotte, CNN", "Ilana Muhlstein, MS, RDN", "Troy L. Smith, Cleveland.com".
 * An acronym of capitals, a degree, or a domain name.
 */
export const AFFILIATION_PART_RE = /^(?:\p{Lu}{2,6}|Ph\.?\s?D|PharmD|MSc|BSc|MBBS|[A-Z]\.(?:[A-Z]\.)+|[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|co|news|info|[a-z]{2}))\.?$/u;

/**
 * An institution's unit after a writer's name: "Story by Priya Raman, College of Engineering",
 * "Jane Doe, Department of Physics", "John Roe, Stanford University": universities' and
 * agencies' news pages sign with the writer's office. Its words open with a unit word and
 * "of"/"for", or end with one; a person's name does neither.
 */
export const ORG_UNIT_PART_RE = /^(?:the\s+)?(?:college|school|department|dept\.?|faculty|university|office|institute|division|centre|center|ministry|bureau|laboratory)\s+(?:of|for)\s|\s(?:university|college|institute|universit[äa]t|universit[eé]|universidad|universit[àa])$/i;

/**
 * A writer's job and where it is done, after her name: "Posted by Andrew Hayden, Software
 * Engineer on Google Play", "Jane Doe, Developer Advocate at Google" (company blogs sign so).
 * Up to two capitalised words and a job's word, then "at" or "on" in lower case and a
 * capitalised word. A second writer's name is no job, with or without her outlet: "Jane Doe,
 * John Roe", "Jane Doe, Mark Lee at Reuters" (a review found the co-author lost when any
 * capitalised words before "at" were a job).
 */
export const JOB_AT_PART_RE =
  /^(?:\p{Lu}[\p{L}'’-]*\s){0,2}(?:Engineer|Developer|Advocate|Manager|Scientist|Researcher|Designer|Director|Lead|Head|Architect|Analyst|Programmer|Consultant|Specialist|Officer|Intern|Fellow|Evangelist|Strategist|Owner|Founder|Partner|Student|Professor|Lecturer|Librarian)s?\s(?:at|on)\s\p{Lu}/u;

/**
 * News agencies whose one-word name follows a writer's after a comma ("Jane Doe, Reuters"):
 * names without an outlet word (OUTLET_WORDS_RE) or capitals only (AFFILIATION_PART_RE),
 * printed on the many sites that run their copy.
 */
export const NEWS_AGENCY_RE = /^(?:Reuters|Bloomberg|Xinhua|Kyodo|Yonhap|Anadolu|Bernama|Interfax|dpa|Agence France-Presse)$/u;

/**
 * What follows "y", "e" or "i" in a Spanish, Portuguese, Italian or Catalan byline when it is
 * the writer's desk or agency, not her second surname: "Por Laura Gómez y Agencias", "María
 * López y Efe" (any case), "… e Lusa", "… i Redacció".
 */
export const DESK_OR_AGENCY_WORD_RE = /^(?:agencias?|ag[eê]ncias?|agenzie|redacci[oó]n?|reda[cç][aã]o|redazione|efe|ansa|lusa|t[eé]lam|notimex|europa press)$/iu;

/**
 * A lower-case letter followed by a capital: the hump of a CamelCase word run, split before
 * its words are read: a brand's outlet words ("NewsWire", "NewsCorp"), a CSS-in-JS class's
 * role words ("ContentHeaderDek-bIqFFZ").
 */
export const CAMEL_HUMP_RE = /(?<=\p{Ll})(?=\p{Lu})/gu;

/**
 * A word that opens with a Georgian (Mkhedruli) letter. Unicode calls these lower case (their
 * Mtavruli capitals came in 11.0, for all-caps display), but Georgian is written without
 * capitals, names included ("ნინო ბერიძე"): such a word counts as a capitalised one.
 */
export const UNCAPITALISED_SCRIPT_WORD_RE = /^[\u10D0-\u10FA\u10FD-\u10FF]/u;

/** How many words a person's name has, for telling a list of people from a dateline or an outlet. */
export const PERSON_NAME_WORDS = { min: 2, max: 4 } as const;

/** Words of outlets' and picture agencies' names: "Associated Press", "Sputnik International", "Getty Images". */
export const OUTLET_WORDS_RE =
  /\b(?:press|news|media|times|post|herald|tribune|journal|daily|gazette|radio|tv|television|network|group|magazine|wire|online|agency|international|associated|images|photos?|photography|pictures)\b/i;

/** A byline that opens with a label before its "by": "Tech Industry by Jane Doe". */
export const LABELLED_BY_RE = /^[^,|]{1,40}?\s+by\s+(?=\S)/i;

/** Where a byline goes on to credit someone other than an author: "… Edited by John Roe". */
export const NON_AUTHOR_TAIL_RE = /[\s,;|]+(?:edit(?:ed|ing)|graphics|produced|fact-?check(?:ed|ing)|illustrations?)\s+by\b.*$/i;

/** Byline parts that credit someone other than an author: "Editing by John Roe". */
export const NON_AUTHOR_CREDIT_RE = /^(?:edit(?:ed|ing)|graphics|produced|production|fact-?check(?:ed|ing)|illustrations?|photos?|video)\s+by\b/i;

/**
 * Separators after which a byline carries a role, an outlet or a date: "Jane Doe | Reuters",
 * "Jane Doe / Staff Writer", "… ／ 2016.12.01". A slash only before a role's word or a digit:
 * "Maria Lopez / Tom Becker" joins two names.
 */
export const BYLINE_TAIL_RE = /\s+[|•·—–]\s+.*$|\s+[/／]\s+(?=[^/／]{0,40}(?:\d|(?<!\p{L})(?:staff|writer|reporter|correspondent|editor|photographer|contributor|columnist|news|press|agency|wire|desk)(?!\p{L}))).*$/iu;

/** A byline longer than this (characters) is prose; only this much of any byline is read. */
export const MAX_BYLINE_INPUT = 300;

/** A one-letter "name" is an initial or a stray word. */
export const MIN_NAME_LENGTH = 2;

/** Names longer than this many words are sentences, not names. */
export const MAX_NAME_WORDS = 6;

/**
 * A structured-data Person's name taken as given when the byline rules refuse it for its
 * case: a developer platform's user name ("ken_tanaka", "kevin-r": Qiita, Zenn, dev.to and
 * GitHub-style blogs credit people so). Each word only letters, marks, digits and a handle's
 * joiners (`_`, `.`, `-`, an apostrophe), at least one letter in the name; no `@`, no URL or
 * e-mail, no punctuation a template or a sentence leaves ("{{author}}", "n/a", "by: admin").
 */
export const GIVEN_NAME_WORD_RE = /^[\p{L}\p{M}\p{N}_.'’-]+$/u;
export const GIVEN_NAME_LETTER_RE = /\p{L}/u;
/** A user name longer than this (characters) is a sentence or a run of junk, not a name. */
export const MAX_GIVEN_NAME_LENGTH = 60;

/**
 * Account names a CMS fills a Person with when nobody is credited (WordPress's first user
 * "admin", a template's "user", "unknown", "null"): never an author, however the Person is
 * typed. Lower case; the name is compared lower-cased.
 */
export const PLACEHOLDER_ACCOUNT_NAMES: ReadonlySet<string> = new Set([
  'admin', 'administrator', 'administrador', 'root', 'user', 'username', 'users', 'anonymous', 'anon', 'unknown', 'null', 'undefined', 'none', 'nobody', 'n-a', 'na',
  'author', 'authors', 'webmaster', 'wordpress', 'wpengine', 'system', 'test', 'tester', 'default', 'demo', 'superuser', 'manager', 'owner', 'moderator', 'mod',
  'newsroom', 'support', 'info', 'contact', 'marketing', 'office', 'web', 'site', 'blog', 'content', 'publisher', 'seo',
]);

/**
 * An administrator's account, alone or with the site's letters before it: "jdadmin",
 * "siteadmin", "admin_2", "webmaster2" (a theme prints the login of whoever posted). Not
 * "badminton": the word must end the name or be followed by a joiner or a digit.
 */
export const ADMIN_ACCOUNT_RE = /(?:admin(?:istrat(?:or|eur|ador))?|webmaster)(?![a-z])/i;

/**
 * Whitespace-delimited tokens that look like an e-mail address or a URL. Written to start
 * only at a token's first character and to find the `@` deterministically: the plain
 * `\S+@\S+\.\S+` splits a long token every possible way (cubic time).
 */
export const EMAIL_OR_URL_RE = /(?<!\S)(?=[^\s@]+@\S+\.\S|\S*?https?:\/\/\S|\S*?www\.\S)\S+/gi;

/**
 * A social handle in a byline, alone or glued to the name before it ("Alissa
 * Wilkinson@alissamarie", where two links touch): never part of a name. Run after
 * EMAIL_OR_URL_RE, which takes "jane@example.com" whole.
 */
export const HANDLE_IN_BYLINE_RE = /@[\p{L}\p{N}_]{2,30}(?![\p{L}\p{N}_.@])/gu;

/** A part that holds a digit is a date or a time, never a name. */
export const DIGIT_RE = /\d/;

/**
 * A digit of any script, which a date line may be written in: dates/ reads "२३ डिसेंबर २०२५"
 * or "ថ្ងៃទី២៣" (dates/digits.ts), so the tests for "holds a date" must not ask for ASCII.
 */
export const DATE_DIGIT_RE = /\p{Nd}/u;

/**
 * Attributes by which a blog platform marks an element as one of its user accounts, its text
 * the user's handle as written ("marsh_wren", lower case and all): the LiveJournal code
 * (LiveJournal, Dreamwidth, InsaneJournal) prints every user as `<span class="ljuser"
 * lj:user="marsh_wren">`. Such an element right after a byline label ("Posted by:") is the
 * entry's byline, its handle the author's name (a handle is no capitalised name).
 */
export const USER_ACCOUNT_ATTRIBUTES: readonly string[] = ['lj:user'];

/** How many copies of the headline's `<h1>` the dek is looked for under (a sticky header repeats it once). */
export const MAX_HEADLINE_COPIES = 3;

/** An `<h1>` that no title agrees with anchors the dek search only with this many words ("Politics" does not). */
export const MIN_ANCHOR_WORDS = 3;

/**
 * Headings that print a post's title when the page's only `<h1>` is the site's name: classic
 * blog themes (Tumblr's, old Blogger and WordPress ones) give the `<h1>` to the blog's title
 * in the sidebar and set each post's title in an `<h2>` (or an `<h3>`).
 */
export const POST_TITLE_HEADING_TAGS: ReadonlySet<string> = new Set(['h2', 'h3']);

/**
 * The class of an element that prints the story's title without being a heading: Korean
 * news CMSs' `<div class="article-head-title">`, a theme's `<div class="entry-title">`. Where
 * no `<h1>` names the story, the first such element whose whole text is the headline is where
 * the reader sees it (as a POST_TITLE_HEADING_TAGS heading is). A whole word of the class.
 */
export const TITLE_CLASS_RE = /(?:^|[\s_-])(?:title|headline)(?:$|[\s_-])/i;
/** Characters a title-named element's text may hold beyond twice the headline's before it is no title of it (whitespace, a permalink mark). */
export const MAX_TITLE_SLACK = 100;

/**
 * A `<title>` a CMS gives a page that names no story: its default or placeholder. Such a
 * title does not outweigh the story's `<h1>` (see chooseHeadline).
 */
export const PLACEHOLDER_TITLE_RE = /^(?:home(?:\s*page)?|untitled(?:\s+(?:document|page|post))?|document|new\s+page|index|welcome)$/i;

/** How many element siblings after the headline (or its wrappers) a dek may sit. */
export const DEK_SIBLING_WINDOW = 4;

/** How many wrappers of the headline are searched for a dek beside them. */
export const DEK_ANCESTOR_LEVELS = 4;

/**
 * A dek set apart in a block of its own further down than the headline's siblings (dek.ts
 * dekAhead): after the header's date line, share bar and hero (rt.com's
 * `div.article__summary`), or opening the next column's or section's block (sputniknews's
 * `div.b-article__lead` under the rubric/date/byline row; moneycontrol's
 * `<h2 class=subhead>` five wrappers into the `<section>` after the headline's). It is read
 * from the `<h1>` on in reading order while what is passed is header matter: at most
 * `maxTextBetween` characters of text (a date line, a picture's caption and credit, "Get short
 * URL", "Follow us on"), at most `maxElements` elements, and no paragraph of prose.
 */
export const DEK_AHEAD = { maxTextBetween: MAX_DEK_LENGTH, maxElements: 300 } as const;

/**
 * Where a marked, description-repeating block is the story's own opening text, not a dek
 * set apart (dek.ts storyOpening): inside the element microdata names the story's body
 * (`bodyItemprop`, lower-cased: `<div itemprop="articleBody"><div itemprop="description"><p>…`); a
 * paragraph, or a block holding one, among the body's paragraphs (`paragraphTag`: its parent
 * holds ARTICLE_PROSE's long paragraphs: `<blockquote class="excerpt"><p>…` opening the text);
 * or, as long as a paragraph of prose, in no block within `bodyLevels` wrappers that holds
 * the body's paragraphs besides it: a brief, whose one paragraph the description repeats
 * (`<p class="article-lead">` then "Sailings resume Friday."). A heading or a short line
 * there stays a dek (The Hollywood Reporter's `h2.article__deck`, National Review's
 * `span.article-header__subtitle` before the body's paragraphs).
 */
export const DEK_AHEAD_STORY = { bodyItemprop: 'articlebody', paragraphTag: 'p', bodyLevels: 4 } as const;

/**
 * Where the dek's search beside the headline ends (dek.ts holdsProse): at the body, a block
 * holding two paragraphs of prose (ARTICLE_PROSE.paragraphLength). What follows the story's
 * text is its foot (a share bar and a donation box, a newsletter sign-up), however near the
 * headline's wrappers it sits. One long paragraph is not the body: a hero's caption, a
 * video's description, a byline-and-dates line, an editor's note (review, session 21).
 */
export const DEK_SEARCH_END = { paragraphs: 2 } as const;

/**
 * A dek box's own label, dropped from the dek (dek.ts withoutBoxLabel): the box's first
 * element, one of `tags`, at most `maxLength` characters ("摘要", "Summary", "En bref", "Das
 * Wichtigste") and no sentence, followed by blocks of `blockTags` of another tag than its own
 * that hold the dek (all of them, joined).
 */
export const DEK_BOX_LABEL = {
  maxLength: 16,
  tags: new Set(['span', 'strong', 'b', 'em', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'p', 'label']) as ReadonlySet<string>,
  blockTags: new Set(['p', 'div']) as ReadonlySet<string>,
  /** A label ends no sentence: a short first line that does is the dek's own. */
  sentenceEndRe: /[.!?。！？]\s*$/u,
} as const;

/** Elements whose text the reader never sees, left out of DEK_AHEAD's count (an inline date script, a lazy image's `<noscript>` copy). */
export const DEK_AHEAD_UNSEEN_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'template', 'noscript']);

/** A block beside the headline with more text than this is the body, not a dek's wrapper. */
export const MAX_DEK_CONTAINER_TEXT = MAX_DEK_LENGTH * 2;

/** How far up from an element a foreign container (related card, sidebar …) is looked for. */
export const MAX_FOREIGN_DEPTH = 12;

/** Tags never tested as foreign: their classes describe the page layout, not a block. */
export const LAYOUT_TAGS: ReadonlySet<string> = new Set(['body', 'html', 'main']);

/**
 * Author page links: "/author/jane-doe", "/people/…", "/profile/…"; Swedish and Norwegian "/av/"
 * ("by": Aftonbladet's "/av/linnea-sjoberg") only as the path's first folder with a slug of
 * letters: the BBC's "/news/av/uk-england-12345678" is a video (review). One group: its source
 * is reused with a "$" after it (author-links.ts AUTHOR_FOLDER_END_RE).
 */
export const AUTHOR_HREF_RE = /(?:\/(?:authors?|people|person|profiles?|staff|writers?|journalists?|reporters?|columnists?|contributors?|team|autor(?:en|i)?|yazar(?:lar)?|redaktion|by|bio|u|users?)\/|^(?:https?:\/\/[^/]+)?\/av\/[\p{L}-]+\/?$)/iu;

/**
 * Hrefs that are no one's page: mail (also behind Cloudflare's e-mail protection), scripts,
 * phone numbers, in-page anchors, a site's humans.txt (`<link rel=author href=humans.txt>`
 * credits the whole team).
 */
export const NOT_AN_AUTHOR_PAGE_RE = /^\s*(?:mailto:|javascript:|tel:|sms:|#)|\/cdn-cgi\/l\/email-protection|humans\.txt(?:$|[?#])/i;

/**
 * Social-network pages in `article:author` or `<link rel=author>`: sites put their own page
 * there as often as the writer's (facebook.com/bbcnews, /CNBC, plus.google.com/+hollywoodreporter), so a document-level
 * link to one is not taken as the author's. A byline's own link to one still is. The
 * networks whose name is unmistakable count under any domain ending (facebook.de, linkedin.cn).
 */
export const SOCIAL_PAGE_RE = /^(?:https?:)?\/\/(?:[\w-]+\.)*(?:(?:facebook|fb|instagram|linkedin|twitter|x|plus\.google|youtube|tiktok|threads|pinterest|vk|weibo)\.com|(?:facebook|instagram|linkedin|twitter|youtube|tiktok|pinterest|weibo)\.[a-z]{2,12}|t\.me|vk\.ru|ok\.ru|threads\.net|youtu\.be|bsky\.app|mastodon\.social)\//i;

/**
 * Paths that are no person's page: an about or contact page, a picture or document, a dated
 * article path ("/2024/04/parking-rules"). (A site's root is judged with its host.)
 */
export const NOT_A_PERSON_PATH_RE = /^\/(?:about|about-us|contact|impressum|imprint)\/?$|\.(?:jpe?g|png|gif|webp|avif|svg|pdf)$|\/(?:19|20)\d{2}\/\d{1,2}\//i;

/**
 * A site's about page in the singular ("/about", "/about-me"): the outlet's page on a news
 * site, but on a one-person blog its owner's. It is the author's page only where a byline
 * that names one person puts it on that name ("by <a href=/about>Inês Carvalho</a> · 8 min
 * read"): no outlet's byline links its writer to its own about page.
 */
export const ABOUT_PAGE_PATH_RE = /^\/(?:about|about-me)\/?$/i;

/**
 * A user handle as a profile link prints it instead of the person's name ("@ipetrov",
 * "ipetrov"): one word of letters, digits, "_", "." or "-", an "@" before it at most. Such a
 * link is the page of the name printed right beside it (see pageAuthorLinks).
 */
export const PROFILE_HANDLE_RE = /^@?[\p{L}\p{N}_][\p{L}\p{N}_.-]{1,38}$/u;

/** Meta keys whose values may be, or may end with, the author's page. */
export const AUTHOR_URL_META_KEYS: readonly string[] = ['article:author', 'og:article:author', 'author'];

/**
 * The label before a link that names the person it goes to: one word and a colon ("Müəllif:",
 * Azerbaijani "Author:"; "Autor:", "Piše:"), in whatever language; the link is then the page
 * of an author whose whole name it holds (see pageAuthorLinks).
 */
export const LABELLED_NAME_LINK_RE = new RegExp(String.raw`^${LABEL_WORD_SOURCE}\s?:$`, 'u');

/** A URL in parentheses after a name: "Bradley M. Kuhn (http://ebb.org/bkuhn/)". */
export const PARENTHESISED_URL_RE = /\((https?:\/\/[^\s()]+)\)/i;

/** How many levels up a byline name may sit inside its link: `<a href><span><span class=author>`. */
export const MAX_LINK_ANCESTOR_DEPTH = 3;

/** Links of a byline looked at for the names' pages: a byline links a few names. */
export const MAX_BYLINE_LINKS = 20;

/**
 * Inline wrappers of a byline's name links (`<p><strong><a href=/authors/…>`): the block of
 * an unnamed byline (see UNNAMED_BYLINE) is the nearest wrapper of a link not among them.
 */
export const NAME_LINK_WRAPPER_TAGS: ReadonlySet<string> = new Set(['a', 'span', 'strong', 'b', 'em', 'i', 'small']);

/**
 * A byline with no byline class, id, rel or itemprop (utility-classed markup: Tailwind's
 * `<p class="font-semibold text-gray-900">`): a short block in the headline's header (a
 * wrapper of the `<h1>` holding fewer than ARTICLE_PROSE's paragraphs, so not the body, an
 * author box after it or a teaser list) whose links all go to author pages (AUTHOR_HREF_RE)
 * and whose other text only joins the names ("By", "and", commas). Links to author pages
 * after the headline are looked at up to `maxLinks`: a page's own byline comes early.
 */
export const UNNAMED_BYLINE = { maxLinks: 50 } as const;

/**
 * A Korean reporter's line: a name of two to four Hangul syllables and the reporter's title
 * ("홍길동 기자", "김철수 선임기자", "이영희 특파원"), the whole text of an element. Korean news
 * prints its byline so, the title doing the work of "By", often in an unclassed `<li>` of the
 * info row under the headline; read there only, in the headline's own block (see
 * reporterLine in visible.ts). CJK_REPORTER_TITLE_RE then strips the title. The name stands
 * apart from the title, and is not a desk's or a job's word ("사진기자", photo journalist;
 * "취재 기자", reporting journalist).
 */
export const KOREAN_REPORTER_LINE_RE = /^(?!(?:사진|영상|담당|취재|수습|인턴|객원|전문|선임|수석|편집|기획|온라인|디지털|사회부|경제부|정치부)\s)[\uAC00-\uD7A3]{2,4}\s+(?:(?:선임|수석|전문|객원)\s*)?(?:기자|특파원)$/u;

/**
 * A byline whose names are each a link to an author page under one path ("/author/a/",
 * "/author/b/") reads one author a link, whatever words join them (see linkedNames in
 * visible.ts): up to `maxLinks` links, a label of at most `maxLabelWords` words before the
 * first ("nga", "Written by"), at most `maxJoiningWords` between two (", ", " dhe "), and
 * nothing after the last: more words there may be an unlinked co-author or a role.
 */
export const LINKED_BYLINE = { maxLinks: 12, maxLabelWords: 2, maxJoiningWords: 1 } as const;

/**
 * A post's signature in its own foot, read as the byline when none follows the headline:
 * WriteFreely's "Published by <a class="u-author h-card" href=/about>Ann Lee</a> · Discuss…"
 * in `#post-footer` inside the `article.h-entry`. Narrow on purpose (a rule reading any
 * footer `.author.vcard` took a photographer's, a quoted source's or an editor's hCard): the
 * link is classed as the entry's author in microformats (`authorClassRe`, with `cardClassRe`),
 * it is the only such link in its line, the line is at most `maxLineLength` characters and
 * its text before the link is a byline word alone (BYLINE_PREFIX_RE: "Published by", "Posted
 * by"; not a photo credit), and it sits inside the story's own entry or `<article>`, in no
 * nested post, comment, reply or other foreign block; the last such line in the story wins.
 */
export const ENTRY_SIGNATURE = {
  authorClassRe: /(?:^|\s)[up]-author(?=$|\s)/,
  cardClassRe: /(?:^|\s)h-card(?=$|\s)/,
  maxLineLength: 120,
  lineTags: new Set(['p', 'div', 'span', 'li']) as ReadonlySet<string>,
  /**
   * Not inside another microformats post or citation (a reader's `h-entry p-comment`, a reply
   * context `u-in-reply-to h-cite` above the post, a quoted `h-cite`) unless it holds the
   * headline: its "Posted by" card is that post's author (session 19's review).
   */
  nestedRootClassRe: /(?:^|\s)(?:h-(?:entry|cite)|[up]-(?:comment|in-reply-to|repost-of|like-of|bookmark-of|quotation-of))(?=$|\s)/,
  /** Nor inside a block named as replies, an embed or a quote, nor these tags (an aside of comments). */
  notInsideNameRe: /respons|repl(?:y|ies)|embed|quot/i,
  notInsideTags: new Set(['aside', 'nav', 'blockquote', 'figure']) as ReadonlySet<string>,
} as const;

/**
 * A credit line naming someone other than the writer as the story's editor (see
 * readAuthors): Chinese portals' duty editor "责任编辑：肖春芳", "[责任编辑:肖春芳]", "编辑：王芳"
 * (GMW, 中国青年网 and many CMSs fill the author meta with this editor's name). The label opens
 * a short text node (after an opening bracket); group 1 is the name, up to a closing bracket,
 * separator or the end. "责任编辑" may go without a colon ("责任编辑 肖春芳"), "编辑" takes one:
 * "编辑部" (the desk) is none. Only the Chinese duty editor's labels: a review found the
 * European ones name the writer or a masthead ("Rédacteur : Jean Dupont", Spanish
 * "Redactor", Italian "Redattore", German "Redakteurin:" label the story's writer; a footer's
 * "Editor: Jane Doe" or "Redaktion: … (V.i.S.d.P.)", a podcast teaser's "Edited by" are the
 * site's), and a meta author they named is the writer.
 */
export const EDITOR_CREDIT_RE =
  /^[\s[【(（]*(?:(?:责任编辑|責任編輯)[\s:：]*|(?:编辑|編輯)\s?[:：]\s*)([^\s[\]【】()（）|｜,，;；:：/][^[\]【】()（）|｜,，;；:：/]{0,39})/u;

/**
 * The fewest characters of the editor's name a longer meta author in a script without case
 * may end with and still be that editor with a desk glued before it (中国青年网's meta author
 * "青网校园崔宁宁" for "责任编辑：崔宁宁"): a two-character Chinese name.
 */
export const MIN_GLUED_EDITOR_LENGTH = 2;

/**
 * A credit line naming the writer ("作者：肖春芳", "作者︱春春", "文/张伟", "Author: Jane Doe", "By: Jane
 * Doe"): a meta author the page labels as its editor stays the author when the page labels
 * that name as the writer too (see EDITOR_CREDIT_RE). Group 1 is the name.
 */
export const WRITER_CREDIT_RE =
  /^[\s[【(（]*(?:作者|作\s者|记者|記者|撰文|文|author|autor(?:in)?|auteur|autore|written\s+by|by)\s?[:：︱|｜/／]\s*([^\s[\]【】()（）|｜,，;；:：/][^[\]【】()（）|｜,，;；:：/]{0,39})/iu;

/**
 * A closing credit alone in the story's own footer, read as the byline when nothing else on
 * the page is one: a static-site blog signs its post at the foot with no date in the line
 * (the date is in the header): V8's blog `<article itemtype=BlogPosting>…<footer><p>Posted by
 * Alon Zakai.</p></footer>`. The line is a `lineTags` element of at most `maxLength`
 * characters whose whole text is `lineRe` (the label, a person's name of two to four
 * capitalised words, at most a full stop), inside a `<footer>` or footer-named block of the
 * story's container and in nothing of someone else's there (a comment, a related card or
 * another `<article>`, a quote, an embed); the one such line there ("Posted by Admin",
 * "Written by the team at Acme", two credits naming two people, the site's footer, a share
 * line with more words: none).
 */
export const CLOSING_CREDIT = {
  lineRe: /^(?:posted|written)\s+by\s+([^\s.,;:!?]+(?:\s+[^\s.,;:!?]+){1,3})\s*\.?$/i,
  lineTags: new Set(['p', 'div', 'span', 'li', 'small', 'em', 'i']) as ReadonlySet<string>,
  maxLength: 80,
  /** Tags it must not sit in below the story: another story's or a comment's `<article>`. */
  notInsideTags: new Set(['article']) as ReadonlySet<string>,
  /**
   * Words that make the credited name a role, an account or an organisation rather than a
   * person, for a blog's or an institution's foot ("Posted by Site Admin", "Google Research",
   * "Planning Department", "Communications Office", "Harbour Analytics Ltd", "Example Blog");
   * ROLE_WORDS_RE's and ADMIN_ACCOUNT_RE's words, and the site's own name, are left out too.
   */
  notNameWordRe: /\b(?:site|blog|research|department|dept|office|ministry|council|committee|secretariat|ltd|llc|inc|plc|gmbh|corp|corporation|company|group|labs?|foundation|institute|association|society|services?|communications|analytics|solutions|systems|technolog(?:y|ies)|consulting|partners|newsroom)\b/i,
  /**
   * A review's credits box in the story's footer writes the work's credits, not the review's
   * byline ("Directed by …", "Written by Noah Baumbach", "Starring …"; a book's "Written by
   * Hilary Mantel" beside its title and "Fourth Estate, 912 pages"): a credit line beside a
   * line in `workCreditRe` (a film's, a song's or a book's other credits, a publisher's page
   * count, a title in quotation marks: "“Blowin’ in the Wind”") or beside a work's title (a
   * `titleTags` element of at most `maxTitleLength` characters that ends in no stop or colon:
   * `<em>The Tides</em>`, `<p><strong>The Tides</strong></p>`; not "<strong>Share this:</strong>")
   * is no byline. A bio line ("Jane is a guest writer."), a share link or an avatar beside it is.
   */
  workCreditRe: /^(?:(?:directed|produced|composed|narrated|translated|music|lyrics|screenplay)\s+by\b|(?:director|directors|cast|screenplay|music|lyrics|producer|publisher|label|running time|runtime|isbn)\s*:|starring\s|[^\d]{0,60}\b\d+\s+(?:pages|pp)\b|[“"«„][^“”"«»„]{1,78}[”"»“]$)/i,
  titleTags: new Set(['em', 'i', 'cite', 'strong', 'b']) as ReadonlySet<string>,
  maxTitleLength: 80,
  /** How a title's text does not end: a sentence's or a label's stop. */
  notTitleEndRe: /[.:!?…]$/,
} as const;

/**
 * A byline with no markup of its own (no class, id, rel, itemprop, nor links to author pages):
 * the first short block after the headline, when it reads "By" and people's names with at
 * most a role after them: "By <a href=mailto:…>LORI VANDERWAL</a> / Staff Writer" in an old
 * table layout's `<font size=2><b>`, a newsletter archive's `<p>By Ada Brennan</p>` under its
 * `<h1>`. Looked for among the first `maxElements` elements after the headline, before any
 * other text; `maxLength` characters at most; `maxOtherWords` words beside the byline word
 * and the names ("Staff Writer"), so "By Friday, the council voted …" is a sentence (a date
 * at its end, "· 12 December 2025", not counted). In a flat exported document (Google Docs,
 * Word: the title, its subtitle and the text as sibling paragraphs, only the title and
 * subtitle named), the byline is the short line after the subtitle, among the first
 * `titleBlockLines` after the printed title: "<p class=c3>By Dana Whitcombe, board secretary
 * · 12 December 2025</p>" under `p.subtitle`.
 */
export const PLAIN_BYLINE = {
  maxElements: 12,
  maxLength: 100,
  maxOtherWords: 4,
  titleBlockLines: 3,
  /**
   * A "name" after "By" that is a time, not a person: "By Tomorrow Morning", "By Then
   * Everyone…", "By Noon Friday", "By 2030" (isPersonName reads two capitalised words as a
   * name). Its first word is one no one is named: weekdays, months and holidays are given names
   * too ("Sunday Oguntola", "January Jones", "Ramadan Ali", "Easter Smith"), and "The" opens
   * "By The Rev. John Smith"; a sentence after them ("By Christmas Eve, the team had…") is
   * told by its words (sentenceWords). Case-insensitive, whole first word.
   */
  dateWordStart: /^(?:then|now|today|tonight|tomorrow|yesterday|noon|midnight|\p{N})(?![\p{L}\p{N}])/iu,
  /**
   * Words of a sentence's clause, never of a role or an outlet after the names: pronouns and
   * auxiliary verbs ("By Christmas Eve, the team had finished", "…, we were done"), matched as
   * written in lower case: "IT Correspondent" and "Will County Bureau" are a role and a place.
   * A line whose other words hold one runs on into sentence text and is no byline.
   */
  sentenceWords: new Set(['we', 'you', 'he', 'she', 'it', 'they', 'had', 'has', 'have', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'did', 'been', 'can']),
  /**
   * Words that join a role to where it is done, not counted among the other words (in lower
   * case, as written): "Posted by Andrew Hayden, Software Engineer on Google Play" (see
   * JOB_AT_PART_RE) has four.
   */
  roleJoinWords: new Set(['at', 'on']),
} as const;

/**
 * The line after a plain byline under the headline (visible.ts bylineDateLinesOf): hand-written
 * and table-layout pages print "<H1>…</H1><H3>dek</H3>by Doris Pruitt<BR>December 21, 1999" in
 * the one cell that holds the whole story, so no short block holds the headline and the date.
 * The byline is looked for among the first `maxBlocks` short blocks after the headline: the
 * byline itself, or a dek, a kicker or a picture credit before it.
 */
export const BYLINE_DATE_LINE = { maxBlocks: 3 } as const;

/**
 * Attributes of a date-classed element that may hold its machine-readable time:
 * `<li class="date-and-time" title="2015-03-13T21:00:00+11:00">`, Kinja's
 * `<span class="publish-time" data-publishtime="1425913200851">`, Naver News's
 * `<span class="…_datestamp_time" data-date-time="2024-01-04 15:32:10">2024.01.04. 오후 3:32</span>`
 * and its update line's `data-modify-date-time`. An attribute whose name says update
 * (TIME_MODIFIED_RE) holds the update time, whatever the line's class says.
 */
export const DATE_STAMP_ATTRIBUTES: readonly string[] = ['title', 'data-publishtime', 'data-timestamp', 'data-time', 'data-utime', 'data-date', 'data-datetime', 'data-date-time', 'data-modify-date-time'];

/**
 * An RDFa date property inside a date line, whose `content` is the line's machine-readable
 * time: Drupal's "<span property=\"dc:date dc:created\" content=\"2025-11-24T16:05:00-05:00\">Submitted
 * by … on Mon, 11/24/2025 - 16:05</span>".
 */
export const RDFA_DATE_PROPERTY_RE = /(?:^|\s)(?:dc|dcterms):(?:date|created|issued)(?:$|\s)/i;

/**
 * A stamp such an attribute holds: an ISO date-time, a Unix time in seconds or milliseconds,
 * or a numeric date-time that names its IANA zone (Osnova's, vc.ru's `<time title="04.01.2024
 * 10:42:15 (Europe/Moscow)">`; dates/ resolves the zone, or leaves the time zone-less).
 */
export const DATE_STAMP_RE = new RegExp(String.raw`^(?:\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}\S*|\d{10}|\d{13}|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}[T ]\d{1,2}:\d{2}(?::\d{2})? \(?${IANA_ZONE_NAME_SOURCE}\)?)$`);

/**
 * A `title` that holds a clock time alone, on an element whose text is a date alone (DATE_ONLY_TEXT_RE):
 * uCoz prints "Дата: <span title="10:42">04.01.2024</span>", the time as a tooltip. The line
 * reads "04.01.2024 10:42" (see dateLineText).
 */
export const CLOCK_TITLE_RE = /^\d{1,2}:\d{2}(?::\d{2})?$/;

/**
 * An element's text that is a date and nothing else, written with digits for the day and the
 * year: "04.01.2024", "2024-01-04", "4 января 2024" (not "10 comments", "Комментарии (3)").
 */
export const DATE_ONLY_TEXT_RE = /^\p{Nd}{1,4}[./\- ]\p{L}{0,12}\p{Nd}{0,2}[./\- ]\p{Nd}{2,4}\.?$/u;

/** JSON-LD keys per timestamp kind. */
export const JSON_LD_DATE_KEYS = { published: ['datePublished', 'uploadDate'], modified: ['dateModified'] } as const;

/**
 * The `@context` of Baidu's "cambrian" JSON-LD (`https://ziyuan.baidu.com/contexts/cambrian.jsonld`),
 * which many Chinese CMSs and blog platforms (CSDN, news portals submitting to Baidu) serve
 * instead of schema.org: a node with no `@type` whose `pubDate`/`upDate` are the page's
 * publication and update times. Matched by the context's path, whatever host serves it.
 */
export const CAMBRIAN_CONTEXT_RE = /\/contexts\/cambrian\.jsonld$/i;

/** The cambrian node's keys per timestamp kind (see CAMBRIAN_CONTEXT_RE), read after schema.org's. */
export const CAMBRIAN_DATE_KEYS = { published: ['pubDate'], modified: ['upDate'] } as const;

/**
 * JSON-LD keys read only after every source that says "published": a work's creation time is
 * not its publication (telegraph's dateCreated is the next day's, its visible datePublished
 * the story's).
 */
export const JSON_LD_CREATED_KEYS: readonly string[] = ['dateCreated'];

/** Microdata itemprops per timestamp kind (lower-cased); "datecreated" is read last, as above. */
export const ITEMPROP_DATE_KEYS = { published: ['datepublished', 'uploaddate'], modified: ['datemodified'] } as const;
export const ITEMPROP_CREATED_KEY = 'datecreated';


/**
 * A `<time>` that is an event's, not the story's: its text a span of hours ("Dec 29, 2025 ·
 * 4:00 PM - 7:00 PM", "10:00–12:00"), or a wrapper within EVENT_TIME_DEPTH levels named as a
 * schedule (an obituary's "services" block, an "event" card, an "agenda").
 */
export const TIME_RANGE_RE = /(?<![\d:.])\d{1,2}(?:[:.]\d\d)?(?:\s?[ap]\.?m\.?)?\s?[-–—]\s?\d{1,2}(?:[:.]\d\d)?(?:\s?[ap]\.?m\.?)?\s*$/i;
export const EVENT_CONTAINER_RE = /(?:^|[\s_-])(?:services?|events?|schedules?|agenda|calendar|showtimes?|itinerary|visitation)(?:$|[\s_-])/i;
export const EVENT_TIME_DEPTH = 4;

/** `<time>` classes and labels that mark the publication time… */
export const TIME_PUBLISHED_RE = /publish|posted|created|pubdate|entry-date|date-?time|timestamp/i;

/** …and the update time. */
export const TIME_MODIFIED_RE = /updat|modif|revis|edited/i;

/**
 * The classes hAtom and WordPress give the publication time. A `<time>` or date line whose
 * own class names both this and the update ("entry-date published updated", as WordPress
 * themes write a post never edited since; tagDiv's "entry-date updated" on every post) is
 * one time that is both: the publication, not an update.
 */
export const TIME_PUBLISHED_CLASS_RE = /\b(?:published|entry-date)\b/i;

/** Words that stay lower-case inside a name ("Ursula von der Leyen"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'von', 'van', 'der', 'den', 'de', 'da', 'di', 'del', 'della', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'dos', 'das', 'do', 'y',
]);

/**
 * A name in its sort form, "Surname, Given", as scholarly metas write each author in a tag
 * of its own (`dc.creator`, `citation_author`: "Okafor, Adaeze", "Jong, Michiel de"): one
 * comma, a surname of one word besides particles (NAME_PARTICLES), at most `maxGivenWords`
 * given names or initials after it. A longer part before the comma is a person's whole name
 * ("Jane Doe, John Roe" in one tag names two people) and stays as written.
 */
export const SORT_FORM_NAME = { maxGivenWords: 3 } as const;

/**
 * Keyword metas that are no tags: a CMS that fills `keywords` from the page's fields writes
 * the section's path ("/leadership", Forbes) or the page's own title ("Winter storm to bring
 * heavy snow … - CNN") among them. A path is a slash and no space; a title is the headline or
 * `<title>` (its site affix cut) of at least `minTitleWords` words: a short headline
 * ("Brexit", an explainer's "Black Lives Matter") may well be a tag too. Such a title glued to
 * the dek or the description ("All-new 2020 Sentra is what we really want from Nissan PH
 * Next-generation Nissan Sentra makes global debut in Los Angeles": a CMS's keywords field
 * filled with the headline and its teaser) is none either; a keyword that only begins with
 * the title ("Winter storm to bring heavy snow this weekend in Iowa") stays.
 */
export const NOT_A_KEYWORD = { pathRe: /^\/[^\s]*$/u, minTitleWords: 5 } as const;

/**
 * A section value that lists the story's categories instead of naming one: Yoast's
 * `articleSection` "Calendario Stock Car, Slideshow Página Inicial, Stock Car, …", an
 * `article:section` "Smart News, Smart News Science, Smart News Science". Split at
 * `separatorRe`, it is a list when one part repeats another or begins it at a word's end
 * ("Stock Car" and "stock car brasil"; in Chinese, Japanese or Korean (`cjkRe`) at any
 * character: "ソフトウェア一般, ソフトウェア"); the section is its first part. Parts that
 * share nothing are one name with commas ("Arts, Culture, Entertainment and Media",
 * "Richmond, Va., Local News"), unless a comma is set between two letters with no space
 * (`joinedRe`): that is a template joining the post's categories with a bare ",", as WordPress's
 * Jannah theme writes its `articleSection` "Business,Top News" where Yoast's graph on the same
 * page lists ["Business", "Top News"]; a name is written with a space after its commas
 * ("Health, Fitness & Wellness"), and a figure's comma ("1,000 Words") is between digits.
 */
export const SECTION_LIST = {
  separatorRe: /[,;，、]/u,
  joinedRe: /\p{L},\p{L}/u,
  cjkRe: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u,
} as const;

/**
 * Section values that name no section, passed over for the next source:
 * - `pathRe`: a URL path ("/world/middle_east": an old Washington Post template's `<meta
 *   name="section">`); its words are a folder, not the name the site prints, and a template
 *   may write the same path on stories of other desks;
 * - `placeholderRe`: a value a template printed for an empty field (a serialised Ruby "nil",
 *   JavaScript's "null" and "undefined", Python's "None");
 * - `contentTypeRe`: a lower-case word for a kind of page, which a template writes on every
 *   page of that kind: Hugo's `.Section`, the content folder ("post", "posts", "blog" on every
 *   post of a blog), WordPress's post type (TechCrunch's `articleSection` "post"), a CMS's
 *   content type ("articles", Arc's "story"). Case-sensitive, whole values only: a desk the
 *   site prints is capitalised ("Blog", "Posts", "Stories"), and "news", lower case or not,
 *   is a real desk beside "sport" and "opinion" (nypost.com and nbcnews.com write "news").
 * A placement flag (PLACEMENT_FLAG_RE) is passed over too: where the story is placed, not its desk.
 */
export const NOT_A_SECTION = {
  pathRe: /^\/[^\s]*$/u,
  placeholderRe: /^(?:nil|null|undefined|none)$/i,
  contentTypeRe: /^(?:posts?|articles?|blogs?|entry|entries|pages?|story|stories)$/,
} as const;

/**
 * A placement flag a CMS writes among a story's sections or keywords for its own pages: Vox
 * Media's "Front Page" (`articleSection`, JSON-LD keywords, Parse.ly's "front-page"), "featured-
 * story", a "Homepage" section, WordPress's "Featured" category. Whole values only, spaced,
 * hyphenated or run together: "Front Page News", "Featured Stories of 2019" or "Home Office" are names.
 */
export const PLACEMENT_FLAG_RE = /^(?:front[\s_-]?page|home[\s_-]?page|featured(?:[\s_-]?(?:story|stories|article|post))?)$/i;

/**
 * A keyword a CMS writes for its own machinery, not a topic, in any tag source (article:tag,
 * JSON-LD keywords, keyword metas):
 * - `flagRe`: a routing label or flag, "@" or one "_" before a lower-case word (Advance
 *   Local's "@hp-top-stories", "@river"; TechCrunch's "@post-id:1913719"; WIRED's
 *   "_no-apple-news"); not a handle topic ("@Ryanair") nor a name like "__init__";
 * - `contactRe`: an e-mail address or a web address (a reporter's contact in news_keywords);
 * - `uncategorisedRe`: WordPress's default category, in the languages it ships in;
 * - `hyphenFacetRe`: a facet slug, a lower-case facet key, a hyphen and a capitalised name
 *   (Atlas Obscura's JSON-LD keywords ["section-Articles"], "category-News"); not a topic that
 *   begins so ("type-2 diabetes", "type-A personality", "type-Ia supernovae", "category-theory",
 *   "Section-8 housing"): the slug is the whole keyword.
 * A keyword that is the headline is no topic either (readTags). The author's name is kept: a
 * press release's company is its author and its topic. Snake_case words are kept: a player's
 * flags ("ctp_video") and a slug-tagged site's topics ("giorgia_meloni", "file_get_contents")
 * look the same.
 */
export const CMS_KEYWORD = {
  flagRe: /^(?:@|_(?!_))\p{Ll}/u,
  contactRe: /[^\s@]@[^\s@]+\.\p{L}|:\/\/|(?:^|\s)www\./u,
  uncategorisedRe: /^(?:uncategori[sz]ed|non classé|sin categoría|senza categoria|sem categoria|ohne kategorie|без рубрики|niet gecategoriseerd|未分類|未分类|미분류|bez kategorii|tak berkategori|chưa phân loại|kategorisiz|ללא קטגוריה|غير مصنف)$/iu,
  hyphenFacetRe: /^(?:section|category|channel|type|format)-\p{Lu}\p{Ll}+$/u,
} as const;

/**
 * A keyword meta made only of these words is the site's blanket keywords, the same on every
 * page, not the story's topics: Libération's `<meta name="keywords" content="actualités,
 * news">`. Words for "news" and "home" in the press's languages, lower case. One of them
 * among real keywords ("News, Fair Hill International, …") stays a keyword; only a keyword
 * meta is read so (article:tag and JSON-LD keywords are the story's own fields). The site's own
 * name, whole or one of its words, is blanket too: NHK's "NHK,ニュース,NHK NEWS WEB" on every page.
 */
export const SITE_WIDE_KEYWORDS: ReadonlySet<string> = new Set([
  'news', 'latest news', 'breaking news', 'home', 'actualités', 'actualité', 'actualites', 'infos', 'accueil', 'nachrichten', 'aktuelles',
  'startseite', 'noticias', 'notícias', 'inicio', 'notizie', 'nieuws', 'nyheter', 'nyheder', 'uutiset', 'wiadomości', 'новости', 'новини',
  'haberler', 'berita', 'ニュース', '뉴스', '新闻', '新聞', '资讯', '資訊',
]);

/**
 * Parse.ly's and Sailthru's tag metas (`keys`) feed an analytics and a mailing tool, and a CMS
 * writes its own flags there beside the topics (Vox Media's "verge, front-page, apple, tech,
 * featured-story, stream-23490979", "general, vox"). Read there, not in other tag sources:
 * - `defaultRe`: the default bucket every story carries ("general"; "general-news" is a topic);
 * - `idRe`: a collection's id, a collection word and five digits or more ("stream-23490979";
 *   not "covid-19", "boeing-737", "windows-10", a blockchain's "block-840000");
 * - the site's own name, as a slug with or without its article ("verge", "the-verge" on The
 *   Verge, "vox" on Vox: `articleRe` is cut), compared with the site name (readTags).
 * - a placement flag (PLACEMENT_FLAG_RE: "front-page", "featured-story").
 * Elsewhere only Vox's JSON-LD "Front Page" is a flag (`jsonLdFlagRe`, in JSON-LD keywords): an
 * `article:tag` "Homepage" on a post about home pages, a keywords meta's "front page" on one
 * about Reddit, a JSON-LD "Featured Article" on one about Wikipedia are topics.
 */
export const FEED_TAG = {
  keys: new Set(['parsely-tags', 'sailthru.tags']) as ReadonlySet<string>,
  defaultRe: /^general$/i,
  idRe: /^(?:stream|storystream|collection|package|hub|feed|list|group)[-_]\d{5,}$/i,
  articleRe: /^(?:the|a|an)-/,
  slugSeparatorRe: /[^\p{L}\p{N}]+/u,
  jsonLdFlagRe: /^front[\s_-]?page$/i,
} as const;

/**
 * A JSON-LD keyword written as a CMS facet with a spaced colon, its key a facet's name:
 * WordPress VIP's "topic: White House", "section: Article", Future's "Category: Moon". A
 * topic's, tag's or subject's facet is that keyword; any other (a section, category, type or
 * channel) is none. Known keys only: "Review: Emma" is a keyword.
 */
export const NAMED_FACET_RE = /^(topic|tag|subject|section|category|type|channel|format)\s?:\s?(\S.*)$/i;

/** The keys of NAMED_FACET_RE whose value is the keyword. */
export const TOPIC_FACET_KEYS: ReadonlySet<string> = new Set(['topic', 'tag', 'subject']);

/**
 * Inline script variables that date a page that dates itself nowhere else (WeChat's
 * `var createTime = '2024-01-04 10:42'`, `var publish_time = "2024-01-04"`): a statement
 * `var`/`let`/`const` (not an object's property: a list of related stories writes those), its
 * name saying publication time, or WeChat's `createTime` (`nameRe`, whole: not a data model's `createdAt`), its value a quoted date. Beside
 * them, `epochRe` reads any such variable holding a quoted or bare Unix time (10 or 13
 * digits): one that shows the named value's wall clock to the minute at a real offset gives
 * that offset (WeChat's `var ct = "1704336120"`). At most `maxValueLength` characters a value.
 */
export const SCRIPT_DATE_VARIABLE = {
  declarationRe: /\b(?:var|let|const)\s+([A-Za-z_$][\w$]{0,40})\s*=\s*(["'])([^"'\\\n]{8,40})\2/g,
  epochRe: /\b(?:var|let|const)\s+[A-Za-z_$][\w$]{0,40}\s*=\s*(["']?)(\d{10}|\d{13})\1\s*[;,\n]/g,
  nameRe: /^(?:pub(?:lish(?:ed)?)?|post(?:ed)?)_?(?:time|date|at|datetime)$|^create_?time$|^date_?published$/i,
} as const;

/** A byline word left alone after splitting ("Jane Doe, By"). */
export const BARE_PREFIX_RE = /^(?:by|von|par|por|di|door|av|af|от|and|und)$/i;

/**
 * The word that joins a writer to the outlet she files for, in an author's name: MailOnline's
 * "By ANN LEE FOR MAILONLINE" (and its JSON-LD "Ann Lee For Mailonline"), "Jane Doe for the
 * Guardian", Le Monde's "X pour Le Monde", Der Spiegel's "X für den SPIEGEL", El País's "X
 * para EL PAÍS". What follows is cut only when it is the site's or the publisher's name
 * (see withoutOutletTail in outlets.ts); "Ann Lee for the Associated Press" on another site,
 * or a person after the word, stays. Case-insensitive; the last one in a name is tried.
 */
export const OUTLET_CONNECTOR_RE = /\s(?:for|für|pour|para)\s/giu;

/**
 * Articles that may open the outlet's name after OUTLET_CONNECTOR_RE and are not part of it:
 * "for the Guardian", "für den SPIEGEL", "para el …" (the site calls itself "Guardian",
 * "SPIEGEL"). Compared as lower-case words.
 */
export const OUTLET_TAIL_ARTICLES: ReadonlySet<string> = new Set(['the', 'den', 'die', 'das', 'el', 'la', 'le', 'les', 'o', 'a']);

/**
 * The bar between a press's name and the portal's in a portal's author meta: Naver News files
 * each partner paper's story under `og:article:author` "한빛경제 | 네이버" ("Press | Portal",
 * as it titles the press's pages). Written with spaces around it, as a byline's tail is
 * (BYLINE_TAIL_RE); the name after it must be the site's own (see pressBeforeSite).
 */
export const PRESS_SITE_BAR_RE = /\s\|\s/;

/**
 * A byline card set in one author-page link, the name and the role in spans of their own
 * (Schibsted's "<a href=/av/x><img><span>Linnéa Sjöberg</span><span>Reporter</span></a>"): the
 * link is the named author's page when the rest of its text is a role, at most `maxLength`
 * characters and no digit (author-links.ts namedChildText).
 */
export const AUTHOR_CARD_ROLE = { maxLength: 40, digitRe: /\d/ } as const;

/**
 * A press's name before the bar written as a person's would be, two to four capitalised words
 * ("Jane Roe | Example News" is a staff writer on her paper's site, review): taken for a press
 * only when a word of it names a paper (OUTLET_WORDS_RE, `paperWordRe`: "Ashford Courier |
 * NewsHub") or the page shows it as a logo (outlets.ts isLogoName). Names in scripts without
 * capitals ("한빛경제 | 네이버") are read by the bar and the site's name alone.
 */
export const PERSON_SHAPED_HEAD = {
  re: /^\p{Lu}[\p{Ll}'’.-]+(?: \p{Lu}[\p{Ll}'’.-]+){1,3}$/u,
  /** Papers' words OUTLET_WORDS_RE does not hold already (it has news, times, post, herald, gazette). */
  paperWordRe: /\b(?:courier|chronicle|observer|telegraph|dispatch|examiner|sentinel|inquirer|bulletin|courant)\b/i,
} as const;

/**
 * Class, id or `src` words of a press's or a site's logo: Naver's
 * `<a class="media_end_head_top_logo"><img alt="한빛경제" src="…/office_logo/…">`. An author
 * named by such an image's `alt` is the organisation the page shows as its press.
 */
export const PRESS_LOGO_RE = /logo/i;

/**
 * Words naming a publication's editorial office, which a site-wide author meta puts before
 * the site's name: "Редакция газеты Ладожский край" (Russian "editorial office of the
 * newspaper …"), "Redaktion Kieler Nachrichten", "Rédaction de Ouest-Éclair", "Redazione
 * Il Tirreno", "Editorial staff of …". Such an author is the outlet, not a person (see
 * isOutlet). Matched against the lower-case words before the site's name, joined by spaces.
 */
export const EDITORIAL_OFFICE_RE =
  /^(?:редакция|редакція|рэдакцыя|redaktion|redaktionen|rédaction|redazione|redacción|redacció|redação|redaccao|redactie|redakcja|redakce|redakcia|redaksi|szerkesztőség|editorial (?:staff|team|board|desk|office)|the editors|editors|newsroom|staff)(?: (?:газеты|газети|журнала|журналу|сайта|der|des|de|du|d|di|della|del|da|do|van|het|of|at|the))*$/u;

/** A site name this short ("AP") matches only exactly, never as a prefix. */
export const MIN_SITE_KEY_LENGTH = 4;

/**
 * A parenthesis that names co-authors: "Jane Doe (avec John Roe et Ann Poe)", "(with …)",
 * "(mit …)", "(con …)", "(com …)", "(met …)". Its names are authors too.
 */
export const COAUTHOR_PAREN_RE = /\((?:with|avec|mit|con|com|met|ile|с)\s+([^()]{2,200})\)/giu;

/** A parenthesis at the end of a byline part: a role, a place or a handle ("Jane Doe (Reuters)"). */
// A match may start only at the first space of a run (the lookbehind): otherwise every space of
// a long run would start a scan to the end of it, quadratic on a crafted byline.
export const TRAILING_PAREN_RE = /(?<!\s)\s*\([^()]*\)\s*$/;

/**
 * Class/id names of the site's logo or masthead: an `<h1>` there names the site, not the
 * article ("topbar__logo__title", "site-title", "brand").
 */
export const SITE_LOGO_CLASS_RE = /logo|brand|masthead|site-?(?:title|name)|navbar|topbar/i;

/** A permalink mark some CMSs (Sphinx, Jekyll themes) append to headings: "Title¶". */
// Starts only at the first character of a run of spaces and marks (see TRAILING_PAREN_RE).
export const HEADING_PERMALINK_RE = /(?<![\s¶§#🔗])\s*[¶§#🔗]+\s*$/u;

/** schema.org types of an article item itself (not the WebPage around it). */
export const ARTICLE_ITEM_TYPE_RE = /schema\.org\/(?:\w*Article|BlogPosting|LiveBlogPosting|Report)\b/i;

/**
 * The fewest words of a microdata headline that may agree with the `<h1>` (headline.ts
 * microdataHeadlines): a story's headline, not a kicker marked as one ("Live coverage").
 */
export const MICRODATA_HEADLINE_MIN_WORDS = 4;

/** schema.org types of microdata scopes that are the article (compared lower-cased, by suffix of the itemtype URL). */
export const MICRODATA_ARTICLE_TYPE_RE = /schema\.org\/(?:\w*Article|BlogPosting|LiveBlogPosting|Report|WebPage)\b/i;

/**
 * A blog theme's author row under the headline (an avatar and a link on the name its `alt`
 * gives): the avatar sits at most `maxLevels` wrappers up from the name link (Gatsby starters'
 * "<div><img alt=Name><div><a>Name</a><p>date · 7 min read</p></div></div>"). A profile
 * header of the story's subject looks the same ("<img alt="Ada Lovelace"> <a
 * href=/wiki/Ada_Lovelace>Ada Lovelace</a>"): the row is a byline only with a sign of
 * authorship, a date in it or a link that says it goes to an author page.
 */
export const AVATAR_NAME_ROW = {
  maxLevels: 3,
  /**
   * A row holding more text than this is no meta row (a card, the story's opening): a date in
   * it is not the row's. A Gatsby row of name, date and reading time is some 40 characters.
   */
  maxRowText: 200,
  /**
   * A date written in the row, one sign that the linked name is the writer's (the other: the
   * link says it goes to an author page, see avatarNameLink): "March 14, 2025", "14 Mar 2025",
   * "2025-03-14", "14.03.2025", "3 hours ago", "2h ago", "yesterday"; in any language a day, a
   * month's word and a year ("14. März 2025", "14 de marzo de 2025", "März 14, 2025"). Not a
   * lone year ("Founded 2001" beside a company's logo and name) nor a count ("7 min read").
   */
  dateText:
    /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s\d{1,2}\b|\b\d{1,2}\.?\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b\d{1,3}\s?[a-z]{1,7}\sago\b|\b(?:yesterday|today)\b|(?<!\d)\d{1,2}\.?\s(?:de\s)?\p{L}{3,12}\.?,?\s(?:de\s)?(?:19|20)\d{2}(?!\d)|\p{L}{3,12}\.?\s\d{1,2},?\s(?:19|20)\d{2}(?!\d)/iu,
} as const;

/**
 * Parts of a page's `<h1>` that name where a wiki files the page, not the title: MediaWiki's
 * "mw-page-title-namespace" ("News", "Talk", "User") and the "mw-page-title-separator" colon
 * after it, printed apart from "mw-page-title-main".
 */
export const TITLE_NAMESPACE_PART_RE = /(?:^|\s)[\w-]*title-(?:namespace|separator)(?:\s|$)/;

/**
 * A label/value row of facts (MediaWiki's and Fandom's infoboxes, a product's spec table, a
 * `<dl>` of an event's details): a date in its value cell (`cellTags`, after a `labelTags`
 * label), at most `maxLevels` down in it, is a fact of the story ("Opened 14 December 2025"),
 * unless the label names the page's date (see inFactRow).
 */
export const FACT_ROW = { cellTags: new Set(['td', 'dd']), labelTags: new Set(['th', 'dt']), maxLevels: 2 } as const;
