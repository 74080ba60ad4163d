/**
 * The game's own lines for each side and situation, used where a scenario's `voice` section says nothing.
 * Written for this game (no quotes from real people). A data table: one short line per entry, a tone where it
 * matters, {placeholders} as in scenario/voice.ts.
 */
import type { SideId } from '../scenario/types';
import type { VoiceBook, VoiceLine, VoiceTone } from '../scenario/voice';

const any = (...texts: string[]): VoiceLine[] => texts.map((text) => ({ tone: null, text }));
const toned = (tone: VoiceTone, ...texts: string[]): VoiceLine[] => texts.map((text) => ({ tone, text }));

const UNION: VoiceBook = {
  opening: any('Here is what our members are asking for: {offer}.', 'Our claim is on the table: {offer}. It is fair, and it is overdue.'),
  offer: [
    ...toned('hard', 'We have moved, and that is more than you have earned: {offer}.', 'One step, no more: {offer}.'),
    ...toned('steady', 'We have moved: {offer}. Now it is your turn.', 'A new offer, made in good faith: {offer}.'),
    ...toned('warm', 'We want this settled. Here is a real move: {offer}.', 'Let us find a way through: {offer}.'),
  ],
  trade: any('We can be flexible on the detail, not on the principle: {offer}.'),
  stands: [
    ...toned('hard', 'Our offer stands. We are not bidding against ourselves.', 'Nothing has changed, so neither have we.'),
    ...toned('steady', 'Our offer stands until we see a real move from you.', 'We have put our terms down. They stand.'),
    ...toned('warm', 'Our offer still stands, and our door is open.', 'We are ready to talk, but we need something to talk about.'),
  ],
  reject: [
    ...toned('hard', 'That is not an offer our members will even look at.', 'You will have to do far better than that.'),
    ...toned('steady', 'That does not meet our members\u2019 case. Try again.', 'Not enough. Not yet.'),
    ...toned('warm', 'It is a start, but it is not there yet.', 'Closer. Keep going and we can get there.'),
  ],
  noOffer: any('Our claim has not gone away, whatever is on the table.', 'We are waiting for something worth answering.'),
  accept: any('This is a deal we can take to our members, and we will recommend it.', 'We have an agreement in principle. Members will have the final say.'),
  putToMembers: any('We will let our members decide on this one.', 'It is our members\u2019 pay and their call: this goes to a vote.'),
  waitVote: any('Members are voting. We will not get ahead of them.', 'The ballot boxes are open. We wait.'),
  strike: [
    ...toned('hard', 'You leave us no choice: {days} days of strikes from {date}.', 'Our members walk out for {days} days from {date}.'),
    ...toned('steady', 'With no credible offer, we are striking for {days} days from {date}.'),
    ...toned('warm', 'We take no pleasure in it, but we strike for {days} days from {date}.'),
  ],
  strikeOff: any('That was a real step. We are calling off the next strike to give talks a chance.', 'In good faith, the next strike is off.'),
  ballot: any('We are asking members to renew our mandate. We expect them to back us.', 'Our mandate has {daysLeft} days left, so we are going back to members.'),
  statement: [
    ...toned('hard', 'Our members are angry, and they have every right to be.'),
    ...toned('steady', 'Nobody wants strikes. A fair offer would end them.'),
    ...toned('warm', 'We want to be back at work and back at the table.'),
  ],
  deadlock: [
    ...toned('hard', 'We will not settle for {demand} of {headline}. Not while prices keep rising.'),
    ...toned('steady', 'Nothing on the table meets our case yet. Move on {headline}, and so will we.'),
    ...toned('warm', 'We are still too far apart on {headline}. Give us something to take to members.'),
  ],
};

const EMPLOYER: VoiceBook = {
  opening: any('Our position is clear: {offer}.', 'This is what we can afford: {offer}.'),
  offer: [
    ...toned('hard', 'This is a final stretch, not an opening bid: {offer}.', 'We have gone as far as the money allows: {offer}.'),
    ...toned('steady', 'We have listened, and we have moved: {offer}.', 'A serious offer: {offer}.'),
    ...toned('warm', 'We want a deal. Here is a real improvement: {offer}.', 'Let us settle this: {offer}.'),
  ],
  trade: any('We cannot go further on {headline}, but we can do more elsewhere: {offer}.', 'Not more on {headline}, but real help elsewhere: {offer}.'),
  stands: [
    ...toned('hard', 'Our offer stands. The arithmetic has not changed.', 'We have nothing more to say on {headline}.'),
    ...toned('steady', 'Our offer stands. We are ready to talk about how it works.', 'The offer is still there. It is a good one.'),
    ...toned('warm', 'Our offer stands, and we are ready to keep talking.', 'We are still at the table whenever you are.'),
  ],
  reject: [
    ...toned('hard', 'That demand is not affordable, and it is not going to be.', 'Those figures are not serious.'),
    ...toned('steady', 'We cannot fund that. Come back with something realistic.', 'Not at that price.'),
    ...toned('warm', 'We understand the case, but we cannot meet it at that level.', 'Closer, but still more than we can fund.'),
  ],
  noOffer: any('There is no offer from us this week. Our door stays open.', 'We will not bid against ourselves.'),
  accept: any('We can agree to these terms, subject to your members\u2019 vote.', 'We have a deal, if your members back it.'),
  waitVote: any('It is for the members now. We hope they back the deal.', 'We await the members\u2019 verdict.'),
  impose: any('The dispute cannot run for ever. We are putting these terms in place: {offer}.'),
  mitigate: any('We will keep {service} running through the strike where we can.', 'The public come first: {service} keeps running at level {level}.'),
  catchUp: any('We are putting \u00a3{amount}m into extra work to cut {harm}.'),
  statement: [
    ...toned('hard', 'Strikes harm the public and will not change the arithmetic.'),
    ...toned('steady', 'Strikes help no one. The way forward is talks.'),
    ...toned('warm', 'We want everyone back at work and round the table.'),
  ],
  deadlock: [
    ...toned('hard', 'We will not move on {headline} while {them} hold out for {demand}.'),
    ...toned('steady', 'There is no deal at {demand} of {headline}. That has to come down first.'),
    ...toned('warm', 'We want to settle, but not at {demand} of {headline}.'),
  ],
};

/** The default lines by side: the union's and the employer's. */
export const DEFAULT_VOICE: Readonly<Record<SideId, VoiceBook>> = { union: UNION, employer: EMPLOYER };
