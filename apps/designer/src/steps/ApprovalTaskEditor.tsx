import type { ApprovalTask, Decision, Journey } from '@fingerpost/schema';
import { pageSteps } from '../state/edits/steps';
import { CheckboxField } from '../ui/CheckboxField';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';

const DECISIONS: ReadonlyArray<{ value: Decision; label: string }> = [
  { value: 'approve', label: 'Approve' },
  { value: 'reject', label: 'Reject' },
  { value: 'requestMoreInformation', label: 'Ask the resident for more information' },
];

function toggled<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...new Set([...list, item])] : list.filter((x) => x !== item);
}

/** One caseworker task: who decides, what they may decide, by when, and what happens if they do not. */
export function ApprovalTaskEditor({
  task,
  number,
  journey,
  onChange,
}: {
  task: ApprovalTask;
  number: number;
  journey: Journey;
  onChange: (task: ApprovalTask, key: string) => void;
}) {
  const roles = journey.roles ?? [];
  const deadlineKind = task.deadline ? ('workingDays' in task.deadline ? 'workingDays' : 'duration') : 'none';
  const deadlineValue = task.deadline
    ? 'workingDays' in task.deadline
      ? String(task.deadline.workingDays)
      : task.deadline.duration
    : '';
  const pause = task.deadline?.pauseWhileWaitingForResident === true;
  const setDeadline = (kind: string, value: string, paused: boolean) => {
    const { deadline: _, onDeadline: __, ...rest } = task;
    if (kind === 'none') return onChange(rest as ApprovalTask, 'deadline');
    const deadline =
      kind === 'workingDays'
        ? { workingDays: Number(value) || 0, ...(paused ? { pauseWhileWaitingForResident: true } : {}) }
        : { duration: value || 'P10D', ...(paused ? { pauseWhileWaitingForResident: true } : {}) };
    onChange({ ...task, deadline }, 'deadline');
  };
  const onDeadlineKind = task.onDeadline?.action ?? 'none';
  return (
    <fieldset className="govuk-fieldset designer-group">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Task {number}</legend>
      <TextField
        label="Task id"
        value={task.id}
        onChange={(id) => onChange({ ...task, id }, 'id')}
        spellCheck={false}
      />
      <TextField
        label="Title in the caseworkers' queue"
        value={task.title}
        onChange={(title) => onChange({ ...task, title }, 'title')}
      />
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Roles that can decide</legend>
        {roles.length === 0 ? <p className="govuk-body-s">Add roles in the journey settings.</p> : null}
        {roles.map((role) => (
          <CheckboxField
            key={role.id}
            label={role.name}
            checked={task.roles.includes(role.id)}
            onChange={(on) =>
              onChange({ ...task, roles: toggled(task.roles, role.id, on) as ApprovalTask['roles'] }, 'roles')
            }
          />
        ))}
      </fieldset>
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Decisions allowed</legend>
        {DECISIONS.map((d) => (
          <CheckboxField
            key={d.value}
            label={d.label}
            checked={task.decisions.includes(d.value)}
            onChange={(on) =>
              onChange(
                { ...task, decisions: toggled(task.decisions, d.value, on) as ApprovalTask['decisions'] },
                'decisions',
              )
            }
          />
        ))}
      </fieldset>
      <SelectField
        label="Deadline"
        value={deadlineKind}
        options={[
          { value: 'none', label: 'No deadline' },
          { value: 'workingDays', label: 'A number of working days' },
          { value: 'duration', label: 'A length of time (ISO 8601, for example P56D)' },
        ]}
        onChange={(kind) => setDeadline(kind, kind === 'workingDays' ? '20' : 'P56D', pause)}
      />
      {deadlineKind !== 'none' ? (
        <>
          <TextField
            label={deadlineKind === 'workingDays' ? 'Working days' : 'Length of time'}
            value={deadlineValue}
            width="govuk-input--width-10"
            onChange={(value) => setDeadline(deadlineKind, value, pause)}
          />
          <CheckboxField
            label="Stop the clock while the resident is asked for more information"
            checked={pause}
            onChange={(on) => setDeadline(deadlineKind, deadlineValue, on)}
          />
          <SelectField
            label="When the deadline passes"
            value={onDeadlineKind}
            options={[
              { value: 'none', label: 'Nothing happens' },
              { value: 'escalate', label: 'Escalate to another role' },
              { value: 'decide', label: 'Decide automatically' },
            ]}
            onChange={(action) => {
              const { onDeadline: _, ...rest } = task;
              if (action === 'none') onChange(rest as ApprovalTask, 'onDeadline');
              else if (action === 'escalate')
                onChange(
                  { ...task, onDeadline: { action: 'escalate', role: roles[0]?.id ?? 'manager' } },
                  'onDeadline',
                );
              else onChange({ ...task, onDeadline: { action: 'decide', decision: 'approve' } }, 'onDeadline');
            }}
          />
          {task.onDeadline?.action === 'escalate' ? (
            <SelectField
              label="Escalate to"
              value={task.onDeadline.role}
              options={roles.map((r) => ({ value: r.id, label: r.name }))}
              onChange={(role) =>
                onChange({ ...task, onDeadline: { action: 'escalate', role } }, 'onDeadline')
              }
            />
          ) : null}
          {task.onDeadline?.action === 'decide' ? (
            <SelectField
              label="Decision"
              value={task.onDeadline.decision}
              options={[
                { value: 'approve', label: 'Approve' },
                { value: 'reject', label: 'Reject' },
              ]}
              onChange={(decision) =>
                onChange(
                  { ...task, onDeadline: { action: 'decide', decision: decision as 'approve' | 'reject' } },
                  'onDeadline',
                )
              }
            />
          ) : null}
        </>
      ) : null}
      {task.decisions.includes('requestMoreInformation') ? (
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
            Pages caseworkers may send the resident back to
          </legend>
          <div className="govuk-hint">All question pages when none is ticked</div>
          {pageSteps(journey).map((page) => (
            <CheckboxField
              key={page.id}
              label={page.id}
              checked={task.revisitable?.includes(page.id) ?? false}
              onChange={(on) => {
                const revisitable = toggled(task.revisitable ?? [], page.id, on);
                const { revisitable: _, ...rest } = task;
                onChange(
                  revisitable.length > 0 ? { ...task, revisitable } : (rest as ApprovalTask),
                  'revisitable',
                );
              }}
            />
          ))}
        </fieldset>
      ) : null}
    </fieldset>
  );
}
