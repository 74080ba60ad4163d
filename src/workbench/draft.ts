// The Workbench keeps the author's text in this browser as they type, so it is still there after a playtest,
// another screen or a reload. Without storage it lasts as long as the page.
const KEY = 'standoff:workbench:draft';

let inMemory: string | null = null;

export function readDraft(): string | null {
  try {
    return window.localStorage.getItem(KEY) ?? inMemory;
  } catch {
    return inMemory;
  }
}

export function writeDraft(text: string): void {
  inMemory = text;
  try {
    window.localStorage.setItem(KEY, text);
  } catch {
    // storage full or switched off: the text stays for this page's life
  }
}
