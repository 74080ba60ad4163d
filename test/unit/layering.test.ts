/**
 * The layering rules in .dependency-cruiser.cjs: the real tree keeps them, and a fixture tree that breaks each rule
 * once is caught, rule by rule, so a rule that stops firing fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const FIXTURE = join(ROOT, 'test/fixtures/layering');

/** Cruises `src` under `baseDir` with the project's rules; returns each violation as `rule: from → to`. */
const violations = async (baseDir: string): Promise<string[]> => {
  const options = await extractDepcruiseOptions(CONFIG);
  const { output } = await cruise(['src'], { ...options, baseDir, validate: true });
  const result = output as ICruiseResult;
  return (result.summary.violations ?? []).map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
};

describe('layering', () => {
  it('the fixture tree breaks each rule once and is caught for each', async () => {
    expect(await violations(FIXTURE)).toEqual(
      [
        'sim-is-self-contained: src/sim/leak.ts → src/store/game-store.ts',
        'sim-uses-declared-libraries: src/sim/leak.ts → fs',
        'share-and-authoring-build-on-sim-only: src/share/code.ts → src/store/game-store.ts',
        'share-and-authoring-build-on-sim-only: src/authoring/lint.ts → src/ui/banner.ts',
        'store-knows-no-screen: src/store/game-store.ts → src/views/week-result.ts',
        'store-knows-no-screen: src/store/game-store.ts → src/shell.ts',
        'views-build-on-sim-share-and-store-types: src/views/week-result.ts → src/store/game-store.ts',
        'widgets-take-plain-data: src/ui/banner.ts → src/store/game-store.ts',
        'pages-do-not-import-scenes: src/pages/debrief.ts → src/scenes/debrief-scene.ts',
        'scenes-do-not-import-pages: src/scenes/debrief-scene.ts → src/pages/debrief.ts',
        'navigation-is-neutral-ground: src/navigation.ts → src/scenes/debrief-scene.ts',
        'navigation-loads-pages-on-demand: src/navigation.ts → src/pages/debrief.ts',
        'classroom-protocol-is-shared-ground: src/classroom/wire.ts → src/store/game-store.ts',
        'classroom-protocol-runs-in-the-browser: src/classroom/wire.ts → fs',
        'server-knows-no-screen: src/server/room.ts → src/scenes/debrief-scene.ts',
        'browser-never-imports-the-server: src/ui/banner.ts → src/server/room.ts',
      ].sort(),
    );
  }, 60_000);

  it('src keeps every layering rule', async () => {
    expect(await violations(ROOT)).toEqual([]);
  }, 60_000);

  it("the store's type module, the one part of the store views may import, re-exports types and nothing else", () => {
    const statements = readFileSync(join(ROOT, 'src/store/types.ts'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('//'));
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.filter((line) => !/^export type \{ [\w, ]+ \} from '\.\/[\w-]+';$/.test(line))).toEqual([]);
  });
});
