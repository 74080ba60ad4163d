import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../test/unit/helpers';
import { newGame, parseScenario, parseScenarioText } from '../sim/index';
import { copyForEditing, readCustomScenario } from './custom-scenario';

const file = (path: string) => readFileSync(`${ROOT}/${path}`, 'utf8');
const none = () => false;

describe('reading a scenario of the player\u2019s own', () => {
  it.each(['scenarios/resident-doctors-2025.yaml', 'scenarios/junior-doctors-2023.yaml', 'scenarios/tutorial.yaml', 'scenarios/rmt-rail-2022.yaml', 'scenarios/uaw-detroit-2023.yaml', 'test/fixtures/scenarios/minimal.yaml'])(
    'keeps %s exactly as JSON text: the same game fingerprint',
    (path) => {
      const read = readCustomScenario(file(path), path.replace(/^.*\//, ''), none);
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      const fromText = parseScenarioText(file(path));
      const fromJson = parseScenario(JSON.parse(read.value.json));
      if (!fromText.ok || !fromJson.ok) throw new Error('does not parse');
      expect(fromJson.value).toEqual(fromText.value);
      const hash = (s: typeof fromText.value) => newGame(s, { seed: '1', players: { union: 'human', employer: 'ai' } }).scenarioHash;
      expect(hash(fromJson.value)).toBe(hash(fromText.value));
    },
  );

  it('locates each problem by line and field, with a fix', () => {
    const read = readCustomScenario(file('test/fixtures/scenarios/errors.yaml'), 'errors.yaml', none);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.length).toBeGreaterThan(0);
    for (const p of read.error) {
      expect(p.severity).toBe('error');
      expect(p.line).toBeGreaterThan(0);
    }
    expect(read.error.some((p) => p.path !== '' && p.fix)).toBe(true);
  });

  it('reports broken YAML with its line, and an empty file', () => {
    const broken = readCustomScenario('formatVersion: 1\nid: [oops\n', 'x.yaml', none);
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.error[0]).toMatchObject({ severity: 'error', line: expect.any(Number), message: expect.stringMatching(/not valid YAML/) });
    expect(readCustomScenario('  \n', 'x.yaml', none)).toMatchObject({ ok: false, error: [{ message: 'the file is empty' }] });
  });

  it('refuses the id of a bundled scenario at the id line', () => {
    const read = readCustomScenario(file('scenarios/tutorial.yaml'), 'tutorial.yaml', (id) => id === 'tutorial');
    expect(read).toMatchObject({ ok: false, error: [{ path: 'id', line: 9, fix: 'give it another id, for example id: tutorial-mine' }] });
  });

  it('passes warnings along with a scenario that loads', () => {
    const read = readCustomScenario(file('test/fixtures/scenarios/unvalued-issue.yaml'), 'unvalued-issue.yaml', none);
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.value.warnings.some((w) => w.code === 'issue-unvalued')).toBe(true);
  });

  it('copies a bundled scenario for editing under a new id and a marked title, comments kept', () => {
    const copy = copyForEditing(file('scenarios/tutorial.yaml'), 'tutorial-copy');
    expect(copy).toMatch(/^id: tutorial-copy$/m);
    expect(copy).toMatch(/^title: "Tutorial: the Millbrook dispute \(my copy\)"$/m);
    expect(copy).toContain('# The coach: one prompt at the start of each week.');
    const read = readCustomScenario(copy, 'workbench', (id) => id === 'tutorial');
    expect(read.ok).toBe(true);
  });
});
