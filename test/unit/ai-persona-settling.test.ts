/**
 * Personas mean what they say (issue 12, item 9): in every bundled scenario the union persona that concedes
 * fastest (the conceder; the tutorial's steady) settles most often and soonest of the union personas, over the
 * same seeds against every employer persona, as the balance report measures it.
 */
import { describe, expect, it, vi } from 'vitest';
import { AI_CONTROLLER, newGame, playGame } from '../../src/sim/index';
import { BUNDLED_IDS, loadScenario } from './helpers';

vi.setConfig({ testTimeout: 120_000 });

const SEEDS = Array.from({ length: 12 }, (_, i) => `balance-${i + 1}`);
const BUNDLED = BUNDLED_IDS;

interface Settling {
  readonly dealRate: number;
  /** Mean weeks played in the games that ended in a deal; never settling counts as later than any week. */
  readonly meanDealWeeks: number;
}

const settling = (id: string, union: string): Settling => {
  const scenario = loadScenario(id);
  const dealWeeks: number[] = [];
  let games = 0;
  for (const employer of scenario.sides.employer.personas) {
    for (const seed of SEEDS) {
      const played = playGame(newGame(scenario, { seed, players: { union: `ai:${union}`, employer: `ai:${employer}` } }), { union: AI_CONTROLLER, employer: AI_CONTROLLER });
      games += 1;
      if (played.state.outcome!.kind === 'deal') dealWeeks.push(played.weeks.length);
    }
  }
  return { dealRate: dealWeeks.length / games, meanDealWeeks: dealWeeks.length ? dealWeeks.reduce((a, w) => a + w, 0) / dealWeeks.length : Number.POSITIVE_INFINITY };
};

describe('the conceding union settles most often and soonest', () => {
  it.each(BUNDLED)('%s', (id) => {
    const scenario = loadScenario(id);
    const unionPersonas = scenario.personas.filter((p) => scenario.sides.union.personas.includes(p.id));
    const fastest = unionPersonas.reduce((a, p) => (p.concessionX100 > a.concessionX100 ? p : a));
    const mine = settling(id, fastest.id);
    expect(mine.dealRate).toBeGreaterThan(0);
    expect(Number.isFinite(mine.meanDealWeeks)).toBe(true);
    for (const other of unionPersonas.filter((p) => p.id !== fastest.id)) {
      const theirs = settling(id, other.id);
      // Most often: strictly more deals, unless both settle every game (the car workers' dispute).
      const mostOften = mine.dealRate > theirs.dealRate || (mine.dealRate === 1 && theirs.dealRate === 1);
      expect(mostOften, `${fastest.id} against ${other.id}: deal rate ${mine.dealRate} v ${theirs.dealRate}`).toBe(true);
      expect(mine.meanDealWeeks, `${fastest.id} against ${other.id}: mean deal week`).toBeLessThan(theirs.meanDealWeeks);
    }
  });
});
