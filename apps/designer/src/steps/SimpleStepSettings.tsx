import type { BranchStep, CheckAnswersStep, ContentStep, EndStep, FeedbackStep } from '@fingerpost/schema';
import { LocalisedTextField } from '../ui/LocalisedTextField';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { NextEditor } from './NextEditor';
import { useStepEdit } from './use-step-edit';

/** A content page: title, paragraphs (blank lines between them) and a warning. */
export function ContentStepSettings({ step }: { step: ContentStep }) {
  const { set, languages } = useStepEdit(step);
  return (
    <>
      <LocalisedTextField
        label="Title"
        text={step.title}
        languages={languages}
        onChange={(title) => set({ title: title ?? '' }, 'title')}
      />
      <LocalisedTextField
        label="Text"
        hint="Leave a blank line between paragraphs"
        multiline
        text={step.body}
        languages={languages}
        onChange={(body) => set({ body: body ?? '' }, 'body')}
      />
      <LocalisedTextField
        label="Warning"
        text={step.warning}
        languages={languages}
        onChange={(warning) => set({ warning }, 'warning')}
      />
      <NextEditor next={step.next} onChange={(next) => set({ next }, 'next')} />
    </>
  );
}

/** A branch: routes by conditions on earlier answers, with no page of its own. */
export function BranchStepSettings({ step }: { step: BranchStep }) {
  const { set } = useStepEdit(step);
  return (
    <>
      <TextField
        label="Description"
        hint="For designers and developers; residents never see it"
        value={step.description ?? ''}
        onChange={(description) => set({ description: description || undefined }, 'description')}
      />
      <NextEditor
        next={step.next}
        alwaysList
        onChange={(next) => set({ next: next as BranchStep['next'] }, 'next')}
      />
    </>
  );
}

/** Check your answers: its title, the declaration and the button. */
export function CheckAnswersStepSettings({ step }: { step: CheckAnswersStep }) {
  const { set, languages } = useStepEdit(step);
  return (
    <>
      <LocalisedTextField
        label="Title"
        hint="Check your answers before sending your application, when left blank"
        text={step.title}
        languages={languages}
        onChange={(title) => set({ title }, 'title')}
      />
      <LocalisedTextField
        label="Declaration"
        multiline
        text={step.declaration}
        languages={languages}
        onChange={(declaration) => set({ declaration }, 'declaration')}
      />
      <LocalisedTextField
        label="Button"
        hint="Accept and send, when left blank"
        text={step.submitLabel}
        languages={languages}
        onChange={(submitLabel) => set({ submitLabel }, 'submitLabel')}
      />
      <NextEditor next={step.next} onChange={(next) => set({ next }, 'next')} />
    </>
  );
}

/** A co-design feedback point: its title and question. */
export function FeedbackStepSettings({ step }: { step: FeedbackStep }) {
  const { set, languages } = useStepEdit(step);
  return (
    <>
      <LocalisedTextField
        label="Title"
        text={step.title}
        languages={languages}
        onChange={(title) => set({ title }, 'title')}
      />
      <LocalisedTextField
        label="Question"
        text={step.question}
        languages={languages}
        onChange={(question) => set({ question }, 'question')}
      />
      <NextEditor next={step.next} onChange={(next) => set({ next }, 'next')} />
    </>
  );
}

const OUTCOMES = ['submitted', 'approved', 'ineligible', 'rejected', 'withdrawn'] as const;

/** An outcome page: which outcome, and what the resident reads. */
export function EndStepSettings({ step }: { step: EndStep }) {
  const { set, languages } = useStepEdit(step);
  return (
    <>
      <SelectField
        label="Outcome"
        hint="Submitted and approved outcomes show the reference number in a panel"
        value={step.outcome}
        options={OUTCOMES.map((o) => ({ value: o, label: o }))}
        onChange={(outcome) => set({ outcome: outcome as EndStep['outcome'] }, 'outcome')}
      />
      <LocalisedTextField
        label="Title"
        text={step.title}
        languages={languages}
        onChange={(title) => set({ title: title ?? '' }, 'title')}
      />
      <LocalisedTextField
        label="Text"
        multiline
        text={step.body}
        languages={languages}
        onChange={(body) => set({ body }, 'body')}
      />
      <LocalisedTextField
        label="What happens next"
        multiline
        text={step.whatHappensNext}
        languages={languages}
        onChange={(whatHappensNext) => set({ whatHappensNext }, 'whatHappensNext')}
      />
      <LocalisedTextField
        label="What the resident can do instead"
        multiline
        text={step.alternatives}
        languages={languages}
        onChange={(alternatives) => set({ alternatives }, 'alternatives')}
      />
      <LocalisedTextField
        label="Contact details"
        multiline
        text={step.contact}
        languages={languages}
        onChange={(contact) => set({ contact }, 'contact')}
      />
    </>
  );
}
