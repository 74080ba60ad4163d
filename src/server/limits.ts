/** Fixed-window rate limits: joins per address, messages per client. Time comes in, so tests need no clock. */

/** Allows up to `limit` events per key in each window of `windowMs`; forgets keys whose window has passed. */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one event for `key` at `now` (ms); false when it is over the limit. */
  allow(key: string, now: number): boolean {
    const w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      if (this.windows.size > 10_000) this.sweep(now);
      this.windows.set(key, { start: now, count: 1 });
      return true;
    }
    w.count += 1;
    return w.count <= this.limit;
  }

  private sweep(now: number): void {
    for (const [key, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(key);
  }
}

/** The address a join came from, as the transport gives it (a proxy's list: its first entry). */
export const addressOf = (ip: string | string[] | undefined): string => (Array.isArray(ip) ? (ip[0] ?? '') : (ip ?? ''));
