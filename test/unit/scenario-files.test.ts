/**
 * Every bundled scenario parses; the default one starts where July 2025 stood, and its key figures name their
 * sources.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isoFromDay, parseScenarioText } from '../../src/sim/index';
import { loadScenario, ROOT } from './helpers';

const files = readdirSync(join(ROOT, 'scenarios')).filter((f) => /\.(ya?ml|json)$/.test(f) && f !== 'schema.json' && !f.endsWith('.par.json'));

describe('bundled scenario files', () => {
  it('there is at least the default scenario', () => {
    expect(files).toContain('resident-doctors-2025.yaml');
  });

  it.each(files)('%s parses with no problems and its id matches its file name', (file) => {
    const result = parseScenarioText(readFileSync(join(ROOT, 'scenarios', file), 'utf8'));
    if (!result.ok) throw new Error(result.error.map((e) => `${e.line}: ${e.path}: ${e.message}`).join('\n'));
    expect(`${result.value.id}.${file.split('.').pop()}`).toBe(file);
  });
});

describe('the default scenario, resident-doctors-2025', () => {
  const sc = loadScenario();

  it('starts in the week of Monday 7 July 2025 and runs at least 52 weeks', () => {
    expect(isoFromDay(sc.startDay)).toBe('2025-07-07');
    expect(sc.horizonWeeks).toBeGreaterThanOrEqual(52);
  });

  it('offers pay on a 0–30 grid in 0.5 steps, training posts in thousands to 4,000 and exam fees at 0/50/100', () => {
    const byId = Object.fromEntries(sc.issues.map((i) => [i.id, i]));
    expect(byId.pay!.values).toHaveLength(61);
    expect(byId.pay!.values[61 - 1]).toBe(30);
    expect(byId.pay!.values[9]).toBe(4.5);
    expect(byId.trainingPosts!.values).toEqual([0, 1000, 2000, 3000, 4000]);
    expect(byId.examFees!.values).toEqual([0, 50, 100]);
  });

  it('has the July 2025 mandate in force (90% yes on 55.3% turnout) and the BMA claim on the table', () => {
    expect(sc.initial.mandateBallot).toMatchObject({ turnoutBp: 5532, yesBp: 9005 });
    expect(isoFromDay(sc.initial.mandateValidUntil!)).toBe('2026-01-06');
    expect(sc.issues[0]!.values[sc.sides.union.openingOffer![0]!]).toBe(29);
    expect(sc.harm).toMatchObject({ kind: 'backlog', waitingList: 7_370_000 });
  });

  it('names a source (publisher and date) for its key facts', () => {
    const sourced = [
      'initial.mandateBallot.turnout',
      'initial.mandateBallot.yes',
      'members.entitled',
      'harm.waitingList',
      'law.rules.noticeDays',
      'law.rules.turnoutThreshold',
      'law.rules.entitledYesThreshold',
      'opinion.blame.employer',
      'opinion.groups[0].support',
      'initial.strikeFundM',
      'costs.strikeDayMAtReference',
    ];
    const ids = new Set(sc.sources.map((s) => s.id));
    for (const path of sourced) {
      const p = sc.provenance[path];
      expect(p?.source, path).toBeDefined();
      expect(ids.has(p!.source!)).toBe(true);
    }
    for (const source of sc.sources) {
      expect(source.publisher.length).toBeGreaterThan(2);
      expect(source.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('tags every figure it gives provenance for as sourced, calibrated or an assumption', () => {
    const untagged = Object.entries(sc.provenance).filter(([, p]) => !p.source && !p.tag);
    expect(untagged).toEqual([]);
  });
});
