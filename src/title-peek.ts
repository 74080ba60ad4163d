// A few words about the saved game, kept beside it, so the Title can offer "Continue" in its first frame,
// before the core has loaded to replay the save. The replayed save has the last word once the app loads.
import type { KeyValueStorage } from './platform/storage';
import type { TitleModel } from './views/title';

export const TITLE_PEEK_KEY = 'standoff:save:title';

export function readTitlePeek(storage: KeyValueStorage | null): TitleModel | null {
  try {
    const data: unknown = JSON.parse(storage?.getItem(TITLE_PEEK_KEY) ?? 'null');
    if (typeof data !== 'object' || data === null) return null;
    const { canContinue, continueDetail } = data as Record<string, unknown>;
    if (typeof canContinue !== 'boolean' || typeof continueDetail !== 'string' || continueDetail.length > 200) return null;
    return { canContinue, continueDetail };
  } catch {
    return null; // unreadable: the Title waits for the save itself
  }
}

export function writeTitlePeek(storage: KeyValueStorage | null, model: TitleModel): void {
  try {
    storage?.setItem(TITLE_PEEK_KEY, JSON.stringify(model));
  } catch {
    // storage full or refused: the Title then learns of the save once the app has loaded
  }
}
