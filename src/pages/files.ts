// Files in and out of the browser, with nothing sent anywhere: downloads are made from memory (a blob: URL),
// and files come in through a file picker or by dragging them onto the page.
import { acceptDrops as acceptFileDrops } from '../ui/file-drops';
import { el } from './dom';

/** Saves text as a file through the browser's download. */
export function download(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = el('a', { href: url, download: name, class: 'visually-hidden', tabindex: '-1', 'aria-hidden': 'true' });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export interface TextFile {
  readonly name: string;
  readonly text: string;
}

/** Reads files as text; a file that cannot be read comes back with empty text (reported by whoever checks it). */
export const readFiles = (files: Iterable<File>): Promise<TextFile[]> =>
  Promise.all([...files].map(async (file) => ({ name: file.name, text: await file.text().catch(() => '') })));

/**
 * A file picker: a hidden <input type=file> opened by a real button. `multiple` for many files.
 * Returns the button (to place) and the input (tests set files on it).
 */
export function filePicker(label: string, multiple: boolean, onFiles: (files: File[]) => void, id?: string): { button: HTMLButtonElement; input: HTMLInputElement } {
  const input = el('input', { type: 'file', accept: '.json,application/json', multiple, class: 'visually-hidden', tabindex: '-1', 'aria-hidden': 'true', id });
  const button = el('button', { type: 'button', class: 'btn btn-row' }, el('span', { class: 'btn-label' }, label));
  button.addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length) onFiles(files);
  });
  return { button, input };
}

/** Accepts files dropped anywhere on `target`; marks it while files are dragged over. Returns its undo. */
export const acceptDrops = (target: HTMLElement, onFiles: (files: File[]) => void): (() => void) =>
  acceptFileDrops(target, onFiles, (on) => target.classList.toggle('dragging', on));

/** Copies text to the clipboard; false when the browser refuses (the text stays selectable on the page). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
