import { trimEndChars, trimStartChars } from '../parse/dom';
import {
  CJK_LABELLED_PAREN_RE,
  CREDIT_END_STOP_RE,
  CREDIT_LABEL_GLUED_RE,
  CREDIT_LABEL_RE,
  OUTLET_PHOTO_LABEL_RE,
  MAX_WHOLE_CREDIT_LENGTH,
  WHOLE_CREDIT_RE,
  STOCK_AGENCY_CREDIT_RE,
  KOREAN_SLASH_CREDIT_RE,
  SPACED_SLASH_LABEL_RE,
  RUN_ON_CREDIT_LABEL_RE,
  WHOLE_NAME_CREDIT_RE,
  AGENCY_COLON_NAME_RE,
  AGENCY_SLASH_RE,
  TRAILING_AGENCY_SLASH_RE,
  CREDIT_WORD_RE,
  NAME_SLASH_OUTLET_RE,
  MAX_CREDIT_TAIL,
  TRAILING_CJK_CREDIT_RE,
  TRAILING_CJK_LABEL_RE,
  TRAILING_COPYRIGHT_RE,
  TRAILING_LABEL_RE,
  GLUED_SENTENCE_END_RE,
  TRAILING_OUTLET_PHOTO_LABEL_RE,
  TRAILING_PHOTO_LABEL_RE,
  DASHED_CREDIT_RE,
  TRAILING_PAREN_RE,
  GUARDED_CREDIT_LABEL_RE,
  TRAILING_GUARDED_LABEL_RE,
  NAME_CREDIT_SHAPE,
  GUARDED_LABEL_CREDIT,
  BRACKET_NAME_CREDIT_RE,
  NOT_CREDIT_BRACKET_RE,
  SOURCE_PAREN_CREDIT_RE,
  TRAILING_NAME_AGENCY_RE,
  BARE_AGENCY_PAREN_RE,
  ACRONYM_SPELLING,
  BRACKET_VIA_RE,
  VIA_NOT_NAME_RE,
  DESCRIBED_NOT_CREDITED_RE,
} from './constants';

/** A caption split into its text and its photo credit. */
export interface CaptionParts {
  caption: string | null;
  credit: string | null;
}

/**
 * A bracketed or closing "…提供" part is a clause, not a credit, when a particle in hiragana
 * stands right before its verb ("（無料で提供）", "free of charge"; "住民が食事を提供"); a
 * source's name may hold hiragana ("県うめ研究所提供", "さいたま市提供"). A part with no such verb
 * is a clause when it holds any hiragana: a name is written in kanji, katakana or Latin.
 */
const HIRAGANA_RE = /[\u3041-\u309f]/u;
const CREDIT_VERB_RE = /提供|撮影/u;
const PARTICLE_BEFORE_CREDIT_VERB_RE = /[\u3041-\u309f](?:提供|撮影)/u;
function isJapaneseClause(part: string): boolean {
  return CREDIT_VERB_RE.test(part) ? PARTICLE_BEFORE_CREDIT_VERB_RE.test(part) : HIRAGANA_RE.test(part);
}

/** Labels stripped from the front of a credit, at most. */
const MAX_CREDIT_LABELS = 2;
/** Brackets around the whole credit, ASCII or full-width as CJK captions write them ("（記者黃志明攝）"). */
const OUTER_PARENS_RE = /^\((.*)\)$|^（(.*)）$/;
/** Separators left between a caption and the credit cut from its end. */
const CAPTION_CREDIT_SEPARATORS = ' \t\n,;:|–—-、，';
/** Separators left when a credit is cut from the caption's text: those above, and Korean papers' slash before the label ("… 있다. /사진=X"). */
const SPLIT_CREDIT_SEPARATORS = `${CAPTION_CREDIT_SEPARATORS}/`;
/** Dashes among those separators that, glued to the word beside them, are that word's ("-5 °C", a cut "post-"). */
const WORD_DASHES = '-–—';

/**
 * A caption whose credit element was taken out, without the separators that stood between
 * the two: Folha's `<span>… São Paulo</span> - <span class=credit>Folhapress</span>` gives
 * "… São Paulo", a credit set first `<span class=credit>AP</span> | <span>…</span>` gives the
 * caption alone. A dash glued to the word beside it is the word's and stays ("… the E-" is
 * kept as written; "… Route 12 –" loses its spaced dash; "… the E-45" ends in no separator).
 * @internal
 */
export function trimCaptionSeparators(caption: string, creditFirst = false): string {
  const text = caption.trim();
  // Only the side the credit stood on: a caption may open with a dash of its own (a French
  // dialogue's "— Nous ne partirons pas…" before its credit).
  if (!creditFirst) {
    const end = trimEndChars(text, CAPTION_CREDIT_SEPARATORS);
    return end.length < text.length && !WORD_DASHES.includes(text.charAt(end.length)) ? end : text;
  }
  const start = trimStartChars(text, CAPTION_CREDIT_SEPARATORS);
  return start.length < text.length && !WORD_DASHES.includes(text.charAt(text.length - start.length - 1)) ? start : text;
}

/**
 * Cleans a credit read from a credit element or a caption tail: drops the parentheses and a
 * "Photo:" label ("(Photo: Reuters)" → "Reuters"), but keeps words that are the credit
 * itself ("AFP Photo").
 * @internal
 */
export function cleanCredit(raw: string): string | null {
  let credit = raw.trim();
  const paren = OUTER_PARENS_RE.exec(credit);
  const inner = paren ? (paren[1] ?? paren[2]) : undefined;
  if (inner !== undefined) credit = inner.trim();
  // Some CMSs print the label twice (a screen-reader copy and a visible one): "CreditCredit".
  for (let i = 0; i < MAX_CREDIT_LABELS; i++) {
    const stripped = stripCreditLabel(credit);
    if (!stripped || stripped === credit) break;
    credit = stripped;
  }
  const named = credit.replace(OUTLET_PHOTO_LABEL_RE, '');
  if (named) credit = named;
  const labelAfter = credit.replace(TRAILING_PHOTO_LABEL_RE, '');
  if (labelAfter) credit = labelAfter;
  // A name's closing full stop ("Photo by Callum Reid."); a credit that runs to a sentence keeps it.
  if (credit.length <= MAX_WHOLE_CREDIT_LENGTH) credit = credit.replace(CREDIT_END_STOP_RE, '');
  return credit || null;
}

/** The credit without its leading label, or unchanged when it has none or the "label" begins a longer word. */
function stripCreditLabel(credit: string): string {
  const guarded = guardedLabelCredit(credit);
  if (guarded !== null) return guarded;
  const label = CREDIT_LABEL_RE.exec(credit);
  if (!label) return credit;
  const rest = credit.slice(label[0].length);
  if (CREDIT_LABEL_GLUED_RE.labelEnd.test(label[0]) && CREDIT_LABEL_GLUED_RE.wordGoesOn.test(rest)) return credit;
  return rest.trim();
}

/**
 * The guard on credit labels that are also a caption's own words (GUARDED_CREDIT_LABEL_RE:
 * "Illustration by", "Art by"): whether the words after the label read as a name credit, as
 * NAME_CREDIT_SHAPE describes one. "Mara Quint", "AP/Jane Doe", "Mara Quint for The Atlantic",
 * "Vincent van Gogh." do; "Maya Lin is displayed at the new station entrance." (lower-case
 * words), "the river: painters gather each June" (a lower-case start, a colon) do not.
 * @internal
 */
export function readsAsNameCredit(rest: string): boolean {
  const text = rest.trim();
  if (!text || text.length > NAME_CREDIT_SHAPE.maxLength || NAME_CREDIT_SHAPE.notInCreditRe.test(text)) return false;
  const tokens = text.match(NAME_CREDIT_SHAPE.tokenRe) ?? [];
  let runs = 0;
  let words = 0;
  let names = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined || NAME_CREDIT_SHAPE.joiners.has(token)) {
      // A run ends: it must hold a name's word ("Mara Quint /" or "and ," leave an empty one).
      if (names === 0) return false;
      if (++runs > NAME_CREDIT_SHAPE.maxRuns) return false;
      words = 0;
      names = 0;
      continue;
    }
    // A full stop ending a sentence is allowed only at the very end ("Mara Quint.").
    if (i < tokens.length - 1 && NAME_CREDIT_SHAPE.sentenceStopRe.test(token)) return false;
    if (NAME_CREDIT_SHAPE.nameWordRe.test(token)) names++;
    else if (!NAME_CREDIT_SHAPE.particles.has(token)) return false;
    if (++words > NAME_CREDIT_SHAPE.maxWordsPerRun) return false;
  }
  return true;
}

/** The credit after a guarded label (GUARDED_CREDIT_LABEL_RE) when it passes the guard (readsAsNameCredit), or null. */
function guardedLabelCredit(line: string): string | null {
  const label = GUARDED_CREDIT_LABEL_RE.exec(line);
  if (!label) return null;
  const rest = line.slice(label[0].length).trim();
  const verdict = readsAsNameCredit(rest) && (GUARDED_LABEL_CREDIT.makerLabelRe.test(label[0]) || namesMaker(rest, GUARDED_LABEL_CREDIT.byLabelRe.test(label[0])));
  return verdict ? rest : null;
}

/**
 * Whether a name-shaped credit after a guarded label names who made the picture, not what it
 * shows (GUARDED_LABEL_CREDIT): an agency, an acronym, a maker joined to an outlet, or, after a
 * "by" label, a maker's full name.
 */
function namesMaker(credit: string, byLabel: boolean): boolean {
  const tokens: readonly string[] = credit.match(NAME_CREDIT_SHAPE.tokenRe) ?? [];
  if (tokens.includes('/') || CREDIT_WORD_RE.test(credit)) return true;
  if (tokens.some((t) => GUARDED_LABEL_CREDIT.acronymRe.test(t))) return true;
  if (!byLabel) return false;
  if (tokens.includes('for')) return true;
  let words = 0;
  for (const token of tokens) {
    if (NAME_CREDIT_SHAPE.joiners.has(token)) break;
    words++;
  }
  return words >= GUARDED_LABEL_CREDIT.minMakerWords;
}

/**
 * A caption behind a screen reader's label: when a label ("Image:", Sky News' visually hidden
 * one) stands before a guarded label whose words fail the guard ("Image: File photo:
 * Protesters outside city hall"), the line describes the picture, and is its caption without
 * the first label; otherwise null.
 */
function describedAfterLabel(line: string): string | null {
  const rest = stripCreditLabel(line);
  if (rest === line || !GUARDED_CREDIT_LABEL_RE.test(rest) || guardedLabelCredit(rest) !== null) return null;
  return rest;
}

/**
 * NYT's "Credit" label run on into the name (RUN_ON_CREDIT_LABEL_RE). With its dots it is a
 * label whatever follows; glued to a capital, only when the rest reads as a name credit:
 * "CreditKarma headquarters in Oakland" is a brand in a caption (review, session 21).
 */
function runOnCredit(line: string): boolean {
  const label = RUN_ON_CREDIT_LABEL_RE.exec(line);
  if (label === null) return false;
  return label[0].length > RUN_ON_LABEL_WORD_LENGTH || readsAsNameCredit(line.slice(label[0].length));
}
const RUN_ON_LABEL_WORD_LENGTH = 'Credit'.length;

/**
 * Whether a line opens with a credit's label, so that the whole line is a credit: "Photo:
 * Reuters", "Courtesy of X", "© X" (WHOLE_CREDIT_RE), or a guarded label before a name credit
 * ("Illustration by Mara Quint", see readsAsNameCredit). The caller bounds its length.
 * @internal
 */
export function opensWithCreditLabel(line: string): boolean {
  return (WHOLE_CREDIT_RE.test(line) && !VIA_NOT_NAME_RE.test(line)) || runOnCredit(line) || guardedLabelCredit(line) !== null;
}

/**
 * A picture word and a spaced slash before words in lower case: the caption's own "Photo / video
 * gallery of the flooding", not NZME's "Photo / Mark Mitchell" (SPACED_SLASH_LABEL_RE; review).
 */
function slashedDescription(labelled: string): boolean {
  const m = SPACED_SLASH_LABEL_RE.exec(labelled);
  if (m === null) return false;
  const first = labelled.charAt(m[0].length);
  return first !== first.toUpperCase();
}

/**
 * Splits a photo credit off a caption written in a common form: "… (AFP Photo)",
 * "… Photo: Reuters", "… Illustration by Mara Quint", "… Photograph: X/Getty Images", "… © X", "… (Image: X)", "…、佐藤花子撮影".
 * @internal
 */
export function splitCredit(text: string): CaptionParts {
  const caption = text.trim();
  if (!caption) return { caption: null, credit: null };
  if (caption.length <= MAX_WHOLE_CREDIT_LENGTH && (opensWithCreditLabel(caption) || WHOLE_NAME_CREDIT_RE.test(caption) || STOCK_AGENCY_CREDIT_RE.test(caption))) {
    const described = describedAfterLabel(caption);
    if (described !== null) return { caption: described, credit: null };
    return { caption: null, credit: cleanCredit(caption) };
  }
  const offset = Math.max(0, caption.length - MAX_CREDIT_TAIL);
  const tail = caption.slice(offset);

  const paren = TRAILING_PAREN_RE.exec(tail);
  // After a full stop or a comma, a CJK credit takes its parenthesis with it ("…南站。新华社发（李明 摄）"),
  // unless a "圖／" label opens the parenthesis: then that is the whole credit ("…，說明（圖／市府提供）").
  const cjk = paren?.[1] !== undefined && CJK_LABELLED_PAREN_RE.test(paren[1]) ? null : TRAILING_CJK_CREDIT_RE.exec(tail);
  if (cjk?.[1] !== undefined && !isJapaneseClause(cjk[1])) {
    return finish(caption.slice(0, caption.length - cjk[1].length), cjk[1]);
  }
  if (paren?.[1] !== undefined && (CREDIT_WORD_RE.test(paren[1]) || NAME_SLASH_OUTLET_RE.test(paren[1]) || AGENCY_COLON_NAME_RE.test(paren[1]) || AGENCY_SLASH_RE.test(paren[1]) || SOURCE_PAREN_CREDIT_RE.test(paren[1]) || bracketedNameCredit(paren[0], paren[1]) || bareAgencyCredit(caption.slice(0, offset + paren.index), paren[1])) && !isJapaneseClause(paren[1])) {
    return finish(caption.slice(0, offset + paren.index), paren[1]);
  }
  const labelled = TRAILING_LABEL_RE.exec(tail);
  if (labelled?.[1] !== undefined && !VIA_NOT_NAME_RE.test(labelled[1]) && !slashedDescription(labelled[1])) {
    return finish(caption.slice(0, caption.length - labelled[1].length), labelled[1]);
  }
  const glued = gluedLabelCredit(tail);
  if (glued !== null) return finish(caption.slice(0, caption.length - glued.length), glued);
  const outlet = TRAILING_OUTLET_PHOTO_LABEL_RE.exec(tail);
  if (outlet?.[1] !== undefined) {
    return finish(caption.slice(0, caption.length - outlet[1].length), outlet[1]);
  }
  const korean = KOREAN_SLASH_CREDIT_RE.exec(tail);
  if (korean?.[1] !== undefined) {
    return finish(caption.slice(0, caption.length - korean[0].length), korean[1]);
  }
  const guarded = TRAILING_GUARDED_LABEL_RE.exec(tail);
  if (guarded?.[1] !== undefined && guardedLabelCredit(guarded[1]) !== null) {
    return finish(caption.slice(0, caption.length - guarded[1].length), guarded[1]);
  }
  const cjkLabelled = TRAILING_CJK_LABEL_RE.exec(tail);
  if (cjkLabelled?.[1] !== undefined) {
    return finish(caption.slice(0, caption.length - cjkLabelled[1].length), cjkLabelled[1]);
  }
  const dashed = DASHED_CREDIT_RE.exec(tail);
  if (dashed?.[1] !== undefined && dashed[2] !== undefined) {
    return finish(caption.slice(0, caption.length - dashed[1].length), dashed[2]);
  }
  const agency = TRAILING_AGENCY_SLASH_RE.exec(tail);
  if (agency?.[1] !== undefined) {
    return finish(caption.slice(0, caption.length - agency[1].length), agency[1]);
  }
  const nameAgency = TRAILING_NAME_AGENCY_RE.exec(tail);
  if (nameAgency?.[1] !== undefined) {
    return finish(caption.slice(0, caption.length - nameAgency[1].length), nameAgency[1]);
  }
  const copyright = TRAILING_COPYRIGHT_RE.exec(tail);
  if (copyright?.[1] !== undefined) {
    return finish(caption.slice(0, offset + copyright.index), copyright[1]);
  }
  return { caption, credit: null };
}

/**
 * The labelled credit a caption's last sentence runs into with no space, as TRAILING_LABEL_RE
 * reads it after a spaced sentence's end: "… test depot.Image Credits: Devin Costa /
 * TechCrunch" (a label element's text, glued as the page writes it). Read from the last glued
 * sentence's end (GLUED_SENTENCE_END_RE) that a label opens (CREDIT_LABEL_RE, anchored and
 * linear), so TRAILING_LABEL_RE, polynomial on crafted text, runs once as in splitCredit; null
 * when that is no credit, or words that describe the picture (DESCRIBED_NOT_CREDITED_RE: a
 * caption's blocks read glued, "… today.Photo: right, the same view in 1920.").
 */
function gluedLabelCredit(tail: string): string | null {
  let from = -1;
  for (const end of tail.matchAll(GLUED_SENTENCE_END_RE)) if (CREDIT_LABEL_RE.test(tail.slice(end.index))) from = end.index;
  if (from < 0) return null;
  const rest = tail.slice(from);
  const labelled = TRAILING_LABEL_RE.exec(rest);
  return labelled?.[1] === rest && !VIA_NOT_NAME_RE.test(rest) && !DESCRIBED_NOT_CREDITED_RE.test(rest) ? rest : null;
}

/** Whether a square-bracketed tail (not a parenthesis) names only a picture's maker, via another (BRACKET_NAME_CREDIT_RE, BRACKET_VIA_RE): "[SpaceX via Nasa]", not "[In Pictures]". */
function bracketedNameCredit(whole: string, inner: string): boolean {
  return whole.trimStart().startsWith('[') && BRACKET_VIA_RE.test(inner) && BRACKET_NAME_CREDIT_RE.test(inner.trim()) && !NOT_CREDIT_BRACKET_RE.test(inner.trim());
}

/**
 * Whether a bracketed tail is a wire agency's name alone (BARE_AGENCY_PAREN_RE: "… mercoledì
 * sera (Ansa)"), and not the abbreviation of the words right before it ("… Pakistan
 * Tehreek-e-Insaf (PTI)", see spellsOut).
 */
function bareAgencyCredit(before: string, inner: string): boolean {
  const name = inner.trim();
  return BARE_AGENCY_PAREN_RE.test(name) && !spellsOut(before, name);
}

/** Whether the words closing `before` give, by their initials, the letters of a one-word `name` (ACRONYM_SPELLING). */
function spellsOut(before: string, name: string): boolean {
  const letters = name.toUpperCase();
  const words = before.trimEnd().split(ACRONYM_SPELLING.splitRe);
  let initials = '';
  for (let i = words.length - 1; i >= 0 && initials.length < letters.length; i--) {
    const word = words[i] ?? '';
    if (ACRONYM_SPELLING.stopRe.test(word)) break;
    if (ACRONYM_SPELLING.capitalRe.test(word)) initials = word.charAt(0) + initials;
    else if (word.length > ACRONYM_SPELLING.maxJoinerLength) break;
  }
  return initials === letters;
}

function finish(rest: string, rawCredit: string): CaptionParts {
  const caption = trimEndChars(rest, SPLIT_CREDIT_SEPARATORS).trim();
  // Keep the sentence's own full stop: "… 2025. (AFP Photo)" → "… 2025."
  return { caption: caption || null, credit: cleanCredit(rawCredit) };
}
