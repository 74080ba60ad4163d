// Phaser's Text constructor draws the text (and uploads it to the GPU) on setText, then again on setPadding and
// again on setLineSpacing when the style has them, and every style here has padding: each text on every screen
// was drawn two or three times before it was first shown. This makes `scene.add.text` draw it once, after the
// constructor has applied the whole style. Installed once, before the first screen.
import Phaser from 'phaser';

type Factory = Phaser.GameObjects.GameObjectFactory & Record<'text', Phaser.GameObjects.GameObjectFactory['text']>;

let building = 0;
let installed = false;

export function installSingleFirstDraw(): void {
  if (installed) return;
  installed = true;
  const textProto = Phaser.GameObjects.Text.prototype;
  const updateText = textProto.updateText;
  // Drawing waits while a text is being built; whatever asked for it is covered by the draw that follows.
  textProto.updateText = function (this: Phaser.GameObjects.Text) {
    return building > 0 ? this : updateText.call(this);
  };
  const factory = Phaser.GameObjects.GameObjectFactory.prototype as Factory;
  const make = factory.text;
  factory.text = function (this: Phaser.GameObjects.GameObjectFactory, ...args: Parameters<Factory['text']>) {
    building += 1;
    let text: Phaser.GameObjects.Text;
    try {
      text = make.apply(this, args);
    } finally {
      building -= 1;
    }
    return text.updateText();
  };
}
