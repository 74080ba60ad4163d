// The scenarios bundled with the game, as text (Vite inlines the files at build time: nothing is fetched).
import residentDoctors2025 from '../scenarios/resident-doctors-2025.yaml?raw';
import type { ScenarioFile } from './store/catalogue';

export const BUNDLED_SCENARIOS: readonly ScenarioFile[] = [{ fileName: 'resident-doctors-2025.yaml', text: residentDoctors2025 }];
