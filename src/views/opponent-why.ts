// "Why?" on the Table and the week result: the reasoning behind the other side's words last week, in plain words
// with its numbers (what it estimated, what it would accept, why it moved or did not), and the gap at the public
// positions. Reason codes never appear here; they stay in the runner's JSON and the debrief's data tables.
import { capitalise, otherSide, theSide, type SideId } from '../sim/index';
import type { Session } from '../store/types';
import { gapView } from './gap';

export interface WhyView {
  readonly title: string;
  readonly paragraphs: readonly string[];
}

/** Reason codes look like CONCEDE_ON_TIME: never let one through to a player's screen. */
const CODE = /\b[A-Z]{2,}(?:_[A-Z]+)+\b/g;
const plain = (text: string): string => text.replace(CODE, 'its own judgement');

export function whyView(session: Session, side: SideId): WhyView {
  const opp = otherSide(side);
  const name = theSide(session.scenario.vocabulary, opp);
  const title = `Why? ${capitalise(name)}'s reasoning`;
  const gap = gapView(session, side);
  const gapLine = gap ? [`The gap now: ${gap.label}, in points of value to you (yours ${gap.yours}, theirs ${gap.theirs}). ${gap.status}`] : [];
  if (session.setup.players[opp] === 'human') {
    return { title, paragraphs: [`${capitalise(name)} is played by a person: only they know their reasons.`, ...gapLine] };
  }
  const said = (session.lastWeek?.messages ?? []).filter((m) => m.side === opp);
  if (said.length === 0) {
    return { title, paragraphs: [session.lastWeek ? `${capitalise(name)} made no move last week, and said nothing about it.` : `${capitalise(name)} has not moved yet: end the week to see its first move and its reasons.`, ...gapLine] };
  }
  const reasons = said.map((m) => plain(m.why ? `\u201c${m.text}\u201d ${m.why}` : `\u201c${m.text}\u201d`));
  return {
    title,
    paragraphs: [
      `Its words in the week just played, each with the reasoning behind it. Values are points out of 100 to the side named; the computer never sees your private figures and estimates them from your offers.`,
      ...reasons,
      ...gapLine,
    ],
  };
}
