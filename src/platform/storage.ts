// The browser's key-value storage, as the app uses it: saves, settings, the Title's peek and the renderer note.

/** What Storage offers that the app needs (localStorage in the browser, MemoryStorage in tests). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** localStorage, or null where the browser refuses it (some private modes): games then last a page's life. */
export function openStorage(): KeyValueStorage | null {
  try {
    const storage = window.localStorage;
    storage.getItem('standoff:probe');
    return storage;
  } catch {
    return null;
  }
}
