import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../test/unit/helpers';
import { parseScenario } from '../sim/index';
import { readScenarioText } from '../sim/scenario/parse';
import { parseScenarioData } from './scenario-data';

// The page checks scenario data with its own copy of the core's parseScenario (to leave the YAML parser out of
// the first screen's script): the two must give the same answer for every input.
const files = [
  ...readdirSync(`${ROOT}/scenarios`).filter((f) => f.endsWith('.yaml')).map((f) => `scenarios/${f}`),
  ...readdirSync(`${ROOT}/test/fixtures/scenarios`).map((f) => `test/fixtures/scenarios/${f}`),
];

describe('scenario data, read without the YAML parser', () => {
  it.each(files)('matches the core on %s', (path) => {
    const read = readScenarioText(readFileSync(`${ROOT}/${path}`, 'utf8'));
    if (!read.ok) return; // a syntax fixture: nothing to compare
    expect(parseScenarioData(read.raw)).toEqual(parseScenario(read.raw));
  });

  it.each([null, 3, 'text', [], {}, { formatVersion: 'one' }, { formatVersion: 0 }, { formatVersion: 9 }, { formatVersion: 1 }, { formatVersion: 1.5 }])(
    'matches the core on %j',
    (raw) => {
      expect(parseScenarioData(raw)).toEqual(parseScenario(raw));
    },
  );

  it('does not throw on hostile data', () => {
    const hostile = { formatVersion: 1, get id(): string { throw new Error('no'); } };
    expect(parseScenarioData(hostile)).toEqual(parseScenario(hostile));
  });
});
