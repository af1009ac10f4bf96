/** The quality floors only go up unless a person says otherwise (scripts/update-baseline.mjs). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/fixtures';

const SCRIPT = join(REPO_ROOT, 'scripts', 'update-baseline.mjs');

function setUp(floor: number, measured: number) {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-floors-'));
  const baseline = join(dir, 'baseline.json');
  const run = join(dir, 'run.json');
  writeFileSync(baseline, JSON.stringify({ '//': 'note', scrapinghub: { f1: floor } }));
  writeFileSync(run, JSON.stringify({ scrapinghub: { summary: { f1: measured } } }));
  const update = (...flags: string[]) =>
    spawnSync(process.execPath, [SCRIPT, '--from', run, '--baseline', baseline, ...flags], { encoding: 'utf8' });
  const floors = () => JSON.parse(readFileSync(baseline, 'utf8')) as { '//': string; scrapinghub: { f1: number } };
  return { update, floors };
}

describe('update-baseline', () => {
  it('raises a floor to the measured score less the margin, keeping the note', () => {
    const { update, floors } = setUp(0.9, 0.961);
    const r = update();
    expect(r.status).toBe(0);
    expect(floors().scrapinghub.f1).toBe(0.956);
    expect(floors()['//']).toBe('note');
  });

  it('refuses to lower a floor, and changes nothing', () => {
    const { update, floors } = setUp(0.96, 0.95);
    const r = update();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('refusing to lower floors');
    expect(r.stderr).toContain('scrapinghub.f1');
    expect(floors().scrapinghub.f1).toBe(0.96);
  });

  it('keeps a floor that the score passes by less than the margin', () => {
    const { update, floors } = setUp(0.967, 0.970032);
    expect(update().status).toBe(0);
    expect(floors().scrapinghub.f1).toBe(0.967);
  });

  it('lowers a floor only with --allow-regression', () => {
    const { update, floors } = setUp(0.96, 0.95);
    expect(update('--allow-regression').status).toBe(0);
    expect(floors().scrapinghub.f1).toBe(0.945);
  });
});
