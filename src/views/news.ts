// The week's events as news: one past-tense line each, in plain English, for the feed, the WeekResult
// screen and the screen reader. Bookkeeping events (a move queued, a turn ended) are not news.
import { capitalise, lostAs, mandateExpires, otherSide, theHarm, theService, theSide, type Offer, type Outcome, type Scenario, type SideId, type SimEvent } from '../sim/index';
import { count, date, issueValue, money, pct, shortDate } from './format';

export type NewsKind = 'offer' | 'deal' | 'strike' | 'law' | 'statement' | 'policy' | 'world' | 'end' | 'people';

export interface NewsItem {
  readonly kind: NewsKind;
  readonly text: string;
  /** A shorter form for the Table's feed, where it differs. */
  readonly brief?: string;
  /** Who acted, when a side did. */
  readonly side?: SideId;
}

/** Offer terms in one line: "Pay uplift 4 pp, Extra training posts 2,000 posts, …". */
function describeOffer(scenario: Scenario, offer: Offer): string {
  return scenario.issues.map((issue, i) => `${issue.label} ${issueValue(issue, issue.values[offer[i] ?? issue.statusQuo] ?? 0)}`).join(', ');
}

/** "The Government offered 2 pp on pay uplift, and moved on 2 other issues." */
function briefOffer(scenario: Scenario, who: string, offer: Offer): string {
  const [head, ...rest] = scenario.issues;
  if (!head) return `${who} made an offer.`;
  const moved = rest.filter((issue, i) => (offer[i + 1] ?? issue.statusQuo) !== issue.statusQuo).length;
  const others = moved === 0 ? '' : `, with more on ${moved} other issue${moved === 1 ? '' : 's'}`;
  return `${who} offered ${issueValue(head, head.values[offer[0] ?? head.statusQuo] ?? 0)} on ${head.label.toLowerCase()}${others}.`;
}

const outcomeText = (scenario: Scenario, kind: Outcome['kind']): string =>
  ({
    deal: 'The dispute is settled: members ratified the deal.',
    imposed: `The dispute ended with terms imposed by ${theSide(scenario.vocabulary, 'employer')}.`,
    deadline: 'The dispute reached the end of the scenario without a settlement.',
    collapse: `The dispute collapsed: ${theSide(scenario.vocabulary, 'union')} can no longer take action.`,
  })[kind];

/** One event as news, in the light of the rest of its week (`week`). */
function newsOf(scenario: Scenario, event: SimEvent, week: readonly SimEvent[]): NewsItem | null {
  const v = scenario.vocabulary;
  /** A side mid-sentence ("the BMA", "Network Rail") and at the start of one. */
  const the = (side: SideId) => theSide(v, side);
  const The = (side: SideId) => capitalise(theSide(v, side));
  switch (event.type) {
    case 'actionQueued':
    case 'turnEnded':
    case 'weekResolved':
      return null;
    case 'offerMade':
      return { kind: 'offer', side: event.side, text: `${The(event.side)} offered: ${describeOffer(scenario, event.offer)}.`, brief: briefOffer(scenario, The(event.side), event.offer) };
    case 'offerAccepted':
      return { kind: 'deal', side: event.side, text: `${The(event.side)} accepted ${the(otherSide(event.side))}'s offer.` };
    case 'offerRejected':
      return {
        kind: 'offer',
        side: event.side,
        text: `${The(event.side)} rejected ${the(otherSide(event.side))}'s offer${event.reasonable ? ', which the public saw as reasonable' : ''}.`,
      };
    case 'offerWithdrawn':
      return { kind: 'offer', side: event.side, text: `${The(event.side)} withdrew its offer (${describeOffer(scenario, event.offer)}).` };
    case 'referendumOpened':
      return {
        kind: 'deal',
        text: `Members began voting on the deal${event.recommended ? ', with their leaders recommending it' : ', with no recommendation'}: a ${event.weeks}-week vote, counted in week ${event.closesWeek + 1}, with notified strike days ${event.continueAction ? 'going ahead meanwhile' : 'called off meanwhile'}.`,
      };
    case 'referendumClosed':
      return { kind: 'deal', text: `Members ${event.passed ? 'accepted' : 'rejected'} the deal, ${pct(event.yesBp)} voting yes on a ${pct(event.turnoutBp)} turnout after a ${event.weeks}-week vote.` };
    case 'dealRatified':
      return { kind: 'deal', text: `The deal was ratified: ${describeOffer(scenario, event.terms)}.` };
    case 'awardImposed':
      return { kind: 'policy', side: 'employer', text: `${The('employer')} imposed terms: ${describeOffer(scenario, event.terms)}.` };
    case 'strikeCalled':
      return { kind: 'strike', side: 'union', text: `${The('union')} called a ${event.days}-day strike from ${date(event.start)}.` };
    case 'strikeSuspended': {
      const days = `${event.daysCalledOff} notified strike day${event.daysCalledOff === 1 ? '' : 's'} from ${date(event.from)}`;
      // Called off by the rules, not by a choice of the union's: say why.
      if (week.some((e) => e.type === 'dealRatified')) return { kind: 'strike', text: `With the deal ratified, the ${days} ${event.daysCalledOff === 1 ? 'was' : 'were'} called off.` };
      if (week.some((e) => e.type === 'referendumOpened' && !e.continueAction)) {
        return { kind: 'strike', text: `Because members are voting on the deal, the ${days} ${event.daysCalledOff === 1 ? 'was' : 'were'} called off (not postponed: if members reject the deal, the union must call strikes again).` };
      }
      return { kind: 'strike', side: 'union', text: `${The('union')} called off ${event.daysCalledOff} strike day${event.daysCalledOff === 1 ? '' : 's'} from ${date(event.from)}.` };
    }
    case 'strikeDaysHeld': {
      const first = event.days[0];
      const when = first === undefined ? '' : event.days.length === 1 ? ` on ${shortDate(first)}` : ` from ${shortDate(first)}`;
      const days = `${event.days.length} day${event.days.length === 1 ? '' : 's'}`;
      const lost = lostAs(scenario.harm.kind);
      return {
        kind: 'strike',
        text: `${capitalise(v.workers.plural)} struck for ${days}${when}: ${pct(event.participationBp)} walked out, ${count(event.rescheduled)} ${v.harm.lost.plural} ${lost.sentence}, at a cost of ${money(event.costK, v.currency)}.`,
        brief: `${capitalise(v.workers.plural)} struck for ${days}${when}: ${pct(event.participationBp)} out${event.noStrikePay ? ' (no strike pay)' : ''}, ${count(event.rescheduled)} ${v.harm.lost.plural} ${lost.brief}, ${money(event.costK, v.currency)}.`,
      };
    }
    case 'ballotOpened':
      return { kind: 'law', side: 'union', text: `${The('union')} opened a strike ballot, closing on ${date(event.closes)}.` };
    case 'ballotClosed':
      return event.won
        ? { kind: 'law', text: `The ballot was won (turnout ${pct(event.turnoutBp)}, ${pct(event.yesBp)} yes): a mandate runs${!mandateExpires(scenario) ? ' until the dispute ends' : event.mandateUntil === null ? '' : ` to ${date(event.mandateUntil)}`}.` }
        : { kind: 'law', text: `The ballot failed: ${event.failedTest ?? `turnout ${pct(event.turnoutBp)}, ${pct(event.yesBp)} yes`}.` };
    case 'mandateExpired':
      return { kind: 'law', text: `The strike mandate expired on ${date(event.on)}.` };
    case 'statementMade':
      return { kind: 'statement', side: event.side, text: `${The(event.side)} made a ${event.tone} statement.` };
    case 'mitigationSet':
      return { kind: 'policy', side: 'employer', text: `Managers were told to keep ${theService(v)} running at level ${event.level} of 100 on strike days.` };
    case 'catchUpFunded':
      return { kind: 'policy', side: 'employer', text: `${The('employer')} funded ${money(event.gbpK, v.currency)} of catch-up work to cut ${theHarm(v)}: about ${count(event.episodes)} extra ${v.harm.lost.plural}.` };
    case 'scenarioEvent':
      return { kind: 'world', text: event.headline.endsWith('.') ? event.headline : `${event.headline}.` };
    case 'treasuryIntervened':
      return {
        kind: 'world',
        text: `Those who hold the purse stepped in: spending on the dispute has run ${money(-event.headroomK, v.currency)} past the budget, and they are pressing ${the('employer')} to settle.`,
        brief: `The budget holders stepped in over a ${money(-event.headroomK, v.currency)} overrun.`,
      };
    case 'safetyConcernReported':
      return { kind: 'world', text: `A safety concern at ${theService(v)} during the strike made the news.` };
    case 'gameEnded':
      return { kind: 'end', text: outcomeText(scenario, event.outcome.kind) };
  }
}

/**
 * One event's news: its line, and for strike days held without strike pay a line of its own that says so. An
 * empty strike fund is a consequence the player should see, not a clause at the end of a line a screen may cut.
 */
export function eventNews(scenario: Scenario, event: SimEvent, week: readonly SimEvent[]): NewsItem[] {
  const item = newsOf(scenario, event, week);
  if (!item) return [];
  if (event.type !== 'strikeDaysHeld' || !event.noStrikePay) return [item];
  const union = theSide(scenario.vocabulary, 'union');
  return [item, { kind: 'strike', side: 'union', text: `${capitalise(union)}\u2019s strike fund is empty: with no strike pay, fewer members walked out.`, brief: `No strike pay: ${union}\u2019s fund is empty, so fewer walked out.` }];
}

export const newsItems = (scenario: Scenario, events: readonly SimEvent[]): NewsItem[] => events.flatMap((event) => eventNews(scenario, event, events));
