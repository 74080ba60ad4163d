// The screens drawn in the DOM, by scene: each page's code is loaded on first visit with a dynamic import(), so
// it stays out of the initial download and the Title's first frame.
import type { PageModule } from './page-context';
import { SCENE } from './scene-keys';

export const PAGES = {
  [SCENE.debrief]: () => import('../pages/debrief/index'),
  [SCENE.classroom]: () => import('../pages/classroom'),
  [SCENE.classReport]: () => import('../pages/class-report'),
  [SCENE.print]: () => import('../pages/print-briefs'),
  [SCENE.workbench]: () => import('../workbench/page'),
  [SCENE.howToPlay]: () => import('../pages/how-to-play'),
  [SCENE.joinClass]: () => import('../pages/join-class'),
  [SCENE.teacher]: () => import('../pages/teacher'),
} as const satisfies Readonly<Record<string, () => Promise<PageModule>>>;

export type PageKey = keyof typeof PAGES;
