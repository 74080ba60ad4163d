// The end of a game, or a game reopened from a replay code or a session file: the teaching debrief, drawn in
// the DOM (see src/pages/debrief/). Its code loads on first visit, not with the Title.
import type { AppContext } from '../app-context';
import { SCENE } from '../navigation/scene-keys';
import { PageScene } from './PageScene';

export class DebriefScene extends PageScene {
  constructor(context: AppContext) {
    super(SCENE.debrief, context);
  }
}
