/**
 * The scenario format's additions and its generated JSON Schema: scenarios/schema.json is current and accepts
 * the bundled files (editors validate with it); every YAML file names it; every field of the format appears in
 * the authoring guide; history, coach prompts and default provenance are read and checked; problems come with
 * plain messages and fixes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../src/sim/index';
import { schemaFieldPaths } from '../../src/sim/scenario/figures';
import { scenarioJsonSchemaText } from '../../src/sim/scenario/json-schema';
import { loadScenario, ROOT } from './helpers';

const SCENARIOS = join(ROOT, 'scenarios');
const yamlFiles = readdirSync(SCENARIOS).filter((f) => /\.ya?ml$/.test(f));
const minimal = readFileSync(join(ROOT, 'test/fixtures/scenarios/minimal.yaml'), 'utf8');

const problems = (text: string) => {
  const r = parseScenarioText(text);
  if (r.ok) throw new Error('expected problems');
  return r.error;
};
const edit = (from: string, to: string) => {
  expect(minimal).toContain(from);
  return minimal.replace(from, to);
};

describe('scenarios/schema.json', () => {
  it('is current (run `npm run scenario:schema` after changing src/sim/scenario/schema.ts)', () => {
    expect(readFileSync(join(SCENARIOS, 'schema.json'), 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it('accepts every bundled scenario and rejects a mistyped one', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(join(SCENARIOS, 'schema.json'), 'utf8')));
    for (const file of yamlFiles) expect(validate(parseYaml(readFileSync(join(SCENARIOS, file), 'utf8'))), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    const bad = parseYaml(minimal) as Record<string, unknown>;
    bad.horizonWeeks = 'eight';
    bad.horizonWeekz = 8;
    expect(validate(bad)).toBe(false);
  });

  it('is named by every YAML scenario so editors autocomplete', () => {
    for (const file of yamlFiles) expect(readFileSync(join(SCENARIOS, file), 'utf8').split('\n')[0], file).toBe('# yaml-language-server: $schema=./schema.json');
  });
});

describe('the authoring guide', () => {
  const guide = readFileSync(join(SCENARIOS, 'README.md'), 'utf8');
  const reference = guide.slice(guide.indexOf('### Field reference'), guide.indexOf('## Checking a scenario'));
  const sections = reference.split('\n#### ').slice(1).map((s) => ({ heading: s.split('\n')[0]!, body: s }));

  it('documents every field of the format in the section for its part of the file', () => {
    const missing = schemaFieldPaths().filter((path) => {
      const parts = path.replace(/\[\]/g, '').split('.');
      const [top, leaf] = [parts[0]!, parts[parts.length - 1]!];
      const own = sections.filter((s) => new RegExp(`\`${top}(\\.|\\[|\`)`).test(s.heading));
      const text = own.length ? own.map((s) => s.body).join('\n') : guide;
      return !new RegExp(`\`[^\`\\s]*\\b${leaf}\\b[^\`\\s]*\``).test(text);
    });
    expect(missing).toEqual([]);
  });
});

describe('history, coach prompts and default provenance', () => {
  it('reads history in date order with sources, and coach prompts in week order', () => {
    const sc = loadScenario('resident-doctors-2025');
    expect(sc.history.length).toBeGreaterThan(10);
    const ids = new Set(sc.sources.map((s) => s.id));
    for (const h of sc.history) expect(ids.has(h.source), h.title).toBe(true);
    expect(sc.history.map((h) => h.day)).toEqual([...sc.history.map((h) => h.day)].sort((a, b) => a - b));
    const tutorial = loadScenario('tutorial');
    expect(tutorial.coach.map((c) => c.week)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, null, null, null, null]);
    expect(tutorial.coach.map((c) => c.on).filter(Boolean)).toEqual(['firstOfferReceived', 'firstStrikeCalled', 'offerAboveWalkAway', 'ballotAtRisk']);
    expect(loadScenario('junior-doctors-2023').coach).toEqual([]);
  });

  it('refuses a history item whose source is not defined, with a suggested id', () => {
    const found = problems(`${minimal}history:\n  - { date: 2025-08-01, title: Something happened, source: made-upp }\n`);
    expect(found).toEqual([expect.objectContaining({ path: 'history[0].source', fix: 'did you mean made-up?' })]);
  });

  it('fills in provenance under a path, and a figure\u2019s own provenance wins', () => {
    const sc = loadScenario('resident-doctors-2025');
    expect(sc.provenance['statements.union.hardline.support']).toMatchObject({ tag: 'assumption' });
    expect(sc.provenance['harm.waitingList']).toMatchObject({ source: 'nhse-rtt-jun-2025' });
    expect(sc.provenance['opinion.groups[0].engagedMin']).toMatchObject({ tag: 'assumption' });
    expect(sc.provenance['opinion.groups[0].support']).toMatchObject({ source: 'ipsos-jul-2025', tag: 'calibrated' });
  });

  it('checks default provenance: a real path, and a source or tag', () => {
    const found = problems(edit('  - { under: "", tag: assumption, note: A made-up dispute for tests. }', '  - { under: harm.waitingLst, note: Oops. }'));
    expect(found.map((p) => p.path).sort()).toEqual(['defaultProvenance[0]', 'defaultProvenance[0].under']);
  });
});

describe('messages an author can act on', () => {
  it('suggests the field a typo meant', () => {
    const line = minimal.split('\n').indexOf('  ballotsHeld: 1') + 2;
    expect(problems(edit('  ballotsHeld: 1', '  ballotsHeld: 1\n  moral: 0.7'))).toEqual([
      expect.objectContaining({ path: 'initial.moral', message: 'unknown field "moral"', fix: 'did you mean morale?', line }),
    ]);
  });

  it('explains shares written as percentages and numbers written as text', () => {
    expect(problems(edit('turnoutBase: 0.7,', 'turnoutBase: 70,'))[0]).toMatchObject({ path: 'ballot.turnoutBase', fix: 'write shares as fractions from 0 to 1: 70% is 0.7' });
    expect(problems(edit('  waitingList: 10000', '  waitingList: "10,000"'))[0]).toMatchObject({ path: 'harm.waitingList', message: 'expected a number (or { value, source, tag, note }), got the text "10,000"', fix: 'leave out the thousands separators: 10000' });
  });

  it('lists the trigger forms when a trigger is malformed', () => {
    const [p] = problems(edit('trigger: { week: 2 }', 'trigger: { weak: 2 }'));
    expect(p!.path).toMatch(/^events\[0\]\.trigger/);
    expect(p!.fix).toMatch(/a trigger is one of/);
  });

  it('puts every problem on a line, even for an empty file', () => {
    for (const text of ['', '   ', '[]', 'formatVersion: 1']) for (const p of problems(text)) expect(p.line, text).toBeGreaterThanOrEqual(1);
  });
});
