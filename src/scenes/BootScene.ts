// First scene when the page opens with a replay link (`#r=…`): it waits for the app, reads the link and opens
// the screen it asks for (a replay code opens its debrief), or the Title when the link cannot be read. Without a
// link the Title is the first scene and this one is not used.
import Phaser from 'phaser';
import type { AppShell } from '../shell';
import { SCENE } from '../navigation/scene-keys';

export class BootScene extends Phaser.Scene {
  constructor(private readonly shell: AppShell) {
    super({ key: SCENE.boot });
  }

  create(): void {
    void this.shell
      .load()
      .then((app) => app.openLink())
      .then((first) => this.scene.start(first?.key ?? SCENE.title, first?.data));
  }
}
