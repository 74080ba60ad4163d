// Motion: tweens are skipped (end states shown at once) when the system asks for less motion, or when the
// player chose it in Settings.
let forced = false;

export const setReduceMotion = (on: boolean): void => {
  forced = on;
};

/** True when motion should be kept to a minimum. */
export const reducedMotion = (): boolean => forced || window.matchMedia('(prefers-reduced-motion: reduce)').matches;
