// Saves: the action log is the save. A save is versioned; one that cannot be opened (damaged, cut short,
// from a newer or an older Standoff, or for a scenario that changed) is moved aside under its own key with a
// message saying why, so the player's data is never silently dropped.
import type { KeyValueStorage } from '../platform/storage';
import { ACTION_TYPES, SIDES, err, ok, type Action, type Result, type SideId } from '../sim/index';

export const SAVE_KEY = 'standoff:save';
export const ASIDE_PREFIX = 'standoff:save:aside:';
/**
 * Bump when the save's shape changes, and teach `migrate` the old shape if it can be read.
 * 1: the first. 2: a game on a scenario of the player's own carries that scenario's text (`scenarioText`).
 */
export const SAVE_FORMAT_VERSION = 2;

export type Mode = 'practice' | 'normal';

export interface SaveFile {
  readonly formatVersion: number;
  readonly scenarioId: string;
  readonly scenarioVersion: string;
  /** The core's fingerprint of the scenario's content: a save never replays on a silently edited scenario. */
  readonly scenarioHash?: string;
  /**
   * The scenario itself, as JSON text, when it is not bundled with the game (opened from a file or the
   * Workbench), so the save reopens where the file is absent. Absent for bundled scenarios.
   */
  readonly scenarioText?: string;
  readonly seed: string;
  readonly players: Readonly<Record<SideId, string>>;
  readonly mode: Mode;
  readonly log: readonly Action[];
}

export type ReadResult =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly raw: string; readonly save: SaveFile }
  | { readonly kind: 'bad'; readonly raw: string; readonly message: string };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Older formats this version can still read, each upgraded to the next. */
const migrate: Readonly<Record<number, (old: Record<string, unknown>) => Record<string, unknown>>> = {
  // Format 1 saves are all of bundled scenarios: the same fields, and no scenario text to carry.
  1: (old) => ({ ...old, formatVersion: 2 }),
};

/** Checks a parsed save's shape: the save, upgraded to the current format, or what is wrong with it in words. */
export function checkSave(data: unknown): Result<SaveFile, string> {
  if (!isRecord(data)) return err('it is not a Standoff save');
  let save = data;
  const version = save.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) return err('it has no save format number');
  if (version > SAVE_FORMAT_VERSION) {
    return err(`it was made by a newer version of Standoff (save format ${version}; this version reads format ${SAVE_FORMAT_VERSION}). Open it with the newer version`);
  }
  for (let v = version; v < SAVE_FORMAT_VERSION; v += 1) {
    const upgrade = migrate[v];
    if (!upgrade) return err(`it was made by an older version of Standoff (save format ${version}), which this version can no longer open`);
    save = upgrade(save);
  }
  if (typeof save.scenarioId !== 'string' || save.scenarioId === '') return err('it does not say which scenario it is for');
  if (typeof save.scenarioVersion !== 'string') return err('it does not say which version of the scenario it is for');
  if (save.scenarioHash !== undefined && typeof save.scenarioHash !== 'string') return err('its scenario fingerprint is damaged');
  if (save.scenarioText !== undefined && typeof save.scenarioText !== 'string') return err('the scenario it carries is damaged');
  if (typeof save.seed !== 'string') return err('its seed is missing');
  if (save.mode !== 'practice' && save.mode !== 'normal') return err('its mode is neither practice nor normal');
  const players = save.players;
  if (!isRecord(players) || !SIDES.every((side) => typeof players[side] === 'string')) return err('it does not say who plays each side');
  if (!Array.isArray(save.log)) return err('its list of moves is missing');
  const bad = save.log.findIndex(
    (a) => !isRecord(a) || !SIDES.includes(a.side as SideId) || !ACTION_TYPES.includes(a.type as Action['type']),
  );
  if (bad >= 0) return err(`move ${bad + 1} of its list of moves is damaged`);
  return ok({
    formatVersion: SAVE_FORMAT_VERSION,
    scenarioId: save.scenarioId,
    scenarioVersion: save.scenarioVersion,
    ...(typeof save.scenarioHash === 'string' ? { scenarioHash: save.scenarioHash } : {}),
    ...(typeof save.scenarioText === 'string' ? { scenarioText: save.scenarioText } : {}),
    seed: save.seed,
    players: { union: players.union as string, employer: players.employer as string },
    mode: save.mode,
    log: save.log as Action[],
  });
}

export function readSave(storage: KeyValueStorage): ReadResult {
  let raw: string | null;
  try {
    raw = storage.getItem(SAVE_KEY);
  } catch {
    return { kind: 'none' }; // storage switched off: there is nothing to lose
  }
  if (raw === null) return { kind: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'bad', raw, message: 'the data is damaged or was cut short' };
  }
  const save = checkSave(data);
  return save.ok ? { kind: 'ok', raw, save: save.value } : { kind: 'bad', raw, message: save.error };
}

/** The sentence a player reads when the browser refuses to store the game. */
const STORAGE_REFUSED =
  'This browser would not store the game (its storage may be full or switched off). The game goes on here, but it will not be kept after you close this page.';

/** Writes the save (to the save slot, or to `key`); returns a sentence for the player when the browser
 *  refuses (full or switched off). */
export function writeSave(storage: KeyValueStorage, save: SaveFile, key: string = SAVE_KEY): string | null {
  try {
    storage.setItem(key, JSON.stringify(save));
    return null;
  } catch {
    return STORAGE_REFUSED;
  }
}

/** The first aside key not yet in use (it may throw when storage is switched off). */
export function freeAsideKey(storage: KeyValueStorage): string {
  let n = 1;
  while (storage.getItem(`${ASIDE_PREFIX}${n}`) !== null) n += 1;
  return `${ASIDE_PREFIX}${n}`;
}

/**
 * Moves an unreadable save to the first free aside key and removes it from the save slot, so a new game
 * cannot overwrite it. Returns the key, or null if the browser refused (then the save stays where it was).
 */
export function keepAside(storage: KeyValueStorage, raw: string): string | null {
  try {
    const key = freeAsideKey(storage);
    storage.setItem(key, raw);
    if (storage.getItem(key) !== raw) return null;
    storage.removeItem(SAVE_KEY);
    return key;
  } catch {
    return null;
  }
}

/** The message the Title shows for a save that could not be opened. */
export function setAsideMessage(reason: string, key: string | null): string {
  const kept = key
    ? `It has been kept in this browser's storage as "${key}", so nothing is lost, and a new game will not overwrite it.`
    : 'It has been left where it was; starting a new game would replace it.';
  return `Your saved game could not be opened: ${reason}. ${kept}`;
}
