/**
 * Vocabularies of the clean stage, grouped by concept. Class and id values are split into
 * lower-case tokens ("article-detail__shareBar" → article, detail, share, bar); a rule
 * matches a token or two adjacent tokens joined by "-" ("most-read").
 */

/** Elements that never hold article text. */
export const DROP_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'template', 'link', 'meta', 'head', 'title', 'base',
  'button', 'input', 'select', 'option', 'textarea', 'label', 'fieldset',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'canvas', 'svg', 'map',
  'audio', 'video', 'source', 'track', 'dialog', 'menu', 'nav',
]);

/**
 * Page-chrome elements, dropped unless they hold the article (see {@link PROTECTED_CONTENT}).
 * `form` is here, not in DROP_TAGS: ASP.NET pages wrap the whole page in one `<form>`.
 */
export const CHROME_TAGS: ReadonlySet<string> = new Set(['header', 'footer', 'aside', 'form']);

/** ARIA landmark roles of page chrome (the W3C landmark roles minus main and article). */
export const CHROME_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog',
  'menu', 'menubar', 'toolbar', 'tablist', 'alert', 'status', 'marquee',
]);

/**
 * Class/id tokens of boilerplate, by concept. Sources: Readability's unlikelyCandidates,
 * Trafilatura's xpaths (discard lists), defuddle's constants, and the chrome of the pages in
 * fixtures/pages.
 */
export const BOILERPLATE_TOKENS = {
  /** Share and follow bars ("Share on X", social icons). */
  social: ['share', 'shares', 'sharing', 'sharebar', 'sharethis', 'addthis', 'social', 'socials', 'follow', 'sociallinks', 'sharedaddy', 'jp-relatedposts'],
  /** Newsletter and subscription pitches (paywalls: see GATE_TOKENS). */
  newsletter: ['newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'sign-up', 'mailchimp', 'optin', 'opt-in', 'membership-cta'],
  /**
   * A box named as a call to action (a docs site's "ctaBox_m3Xp" MDX component: "Ready to
   * upgrade?", a pitch line, "Upgrade now" and "Download 4.2" buttons), printed on every post;
   * an upsell for the publisher's other product (Bloomberg's "terminal-upsell": "Before it's
   * here, it's on the Bloomberg Terminal. LEARN MORE"); the publisher's own events sold between
   * paragraphs (TechCrunch's "event-promo-inline": the event, its date and city, "Tickets are on sale now").
   */
  callToAction: ['cta', 'call-to-action', 'calltoaction', 'upsell', 'event-promo', 'events-promo'],
  /** Pitches for the site's own app ("Download the free KQRV 9 Weather app"), named as such. */
  apps: ['app-promo', 'app-download', 'download-app', 'app-banner', 'get-the-app', 'app-install', 'app-cta'],
  /**
   * A wiki's message boxes about the page, not the story: MediaWiki's ambox (articles), ombox,
   * tmbox, imbox, cmbox, fmbox, dmbox ("This is a community news story. It is archived one week
   * after publication…", "This section needs expansion"). Not "mbox": Wikipedia's sister-site
   * link box is an "mbox-small", the article's own "see also".
   */
  notices: ['ambox', 'ombox', 'tmbox', 'imbox', 'cmbox', 'fmbox', 'dmbox'],
  /** Donation and reader-revenue appeals (Newspack's donate block, a "contributions epic"); not "donation", which a story's own figures may be named for. */
  donations: ['donate', 'contributions-epic', 'reader-revenue', 'support-us'],
  /**
   * Cookie and consent banners, and the consent platforms' own names (Quantcast's "qc-cmp2-ui",
   * Complianz, Didomi, Cookiebot). Not a bare "cmp": Adobe Experience Manager's Core
   * Components are all "cmp-title", "cmp-text", "cmp-image".
   */
  consent: ['cookie', 'cookies', 'consent', 'gdpr', 'cmp2', 'cmplz', 'cmp-banner', 'cmp-popup', 'didomi', 'cookiebot', 'onetrust', 'privacy-banner'],
  /** Advertising slots and their labels. */
  ads: ['ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'adslot', 'ad-slot', 'adunit', 'ad-unit', 'dfp', 'gpt', 'doubleclick', 'sponsor', 'sponsored', 'affiliate', 'banner-ad', 'adsense', 'teads', 'outstream',
    // Glued ad-container names (a hand-made CMS's "adbox" and "adlabel").
    'adbox', 'adbanner', 'adwrap', 'adwrapper', 'adzone', 'adspace', 'adcontainer', 'adholder', 'adlabel'],
  /** Related, recommended and most-read story cards. */
  related: ['related', 'recommended', 'recommendations', 'recirculation', 'recirc', 'outbrain', 'taboola', 'most-read', 'most-popular', 'most-viewed', 'mostread', 'popular', 'trending', 'more-from', 'more-stories', 'more-news', 'read-next', 'read-more', 'also-read', 'next-article', 'up-next', 'you-may', 'further-reading', 'teasers', 'news-card', 'story-card', 'card-list', 'latest-news', 'top-stories'],
  /** Page navigation and structure (a table of contents: see TOC_TOKENS). */
  navigation: ['nav', 'navbar', 'navigation', 'menu', 'menus', 'breadcrumb', 'breadcrumbs', 'pagination', 'pager', 'skip', 'skip-link', 'skiplink', 'skip-to', 'site-header', 'site-footer', 'page-footer', 'global-header', 'global-footer', 'masthead', 'topbar', 'top-bar', 'toolbar', 'sidebar', 'rail', 'right-rail', 'left-rail', 'drawer', 'offcanvas', 'footer'],
  /**
   * Overlays: modals, pop-ups, toasts. (Lightbox copies of an image are left to assemble/,
   * which de-duplicates images and captions: a "lightbox" class also wraps real images.
   * "overlay": see OVERLAY_TOKENS.)
   */
  overlay: ['modal', 'popup', 'pop-up', 'tooltip', 'toast', 'interstitial', 'badge'],
  /**
   * A notebook's execution prompts beside its cells ("In [3]:", "Out[3]:"): nbconvert's lab
   * template (jp-InputPrompt, jp-OutputPrompt) and its classic one (prompt input_prompt,
   * prompt output_prompt). Counters of a run, not the post's text; the cells beside them stay.
   */
  notebook: ['input-prompt', 'output-prompt'],
  /**
   * Tag lists and author boxes after the body; a paper's keywords line ("Keywords: open data,
   * link rot", LaTeXML's "ltx_keywords", JATS's "kwd-group"), its tags; a static site's
   * licence and cite-as boxes.
   */
  endmatter: ['tags', 'tag-list', 'taglist', 'tagcloud', 'topics', 'keywords', 'kwd-group', 'author-bio', 'author-box', 'about-author', 'bio', 'post-navigation', 'post-nav', 'entry-footer', 'article-footer', 'print', 'corrections-link',
    // Quarto's appendix sections that every post of a site repeats: its licence ("Reuse") and how to cite it (BibTeX);
    // not the appendix itself, which also holds the post's footnotes.
    'quarto-reuse', 'quarto-citation'],
} as const;

/**
 * Words that name a card's media part: "story-card-image", "news-card__media". A related-card
 * token (BOILERPLATE_TOKENS.related) right before one of them names the picture slot of a card,
 * and only that token makes the name boilerplate: an element so named that holds a picture and
 * no link to another page is the story's own picture (Quintype-style CMSs reuse the card's
 * figure markup for a story's hero: `<figure class="story-card-image">` under the h1), not a
 * card, since a card's picture links to its story. Not "thumb": a thumbnail is a teaser's.
 */
export const CARD_MEDIA_PART_WORDS: readonly string[] = ['image', 'media', 'photo', 'figure'];

/**
 * Boilerplate tokens (BOILERPLATE_TOKENS) that name a block only as a class name's head word:
 * the name's last word, or followed by container words only (`containerWords`). A paper's
 * keywords line ("ltx_keywords", the Guardian's "submeta__keywords", a "keywords-list") is
 * named so; in "keywords-intro" (a story's intro paragraph) the word qualifies another, which
 * names the block.
 */
export const HEAD_WORD_TOKENS = {
  tokens: ['keywords'],
  containerWords: ['list', 'box', 'block', 'group', 'wrap', 'wrapper', 'container', 'section', 'area', 'module', 'links', 'items', 'item', 'row', 'line', 'bar', 'panel', 'holder', 'text', 'content', 'inner', 'body', 'field', 'tags'],
} as const;

/**
 * Class names that the platforms' own embed code puts on a quoted post (`<blockquote
 * class="twitter-tweet">`): a post the article quotes is content, so the share/social
 * wrapper around it is kept.
 */
export const EMBEDDED_POST_CLASSES: ReadonlySet<string> = new Set([
  'twitter-tweet', 'twitter-video', 'instagram-media', 'tiktok-embed', 'bluesky-embed', 'mastodon-embed', 'reddit-embed-bq', 'threads-embed',
]);

/**
 * An embedded card of another site's content set into the story: Forem's liquid tags
 * (dev.to's `div.ltag-github-readme-tag`: the repository's name and description as `<h2>`/`<h3>`,
 * its README excerpt with its own `<h1>`, "Install"/"Usage" headings and code, a "View on
 * GitHub" button). The card shows the other site's document, not the writer's text, so it is
 * removed when it is so named (`nameRe`: a class token opening "ltag"; not a CMS's generic
 * "embed-card" or "bookmark-card", which writers fill with a quote and its source they mean
 * the reader to read), holds headings of its own (a document, not a one-line
 * link preview) and every link of it to a page goes to one other site (at least one; its own
 * README's in-page anchors aside). A quoted social post (EMBEDDED_POST_CLASSES) is content.
 */
export const EMBED_CARD = {
  nameRe: /(?:^|\s)ltag(?:[-_\s]|$)/i,
} as const;

/**
 * Tokens of a paywall or registration wall. Sites put them on the wall's own box ("paywall__box"
 * with its "Subscribe" link) and on the story's text at the wall: the last free paragraph
 * that fades out ("paywall-fade"), the gated part's wrapper. A gate-classed element is removed
 * only when it asks the reader to act (see GATE_NOTICE).
 */
export const GATE_TOKENS: readonly string[] = ['paywall', 'regwall', 'piano'];

/**
 * What makes a gate-classed element the wall rather than the story: a link or a form control
 * in it (the box's "Subscribe" and "Log in"), or, in a short notice, a pitch's words
 * (PITCH_TEXT_RE) or the subscriber's name ("This story is for subscribers only", "Nur für
 * Abonnenten", "réservé aux abonnés"). A longer paragraph about a service's subscribers is the story.
 */
export const GATE_NOTICE = {
  controlTags: new Set(['a', 'button', 'input', 'select', 'form', 'iframe']) as ReadonlySet<string>,
  maxNoticeLength: 120,
  subscriberRe: /(?<!\p{L})(?:subscriber|abonnent|abonn[ée]|suscriptor|abbonat|assinante|prenumerant|member(?:s|ship)? only|exclusive(?:ly)? (?:for|to) (?:members|subscribers))/iu,
  /** A longer notice, up to `maxWallLength`, says what the wall says: a limit, access, reading on. */
  maxWallLength: 400,
  wallRe: /(?<!\p{L})(?:free (?:articles|stories)|unlimited (?:access|digital)|continue reading|keep reading|read the full (?:story|article)|(?:already|become) a (?:subscriber|member)|(?:subscribers|members) only|article limit)(?!\p{L})/iu,
} as const;

/**
 * A table of contents ("ez-toc-container", "table-of-contents") is the page's navigation:
 * removed when it is mostly links (TOC_MIN_LINK_SHARE of its text), never a heading ("toc-1"
 * anchors on a story's own headings) nor a section of prose ("toc-target").
 */
export const TOC_TOKENS: readonly string[] = ['toc', 'table-of-contents', 'tableofcontents'];
export const TOC_MIN_LINK_SHARE = 0.5;

/**
 * "overlay" names what lies over a picture (a video's title, a "View photo" button) and is
 * removed like the overlays above, but also a picture's own wrapper
 * ("aspect-ratio--overlay-container" around a hero's `<picture>`): an overlay-classed element
 * that holds a picture and no text is kept.
 */
export const OVERLAY_TOKENS: readonly string[] = ['overlay'];

/**
 * Overlay tokens (BOILERPLATE_TOKENS.overlay) that also name the link that opens a picture
 * over the page, not only the box it opens: Plone's `<a class="pat-plone-modal">` around a
 * News Item's lead image, Magnific Popup's `a.image-popup-…`, a "modal-trigger" link. Such a
 * link (`<a href>`) holding a picture and no text is the story's picture; the modal itself,
 * its text beside the picture, still goes. Not "badge", "tooltip", "toast", "interstitial":
 * a badge link holding only a picture is an app-store button, a tooltip's a help icon.
 */
export const OVERLAY_TRIGGER_TOKENS: readonly string[] = ['modal', 'popup', 'pop-up'];

/**
 * A link in a caption that sells the picture, not describes it: Reuters' "Purchase
 * Licensing Rights", Gannett's "Buy Photo", "Order a print".
 */
export const CAPTION_SALE_LINK_RE = /^\s*(?:buy (?:this )?(?:photo|image|picture|print)s?|purchase (?:licensing rights|this (?:photo|image))|licen[cs]e this (?:photo|image))\s*(?:[,.(]|$)/i;

/**
 * Comments (and an obituary's guest book or condolences: readers' messages) are never body, however long: dropped without the content guard.
 * IndieWeb blogs show readers' replies, likes and reposts from other sites as "webmentions"
 * (an Eleventy or Hugo theme's `section.webmentions`: its heading, "12 likes, 3 reposts", a
 * facepile and the replies). Not bare "mentions" or "responses": a section's id spelled from
 * its heading ("…-scriptable-responses-from-humans") or a "media-mentions" box is the story's.
 */
export const COMMENT_TOKENS: readonly string[] = ['comment', 'comments', 'disqus', 'respond', 'discussion', 'replies', 'comment-list', 'commentlist', 'reactions', 'guestbook', 'guest-book', 'condolences', 'webmention', 'webmentions'];

/**
 * A list of readers' responses by its microformats, whatever the list is named: a `<ul>` or
 * `<ol>` whose items are each an h-entry (or an h-cite, a quoted post) holding its writer's
 * card (`p-author h-card`) and its own publication time (`dt-published`): webmentions or
 * replies from other sites. The story's own h-entry is no list item among others like it.
 */
export const RESPONSE_LIST = {
  tags: new Set(['ul', 'ol']) as ReadonlySet<string>,
  itemClasses: ['h-entry', 'h-cite'] as readonly string[],
  authorClasses: ['p-author', 'h-card'] as readonly string[],
  publishedClass: 'dt-published',
} as const;

/**
 * A comment word right after a picture word names a picture's caption, not readers' comments:
 * an Arabic CMS's `<div class="ImageComment">` under its image ("photo comment", the editor's
 * line on the picture), "photo-comment", "img_comment". The pairs as classTokens joins them.
 */
export const CAPTION_COMMENT_TOKENS: readonly string[] = ['image', 'img', 'photo', 'picture', 'pic', 'foto'].flatMap((p) => [`${p}-comment`, `${p}-comments`]);

/**
 * Short meta lines inside the article (bylines, date lines, a player's running time "4:12",
 * Video.js's "Duration Time 0:00"; not a bare "duration", which Tailwind's "duration-300" is;
 * WordPress's Twenty Ten "entry-utility", "Posted in X and tagged Y. Bookmark the permalink."):
 * not body text. Dropped only when their text is shorter than {@link MAX_META_LINE_LENGTH}.
 */
export const META_LINE_TOKENS: readonly string[] = ['byline', 'dateline', 'timestamp', 'date', 'pubdate', 'published', 'updated', 'author', 'authors', 'post-meta', 'entry-meta', 'entry-utility', 'article-meta', 'meta', 'reading-time', 'read-time', 'kicker', 'eyebrow', 'player-duration', 'audio-duration', 'video-duration', 'media-duration', 'vjs-duration'];

/** How much of the story's text must follow a dateline's place in its block for the place to stay (clean's isDatelinePlace). */
export const DATELINE_PLACE = { minTextAfter: 20 } as const;

/**
 * A dateline's name among META_LINE_TOKENS ("dateline", "dateLine", "date-line"): a wire
 * dateline opens the story with its place ("<span class=pagebody-dateline>PORTLAND,
 * OREGON</span> Orchard today announced …", "WASHINGTON (AP) —"), and only one that holds a
 * date ("Jan. 4, 2024", a site's today's-date bar) is a date line (see isDatelinePlace). An
 * element also named for another meta line ("byline-dateline", "authorDateline") keeps that
 * line's verdict.
 */
export const DATELINE_TOKENS: readonly string[] = ['dateline', 'date-line'];

/**
 * A caption's box named as one, outside `<figure>` (Kompas's `div.photo__caption` holding its
 * `div.photo__author` credit; WordPress's "wp-caption-text", a CMS's "image-caption",
 * "bildunterschrift", "legend"): a credit line inside it, named as the author's
 * (QUOTE_ATTRIBUTION_TOKENS), is the picture's, as in a `<figcaption>`; its date, reading time
 * or kicker lines stay meta lines. Counted only when the box holds a picture or follows one (a box so named
 * elsewhere captions nothing), looked for on CAPTION_BOX_LEVELS ancestors above the line.
 */
export const CAPTION_BOX_TOKENS: readonly string[] = ['caption', 'figcaption', 'wp-caption', 'wp-caption-text', 'legend', 'bildunterschrift', 'photo-caption', 'image-caption', 'img-caption', 'photo-desc', 'image-desc', 'img-desc', 'photo-text', 'image-description'];
export const CAPTION_BOX_LEVELS = 3;

/**
 * A quote's box (`<blockquote>`, or a block named as a quote: Osnova's "block-quote" with its
 * `__text` and `__author`, "pullquote", "blockquote"): an author-named line inside it
 * (QUOTE_ATTRIBUTION_TOKENS) names the speaker and is the quote's attribution, not the story's
 * byline. Looked for on QUOTE_BOX_LEVELS ancestors above the line (a `<blockquote>` left open
 * around the rest of the page does not spare its bylines).
 */
export const QUOTE_BOX_TOKENS: readonly string[] = ['quote', 'blockquote', 'pullquote', 'pull-quote'];
export const QUOTE_ATTRIBUTION_TOKENS: readonly string[] = ['author', 'authors'];
export const QUOTE_BOX_LEVELS = 3;

/**
 * A timeline's or a chronology's box: the dates of its entries ("timeline__date") head what
 * happened then, and are not meta lines. Looked for on the element and TIMELINE_LEVELS
 * ancestors above it.
 */
export const TIMELINE_TOKENS: readonly string[] = ['timeline', 'chronology'];
export const TIMELINE_LEVELS = 3;

/**
 * A heading named for its anchor is a section's heading when the rest of its name only says
 * navigation: Docusaurus's "anchorWithStickyNavbar_LWe7" (the anchor's scroll offset under a
 * sticky navbar). "anchor share-tools" is still a share bar's.
 */
export const HEADING_ANCHOR_TOKENS: readonly string[] = ['anchor', 'permalink'];

/**
 * A permalink beside a heading, a figure's caption or a code listing's caption: an in-page
 * link to the id of the element it sits in (at most `maxLevels` wrappers up: Sphinx's
 * "headerlink" in a figure's `<figcaption><p>` links the `<figure id>`), whose text is only a
 * mark (`marksRe`: "#", "¶", "§", "🔗") or nothing, and no picture (the Guardian's lightbox
 * link around a figure's image goes to the figure's id too). Glued to the text ("What is a row group?#")
 * or spaced, it is a control; "C#" is a word, and a link to another part of the page is the
 * text's, and so is a mark in a paragraph's text (`textTags`) outside a heading or caption.
 */
export const OWN_PERMALINK = {
  maxLevels: 4,
  marksRe: /^(?:[#¶§]|🔗)?$/u,
  /**
   * Blocks of running text: a mark in one that links to an element around the block is the
   * text's, as "Section 3 §" cites its section, unless it sits in a heading or a caption
   * (`labelTags`: Sphinx's figure caption `<figcaption><p>…<a>#</a>`). A mark linking to the
   * block's own id is its own anchor (a paragraph's "¶" permalink), a control.
   */
  textTags: new Set(['p', 'li', 'dd', 'blockquote', 'td', 'th']) as ReadonlySet<string>,
  /** A heading, a caption or a definition's term (an API doc's signature): their own anchors are controls. */
  labelTags: new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'caption', 'dt', 'summary', 'legend']) as ReadonlySet<string>,
  /**
   * A mark that names itself a permalink control ("permalink", "anchor", "headerlink",
   * anchor.js's "anchorjs-link", Docusaurus' "hash-link") is one wherever it sits: a
   * paragraph's "¶" linking to its wrapper `<div id=p-3>`, an FAQ item's "#".
   */
  classRe: /(?:^|[\s_-])(?:permalink|anchor|headerlink|anchorjs-link|hash-link)(?:$|[\s_-])/i,
} as const;

/**
 * A heading's edit control: MediaWiki's `span.mw-editsection` ("[edit | edit source]"), inside
 * the `<h2>` or beside it in its "mw-heading" box; no more text than `maxText`.
 */
export const EDIT_SECTION = { classRe: /(?:^|\s)(?:mw-)?edit-?section(?:\s|$)/i, maxText: 40 } as const;

/**
 * A readers' poll ("How was today's newsletter?" and its choice buttons): a box so named that
 * holds the poll's controls (a form, a button). Without them it is the story's ("What the
 * polls say", a section of an election story).
 */
export const POLL_TOKENS: readonly string[] = ['poll', 'polls'];

/** A `<footer>` inside a `<blockquote>` is the quote's attribution up to this length (HTML's own example); longer, a page footer an unclosed quote swallowed. */
export const MAX_QUOTE_FOOTER_LENGTH = 120;

/**
 * Sidenotes and margin notes (Tufte CSS, pandoc's and Hugo's sidenote shortcodes): the author's
 * asides, printed in the margin beside the sentence they annotate. Read as paragraphs after
 * theirs, or inside a figure as its caption.
 */
export const SIDENOTE_TOKENS: readonly string[] = ['sidenote', 'sidenotes', 'marginnote', 'margin-note', 'side-note'];

/**
 * A footnote set inline in its sentence with its own text, shown as a popup or in the margin
 * (LaTeXML's `span.ltx_note.ltx_role_footnote`: the mark, then the note's content with the mark
 * again and its number tag): read like a sidenote, after its paragraph, without its marks. An
 * inline element so named (`tokens`) that opens with a mark (`<sup>`, or an element named as a
 * mark or tag, whose text `markRe` reads as a footnote's mark) and holds more than `minText`
 * characters besides; a footnote reference (`<sup class=footnote><a href=#fn1>1</a></sup>`) holds none.
 */
export const INLINE_FOOTNOTE = {
  tokens: ['footnote'],
  tags: new Set(['span']),
  markNameRe: /(?:^|[\s_-])(?:mark|tag)(?:$|[\s_-])/,
  markRe: /^(?:\d{1,3}|[*†‡§]{1,3}|[a-z])$/,
  minText: 10,
} as const;

/**
 * A video's box in the story (Brightspot's "VideoEnhancement", a CMS's "video-embed"): named
 * for a video, holding a player (`playerTags`, or a custom element named for a player or a
 * video: "bsp-jw-player", "video-js", or a poster's play button), at most `maxText` characters (its title, description
 * and running time) and no figure. A video page's own description is longer, or sits apart.
 */
export const VIDEO_BOX = {
  tokens: ['video', 'videos', 'video-embed', 'video-player', 'video-enhancement', 'inline-video'] as readonly string[],
  playerTags: new Set(['video', 'iframe', 'object', 'embed']) as ReadonlySet<string>,
  playerElementRe: /player|video/,
  /**
   * A poster's play button stands for the player a script adds on click (CNN's
   * "video-resource": an `<img>`, a running time and `<button aria-label="Play Video">`),
   * when labelled "Play" or "Play video" and beside a running time: "Play animation", "Play
   * slideshow", "How to play" and "Listen" buttons are not a video's.
   */
  playButtonRe: /^play(?: (?:the )?video)?$/i,
  /** The running time a poster shows ("02:14"): with the play button, the box is a video's. */
  runningTimeRe: /(?<!\d)\d{1,2}:\d{2}(?!\d)/,
  maxText: 300,
  /** A box this small in elements: a deeper one is a page section, and is not searched. */
  maxElements: 80,
  /**
   * An attribute naming the video a script mounts its player on (Sky's SDC video shell:
   * `data-video-id` beside a poster, "Please use Chrome browser for a more accessible video
   * player" and a caption; Brightcove's `data-brightcove-video-id`): on the box or an element in
   * it other than a link, it stands for the player. Not on a link: a story's picture may link a
   * video page with the video's id. Not `data-player…`: sports pages mark footballers so
   * ("<span data-player-id=7>Mbappé</span>" in a "video-highlights" box).
   */
  scriptVideoAttrRe: /^data-[a-z\d-]*video-?id$/,
} as const;

/**
 * A video's teaser card set into the story, whatever its class (Times of India's
 * "vdo-card": a poster <img>, "Watch: Dense fog engulfs Delhi, visibility drops to zero" and
 * "01:12"): a title that opens with a video label (`labelRe`: "Watch:", "Video:", "WATCH |",
 * "Vídeo:", "Видео:"), whose box (the first element up from it, within `maxLevels`, that
 * holds a picture) holds at most `maxText` characters and `maxElements` elements, no caption,
 * and besides the title only the video's running time after it (`runningTimeRe`, the whole
 * rest; a clock before the title is a live blog's entry time), its poster no wider than
 * `maxPosterWidth` when stated. The box goes whole, poster included. A story's "Watch: the minister's speech" paragraph has no
 * running time beside it; a captioned photo is a figure.
 */
export const VIDEO_TEASER = {
  labelRe: /^(?:watch|video|videos|vídeo|vidéo|видео|відео|वीडियो|視頻|视频|動画|영상)\s?[:|｜：–—]\s*\S/iu,
  minLabelLength: 8,
  maxLabelLength: 150,
  maxLevels: 3,
  maxText: 200,
  maxElements: 12,
  runningTimeRe: /^(?:\d{1,2}:)?\d{1,2}:\d{2}$/,
  // A poster stated wider than this is a picture of the story, not a teaser's thumbnail.
  maxPosterWidth: 640,
} as const;

/**
 * An article's listen bar: a text-to-speech or narration player above the story (a Dow
 * Jones story's "AudioPlayerBar": a "Listen to article" button, "(2 min)" and a progress
 * bar), named as an audio player (`tokens`), holding a button that says or is labelled
 * "Listen…" (`buttonRe`) and at most `maxText` characters beside it. Its running time is no
 * sentence of the story. A podcast's own player, with its episode's title and notes, is longer.
 */
export const LISTEN_BAR = {
  tokens: ['audio-player', 'audioplayer', 'audio-bar', 'listen-bar', 'article-audio', 'text-to-speech'] as readonly string[],
  buttonRe: /^(?:listen(?: to (?:this |the )?(?:article|story|page))?|play audio(?: version)?)$/i,
  maxText: 80,
  maxElements: 30,
} as const;

/**
 * A sponsor's label opening a box of its pitch in a newsletter or a story ("TOGETHER WITH
 * LEDGERLY", "Presented by X", "Sponsored by X", "In partnership with X"): an element of
 * these tags holding only the label (at most `maxLength` characters, no sentence); the box is its
 * ancestors up to `box.maxLevels` holding at most `box.maxText` characters. A label with no
 * box of its own (a newsletter's e-mail HTML carried over to the web: Politico's
 * "<p><b>A message from Acme Corp.:</b></p>" among the issue's paragraphs) goes with the
 * sibling blocks right after it that carry a `rel="sponsored"` link (the sponsor's copy, each
 * at most `run.maxText` characters), up to the first that does not; with none, it stays.
 */
export const SPONSOR_LABEL = {
  // The label and a name of at most four words, no sentence: "Together with Spain, France
  // objected" and "A message from the mayor was read aloud." are a story's.
  re: /^(?:together with|presented by|sponsored by|brought to you by|in partnership with|paid (?:post|content) (?:by|from|for))(?:\s+[^\s,.;:!?]+){1,4}$/i,
  // "A message from X:" is a label only as a line of its own ending in a colon (the name's
  // words may end in a dot: "Acme Corp.").
  // The name is a sponsor's, capitalised: "A message from the editor:" over an affiliate
  // disclosure is the site's own.
  messageRe: /^[Aa] message from(?:\s+(?!(?:[Tt]he|[Oo]ur|[Yy]our|[Mm]y)\s)\p{Lu}[^\s,;:!?]*)(?:\s+[^\s,;:!?]+){0,3}\s?:$/u,
  tags: new Set(['p', 'div', 'span', 'h2', 'h3', 'h4', 'h5', 'h6']),
  maxLength: 50,
  box: { maxLevels: 3, maxText: 900 },
  run: { maxText: 600 },
} as const;

/**
 * A copyright notice's box ("article__copyright": "© 2025 X. Reproduction prohibited", in any
 * language): a block of these tags, a sentence long (`minText` to `maxText` characters: a
 * picture's "media__copyright" credit is a name), outside any figure and holding no picture.
 */
export const COPYRIGHT_NOTICE = { tokens: ['copyright'], tags: new Set(['div', 'p', 'section', 'aside', 'footer']), minText: 60, maxText: 400 } as const;

/**
 * Inline elements inside running text (a date or an author name within a sentence) are part
 * of the sentence: class rules never remove them there.
 */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's', 'samp',
  'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var',
]);

/**
 * A hover card set inside a sentence: an inline element in a paragraph that holds a picture
 * and at least `minLinks` links with `minLinkText` characters of link text among them, the
 * portrait and the latest headlines of a person named in the sentence (The Hill's
 * "rollover-people" card after "Rep. <a>Ilhan Omar</a>"), shown on hover. Its text is not the
 * sentence's. The innermost such element is the card (the one around it holds the name);
 * it is looked for at most `maxLevels` inline levels above the picture, in at most
 * `maxElements` elements. Its text is links (at least `minLinkShare` of it), and it hangs on
 * the link right before it (the name; see hoverCardAround): a span wrapping a sentence with
 * a sparkline and two sources, or flags before their countries' names, is no card; and it
 * links the trigger's page again (an inline gallery after "the Herald" does not). An emoji
 * or an icon (narrower than `minImageWidth`) is no portrait.
 */
export const HOVER_CARD = { minLinks: 2, minLinkText: 40, minLinkShare: 0.8, maxLevels: 6, maxElements: 80, minImageWidth: 40 } as const;

/** Parents that make an inline child part of running text. */
export const TEXT_BLOCK_TAGS: ReadonlySet<string> = new Set(['p', 'li', 'dd', 'td', 'blockquote', 'figcaption', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Words that turn a class into a state of the element rather than its kind:
 * "has-comments", "no-comments", "comments-open" describe an article, not a comment list;
 * a negated name ("wsite-not-footer", Weebly's content wrapper; "non-sidebar";
 * "without-comments") names the opposite of its part (as metadata's NOT_CHROME_NAME_RE).
 */
export const STATE_PREFIXES: ReadonlySet<string> = new Set(['has', 'no', 'not', 'non', 'with', 'without', 'show', 'allow', 'enable', 'disable', 'hide', 'is']);
export const STATE_SUFFIXES: ReadonlySet<string> = new Set(['open', 'closed', 'enabled', 'disabled', 'count', 'link', 'number', 'off', 'on']);

/**
 * A heading id that is an anchor spelled from the heading's text ("social-care-takes-the-
 * biggest-share", "h-why-comments-matter"): at least `minWords` of its words are words of
 * the text, and at most `maxOtherWords` are not (a plugin's prefix). A one- or two-word id
 * ("comments", "related-posts") stays a role name.
 */
export const HEADING_ANCHOR_ID = { minWords: 3, maxOtherWords: 1, maxTextRead: 200 } as const;

/**
 * Headings that are furniture by their own words: a share prompt, a sign-up, a related list,
 * an ad label, comments. Their text-spelled id still names their role.
 */
export const FURNITURE_HEADING_RE =
  /^(?:share\b|sign up\b|subscribe\b|related\b|advertisement\b|comments?\b|follow us\b|recommended\b|more (?:from|stories|news)\b|you (?:may|might) also\b|read (?:more|next|also)\b|newsletter|trending\b|most (?:read|popular|viewed)\b)/i;

/**
 * Paths of the pages a pitch sends the reader to: a newsletter's sign-up, a subscription,
 * a contribution or donation form ("/newsletter/", "/contribute", "/abonnements/",
 * "/iscriviti", Basque "/harpidetu"), or one newsletter's page ("/newsletters/salud/"), in the languages we read.
 * The pitch word ends the path or is followed by one slug: "/newsletters/playbook/2025/12/22/…"
 * is a newsletter's edition, a story. A bare "support" only ends the path (HuffPost's
 * contribution page "/support?source=entry-body"): "/support/reset-password" is a help
 * centre's article. (A pitch link is also on the page's own site, and its box asks the reader
 * to act: see pitches.ts and PITCH_TEXT_RE; a help-centre "support" link in a sentence stays.)
 */
export const PITCH_HREF_RE =
  /^(?:[a-z][a-z0-9+.-]*:)?(?:\/\/[^/?#]*)?(?:\/[^?#]*)?\/(?:(?:newsletters?|subscribe|subscriptions?|sign-?up|contribute|contributions?|donate|donations?|support-us|abonnements?|abonnieren|suscripci[oó]n(?:es)?|suscribete|assinaturas?|assine|iscriviti|abbonati|inschrijven|aanmelden|abone-ol|harpidetu)(?:\/[^/?#]+)?|support)\/?(?:[?#.]|$)/i;

/**
 * What a pitch asks the reader to do, in the languages we read: a block found by its link is
 * removed only when its text says one of these ("Sign up", "Support us", "Apúntate",
 * "iscriviti", Basque "Egin zaitez harpidedun", "become a subscriber"); a story's sentence that mentions "our Climate Fix newsletter" does not.
 */
export const PITCH_TEXT_RE =
  /(?<!\p{L})(?:sign(?:ing)? up|subscribe|register|join (?:us|now|today)|support (?:us|our|the)|donate|contribute|give (?:now|today)|iscriviti|abbonati|inscreva-se|assine|abonnez-vous|inscrivez-vous|suscr[ií]bete|ap[uú]ntate|reg[ií]strate|abonnieren|abonniere|melde dich|meld je aan|schrijf je in|abone ol|kay[ıi]t ol|zapisz si[eę]|prenumerera|harpidetu|harpidedun)|подпиш/iu;

/**
 * A promo set as a figure, not a picture of the story (pitches.ts isPromoFigure): Future
 * plc's closing "Need more space? Subscribe to our sister title "All About Space" Magazine …"
 * under a magazine cover, picture and caption linked to the publisher's shop. A caption link
 * sells when a sentence of it opens with a call to subscribe (`actRe`, in the languages
 * PITCH_TEXT_RE reads: "Subscribe to …", "Get a subscription of …", "Abonnez-vous", "Jetzt
 * abonnieren", "Suscríbete", "Abbonati", "Assine", "Prenumerera", "Подпишитесь"), after a
 * teaser question or not. A subscription named as a thing is no call: a review found news
 * photos lost whose caption link said "Netflix subscription prices", "Game Pass
 * subscription", "abonnement Navigo", "300 million subscribers", Portuguese "Assinatura do
 * acordo" (a signing) or Spanish "derechos de suscripción" (share rights). A photo whose
 * caption only mentions a magazine in unlinked words is the story's. A link to a picture
 * file (`imageFileRe`) opens the larger picture and sells nothing.
 */
export const PROMO_FIGURE = {
  actRe:
    /(?:^|[.?!…¿¡]\s+)(?:subscribe\s+(?:to|now|today|for)|get\s+(?:a|your)\s+subscription|abonnez-vous|abonne-toi|jetzt\s+abonnieren|abonnieren\s+sie|suscr[ií]bete|suscr[ií]base|iscriviti|abbonati|assine|prenumerera|подпишитесь)(?![\p{L}\p{N}])/iu,
  imageFileRe: /\.(?:jpe?g|png|gif|webp|avif)$/i,
} as const;

/**
 * The button verbs of a pitch box in other languages, when they are the whole text of its
 * pitch link (a button, not a sentence): French "S’inscrire" and "S’abonner" (Le Monde's
 * newsletter box), Spanish "Suscribirse" and "Recíbela" (El País's "receive it"), German
 * "Anmelden", Italian "Iscriversi", Portuguese "Inscrever-se". In a story's sentence these are
 * ordinary words ("les lecteurs peuvent s’abonner au service"), so only a link that says just
 * the verb (with "now"/"free" beside it) counts.
 */
export const PITCH_BUTTON_RE =
  /^(?:(?:jetzt|gratis|kostenlos)\s+)?(?:s['’]\s?inscrire|s['’]\s?abonner|je m['’]\s?(?:inscris|abonne)|suscribirse|suscr[ií]base|rec[ií]bel[ao]s?|anmelden|registrieren|iscriversi|abbonarsi|inscrever-se|subscrever)(?:\s+(?:gratuitement|gratis|gratuitamente|kostenlos|jetzt|ahora|maintenant|ora|agora))?\s*[.!›»→]*$/iu;

/**
 * A line of a headless pitch box that is its title, not its copy: "Newsletter", "« La lettre
 * des idées »" over a one-line blurb (Le Monde's inread box). At most `maxLength` characters,
 * not ending like a sentence (`sentenceEndRe`): a short story's "Members debated for four
 * hours." is a paragraph of its own.
 */
export const PITCH_TITLE_LINE = { maxLength: 40, sentenceEndRe: /[.!?…。！？]["'”’»)]?$/u } as const;

/**
 * Elements a pitch box never holds: a picture, a video, a quote (a hero image, a story). An
 * `<img>` may be there only as an icon or a logo: at most PITCH_ICON_MAX_WIDTH wide by its
 * attribute, or so named (a "payment-methods" logo strip).
 */
export const NOT_IN_PITCH_TAGS: ReadonlySet<string> = new Set(['picture', 'figure', 'video', 'iframe', 'blockquote', 'table']);
export const PITCH_ICON_MAX_WIDTH = 200;
export const PITCH_ICON_RE = /logo|icon|badge|payment|sprite/i;

/**
 * A pitch box's own copy: at most `maxPlainParagraphs` paragraphs without a pitch link,
 * under a heading ("Before you move on …" and its two paragraphs) or in a box of at most
 * `maxHeadlessText` characters (a title line and a one-line blurb).
 */
export const PITCH_BOX = { maxPlainParagraphs: 2, maxHeadlessText: 300 } as const;

/**
 * A pitch is a box or a line: an ancestor with more text than this, or more elements, is
 * the story around it; and the box is found within this many levels above its link (the
 * Guardian-style epic: link, button row, section, test wrapper, slot).
 */
export const MAX_PITCH_TEXT = 1000;
export const MAX_PITCH_ELEMENTS = 60;
export const MAX_PITCH_DEPTH = 6;

/** Containers a pitch's block never reaches: the page's structure, not a box in it. */
export const PITCH_STOP_TAGS: ReadonlySet<string> = new Set(['body', 'html', 'main', 'article']);

/**
 * The label of a break in the story for an ad or a video, in the languages we read: "Story
 * continues below advertisement", "La suite après cette publicité", "Continua após a
 * publicidade", "Dalsza część artykułu pod materiałem wideo", Onet's "Dalszy ciąg materiału pod
 * wideo". The label's box (the label and
 * the player or slot it announces, whose title is not the story's) is removed whole when it
 * holds at most BREAK_BOX.maxOtherText characters besides the label; a label standing among
 * the story's paragraphs is dropped alone (assemble's BOILERPLATE_PARAGRAPH_RE).
 */
export const BREAK_LABEL_SOURCE =
  '(?:the )?(?:story|article) continues (?:below|after)(?: this| the)? (?:advertisement|ad|video)|continue reading below|scroll to continue(?: with content)?' +
  '|la suite après (?:cette |la )?publicité|continua após a publicidade|weiter nach (?:der )?anzeige|(?:dalsza część artykułu|dalszy ciąg (?:materiału|artykułu)) pod (?:materiałem wideo|wideo|reklamą)';
export const BREAK_LABEL_RE = new RegExp(`^(?:${BREAK_LABEL_SOURCE})\\s*[:.…!]*$`, 'i');
export const BREAK_BOX = {
  minLabelLength: 14,
  maxLabelLength: 60,
  maxOtherText: 150,
  /** How far above the label its box may be (label, slot, box). */
  maxLevels: 3,
  /** A box holding one of these besides the label's own is the story around it. */
  storyTags: new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote']) as ReadonlySet<string>,
} as const;

/**
 * Teaser cards of other stories, by their shape rather than their class: a link holding a
 * heading ("<a class=reference href=…><h3>Title</h3></a>"), or a heading that is one link
 * whose target another link in the same small box repeats (a live blog's embed: "<h3><a
 * href=U>…LIVE…</a></h3>…<a href=U>Follow the live blog</a>"). The card is the largest box
 * up to `maxLevels` above whose links all go to that page and whose text is at most
 * `maxText` characters (the card's excerpt and byline go with it); a listicle's product
 * card, with a paragraph of its own, is longer. Cards go only while their text is at most
 * `maxProseShare` times the prose outside them (text right inside `<p>`s): a section front
 * is all cards (20 times its prose on one test page) and keeps them; a story with long
 * related lists has as much card text as prose. A card with a sentence of its own of
 * `minOwnParagraph` characters outside links (a `<p>` not in a list item, ending like a
 * sentence) is a section of the story: a briefing's item, a live entry, a product's verdict.
 */
export const TEASER_CARD = { maxLevels: 3, maxText: 500, maxProseShare: 4, minOwnParagraph: 40 } as const;

/**
 * The label of a box of teaser cards ("Mehr zum Thema" over SPIEGEL's related cards, "Más
 * información" over El País's): once the cards go, a box whose only text left is one short
 * line labels nothing, and goes with them. The box is found within `maxLevels` above a card
 * (card, list item, list, box), holds at most `maxBoxText` characters and no picture outside
 * the cards; the line is at most `maxLength` characters and no sentence (`sentenceEndRe`): a
 * story's "The council voted on Tuesday." beside a card is the story's.
 */
export const CARD_BOX_LABEL = { maxLevels: 3, maxBoxText: 2000, maxLength: 40, sentenceEndRe: /[.!?…。！？]["'”’»)]?$/u } as const;

/**
 * A form that asks for an e-mail address is a sign-up, whatever its class ("Want to save this
 * recipe? Enter your email below…"): the form goes with its box, the nearest ancestors up to
 * `maxLevels` whose text stays within `maxText` characters (the pitch's title and copy).
 */
export const SIGNUP_FORM_BOX = { maxLevels: 2, maxText: 300 } as const;

/**
 * A box of affiliate offers, whatever its class: most of its links are `rel="sponsored"`
 * (Google's mark for paid links: "View Deal", "Buy at Retailer"), so its title and price
 * lines go with the buttons ("Today's best … deals"). Looked for up to `maxLevels` above a
 * sponsored link, at most `maxText` characters, with at least `minSponsoredShare` of its
 * links sponsored; a story paragraph with one affiliate link has other text and stays, and so
 * does a product's card: a heading, or more than `maxOwnText` characters outside links, unless
 * the products' cards hold at most `maxProductShare` of the page's prose: then those with a
 * picture are inserts in a story of its own (a how-to's "Our Top Pick" with its product
 * shot), not a buying guide's entries.
 */
export const SPONSORED_BOX = { maxLevels: 3, maxText: 400, minSponsoredShare: 0.5, maxOwnText: 150, maxProductShare: 0.2 } as const;

/** The word "advertisement" in the languages we read, as an ad's label prints it: a regex source. */
const AD_WORD_SOURCE = 'advertisement|advertisment|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|реклама|reklama|annonse|mainos|iklan|quảng cáo';

/** A label that is only one of `words`, dashes, bullets and bars around it ignored. */
function adLabel(words: string): RegExp {
  return new RegExp(`^[\\s\\-–—•·|]*(?:${words})[\\s\\-–—•·|]*$`, 'iu');
}

/**
 * An ad's box in any language: an ad unit and a short label beside it, nothing else (a
 * Jannah theme's "stream-item" under its "ពាណិជ្ជកម្ម", Khmer "advertisement", beside an
 * AdSense slot or a banner). The unit is an AdSense `<ins>` (class "adsbygoogle" or a
 * data-ad-slot/data-ad-client), a Google Publisher Tag slot (id "div-gpt-ad…"), or a link
 * marked nofollow or sponsored (`relRe`) that holds only a picture. The box is the nearest of
 * the unit's ancestors, at most `maxLevels` up, that holds text: a label of at most `maxWords`
 * words and `maxLabel` characters, no digit, not a sentence and not a photo credit, in no
 * figure and named as no caption; it goes, label and all.
 */
export const AD_BOX = {
  maxLevels: 2,
  maxLabel: 30,
  maxWords: 3,
  /** …one word when the unit is a picture linked nofollow but not sponsored (a photo host's link may be so). */
  nofollowMaxWords: 1,
  relRe: /(?:^|\s)(?:nofollow|sponsored)(?:\s|$)/i,
  gptIdRe: /^div-gpt-ad/i,
  notALabelRe: /[\d.!?։။។]/u,
  /**
   * A label that says "advertisement" and nothing else, dashes and bullets around it ignored
   * (tagDiv Newspaper's "- Advertisement -", "— Реклама —", "Anzeige"). A box whose only text
   * is one is an ad's box whatever its unit: a plain or linked picture (tagDiv's td-a-rec
   * banner, linked with no rel) or a nofollow one, its word count aside. Not a caption that
   * names an advertisement ("Advertisement for the 1958 Austin"), which says more.
   */
  adLabelRe: adLabel(`${AD_WORD_SOURCE}|advertising|adverts?|ads?|reklam[aey]?|annonse?`),
  /**
   * The label that alone names a picture an ad whatever its link (labelledAdPicture): the
   * word "advertisement" itself (AD_WORD_SOURCE), not "Advertising" or "Ads", which head a
   * story's section about the trade ("<h2>Advertising</h2>" over a chart of ad revenue).
   */
  pictureLabelRe: adLabel(AD_WORD_SOURCE),
  /** A kicker's or eyebrow's class: its word names the story's topic, not an ad ("<span class=kicker>Advertisement</span>"). */
  kickerClassRe: /kicker|eyebrow|overline|rubric/i,
  /** Wrappers a labelled picture may sit in as its unit: `<picture>`, and a link holding only it. */
  pictureUnitTags: new Set(['picture', 'a']),
} as const;
export const SPONSORED_REL_RE = /(?:^|\s)sponsored(?:\s|$)/i;

/**
 * A run of tag links standing alone, whatever its box is named: WordPress's `the_tags()`
 * prints "Tags<br><a rel="tag">…</a>, <a rel="tag">…</a>" into the post's content column,
 * often with no "tags" class around it. A parent whose text is only `rel~="tag"` links
 * (`minLinks` or more), separators (`separatorRe`) and a label before them of at most
 * `maxLabel` characters is the post's tag list, not its text. (The tags themselves are read
 * by metadata, before cleaning.)
 */
export const TAG_LINK_RUN = {
  relRe: /(?:^|\s)tag(?:\s|$)/i,
  minLinks: 2,
  maxLabel: 24,
  separatorRe: /^[\s,;|·•/]*$/,
  /** A label is a word or two and a colon at most: "Big win tonight!" before a post's hashtags is the post. */
  labelRe: /^[\p{L}\p{M} ]*[:：]?$/u,
  /** A hashtag (Mastodon marks its hashtags rel=tag): a quoted post's words, not a tag list. */
  hashtagRe: /^\s*#/,
} as const;

/**
 * Class tokens of a fact box: the story's own key facts in an `<aside>` ("Fakta: Ras ved
 * Brekkelia", "Näin haet asumistukea"), or a data story's methodology ("How we did this"). Such an aside is kept, like the story around it,
 * while its links stay under FACT_BOX_MAX_LINK_SHARE of its text (a related box is links).
 */
export const FACT_BOX_TOKENS: readonly string[] = ['fact', 'facts', 'factbox', 'fact-box', 'fakta', 'faktaboks', 'faktarute', 'infobox', 'info-box', 'keyfacts', 'key-facts', 'at-a-glance', 'methodology'];
export const FACT_BOX_MAX_LINK_SHARE = 0.3;

/**
 * An `<aside>` that is the author's pull text, not a sidebar: minimal editors (Telegraph's
 * second quote style) and HTML's own pull-quote use set a line of the story in an `<aside>`
 * between its paragraphs ("Nobody on Kessel ever asked when the boat would come. They asked
 * whether.", which the next paragraph takes up: "That line is from …"). Kept in place as a
 * quote when it has no class, id or role (a named aside is a theme's box: "pullquote",
 * "relatedNews", "ad-unit"), both its neighbours are `<p>`s, it holds only inline text
 * (`inlineTags`: no link, picture, heading, list or form), a sentence of at least `minWords`
 * words and at most `maxText` characters, and its text is not said again beside it (a pull
 * quote that repeats the body goes as before). An ad slot's unnamed `<aside>` holds a script
 * or a label ("Advertisement"), no sentence.
 */
export const PULL_TEXT_ASIDE = {
  inlineTags: new Set(['b', 'strong', 'i', 'em', 'q', 'cite', 'span', 'small', 'mark', 'br', 'sub', 'sup', 'abbr', 'u', 's']) as ReadonlySet<string>,
  minWords: 4,
  maxText: 300,
  sentenceEndRe: /[.!?…。！？]["'”’»)]?$/u,
  /** Quote marks and the closing stop, trimmed before the text is looked for beside it ("“X.”" repeats "“X,” she said"). */
  trimRe: /^[\s"'“‘«„]{1,8}|[\s.,!?…。！？"'”’»]{1,8}$/gu,
} as const;

/**
 * Photo labels of more languages, read as labels only before a colon: alone, Vietnamese "ảnh"
 * and Finnish "kuva" are words of a sentence ("ảnh hưởng", "kuvaus"). Vietnamese "Ảnh:",
 * Persian "عکس:" and "تصویر:", Finnish "Kuva:", "Kuvat:" and "Kuvaaja:" (photographer),
 * Hungarian "Fotó:", Greek "Φωτογραφία:" and "Φωτ.:", Swahili "Picha:" (also a sentence's
 * "picha hii", "this picture"), Bengali "ছবি:" (also "picture" in a sentence), Urdu "فوٹو:",
 * Bulgarian "Снимка:" and "Снимки:" (also "a photo" in a sentence), Malay "Gambar:" ("picture"),
 * Lithuanian "Nuotr.:" (an abbreviation, "nuotrauka"), Tamil "படம்:" (also "film"), Georgian
 * "ფოტო:", Armenian "Լուսանկարը՝", Basque "Argazkia:", Nepali "तस्बिर:", Punjabi "ਫੋਟੋ:",
 * Amharic "ፎቶ፦", Korean "사진=" ("photo", also a sentence's word), Icelandic "Ljósmynd:" (not
 * "Mynd:", which also opens a caption's own sentence), Marathi "छायाचित्र :" and "छाया :"
 * ("photograph", also "shadow" in a sentence), Khmer "រូបថត៖", Burmese "ဓာတ်ပုံ -", Sinhala
 * "ඡායාරූපය:" and "ඡායාරූප:", Malayalam "ചിത്രം:" (also "film, picture" in a sentence) and
 * "ഫോട്ടോ:", Mongolian "Зураг:" and "Гэрэл зураг:" ("зураг авах", "to take a picture"), Arabic
 * "تصوير:" ("photography"); see LABEL_COLON_SOURCE and LABEL_DASH_SOURCE for their marks.
 * Czech "foto:", Romanian, Danish and Norwegian "Foto:" are the
 * "foto" of the other lists. A regex source: assemble's credit patterns share it.
 */
export const COLON_PHOTO_LABEL_SOURCE =
  'ảnh|عکس|تصویر|فوٹو|kuva(?:t|aja)?|fotó|φωτογραφία|φωτ\\.|picha|ছবি|снимк[аи]|gambar|nuotr\\.|படம்|ფოტო|լուսանկար(?:ը|ներ[ըն])|argazki(?:a|ak)|तस्बिर|तस्वीर|ਫੋਟੋ|ਤਸਵੀਰ|ፎቶ|사진|ljósmynd|छायाचित्र|छाया|រូបថត|ဓာတ်ပုံ|ඡායාරූපය|ඡායාරූප|ചിത്രം|ഫോട്ടോ|гэрэл зураг|зураг|تصوير';

/**
 * The mark after a colon-only label: a colon, or Armenian "՝" ("Լուսանկարը՝ X"), the Ethiopic
 * colons "፡", "፥" and "፦" ("ፎቶ፦ X"), Korean papers' "=" ("사진=강릉시 제공"), the Khmer colon
 * "៖" ("រូបថត៖ X"). A regex source.
 */
export const LABEL_COLON_SOURCE = '[:=\u055D\u1361\u1365\u1366\u17D6]';

/**
 * A dash with a space on each side after a photo label stands for its colon: Burmese papers'
 * "ဓာတ်ပုံ - Name", English "(Photo - Reuters)". A regex source (the space after it is left
 * to the pattern that uses it).
 */
export const LABEL_DASH_SOURCE = '\\s+[-–—](?=\\s)';

/**
 * A line that starts with a photo label ("Photo: Reuters", "foto: Petr Hloušek", "Фото: X",
 * "Photo by X", "Credit: X", "Kuva: X", "© X") is a picture's credit, even in an element named
 * like a byline ("<p class=author>foto: Petr Hloušek, MediaPraha</p>"): not a meta line to
 * drop, and not the story's byline (metadata reads it too).
 */
export const PHOTO_CREDIT_LINE_RE = new RegExp(
  `^\\s*(?:(?:photo(?:graph)?s?|pictures?|images?|foto(?:s|ğraf)?|фото|bild|credits?|צילום|फोटो|ภาพ)\\s*(?::|by\\s)|(?:${COLON_PHOTO_LABEL_SOURCE})(?:\\s*${LABEL_COLON_SOURCE}|${LABEL_DASH_SOURCE})|fot\\.|©)`,
  'i',
);

/**
 * An element that says it is a button (`role="button"`, a script's div) and holds a short
 * label ("Copy", "Plain Text", "Play Video", "Next") is a control like `<button>`; a longer
 * one can be an accordion's question, and one holding a picture a lightbox's trigger: they stay.
 */
export const MAX_ROLE_BUTTON_TEXT = 30;

/**
 * A box that asks the reader to write in ("Send us a letter", "Got a tip?"): its heading (at most `maxHeading` characters) says so and it gives an e-mail address
 * to write to. The box is the heading's nearest ancestors, up to `maxLevels`, holding at most
 * `maxText` characters.
 */
export const CALL_OUT_HEADING_RE = /^(?:send us (?:a |your )?(?:letter|tip|story|news|photos?|views?)|write to us|got a (?:news )?tip|have a (?:news )?tip|contact the newsroom|letters? to the editor)\b/i;
export const CALL_OUT_BOX = { maxLevels: 3, maxText: 600, maxHeading: 60 } as const;

/**
 * An anti-flicker reveal: a block that holds the page's prose set `visibility: hidden` in its
 * own style until a script shows it (WeChat's `#js_content`, A/B-test and font-loading
 * snippets hide the story's box so), read as shown. Only that style: `display: none` or the
 * `hidden` attribute hides for good. The block holds at least `minText` characters outside
 * scripts and styles, at most `maxLinkShare` of them in links (a hidden mega-menu is links),
 * at least `minPageShare` of the page's text (a hidden dialog beside the story is a small part
 * of it), and the page's `<p>` text outside it is at most `maxOutsideProse` of its own text:
 * the story is not shown elsewhere (Readability's visibility-hidden test page: a hidden block
 * of three paragraphs beside two shown ones is hidden content).
 */
export const REVEALED_ON_LOAD = {
  visibilityRe: /visibility\s*:\s*hidden/i,
  displayNoneRe: /display\s*:\s*none/i,
  minText: 300,
  maxLinkShare: 0.3,
  minPageShare: 0.5,
  maxOutsideProse: 0.25,
  /**
   * Hidden blocks that are no reveal whatever their size: a dialog (`role=dialog`,
   * `aria-modal`, a modal's or popup's name), a print-only copy, a translation waiting for a
   * language switch, a paywall's or a spoiler's hidden copy of the text beside its teaser.
   */
  notRevealedNameRe: /modal|dialog|popup|pop-up|lightbox|overlay|print|translation|transcript|paywall|premium|subscriber|spoiler|(?:^|[\s_-])lang(?:uage)?(?:$|[\s_-])/i,
  notRevealedRoles: new Set(['dialog', 'alertdialog']) as ReadonlySet<string>,
} as const;

/** A meta-line element longer than this is prose, not a byline. */
export const MAX_META_LINE_LENGTH = 200;

/**
 * A screen reader's label named "off-screen" (the BBC's older "<span class=off-screen>Image
 * copyright</span>" before a picture's credit): hidden text only as an inline label this short.
 * The same name marks a gallery's slides waiting to come into view, or a collapsed rest of the
 * story, which are read.
 */
export const OFF_SCREEN_LABEL = { classRe: /(?:^|\s)off-?screen(?:\s|$)/, tags: new Set(['span']), maxLength: 40 } as const;

/**
 * Classes that hide an element on every screen, also with a CSS module's hash
 * ("visually-hidden__3J7Ed"; not a modifier, "hide__mobile"), and Webflow's hidden CMS
 * condition ("w-condition-invisible"). Case-sensitive, as class names are.
 */
export const HIDDEN_CLASS_RE = /(?:^|\s)(?:hidden|is-hidden|d-none|hide|visually-hidden|sr-only|screen-reader-text|invisible|u-hidden|w-condition-invisible)(?:__(?=[\w-]*[A-Z0-9])[\w-]{4,10})?(?:\s|$)/;


/**
 * The content guard: a chrome-looking element is kept when it holds this many paragraphs of
 * at least `paragraphLength` characters (a body wrapper whose class happens to say
 * "sidebar-layout" or "share-container").
 */
export const PROTECTED_CONTENT = {
  paragraphs: 3,
  paragraphLength: 120,
  /** …or this many characters of text outside links (bare-text bodies have no `<p>`)… */
  unlinkedText: 800,
  /** …with links making up less than this share of its text. */
  maxLinkDensity: 0.3,
} as const;

/** Attributes lazy-loading scripts keep the real image URL in, most specific first. */
export const LAZY_SRC_ATTRIBUTES: readonly string[] = [
  'data-src', 'data-lazy-src',
  // Zhihu's script shows this file ("…_b.jpg", as its <noscript> copy does); the data-original
  // beside it is the lightbox's full size ("…_r.jpg"), so it comes first.
  'data-actualsrc',
  'data-original', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-full-src', 'data-img-src', 'data-echo', 'data-srcset-src',
  // LinkedIn's articles load every picture from this one.
  'data-delayed-url',
  // Flickity carousels load their later slides from these.
  'data-flickity-lazyload', 'data-flickity-lazyload-src',
];

/** Attributes holding a lazy `srcset`. */
export const LAZY_SRCSET_ATTRIBUTES: readonly string[] = ['data-srcset', 'data-lazy-srcset', 'data-flickity-lazyload-srcset'];

/** Where a `<picture>`'s `<source>` holds its candidates: its own srcset, then a lazy one. */
export const SOURCE_SRCSET_ATTRIBUTES: readonly string[] = ['srcset', ...LAZY_SRCSET_ATTRIBUTES];

/**
 * An empty element a script draws a figure's picture into, its file in `data-src` (the BBC's
 * "js-delayed-image-load" div with `data-alt`, `data-width`, `data-height`): read as the `<img>`
 * it becomes (see unlazyDrawnImage) when a `<figure>` at most `maxLevels` up holds no other
 * media. `attributes` carry its alt and size over.
 */
export const DRAWN_IMAGE = {
  tags: new Set(['div', 'span']) as ReadonlySet<string>,
  fileRe: /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i,
  maxLevels: 3,
  attributes: [['data-alt', 'alt'], ['data-width', 'width'], ['data-height', 'height']] as const,
} as const;

/**
 * Attributes a lazy-loading script reads a CSS background image from: WP Rocket's and
 * vanilla-lazyload's `data-bg` (`class="rocket-lazyload"`), lazysizes' unveilhooks `data-bg`.
 * Read as a picture only where a picture would be: see unlazyBackground.
 */
export const LAZY_BACKGROUND_ATTRIBUTES: readonly string[] = ['data-bg'];

/**
 * The CSS `url(…)` wrapper older vanilla-lazyload versions write a data-bg URL in (its
 * spaces and quotes are trimmed apart: in one pattern they backtrack).
 */
export const CSS_URL_RE = /^url\(([^()]*)\)$/i;

/**
 * Elements that make a figure's picture: a lazy background in a figure holding one of these
 * is decoration beside it.
 */
export const FIGURE_MEDIA_TAGS: ReadonlySet<string> = new Set(['img', 'amp-img', 'picture', 'video', 'iframe', 'svg', 'canvas', 'object']);

/**
 * A `src` that is only a placeholder: a data: URI, a blank gif, a spinner, a theme's
 * "holder" image (WordPress themes ship `penci2-holder.png`, `img-holder.png`), a theme's
 * one-pixel file or lazy-loading stand-in (lazysizes themes ship `images/1x1.gif`,
 * `lazy.svg`; jQuery lazyload pages a `1x1-white.jpg` or `blank.jpg` beside `data-original`), an optimizer's low-quality stand-in named so ("cdn.shortpixel.ai/client/
 * q_lqip,ret_wait,…/photo.jpg" beside its `data-src` "…/q_lossy,ret_img,…/photo.jpg"; not a
 * host or a folder so named, "lqip-cdn.example.com"), a site's stand-in for a picture still to
 * load: Future plc's "missing-image.svg" (space.com, Live Science, TechRadar: `<img
 * src=…/missing-image.svg data-src=…jpg>`, the same file on every picture, which then collapsed
 * as duplicates), "no-image.png", "default-image.jpg", a loader or spinner file (The
 * Spokesman-Review's "sr-loader.png" beside a lazysizes `data-srcset`), a grey filler
 * (moneycontrol's "grey_bg.gif"; the whole file name, so a story's "earl-grey.png" or
 * "dorian-gray.png" is a picture), a theme's empty file (JNews's "jeg-empty.png" on every
 * lazy picture). Only read when a lazy attribute or a srcset holds another URL.
 */
export const PLACEHOLDER_SRC_RE = /^data:|(?<![a-z/.?&=])lqip(?![a-z=])|blank\.(?:gif|png)|(?<![\w-])blank\.jpe?g|placeholder|spacer\.gif|pixel\.gif|\b1x1(?:[-_](?:white|black|grey|gray|trans(?:parent)?|blank))?\.(?:gif|png|jpe?g)|\blazy\.(?:gif|png|svg)|lazy[-_.]?load|loading\.(?:gif|svg)|(?<![a-z])(?:missing|no|default|empty)[-_]?(?:image|img|photo|picture)\.(?:gif|png|svg|jpe?g|webp)|(?<![a-z])(?:loader|spinner)\.(?:gif|png|svg|webp)|(?<![^/])(?:grey|gray)(?:[-_]bg)?\.(?:gif|png)|transparent\.(?:gif|png)|(?<![a-z])empty\.(?:gif|png|svg)(?:$|[?#])|holder\.(?:gif|png|svg|jpe?g|webp)(?:$|[?#])/i;

/**
 * An `<img>` whose markup marks its own `src` as a low-quality preview shown until the lazy
 * source loads (read only when a lazy attribute holds that source): Habr's
 * `data-blurred="true"` (`src` its `/r/w780q1/` thumbnail), a low-quality stand-in kept in
 * an attribute of its own beside it (lazysizes' blur-up `data-lowsrc`, `data-lqip`), or a
 * blur-up class token (lazysizes' `blur-up`, "lqip", Gatsby/Next-style "blurred"). Not
 * "preview": a gallery names its full picture so, with a thumbnail in `data-src`.
 * The URL alone says nothing here: the preview is an ordinary file on the image server.
 */
export const PREVIEW_SRC = {
  /** Attributes whose value "true" (or presence, when empty) marks `src` as the preview. */
  flags: ['data-blurred'],
  /** Attributes holding the preview's own URL: their presence marks `src` as one. */
  previewAttributes: ['data-lowsrc', 'data-lqip', 'data-lqip-src'],
  /** Class tokens naming the image as shown blurred until loaded. */
  classRe: /(?:^|\s)(?:blur-?up|lqip|is-blurred|blurred)(?:\s|$)/i,
} as const;

/**
 * A `src` that is a blurred or tiny rendition of the very file its lazy source names: the two
 * URLs share their path and only the query differs, and the `src`'s query names a blur or a
 * low-quality stand-in (Naver's SmartEditor `…/20240104_095812.jpg?type=w80_blur` beside
 * `data-lazy-src="…/20240104_095812.jpg?type=w966"`; imgix's `?w=20&blur=200`; `?lqip`). Not
 * a switch turning it off (`blur=0`, `lqip=0`), nor a host or folder so named: only the query
 * of the same file is read, so a different picture in the lazy attribute (a gallery's
 * thumbnail) never replaces the `src`.
 */
export const PREVIEW_RENDITION_QUERY_RE = /(?<![a-z])(?:blur(?:red)?|lqip)(?:(?![a-z=])|=(?!0(?:[&#]|$)))/i;

/**
 * An `aria-hidden` separator between two runs of text (a blog theme's "March 14, 2025 · 7 min
 * read" meta row, a breadcrumb's "›"): no letter or digit, this short; kept as a space, as
 * the eye still sees the runs apart.
 */
export const ARIA_SEPARATOR = {
  maxLength: 3,
  textRe: /^[\s\p{P}\p{S}]*$/u,
  /**
   * A separator that writes one number of two, glued between their digits with no space: a
   * fraction's slash ("3/4", a recipe's drawn fraction), a ratio's or a score's colon ("3:1").
   * It is kept as itself; a "·" glued between a date and a reading time still parts them.
   */
  numberJoinerRe: /^[/⁄∕:]$/u,
  digitRe: /^\p{Nd}$/u,
  /** How deep a neighbour is read for the digit beside the separator ("<b><span>3</span></b>"). */
  maxEdgeDepth: 8,
} as const;

/**
 * A paragraph made only of badges or labels (Infima's and Bootstrap's "badge", "label",
 * "pill", "chip": a release post's "v4.2.0" "LTS" row under the title) is a row of labels, not
 * a sentence: dropped when each of its elements is so named (`tokens`), it holds no text of its
 * own and no more than `maxText` characters. A badge inside running text stays.
 */
export const BADGE_ROW = {
  tokens: ['badge', 'badges', 'label', 'pill', 'chip'],
  maxText: 60,
  /** A label and its sentence ("Editor's note:" + "This story was updated.") are a line, not badges. */
  sentenceRe: /[:：]|[.!?…。]$/u,
} as const;

/**
 * A picture's screen-reader label: a figure's own line that only names the medium ("Image",
 * "Video"), set before the picture and hidden by a hashed class (the NYT's
 * `<span class="css-1ly73wi">Image</span>`). Only inside a `<figure>` holding a picture, at
 * most `maxLevels` above the label, and outside its caption.
 */
export const MEDIA_LABEL = {
  textRe: /^(?:image|photo|photograph|picture|video|graphic|illustration|gallery|slideshow|audio|bild|foto|imagen|immagine|vidéo|vídeo|grafik)$/i,
  maxLength: 20,
  maxLevels: 3,
} as const;
