import { expect } from 'vitest';
import type { ActionResult, JourneyView } from '../src/index';

/** The view of a successful action; fails the test with the engine's error otherwise. */
export function ok(result: ActionResult): JourneyView {
  if (!result.ok) expect.fail(`expected the action to succeed: ${result.error.code} ${result.error.message}`);
  return result.view;
}

/** The error code of a refused action. */
export function refused(result: ActionResult): string {
  if (result.ok)
    expect.fail(`expected the action to be refused, but the resident is now on ${result.view.step.id}`);
  return result.error.code;
}
