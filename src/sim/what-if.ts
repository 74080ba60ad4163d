/**
 * What-if: fork a game at a week, change one side's decisions for that week, and play forward with the same
 * seed, so the same pre-rolled world (shocks, chances) meets the new path. The AI decides afresh from the fork;
 * a human side keeps its original moves for the later weeks (those that are still legal take effect), so the
 * comparison isolates the one decision that changed.
 */
import { newGame } from './new-game';
import { AI_CONTROLLER, playGame, scriptController, type Controller, type Controllers } from './play';
import { replayLog } from './replay-log';
import type { Action, GameState, SideId } from './types';
import type { Scenario } from './scenario/types';

export interface Fork {
  readonly state: GameState;
  readonly log: readonly Action[];
}

/** A side's own moves (its ends of turn left out: the driver ends its turn), as a script for the weeks given. */
const scriptOf = (side: SideId, weeks: readonly { readonly week: number; readonly actions: readonly Action[] }[]): Controller =>
  scriptController(weeks.map(({ week, actions }) => ({ week, actions: actions.filter((a) => a.side === side && a.type !== 'endTurn') })));

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
  const original = replayLog(newGame(scenario, { seed, players }), log).weeks.map((w) => ({ week: w.week, actions: w.actions.map((a) => a.action) }));
  const kept = original.filter((w) => w.week < week).flatMap((w) => w.actions);
  const fork = replayLog(newGame(scenario, { seed, players }), kept).state;
  const controllerOf = (who: SideId): Controller => (players[who].startsWith('ai:') ? AI_CONTROLLER : scriptOf(who, original));
  const base: Controllers = { union: controllerOf('union'), employer: controllerOf('employer') };
  const changed: Controllers = { ...base, [side]: scriptOf(side, [{ week, actions: replacement }]) };
  const played = playGame(fork, (start) => (start.week === week ? changed : base));
  return { state: played.state, log: [...kept, ...played.weeks.flatMap((w) => w.actions.map((a) => a.action))] };
};
