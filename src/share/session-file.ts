/**
 * Session files: a finished (or unfinished) game exported as JSON, for teachers to collect and compare
 * (docs/architecture.md#sharing-a-game-replay-codes-and-session-files). The file names the scenario (and
 * carries its text when it is not bundled), the seed, the players, the whole action log, the outcome and the
 * final state hash, plus a checksum over all of that. On import the checksum is checked and the log
 * replayed: the file is accepted only if replay reaches its hash.
 */
import { z } from 'zod';
import { canonicalJson, hashText } from '../sim/hash';
import { err, ok, replay, stateHash, termsFromOffer, type Action, type GameState, type Result, type Scenario } from '../sim/index';
import { encodeReplay } from './replay-code';

const SESSION_FORMAT = 'standoff-session';
const SESSION_FORMAT_VERSION = 1;

const outcomeSchema = z.object({
  kind: z.enum(['deal', 'imposed', 'deadline', 'collapse']),
  week: z.number().int(),
  terms: z.record(z.string(), z.number()).nullable(),
  scores: z.object({ union: z.number(), employer: z.number() }),
});

const sessionSchema = z.object({
  format: z.literal(SESSION_FORMAT),
  formatVersion: z.number().int(),
  scenario: z.object({ id: z.string(), version: z.string(), text: z.string().optional() }),
  seed: z.string(),
  players: z.object({ union: z.string(), employer: z.string() }),
  log: z.array(z.record(z.string(), z.unknown())).max(100_000),
  weeksPlayed: z.number().int(),
  outcome: outcomeSchema.nullable(),
  stateHash: z.string(),
  replayCode: z.string(),
  /** Free labels a teacher may use (student name, class); not interpreted. */
  labels: z.record(z.string(), z.string()).optional(),
  checksum: z.string(),
});

export type SessionFile = z.infer<typeof sessionSchema>;

export interface SessionOptions {
  /** The scenario's text, when it is not bundled (so the file opens anywhere). */
  readonly scenarioText?: string;
  readonly labels?: Readonly<Record<string, string>>;
}

const checksumOf = (file: Omit<SessionFile, 'checksum'>): string => hashText(canonicalJson(file));

/** Builds a session file for a game (its state and the log that produced it). */
export const makeSessionFile = (scenario: Scenario, state: GameState, log: readonly Action[], options: SessionOptions = {}): SessionFile => {
  const start = replay(scenario, state.seed, state.players, []);
  const record = { scenarioId: scenario.id, scenarioVersion: scenario.version, seed: state.seed, players: state.players, log, ...(options.scenarioText !== undefined ? { scenarioText: options.scenarioText } : {}) };
  const body: Omit<SessionFile, 'checksum'> = {
    format: SESSION_FORMAT,
    formatVersion: SESSION_FORMAT_VERSION,
    scenario: { id: scenario.id, version: scenario.version, ...(options.scenarioText !== undefined ? { text: options.scenarioText } : {}) },
    seed: state.seed,
    players: { ...state.players },
    log: log.map((a) => ({ ...a })),
    weeksPlayed: state.history.length,
    outcome: state.outcome
      ? { kind: state.outcome.kind, week: state.outcome.week, terms: state.outcome.terms ? termsFromOffer(scenario, state.outcome.terms) : null, scores: { ...state.outcome.scores } }
      : null,
    stateHash: stateHash(state),
    replayCode: encodeReplay(scenario, start, record),
    ...(options.labels ? { labels: { ...options.labels } } : {}),
  };
  return { ...body, checksum: checksumOf(body) };
};

/** Reads a session file's text: shape, version and checksum. The scenario is looked up by the caller. */
export const readSessionText = (text: string): Result<SessionFile, string> => {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return err('This is not a session file: it is not valid JSON (it may be cut short).');
  }
  const format = (data as { format?: unknown } | null)?.format;
  if (format !== SESSION_FORMAT) return err('This is not a Standoff session file (its "format" field is missing or different).');
  const version = (data as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > SESSION_FORMAT_VERSION) return err(`This session file was made by a newer version of Standoff (format ${version}).`);
  const parsed = sessionSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return err(`This session file is damaged: the field "${issue.path.join('.') || '(top)'}" is wrong (${issue.message}).`);
  }
  const { checksum, ...body } = parsed.data;
  if (checksumOf(body) !== checksum) return err('This session file has been edited or damaged: its checksum does not match.');
  return ok(parsed.data);
};

/** Replays a session against its scenario to the state it records; accepted only if the replay reaches it. */
export const verifySession = (session: SessionFile, scenario: Scenario): Result<GameState, string> => {
  if (scenario.id !== session.scenario.id || scenario.version !== session.scenario.version) {
    return err(`This session is for ${session.scenario.id} version ${session.scenario.version}, not ${scenario.id} version ${scenario.version}.`);
  }
  let state: GameState;
  try {
    state = replay(scenario, session.seed, session.players, session.log as unknown as Action[]);
  } catch (e) {
    return err(`This session cannot be replayed: ${e instanceof Error ? e.message : String(e)}.`);
  }
  if (stateHash(state) !== session.stateHash) return err('This session does not replay to the game it records (its moves or scenario differ).');
  return ok(state);
};
