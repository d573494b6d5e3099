/**
 * A housing request asking one of every kind of answer an export must show: text, long text,
 * money, a date, yes or no, checkboxes, an address, and people added one by one (a group).
 */
export const HOUSING_REQUEST = {
  id: 'housing-request',
  version: '1.0.0',
  title: 'Ask for help with housing',
  description: 'Tell us about your household.',
  serviceArea: 'housing',
  owner: { name: 'Example Council' },
  languages: ['en'],
  roles: [{ id: 'travel-officer', name: 'Housing officer' }],
  referencePrefix: 'HR',
  fields: {
    fullName: { type: 'text', personalData: true },
    notes: { type: 'longText' },
    rent: { type: 'money' },
    moveDate: { type: 'date' },
    hasPets: { type: 'yesNo' },
    needs: {
      type: 'multipleChoice',
      options: [
        { value: 'step-free', label: 'Step-free access' },
        { value: 'garden', label: 'A garden' },
      ],
    },
    address: { type: 'address', personalData: true },
    people: {
      type: 'group',
      fields: { name: { type: 'text' }, relationship: { type: 'text' } },
    },
  },
  start: 'about-you',
  steps: [
    {
      id: 'about-you',
      type: 'question',
      title: 'About you',
      components: [
        { field: 'fullName', label: 'Full name' },
        { field: 'notes', label: 'Anything else we should know', optional: true },
        { field: 'rent', label: 'Monthly rent' },
        { field: 'moveDate', label: 'When do you need to move?' },
        { field: 'hasPets', label: 'Do you have pets?' },
        { field: 'needs', label: 'What do you need?', optional: true },
        { field: 'address', label: 'Your address' },
      ],
      next: 'people',
    },
    {
      id: 'people',
      type: 'addAnother',
      group: 'people',
      title: 'People who live with you',
      itemName: 'person',
      components: [
        { field: 'name', label: 'Name' },
        { field: 'relationship', label: 'Relationship to you' },
      ],
      next: 'check-answers',
    },
    { id: 'check-answers', type: 'checkAnswers', next: 'sent' },
    { id: 'sent', type: 'end', outcome: 'submitted', title: 'Request sent' },
  ],
};
