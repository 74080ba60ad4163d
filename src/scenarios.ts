// The scenarios bundled with the game: every scenarios/*.yaml, read into plain data at build time (see
// scripts/vite-scenario-data.ts), so nothing is fetched and no YAML parser loads before the first frame.
import type { ScenarioSource } from './store/catalogue-core';

const files = import.meta.glob<unknown>('../scenarios/*.yaml', { query: '?scenario-data', import: 'default', eager: true });

export const BUNDLED_SCENARIOS: readonly ScenarioSource[] = Object.entries(files).map(([path, data]) => ({ fileName: path.replace(/^.*\//, ''), data }));

/** What Setup selects at first: the game's main dispute (the tutorial is listed first, for newcomers). */
export const DEFAULT_SCENARIO_ID = 'resident-doctors-2025';
