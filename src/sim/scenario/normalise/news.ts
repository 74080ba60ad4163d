/** People in the news and the coach's prompts: text the game shows, chosen by what happens; no effect on play. */
import type { NewsInput, ScenarioFile } from '../schema';
import type { CoachPrompt, NewsEntry, NewsTrigger } from '../types';
import { uniqueIds, type Resolver } from './context';

/** A figure's level as the engine keeps it: % of the public in bp, the harm level in its units as it is. */
const figureValue = (figure: string, value: number): number => (figure === 'harm' ? Math.round(value) : Math.round(value * 100));

const newsTrigger = (t: NewsInput['trigger']): NewsTrigger => {
  if ('on' in t) return { kind: 'event', on: t.on, side: t.side ?? null };
  if ('crosses' in t) return { kind: 'crosses', figure: t.figure, above: t.crosses === 'above', value: figureValue(t.figure, t.value) };
  if ('change' in t) return { kind: 'change', figure: t.figure, change: figureValue(t.figure, t.change), overWeeks: t.overWeeks };
  return { kind: 'scenarioEvent', id: t.scenarioEvent };
};

export const normaliseNews = (file: ScenarioFile, r: Resolver): NewsEntry[] => {
  const claimId = uniqueIds(r, 'news item', 'news');
  const events = new Set(file.events.map((e) => e.id));
  return (file.news ?? []).map((n, i) => {
    claimId(n.id, i);
    r.checkSource(n.source, ['news', i, 'source']);
    if ((n.source === undefined) === (n.invented === undefined)) {
      r.fail(['news', i], 'a news item must be either real, with a `source`, or marked `invented: true`', 'give exactly one of source and invented');
    }
    if ('scenarioEvent' in n.trigger && !events.has(n.trigger.scenarioEvent)) {
      r.fail(['news', i, 'trigger', 'scenarioEvent'], `no event has the id "${n.trigger.scenarioEvent}"`, 'use the id of an entry in events');
    }
    return { id: n.id, trigger: newsTrigger(n.trigger), voice: n.voice, who: n.who, text: n.text, source: n.source ?? null };
  });
};

/** Teaching prompts: those for a week in week order, then those waiting for something to happen. */
export const normaliseCoach = (file: ScenarioFile): CoachPrompt[] =>
  (file.coach ?? [])
    .map((c): CoachPrompt => ('week' in c ? { week: c.week, on: null, title: c.title, text: c.text } : { week: null, on: c.on, title: c.title, text: c.text }))
    .sort((a, b) => (a.week ?? Number.MAX_SAFE_INTEGER) - (b.week ?? Number.MAX_SAFE_INTEGER));
