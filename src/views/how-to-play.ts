// The How to play page: a one-minute read that names the Table's parts (with a numbered diagram) and defines
// the units the Table uses. Side names and the issues come from the scenario in play, or the default one.
import { capitalise, theHarm, theSide } from '../sim/index';
import type { Scenario, SideId } from '../sim/index';
import { harmUnitDefinition } from './units';

/** One numbered part of the Table, as the diagram marks it. */
export interface TablePart {
  readonly n: number;
  readonly name: string;
  readonly text: string;
  /** Where the part sits on the diagram, in the Table's own 1280×720 design units. */
  readonly box: { readonly x: number; readonly y: number; readonly w: number; readonly h: number };
}

export interface HowToPlayView {
  readonly title: string;
  readonly intro: string;
  readonly week: readonly string[];
  readonly parts: readonly TablePart[];
  readonly units: readonly { readonly term: string; readonly meaning: string }[];
  readonly winning: readonly string[];
}

/** The page for a scenario, from the side on screen (the union's side when no game is in play). */
export function howToPlayView(scenario: Scenario, side: SideId = 'union'): HowToPlayView {
  const v = scenario.vocabulary;
  // Each side as running text puts it: "the BMA", "Network Rail".
  const you = theSide(v, side);
  const them = theSide(v, side === 'union' ? 'employer' : 'union');
  const union = theSide(v, 'union');
  const employer = theSide(v, 'employer');
  const pay = scenario.issues.find((i) => i.unit === 'pp');
  const units = [
    pay
      ? { term: 'pp', meaning: `Percentage points of pay rise on top of the current pay award: 3 pp means a rise 3% of pay larger than the award already made. In this dispute: ${pay.description}` }
      : { term: 'pp', meaning: 'Percentage points of pay rise on top of the current pay award.' },
    { term: 'Value to you', meaning: `What a set of terms is worth to ${you}, on a scale from 0 (nothing gained) to 100 (everything you want). Each issue's column shows its share.` },
    { term: 'Walk-away', meaning: 'What no deal is worth to you now, on the same 0–100 scale. Terms that beat it are worth taking; it moves as the dispute goes on (strikes, costs, support, time).' },
    { term: `${capitalise(v.harm.name)} (${v.harm.unit.plural})`, meaning: harmUnitDefinition(v) },
    { term: 'Score out of 100', meaning: `When the dispute ends each side gets a score from 0 to 100 by its own priorities: for ${union}, the terms, pay not lost to strikes, public support and morale; for ${employer}, money not spent on the terms or on strikes, ${theHarm(v)} and blame. The two scores are not on one scale: both can do well.` },
    { term: 'The gap', meaning: `How far apart the two sides\u2019 public offers are, in points of value to you on the same 0\u2013100 scale (\u25b2 theirs, \u25cf yours, | your walk-away). When their offer is below your walk-away, no deal is in reach until someone moves, and ${them} says so.` },
    { term: 'Par', meaning: "The computer's average score in your seat against the same opponent (facing a person, against an opponent it does not know: its average against each opponent it can play for the other side). Some positions are weak whatever you do: beating par means you played this one better than the computer does." },
  ];
  return {
    title: 'How to play',
    intro: `You play ${you} against ${them}. The dispute runs week by week until a deal is ratified, terms are imposed, the dispute collapses or time runs out.`,
    week: [
      'Read the week: the dispute figures on the left, their offer and words in the middle.',
      'Choose your moves: set your next offer in the terms, and pick moves on the right (propose, answer their offer, strike, ballot, a statement).',
      'End the week (E). Both sides\u2019 moves happen at once; the week result shows what changed and why.',
      'Repeat. Every figure has an (i) button that says what it means and where it comes from.',
    ],
    parts: [
      { n: 1, name: 'The week and the menu', text: 'The week and its dates, who you play, par, and the Keys, Menu and End the week buttons.', box: { x: 0, y: 0, w: 1280, h: 56 } },
      { n: 2, name: 'The dispute figures', text: `Public opinion, ${theHarm(v)}, strike costs, the mandate to strike, pressure on ${employer}, members\u2019 morale and the strike fund. Figures marked private only you can see.`, box: { x: 16, y: 64, w: 352, h: 404 } },
      { n: 3, name: 'The charts', text: `Support, opposition and strike days by week, and ${theHarm(v)} by week.`, box: { x: 16, y: 476, w: 352, h: 232 } },
      { n: 4, name: 'The terms', text: `Each issue with their offer, yours, and your next offer (arrows change it). Value to you scores each offer out of 100; your walk-away is the line a deal should beat.`, box: { x: 376, y: 64, w: 528, h: 384 } },
      { n: 5, name: 'Their words, the gap and the news', text: `What ${them} said this week; the gap between the sides\u2019 positions; Why? (key Y), their reasoning in plain words with its numbers; and the news: events, votes, strikes and the story so far.`, box: { x: 376, y: 456, w: 528, h: 252 } },
      { n: 6, name: 'Your moves', text: 'Answer their offer (accept, put to a vote, reject), propose yours, and your side\u2019s other moves. Each has a key; a queued move happens when the week ends.', box: { x: 912, y: 64, w: 352, h: 456 } },
      { n: 7, name: 'The strike calendar', text: 'The next four weeks: days held, notified, called off and planned. Strikes need notice, so plan ahead.', box: { x: 912, y: 528, w: 352, h: 180 } },
    ],
    units,
    winning: [
      'There is no single winning move. A deal your members ratify, or the other side accepts, ends the dispute; so do imposed terms, a collapsed dispute or the last week.',
      'The debrief then shows your score, par, and what the other side would have accepted.',
    ],
  };
}
