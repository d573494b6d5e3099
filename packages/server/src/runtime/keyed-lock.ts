/**
 * Runs work one at a time per key inside this process. The runtime holds an instance's lock from
 * reading its hot run until the storage write commits, so no request sees a change that is not
 * yet durable and two requests never act on one in-memory run at once. (Across processes the
 * storage's optimistic version check does the same job.)
 * @example await locks.run(instanceId, async () => { … });
 */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<unknown>>();

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(work, work);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    try {
      return await result;
    } finally {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /** Keys with work queued or running (for tests and diagnostics). */
  get size(): number {
    return this.tails.size;
  }
}
