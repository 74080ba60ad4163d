// The terms: the offers on the table and the offer builder, valued for the player's own side only.
import { unionUtility, otherSide, walkAwayOf, type Offer, type Referendum, type SideId } from '../sim/index';
import { issueValue, issueValueShort, money, moneyUnits, signed } from './format';
import { info, type InfoView } from './info-panel';
import type { Plan, Session } from '../store/types';
import { points, valueTo } from './common';
import { ppDefinition, valueDefinition } from './units';

export interface TermsRow {
  readonly issueId: string;
  readonly label: string;
  readonly description: string;
  /** The other side's standing offer on this issue, or null when it has none. */
  readonly theirs: string | null;
  readonly yours: string | null;
  readonly draftIndex: number;
  /** The lowest level an offer may name (what is already in force). */
  readonly minIndex: number;
  readonly maxIndex: number;
  /** Each grid level, as text. */
  readonly levels: readonly string[];
  /** The same, compact, for a stepper in a narrow column. */
  readonly shortLevels: readonly string[];
  /** What the draft level is worth to you (BMA: points of members' value) or costs you (Government: £ a year). */
  readonly effect: string;
}

export interface TermsView {
  readonly rows: readonly TermsRow[];
  readonly theirTitle: string;
  readonly yourTitle: string;
  /** Value to you, 0–100, of their offer, your standing offer and your draft ("—" when absent). */
  readonly theirValue: string;
  readonly yourValue: string;
  readonly draftValue: string;
  /** Your walk-away value: what no deal is worth to you now, on the same 0–100 scale. */
  readonly walkAway: string;
  readonly draftAboveWalkAway: boolean;
  readonly theirAboveWalkAway: boolean | null;
  /** What the "value" numbers mean, for the info panel and the screen reader. */
  readonly explain: string;
  /** The same with the scenario's sources for how value is counted. */
  readonly valueInfo: InfoView;
  /** The draft as terms for propose/imposeAward. */
  readonly draftTerms: Readonly<Record<string, number>>;
  readonly draftCost: string;
  /** While members vote on a deal: its length, when it is counted and what happens to strikes; else null. */
  readonly vote: { readonly short: string; readonly long: string } | null;
}

/** A members' vote in a line for the panel and a sentence for the screen reader. */
const voteLines = (r: Referendum): { short: string; long: string } => {
  const weeks = r.closesWeek - r.opened;
  const strikes = r.continueAction ? 'strikes go on' : 'strikes paused';
  return {
    short: `Vote: ${weeks} wk, counted wk ${r.closesWeek + 1}; ${strikes}`,
    long: `Members are voting on these terms${r.recommended ? ', recommended by their leaders' : ', with no recommendation'}: a ${weeks}-week vote, counted in week ${r.closesWeek + 1}, with notified strike days ${r.continueAction ? 'going ahead' : 'called off'} meanwhile.`,
  };
};

export function termsView(session: Session, side: SideId, plan: Plan): TermsView {
  const { state } = session;
  const sc = state.scenario;
  const sq = state.negotiation.statusQuo;
  const referendum = state.negotiation.referendum;
  // While members vote, the terms they vote on stand in the other side's column.
  const theirs = referendum ? { from: referendum.from, week: referendum.opened, offer: referendum.terms } : state.negotiation.standing[otherSide(side)];
  const yours = state.negotiation.standing[side];
  const draft: Offer = sc.issues.map((_, i) => plan.draft[i] ?? sq[i] ?? 0);
  const walk = walkAwayOf(state, side);
  const base = valueTo(state, side, sq);
  const draftValue = valueTo(state, side, draft);

  const rows = sc.issues.map((issue, i): TermsRow => {
    const index = draft[i]!;
    let effect: string;
    if (side === 'union') {
      const only = sq.map((v, j) => (j === i ? index : v));
      effect = signed(Math.round((unionUtility(sc, only) - base) / 100));
    } else {
      const cost = (issue.employerCostK[index] ?? 0) - (issue.employerCostK[sq[i]!] ?? 0);
      effect = cost === 0 ? moneyUnits(0, sc.vocabulary.currency) : money(cost, sc.vocabulary.currency);
    }
    const text = (offer: Offer | undefined) => (offer ? issueValueShort(issue, issue.values[offer[i]!] ?? 0) : null);
    return {
      issueId: issue.id,
      label: issue.label,
      description: issue.description,
      theirs: text(theirs?.offer),
      yours: text(yours?.offer),
      draftIndex: index,
      minIndex: sq[i]!,
      maxIndex: issue.values.length - 1,
      levels: issue.values.map((v) => issueValue(issue, v)),
      shortLevels: issue.values.map((v) => issueValueShort(issue, v)),
      effect,
    };
  });
  const weekLabel = (w: number) => (w < 0 ? 'opening' : `week ${w + 1}`);
  const draftTerms: Record<string, number> = {};
  sc.issues.forEach((issue, i) => (draftTerms[issue.id] = issue.values[draft[i]!] ?? 0));
  const yearly = sc.issues.reduce((sum, issue, i) => sum + (issue.employerCostK[draft[i]!] ?? 0) - (issue.employerCostK[sq[i]!] ?? 0), 0);
  const walkAwayMeans =
    side === 'union'
      ? 'Walk-away is what no deal is worth to them now, in the same points: terms below it, members would vote down.'
      : 'Cost counts what other public-sector groups would claim in turn (your private estimate). Walk-away is what holding out is worth, in the same points, after the strikes and political damage you expect: terms above it beat no deal.';
  const explain = [valueDefinition(side), walkAwayMeans, ppDefinition(sc)].filter(Boolean).join(' ');
  const valuePaths =
    side === 'union'
      ? [...sc.issues.map((_, i) => `issues[${i}].unionWeight`), 'members.resistanceOpeningPay', 'members.resistanceRetainedPerStrikeDay']
      : ['costs.horizonYears', 'costs.readAcrossMin', 'costs.readAcrossMax', 'costs.planningWeeks', 'costs.politicalCostMPerWeekAtFullPressure'];
  return {
    rows,
    theirTitle: referendum ? "Members' vote, in vote" : theirs ? `${sc.sides[otherSide(side)].shortName}, ${weekLabel(theirs.week)}` : `${sc.sides[otherSide(side)].shortName}: none`,
    yourTitle: yours ? `You, ${weekLabel(yours.week)}` : 'You: none',
    theirValue: theirs ? points(valueTo(state, side, theirs.offer)) : '—',
    yourValue: yours ? points(valueTo(state, side, yours.offer)) : '—',
    draftValue: points(draftValue),
    walkAway: points(walk),
    draftAboveWalkAway: draftValue >= walk,
    theirAboveWalkAway: theirs ? valueTo(state, side, theirs.offer) >= walk : null,
    explain,
    valueInfo: info(sc, 'Value to you, and your walk-away', explain, valuePaths),
    draftTerms,
    draftCost: `${money(yearly, sc.vocabulary.currency)} a year`,
    vote: referendum ? voteLines(referendum) : null,
  };
}
