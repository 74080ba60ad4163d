/**
 * The opponent's voice as scenario data: for each side, short lines per situation, each optionally for one tone,
 * with {placeholders} the game fills in. The situations and the placeholders each may use are fixed here, so the
 * schema, the file check and the AI agree on them.
 */

/** When a side speaks: the move it made, or why it made none. */
export const VOICE_SITUATIONS = [
  'opening',
  'offer',
  'trade',
  'stands',
  'reject',
  'noOffer',
  'accept',
  'putToMembers',
  'waitVote',
  'strike',
  'strikeOff',
  'ballot',
  'impose',
  'mitigate',
  'catchUp',
  'statement',
  'deadlock',
] as const;
export type VoiceSituation = (typeof VOICE_SITUATIONS)[number];

/** Each situation in words, for the schema's descriptions and the format guide. */
export const SITUATION_MEANING: Readonly<Record<VoiceSituation, string>> = {
  opening: 'its first offer',
  offer: 'a new offer that moves toward the other side',
  trade: 'a new offer that holds the headline issue and gives more on others',
  stands: 'a week it makes no new offer and its own offer stands',
  reject: "a week it lets the other side's new offer pass",
  noOffer: 'a week it has no offer on the table',
  accept: "accepting the other side's offer",
  putToMembers: 'sending an offer to a members\u2019 vote without a recommendation',
  waitVote: 'a week members are voting on a deal',
  strike: 'calling strike days',
  strikeOff: 'calling strike days off',
  ballot: 'opening a ballot to renew the mandate',
  impose: 'imposing terms without agreement',
  mitigate: 'setting how much of the service keeps running in a strike',
  catchUp: 'funding extra work to undo the harm strikes built up',
  statement: 'a public statement about the strikes',
  deadlock: 'the Table\u2019s note that no deal is in reach at the public positions',
};

/** How a persona talks: hard (a slow conceder), steady, or warm (a quick conceder). */
export const VOICE_TONES = ['hard', 'steady', 'warm'] as const;
export type VoiceTone = (typeof VOICE_TONES)[number];

/** One line a side may say; a line with no tone suits any persona. */
export interface VoiceLine {
  readonly tone: VoiceTone | null;
  readonly text: string;
}

/** A side's lines by situation; a situation it leaves out falls back on the game's own lines. */
export type VoiceBook = Readonly<Partial<Record<VoiceSituation, readonly VoiceLine[]>>>;

/** Placeholders every line may use: the speaker's and the other side's short names, the headline issue, and the
 *  vocabulary's workers (plural), service and harm as running text puts them ("the NHS waiting list"). */
const COMMON = ['us', 'them', 'headline', 'workers', 'service', 'harm'] as const;

/** The placeholders each situation may use, beyond the common ones. */
export const VOICE_PLACEHOLDERS: Readonly<Record<VoiceSituation, readonly string[]>> = {
  opening: [...COMMON, 'offer'],
  offer: [...COMMON, 'offer'],
  trade: [...COMMON, 'offer'],
  stands: [...COMMON, 'offer'],
  reject: [...COMMON],
  noOffer: [...COMMON],
  accept: [...COMMON],
  putToMembers: [...COMMON],
  waitVote: [...COMMON],
  strike: [...COMMON, 'days', 'date'],
  strikeOff: [...COMMON],
  ballot: [...COMMON, 'daysLeft'],
  impose: [...COMMON, 'offer'],
  mitigate: [...COMMON, 'level'],
  catchUp: [...COMMON, 'amount'],
  statement: [...COMMON],
  deadlock: [...COMMON, 'demand'],
};

/** The {names} a line uses, in order of first use. */
export const placeholdersIn = (text: string): string[] => [...new Set([...text.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!))];
