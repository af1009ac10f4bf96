/**
 * When the DOM yields less than this share of the text the page's JSON-LD `articleBody`
 * carries, the page is an app shell (the body is rendered by script) or the scorer missed:
 * the publisher's own plain text is the better body.
 */
export const STRUCTURED_BODY_RATIO = 0.5;

/** An articleBody shorter than this (characters) is a teaser, not a body to fall back to. */
export const MIN_STRUCTURED_BODY_LENGTH = 200;

/**
 * True when the JSON-LD articleBody should replace the body found in the DOM.
 * @internal
 */
export function preferStructuredBody(domTextLength: number, articleBody: string | null): boolean {
  if (!articleBody || articleBody.length < MIN_STRUCTURED_BODY_LENGTH) return false;
  return domTextLength < articleBody.length * STRUCTURED_BODY_RATIO;
}
