/** How to play: the Table's parts, numbered and inside the Table, and the units defined in the scenario's names. */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../test/unit/helpers';
import { howToPlayView } from './how-to-play';

describe('how to play', () => {
  const scenario = loadScenario('resident-doctors-2025');

  it('names the Table\u2019s parts, numbered 1 to n, each inside the 1280×720 Table and none overlapping', () => {
    const view = howToPlayView(scenario, 'union');
    expect(view.parts.map((p) => p.n)).toEqual(view.parts.map((_, i) => i + 1));
    expect(view.parts.map((p) => p.name)).toEqual(['The week and the menu', 'The dispute figures', 'The charts', 'The terms', 'Their words, the gap and the news', 'Your moves', 'The strike calendar']);
    for (const { box } of view.parts) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.w).toBeLessThanOrEqual(1280);
      expect(box.y + box.h).toBeLessThanOrEqual(720);
    }
    for (const a of view.parts) {
      for (const b of view.parts) {
        if (a === b) continue;
        const apart = a.box.x + a.box.w <= b.box.x || b.box.x + b.box.w <= a.box.x || a.box.y + a.box.h <= b.box.y || b.box.y + b.box.h <= a.box.y;
        expect(apart, `${a.name} / ${b.name}`).toBe(true);
      }
    }
  });

  it('defines pp, pathways, the score and par, and reads the side names from the scenario', () => {
    const union = howToPlayView(scenario, 'union');
    const terms = union.units.map((u) => u.term);
    expect(terms).toEqual(['pp', 'Value to you', 'Walk-away', 'NHS waiting list (pathways)', 'Score out of 100', 'The gap', 'Par']);
    expect(union.units[0]!.meaning).toContain('on top of the current pay award');
    expect(union.units[0]!.meaning).toContain('5.4%');
    expect(union.intro).toContain(`the ${scenario.sides.union.shortName} against the ${scenario.sides.employer.shortName}`);
    expect(howToPlayView(scenario, 'employer').intro).toContain(`the ${scenario.sides.employer.shortName} against the ${scenario.sides.union.shortName}`);
  });
});
