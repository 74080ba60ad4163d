import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { legalActions } from './legal';
import { newGame } from './new-game';
import { parseScenarioText } from './scenario/parse';
import { step } from './step';
import type { Action, GameState, RejectionReason } from './types';

const parsed = parseScenarioText(readFileSync(fileURLToPath(new URL('../../scenarios/resident-doctors-2025.yaml', import.meta.url)), 'utf8'));
if (!parsed.ok) throw new Error('scenario');
const sc = parsed.value;
const fresh = (): GameState => newGame(sc, { seed: 'step', players: { union: 'human', employer: 'human' } });

const play = (s: GameState, a: Action): GameState => {
  const r = step(s, a);
  if (r.rejected) throw new Error(r.rejected.message);
  return r.state;
};
const week = (s: GameState, actions: Action[] = []): GameState =>
  play(play(actions.reduce(play, s), { side: 'union', type: 'endTurn' }), { side: 'employer', type: 'endTurn' });
const weeks = (s: GameState, n: number): GameState => Array.from({ length: n }).reduce<GameState>((acc) => (acc.outcome ? acc : week(acc)), s);
const reason = (s: GameState, a: Action): RejectionReason | undefined => step(s, a).rejected?.reason;

describe('step: rejections', () => {
  it('refuses each illegal action with its reason and leaves the state alone', () => {
    const s = fresh();
    const cases: [Action, RejectionReason][] = [
      [{ side: 'union', type: 'callStrike', start: '2025-07-14', days: 3 }, 'notice-too-short'],
      [{ side: 'union', type: 'callStrike', start: '2025-07-25', days: 9 }, 'too-many-days'],
      [{ side: 'union', type: 'callStrike', start: '2026-01-05', days: 5 }, 'mandate-too-short'],
      [{ side: 'union', type: 'callStrike', start: '25 July', days: 5 }, 'malformed'],
      [{ side: 'employer', type: 'callStrike', start: '2025-07-25', days: 5 }, 'not-your-lever'],
      [{ side: 'union', type: 'setMitigation', level: 50 }, 'not-your-lever'],
      [{ side: 'union', type: 'propose', offer: { pay: 4.3 } }, 'off-grid'],
      [{ side: 'union', type: 'propose', offer: { bonus: 1 } }, 'unknown-issue'],
      [{ side: 'union', type: 'accept' }, 'no-offer'],
      [{ side: 'union', type: 'suspendStrike' }, 'no-strike'],
      [{ side: 'employer', type: 'setMitigation', level: 101 }, 'out-of-range'],
      [{ side: 'employer', type: 'fundCatchUp', gbpM: 5000 }, 'over-budget'],
      [{ side: 'employer', type: 'fundCatchUp', gbpM: -3 }, 'out-of-range'],
      [{ side: 'employer', type: 'imposeAward', offer: {} }, 'below-status-quo'],
    ];
    for (const [action, why] of cases) {
      const result = step(s, action);
      expect(result.rejected?.reason, JSON.stringify(action)).toBe(why);
      expect(result.rejected!.message.length).toBeGreaterThan(10);
      expect(result.state).toBe(s);
    }
  });

  it('allows one of each action a week and none after the turn ends', () => {
    let s = play(fresh(), { side: 'employer', type: 'statement', tone: 'firm' });
    expect(reason(s, { side: 'employer', type: 'statement', tone: 'hardline' })).toBe('already-this-week');
    s = play(s, { side: 'employer', type: 'endTurn' });
    expect(reason(s, { side: 'employer', type: 'setMitigation', level: 10 })).toBe('turn-ended');
  });

  it('never throws on arbitrary input', () => {
    const s = fresh();
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        const result = step(s, junk as Action);
        expect(result.state === s || result.rejected === undefined).toBe(true);
      }),
      { numRuns: 500 },
    );
    for (const junk of [null, undefined, 3, 'endTurn', {}, { side: 'x', type: 'endTurn' }, { side: 'union', type: 'propose', offer: null }]) {
      expect(step(s, junk as unknown as Action).rejected?.reason).toBe('malformed');
    }
  });

  it('lists every action with why it is unavailable', () => {
    const union = legalActions(fresh(), 'union');
    const byType = Object.fromEntries(union.actions.map((a) => [a.type, a]));
    expect(byType.callStrike!.available).toBe(true);
    expect(byType.accept!.reason).toBe('no-offer');
    expect(byType.setMitigation).toBeUndefined();
    expect(union.strikeWindow).toEqual({ earliest: '2025-07-21', latest: '2026-01-06', maxDays: 7 });
  });
});

describe('step: a week resolves only when both sides have ended their turns', () => {
  it('keeps offers hidden until the week resolves, then puts them on the table', () => {
    let s = play(fresh(), { side: 'employer', type: 'propose', offer: { pay: 2 } });
    s = play(s, { side: 'employer', type: 'endTurn' });
    expect(s.week).toBe(0);
    expect(s.negotiation.standing.employer).toBeNull();
    s = play(s, { side: 'union', type: 'endTurn' });
    expect(s.week).toBe(1);
    expect(s.negotiation.standing.employer?.offer[0]).toBe(4); // 2 pp is the fifth level of the grid
    expect(s.history[0]!.offers[0]!.utility.union).toBeGreaterThan(0);
  });
});

describe('negotiation to an outcome', () => {
  it('an accepted offer goes to members; a generous one is ratified as a deal', () => {
    let s = week(fresh(), [{ side: 'employer', type: 'propose', offer: { pay: 26, trainingPosts: 4000, examFees: 100, rotaReform: 3 } }]);
    s = week(s, [{ side: 'union', type: 'accept' }]);
    expect(s.negotiation.referendum).not.toBeNull();
    expect(reason(s, { side: 'union', type: 'callStrike', start: '2025-08-20', days: 2 })).toBe('referendum-running');
    s = weeks(s, 6);
    expect(s.outcome?.kind).toBe('deal');
    expect(s.outcome!.terms).toEqual([52, 4, 2, 3]);
    expect(s.outcome!.scores.union).toBeGreaterThan(s.outcome!.scores.employer);
  });

  it('a poor offer put to members without a recommendation is voted down and talks resume', () => {
    let s = week(fresh(), [{ side: 'employer', type: 'propose', offer: { pay: 0.5 } }]);
    s = week(s, [{ side: 'union', type: 'putToMembers' }]);
    const before = s.union.angerBp;
    s = weeks(s, sc.referendum.weeks);
    expect(s.outcome).toBeNull();
    expect(s.negotiation.referendum).toBeNull();
    expect(s.union.angerBp).toBeGreaterThan(before - 300);
  });

  it('accepting pauses strikes already called', () => {
    let s = week(fresh(), [
      { side: 'union', type: 'callStrike', start: '2025-07-25', days: 5 },
      { side: 'employer', type: 'propose', offer: { pay: 10, trainingPosts: 2000 } },
    ]);
    s = week(s, [{ side: 'union', type: 'accept' }]);
    s = weeks(s, 2);
    expect(s.strikes.daysHeld).toBe(0);
  });

  it('an imposed award becomes the status quo and the game ends "imposed" at the horizon', () => {
    let s = week(fresh(), [{ side: 'employer', type: 'imposeAward', offer: { pay: 1, examFees: 50 } }]);
    expect(s.negotiation.statusQuo).toEqual([2, 0, 1, 0]);
    expect(reason(s, { side: 'employer', type: 'propose', offer: { pay: 0.5 } })).toBe('below-status-quo');
    s = weeks(s, sc.horizonWeeks);
    expect(s.outcome?.kind).toBe('imposed');
    expect(s.outcome!.week).toBe(sc.horizonWeeks - 1);
  });

  it('with no deal and nothing imposed the game ends at the deadline', () => {
    const s = weeks(fresh(), sc.horizonWeeks + 3);
    expect(s.outcome?.kind).toBe('deadline');
    expect(s.outcome!.terms).toBeNull();
    expect(s.history).toHaveLength(sc.horizonWeeks);
  });
});

describe('ballots and mandates', () => {
  it('the mandate lapses on its date; a strike then needs a new ballot', () => {
    const s = weeks(fresh(), 27);
    expect(s.law.mandate).toBeNull();
    expect(reason(s, { side: 'union', type: 'callStrike', start: '2026-02-02', days: 2 })).toBe('no-mandate');
  });

  it('a ballot closes after its window and is judged by the Trade Union Act tests', () => {
    let s = week(fresh(), [{ side: 'union', type: 'openBallot' }]);
    expect(s.law.ballot?.status).toBe('open');
    expect(reason(s, { side: 'union', type: 'openBallot' })).toBe('ballot-open');
    s = weeks(s, sc.law.ballotWindowWeeks);
    const ballot = s.law.ballot!;
    expect(ballot.status === 'won' || ballot.status === 'lost').toBe(true);
    const valid = ballot.turnoutBp! >= 5000 && (ballot.turnoutBp! * ballot.yesBp!) / 10000 >= 4000;
    expect(ballot.status).toBe(valid ? 'won' : 'lost');
    if (valid) expect(s.law.mandate!.until).toBe(ballot.closes + 182);
  });

  it('two failed ballots with no mandate end the dispute in collapse', () => {
    const angry: GameState = { ...weeks(fresh(), 27), union: { ...fresh().union, moraleBp: 1000, angerBp: 1000 } };
    let s = week(angry, [{ side: 'union', type: 'openBallot' }]);
    s = weeks(s, sc.law.ballotWindowWeeks);
    expect(s.law.ballot?.status).toBe('lost');
    s = week({ ...s, union: { ...s.union, moraleBp: 1000, angerBp: 1000 } }, [{ side: 'union', type: 'openBallot' }]);
    s = weeks(s, sc.law.ballotWindowWeeks);
    expect(s.outcome?.kind).toBe('collapse');
  });
});
