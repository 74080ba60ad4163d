/** Public opinion: groups, salience, the memory of past pay awards, fatigue, disruption, blame and the media. */
import { BP, toX100 } from '../../fixed';
import type { ScenarioFile } from '../schema';
import type { Issue, Scenario } from '../types';
import type { Resolver } from './context';
import { apportion, indexOnGrid } from './grid';
import { bp, num, points } from './units';

/** Pay memory at week 0: each past award decays weekly from its date. */
const payMemoryAtStart = (memory: ScenarioFile['opinion']['payMemory'], r: Resolver): number => {
  const retainedBp = bp(memory.retainedPerWeek);
  let total = 0;
  memory.awards.forEach((award, i) => {
    r.checkSource(award.source, ['opinion', 'payMemory', 'awards', i, 'source']);
    const weeksAgo = -r.weekOf(award.date, ['opinion', 'payMemory', 'awards', i, 'date']);
    let x = toX100(award.percent);
    for (let w = 0; w < Math.min(weeksAgo, 1000); w += 1) x = Math.round((x * retainedBp) / BP);
    if (weeksAgo >= 0) total += x;
  });
  return total;
};

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
  const payMemoryInitialX100 = payMemoryAtStart(memory, r);
  return {
    groups,
    reversionBp: bp(opinion.reversionPerWeek),
    salience: {
      initialBp: bp(opinion.salience.initial),
      anchorBp: bp(opinion.salience.anchor),
      reversionBp: bp(opinion.salience.reversionPerWeek),
      perStrikeDayBp: bp(opinion.salience.perStrikeDay),
    },
    payMemoryInitialX100,
    payMemoryRetainedBp: bp(memory.retainedPerWeek),
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
      governmentBp: bp(blame.government),
      equalBp: bp(blame.equal),
      doctorsBp: bp(blame.doctors),
      reversionBp: bp(blame.reversionPerWeek),
      netBpPerBlameBp: points(blame.netPointsPerBlame),
      reasonablePayIndex: Math.max(0, reasonablePayIndex),
    },
    media: { retainedBp: bp(opinion.media.retainedPerWeek), durableBp: bp(opinion.media.durableShare) },
  };
};
