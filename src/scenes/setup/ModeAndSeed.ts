// Setup's right column, below: practice or normal mode, and the seed (typed, or a new one drawn at random).
import { TEXT } from '../../layout';
import { Button } from '../../ui/Button';
import { RadioCards } from '../../ui/RadioCards';
import { mirrorGroup, mirrorRoot, mirrorText } from '../../ui/sr-mirror';
import { TextField } from '../../ui/TextField';
import { MODES, RIGHT, ROW, sectionLabel, type SetupParts } from './parts';

export interface ModeAndSeedOptions {
  /** A fresh seed, for "New seed". */
  readonly randomSeed: () => string;
  /** Enter in the seed field: start the game. */
  readonly onSubmit: () => void;
}

export function drawModeAndSeed(parts: SetupParts, options: ModeAndSeedOptions): void {
  const { scene, choice } = parts;
  sectionLabel(scene, RIGHT.x, ROW.mode, 'MODE');
  const half = (RIGHT.w - 12) / 2;
  const about = scene.add.text(RIGHT.x, ROW.mode + ROW.below + 46, MODES[choice.mode]!.about, TEXT.small);
  const modes = new RadioCards(scene, {
    label: 'Mode',
    cards: MODES.map((m, i) => ({ x: RIGHT.x + half / 2 + i * (half + 12), y: ROW.mode + ROW.below + 20, width: half, height: 40, label: m.label })),
    chosen: choice.mode,
    onChange: (i) => {
      choice.mode = i;
      parts.remember();
      about.setText(MODES[i]!.about);
      aboutMirror.textContent = MODES[i]!.about;
    },
    mirror: mirrorRoot(),
  });
  const aboutMirror = mirrorText(MODES[modes.index]!.about);

  sectionLabel(scene, RIGHT.x, ROW.seed, 'SEED');
  const seedGroup = mirrorGroup('Seed');
  const fieldW = RIGHT.w - 150 - 12;
  const y = ROW.seed + ROW.below + 22;
  const field = new TextField(scene, {
    x: RIGHT.x + fieldW / 2,
    y,
    width: fieldW,
    name: 'Seed',
    value: choice.seed,
    onChange: (v) => {
      choice.seed = v;
      parts.remember();
    },
    onSubmit: options.onSubmit,
    mirror: seedGroup,
  });
  new Button(scene, {
    x: RIGHT.x + RIGHT.w - 75,
    y,
    width: 150,
    height: 44,
    variant: 'row',
    label: 'New seed',
    mirror: seedGroup,
    onActivate: () => {
      choice.seed = options.randomSeed();
      parts.remember();
      field.setValue(choice.seed);
    },
  });
  scene.add.text(RIGHT.x, y + 30, 'The same seed, side and moves always give the same game.', TEXT.small);
}
