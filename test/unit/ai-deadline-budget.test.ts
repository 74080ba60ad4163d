/**
 * Concessions answer concessions in accepting too: at its deadline the employer AI takes only terms within its
 * unilateral budget, so a union that strikes as much as the law allows and never moves from its claim does not
 * win it (docs/ai.md, Accepting). The rail dispute is where this binds: a strike day there costs the employers
 * about four points of a year's pay, and without the limit every employer persona gave in to the whole claim
 * after 36 strike days.
 */
import { describe, expect, it } from 'vitest';
import { playGauntletGame } from '../../src/authoring/gauntlet/gauntlet';
import { loadScenario } from './helpers';

const RAIL = 'rmt-rail-2022';
const rail = loadScenario(RAIL);

describe('the employer at its deadline', () => {
  it.each(rail.sides.employer.personas)('%s does not give in to a union that strikes at most and never moves', (persona) => {
    for (const seed of ['deadline-budget-1', 'deadline-budget-2']) {
      const game = playGauntletGame(rail, { seat: 'union', player: 'union-max-strike', opponent: persona, seed });
      expect(game.broke).toBe(false);
      expect(game.outcome).toBe('deadline');
    }
  });
});
