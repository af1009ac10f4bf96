import { decodeHTMLStrict } from 'entities';

/** A character reference with its semicolon: only these are decoded a second time. */
const ENTITY_RE = /&(?:#\d{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});/;

/**
 * Decodes the character references left in a metadata value: CMSs escape their meta content
 * twice (`content="That&amp;#039;s"`) and write JSON-LD, which HTML never decodes, with
 * references in it ("Shows &#8211; A Mix"). Only references ending in ";" count, so
 * "AT&T" and "&not this" stay as written. (Readability unescapes metadata the same way.)
 * @internal
 */
export function decodeEntities(text: string): string {
  return ENTITY_RE.test(text) ? decodeHTMLStrict(text) : text;
}
