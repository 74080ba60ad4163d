/**
 * Format 2's first spellings, still read as aliases: keys named after one harm model (`waitingList` where any
 * model's harm is meant) or one currency (`GBP`, `GBPm`, `GBPk`). Files written before the rename load
 * unchanged, with a checker warning at each old key; `npm run scenario:migrate` rewrites them. The format 1
 * migration (v1/) still writes these first spellings, and this table carries them on like any format 2 file's.
 * This folder keeps the old names on purpose: fmt-codemod.sh leaves it alone.
 */

/** A key respelled where it sits under `parent` (`*` stands for any list index). */
export interface RespelledKey {
  readonly parent: readonly string[];
  readonly old: string;
  readonly now: string;
}

/** A value respelled in the field `key` of a mapping under `parent` (a figure's name in a trigger). */
export interface RespelledValue extends RespelledKey {
  readonly key: string;
}

export const RESPELLED_KEYS: readonly RespelledKey[] = [
  // The harm level, read by pressure and scoring whatever the harm model.
  { parent: ['costs'], old: 'waitingListPressureAt', now: 'harmPressureAt' },
  { parent: ['costs', 'pressureWeights'], old: 'waitingList', now: 'harm' },
  { parent: ['scoring', 'employer'], old: 'waitingList', now: 'harm' },
  { parent: ['scoring', 'employer'], old: 'waitingListReference', now: 'harmReference' },
  // Money, in the scenario's currency (vocabulary.currency): M for millions, K for thousands, nothing for units.
  { parent: ['issues', '*'], old: 'employerCostGBPmPerYear', now: 'employerCostMPerYear' },
  { parent: ['initial'], old: 'strikeFundGBPm', now: 'strikeFundM' },
  { parent: ['initial'], old: 'budgetHeadroomGBPm', now: 'budgetHeadroomM' },
  { parent: ['members'], old: 'dailyPayGBP', now: 'dailyPay' },
  { parent: ['members', 'fund'], old: 'donationsGBPkPerWeek', now: 'donationsKPerWeek' },
  { parent: ['harm'], old: 'catchUpCostPerEpisodeGBP', now: 'catchUpCostPerEpisode' },
  { parent: ['harm'], old: 'valuePerUnitLostGBP', now: 'valuePerUnitLost' },
  { parent: ['harm'], old: 'marginPerUnitGBP', now: 'marginPerUnit' },
  { parent: ['harm'], old: 'inventoryCostPerUnitGBP', now: 'inventoryCostPerUnit' },
  { parent: ['harm'], old: 'catchUpCostPerUnitGBP', now: 'catchUpCostPerUnit' },
  { parent: ['mitigation'], old: 'extraCostGBPmPerDayAt100', now: 'extraCostMPerDayAt100' },
  { parent: ['costs'], old: 'strikeDayGBPmAtReference', now: 'strikeDayMAtReference' },
  { parent: ['costs'], old: 'politicalCostGBPmPerWeekAtFullPressure', now: 'politicalCostMPerWeekAtFullPressure' },
  { parent: ['costs'], old: 'lostEpisodeValueGBP', now: 'lostEpisodeValue' },
  { parent: ['scoring', 'union'], old: 'lostPayReferenceGBPm', now: 'lostPayReferenceM' },
  { parent: ['scoring', 'employer'], old: 'strikeCostReferenceGBPm', now: 'strikeCostReferenceM' },
  { parent: ['scoring', 'employer'], old: 'termsReferenceGBPm', now: 'termsReferenceM' },
];

/** The harm level as a figure an event or a news item watches. */
export const RESPELLED_VALUES: readonly RespelledValue[] = [
  { parent: ['events', '*', 'trigger', 'when'], key: 'figure', old: 'waitingList', now: 'harm' },
  { parent: ['news', '*', 'trigger'], key: 'figure', old: 'waitingList', now: 'harm' },
  { parent: ['news', '*'], key: 'voice', old: 'patients', now: 'public' },
];
