// Files from the player's computer: the file picker, and drag and drop onto the page. Reading a scenario file
// and adding it to the catalogue is Setup's (scenes/setup/open-scenario-file.ts).

const ACCEPT = '.yaml,.yml,.json,application/json,application/yaml,text/yaml,text/plain';

/** Shows the browser's file picker; resolves to the chosen file, or null when the player cancels. */
export function pickFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = Object.assign(document.createElement('input'), { type: 'file', accept: ACCEPT, hidden: true });
    input.setAttribute('aria-hidden', 'true');
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    (document.getElementById('game') ?? document.body).append(input);
    input.click();
  });
}

/**
 * While `active`, a file dragged over the page can be dropped to open it: `onHover` says when to show the
 * drop hint, `onFile` gets the file. Returns a function that stops listening.
 */
export function acceptDrops(onFile: (file: File) => void, onHover: (on: boolean) => void): () => void {
  let depth = 0;
  const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
  const enter = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth += 1;
    onHover(true);
  };
  const over = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  };
  const leave = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) onHover(false);
  };
  const drop = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth = 0;
    onHover(false);
    const file = e.dataTransfer?.files[0];
    if (file) onFile(file);
  };
  document.addEventListener('dragenter', enter);
  document.addEventListener('dragover', over);
  document.addEventListener('dragleave', leave);
  document.addEventListener('drop', drop);
  return () => {
    document.removeEventListener('dragenter', enter);
    document.removeEventListener('dragover', over);
    document.removeEventListener('dragleave', leave);
    document.removeEventListener('drop', drop);
  };
}

/**
 * Everywhere else, a file dropped on the page must not replace it (the browser's default is to open the file
 * in place of the game). Screens that take files handle the drop first.
 */
export function guardDrops(): void {
  document.addEventListener('dragover', (e) => e.preventDefault());
  document.addEventListener('drop', (e) => e.preventDefault());
}
