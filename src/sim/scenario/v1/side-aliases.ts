/**
 * Format 1's side ids, still accepted where people type a side: the runner's --bma and --gov, and "side": "bma"
 * or "gov" in its script files. They mean the union and the employer.
 */
import type { SideId } from '../types';

export const V1_SIDE_ALIASES: Readonly<Record<string, SideId>> = { bma: 'union', gov: 'employer' };

/** The side a side id or a format 1 alias names, or null. */
export const sideFromId = (text: unknown): SideId | null =>
  text === 'union' || text === 'employer' ? text : typeof text === 'string' && Object.hasOwn(V1_SIDE_ALIASES, text) ? V1_SIDE_ALIASES[text]! : null;
