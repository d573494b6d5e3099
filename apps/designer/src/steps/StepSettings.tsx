import type { Step } from '@fingerpost/schema';
import { useEditor } from '../editor/editor-context';
import { layoutJourney } from '../map/layout';
import { stepKindName, stepTitle } from '../map/step-summary';
import { ApprovalStepSettings } from './ApprovalStepSettings';
import { EligibilityStepSettings } from './EligibilityStepSettings';
import { PaymentStepSettings } from './PaymentStepSettings';
import { AddAnotherStepSettings, QuestionStepSettings } from './QuestionStepSettings';
import {
  BranchStepSettings,
  CheckAnswersStepSettings,
  ContentStepSettings,
  EndStepSettings,
  FeedbackStepSettings,
} from './SimpleStepSettings';
import { StepIdField } from './StepIdField';

function TypeSettings({ step }: { step: Step }) {
  switch (step.type) {
    case 'question':
      return <QuestionStepSettings step={step} />;
    case 'addAnother':
      return <AddAnotherStepSettings step={step} />;
    case 'content':
      return <ContentStepSettings step={step} />;
    case 'branch':
      return <BranchStepSettings step={step} />;
    case 'eligibility':
      return <EligibilityStepSettings step={step} />;
    case 'checkAnswers':
      return <CheckAnswersStepSettings step={step} />;
    case 'approval':
      return <ApprovalStepSettings step={step} />;
    case 'feedback':
      return <FeedbackStepSettings step={step} />;
    case 'payment':
      return <PaymentStepSettings step={step} />;
    case 'end':
      return <EndStepSettings step={step} />;
  }
}

const NUDGES = [
  { label: 'left', dx: -40, dy: 0 },
  { label: 'right', dx: 40, dy: 0 },
  { label: 'up', dx: 0, dy: -40 },
  { label: 'down', dx: 0, dy: 40 },
] as const;

/** A step's properties, its place on the map (moved without dragging), and removing it. */
export function StepSettings({ step }: { step: Step }) {
  const { journey, dispatch, state, setTab } = useEditor();
  const position = layoutJourney(journey, state.present.document.layout).positions[step.id];
  return (
    <>
      <h3 className="govuk-heading-s">
        {stepKindName(step)}: {stepTitle(step)}
      </h3>
      {step.type === 'question' || step.type === 'addAnother' ? (
        <p className="govuk-body-s">
          <button type="button" className="designer-link-button" onClick={() => setTab('page')}>
            Edit the questions on this page
          </button>
        </p>
      ) : null}
      <StepIdField stepId={step.id} />
      <TypeSettings step={step} />
      <fieldset className="govuk-fieldset designer-group">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Place on the map</legend>
        <div className="govuk-button-group">
          {NUDGES.map((n) => (
            <button
              key={n.label}
              type="button"
              className="govuk-button govuk-button--secondary designer-small-button"
              onClick={() =>
                position &&
                dispatch({
                  type: 'layout/move',
                  stepId: step.id,
                  position: { x: Math.max(0, position.x + n.dx), y: Math.max(0, position.y + n.dy) },
                })
              }
            >
              Move {n.label}
            </button>
          ))}
        </div>
      </fieldset>
      <button
        type="button"
        className="govuk-button govuk-button--warning"
        disabled={journey.steps.length <= 1}
        onClick={() => dispatch({ type: 'step/remove', stepId: step.id })}
      >
        Remove this step
      </button>
    </>
  );
}
