import type { Journey } from '@fingerpost/schema';

/**
 * A small journey that asks every kind of question, with a condition, a branch, an add-another
 * list, an eligibility rule, check your answers and two outcomes: what the component tests run.
 */
export const permitJourney: Journey = {
  id: 'apply-for-a-test-permit',
  version: '1.0.0',
  title: 'Apply for a resident permit',
  description: 'Apply for a permit.',
  serviceArea: 'parking-and-transport',
  owner: { name: 'Example Council' },
  languages: ['en'],
  referencePrefix: 'RP',
  fields: {
    fullName: { type: 'text' },
    email: { type: 'email' },
    phone: { type: 'phone' },
    hasPet: { type: 'yesNo' },
    petName: { type: 'text' },
    age: { type: 'number' },
    rent: { type: 'money' },
    startDate: { type: 'date' },
    colour: {
      type: 'singleChoice',
      options: [
        { value: 'red', label: 'Red' },
        { value: 'blue', label: 'Blue', hint: 'Like the sea' },
      ],
    },
    borough: {
      type: 'singleChoice',
      options: [
        { value: 'north', label: 'North' },
        { value: 'south', label: 'South' },
      ],
    },
    benefits: {
      type: 'multipleChoice',
      options: [
        { value: 'pip', label: 'Personal Independence Payment' },
        { value: 'uc', label: 'Universal Credit' },
        { value: 'none', label: 'None of these', exclusive: true },
      ],
    },
    story: { type: 'longText' },
    address: { type: 'address' },
    postcode: { type: 'postcode' },
    evidence: { type: 'file' },
    household: {
      type: 'group',
      fields: { memberName: { type: 'text' }, memberAge: { type: 'number' } },
    },
  },
  start: 'your-name',
  steps: [
    {
      id: 'your-name',
      type: 'question',
      caption: 'About you',
      components: [{ field: 'fullName', label: 'What is your name?' }],
      next: 'contact',
    },
    {
      id: 'contact',
      type: 'question',
      title: 'Your contact details',
      components: [
        { field: 'email', label: 'Email address', hint: 'We will only use this to send you updates' },
        { field: 'phone', label: 'Phone number', optional: true },
      ],
      next: 'pet',
    },
    {
      id: 'pet',
      type: 'question',
      title: 'Your pet',
      components: [
        { field: 'hasPet', label: 'Do you have a pet?' },
        { field: 'petName', label: 'What is your pet called?', showIf: 'hasPet' },
      ],
      next: [{ when: 'hasPet', goTo: 'details' }, { goTo: 'no-pet' }],
    },
    {
      id: 'no-pet',
      type: 'content',
      title: 'You do not need a pet licence',
      body: 'You can carry on with your permit.\n\nIt takes 5 minutes.',
      warning: 'Permits are not refunded',
      next: 'details',
    },
    {
      id: 'details',
      type: 'question',
      title: 'Your details',
      components: [
        { field: 'age', label: 'How old are you?', validation: { integer: true } },
        { field: 'rent', label: 'How much rent do you pay each month?' },
        {
          field: 'startDate',
          label: 'When do you want the permit to start?',
          hint: 'For example, 27 3 2027',
        },
        { field: 'colour', label: 'Which colour permit do you want?' },
        { field: 'borough', label: 'Which area do you live in?', widget: 'select' },
        { field: 'benefits', label: 'Which benefits do you get?' },
        {
          field: 'story',
          label: 'Why do you need a permit?',
          widget: 'characterCount',
          validation: { maxWords: 20 },
        },
        { field: 'address', label: 'What is your address?' },
        { field: 'postcode', label: 'Where do you park?', optional: true },
        { field: 'evidence', label: 'Upload proof of address', optional: true },
      ],
      next: 'household',
    },
    {
      id: 'household',
      type: 'addAnother',
      group: 'household',
      title: 'Who lives with you?',
      itemName: 'person',
      components: [
        { field: 'memberName', label: 'Their name' },
        { field: 'memberAge', label: 'Their age' },
      ],
      next: 'eligibility',
    },
    {
      id: 'eligibility',
      type: 'eligibility',
      rules: [
        {
          id: 'too-young',
          when: 'age < 17',
          result: 'ineligible',
          reason: 'You must be 17 or over to get a permit',
          next: 'not-eligible',
        },
      ],
      otherwise: { result: 'eligible', reason: 'You are old enough', next: 'check' },
    },
    { id: 'check', type: 'checkAnswers', declaration: 'I confirm the information is correct.', next: 'sent' },
    {
      id: 'not-eligible',
      type: 'end',
      outcome: 'ineligible',
      title: 'You cannot get a permit',
      alternatives: 'You can apply for a visitor permit instead.',
    },
    {
      id: 'sent',
      type: 'end',
      outcome: 'submitted',
      title: 'Application complete',
      whatHappensNext: 'We will post your permit within 5 working days.',
    },
  ],
};
