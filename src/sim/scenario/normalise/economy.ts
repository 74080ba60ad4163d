/** The members' side of the money and the health service's: strike pay and resistance, waiting lists, costs, scores. */
import { BP, toX100 } from '../../fixed';
import type { ScenarioFile } from '../schema';
import type { Harm, Scenario } from '../types';
import { bp, k, num } from './units';

export const normaliseMembers = (m: ScenarioFile['members']): Scenario['members'] => ({
  entitled: num(m.entitled),
  dailyPay: Math.round(num(m.dailyPay)),
  resistanceOpeningX100: toX100(num(m.resistanceOpeningPay)),
  resistanceFloorMinX100: toX100(num(m.resistanceFloorMin)),
  resistanceFloorMaxX100: toX100(num(m.resistanceFloorMax)),
  resistanceRetainedBp: bp(m.resistanceRetainedPerStrikeDay),
  resistanceRetainedPerWeekBp: m.resistanceRetainedPerWeek === undefined ? BP : bp(m.resistanceRetainedPerWeek),
  resistanceRecoveryPerDerisoryBp: m.resistanceRecoveryPerDerisoryOffer === undefined ? 0 : bp(m.resistanceRecoveryPerDerisoryOffer),
  grievanceRetainedBp: m.grievanceRetainedPerWeek === undefined ? 9000 : bp(m.grievanceRetainedPerWeek),
  morale: {
    anchorBp: bp(m.morale.anchor),
    reversionBp: bp(m.morale.reversionPerWeek),
    perStrikeDayBp: bp(m.morale.perStrikeDay),
    perSupportPointBp: bp(m.morale.perSupportPointAbove35),
  },
  anger: {
    anchorBp: bp(m.anger.anchor),
    reversionBp: bp(m.anger.reversionPerWeek),
    perDerisoryOfferBp: m.anger.perDerisoryOffer === undefined ? 0 : bp(m.anger.perDerisoryOffer),
  },
  participation: {
    minBp: bp(m.participation.min),
    maxBp: bp(m.participation.max),
    moraleWeightBp: bp(m.participation.moraleWeight),
    noFundFactorBp: bp(m.participation.noFundFactor),
  },
  fund: { claimShareBp: bp(m.fund.claimShare), coverageBp: bp(m.fund.coverage), donationsKPerWeek: Math.round(num(m.fund.donationsKPerWeek)) },
});

type HarmInput = ScenarioFile['harm'];
type DailyInput = Exclude<HarmInput, { kind: 'backlog' }>;

const dailyUnits = (h: DailyInput) => ({
  unitsPerWeekday: num(h.unitsPerWeekday),
  weekendFactorBp: [bp(h.weekendFactor[0]), bp(h.weekendFactor[1])] as const,
  lostShareAtReferenceBp: bp(h.lostShareAtReference),
  referenceParticipationBp: bp(h.referenceParticipation),
  contingencyShareAt100Bp: bp(h.contingencyShareAt100),
  winterMonths: h.winterMonths,
});

export const normaliseHarm = (h: HarmInput): Harm => {
  if (h.kind === 'lostService') return { kind: 'lostService', ...dailyUnits(h), valuePerUnitLost: Math.round(num(h.valuePerUnitLost)) };
  if (h.kind === 'lostOutput') {
    return {
      kind: 'lostOutput',
      ...dailyUnits(h),
      marginPerUnit: Math.round(num(h.marginPerUnit)),
      inventoryUnits: num(h.inventoryUnits),
      inventoryCostPerUnit: Math.round(num(h.inventoryCostPerUnit)),
      catchUpUnitsPerWeek: num(h.catchUpUnitsPerWeek),
      catchUpCostPerUnit: Math.round(num(h.catchUpCostPerUnit)),
    };
  }
  return {
    kind: 'backlog',
    waitingList: num(h.waitingList),
    referralsPerWeek: num(h.referralsPerWeek),
    capacityPerWeek: num(h.capacityPerWeek),
    removalsBp: bp(h.removalsSharePerWeek),
    plannedEpisodesPerWeekday: num(h.plannedEpisodesPerWeekday),
    weekendFactorBp: [bp(h.weekendFactor[0]), bp(h.weekendFactor[1])],
    lostShareAtReferenceBp: bp(h.lostShareAtReference),
    referenceParticipationBp: bp(h.referenceParticipation),
    unbookedBp: bp(h.unbookedShare),
    clockStopsPerCancellationBp: bp(h.clockStopsPerCancellation),
    rebookShareBp: bp(h.rebookSharePerWeek),
    winterMonths: h.winterMonths,
    winterCapacityBp: bp(h.winterCapacityFactor),
    christmasReferralBp: bp(h.christmasReferralFactor),
    christmasCapacityBp: bp(h.christmasCapacityFactor),
    catchUpCostPerEpisode: Math.round(num(h.catchUpCostPerEpisode)),
    catchUpMaxEpisodesPerWeek: num(h.catchUpMaxEpisodesPerWeek),
  };
};

export const normaliseMitigation = (m: ScenarioFile['mitigation']): Scenario['mitigation'] => ({
  extraCostKPerDayAt100: k(m.extraCostMPerDayAt100),
  safetyRiskFromLevel: num(m.safetyRiskFromLevel),
  safetyRiskPerLevelBp: bp(m.safetyRiskPerLevel),
  angerPerLevelAbove50Bp: bp(m.angerPerLevelAbove50),
});

export const normaliseCosts = (c: ScenarioFile['costs']): Scenario['costs'] => ({
  strikeDayKAtReference: k(c.strikeDayMAtReference),
  horizonYears: num(c.horizonYears),
  readAcrossMinBp: bp(c.readAcrossMin),
  readAcrossMaxBp: bp(c.readAcrossMax),
  planningWeeks: num(c.planningWeeks),
  expectedStrikeDaysPerWeekX100: toX100(num(c.expectedStrikeDaysPerWeek)),
  mandateRenewalChanceBp: bp(c.mandateRenewalChance),
  politicalCostKPerWeekAtFull: k(c.politicalCostMPerWeekAtFullPressure),
  pressureWeights: {
    blameBp: bp(c.pressureWeights.blame),
    supportBp: bp(c.pressureWeights.support),
    harmBp: bp(c.pressureWeights.harm),
  },
  harmPressureAt: Math.max(1, num(c.harmPressureAt)),
  lostEpisodeValue: c.lostEpisodeValue === undefined ? 0 : Math.round(num(c.lostEpisodeValue)),
});

export const normaliseScoring = (s: ScenarioFile['scoring']): Scenario['scoring'] => ({
  union: {
    termsBp: bp(s.union.terms),
    lostPayBp: bp(s.union.lostPay),
    supportBp: bp(s.union.support),
    moraleBp: bp(s.union.morale),
    lostPayReferenceK: Math.max(1, k(s.union.lostPayReferenceM)),
  },
  employer: {
    termsBp: bp(s.employer.terms),
    strikeCostBp: bp(s.employer.strikeCost),
    harmBp: bp(s.employer.harm),
    blameBp: bp(s.employer.blame),
    strikeCostReferenceK: Math.max(1, k(s.employer.strikeCostReferenceM)),
    termsReferenceK: Math.max(1, k(s.employer.termsReferenceM)),
    harmReference: Math.max(1, num(s.employer.harmReference)),
  },
});
