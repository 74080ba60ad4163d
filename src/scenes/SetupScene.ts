// Setup: the scenario (every bundled one, the tutorial first, and any the player opened from a file), the
// player's side, the opponent's persona, practice or normal mode, and the seed. Choices are radio cards (radio
// buttons in the screen-reader mirror). "Open a scenario file…" (or a file dropped on the screen) adds a
// scenario of the player's own; one that does not load shows its problems and changes nothing.
import Phaser from 'phaser';
import type { AppContext } from '../app-context';
import { COLOURS, DESIGN, TEXT, css } from '../layout';
import type { SideId } from '../sim/index';
import type { Mode } from '../store/persistence';
import { HOT_SEAT_PLAYERS } from '../store/hot-seat';
import { HOT_SEAT_ABOUT, HOT_SEAT_LABEL, opponentAbout, opponentChoices, otherSide, playersFor, scenarioCard, sideChoices } from '../views/setup-choices';
import { Button } from '../ui/Button';
import { RadioCards } from '../ui/RadioCards';
import { installShortcuts } from '../ui/shortcuts';
import { mirrorGroup, mirrorRoot, mirrorText } from '../ui/sr-mirror';
import { TextField } from '../ui/TextField';
import { screenToStart } from '../navigation/game-screens';
import { SCENE } from '../navigation/scene-keys';
import { AppScreen } from './Screen';
import { ScenarioOpener, type Opened } from './setup/ScenarioOpener';

const MODES: readonly { id: Mode; label: string; about: string }[] = [
  { id: 'normal', label: 'Normal', about: 'Every decision stands, as in a real dispute.' },
  { id: 'practice', label: 'Practice', about: 'You may undo the last week and try another move.' },
];

/** Two columns: the scenarios on the left, the other choices on the right; y values are section labels. */
const LEFT = { x: 48, w: 560, cardH: 66, gap: 10, open: 588 } as const;
const RIGHT = { x: 672, w: 560 } as const;
const ROW = { top: 92, opponent: 206, mode: 392, seed: 510, below: 24 } as const;

interface Choice {
  scenarioId: string;
  side: SideId;
  /** Index among the opponent's personas; −1 for the scenario's default. */
  persona: number;
  mode: number;
  seed: string;
}

/** What Setup may be started with: a scenario to select (one just opened, or from the Workbench). */
export interface SetupData {
  readonly scenarioId?: string;
  /** A scenario just opened from a file: chosen, focused and reported once the screen is drawn. */
  readonly opened?: Opened;
}

/** The choices made so far, kept while the screen is rebuilt (a file opened) and until a game starts. */
let remembered: Choice | null = null;

const sectionLabel = (scene: Phaser.Scene, x: number, y: number, text: string) =>
  scene.add.text(x, y, text, { ...TEXT.label, letterSpacing: 1 } as Phaser.Types.GameObjects.Text.TextStyle).setOrigin(0, 0.5);

/** A plain container in the mirror, so a rebuilt part keeps its place in reading and Tab order. */
const slot = (): HTMLElement => {
  const div = document.createElement('div');
  mirrorRoot().append(div);
  return div;
};

export class SetupScene extends AppScreen {
  private choice!: Choice;
  private starting = false;
  private sideParts: Phaser.GameObjects.GameObject[] = [];
  private personaParts: Phaser.GameObjects.GameObject[] = [];
  private sideCards: RadioCards | null = null;
  private personaCards: RadioCards | null = null;
  private slots!: { side: HTMLElement; persona: HTMLElement };
  private personaAbout!: { text: Phaser.GameObjects.Text | null; mirror: HTMLParagraphElement };
  private summary!: { text: Phaser.GameObjects.Text; mirror: HTMLParagraphElement; maxHeight: number };
  private opener!: ScenarioOpener;
  private scenarioCards!: RadioCards;
  private opened: Opened | null = null;

  constructor(context: AppContext) {
    super(SCENE.setup, context);
  }

  init(data: SetupData | undefined): void {
    const { catalogue } = this.context;
    const base: Choice = remembered ?? { scenarioId: catalogue.defaultId, side: 'bma', persona: -1, mode: 0, seed: this.context.randomSeed() };
    const wanted = data?.scenarioId ?? base.scenarioId;
    const scenarioId = catalogue.get(wanted) ? wanted : catalogue.defaultId;
    this.choice = { ...base, scenarioId, persona: scenarioId === base.scenarioId ? base.persona : -1 };
    this.starting = false;
    this.opened = data?.opened ?? null;
  }

  create(): void {
    this.begin('New game', ['Choose a scenario, your side, your opponent and the mode.']);
    this.add.text(DESIGN.width / 2, 44, 'New game', TEXT.heading).setOrigin(0.5);
    this.drawScenarios();
    this.slots = { side: slot(), persona: slot() };
    this.personaAbout = { text: null, mirror: mirrorText('') };
    this.drawSides();
    this.drawModeAndSeed();
    this.drawFooter();
    installShortcuts(this, () => ({ Escape: () => this.go(SCENE.title), O: () => void this.opener.pick() }));
    this.settle();
    if (this.opened) {
      this.scenarioCards.focus();
      this.opener.report(this.opened);
    }
  }

  private get scenario() {
    return this.context.catalogue.get(this.choice.scenarioId)!;
  }

  private remember(): void {
    remembered = { ...this.choice };
  }

  // ── the scenarios ────────────────────────────────────────────────────────────────────────────────────────
  private drawScenarios(): void {
    sectionLabel(this, LEFT.x, ROW.top, 'SCENARIO');
    const cards = this.context.catalogue.entries.map(scenarioCard);
    const top = ROW.top + ROW.below;
    this.scenarioCards = new RadioCards(this, {
      label: 'Scenario',
      cards: cards.map((card, i) => ({
        x: LEFT.x + LEFT.w / 2,
        y: top + LEFT.cardH / 2 + i * (LEFT.cardH + LEFT.gap),
        width: LEFT.w,
        height: LEFT.cardH,
        label: card.title,
        detail: card.facts,
        tag: card.tag,
        description: card.tag === 'START HERE' ? 'New to the game? Start here.' : card.tag === 'YOUR FILE' ? 'Opened from your own file.' : '',
      })),
      chosen: Math.max(0, cards.findIndex((c) => c.id === this.choice.scenarioId)),
      onChange: (i) => this.chooseScenario(cards[i]!.id),
      mirror: mirrorRoot(),
    });
    const summaryTop = top + cards.length * (LEFT.cardH + LEFT.gap) + 6;
    this.summary = {
      text: this.add.text(LEFT.x, summaryTop, '', { ...TEXT.small, wordWrap: { width: LEFT.w }, lineSpacing: 3 }),
      mirror: mirrorText(''),
      maxHeight: LEFT.open - 34 - summaryTop,
    };
    this.showSummary();
    this.opener = new ScenarioOpener(this, this.context.catalogue, {
      x: LEFT.x + LEFT.w / 2,
      y: LEFT.open,
      width: LEFT.w,
      onOpened: (opened) => {
        this.choice.scenarioId = opened.scenarioId;
        this.choice.persona = -1;
        this.remember();
        this.scene.restart({ scenarioId: opened.scenarioId, opened } satisfies SetupData);
      },
    });
  }

  /** The chosen scenario's summary: whole in the mirror; on the canvas cut at a word to fit, with an ellipsis. */
  private showSummary(): void {
    const entry = this.context.catalogue.entries.find((e) => e.id === this.choice.scenarioId);
    const text = entry ? scenarioCard(entry).summary : '';
    const { text: shown, mirror, maxHeight } = this.summary;
    shown.setText(text);
    const lines = shown.getWrappedText(text);
    const fit = Math.max(0, Math.floor(maxHeight / (shown.height / Math.max(1, lines.length))));
    if (lines.length > fit) shown.setText(fit === 0 ? '' : `${lines.slice(0, fit).join(' ').replace(/\s+\S*$/, '')}…`);
    mirror.textContent = text;
  }

  private chooseScenario(id: string): void {
    this.choice.scenarioId = id;
    this.choice.persona = -1;
    this.remember();
    this.showSummary();
    this.drawSides();
  }

  // ── the sides and the opponent (their names and personas come from the scenario) ─────────────────────────
  private drawSides(): void {
    for (const o of this.sideParts.splice(0)) o.destroy();
    this.sideCards?.destroy();
    const sides = sideChoices(this.scenario);
    this.sideParts.push(sectionLabel(this, RIGHT.x, ROW.top, 'YOUR SIDE'));
    const half = (RIGHT.w - 12) / 2;
    this.sideCards = new RadioCards(this, {
      label: 'Your side',
      cards: sides.map((s, i) => ({ x: RIGHT.x + half / 2 + i * (half + 12), y: ROW.top + ROW.below + 33, width: half, height: 66, label: s.label, detail: s.role, description: s.name })),
      chosen: Math.max(0, sides.findIndex((s) => s.id === this.choice.side)),
      onChange: (i) => {
        this.choice.side = sides[i]!.id;
        this.choice.persona = -1;
        this.remember();
        this.drawPersonas();
      },
      mirror: this.slots.side,
    });
    this.drawPersonas();
  }

  private drawPersonas(): void {
    for (const o of this.personaParts.splice(0)) o.destroy();
    this.personaCards?.destroy();
    const { choices, defaultIndex } = opponentChoices(this.scenario, this.choice.side);
    if (this.choice.persona < 0 || this.choice.persona > choices.length) this.choice.persona = defaultIndex; // the last: hot-seat
    this.personaParts.push(sectionLabel(this, RIGHT.x, ROW.opponent, 'OPPONENT: THE COMPUTER, OR A SECOND PLAYER'));
    // Three or fewer on a row; four as two pairs; more (a scenario may offer twelve) three or four a row.
    const n = choices.length + 1;
    const perRow = n <= 3 ? n : n === 4 ? 2 : n <= 6 ? 3 : 4;
    const rows = Math.ceil(n / perRow);
    const w = (RIGHT.w - (perRow - 1) * 10) / perRow;
    const h = rows > 2 ? 30 : 40;
    this.personaCards = new RadioCards(this, {
      label: 'Opponent',
      cards: [...choices, { label: HOT_SEAT_LABEL }].map((c, i) => ({ x: RIGHT.x + w / 2 + (i % perRow) * (w + 10), y: ROW.opponent + ROW.below + h / 2 + Math.floor(i / perRow) * (h + 6), width: w, height: h, label: c.label })),
      chosen: this.choice.persona,
      accent: this.choice.side === 'bma' ? COLOURS.gov : COLOURS.bma,
      onChange: (i) => {
        this.choice.persona = i;
        this.remember();
        this.showPersona();
      },
      mirror: this.slots.persona,
    });
    const aboutY = ROW.opponent + ROW.below + rows * (h + 6) + 2;
    this.personaAbout.text = this.add.text(RIGHT.x, aboutY, '', { ...TEXT.small, wordWrap: { width: RIGHT.w }, maxLines: Math.max(1, Math.floor((ROW.mode - 14 - aboutY) / 23)) });
    this.personaParts.push(this.personaAbout.text);
    this.showPersona();
  }

  private showPersona(): void {
    const { choices } = opponentChoices(this.scenario, this.choice.side);
    const chosen = choices[this.choice.persona];
    const text = chosen ? opponentAbout(this.scenario, this.choice.side, chosen) : HOT_SEAT_ABOUT;
    this.personaAbout.text?.setText(text);
    this.personaAbout.mirror.textContent = text;
  }

  // ── mode, seed, and the way on ───────────────────────────────────────────────────────────────────────────
  private drawModeAndSeed(): void {
    sectionLabel(this, RIGHT.x, ROW.mode, 'MODE');
    const half = (RIGHT.w - 12) / 2;
    const about = this.add.text(RIGHT.x, ROW.mode + ROW.below + 46, MODES[this.choice.mode]!.about, TEXT.small);
    const modes = new RadioCards(this, {
      label: 'Mode',
      cards: MODES.map((m, i) => ({ x: RIGHT.x + half / 2 + i * (half + 12), y: ROW.mode + ROW.below + 20, width: half, height: 40, label: m.label })),
      chosen: this.choice.mode,
      onChange: (i) => {
        this.choice.mode = i;
        this.remember();
        about.setText(MODES[i]!.about);
        aboutMirror.textContent = MODES[i]!.about;
      },
      mirror: mirrorRoot(),
    });
    const aboutMirror = mirrorText(MODES[modes.index]!.about);

    sectionLabel(this, RIGHT.x, ROW.seed, 'SEED');
    const seedGroup = mirrorGroup('Seed');
    const fieldW = RIGHT.w - 150 - 12;
    const y = ROW.seed + ROW.below + 22;
    const field = new TextField(this, {
      x: RIGHT.x + fieldW / 2,
      y,
      width: fieldW,
      name: 'Seed',
      value: this.choice.seed,
      onChange: (v) => {
        this.choice.seed = v;
        this.remember();
      },
      onSubmit: () => this.start(),
      mirror: seedGroup,
    });
    new Button(this, {
      x: RIGHT.x + RIGHT.w - 75,
      y,
      width: 150,
      height: 44,
      variant: 'row',
      label: 'New seed',
      mirror: seedGroup,
      onActivate: () => {
        this.choice.seed = this.context.randomSeed();
        this.remember();
        field.setValue(this.choice.seed);
      },
    });
    this.add.text(RIGHT.x, y + 30, 'The same seed, side and moves always give the same game.', TEXT.small);
  }

  private drawFooter(): void {
    const { saved, session } = this.store.getState();
    if (saved || session) {
      const warning = 'Starting a new game replaces your saved game.';
      this.add.text(DESIGN.width / 2, 630, warning, { ...TEXT.small, color: css(COLOURS.planned) }).setOrigin(0.5);
      mirrorText(warning);
    }
    const nav = mirrorGroup('Start or go back');
    new Button(this, { x: DESIGN.width / 2 - 150, y: 676, width: 260, height: 52, label: 'Back', keyHint: 'Esc', mirror: nav, onActivate: () => this.go(SCENE.title) });
    new Button(this, { x: DESIGN.width / 2 + 150, y: 676, width: 260, height: 52, label: 'Start game', variant: 'primary', mirror: nav, onActivate: () => this.start() });
  }

  private start(): void {
    if (this.starting) return; // Enter held down, or a double click: one game
    this.starting = true;
    const scenario = this.scenario;
    const { choices } = opponentChoices(scenario, this.choice.side);
    const persona = choices[this.choice.persona]?.id ?? scenario.sides[otherSide(this.choice.side)].defaultPersona;
    const seed = this.choice.seed.trim() || this.context.randomSeed();
    remembered = null; // the next new game starts afresh
    const hotSeat = this.choice.persona === choices.length;
    const setup = { scenarioId: scenario.id, seed, players: hotSeat ? HOT_SEAT_PLAYERS : playersFor(this.choice.side, persona), mode: MODES[this.choice.mode]!.id };
    this.store.getState().newGame(setup);
    this.go(screenToStart(setup));
  }
}
