import type { Element } from '../parse/dom';
import { textContent } from '../parse/dom';
import { SCRIPT_DATE_VARIABLE } from './constants';

/** The dates a page's inline scripts declare (see SCRIPT_DATE_VARIABLE). */
export interface ScriptDates {
  /** Values of variables named as the publication or creation time, in page order. */
  named: string[];
  /** Unix times any variable holds (seconds or milliseconds, as written). */
  epochs: string[];
}

/** Script types that hold JavaScript: none, or a JavaScript MIME type or `module`. */
const JS_TYPE_RE = /^(?:|(?:text|application)\/(?:x-)?(?:java|ecma)script|module)$/i;

/** Whether a `<script>` is inline JavaScript (not an external file, JSON or a template). */
export function isInlineScript(el: Element): boolean {
  return el.name === 'script' && el.attribs.src === undefined && JS_TYPE_RE.test((el.attribs.type ?? '').trim());
}

/**
 * Reads the publication-time variables and Unix times that inline scripts declare (in the
 * head or the body, outside foreign blocks), one regex
 * pass per pattern over each script's text (SCRIPT_DATE_VARIABLE). A name declared twice with
 * different values tells nothing: it is dropped.
 * @internal
 */
export function readScriptDates(scripts: readonly Element[], isForeign: (el: Element) => boolean): ScriptDates {
  const byName = new Map<string, string | null>();
  const epochs: string[] = [];
  for (const script of scripts) {
    // A related card's, a comment's or a sidebar widget's script dates that item.
    if (!isInlineScript(script) || isForeign(script)) continue;
    const text = textContent(script);
    for (const match of text.matchAll(SCRIPT_DATE_VARIABLE.declarationRe)) {
      const name = match[1] as string;
      if (!SCRIPT_DATE_VARIABLE.nameRe.test(name)) continue;
      const value = (match[3] as string).trim();
      const known = byName.get(name);
      byName.set(name, known === undefined || known === value ? value : null);
    }
    for (const match of text.matchAll(SCRIPT_DATE_VARIABLE.epochRe)) epochs.push(match[2] as string);
  }
  const named: string[] = [];
  for (const value of byName.values()) if (value !== null) named.push(value);
  return { named, epochs };
}
