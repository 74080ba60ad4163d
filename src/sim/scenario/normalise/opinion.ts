/** Public opinion: groups, salience, the memory of past pay awards, fatigue, disruption, blame and the media. */
import { BP } from '../../fixed';
import type { ScenarioFile } from '../schema';
import type { Issue, Scenario } from '../types';
import type { Resolver } from './context';
import { apportion, indexOnGrid } from './grid';
import { bp, num, points } from './units';

export const normaliseOpinion = (opinion: ScenarioFile['opinion'], headline: Issue, r: Resolver): Scenario['opinion'] => {
  const groupWeights = apportion(opinion.groups.map((g) => num(g.weight)));
  const groups = opinion.groups.map((g, i) => ({
    id: g.id,
    label: g.label,
    weightBp: groupWeights[i]!,
    supportBp: bp(g.support),
    opposeBp: bp(g.oppose),
    engagedMinBp: bp(g.engagedMin),
    engagedMaxBp: bp(g.engagedMax),
  }));
  const { blame, payMemory: memory } = opinion;
  const reasonablePayIndex = indexOnGrid(headline.values, blame.reasonablePay);
  if (reasonablePayIndex < 0) {
    r.fail(['opinion', 'blame', 'reasonablePay'], `${blame.reasonablePay} is not on the grid of "${headline.id}"`, `use a level of the grid of "${headline.id}", the first issue`);
  }
  (memory.awards ?? []).forEach((award, i) => {
    r.checkSource(award.source, ['opinion', 'payMemory', 'awards', i, 'source']);
    r.weekOf(award.date, ['opinion', 'payMemory', 'awards', i, 'date']);
  });
  const optional = (f: Parameters<typeof points>[0] | undefined): number => (f === undefined ? 0 : points(f));
  const credibility = opinion.statementCredibility;
  return {
    groups,
    reversionBp: bp(opinion.reversionPerWeek),
    salience: {
      initialBp: bp(opinion.salience.initial),
      anchorBp: bp(opinion.salience.anchor),
      reversionBp: bp(opinion.salience.reversionPerWeek),
      perStrikeDayBp: bp(opinion.salience.perStrikeDay),
    },
    payMemoryNetBpPerPercent: points(memory.netPointsPerPercent),
    fatigue: {
      retainedBp: bp(opinion.fatigue.retainedPerWeek),
      netBpPerStrikeDay: points(opinion.fatigue.netPointsPerStrikeDay),
      winterMultiplierBp: bp(opinion.fatigue.winterMultiplier),
    },
    disruption: {
      retainedBp: bp(opinion.disruption.retainedPerWeek),
      netBpPer10k: points(opinion.disruption.netPointsPer10kCancellations),
    },
    blame: {
      employerBp: bp(blame.employer),
      equalBp: bp(blame.equal),
      unionBp: bp(blame.union),
      reversionBp: bp(blame.reversionPerWeek),
      netBpPerBlameBp: points(blame.netPointsPerBlame),
      reasonablePayIndex: Math.max(0, reasonablePayIndex),
      netBpPerStrikeDay: optional(blame.netPointsPerStrikeDay),
      netBpPer10kCancellations: optional(blame.netPointsPer10kCancellations),
      netBpPerPointOfferShort: optional(blame.netPointsPerPointOfferShort),
      netBpPerPointClaimAbove: optional(blame.netPointsPerPointClaimAbove),
    },
    // Without the block, statements work as before: no wear from repetition, no backing needed.
    statementCredibility: credibility
      ? { repeatRetainedBp: bp(credibility.repeatRetainedPerWeek), unbackedBp: bp(credibility.unbackedShare), backingWeeks: num(credibility.backingWeeks) }
      : { repeatRetainedBp: 0, unbackedBp: BP, backingWeeks: 0 },
    media: { retainedBp: bp(opinion.media.retainedPerWeek), durableBp: bp(opinion.media.durableShare) },
  };
};
