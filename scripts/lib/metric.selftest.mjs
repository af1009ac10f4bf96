// Self-check of scripts/lib/metric.mjs on hand-made examples: `node scripts/lib/metric.selftest.mjs`.
import assert from 'node:assert/strict';
import { tokenize, shingles, scoreShingles, summarise } from './metric.mjs';

const close = (a, b, msg) => assert.ok(Math.abs(a - b) < 1e-12, `${msg}: ${a} !== ${b}`);

// --- tokenize: Python's \w+ on str (letters, numbers, underscore; marks split) ---
assert.deepEqual(tokenize('Hello, world! foo_bar 42'), ['Hello', 'world', 'foo_bar', '42']);
assert.deepEqual(tokenize("l'été 2½ x²"), ['l', 'été', '2½', 'x²']); // No (½, ²) is alnum in Python
assert.deepEqual(tokenize('cafe\u0301 ok'), ['cafe', 'ok']); // U+0301 is Mn: not \w in Python
assert.deepEqual(tokenize('北京 東京'), ['北京', '東京']);
assert.deepEqual(tokenize(''), []);
assert.deepEqual(tokenize(null), []);
assert.deepEqual(tokenize('—…—'), []);

// --- shingles: n = min(len(tokens), 4), counted as a multiset ---
assert.deepEqual([...shingles('a b c d e')], [['a b c d', 1], ['b c d e', 1]]);
assert.deepEqual([...shingles('a b c')], [['a b c', 1]]); // fewer than 4 tokens: one shingle of all
assert.deepEqual([...shingles('a')], [['a', 1]]);
assert.deepEqual([...shingles('')], [['', 1]]); // no token: one empty shingle, like tuple()
assert.deepEqual([...shingles('x x x x x x')], [['x x x x', 3]]);
assert.deepEqual([...shingles(['a', 'b', 'c', 'd', 'e'], 2)], [['a b', 1], ['b c', 1], ['c d', 1], ['d e', 1]]);

// --- scoreShingles ---
{
  // Identical texts.
  const s = scoreShingles('The quick brown fox jumps', 'the quick... The quick brown fox jumps'.slice(12));
  assert.equal(s.exact, 1);
  close(s.tp, 1, 'tp');
  close(s.precision, 1, 'P');
  close(s.recall, 1, 'R');
  close(s.f1, 1, 'F1');
}
{
  // Prediction is the first shingle only: tp 1, fp 0, fn 1 → normalised 1/2, 0, 1/2.
  const s = scoreShingles('a b c d e', 'a b c d');
  close(s.tp, 0.5, 'tp');
  close(s.fp, 0, 'fp');
  close(s.fn, 0.5, 'fn');
  close(s.precision, 1, 'P');
  close(s.recall, 0.5, 'R');
  close(s.f1, 2 / 3, 'F1');
  assert.equal(s.exact, 0);
}
{
  // n = min(len, 4) on each side: (a b) vs (a b c) share nothing.
  const s = scoreShingles('a b', 'a b c');
  close(s.tp, 0, 'tp');
  close(s.fp, 0.5, 'fp');
  close(s.fn, 0.5, 'fn');
  close(s.precision, 0, 'P');
  close(s.recall, 0, 'R');
  close(s.f1, 0, 'F1');
}
{
  // Short texts that are equal match as a whole.
  const s = scoreShingles('Hi there', 'hi there'.replace('h', 'H'));
  close(s.f1, 1, 'F1');
  assert.equal(s.exact, 1);
}
{
  // Multiset: 3 copies of (x x x x) in truth, 1 in prediction.
  const s = scoreShingles('x x x x x x', 'x x x x');
  close(s.tp, 1 / 3, 'tp');
  close(s.fn, 2 / 3, 'fn');
  close(s.precision, 1, 'P');
  close(s.recall, 1 / 3, 'R');
  // and the other way: prediction repeats
  const t = scoreShingles('x x x x', 'x x x x x x');
  close(t.precision, 1 / 3, 'P');
  close(t.recall, 1, 'R');
}
{
  // Empty prediction vs a real truth: the empty shingle () is a false positive.
  const s = scoreShingles('a b c d e', '');
  close(s.tp, 0, 'tp');
  close(s.fp, 1 / 3, 'fp');
  close(s.fn, 2 / 3, 'fn');
  close(s.precision, 0, 'P');
  close(s.recall, 0, 'R');
  // Two empty texts match through their empty shingles.
  const e = scoreShingles('', '  ...  ');
  close(e.tp, 1, 'tp');
  close(e.precision, 1, 'P');
  close(e.recall, 1, 'R');
  assert.equal(e.exact, 1);
}
{
  // The (1, 0, 0) rule: nothing on either side.
  const s = scoreShingles(new Map(), new Map());
  assert.deepEqual([s.tp, s.fp, s.fn], [1, 0, 0]);
  close(s.precision, 1, 'P');
  close(s.recall, 1, 'R');
  assert.equal(s.exact, null);
  // Only predicted shingles: precision 0, recall 0 (tp + fn == 0).
  const t = scoreShingles(new Map(), new Map([['a b c d', 2]]));
  assert.deepEqual([t.tp, t.fp, t.fn], [0, 1, 0]);
  close(t.precision, 0, 'P');
  close(t.recall, 0, 'R');
}
{
  // Normalisation keeps precision/recall scale-free: 2 of 4 true shingles found, 1 extra.
  const s = scoreShingles('a b c d e f g', 'a b c d e z');
  // truth: abcd bcde cdef defg; pred: abcd bcde cdez → tp 2, fp 1, fn 2, s = 5
  close(s.tp, 2 / 5, 'tp');
  close(s.fp, 1 / 5, 'fp');
  close(s.fn, 2 / 5, 'fn');
  close(s.precision, 2 / 3, 'P');
  close(s.recall, 1 / 2, 'R');
}

// --- summarise: means of P and R, F1 of the means, accuracy ---
{
  const pages = [
    scoreShingles('a b c d e', 'a b c d'), // P 1, R 0.5, exact 0
    scoreShingles('a b', 'a b c'), // P 0, R 0, exact 0
    scoreShingles('same words here', 'same words here'), // P 1, R 1, exact 1
    scoreShingles('x x x x x x', 'x x x x'), // P 1, R 1/3, exact 0
  ];
  const s = summarise(pages);
  assert.equal(s.n, 4);
  const P = (1 + 0 + 1 + 1) / 4;
  const R = (0.5 + 0 + 1 + 1 / 3) / 4;
  close(s.precision, P, 'mean P');
  close(s.recall, R, 'mean R');
  close(s.f1, (2 * P * R) / (P + R), 'F1 of means');
  // F1 of the means is not the mean of the F1s.
  const meanF1 = pages.reduce((a, p) => a + p.f1, 0) / pages.length;
  assert.ok(Math.abs(s.f1 - meanF1) > 1e-3);
  close(s.accuracy, 0.25, 'accuracy');
  const none = summarise([]);
  assert.equal(none.n, 0);
  assert.ok(Number.isNaN(none.f1));
  const zero = summarise([scoreShingles('a b c d', 'e f g h')]);
  close(zero.f1, 0, 'F1 with P = R = 0');
}

console.log('metric selftest: ok');
