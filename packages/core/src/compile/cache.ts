/**
 * A least-recently-used map with a fixed capacity: the oldest entry goes when a new one would
 * exceed it. Core keeps compiled journeys in one (by `${id}@${version}`: a published version never
 * changes, so a hit is always right); hosts can keep restored runs in one.
 * @example const hot = new LruCache<string>(2); hot.set('a', '1'); hot.get('a');
 */
export class LruCache<V> {
  private readonly entries = new Map<string, V>();
  constructor(readonly capacity: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    if (this.capacity <= 0) return;
    this.entries.set(key, value);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
