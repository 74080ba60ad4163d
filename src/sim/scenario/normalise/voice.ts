/** The sides' voices: each line's {placeholders} must be ones its situation fills in. */
import type { ScenarioFile } from '../schema';
import { SIDES, type SideId } from '../types';
import { placeholdersIn, VOICE_PLACEHOLDERS, VOICE_SITUATIONS, type VoiceBook, type VoiceLine } from '../voice';
import type { Checker } from './context';

type BookInput = NonNullable<NonNullable<ScenarioFile['voice']>['union']>;

const normaliseBook = (book: BookInput | undefined, side: SideId, checker: Checker): VoiceBook => {
  const out: Partial<Record<(typeof VOICE_SITUATIONS)[number], VoiceLine[]>> = {};
  for (const situation of VOICE_SITUATIONS) {
    const lines = book?.[situation];
    if (!lines) continue;
    const allowed = VOICE_PLACEHOLDERS[situation];
    out[situation] = lines.map((line, i) => {
      const { tone, text } = typeof line === 'string' ? { tone: null, text: line } : line;
      const path = typeof line === 'string' ? ['voice', side, situation, i] : ['voice', side, situation, i, 'text'];
      for (const name of placeholdersIn(text).filter((p) => !allowed.includes(p))) {
        checker.fail(path, `{${name}} is not a placeholder of "${situation}"`, `use one of ${allowed.map((p) => `{${p}}`).join(', ')}`);
      }
      return { tone, text };
    });
  }
  return out;
};

export const normaliseVoice = (file: ScenarioFile, checker: Checker): Record<SideId, VoiceBook> => {
  const [a, b] = SIDES.map((side) => [side, normaliseBook(file.voice?.[side], side, checker)] as const);
  return Object.fromEntries([a!, b!]) as Record<SideId, VoiceBook>;
};
