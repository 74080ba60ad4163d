// Where a game goes: a new (or restarted) game starts with the hand-over screen between two people on one
// screen, otherwise with the side's brief; a game in play picks up at the debrief once it is over, at the
// hand-over screen in hot-seat, otherwise at the table.
import { isHotSeat } from '../store/hot-seat';
import type { GameSetup, Session } from '../store/session';
import { SCENE, type SceneKey } from './scene-keys';

export const screenToStart = (setup: Pick<GameSetup, 'players'> | undefined): SceneKey =>
  setup && isHotSeat(setup) ? SCENE.pass : SCENE.briefing;

export const screenToResume = (session: Session): SceneKey =>
  session.state.outcome ? SCENE.debrief : isHotSeat(session.setup) ? SCENE.pass : SCENE.table;
