// First scene: where images and sounds would be preloaded. The game draws everything itself, so it moves on:
// to the Title, or to the screen a link asked for (a replay code opens its debrief).
import Phaser from 'phaser';
import { SCENE, type SceneKey } from './keys';

export class BootScene extends Phaser.Scene {
  constructor(private readonly first: { readonly key: SceneKey; readonly data?: object } | null = null) {
    super({ key: SCENE.boot });
  }

  create(): void {
    this.scene.start(this.first?.key ?? SCENE.title, this.first?.data);
  }
}
