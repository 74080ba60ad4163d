/** fast-check generators of random (often illegal) weekly moves for both sides. */
import fc from 'fast-check';
import { isoFromDay, type Action, type Scenario } from '../../src/sim/index';

const offer = (scenario: Scenario) =>
  fc.record(
    Object.fromEntries(
      scenario.issues.map((issue) => [
        issue.id,
        fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...issue.values) }, { weight: 1, arbitrary: fc.double({ min: -5, max: 50, noNaN: true }) }),
      ]),
    ),
    { requiredKeys: [] },
  ) as fc.Arbitrary<Record<string, number>>;

/** One side's moves for a week, given the week's Monday as a day number. */
const sideMoves = (scenario: Scenario, side: 'union' | 'employer', monday: number): fc.Arbitrary<Action[]> =>
  fc.array(
    fc.oneof(
      offer(scenario).map((o): Action => ({ side, type: 'propose', offer: o })),
      fc.constant<Action>({ side, type: 'accept' }),
      fc.constant<Action>({ side, type: 'reject' }),
      fc.constant<Action>({ side, type: 'withdraw' }),
      fc.constantFrom('conciliatory', 'firm', 'hardline').map((tone): Action => ({ side, type: 'statement', tone })),
      ...(side === 'union'
        ? [
            fc.record({ offset: fc.integer({ min: 0, max: 70 }), days: fc.integer({ min: 0, max: 9 }) }).map(
              ({ offset, days }): Action => ({ side, type: 'callStrike', start: isoFromDay(monday + offset), days }),
            ),
            fc.constant<Action>({ side, type: 'suspendStrike' }),
            fc.constant<Action>({ side, type: 'openBallot' }),
            fc.constant<Action>({ side, type: 'putToMembers' }),
            // The union's choices for a members' vote, sometimes out of range.
            fc
              .record({ type: fc.constantFrom('accept', 'putToMembers'), weeks: fc.integer({ min: 0, max: 5 }), go: fc.boolean() })
              .map(({ type, weeks, go }): Action => ({ side, type, voteWeeks: weeks, continueAction: go })),
          ]
        : [
            offer(scenario).map((o): Action => ({ side, type: 'imposeAward', offer: o })),
            fc.integer({ min: -10, max: 110 }).map((level): Action => ({ side, type: 'setMitigation', level })),
            fc.double({ min: -10, max: 3000, noNaN: true }).map((gbpM): Action => ({ side, type: 'fundCatchUp', gbpM })),
          ]),
    ),
    { maxLength: 4 },
  );

/** A whole game's worth of weekly moves: for each week, the BMA's then the Government's. */
export const weeksOfMoves = (scenario: Scenario, maxWeeks: number) =>
  fc.integer({ min: 1, max: maxWeeks }).chain((weeks) =>
    fc.tuple(
      ...Array.from({ length: weeks }, (_, w) => {
        const monday = scenario.startDay + 7 * w;
        return fc.tuple(sideMoves(scenario, 'union', monday), sideMoves(scenario, 'employer', monday));
      }),
    ),
  );
