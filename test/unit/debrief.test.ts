/**
 * The debrief is generated from the game actually played: its reservation points, zone of agreement, frontier,
 * Nash point, Hicks curves, costs, key moments and prompts are consistent with the game and with each other.
 */
import { describe, expect, it } from 'vitest';
import { analyseGame, unionUtility, employerUtility, stateHash } from '../../src/sim/index';
import { valueLeft } from '../../src/sim/debrief/frontier';
import { loadScenario, playAi } from './helpers';

const scenario = loadScenario();

/**
 * The game these tests read: the first AI-v-AI seed that ran to the deadline on the status quo after more than ten
 * strike days, with weeks both with and without a zone of agreement. Found by search, not fixed, so a change to the
 * model that moves one seed's story does not quietly turn the checks below into checks of another kind of game.
 */
const studied = (() => {
  for (let n = 1; n <= 200; n += 1) {
    const game = playAi(scenario, String(n));
    if (game.state.outcome?.kind !== 'deadline' || game.state.strikes.daysHeld <= 10) continue;
    const d = analyseGame(scenario, game.state.seed, game.state.players, game.log);
    const withZone = d.weeks.some((w) => w.zopa);
    const apart = d.weeks.some((w) => !w.zopa && w.reservation.union !== null && w.reservation.employer !== null);
    if (withZone && apart) return { game, d };
  }
  return null;
})();

describe('debrief analysis', () => {
  it('has a game of the kind studied among the first 200 seeds', () => {
    expect(studied).not.toBeNull();
  });
  const { game, d } = studied!;

  it('has one week per week played, with reservation points and a zone of agreement only when they overlap', () => {
    expect(d.weeks).toHaveLength(game.state.history.length);
    // This game has weeks of both kinds: with a zone of agreement, and with the two reservation points apart.
    const withZone = d.weeks.filter((w) => w.zopa);
    const apart = d.weeks.filter((w) => !w.zopa && w.reservation.union !== null && w.reservation.employer !== null);
    expect(withZone.length).toBeGreaterThan(0);
    expect(apart.length).toBeGreaterThan(0);
    for (const w of withZone) {
      expect(w.zopa![0]).toBeLessThanOrEqual(w.zopa![1]);
      expect(w.zopa).toEqual([w.reservation.union, w.reservation.employer]);
    }
    for (const w of apart) expect(w.reservation.union!).toBeGreaterThan(w.reservation.employer!);
    // The union's reservation falls as strikes wear its members' resistance down (this game has weeks of strikes).
    expect(game.state.strikes.daysHeld).toBeGreaterThan(10);
    const first = d.weeks[0]!.reservation.union!;
    const last = d.weeks[d.weeks.length - 1]!.reservation.union!;
    expect(last).toBeLessThan(first);
  });

  it('draws a Pareto frontier that no bundle beats, and a Nash point on it', () => {
    const f = d.frontier;
    expect(f.length).toBeGreaterThan(5);
    for (let i = 1; i < f.length; i += 1) {
      expect(f[i]!.union).toBeLessThan(f[i - 1]!.union);
      expect(f[i]!.employer).toBeGreaterThan(f[i - 1]!.employer);
    }
    expect(d.nash).not.toBeNull();
    expect(f.some((p) => p.union === d.nash!.union && p.employer === d.nash!.employer)).toBe(true);
  });

  it('values the final terms truthfully and says what was left on the table', () => {
    const terms = game.state.outcome!.terms ?? game.state.negotiation.statusQuo;
    expect(d.final.union).toBe(unionUtility(scenario, terms));
    expect(d.final.employer).toBe(employerUtility(scenario, game.state.hidden.employerReadAcrossBp, terms));
    expect(d.valueLeft.jointGainBp).toBeGreaterThanOrEqual(d.valueLeft.mutualGainBp);
    // This game ran to the deadline on the status quo, the Government's best terms: nothing was better for both.
    expect(game.state.outcome!.kind).toBe('deadline');
    expect(d.valueLeft).toEqual({ jointGainBp: 0, mutualGainBp: 0, better: null });
  });

  it('finds the bundle better for both when the terms lie inside the frontier', () => {
    const middle = d.frontier[Math.floor(d.frontier.length / 2)]!;
    const inside = { offer: middle.offer, union: middle.union - 300, employer: middle.employer - 200 };
    const left = valueLeft(d.frontier, inside);
    expect(left.better).not.toBeNull();
    expect(left.better!.union).toBeGreaterThanOrEqual(inside.union);
    expect(left.better!.employer).toBeGreaterThanOrEqual(inside.employer);
    expect(left.mutualGainBp).toBe(Math.min(left.better!.union - inside.union, left.better!.employer - inside.employer));
    expect(left.mutualGainBp).toBeGreaterThanOrEqual(200);
    expect(left.jointGainBp).toBeGreaterThanOrEqual(500);
  });

  it('draws Hicks curves that cross where the concession curve first reaches the resistance curve', () => {
    const h = d.hicks;
    for (let i = 1; i < h.resistance.length; i += 1) {
      expect(h.resistance[i]!).toBeLessThanOrEqual(h.resistance[i - 1]!);
      expect(h.concession[i]!).toBeGreaterThanOrEqual(h.concession[i - 1]!);
    }
    expect(h.crossing).not.toBeNull();
    const s = h.crossing!.strikeDays;
    expect(s).toBeGreaterThan(0);
    expect(h.concession[s]!).toBeGreaterThanOrEqual(h.resistance[s]!);
    expect(h.concession[s - 1]!).toBeLessThan(h.resistance[s - 1]!);
  });

  it('picks three to five key moments in order, ending with the outcome, with the AI\'s reasons where it moved', () => {
    expect(d.moments.length).toBeGreaterThanOrEqual(3);
    expect(d.moments.length).toBeLessThanOrEqual(5);
    for (let i = 1; i < d.moments.length; i += 1) expect(d.moments[i]!.week).toBeGreaterThanOrEqual(d.moments[i - 1]!.week);
    expect(d.moments.some((m) => m.reason !== undefined)).toBe(true);
    expect(d.prompts.length).toBeGreaterThanOrEqual(4);
  });

  it('reports the costs each side bore, and reveals the hidden values', () => {
    expect(d.costs.union.strikeDays).toBe(game.state.strikes.daysHeld);
    expect(d.costs.employer.strikeCostM).toBe(game.state.employer.strikeCostK / 1000);
    expect(d.hidden.unionFloor).toBe(game.state.hidden.unionFloorX100 / 100);
  });

  it('is deterministic and leaves the game untouched', () => {
    const again = analyseGame(scenario, game.state.seed, game.state.players, game.log);
    expect(again).toEqual(d);
    expect(stateHash(game.state)).toBe(stateHash(playAi(scenario, game.state.seed).state));
  });
});
