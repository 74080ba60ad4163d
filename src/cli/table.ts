/**
 * The runner's table format: for people reading a run in a terminal. One line per week (date, public
 * support/opposition, the harm (the waiting list), strike days, the offer on the table, what happened), then a summary.
 * Built from the same records as the JSON, so the two never disagree.
 */
import { harmStart, lostAs, mandateExpires, moneyM, otherSide, type Scenario, type SideId } from '../sim';
import { withUnit } from '../sim/ai/messages';
import type { ActionRecord, EventRecord, OfferRecord, RunRecord, Terms, WeekRecord } from './records';

/** A side's short name from the scenario's vocabulary ("BMA", "Board"). */
const sideName = (scenario: Scenario, side: SideId): string => scenario.sides[side].shortName;

const int = (n: number): string => Math.round(n).toLocaleString('en-GB');
const pct = (share: number): string => `${Math.round(share * 1000) / 10}%`;
/** Millions of the scenario's currency as money: '£300m', '$1.23bn'. */
const money = (scenario: Scenario, m: number): string => moneyM(m, scenario.vocabulary.currency);

/** Terms in issue order, slash-separated: `26/4000/100/3`. */
const compact = (scenario: Scenario, terms: Terms): string => scenario.issues.map((issue) => String(terms[issue.id] ?? '?')).join('/');

/** Terms in words: `pay 4 pp, trainingPosts 2000 posts, …`. */
const spelled = (scenario: Scenario, terms: Terms): string =>
  scenario.issues.map((issue) => `${issue.id} ${withUnit(String(terms[issue.id] ?? '?'), issue.unit)}`).join(', ');

const offerCell = (scenario: Scenario, offer: OfferRecord | null, week: WeekRecord): string => {
  if (week.referendum) return `members vote on ${compact(scenario, week.referendum.terms)}`;
  if (!offer) return '-';
  const age = offer.week < 0 ? ' open' : offer.week === week.week ? ' new' : ` w${offer.week}`;
  return `${sideName(scenario, offer.from)}${age} ${compact(scenario, offer.offer)}`;
};

const shortDate = (iso: string): string => {
  const [, m, d] = iso.split('-');
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${Number(d)} ${months[Number(m) - 1] ?? m}`;
};

const str = (e: EventRecord, key: string): string => String(e[key]);

/** One event in a few words; null for those the line shows elsewhere. */
const eventText = (scenario: Scenario, e: EventRecord, week: WeekRecord): string | null => {
  const terms = (key: string) => compact(scenario, e[key] as Terms);
  // Not every event has a side (a ballot result, a scenario event).
  const hasSide = e.side === 'union' || e.side === 'employer';
  const side = hasSide ? sideName(scenario, e.side as SideId) : str(e, 'side');
  const other = hasSide ? sideName(scenario, otherSide(e.side as SideId)) : '';
  switch (e.type) {
    case 'offerMade': {
      const shown = week.offerOnTable && week.offerOnTable.week === week.week && week.offerOnTable.from === e.side;
      return shown ? null : `${side} offers ${terms('offer')}`;
    }
    case 'offerAccepted':
      return `${side} accepts ${other}'s ${terms('offer')}`;
    case 'offerRejected':
      return `${side} rejects ${other}'s offer (it stands)`;
    case 'offerWithdrawn':
      return `${side} withdraws its offer`;
    case 'referendumOpened':
      return `deal to members' vote (${str(e, 'voteWeeks')}wk, counted week ${str(e, 'closesWeek')}${e.recommended ? ', recommended' : ''}${e.continueAction ? ', action goes on' : ''})`;
    case 'referendumClosed':
      return `members vote ${pct(e.yes as number)} yes on ${pct(e.turnout as number)} turnout: ${e.passed ? 'accepted' : 'rejected'}`;
    case 'dealRatified':
      return `DEAL ${terms('terms')}`;
    case 'awardImposed':
      return `${sideName(scenario, 'employer')} imposes ${terms('terms')}`;
    case 'strikeCalled':
      return `strike called from ${shortDate(str(e, 'start'))} for ${str(e, 'days')}d`;
    case 'strikeSuspended':
      return `strike called off (${str(e, 'daysCalledOff')}d)`;
    case 'strikeDaysHeld':
      return `strike: ${pct(e.participation as number)} out${e.noStrikePay === true ? ' (no strike pay)' : ''}, ${int(e.rescheduled as number)} ${scenario.vocabulary.harm.lost.plural} ${lostAs(scenario.harm.kind).brief}`;
    case 'treasuryIntervened':
      return `budget holders step in (headroom ${money(scenario, Number(e.headroomM))})`;
    case 'ballotOpened':
      return `ballot opens (closes ${shortDate(str(e, 'closes'))})`;
    case 'ballotClosed':
      return e.won
        ? `ballot won (${pct(e.turnout as number)} turnout, ${pct(e.yes as number)} yes; ${mandateExpires(scenario) ? `mandate to ${shortDate(str(e, 'mandateUntil'))}` : 'mandate with no expiry'})`
        : `ballot lost: ${str(e, 'failedTest')}`;
    case 'mandateExpired':
      return 'mandate lapsed';
    case 'statementMade':
      return `${side} ${str(e, 'tone')} statement`;
    case 'mitigationSet':
      return `mitigation ${str(e, 'level')}`;
    case 'catchUpFunded':
      return `catch-up ${money(scenario, e.gbpM as number)}`;
    case 'scenarioEvent':
      return `news: ${str(e, 'headline')}`;
    case 'safetyConcernReported':
      return 'safety concern reported';
    case 'gameEnded':
      return null;
    default:
      return e.type;
  }
};

const rejectedText = (scenario: Scenario, a: ActionRecord): string => `✗ ${sideName(scenario, a.side)} ${a.action.type} (${a.rejected!.reason})`;

const pad = (s: string, n: number, right = false): string => (right ? s.padStart(n) : s.padEnd(n));

export const formatTable = (run: RunRecord, scenario: Scenario): string => {
  const lines: string[] = [];
  lines.push(`${scenario.title} (${run.scenario} ${run.scenarioVersion}), seed ${JSON.stringify(run.seed)}`);
  lines.push(`${sideName(scenario, 'union')}: ${run.players.union}    ${sideName(scenario, 'employer')}: ${run.players.employer}`);
  const units = scenario.issues.map((i) => i.unit).join('/');
  lines.push(`Offers read ${scenario.issues.map((i) => i.id).join('/')} (${units}).`);
  lines.push('');
  const harm = scenario.vocabulary.harm.name;
  const harmWidth = Math.max(12, harm.length);
  const offerWidth = Math.max(14, ...run.weeks.map((w) => offerCell(scenario, w.offerOnTable, w).length));
  lines.push(
    `${pad('wk', 3, true)}  ${pad('date', 10)}  ${pad('sup/opp %', 11)}  ${pad(harm, harmWidth, true)}  ${pad('strike', 6)}  ${pad('offer on table', offerWidth)}  events`,
  );
  for (const w of run.weeks) {
    const events = w.events.map((e) => eventText(scenario, e, w)).filter((t): t is string => t !== null);
    const rejected = w.actions.filter((a) => a.rejected).map((a) => rejectedText(scenario, a));
    const strike = w.strikeDays > 0 ? `${w.strikeDays}d` : '-';
    const opinion = `${w.support.toFixed(1)}/${w.oppose.toFixed(1)}`;
    lines.push(
      `${pad(String(w.week), 3, true)}  ${w.date}  ${pad(opinion, 11)}  ${pad(int(w.waitingList), harmWidth, true)}  ${pad(strike, 6)}  ${pad(offerCell(scenario, w.offerOnTable, w), offerWidth)}  ${[...events, ...rejected].join('; ')}`.trimEnd(),
    );
  }
  lines.push('');
  const first = run.weeks[0];
  const last = run.weeks[run.weeks.length - 1];
  if (run.outcome) {
    const o = run.outcome;
    const when = run.weeks.find((w) => w.week === o.week)?.date ?? '';
    const terms = o.terms ? `: ${spelled(scenario, o.terms)}` : '';
    lines.push(`Outcome: ${o.kind} in week ${o.week}${when ? ` (${when})` : ''}${terms}.`);
    const par = (side: 'union' | 'employer') => (o.par ? ` (par ${o.par[side]})` : '');
    lines.push(`Scores: ${sideName(scenario, 'union')} ${o.scores.union}${par('union')}, ${sideName(scenario, 'employer')} ${o.scores.employer}${par('employer')} (out of 100).`);
    if (o.par) lines.push('Par: the AI\'s mean score in that seat against the same opponent persona; beating it means playing the position better than the computer.');
  } else {
    lines.push(`Stopped after ${run.weeks.length} week${run.weeks.length === 1 ? '' : 's'} (--weeks); the dispute goes on.`);
  }
  if (first && last) {
    lines.push(
      `Strike days ${int(last.strikeDaysTotal)}; ${scenario.vocabulary.harm.lost.plural} ${lostAs(scenario.harm.kind).brief} ${int(last.rescheduledTotal)}; strike cost ${money(scenario, last.strikeCostTotalM)}; ` +
        `${harm} ${int(harmStart(scenario))} → ${int(last.waitingList)}; support ${first.support.toFixed(1)}% (week 0) → ${last.support.toFixed(1)}% (week ${last.week}).`,
    );
    const rejections = run.weeks.reduce((n, w) => n + w.actions.filter((a) => a.rejected).length, 0);
    if (rejections > 0) lines.push(`${rejections} action${rejections === 1 ? ' was' : 's were'} rejected (marked ✗; --format json gives the reasons).`);
  }
  lines.push(`State hash: ${run.stateHash}`);
  return `${lines.join('\n')}\n`;
};
