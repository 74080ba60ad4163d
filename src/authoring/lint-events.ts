/**
 * Events and prompts that can never show: a date or week outside the game, a window outside it or with no
 * chance, a threshold no figure can reach (support above everyone with a view, a share below zero, more strike
 * days than the game has days); and thresholds already crossed at the start, which fire in week 0.
 */
import { isoFromDay, weekStart } from '../sim/calendar';
import { BP, mulBp } from '../sim/fixed';
import { compare as holds, figureValue as valueAtStart } from '../sim/events';
import { newGame } from '../sim/new-game';
import type { ThresholdFigure, Trigger } from '../sim/scenario/types';
import { warning, type Problem } from '../sim/scenario/problem';
import type { LintContext } from './lint-context';

/** The range a threshold figure can take, in its stored unit, and how to show a value of it. */
interface FigureRange {
  readonly min: number;
  readonly max: number;
  readonly show: (v: number) => string;
}

const ranges = (ctx: LintContext): Record<ThresholdFigure, FigureRange> => {
  const sc = ctx.scenario;
  const share = (v: number) => `${(v / 100).toFixed(1)}%`;
  const frac = (v: number) => (v / BP).toFixed(2);
  // Nobody without a view supports or opposes, so support cannot pass the weighted share of those engaged.
  const engagedMax = sc.opinion.groups.reduce((a, g) => a + mulBp(g.engagedMaxBp, g.weightBp), 0);
  return {
    support: { min: 0, max: engagedMax, show: share },
    oppose: { min: 0, max: engagedMax, show: share },
    harm: { min: 0, max: Number.MAX_SAFE_INTEGER, show: (v) => v.toLocaleString('en-GB') },
    morale: { min: 0, max: BP, show: frac },
    anger: { min: 0, max: BP, show: frac },
    salience: { min: 0, max: BP, show: frac },
    strikeDays: { min: 0, max: sc.horizonWeeks * 7, show: String },
    unitsLost: { min: 0, max: Number.MAX_SAFE_INTEGER, show: (v) => v.toLocaleString('en-GB') },
    revenueLost: { min: 0, max: Number.MAX_SAFE_INTEGER, show: (v) => `${(v / 1000).toLocaleString('en-GB')} million` },
    // Stock only ever falls from what the scenario starts with.
    stock: { min: 0, max: sc.harm.kind === 'lostOutput' ? sc.harm.inventoryUnits : 0, show: (v) => v.toLocaleString('en-GB') },
  };
};

/** Why a trigger can never fire, or null. */
const neverFires = (t: Trigger, horizon: number, range: Record<ThresholdFigure, FigureRange>, date: (week: number) => string): string | null => {
  switch (t.kind) {
    case 'week':
      if (t.week < 0) return `its date (${date(t.week)}) is before the game starts`;
      if (t.week >= horizon) return `it falls in week ${t.week} (${date(t.week)}), after the game ends in week ${horizon - 1}`;
      return null;
    case 'window':
      if (t.chanceBp === 0) return 'its chance per week is 0';
      if (t.toWeek < 0) return `its window ends (${date(t.toWeek)}) before the game starts`;
      if (t.fromWeek >= horizon) return `its window opens (${date(t.fromWeek)}) after the game ends`;
      return null;
    case 'threshold': {
      if (t.chanceBp === 0) return 'its chance per week is 0';
      const r = range[t.figure];
      const reachable = t.op === '<' ? r.min < t.value : t.op === '<=' ? r.min <= t.value : t.op === '>' ? r.max > t.value : r.max >= t.value;
      return reachable ? null : `${t.figure} ${t.op} ${r.show(t.value)} cannot happen: ${t.figure} stays between ${r.show(r.min)} and ${r.show(r.max)}`;
    }
  }
};

export const lintEvents = (ctx: LintContext): Problem[] => {
  const sc = ctx.scenario;
  const out: Problem[] = [];
  const range = ranges(ctx);
  const date = (week: number) => isoFromDay(weekStart(sc.startDay, week));
  const lastMonday = date(sc.horizonWeeks - 1);
  const start = newGame(sc, { seed: 'check', players: { union: 'ai', employer: 'ai' } });
  sc.events.forEach((event, i) => {
    const path = `events[${i}].trigger`;
    const why = neverFires(event.trigger, sc.horizonWeeks, range, date);
    if (why) {
      out.push(warning('event-never-fires', path, `the event "${event.id}" can never fire: ${why}`, `the game runs from ${date(0)} to the week of ${lastMonday}; move the trigger inside it, or remove the event`));
      return;
    }
    const t = event.trigger;
    if (t.kind === 'threshold') {
      const now = valueAtStart(start, t.figure);
      if (holds(now, t.op, t.value)) {
        out.push(
          warning(
            'event-fires-at-start',
            path,
            `the event "${event.id}" is already due at the start: ${t.figure} is ${range[t.figure].show(now)}, so ${t.figure} ${t.op} ${range[t.figure].show(t.value)} holds in week 0`,
            'set a threshold the game has to move toward, or use { week: 0 } if it should open the game',
          ),
        );
      }
    }
  });
  ctx.file.coach?.forEach((prompt, i) => {
    if ('week' in prompt && prompt.week >= sc.horizonWeeks) {
      out.push(warning('coach-after-end', `coach[${i}].week`, `the prompt "${prompt.title}" is for week ${prompt.week}, but the game ends after week ${sc.horizonWeeks - 1}`, `use a week from 0 to ${sc.horizonWeeks - 1}`));
    }
  });
  return out;
};
