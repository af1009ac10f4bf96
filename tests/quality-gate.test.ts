/**
 * The quality gate: runs `scripts/eval.mjs` over ../shared/datasets (on the dist/ build that
 * `npm test` makes first) and fails when a score drops below its floor in
 * fixtures/baseline.json. A clone without the datasets skips it and says why.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/fixtures';

const DATASETS = join(REPO_ROOT, '..', 'shared', 'datasets');
const DIST = join(REPO_ROOT, 'dist', 'index.js');
const available = existsSync(join(DATASETS, 'scrapinghub')) && existsSync(join(DATASETS, 'readability'));
const reason = !available ? `datasets not found at ${DATASETS}` : !existsSync(DIST) ? 'dist/ not built (run npm run build)' : null;

type Floors = Record<string, Record<string, number>>;
const baseline = JSON.parse(readFileSync(join(REPO_ROOT, 'fixtures', 'baseline.json'), 'utf8')) as Floors;

if (reason) {
  it.skip(`quality gate skipped: ${reason}`, () => {});
  console.warn(`[quality-gate] skipped: ${reason}`);
}

describe.skipIf(reason !== null)('quality gate (npm run eval)', () => {
  let status: number | null = null;
  let stderr = '';
  let summaries: Record<string, { summary: Record<string, number> }> = {};
  beforeAll(() => {
    const out = join(mkdtempSync(join(tmpdir(), 'copydesk-eval-')), 'eval.json');
    const result = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'eval.mjs'), '--datasets', DATASETS, '--json', out], {
      encoding: 'utf8',
    });
    status = result.status;
    stderr = result.stderr;
    if (status === 0) summaries = JSON.parse(readFileSync(out, 'utf8')) as typeof summaries;
  }, 300_000);

  it('the eval runs without errors', () => {
    expect(status, stderr).toBe(0);
    expect(summaries.scrapinghub?.summary.errors).toBe(0);
    expect(summaries.readability?.summary.errors).toBe(0);
  });

  const floors = Object.entries(baseline).filter(([key]) => key !== '//');
  for (const [dataset, metrics] of floors) {
    for (const [metric, floor] of Object.entries(metrics)) {
      it(`${dataset} ${metric} >= ${floor}`, () => {
        expect(summaries[dataset]?.summary[metric]).toBeGreaterThanOrEqual(floor);
      });
    }
  }
});
