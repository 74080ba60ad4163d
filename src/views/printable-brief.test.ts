/** Printable briefs: each side's sheet holds its own private figures and never the other side's. */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../test/unit/helpers';
import { printableBrief } from './printable-brief';
import { money, pct } from './format';

const scenario = loadScenario();

describe('printable briefs', () => {
  const bma = JSON.stringify(printableBrief(scenario, 'bma'));
  const gov = JSON.stringify(printableBrief(scenario, 'gov'));

  it('prints each side\u2019s own brief, issues and moves', () => {
    expect(bma).toContain(scenario.sides.bma.brief.trim().split(/\s+/).slice(0, 6).join(' '));
    expect(printableBrief(scenario, 'gov').issues).toHaveLength(scenario.issues.length);
    expect(printableBrief(scenario, 'bma').moves).toContain('Call a strike');
    expect(printableBrief(scenario, 'gov').moves).not.toContain('Call a strike');
  });

  it('keeps each side\u2019s private figures off the other side\u2019s sheet', () => {
    const headroom = money(scenario.initial.budgetHeadroomK);
    const fund = money(scenario.initial.strikeFundK);
    expect(gov).toContain(headroom);
    expect(bma).not.toContain(headroom);
    expect(bma).toContain(fund);
    expect(gov).not.toContain(fund);
    expect(bma).toContain(pct(scenario.initial.moraleBp));
    expect(gov).not.toContain('morale');
  });
});
