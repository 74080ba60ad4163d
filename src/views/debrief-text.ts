// The teaching debrief's words and figures, from the core's analysis of the game actually played
// (`analyseGame`): the outcome, both scores, the terms, the costs each side bore, the private values now
// revealed, the key moments with the AI's reasons, the reflection prompts and, for a real dispute, what
// happened before the scenario starts. Display only: every number comes from the core.
import { capitalise, harmLevel, longDate, parseIsoDate, personaOf, termsFromOffer, theService, theSide, weekStart, type Debrief, type Offer, type PlayerKind, type Currency, type Scenario, type SideId } from '../sim/index';
import { scoreExplained } from './debrief-scores';
import { count, issueValue, millions, moneyM, moneyUnits, pct, plural, signed } from './format';
import type { Study } from '../store/types';

export interface Line {
  readonly label: string;
  readonly value: string;
  readonly note?: string;
}

export interface MomentView {
  readonly when: string;
  readonly title: string;
  readonly detail: string;
  readonly side: SideId | null;
  readonly sideName: string | null;
  /** The AI's reason in plain words (never its code, which stays in the runner's JSON and the data tables). */
  readonly reason: string | null;
  readonly said: string | null;
}

export interface HistoryView {
  /** "What really happened", or "…, up to the start" when no item is dated after the game's start. */
  readonly heading: string;
  readonly intro: string;
  readonly items: readonly { readonly date: string; readonly title: string; readonly detail: string | null; readonly source: string; readonly url: string | null }[];
  readonly closing: string;
}

export interface DebriefText {
  readonly scenarioTitle: string;
  readonly headline: string;
  readonly explanation: string;
  /** Who played each side ("You", "a second player", "the computer as a pragmatist"). */
  readonly players: Readonly<Record<SideId, string>>;
  readonly sideNames: Readonly<Record<SideId, string>>;
  /** Null for an unfinished game. */
  readonly scores: Readonly<Record<SideId, number>> | null;
  /** How each score was made, from its parts (null for an unfinished game). */
  readonly scoreNotes: Readonly<Record<SideId, string>> | null;
  /** The viewing player's side in a one-player game; null in hot-seat or for a game watched. */
  readonly you: SideId | null;
  readonly terms: readonly { readonly label: string; readonly before: string; readonly after: string; readonly changed: boolean }[];
  readonly valueLeft: string;
  readonly costs: Readonly<Record<SideId, readonly Line[]>>;
  readonly costsSummary: string;
  readonly revealed: readonly Line[];
  readonly moments: readonly MomentView[];
  readonly prompts: readonly string[];
  readonly history: HistoryView | null;
  readonly finished: boolean;
}

const HEADLINES = { deal: 'A deal was agreed', imposed: 'Terms were imposed', deadline: 'No settlement', collapse: 'The dispute collapsed', unfinished: 'A game still in play' } as const;

/** The offer in words, issue by issue ("Pay uplift 2 pp, Extra training posts 4,000 posts, …"). */
function termsInWords(scenario: Scenario, offer: Offer): string {
  const terms = termsFromOffer(scenario, offer);
  return scenario.issues.map((issue) => `${issue.label.toLowerCase()} ${issueValue(issue, terms[issue.id] ?? 0)}`).join(', ');
}

/** Each of the AI's reason codes as a player would put it: what the computer weighed, not its label. */
const REASON_WORDS: Readonly<Record<string, string>> = {
  OPENING: 'it opened with its first position',
  CONCEDE_ON_TIME: 'time was passing, so it lowered what it asked for',
  RECIPROCATE: 'you had moved, so it moved too',
  WALKAWAY_ROSE: 'what it could fall back on had changed, so its position changed with it',
  AJ_HOLD: 'your demands were falling fast enough that waiting paid better than moving',
  ZEUTHEN_WAIT: 'it judged you had more to lose from a breakdown, so it waited for you to move',
  HOLD_FIRM: 'it saw no reason to change its position that week',
  TRADE_PACKAGE: 'it could not go further on the main issue, so it offered more on others',
  ACCEPT_MEETS_ASPIRATION: 'the offer met what it was hoping for',
  ACCEPT_NEAR_DEADLINE: 'time was running out and this was the best offer it had seen',
  ACCEPT_NEAR_THEIR_LIMIT: 'it believed the offer was as far as you could go',
  ACCEPT_MEMBERS_WILL_BACK: 'it wanted a deal and expected its members to back this one on its recommendation',
  PUT_TO_MEMBERS: 'it let members decide, without a recommendation',
  STRIKE_FOR_LEVERAGE: 'it judged a strike would move what the other side could afford',
  STRIKE_TOKEN: 'its strikes had stopped moving the other side, so it held a one-day strike to keep the dispute alive',
  SUSPEND_GOODWILL: 'the latest offer was a real step, so it called off a strike to give talks a chance',
  RENEW_MANDATE: 'its strike mandate was running out, so it asked members to renew it',
  IMPOSE_AWARD: 'it judged the dispute could not go on, so it imposed terms',
  MITIGATE_STRIKE: 'it kept more of the service running on strike days',
  CATCH_UP_LIST: 'it paid for extra work to undo the harm strikes built up',
  STATEMENT_STRIKE_RESPONSE: 'it answered the strike in public',
  STATEMENT_GOODWILL: 'it welcomed a move in public',
  BELIEF_PRIORITY: 'it was weighing what matters most to you',
};

/** A reason code in plain words: CONCEDE_ON_TIME → "time was passing, so it lowered what it asked for". A
 *  code with no words yet reads as "its own judgement", never as the code. */
export const reasonInWords = (code: string): string => REASON_WORDS[code] ?? 'its own judgement of the position';

function playerLabel(scenario: Scenario, player: string, you: boolean): string {
  if (player === 'human') return you ? 'you' : 'a person';
  const persona = scenario.personas.find((p) => p.id === personaOf(player as PlayerKind));
  return `the computer${persona ? `, as a ${persona.label.toLowerCase()}` : ''}`;
}

/** The side a one-player game was played from; null when both or neither side was human. */
export function viewerOf(players: Readonly<Record<SideId, string>>): SideId | null {
  const humans = (['union', 'employer'] as const).filter((s) => players[s] === 'human');
  return humans.length === 1 ? humans[0]! : null;
}

/** The employer's private read-across in words: none at all reads as none, not "×0.00". */
function readAcrossWords(multiplier: number, employer: string, currency: Currency): { value: string; note: string } {
  const one = moneyUnits(1, currency);
  if (multiplier < 0.05) {
    return { value: 'None', note: `${capitalise(employer)} privately expected no other groups of staff to claim the same: each ${one} on these terms cost it ${one}.` };
  }
  const x = multiplier.toFixed(2);
  return { value: `×${x}`, note: `For every ${one} on these terms, ${employer} privately expected about ${currency.symbol}${x} more as other groups of staff claimed the same.` };
}

function valueLeftWords(scenario: Scenario, d: Debrief, finished: boolean): string {
  const v = d.valueLeft;
  const points = (bp: number) => (bp / 100).toFixed(1);
  const ending = finished ? (d.final.kind === 'deal' ? 'The deal' : d.final.kind === 'imposed' ? 'The imposed terms' : 'Ending with no agreement') : 'Where the game stands';
  if (!v.better || v.mutualGainBp === 0) {
    return `${ending} left nothing on the table: no other bundle of terms was better for both sides at once (it sits on the Pareto frontier).`;
  }
  return (
    `${ending} left value on the table. ${termsInWords(scenario, v.better.offer).replace(/^./, (c) => c.toUpperCase())} would have given ` +
    `each side at least ${points(v.mutualGainBp)} more points of value (out of 100), and together up to ${points(v.jointGainBp)} points more.`
  );
}

/** The union's floor, said as the game played it: a limit on members' demand, not on what they may vote for. */
function floorNote(scenario: Scenario, d: Debrief, study: Study, union: string): string {
  const headline = scenario.issues[0]!;
  const label = headline.label.toLowerCase();
  const pkg = d.hidden.unionFloorPackage;
  const parts = [
    `Members' demand on ${label} alone wore down towards this with time and strike days, and never below it (private to ${union}).`,
    pkg === null
      ? ''
      : `With every other issue granted in full, the same floor is ${issueValue(headline, pkg)}: the lowest ${union}'s "least" on the zone chart could reach.`,
  ];
  const outcome = study.state.outcome;
  const level = headline.values[d.final.offer[0]!] ?? 0;
  if (outcome?.kind === 'deal' && level < d.hidden.unionFloor) {
    const worth = (d.final.union / 100).toFixed(0);
    const walk = ((d.weeks[outcome.week]?.walkAway.union ?? 0) * 100).toFixed(0);
    parts.push(
      d.final.union / 100 >= (d.weeks[outcome.week]?.walkAway.union ?? 0) * 100
        ? `Members still ratified ${issueValue(headline, level)}: a vote weighs the whole package, worth ${worth} points of value to them, against carrying on, worth ${walk}.`
        : `Members still ratified ${issueValue(headline, level)}: a vote is their choice, and they took a package worth ${worth} points of value to them when carrying on was worth ${walk}.`,
    );
  }
  return parts.filter(Boolean).join(' ');
}

function historyView(scenario: Scenario, d: Debrief, study: Study): HistoryView | null {
  if (scenario.history.length === 0) return null;
  const sources = new Map(scenario.sources.map((s) => [s.id, s]));
  const start = longDate(scenario.startDay);
  const items = scenario.history.map((h) => {
    const s = sources.get(h.source);
    const source = s ? `${s.publisher}${s.title ? `, \u201c${s.title}\u201d` : ''} (${s.date})` : h.source;
    return { date: longDate(h.day).replace(/^\w+ /, ''), title: h.title, detail: h.detail, source, url: s?.url ?? null };
  });
  const days = d.costs.union.strikeDays;
  const end = study.state.outcome;
  const yours = end
    ? `In your game, from ${start}, the dispute ran ${end.week + 1} week${end.week === 0 ? '' : 's'} with ${count(days)} strike day${days === 1 ? '' : 's'} and ended: ${HEADLINES[end.kind].toLowerCase()}.`
    : `In your game, from ${start}, ${count(days)} strike day${days === 1 ? '' : 's'} have been held so far.`;
  // Items dated after the start tell the story past it, so the heading and notes must not say "up to the start".
  const later = scenario.history.some((h) => h.day > scenario.startDay);
  return later
    ? {
        heading: 'What really happened',
        intro: `What really happened, from the scenario's sources; the game begins on ${start}. Compare it with your game: which moves echo the real ones, and where did yours part ways?`,
        items,
        closing: `${yours} Ask what the two sides knew that the game did not.`,
      }
    : {
        heading: 'What really happened, up to the start',
        intro: `What really happened before the game begins on ${start}, from the scenario's sources. Compare it with your game: which moves echo the real ones, and where did yours part ways?`,
        items,
        closing: `${yours} What happened in reality after ${start} is not part of the scenario: look it up, and ask what the two sides knew that the game did not.`,
      };
}

export function debriefText(study: Study, d: Debrief): DebriefText {
  const { scenario, state } = study;
  const outcome = state.outcome;
  const you = study.source === 'game' ? viewerOf(study.players) : null;
  const sideNames = { union: scenario.sides.union.shortName, employer: scenario.sides.employer.shortName };
  const v = scenario.vocabulary;
  /** A side in running text: "the BMA", "Network Rail". */
  const the = { union: theSide(v, 'union'), employer: theSide(v, 'employer') };
  const kind = outcome?.kind ?? 'unfinished';
  const endWeek = outcome?.week ?? state.week;
  const end = longDate(weekStart(scenario.startDay, endWeek) + 6);
  const explanation = {
    deal: `Members ratified the deal in week ${endWeek + 1} (${end}).`,
    imposed: `The game ended in week ${endWeek + 1} (${end}) with ${the.employer}'s imposed terms in force.`,
    deadline: `The game ended in week ${endWeek + 1} (${end}) with no agreement: the terms stay as they were.`,
    collapse: `In week ${endWeek + 1} (${end}) ${the.union} could no longer take action: ballots failed and no mandate remained.`,
    unfinished: `This game was saved in week ${endWeek + 1} of ${scenario.horizonWeeks}; what follows covers the weeks played so far.`,
  }[kind];
  const sq = state.negotiation.statusQuo;
  const final = outcome?.terms ?? sq;
  const before = termsFromOffer(scenario, sq);
  const after = termsFromOffer(scenario, final);
  const c = d.costs;
  const headline = scenario.issues[0]!;

  const moments = d.moments.map((m): MomentView => ({
    when: `Week ${m.week + 1} · ${longDate(parseIsoDate(m.date) ?? scenario.startDay)}`,
    title: m.title,
    detail: m.detail.replace(/^./, (ch) => ch.toUpperCase()),
    side: m.side ?? null,
    sideName: m.side ? sideNames[m.side] : null,
    reason: m.reason ? reasonInWords(m.reason) : null,
    said: m.said ?? null,
  }));

  return {
    scenarioTitle: scenario.title,
    headline: HEADLINES[kind],
    explanation,
    players: { union: playerLabel(scenario, study.players.union, you === 'union'), employer: playerLabel(scenario, study.players.employer, you === 'employer') },
    sideNames,
    scores: outcome ? outcome.scores : null,
    scoreNotes: outcome
      ? { union: scoreExplained(scenario, d, 'union', outcome.scores.union) ?? '', employer: scoreExplained(scenario, d, 'employer', outcome.scores.employer) ?? '' }
      : null,
    you,
    terms: scenario.issues.map((issue) => ({
      label: issue.label,
      before: issueValue(issue, before[issue.id] ?? 0),
      after: issueValue(issue, after[issue.id] ?? 0),
      changed: before[issue.id] !== after[issue.id],
    })),
    valueLeft: valueLeftWords(scenario, d, outcome !== null),
    costs: {
      union: [
        { label: 'Pay lost on strike days', value: moneyM(c.union.lostPayM, v.currency) },
        { label: 'Strike days', value: count(c.union.strikeDays) },
        { label: "Members' morale", value: `${pct(c.union.moraleStart * 10_000)} → ${pct(c.union.moraleEnd * 10_000)}`, note: 'start → end' },
      ],
      employer: [
        { label: `Cost of strikes to ${theService(v)}`, value: moneyM(c.employer.strikeCostM, v.currency) },
        { label: 'Cost of the terms', value: `${moneyM(c.employer.payCostMPerYear, v.currency)} a year` },
        { label: 'Catch-up work funded', value: moneyM(c.employer.catchUpM, v.currency) },
        { label: capitalise(v.harm.name), value: `${signed(c.employer.waitingListChange)} ${v.harm.unit.plural}`, note: `now ${millions(harmLevel(state))}` },
      ],
    },
    costsSummary:
      c.union.strikeDays === 0
        ? 'No strike days were held, so neither side paid the costs of conflict: the question is whether either could have done better by threatening them.'
        : `The ${plural(c.union.strikeDays, 'strike day')} cost ${v.workers.plural} ${moneyM(c.union.lostPayM, v.currency)} in lost pay and ${theService(v)} ${moneyM(c.employer.strikeCostM, v.currency)}, ` +
          `about ${(c.employer.strikeCostM / Math.max(0.001, c.union.lostPayM)).toFixed(0)} times as much: conflict is costly to both, and unequally.`,
    revealed: [
      {
        label: `${capitalise(the.union)}'s floor`,
        value: issueValue(headline, d.hidden.unionFloor),
        note: floorNote(scenario, d, study, the.union),
      },
      {
        label: `${capitalise(the.employer)}'s read-across`,
        ...readAcrossWords(d.hidden.employerReadAcross, the.employer, v.currency),
      },
    ],
    moments,
    prompts: d.prompts,
    history: historyView(scenario, d, study),
    finished: outcome !== null,
  };
}
