import { Parser, Token, TokenizerMode } from 'parse5';
import { adapter } from 'parse5-htmlparser2-tree-adapter';
import type { Htmlparser2TreeAdapterMap as AdapterMap } from 'parse5-htmlparser2-tree-adapter';

/**
 * Text in runs, not character by character.
 *
 * parse5's tokenizer handles text one code point at a time: every letter goes through the
 * state switch, becomes a one-character string and is appended with `chars += ch`. On news
 * pages, where inline scripts and text are most of the bytes, that loop and the garbage its
 * concatenations leave were over half the parse time. After the tokenizer has emitted a text
 * character in one of the four text states, the helper below appends in one slice every
 * following character that the state machine would have appended to the same token anyway,
 * and moves the input position past them. The tree parse5 builds is unchanged (a test parses
 * tricky inputs and the bench pages both ways and compares the trees); only the number of
 * steps is.
 *
 * A run stops before every character the state machine treats specially, and before any
 * character whose handling needs the slow path's bookkeeping:
 * - `<` (tags, end tags, comments) and, in data and RCDATA, `&` (character references);
 * - NUL (its own token type, or U+FFFD), CR (CR LF is folded into LF by the preprocessor);
 * - surrogates (the preprocessor pairs them and records gaps for its retreat());
 * - whitespace, where it would start a token of another type. A whitespace token is only
 *   merged into a text token where the parser treats both alike: in body (where both are
 *   inserted after reconstructing formatting elements; a text token also clears frameset-ok,
 *   as the text before the whitespace already did) and in the text mode of `<script>`,
 *   `<style>`, `<title>`, `<textarea>`…, which inserts every character token as is. Elsewhere
 *   (in head, in table…) whitespace and text go different ways and keep their own tokens.
 *
 * The fast path assumes what parseHtml's options guarantee: no source locations and no
 * parse-error callback, so line and column bookkeeping is not kept up to date.
 */

const SURROGATE_FIRST = 0xd800;
const SURROGATE_LAST = 0xdfff;
const LINE_FEED = 0x0a;
const QUOTATION_MARK = 0x22;
const AMPERSAND = 0x26;
const APOSTROPHE = 0x27;
const HYPHEN_MINUS = 0x2d;
const LESS_THAN_SIGN = 0x3c;

/** What a character does to a run, for the ASCII range; every other code unit continues it, except surrogates. */
const enum RunClass {
  /** Appended to a text token. */
  Text = 0,
  /** Space, tab, LF, FF: a whitespace token of its own, or merged where the parser allows. */
  Space = 1,
  /** `&`: a character reference in data and RCDATA, plain text in raw text and script data. */
  Ampersand = 2,
  /** `<`, NUL, CR: always back to the state machine. */
  Stop = 3,
}

const ASCII_RUN_CLASS: Uint8Array = (() => {
  const table = new Uint8Array(128);
  for (const c of [0x09, 0x0a, 0x0c, 0x20]) table[c] = RunClass.Space;
  table[AMPERSAND] = RunClass.Ampersand;
  for (const c of [0x00, 0x0d, LESS_THAN_SIGN]) table[c] = RunClass.Stop;
  return table;
})();

/** The parser's insertion mode while it reads `html`'s first text, read off parse5 rather than copied from its private enum. */
function insertionModeAtFirstText(html: string): number {
  let mode = -1;
  class Probe extends Parser<AdapterMap> {
    override onCharacter(token: Parameters<Parser<AdapterMap>['onCharacter']>[0]): void {
      if (mode < 0) mode = (this as unknown as ParserInternals).insertionMode;
      super.onCharacter(token);
    }
  }
  Probe.parse(html, { treeAdapter: adapter });
  return mode;
}

/** "in body". */
const IN_BODY_MODE = insertionModeAtFirstText('<body>x');
/** "text": the contents of script, style, title, textarea… */
const TEXT_MODE = insertionModeAtFirstText('<title>x');

/** The parse5 7 internals the fast path reads and advances (a test pins their behaviour). */
interface PreprocessorInternals {
  html: string;
  pos: number;
  isEol: boolean;
  skipNextNewLine: boolean;
}

interface CharacterTokenLike {
  type: Token.TokenType;
  chars: string;
}

interface TokenizerInternals {
  state: number;
  preprocessor: PreprocessorInternals;
  currentCharacterToken: CharacterTokenLike | null;
  currentAttr: { value: string };
  currentToken: { data?: string } | null;
  consumedAfterSnapshot: number;
  _stateData(cp: number): void;
  _stateRcdata(cp: number): void;
  _stateRawtext(cp: number): void;
  _stateScriptData(cp: number): void;
  _stateAttributeValueDoubleQuoted(cp: number): void;
  _stateAttributeValueSingleQuoted(cp: number): void;
  _stateComment(cp: number): void;
}

interface ParserInternals {
  insertionMode: number;
}

/**
 * After the tokenizer appended `cp` to the current character token, appends the rest of the
 * run (see above) to it in one slice and moves the input position to the run's last character.
 */
function extendRun(tokenizer: TokenizerInternals, cp: number, referencesStop: boolean, mergeSpace: boolean): void {
  if (cp < 0) return; // EOF
  if (cp < 128 && (ASCII_RUN_CLASS[cp] === RunClass.Stop || (referencesStop && cp === AMPERSAND))) return;
  const token = tokenizer.currentCharacterToken;
  const input = tokenizer.preprocessor;
  // A CR just read as LF: the LF after it must still be skipped by the preprocessor.
  if (token === null || token.type === Token.TokenType.NULL_CHARACTER || input.skipNextNewLine) return;
  const spaceToken = token.type === Token.TokenType.WHITESPACE_CHARACTER;
  const html = input.html;
  const start = input.pos + 1;
  let end = start;
  for (; end < html.length; end++) {
    const c = html.charCodeAt(end);
    if (c < 128) {
      const kind = ASCII_RUN_CLASS[c];
      if (kind === RunClass.Space) {
        if (spaceToken || mergeSpace) continue;
        break;
      }
      if (kind === RunClass.Stop || spaceToken || (kind === RunClass.Ampersand && referencesStop)) break;
    } else if (spaceToken || (c >= SURROGATE_FIRST && c <= SURROGATE_LAST)) {
      break;
    }
  }
  if (end === start) return;
  token.chars += consumeTo(tokenizer, end);
}

/** The input from the character after the current one up to `end`, consumed. */
function consumeTo(tokenizer: TokenizerInternals, end: number): string {
  const input = tokenizer.preprocessor;
  const run = input.html.slice(input.pos + 1, end);
  tokenizer.consumedAfterSnapshot += run.length;
  input.pos = end - 1;
  input.isEol = input.html.charCodeAt(end - 1) === LINE_FEED;
  return run;
}

/**
 * The end of a run in a quoted attribute value or a comment, whose states append every
 * character but a few to one string: the run stops before `stopA`, `stopB` (the closing
 * quote and `&`; `-` and `<` in a comment), NUL, CR and surrogates, as above.
 */
function plainRunEnd(input: PreprocessorInternals, stopA: number, stopB: number): number {
  const html = input.html;
  let end = input.pos + 1;
  for (; end < html.length; end++) {
    const c = html.charCodeAt(end);
    if (c === stopA || c === stopB || c === 0x00 || c === 0x0d || (c >= SURROGATE_FIRST && c <= SURROGATE_LAST)) break;
  }
  return end;
}

/** Whether the state appended `cp` itself (not a stop, not EOF, not a CR read as LF), so a run may follow. */
function appendedPlainly(tokenizer: TokenizerInternals, cp: number, stopA: number, stopB: number): boolean {
  return cp > 0 && cp !== stopA && cp !== stopB && !tokenizer.preprocessor.skipNextNewLine;
}

/**
 * Whether this parse5 has the internals the fast path reads (parse5 7.x; the dependency range
 * allows later 7.x releases). If a release renames them, parsing falls back to parse5's own
 * pace instead of failing; tests/text-runs.test.ts would show it.
 */
function hasExpectedInternals(tokenizer: TokenizerInternals, parser: ParserInternals): boolean {
  const input = tokenizer.preprocessor as Partial<PreprocessorInternals> | undefined;
  return (
    IN_BODY_MODE >= 0 &&
    TEXT_MODE >= 0 &&
    typeof parser.insertionMode === 'number' &&
    typeof tokenizer.state === 'number' &&
    typeof tokenizer.consumedAfterSnapshot === 'number' &&
    typeof input?.html === 'string' &&
    typeof input.pos === 'number' &&
    typeof input.skipNextNewLine === 'boolean' &&
    typeof input.isEol === 'boolean' &&
    [
      tokenizer._stateData,
      tokenizer._stateRcdata,
      tokenizer._stateRawtext,
      tokenizer._stateScriptData,
      tokenizer._stateAttributeValueDoubleQuoted,
      tokenizer._stateAttributeValueSingleQuoted,
      tokenizer._stateComment,
    ].every((state) => typeof state === 'function')
  );
}

/**
 * Installs the run fast path on a parser's tokenizer: in the four states where text is read
 * (data, RCDATA, raw text and script data; PLAINTEXT is rare and left to parse5), in quoted
 * attribute values (srcset, style and data-* values run to kilobytes) and in comments.
 * Each wrapper runs parse5's own state first and only extends what it just did, while the
 * state is unchanged.
 * @internal
 */
export function installTextRuns(parser: Parser<AdapterMap>): void {
  const tokenizer = parser.tokenizer as unknown as TokenizerInternals;
  const mode = parser as unknown as ParserInternals;
  if (!hasExpectedInternals(tokenizer, mode)) return;
  const { _stateData: data, _stateRcdata: rcdata, _stateRawtext: rawtext, _stateScriptData: scriptData } = tokenizer;
  const { _stateAttributeValueDoubleQuoted: doubleQuoted, _stateAttributeValueSingleQuoted: singleQuoted, _stateComment: comment } = tokenizer;
  // The four text states: `&` starts a reference in data and RCDATA only; whitespace merges
  // into text in body (data) and in the text mode (the other three).
  const textState = (state: (cp: number) => void, own: number, referencesStop: boolean, mergeMode: number) =>
    function runText(this: TokenizerInternals, cp: number): void {
      state.call(this, cp);
      if (this.state === own) extendRun(this, cp, referencesStop, mode.insertionMode === mergeMode);
    };
  tokenizer._stateData = textState(data, TokenizerMode.DATA, true, IN_BODY_MODE);
  tokenizer._stateRcdata = textState(rcdata, TokenizerMode.RCDATA, true, TEXT_MODE);
  tokenizer._stateRawtext = textState(rawtext, TokenizerMode.RAWTEXT, false, TEXT_MODE);
  tokenizer._stateScriptData = textState(scriptData, TokenizerMode.SCRIPT_DATA, false, TEXT_MODE);
  // Both quoted-value states: the value ends at its own quote, and & starts a reference.
  const quotedValue = (state: (cp: number) => void, quote: number) =>
    function runQuotedValue(this: TokenizerInternals, cp: number): void {
      const before = this.state;
      state.call(this, cp);
      if (this.state !== before || !appendedPlainly(this, cp, quote, AMPERSAND)) return;
      const end = plainRunEnd(this.preprocessor, quote, AMPERSAND);
      if (end > this.preprocessor.pos + 1) this.currentAttr.value += consumeTo(this, end);
    };
  tokenizer._stateAttributeValueDoubleQuoted = quotedValue(doubleQuoted, QUOTATION_MARK);
  tokenizer._stateAttributeValueSingleQuoted = quotedValue(singleQuoted, APOSTROPHE);
  tokenizer._stateComment = function runComment(this: TokenizerInternals, cp: number): void {
    const state = this.state;
    comment.call(this, cp);
    const token = this.currentToken;
    if (this.state !== state || token === null || !appendedPlainly(this, cp, HYPHEN_MINUS, LESS_THAN_SIGN)) return;
    const end = plainRunEnd(this.preprocessor, HYPHEN_MINUS, LESS_THAN_SIGN);
    if (end > this.preprocessor.pos + 1) token.data += consumeTo(this, end);
  };
}

/**
 * Whether the installed parse5 takes the fast path (a test asserts it, so a parse5 release
 * that renames its internals is noticed rather than silently slower).
 * @internal
 */
export function textRunsSupported(): boolean {
  const parser = new Parser<AdapterMap>({ treeAdapter: adapter });
  return hasExpectedInternals(parser.tokenizer as unknown as TokenizerInternals, parser as unknown as ParserInternals);
}
