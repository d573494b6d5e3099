import fc from 'fast-check';
import { hostileExpression } from './expression-sources';
import { regexSource } from './regex-arbitraries';

/*
 * Journeys generated from the shapes of journey.schema.json: a data model of every field type,
 * steps of every type, and references (next, goTo, group, field, start) drawn from a pool that
 * mixes the ids that exist with ids that do not, so most journeys get past the structural schema
 * and into the semantic checks (references, reachability, expressions, patterns, translations).
 */

const SCALAR_TYPES = [
  'text',
  'longText',
  'number',
  'money',
  'date',
  'yesNo',
  'email',
  'phone',
  'postcode',
  'address',
  'file',
];
const STEP_IDS = ['first', 'second', 'third', 'fourth', 'check', 'decide', 'done', 'refused'];
const FIELD_NAMES = [
  'name',
  'age',
  'income',
  'choice',
  'picks',
  'members',
  'moved',
  'constructor',
  '__proto__',
  'toString',
];
const MISSING_STEP = ['nowhere', 'First', 'first ', ''];

const text = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'A question',
      'Rhywbeth',
      '<script>alert(1)</script>',
      '{{ 7*7 }}',
      // A template literal's placeholder, as text: a journey text is never evaluated as code.
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholder is the payload
      '${process.exit()}',
    ),
  },
  {
    weight: 2,
    arbitrary: fc.record(
      { en: fc.constantFrom('Hello', '<b>bold</b>'), cy: fc.constantFrom('Helo', '') },
      { requiredKeys: ['en'] },
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom('', { cy: 'Helo' }, { en: 'x', xx: 'y' }, 42) },
);

const option = fc.record(
  {
    value: fc.constantFrom('yes', 'no', 'maybe', 'none', '__proto__', 'Yes!'),
    label: text,
    exclusive: fc.boolean(),
  },
  { requiredKeys: ['value', 'label'] },
);

const scalarField = fc.record(
  { type: fc.constantFrom(...SCALAR_TYPES), personalData: fc.boolean() },
  { requiredKeys: ['type'] },
);
const choiceField = fc.record({
  type: fc.constantFrom('singleChoice', 'multipleChoice'),
  options: fc.array(option, { minLength: 0, maxLength: 4 }),
});
const groupField = fc.record(
  {
    type: fc.constant('group'),
    minItems: fc.integer({ min: -1, max: 3 }),
    maxItems: fc.integer({ min: 0, max: 5 }),
    fields: fc.dictionary(fc.constantFrom('name', 'age', 'constructor'), fc.oneof(scalarField, choiceField), {
      minKeys: 0,
      maxKeys: 3,
    }),
  },
  { requiredKeys: ['type', 'fields'] },
);
const field = fc.oneof(
  { weight: 4, arbitrary: scalarField },
  { weight: 2, arbitrary: choiceField },
  { weight: 1, arbitrary: groupField },
);

const stepRef = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...STEP_IDS) },
  { weight: 1, arbitrary: fc.constantFrom(...MISSING_STEP) },
);
const fieldRef = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...FIELD_NAMES) },
  { weight: 1, arbitrary: fc.constantFrom('nope', 'Name', '') },
);
const expression = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom('age >= 16', 'income < £100', 'moved', 'choice = "yes"', 'count(members) > 0'),
  },
  { weight: 2, arbitrary: hostileExpression },
);
const next = fc.oneof(
  { weight: 4, arbitrary: stepRef },
  {
    weight: 2,
    arbitrary: fc.array(fc.record({ when: expression, goTo: stepRef }, { requiredKeys: ['goTo'] }), {
      minLength: 1,
      maxLength: 3,
    }),
  },
);

const validation = fc.record(
  {
    min: fc.integer({ min: -5, max: 100 }),
    max: fc.integer({ min: -5, max: 100 }),
    minLength: fc.integer({ min: 0, max: 10 }),
    maxLength: fc.integer({ min: 0, max: 10 }),
    pattern: fc.oneof(regexSource, fc.constantFrom('(a+)+$', '[', '^[A-Z]{2}[0-9]{6}$', '\\1(a)')),
    past: fc.boolean(),
    future: fc.boolean(),
    notBefore: fc.constantFrom('2020-01-01', '2020-02-30', 'yesterday'),
  },
  { requiredKeys: [] },
);

const component = fc.record(
  {
    field: fieldRef,
    label: text,
    hint: text,
    optional: fc.boolean(),
    showIf: expression,
    widget: fc.constantFrom('radios', 'select', 'checkboxes', 'textarea', 'characterCount'),
    validation,
  },
  { requiredKeys: ['field', 'label'] },
);

function step(id: string): fc.Arbitrary<Record<string, unknown>> {
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record(
        {
          id: fc.constant(id),
          type: fc.constant('question'),
          title: text,
          components: fc.array(component, { minLength: 1, maxLength: 3 }),
          next,
        },
        { requiredKeys: ['id', 'type', 'components', 'next'] },
      ),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        id: fc.constant(id),
        type: fc.constant('content'),
        title: text,
        body: text,
        next,
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        id: fc.constant(id),
        type: fc.constant('branch'),
        next: fc.array(fc.record({ when: expression, goTo: stepRef }, { requiredKeys: ['goTo'] }), {
          minLength: 1,
          maxLength: 3,
        }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        id: fc.constant(id),
        type: fc.constant('eligibility'),
        rules: fc.array(
          fc.record({
            id: fc.constantFrom('rule-a', 'rule-b'),
            when: expression,
            result: fc.constantFrom('eligible', 'ineligible', 'furtherAssessment'),
            reason: text,
            next: stepRef,
          }),
          { minLength: 1, maxLength: 2 },
        ),
        otherwise: fc.record({
          result: fc.constantFrom('eligible', 'ineligible'),
          reason: text,
          next: stepRef,
        }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        id: fc.constant(id),
        type: fc.constant('addAnother'),
        group: fieldRef,
        title: text,
        itemName: text,
        components: fc.array(component, { minLength: 1, maxLength: 2 }),
        next,
      }),
    },
    { weight: 1, arbitrary: fc.record({ id: fc.constant(id), type: fc.constant('checkAnswers'), next }) },
    {
      weight: 1,
      arbitrary: fc.record({
        id: fc.constant(id),
        type: fc.constant('approval'),
        tasks: fc.array(
          fc.record(
            {
              id: fc.constantFrom('review', 'check'),
              title: fc.constant('Review'),
              roles: fc.constantFrom(['officer'], ['officer', 'nobody'], []),
              decisions: fc.constantFrom(
                ['approve', 'reject'],
                ['approve', 'reject', 'requestMoreInformation'],
                ['approve'],
              ),
              deadline: fc.oneof(
                fc.record({ workingDays: fc.integer({ min: 0, max: 400 }) }),
                fc.record({ duration: fc.constantFrom('P10D', 'PT1S', 'P', 'P1Y2M3W4DT5H6M7S') }),
              ),
              onDeadline: fc.constantFrom(
                { action: 'escalate', role: 'officer' },
                { action: 'decide', decision: 'reject' },
                { action: 'escalate', role: 'ghost' },
              ),
            },
            { requiredKeys: ['id', 'title', 'roles', 'decisions'] },
          ),
          { minLength: 1, maxLength: 2 },
        ),
        next: fc.oneof(fc.record({ approved: stepRef, rejected: stepRef }), stepRef),
      }),
    },
    { weight: 1, arbitrary: fc.record({ id: fc.constant(id), type: fc.constant('feedback'), next }) },
    {
      weight: 2,
      arbitrary: fc.record({
        id: fc.constant(id),
        type: fc.constant('end'),
        outcome: fc.constantFrom('submitted', 'approved', 'ineligible', 'rejected', 'withdrawn'),
        title: text,
      }),
    },
  );
}

/** A whole journey in the schema's shape, with the kind of mistakes (and attacks) authors make. */
export const generatedJourney: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    stepCount: fc.integer({ min: 1, max: STEP_IDS.length }),
    fields: fc.dictionary(fc.constantFrom(...FIELD_NAMES), field, { minKeys: 0, maxKeys: 6 }),
    languages: fc.constantFrom(['en'], ['en', 'cy'], ['cy', 'en'], []),
    start: stepRef,
    roles: fc.constantFrom(
      [{ id: 'officer', name: 'Officer' }],
      [],
      [
        { id: 'officer', name: 'A' },
        { id: 'officer', name: 'B' },
      ],
    ),
  })
  .chain((j) =>
    fc.tuple(...STEP_IDS.slice(0, j.stepCount).map(step)).map((steps) => ({
      id: 'generated',
      version: '1.0.0',
      title: 'Generated journey',
      description: 'Made by the reliability suite',
      serviceArea: 'other',
      owner: { name: 'Reliability suite' },
      languages: j.languages,
      roles: j.roles,
      // Built as parsed JSON is, so a field literally named __proto__ is an own key.
      fields: JSON.parse(
        JSON.stringify(
          Object.entries(j.fields).reduce<Record<string, unknown>>((all, [k, v]) => {
            Object.defineProperty(all, k, { value: v, enumerable: true, writable: true, configurable: true });
            return all;
          }, {}),
        ),
      ),
      start: j.start,
      steps,
    })),
  );
