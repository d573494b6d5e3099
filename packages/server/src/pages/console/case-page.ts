import { type TaskView, textFor } from '@fingerpost/core';
import type { ApprovalTask, Journey } from '@fingerpost/schema';
import type { Context } from 'hono';
import type { CaseworkerPrincipal } from '../../auth/principal';
import type { CaseView } from '../../runtime/cases';
import type { StoredEvent } from '../../storage/types';
import type { Kit } from '../kit';
import { renderPage } from '../render/page';
import { type Flash, takeFlash } from '../session/session';
import { sizeText } from '../view-models/field-model';
import { paymentRows } from './payments';
import { londonTime, STATUS_LABELS } from './queue';
import { consoleChrome } from './staff';

const INSTANCE_STATUS: Record<string, { text: string; classes: string }> = {
  inProgress: { text: 'In progress', classes: 'govuk-tag--grey' },
  awaitingDecision: { text: 'Waiting for a decision', classes: 'govuk-tag--blue' },
  moreInformationRequested: { text: 'Waiting for the resident', classes: 'govuk-tag--yellow' },
  completed: { text: 'Completed', classes: 'govuk-tag--green' },
};

const RESULTS: Record<string, string> = {
  eligible: 'Eligible',
  ineligible: 'Not eligible',
  furtherAssessment: 'Needs further assessment',
};

/** "pageSubmitted" → "Page submitted". */
export function eventName(type: string): string {
  const words = type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function actorOf(event: StoredEvent): string {
  if (event.actorKind === 'resident') return 'Resident';
  if (event.actorKind === 'system') return 'System';
  const role = event.actorRole ? ` (${event.actorRole})` : '';
  return `${event.actorKind === 'caseworker' ? 'Caseworker' : 'Designer'} ${event.actorId ?? ''}${role}`.trim();
}

function detailOf(event: StoredEvent): string {
  const data = (event.data ?? {}) as Record<string, unknown>;
  const parts: string[] = [];
  if (event.stepId) parts.push(`Page: ${event.stepId}`);
  if (typeof data.paymentId === 'string') parts.push(`Payment: ${data.paymentId}`);
  if (typeof data.amount === 'number') parts.push(`Amount: £${(data.amount / 100).toFixed(2)}`);
  for (const key of ['state', 'decision', 'reason', 'comment', 'kind', 'rating']) {
    const value = data[key];
    if (typeof value === 'string' || typeof value === 'number') parts.push(`${eventName(key)}: ${value}`);
  }
  if (Array.isArray(data.pages) && data.pages.length > 0) parts.push(`Pages: ${data.pages.join(', ')}`);
  return parts.join('. ');
}

function taskDefinition(journey: Journey, task: TaskView): ApprovalTask | undefined {
  const step = journey.steps.find((s) => s.id === task.stepId);
  return step?.type === 'approval' ? step.tasks.find((t) => t.id === task.id) : undefined;
}

/** The pages a caseworker may ask about: the task's revisitable pages on the resident's route. */
function revisitablePages(kase: CaseView, definition: ApprovalTask | undefined, chosen: string[]) {
  const answers = kase.view?.answers ?? [];
  const onRoute = [...new Set(answers.map((a) => a.stepId))];
  const allowed = definition?.revisitable
    ? onRoute.filter((id) => definition.revisitable!.includes(id))
    : onRoute;
  return allowed.map((stepId) => ({
    value: stepId,
    text: answers.find((a) => a.stepId === stepId)?.label ?? stepId,
    checked: chosen.includes(stepId),
  }));
}

function decisionForm(kase: CaseView, journey: Journey, task: TaskView, flash: Flash | null, now: string) {
  const mine = flash?.form === `decision:${task.id}` ? flash : null;
  const errors = Object.fromEntries((mine?.errors ?? []).map((e) => [e.field, e.message]));
  const values = mine?.values ?? {};
  const allowed = new Set(task.allowedDecisions);
  return {
    title: task.title,
    action: `/console/cases/${kase.instanceId}/tasks/${task.id}`,
    due: task.dueAt ? londonTime(task.dueAt) : null,
    overdue: task.dueAt !== null && task.dueAt < now,
    allowed: {
      approve: allowed.has('approve'),
      reject: allowed.has('reject'),
      requestMoreInformation: allowed.has('requestMoreInformation'),
    },
    pages: revisitablePages(kase, taskDefinition(journey, task), (values.pages ?? '').split(',')),
    values,
    errors,
  };
}

/** GET /console/cases/{instanceId}. */
export async function showCase(c: Context, kit: Kit, who: CaseworkerPrincipal, instanceId: string) {
  const kase = await kit.runtime.cases.caseView(who, instanceId);
  const published = await kit.runtime.journeys.version(kase.journey.id, kase.journey.version);
  const journey = published?.record.definition;
  const flash = takeFlash(c, c.req.path);
  const now = kit.runtime.clock().toISOString();
  const view = kase.view;
  const journeyTitle = journey ? textFor(journey.title, 'en') : kase.journey.id;
  const status = INSTANCE_STATUS[kase.status] ?? { text: kase.status, classes: 'govuk-tag--grey' };
  const reference = kase.reference ?? kase.instanceId;
  const open = (view?.tasks ?? []).filter((t) => t.status === 'open' && t.allowedDecisions.length > 0);
  const errors = (flash?.errors ?? []).map((e) => ({ text: e.message, href: `#${e.field}` }));
  const row = (key: string, value: string) => ({ key: { text: key }, value: { text: value } });
  const model = {
    instanceId: kase.instanceId,
    reference,
    journeyTitle,
    statusText: status.text,
    statusClasses: status.classes,
    version: kase.version,
    summaryRows: [
      row('Reference', reference),
      row('Service', `${journeyTitle} (version ${kase.journey.version})`),
      row('Received', londonTime(kase.createdAt)),
      row('Last changed', londonTime(kase.updatedAt)),
      ...(kase.outcome ? [row('Outcome', eventName(kase.outcome))] : []),
      ...(view ? [row('Language for letters and emails', view.language === 'cy' ? 'Welsh' : 'English')] : []),
    ],
    eligibility: view?.eligibility
      ? [
          row('Result', RESULTS[view.eligibility.result] ?? view.eligibility.result),
          row('Rule', view.eligibility.rule),
          row('Reason', view.eligibility.reason),
        ]
      : null,
    answers: (view?.answers ?? []).map((a) => row(a.label, a.display)),
    files: kase.files.map((f) => ({
      href: `/console/cases/${kase.instanceId}/files/${f.id}`,
      name: f.name,
      size: sizeText(Math.max(1, Math.ceil(f.size / 1024))),
      type: f.type,
    })),
    payments: paymentRows(kase.instanceId, view?.payments ?? []),
    tasks: (view?.tasks ?? []).map((t) => ({
      title: t.title,
      statusText: STATUS_LABELS[t.status].text,
      statusClasses: STATUS_LABELS[t.status].classes,
      due: t.dueAt ? londonTime(t.dueAt) : 'None',
    })),
    decisions: journey ? open.map((t) => decisionForm(kase, journey, t, flash, now)) : [],
    history: kase.history.map((event) => ({
      when: londonTime(event.at),
      what: eventName(event.type),
      who: actorOf(event),
      detail: detailOf(event),
    })),
  };
  const chrome = { ...consoleChrome(kit, `Case ${reference}`, errors), notice: flash?.notice ?? null };
  return renderPage(c, kit, 'console/case.njk', chrome, { kase: model });
}
