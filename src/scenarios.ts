// The scenarios bundled with the game: every scenarios/*.yaml, checked and normalised at build time (the
// `?scenario` import in vite.config.ts), so nothing is fetched and nothing is parsed before the first frame.
import { ok, type Scenario } from './sim/index';
import type { ScenarioSource } from './store/catalogue-core';

const files = import.meta.glob<Scenario>('../scenarios/*.yaml', { query: '?scenario', import: 'default', eager: true });

export const BUNDLED_SCENARIOS: readonly ScenarioSource[] = Object.entries(files).map(([path, scenario]) => ({ fileName: path.replace(/^.*\//, ''), scenario: ok(scenario) }));

/** What Setup selects at first: the game's main dispute (the tutorial is listed first, for newcomers). */
export const DEFAULT_SCENARIO_ID = 'resident-doctors-2025';
