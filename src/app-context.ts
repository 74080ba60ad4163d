// What scenes need from the rest of the app. main.ts builds it; the scenes never reach for globals.
// The lead wires the store here (saves, dispatch, selectors) as the game screens arrive.

export interface AppContext {
  /** Whether a saved game exists, so the Title can offer "Continue". */
  hasSavedGame(): boolean;
}

/** Until persistence lands there are no saves. */
export const placeholderContext: AppContext = { hasSavedGame: () => false };
