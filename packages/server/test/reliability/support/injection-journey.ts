import type { Journey } from '@fingerpost/schema';

/**
 * What an attacker puts in a text: a script, an image whose error handler runs script, an SVG
 * breaking out of an attribute, a template expression (a page that rendered data as a Nunjucks
 * template would show 49), and a closing textarea. If any of it were markup, `window.__fpInjected`
 * would be set or a dialog would open; shown as text, the page displays exactly these characters.
 */
export const PAYLOAD =
  '<script>window.__fpInjected=1;alert(1)</script> <img src=x onerror="window.__fpInjected=2;alert(2)"> "><svg onload="window.__fpInjected=3;alert(3)"> {{ 7*7 }} </textarea>';

/** The payload's first part, enough to find it in a page's text. */
export const MARKER = '<script>window.__fpInjected=1;alert(1)</script>';

const t = (label: string) => ({ en: `${label} ${PAYLOAD}`, cy: `${label} (cy) ${PAYLOAD}` });

/**
 * A journey whose every text a resident, caseworker or designer sees carries the payload: service
 * name and owner, start page, captions, headings, labels, hints, options, content pages, list pages,
 * eligibility reasons and sources, check your answers, the caseworker's task and role names, and
 * every end page.
 */
export const INJECTION_JOURNEY = {
  id: 'injection-test',
  version: '1.0.0',
  title: t('Apply for a hostile permit'),
  description: t('A service made of payloads.'),
  serviceArea: 'other',
  owner: { name: `Council ${PAYLOAD}`, team: `Team ${PAYLOAD}` },
  languages: ['en', 'cy'],
  referencePrefix: 'INJ',
  startPage: { body: t('Start page body'), beforeYouStart: t('Before you start') },
  roles: [{ id: 'officer', name: `Officer ${PAYLOAD}` }],
  fields: {
    fullName: { type: 'text', personalData: true },
    story: { type: 'longText' },
    contactBy: {
      type: 'singleChoice',
      options: [
        { value: 'email', label: t('Email'), hint: t('Email hint') },
        { value: 'post', label: t('Post') },
      ],
    },
    pets: {
      type: 'multipleChoice',
      options: [
        { value: 'cat', label: t('Cat') },
        { value: 'none', label: t('None'), exclusive: true },
      ],
    },
    members: { type: 'group', fields: { memberName: { type: 'text' } } },
    home: { type: 'address' },
    rent: { type: 'money' },
    moveDate: { type: 'date' },
    hasCar: { type: 'yesNo' },
    proof: { type: 'file' },
  },
  start: 'name',
  steps: [
    {
      id: 'name',
      type: 'question',
      caption: t('Caption'),
      components: [
        { field: 'fullName', label: t('Your name'), hint: t('Name hint'), subject: t('your name') },
      ],
      next: 'notice',
    },
    {
      id: 'notice',
      type: 'content',
      title: t('Notice'),
      body: t('Notice body'),
      warning: t('Warning'),
      next: 'about',
    },
    {
      id: 'about',
      type: 'question',
      title: t('About you'),
      intro: t('Intro'),
      components: [
        { field: 'story', label: t('Your story'), hint: t('Story hint'), widget: 'textarea', optional: true },
        { field: 'contactBy', label: t('Contact'), widget: 'radios' },
        { field: 'pets', label: t('Pets'), widget: 'checkboxes' },
      ],
      next: 'members',
    },
    {
      id: 'members',
      type: 'addAnother',
      group: 'members',
      title: t('People who live with you'),
      itemName: t('person'),
      summaryField: 'memberName',
      components: [{ field: 'memberName', label: t('Their name') }],
      next: 'home',
    },
    {
      id: 'home',
      type: 'question',
      components: [{ field: 'home', label: t('Your address') }],
      next: 'money',
    },
    {
      id: 'money',
      type: 'question',
      title: t('Money and dates'),
      components: [
        { field: 'rent', label: t('Rent') },
        { field: 'moveDate', label: t('Moving date') },
        { field: 'hasCar', label: t('Car') },
      ],
      next: 'evidence',
    },
    {
      id: 'evidence',
      type: 'question',
      components: [{ field: 'proof', label: t('Proof') }],
      next: 'check-eligible',
    },
    {
      id: 'check-eligible',
      type: 'eligibility',
      rules: [
        {
          id: 'told-us',
          when: 'answered(story)',
          result: 'eligible',
          reason: t('Eligible because'),
          source: `Act ${PAYLOAD}`,
          next: 'check',
        },
      ],
      otherwise: { result: 'ineligible', reason: t('Not eligible because'), next: 'not-eligible' },
    },
    {
      id: 'check',
      type: 'checkAnswers',
      title: t('Check'),
      declaration: t('Declaration'),
      submitLabel: t('Send'),
      next: 'decision',
    },
    {
      id: 'decision',
      type: 'approval',
      tasks: [
        {
          id: 'review',
          title: `Review ${PAYLOAD}`,
          roles: ['officer'],
          decisions: ['approve', 'reject', 'requestMoreInformation'],
          deadline: { workingDays: 10 },
        },
      ],
      next: { approved: 'approved', rejected: 'refused' },
    },
    {
      id: 'approved',
      type: 'end',
      outcome: 'approved',
      title: t('Approved'),
      body: t('Approved body'),
      whatHappensNext: t('Next'),
      contact: t('Contact us'),
    },
    { id: 'refused', type: 'end', outcome: 'rejected', title: t('Refused'), alternatives: t('Alternatives') },
    {
      id: 'not-eligible',
      type: 'end',
      outcome: 'ineligible',
      title: t('Not eligible'),
      alternatives: t('Other help'),
    },
  ],
} as unknown as Journey;

/** Answers carrying the payload wherever an answer is free text. */
export const INJECTION_ANSWERS = {
  name: { fullName: PAYLOAD },
  about: { story: `${PAYLOAD}\n\n${PAYLOAD}`, contactBy: 'email', pets: ['cat'] },
  member: { memberName: PAYLOAD },
  home: { home: { line1: PAYLOAD, line2: PAYLOAD, town: `Town ${PAYLOAD}`, postcode: 'SA46 0AA' } },
  money: { rent: 12_345, moveDate: '2026-01-02', hasCar: true },
};

/** A file name that would be markup if written into a page unescaped. */
export const HOSTILE_FILE_NAME = `<img src=x onerror="window.__fpInjected=4">${PAYLOAD.slice(0, 40)}.txt`;
