import type { Decision } from '@fingerpost/schema';

/** Where a task stands. 'waitingForResident' while more information is requested. */
export type TaskStatus = 'open' | 'approved' | 'rejected' | 'waitingForResident' | 'cancelled';

/** One caseworker task as the snapshot keeps it: plain JSON. */
export interface TaskRecord {
  id: string;
  /** The approval step the task belongs to. */
  stepId: string;
  status: TaskStatus;
  /** Who may act; an escalation replaces them with the escalation role. */
  roles: string[];
  openedAt: string;
  /** The absolute instant the task is due, or null when it has no (longer a) deadline. */
  dueAt: string | null;
  /** For working-day deadlines: the last working day, to recount after a pause. */
  lastWorkingDay: string | null;
  /** Set while the clock is stopped for the resident. */
  pausedAt: string | null;
  escalated: boolean;
  /** The deadline passed and the journey says nothing more to do: the task stays open, late. */
  overdue: boolean;
  decision: { decision: Decision; actor: string; role: string; at: string } | null;
}
