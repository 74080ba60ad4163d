/**
 * Balance runs: a small run produces the per-pairing table quickly; the same runs and seeds give the same
 * report whether played in this thread or on a worker; the zone-of-agreement measure agrees with brute force;
 * the command line writes the Markdown report and a self-contained HTML chart.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gameAt, pairingsOf, playRange, summariseBalance } from '../../src/authoring/balance';
import { findings, textTable } from '../../src/authoring/balance-format';
import { balanceMarkdown } from '../../src/authoring/balance-markdown';
import { bestForUnion, frontierOf, zopaOpen } from '../../src/authoring/zopa';
import { runGames } from '../../src/cli/balance-pool';
import { main } from '../../src/cli/scenario-balance';
import { unionUtility, employerUtility } from '../../src/sim/index';
import { BUNDLED_IDS, loadScenario, ROOT } from './helpers';

const tutorial = loadScenario('tutorial');

describe('balance runs', () => {
  it('spreads games over every pairing with shared seeds', () => {
    const pairings = pairingsOf(tutorial);
    expect(pairings).toHaveLength(4);
    expect([0, 1, 2, 3, 4].map((i) => gameAt(pairings, i, 'b'))).toEqual([
      { pairing: 0, seed: 'b-1' },
      { pairing: 1, seed: 'b-1' },
      { pairing: 2, seed: 'b-1' },
      { pairing: 3, seed: 'b-1' },
      { pairing: 0, seed: 'b-2' },
    ]);
  });

  it('produces the table for a small run, the same every time', () => {
    const games = playRange(tutorial, 0, 16, 'test');
    const report = summariseBalance(tutorial, games, 'test');
    expect(report.rows.map((r) => r.games)).toEqual([4, 4, 4, 4]);
    expect(report.total.games).toBe(16);
    const table = textTable(report);
    // Sides and harm are named from the scenario's vocabulary (the tutorial's Union, Board and waiting list).
    expect(table.split('\n')[0]).toMatch(/^pairing \(Union v Board\)\s+games\s+deal\s+deal\/imp\/dead\/coll\s+weeks\s+strike days\s+support %\s+waiting list\s+Union score\s+Board score/);
    expect(table).toContain('steady v tough');
    expect(summariseBalance(tutorial, playRange(tutorial, 0, 16, 'test').reverse(), 'test')).toEqual(report);
  });

  it('gives the same games on a worker thread as in this thread', async () => {
    const inThread = await runGames({ scenario: tutorial, runs: 12, seedPrefix: 'w', workers: 0 });
    const onWorker = await runGames({ scenario: tutorial, runs: 12, seedPrefix: 'w', workers: 1 });
    const byIndex = (g: typeof inThread) => [...g].sort((a, b) => a.index - b.index);
    expect(byIndex(onWorker)).toEqual(byIndex(inThread));
  });

  it('measures the zone of agreement exactly (frontier against every bundle)', () => {
    const sc = tutorial;
    const bundles: number[][] = [[]];
    for (const issue of sc.issues) bundles.splice(0, bundles.length, ...bundles.flatMap((b) => issue.values.map((_, i) => [...b, i])));
    const frontier = frontierOf(sc, 0, sc.issues.map((i) => i.statusQuo));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: -2000, max: 10000 }), (union, employer) => {
        const brute = bundles.some((x) => unionUtility(sc, x) >= union && employerUtility(sc, 0, x) >= employer);
        expect(zopaOpen(sc, frontier, { union, employer })).toBe(brute);
        const best = bestForUnion(sc, frontier, employer);
        const bruteBest = Math.max(-1, ...bundles.filter((x) => employerUtility(sc, 0, x) >= employer).map((x) => unionUtility(sc, x)));
        expect(best ?? -1).toBe(bruteBest);
      }),
      { seed: 20250707, numRuns: 300 },
    );
  });
});

describe('npm run scenario:balance', () => {
  const run = async (argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: ROOT });
    return { code, stdout, stderr };
  };

  it('prints the table and writes the Markdown and HTML reports', async () => {
    const out = mkdtempSync(join(tmpdir(), 'standoff-balance-'));
    const r = await run(['--scenario', 'tutorial', '--runs', '8', '--workers', '0', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/tutorial 1\.0\.0\): 8 games/);
    expect(r.stderr).toMatch(/tutorial: 8 games in [\d.]+ s on the main thread/);
    const md = readFileSync(join(out, 'tutorial.balance.md'), 'utf8');
    expect(md).toMatch(/^# Balance report: Tutorial/);
    expect(md).toContain('| pairing (Union v Board) | games | deal |');
    expect(md).toContain("collapse of the Union's mandate");
    expect(md).not.toMatch(/BMA|Gov\b|Government/);
    const html = readFileSync(join(out, 'tutorial.balance.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<svg');
    expect(html).toContain('Union persona v Board persona');
    expect(html).toContain('Board score (0–100)');
    expect(html).not.toMatch(/BMA|Government/);
    expect(html).not.toMatch(/src=|href=|https?:\/\/(?!www\.w3\.org)/);
  });

  it('exits 2 with one message on bad flags', async () => {
    for (const argv of [[], ['--scenario', 'tutorial', '--runs', '0'], ['--scenario', 'nope'], ['--all', '--scenario', 'tutorial'], ['--bogus']]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^scenario:balance: [^\n]+\n$/);
    }
  });

  it('keeps a current-looking report beside each bundled scenario', () => {
    for (const id of BUNDLED_IDS) {
      const md = join(ROOT, 'scenarios', `${id}.balance.md`);
      expect(existsSync(md), md).toBe(true);
      expect(readFileSync(md, 'utf8')).toContain(`Scenario \`${id}\``);
      expect(existsSync(join(ROOT, 'scenarios', `${id}.balance.html`))).toBe(true);
    }
    expect(balanceMarkdown(summariseBalance(tutorial, [], 'x'), null)).toContain('Balance report');
  });
});

describe('the balance report names the sides from the vocabulary', () => {
  it('says which side the scores favour by name, with "the" only where the vocabulary wants it', () => {
    const report = summariseBalance(tutorial, playRange(tutorial, 0, 16, 'v'), 'v');
    const lopsided = { ...report, total: { ...report.total, scoreUnion: { ...report.total.scoreUnion!, median: 80 }, scoreEmployer: { ...report.total.scoreEmployer!, median: 20 } } };
    expect(findings(lopsided)).toContain('Scores favour the Union: median 80 for the Union against 20 for the Board over all games.');
    const bare = { ...lopsided, sides: { union: { shortName: 'RMT', takesThe: true }, employer: { shortName: 'Network Rail', takesThe: false } } };
    const employerAhead = { ...bare.total, scoreUnion: { ...bare.total.scoreUnion!, median: 10 }, scoreEmployer: { ...bare.total.scoreEmployer!, median: 70 } };
    expect(findings({ ...bare, total: employerAhead })).toContain('Scores favour Network Rail: median 10 for the RMT against 70 for Network Rail over all games.');
    expect(textTable(bare).split('\n')[0]).toMatch(/^pairing \(RMT v Network Rail\).*RMT score\s+Network Rail score/);
  });

  it('says a deal was impossible only where no zone of agreement opened and no deal was made', () => {
    const report = summariseBalance(tutorial, playRange(tutorial, 0, 16, 'v'), 'v');
    const [first, second] = report.rows;
    const noZone = { ...first!, neverZopa: 1, outcomes: { ...first!.outcomes, deal: 0 } };
    const soldBelow = { ...second!, neverZopa: 1, outcomes: { ...second!.outcomes, deal: 3 } };
    const notes = findings({ ...report, rows: [noZone, soldBelow] });
    expect(notes).toContain(`No zone of agreement opened in any game for: ${noZone.label}. No deal was possible there.`);
    expect(notes).toContain(`No zone of agreement between the walk-away values opened for: ${soldBelow.label}; the deals made there were sold to the Union's members below their walk-away, on its recommendation.`);
  });
});
