// A Storage stand-in for tests: keeps items in memory. `broken` makes every call throw, as a full or disabled
// localStorage does. (Where the browser refuses localStorage the app runs with no storage at all.)
import type { KeyValueStorage } from '../../src/platform/storage';

export class MemoryStorage implements KeyValueStorage {
  private readonly items = new Map<string, string>();
  broken: boolean;

  constructor(options: { broken?: boolean } = {}) {
    this.broken = options.broken ?? false;
  }

  private check(): void {
    if (this.broken) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  }

  getItem(key: string): string | null {
    this.check();
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.check();
    this.items.set(key, String(value));
  }

  removeItem(key: string): void {
    this.check();
    this.items.delete(key);
  }
}
