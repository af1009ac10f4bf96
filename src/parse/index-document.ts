import type { Document, Element } from './dom';
import { attr, innerText, textContent, walkElements } from './dom';

/**
 * hAtom's timestamps: `<abbr class="published" title="2015-03-10T08:05:41-07:00">March 10</abbr>`
 * (Blogger, old WordPress themes). The title is the machine-readable value, like a `<time datetime>`.
 */
const HATOM_DATE_CLASS_RE = /(?:^|\s)(?:published|updated)(?:\s|$)/;

/**
 * Everything the metadata and date stages read, gathered in one walk over the untouched
 * tree, before clean/ removes anything.
 * @internal
 */
export interface DocumentIndex {
  /** `<html lang>`. */
  htmlLang: string | null;
  /** `<body lang>`: Word's "Save as Web Page" writes the document's language there, not on `<html>`. */
  bodyLang: string | null;
  /** Text of the first `<title>`. */
  title: string | null;
  /** `href` of the first `<base>`. */
  baseHref: string | null;
  /** Every `<meta>` element. */
  metas: Element[];
  /** Every `<link>` element. */
  links: Element[];
  /** Raw text of every `<script type="application/ld+json">`. */
  jsonLd: string[];
  /** Every `<h1>`. */
  h1s: Element[];
  /** Every element carrying `itemprop`. */
  itemprops: Element[];
  /** Every `<time>` element, and every `<abbr title>` with an hAtom date class ("published"). */
  times: Element[];
  /** Every `<a rel=…>` (rel=author, rel=tag). */
  relAnchors: Element[];
  /** Every `<a href>`, for the author pages a page links outside its bylines. */
  anchors: Element[];
  /** Every `<style>`: a generated document's formatting lives in its class rules (see assemble/class-formatting.ts). */
  styles: Element[];
  /** Every other `<script>` (inline or not), in head and body: metadata/script-dates.ts reads the inline JavaScript ones. */
  scripts: Element[];
}

/** Script types that hold JSON-LD. */
const JSON_LD_TYPE = 'application/ld+json';

/**
 * Walks the document once and indexes the elements metadata is read from.
 * @internal
 */
export function indexDocument(doc: Document): DocumentIndex {
  const index: DocumentIndex = {
    htmlLang: null,
    bodyLang: null,
    title: null,
    baseHref: null,
    metas: [],
    links: [],
    jsonLd: [],
    h1s: [],
    itemprops: [],
    times: [],
    relAnchors: [],
    anchors: [],
    styles: [],
    scripts: [],
  };
  walkElements(doc, (el) => {
    if (el.attribs.itemprop !== undefined) index.itemprops.push(el);
    switch (el.name) {
      case 'html':
        index.htmlLang ??= attr(el, 'lang') ?? attr(el, 'xml:lang');
        break;
      case 'body':
        index.bodyLang ??= attr(el, 'lang') ?? attr(el, 'xml:lang');
        break;
      case 'title':
        // Only the document title, not <svg><title>.
        if (index.title === null && el.namespace !== 'http://www.w3.org/2000/svg') {
          index.title = innerText(el) || null;
        }
        return false;
      case 'base':
        index.baseHref ??= attr(el, 'href');
        break;
      case 'meta':
        index.metas.push(el);
        break;
      case 'link':
        index.links.push(el);
        break;
      case 'script':
        if ((attr(el, 'type') ?? '').trim().toLowerCase() === JSON_LD_TYPE) {
          index.jsonLd.push(textContent(el));
        } else index.scripts.push(el);
        return false;
      case 'style':
        index.styles.push(el);
        return false;
      case 'h1':
        index.h1s.push(el);
        break;
      case 'time':
        index.times.push(el);
        break;
      case 'abbr':
        if (el.attribs.title !== undefined && HATOM_DATE_CLASS_RE.test(el.attribs.class ?? '')) index.times.push(el);
        break;
      case 'a':
        if (el.attribs.rel) index.relAnchors.push(el);
        if (el.attribs.href !== undefined) index.anchors.push(el);
        break;
    }
    return true;
  });
  return index;
}
