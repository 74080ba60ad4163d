// Scene keys in one place: the test hook and scene transitions refer to them.
export const SCENE = {
  boot: 'Boot',
  title: 'Title',
  setup: 'Setup',
  briefing: 'Briefing',
  table: 'Table',
  weekResult: 'WeekResult',
  debrief: 'Debrief',
  settings: 'Settings',
} as const;

export type SceneKey = (typeof SCENE)[keyof typeof SCENE];
