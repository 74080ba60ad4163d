import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventRecord, outcomeRecord, termsOf } from '../../src/cli/event-records';
import { offerOnTable, weekRecord } from '../../src/cli/week-records';
import { newGame, parseIsoDate, parseScenarioText, playWeek, step, type Action, type GameState, type PlayedWeek } from '../../src/sim';

const parsed = parseScenarioText(readFileSync(new URL('../../scenarios/resident-doctors-2025.yaml', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('scenario');
const sc = parsed.value;
const fresh = (): GameState => newGame(sc, { seed: 'records', players: { union: 'human', employer: 'human' } });
const day = (iso: string) => parseIsoDate(iso)!;

/** Plays one week with these actions for each side (then both end their turns). */
const week = (state: GameState, actions: Action[] = []): PlayedWeek =>
  playWeek(state, {
    union: { kind: 'script', weeks: { [state.week]: actions.filter((a) => a.side === 'union') } },
    employer: { kind: 'script', weeks: { [state.week]: actions.filter((a) => a.side === 'employer') } },
  });

describe('offerOnTable: the most recent offer still open to acceptance', () => {
  it('is the BMA\'s opening claim (week -1) before anyone moves', () => {
    expect(offerOnTable(fresh())).toMatchObject({ from: 'union', week: -1 });
    expect(weekRecord(week(fresh())).offerOnTable).toEqual({ from: 'union', week: -1, offer: { pay: 29, trainingPosts: 4000, examFees: 100, rotaReform: 3 }, rejectedWeek: null });
  });

  it('is the newest offer once one is made, with both offers still standing', () => {
    const w0 = week(fresh(), [{ side: 'employer', type: 'propose', offer: { pay: 2 } }]);
    const r = weekRecord(w0);
    expect(r.offerOnTable).toEqual({ from: 'employer', week: 0, offer: { pay: 2, trainingPosts: 0, examFees: 0, rotaReform: 0 }, rejectedWeek: null });
    expect(r.standingOffers.union?.week).toBe(-1);
    expect(r.standingOffers.employer?.week).toBe(0);
  });

  it('keeps a rejected offer on the table, marked rejected, until its maker withdraws it', () => {
    const w0 = week(fresh(), [{ side: 'employer', type: 'propose', offer: { pay: 2 } }]);
    const w1 = week(w0.state, [{ side: 'union', type: 'reject' }]);
    expect(weekRecord(w1).offerOnTable).toEqual({ from: 'employer', week: 0, offer: { pay: 2, trainingPosts: 0, examFees: 0, rotaReform: 0 }, rejectedWeek: 1 });
    expect(weekRecord(w1).events).toContainEqual({ type: 'offerRejected', side: 'union', offer: { pay: 2, trainingPosts: 0, examFees: 0, rotaReform: 0 }, reasonable: false });
    const again = step(w1.state, { side: 'union', type: 'reject' });
    expect(again.rejected?.reason).toBe('already-rejected');
    const w2 = week(w1.state, [{ side: 'employer', type: 'withdraw' }]);
    expect(weekRecord(w2).events).toContainEqual({ type: 'offerWithdrawn', side: 'employer', offer: { pay: 2, trainingPosts: 0, examFees: 0, rotaReform: 0 } });
    expect(weekRecord(w2).offerOnTable).toMatchObject({ from: 'union', week: -1 }); // falls back to the BMA's claim
  });

  it('lets a rejected offer be accepted later', () => {
    const w0 = week(fresh(), [{ side: 'employer', type: 'propose', offer: { pay: 2 } }]);
    const w1 = week(w0.state, [{ side: 'union', type: 'reject' }]);
    const w2 = week(w1.state, [{ side: 'union', type: 'accept' }]);
    expect(weekRecord(w2).events).toContainEqual({ type: 'offerAccepted', side: 'union', offer: { pay: 2, trainingPosts: 0, examFees: 0, rotaReform: 0 } });
  });

  it('is null when every offer has been withdrawn, and while members vote on a deal', () => {
    const w0 = week(fresh(), [{ side: 'employer', type: 'propose', offer: { pay: 2 } }]);
    const both = week(w0.state, [{ side: 'union', type: 'withdraw' }, { side: 'employer', type: 'withdraw' }]);
    expect(weekRecord(both).offerOnTable).toBeNull();
    const accepted = week(w0.state, [{ side: 'union', type: 'accept' }]);
    const r = weekRecord(accepted);
    expect(r.offerOnTable).toBeNull();
    expect(r.referendum).toEqual({ from: 'employer', terms: { pay: 2, trainingPosts: 0, examFees: 0, rotaReform: 0 }, openedWeek: 1, closesWeek: 1 + sc.referendum.weeks, recommended: true, voteWeeks: sc.referendum.weeks, continueAction: false });
    const chosen = weekRecord(week(w0.state, [{ side: 'union', type: 'putToMembers', voteWeeks: 2, continueAction: true }]));
    expect(chosen.referendum).toMatchObject({ openedWeek: 1, closesWeek: 3, recommended: false, voteWeeks: 2, continueAction: true });
  });

  it('ignores object identity (a state read back from JSON gives the same answer)', () => {
    const w0 = week(fresh(), [{ side: 'employer', type: 'propose', offer: { pay: 2 } }]);
    const copy = JSON.parse(JSON.stringify({ ...w0.state, scenario: null })) as GameState;
    expect(offerOnTable(copy)).toEqual(offerOnTable(w0.state));
  });
});

describe('weekRecord', () => {
  it('gives the public shares in percent with one decimal, summing to exactly 100', () => {
    const played = week(fresh());
    const summary = { ...played.state.history[0]!, supportBp: 2605, opposeBp: 4105 };
    const r = weekRecord({ ...played, state: { ...played.state, history: [summary] } });
    expect([r.support, r.oppose, r.neutral]).toEqual([26.1, 41.1, 32.8]);
  });

  it('drops bookkeeping events and accepted ends of turn, but keeps a rejected end of turn', () => {
    const played = week(fresh(), [{ side: 'union', type: 'endTurn' }, { side: 'union', type: 'endTurn' }]);
    const r = weekRecord(played);
    expect(r.events.map((e) => e.type)).not.toContain('turnEnded');
    expect(r.events.map((e) => e.type)).not.toContain('weekResolved');
    expect(r.actions).toEqual([{ side: 'union', action: { type: 'endTurn' }, rejected: { reason: 'turn-ended', message: expect.any(String) } }]);
  });

  it('shows a ballot from its opening, open with no result, then its result', () => {
    let s = fresh();
    const opened = week(s, [{ side: 'union', type: 'openBallot' }]);
    const closes = new Date(Date.UTC(2025, 6, 7 + 7 * sc.law.ballotWindowWeeks)).toISOString().slice(0, 10);
    expect(weekRecord(opened).ballot).toEqual({ status: 'open', opened: '2025-07-07', closes, turnout: null, yes: null });
    s = opened.state;
    let last = opened;
    for (let i = 0; i < sc.law.ballotWindowWeeks; i += 1) {
      last = week(s);
      s = last.state;
    }
    const closed = weekRecord(last);
    expect(closed.ballot?.status).toMatch(/^(won|lost)$/);
    expect(closed.ballot?.turnout).toBeGreaterThan(0);
    expect(closed.events.find((e) => e.type === 'ballotClosed')).toMatchObject({ turnout: closed.ballot!.turnout, yes: closed.ballot!.yes });
  });
});

describe('eventRecord', () => {
  it('turns day numbers into ISO dates, basis points into shares and £k into £m', () => {
    expect(eventRecord(sc, { type: 'strikeDaysHeld', days: [day('2025-07-25'), day('2025-07-26')], participationBp: 3008, rescheduled: 1234, costK: 300165, noStrikePay: true })).toEqual({
      type: 'strikeDaysHeld',
      days: ['2025-07-25', '2025-07-26'],
      participation: 0.3008,
      rescheduled: 1234,
      costM: 300.165,
      noStrikePay: true,
    });
    expect(eventRecord(sc, { type: 'ballotClosed', turnoutBp: 5532, yesBp: 9005, won: true, failedTest: null, mandateUntil: day('2026-01-06') })).toEqual({
      type: 'ballotClosed',
      turnout: 0.5532,
      yes: 0.9005,
      won: true,
      failedTest: null,
      mandateUntil: '2026-01-06',
    });
    expect(eventRecord(sc, { type: 'catchUpFunded', gbpK: 50000, episodes: 62500 })).toEqual({ type: 'catchUpFunded', gbpM: 50, episodes: 62500 });
    expect(eventRecord(sc, { type: 'mandateExpired', on: day('2026-01-06') })).toEqual({ type: 'mandateExpired', on: '2026-01-06' });
  });

  it('turns grid indexes into issue values', () => {
    const offer = [8, 2, 1, 3]; // pay 4, 2000 posts, 50% fees, rota level 3
    expect(termsOf(sc, offer)).toEqual({ pay: 4, trainingPosts: 2000, examFees: 50, rotaReform: 3 });
    expect(eventRecord(sc, { type: 'offerMade', side: 'employer', offer })).toEqual({ type: 'offerMade', side: 'employer', offer: { pay: 4, trainingPosts: 2000, examFees: 50, rotaReform: 3 } });
    expect(outcomeRecord(sc, { kind: 'deadline', week: 51, terms: null, scores: { union: 40, employer: 60 } })).toEqual({ kind: 'deadline', week: 51, terms: null, scores: { union: 40, employer: 60 } });
  });

  it('passes plain events through', () => {
    expect(eventRecord(sc, { type: 'statementMade', side: 'union', tone: 'firm' })).toEqual({ type: 'statementMade', side: 'union', tone: 'firm' });
    expect(eventRecord(sc, { type: 'scenarioEvent', id: 'x', headline: 'Y' })).toEqual({ type: 'scenarioEvent', id: 'x', headline: 'Y' });
  });

  it('never leaves a raw day number in a real game\'s events', () => {
    const s = step(fresh(), { side: 'union', type: 'callStrike', start: '2025-07-25', days: 5 }).state;
    const r = weekRecord(week(s));
    expect(r.events).toContainEqual({ type: 'strikeCalled', start: '2025-07-25', days: 5 });
  });
});
