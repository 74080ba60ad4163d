// Other tabs and windows of Standoff in this browser, heard through a BroadcastChannel: the store uses it so
// two tabs never save over each other's game (see game-store.ts).

/** What one tab tells the others: it has just started ('hello'), it has a game in play (the answer to a
 *  hello), or it has just written the save slot. */
export interface TabMessage {
  readonly type: 'hello' | 'playing' | 'saved';
  /** The sending tab's own id, so a tab ignores its own messages. */
  readonly from: string;
}

export interface TabChannel {
  post(message: TabMessage): void;
  listen(on: (message: TabMessage) => void): void;
}

const isMessage = (x: unknown): x is TabMessage =>
  typeof x === 'object' && x !== null && ['hello', 'playing', 'saved'].includes((x as TabMessage).type) && typeof (x as TabMessage).from === 'string';

/** The channel every Standoff tab of this origin shares; null where the browser has no BroadcastChannel. */
export function openTabChannel(): TabChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel('standoff:tabs');
  return {
    post: (message) => channel.postMessage(message),
    listen: (on) => channel.addEventListener('message', (event: MessageEvent<unknown>) => {
      if (isMessage(event.data)) on(event.data);
    }),
  };
}
