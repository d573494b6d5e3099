// Runs "Report a missed bin" in plain Node with @fingerpost/core: validate the journey, start it,
// answer each page as a resident would, and print every step and the outcome.
// `node index.mjs --check` exits 1 unless the report ends submitted with a reference.
import { readFileSync } from 'node:fs';
import { londonDate, startJourney } from '@fingerpost/core';
import { validateJourney } from '@fingerpost/schema';

const json = JSON.parse(readFileSync(new URL('../report-missed-bin/journey.json', import.meta.url), 'utf8'));
const validation = validateJourney(json);
if (!validation.ok) {
  for (const error of validation.errors) console.error(`${error.path}: ${error.message}`);
  process.exit(1);
}

const clock = () => new Date();
const yesterday = londonDate(new Date(Date.now() - 86_400_000));
const run = startJourney(validation.journey, { clock, reference: 'BIN-EXAMPLE-1' });

// What a resident would type on each page, as their browser would post it.
const answers = {
  'which-bin': { binType: 'rubbish' },
  'collection-date': { collectionDate: yesterday },
  'bin-out-in-time': { binOutInTime: 'yes' },
  'tag-left': { tagLeft: 'no' },
  address: { address: { line1: '1 High Street', town: 'Exampleton', postcode: 'ex1 1aa' } },
  'email-address': { emailAddress: 'resident@example.com' },
  'check-answers': {},
};

let view = run.view();
while (view.status === 'inProgress' && view.step.type !== 'end') {
  const step = view.step;
  console.log(`→ ${step.id}: ${step.title ?? step.components[0]?.label ?? ''}`);
  const result = run.submit(step.id, answers[step.id] ?? {});
  if (!result.ok) {
    console.error(`  refused: ${result.error.message}`);
    for (const field of result.error.fields ?? []) console.error(`  ${field.field}: ${field.message}`);
    process.exit(1);
  }
  view = result.view;
}

console.log(`\nOutcome: ${view.outcome?.kind} — ${view.outcome?.title}`);
if (view.reference) console.log(`Reference: ${view.reference}`);
console.log(
  `History: ${run
    .history()
    .map((e) => e.type)
    .join(', ')}`,
);

if (process.argv.includes('--check') && !(view.outcome?.kind === 'submitted' && view.reference)) {
  console.error('expected the report to be submitted with a reference');
  process.exit(1);
}
