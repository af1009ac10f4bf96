/**
 * The public contract of copydesk. Every field of {@link Article} is always present: `null`
 * for a missing scalar, `[]` for a missing list, never `''` as a sentinel.
 *
 * @packageDocumentation
 */

/**
 * A person or organisation credited with the article.
 * @category Types
 */
export interface Author {
  /** Display name, without "By", roles, dates or e-mail addresses: `"Jane Doe"`. */
  name: string;
  /**
   * Absolute URL of the author's page when the page gives one, else `null`: the link a byline
   * puts on the name, a JSON-LD Person's `url` or `sameAs`, or for a lone author the page's
   * `<link rel=author>`, an `article:author` URL or "Name (URL)" in `meta name=author` (for
   * several, the URL whose last path segment spells the name). Never a social-network page,
   * which sites fill with their own.
   */
  url: string | null;
}

/**
 * An image of the article with the text the page attaches to it.
 * @category Types
 */
export interface Figure {
  /**
   * Absolute URL of the image (lazy-loading attributes, `srcset` and a `<picture>`'s
   * `<source>` resolved; the widest `srcset` candidate when no `src` is real; a captioned
   * `<figure>`'s lazy CSS background, `data-bg`, counts as its image). A picture the page
   * embeds whole with no other source (a notebook's chart) keeps its base64 `data:image/png`,
   * `jpeg`, `gif` or `webp` URI, which may be long; never an SVG or a placeholder's.
   */
  src: string;
  /** The `alt` text, or `null` when absent, empty, or a generator's sentence saying there is none ("No description has been provided for this image"). */
  alt: string | null;
  /** The caption without its credit: `"People walk past stalls ..."`, or `null`. */
  caption: string | null;
  /** The photo credit, split off the caption or read from a credit element: `"AFP Photo"`, or `null`. */
  credit: string | null;
  /** Intrinsic width in pixels when the page states it, else `null`. */
  width: number | null;
  /** Intrinsic height in pixels when the page states it, else `null`. */
  height: number | null;
}

/**
 * A run of body paragraphs under one heading. The first section of an article that opens
 * without a heading has `heading: null` and `level: null`.
 * @category Types
 */
export interface Section {
  /** The heading text, or `null` for the part of the body before the first heading. */
  heading: string | null;
  /** 2 to 6 for `<h2>`–`<h6>` (1 for an `<h1>` inside the body that is not the headline); a bold-paragraph subhead counts as level 2; `null` with no heading. */
  level: number | null;
  /** The section's paragraphs in order (list items, quotes and table rows each count as one). */
  paragraphs: string[];
}

/**
 * Where a metadata value was read from, so callers can judge how far to trust it. Roughly
 * from most to least deliberate: structured data the publisher wrote for machines, then
 * markup a person sees, then guesses from text and the URL.
 *
 * - `'json-ld'`: a `<script type="application/ld+json">` node (the article, its `@graph`,
 *   its publisher).
 * - `'opengraph'`: an OpenGraph `<meta property>`: `og:*` or `article:*`.
 * - `'twitter'`: a Twitter card `<meta name="twitter:*">`.
 * - `'meta'`: any other `<meta name|property|http-equiv>`: `author`, `description`,
 *   `parsely-pub-date`, `dc.date`, `content-language` …
 * - `'microdata'`: an element with an `itemprop` (`itemprop="datePublished"` on a `<span>`).
 * - `'time-element'`: the `datetime` attribute of a `<time>` outside related cards.
 * - `'link'`: a `<link rel="canonical">` or `<a rel="tag">` element.
 * - `'text'`: a date read from the visible text of a date line or byline ("Updated 3 hours
 *   ago" only with `options.now`), or from the stamp the date line keeps in an attribute
 *   (`title`, `data-publishtime`, an RDFa `content`).
 * - `'script'`: a variable an inline script declares, named as the publication time
 *   (`var publish_time = "2024-01-04 10:42"`), when nothing else dates the page: the date
 *   the page's own script writes into its date line (WeChat's official-account pages).
 * - `'url'`: the page's URL: the date in `/2025/12/23/`, or `options.url` as the canonical URL.
 * - `'title-element'`: the document's `<title>` (site name taken from its suffix, or the
 *   whole title when it names only the site; headline with the suffix removed).
 * - `'h1'`: the visible `<h1>` headline, chosen because a machine-readable title agrees with
 *   it, or because the titles name only the site or are a placeholder ("Untitled Document").
 * - `'html'`: an element recognised by its role on the page: the byline, the dek under the
 *   headline, `<html lang>` or `<body lang>`, the hero image above the body.
 *
 * @category Types
 */
export type MetadataSource =
  | 'json-ld'
  | 'opengraph'
  | 'twitter'
  | 'meta'
  | 'microdata'
  | 'time-element'
  | 'link'
  | 'text'
  | 'script'
  | 'url'
  | 'title-element'
  | 'h1'
  | 'html';

/**
 * For each metadata field of an {@link Article}, the {@link MetadataSource} its value was
 * read from; `null` exactly when the field is `null` or `[]`.
 * @category Types
 */
export interface ArticleSources {
  /** Source of {@link Article.url}: `'link'` (canonical), `'opengraph'`, `'json-ld'` or `'url'` (options.url). */
  url: MetadataSource | null;
  /** Source of {@link Article.headline}: `'h1'`, `'json-ld'`, `'opengraph'`, `'twitter'`, `'meta'` or `'title-element'`. */
  headline: MetadataSource | null;
  /** Source of {@link Article.subheadline}: `'html'` (the dek element under the headline). */
  subheadline: MetadataSource | null;
  /** Source of {@link Article.authors}: `'json-ld'`, `'meta'`, `'opengraph'`, `'twitter'` or `'html'` (the byline). */
  authors: MetadataSource | null;
  /** Source of {@link Article.publishedAt}: `'json-ld'`, `'opengraph'`, `'meta'`, `'microdata'`, `'time-element'`, `'text'`, `'url'` or `'script'`. */
  publishedAt: MetadataSource | null;
  /** Source of {@link Article.modifiedAt}, as for `publishedAt` (never `'url'`). */
  modifiedAt: MetadataSource | null;
  /** Source of {@link Article.siteName}: `'opengraph'`, `'meta'`, `'json-ld'` or `'title-element'`. */
  siteName: MetadataSource | null;
  /** Source of {@link Article.lang}: `'html'` (`<html lang>` or `<body lang>`), `'opengraph'` (`og:locale`), `'meta'` or `'json-ld'`. */
  lang: MetadataSource | null;
  /** Source of {@link Article.description}: `'opengraph'`, `'meta'`, `'twitter'` or `'json-ld'`. */
  description: MetadataSource | null;
  /** Source of {@link Article.section}: `'opengraph'` (`article:section`), `'meta'` or `'json-ld'`. */
  section: MetadataSource | null;
  /** Source of {@link Article.tags}: `'opengraph'` (`article:tag`), `'json-ld'`, `'meta'`, `'link'` (`rel=tag`) or `'html'` (links to tag pages). */
  tags: MetadataSource | null;
  /** Source of {@link Article.leadImage}: `'html'` (the article's own first image), else `'opengraph'`, `'twitter'` or `'json-ld'`. */
  leadImage: MetadataSource | null;
}

/**
 * The article a news or blog page carries, as parsed by {@link parseArticle}.
 * @category Types
 */
export interface Article {
  /** Canonical URL of the article, absolute: `<link rel=canonical>`, `og:url`, else `options.url`. */
  url: string | null;
  /**
   * The headline, site-name prefixes and suffixes removed: `"Title | Site"` → `"Title"`. A
   * `<title>` that is only the site's name (the home link's text, `og:site_name`) or a
   * placeholder gives way to the story's `<h1>` of three words or more.
   */
  headline: string | null;
  /** The dek / standfirst right under the headline, when the page has one; never the first paragraph. */
  subheadline: string | null;
  /** The authors in page order, deduplicated case-insensitively. */
  authors: Author[];
  /**
   * Publication time as ISO 8601, keeping the page's own UTC offset:
   * `"2025-12-23T15:09:00+03:00"`. A date-only value stays `"2025-12-23"`; a time with no
   * zone stays zone-less (`"2025-12-23T15:09:00"`): no zone is ever invented. A UTC value
   * is written in the offset the page itself shows for the same instant (a zoned source, or
   * date lines giving that minute's local wall clock), so `"…T12:09:00Z"` beside a visible
   * "23.12.2025 15:09" is `"2025-12-23T15:09:00+03:00"`: the same instant, the page's clock.
   */
  publishedAt: string | null;
  /** Last modification time, in the same form as {@link Article.publishedAt}. */
  modifiedAt: string | null;
  /** Name of the publication: `og:site_name`, JSON-LD publisher, or the title suffix (or the whole title when it names only the site). */
  siteName: string | null;
  /** Language of the page as a BCP 47 tag in its usual casing: `"en"`, `"tr-TR"`, `"zh-Hant-TW"` (a page's `"en-us"` or `"en_US"` is `"en-US"`). */
  lang: string | null;
  /** The page's summary (`og:description`, `meta description`, JSON-LD description). */
  description: string | null;
  /** The site section the article is filed under: `"Region"`, `"Politics"`. */
  section: string | null;
  /** Keywords and tags, deduplicated, in page order. */
  tags: string[];
  /** The image that represents the article: the hero image, else `og:image`; `null` if none. */
  leadImage: Figure | null;
  /** The article's images in page order, the hero image above the body included. */
  images: Figure[];
  /** The body split at its headings. */
  sections: Section[];
  /** Every body paragraph in order: the sections' paragraphs, flattened. */
  paragraphs: string[];
  /** The body as plain text: headings, paragraphs and list items separated by blank lines. */
  text: string;
  /** The body as markdown, headings as `##`, images with their captions and credits. */
  markdown: string;
  /** Number of words in {@link Article.text} (CJK characters count one each). */
  wordCount: number;
  /** Where each metadata field was read from: `{ headline: 'h1', publishedAt: 'json-ld', … }`. */
  sources: ArticleSources;
  /**
   * `true` when the input was longer than {@link ParseOptions.maxBytes} and only its first
   * `maxBytes` bytes were read; `false` otherwise.
   */
  truncated: boolean;
}

/**
 * Options of {@link parseArticle}.
 * @category Types
 */
export interface ParseOptions {
  /**
   * The URL the page was fetched from. Relative links and image sources are resolved against
   * it (or against the page's `<base href>` when it has one).
   * @default undefined
   */
  url?: string;
  /**
   * The reference time for relative dates on the page ("3 hours ago", "yesterday",
   * "gestern", "il y a 2 jours") and the upper bound of plausible ones: a timestamp more
   * than a day after it is discarded. A `Date`, epoch milliseconds, or an ISO 8601 string
   * with a UTC offset (`"2025-12-23T18:00:00+03:00"`) or a bare date (`"2025-12-23"`, read
   * as UTC midnight); a string's offset is the one relative results are written in, else
   * UTC. Without it, relative dates are ignored: their meaning depends on when the page
   * was fetched. An invalid date throws a `RangeError`, another type a `TypeError`.
   * @default undefined
   */
  now?: Date | string | number;
  /**
   * Read at most this many bytes of the page, so a service can bound its work on huge input.
   * Bytes are cut after `maxBytes` bytes (an incomplete character at the cut is dropped); a
   * string is cut on a character boundary where its UTF-8 encoding would pass `maxBytes`.
   * The result then has `truncated: true`. A non-negative integer.
   * @default undefined (no limit)
   */
  maxBytes?: number;
  /**
   * The HTTP `Content-Type` header value the bytes came with (`"text/html; charset=Shift_JIS"`).
   * Its charset outranks the page's `<meta>` declaration, as in a browser; a byte-order mark
   * outranks both. Ignored for string input.
   * @default undefined
   */
  contentType?: string;
}
