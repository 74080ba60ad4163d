// A game to study in the debrief: the one just played, or one reopened from a replay code or a session file.
// Opening one never touches the game in play or its save; "continue" (adoptStudy in the store) does, and says so.
import { replay, stateHash, type Action, type GameState, type Scenario, type SideId } from '../sim/index';
import { encodeReplay } from '../share/replay-code';
import { makeSessionFile } from '../share/session-file';
import type { Session } from './session';

export type StudySource = 'game' | 'code' | 'file';

export interface Study {
  readonly scenario: Scenario;
  /** The scenario's text, when the game came with it (a scenario that is not bundled). */
  readonly scenarioText?: string;
  readonly seed: string;
  readonly players: Readonly<Record<SideId, string>>;
  readonly log: readonly Action[];
  /** Where the log leads: the end of the game, or the week it was saved in. */
  readonly state: GameState;
  readonly source: StudySource;
  /** A file name or other note on where it came from. */
  readonly label?: string;
  /** Free labels carried by a session file (a student's name…). */
  readonly labels?: Readonly<Record<string, string>>;
}

/** The game in play as a study; `scenarioText` for a scenario of the player's own, so its code and file carry it. */
export function studyOfSession(session: Session, scenarioText: string | null = null): Study {
  return {
    scenario: session.scenario,
    ...(scenarioText !== null ? { scenarioText } : {}),
    seed: session.state.seed,
    players: session.state.players,
    log: session.log,
    state: session.state,
    source: 'game',
  };
}

/** The study's replay code. */
export function replayCodeOf(study: Study): string {
  const start = replay(study.scenario, study.seed, study.players, []);
  return encodeReplay(study.scenario, start, {
    scenarioId: study.scenario.id,
    scenarioVersion: study.scenario.version,
    ...(study.scenarioText !== undefined ? { scenarioText: study.scenarioText } : {}),
    seed: study.seed,
    players: study.players,
    log: study.log,
  });
}

/** A link that reopens the study: this page's address with `#r=<code>`. */
export const replayLinkOf = (pageUrl: string, code: string): string => `${pageUrl.replace(/#.*$/, '')}#r=${code}`;

/** The study as a session file: its text and a file name to save it under. */
export function sessionFileOf(study: Study, labels: Readonly<Record<string, string>> = {}): { name: string; text: string } {
  const kept = Object.fromEntries(Object.entries({ ...study.labels, ...labels }).filter(([, v]) => v.trim() !== ''));
  const file = makeSessionFile(study.scenario, study.state, study.log, {
    ...(study.scenarioText !== undefined ? { scenarioText: study.scenarioText } : {}),
    ...(Object.keys(kept).length ? { labels: kept } : {}),
  });
  const who = (kept.student ?? kept.name ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const seed = study.seed.replace(/[^A-Za-z0-9_-]+/g, '-');
  return { name: `standoff-${study.scenario.id}-seed-${seed}${who ? `-${who}` : ''}.json`, text: `${JSON.stringify(file, null, 1)}\n` };
}

/** The study's fingerprint (the core's state hash), for tests and for checking two copies agree. */
export const studyHash = (study: Study): string => stateHash(study.state);
