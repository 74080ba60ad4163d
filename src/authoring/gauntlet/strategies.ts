/**
 * The strategy gauntlet's library: simple, degenerate ways to play a seat, each a policy controller (a pure
 * function from the week's start state to the side's actions). A good opponent and scoring rule leave none of
 * them better than the AI's own play in that seat; `gauntlet.ts` plays them and says which do. Strategies may
 * read anything a player sees, the horizon included: they stand for players, not for the AI.
 */
import type { Controller, ScriptAction } from '../../sim/play';
import { STATEMENT_TONES, type SideId } from '../../sim/scenario/types';
import type { GameState } from '../../sim/types';
import { acceptStanding, catchUpMostM, headlineUp, mandateLapsing, onlyLegal, openingOf, propose, statement, strikeMost, terms } from './moves';

export const FAMILIES = [
  'passive',
  'max-strike',
  'statement',
  'repeat-offer',
  'oscillate',
  'impose',
  'mitigation',
  'catch-up',
  'accept',
] as const;
export type Family = (typeof FAMILIES)[number];

export interface Strategy {
  /** Stable kebab-case id, starting with the seat: `union-max-strike`, `employer-statement-conciliatory`. */
  readonly id: string;
  readonly side: SideId;
  readonly family: Family;
  /** One line saying what it does. */
  readonly description: string;
  /** The side's actions this week, from the week's start state (illegal ones are dropped by the caller's core). */
  readonly decide: (state: GameState) => readonly ScriptAction[];
}

const NOTHING = (): readonly ScriptAction[] => [];

/** The week from which the "late acceptance" lines take any standing offer: late enough to have struck, early enough for the vote. */
const lateWeek = (state: GameState): number => state.scenario.horizonWeeks - Math.max(4, Math.ceil(state.scenario.horizonWeeks / 4));

const union: readonly Strategy[] = [
  { id: 'union-passive', side: 'union', family: 'passive', description: 'Ends its turn every week: never strikes, never offers, never settles.', decide: NOTHING },
  { id: 'union-max-strike', side: 'union', family: 'max-strike', description: 'Strikes as much as the law allows, re-balloting when needed; never settles.', decide: strikeMost },
  {
    id: 'union-max-strike-accept-late',
    side: 'union',
    family: 'max-strike',
    description: 'Strikes as much as the law allows, then accepts any standing offer in the last quarter of the game.',
    decide: (s) => (s.week >= lateWeek(s) && s.negotiation.standing.employer ? acceptStanding(s, 'union') : strikeMost(s)),
  },
  {
    id: 'union-max-strike-accept-lapse',
    side: 'union',
    family: 'max-strike',
    description: 'Strikes as much as the law allows, and accepts any standing offer when its mandate is about to lapse.',
    decide: (s) => (mandateLapsing(s, 3) && s.negotiation.standing.employer ? acceptStanding(s, 'union') : strikeMost(s)),
  },
  ...STATEMENT_TONES.map(
    (tone): Strategy => ({ id: `union-statement-${tone}`, side: 'union', family: 'statement', description: `A ${tone} statement every week and nothing else.`, decide: (s) => onlyLegal(s, 'union', [statement(tone)]) }),
  ),
  {
    id: 'union-repeat-opening',
    side: 'union',
    family: 'repeat-offer',
    description: 'Re-tables its opening claim every week; never strikes, never settles.',
    decide: (s) => onlyLegal(s, 'union', [propose(s, openingOf(s, 'union'))]),
  },
  {
    id: 'union-oscillate',
    side: 'union',
    family: 'oscillate',
    description: 'Alternates its opening claim with half of its headline claim, week by week; never strikes.',
    decide: (s) => {
      const open = openingOf(s, 'union');
      const half = open.map((v, i) => (i === 0 ? Math.floor((v + s.negotiation.statusQuo[0]!) / 2) : v));
      return onlyLegal(s, 'union', [propose(s, s.week % 2 === 0 ? open : half)]);
    },
  },
  { id: 'union-accept-first', side: 'union', family: 'accept', description: 'Accepts the first offer it can answer; otherwise does nothing.', decide: (s) => acceptStanding(s, 'union') },
  {
    id: 'union-conciliatory-accept-first',
    side: 'union',
    family: 'accept',
    description: 'A conciliatory statement every week, and accepts the first offer it can answer.',
    decide: (s) => [...onlyLegal(s, 'union', [statement('conciliatory')]), ...acceptStanding(s, 'union')],
  },
];

const employer: readonly Strategy[] = [
  {
    id: 'employer-passive',
    side: 'employer',
    family: 'passive',
    description: 'Does nothing at all as the employer: no offer, no answer, no statement, mitigation as it stands.',
    decide: NOTHING,
  },
  ...STATEMENT_TONES.map(
    (tone): Strategy => ({ id: `employer-statement-${tone}`, side: 'employer', family: 'statement', description: `A ${tone} statement every week and never an offer.`, decide: (s) => onlyLegal(s, 'employer', [statement(tone)]) }),
  ),
  {
    id: 'employer-repeat-opening',
    side: 'employer',
    family: 'repeat-offer',
    description: 'Re-tables its opening offer every week and never moves.',
    decide: (s) => onlyLegal(s, 'employer', [propose(s, openingOf(s, 'employer'))]),
  },
  {
    id: 'employer-conciliatory-repeat-opening',
    side: 'employer',
    family: 'repeat-offer',
    description: 'A conciliatory statement and its opening offer re-tabled every week.',
    decide: (s) => onlyLegal(s, 'employer', [statement('conciliatory'), propose(s, openingOf(s, 'employer'))]),
  },
  {
    id: 'employer-oscillate',
    side: 'employer',
    family: 'oscillate',
    description: 'Alternates its opening package with a token offer (one step on the headline, nothing else), week by week.',
    decide: (s) => onlyLegal(s, 'employer', [propose(s, s.week % 2 === 0 ? openingOf(s, 'employer') : headlineUp(s, 1))]),
  },
  {
    id: 'employer-impose-opening',
    side: 'employer',
    family: 'impose',
    description: 'Imposes its opening offer (or a one-step headline rise when it opens with none) in week 0, then does nothing.',
    decide: (s) => {
      if (s.week > 1 || s.employer.imposed) return [];
      const opening = openingOf(s, 'employer');
      const award = opening.some((v, i) => v !== s.negotiation.statusQuo[i]) ? opening : headlineUp(s, 1);
      return onlyLegal(s, 'employer', [{ type: 'imposeAward', offer: terms(s, award) }]);
    },
  },
  {
    id: 'employer-mitigation-0',
    side: 'employer',
    family: 'mitigation',
    description: 'Cuts planned care to nothing on strike days (mitigation 0) and otherwise does nothing.',
    decide: (s) => (s.employer.mitigationLevel === 0 ? [] : [{ type: 'setMitigation', level: 0 }]),
  },
  {
    id: 'employer-mitigation-100',
    side: 'employer',
    family: 'mitigation',
    description: 'Presses ahead with all planned care on strike days (mitigation 100) and otherwise does nothing.',
    decide: (s) => (s.employer.mitigationLevel === 100 ? [] : [{ type: 'setMitigation', level: 100 }]),
  },
  {
    id: 'employer-conciliatory-mitigation-0',
    side: 'employer',
    family: 'mitigation',
    description: 'A conciliatory statement every week with mitigation 0; never an offer.',
    decide: (s) => onlyLegal(s, 'employer', [statement('conciliatory'), ...(s.employer.mitigationLevel === 0 ? [] : [{ type: 'setMitigation', level: 0 } as const])]),
  },
  {
    id: 'employer-catch-up-most',
    side: 'employer',
    family: 'catch-up',
    description: 'Funds as much catch-up activity as the service can use every week, while the budget lasts; nothing else.',
    decide: (s) => {
      const gbpM = catchUpMostM(s);
      return gbpM > 0 ? onlyLegal(s, 'employer', [{ type: 'fundCatchUp', gbpM }]) : [];
    },
  },
  { id: 'employer-accept-first', side: 'employer', family: 'accept', description: 'Accepts the first union offer it can answer; otherwise does nothing.', decide: (s) => acceptStanding(s, 'employer') },
];

/** Every strategy, the union's first. */
export const STRATEGIES: readonly Strategy[] = [...union, ...employer];

export const strategyById = (id: string): Strategy | undefined => STRATEGIES.find((s) => s.id === id);

/** A strategy as a controller for `playGame`. */
export const strategyController = (strategy: Strategy): Controller => ({ kind: 'policy', name: strategy.id, decide: (state) => strategy.decide(state) });
