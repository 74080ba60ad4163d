/**
 * Every number the debrief states agrees with the game as played: over several seeds, persona pairings and every
 * bundled scenario, its statements (the union's floor, the zone chart's weekly limits, how each score out of 100
 * was made) are read back and checked against the record of the game.
 */
import { describe, expect, it } from 'vitest';
import { analyseGame, type Scenario } from '../../src/sim/index';
import { scoreFromParts } from '../../src/sim/scoring';
import { debriefCharts } from '../../src/views/debrief-charts';
import { debriefText } from '../../src/views/debrief-text';
import { issueValue } from '../../src/views/format';
import type { Study } from '../../src/store/types';
import { BUNDLED_IDS, loadScenario, playAi } from './helpers';

const SCENARIOS = BUNDLED_IDS;
const SEEDS = ['1', '11', '23', '42'];

/** The default AI on both sides, and the first union persona against the last employer persona. */
const pairings = (sc: Scenario) => [
  { union: 'ai', employer: 'ai' },
  { union: `ai:${sc.sides.union.personas[0]}`, employer: `ai:${sc.sides.employer.personas[sc.sides.employer.personas.length - 1]}` },
];

const games = SCENARIOS.flatMap((id) => {
  const scenario = loadScenario(id);
  return pairings(scenario).flatMap((players) =>
    SEEDS.map((seed) => {
      const g = playAi(scenario, seed, players);
      const study: Study = { scenario, seed, players: g.state.players, log: g.log, state: g.state, source: 'file' };
      const d = analyseGame(scenario, seed, g.state.players, g.log);
      return { name: `${id} ${players.union}/${players.employer} seed ${seed}`, scenario, study, d, t: debriefText(study, d), c: debriefCharts(study, d) };
    }),
  );
});

/** A headline level as the debrief writes it, back to a number ("4.5 pp" → 4.5). */
const level = (text: string): number => Number(/-?[\d,.]+/.exec(text)?.[0]?.replace(/,/g, '') ?? NaN);

describe('the debrief agrees with the game played', () => {
  it('plays games that end in deals and in no deal, so both kinds of statement are checked', () => {
    expect(games.some((g) => g.study.state.outcome?.kind === 'deal')).toBe(true);
    expect(games.some((g) => g.study.state.outcome?.kind === 'deadline')).toBe(true);
  });

  it('never shows the union\u2019s weekly "least" below the floor it states for the same measure', () => {
    for (const g of games) {
      const note = g.t.revealed[0]!.note ?? '';
      // The floor stated in the zone chart's terms (every other issue in full), else the floor as stated.
      const stated = /the same floor is ([^:]+):/.exec(note)?.[1] ?? g.t.revealed[0]!.value;
      const floor = level(stated);
      expect(Number.isFinite(floor), g.name).toBe(true);
      for (const row of g.c.zone.table.rows) {
        if (row[1] === 'out of reach') continue;
        expect(level(row[1]!), `${g.name}, week ${row[0]}: least ${row[1]} against floor ${stated}`).toBeGreaterThanOrEqual(floor - 1e-9);
      }
    }
  });

  it('does not make the union\u2019s "least" jump in the week a deal passes', () => {
    const deals = games.filter((g) => g.study.state.outcome?.kind === 'deal' && g.study.state.outcome.week > 0);
    expect(deals.length).toBeGreaterThan(0);
    for (const g of deals) {
      const week = g.study.state.outcome!.week;
      const [before, during] = [g.d.weeks[week - 1]!.reservation.union, g.d.weeks[week]!.reservation.union];
      expect(during ?? Infinity, `${g.name}: least ${before} then ${during} in the deal's week`).toBeLessThanOrEqual(before ?? Infinity);
    }
  });

  it('says so when members ratified less than their stated floor on the headline', () => {
    const below = games.filter((g) => g.study.state.outcome?.kind === 'deal' && (g.scenario.issues[0]!.values[g.d.final.offer[0]!] ?? 0) < g.d.hidden.unionFloor);
    expect(below.length).toBeGreaterThan(0);
    for (const g of below) {
      const issue = g.scenario.issues[0]!;
      const ratified = issueValue(issue, issue.values[g.d.final.offer[0]!] ?? 0);
      expect(g.t.revealed[0]!.note, g.name).toContain(`ratified ${ratified}`);
      expect(g.t.revealed[0]!.note, g.name).not.toMatch(/would never have/);
    }
  });

  it('never asks in which weeks a zone of agreement was open when none ever was', () => {
    for (const g of games) {
      const open = g.d.weeks.filter((w) => w.zopa !== null).length;
      const asks = g.t.prompts.some((p) => p.includes('In which weeks was there a zone of agreement'));
      expect(asks, `${g.name}: ${open} weeks with a zone`).toBe(g.study.state.outcome?.kind !== 'deal' && open > 0);
    }
  });

  it('explains each score out of 100 from parts that make it, with the terms worth what the value space shows', () => {
    for (const g of games) {
      const outcome = g.study.state.outcome!;
      for (const side of ['union', 'employer'] as const) {
        const parts = g.d.scoreParts![side];
        expect(scoreFromParts(parts), `${g.name} ${side}`).toBe(outcome.scores[side]);
        const note = g.t.scoreNotes![side];
        expect(note.startsWith(`${outcome.scores[side]} of 100`), `${g.name} ${side}: ${note}`).toBe(true);
      }
      const finalRow = g.c.space.table.rows.find((r) => r[0] === 'Final terms')!;
      expect(g.t.scoreNotes!.union, g.name).toContain(`worth ${finalRow[1]} points of value`);
      expect(g.t.scoreNotes!.employer, g.name).toContain(`at ${finalRow[2]} points of value`);
    }
  });
});
