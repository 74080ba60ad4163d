// Scene keys in one place: scenes, DOM pages, replay links and the test hook name screens by them.
export const SCENE = {
  boot: 'Boot',
  title: 'Title',
  setup: 'Setup',
  briefing: 'Briefing',
  table: 'Table',
  weekResult: 'WeekResult',
  debrief: 'Debrief',
  settings: 'Settings',
  pass: 'Pass',
  classroom: 'Classroom',
  classReport: 'ClassReport',
  print: 'Print',
  workbench: 'Workbench',
  howToPlay: 'HowToPlay',
  joinClass: 'JoinClass',
  teacher: 'Teacher',
} as const;

export type SceneKey = (typeof SCENE)[keyof typeof SCENE];
