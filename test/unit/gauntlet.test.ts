/**
 * The strategy gauntlet's machinery: every strategy plays only moves the core accepts, the library covers the
 * families the issue asks for in each seat, the verdict flags a strategy that beats the AI by more than 3
 * points or breaks the other side in more than a quarter of its games (and only then), games are the same on
 * worker threads as in this one, and the command line prints the table and exits 1 on an error.
 *
 * Whether each bundled scenario passes the gauntlet is not tested here yet: today's model does not (see the
 * table `npm run scenario:gauntlet -- --all` prints).
 */
import { describe, expect, it } from 'vitest';
import {
  AI_OWN,
  gauntletTasks,
  MAX_BREAK_SHARE,
  MAX_EDGE,
  playGauntletGame,
  runGauntlet,
  summariseGauntlet,
  type GauntletGame,
} from '../../src/authoring/gauntlet/gauntlet';
import { gauntletProblems } from '../../src/authoring/gauntlet/problems';
import { FAMILIES, STRATEGIES, strategyController, type Strategy } from '../../src/authoring/gauntlet/strategies';
import { runGauntletGames } from '../../src/cli/balance-pool';
import { main } from '../../src/cli/scenario-gauntlet';
import { AI_CONTROLLER, newGame, playGame, type SideId } from '../../src/sim/index';
import { BUNDLED_IDS, loadScenario, ROOT } from './helpers';

const SCENARIOS = BUNDLED_IDS;
const tutorial = loadScenario('tutorial');

describe('the strategy library', () => {
  it('gives every strategy a unique id starting with its seat, a known family and a one-line description', () => {
    expect(new Set(STRATEGIES.map((s) => s.id)).size).toBe(STRATEGIES.length);
    for (const s of STRATEGIES) {
      expect(s.id.startsWith(`${s.side}-`), s.id).toBe(true);
      expect(FAMILIES).toContain(s.family);
      expect(s.description, s.id).toMatch(/^[A-Z][^\n]{10,160}\.$/);
    }
  });

  it('covers the issue\'s families in each seat', () => {
    const families = (side: SideId) => new Set(STRATEGIES.filter((s) => s.side === side).map((s) => s.family));
    expect([...families('union')].sort()).toEqual(['accept', 'max-strike', 'oscillate', 'passive', 'repeat-offer', 'statement']);
    expect([...families('employer')].sort()).toEqual(['accept', 'catch-up', 'impose', 'mitigation', 'oscillate', 'passive', 'repeat-offer', 'statement']);
    const ids = STRATEGIES.map((s) => s.id);
    for (const tone of ['conciliatory', 'firm', 'hardline']) expect(ids).toEqual(expect.arrayContaining([`union-statement-${tone}`, `employer-statement-${tone}`]));
    expect(ids).toEqual(expect.arrayContaining(['union-max-strike', 'union-max-strike-accept-late', 'employer-mitigation-0', 'employer-mitigation-100', 'employer-catch-up-most', 'employer-impose-opening']));
  });

  it.each(SCENARIOS)('plays only moves the core accepts, in every seat of %s', (id) => {
    const scenario = loadScenario(id);
    for (const strategy of STRATEGIES) {
      const other = strategy.side === 'union' ? 'employer' : 'union';
      const start = newGame(scenario, { seed: 'legal', players: { [strategy.side]: 'human', [other]: 'ai' } as Record<SideId, string> });
      const played = playGame(start, { [strategy.side]: strategyController(strategy), [other]: AI_CONTROLLER } as never);
      const refused = played.weeks.flatMap((w) => w.actions.filter((a) => a.side === strategy.side && a.rejected).map((a) => `week ${w.week} ${a.action.type}: ${a.rejected!.reason}`));
      expect(refused, strategy.id).toEqual([]);
      expect(played.state.outcome, strategy.id).not.toBeNull();
    }
  });

  it('takes the actions its description says: maximal strikes strike, imposition imposes, mitigation is set', () => {
    const scenario = loadScenario('resident-doctors-2025');
    const play = (id: string) => {
      const strategy = STRATEGIES.find((s) => s.id === id)!;
      const other = strategy.side === 'union' ? 'employer' : 'union';
      return playGame(newGame(scenario, { seed: 'acts', players: { [strategy.side]: 'human', [other]: 'ai' } as Record<SideId, string> }), {
        [strategy.side]: strategyController(strategy),
        [other]: AI_CONTROLLER,
      } as never).state;
    };
    expect(play('union-max-strike').strikes.daysHeld).toBeGreaterThan(play('union-passive').strikes.daysHeld + 20);
    expect(play('employer-impose-opening').employer.imposed).not.toBeNull();
    expect(play('employer-mitigation-0').employer.mitigationLevel).toBe(0);
    expect(play('employer-mitigation-100').employer.mitigationLevel).toBe(100);
    expect(play('employer-catch-up-most').employer.catchUpSpentK).toBeGreaterThan(0);
  });
});

/** Games for a summary: each opponent persona × 4 seeds, with the scores and broken flags given. */
const synthetic = (seat: SideId, player: string, scores: readonly number[], broke: readonly boolean[] = []): GauntletGame[] =>
  scores.map((score, i) => ({ seat, player, opponent: tutorial.sides[seat === 'union' ? 'employer' : 'union'].personas[i % 2]!, seed: `s-${i}`, outcome: 'deal', score, broke: broke[i] ?? false }));

const fake = (id: string, side: SideId): Strategy => ({ id, side, family: 'passive', description: 'A made-up strategy for the verdict test.', decide: () => [] });

describe('the verdict', () => {
  const strategies = [fake('employer-edge', 'employer'), fake('employer-just-under', 'employer'), fake('employer-breaker', 'employer'), fake('union-worse', 'union')];
  const games = [
    ...synthetic('employer', AI_OWN, [50, 50, 50, 50]),
    ...synthetic('employer', 'employer-edge', [54, 54, 53, 54]), // +3.75: more than 3 points better
    ...synthetic('employer', 'employer-just-under', [53, 53, 53, 53]), // +3: not more than 3
    ...synthetic('employer', 'employer-breaker', [40, 40, 40, 40], [true, true, false, false]), // breaks half
    ...synthetic('union', AI_OWN, [30, 30, 30, 30]),
    ...synthetic('union', 'union-worse', [20, 20, 20, 20], [true, false, false, false]), // a quarter: not more than a quarter
  ];
  const report = summariseGauntlet(tutorial, games, 2, strategies);
  const row = (id: string) => report.rows.find((r) => r.strategy === id)!;

  it('is an error for a strategy more than 3 points better than the AI, or breaking the other side in more than a quarter of games', () => {
    expect(MAX_EDGE).toBe(3);
    expect(MAX_BREAK_SHARE).toBe(0.25);
    expect(row('employer-edge')).toMatchObject({ mean: 53.8, aiMean: 50, difference: 3.8, verdict: 'error' });
    expect(row('employer-edge').reasons).toEqual(["beats the AI's own play by 3.8 points (more than 3)"]);
    expect(row('employer-breaker')).toMatchObject({ brokeShare: 0.5, verdict: 'error', difference: -10 });
    expect(row('employer-breaker').reasons).toEqual(['breaks the other side in 50% of its games (more than 25%)']);
  });

  it('passes a strategy at exactly the limits, and compares each seat with its own AI', () => {
    expect(row('employer-just-under')).toMatchObject({ difference: 3, verdict: 'ok', reasons: [] });
    expect(row('union-worse')).toMatchObject({ aiMean: 30, difference: -10, brokeShare: 0.25, verdict: 'ok' });
    expect(report.errors).toBe(2);
    expect(report.ai.employer).toMatchObject({ persona: tutorial.sides.employer.defaultPersona, mean: 50 });
  });

  it('turns each error into one scenario problem with a fix', () => {
    const problems = gauntletProblems(report);
    expect(problems.map((p) => p.message.split('"')[1])).toEqual(['employer-edge', 'employer-breaker']);
    for (const p of problems) expect(p).toMatchObject({ code: 'gauntlet', severity: 'warning', path: 'personas', fix: expect.stringContaining('scenario:gauntlet') });
  });
});

describe('a gauntlet run', () => {
  it('plays every strategy and the AI against every opposing persona over the same seeds, and the AI\'s mean is its own games\'', () => {
    const seeds = 2;
    const report = runGauntlet(tutorial, seeds);
    expect(report.rows).toHaveLength(STRATEGIES.length);
    for (const r of report.rows) expect(r.games).toBe(tutorial.sides[r.seat === 'union' ? 'employer' : 'union'].personas.length * seeds);
    const own = tutorial.sides.employer.personas.flatMap((opponent) =>
      [1, 2].map((n) => {
        const start = newGame(tutorial, { seed: `gauntlet-${n}`, players: { union: `ai:${tutorial.sides.union.defaultPersona}`, employer: `ai:${opponent}` } });
        return playGame(start, { union: AI_CONTROLLER, employer: AI_CONTROLLER }).state.outcome!.scores.union;
      }),
    );
    expect(report.ai.union.mean).toBeCloseTo(own.reduce((a, b) => a + b, 0) / own.length, 1);
  });

  it('gives the same games on a worker thread as in this one', async () => {
    const tasks = gauntletTasks(tutorial, 1).filter((_, i) => i % 5 === 0);
    const key = (g: GauntletGame) => `${g.seat} ${g.player} ${g.opponent} ${g.seed}`;
    const here = tasks.map((t) => playGauntletGame(tutorial, t));
    const there = await runGauntletGames(tutorial, tasks, 1);
    expect([...there].sort((a, b) => key(a).localeCompare(key(b)))).toEqual([...here].sort((a, b) => key(a).localeCompare(key(b))));
  });
});

describe('npm run scenario:gauntlet', () => {
  const run = async (argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: ROOT });
    return { code, stdout, stderr };
  };

  it('prints the table and exits 1 exactly when some strategy is an error', async () => {
    const r = await run(['--scenario', 'tutorial', '--seeds', '1', '--workers', '0']);
    expect(r.stdout).toMatch(/seat +strategy +family +mean {2}AI mean {3}diff {2}broke {2}verdict/);
    expect(r.stdout).toContain('employer-statement-conciliatory');
    const json = await run(['--scenario', 'tutorial', '--seeds', '1', '--workers', '0', '--json']);
    const report = JSON.parse(json.stdout) as { errors: number; rows: unknown[] };
    expect(report.rows).toHaveLength(STRATEGIES.length);
    expect(json.code).toBe(report.errors > 0 ? 1 : 0);
    expect(r.code).toBe(json.code);
  });

  it('exits 2 with one line for a bad flag', async () => {
    for (const argv of [['--scenario', 'tutorial', '--seeds', '0'], ['--nope'], []]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^scenario:gauntlet: [^\n]+\n$/);
    }
  });
});
