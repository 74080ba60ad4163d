// The coach: a scenario's teaching prompts (the tutorial's `coach`), each shown on the Table at the start of its
// week until the player puts it away.
import type { Session } from '../store/types';

export interface CoachView {
  readonly week: number;
  /** "Coach · week 2 of 8" */
  readonly heading: string;
  readonly title: string;
  readonly text: string;
}

/** The prompt for the week in play, or null (none this week, or the game is over). */
export function coachView(session: Session): CoachView | null {
  const { state, scenario } = session;
  if (state.outcome) return null;
  const prompt = scenario.coach.find((c) => c.week === state.week);
  if (!prompt) return null;
  return {
    week: prompt.week,
    heading: `Coach · week ${prompt.week + 1} of ${scenario.horizonWeeks}`,
    title: prompt.title,
    text: prompt.text.trim().replace(/\s+/g, ' '),
  };
}

const dismissed = new WeakMap<object, Set<number>>();

/** Remembers that the player put this week's prompt away (for this game; a restart shows the prompts again). */
export function dismissCoach(session: Session, week: number): void {
  const weeks = dismissed.get(session.origin) ?? new Set<number>();
  weeks.add(week);
  dismissed.set(session.origin, weeks);
}

export const coachDismissed = (session: Session, week: number): boolean => dismissed.get(session.origin)?.has(week) ?? false;
