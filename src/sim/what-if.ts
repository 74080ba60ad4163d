/**
 * What-if: fork a game at a week, change one side's decisions for that week, and play forward with the same
 * seed, so the same pre-rolled world (shocks, chances) meets the new path. The AI decides afresh from the fork;
 * a human side keeps its original moves for the later weeks (those that are still legal take effect), so the
 * comparison isolates the one decision that changed.
 */
import { decide } from './ai/decide';
import { replay } from './replay';
import { step } from './step';
import type { Action, GameState, SideId } from './types';
import type { Scenario } from './scenario/types';

export interface Fork {
  readonly state: GameState;
  readonly log: readonly Action[];
}

/** The log's actions grouped by the week in which they were taken. */
const byWeek = (scenario: Scenario, seed: string, players: Readonly<Record<SideId, string>>, log: readonly Action[]): Action[][] => {
  const weeks: Action[][] = [];
  let s = replay(scenario, seed, players, []);
  for (const action of log) {
    (weeks[s.week] ??= []).push(action);
    s = step(s, action).state;
  }
  return weeks;
};

/**
 * Replays `log` up to the start of `week`, plays `side`'s `replacement` moves that week (its end of turn is
 * added), then plays on to the end: AI sides decide again, human sides reuse their original later moves.
 */
export const whatIf = (
  scenario: Scenario,
  seed: string,
  players: Readonly<Record<SideId, string>>,
  log: readonly Action[],
  week: number,
  side: SideId,
  replacement: readonly Action[],
): Fork => {
  const weeks = byWeek(scenario, seed, players, log);
  const out: Action[] = weeks.slice(0, week).flat();
  let s = replay(scenario, seed, players, out);
  const play = (action: Action) => {
    s = step(s, action).state;
    out.push(action);
  };
  while (!s.outcome) {
    const w = s.week;
    const start = s;
    for (const who of ['bma', 'gov'] as const) {
      const changed = w === week && who === side;
      if (!changed && players[who].startsWith('ai:')) {
        for (const d of decide(start, who)) play(d.action);
        continue;
      }
      const moves = changed ? replacement : (weeks[w] ?? []);
      for (const a of moves) if (a.side === who && a.type !== 'endTurn') play(a);
      play({ side: who, type: 'endTurn' });
    }
    if (s.week === w && !s.outcome) break; // the week did not resolve: nothing more can happen
  }
  return { state: s, log: out };
};
