// First scene: where images and sounds would be preloaded. The game draws everything itself, so it moves on.
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
