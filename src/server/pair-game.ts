/**
 * One pair's game on the server: the whole state (both sides' private values), checked moves from the two seats,
 * the AI's week for a seat it holds, and rebuilding the game from its log. No networking and no I/O: the room
 * around it logs each accepted move (durably) between `check` and `commit`.
 */
import { decide, newGame, SIDES, step, type Action, type GameState, type Players, type Scenario, type ScriptAction, type SideId, type SimEvent } from '../sim';

/** How a pair's game was set up: everything needed, with its log, to rebuild it. */
export interface PairSetup {
  readonly roomId: string;
  readonly classCode: string;
  readonly scenarioId: string;
  readonly seed: string;
  readonly seats: Readonly<Record<SideId, { readonly name: string; readonly token: string | null; readonly ai: boolean }>>;
}

/**
 * A game room's log entries: its setup, then accepted moves (one entry per human move; one per AI week, so a crash
 * never leaves half of the AI's week logged) and seats handed to the AI, in order.
 */
export type PairEntry =
  | { readonly t: 'open'; readonly setup: PairSetup }
  | { readonly t: 'act'; readonly seq: number; readonly actions: readonly Action[] }
  | { readonly t: 'ai'; readonly side: SideId }
  /** A seat took back the `index`-th move it queued this week (its turn still open, the week not resolved). */
  | { readonly t: 'takeBack'; readonly seq: number; readonly side: SideId; readonly index: number };

/** Moves the rules accepted, not yet applied: what `commit` applies once they are logged. */
export interface Checked {
  readonly actions: readonly Action[];
  readonly state: GameState;
  readonly events: readonly SimEvent[];
}

type Refused = { readonly rejected: { readonly reason: string; readonly message: string } };

/** A take-back the rules allow, not yet applied: this week's moves without it, and the state they give. */
export interface TakenBack {
  readonly side: SideId;
  readonly index: number;
  readonly week: readonly Action[];
  readonly state: GameState;
}

const refused = (reason: string, message: string): Refused => ({ rejected: { reason, message } });

export class PairGame {
  state: GameState;
  /** The state the week began in: what the AI decides from. */
  private weekStart: GameState;
  /** Accepted moves (and take-backs) so far. */
  seq = 0;
  /** Every move that stands, in order (a move taken back is gone): the game's log, for the debrief and the export. */
  moves: Action[] = [];
  /** Where this week's moves begin in `moves`. */
  private weekFrom = 0;
  readonly ai: Record<SideId, boolean>;

  constructor(
    readonly scenario: Scenario,
    readonly setup: PairSetup,
  ) {
    this.state = newGame(scenario, { seed: setup.seed, players: { union: 'human', employer: 'human' } });
    this.weekStart = this.state;
    this.ai = { union: setup.seats.union.ai, employer: setup.seats.employer.ai };
  }

  /**
   * Who holds each seat now: a person, or the AI (its side's default persona, the one it plays in class). The game's
   * own state says `human` for both, since the AI can take a seat mid-game; par and the export read this instead.
   */
  get players(): Players {
    const holder = (side: SideId) => (this.ai[side] ? (`ai:${this.scenario.sides[side].defaultPersona}` as const) : ('human' as const));
    return { union: holder('union'), employer: holder('employer') };
  }

  /** The rules' answer to `side` playing `action` now: accepted (to log, then commit) or a rejection. */
  check(side: SideId, action: ScriptAction): Checked | Refused {
    const full = { ...action, side } as Action;
    const result = step(this.state, full);
    return result.rejected ? { rejected: result.rejected } : { actions: [full], state: result.state, events: result.events };
  }

  /** Applies checked moves; true when they resolved the week. */
  commit(checked: Checked): boolean {
    this.state = checked.state;
    this.seq += checked.actions.length;
    this.moves.push(...checked.actions);
    const resolved = checked.events.some((e) => e.type === 'weekResolved');
    if (resolved) {
      this.weekStart = this.state;
      this.weekFrom = this.moves.length;
    }
    return resolved;
  }

  /**
   * Whether `side` may take back the `index`-th move it queued this week (the order of `state.turn[side].actions`,
   * which is what its screen lists): only its own, only while its turn is open. The week is played again from its
   * start without that move; a take-back that would leave a later move illegal is refused.
   */
  checkTakeBack(side: SideId, index: number): TakenBack | Refused {
    if (this.state.outcome) return refused('game-over', 'The dispute is over.');
    if (this.state.turn[side].ended) return refused('turn-ended', 'You have ended your turn this week, so your moves are final.');
    const thisWeek = this.moves.slice(this.weekFrom);
    const mine = thisWeek.flatMap((a, i) => (a.side === side && a.type !== 'endTurn' ? [i] : []));
    const at = mine[index];
    if (at === undefined) return refused('no-such-move', 'You have no such move queued this week.');
    const week = thisWeek.filter((_, i) => i !== at);
    let state = this.weekStart;
    for (const action of week) {
      const result = step(state, action);
      if (result.rejected) return refused('needed-later', `A later move depends on this one: ${result.rejected.message}`);
      state = result.state;
    }
    return { side, index, week, state };
  }

  /** Applies a checked take-back. */
  commitTakeBack(taken: TakenBack): void {
    this.state = taken.state;
    this.moves = [...this.moves.slice(0, this.weekFrom), ...taken.week];
    this.seq += 1;
  }

  /**
   * The AI's week for `side`, checked against the state as it stands: what it decided from the week's start up
   * to its end of turn (a move the rules now refuse is dropped), then the end of turn. Null when the side has
   * nothing to do (its turn is over, or the game is).
   */
  aiWeek(side: SideId): Checked | null {
    if (this.state.outcome || this.state.turn[side].ended) return null;
    const decided = decide(this.weekStart, side).map((d) => d.action);
    const endAt = decided.findIndex((a) => a.type === 'endTurn');
    const moves = [...(endAt < 0 ? decided : decided.slice(0, endAt)), { side, type: 'endTurn' } as Action];
    let state = this.state;
    const actions: Action[] = [];
    const events: SimEvent[] = [];
    for (const action of moves) {
      const result = step(state, { ...action, side } as Action);
      if (result.rejected) continue;
      state = result.state;
      actions.push({ ...action, side } as Action);
      events.push(...result.events);
    }
    return actions.length ? { actions, state, events } : null;
  }

  /** Sides whose seat the AI holds and whose turn is still open. */
  aiSidesToMove(): SideId[] {
    return SIDES.filter((s) => this.ai[s] && !this.state.outcome && !this.state.turn[s].ended);
  }

  /** Rebuilds a game from its log entries (the first must be its setup). */
  static fromLog(entries: readonly PairEntry[], scenarioOf: (id: string) => Scenario | null): PairGame {
    const [first, ...rest] = entries;
    if (first?.t !== 'open') throw new Error('a game log must begin with its setup');
    const scenario = scenarioOf(first.setup.scenarioId);
    if (!scenario) throw new Error(`unknown scenario ${first.setup.scenarioId}`);
    const game = new PairGame(scenario, first.setup);
    for (const entry of rest) {
      if (entry.t === 'ai') game.ai[entry.side] = true;
      if (entry.t === 'takeBack') {
        const taken = game.checkTakeBack(entry.side, entry.index);
        if ('rejected' in taken) throw new Error(`logged take-back ${entry.seq} no longer applies: ${taken.rejected.reason}`);
        game.commitTakeBack(taken);
      }
      if (entry.t !== 'act') continue;
      let state = game.state;
      const events: SimEvent[] = [];
      for (const action of entry.actions) {
        const result = step(state, action);
        if (result.rejected) throw new Error(`logged move ${entry.seq} no longer applies: ${result.rejected.reason}`);
        state = result.state;
        events.push(...result.events);
      }
      game.commit({ actions: entry.actions, state, events });
    }
    return game;
  }
}
