import { useEditor } from '../editor/editor-context';
import { isPage } from '../state/edits/journey-parts';
import { StepSettings } from '../steps/StepSettings';
import { ComponentProperties } from './ComponentProperties';
import { JourneySettings } from './JourneySettings';

/** The properties of what is selected: a question, a step, or the journey. */
export function PropertiesPanel() {
  const { journey, state, select } = useEditor();
  const selection = state.selection;
  if (selection.kind === 'journey') return <JourneySettings />;
  const step = journey.steps.find((s) => s.id === selection.stepId);
  if (!step) return <JourneySettings />;
  const back = (
    <p className="govuk-body-s">
      <button type="button" className="designer-link-button" onClick={() => select({ kind: 'journey' })}>
        Journey settings
      </button>
      {selection.kind === 'component' ? (
        <>
          {' › '}
          <button
            type="button"
            className="designer-link-button"
            onClick={() => select({ kind: 'step', stepId: step.id })}
          >
            Step {step.id}
          </button>
        </>
      ) : null}
    </p>
  );
  return (
    <div key={selection.kind === 'component' ? `${step.id}:${selection.index}` : step.id}>
      {back}
      {selection.kind === 'component' && isPage(step) ? (
        <ComponentProperties page={step} index={selection.index} />
      ) : (
        <StepSettings step={step} />
      )}
    </div>
  );
}
