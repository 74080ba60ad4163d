/**
 * The durable log: every accepted action is appended here, and the append has reached the disk (or Redis)
 * before the action is acknowledged. A log is a set of streams (the class's, and one per game room), each an
 * append-only list of JSON entries; on start the server rebuilds every room by reading them back.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
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

/** One file per stream in a directory, one JSON line per entry, fsync'd before each append resolves. */
export class FileLog implements GameLog {
  private readonly handles = new Map<string, Promise<FileHandle>>();
  private readonly tails = new Map<string, Promise<void>>();

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  append(stream: string, entry: unknown): Promise<void> {
    const file = join(this.dir, `${checkName(stream)}.jsonl`);
    let handle = this.handles.get(stream);
    if (!handle) {
      handle = open(file, 'a');
      this.handles.set(stream, handle);
    }
    const line = `${JSON.stringify(entry)}\n`;
    const write = async () => {
      const h = await handle;
      await h.appendFile(line, 'utf8');
      await h.datasync();
    };
    const next = (this.tails.get(stream) ?? Promise.resolve()).then(write);
    this.tails.set(stream, next.catch(() => undefined));
    return next;
  }

  async streams(): Promise<string[]> {
    return readdirSync(this.dir)
      .filter((f) => f.endsWith('.jsonl'))
      .map((f) => f.slice(0, -'.jsonl'.length));
  }

  async read(stream: string): Promise<unknown[]> {
    const text = readFileSync(join(this.dir, `${checkName(stream)}.jsonl`), 'utf8');
    const lines = text.split('\n');
    // A line cut short by a crash was never acknowledged: everything before it stands.
    const entries: unknown[] = [];
    for (const line of lines) {
      if (!line) continue;
      try {
        entries.push(JSON.parse(line));
      } catch {
        break;
      }
    }
    return entries;
  }

  async close(): Promise<void> {
    await Promise.all([...this.tails.values()]);
    for (const handle of this.handles.values()) await (await handle).close();
    this.handles.clear();
  }
}

/**
 * The log in Redis through Colyseus's presence, so every process of a cluster reads the same streams: each stream
 * is a hash from a zero-padded sequence number to the entry (the presence offers no list range read), and a set
 * names the streams. Durable as Redis is configured: run it with appendonly on (docs/classroom.md).
 */
export class PresenceLog implements GameLog {
  private readonly counts = new Map<string, number>();
  private readonly tails = new Map<string, Promise<void>>();

  constructor(
    private readonly presence: Presence,
    private readonly prefix = 'standoff:log',
  ) {}

  append(stream: string, entry: unknown): Promise<void> {
    const key = `${this.prefix}:${checkName(stream)}`;
    const write = async () => {
      const n = this.counts.get(stream) ?? (await this.presence.hlen(key));
      this.counts.set(stream, n + 1);
      await this.presence.hset(key, String(n).padStart(9, '0'), JSON.stringify(entry));
      await this.presence.sadd(`${this.prefix}:streams`, stream);
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
