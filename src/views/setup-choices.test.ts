import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../test/unit/helpers';
import { createCatalogue } from '../store/catalogue';
import { coachView, coachDismissed, dismissCoach } from './coach-card';
import { startSession } from '../store/session';
import { opponentAbout, opponentChoices, playersFor, scenarioCard, sideChoices } from './setup-choices';

const cat = createCatalogue(['resident-doctors-2025', 'tutorial'].map((id) => ({ fileName: `${id}.yaml`, text: readFileSync(`${ROOT}/scenarios/${id}.yaml`, 'utf8') })));
const tutorial = cat.get('tutorial')!;
const resident = cat.get('resident-doctors-2025')!;

describe('the Setup screen\u2019s choices', () => {
  it('describes each scenario on its card', () => {
    const [t, r] = cat.entries.map(scenarioCard);
    expect(t).toMatchObject({ title: 'Tutorial: the Millbrook dispute', facts: 'Made up · 8 weeks · a coach guides you', tag: 'START HERE' });
    expect(r).toMatchObject({ facts: 'Real dispute, from Jul 2025 · 52 weeks', tag: '' });
    expect(r!.summary).not.toMatch(/\n/);
    expect(scenarioCard({ ...cat.entries[0]!, custom: true }).tag).toBe('YOUR FILE');
  });

  it('names the sides as the scenario does', () => {
    expect(sideChoices(tutorial).map((s) => `${s.label}: ${s.role}`)).toEqual(['Union: The union', 'Board: The employer']);
  });

  it('offers the other side\u2019s personas, its default chosen', () => {
    const { choices, defaultIndex } = opponentChoices(resident, 'union');
    expect(choices.map((c) => c.id)).toEqual(resident.sides.employer.personas);
    expect(choices[defaultIndex]!.id).toBe(resident.sides.employer.defaultPersona);
    expect(opponentAbout(resident, 'union', choices[defaultIndex]!)).toMatch(/^The Government, played by the computer as \u201cPragmatist\u201d\. /);
    expect(playersFor('employer', 'tough')).toEqual({ union: 'ai:tough', employer: 'human' });
  });
});

describe('the coach', () => {
  it('shows the prompt of the week in play until it is put away', () => {
    const session = startSession(tutorial, { scenarioId: 'tutorial', seed: '1', players: { union: 'human', employer: 'ai:steady' }, mode: 'normal' });
    const view = coachView(session)!;
    expect(view).toMatchObject({ week: 0, heading: 'Coach · week 1 of 8', title: 'Welcome to Millbrook' });
    expect(view.text).not.toMatch(/\n/);
    expect(coachDismissed(session, 0)).toBe(false);
    dismissCoach(session, 0);
    expect(coachDismissed(session, 0)).toBe(true);
    expect(coachView(startSession(resident, { scenarioId: resident.id, seed: '1', players: { union: 'human', employer: 'ai' }, mode: 'normal' }))).toBeNull();
  });
});
