// Setup: the scenario, the player's side, the opponent's persona (with what it means), practice or normal
// mode, and the seed (editable; a random one is offered). Start creates the game in the store.
import Phaser from 'phaser';
import type { AppContext } from '../app-context';
import { COLOURS, DESIGN, TEXT, css } from '../layout';
import type { Mode } from '../store/persistence';
import { Button } from '../ui/Button';
import { installShortcuts } from '../ui/shortcuts';
import { mirrorGroup, mirrorText } from '../ui/sr-mirror';
import { Stepper } from '../ui/Stepper';
import { TextField } from '../ui/TextField';
import type { SideId } from '../sim/index';
import { SCENE } from './keys';
import { Screen } from './Screen';

const SIDES: readonly { id: SideId; label: string }[] = [
  { id: 'bma', label: 'BMA (resident doctors)' },
  { id: 'gov', label: 'Government' },
];
const MODES: readonly { id: Mode; label: string; about: string }[] = [
  { id: 'normal', label: 'Normal', about: 'Every decision stands, as in a real dispute.' },
  { id: 'practice', label: 'Practice', about: 'You may undo the last week and try another move.' },
];
const ROW = { labelX: 170, controlX: 660, controlW: 460, top: 148, gap: 100 } as const;

interface Choice {
  scenario: number;
  side: number;
  persona: number;
  mode: number;
  seed: string;
}

export class SetupScene extends Screen {
  private choice!: Choice;
  private personaAbout!: Phaser.GameObjects.Text;
  private personaMirror!: HTMLParagraphElement;
  private personaStepper!: Stepper;
  private modeAbout!: Phaser.GameObjects.Text;
  private modeMirror!: HTMLParagraphElement;

  constructor(context: AppContext) {
    super(SCENE.setup, context);
  }

  create(): void {
    const { catalogue } = this.context;
    this.choice = { scenario: 0, side: 0, persona: -1, mode: 0, seed: this.context.randomSeed() };
    this.begin('New game', ['Choose a scenario, your side, your opponent and the mode.']);
    this.add.text(DESIGN.width / 2, 72, 'New game', TEXT.heading).setOrigin(0.5);
    const form = mirrorGroup('Game settings');

    const row = (i: number, label: string) => this.add.text(ROW.labelX, ROW.top + i * ROW.gap, label, { ...TEXT.figure, color: css(COLOURS.textMuted) }).setOrigin(0, 0.5);
    const stepper = (i: number, name: string, levels: string[], index: number, onChange: (n: number) => void) =>
      new Stepper(this, { x: ROW.controlX, y: ROW.top + i * ROW.gap, width: ROW.controlW, height: 44, name, levels, index, onChange, mirror: form });

    row(0, 'Scenario');
    stepper(0, 'Scenario', catalogue.entries.map((e) => e.title), 0, (n) => (this.choice.scenario = n));

    row(1, 'Your side');
    stepper(1, 'Your side', SIDES.map((s) => s.label), 0, (n) => {
      this.choice.side = n;
      this.choice.persona = -1;
      this.refreshPersonas();
    });

    row(2, 'Opponent');
    this.personaStepper = stepper(2, 'Opponent', [''], 0, (n) => {
      this.choice.persona = n;
      this.refreshPersonas();
    });
    this.personaAbout = this.add.text(ROW.controlX - ROW.controlW / 2, ROW.top + 2 * ROW.gap + 30, '', { ...TEXT.small, wordWrap: { width: 700 } });
    this.personaMirror = mirrorText('', form);

    row(3, 'Mode');
    stepper(3, 'Mode', MODES.map((m) => m.label), 0, (n) => {
      this.choice.mode = n;
      this.refreshMode();
    });
    this.modeAbout = this.add.text(ROW.controlX - ROW.controlW / 2, ROW.top + 3 * ROW.gap + 30, '', TEXT.small);
    this.modeMirror = mirrorText('', form);

    row(4, 'Seed');
    const seedField = new TextField(this, {
      x: ROW.controlX - 70,
      y: ROW.top + 4 * ROW.gap,
      width: ROW.controlW - 140,
      name: 'Seed',
      value: this.choice.seed,
      onChange: (v) => (this.choice.seed = v),
      onSubmit: () => this.start(),
      mirror: form,
    });
    new Button(this, {
      x: ROW.controlX + ROW.controlW / 2 - 62,
      y: ROW.top + 4 * ROW.gap,
      width: 124,
      height: 44,
      variant: 'row',
      label: 'New seed',
      mirror: form,
      onActivate: () => {
        this.choice.seed = this.context.randomSeed();
        seedField.setValue(this.choice.seed);
      },
    });
    this.add.text(ROW.controlX - ROW.controlW / 2, ROW.top + 4 * ROW.gap + 30, 'The same seed, side and moves always give the same game.', TEXT.small);

    const { saved, session } = this.store.getState();
    if (saved || session) {
      const warning = 'Starting a new game replaces your saved game.';
      this.add.text(DESIGN.width / 2, 622, warning, { ...TEXT.small, color: css(COLOURS.planned) }).setOrigin(0.5);
      mirrorText(warning);
    }
    const nav = mirrorGroup('Start or go back');
    new Button(this, { x: DESIGN.width / 2 - 150, y: 668, width: 260, height: 56, label: 'Back', keyHint: 'Esc', mirror: nav, onActivate: () => this.go(SCENE.title) });
    new Button(this, { x: DESIGN.width / 2 + 150, y: 668, width: 260, height: 56, label: 'Start game', variant: 'primary', mirror: nav, onActivate: () => this.start() });
    installShortcuts(this, () => ({ Escape: () => this.go(SCENE.title) }));

    this.refreshPersonas();
    this.refreshMode();
    this.settle();
  }

  private scenario() {
    const entry = this.context.catalogue.entries[this.choice.scenario]!;
    return this.context.catalogue.get(entry.id)!;
  }

  /** The opponent's personas, with the default one first chosen. */
  private refreshPersonas(): void {
    const scenario = this.scenario();
    const opponent: SideId = SIDES[this.choice.side]!.id === 'bma' ? 'gov' : 'bma';
    const ids = scenario.sides[opponent].personas;
    if (this.choice.persona < 0) this.choice.persona = Math.max(0, ids.indexOf(scenario.sides[opponent].defaultPersona));
    const personas = ids.map((id) => scenario.personas.find((p) => p.id === id)!);
    const chosen = personas[this.choice.persona]!;
    this.personaStepper.update({
      levels: personas.map((p) => `${p.label} (computer)`),
      min: 0,
      max: personas.length - 1,
      index: this.choice.persona,
    });
    const about = `The ${scenario.sides[opponent].shortName}, played as a ${chosen.label.toLowerCase()}. ${chosen.description}`;
    this.personaAbout.setText(about);
    this.personaMirror.textContent = about;
  }

  private refreshMode(): void {
    const about = MODES[this.choice.mode]!.about;
    this.modeAbout.setText(about);
    this.modeMirror.textContent = about;
  }

  private start(): void {
    const scenario = this.scenario();
    const side = SIDES[this.choice.side]!.id;
    const opponent: SideId = side === 'bma' ? 'gov' : 'bma';
    const persona = scenario.sides[opponent].personas[this.choice.persona] ?? scenario.sides[opponent].defaultPersona;
    const seed = this.choice.seed.trim() || this.context.randomSeed();
    this.store.getState().newGame({
      scenarioId: scenario.id,
      seed,
      players: side === 'bma' ? { bma: 'human', gov: `ai:${persona}` } : { bma: `ai:${persona}`, gov: 'human' },
      mode: MODES[this.choice.mode]!.id,
    });
    this.go(SCENE.briefing);
  }
}
