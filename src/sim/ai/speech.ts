/**
 * From a decision to the line its side says: which situation the reason code is, and what fills the line's
 * placeholders. A week the side lets a new offer from the other side pass without moving is a rejection.
 */
import { longDate } from '../calendar';
import type { VoiceSituation } from '../scenario/voice';
import type { Scenario } from '../scenario/types';
import type { Offer } from '../types';
import { thousands, withUnit, type MessageContext } from './messages';
import { speak } from './voice';
import type { SideView } from './view';

/** Terms said aloud: the headline figure, and how many other issues it offers more on ("pay 26 pp and more on 3 other issues"). */
const offerInWords = (scenario: Scenario, offer: Offer): string => {
  const headline = scenario.issues[0]!;
  const lead = `${headline.label.toLowerCase()} ${withUnit(thousands(headline.values[offer[0]!] ?? 0), headline.unit)}`;
  const more = scenario.issues.filter((issue, i) => i > 0 && offer[i]! > issue.statusQuo).length;
  return more === 0 ? lead : `${lead} and more on ${more} other issue${more === 1 ? '' : 's'}`;
};

/** The situation each reason code speaks to (codes not listed say nothing in character). */
const SITUATION_OF: Readonly<Record<string, VoiceSituation>> = {
  OPENING: 'opening',
  CONCEDE_ON_TIME: 'offer',
  RECIPROCATE: 'offer',
  WALKAWAY_ROSE: 'offer',
  TRADE_PACKAGE: 'trade',
  ACCEPT_MEETS_ASPIRATION: 'accept',
  ACCEPT_NEAR_DEADLINE: 'accept',
  ACCEPT_NEAR_THEIR_LIMIT: 'accept',
  ACCEPT_POSITION_WEAKER: 'accept',
  ACCEPT_MEMBERS_WILL_BACK: 'accept',
  PUT_TO_MEMBERS: 'putToMembers',
  STRIKE_FOR_LEVERAGE: 'strike',
  STRIKE_TOKEN: 'strike',
  SUSPEND_GOODWILL: 'strikeOff',
  RENEW_MANDATE: 'ballot',
  IMPOSE_AWARD: 'impose',
  MITIGATE_STRIKE: 'mitigate',
  CATCH_UP_LIST: 'catchUp',
  STATEMENT_STRIKE_RESPONSE: 'statement',
  STATEMENT_GOODWILL: 'statement',
  MEMBERS_VOTING: 'waitVote',
  NO_OFFER_STANDING: 'noOffer',
};

/** The situation of a decision: an offer that stands (or none) is a rejection when the other side's offer is new. */
const situationOf = (view: SideView, reason: string): VoiceSituation | null => {
  const standing = reason.startsWith('STANDS_') ? 'stands' : SITUATION_OF[reason] ?? null;
  if (standing !== 'stands' && standing !== 'noOffer') return standing;
  const theirs = view.state.negotiation.standing[view.other];
  return theirs && theirs.week === view.state.week - 1 ? 'reject' : standing;
};

/** The line a decision's side says in character, or null when its reason has no situation. */
export const lineFor = (view: SideView, reason: string, c: MessageContext): string | null => {
  const situation = situationOf(view, reason);
  if (!situation) return null;
  const n = c.numbers;
  const fill: Record<string, string> = {
    ...(c.offer ? { offer: offerInWords(c.scenario, c.offer) } : {}),
    ...(n.days !== undefined ? { days: String(n.days) } : {}),
    ...(c.day !== undefined ? { date: longDate(c.day) } : {}),
    ...(n.mandateDaysLeft !== undefined ? { daysLeft: String(Math.max(0, n.mandateDaysLeft)) } : {}),
    ...(n.level !== undefined ? { level: String(n.level) } : {}),
    ...(n.gbpM !== undefined ? { amount: String(n.gbpM) } : {}),
  };
  return speak({ scenario: view.scenario, side: view.side, persona: view.persona, seed: view.state.seed, week: view.state.week }, situation, fill);
};
