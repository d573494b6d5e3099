import { journeyScope, type Next, type Transition } from '@fingerpost/schema';
import { ConditionBuilder } from '../conditions/ConditionBuilder';
import { fieldLabels } from '../conditions/field-labels';
import { useEditor } from '../editor/editor-context';
import { SelectField } from '../ui/SelectField';
import { stepOptions } from './step-options';

interface NextEditorProps {
  next: Next;
  onChange: (next: Next) => void;
  /** Branch steps always route by conditions, so their routes stay a list. */
  alwaysList?: boolean;
}

/** Where a step goes: routes tried in order, each with a condition, and where to go otherwise. */
export function NextEditor({ next, onChange, alwaysList = false }: NextEditorProps) {
  const { journey } = useEditor();
  const scope = journeyScope(journey);
  const labels = fieldLabels(journey);
  const transitions: Transition[] = typeof next === 'string' ? [{ goTo: next }] : [...next];
  const conditional = transitions.filter((t) => t.when !== undefined);
  const fallback =
    [...transitions].reverse().find((t) => t.when === undefined)?.goTo ?? journey.steps[0]?.id ?? '';
  const save = (routes: Transition[], otherwise: string) => {
    if (routes.length === 0 && !alwaysList) onChange(otherwise);
    else onChange([...routes, { goTo: otherwise }] as unknown as Next);
  };
  return (
    <fieldset className="govuk-fieldset designer-routes">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Where next</legend>
      {conditional.map((route, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: routes are ordered and have no ids
        <div className="designer-route" key={index}>
          <ConditionBuilder
            label={`Route ${index + 1}: when`}
            value={route.when ?? ''}
            scope={scope}
            labels={labels}
            onChange={(when) =>
              save(
                conditional.map((r, i) => (i === index ? { ...r, when } : r)),
                fallback,
              )
            }
          />
          <SelectField
            label={`Route ${index + 1}: go to`}
            value={route.goTo}
            options={stepOptions(journey, route.goTo)}
            onChange={(goTo) =>
              save(
                conditional.map((r, i) => (i === index ? { ...r, goTo } : r)),
                fallback,
              )
            }
          />
          <button
            type="button"
            className="govuk-button govuk-button--warning designer-small-button"
            onClick={() =>
              save(
                conditional.filter((_, i) => i !== index),
                fallback,
              )
            }
          >
            Remove route {index + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="govuk-button govuk-button--secondary designer-small-button"
        onClick={() => save([...conditional, { when: '', goTo: fallback }], fallback)}
      >
        Add a route with a condition
      </button>
      <SelectField
        label={conditional.length > 0 ? 'Otherwise go to' : 'Go to'}
        value={fallback}
        options={stepOptions(journey, fallback)}
        onChange={(goTo) => save(conditional, goTo)}
      />
    </fieldset>
  );
}
