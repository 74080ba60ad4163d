/**
 * What the AI says, in plain English, from templates keyed by reason code with the numbers filled in. Honest
 * by default: it states its real reasons and beliefs, never bluffs about its walk-away.
 */
import { longDate } from '../calendar';
import type { Scenario } from '../scenario/types';
import type { Offer, SideId } from '../types';

const pct = (bp: number) => `${Math.round(bp / 100)}%`;

/** 4000 → "4,000" (toLocaleString is slow and host-dependent). */
export const thousands = (x: number): string => {
  const [whole, frac] = String(x).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
};

/** A figure with its unit: "50%", "4,000 posts", and a level named before its number ("level 3"). */
export const withUnit = (figure: string, unit: string): string => (unit === '%' ? `${figure}%` : unit === 'level' ? `level ${figure}` : `${figure} ${unit}`);

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

const TEMPLATES: Record<string, Template> = {
  OPENING: (c) => `Our position: ${describeOffer(c.scenario, c.offer!)}.`,
  CONCEDE_ON_TIME: (c) => `We have moved: ${describeOffer(c.scenario, c.offer!)}.`,
  RECIPROCATE: (c) => `You moved, so we have moved too: ${describeOffer(c.scenario, c.offer!)}.`,
  WALKAWAY_ROSE: (c) =>
    c.side === 'employer'
      ? `The cost of holding out has fallen, so our offer now stands at ${describeOffer(c.scenario, c.offer!)}.`
      : `Our members now expect more: ${describeOffer(c.scenario, c.offer!)}.`,
  AJ_HOLD: (c) =>
    `Your demands have been falling by about ${(c.numbers.demandFallPerDayX100! / 100).toFixed(2)} points a strike day, which is worth more to us than a strike day costs; we are not ready to move.`,
  ZEUTHEN_WAIT: () => `You have more to lose from a breakdown than we do. We will wait for you to move.`,
  HOLD_FIRM: () => `We see no reason to change our position this week.`,
  TRADE_PACKAGE: (c) =>
    `We can't go further on ${c.scenario.issues[0]!.label.toLowerCase()}, but we can do more elsewhere: ${describeOffer(c.scenario, c.offer!)}.`,
  ACCEPT_MEETS_ASPIRATION: (c) =>
    c.side === 'union' ? 'This offer meets what our members need. We accept it and will recommend it in a vote.' : 'We can agree to these terms, subject to your members\u2019 vote.',
  ACCEPT_NEAR_DEADLINE: (c) =>
    c.side === 'union' ? 'Time is running out. This is the best we have seen, and we will put it to members.' : 'Time is short. These terms are better for us than a dispute that drags on, and we accept them.',
  ACCEPT_NEAR_THEIR_LIMIT: (c) =>
    c.side === 'union'
      ? 'We believe this is as far as the Government can go. We accept it and will recommend it to members.'
      : 'We believe this is as low as your members will go. We accept, subject to their vote.',
  PUT_TO_MEMBERS: () => 'We will let members decide on this offer, without a recommendation.',
  STRIKE_FOR_LEVERAGE: (c) =>
    `Without a credible offer, doctors will strike for ${c.numbers.days} days from ${longDate(c.day!)}. Each strike day costs our members about £${(c.numbers.lostPayK! / 1000).toFixed(1)}m in pay; we judge it moves what the Government can afford by about ${(c.numbers.gainX100! / 100).toFixed(2)} points.`,
  STRIKE_TOKEN: (c) =>
    `Our strikes have not moved the Government, so we will not spend members' pay on a long walkout. Doctors will strike for one day on ${longDate(c.day!)} to show the dispute is not over.`,
  ACCEPT_POSITION_WEAKER: (c) =>
    c.side === 'union'
      ? 'We let a better offer pass, but our position has weakened since. We accept these terms and will put them to members.'
      : 'We let better terms pass, but the dispute now costs us more. We accept, subject to your members\u2019 vote.',
  AWAIT_RECIPROCITY: () => 'We have already moved further than you have; we will move again when you do.',
  SUSPEND_GOODWILL: () => 'Your latest offer is a real step. We are calling off the next strike to give talks a chance.',
  RENEW_MANDATE: (c) => `Our mandate ends in ${Math.max(0, c.numbers.mandateDaysLeft!)} days. We are asking members to renew it (we expect a turnout near ${pct(c.numbers.expectedTurnout!)}).`,
  IMPOSE_AWARD: (c) => `We will implement ${describeOffer(c.scenario, c.offer!)} without agreement: the dispute cannot go on forever.`,
  MITIGATE_STRIKE: (c) => `Hospitals will press ahead with planned care during the strike (level ${c.numbers.level}).`,
  CATCH_UP_LIST: (c) => `We are funding £${c.numbers.gbpM}m of extra activity to cut the waiting list.`,
  STATEMENT_STRIKE_RESPONSE: (c) => (c.side === 'employer' ? 'Strikes harm patients and will not change the arithmetic.' : 'Members are angry, and they have every right to be.'),
  STATEMENT_GOODWILL: () => 'We welcome the move and want to build on it.',
  BELIEF_PRIORITY: (c) =>
    `I think ${c.topIssue} matters most to you (estimated weight ${pct(c.numbers.topWeight!)}), and that your bottom line on ${c.scenario.issues[0]!.label.toLowerCase()} is about ${(c.numbers.believedBottomX100! / 100).toFixed(1)} ${c.scenario.issues[0]!.unit} (p = ${(c.numbers.believedBottomP! / 10000).toFixed(2)}).`,
};

/** Why a side's offer still stands, by the reason it did not move this week. */
const STANDS_BECAUSE: Record<string, Template> = {
  AWAIT_RECIPROCITY: () => 'We have already moved further than you have; we will move again when you do.',
  AJ_HOLD: (c) => `your demands have been falling by about ${((c.numbers.demandFallPerDayX100 ?? 0) / 100).toFixed(2)} points a strike day, so we are not ready to move.`,
  ZEUTHEN_WAIT: () => 'You have more to lose from a breakdown than we do; it is your turn to move.',
  WALKAWAY_ROSE: () => 'Our position has strengthened, and we will not go further.',
};

const stands: Template = (c) => {
  const reason = STANDS_BECAUSE[c.reason ?? ''];
  const why = reason ? reason(c) : 'Nothing has changed enough for us to move this week.';
  const lead = `Our offer stands: ${describeOffer(c.scenario, c.offer!)}.`;
  return `${lead} ${why.charAt(0).toUpperCase()}${why.slice(1)}`;
};

const SILENCE: Record<string, Template> = {
  MEMBERS_VOTING: () => 'Members are voting on the deal; we wait for their decision.',
  NO_OFFER_STANDING: (c) =>
    c.side === 'employer' ? 'We have no offer on the table this week; our door stays open to talks.' : 'We have no proposal on the table this week; our claim has not gone away.',
};

export const say = (reason: string, context: MessageContext): string | null => {
  if (reason.startsWith('STANDS_') && context.offer) return stands({ ...context, reason: reason.slice('STANDS_'.length) });
  const template = TEMPLATES[reason] ?? SILENCE[reason];
  return template ? template(context) : null;
};
