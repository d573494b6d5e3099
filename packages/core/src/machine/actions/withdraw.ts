import type { ContextUpdate } from './action-types';

/** The resident withdrew: nothing is left for caseworkers to decide. */
export const withdraw: ContextUpdate = (context) => ({
  tasks: context.tasks.map((task) =>
    task.status === 'open' || task.status === 'waitingForResident' ? { ...task, status: 'cancelled' } : task,
  ),
  moreInformation: null,
  pendingRevisit: [],
});
