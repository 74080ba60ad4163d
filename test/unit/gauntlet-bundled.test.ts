/**
 * The strategy gauntlet on every bundled scenario, in this thread, over 12 seeds against each opposing
 * persona (4, as `scenario:check --strict` plays, is too few here: one game more or less moves a mean by points):
 * no simple or degenerate strategy beats the AI's own play in its seat by more
 * than the allowed edge, and none breaks the other side in more than the allowed share of games. A failure
 * names the strategies.
 */
import { describe, expect, it } from 'vitest';
import { runGauntlet } from '../../src/authoring/gauntlet/gauntlet';
import { BUNDLED_IDS, loadScenario } from './helpers';

const BUNDLED = BUNDLED_IDS;
const SEEDS = 12;

describe('strategy gauntlet on the bundled scenarios', () => {
  it.each(BUNDLED)('%s: no strategy is an error', (id) => {
    const report = runGauntlet(loadScenario(id), SEEDS);
    const failing = report.rows.filter((r) => r.verdict === 'error').map((r) => `${r.strategy} (${r.difference.toFixed(1)}, broke ${Math.round(r.brokeShare * 100)}%): ${r.reasons.join('; ')}`);
    expect(failing, failing.join('\n')).toEqual([]);
  }, 120_000);
});
