import type { AddAnotherStep, Journey, QuestionStep } from '@fingerpost/schema';
import { compilePageForm } from './page-form';
import type { FormContext, PageForm } from './types';

/** A free school meals application with the questions councils really ask, for the forms tests. */
export const councilJourney: Journey = {
  id: 'free-school-meals',
  version: '1.0.0',
  title: { en: 'Apply for free school meals', cy: 'Gwneud cais am brydau ysgol am ddim' },
  description: {
    en: 'Apply for free school meals for your children.',
    cy: 'Gwneud cais am brydau ysgol am ddim i’ch plant.',
  },
  serviceArea: 'children-and-education',
  owner: { name: 'Example Council' },
  languages: ['en', 'cy'],
  fields: {
    fullName: { type: 'text', personalData: true },
    dateOfBirth: { type: 'date', personalData: true },
    income: { type: 'money' },
    children: { type: 'number' },
    postcode: { type: 'postcode' },
    contactMethod: {
      type: 'singleChoice',
      options: [
        { value: 'email', label: { en: 'Email', cy: 'E-bost' } },
        { value: 'phone', label: { en: 'Phone', cy: 'Ffôn' } },
        { value: 'post', label: { en: 'Post', cy: 'Post' } },
      ],
    },
    email: { type: 'email' },
    phone: { type: 'phone' },
    benefits: {
      type: 'multipleChoice',
      options: [
        { value: 'universal-credit', label: { en: 'Universal Credit', cy: 'Credyd Cynhwysol' } },
        { value: 'income-support', label: { en: 'Income Support', cy: 'Cymhorthdal Incwm' } },
        { value: 'pension-credit', label: { en: 'Pension Credit', cy: 'Credyd Pensiwn' } },
        { value: 'none', label: { en: 'None of these', cy: "Dim un o'r rhain" }, exclusive: true },
      ],
    },
    getsPip: { type: 'yesNo' },
    homeAddress: { type: 'address' },
    proofOfBenefits: { type: 'file' },
    moreInformation: { type: 'longText' },
    household: {
      type: 'group',
      minItems: 1,
      maxItems: 6,
      fields: {
        name: { type: 'text' },
        dateOfBirth: { type: 'date' },
        relationship: {
          type: 'singleChoice',
          options: [
            { value: 'child', label: { en: 'Child', cy: 'Plentyn' } },
            { value: 'partner', label: { en: 'Partner', cy: 'Partner' } },
          ],
        },
      },
    },
  },
  start: 'your-name',
  steps: [
    {
      id: 'your-name',
      type: 'question',
      components: [
        { field: 'fullName', label: { en: 'What is your full name?', cy: 'Beth yw eich enw llawn?' } },
      ],
      next: 'date-of-birth',
    },
    {
      id: 'date-of-birth',
      type: 'question',
      components: [
        {
          field: 'dateOfBirth',
          label: { en: 'Date of birth', cy: 'Dyddiad geni' },
          subject: { en: 'date of birth', cy: 'eich dyddiad geni' },
          validation: { past: true, notBefore: '1900-01-01' },
        },
      ],
      next: 'income',
    },
    {
      id: 'income',
      type: 'question',
      components: [
        {
          field: 'income',
          label: {
            en: 'How much did your household earn last year?',
            cy: 'Faint enillodd eich aelwyd y llynedd?',
          },
          subject: { en: 'your household income', cy: 'incwm eich aelwyd' },
          prefix: '£',
          validation: { max: 10_000_000 },
        },
      ],
      next: 'children',
    },
    {
      id: 'children',
      type: 'question',
      components: [
        {
          field: 'children',
          label: { en: 'How many children live with you?', cy: 'Faint o blant sy’n byw gyda chi?' },
          subject: { en: 'the number of children', cy: 'nifer y plant' },
          validation: { integer: true, min: 1, max: 20 },
        },
      ],
      next: 'postcode',
    },
    {
      id: 'postcode',
      type: 'question',
      components: [
        { field: 'postcode', label: { en: 'What is your postcode?', cy: 'Beth yw eich cod post?' } },
      ],
      next: 'contact',
    },
    {
      id: 'contact',
      type: 'question',
      title: { en: 'How should we contact you?', cy: 'Sut dylen ni gysylltu â chi?' },
      components: [
        {
          field: 'contactMethod',
          label: { en: 'How should we contact you?', cy: 'Sut dylen ni gysylltu â chi?' },
          subject: { en: 'how we should contact you', cy: 'sut dylen ni gysylltu â chi' },
        },
        {
          field: 'email',
          label: { en: 'Email address', cy: 'Cyfeiriad e-bost' },
          showIf: "contactMethod = 'email'",
        },
        {
          field: 'phone',
          label: { en: 'Phone number', cy: 'Rhif ffôn' },
          subject: { en: 'your phone number', cy: 'eich rhif ffôn' },
          showIf: "contactMethod = 'phone'",
        },
      ],
      next: 'benefits',
    },
    {
      id: 'benefits',
      type: 'question',
      components: [
        {
          field: 'benefits',
          label: { en: 'Which benefits do you get?', cy: 'Pa fudd-daliadau ydych chi’n eu cael?' },
          subject: { en: 'your benefits', cy: 'eich budd-daliadau' },
          widget: 'checkboxes',
          validation: { maxItems: 2 },
        },
      ],
      next: 'pip',
    },
    {
      id: 'pip',
      type: 'question',
      components: [
        {
          field: 'getsPip',
          label: {
            en: 'Do you get Personal Independence Payment?',
            cy: 'Ydych chi’n cael Taliad Annibyniaeth Personol?',
          },
          errors: {
            required: {
              en: 'Select yes if you get Personal Independence Payment',
              cy: 'Dewiswch ‘ydw’ os ydych chi’n cael Taliad Annibyniaeth Personol',
            },
          },
        },
      ],
      next: 'address',
    },
    {
      id: 'address',
      type: 'question',
      components: [
        {
          field: 'homeAddress',
          label: { en: 'What is your home address?', cy: 'Beth yw cyfeiriad eich cartref?' },
        },
      ],
      next: 'proof',
    },
    {
      id: 'proof',
      type: 'question',
      title: { en: 'Proof of benefits', cy: 'Prawf o fudd-daliadau' },
      components: [
        {
          field: 'proofOfBenefits',
          label: { en: 'Upload proof of your benefits', cy: 'Uwchlwythwch brawf o’ch budd-daliadau' },
          subject: { en: 'a file with proof of your benefits', cy: 'ffeil sy’n dangos eich budd-daliadau' },
          validation: { maxSizeKb: 2048, accept: ['image/jpeg', 'image/png', 'application/pdf'] },
        },
        {
          field: 'moreInformation',
          label: {
            en: 'Is there anything else we should know?',
            cy: 'Oes unrhyw beth arall y dylen ni ei wybod?',
          },
          subject: { en: 'anything else we should know', cy: 'unrhyw beth arall y dylen ni ei wybod' },
          optional: true,
          widget: 'characterCount',
          validation: { maxLength: 500, maxWords: 100 },
        },
      ],
      next: 'household',
    },
    {
      id: 'household',
      type: 'addAnother',
      group: 'household',
      title: { en: 'People who live with you', cy: 'Pobl sy’n byw gyda chi' },
      itemName: { en: 'person', cy: 'person' },
      summaryField: 'name',
      components: [
        {
          field: 'name',
          label: { en: 'Full name', cy: 'Enw llawn' },
          subject: { en: 'their full name', cy: 'eu henw llawn' },
        },
        {
          field: 'dateOfBirth',
          label: { en: 'Date of birth', cy: 'Dyddiad geni' },
          subject: { en: 'their date of birth', cy: 'eu dyddiad geni' },
          validation: { past: true },
        },
        {
          field: 'relationship',
          label: { en: 'How are they related to you?', cy: 'Beth yw eu perthynas â chi?' },
          subject: { en: 'how they are related to you', cy: 'eu perthynas â chi' },
        },
      ],
      next: 'done',
    },
    {
      id: 'done',
      type: 'end',
      outcome: 'submitted',
      title: { en: 'Application sent', cy: 'Cais wedi’i anfon' },
    },
  ],
};

/** The compiled form of one of the journey's question or add-another pages. */
export function formFor(stepId: string, journey: Journey = councilJourney): PageForm {
  const step = journey.steps.find((candidate) => candidate.id === stepId);
  if (step?.type !== 'question' && step?.type !== 'addAnother') throw new Error(`No form step ${stepId}`);
  return compilePageForm(step as QuestionStep | AddAnotherStep, journey);
}

export const today = '2025-06-02';

export function inEnglish(answers: Record<string, unknown> = {}): FormContext {
  return { answers, today, language: 'en' };
}

export function inWelsh(answers: Record<string, unknown> = {}): FormContext {
  return { answers, today, language: 'cy' };
}
