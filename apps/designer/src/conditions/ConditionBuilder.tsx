import type { ExpressionScope } from '@fingerpost/schema';
import { useEffect, useId, useRef, useState } from 'react';
import { SelectField } from '../ui/SelectField';
import { type ConditionModel, modelOf, modelSource } from './condition-model';

/** The rows for a condition, with one empty row to fill in when there is no condition yet. */
function rowsFor(source: string, scope: ExpressionScope): ConditionModel | null {
  const model = modelOf(source, scope);
  return model && model.rows.length === 0
    ? { join: 'all', rows: [{ field: '', operator: 'isYes', value: '' }] }
    : model;
}

import { ConditionRowEditor } from './ConditionRowEditor';
import { expressionProblems } from './expression-problems';

interface ConditionBuilderProps {
  label: string;
  hint?: string;
  value: string;
  onChange: (source: string) => void;
  scope: ExpressionScope;
  labels: Readonly<Record<string, string>>;
}

/**
 * A condition built from rows of pickers (answer, check, value), with the expression it makes shown
 * and editable underneath for those who would rather type. What is typed is checked as it is typed;
 * when it is written in a way the rows cannot show, the builder says so and the text stays in charge.
 */
export function ConditionBuilder({ label, hint, value, onChange, scope, labels }: ConditionBuilderProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const [model, setModel] = useState<ConditionModel | null>(() => rowsFor(value, scope));
  const emitted = useRef(value);
  useEffect(() => {
    if (value === emitted.current) return;
    emitted.current = value;
    setText(value);
    setModel(rowsFor(value, scope));
  }, [value, scope]);

  const emit = (source: string) => {
    emitted.current = source;
    onChange(source);
  };
  const fromRows = (next: ConditionModel) => {
    setModel(next);
    const source = modelSource(next, scope);
    setText(source);
    emit(source);
  };
  const fromText = (source: string) => {
    setText(source);
    setModel(modelOf(source, scope));
    emit(source);
  };
  const problems = expressionProblems(text, scope);

  return (
    <fieldset
      className="govuk-fieldset designer-condition"
      aria-describedby={hint ? `${id}-hint` : undefined}
    >
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{label}</legend>
      {hint ? (
        <div className="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {model ? (
        <>
          {model.rows.length > 1 ? (
            <SelectField
              label="Applies when"
              value={model.join}
              options={[
                { value: 'all', label: 'all of these hold (and)' },
                { value: 'any', label: 'any of these holds (or)' },
              ]}
              onChange={(join) => fromRows({ ...model, join: join as ConditionModel['join'] })}
            />
          ) : null}
          {model.rows.map((row, index) => (
            <ConditionRowEditor
              // Rows are edited in place; their position is their identity while the builder is open.
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no ids of their own
              key={index}
              row={row}
              number={index + 1}
              scope={scope}
              labels={labels}
              onChange={(changed) =>
                fromRows({ ...model, rows: model.rows.map((r, i) => (i === index ? changed : r)) })
              }
              onRemove={() => fromRows({ ...model, rows: model.rows.filter((_, i) => i !== index) })}
            />
          ))}
          <button
            type="button"
            className="govuk-button govuk-button--secondary designer-small-button"
            onClick={() =>
              fromRows({ ...model, rows: [...model.rows, { field: '', operator: 'isYes', value: '' }] })
            }
          >
            Add a condition
          </button>
        </>
      ) : (
        <p className="govuk-body-s">
          This condition is written in a way the pickers cannot show. Edit it as text below.
        </p>
      )}
      <div className={problems.length > 0 ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
        <label className="govuk-label govuk-label--s" htmlFor={`${id}-text`}>
          Condition as text
        </label>
        <div className="govuk-hint" id={`${id}-text-hint`}>
          For example: receivesPip and pipMovingAroundPoints &gt;= 8
        </div>
        <div id={`${id}-problems`} aria-live="polite">
          {problems.map((problem) => (
            <p className="govuk-error-message" key={problem}>
              <span className="govuk-visually-hidden">Error:</span> {problem}
            </p>
          ))}
        </div>
        <textarea
          className={
            problems.length > 0
              ? 'govuk-textarea govuk-textarea--error designer-code'
              : 'govuk-textarea designer-code'
          }
          id={`${id}-text`}
          rows={2}
          spellCheck={false}
          value={text}
          onChange={(event) => fromText(event.target.value)}
          aria-describedby={`${id}-text-hint ${id}-problems`}
        />
      </div>
    </fieldset>
  );
}
