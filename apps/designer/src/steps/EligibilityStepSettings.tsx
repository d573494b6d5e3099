import { type EligibilityRule, type EligibilityStep, journeyScope } from '@fingerpost/schema';
import { ConditionBuilder } from '../conditions/ConditionBuilder';
import { fieldLabels } from '../conditions/field-labels';
import { uniqueStepId } from '../state/ids';
import { LocalisedTextField } from '../ui/LocalisedTextField';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { stepOptions } from './step-options';
import { useStepEdit } from './use-step-edit';

const RESULTS = [
  { value: 'eligible', label: 'Eligible' },
  { value: 'ineligible', label: 'Not eligible' },
  { value: 'furtherAssessment', label: 'Needs further assessment' },
];

/** Eligibility rules, tried in order (the first that holds decides), and what happens otherwise. */
export function EligibilityStepSettings({ step }: { step: EligibilityStep }) {
  const { set, journey, languages } = useStepEdit(step);
  const scope = journeyScope(journey);
  const labels = fieldLabels(journey);
  const setRules = (rules: EligibilityRule[], key: string) =>
    set({ rules: rules as EligibilityStep['rules'] }, key);
  const setRule = (index: number, patch: Partial<EligibilityRule>, key: string) =>
    setRules(
      step.rules.map((r, i) => (i === index ? { ...r, ...patch } : r)),
      `rules.${index}.${key}`,
    );
  return (
    <>
      {step.rules.map((rule, index) => (
        // The id is edited in place: a key made of it would rebuild the boxes, and lose the focus, at each keystroke.
        // biome-ignore lint/suspicious/noArrayIndexKey: position is the only identity that survives editing
        <fieldset className="govuk-fieldset designer-group" key={index}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Rule {index + 1}</legend>
          <TextField
            label="Rule id"
            value={rule.id}
            onChange={(id) => setRule(index, { id }, 'id')}
            spellCheck={false}
          />
          <ConditionBuilder
            label="Applies when"
            value={rule.when}
            scope={scope}
            labels={labels}
            onChange={(when) => setRule(index, { when }, 'when')}
          />
          <SelectField
            label="Result"
            value={rule.result}
            options={RESULTS}
            onChange={(result) => setRule(index, { result: result as EligibilityRule['result'] }, 'result')}
          />
          <LocalisedTextField
            label="Reason the resident is given"
            text={rule.reason}
            languages={languages}
            onChange={(reason) => setRule(index, { reason: reason ?? '' }, 'reason')}
          />
          <TextField
            label="Source (law or guidance)"
            value={rule.source ?? ''}
            onChange={(source) => setRule(index, { source: source || undefined }, 'source')}
          />
          <SelectField
            label="Then go to"
            value={rule.next}
            options={stepOptions(journey, rule.next)}
            onChange={(next) => setRule(index, { next }, 'next')}
          />
          <div className="govuk-button-group">
            {index > 0 ? (
              <button
                type="button"
                className="govuk-button govuk-button--secondary designer-small-button"
                onClick={() => {
                  const rules = [...step.rules];
                  [rules[index - 1], rules[index]] = [rules[index]!, rules[index - 1]!];
                  setRules(rules, 'order');
                }}
              >
                Try rule {index + 1} earlier
              </button>
            ) : null}
            {step.rules.length > 1 ? (
              <button
                type="button"
                className="govuk-button govuk-button--warning designer-small-button"
                onClick={() =>
                  setRules(
                    step.rules.filter((_, i) => i !== index),
                    'remove',
                  )
                }
              >
                Remove rule {index + 1}
              </button>
            ) : null}
          </div>
        </fieldset>
      ))}
      <button
        type="button"
        className="govuk-button govuk-button--secondary designer-small-button"
        onClick={() =>
          setRules(
            [
              ...step.rules,
              {
                id: uniqueStepId('rule', new Set(step.rules.map((r) => r.id))),
                when: '',
                result: 'eligible',
                reason: '',
                next: step.otherwise.next,
              },
            ],
            'add',
          )
        }
      >
        Add a rule
      </button>
      <fieldset className="govuk-fieldset designer-group">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">When no rule applies</legend>
        <SelectField
          label="Result"
          value={step.otherwise.result}
          options={RESULTS}
          onChange={(result) =>
            set(
              { otherwise: { ...step.otherwise, result: result as EligibilityRule['result'] } },
              'otherwise.result',
            )
          }
        />
        <LocalisedTextField
          label="Reason the resident is given"
          text={step.otherwise.reason}
          languages={languages}
          onChange={(reason) =>
            set({ otherwise: { ...step.otherwise, reason: reason ?? '' } }, 'otherwise.reason')
          }
        />
        <SelectField
          label="Then go to"
          value={step.otherwise.next}
          options={stepOptions(journey, step.otherwise.next)}
          onChange={(next) => set({ otherwise: { ...step.otherwise, next } }, 'otherwise.next')}
        />
      </fieldset>
    </>
  );
}
