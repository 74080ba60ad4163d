/**
 * `npm run bench`: performance figures, printed, never asserted. Each figure is the median of several runs.
 *   engineStepsPerSec  `step` calls per second, replaying recorded AI-vs-AI games (queueing and resolving)
 *   gameMsP50          one whole AI-vs-AI game of the default scenario, decisions included
 *   aiDecisionMsP50/95 one `decide` call for one side's week
 *   aiGamesPerSec      whole AI-vs-AI games per second on one core
 *   balance1000WallSec 1,000 balance games over every persona pairing on all cores (worker threads), wall time
 *   jsGzipBytes        gzip size of the JavaScript loaded before the Title's first frame, against a bare
 *                      Phaser 4 page built in the same run (barePhaserJsGzipBytes); `--no-build` skips it
 * Browser figures (bench/browser.ts, which defines each): the Title's first frame against a bare Phaser page,
 * the WeekResult's frames, the heap over five games; and, with the CPU throttled 4× (a classroom laptop), the
 * first frame against the bare page throttled, a Table key press to the next frame drawn, and the WeekResult's
 * frames: throttledFirstFrameMs, throttledBarePhaserFirstFrameMs, tableInputToFrameP95Ms, throttledFramesP95Ms.
 * `--json` prints one object with the keys listed here and in bench/browser.ts; parts not measured are null.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { AI_CONTROLLER, decide, newGame, parseScenarioText, playGame, replay, type Action, type Controllers, type Scenario } from '../sim/index';
import { runGames } from './balance-pool';
import { browserFigures, measureBrowser } from './bench/browser';
import { buildStandoffTest, measureBundles } from './bench/bundle';
import { median, quantile } from './bench/stats';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));


const loadDefault = (): Scenario => {
  const file = join(ROOT, 'scenarios/resident-doctors-2025.yaml');
  const parsed = parseScenarioText(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`the default scenario does not parse: ${parsed.error[0]?.message}`);
  return parsed.value;
};

interface BenchGame {
  readonly log: Action[];
  readonly decisionMs: number[];
  readonly ms: number;
}

const AI_GAME: Controllers = { union: AI_CONTROLLER, employer: AI_CONTROLLER };

/** One AI-vs-AI game timed whole, then each week's decisions timed again, one `decide` call per side. */
const benchGame = (scenario: Scenario, seed: string): BenchGame => {
  const start = newGame(scenario, { seed, players: { union: 'ai', employer: 'ai' } });
  const t0 = performance.now();
  const played = playGame(start, AI_GAME);
  const ms = performance.now() - t0;
  const log = played.weeks.flatMap((w) => w.actions.map((a) => a.action));
  const decisionMs = played.weeks.flatMap((week) =>
    (['union', 'employer'] as const).map((side) => {
      const d0 = performance.now();
      decide(week.start, side);
      return performance.now() - d0;
    }),
  );
  return { log, decisionMs, ms };
};

/** Steps per second replaying the given logs for about `budgetMs`. */
const stepsPerSecond = (scenario: Scenario, games: readonly { seed: string; log: Action[] }[], budgetMs: number): number => {
  let steps = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < budgetMs) {
    for (const g of games) {
      replay(scenario, g.seed, { union: 'ai', employer: 'ai' }, g.log);
      steps += g.log.length;
    }
  }
  return steps / ((performance.now() - t0) / 1000);
};

/** Wall time of `npm run scenario:balance -- --runs 1000`'s games, bundling and worker start-up included. */
const balanceSeconds = async (scenario: Scenario): Promise<number> => {
  const t0 = performance.now();
  await runGames({ scenario, runs: 1000, seedPrefix: 'balance', workers: availableParallelism() });
  return (performance.now() - t0) / 1000;
};

const main = async (): Promise<void> => {
  const json = process.argv.includes('--json');
  const scenario = loadDefault();
  const work = join(ROOT, '.bench');
  const bundles = process.argv.includes('--no-build') ? null : await measureBundles(ROOT, work);
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const browser =
    bundles && !process.argv.includes('--no-browser') && existsSync(chromiumPath)
      ? await measureBrowser(await buildStandoffTest(ROOT, work), bundles.bareDist)
      : null;
  const seeds = Array.from({ length: 40 }, (_, i) => `bench-${i}`);
  for (const seed of seeds.slice(0, 5)) benchGame(scenario, seed); // warm up the JIT

  const games = seeds.map((seed) => ({ seed, ...benchGame(scenario, seed) }));
  const gameRuns = [0, 1, 2, 3, 4].map(() => median(seeds.map((seed) => benchGame(scenario, seed).ms)));
  const decisions = games.flatMap((g) => g.decisionMs);
  const stepRuns = [0, 1, 2, 3, 4].map(() => stepsPerSecond(scenario, games.slice(0, 10), 400));

  const gameMsP50 = median(gameRuns);
  const balanceRuns: number[] = [];
  for (let i = 0; i < 3; i += 1) balanceRuns.push(await balanceSeconds(scenario));
  const result = {
    engineStepsPerSec: Math.round(median(stepRuns)),
    aiDecisionMsP50: Number(quantile(decisions, 0.5).toFixed(4)),
    aiDecisionMsP95: Number(quantile(decisions, 0.95).toFixed(4)),
    aiGamesPerSec: Number((1000 / gameMsP50).toFixed(1)),
    gameMsP50: Number(gameMsP50.toFixed(3)),
    balance1000WallSec: Number(median(balanceRuns).toFixed(2)),
    jsGzipBytes: bundles?.jsGzipBytes ?? null,
    lazyJsGzipBytes: bundles?.lazyJsGzipBytes ?? null,
    barePhaserJsGzipBytes: bundles?.barePhaserJsGzipBytes ?? null,
    ...browserFigures(browser),
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const stepsPerGame = Math.round(games.reduce((a, g) => a + g.log.length, 0) / games.length);
  const rows: [string, string, string][] = [
    ['engine step calls per second', result.engineStepsPerSec.toLocaleString('en-GB'), 'goal ≥ 100,000'],
    ['whole AI-vs-AI game (p50)', `${result.gameMsP50} ms`, `${stepsPerGame} steps a game`],
    ['AI-vs-AI games per second', String(result.aiGamesPerSec), 'goal ≥ 200'],
    ['AI decision, p50 / p95', `${result.aiDecisionMsP50} / ${result.aiDecisionMsP95} ms`, 'goal p95 ≤ 5 ms'],
    ['1,000 balance games, wall', `${result.balance1000WallSec} s`, `goal ≤ 10 s; ${availableParallelism()} worker threads`],
  ];
  if (bundles) {
    const kb = (b: number) => `${(b / 1024).toFixed(1)} kB`;
    rows.push(['initial JS (gzip) / bare Phaser', `${kb(bundles.jsGzipBytes)} / ${kb(bundles.barePhaserJsGzipBytes)}`, `ratio ${(bundles.jsGzipBytes / bundles.barePhaserJsGzipBytes).toFixed(2)} (goal ≤ 1.35)`]);
    rows.push(['lazy JS (gzip)', kb(bundles.lazyJsGzipBytes), 'loaded after the first frame']);
  }
  if (browser) {
    rows.push(['first frame / bare Phaser', `${browser.firstFrameMs} / ${browser.barePhaserFirstFrameMs} ms`, `ratio ${(browser.firstFrameMs / browser.barePhaserFirstFrameMs).toFixed(2)} (goal ≤ 1.3)`]);
    rows.push(['WeekResult frames p50 / p95', `${browser.framesP50Ms} / ${browser.framesP95Ms} ms`, 'goal p95 ≤ 20 ms; median of 5 weeks']);
    rows.push(['4× CPU: first frame / bare', `${browser.throttledFirstFrameMs} / ${browser.throttledBarePhaserFirstFrameMs} ms`, `ratio ${(browser.throttledFirstFrameMs / browser.throttledBarePhaserFirstFrameMs).toFixed(2)} (goal ≤ 1.3)`]);
    rows.push(['4× CPU: Table key to frame p95', `${browser.tableInputToFrameP95Ms} ms`, 'goal ≤ 100 ms; 40 scripted keys']);
    rows.push(['4× CPU: WeekResult frames p95', `${browser.throttledFramesP95Ms} ms`, 'goal ≤ 33 ms; median of 3 weeks']);
    rows.push(['heap after games 1–5', browser.heapMBAfterGame.map((m) => m.toFixed(1)).join(' / ') + ' MB', 'goal: flat after game 2 (±10%)']);
  }
  console.log(`Standoff bench — node ${process.version}, default scenario, medians of 5 runs\n`);
  for (const [name, value, note] of rows) console.log(`${name.padEnd(32)} ${value.padStart(18)}   ${note}`);
  if (!browser) console.log('\nBrowser figures skipped (--no-build, --no-browser, or no Chromium): null in --json.');
};

await main();
