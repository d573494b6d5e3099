import { type ChoiceField, type Component, type Field, journeyScope } from '@fingerpost/schema';
import { ConditionBuilder } from '../conditions/ConditionBuilder';
import { fieldLabels } from '../conditions/field-labels';
import { useEditor } from '../editor/editor-context';
import { fieldsOfPage, type PageStep } from '../state/edits/journey-parts';
import { COMPONENT_KIND_NAMES, COMPONENT_KINDS, kindOf } from '../state/edits/templates';
import { withoutUndefined } from '../steps/use-step-edit';
import { CheckboxField } from '../ui/CheckboxField';
import { LocalisedTextField } from '../ui/LocalisedTextField';
import { SelectField } from '../ui/SelectField';
import { applicableErrors, ErrorMessagesEditor } from './ErrorMessagesEditor';
import { FieldNameField } from './FieldNameField';
import { OptionsEditor } from './OptionsEditor';
import { PresentationFields } from './PresentationFields';
import { ValidationEditor } from './ValidationEditor';

/**
 * A question's properties: its words in each language, its answer (name and kind), whether it is
 * optional, how it looks, its checks and error messages, its options and when it shows.
 */
export function ComponentProperties({ page, index }: { page: PageStep; index: number }) {
  const { journey, dispatch } = useEditor();
  const component = page.components[index];
  if (!component) return null;
  const fields = fieldsOfPage(journey, page);
  const field: Field | undefined = fields[component.field];
  const group = page.type === 'addAnother' ? page.group : undefined;
  const languages = journey.languages as readonly string[];
  const key = `${page.id}:${index}`;
  const setComponent = (patch: Partial<Component>, what: string) =>
    dispatch({
      type: 'component/replace',
      stepId: page.id,
      index,
      component: withoutUndefined({ ...component, ...patch }),
      coalesce: `${key}:${what}`,
    });
  const setField = (next: Field, what: string) =>
    dispatch({
      type: 'field/replace',
      name: component.field,
      field: next,
      ...(group ? { group } : {}),
      coalesce: `${key}:field:${what}`,
    });
  const type = field?.type ?? 'text';
  const validation = component.validation ?? {};
  return (
    <>
      <h3 className="govuk-heading-s">
        Question {index + 1} on {page.id}
      </h3>
      <LocalisedTextField
        label="Question"
        text={component.label}
        languages={languages}
        onChange={(label) => setComponent({ label: label ?? '' }, 'label')}
      />
      <LocalisedTextField
        label="Hint"
        text={component.hint}
        languages={languages}
        onChange={(hint) => setComponent({ hint }, 'hint')}
      />
      <FieldNameField
        name={component.field}
        taken={new Set(Object.keys(fields))}
        {...(group ? { group } : {})}
      />
      <SelectField
        label="Kind of answer"
        value={kindOf(component, field)}
        options={COMPONENT_KINDS.map((k) => ({ value: k, label: COMPONENT_KIND_NAMES[k] }))}
        onChange={(kind) =>
          dispatch({
            type: 'component/changeKind',
            stepId: page.id,
            index,
            kind: kind as (typeof COMPONENT_KINDS)[number],
          })
        }
      />
      <CheckboxField
        label="Optional"
        hint="Shown as “(optional)” after the question"
        checked={component.optional === true}
        onChange={(on) => setComponent({ optional: on || undefined }, 'optional')}
      />
      {field && field.type !== 'group' ? (
        <CheckboxField
          label="Personal data"
          hint="Identifies a person; removed when their data is erased"
          checked={field.personalData === true}
          onChange={(on) =>
            setField(withoutUndefined({ ...field, personalData: on || undefined }), 'personalData')
          }
        />
      ) : null}
      <PresentationFields component={component} type={type} languages={languages} onChange={setComponent} />
      {field && (field.type === 'singleChoice' || field.type === 'multipleChoice') ? (
        <OptionsEditor
          field={field as ChoiceField}
          languages={languages}
          onChange={(options, what) =>
            setField({ ...(field as ChoiceField), options: options as ChoiceField['options'] }, what)
          }
        />
      ) : null}
      <ValidationEditor
        type={type}
        validation={validation}
        onChange={(next) => setComponent({ validation: next }, 'validation')}
      />
      <ErrorMessagesEditor
        codes={applicableErrors(type, component.optional === true, validation)}
        errors={component.errors ?? {}}
        languages={languages}
        onChange={(errors) => setComponent({ errors }, 'errors')}
      />
      <ConditionBuilder
        label="Show this question only when"
        hint="Leave empty to always show it. Hidden questions are not asked and their answers are not kept."
        value={component.showIf ?? ''}
        scope={journeyScope(journey, group)}
        labels={fieldLabels(journey)}
        onChange={(showIf) => setComponent({ showIf: showIf.trim() === '' ? undefined : showIf }, 'showIf')}
      />
      <button
        type="button"
        className="govuk-button govuk-button--warning"
        onClick={() => dispatch({ type: 'component/remove', stepId: page.id, index })}
      >
        Remove this question
      </button>
    </>
  );
}
