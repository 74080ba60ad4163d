/**
 * The durable log: every accepted action is appended here, and the append has reached the disk (or Redis)
 * before the action is acknowledged. A log is a set of streams (the class's, and one per game room), each an
 * append-only list of JSON entries; on start the server rebuilds every room by reading them back.
 */
import { existsSync, mkdirSync, readFileSync, truncateSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { Presence } from '@colyseus/core';

export interface GameLog {
  /** Appends one entry to a stream; resolves once it is durable. Entries of one stream are kept in call order. */
  append(stream: string, entry: unknown): Promise<void>;
  /** Every stream's name. */
  streams(): Promise<string[]>;
  /** A stream's entries in order. */
  read(stream: string): Promise<unknown[]>;
  close(): Promise<void>;
}

const STREAM = /^[A-Za-z0-9_-]{1,64}$/;
const checkName = (stream: string): string => {
  if (!STREAM.test(stream)) throw new RangeError(`log stream name ${JSON.stringify(stream)}`);
  return stream;
};

/**
 * One append-only file for every stream, one JSON line per entry ({ s: stream, e: entry }). Appends that arrive
 * while a write is on its way to the disk wait and go together in the next write and fsync (group commit), so a
 * busy class costs one fsync per batch rather than one per move. A line cut short by a crash was never
 * acknowledged: it is cut off when the log is opened again.
 */
export class FileLog implements GameLog {
  private readonly file: string;
  private readonly handle: Promise<FileHandle>;
  private readonly index = new Map<string, unknown[]>();
  private queue: { readonly stream: string; readonly entry: unknown; readonly resolve: () => void; readonly reject: (e: unknown) => void }[] = [];
  private flushing: Promise<void> | null = null;

  /** `onFlush` hears how long each durable write took (ms) and how many entries it held. */
  constructor(
    dir: string,
    private readonly onFlush?: (ms: number, entries: number) => void,
  ) {
    mkdirSync(dir, { recursive: true });
    this.file = join(dir, 'log.jsonl');
    const text = existsSync(this.file) ? readFileSync(this.file, 'utf8') : '';
    const whole = text.slice(0, text.lastIndexOf('\n') + 1);
    if (whole.length !== text.length) truncateSync(this.file, Buffer.byteLength(whole));
    for (const line of whole.split('\n')) {
      if (!line) continue;
      const { s: stream, e: entry } = JSON.parse(line) as { s: string; e: unknown };
      this.remember(stream, entry);
    }
    this.handle = open(this.file, 'a');
  }

  append(stream: string, entry: unknown): Promise<void> {
    checkName(stream);
    return new Promise((resolve, reject) => {
      this.queue.push({ stream, entry, resolve, reject });
      this.flushing ??= this.flush();
    });
  }

  private async flush(): Promise<void> {
    const h = await this.handle;
    while (this.queue.length) {
      const batch = this.queue;
      this.queue = [];
      try {
        const start = performance.now();
        await h.appendFile(batch.map((b) => `${JSON.stringify({ s: b.stream, e: b.entry })}\n`).join(''), 'utf8');
        await h.datasync();
        this.onFlush?.(performance.now() - start, batch.length);
        for (const b of batch) {
          this.remember(b.stream, b.entry);
          b.resolve();
        }
      } catch (e) {
        for (const b of batch) b.reject(e);
      }
    }
    this.flushing = null;
  }

  private remember(stream: string, entry: unknown): void {
    const list = this.index.get(stream);
    if (list) list.push(entry);
    else this.index.set(stream, [entry]);
  }

  async streams(): Promise<string[]> {
    return [...this.index.keys()];
  }

  async read(stream: string): Promise<unknown[]> {
    return [...(this.index.get(checkName(stream)) ?? [])];
  }

  async close(): Promise<void> {
    while (this.flushing) await this.flushing;
    await (await this.handle).close();
  }
}

/**
 * The log in Redis through Colyseus's presence, so every process of a cluster reads the same streams: each stream
 * is a hash from a zero-padded sequence number to the entry (the presence offers no list range read), and a set
 * names the streams. Each entry's number comes from an atomic counter in Redis, never from a count this process
 * remembers: after a process dies, another takes its rooms over and appends to their streams. Durable as Redis is
 * configured: run it with appendonly on (docs/classroom.md).
 */
export class PresenceLog implements GameLog {
  private readonly named = new Set<string>();
  private readonly tails = new Map<string, Promise<void>>();

  constructor(
    private readonly presence: Presence,
    private readonly prefix = 'standoff:log',
  ) {}

  append(stream: string, entry: unknown): Promise<void> {
    const key = `${this.prefix}:${checkName(stream)}`;
    const write = async () => {
      const n = (await this.presence.hincrby(`${this.prefix}:lengths`, stream, 1)) - 1;
      await this.presence.hset(key, String(n).padStart(9, '0'), JSON.stringify(entry));
      if (this.named.has(stream)) return;
      await this.presence.sadd(`${this.prefix}:streams`, stream);
      this.named.add(stream);
    };
    const next = (this.tails.get(stream) ?? Promise.resolve()).then(write);
    this.tails.set(stream, next.catch(() => undefined));
    return next;
  }

  streams(): Promise<string[]> {
    return this.presence.smembers(`${this.prefix}:streams`);
  }

  async read(stream: string): Promise<unknown[]> {
    const all = (await this.presence.hgetall(`${this.prefix}:${checkName(stream)}`)) ?? {};
    return Object.keys(all)
      .sort()
      .map((k) => JSON.parse(all[k]!) as unknown);
  }

  async close(): Promise<void> {
    await Promise.all([...this.tails.values()]);
  }
}
