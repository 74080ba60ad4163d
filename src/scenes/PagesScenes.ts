// The other DOM screens: the classroom (replay codes and session files in, links to the class report and the
// printable briefs), the class report, and the printable briefs. Each page's code loads on first visit.
import type { AppContext } from '../app-context';
import { SCENE } from '../navigation/scene-keys';
import { PageScene } from './PageScene';

export class ClassroomScene extends PageScene {
  constructor(context: AppContext) {
    super(SCENE.classroom, context);
  }
}

export class ClassReportScene extends PageScene {
  constructor(context: AppContext) {
    super(SCENE.classReport, context);
  }
}

export class PrintScene extends PageScene {
  constructor(context: AppContext) {
    super(SCENE.print, context);
  }
}
