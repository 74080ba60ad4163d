// Single-key shortcuts for a scene (listed on screen by the scene). They are ignored while the player types
// in a text field, while an info panel is open, and with Ctrl/Alt/Meta held, so browser shortcuts still work.
import Phaser from 'phaser';

export type ShortcutMap = Readonly<Record<string, () => void>>;

export function installShortcuts(scene: Phaser.Scene, keys: () => ShortcutMap): void {
  const onKey = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.altKey || event.metaKey || event.repeat) return;
    const target = event.target as HTMLElement | null;
    if (target instanceof HTMLInputElement && target.type === 'text') return;
    if (document.getElementById('info-dialog') || document.getElementById('problems-dialog')) return;
    const key = event.key.length === 1 ? event.key.toUpperCase() : event.key;
    const run = keys()[key];
    if (!run) return;
    event.preventDefault();
    run();
  };
  document.addEventListener('keydown', onKey);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => document.removeEventListener('keydown', onKey));
}
