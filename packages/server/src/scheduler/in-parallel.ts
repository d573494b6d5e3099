/**
 * Runs `work` over the items, at most `limit` at a time, and resolves with the results in order.
 * `work` must not throw (background jobs turn their failures into values).
 * @example await inParallel(deadlines, 4, (d) => fireDeadline(instances, d))
 */
export async function inParallel<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  return results;
}
