import type { ApprovalStep, ApprovalTask } from '@fingerpost/schema';
import { uniqueStepId } from '../state/ids';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { ApprovalTaskEditor } from './ApprovalTaskEditor';
import { stepOptions } from './step-options';
import { useStepEdit } from './use-step-edit';

/**
 * Caseworker approval: its tasks (all must approve), values recorded on approval, and where the
 * application goes when approved or rejected.
 */
export function ApprovalStepSettings({ step }: { step: ApprovalStep }) {
  const { set, journey } = useStepEdit(step);
  const setTasks = (tasks: ApprovalTask[], key: string) =>
    set({ tasks: tasks as ApprovalStep['tasks'] }, key);
  const recorded = Object.entries(step.onApproved?.set ?? {});
  const setRecorded = (entries: Array<[string, string | undefined]>) =>
    set({ onApproved: entries.length > 0 ? { set: Object.fromEntries(entries) } : undefined }, 'onApproved');
  const fieldOptions = Object.keys(journey.fields).map((f) => ({ value: f, label: f }));
  return (
    <>
      {step.tasks.map((task, index) => (
        // The id is edited in place: a key made of it would rebuild the boxes, and lose the focus, at each keystroke.
        // biome-ignore lint/suspicious/noArrayIndexKey: position is the only identity that survives editing
        <div key={index}>
          <ApprovalTaskEditor
            task={task}
            number={index + 1}
            journey={journey}
            onChange={(changed, key) =>
              setTasks(
                step.tasks.map((t, i) => (i === index ? changed : t)),
                `tasks.${index}.${key}`,
              )
            }
          />
          {step.tasks.length > 1 ? (
            <button
              type="button"
              className="govuk-button govuk-button--warning designer-small-button"
              onClick={() =>
                setTasks(
                  step.tasks.filter((_, i) => i !== index),
                  'tasks.remove',
                )
              }
            >
              Remove task {index + 1}
            </button>
          ) : null}
        </div>
      ))}
      <button
        type="button"
        className="govuk-button govuk-button--secondary designer-small-button"
        onClick={() =>
          setTasks(
            [
              ...step.tasks,
              {
                id: uniqueStepId('task', new Set(step.tasks.map((t) => t.id))),
                title: 'Review the application',
                roles: [journey.roles?.[0]?.id ?? 'caseworker'],
                decisions: ['approve', 'reject'],
              },
            ],
            'tasks.add',
          )
        }
      >
        Add a task
      </button>
      <fieldset className="govuk-fieldset designer-group">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Recorded on approval</legend>
        <div className="govuk-hint">For example a badge's expiry date: addMonths(today(), 36)</div>
        {recorded.map(([field, expression], index) => (
          // The id is edited in place: a key made of it would rebuild the boxes, and lose the focus, at each keystroke.
          // biome-ignore lint/suspicious/noArrayIndexKey: position is the only identity that survives editing
          <div className="designer-inline-fields" key={index}>
            <SelectField
              label={`Answer ${index + 1}`}
              value={field}
              options={fieldOptions}
              onChange={(name) => setRecorded(recorded.map((e, i) => (i === index ? [name, e[1]] : e)))}
            />
            <TextField
              label={`Value ${index + 1}`}
              value={expression ?? ''}
              spellCheck={false}
              onChange={(value) => setRecorded(recorded.map((e, i) => (i === index ? [e[0], value] : e)))}
            />
          </div>
        ))}
        <button
          type="button"
          className="govuk-button govuk-button--secondary designer-small-button"
          disabled={fieldOptions.length === 0}
          onClick={() =>
            setRecorded([
              ...recorded,
              [
                fieldOptions.find((f) => !(f.value in (step.onApproved?.set ?? {})))?.value ??
                  fieldOptions[0]!.value,
                'today()',
              ],
            ])
          }
        >
          Record a value on approval
        </button>
      </fieldset>
      <SelectField
        label="When approved, go to"
        value={step.next.approved}
        options={stepOptions(journey, step.next.approved)}
        onChange={(approved) => set({ next: { ...step.next, approved } }, 'next.approved')}
      />
      <SelectField
        label="When rejected, go to"
        value={step.next.rejected}
        options={stepOptions(journey, step.next.rejected)}
        onChange={(rejected) => set({ next: { ...step.next, rejected } }, 'next.rejected')}
      />
    </>
  );
}
