/**
 * Turns a schema-valid scenario file into the engine's integer Scenario, after the cross-field checks a schema
 * cannot express (unique ids, grids, references to sources and personas). Problems name the field path.
 */
import { dayFromCivil, isoFromDay, parseIsoDate, weekday, weekOfDay, type DayNumber } from '../calendar';
import { BP, toBp, toX100 } from '../fixed';
import { closest } from './explain';
import { figureSlots, formatPath, parsePath } from './figures';
import type { BallotRulesInput, EffectInput, FigureInput, ScenarioFile, TriggerInput } from './schema';
import type {
  BallotRules,
  CoachPrompt,
  Effect,
  HistoryItem,
  Issue,
  Persona,
  Provenance,
  Scenario,
  ScenarioEvent,
  SideInfo,
  StatementTone,
  Trigger,
} from './types';

export interface Problem {
  readonly path: (string | number)[];
  readonly message: string;
  readonly fix?: string;
}

const num = (f: FigureInput): number => (typeof f === 'number' ? f : f.value);
const bp = (f: FigureInput): number => toBp(num(f));
const k = (gbpM: FigureInput): number => Math.round(num(gbpM) * 1000);

/**
 * The provenance of every figure, keyed by its dotted path: what the figure says itself, filled in from the
 * `defaultProvenance` entry with the longest path above it.
 */
const collectProvenance = (file: ScenarioFile, problems: Problem[], sourceIds: ReadonlySet<string>): Record<string, Provenance> => {
  const defaults = (file.defaultProvenance ?? []).map((d, i) => {
    const path: (string | number)[] = ['defaultProvenance', i];
    const under = parsePath(d.under);
    if (!existsIn(file, under)) {
      problems.push({ path: [...path, 'under'], message: `"${d.under}" is not a field of this file`, fix: 'write a field path such as statements, opinion.groups or scoring.gov ("" for the whole file)' });
    }
    if (d.source === undefined && d.tag === undefined) problems.push({ path, message: 'a default provenance needs a source or a tag', fix: 'add source: <id> or tag: assumption' });
    return { under, provenance: provenanceOf(d) };
  });
  const out: Record<string, Provenance> = {};
  for (const slot of figureSlots(file)) {
    const fallback = defaults
      .filter((d) => d.under.length <= slot.path.length && d.under.every((part, j) => part === slot.path[j]))
      .reduce<{ under: (string | number)[]; provenance: Provenance } | null>((best, d) => (best === null || d.under.length >= best.under.length ? d : best), null);
    const own = slot.provenance ? provenanceOf(slot.provenance) : null;
    if (own?.source !== undefined && !sourceIds.has(own.source)) {
      problems.push({ path: [...slot.path], message: `the source "${own.source}" is not defined in sources`, fix: sourceFix(own.source, sourceIds) });
    }
    if (own || fallback) out[formatPath(slot.path)] = { ...fallback?.provenance, ...own };
  }
  return out;
};

const provenanceOf = (p: { source?: string | undefined; note?: string | undefined; tag?: string | undefined }): Provenance => {
  const out: { source?: string; note?: string; tag?: Provenance['tag'] } = {};
  if (typeof p.source === 'string') out.source = p.source;
  if (typeof p.note === 'string') out.note = p.note;
  if (typeof p.tag === 'string') out.tag = p.tag as Provenance['tag'];
  return out;
};

/** Whether the data has a value at `path`. */
const existsIn = (data: unknown, path: readonly (string | number)[]): boolean => {
  let node: unknown = data;
  for (const part of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return false;
    node = (node as Record<string | number, unknown>)[part];
  }
  return true;
};

/** "Did you mean …?" for a source id that is not defined. */
const sourceFix = (ref: string, sourceIds: ReadonlySet<string>): string => {
  const guess = closest(ref, [...sourceIds]);
  return guess ? `did you mean ${guess}?` : `add { id: ${ref}, publisher: …, date: YYYY-MM-DD } to sources`;
};

/** Expands a grid to its values, rounded to 9 decimals so 0.1-steps do not drift. */
const gridValues = (grid: ScenarioFile['issues'][number]['grid'], path: (string | number)[], problems: Problem[]): number[] => {
  if ('values' in grid) {
    const sorted = grid.values.every((v, i) => i === 0 || v > grid.values[i - 1]!);
    if (!sorted) problems.push({ path: [...path, 'values'], message: 'grid values must be strictly increasing', fix: 'list the values from smallest to largest, each once' });
    return [...grid.values];
  }
  if (grid.max <= grid.min) {
    problems.push({ path: [...path, 'max'], message: `grid max (${grid.max}) must be above min (${grid.min})`, fix: `make max larger than ${grid.min}, or swap min and max` });
    return [grid.min];
  }
  const steps = (grid.max - grid.min) / grid.step;
  if (Math.abs(steps - Math.round(steps)) > 1e-9) {
    problems.push({ path: [...path, 'step'], message: `the step ${grid.step} does not divide ${grid.min}..${grid.max} evenly`, fix: `choose a step that fits a whole number of times into ${grid.max - grid.min}, or move max` });
  }
  if (steps > 400) {
    problems.push({ path: [...path, 'step'], message: `the grid has ${Math.round(steps) + 1} levels; at most 401 are allowed`, fix: 'use a larger step' });
    return [grid.min, grid.max];
  }
  const values: number[] = [];
  for (let i = 0; i <= Math.round(steps); i += 1) values.push(Math.round((grid.min + i * grid.step) * 1e9) / 1e9);
  return values;
};

const indexOnGrid = (values: readonly number[], v: number): number => values.findIndex((g) => Math.abs(g - v) < 1e-9);

/** Linear interpolation over authored points (floats, at parse time only). */
const lerp = (points: readonly (readonly [number, number])[], x: number): number => {
  const sorted = [...points].sort((a, b) => a[0] - b[0]);
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  if (x <= first[0]) return first[1];
  if (x >= last[0]) return last[1];
  for (let i = 1; i < sorted.length; i += 1) {
    const b = sorted[i]!;
    const a = sorted[i - 1]!;
    if (x <= b[0]) return b[0] === a[0] ? b[1] : a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0]);
  }
  return last[1];
};

/** Splits 10000 in proportion to the weights, by largest remainder, so the parts sum exactly. */
const apportion = (weights: readonly number[]): number[] => {
  const total = weights.reduce((a, b) => a + b, 0);
  if (total <= 0) return weights.map((_, i) => (i === 0 ? BP : 0));
  const raw = weights.map((w) => (w * BP) / total);
  const parts = raw.map(Math.floor);
  let left = BP - parts.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => ({ i, rem: r - Math.floor(r) })).sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i]! += 1;
    left -= 1;
  }
  return parts;
};

const rules = (r: BallotRulesInput): BallotRules => ({
  noticeDays: num(r.noticeDays),
  mandateDays: num(r.mandateDays),
  turnoutThresholdBp: r.turnoutThreshold === null ? null : bp(r.turnoutThreshold),
  entitledYesThresholdBp: r.entitledYesThreshold === null ? null : bp(r.entitledYesThreshold),
});

const effect = (e: EffectInput): Effect => ({
  supportBp: e.support === undefined ? 0 : Math.round(num(e.support) * 100),
  salienceBp: e.salience === undefined ? 0 : bp(e.salience),
  blameBp: e.blame === undefined ? 0 : bp(e.blame),
  angerBp: e.anger === undefined ? 0 : bp(e.anger),
  moraleBp: e.morale === undefined ? 0 : bp(e.morale),
  capacityFactorBp: e.capacityFactor === undefined ? null : bp(e.capacityFactor),
  capacityWeeks: e.capacityWeeks === undefined ? 0 : num(e.capacityWeeks),
});

const THRESHOLD_SCALE: Record<string, (v: number) => number> = {
  support: (v) => Math.round(v * 100),
  oppose: (v) => Math.round(v * 100),
  salience: toBp,
  morale: toBp,
  anger: toBp,
  waitingList: Math.round,
  strikeDays: Math.round,
};

export const normaliseScenario = (file: ScenarioFile): { scenario: Scenario | null; problems: Problem[] } => {
  const problems: Problem[] = [];
  const day = (iso: string, path: (string | number)[]): DayNumber => {
    const d = parseIsoDate(iso);
    if (d === null) {
      problems.push({ path, message: `"${iso}" is not a real calendar date`, fix: 'check the day and month (YYYY-MM-DD)' });
      return dayFromCivil(2000, 1, 3);
    }
    return d;
  };

  const startDay = day(file.start, ['start']);
  if (weekday(startDay) !== 0) problems.push({ path: ['start'], message: `the start ${file.start} must be a Monday (weeks run Monday to Sunday)`, fix: `use ${isoFromDay(startDay - weekday(startDay))}, the Monday of that week` });
  const weekOf = (iso: string, path: (string | number)[]) => weekOfDay(startDay, day(iso, path));

  const sourceIds = new Set<string>();
  file.sources.forEach((s, i) => {
    if (sourceIds.has(s.id)) problems.push({ path: ['sources', i, 'id'], message: `the source id "${s.id}" is used twice`, fix: 'give each source its own id' });
    sourceIds.add(s.id);
    day(s.date, ['sources', i, 'date']);
  });

  const provenance = collectProvenance(file, problems, sourceIds);
  const checkSource = (ref: string | undefined, path: (string | number)[]) => {
    if (ref !== undefined && !sourceIds.has(ref)) problems.push({ path, message: `the source "${ref}" is not defined in sources`, fix: sourceFix(ref, sourceIds) });
  };

  // Real history and teaching prompts: content for the debrief and the tutorial, checked but not played.
  const history: HistoryItem[] = (file.history ?? []).map((h, i) => {
    checkSource(h.source, ['history', i, 'source']);
    return { date: h.date, day: day(h.date, ['history', i, 'date']), title: h.title, detail: h.detail ?? null, source: h.source };
  });
  const coach: CoachPrompt[] = (file.coach ?? []).map((c) => ({ week: c.week, title: c.title, text: c.text })).sort((a, b) => a.week - b.week);

  // Issues and their grids.
  const issueIds = new Set<string>();
  const issues: Issue[] = file.issues.map((issue, i) => {
    const path = ['issues', i];
    if (issueIds.has(issue.id)) problems.push({ path: [...path, 'id'], message: `the issue id "${issue.id}" is used twice`, fix: 'give each issue its own id' });
    issueIds.add(issue.id);
    checkSource(issue.source, [...path, 'source']);
    const values = gridValues(issue.grid, [...path, 'grid'], problems);
    const statusQuo = indexOnGrid(values, issue.statusQuo);
    if (statusQuo < 0) problems.push({ path: [...path, 'statusQuo'], message: `the status quo ${issue.statusQuo} is not on the issue's grid`, fix: `use one of ${values.slice(0, 5).join(', ')}${values.length > 5 ? ', …' : ''}` });
    const sqCost = lerp(issue.govCostGBPmPerYear, issue.statusQuo);
    return {
      id: issue.id,
      label: issue.label,
      unit: issue.unit,
      description: issue.description,
      values,
      statusQuo: Math.max(0, statusQuo),
      bmaValueBp: values.map((v) => Math.max(-BP, Math.min(BP, toBp(lerp(issue.bmaValue, v))))),
      bmaWeightBp: 0,
      govCostK: values.map((v) => Math.round((lerp(issue.govCostGBPmPerYear, v) - sqCost) * 1000)),
      readAcross: issue.readAcross,
    };
  });
  const weights = apportion(file.issues.map((issue) => num(issue.bmaWeight)));
  const weightedIssues = issues.map((issue, i) => ({ ...issue, bmaWeightBp: weights[i]! }));

  // Personas and sides.
  const personaIds = new Set<string>();
  const personas: Persona[] = file.personas.map((p, i) => {
    if (personaIds.has(p.id)) problems.push({ path: ['personas', i, 'id'], message: `the persona id "${p.id}" is used twice`, fix: 'give each persona its own id' });
    personaIds.add(p.id);
    return {
      id: p.id,
      label: p.label,
      description: p.description,
      concessionX100: toX100(p.concession),
      reciprocityBp: toBp(p.reciprocity),
      strikeAppetite: p.strikeAppetite,
    };
  });
  const side = (key: 'bma' | 'gov'): SideInfo => {
    const s = file.sides[key];
    s.personas.forEach((p, i) => {
      if (!personaIds.has(p)) problems.push({ path: ['sides', key, 'personas', i], message: `the persona "${p}" is not defined in personas`, fix: `define it under personas, or use one of ${[...personaIds].join(', ')}` });
    });
    if (!s.personas.includes(s.defaultPersona)) {
      problems.push({ path: ['sides', key, 'defaultPersona'], message: `the default persona "${s.defaultPersona}" is not one of this side's personas`, fix: `use one of ${s.personas.join(', ')}` });
    }
    let openingOffer: number[] | null = null;
    if (s.openingOffer) {
      openingOffer = issues.map((issue) => issue.statusQuo);
      for (const [issueId, value] of Object.entries(s.openingOffer)) {
        const i = issues.findIndex((issue) => issue.id === issueId);
        if (i < 0) problems.push({ path: ['sides', key, 'openingOffer', issueId], message: `"${issueId}" is not an issue id`, fix: `the issue ids are ${issues.map((x) => x.id).join(', ')}` });
        else {
          const idx = indexOnGrid(issues[i]!.values, value);
          if (idx < 0) problems.push({ path: ['sides', key, 'openingOffer', issueId], message: `${value} is not on the grid of "${issueId}"`, fix: `use a level of its grid (${issues[i]!.values.slice(0, 5).join(', ')}${issues[i]!.values.length > 5 ? ', …' : ''})` });
          else openingOffer[i] = idx;
        }
      }
    }
    return { name: s.name, shortName: s.shortName, brief: s.brief, personas: s.personas, defaultPersona: s.defaultPersona, openingOffer };
  };

  // Opinion groups.
  const groupWeight = file.opinion.groups.reduce((a, g) => a + num(g.weight), 0);
  if (Math.abs(groupWeight - 1) > 0.001) problems.push({ path: ['opinion', 'groups'], message: `group weights sum to ${groupWeight.toFixed(3)}; they must sum to 1`, fix: 'make the weights shares of the population that add up to 1' });
  const groupWeights = apportion(file.opinion.groups.map((g) => num(g.weight)));
  const groups = file.opinion.groups.map((g, i) => {
    if (num(g.support) + num(g.oppose) > 1) problems.push({ path: ['opinion', 'groups', i], message: 'support plus oppose must not exceed 1', fix: 'lower support or oppose; the rest of the group is neutral' });
    if (num(g.engagedMin) > num(g.engagedMax)) problems.push({ path: ['opinion', 'groups', i, 'engagedMin'], message: 'engagedMin must not exceed engagedMax', fix: 'swap engagedMin and engagedMax' });
    return {
      id: g.id,
      label: g.label,
      weightBp: groupWeights[i]!,
      supportBp: bp(g.support),
      opposeBp: bp(g.oppose),
      engagedMinBp: bp(g.engagedMin),
      engagedMaxBp: bp(g.engagedMax),
    };
  });
  const blame = file.opinion.blame;
  if (num(blame.government) + num(blame.equal) + num(blame.doctors) > 1) problems.push({ path: ['opinion', 'blame'], message: 'blame shares must not sum to more than 1', fix: 'lower government, equal or doctors; the rest do not know' });
  const headline = issues[0]!;
  const reasonablePayIndex = indexOnGrid(headline.values, blame.reasonablePay);
  if (reasonablePayIndex < 0) problems.push({ path: ['opinion', 'blame', 'reasonablePay'], message: `${blame.reasonablePay} is not on the grid of "${headline.id}"`, fix: `use a level of the grid of "${headline.id}", the first issue` });

  // Pay memory at week 0: each past award decays weekly from its date.
  const memory = file.opinion.payMemory;
  const retainedBp = bp(memory.retainedPerWeek);
  let payMemoryInitialX100 = 0;
  memory.awards.forEach((award, i) => {
    checkSource(award.source, ['opinion', 'payMemory', 'awards', i, 'source']);
    const weeksAgo = -weekOf(award.date, ['opinion', 'payMemory', 'awards', i, 'date']);
    let x = toX100(award.percent);
    for (let w = 0; w < Math.min(weeksAgo, 1000); w += 1) x = Math.round((x * retainedBp) / BP);
    if (weeksAgo >= 0) payMemoryInitialX100 += x;
  });

  const m = file.members;
  if (num(m.resistanceFloorMin) > num(m.resistanceFloorMax)) problems.push({ path: ['members', 'resistanceFloorMin'], message: 'the floor minimum must not exceed its maximum', fix: 'swap resistanceFloorMin and resistanceFloorMax' });
  if (num(m.participation.min) > num(m.participation.max)) problems.push({ path: ['members', 'participation', 'min'], message: 'participation min must not exceed max', fix: 'swap min and max' });
  if (num(file.costs.readAcrossMin) > num(file.costs.readAcrossMax)) problems.push({ path: ['costs', 'readAcrossMin'], message: 'readAcrossMin must not exceed readAcrossMax', fix: 'swap readAcrossMin and readAcrossMax' });

  // Events.
  const eventIds = new Set<string>();
  const trigger = (t: TriggerInput, path: (string | number)[]): Trigger => {
    if ('date' in t) return { kind: 'week', week: weekOf(t.date, [...path, 'date']) };
    if ('week' in t) return { kind: 'week', week: num(t.week) };
    if ('from' in t) {
      const fromWeek = weekOf(t.from, [...path, 'from']);
      const toWeek = weekOf(t.to, [...path, 'to']);
      if (toWeek < fromWeek) problems.push({ path: [...path, 'to'], message: 'the window ends before it starts', fix: 'swap from and to' });
      return { kind: 'window', fromWeek, toWeek, chanceBp: bp(t.chancePerWeek) };
    }
    const scale = THRESHOLD_SCALE[t.when.figure]!;
    return { kind: 'threshold', figure: t.when.figure, op: t.when.op, value: scale(t.when.value), chanceBp: t.chancePerWeek === undefined ? BP : bp(t.chancePerWeek) };
  };
  const events: ScenarioEvent[] = file.events.map((e, i) => {
    if (eventIds.has(e.id)) problems.push({ path: ['events', i, 'id'], message: `the event id "${e.id}" is used twice`, fix: 'give each event its own id' });
    eventIds.add(e.id);
    checkSource(e.source, ['events', i, 'source']);
    return { id: e.id, headline: e.headline, detail: e.detail ?? null, trigger: trigger(e.trigger, ['events', i, 'trigger']), effect: effect(e.effects), source: e.source ?? null };
  });

  const tones = (s: ScenarioFile['statements']['bma']): Record<StatementTone, Effect> => ({
    conciliatory: effect(s.conciliatory),
    firm: effect(s.firm),
    hardline: effect(s.hardline),
  });

  const init = file.initial;
  const law = file.law;
  const scenario: Scenario = {
    formatVersion: file.formatVersion,
    id: file.id,
    version: file.version,
    title: file.title,
    summary: file.summary,
    startDay,
    horizonWeeks: file.horizonWeeks,
    sources: file.sources,
    sides: { bma: side('bma'), gov: side('gov') },
    personas,
    issues: weightedIssues,
    law: {
      name: law.name,
      ballotWindowWeeks: num(law.ballotWindowWeeks),
      maxStrikeDaysPerCall: num(law.maxStrikeDaysPerCall),
      collapseAfterFailedBallots: num(law.collapseAfterFailedBallots),
      rules: rules(law.rules),
      reform: law.reform?.enabled ? { name: law.reform.name, fromDay: day(law.reform.from, ['law', 'reform', 'from']), rules: rules(law.reform.rules) } : null,
    },
    initial: {
      mandateValidUntil: init.mandateValidUntil === null ? null : day(init.mandateValidUntil, ['initial', 'mandateValidUntil']),
      mandateBallot:
        init.mandateBallot === null
          ? null
          : {
              opened: day(init.mandateBallot.opened, ['initial', 'mandateBallot', 'opened']),
              closed: day(init.mandateBallot.closed, ['initial', 'mandateBallot', 'closed']),
              turnoutBp: bp(init.mandateBallot.turnout),
              yesBp: bp(init.mandateBallot.yes),
            },
      ballotsHeld: num(init.ballotsHeld),
      moraleBp: bp(init.morale),
      angerBp: bp(init.anger),
      strikeFundK: k(init.strikeFundGBPm),
      mitigationLevel: num(init.mitigationLevel),
      budgetHeadroomK: k(init.budgetHeadroomGBPm),
    },
    members: {
      entitled: num(m.entitled),
      dailyPayGBP: Math.round(num(m.dailyPayGBP)),
      resistanceOpeningX100: toX100(num(m.resistanceOpeningPay)),
      resistanceFloorMinX100: toX100(num(m.resistanceFloorMin)),
      resistanceFloorMaxX100: toX100(num(m.resistanceFloorMax)),
      resistanceRetainedBp: bp(m.resistanceRetainedPerStrikeDay),
      morale: {
        anchorBp: bp(m.morale.anchor),
        reversionBp: bp(m.morale.reversionPerWeek),
        perStrikeDayBp: bp(m.morale.perStrikeDay),
        perSupportPointBp: bp(m.morale.perSupportPointAbove35),
      },
      anger: { anchorBp: bp(m.anger.anchor), reversionBp: bp(m.anger.reversionPerWeek) },
      participation: {
        minBp: bp(m.participation.min),
        maxBp: bp(m.participation.max),
        moraleWeightBp: bp(m.participation.moraleWeight),
        noFundFactorBp: bp(m.participation.noFundFactor),
      },
      fund: { claimShareBp: bp(m.fund.claimShare), coverageBp: bp(m.fund.coverage), donationsKPerWeek: Math.round(num(m.fund.donationsGBPkPerWeek)) },
    },
    ballot: {
      turnoutBaseBp: bp(file.ballot.turnoutBase),
      turnoutPerMoraleBp: bp(file.ballot.turnoutPerMorale),
      turnoutPerAngerBp: bp(file.ballot.turnoutPerAnger),
      turnoutDecayPerBallotBp: bp(file.ballot.turnoutDecayPerBallot),
      turnoutFloorBp: bp(file.ballot.turnoutFloor),
      turnoutNoiseBp: bp(file.ballot.turnoutNoise),
      yesBaseBp: bp(file.ballot.yesBase),
      yesPerAngerBp: bp(file.ballot.yesPerAnger),
      yesNoiseBp: bp(file.ballot.yesNoise),
      referenceMoraleBp: bp(file.ballot.referenceMorale),
      referenceAngerBp: bp(file.ballot.referenceAnger),
    },
    referendum: {
      weeks: num(file.referendum.weeks),
      passMarkBp: bp(file.referendum.passMark),
      yesAtResistanceBp: bp(file.referendum.yesAtResistance),
      yesPerTenthUtilityBp: bp(file.referendum.yesPerTenthUtility),
      recommendationBonusBp: bp(file.referendum.recommendationBonus),
    },
    nhs: {
      waitingList: num(file.nhs.waitingList),
      referralsPerWeek: num(file.nhs.referralsPerWeek),
      capacityPerWeek: num(file.nhs.capacityPerWeek),
      removalsBp: bp(file.nhs.removalsSharePerWeek),
      plannedEpisodesPerWeekday: num(file.nhs.plannedEpisodesPerWeekday),
      weekendFactorBp: [bp(file.nhs.weekendFactor[0]), bp(file.nhs.weekendFactor[1])],
      lostShareAtReferenceBp: bp(file.nhs.lostShareAtReference),
      referenceParticipationBp: bp(file.nhs.referenceParticipation),
      unbookedBp: bp(file.nhs.unbookedShare),
      clockStopsPerCancellationBp: bp(file.nhs.clockStopsPerCancellation),
      rebookShareBp: bp(file.nhs.rebookSharePerWeek),
      winterMonths: file.nhs.winterMonths,
      winterCapacityBp: bp(file.nhs.winterCapacityFactor),
      christmasReferralBp: bp(file.nhs.christmasReferralFactor),
      christmasCapacityBp: bp(file.nhs.christmasCapacityFactor),
      catchUpCostPerEpisodeGBP: Math.round(num(file.nhs.catchUpCostPerEpisodeGBP)),
      catchUpMaxEpisodesPerWeek: num(file.nhs.catchUpMaxEpisodesPerWeek),
    },
    mitigation: {
      extraCostKPerDayAt100: k(file.mitigation.extraCostGBPmPerDayAt100),
      safetyRiskFromLevel: num(file.mitigation.safetyRiskFromLevel),
      safetyRiskPerLevelBp: bp(file.mitigation.safetyRiskPerLevel),
      angerPerLevelAbove50Bp: bp(file.mitigation.angerPerLevelAbove50),
    },
    costs: {
      strikeDayKAtReference: k(file.costs.strikeDayGBPmAtReference),
      horizonYears: num(file.costs.horizonYears),
      readAcrossMinBp: bp(file.costs.readAcrossMin),
      readAcrossMaxBp: bp(file.costs.readAcrossMax),
      planningWeeks: num(file.costs.planningWeeks),
      expectedStrikeDaysPerWeekX100: toX100(num(file.costs.expectedStrikeDaysPerWeek)),
      mandateRenewalChanceBp: bp(file.costs.mandateRenewalChance),
      politicalCostKPerWeekAtFull: k(file.costs.politicalCostGBPmPerWeekAtFullPressure),
      pressureWeights: {
        blameBp: bp(file.costs.pressureWeights.blame),
        supportBp: bp(file.costs.pressureWeights.support),
        waitingListBp: bp(file.costs.pressureWeights.waitingList),
      },
      waitingListPressureAt: Math.max(1, num(file.costs.waitingListPressureAt)),
    },
    opinion: {
      groups,
      reversionBp: bp(file.opinion.reversionPerWeek),
      salience: {
        initialBp: bp(file.opinion.salience.initial),
        anchorBp: bp(file.opinion.salience.anchor),
        reversionBp: bp(file.opinion.salience.reversionPerWeek),
        perStrikeDayBp: bp(file.opinion.salience.perStrikeDay),
      },
      payMemoryInitialX100,
      payMemoryRetainedBp: retainedBp,
      payMemoryNetBpPerPercent: Math.round(num(memory.netPointsPerPercent) * 100),
      fatigue: {
        retainedBp: bp(file.opinion.fatigue.retainedPerWeek),
        netBpPerStrikeDay: Math.round(num(file.opinion.fatigue.netPointsPerStrikeDay) * 100),
        winterMultiplierBp: bp(file.opinion.fatigue.winterMultiplier),
      },
      disruption: {
        retainedBp: bp(file.opinion.disruption.retainedPerWeek),
        netBpPer10k: Math.round(num(file.opinion.disruption.netPointsPer10kCancellations) * 100),
      },
      blame: {
        governmentBp: bp(blame.government),
        equalBp: bp(blame.equal),
        doctorsBp: bp(blame.doctors),
        reversionBp: bp(blame.reversionPerWeek),
        netBpPerBlameBp: Math.round(num(blame.netPointsPerBlame) * 100),
        reasonablePayIndex: Math.max(0, reasonablePayIndex),
      },
      media: { retainedBp: bp(file.opinion.media.retainedPerWeek), durableBp: bp(file.opinion.media.durableShare) },
    },
    statements: { bma: tones(file.statements.bma), gov: tones(file.statements.gov) },
    reactions: {
      rejectedReasonableOffer: effect(file.reactions.rejectedReasonableOffer),
      imposedAward: effect(file.reactions.imposedAward),
      safetyStory: effect(file.reactions.safetyStory),
      failedReferendum: effect(file.reactions.failedReferendum),
    },
    events,
    scoring: {
      bma: {
        termsBp: bp(file.scoring.bma.terms),
        lostPayBp: bp(file.scoring.bma.lostPay),
        supportBp: bp(file.scoring.bma.support),
        moraleBp: bp(file.scoring.bma.morale),
        lostPayReferenceK: Math.max(1, k(file.scoring.bma.lostPayReferenceGBPm)),
      },
      gov: {
        termsBp: bp(file.scoring.gov.terms),
        strikeCostBp: bp(file.scoring.gov.strikeCost),
        waitingListBp: bp(file.scoring.gov.waitingList),
        blameBp: bp(file.scoring.gov.blame),
        strikeCostReferenceK: Math.max(1, k(file.scoring.gov.strikeCostReferenceGBPm)),
        termsReferenceK: Math.max(1, k(file.scoring.gov.termsReferenceGBPm)),
        waitingListReference: Math.max(1, num(file.scoring.gov.waitingListReference)),
      },
    },
    provenance,
    history: [...history].sort((a, b) => a.day - b.day),
    coach,
  };
  return { scenario: problems.length === 0 ? scenario : null, problems };
};
