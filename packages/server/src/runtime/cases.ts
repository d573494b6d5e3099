import type { Clock } from '@fingerpost/core';
import type { Decision } from '@fingerpost/schema';
import { type CaseworkerPrincipal, DATA_PROTECTION_ROLE } from '../auth/principal';
import { HttpError } from '../http/http-error';
import type { FileRecord, InstanceRecord, Storage, StoredEvent, TaskRecord } from '../storage/types';
import type { JourneyCatalogue } from './catalogue';
import type { Instances, InstanceView } from './instances';
import { journeyRoles } from './journey-roles';

/** A caseworker task as the API shows it: `id` is `${instanceId}:${taskId}`, naming the application too. */
export type TaskItem = Omit<TaskRecord, 'taskId'> & {
  id: string;
  taskId: string;
  overdue: boolean;
  /** Whether the caller holds one of the task's roles and it is open. */
  canDecide: boolean;
};

export interface TaskQuery {
  journeyId?: string;
  status?: TaskRecord['status'];
  role?: string;
  overdue?: boolean;
  limit: number;
  offset: number;
}

export interface CaseView {
  instanceId: string;
  journey: { id: string; version: string };
  reference: string | null;
  status: InstanceRecord['status'];
  outcome: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  completedAt: string | null;
  erasedAt: string | null;
  /** The answers as stored (null once erased). */
  answers: Record<string, unknown> | null;
  /** The application as the caller's role sees it, with the decisions it may make (null once erased). */
  view: InstanceView | null;
  history: StoredEvent[];
  files: FileRecord[];
}

const TASK_REF = /^([0-9a-f-]{36}):([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** Splits a task id of the API into the application's id and the journey's task id. */
export function parseTaskRef(ref: string): { instanceId: string; taskId: string } {
  const match = TASK_REF.exec(ref);
  if (!match) throw new HttpError(404, 'task.not-found', `There is no task "${ref}"`);
  return { instanceId: match[1]!, taskId: match[2]! };
}

function fileAnswers(answers: Record<string, unknown>, instanceId: string, createdAt: string): FileRecord[] {
  const files: FileRecord[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== 'object' || value === null) return;
    const f = value as Record<string, unknown>;
    if (
      typeof f.id === 'string' &&
      typeof f.name === 'string' &&
      typeof f.size === 'number' &&
      typeof f.type === 'string'
    ) {
      files.push({ id: f.id, instanceId, name: f.name, size: f.size, type: f.type, createdAt });
      return;
    }
    Object.values(f).forEach(visit);
  };
  visit(answers);
  return files;
}

/** Caseworkers' work: the task queue, decisions, and the case view of one application. */
export class Cases {
  constructor(
    private readonly deps: {
      storage: Storage;
      instances: Instances;
      catalogue: JourneyCatalogue;
      clock: Clock;
    },
  ) {}

  private item(task: TaskRecord, caller: CaseworkerPrincipal, now: string): TaskItem {
    const { taskId, ...rest } = task;
    return {
      ...rest,
      id: `${task.instanceId}:${taskId}`,
      taskId,
      overdue: task.status === 'open' && task.dueAt !== null && task.dueAt < now,
      canDecide: task.status === 'open' && task.roles.some((r) => caller.roles.includes(r)),
    };
  }

  async listTasks(caller: CaseworkerPrincipal, query: TaskQuery) {
    const now = this.deps.clock().toISOString();
    const { items, total } = await this.deps.storage.listTasks({
      ...(query.journeyId ? { journeyId: query.journeyId } : {}),
      ...(query.status ? { status: query.status } : {}),
      ...(query.role ? { role: query.role } : {}),
      ...(query.overdue ? { dueBefore: now } : {}),
      limit: query.limit,
      offset: query.offset,
    });
    return {
      items: items.map((t) => this.item(t, caller, now)),
      total,
      limit: query.limit,
      offset: query.offset,
    };
  }

  /** A caseworker decides a task, as one of its roles (the one named, or the first they hold). */
  async decide(
    caller: CaseworkerPrincipal,
    ref: string,
    input: { decision: Decision; comment?: string; pages?: string[]; role?: string; version?: number },
  ): Promise<{
    task: TaskItem;
    instance: { id: string; status: string; outcome: string | null; version: number };
  }> {
    const { instanceId, taskId } = parseTaskRef(ref);
    const task = await this.deps.storage.getTask(instanceId, taskId);
    if (!task) throw new HttpError(404, 'task.not-found', `There is no task "${ref}"`);
    const role = input.role ?? task.roles.find((r) => caller.roles.includes(r));
    if (!role || !caller.roles.includes(role) || !task.roles.includes(role))
      throw new HttpError(
        403,
        'task.wrong-role',
        `Deciding "${task.title}" needs the role ${task.roles.join(' or ')}`,
      );
    const { view } = await this.deps.instances.act(
      instanceId,
      { kind: 'staff', principal: caller },
      {
        type: 'decide',
        taskId,
        decision: input.decision,
        by: {
          actor: caller.id,
          role,
          ...(input.comment !== undefined ? { comment: input.comment } : {}),
          ...(input.pages !== undefined ? { pages: input.pages } : {}),
        },
      },
      input.version,
    );
    const after = (await this.deps.storage.getTask(instanceId, taskId)) ?? task;
    return {
      task: this.item(after, caller, this.deps.clock().toISOString()),
      instance: {
        id: instanceId,
        status: view.status,
        outcome: view.outcome?.kind ?? null,
        version: view.version,
      },
    };
  }

  /**
   * 403 unless the caseworker holds a role the journey uses (or data protection); answers the
   * first of the caller's roles the journey uses, to show the decisions it allows.
   */
  private async checkRole(caller: CaseworkerPrincipal, record: InstanceRecord): Promise<string | undefined> {
    const journey = await this.deps.catalogue.version(record.journeyId, record.journeyVersion);
    const roles = journey ? journeyRoles(journey.record.definition) : new Set<string>();
    const role = caller.roles.find((r) => roles.has(r));
    if (!role && !caller.roles.includes(DATA_PROTECTION_ROLE))
      throw new HttpError(403, 'case.wrong-role', `Your roles do not work on ${record.journeyId}`);
    return role;
  }

  async caseView(caller: CaseworkerPrincipal, instanceId: string): Promise<CaseView> {
    const record = await this.deps.instances.record(instanceId);
    const role = await this.checkRole(caller, record);
    const history = await this.deps.storage.listEvents(instanceId);
    const base = {
      instanceId,
      journey: { id: record.journeyId, version: record.journeyVersion },
      reference: record.reference,
      status: record.status,
      outcome: record.outcome,
      version: record.version,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
      completedAt: record.completedAt,
      erasedAt: record.erasedAt,
      history,
    };
    if (record.erasedAt !== null) return { ...base, answers: null, view: null, files: [] };
    const inspected = await this.deps.instances.inspect(
      instanceId,
      { kind: 'staff', principal: caller },
      role ? { role } : undefined,
    );
    return {
      ...base,
      version: inspected.view.version,
      answers: inspected.answers,
      view: inspected.view,
      files: fileAnswers(inspected.answers, instanceId, record.createdAt),
    };
  }

  /** A file uploaded to an application, for a caseworker who may see the case. */
  async file(caller: CaseworkerPrincipal, instanceId: string, fileId: string) {
    const record = await this.deps.instances.record(instanceId);
    await this.checkRole(caller, record);
    const file = await this.deps.storage.getFile(fileId);
    if (!file || file.record.instanceId !== instanceId)
      throw new HttpError(404, 'file.not-found', 'This application has no such file');
    return file;
  }
}
