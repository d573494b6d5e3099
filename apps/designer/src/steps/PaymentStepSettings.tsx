import type { PaymentStep } from '@fingerpost/schema';
import { useEditor } from '../editor/editor-context';
import { LocalisedTextField } from '../ui/LocalisedTextField';
import { NextEditor } from './NextEditor';
import { PaymentAmountField } from './PaymentAmountField';
import { useStepEdit } from './use-step-edit';

/** The validator's first message about one property of a step (its path and below), or null. */
function useStepIssue(stepId: string, property: string): string | null {
  const { journey, issues } = useEditor();
  const index = journey.steps.findIndex((s) => s.id === stepId);
  const prefix = `/steps/${index}/${property}`;
  const issue = issues.find((i) => i.path === prefix || i.path.startsWith(`${prefix}/`));
  return issue ? issue.message : null;
}

/** A payment step: its title, what is paid for (GOV.UK Pay shows it too), the amount and where next. */
export function PaymentStepSettings({ step }: { step: PaymentStep }) {
  const { set, languages } = useStepEdit(step);
  const titleIssue = useStepIssue(step.id, 'title');
  const descriptionIssue = useStepIssue(step.id, 'description');
  const amountIssue = useStepIssue(step.id, 'amount');
  return (
    <>
      <LocalisedTextField
        label="Title"
        text={step.title}
        languages={languages}
        error={titleIssue}
        onChange={(title) => set({ title: title ?? '' }, 'title')}
      />
      <LocalisedTextField
        label="What the payment is for"
        hint="Residents see it here, on GOV.UK Pay's page and in its confirmation email (at most 255 characters)"
        text={step.description}
        languages={languages}
        error={descriptionIssue}
        onChange={(description) => set({ description: description ?? '' }, 'description')}
      />
      <PaymentAmountField step={step} issue={amountIssue} onChange={(amount) => set({ amount }, 'amount')} />
      <NextEditor next={step.next} onChange={(next) => set({ next }, 'next')} />
    </>
  );
}
