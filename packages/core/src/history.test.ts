import { describe, expect, it } from 'vitest';
import { History, RESIDENT, SYSTEM } from './history';

const entry = (seq: number) => ({
  seq,
  at: `2026-03-0${seq}T10:00:00.000Z`,
  type: 'pageSubmitted' as const,
  actor: RESIDENT,
  journeyVersion: '1.0.0',
  data: { fields: [`f${seq}`] },
});

describe('a restored history', () => {
  it('numbers new entries after the restored ones and lists both in order, expanding once', () => {
    let expansions = 0;
    const history = History.restored('1.1.0', 2, () => {
      expansions++;
      return [entry(1), entry(2)];
    });
    expect(history.length).toBe(2);
    history.append('2026-03-05T10:00:00.000Z', 'completed', SYSTEM, { outcome: 'submitted' }, 'done');
    expect(history.length).toBe(3);
    expect(expansions).toBe(0);
    const listed = history.list();
    expect(listed.map((e) => [e.seq, e.type, e.journeyVersion])).toEqual([
      [1, 'pageSubmitted', '1.0.0'],
      [2, 'pageSubmitted', '1.0.0'],
      [3, 'completed', '1.1.0'],
    ]);
    history.append('2026-03-06T10:00:00.000Z', 'feedbackGiven', RESIDENT, { rating: 5 });
    expect(history.list().map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(expansions).toBe(1);
  });
});
