import { describe, expect, it } from 'vitest';
import { LruCache } from './cache';

describe('LruCache', () => {
  it('drops the least recently used entry when full, counting reads as use', () => {
    const cache = new LruCache<number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect([cache.get('a'), cache.get('c'), cache.size]).toEqual([1, 3, 2]);
  });

  it('keeps nothing with no capacity, and forgets deleted and cleared entries', () => {
    const none = new LruCache<number>(0);
    none.set('a', 1);
    expect(none.get('a')).toBeUndefined();
    const cache = new LruCache<number>(3);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.delete('a');
    expect([cache.get('a'), cache.size]).toEqual([undefined, 1]);
    cache.clear();
    expect(cache.size).toBe(0);
  });
});
