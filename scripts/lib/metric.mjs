// Body-text metric of the Scrapinghub article-extraction-benchmark (evaluate.py), in JavaScript.
//
// evaluate.py does, per page:
//   tokens   = re.findall(r'\w+', text, re.UNICODE)
//   n        = min(len(tokens), 4)
//   shingles = Counter(tuple(tokens[i:i+n]) for i in range(len(tokens) - n + 1))
//   tp = Σ min(true, pred), fp = Σ max(0, pred - true), fn = Σ max(0, true - pred)
//   (tp, fp, fn) normalised by their sum; (1, 0, 0) when the sum is 0
// then precision and recall per page, their means over the pages, and F1 of the two means.
// Accuracy is the share of pages whose token list equals the truth's exactly.
//
// Note the n = min(len, 4) rule: a text with fewer than 4 tokens is one shingle of all its
// tokens, and a text with no token at all is one empty shingle `()`. So an empty prediction
// against a non-empty truth scores fp = 1 (precision 0, recall 0), and two empty texts match
// (tp = 1). Because of that empty shingle, the (1, 0, 0) rule cannot fire from texts; it is
// kept for counters passed in directly.

/**
 * Python's `\w` on str is `str.isalnum() or '_'`: letters (L*), numbers (N*: Nd, Nl, No) and
 * the underscore. Combining marks (Mn, Mc) are not matched, so they split tokens, as in Python.
 */
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

/** `re.findall(r'\w+', text)`. */
export function tokenize(text) {
  if (text == null) return [];
  return String(text).match(TOKEN_RE) ?? [];
}

// Tokens never contain a space, so a space-joined string is a faithful key for the tuple.
const SEP = ' ';

/**
 * The shingle multiset of a text (or of an already tokenised list): a Map from the
 * space-joined shingle to its count. `n` is capped at the token count (evaluate.py's rule).
 */
export function shingles(textOrTokens, ngramN = 4) {
  const tokens = Array.isArray(textOrTokens) ? textOrTokens : tokenize(textOrTokens);
  const n = Math.min(tokens.length, ngramN);
  const counts = new Map();
  for (let i = 0; i < tokens.length - n + 1; i++) {
    const key = tokens.slice(i, i + n).join(SEP);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Precision of a (tp, fp, fn) triple; 0 when there is no predicted shingle. */
export function precisionOf({ tp, fp }) {
  return tp + fp > 0 ? tp / (tp + fp) : 0;
}

/** Recall of a (tp, fp, fn) triple; 0 when there is no true shingle. */
export function recallOf({ tp, fn }) {
  return tp + fn > 0 ? tp / (tp + fn) : 0;
}

/** Harmonic mean, 0 when both are 0. */
export function f1Of(precision, recall) {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

function tokensEqual(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Scores one page. `truth` and `pred` are texts, or shingle Maps as made by {@link shingles}.
 * Returns the normalised triple, the page's precision, recall and F1, and `exact` (1 when the
 * token lists are equal, 0 otherwise; `null` when Maps were given).
 */
export function scoreShingles(truth, pred, ngramN = 4) {
  let exact = null;
  let trueSh;
  let predSh;
  if (truth instanceof Map && pred instanceof Map) {
    trueSh = truth;
    predSh = pred;
  } else {
    const trueTokens = truth instanceof Map ? null : tokenize(truth);
    const predTokens = pred instanceof Map ? null : tokenize(pred);
    trueSh = truth instanceof Map ? truth : shingles(trueTokens, ngramN);
    predSh = pred instanceof Map ? pred : shingles(predTokens, ngramN);
    if (trueTokens && predTokens) exact = tokensEqual(trueTokens, predTokens) ? 1 : 0;
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, t] of trueSh) {
    const p = predSh.get(key) ?? 0;
    tp += Math.min(t, p);
    fn += Math.max(0, t - p);
  }
  for (const [key, p] of predSh) {
    const t = trueSh.get(key) ?? 0;
    fp += Math.max(0, p - t);
  }
  const s = tp + fp + fn;
  if (s > 0) {
    tp /= s;
    fp /= s;
    fn /= s;
  } else {
    tp = 1;
    fp = 0;
    fn = 0;
  }
  const precision = precisionOf({ tp, fp });
  const recall = recallOf({ tp, fn });
  return { tp, fp, fn, precision, recall, f1: f1Of(precision, recall), exact };
}

/**
 * Aggregates page scores (objects with `precision`, `recall` and optionally `exact`):
 * mean precision and mean recall over all pages, F1 of those two means (not the mean of
 * the per-page F1s), accuracy as the mean of `exact` over the pages that have it.
 * With no page, every figure is NaN.
 */
export function summarise(scores) {
  const n = scores.length;
  if (n === 0) return { n: 0, precision: NaN, recall: NaN, f1: NaN, accuracy: NaN };
  let p = 0;
  let r = 0;
  let acc = 0;
  let accN = 0;
  for (const sc of scores) {
    p += sc.precision;
    r += sc.recall;
    if (sc.exact != null) {
      acc += sc.exact;
      accN++;
    }
  }
  const precision = p / n;
  const recall = r / n;
  return {
    n,
    precision,
    recall,
    f1: f1Of(precision, recall),
    accuracy: accN ? acc / accN : NaN,
  };
}
