// Settings: text size, sound (off by default) and motion. Remembered in this browser.
import { DESIGN, TEXT, css, COLOURS } from '../layout';
import type { TextSize } from '../store/settings';
import { Button } from '../ui/Button';
import { fitText } from '../ui/fit-text';
import { playSound } from '../ui/sound';
import { installShortcuts } from '../ui/shortcuts';
import { mirrorGroup, mirrorText } from '../ui/sr-mirror';
import { Stepper } from '../ui/Stepper';
import { SCENE, type SceneKey } from '../navigation/scene-keys';
import { AppScreen } from './Screen';

const SIZES: readonly { id: TextSize; label: string }[] = [
  { id: 'standard', label: 'Standard' },
  { id: 'large', label: 'Large' },
];

export class SettingsScene extends AppScreen {
  private back: SceneKey = SCENE.title;

  init(data: { back?: SceneKey }): void {
    this.back = data.back ?? SCENE.title;
  }

  create(): void {
    this.begin('Settings');
    const cx = DESIGN.width / 2;
    this.add.text(cx, 90, 'Settings', TEXT.heading).setOrigin(0.5);
    const form = mirrorGroup('Settings');
    const settings = this.store.getState().settings;
    const rows: [string, string[], number, (n: number) => void, string][] = [
      ['Text size', SIZES.map((s) => s.label), SIZES.findIndex((s) => s.id === settings.textSize), (n) => this.store.getState().setSettings({ textSize: SIZES[n]!.id }), 'Applies from the next screen.'],
      ['Sound effects', ['Off', 'On'], settings.sound ? 1 : 0, (n) => { this.store.getState().setSettings({ sound: n === 1 }); playSound('click'); }, 'Short tones, made in the browser. Off unless you switch them on.'],
      ['Motion', ['As the system asks', 'Reduced'], settings.reduceMotion ? 1 : 0, (n) => this.store.getState().setSettings({ reduceMotion: n === 1 }), 'Reduced skips animations. A system request for less motion is always honoured.'],
      ['Projector mode', ['Off', 'On'], settings.projector ? 1 : 0, (n) => this.store.getState().setSettings({ projector: n === 1 }), 'Larger text and high contrast, for a classroom screen. Applies from the next screen.'],
    ];
    rows.forEach(([name, levels, index, onChange, about], i) => {
      const y = 170 + i * 110;
      this.add.text(cx - 360, y, name, { ...TEXT.figure, color: css(COLOURS.textMuted) }).setOrigin(0, 0.5);
      new Stepper(this, { x: cx + 140, y, width: 360, height: 44, name, levels, index, onChange, mirror: form });
      // The help line runs the row's full width, wrapping (and with large text shrinking) to stay above the next row.
      fitText(this.add.text(cx - 360, y + 30, about, { ...TEXT.small, wordWrap: { width: 720 } }), 56, 15);
      mirrorText(about, form);
    });
    const nav = mirrorGroup('Done');
    new Button(this, { x: cx, y: 640, width: 280, height: 56, label: 'Done', keyHint: 'Esc', mirror: nav, onActivate: () => this.go(this.back) });
    installShortcuts(this, () => ({ Escape: () => this.go(this.back) }));
    this.settle();
  }
}
