/**
 * Standoff's simulation core: the public surface. Everything here is pure and deterministic; it runs the same
 * in Node and in the browser.
 */
export type * from './types';
export { ACTION_TYPES, REJECTION_REASONS } from './types';
export type { Scenario, SideId, Issue, Persona, Source, Provenance, StatementTone } from './scenario/types';
export { SIDES, STATEMENT_TONES, otherSide } from './scenario/types';
export { parseScenario, parseScenarioText, readScenarioText, type ScenarioText } from './scenario/parse';
export { formatProblem, type Problem, type Severity } from './scenario/problem';
export { FORMAT_VERSION } from './scenario/schema';
export { ok, err, type Result } from './result';
export { clamp } from './fixed';
export { newGame, parsePlayer, personaOf, type NewGameOptions } from './new-game';
export { step } from './step';
export { legalActions, mondayOf, type LegalActions, type ActionAvailability } from './legal';
export { replay, stateHash } from './replay';
export { decide } from './ai/decide';
export type { Decision } from './ai/decision';
export { bmaUtility, govUtility, termsFromOffer, offerFromTerms, statusQuoOffer } from './utility';
export { walkAwayOf, expectedDisputeCost, politicalPressureBp } from './walkaway';
export { publicShares, groupPublicShares, blameShares } from './opinion';
export { participationBp } from './industrial';
export { isoFromDay, parseIsoDate, longDate, weekStart } from './calendar';
export { playMoves } from './drive';
export {
  playWeek,
  playGame,
  scriptController,
  AI_CONTROLLER,
  HUMAN_CONTROLLER,
  type Controller,
  type Controllers,
  type ScriptAction,
  type ActionOutcome,
  type AiMessage,
  type PlayedWeek,
  type PlayedGame,
} from './play';
export type { Progress } from './drive';
export { replayLog, type LoggedWeek, type ReplayedLog } from './replay-log';
export { analyseGame, type Debrief, type DebriefWeek } from './debrief/analyse';
export type { KeyMoment } from './debrief/moments';
export type { UtilityPoint, ValueLeft } from './debrief/frontier';
export type { HicksCurves } from './debrief/hicks';
export { whatIf, type Fork } from './what-if';
