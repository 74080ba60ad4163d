// Opening a study from a replay code or a session file: read, checked, its scenario found (bundled, or the
// text it carries) and replayed. Kept apart from study.ts because a carried scenario may be YAML, whose
// parser should load only when a code or file is actually opened.
import { err, ok, readScenarioText, replay, type Action, type GameState, type Result } from '../sim/index';
import { decodeReplay, logOf } from '../share/replay-code';
import { resolveScenario, type ScenarioLookup } from '../share/resolve-scenario';
import { readSessionText, verifySession } from '../share/session-file';
import type { Study } from './study';

/** The study, or a sentence saying why the code or file cannot be opened. */
export type Opened = Result<Study, string>;

/**
 * The carried scenario as JSON text. The catalogue takes a player's own scenario as JSON (it has no YAML parser,
 * to stay light), so YAML carried by a code or file (the runner writes a YAML scenario's text as it found it) is
 * turned into the same data as JSON here, where the YAML parser is loaded anyway; a study can then be continued.
 */
const carriedAsJson = (text: string | undefined): { scenarioText?: string } => {
  if (text === undefined) return {};
  try {
    JSON.parse(text);
    return { scenarioText: text };
  } catch {
    const read = readScenarioText(text); // it has just been parsed as the game's scenario, so this reads
    return read.ok ? { scenarioText: JSON.stringify(read.value.raw) } : { scenarioText: text };
  }
};

/** A replay code (or a whole link ending in `#r=<code>`) opened as a study. */
export function openReplayCode(input: string, lookup: ScenarioLookup): Opened {
  const code = input.trim().replace(/^.*#r=/, '');
  const decoded = decodeReplay(code);
  if (!decoded.ok) return decoded;
  const d = decoded.value;
  const resolved = resolveScenario(lookup, d.scenarioId, d.scenarioVersion, d.scenarioText);
  if (!resolved.ok) return resolved;
  const scenario = resolved.value;
  const log = logOf(scenario, d);
  if (!log.ok) return log;
  let state: GameState;
  try {
    state = replay(scenario, d.seed, d.players, log.value);
  } catch (error) {
    return err(`This replay code cannot be replayed: ${error instanceof Error ? error.message : String(error)}.`);
  }
  return ok({ scenario, ...carriedAsJson(d.scenarioText), seed: d.seed, players: state.players, log: log.value, state, source: 'code' });
}

/** A session file's text opened as a study: checked, its scenario found, and replayed to its recorded state. */
export function openSessionText(text: string, fileName: string, lookup: ScenarioLookup): Opened {
  const read = readSessionText(text);
  if (!read.ok) return read;
  const session = read.value;
  const resolved = resolveScenario(lookup, session.scenario.id, session.scenario.version, session.scenario.text);
  if (!resolved.ok) return resolved;
  const scenario = resolved.value;
  const state = verifySession(session, scenario);
  if (!state.ok) return state;
  return ok({
    scenario,
    ...carriedAsJson(session.scenario.text),
    seed: session.seed,
    players: state.value.players,
    log: session.log as unknown as Action[],
    state: state.value,
    source: 'file',
    label: fileName,
    ...(session.labels ? { labels: session.labels } : {}),
  });
}
