// The side's moves for the week, each with its shortcut and, when unavailable, the core's reason.
import { legalActions, longDate, parseIsoDate, type Action, type ActionType, type Currency, type SideId, type VoteOptions } from '../sim/index';
import type { Session } from '../store/types';
import { moneyM } from './format';
import { TONE_LABELS, voteWeeksLabel } from './move-settings';

export interface ActionView {
  readonly type: ActionType;
  readonly label: string;
  /** The keyboard shortcut, a single key shown on screen. */
  readonly key: string;
  readonly available: boolean;
  /** Why it cannot be taken now, from the core. */
  readonly reason?: string;
  /** The same, in a few words, for a tight space on screen. */
  readonly short?: string;
  /** The log index of this move when it is already queued this week (it can be withdrawn). */
  readonly queuedIndex: number | null;
}

const ACTION_TEXT: Readonly<Record<ActionType, { key: string; union: string; employer: string }>> = {
  propose: { key: 'P', union: 'Propose these terms', employer: 'Propose these terms' },
  imposeAward: { key: 'I', union: '', employer: 'Impose these terms' },
  accept: { key: 'A', union: 'Accept and recommend', employer: 'Accept their offer' },
  putToMembers: { key: 'M', union: "Put to a members' vote", employer: '' },
  reject: { key: 'R', union: 'Reject their offer', employer: 'Reject their offer' },
  withdraw: { key: 'W', union: 'Withdraw your offer', employer: 'Withdraw your offer' },
  callStrike: { key: 'S', union: 'Call a strike', employer: '' },
  suspendStrike: { key: 'X', union: 'Call off strike days', employer: '' },
  openBallot: { key: 'B', union: 'Open a strike ballot', employer: '' },
  setMitigation: { key: 'L', union: '', employer: 'Keep the service running' },
  fundCatchUp: { key: 'F', union: '', employer: 'Fund catch-up work' },
  statement: { key: 'T', union: 'Make a statement', employer: 'Make a statement' },
  endTurn: { key: 'E', union: 'End the week', employer: 'End the week' },
};

/** Short forms of the core's reasons, for the canvas; the full sentence is read out and shown on a try. */
const SHORT_REASONS: Readonly<Partial<Record<string, string>>> = {
  'game-over': 'The dispute is over',
  'turn-ended': 'Week already ended',
  'already-this-week': 'Already done this week',
  'referendum-running': 'Members are voting',
  'no-offer': 'No offer to answer',
  'offer-too-new': 'Answer from next week',
  'already-rejected': 'Already rejected; it still stands',
  'no-own-offer': 'You have no offer on the table',
  'no-mandate': 'No mandate: win a ballot first',
  'mandate-too-short': 'Mandate ends too soon',
  'past-horizon': 'Too late in the dispute',
  'no-strike': 'No strike days notified',
  'ballot-open': 'A ballot is already open',
  'over-budget': 'No budget left',
};

/** The order actions appear in: answers first, then the side's levers, then its voice. */
const ORDER: readonly ActionType[] = ['accept', 'putToMembers', 'reject', 'propose', 'withdraw', 'imposeAward', 'callStrike', 'suspendStrike', 'openBallot', 'setMitigation', 'fundCatchUp', 'statement', 'endTurn'];

export const actionKey = (type: ActionType): string => ACTION_TEXT[type].key;

/** The log indexes of the moves `side` has queued this week (which it may still withdraw). */
function queuedThisWeek(session: Session, side: SideId): number[] {
  const from = session.weekStarts[session.state.week] ?? 0;
  const out: number[] = [];
  for (let i = from; i < session.log.length; i += 1) {
    const action = session.log[i]!;
    if (action.side === side && action.type !== 'endTurn') out.push(i);
  }
  return session.state.outcome ? [] : out;
}

export function actionsView(session: Session, side: SideId): ActionView[] {
  const legal = legalActions(session.state, side);
  const queued = queuedThisWeek(session, side);
  return legal.actions
    .filter((a) => ACTION_TEXT[a.type][side] !== '')
    .sort((a, b) => ORDER.indexOf(a.type) - ORDER.indexOf(b.type))
    .map((a) => {
      const index = queued.find((i) => session.log[i]!.type === a.type) ?? null;
      const text = ACTION_TEXT[a.type];
      const base = { type: a.type, label: text[side], key: text.key, queuedIndex: index };
      // A queued move shows as queued (and can be withdrawn), not with the core's "already this week".
      if (index !== null) return { ...base, available: true };
      if (a.available) return { ...base, available: true };
      const reason = a.message ?? 'Not possible now.';
      return { ...base, available: false, reason, short: SHORT_REASONS[a.reason ?? ''] ?? reason };
    });
}

/** The move's name for a side, as the Table shows it ('' when the side has no such move). */
export const actionLabel = (type: ActionType, side: SideId): string => ACTION_TEXT[type][side];
export const ACTION_ORDER = ORDER;

/** How the union runs the vote, when it chose: " (members vote over 2 weeks; strikes go on)". */
const voteText = (action: VoteOptions): string => {
  if (action.voteWeeks === undefined && action.continueAction === undefined) return '';
  const parts = [
    ...(action.voteWeeks !== undefined ? [`members vote over ${voteWeeksLabel(action.voteWeeks)}`] : []),
    ...(action.continueAction !== undefined ? [action.continueAction ? 'notified strikes go on' : 'notified strikes paused'] : []),
  ];
  return ` (${parts.join('; ')})`;
};

/** The action in words, for "Queued: …" and the screen reader. */
export function describeAction(action: Action, currency: Currency): string {
  switch (action.type) {
    case 'callStrike':
      return `a ${action.days}-day strike from ${longDate(parseIsoDate(action.start) ?? 0)}`;
    case 'statement':
      return `a ${TONE_LABELS[action.tone].toLowerCase()} statement`;
    case 'setMitigation':
      return `the service kept running at level ${action.level} of 100`;
    case 'fundCatchUp':
      return `${moneyM(action.gbpM, currency)} of catch-up work`;
    case 'propose':
      return 'your offer';
    case 'imposeAward':
      return 'imposing these terms';
    case 'accept':
      return `accepting their offer${voteText(action)}`;
    case 'putToMembers':
      return `putting their offer to members' vote${voteText(action)}`;
    case 'reject':
      return 'rejecting their offer';
    case 'withdraw':
      return 'withdrawing your offer';
    case 'suspendStrike':
      return 'calling off the notified strike days';
    case 'openBallot':
      return 'a strike ballot';
    case 'endTurn':
      return 'the end of your week';
  }
}
