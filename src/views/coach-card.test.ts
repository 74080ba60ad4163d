/** The coach: prompts for a week, and prompts that wait for something to happen to the player. */
import { describe, expect, it } from 'vitest';
import { mondayOf, walkAwayOf, type GameState } from '../sim/index';
import { loadScenario } from '../../test/unit/helpers';
import { startSession, type Session } from '../store/session';
import { coachView, dismissCoach } from './coach-card';
import { points, valueTo } from './common';
import { termsView } from './terms';

const tutorial = loadScenario('tutorial');
const resident = loadScenario('resident-doctors-2025');
const fresh = () => startSession(tutorial, { scenarioId: 'tutorial', seed: '1', players: { union: 'human', employer: 'ai:steady' }, mode: 'normal' });
const at = (session: Session, change: (s: GameState) => GameState): Session => ({ ...session, state: change(session.state) });
/** Week 3, past the week prompts' weeks so only the event prompts can show, once the week's prompt is away. */
const inWeek = (s: GameState, week: number): GameState => ({ ...s, week });
const withBoardOffer = (s: GameState, offer: readonly number[]): GameState => ({
  ...s,
  negotiation: { ...s.negotiation, standing: { ...s.negotiation.standing, employer: { from: 'employer', week: s.week - 1, offer, rejectedWeek: null } } },
});
const indexOf = (on: string) => tutorial.coach.findIndex((c) => c.on === on);
/** Puts away every week prompt, so a test sees the event prompts alone. */
const awayWeeks = (session: Session) => tutorial.coach.forEach((c, i) => c.week !== null && dismissCoach(session, i));

describe('the coach', () => {
  it('shows the prompt of the week in play until it is put away', () => {
    const session = fresh();
    const view = coachView(session, 'union')!;
    expect(view).toMatchObject({ index: 0, heading: 'Coach · week 1 of 8', title: 'Welcome to Millbrook', pointsAt: [] });
    expect(view.text).not.toMatch(/\n/);
    dismissCoach(session, 0);
    expect(coachView(session, 'union')).toBeNull();
    expect(coachView(startSession(resident, { scenarioId: resident.id, seed: '1', players: { union: 'human', employer: 'ai' }, mode: 'normal' }), 'union')).toBeNull();
  });

  it('answers the first offer received with its value and the walk-away, as the Table shows them, and points at both', () => {
    const base = fresh();
    awayWeeks(base);
    const low = [1, 0, 0];
    const session = at(base, (s) => withBoardOffer(inWeek(s, 3), low));
    const view = coachView(session, 'union')!;
    expect(view.index).toBe(indexOf('firstOfferReceived'));
    const table = termsView(session, 'union', { draft: [] } as never);
    expect(view.text).toContain(`It's worth ${table.theirValue} to you; your walk-away is ${table.walkAway}`);
    expect(table.theirValue).toBe(points(valueTo(session.state, 'union', low)));
    expect(view.pointsAt).toEqual(['theirValue', 'walkAway']);
    expect(coachView(at(base, (s) => inWeek(s, 3)), 'union')).toBeNull(); // no offer yet: nothing to say
  });

  it('says when an offer beats the walk-away, once the first-offer prompt is away', () => {
    const base = fresh();
    awayWeeks(base);
    dismissCoach(base, indexOf('firstOfferReceived'));
    const generous = tutorial.issues.map((i) => i.values.length - 1);
    const session = at(base, (s) => withBoardOffer(inWeek(s, 3), generous));
    expect(valueTo(session.state, 'union', generous)).toBeGreaterThanOrEqual(walkAwayOf(session.state, 'union'));
    expect(coachView(session, 'union')).toMatchObject({ index: indexOf('offerAboveWalkAway'), title: 'This offer beats walking away' });
    expect(coachView(at(base, (s) => withBoardOffer(inWeek(s, 3), [0, 0, 0])), 'union')).toBeNull();
  });

  it('notices the first strike called and a mandate running out', () => {
    const base = fresh();
    awayWeeks(base);
    const struck = at(base, (s) => ({ ...inWeek(s, 3), strikes: { ...s.strikes, calls: [{ start: mondayOf(s) + 7, days: 2, suspended: [] }] as never } }));
    expect(coachView(struck, 'union')?.index).toBe(indexOf('firstStrikeCalled'));
    const ending = at(base, (s) => ({ ...inWeek(s, 3), law: { ...s.law, ballot: null, mandate: { from: mondayOf(s) - 150, until: mondayOf(s) + 14 } } }));
    expect(coachView(ending, 'union')?.index).toBe(indexOf('ballotAtRisk'));
    expect(coachView(ending, 'employer')).toBeNull(); // the board has no mandate to lose
  });
});
