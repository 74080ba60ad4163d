/**
 * Standoff's simulation core: the public surface. Everything here is pure and deterministic; it runs the same
 * in Node and in the browser.
 */
export type * from './types';
export { ACTION_TYPES } from './types';
export type { Scenario, SideId, Vocabulary, Issue, StatementTone, CoachPrompt, NewsEntry } from './scenario/types';
export { SIDES, STATEMENT_TONES, YES_NO, otherSide } from './scenario/types';
export { parseScenario, parseScenarioText, readScenarioText } from './scenario/parse';
export { formatProblem, type Problem } from './scenario/problem';
export { capitalise, lostAs, theHarm, theService, theSide } from './scenario/words';
export { money, moneyM, moneyUnits, type Currency } from './money';
export { ok, err, type Result } from './result';
export { clamp } from './fixed';
export { newGame, parsePlayer, personaOf } from './new-game';
export { step } from './step';
export { legalActions, MAX_VOTE_WEEKS, mondayOf } from './legal';
export { replay, stateHash } from './replay';
export { decide } from './ai/decide';
export type { Decision } from './ai/decision';
export { sideSays } from './ai/voice';
export { unionUtility, employerUtility, termsFromOffer, offerFromTerms } from './utility';
export { walkAwayOf, politicalPressureBp } from './walkaway';
export { harmLevel, harmStart, valueOfUnitLost } from './harm';
export { harmFigureAt } from './harm-figures';
export { expectedTurnoutBp, mandateExpires } from './law';
export { publicShares, groupPublicShares, blameShares } from './opinion';
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
} from './play';
export type { Progress } from './drive';
export { replayLog, type LoggedWeek } from './replay-log';
export { analyseGame, type Debrief } from './debrief/analyse';
export type { HarmRecordWeek } from './debrief/harm-record';
export { whatIf } from './what-if';
