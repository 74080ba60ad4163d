// Opening the page with `#r=<replay code>` reopens that game's debrief; a broken or altered code leaves the
// game in play and its save alone and says why on the Title. The code's reader loads only when there is one.
import type Phaser from 'phaser';
import type { Catalogue } from './store/catalogue-core';
import type { GameStore } from './store/game-store';
import { SCENE, type SceneKey } from './navigation/scene-keys';

export interface FirstScreen {
  readonly key: SceneKey;
  readonly data?: object;
}

const codeIn = (hash: string): string | null => {
  const match = /^#r=(.*)$/s.exec(hash);
  return match ? decodeURIComponent(match[1]!) : null;
};

/** Whether the address carries a replay code (the page then opens through Boot, once the app has loaded). */
export const hasReplayLink = (hash: string): boolean => codeIn(hash) !== null;

/** Reads `#r=…` (if any) into the store: the screen to open first, or null for the Title as usual. */
export async function openFromHash(store: GameStore, catalogue: Catalogue): Promise<FirstScreen | null> {
  const code = codeIn(window.location.hash);
  if (code === null) return null;
  // The address keeps no code once read: a reload goes back to the Title and the saved game.
  history.replaceState(null, '', window.location.pathname + window.location.search);
  const { openReplayCode } = await import('./store/open-study');
  const opened = openReplayCode(code, (id) => catalogue.get(id));
  if (!opened.ok) {
    store.getState().setNotice(`That replay link could not be opened: ${opened.error} Your own game is untouched.`);
    return null;
  }
  store.getState().openStudy(opened.value);
  return { key: SCENE.debrief, data: { study: true } };
}

/** A code pasted into the address bar of an open page: the same, without a reload. */
export function watchHash(game: Phaser.Game, store: GameStore, catalogue: Catalogue): void {
  window.addEventListener('hashchange', () => {
    if (codeIn(window.location.hash) === null) return;
    void openFromHash(store, catalogue).then((first) => {
      const top = game.scene.getScenes(true)[0];
      if (!top) return;
      if (first) top.scene.start(first.key, first.data);
      else if (store.getState().notice) top.scene.start(SCENE.title);
    });
  });
}
