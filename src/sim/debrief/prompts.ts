/**
 * Reflection prompts tied to the concepts a class studies (BATNA and the zone of agreement, concession
 * strategy, the costs of conflict, the two-level game of ratification), chosen by what happened in the game.
 */
import type { Scenario } from '../scenario/types';
import type { GameState } from '../types';

/** `zoneWeeks`: how many weeks had a zone of agreement, so a prompt never asks about one that never opened. */
export const reflectionPrompts = (scenario: Scenario, final: GameState, zoneWeeks: number): string[] => {
  const prompts: string[] = [];
  const kind = final.outcome?.kind;
  const headline = scenario.issues[0]!.label.toLowerCase();
  prompts.push('What was your BATNA at the start, and which of your moves improved or weakened it? Look at your walk-away line over time.');
  if (kind === 'deal') {
    prompts.push(`The deal landed where it did on ${headline}. Was it inside the zone of agreement from the start, or did the zone only open later? What opened it?`);
  } else if (zoneWeeks > 0) {
    prompts.push('No agreement was reached. In which weeks was there a zone of agreement, and why did neither side propose something inside it?');
  } else {
    prompts.push(`No agreement was reached, and no week had a zone of agreement on ${headline}. What would have had to change (strikes, costs, public support, time) for one to open, and could either side have changed it?`);
  }
  if (final.strikes.daysHeld > 0) {
    prompts.push(`The dispute cost ${final.strikes.daysHeld} strike days. By Hicks's diagram, where should the curves have crossed, and what stopped the sides settling there without the strikes?`);
  }
  if (final.history.some((h) => h.offers.length > 0)) {
    prompts.push('Compare your concessions with your opponent\'s. Did you reciprocate, hold firm, or concede to the clock? What did your opponent infer from your pattern?');
  }
  prompts.push('Which non-pay items were cheap for one side and valuable to the other? How much value was left on the table, and which trade would have captured it?');
  prompts.push('A deal had to pass a members\' vote. How did the need for ratification change what the union could accept, and what the employer offered?');
  prompts.push('Which objective criteria (RPI or CPI, the pay review body, comparisons) could each side have used to make its position persuasive to the public?');
  return prompts;
};
