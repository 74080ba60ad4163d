import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../test/unit/helpers';
import { copyForEditing } from '../authoring/custom-scenario';
import { checkText } from './check';
import { niceTicks as ticks } from '../authoring/box-plot';

const tutorial = readFileSync(`${ROOT}/scenarios/tutorial.yaml`, 'utf8');
const bundled = (id: string) => id === 'tutorial';

describe('the Workbench\u2019s live check', () => {
  it('passes a copy of a bundled scenario, ready to play', () => {
    const check = checkText(copyForEditing(tutorial, 'tutorial-copy'), bundled);
    expect(check).toMatchObject({ playable: true, problems: [] });
    expect(check.scenario?.id).toBe('tutorial-copy');
  });

  it('locates a typo by line and field', () => {
    const text = copyForEditing(tutorial, 'tutorial-copy').replace('horizonWeeks: 8', 'horizonWeks: 8');
    const check = checkText(text, bundled);
    expect(check.playable).toBe(false);
    expect(check.scenario).toBeNull();
    expect(check.problems).toContainEqual(expect.objectContaining({ severity: 'error', path: 'horizonWeks', line: 18, message: 'unknown field "horizonWeks"' }));
  });

  it('lets a bundled scenario\u2019s own text be balanced, but not played under its id', () => {
    const check = checkText(tutorial, bundled);
    expect(check.scenario?.id).toBe('tutorial');
    expect(check.playable).toBe(false);
    expect(check.problems[0]).toMatchObject({ code: 'id-taken', path: 'id', line: 9, fix: 'for example id: tutorial-mine' });
  });
});

describe('chart ticks', () => {
  it('are round numbers across the range', () => {
    expect(ticks(0, 100)).toEqual([0, 25, 50, 75, 100]);
    expect(ticks(5, 8)).toEqual([5, 6, 7, 8]);
    expect(ticks(3, 3)).toEqual([3]);
  });
});
