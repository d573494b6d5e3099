import { describe, expect, it } from 'vitest';
import { KeyedLock } from './keyed-lock';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('KeyedLock', () => {
  it('runs work on one key one at a time, in order', async () => {
    const lock = new KeyedLock();
    const log: string[] = [];
    const job = (name: string) => async () => {
      log.push(`${name} start`);
      await tick();
      log.push(`${name} end`);
      return name;
    };
    const results = await Promise.all([
      lock.run('a', job('1')),
      lock.run('a', job('2')),
      lock.run('a', job('3')),
    ]);
    expect(results).toEqual(['1', '2', '3']);
    expect(log).toEqual(['1 start', '1 end', '2 start', '2 end', '3 start', '3 end']);
    expect(lock.size).toBe(0);
  });

  it('lets different keys run at once', async () => {
    const lock = new KeyedLock();
    const log: string[] = [];
    await Promise.all(
      ['a', 'b'].map((key) =>
        lock.run(key, async () => {
          log.push(`${key} start`);
          await tick();
          log.push(`${key} end`);
        }),
      ),
    );
    expect(log.slice(0, 2).sort()).toEqual(['a start', 'b start']);
  });

  it('carries on after a failure, passing the error to its caller only', async () => {
    const lock = new KeyedLock();
    const failed = lock.run('a', async () => {
      throw new Error('no');
    });
    const next = lock.run('a', async () => 'yes');
    await expect(failed).rejects.toThrow('no');
    expect(await next).toBe('yes');
  });
});
