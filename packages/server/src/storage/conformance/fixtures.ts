import { readFileSync } from 'node:fs';
import type { Journey } from '@fingerpost/schema';
import type {
  FeedbackRecord,
  InstanceRecord,
  InstanceWrite,
  JourneyVersionRecord,
  NewEvent,
  NewOutboxItem,
  Storage,
  TaskRecord,
} from '../types';

/** A real journey from examples/, so definitions round-trip at realistic size and shape. */
export const BLUE_BADGE = JSON.parse(
  readFileSync(new URL('../../../../../examples/blue-badge/journey.json', import.meta.url), 'utf8'),
) as Journey;

export const T0 = '2026-03-02T09:00:00.000Z';

/** T0 plus `minutes`, as an ISO instant. */
export function at(minutes: number): string {
  return new Date(Date.parse(T0) + minutes * 60_000).toISOString();
}

export function journeyVersion(
  journeyId: string,
  version: string,
  overrides: Partial<JourneyVersionRecord> = {},
): JourneyVersionRecord {
  return {
    journeyId,
    version,
    status: 'draft',
    definition: { ...BLUE_BADGE, id: journeyId, version },
    createdAt: T0,
    updatedAt: T0,
    publishedAt: null,
    ...overrides,
  };
}

export type InstanceFields = InstanceWrite['instance'];

export function instanceFields(id: string, overrides: Partial<InstanceFields> = {}): InstanceFields {
  return {
    id,
    journeyId: 'blue-badge',
    journeyVersion: '1.0.0',
    status: 'inProgress',
    currentStep: 'start',
    outcome: null,
    reference: null,
    language: 'en',
    resumeTokenHash: 'a'.repeat(64),
    snapshot: { value: 'start', answers: {}, history: [] },
    createdAt: T0,
    updatedAt: T0,
    completedAt: null,
    erasedAt: null,
    ...overrides,
  };
}

export function event(type: string, overrides: Partial<NewEvent> = {}): NewEvent {
  return {
    type,
    at: T0,
    actorKind: 'resident',
    actorId: null,
    actorRole: null,
    stepId: null,
    journeyVersion: '1.0.0',
    data: null,
    ...overrides,
  };
}

export function task(instanceId: string, taskId: string, overrides: Partial<TaskRecord> = {}): TaskRecord {
  return {
    instanceId,
    taskId,
    journeyId: 'blue-badge',
    journeyVersion: '1.0.0',
    stepId: 'approval',
    title: 'Decide the application',
    roles: ['blue-badge-officer'],
    status: 'open',
    dueAt: null,
    paused: false,
    escalated: false,
    reference: null,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function outboxItem(
  instanceId: string,
  id: string,
  overrides: Partial<NewOutboxItem> = {},
): NewOutboxItem {
  return {
    id,
    instanceId,
    kind: 'webhook',
    outputId: 'case-system',
    payload: { instanceId, answers: { name: 'Ann' } },
    createdAt: T0,
    ...overrides,
  };
}

export function feedback(id: string, overrides: Partial<FeedbackRecord> = {}): FeedbackRecord {
  return {
    id,
    journeyId: 'blue-badge',
    journeyVersion: '1.0.0',
    instanceId: null,
    stepId: 'start',
    kind: 'satisfaction',
    rating: 4,
    comment: 'Clear enough',
    at: T0,
    ...overrides,
  };
}

/** A create write: the instance with one `started` event and nothing else unless given. */
export function creation(
  id: string,
  overrides: Partial<InstanceWrite> & { fields?: Partial<InstanceFields> } = {},
): InstanceWrite {
  const { fields, ...rest } = overrides;
  return {
    instance: instanceFields(id, fields),
    expectedVersion: 0,
    events: [event('started')],
    tasks: [],
    deadlines: [],
    outbox: [],
    feedback: [],
    ...rest,
  };
}

/** An update of `current` (as read) with `changes`; tasks and deadlines default to none. */
export function change(
  current: InstanceRecord,
  overrides: Partial<InstanceWrite> & { fields?: Partial<InstanceFields> } = {},
): InstanceWrite {
  const { fields, ...rest } = overrides;
  const { version, ...instance } = current;
  return {
    instance: { ...instance, ...fields },
    expectedVersion: version,
    events: [],
    tasks: [],
    deadlines: [],
    outbox: [],
    feedback: [],
    ...rest,
  };
}

/** Creates an instance and returns it as stored; fails the test if the create did not succeed. */
export async function createInstance(
  storage: Storage,
  id: string,
  overrides: Parameters<typeof creation>[1] = {},
): Promise<InstanceRecord> {
  const result = await storage.createInstance(creation(id, overrides));
  if (!result.ok) throw new Error(`creating ${id} failed: ${result.reason}`);
  const stored = await storage.getInstance(id);
  if (!stored) throw new Error(`instance ${id} was not stored`);
  return stored;
}
