import { inParallel } from '../scheduler/in-parallel';
import type { InstanceRecord, Storage, StoredEvent } from '../storage/types';

/** Which applications an export holds: those sent (the default), or every one started. */
export type ExportScope = 'submitted' | 'all';

/** One application as an export lists it. */
export interface Submission {
  instanceId: string;
  reference: string | null;
  status: InstanceRecord['status'];
  outcome: string | null;
  startedAt: string;
  /** When the resident sent it (check your answers); null if they have not. */
  submittedAt: string | null;
  completedAt: string | null;
  /** Set when its personal data was erased: its answers are gone. */
  erasedAt: string | null;
  /** The stored answers; null once erased. */
  answers: Record<string, unknown> | null;
}

const SENT_OUTCOMES = new Set(['submitted', 'approved', 'rejected']);

/** When an application was sent, from its history: sending it, or an end that implies it was sent. */
function submittedAt(events: readonly StoredEvent[]): string | null {
  const sent = events.find((e) => e.type === 'applicationSubmitted');
  if (sent) return sent.at;
  const ended = events.find(
    (e) => e.type === 'completed' && SENT_OUTCOMES.has(String((e.data as { outcome?: unknown })?.outcome)),
  );
  return ended?.at ?? null;
}

function answersOf(record: InstanceRecord): Record<string, unknown> | null {
  if (record.erasedAt !== null) return null;
  const answers = (record.snapshot as { answers?: unknown } | null)?.answers;
  return typeof answers === 'object' && answers !== null ? (answers as Record<string, unknown>) : {};
}

/**
 * The applications of one journey version, earliest sent first (then earliest started), read from
 * the version's history and each application's stored record.
 * @example await listSubmissions(storage, 'report-missed-bin', '1.0.0', 'submitted')
 */
export async function listSubmissions(
  storage: Storage,
  journeyId: string,
  version: string,
  scope: ExportScope,
): Promise<Submission[]> {
  const byInstance = new Map<string, StoredEvent[]>();
  for (const event of await storage.listJourneyEvents(journeyId, version)) {
    const events = byInstance.get(event.instanceId);
    if (events) events.push(event);
    else byInstance.set(event.instanceId, [event]);
  }
  const rows = await inParallel([...byInstance], 8, async ([instanceId, events]) => {
    const record = await storage.getInstance(instanceId);
    if (!record || record.journeyVersion !== version) return null;
    const row: Submission = {
      instanceId,
      reference: record.reference,
      status: record.status,
      outcome: record.outcome,
      startedAt: record.createdAt,
      submittedAt: submittedAt(events),
      completedAt: record.completedAt,
      erasedAt: record.erasedAt,
      answers: answersOf(record),
    };
    return scope === 'all' || row.submittedAt !== null ? row : null;
  });
  return rows
    .filter((row): row is Submission => row !== null)
    .sort(
      (a, b) =>
        (a.submittedAt ?? '\uffff').localeCompare(b.submittedAt ?? '\uffff') ||
        a.startedAt.localeCompare(b.startedAt) ||
        a.instanceId.localeCompare(b.instanceId),
    );
}
