import type {
  AddAnotherStep,
  ChoiceField,
  Component,
  Field,
  QuestionStep,
  Step,
  Text,
} from '@fingerpost/schema';
import type { CompiledStep } from '../compile/compiled-journey';
import { formatAnswer, textFor } from '../forms/index';
import { paymentAmount } from '../payments/payment-amount';
import type { PaymentRecord } from '../payments/payment-types';
import type { RejectedPage } from '../run/run-core';
import type { ComponentView, ItemView, OptionView, StepView } from '../view-types';

const orNull = (text: Text | undefined, language: string): string | null =>
  text === undefined ? null : textFor(text, language);

function selected(value: unknown, option: string): boolean {
  return Array.isArray(value) ? value.includes(option) : value === option;
}

function optionsOf(field: Field | undefined, value: unknown, language: string): OptionView[] {
  if (!field || !('options' in field)) return [];
  return (field as ChoiceField).options.map((o) => ({
    value: o.value,
    label: textFor(o.label, language),
    hint: orNull(o.hint, language),
    selected: selected(value, o.value),
    exclusive: o.exclusive === true,
  }));
}

interface ComponentInputs {
  fields: Record<string, Field | undefined>;
  values: Record<string, unknown>;
  rejected: RejectedPage | null;
  visible: ReadonlySet<string>;
  language: string;
}

function componentView(component: Component, inputs: ComponentInputs): ComponentView {
  const field = inputs.fields[component.field];
  const raw = inputs.rejected?.raw[component.field];
  const value = inputs.values[component.field];
  return {
    field: component.field,
    type: field?.type ?? 'text',
    label: textFor(component.label, inputs.language),
    hint: orNull(component.hint, inputs.language),
    optional: component.optional === true,
    widget: component.widget ?? null,
    autocomplete: component.autocomplete ?? null,
    value: value ?? null,
    raw: raw ?? null,
    error: inputs.rejected?.errors.find((e) => e.field === component.field) ?? null,
    options: optionsOf(field, raw ?? value, inputs.language),
    visible: inputs.visible.has(component.field),
    validation: component.validation ?? null,
  };
}

function itemsOf(
  step: AddAnotherStep,
  group: Field | undefined,
  answers: Record<string, unknown>,
  language: string,
): ItemView[] {
  const items = answers[step.group];
  if (!Array.isArray(items)) return [];
  const subFields = group?.type === 'group' ? group.fields : {};
  const summaryField = step.summaryField ?? step.components[0].field;
  const summaryDefinition = subFields[summaryField];
  return items.map((item, index) => {
    const values = (item ?? {}) as Record<string, unknown>;
    const summary = summaryDefinition
      ? formatAnswer(values[summaryField], summaryDefinition, language)
      : String(values[summaryField] ?? '');
    return { index, summary, values };
  });
}

/** The fields an add-another item is made of, so that its components find their definitions. */
function fieldsFor(step: QuestionStep | AddAnotherStep, journeyFields: Record<string, Field | undefined>) {
  if (step.type === 'question') return journeyFields;
  const group = journeyFields[step.group];
  return group?.type === 'group' ? (group.fields as Record<string, Field | undefined>) : {};
}

/**
 * The page the resident is on, in one language: texts, components with their values, errors and
 * visibility, and an add-another page's list.
 */
export function stepView(
  compiled: CompiledStep,
  journeyFields: Record<string, Field | undefined>,
  answers: Record<string, unknown>,
  rejected: RejectedPage | null,
  today: string,
  language: string,
  payments: readonly PaymentRecord[] = [],
): StepView {
  const step: Step = compiled.step;
  const view: StepView = {
    id: step.id,
    type: step.type,
    title: 'title' in step ? orNull(step.title, language) : null,
    caption: 'caption' in step ? orNull(step.caption, language) : null,
    intro: step.type === 'question' ? orNull(step.intro, language) : null,
    body: step.type === 'content' || step.type === 'end' ? orNull(step.body, language) : null,
    warning: step.type === 'content' ? orNull(step.warning, language) : null,
    declaration: step.type === 'checkAnswers' ? orNull(step.declaration, language) : null,
    submitLabel: step.type === 'checkAnswers' ? orNull(step.submitLabel, language) : null,
    question: step.type === 'feedback' ? orNull(step.question, language) : null,
    components: [],
    items: null,
    itemName: null,
    payment:
      step.type === 'payment' && compiled.amount !== null
        ? {
            amount: paymentAmount(compiled.amount, answers, today),
            description: textFor(step.description, language),
            latest: payments.filter((p) => p.stepId === step.id).at(-1) ?? null,
          }
        : null,
  };
  if ((step.type !== 'question' && step.type !== 'addAnother') || !compiled.form) return view;
  const ownRejection = rejected?.stepId === step.id ? rejected : null;
  // An add-another page's components describe one item: they start empty unless an item was rejected.
  const values = step.type === 'question' ? answers : {};
  // A question page's own values are among the answers; an add-another item adds none.
  const visible = new Set(compiled.form.visibleFields(answers, today));
  const inputs = {
    fields: fieldsFor(step, journeyFields),
    values,
    rejected: ownRejection,
    visible,
    language,
  };
  view.components = step.components.map((c) => componentView(c, inputs));
  if (step.type === 'addAnother') {
    view.items = itemsOf(step, journeyFields[step.group], answers, language);
    view.itemName = textFor(step.itemName, language);
  }
  return view;
}
