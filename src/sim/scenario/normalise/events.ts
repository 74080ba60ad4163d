/** What moves opinion and morale: effects of events, statements and reactions, and when each event fires. */
import { BP, toBp } from '../../fixed';
import type { EffectInput, ScenarioFile, TriggerInput } from '../schema';
import { HARM_FIGURE_MODELS, HARM_FIGURES, type Effect, type HarmFigure, type HarmKind, type Scenario, type ScenarioEvent, type StatementTone, type Trigger } from '../types';
import { uniqueIds, type Resolver } from './context';
import { bp, num, points } from './units';

const normaliseEffect = (e: EffectInput): Effect => ({
  supportBp: e.support === undefined ? 0 : points(e.support),
  salienceBp: e.salience === undefined ? 0 : bp(e.salience),
  blameBp: e.blame === undefined ? 0 : bp(e.blame),
  angerBp: e.anger === undefined ? 0 : bp(e.anger),
  moraleBp: e.morale === undefined ? 0 : bp(e.morale),
  capacityFactorBp: e.capacityFactor === undefined ? null : bp(e.capacityFactor),
  capacityWeeks: e.capacityWeeks === undefined ? 0 : num(e.capacityWeeks),
});

/** A threshold is written in the figure's own unit; the engine compares it in its integer unit. */
const THRESHOLD_SCALE: Record<string, (v: number) => number> = {
  support: (v) => Math.round(v * 100),
  oppose: (v) => Math.round(v * 100),
  salience: toBp,
  morale: toBp,
  anger: toBp,
  harm: Math.round,
  strikeDays: Math.round,
  unitsLost: Math.round,
  revenueLost: (v) => Math.round(v * 1000), // written in millions of the currency, kept in thousands
  stock: Math.round,
};

/** A trigger may follow a harm model's own figure only when the scenario's harm model keeps it. */
export const checkHarmFigure = (figure: string, kind: HarmKind, path: readonly (string | number)[], r: Resolver): void => {
  if (!(HARM_FIGURES as readonly string[]).includes(figure)) return;
  const models = HARM_FIGURE_MODELS[figure as HarmFigure];
  if (models.includes(kind)) return;
  const usable = HARM_FIGURES.filter((f) => HARM_FIGURE_MODELS[f].includes(kind));
  r.fail(path, `the figure ${figure} is kept only by the ${models.join(' and ')} harm model${models.length === 1 ? '' : 's'}, and this scenario's harm.kind is ${kind}`, `use harm (the harm level) or a figure the ${kind} model keeps: ${usable.join(', ')}`);
};

const trigger = (t: TriggerInput, path: readonly (string | number)[], r: Resolver, kind: HarmKind): Trigger => {
  if ('date' in t) return { kind: 'week', week: r.weekOf(t.date, [...path, 'date']) };
  if ('week' in t) return { kind: 'week', week: num(t.week) };
  if ('from' in t) {
    const fromWeek = r.weekOf(t.from, [...path, 'from']);
    const toWeek = r.weekOf(t.to, [...path, 'to']);
    if (toWeek < fromWeek) r.fail([...path, 'to'], 'the window ends before it starts', 'swap from and to');
    return { kind: 'window', fromWeek, toWeek, chanceBp: bp(t.chancePerWeek) };
  }
  checkHarmFigure(t.when.figure, kind, [...path, 'when', 'figure'], r);
  const scale = THRESHOLD_SCALE[t.when.figure]!;
  return { kind: 'threshold', figure: t.when.figure, op: t.when.op, value: scale(t.when.value), chanceBp: t.chancePerWeek === undefined ? BP : bp(t.chancePerWeek) };
};

export const normaliseEvents = (events: ScenarioFile['events'], kind: HarmKind, r: Resolver): ScenarioEvent[] => {
  const claimId = uniqueIds(r, 'event', 'events');
  return events.map((e, i) => {
    claimId(e.id, i);
    r.checkSource(e.source, ['events', i, 'source']);
    return { id: e.id, headline: e.headline, detail: e.detail ?? null, trigger: trigger(e.trigger, ['events', i, 'trigger'], r, kind), effect: normaliseEffect(e.effects), source: e.source ?? null };
  });
};

const tones = (s: ScenarioFile['statements']['union']): Record<StatementTone, Effect> => ({
  conciliatory: normaliseEffect(s.conciliatory),
  firm: normaliseEffect(s.firm),
  hardline: normaliseEffect(s.hardline),
});

export const normaliseStatements = (statements: ScenarioFile['statements']): Scenario['statements'] => ({ union: tones(statements.union), employer: tones(statements.employer) });

export const normaliseReactions = (reactions: ScenarioFile['reactions']): Scenario['reactions'] => ({
  rejectedReasonableOffer: normaliseEffect(reactions.rejectedReasonableOffer),
  imposedAward: normaliseEffect(reactions.imposedAward),
  safetyStory: normaliseEffect(reactions.safetyStory),
  failedReferendum: normaliseEffect(reactions.failedReferendum),
});
