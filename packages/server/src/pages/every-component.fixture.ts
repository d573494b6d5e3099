import type { Journey } from '@fingerpost/schema';

/**
 * A journey that asks every kind of question the pages can show, with conditional reveals under a
 * radio, a checkbox and a yes/no answer, in English and Welsh, for the rendering tests and the
 * browser's accessibility checks.
 */
export function everyComponentJourney(): Journey {
  return {
    id: 'every-component',
    version: '1.0.0',
    title: { en: 'Apply for a test permit', cy: 'Gwneud cais am drwydded prawf' },
    description: { en: 'Every kind of question.', cy: 'Pob math o gwestiwn.' },
    serviceArea: 'other',
    owner: { name: 'Example County Council' },
    languages: ['en', 'cy'],
    referencePrefix: 'TP',
    fields: {
      fullName: { type: 'text' },
      contactBy: {
        type: 'singleChoice',
        options: [
          { value: 'email', label: { en: 'Email', cy: 'E-bost' } },
          { value: 'phone', label: { en: 'Phone', cy: 'Ffôn' } },
        ],
      },
      email: { type: 'email' },
      phone: { type: 'phone' },
      pets: {
        type: 'multipleChoice',
        options: [
          { value: 'cat', label: { en: 'Cat', cy: 'Cath' } },
          { value: 'other', label: { en: 'Another animal', cy: 'Anifail arall' } },
          { value: 'none', label: { en: 'No pets', cy: 'Dim anifeiliaid anwes' }, exclusive: true },
        ],
      },
      otherPet: { type: 'text' },
      hasCar: { type: 'yesNo' },
      registration: { type: 'text' },
      colour: {
        type: 'singleChoice',
        options: [
          { value: 'red', label: { en: 'Red', cy: 'Coch' } },
          { value: 'blue', label: { en: 'Blue', cy: 'Glas' } },
        ],
      },
      children: { type: 'number' },
      rent: { type: 'money' },
      moveDate: { type: 'date' },
      postcode: { type: 'postcode' },
      home: { type: 'address' },
      reason: { type: 'longText' },
      proof: { type: 'file' },
    },
    start: 'name',
    steps: [
      {
        id: 'name',
        type: 'question',
        components: [
          {
            field: 'fullName',
            label: { en: 'What is your name?', cy: 'Beth yw eich enw?' },
            autocomplete: 'name',
          },
        ],
        next: 'contact',
      },
      {
        id: 'contact',
        type: 'question',
        title: { en: 'How should we contact you?', cy: 'Sut dylem gysylltu â chi?' },
        components: [
          { field: 'contactBy', label: { en: 'Contact method', cy: 'Dull cysylltu' } },
          {
            field: 'email',
            label: { en: 'Email address', cy: 'Cyfeiriad e-bost' },
            showIf: 'contactBy = "email"',
          },
          { field: 'phone', label: { en: 'Phone number', cy: 'Rhif ffôn' }, showIf: 'contactBy = "phone"' },
        ],
        next: 'pets',
      },
      {
        id: 'pets',
        type: 'question',
        title: { en: 'Your pets', cy: 'Eich anifeiliaid anwes' },
        components: [
          {
            field: 'pets',
            label: { en: 'Which pets do you have?', cy: 'Pa anifeiliaid anwes sydd gennych?' },
          },
          {
            field: 'otherPet',
            label: { en: 'What animal is it?', cy: 'Pa anifail ydyw?' },
            showIf: '"other" in pets',
          },
        ],
        next: 'car',
      },
      {
        id: 'car',
        type: 'question',
        title: { en: 'Your car', cy: 'Eich car' },
        components: [
          { field: 'hasCar', label: { en: 'Do you have a car?', cy: 'Oes gennych chi gar?' } },
          {
            field: 'registration',
            label: { en: 'Registration number', cy: 'Rhif cofrestru' },
            showIf: 'hasCar = true',
          },
          {
            field: 'colour',
            label: { en: 'What colour is it?', cy: 'Pa liw ydyw?' },
            widget: 'select',
            optional: true,
          },
        ],
        next: 'household',
      },
      {
        id: 'household',
        type: 'question',
        title: { en: 'Your household', cy: 'Eich aelwyd' },
        components: [
          {
            field: 'children',
            label: { en: 'How many children live with you?', cy: 'Faint o blant sy’n byw gyda chi?' },
            validation: { integer: true, min: 0 },
          },
          {
            field: 'rent',
            label: { en: 'How much rent do you pay a month?', cy: 'Faint o rent rydych yn ei dalu bob mis?' },
          },
          {
            field: 'moveDate',
            label: { en: 'When did you move in?', cy: 'Pryd wnaethoch chi symud i mewn?' },
            validation: { past: true },
          },
        ],
        next: 'where',
      },
      {
        id: 'where',
        type: 'question',
        components: [
          { field: 'home', label: { en: 'What is your address?', cy: 'Beth yw eich cyfeiriad?' } },
        ],
        next: 'postcode',
      },
      {
        id: 'postcode',
        type: 'question',
        components: [
          {
            field: 'postcode',
            label: { en: 'What is your work postcode?', cy: 'Beth yw cod post eich gwaith?' },
            optional: true,
          },
        ],
        next: 'reason',
      },
      {
        id: 'reason',
        type: 'question',
        components: [
          {
            field: 'reason',
            label: { en: 'Why do you need a permit?', cy: 'Pam mae angen trwydded arnoch?' },
            widget: 'characterCount',
            validation: { maxLength: 500 },
          },
        ],
        next: 'proof',
      },
      {
        id: 'proof',
        type: 'question',
        components: [
          {
            field: 'proof',
            label: { en: 'Upload proof of address', cy: 'Uwchlwythwch brawf o gyfeiriad' },
            validation: { accept: ['application/pdf', 'image/jpeg'], maxSizeKb: 2048 },
          },
        ],
        next: 'check',
      },
      { id: 'check', type: 'checkAnswers', next: 'done' },
      {
        id: 'done',
        type: 'end',
        outcome: 'submitted',
        title: { en: 'Application sent', cy: 'Cais wedi’i anfon' },
        whatHappensNext: { en: 'We will write to you.', cy: 'Byddwn yn ysgrifennu atoch.' },
      },
    ],
  } as Journey;
}
