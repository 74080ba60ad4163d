// Setup's "Open a scenario file…": the button, the hint shown while a file is dragged over the screen, and
// what follows a file: its problems in a dialog (nothing else changes), or the new scenario chosen in the list.
import Phaser from 'phaser';
import { COLOURS, DESIGN, TEXT } from '../../layout';
import type { Problem } from '../../sim/scenario/problem';
import type { Catalogue } from '../../store/catalogue-core';
import { Button } from '../../ui/Button';
import { countProblems } from '../../ui/problem-list';
import { closeProblemsDialog, openProblemsDialog } from '../../ui/problems-dialog';
import { acceptDrops } from '../../ui/file-drops';
import { pickFile } from '../../ui/scenario-file';
import { openScenarioFile } from './open-scenario-file';
import { announce, mirrorGroup } from '../../ui/sr-mirror';

export interface OpenerOptions {
  /** Centre and width of the button. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** A file loaded: its scenario is in the catalogue; Setup shows it chosen, then calls `report`. */
  readonly onOpened: (opened: Opened) => void;
}

/** A scenario just opened from a file, for Setup to choose and report once it has redrawn its list. */
export interface Opened {
  readonly scenarioId: string;
  readonly title: string;
  readonly fileName: string;
  readonly warnings: readonly Problem[];
}

/** What the button says under its label while no file is being read. */
const IDLE = 'A YAML or JSON file of your own, or drop one on this screen';

export class ScenarioOpener {
  private readonly button: Button;
  private readonly hint: Phaser.GameObjects.Container;
  private busy = false;

  constructor(private readonly scene: Phaser.Scene, private readonly catalogue: Catalogue, private readonly options: OpenerOptions) {
    this.button = new Button(scene, {
      x: options.x,
      y: options.y,
      width: options.width,
      height: 56,
      variant: 'row',
      label: 'Open a scenario file…',
      detail: IDLE,
      keyHint: 'O',
      mirror: mirrorGroup('Your own scenario'),
      onActivate: () => void this.pick(),
    });
    this.hint = this.drawHint();
    const stop = acceptDrops(
      document,
      (files) => void this.open(files[0]!),
      (on) => this.hint.setVisible(on),
    );
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      stop();
      closeProblemsDialog();
    });
  }

  /** Shows the file picker, then opens the chosen file. */
  async pick(): Promise<void> {
    if (this.busy) return;
    const file = await pickFile();
    if (file) await this.open(file);
  }

  private async open(file: File): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.button.setEnabled(true, `Reading ${file.name}…`);
    announce(`Reading ${file.name}…`);
    const result = await openScenarioFile(file, this.catalogue);
    this.busy = false;
    if (!this.button.scene) return; // the screen was left while the file was read
    this.button.setEnabled(true, IDLE);
    if (!result.ok) {
      const { fileName, problems } = result.error;
      const intro = `${fileName} has ${countProblems(problems)}. Nothing has changed: the game in play and your saved game are as they were.`;
      announce(`${fileName} cannot be played yet: ${countProblems(problems)}.`);
      openProblemsDialog({
        title: 'This scenario cannot be played yet',
        intro,
        problems,
        actions: [{ label: 'Open another file…', onActivate: () => void this.pick() }],
      });
      return;
    }
    const { scenario, fileName, warnings } = result.value;
    this.options.onOpened({ scenarioId: scenario.id, title: scenario.title, fileName, warnings });
  }

  /** Says that a file opened (after Setup redrew its list with the new scenario chosen). */
  report(opened: Opened): void {
    const { title, fileName, warnings } = opened;
    if (warnings.length === 0) {
      announce(`Opened ${title} from ${fileName}. It is chosen in the list, ready to play.`);
      return;
    }
    announce(`Opened ${title}, with ${countProblems(warnings)}.`);
    openProblemsDialog({
      title: `Opened, with ${countProblems(warnings)}`,
      intro: `${title} (${fileName}) can be played, and is now chosen in the list. The checker thinks these may be slips:`,
      problems: warnings,
      closeLabel: 'Play it',
    });
  }

  private drawHint(): Phaser.GameObjects.Container {
    const s = this.scene;
    const { width: W, height: H } = DESIGN;
    const frame = s.add.graphics();
    frame.fillStyle(COLOURS.scrim, 0.82).fillRect(0, 0, W, H);
    frame.lineStyle(4, COLOURS.focus, 1).strokeRoundedRect(40, 40, W - 80, H - 80, 24);
    const text = s.add.text(W / 2, H / 2 - 16, 'Drop the scenario file to open it', TEXT.heading).setOrigin(0.5);
    const sub = s.add.text(W / 2, H / 2 + 32, 'A YAML or JSON scenario. Your game in play is not touched.', TEXT.body).setOrigin(0.5);
    return s.add.container(0, 0, [frame, text, sub]).setDepth(900).setVisible(false);
  }
}
