import type { ExpressionScope } from '@fingerpost/schema';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { type ConditionRow, needsValue, OPERATOR_NAMES, operatorsFor } from './condition-model';

interface ConditionRowEditorProps {
  row: ConditionRow;
  number: number;
  scope: ExpressionScope;
  labels: Readonly<Record<string, string>>;
  onChange: (row: ConditionRow) => void;
  onRemove: () => void;
}

const VALUE_HINTS: Record<string, string> = {
  date: 'As YYYY-MM-DD, for example 2026-09-01',
  money: 'In pounds, for example 7400 or 616.67',
};

/** One comparison: which answer, what to check and against what, each picked rather than typed. */
export function ConditionRowEditor({
  row,
  number,
  scope,
  labels,
  onChange,
  onRemove,
}: ConditionRowEditorProps) {
  const info = scope.fields[row.field];
  const operators = operatorsFor(info);
  const ageCheck = row.operator === 'ageAtLeast' || row.operator === 'ageUnder';
  const fieldOptions = [
    { value: '', label: 'Choose an answer' },
    ...Object.entries(scope.fields)
      .filter(([, f]) => f.type !== 'group' && f.type !== 'file' && f.type !== 'address')
      .map(([name]) => ({ value: name, label: labels[name] ?? name })),
  ];
  return (
    <fieldset className="govuk-fieldset designer-condition-row">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Condition {number}</legend>
      <SelectField
        label="Answer"
        value={row.field}
        options={fieldOptions}
        onChange={(field) => {
          const allowed = operatorsFor(scope.fields[field]);
          onChange({
            field,
            operator: allowed.includes(row.operator) ? row.operator : allowed[0]!,
            value: '',
          });
        }}
      />
      <SelectField
        label="Check"
        value={row.operator}
        options={operators.map((o) => ({ value: o, label: OPERATOR_NAMES[o] }))}
        onChange={(operator) => onChange({ ...row, operator: operator as ConditionRow['operator'] })}
      />
      {needsValue(row.operator) ? (
        info?.options && !ageCheck ? (
          <SelectField
            label="Value"
            value={row.value}
            options={[
              { value: '', label: 'Choose an option' },
              ...info.options.map((o) => ({ value: o, label: o })),
            ]}
            onChange={(value) => onChange({ ...row, value })}
          />
        ) : (
          <TextField
            label={ageCheck ? 'Age in years' : 'Value'}
            value={row.value}
            onChange={(value) => onChange({ ...row, value })}
            {...(!ageCheck && info && VALUE_HINTS[info.type] ? { hint: VALUE_HINTS[info.type] } : {})}
            width="govuk-input--width-10"
          />
        )
      ) : null}
      <button
        type="button"
        className="govuk-button govuk-button--warning designer-small-button"
        onClick={onRemove}
      >
        Remove condition {number}
      </button>
    </fieldset>
  );
}
