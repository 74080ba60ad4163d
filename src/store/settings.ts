// Player preferences, remembered apart from the game: text size, sound (off until switched on), motion, and
// projector mode (large text and high contrast, for a classroom).
import type { KeyValueStorage } from '../platform/storage';

export const SETTINGS_KEY = 'standoff:settings';

export type TextSize = 'standard' | 'large';

export interface Settings {
  readonly textSize: TextSize;
  readonly sound: boolean;
  /** Less motion even when the system does not ask for it (the system's request is always honoured). */
  readonly reduceMotion: boolean;
  /** Large text and high contrast, for showing the game on a projector. */
  readonly projector: boolean;
}

export const DEFAULT_SETTINGS: Settings = { textSize: 'standard', sound: false, reduceMotion: false, projector: false };

/** Reads settings; anything missing or unreadable falls back to its default (settings are not worth a warning). */
export function readSettings(storage: KeyValueStorage | null): Settings {
  let data: unknown = null;
  try {
    data = JSON.parse(storage?.getItem(SETTINGS_KEY) ?? 'null');
  } catch {
    data = null;
  }
  const s = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  return {
    textSize: s.textSize === 'large' ? 'large' : 'standard',
    sound: s.sound === true,
    reduceMotion: s.reduceMotion === true,
    projector: s.projector === true,
  };
}

export function writeSettings(storage: KeyValueStorage | null, settings: Settings): void {
  try {
    storage?.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // not remembered across visits; the choice still applies now
  }
}
