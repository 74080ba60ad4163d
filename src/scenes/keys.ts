// Scene keys in one place: the test hook and scene transitions refer to them.
export const SCENE = { boot: 'Boot', title: 'Title' } as const;
