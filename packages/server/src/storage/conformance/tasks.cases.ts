import { expect, it } from 'vitest';
import type { Conformance } from './context';
import { at, change, createInstance, task } from './fixtures';

export function taskCases(c: Conformance): void {
  it('replaces an instance’s tasks with the set given in each write', async () => {
    const created = await createInstance(c.storage, 'i-1', {
      tasks: [task('i-1', 'a'), task('i-1', 'b', { title: 'Old title' })],
    });
    await createInstance(c.storage, 'i-2', { tasks: [task('i-2', 'a')] });
    const b = task('i-1', 'b', {
      title: 'New title',
      status: 'approved',
      roles: ['x', 'y'],
      escalated: true,
      updatedAt: at(2),
    });
    const cTask = task('i-1', 'c', { dueAt: at(60), paused: true, reference: 'BB-1' });
    expect(await c.storage.updateInstance(change(created, { tasks: [b, cTask] }))).toMatchObject({
      ok: true,
    });

    expect(await c.storage.getTask('i-1', 'a')).toBeNull();
    expect(await c.storage.getTask('i-1', 'b')).toEqual(b);
    expect(await c.storage.getTask('i-1', 'c')).toEqual(cTask);
    expect(await c.storage.getTask('i-2', 'a')).toEqual(task('i-2', 'a'));

    const latest = await c.storage.getInstance('i-1');
    await c.storage.updateInstance(change(latest!, { tasks: [] }));
    expect(
      (await c.storage.listTasks({ limit: 10, offset: 0 })).items.map((t) => `${t.instanceId}/${t.taskId}`),
    ).toEqual(['i-2/a']);
  });

  it('filters tasks by journey, status, role membership and overdue, earliest due first', async () => {
    await createInstance(c.storage, 'i-1', {
      tasks: [
        task('i-1', 'late', { dueAt: at(120), roles: ['benefits', 'finance'] }),
        task('i-1', 'soon', { dueAt: at(10), roles: ['finance'] }),
        task('i-1', 'undated', { roles: ['benefits'] }),
        task('i-1', 'done', { dueAt: at(5), status: 'approved', roles: ['benefits'] }),
      ],
    });
    await createInstance(c.storage, 'i-2', {
      fields: { journeyId: 'free-school-meals' },
      tasks: [task('i-2', 'fsm', { journeyId: 'free-school-meals', dueAt: at(1), roles: ['education'] })],
    });
    const ids = async (filter: Parameters<typeof c.storage.listTasks>[0]) =>
      (await c.storage.listTasks(filter)).items.map((t) => t.taskId);

    expect(await ids({ limit: 10, offset: 0 })).toEqual(['fsm', 'done', 'soon', 'late', 'undated']);
    expect(await ids({ journeyId: 'blue-badge', limit: 10, offset: 0 })).toEqual([
      'done',
      'soon',
      'late',
      'undated',
    ]);
    expect(await ids({ status: 'open', journeyId: 'blue-badge', limit: 10, offset: 0 })).toEqual([
      'soon',
      'late',
      'undated',
    ]);
    expect(await ids({ role: 'benefits', limit: 10, offset: 0 })).toEqual(['done', 'late', 'undated']);
    expect(await ids({ role: 'finance', status: 'open', limit: 10, offset: 0 })).toEqual(['soon', 'late']);
    // Membership, not substring or pattern matching.
    expect(await ids({ role: 'fin', limit: 10, offset: 0 })).toEqual([]);
    expect(await ids({ role: '%', limit: 10, offset: 0 })).toEqual([]);
    expect(await ids({ role: '["finance"]', limit: 10, offset: 0 })).toEqual([]);
    expect(await ids({ dueBefore: at(60), status: 'open', limit: 10, offset: 0 })).toEqual(['fsm', 'soon']);
  });

  it('pages through tasks with the total of all that match', async () => {
    await createInstance(c.storage, 'i-1', {
      tasks: Array.from({ length: 7 }, (_, n) => task('i-1', `t${n}`, { dueAt: at(7 - n) })),
    });
    const page = await c.storage.listTasks({ limit: 3, offset: 3 });
    expect(page.total).toBe(7);
    expect(page.items.map((t) => t.taskId)).toEqual(['t3', 't2', 't1']);
    const past = await c.storage.listTasks({ limit: 3, offset: 10 });
    expect(past).toEqual({ items: [], total: 7 });
    const filtered = await c.storage.listTasks({ dueBefore: at(3), limit: 1, offset: 0 });
    expect(filtered.total).toBe(2);
    expect(filtered.items.map((t) => t.taskId)).toEqual(['t6']);
  });
}
