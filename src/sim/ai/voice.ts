/**
 * What a side says, in character: a short line for the situation, in its persona's tone, from the scenario's
 * `voice` section or the game's own lines. The choice is seeded by the game's seed, the week, the side and the
 * situation, so a replay says the same words; the numbers and reasons stay in the plain-words "why".
 */
import { drawInt, seedStream } from '../rng';
import { otherSide, type Persona, type Scenario, type SideId } from '../scenario/types';
import { theHarm, theService } from '../scenario/words';
import type { VoiceLine, VoiceSituation, VoiceTone } from '../scenario/voice';
import type { GameState } from '../types';
import { DEFAULT_VOICE } from './voice-defaults';
import { personaFor } from './view';

/** A persona's tone, from how fast it concedes. */
export const toneOf = (persona: Persona): VoiceTone => (persona.concessionX100 < 50 ? 'hard' : persona.concessionX100 > 150 ? 'warm' : 'steady');

/** The lines that suit a tone: those written for it, else those for any tone, else every line. */
export const linesFor = (lines: readonly VoiceLine[], tone: VoiceTone): readonly VoiceLine[] => {
  const own = lines.filter((l) => l.tone === tone);
  if (own.length) return own;
  const any = lines.filter((l) => l.tone === null);
  return any.length ? any : lines;
};

/** Where a line is said: the game's seed and week pick the line, so the same game says the same words. */
export interface VoiceContext {
  readonly scenario: Scenario;
  readonly side: SideId;
  readonly persona: Persona;
  readonly seed: string;
  readonly week: number;
}

/** Fills {name} from `fill`; a name with no value is left out (the file check has already refused unknown names). */
const fillIn = (text: string, fill: Readonly<Record<string, string>>): string => text.replace(/\{([^{}]*)\}/g, (_, name: string) => fill[name] ?? '');

/** The line a side says in a situation, filled in; null when neither the scenario nor the game has one. */
export const speak = (c: VoiceContext, situation: VoiceSituation, fill: Readonly<Record<string, string>> = {}): string | null => {
  const written = c.scenario.voice[c.side][situation];
  const lines = written?.length ? written : DEFAULT_VOICE[c.side][situation] ?? [];
  if (!lines.length) return null;
  const choices = linesFor(lines, toneOf(c.persona));
  const [index] = drawInt(seedStream(c.seed, `voice:${c.week}:${c.side}:${situation}`), 0, choices.length - 1);
  const common = {
    us: c.scenario.sides[c.side].shortName,
    them: c.scenario.sides[otherSide(c.side)].shortName,
    headline: c.scenario.issues[0]!.label.toLowerCase(),
    workers: c.scenario.vocabulary.workers.plural,
    service: theService(c.scenario.vocabulary),
    harm: theHarm(c.scenario.vocabulary),
  };
  return fillIn(choices[index]!.text, { ...common, ...fill });
};

/** What a side would say now in a situation, in its persona's tone (for lines the Table speaks, such as `deadlock`). */
export const sideSays = (state: GameState, side: SideId, situation: VoiceSituation, fill: Readonly<Record<string, string>> = {}): string | null =>
  speak({ scenario: state.scenario, side, persona: personaFor(state, side), seed: state.seed, week: state.week }, situation, fill);
