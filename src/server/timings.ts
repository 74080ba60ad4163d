/**
 * What the server's own clock says about its work, for the load tool (`npm run classroom -- --timings`): how long
 * each move took from its message arriving to its acknowledgement leaving, and each durable log write. With the
 * bots' round trips beside them, they tell the server's share of a round trip from the machine's.
 */

/** The p-th percentile of `values` (nearest rank), rounded to 0.1; 0 for none. */
export const percentile = (values: readonly number[], p: number): number => {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! * 10) / 10;
};

/** The samples one server process took, as it prints them when it stops. */
export interface TimingSamples {
  /** Message in to acknowledgement out, ms, per move. */
  readonly ackMs: readonly number[];
  /** One durable log write (write and fdatasync), ms, per batch. */
  readonly flushMs: readonly number[];
  /** Entries per durable log write. */
  readonly flushEntries: readonly number[];
}

export class Timings {
  private readonly samples = { ackMs: [] as number[], flushMs: [] as number[], flushEntries: [] as number[] };

  ack(ms: number): void {
    this.samples.ackMs.push(Math.round(ms * 10) / 10);
  }

  flush(ms: number, entries: number): void {
    this.samples.flushMs.push(Math.round(ms * 10) / 10);
    this.samples.flushEntries.push(entries);
  }

  taken(): TimingSamples {
    return this.samples;
  }
}
