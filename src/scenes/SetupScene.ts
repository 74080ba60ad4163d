// Setup: the scenario (every bundled one, the tutorial first, and any the player opened from a file), the
// player's side, the opponent's persona, practice or normal mode, and the seed. Choices are radio cards (radio
// buttons in the screen-reader mirror). "Open a scenario file…" (or a file dropped on the screen) adds a
// scenario of the player's own; one that does not load shows its problems and changes nothing. Each part of
// the screen is in setup/; this scene keeps the choices and starts the game.
import { COLOURS, DESIGN, TEXT, css } from '../layout';
import { screenToStart } from '../navigation/game-screens';
import { SCENE } from '../navigation/scene-keys';
import { HOT_SEAT_PLAYERS } from '../store/hot-seat';
import { Button } from '../ui/Button';
import { installShortcuts } from '../ui/shortcuts';
import { mirrorGroup, mirrorText } from '../ui/sr-mirror';
import { otherSide } from '../sim/index';
import { opponentChoices, playersFor } from '../views/setup-choices';
import { AppScreen } from './Screen';
import { drawModeAndSeed } from './setup/ModeAndSeed';
import { MODES, type Choice, type SetupParts } from './setup/parts';
import type { Opened } from './setup/ScenarioOpener';
import { ScenarioList } from './setup/ScenarioList';
import { SideAndOpponent } from './setup/SideAndOpponent';

/** What Setup may be started with: a scenario to select (one just opened, or from the Workbench). */
export interface SetupData {
  readonly scenarioId?: string;
  /** A scenario just opened from a file: chosen, focused and reported once the screen is drawn. */
  readonly opened?: Opened;
}

/** The choices made so far, kept while the screen is rebuilt (a file opened) and until a game starts. */
let remembered: Choice | null = null;

export class SetupScene extends AppScreen {
  private choice!: Choice;
  private starting = false;
  private scenarios!: ScenarioList;
  private sides!: SideAndOpponent;
  private opened: Opened | null = null;

  init(data: SetupData | undefined): void {
    const { catalogue } = this.context;
    const base: Choice = remembered ?? { scenarioId: catalogue.defaultId, side: 'union', persona: -1, mode: 0, seed: this.context.randomSeed() };
    const wanted = data?.scenarioId ?? base.scenarioId;
    const scenarioId = catalogue.get(wanted) ? wanted : catalogue.defaultId;
    this.choice = { ...base, scenarioId, persona: scenarioId === base.scenarioId ? base.persona : -1 };
    this.starting = false;
    this.opened = data?.opened ?? null;
  }

  create(): void {
    this.begin('New game', ['Choose a scenario, your side, your opponent and the mode.']);
    this.add.text(DESIGN.width / 2, 44, 'New game', TEXT.heading).setOrigin(0.5);
    const parts: SetupParts = { scene: this, choice: this.choice, remember: () => this.remember() };
    this.scenarios = new ScenarioList(parts, this.context.catalogue, {
      choose: (id) => this.chooseScenario(id),
      opened: (opened) => {
        this.choice.scenarioId = opened.scenarioId;
        this.choice.persona = -1;
        this.remember();
        this.scene.restart({ scenarioId: opened.scenarioId, opened } satisfies SetupData);
      },
    });
    this.sides = new SideAndOpponent(parts, () => this.scenario);
    this.sides.draw();
    drawModeAndSeed(parts, { randomSeed: () => this.context.randomSeed(), onSubmit: () => this.start() });
    this.drawFooter();
    installShortcuts(this, () => ({ Escape: () => this.go(SCENE.title), O: () => void this.scenarios.opener.pick() }));
    this.settle();
    if (this.opened) {
      this.scenarios.cards.focus();
      this.scenarios.opener.report(this.opened);
    }
  }

  private get scenario() {
    return this.context.catalogue.get(this.choice.scenarioId)!;
  }

  private remember(): void {
    remembered = { ...this.choice };
  }

  private chooseScenario(id: string): void {
    this.choice.scenarioId = id;
    this.choice.persona = -1;
    this.remember();
    this.scenarios.showSummary();
    this.sides.draw();
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
