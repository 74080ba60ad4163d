/**
 * Public opinion of the strikes, by population group. Each group holds net support (support − oppose) and
 * engagement (support + oppose), so support, opposition and neutral sum to 100 by construction. Net support
 * moves with inertia toward a target lowered by pay paid since the start (the public's fairness gap closing),
 * strike fatigue and disruption, and raised when the public blames the Government; media shocks fade, leaving
 * a durable part. Blame moves toward a target set by what the public sees: strike days (toward the union),
 * cancelled care (toward the employer) and how far each side's public position is from a reasonable one.
 */
import { BP, clamp, divRound, mulBp } from './fixed';
import type { Scenario } from './scenario/types';
import type { GameState, OpinionGroupState } from './types';

type Opinion = GameState['opinion'];

export interface OpinionInputs {
  readonly strikeDays: number;
  readonly winter: boolean;
  readonly cancelledTrue: number;
  /** Change in the headline pay in force this week, hundredths of a percent. */
  readonly payAwardedX100: number;
  /** Headline of each side's latest public position after this week's offers, hundredths. */
  readonly employerBestX100: number;
  readonly unionClaimX100: number;
  readonly shockBp: number;
  readonly salienceBp: number;
  readonly blameBp: number;
}

export interface PublicShares {
  readonly supportBp: number;
  readonly opposeBp: number;
  readonly neutralBp: number;
}

const initialBlameNet = (scenario: Scenario) => scenario.opinion.blame.employerBp - scenario.opinion.blame.unionBp;

const headlineX100 = (scenario: Scenario, offer: readonly number[]): number => Math.round((scenario.issues[0]!.values[offer[0]!] ?? 0) * 100);

/** Where each side stands in public at the start: its opening offer's headline, or the status quo (the union: its opening demand). */
const initialPositions = (scenario: Scenario): { employerBestX100: number; unionClaimX100: number } => {
  const employer = scenario.sides.employer.openingOffer;
  const union = scenario.sides.union.openingOffer;
  return {
    employerBestX100: headlineX100(scenario, employer ?? scenario.issues.map((i) => i.statusQuo)),
    unionClaimX100: union ? headlineX100(scenario, union) : scenario.members.resistanceOpeningX100,
  };
};

export const initialOpinion = (scenario: Scenario): Opinion => ({
  groups: scenario.opinion.groups.map((g) => ({ netBp: g.supportBp - g.opposeBp, engagedBp: g.supportBp + g.opposeBp })),
  salienceBp: scenario.opinion.salience.initialBp,
  paidX100: 0,
  fatigueX100: 0,
  disruptionX100: 0,
  cancelledMemoryX100: 0,
  ...initialPositions(scenario),
  statementsX100: { union: 0, employer: 0 },
  concededWeek: { union: null, employer: null },
  blameNetBp: initialBlameNet(scenario),
  blameEqualBp: scenario.opinion.blame.equalBp,
  mediaImpulseBp: 0,
  mediaDurableBp: 0,
});

/** How far, in headline hundredths, the Government's position falls short of reasonable and the union's claim stands above it. */
const positionGaps = (scenario: Scenario, employerX100: number, unionX100: number): { shortX100: number; aboveX100: number } => {
  const fairX100 = headlineX100(scenario, [scenario.opinion.blame.reasonablePayIndex]);
  return { shortX100: Math.max(0, fairX100 - employerX100), aboveX100: Math.max(0, unionX100 - fairX100) };
};

/**
 * The blame balance the public settles toward, given what it has seen; equals the starting poll at week 0.
 * Strike days it remembers push it toward the union, cancelled care toward the employer, and each side's
 * public position counts against it by how far it moved from reasonable since the start.
 */
const blameTarget = (scenario: Scenario, opinion: Opinion): number => {
  const b = scenario.opinion.blame;
  const start = initialPositions(scenario);
  const gaps0 = positionGaps(scenario, start.employerBestX100, start.unionClaimX100);
  const gaps = positionGaps(scenario, opinion.employerBestX100, opinion.unionClaimX100);
  return (
    initialBlameNet(scenario) -
    divRound(opinion.fatigueX100 * b.netBpPerStrikeDay, 100) +
    divRound(opinion.cancelledMemoryX100 * b.netBpPer10kCancellations, 100) +
    divRound((gaps.shortX100 - gaps0.shortX100) * b.netBpPerPointOfferShort, 100) -
    divRound((gaps.aboveX100 - gaps0.aboveX100) * b.netBpPerPointClaimAbove, 100)
  );
};

/** Net support a group settles toward, given what the public remembers; equals its start value at week 0. */
const targetNet = (scenario: Scenario, opinion: Opinion, groupIndex: number): number => {
  const o = scenario.opinion;
  const g = o.groups[groupIndex]!;
  const start = g.supportBp - g.opposeBp;
  const memory = divRound(opinion.paidX100 * o.payMemoryNetBpPerPercent, 100);
  const fatigue = divRound(opinion.fatigueX100 * o.fatigue.netBpPerStrikeDay, 100);
  const disruption = divRound(opinion.disruptionX100 * o.disruption.netBpPer10k, 100);
  const blame = divRound((opinion.blameNetBp - initialBlameNet(scenario)) * o.blame.netBpPerBlameBp, 100);
  return start - memory - fatigue - disruption + blame + opinion.mediaDurableBp;
};

export const advanceOpinion = (scenario: Scenario, opinion: Opinion, input: OpinionInputs): Opinion => {
  const o = scenario.opinion;
  const fatigueAdd = input.strikeDays * (input.winter ? o.fatigue.winterMultiplierBp : BP);
  const remembered: Opinion = {
    ...opinion,
    paidX100: opinion.paidX100 + input.payAwardedX100,
    fatigueX100: mulBp(opinion.fatigueX100, o.fatigue.retainedBp) + divRound(fatigueAdd, 100),
    disruptionX100: mulBp(opinion.disruptionX100, o.disruption.retainedBp) + divRound(input.cancelledTrue, 100),
    cancelledMemoryX100: mulBp(opinion.cancelledMemoryX100, o.fatigue.retainedBp) + divRound(input.cancelledTrue, 100),
    employerBestX100: input.employerBestX100,
    unionClaimX100: input.unionClaimX100,
  };
  const base: Opinion = {
    ...remembered,
    blameNetBp: clamp(
      opinion.blameNetBp + mulBp(blameTarget(scenario, remembered) - opinion.blameNetBp, o.blame.reversionBp) + input.blameBp,
      -BP,
      BP,
    ),
    mediaImpulseBp: mulBp(opinion.mediaImpulseBp, o.media.retainedBp) + input.shockBp,
    mediaDurableBp: opinion.mediaDurableBp + mulBp(input.shockBp, o.media.durableBp),
  };
  const s = o.salience;
  const salienceBp = clamp(
    opinion.salienceBp + mulBp(s.anchorBp - opinion.salienceBp, s.reversionBp) + input.strikeDays * s.perStrikeDayBp + input.salienceBp,
    0,
    BP,
  );
  const groups: OpinionGroupState[] = opinion.groups.map((g, i) => {
    const def = o.groups[i]!;
    const engagedBp = clamp(
      def.supportBp + def.opposeBp + divRound((def.engagedMaxBp - def.engagedMinBp) * (salienceBp - s.initialBp), BP),
      def.engagedMinBp,
      def.engagedMaxBp,
    );
    const target = targetNet(scenario, base, i);
    const netBp = clamp(g.netBp + mulBp(target - g.netBp, o.reversionBp), -engagedBp, engagedBp);
    return { netBp, engagedBp };
  });
  return { ...base, salienceBp, groups };
};

/** A group's support and opposition, bp, with the passing media impulse on top of its settled view. */
const groupShares = (g: OpinionGroupState, impulseBp: number): { support: number; oppose: number } => {
  const net = clamp(g.netBp + impulseBp, -g.engagedBp, g.engagedBp);
  const support = Math.floor((g.engagedBp + net) / 2);
  return { support, oppose: g.engagedBp - support };
};

export const publicShares = (scenario: Scenario, opinion: Opinion): PublicShares => {
  let support = 0;
  let oppose = 0;
  opinion.groups.forEach((g, i) => {
    const w = scenario.opinion.groups[i]!.weightBp;
    const shares = groupShares(g, opinion.mediaImpulseBp);
    support += w * shares.support;
    oppose += w * shares.oppose;
  });
  const supportBp = divRound(support, BP);
  const opposeBp = Math.min(BP - supportBp, divRound(oppose, BP));
  return { supportBp, opposeBp, neutralBp: BP - supportBp - opposeBp };
};

export const groupPublicShares = (opinion: Opinion): PublicShares[] =>
  opinion.groups.map((g) => {
    const { support, oppose } = groupShares(g, opinion.mediaImpulseBp);
    return { supportBp: support, opposeBp: oppose, neutralBp: BP - support - oppose };
  });

/** Blame shares (Government more / equal / doctors more), bp; those who do not know stay as at the start. */
export const blameShares = (scenario: Scenario, opinion: Opinion): { employerBp: number; equalBp: number; unionBp: number } => {
  const b = scenario.opinion.blame;
  const unsure = Math.max(0, BP - b.employerBp - b.equalBp - b.unionBp);
  const decided = Math.max(0, BP - unsure - opinion.blameEqualBp);
  const employer = clamp(Math.floor((decided + opinion.blameNetBp) / 2), 0, decided);
  return { employerBp: employer, equalBp: opinion.blameEqualBp, unionBp: decided - employer };
};
