/**
 * Replay codes: a short, URL-safe string that reopens a game anywhere (`#r=<code>`). It holds the scenario's
 * id and version (and its full text when it is not bundled), the seed, the players and the moves that took
 * effect, week by week; it is compressed with lz-string and carries a checksum, so a damaged or altered code
 * is refused with a clear message instead of replaying something else.
 *
 * Layout: `1.<checksum>.<lz-string of JSON>`, the JSON being
 *   { s: id, v: version, t?: text, seed, p: [unionPlayer, employerPlayer], w: [[unionMoves, employerMoves, ended?]…] }
 * where a move is `[typeIndex, …parameters]` (an accept or a vote put to members carries `[weeks or 0, 1/0 or -1]`
 * only when the union chose the vote's length or whether action continues) and `ended` (only on an unfinished last week) says which sides
 * had ended their turn. Refused actions change nothing, so they are left out.
 */
import LZString from 'lz-string';

// lz-string is CommonJS: its functions hang off the default export in both Node and Vite.
const { compressToEncodedURIComponent, decompressFromEncodedURIComponent } = LZString;
import { hashText } from '../sim/hash';
import { err, ok, replayLog, STATEMENT_TONES, type Action, type GameState, type LoggedWeek, type Result, type Scenario, type SideId } from '../sim/index';
import { offerFromTerms, termsFromOffer } from '../sim/utility';

const REPLAY_CODE_VERSION = 1;

const TYPES = ['propose', 'accept', 'reject', 'callStrike', 'suspendStrike', 'openBallot', 'putToMembers', 'statement', 'imposeAward', 'setMitigation', 'fundCatchUp', 'withdraw'] as const;

type Move = (string | number)[];
type Week = [Move[], Move[]] | [Move[], Move[], [number, number]];

interface Payload {
  readonly s: string;
  readonly v: string;
  readonly t?: string;
  readonly seed: string;
  readonly p: [string, string];
  readonly w: Week[];
}

/** What a code says about a game besides its moves. */
interface ReplayHeader {
  readonly scenarioId: string;
  readonly scenarioVersion: string;
  /** The scenario's text, for scenarios that are not bundled. */
  readonly scenarioText?: string;
  readonly seed: string;
  readonly players: Readonly<Record<SideId, string>>;
}

export interface ReplayRecord extends ReplayHeader {
  readonly log: readonly Action[];
}

/** A decoded code: everything but the moves, which need the scenario to be read. */
export interface DecodedReplay extends ReplayHeader {
  readonly weeks: readonly Week[];
}

const offerValues = (scenario: Scenario, terms: Readonly<Record<string, number>>, state: GameState): number[] => {
  const offer = offerFromTerms(scenario, terms, state.negotiation.statusQuo);
  const full = termsFromOffer(scenario, offer.ok ? offer.value : state.negotiation.statusQuo);
  return scenario.issues.map((issue) => full[issue.id]!);
};

/** `state` is the week's start: an offer is read against the status quo then in force. */
const moveOf = (scenario: Scenario, action: Action, state: GameState): Move => {
  const code = TYPES.indexOf(action.type as (typeof TYPES)[number]);
  switch (action.type) {
    case 'propose':
    case 'imposeAward':
      return [code, ...offerValues(scenario, action.offer, state)];
    case 'callStrike':
      return [code, action.start, action.days];
    case 'statement':
      return [code, STATEMENT_TONES.indexOf(action.tone)];
    case 'setMitigation':
      return [code, action.level];
    case 'fundCatchUp':
      return [code, action.gbpM];
    case 'accept':
    case 'putToMembers':
      // The union's vote choices, only when it made them (older codes carry none).
      return action.voteWeeks === undefined && action.continueAction === undefined
        ? [code]
        : [code, action.voteWeeks ?? 0, action.continueAction === undefined ? -1 : action.continueAction ? 1 : 0];
    default:
      return [code];
  }
};

/** A side's moves that took effect in a week, ends of turn left out (the week's shape says who ended). */
const movesOf = (scenario: Scenario, week: LoggedWeek, side: SideId): Move[] =>
  week.actions.filter((a) => a.side === side && !a.rejected && a.action.type !== 'endTurn').map((a) => moveOf(scenario, a.action, week.start));

/** The moves that took effect, grouped by week and side; an unfinished last week also says who has ended. */
const weeksOf = (scenario: Scenario, record: ReplayRecord, start: GameState): Week[] =>
  replayLog(start, record.log).weeks.flatMap((week): Week[] => {
    const moves: [Move[], Move[]] = [movesOf(scenario, week, 'union'), movesOf(scenario, week, 'employer')];
    if (week.resolved) return [moves];
    const { state } = week;
    const ended: [number, number] = [state.turn.union.ended ? 1 : 0, state.turn.employer.ended ? 1 : 0];
    const any = moves[0].length || moves[1].length || ended[0] || ended[1];
    return !state.outcome && any ? [[...moves, ended]] : [];
  });

export const encodeReplay = (scenario: Scenario, start: GameState, record: ReplayRecord): string => {
  const payload: Payload = {
    s: record.scenarioId,
    v: record.scenarioVersion,
    ...(record.scenarioText !== undefined ? { t: record.scenarioText } : {}),
    seed: record.seed,
    p: [record.players.union, record.players.employer],
    w: weeksOf(scenario, record, start),
  };
  const json = JSON.stringify(payload);
  return `${REPLAY_CODE_VERSION}.${hashText(json).slice(0, 8)}.${compressToEncodedURIComponent(json)}`;
};

const isMoveList = (x: unknown): x is Move[] =>
  Array.isArray(x) && x.every((m) => Array.isArray(m) && m.length >= 1 && m.every((p) => typeof p === 'number' || typeof p === 'string'));

/** Reads a code's outer layers: version, checksum, compression, JSON shape. */
export const decodeReplay = (code: string): Result<DecodedReplay, string> => {
  const text = typeof code === 'string' ? code.trim().replace(/^#?r=/, '') : '';
  const match = /^(\d+)\.([0-9a-f]{8})\.(.+)$/.exec(text);
  if (!match) return err('This is not a Standoff replay code: it should look like 1.xxxxxxxx.… .');
  if (Number(match[1]) > REPLAY_CODE_VERSION) return err(`This code was made by a newer version of Standoff (code format ${match[1]}); update Standoff to open it.`);
  if (Number(match[1]) < REPLAY_CODE_VERSION) return err(`This code uses an old format (${match[1]}) that this version can no longer read.`);
  let json: string | null = null;
  try {
    json = decompressFromEncodedURIComponent(match[3]!);
  } catch {
    json = null;
  }
  if (!json) return err('This replay code is damaged: part of it is missing or was mistyped.');
  if (hashText(json).slice(0, 8) !== match[2]) return err('This replay code has been altered or cut short: its checksum does not match.');
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return err('This replay code is damaged: its contents are not readable.');
  }
  const p = data as Partial<Payload>;
  const weeksOk = Array.isArray(p.w) && p.w.every((w) => Array.isArray(w) && (w.length === 2 || w.length === 3) && isMoveList(w[0]) && isMoveList(w[1]));
  if (typeof p.s !== 'string' || typeof p.v !== 'string' || typeof p.seed !== 'string' || !Array.isArray(p.p) || p.p.length !== 2 || !weeksOk) {
    return err('This replay code is damaged: it does not hold a complete game.');
  }
  return ok({
    scenarioId: p.s,
    scenarioVersion: p.v,
    ...(typeof p.t === 'string' ? { scenarioText: p.t } : {}),
    seed: p.seed,
    players: { union: String(p.p[0]), employer: String(p.p[1]) },
    weeks: p.w as Week[],
  });
};

const actionOf = (scenario: Scenario, side: SideId, move: Move): Action | null => {
  const [code, ...params] = move;
  const type = TYPES[code as number];
  const terms = () => Object.fromEntries(scenario.issues.map((issue, i) => [issue.id, Number(params[i])]));
  switch (type) {
    case 'propose':
    case 'imposeAward':
      return params.length === scenario.issues.length ? { side, type, offer: terms() } : null;
    case 'callStrike':
      return { side, type, start: String(params[0]), days: Number(params[1]) };
    case 'statement': {
      const tone = STATEMENT_TONES[Number(params[0])];
      return tone ? { side, type, tone } : null;
    }
    case 'setMitigation':
      return { side, type, level: Number(params[0]) };
    case 'fundCatchUp':
      return { side, type, gbpM: Number(params[0]) };
    case 'accept':
    case 'putToMembers': {
      if (params.length === 0) return { side, type };
      const weeks = Number(params[0]);
      const flag = Number(params[1]);
      return { side, type, ...(weeks > 0 ? { voteWeeks: weeks } : {}), ...(flag >= 0 ? { continueAction: flag === 1 } : {}) };
    }
    case undefined:
      return null;
    default:
      return { side, type };
  }
};

/** The action log a decoded code stands for, given its scenario. */
export const logOf = (scenario: Scenario, decoded: DecodedReplay): Result<Action[], string> => {
  const log: Action[] = [];
  for (const [i, week] of decoded.weeks.entries()) {
    const ended = week[2] ?? [1, 1];
    for (const [k, side] of (['union', 'employer'] as const).entries()) {
      for (const move of week[k]!) {
        const action = actionOf(scenario, side, move as Move);
        if (!action) return err(`This replay code is damaged: a move in week ${i} cannot be read.`);
        log.push(action);
      }
      if (ended[k]) log.push({ side, type: 'endTurn' });
    }
  }
  return ok(log);
};
