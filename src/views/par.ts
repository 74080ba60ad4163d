// Par as the player sees it: on the Table's header (what the computer scores in your seat against this
// opponent), and beside each score at the end (the debrief, the week that ended the game). Par is the mean score
// of the AI playing a seat against the same opponent persona over a fixed set of seeds; facing a person (a class
// pair, hot-seat) it is the mean over the opposing personas, the same figure the teacher's table and the class
// report show (`parOfSeats` in src/share/par.ts). Score minus par measures how well a position was played,
// whatever its structural strength.
import { otherSide, SIDES, theSide } from '../sim/index';
import { parForGame, PAR_SEEDS, type GamePar } from '../share/par';
import type { GameState, SideId } from '../sim/index';
import type { GameStoreState } from '../store/types';

/** A game's par: ready (both seats), still being computed, or not available (no table, or it failed). */
export type GameParView = { readonly kind: 'ready'; readonly par: GamePar } | { readonly kind: 'computing' } | { readonly kind: 'none' };

/** A game's par for both seats, each facing the other side's player (`parForGame`, the one definition). */
export function gameParOf(pars: GameStoreState['pars'], state: GameState): GameParView {
  const status = pars[state.scenarioHash];
  if (!status || status.kind === 'failed') return { kind: 'none' };
  if (status.kind === 'computing') return { kind: 'computing' };
  const par = parForGame(status.table, state);
  return par ? { kind: 'ready', par } : { kind: 'none' };
}

/** A par or a difference, with one decimal only when it has one: 55, 55.4. */
export const parNumber = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(1));

/** A difference with its sign: +6, −2.5, ±0. */
export const parDifference = (x: number): string => (x > 0 ? `+${parNumber(x)}` : x < 0 ? `\u2212${parNumber(-x)}` : '\u00b10');

/** What par means, in one sentence, for a seat facing the computer (the debrief and the info panel). */
export const PAR_MEANING =
  `Par is the computer's average score in the same seat against the same opponent, over ${PAR_SEEDS} fixed games: ` +
  'beating it means you played the position better than the computer does, however strong or weak the position is.';

/** What par means for a seat facing a person (a class pair, two players on one screen): see `parOfSeats`. */
export const PAR_MEANING_FACING_PERSON =
  `Facing a person, par is the computer's average score in the same seat over ${PAR_SEEDS} fixed games against each opponent it can ` +
  'play for the other side, since no one knows beforehand how a person will play. Beating it means you played the position ' +
  'better than the computer does, however strong or weak the position is.';

/** Whether `side` faces a person in this game, so that its par is the mean over the opposing personas. */
const facesPerson = (state: GameState, side: SideId): boolean => state.players[otherSide(side)] === 'human';

/** What par means for the seats shown: one sentence for those facing the computer, one for those facing a person. */
export const parMeaning = (state: GameState, sides: readonly SideId[] = SIDES): string => {
  const person = sides.some((side) => facesPerson(state, side));
  const computer = sides.some((side) => !facesPerson(state, side));
  return [computer ? PAR_MEANING : '', person ? PAR_MEANING_FACING_PERSON : ''].filter(Boolean).join(' ');
};

export interface ParHeaderView {
  /** The header's short label: "Par 55", or "Par: computing…". */
  readonly label: string;
  /** The accessible name: the label in full. */
  readonly name: string;
  readonly title: string;
  readonly paragraphs: readonly string[];
}

/** The Table header's par for the side on screen; null when there is none to show. */
export function parHeader(view: GameParView, side: SideId, state: GameState): ParHeaderView | null {
  if (view.kind === 'none') return null;
  const sc = state.scenario;
  const person = facesPerson(state, side);
  const about = [
    parMeaning(state, [side]),
    `Your score out of 100 is given when the dispute ends, by ${theSide(sc.vocabulary, side)}'s own priorities: the terms won and what the dispute cost. ` +
      'Some positions are weak whatever you do; par tells you what a good result looks like from this one.',
  ];
  if (view.kind === 'computing') {
    const against = person ? 'against each opponent the computer can play for the other side' : 'against this opponent';
    return {
      label: 'Par: computing\u2026',
      name: `Par: computing. The computer is playing your seat ${against} to find it.`,
      title: 'Par',
      paragraphs: [`The computer is playing your seat ${against} to find par; it appears here in a few seconds.`, ...about],
    };
  }
  const n = parNumber(view.par[side]);
  const what = person ? 'what the computer scores in your seat against an opponent it does not know' : `the computer's average score in your seat against this ${sc.sides[otherSide(side)].shortName}`;
  return {
    label: `Par ${n}`,
    name: `Par ${n}: ${what}`,
    title: `Par ${n}`,
    paragraphs: [`Par ${n}: ${what}.`, ...about],
  };
}

export interface ParResult {
  readonly par: string;
  /** Score minus par, signed: "+6". */
  readonly difference: string;
  /** "par 28 · +6" */
  readonly short: string;
  /** "Your score 34 · par 28: +6, you played this position better than the computer does." */
  readonly sentence: string;
}

/** A finished game's score beside par, for the viewer's side (`you`) or another seat named `sideName` as running
 *  text names it ("the Government", "Network Rail"). */
export function parResult(score: number, par: number, you: boolean, sideName: string): ParResult {
  const diff = Math.round((score - par) * 10) / 10;
  const d = parDifference(diff);
  const verdict = you
    ? diff > 0
      ? 'you played this position better than the computer does'
      : diff < 0
        ? 'the computer plays this position better than you did'
        : 'you played this position as well as the computer does'
    : diff > 0
      ? 'played better than the computer plays this position'
      : diff < 0
        ? 'the computer plays this position better'
        : 'played as well as the computer plays this position';
  return {
    par: parNumber(par),
    difference: d,
    short: `par ${parNumber(par)} \u00b7 ${d}`,
    sentence: `${you ? 'Your score' : `${sideName.charAt(0).toUpperCase()}${sideName.slice(1)}'s score`} ${score} \u00b7 par ${parNumber(par)}: ${d}, ${verdict}.`,
  };
}
