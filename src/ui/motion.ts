/** True when the player asked the system for less motion: skip tweens, show end states at once. */
export const reducedMotion = (): boolean => window.matchMedia('(prefers-reduced-motion: reduce)').matches;
