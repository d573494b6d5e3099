import { journeyScope, type PaymentStep } from '@fingerpost/schema';
import { useEffect, useId, useState } from 'react';
import { expressionProblems } from '../conditions/expression-problems';
import { useEditor } from '../editor/editor-context';
import {
  amountKind,
  MAX_PAYMENT_PENCE,
  moneyLiteral,
  penceFromPounds,
  poundsFromPence,
} from '../state/edits/payment';

const DEFAULT_PENCE = 2500;

/** What is wrong with a price typed in pounds, or null when it is a price the format takes. */
function priceProblem(typed: string): string | null {
  const pence = penceFromPounds(typed);
  if (pence === null) return 'Enter the price in pounds, like 52.50';
  if (pence < 1) return 'Enter a price of at least 1p; a payment of £0 is skipped';
  if (pence > MAX_PAYMENT_PENCE) return 'Enter a price of £100,000 or less';
  return null;
}

/** The price in pounds with GOV.UK's £ prefix; stored in pence once it reads as a price. */
function FixedPrice({
  pence,
  onChange,
  issue,
}: {
  pence: number;
  onChange: (pence: number) => void;
  issue: string | null;
}) {
  const id = useId();
  const [typed, setTyped] = useState(poundsFromPence(pence));
  useEffect(() => {
    // Undo, or a switch back from an expression, changed the price: show it unless it reads the same.
    setTyped((now) => (penceFromPounds(now) === pence ? now : poundsFromPence(pence)));
  }, [pence]);
  const error = priceProblem(typed) ?? issue;
  return (
    <div className={error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        Price in pounds
      </label>
      <div className="govuk-hint" id={`${id}-hint`}>
        For example, 52.50. It is saved in pence.
      </div>
      {error ? (
        <p className="govuk-error-message" id={`${id}-error`}>
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      <div className="govuk-input__wrapper">
        <div className="govuk-input__prefix" aria-hidden="true">
          £
        </div>
        <input
          id={id}
          className={
            error
              ? 'govuk-input govuk-input--width-10 govuk-input--error'
              : 'govuk-input govuk-input--width-10'
          }
          type="text"
          inputMode="decimal"
          spellCheck={false}
          value={typed}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          onChange={(event) => {
            setTyped(event.target.value);
            if (priceProblem(event.target.value) === null) onChange(penceFromPounds(event.target.value)!);
          }}
        />
      </div>
    </div>
  );
}

/** A money expression over the answers, checked as it is typed. */
function PriceExpression({
  source,
  onChange,
  issue,
}: {
  source: string;
  onChange: (source: string) => void;
  issue: string | null;
}) {
  const id = useId();
  const { journey } = useEditor();
  const problems = expressionProblems(source, journeyScope(journey), 'money');
  const shown = problems.length > 0 ? problems : issue ? [issue] : [];
  return (
    <div className={shown.length > 0 ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        Amount as a money expression
      </label>
      <div className="govuk-hint" id={`${id}-hint`}>
        For example: if(numberOfBins = 2, £104, £52)
      </div>
      <div id={`${id}-problems`} aria-live="polite">
        {shown.map((problem) => (
          <p className="govuk-error-message" key={problem}>
            <span className="govuk-visually-hidden">Error:</span> {problem}
          </p>
        ))}
      </div>
      <textarea
        id={id}
        className={
          shown.length > 0
            ? 'govuk-textarea govuk-textarea--error designer-code'
            : 'govuk-textarea designer-code'
        }
        rows={2}
        spellCheck={false}
        value={source}
        aria-describedby={`${id}-hint ${id}-problems`}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

/**
 * How much a payment step charges: a fixed price typed in pounds (stored in pence), or a money
 * expression over the answers. Switching keeps the price: a fixed price becomes the literal £52.50.
 */
export function PaymentAmountField({
  step,
  onChange,
  issue,
}: {
  step: PaymentStep;
  onChange: (amount: number | string) => void;
  /** The validator's message about the amount, if any. */
  issue: string | null;
}) {
  const id = useId();
  const kind = amountKind(step);
  const choose = (next: 'fixed' | 'expression') => {
    if (next === kind) return;
    if (next === 'expression') onChange(moneyLiteral(step.amount as number));
    else onChange(penceFromPounds(String(step.amount)) ?? DEFAULT_PENCE);
  };
  const options = [
    { value: 'fixed', label: 'A fixed price' },
    { value: 'expression', label: 'Worked out from the answers' },
  ] as const;
  return (
    <fieldset className="govuk-fieldset designer-group">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Amount to pay</legend>
      <div className="govuk-radios govuk-radios--small" data-module="govuk-radios">
        {options.map((option) => (
          <div className="govuk-radios__item" key={option.value}>
            <input
              className="govuk-radios__input"
              id={`${id}-${option.value}`}
              name={`${id}-kind`}
              type="radio"
              value={option.value}
              checked={kind === option.value}
              onChange={() => choose(option.value)}
            />
            <label className="govuk-label govuk-radios__label" htmlFor={`${id}-${option.value}`}>
              {option.label}
            </label>
          </div>
        ))}
      </div>
      {typeof step.amount === 'number' ? (
        <FixedPrice pence={step.amount} onChange={onChange} issue={issue} />
      ) : (
        <PriceExpression source={step.amount} onChange={onChange} issue={issue} />
      )}
    </fieldset>
  );
}
