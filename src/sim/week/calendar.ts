/** 0 CALENDAR: the scenario's events due this week fire, and their effects join the week's sums. */
import { firingEvents } from '../events';
import type { SimEvent } from '../types';
import { withEffect, type Phase, type WeekNotes } from './types';

export const calendarPhase: Phase = (week) => {
  const fired = firingEvents(week.start);
  let notes: WeekNotes = { ...week.notes, fired };
  const events: SimEvent[] = [];
  for (const e of fired) {
    events.push({ type: 'scenarioEvent', id: e.id, headline: e.headline });
    notes = withEffect(notes, e.effect);
  }
  return { week: { ...week, notes }, events };
};
