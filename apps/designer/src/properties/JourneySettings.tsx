import type { Journey, Role, ServiceArea } from '@fingerpost/schema';
import { useEditor } from '../editor/editor-context';
import { slugify } from '../state/ids';
import { stepOptions } from '../steps/step-options';
import { withoutUndefined } from '../steps/use-step-edit';
import { CheckboxField } from '../ui/CheckboxField';
import { LocalisedTextField } from '../ui/LocalisedTextField';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';

const AREAS: ServiceArea[] = [
  'adult-social-care',
  'benefits-and-council-tax',
  'children-and-education',
  'democracy-and-information',
  'environment',
  'housing',
  'licensing',
  'parking-and-transport',
  'planning-and-building',
  'waste-and-recycling',
  'other',
];

/** The journey as a whole: its name, languages, owner, first step and caseworker roles. */
export function JourneySettings() {
  const { journey, dispatch } = useEditor();
  const languages = journey.languages as readonly string[];
  const update = (change: Partial<Journey>, key: string) =>
    dispatch({
      type: 'journey/update',
      change,
      coalesce: `journey:${key}`,
      label: `change the journey's ${key}`,
    });
  const roles = journey.roles ?? [];
  const setRoles = (next: Role[]) => update({ roles: next.length > 0 ? next : undefined }, 'roles');
  return (
    <>
      <h3 className="govuk-heading-s">Journey settings</h3>
      <LocalisedTextField
        label="Service name"
        text={journey.title}
        languages={languages}
        onChange={(title) => update({ title: title ?? '' }, 'title')}
      />
      <LocalisedTextField
        label="What the service is for"
        multiline
        text={journey.description}
        languages={languages}
        onChange={(description) => update({ description: description ?? '' }, 'description')}
      />
      <CheckboxField
        label="Offer the service in Welsh (Cymraeg)"
        hint="Every text residents see then needs a Welsh version; the problems list shows those missing"
        checked={languages.includes('cy')}
        onChange={(on) => update({ languages: on ? ['en', 'cy'] : ['en'] }, 'languages')}
      />
      <SelectField
        label="Service area"
        value={journey.serviceArea}
        options={AREAS.map((a) => ({ value: a, label: a }))}
        onChange={(serviceArea) => update({ serviceArea: serviceArea as ServiceArea }, 'serviceArea')}
      />
      <TextField
        label="Council or team that owns it"
        value={journey.owner.name}
        onChange={(name) => update({ owner: { ...journey.owner, name } }, 'owner')}
      />
      <TextField
        label="Reference number prefix"
        hint="For example BB gives references like BB-7K3D-9Q2F"
        value={journey.referencePrefix ?? ''}
        width="govuk-input--width-5"
        onChange={(prefix) =>
          update(withoutUndefined({ referencePrefix: prefix || undefined }), 'referencePrefix')
        }
      />
      <SelectField
        label="First step"
        value={journey.start}
        options={stepOptions(journey, journey.start)}
        onChange={(start) => update({ start }, 'start')}
      />
      <fieldset className="govuk-fieldset designer-group">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Caseworker roles</legend>
        {roles.map((role, index) => (
          // The id is edited in place: a key made of it would rebuild the boxes, and lose the focus, at each keystroke.
          // biome-ignore lint/suspicious/noArrayIndexKey: position is the only identity that survives editing
          <div className="designer-inline-fields" key={index}>
            <TextField
              label={`Role ${index + 1} name`}
              value={role.name}
              onChange={(name) => setRoles(roles.map((r, i) => (i === index ? { ...r, name } : r)))}
            />
            <TextField
              label={`Role ${index + 1} id`}
              value={role.id}
              spellCheck={false}
              onChange={(id) => setRoles(roles.map((r, i) => (i === index ? { ...r, id } : r)))}
            />
            <button
              type="button"
              className="govuk-button govuk-button--warning designer-small-button"
              onClick={() => setRoles(roles.filter((_, i) => i !== index))}
            >
              Remove role {index + 1}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="govuk-button govuk-button--secondary designer-small-button"
          onClick={() =>
            setRoles([
              ...roles,
              { id: slugify(`role ${roles.length + 1}`), name: `Role ${roles.length + 1}` },
            ])
          }
        >
          Add a role
        </button>
      </fieldset>
    </>
  );
}
