import type { ChoiceField, Component, Field, Step } from '@fingerpost/schema';

/** The kinds of question the component palette offers, each a field type with a presentation. */
export const COMPONENT_KINDS = [
  'text',
  'longText',
  'number',
  'money',
  'date',
  'yesNo',
  'radios',
  'select',
  'checkboxes',
  'email',
  'phone',
  'postcode',
  'address',
  'file',
] as const;
export type ComponentKind = (typeof COMPONENT_KINDS)[number];

export const COMPONENT_KIND_NAMES: Record<ComponentKind, string> = {
  text: 'Text',
  longText: 'Long text',
  number: 'Number',
  money: 'Money',
  date: 'Date',
  yesNo: 'Yes or no',
  radios: 'Radios',
  select: 'Dropdown',
  checkboxes: 'Checkboxes',
  email: 'Email address',
  phone: 'Phone number',
  postcode: 'Postcode',
  address: 'Address',
  file: 'File upload',
};

const LABELS: Record<ComponentKind, string> = {
  text: 'What is your name?',
  longText: 'Tell us more',
  number: 'How many?',
  money: 'How much?',
  date: 'What is the date?',
  yesNo: 'Do you agree?',
  radios: 'Which one applies?',
  select: 'Which one applies?',
  checkboxes: 'Which of these apply?',
  email: 'What is your email address?',
  phone: 'What is your phone number?',
  postcode: 'What is your postcode?',
  address: 'What is your address?',
  file: 'Upload a file',
};

const twoOptions = (): ChoiceField['options'] => [
  { value: 'option-1', label: 'Option 1' },
  { value: 'option-2', label: 'Option 2' },
];

/** The field a palette kind collects. */
export function fieldFor(kind: ComponentKind): Field {
  switch (kind) {
    case 'radios':
    case 'select':
      return { type: 'singleChoice', options: twoOptions() };
    case 'checkboxes':
      return { type: 'multipleChoice', options: twoOptions() };
    default:
      return { type: kind };
  }
}

/** A new component of a palette kind, bound to `field`, with a placeholder question to rewrite. */
export function componentFor(kind: ComponentKind, field: string): Component {
  const component: Component = { field, label: LABELS[kind] };
  if (kind === 'select') component.widget = 'select';
  if (kind === 'date') component.hint = 'For example, 27 3 2007';
  return component;
}

/** The kind of an existing component, for its palette icon and name. */
export function kindOf(component: Component, field: Field | undefined): ComponentKind {
  switch (field?.type) {
    case 'singleChoice':
      return component.widget === 'select' ? 'select' : 'radios';
    case 'multipleChoice':
      return 'checkboxes';
    case undefined:
    case 'group':
      return 'text';
    default:
      return (field as Field).type as ComponentKind;
  }
}

/** The kinds of step the step palette offers. */
export const STEP_KINDS = [
  'question',
  'addAnother',
  'content',
  'branch',
  'eligibility',
  'checkAnswers',
  'approval',
  'feedback',
  'payment',
  'end',
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** Names of every kind of step. */
export const STEP_KIND_NAMES: Record<Step['type'], string> = {
  question: 'Question page',
  addAnother: 'Add another',
  content: 'Content page',
  branch: 'Branch',
  eligibility: 'Eligibility rules',
  checkAnswers: 'Check answers',
  approval: 'Approval',
  feedback: 'Feedback',
  payment: 'Payment',
  end: 'Outcome page',
};

/**
 * A new step of a kind with placeholder texts. `field` names the answer a page asks (or the group
 * an add-another page fills); `onward` is where it leads until the designer routes it.
 */
export function stepFor(kind: StepKind, id: string, field: string, onward: string, role: string): Step {
  switch (kind) {
    case 'question':
      return { id, type: 'question', components: [componentFor('text', field)], next: onward };
    case 'addAnother':
      return {
        id,
        type: 'addAnother',
        group: field,
        title: 'Who else lives with you?',
        itemName: 'person',
        components: [{ field: 'name', label: 'Their name' }],
        next: onward,
      };
    case 'content':
      return {
        id,
        type: 'content',
        title: 'Before you continue',
        body: 'Write the information here.',
        next: onward,
      };
    case 'branch':
      return { id, type: 'branch', next: [{ goTo: onward }] };
    case 'eligibility':
      return {
        id,
        type: 'eligibility',
        rules: [{ id: 'rule-1', when: 'true', result: 'eligible', reason: 'Say why here', next: onward }],
        otherwise: { result: 'ineligible', reason: 'Say why here', next: onward },
      };
    case 'checkAnswers':
      return { id, type: 'checkAnswers', next: onward };
    case 'approval':
      return {
        id,
        type: 'approval',
        tasks: [
          { id: 'review', title: 'Review the application', roles: [role], decisions: ['approve', 'reject'] },
        ],
        next: { approved: onward, rejected: onward },
      };
    case 'feedback':
      return { id, type: 'feedback', next: onward };
    case 'payment':
      return {
        id,
        type: 'payment',
        title: 'Pay for your application',
        description: 'Application fee',
        amount: 2500,
        next: onward,
      };
    case 'end':
      return { id, type: 'end', outcome: 'submitted', title: 'Application complete' };
  }
}
