// Phaser's Text redraws its canvas and re-uploads its texture on every setColor, even to the colour it has.
import type Phaser from 'phaser';
import { css } from '../layout';

/** Sets a text's colour only when it changes. */
export const recolour = (text: Phaser.GameObjects.Text, colour: number): void => {
  const wanted = css(colour);
  if (text.style.color !== wanted) text.setColor(wanted);
};
