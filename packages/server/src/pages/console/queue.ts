import { textFor } from '@fingerpost/core';
import type { Context } from 'hono';
import type { CaseworkerPrincipal } from '../../auth/principal';
import type { TaskItem } from '../../runtime/cases';
import { journeyRoles } from '../../runtime/journey-roles';
import type { TaskRecord } from '../../storage/types';
import type { Kit } from '../kit';
import { renderPage } from '../render/page';
import { consoleChrome } from './staff';

export const STATUS_LABELS: Record<TaskRecord['status'], { text: string; classes: string }> = {
  open: { text: 'To do', classes: 'govuk-tag--blue' },
  waitingForResident: { text: 'Waiting for resident', classes: 'govuk-tag--yellow' },
  approved: { text: 'Approved', classes: 'govuk-tag--green' },
  rejected: { text: 'Rejected', classes: 'govuk-tag--red' },
  cancelled: { text: 'Cancelled', classes: 'govuk-tag--grey' },
};

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h12',
});

/** An instant as caseworkers read it, in London time: "2 March 2026 at 9:05 am". */
export function londonTime(instant: string | null): string {
  if (!instant) return '';
  const parts = LONDON.formatToParts(new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')} ${get('month')} ${get('year')} at ${get('hour')}:${get('minute')} ${get('dayPeriod').toLowerCase()}`;
}

/** Overdue first, then the soonest deadline, then the oldest; tasks without a deadline last. */
export function queueOrder(a: TaskItem, b: TaskItem): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.dueAt !== b.dueAt) {
    if (a.dueAt === null) return 1;
    if (b.dueAt === null) return -1;
    return a.dueAt < b.dueAt ? -1 : 1;
  }
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
}

const STATUSES = Object.keys(STATUS_LABELS) as Array<TaskRecord['status']>;

/** GET /console: the caseworker's tasks, filtered by service and status. */
export async function showQueue(c: Context, kit: Kit, who: CaseworkerPrincipal): Promise<Response> {
  const journeys = (await kit.runtime.journeys.listLatest()).filter((record) =>
    [...journeyRoles(record.definition)].some((role) => who.roles.includes(role)),
  );
  const journeyParam = c.req.query('journey') ?? '';
  const journeyId = journeys.some((j) => j.journeyId === journeyParam) ? journeyParam : undefined;
  const statusParam = c.req.query('status') ?? 'open';
  const status = STATUSES.find((s) => s === statusParam);
  const query = { ...(journeyId ? { journeyId } : {}), ...(status ? { status } : {}) };
  const [overdue, all] = await Promise.all([
    kit.runtime.cases.listTasks(who, { ...query, overdue: true, limit: 200, offset: 0 }),
    kit.runtime.cases.listTasks(who, { ...query, limit: 200, offset: 0 }),
  ]);
  const seen = new Set<string>();
  const tasks = [...overdue.items, ...all.items]
    .filter(
      (task) => !seen.has(task.id) && seen.add(task.id) && task.roles.some((r) => who.roles.includes(r)),
    )
    .sort(queueOrder);
  const titles = new Map(journeys.map((j) => [j.journeyId, textFor(j.definition.title, 'en')]));
  const queue = {
    who: who.id,
    caption: `${tasks.length} ${tasks.length === 1 ? 'task' : 'tasks'}`,
    journeyItems: [
      { value: '', text: 'All services', selected: !journeyId },
      ...journeys.map((j) => ({
        value: j.journeyId,
        text: titles.get(j.journeyId),
        selected: j.journeyId === journeyId,
      })),
    ],
    statusItems: [
      { value: 'all', text: 'All statuses', selected: !status },
      ...STATUSES.map((s) => ({ value: s, text: STATUS_LABELS[s].text, selected: s === status })),
    ],
    tasks: tasks.map((task) => ({
      href: `/console/cases/${task.instanceId}`,
      reference: task.reference ?? task.instanceId,
      journeyTitle: titles.get(task.journeyId) ?? task.journeyId,
      title: task.title,
      statusText: STATUS_LABELS[task.status].text,
      statusClass: STATUS_LABELS[task.status].classes,
      due: task.dueAt ? londonTime(task.dueAt) : 'None',
      overdue: task.overdue,
      received: londonTime(task.createdAt),
    })),
  };
  return renderPage(c, kit, 'console/queue.njk', consoleChrome(kit, 'Tasks'), { queue });
}
