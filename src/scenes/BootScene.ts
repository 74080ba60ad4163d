// First scene when a link asks for a screen other than the Title (a replay code opens its debrief): it starts
// that screen with the link's data. Without a link the Title is the first scene and this one is not used.
import Phaser from 'phaser';
import { SCENE, type SceneKey } from './keys';

export class BootScene extends Phaser.Scene {
  constructor(private readonly first: { readonly key: SceneKey; readonly data?: object }) {
    super({ key: SCENE.boot });
  }

  create(): void {
    this.scene.start(this.first.key, this.first.data);
  }
}
