import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_IDS, ROOT } from '../../test/unit/helpers';
import { readScenarioText } from '../sim/scenario/parse';
import { err } from '../sim/result';
import { catalogueOf, createCatalogue, MAX_CUSTOM, sourceFromData, type ScenarioSource } from './catalogue';

const text = (id: string) => readFileSync(`${ROOT}/scenarios/${id}.yaml`, 'utf8');
const data = (source: string): unknown => {
  const read = readScenarioText(source);
  if (!read.ok) throw new Error('unreadable');
  return read.value.raw;
};
const BUNDLED: ScenarioSource[] = ['resident-doctors-2025', 'junior-doctors-2023', 'tutorial'].map((id) => sourceFromData(`${id}.yaml`, data(text(id))));
/** A scenario of the player's own: the minimal fixture, as the JSON text a save carries. */
const minimal = readFileSync(`${ROOT}/test/fixtures/scenarios/minimal.yaml`, 'utf8');
const customJson = (id = 'minimal', title = 'Minimal test dispute') => JSON.stringify({ ...(data(minimal) as object), id, title });

describe('the catalogue', () => {
  it('lists the tutorial first, then the newest dispute, and selects the main one', () => {
    const cat = catalogueOf(BUNDLED, { defaultId: 'resident-doctors-2025' });
    expect(cat.entries.map((e) => e.id)).toEqual(['tutorial', 'resident-doctors-2025', 'junior-doctors-2023']);
    expect(cat.defaultId).toBe('resident-doctors-2025');
    expect(cat.problems).toEqual([]);
    expect(cat.entries.map((e) => [e.real, e.tutorial, e.custom, e.horizonWeeks])).toEqual([
      [false, true, false, 8],
      [true, false, false, 52],
      [true, false, false, 52],
    ]);
  });

  it('treats a real dispute with coach prompts (teaching notes) as a dispute, not a tutorial', () => {
    const all = BUNDLED_IDS.map((id) => sourceFromData(`${id}.yaml`, data(text(id))));
    const cat = catalogueOf(all, { defaultId: 'resident-doctors-2025' });
    expect(cat.get('uaw-detroit-2023')!.coach.length).toBeGreaterThan(0);
    expect(cat.entries.map((e) => [e.id, e.tutorial])).toEqual([
      ['tutorial', true],
      ['resident-doctors-2025', false],
      ['uaw-detroit-2023', false],
      ['junior-doctors-2023', false],
      ['rmt-rail-2022', false],
    ]);
  });

  it('without a named default, selects the first that is not a tutorial', () => {
    expect(catalogueOf(BUNDLED).defaultId).toBe('resident-doctors-2025');
  });

  it('reports a bundled file that does not load, by name, and lists the rest', () => {
    const cat = catalogueOf([...BUNDLED, sourceFromData('broken.yaml', { formatVersion: 1, id: 'x' }), { fileName: 'syntax.yaml', scenario: err('not valid YAML') }]);
    expect(cat.entries).toHaveLength(3);
    expect(cat.problems).toHaveLength(2);
    expect(cat.problems[0]).toMatch(/^broken\.yaml: /);
    expect(cat.problems[1]).toBe('syntax.yaml: not valid YAML');
  });

  it('adds a scenario of the player\u2019s own from JSON text, after the bundled ones, and keeps its text', () => {
    const cat = catalogueOf(BUNDLED);
    const added = cat.addCustom(customJson());
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect(cat.entries.at(-1)).toMatchObject({ id: 'minimal', custom: true, real: false, tutorial: false });
    expect(cat.get('minimal')).toBe(added.value);
    expect(cat.customText(added.value)).toBe(customJson());
    expect(cat.customText(cat.get('tutorial')!)).toBeNull();
  });

  it('refuses an id that a bundled scenario has, and damaged text, changing nothing', () => {
    const cat = catalogueOf(BUNDLED);
    const before = cat.entries;
    const taken = cat.addCustom(customJson('tutorial'));
    expect(taken).toMatchObject({ ok: false, error: { path: 'id', fix: expect.stringContaining('tutorial-mine') } });
    expect(cat.addCustom('{"id":')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/not valid JSON/) } });
    expect(cat.addCustom(JSON.stringify({ formatVersion: 1 }))).toMatchObject({ ok: false });
    expect(cat.entries).toEqual(before);
    expect(cat.isBundled('tutorial')).toBe(true);
    expect(cat.isBundled('minimal')).toBe(false);
  });

  it('replaces an earlier version with the same id, and keeps the newest few', () => {
    const cat = catalogueOf(BUNDLED);
    const first = cat.addCustom(customJson('a', 'First'));
    cat.addCustom(customJson('a', 'First, revised'));
    expect(cat.entries.filter((e) => e.custom).map((e) => e.title)).toEqual(['First, revised']);
    // a game already started on the first version keeps its text
    if (first.ok) expect(cat.customText(first.value)).toBe(customJson('a', 'First'));
    for (const id of ['b', 'c', 'd']) cat.addCustom(customJson(id));
    expect(cat.entries.filter((e) => e.custom).map((e) => e.id)).toEqual(['d', 'c', 'b'].slice(0, MAX_CUSTOM));
  });

  it('cuts custom scenarios short too under the test-build horizon', () => {
    const cat = catalogueOf(BUNDLED, { horizonWeeks: 3 });
    const added = cat.addCustom(customJson());
    expect(added.ok && added.value.horizonWeeks).toBe(3);
    expect(added.ok && added.value.version).toBe('1.0.0+weeks3');
  });

  it('still builds from YAML text for tests and tools', () => {
    const cat = createCatalogue([{ fileName: 'tutorial.yaml', text: text('tutorial') }, { fileName: 'bad.yaml', text: 'id: [' }]);
    expect(cat.entries.map((e) => e.id)).toEqual(['tutorial']);
    expect(cat.problems[0]).toMatch(/^bad\.yaml: not valid YAML/);
  });
});
