/**
 * Why a side did what it did, in plain words with the numbers behind it: the "Why?" behind its in-character line
 * (voice.ts). Keyed by reason code, written about the side in the third person. Honest by default: it states its
 * real reasons and beliefs, never bluffs about its walk-away. The codes themselves never reach a player's screen.
 */
import { longDate } from '../calendar';
import { money, moneyM } from '../money';
import { YES_NO, type Scenario } from '../scenario/types';
import { capitalise, theHarm, theService, theSide } from '../scenario/words';
import type { Offer, SideId } from '../types';

const pct = (bp: number) => `${Math.round(bp / 100)}%`;
/** A utility in basis points as points of value out of 100, the Table's own unit. */
const pts = (bp: number | undefined) => String(Math.round((bp ?? 0) / 100));
/** 4000 → "4,000" (toLocaleString is slow and host-dependent). */
export const thousands = (x: number): string => {
  const [whole, frac] = String(x).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
};

/** A figure with its unit: "50%", "4,000 posts", and a level named before its number ("level 3"). */
export const withUnit = (figure: string, unit: string): string =>
  unit === '%' ? `${figure}%` : unit === 'level' ? `level ${figure}` : unit === YES_NO ? (Number(figure) > 0 ? 'yes' : 'no') : `${figure} ${unit}`;

/** "pay 4 pp, extra training posts 2000 posts, exam and college fees funded 50 %" — skipping issues at zero. */
export const describeOffer = (scenario: Scenario, offer: Offer): string => {
  const parts = scenario.issues
    .map((issue, i) => ({ issue, value: issue.values[offer[i]!] ?? 0, level: offer[i]! }))
    .filter(({ level }, i) => i === 0 || level > 0)
    .map(({ issue, value }) => `${issue.label.toLowerCase()} ${withUnit(thousands(value), issue.unit)}`);
  return parts.join(', ');
};

export interface MessageContext {
  readonly scenario: Scenario;
  readonly side: SideId;
  readonly offer?: Offer;
  readonly numbers: Readonly<Record<string, number>>;
  readonly topIssue?: string;
  readonly day?: number;
  /** The underlying reason, for a message that wraps another (an offer that stands). */
  readonly reason?: string;
}

type Template = (c: MessageContext) => string;

/** The side at the start of a sentence: "The BMA", "Network Rail" (the vocabulary says whether it takes "the"). */
const name = (c: MessageContext) => capitalise(theSide(c.scenario.vocabulary, c.side));
/** The same mid-sentence: "the BMA" (never lower-casing the name itself). */
const named = (c: MessageContext) => theSide(c.scenario.vocabulary, c.side);
const headline = (c: MessageContext) => c.scenario.issues[0]!.label.toLowerCase();
/** What the side aims for this week and so what it would accept, in points of value to itself. */
const aim = (c: MessageContext) =>
  c.numbers.aspiration === undefined ? '' : ` It aims for terms worth about ${pts(c.numbers.aspiration)} out of 100 to itself this week; it would accept an offer worth that much to it.`;

const TEMPLATES: Record<string, Template> = {
  OPENING: (c) => `${name(c)} opened with its full position.${aim(c)}`,
  CONCEDE_ON_TIME: (c) => `Time is passing and pressure is building, so ${named(c)} lowered what it asks for.${aim(c)}`,
  RECIPROCATE: (c) => `You moved, so ${named(c)} matched it with a move of its own.${aim(c)}`,
  WALKAWAY_ROSE: (c) =>
    c.side === 'employer'
      ? `Holding out has become cheaper for ${named(c)}, so it asks for more than before.${aim(c)}`
      : `${name(c)}\u2019s members now expect more, so its claim has gone up.${aim(c)}`,
  AJ_HOLD: (c) =>
    `${name(c)} thinks your demands are falling by about ${((c.numbers.demandFallPerDayX100 ?? 0) / 100).toFixed(2)} points of ${headline(c)} a strike day, which is worth more to it than a strike day costs, so it is waiting.${aim(c)}`,
  ZEUTHEN_WAIT: (c) => `${name(c)} thinks you have more to lose from a breakdown than it does, so it is waiting for you to move first.${aim(c)}`,
  HOLD_FIRM: (c) => `${name(c)} saw no reason to change its position this week.${aim(c)}`,
  TRADE_PACKAGE: (c) => `${name(c)} held firm on ${headline(c)} but offered more on other issues, which it thinks you value more than they cost it.${aim(c)}`,
  ACCEPT_MEETS_ASPIRATION: (c) => `The offer is worth ${pts(c.numbers.offered)} out of 100 to ${named(c)}, at or above the ${pts(c.numbers.aspiration)} it was aiming for, so it accepted.`,
  ACCEPT_NEAR_DEADLINE: (c) =>
    `Time is nearly up. The offer is worth ${pts(c.numbers.offered)} out of 100 to ${named(c)}, close to the best it has seen and above its walk-away of ${pts(c.numbers.walkAway)}, so it accepted.`,
  ACCEPT_NEAR_THEIR_LIMIT: (c) =>
    `${name(c)} believes this is as far as you can go. The offer is worth ${pts(c.numbers.offered)} out of 100 to it, above its walk-away of ${pts(c.numbers.walkAway)}, so it accepted.`,
  ACCEPT_MEMBERS_WILL_BACK: (c) =>
    `${name(c)} wants this settled. The offer is worth ${pts(c.numbers.offered)} out of 100 to it (its members' walk-away is ${pts(c.numbers.walkAway)}), and it expects members to back it on its recommendation with about ${pct(c.numbers.expectedYes ?? 0)} yes, so it accepted and will recommend it.`,
  PUT_TO_MEMBERS: (c) => `The offer is worth ${pts(c.numbers.offered)} out of 100 to ${named(c)}, above its walk-away of ${pts(c.numbers.walkAway)} but short of its aim of ${pts(c.numbers.aspiration)}, so it let members decide without a recommendation.`,
  STRIKE_FOR_LEVERAGE: (c) =>
    `With no offer it can accept, ${named(c)} called ${c.numbers.days} strike days from ${longDate(c.day!)}. Each strike day costs its members about ${money(c.numbers.lostPayK ?? 0, c.scenario.vocabulary.currency)} in pay; it judges each one raises what you can afford by about ${((c.numbers.gainX100 ?? 0) / 100).toFixed(2)} points of value.`,
  STRIKE_TOKEN: (c) =>
    `${name(c)}\u2019s recent strikes did little to close the gap, so rather than spend members\u2019 pay on a long walkout it called a one-day strike on ${longDate(c.day!)} to keep the dispute alive.`,
  ACCEPT_POSITION_WEAKER: (c) =>
    `${name(c)} let a better offer pass earlier (worth ${pts(c.numbers.bestPassed)} to it), but its position has weakened since: its walk-away fell from ${pts(c.numbers.walkAwayThen)} to ${pts(c.numbers.walkAway)}. So it accepted this one, worth ${pts(c.numbers.offered)}.`,
  AWAIT_RECIPROCITY: (c) => `${name(c)} has already moved further than you have, so it is waiting for you to move before it moves again.${aim(c)}`,
  SUSPEND_GOODWILL: (c) => `Your latest offer was a real step (worth ${pts(c.numbers.after)} to ${named(c)}, up from ${pts(c.numbers.before)}), so it called off its next strike to give talks a chance.`,
  RENEW_MANDATE: (c) => `${name(c)}\u2019s mandate ends in ${Math.max(0, c.numbers.mandateDaysLeft ?? 0)} days, so it opened a ballot to renew it; it expects a turnout near ${pct(c.numbers.expectedTurnout ?? 0)}.`,
  IMPOSE_AWARD: (c) => `${name(c)} judged that the dispute could not go on and imposed ${describeOffer(c.scenario, c.offer!)} without agreement.`,
  MITIGATE_STRIKE: (c) => `To limit the harm to ${theHarm(c.scenario.vocabulary)}, ${named(c)} set how much of ${theService(c.scenario.vocabulary)} keeps running during strikes to level ${c.numbers.level} of 100.`,
  CATCH_UP_LIST: (c) => `${capitalise(theHarm(c.scenario.vocabulary))} was growing, so ${named(c)} funded ${moneyM(c.numbers.gbpM ?? 0, c.scenario.vocabulary.currency)} of extra activity.`,
  STATEMENT_STRIKE_RESPONSE: (c) => `${name(c)} answered the strikes in public to hold on to public support.`,
  STATEMENT_GOODWILL: (c) => `${name(c)} welcomed your move in public.`,
  BELIEF_PRIORITY: (c) =>
    `${name(c)} thinks ${c.topIssue} matters most to you (about ${pct(c.numbers.topWeight ?? 0)} of what you care about), and that your real bottom line on ${headline(c)} is about ${((c.numbers.believedBottomX100 ?? 0) / 100).toFixed(1)} ${c.scenario.issues[0]!.unit}, though it is only ${pct(c.numbers.believedBottomP ?? 0)} sure of that.`,
};

/** Why a side's offer still stands, by the reason it did not move this week. */
const stands: Template = (c) => {
  const inner = TEMPLATES[c.reason ?? ''];
  const why = inner && c.reason !== 'OPENING' && c.reason !== 'CONCEDE_ON_TIME' && c.reason !== 'RECIPROCATE' && c.reason !== 'WALKAWAY_ROSE' ? inner(c) : `Nothing changed enough for ${named(c)} to move this week.${aim(c)}`;
  const worth = c.numbers.standingUtility === undefined ? '' : ` (worth ${pts(c.numbers.standingUtility)} out of 100 to it)`;
  return `${name(c)}\u2019s offer stands${worth}. ${why}`;
};

const SILENCE: Record<string, Template> = {
  MEMBERS_VOTING: (c) => `Members are voting on a deal, so ${named(c)} is waiting for their decision.`,
  NO_OFFER_STANDING: (c) => `${name(c)} has no offer on the table this week.${aim(c)}`,
};

/** Why the side did it, in plain words with the numbers; null for a code with no explanation. */
export const explain = (reason: string, context: MessageContext): string | null => {
  if (reason.startsWith('STANDS_') && context.offer) return stands({ ...context, reason: reason.slice('STANDS_'.length) });
  const template = TEMPLATES[reason] ?? SILENCE[reason];
  return template ? template(context) : null;
};
