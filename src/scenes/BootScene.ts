// First scene: where images and sounds will be preloaded. Today there is nothing to load.
import Phaser from 'phaser';
import { SCENE } from './keys';

export class BootScene extends Phaser.Scene {
  constructor() {
    super({ key: SCENE.boot });
  }

  create(): void {
    this.scene.start(SCENE.title);
  }
}
