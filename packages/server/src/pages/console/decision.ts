import type { Decision } from '@fingerpost/schema';
import type { Context } from 'hono';
import type { CaseworkerPrincipal } from '../../auth/principal';
import { HttpError } from '../../http/http-error';
import type { Kit } from '../kit';
import { type FormBody, readForm, textField } from '../session/form-body';
import { setFlash } from '../session/session';

const DECISIONS: readonly Decision[] = ['approve', 'reject', 'requestMoreInformation'];

interface DecisionInput {
  decision: Decision | null;
  reason: string;
  comment: string;
  pages: string[];
}

function decisionInput(body: FormBody): DecisionInput {
  const chosen = textField(body, 'decision');
  const pages = body.pages;
  return {
    decision: DECISIONS.find((d) => d === chosen) ?? null,
    reason: textField(body, 'reason').trim(),
    comment: textField(body, 'comment').trim(),
    pages: Array.isArray(pages) ? pages : typeof pages === 'string' && pages !== '' ? [pages] : [],
  };
}

/** What is missing from a decision, by the input it is about. */
export function decisionProblems(input: DecisionInput): Array<{ field: string; message: string }> {
  if (!input.decision) return [{ field: 'decision', message: 'Select your decision' }];
  if (input.decision === 'reject' && input.reason === '')
    return [{ field: 'reason', message: 'Enter the reason for rejecting the application' }];
  if (input.decision !== 'requestMoreInformation') return [];
  const problems: Array<{ field: string; message: string }> = [];
  if (input.comment === '')
    problems.push({ field: 'comment', message: 'Enter what information the resident needs to give' });
  if (input.pages.length === 0)
    problems.push({ field: 'pages', message: 'Select the answers the resident should change' });
  return problems;
}

/**
 * POST /console/cases/{instanceId}/tasks/{taskId}: approve, reject with a reason, or ask the
 * resident for more information on the pages named. Decided against the version the caseworker
 * saw, so a case that changed meanwhile is shown again rather than decided blind.
 */
export async function decideTask(
  c: Context,
  kit: Kit,
  who: CaseworkerPrincipal,
  instanceId: string,
  taskId: string,
): Promise<Response> {
  const body = await readForm(c, kit.options.maxUploadBytes);
  const path = `/console/cases/${instanceId}`;
  const input = decisionInput(body);
  const form = `decision:${taskId}`;
  const values = {
    decision: input.decision ?? '',
    reason: input.reason,
    comment: input.comment,
    pages: input.pages.join(','),
  };
  const problems = decisionProblems(input);
  if (problems.length > 0 || !input.decision) {
    setFlash(c, { path, form, errors: problems, values });
    return c.redirect(path, 303);
  }
  const task = await kit.runtime.storage.getTask(instanceId, taskId);
  const role = task?.roles.find((r) => who.roles.includes(r));
  if (!task || !role) throw new HttpError(403, 'task.wrong-role', 'You cannot decide this task');
  const version = Number(textField(body, 'version'));
  try {
    await kit.runtime.instances.act(
      instanceId,
      { kind: 'staff', principal: who },
      {
        type: 'decide',
        taskId,
        decision: input.decision,
        by: {
          actor: who.id,
          role,
          ...(input.decision === 'reject' ? { reason: input.reason } : {}),
          ...(input.decision === 'requestMoreInformation'
            ? { comment: input.comment, pages: input.pages }
            : {}),
        },
      },
      Number.isInteger(version) && version > 0 ? version : undefined,
    );
  } catch (error) {
    if (!(error instanceof HttpError) || (error.status !== 409 && error.status !== 422)) throw error;
    const message =
      error.code === 'instance.version-conflict'
        ? 'This case changed while you were looking at it. Check it again before you decide'
        : error.message;
    setFlash(c, { path, form, errors: [{ field: 'decision', message }], values });
    return c.redirect(path, 303);
  }
  setFlash(c, { path, notice: 'Your decision has been recorded' });
  return c.redirect(path, 303);
}
