import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT, loadScenario } from '../../test/unit/helpers';
import type { Result, Scenario } from '../sim/index';
import { resolveScenario } from './resolve-scenario';

const scenario = loadScenario();
const text = readFileSync(`${ROOT}/scenarios/resident-doctors-2025.yaml`, 'utf8');
const lookup = (id: string) => (id === scenario.id ? scenario : null);

describe('finding the scenario a code or file names', () => {
  it('uses the bundled one when id and version match', () => {
    expect(resolveScenario(lookup, scenario.id, scenario.version)).toEqual({ ok: true, value: scenario });
  });

  it('reads the text a game carries when the scenario is not bundled (YAML or JSON)', () => {
    const mine = text.replace(/^id: resident-doctors-2025$/m, 'id: my-dispute');
    const found = resolveScenario(lookup, 'my-dispute', scenario.version, mine);
    expect(found.ok && found.value.id).toBe('my-dispute');
  });

  it('says why when it cannot', () => {
    const refusal = (found: Result<Scenario, string>): string => (found.ok ? 'it was found' : found.error);
    expect(refusal(resolveScenario(lookup, scenario.id, '0.1.0'))).toMatch(/version 0\.1\.0 .* this copy of Standoff has version 1\.0\.0/);
    expect(refusal(resolveScenario(lookup, 'elsewhere', '1'))).toMatch(/does not include/);
    expect(refusal(resolveScenario(lookup, 'elsewhere', '1', 'id: ['))).toMatch(/cannot be read/);
    expect(refusal(resolveScenario(lookup, 'other-id', scenario.version, text.replace(/^id: resident-doctors-2025$/m, 'id: not-other')))).toMatch(/not "other-id"/);
  });
});
