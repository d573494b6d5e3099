const gc = (globalThis as { gc?: () => void }).gc;

/** Whether the process was started with --expose-gc, which heap measurements need. */
export function canCollectGarbage(): boolean {
  return typeof gc === 'function';
}

/** Heap in use after full collections, so only live objects count. */
export function settledHeap(): number {
  if (!gc) throw new Error('Heap measurements need node --expose-gc');
  for (let i = 0; i < 4; i++) gc();
  return process.memoryUsage().heapUsed;
}

/**
 * Bytes of heap each live instance holds: creates `count` instances, keeps them all reachable,
 * and divides the settled heap growth by `count`. Call `create` once beforehand yourself if it
 * fills lazy caches, so they are not charged to the instances.
 * @example heapPerInstance(1000, () => startJourney(compiled, { clock }))
 */
export function heapPerInstance<T>(count: number, create: (index: number) => T): number {
  const keep = new Array<T>(count);
  const before = settledHeap();
  for (let i = 0; i < count; i++) keep[i] = create(i);
  const after = settledHeap();
  // Reading the array after measuring keeps every instance alive until here.
  if (keep.length !== count || keep[count - 1] === undefined) throw new Error('instances were lost');
  return (after - before) / count;
}
