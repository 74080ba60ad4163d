// Where a game in play picks up: the debrief once it is over, the hand-over screen between two people on one
// screen, otherwise the table.
import { isHotSeat } from '../store/hot-seat';
import type { Session } from '../store/session';
import { SCENE, type SceneKey } from './scene-keys';

export const screenToResume = (session: Session): SceneKey =>
  session.state.outcome ? SCENE.debrief : isHotSeat(session.setup) ? SCENE.pass : SCENE.table;
