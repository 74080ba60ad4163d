// Applies the player's settings to the page: text size and contrast for canvas and DOM screens, sound, motion.
import { setHighContrast, setTextScale } from './layout';
import type { Settings } from './store/settings';
import { setReduceMotion } from './ui/motion';
import { setSoundEnabled } from './ui/sound';

export function applySettings(settings: Settings): void {
  setTextScale(settings.projector || settings.textSize === 'large' ? 1.15 : 1);
  setHighContrast(settings.projector);
  document.documentElement.classList.toggle('projector', settings.projector); // the DOM pages follow too
  document.documentElement.classList.toggle('text-large', settings.textSize === 'large');
  setSoundEnabled(settings.sound);
  setReduceMotion(settings.reduceMotion);
}
