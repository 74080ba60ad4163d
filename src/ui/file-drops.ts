// Files dragged onto the page: the one way a screen takes a drop, and the guard that keeps a stray drop from
// replacing the game.

/**
 * Accepts files dropped on `target` (an element, or the whole document). `onHover` says when files are being
 * dragged over it (to show a hint), `onFiles` gets what was dropped. Returns a function that stops listening.
 */
export function acceptDrops(target: HTMLElement | Document, onFiles: (files: File[]) => void, onHover: (on: boolean) => void): () => void {
  // dragenter and dragleave fire for every child crossed: count them, so the hint stays up until the drag leaves.
  let depth = 0;
  const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
  const listeners: Record<'dragenter' | 'dragover' | 'dragleave' | 'drop', (e: DragEvent) => void> = {
    dragenter: (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth += 1;
      onHover(true);
    },
    dragover: (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    },
    dragleave: (e) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) onHover(false);
    },
    drop: (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      onHover(false);
      const files = Array.from(e.dataTransfer?.files ?? []);
      if (files.length) onFiles(files);
    },
  };
  const entries = Object.entries(listeners) as [string, EventListener][];
  for (const [type, listener] of entries) target.addEventListener(type, listener);
  return () => {
    for (const [type, listener] of entries) target.removeEventListener(type, listener);
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
