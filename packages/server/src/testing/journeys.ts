import type { Journey } from '@fingerpost/schema';

/** A small journey with a file question, for upload tests. */
export const EVIDENCE_JOURNEY = {
  id: 'send-evidence',
  version: '1.0.0',
  title: { en: 'Send evidence', cy: 'Anfon tystiolaeth' },
  description: { en: 'Send us a document.', cy: 'Anfonwch ddogfen atom.' },
  serviceArea: 'other',
  owner: { name: 'Example Council' },
  languages: ['en', 'cy'],
  fields: {
    evidence: { type: 'file', personalData: true },
    note: { type: 'text' },
  },
  start: 'upload',
  steps: [
    {
      id: 'upload',
      type: 'question',
      title: { en: 'Your evidence', cy: 'Eich tystiolaeth' },
      components: [
        { field: 'evidence', label: { en: 'Upload your evidence', cy: 'Lanlwythwch eich tystiolaeth' } },
        { field: 'note', label: { en: 'Anything to add?', cy: 'Unrhyw beth i ychwanegu?' }, optional: true },
      ],
      next: 'check-answers',
    },
    { id: 'check-answers', type: 'checkAnswers', next: 'sent' },
    {
      id: 'sent',
      type: 'end',
      outcome: 'submitted',
      title: { en: 'Evidence sent', cy: 'Tystiolaeth wedi ei hanfon' },
    },
  ],
} as unknown as Journey;
