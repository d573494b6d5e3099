// Writes test/fixtures/invalid/*.json: each one the valid bus-pass journey broken in one way, with
// the exact error it must produce listed in test/fixtures/invalid/expected.json.
// Run it after changing the base journey: node scripts/make-invalid-fixtures.mjs
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures');
const base = JSON.parse(readFileSync(join(root, 'valid', 'bus-pass.json'), 'utf8'));
const cy = (en) => ({ en, cy: `${en} (cy)` });

// [fixture name, mutation, expected [code, path] pairs]
const cases = [
  ['schema-required', (j) => delete j.title, [['schema.required', '']]],
  [
    'schema-additional-property',
    (j) => {
      const c = j.steps[0].components[0];
      c.lable = c.label;
      delete c.label;
    },
    [
      ['schema.required', '/steps/0/components/0'],
      ['schema.additionalProperties', '/steps/0/components/0/lable'],
    ],
  ],
  ['schema-unknown-step-type', (j) => (j.steps[7].type = 'finish'), [['schema.discriminator', '/steps/7']]],
  ['schema-enum', (j) => (j.steps[9].outcome = 'refused'), [['schema.enum', '/steps/9/outcome']]],
  ['schema-text-shape', (j) => (j.title = 42), [['schema.oneOf', '/title']]],
  ['schema-step-id-pattern', (j) => (j.steps[7].id = 'Pass Approved'), [['schema.pattern', '/steps/7/id']]],
  [
    'duplicate-step-id',
    (j) => j.steps.push({ ...j.steps[7] }),
    [['journey.duplicate-step-id', '/steps/10/id']],
  ],
  [
    'duplicate-rule-id',
    (j) => (j.steps[2].rules[1].id = 'outside-area'),
    [['journey.duplicate-rule-id', '/steps/2/rules/1/id']],
  ],
  [
    'duplicate-task-id',
    (j) => j.steps[6].tasks.push({ ...j.steps[6].tasks[0] }),
    [['journey.duplicate-task-id', '/steps/6/tasks/1/id']],
  ],
  [
    'duplicate-role-id',
    (j) => j.roles.push({ id: 'travel-officer', name: 'Another' }),
    [['journey.duplicate-role-id', '/roles/1/id']],
  ],
  [
    'duplicate-option',
    (j) => j.fields.contactBy.options.push({ value: 'post', label: cy('Letter') }),
    [['journey.duplicate-option', '/fields/contactBy/options/2/value']],
  ],
  [
    'default-not-last',
    (j) => (j.steps[3].next = [{ goTo: 'companions' }, { goTo: 'check-answers' }]),
    [['journey.default-not-last', '/steps/3/next/0']],
  ],
  [
    'missing-default',
    (j) => (j.steps[3].next = [{ when: 'contactBy = "post"', goTo: 'companions' }]),
    [['journey.missing-default', '/steps/3/next/0']],
  ],
  [
    'unknown-step',
    (j) => (j.steps[3].next[0].goTo = 'companion'),
    [['journey.unknown-step', '/steps/3/next/0/goTo']],
  ],
  ['unknown-start', (j) => (j.start = 'date-of-brith'), [['journey.unknown-step', '/start']]],
  [
    'unknown-field',
    (j) => (j.steps[1].components[0].field = 'livesInTheArea'),
    [['journey.unknown-field', '/steps/1/components/0/field']],
  ],
  [
    'unknown-summary-field',
    (j) => (j.steps[4].summaryField = 'fullName'),
    [['journey.unknown-field', '/steps/4/summaryField']],
  ],
  [
    'group-needs-add-another',
    (j) => (j.steps[1].components[0].field = 'companions'),
    [['journey.group-needs-add-another', '/steps/1/components/0/field']],
  ],
  ['not-a-group', (j) => (j.steps[4].group = 'livesInArea'), [['journey.not-a-group', '/steps/4/group']]],
  ['title-required', (j) => delete j.steps[3].title, [['journey.title-required', '/steps/3']]],
  [
    'unknown-role',
    (j) => (j.steps[6].tasks[0].roles = ['travel-oficer']),
    [['journey.unknown-role', '/steps/6/tasks/0/roles/0']],
  ],
  [
    'unknown-escalation-role',
    (j) => (j.steps[6].tasks[0].onDeadline = { action: 'escalate', role: 'manager' }),
    [['journey.unknown-role', '/steps/6/tasks/0/onDeadline/role']],
  ],
  [
    'not-a-page',
    (j) => (j.steps[6].tasks[0].revisitable = ['check-answers']),
    [['journey.not-a-page', '/steps/6/tasks/0/revisitable/0']],
  ],
  [
    'unknown-set-field',
    (j) => (j.steps[6].onApproved.set = { passExpiry: 'addYears(today(), 5)' }),
    [['journey.unknown-field', '/steps/6/onApproved/set/passExpiry']],
  ],
  [
    'not-an-email-field',
    (j) =>
      (j.outputs = [
        {
          type: 'email',
          id: 'confirmation',
          templateId: 'f33517ff-2a88-4f6e-b855-c550268ce08a',
          to: 'dateOfBirth',
        },
      ]),
    [['journey.not-an-email-field', '/outputs/0/to']],
  ],
  [
    'no-end-step',
    (j) => {
      j.start = 'loop';
      j.roles = [];
      j.steps = [
        { id: 'loop', type: 'content', title: cy('Loop'), body: cy('Round and round'), next: 'loop' },
      ];
    },
    [['journey.no-end-step', '/steps']],
  ],
  [
    'unreachable-step',
    (j) =>
      j.steps.push({
        id: 'orphan',
        type: 'content',
        title: cy('Orphan'),
        body: cy('Nobody links here'),
        next: 'pass-approved',
      }),
    [['journey.unreachable-step', '/steps/10']],
  ],
  [
    'no-route-to-end',
    (j) => {
      j.steps[3].next[0].goTo = 'loop';
      j.steps.push({
        id: 'loop',
        type: 'content',
        title: cy('Loop'),
        body: cy('Round and round'),
        next: 'loop',
      });
    },
    [['journey.no-route-to-end', '/steps/10']],
  ],
  [
    'widget-not-applicable',
    (j) => (j.steps[0].components[0].widget = 'radios'),
    [['journey.widget-not-applicable', '/steps/0/components/0/widget']],
  ],
  [
    'widget-address-lookup-not-address',
    (j) => (j.steps[0].components[0].widget = 'addressLookup'),
    [['journey.widget-not-applicable', '/steps/0/components/0/widget']],
  ],
  [
    'validation-not-applicable',
    (j) => (j.steps[0].components[0].validation.maxLength = 10),
    [['journey.validation-not-applicable', '/steps/0/components/0/validation/maxLength']],
  ],
  [
    'validation-range',
    (j) => (j.steps[0].components[0].validation = { notBefore: '2000-01-01', notAfter: '1990-01-01' }),
    [['journey.validation-range', '/steps/0/components/0/validation/notBefore']],
  ],
  [
    'invalid-pattern',
    (j) => (j.steps[4].components[0].validation = { pattern: '[a-z' }),
    [['journey.invalid-pattern', '/steps/4/components/0/validation/pattern']],
  ],
  [
    'unsafe-pattern',
    (j) => (j.steps[4].components[0].validation = { pattern: '^(\\w+\\s?)+$' }),
    [['journey.unsafe-pattern', '/steps/4/components/0/validation/pattern']],
  ],
  [
    'exclusive-not-applicable',
    (j) => (j.fields.contactBy.options[1].exclusive = true),
    [['journey.exclusive-not-applicable', '/fields/contactBy/options/1/exclusive']],
  ],
  [
    'missing-translation',
    (j) => (j.steps[1].components[0].label = 'Do you live in the borough?'),
    [['journey.missing-translation', '/steps/1/components/0/label']],
  ],
  [
    'undeclared-language',
    (j) => (j.title.fr = 'Demander un pass de bus'),
    [['journey.undeclared-language', '/title/fr']],
  ],
  [
    'expression-syntax',
    (j) => (j.steps[2].rules[1].when = 'ageInYears(dateOfBirth) >='),
    [['expression.syntax', '/steps/2/rules/1/when']],
  ],
  [
    'expression-unknown-field',
    (j) => (j.steps[2].rules[1].when = 'ageInYears(dateOfBrith) >= 66'),
    [['expression.unknown-field', '/steps/2/rules/1/when']],
  ],
  [
    'expression-type-mismatch',
    (j) => (j.steps[2].rules[1].when = 'dateOfBirth >= 66'),
    [['expression.type-mismatch', '/steps/2/rules/1/when']],
  ],
  [
    'expression-unknown-option',
    (j) => (j.steps[3].next[0].when = 'contactBy = "phone"'),
    [['expression.unknown-option', '/steps/3/next/0/when']],
  ],
  [
    'expression-not-boolean',
    (j) => (j.steps[2].rules[1].when = 'ageInYears(dateOfBirth)'),
    [['expression.not-boolean', '/steps/2/rules/1/when']],
  ],
  [
    'expression-unknown-function',
    (j) => (j.steps[2].rules[1].when = 'ageInYear(dateOfBirth) >= 66'),
    [['expression.unknown-function', '/steps/2/rules/1/when']],
  ],
  [
    'expression-arity',
    (j) => (j.steps[2].rules[1].when = 'ageInYears(dateOfBirth, today()) >= 66'),
    [['expression.arity', '/steps/2/rules/1/when']],
  ],
  [
    'expression-show-if',
    (j) => (j.steps[3].components[1].showIf = 'contactBy = "e-mail"'),
    [['expression.unknown-option', '/steps/3/components/1/showIf']],
  ],
  [
    'expression-set-type',
    (j) => (j.steps[6].onApproved.set.passExpires = 'ageInYears(dateOfBirth)'),
    [['expression.type-mismatch', '/steps/6/onApproved/set/passExpires']],
  ],
  [
    'payment-amount-not-money',
    (j) => {
      j.steps[5].next = 'pay-fee';
      j.steps.push({
        id: 'pay-fee',
        type: 'payment',
        title: cy('Pay for your bus pass'),
        description: cy('Bus pass replacement fee'),
        amount: 'ageInYears(dateOfBirth)',
        next: 'officer-check',
      });
    },
    [['expression.type-mismatch', '/steps/10/amount']],
  ],
];

const dir = join(root, 'invalid');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const expected = {};
for (const [name, mutate, errors] of cases) {
  const journey = structuredClone(base);
  delete journey.$schema;
  mutate(journey);
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(journey, null, 2)}\n`);
  expected[name] = errors.map(([code, path]) => ({ code, path }));
}
writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
console.log(`wrote ${cases.length} invalid fixtures`);
