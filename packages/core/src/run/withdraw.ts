import type { Moment } from '../clock';
import type { EngineError } from '../errors';
import { RESIDENT } from '../history';
import { dispatch } from './dispatch';
import { finishedError } from './preconditions';
import { currentStateOf, type RunCore } from './run-core';

/** The resident withdraws the application; open tasks are cancelled. */
export function withdraw(core: RunCore, reason: string | undefined, now: Moment): EngineError | null {
  const finished = finishedError(core);
  if (finished) return finished;
  dispatch(
    core,
    now,
    { type: 'WITHDRAW' },
    {
      type: 'withdrawn',
      actor: RESIDENT,
      stepId: currentStateOf(core),
      data: { reason: reason?.trim() || null },
    },
  );
  return null;
}
