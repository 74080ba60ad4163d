/** What an AI decides: the actions it takes this week, each with a reason code and the numbers behind it. */
import type { Action } from '../types';

export interface Decision {
  readonly action: Action;
  /** SCREAMING_SNAKE reason code, stable for tests and the debrief. */
  readonly reason: string;
  /** The figures the decision rested on, for the debrief and the transparency log. */
  readonly numbers: Readonly<Record<string, number>>;
  /** What the side says about it, in character (scenario `voice`, chosen by the seed). */
  readonly message: string | null;
  /** Why it did it, in plain words with the numbers behind it (the Table's "Why?"); never the code. */
  readonly why: string | null;
}
