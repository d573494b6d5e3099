import type { AddAnotherStep, QuestionStep } from '@fingerpost/schema';
import { LocalisedTextField } from '../ui/LocalisedTextField';
import { SelectField } from '../ui/SelectField';
import { NextEditor } from './NextEditor';
import { useStepEdit } from './use-step-edit';

/** A question page's heading, caption and introduction, and where it goes. */
export function QuestionStepSettings({ step }: { step: QuestionStep }) {
  const { set, languages } = useStepEdit(step);
  return (
    <>
      <LocalisedTextField
        label="Page title"
        hint="Needed when the page has more than one question; otherwise the question is the heading"
        text={step.title}
        languages={languages}
        onChange={(title) => set({ title }, 'title')}
      />
      <LocalisedTextField
        label="Caption"
        text={step.caption}
        languages={languages}
        onChange={(caption) => set({ caption }, 'caption')}
      />
      <LocalisedTextField
        label="Introduction"
        text={step.intro}
        languages={languages}
        multiline
        onChange={(intro) => set({ intro }, 'intro')}
      />
      <NextEditor next={step.next} onChange={(next) => set({ next }, 'next')} />
    </>
  );
}

/** An add-another page: its title, what one item is called, which answer sums an item up. */
export function AddAnotherStepSettings({ step }: { step: AddAnotherStep }) {
  const { set, languages } = useStepEdit(step);
  const options = step.components.map((c) => ({ value: c.field, label: c.field }));
  return (
    <>
      <p className="govuk-body-s">Collects the list “{step.group}”, one item at a time.</p>
      <LocalisedTextField
        label="Page title"
        text={step.title}
        languages={languages}
        onChange={(title) => set({ title: title ?? '' }, 'title')}
      />
      <LocalisedTextField
        label="What one item is called"
        hint="For example: person, vehicle"
        text={step.itemName}
        languages={languages}
        onChange={(itemName) => set({ itemName: itemName ?? '' }, 'itemName')}
      />
      <SelectField
        label="Answer that names an item in the list"
        value={step.summaryField ?? options[0]?.value ?? ''}
        options={options}
        onChange={(summaryField) => set({ summaryField }, 'summaryField')}
      />
      <LocalisedTextField
        label="Caption"
        text={step.caption}
        languages={languages}
        onChange={(caption) => set({ caption }, 'caption')}
      />
      <NextEditor next={step.next} onChange={(next) => set({ next }, 'next')} />
    </>
  );
}
