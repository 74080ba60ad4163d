/** The formatters every screen shares: money with a true minus sign, counts and units that agree in number,
 *  and precision that says something at the tutorial's small scale as at the real one's. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_IDS, loadScenario, ROOT } from '../../test/unit/helpers';
import { parseScenarioText } from '../sim/index';
import { withUnit } from '../sim/ai/messages';
import { info } from './info-panel';
import { issueValue, issueValueShort, millions, money, moneyM, moneyUnits, plural, unitFor } from './format';

const GBP = { code: 'GBP', symbol: '£' };
const USD = { code: 'USD', symbol: '$' };

describe('money', () => {
  it('puts a true minus sign before the currency symbol', () => {
    expect(money(-87_000, GBP)).toBe('\u2212£87m');
    expect(money(-851_400, GBP)).toBe('\u2212£851m');
    expect(money(-1_234_567, GBP)).toBe('\u2212£1.23bn');
    expect(money(-800, GBP)).toBe('\u2212£0.8m');
    expect(moneyM(-851, GBP)).toBe('\u2212£851m');
    expect(money(-87_000, GBP)).not.toContain('-');
  });

  it('writes positive sums and zero as before', () => {
    expect(money(87_000, GBP)).toBe('£87m');
    expect(money(0, GBP)).toBe('£0.0m');
    expect(money(-20, GBP)).toBe('£0.0m'); // rounds to nothing: no sign on nothing
    expect(moneyM(25, GBP)).toBe('£25m');
    expect(moneyM(2_500, GBP)).toBe('£2.50bn');
  });

  it('writes the scenario\u2019s own currency', () => {
    expect(money(-87_000, USD)).toBe('\u2212$87m');
    expect(money(0, USD)).toBe('$0.0m');
    expect(moneyM(12_345, USD)).toBe('$12.35bn');
    expect(moneyUnits(1_500, USD)).toBe('$1,500');
    expect(moneyUnits(-2, { code: 'EUR', symbol: '€' })).toBe('\u2212€2');
  });
});

describe('plurals', () => {
  it('says one point, two points', () => {
    expect(plural(1, 'point')).toBe('1 point');
    expect(plural(2, 'point')).toBe('2 points');
    expect(plural(0, 'strike day')).toBe('0 strike days');
    expect(plural(1200, 'pathway')).toBe('1,200 pathways');
    expect(plural(2, 'person', 'people')).toBe('2 people');
  });

  it('makes a plural unit singular after exactly one, and leaves other units alone', () => {
    expect(unitFor('points', 1)).toBe('point');
    expect(unitFor('days', 1)).toBe('day');
    expect(unitFor('days', 1.5)).toBe('days');
    expect(unitFor('posts', 2)).toBe('posts');
    expect(unitFor('pp', 1)).toBe('pp');
    expect(unitFor('class', 1)).toBe('class');
  });

  it('writes the tutorial\u2019s issues in the right number', () => {
    const tutorial = loadScenario('tutorial');
    const [pay, study] = tutorial.issues;
    expect(issueValue(pay!, 1)).toBe('1 pp'); // percentage points, never "points", which are points of value
    expect(issueValue(pay!, 8)).toBe('8 pp');
    expect(issueValue(study!, 1)).toMatch(/^1 [a-z]+[^s]$/);
    expect(issueValueShort(pay!, 3)).not.toMatch(/^1 /);
  });

  it('writes a level as "level 3", never "3 level"', () => {
    const reform = loadScenario().issues.find((i) => i.unit === 'level')!;
    expect(issueValue(reform, 3)).toBe('level 3');
    expect(issueValueShort(reform, 3)).toBe('3');
  });

  it('writes a yes/no issue as "yes" or "no", never "1 0/1", on the Table, in messages and in the runner', () => {
    const uaw = loadScenario('uaw-detroit-2023');
    const cola = uaw.issues.find((i) => i.id === 'cola')!;
    expect(cola.unit).toBe('yes/no');
    expect([issueValue(cola, 0), issueValue(cola, 1), issueValueShort(cola, 1)]).toEqual(['no', 'yes', 'yes']);
    expect(withUnit('1', cola.unit)).toBe('yes');
    expect(withUnit('0', cola.unit)).toBe('no');
  });

  it('refuses a yes/no issue whose levels are not 0 and 1, at its grid', () => {
    const text = readFileSync(join(ROOT, 'scenarios/uaw-detroit-2023.yaml'), 'utf8').replace('grid: { values: [0, 1] }', 'grid: { values: [0, 1, 2] }');
    const parsed = parseScenarioText(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) throw new Error('a yes/no issue with three levels parsed');
    expect(parsed.error.find((e) => e.path.endsWith('.grid'))?.message).toMatch(/a yes\/no issue has the levels 0 \(no\) and 1 \(yes\)/);
  });
});

describe('precision', () => {
  it('writes a waiting list under a million as a count, not "0.01m"', () => {
    expect(millions(10_000)).toBe('10,000');
    expect(millions(999_999)).toBe('999,999');
    expect(millions(7_392_577)).toBe('7.39m');
  });
});

describe('help text', () => {
  it('never shows an empty "assumption" label or a file path', () => {
    for (const id of BUNDLED_IDS) {
      const scenario = loadScenario(id);
      const notes = info(scenario, 't', 'a', Object.keys(scenario.provenance)).sources.map((s) => s.text);
      expect(notes.length).toBeGreaterThan(0);
      for (const text of notes) {
        expect(text, id).not.toMatch(/:\s*$/);
        expect(text, id).not.toMatch(/\b[\w-]+\/[\w./-]+\.(md|ts|yaml|json)\b/);
      }
    }
    const bare = loadScenario('tutorial');
    const path = Object.keys(bare.provenance)[0]!;
    const untold = { ...bare, provenance: { [path]: { tag: 'assumption' as const } } };
    expect(info(untold, 't', 'a', [path]).sources.map((s) => s.text)).toEqual(["The model's assumption, to be tested in play."]);
  });
});
