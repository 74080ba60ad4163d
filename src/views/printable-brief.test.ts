/** Printable briefs: each side's sheet holds its own private figures and never the other side's. */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../test/unit/helpers';
import { printableBrief } from './printable-brief';
import { money, pct } from './format';

const scenario = loadScenario();

describe('printable briefs', () => {
  const union = JSON.stringify(printableBrief(scenario, 'union'));
  const employer = JSON.stringify(printableBrief(scenario, 'employer'));

  it('prints each side\u2019s own brief, issues and moves', () => {
    expect(union).toContain(scenario.sides.union.brief.trim().split(/\s+/).slice(0, 6).join(' '));
    expect(printableBrief(scenario, 'employer').issues).toHaveLength(scenario.issues.length);
    expect(printableBrief(scenario, 'union').moves).toContain('Call a strike');
    expect(printableBrief(scenario, 'employer').moves).not.toContain('Call a strike');
  });

  it('keeps each side\u2019s private figures off the other side\u2019s sheet', () => {
    const headroom = money(scenario.initial.budgetHeadroomK, scenario.vocabulary.currency);
    const fund = money(scenario.initial.strikeFundK, scenario.vocabulary.currency);
    expect(employer).toContain(headroom);
    expect(union).not.toContain(headroom);
    expect(union).toContain(fund);
    expect(employer).not.toContain(fund);
    expect(union).toContain(pct(scenario.initial.moraleBp));
    expect(employer).not.toContain('morale');
  });
});
