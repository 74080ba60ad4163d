// The scenario workbench (for authors): a DOM page whose code, with the YAML parser and the checker, loads on
// first visit (src/workbench/page.ts), so it adds nothing to the Title's first download.
import type { AppContext } from '../app-context';
import { SCENE } from '../navigation/scene-keys';
import { PageScene } from './PageScene';

export class WorkbenchScene extends PageScene {
  constructor(context: AppContext) {
    super(SCENE.workbench, context);
  }
}
