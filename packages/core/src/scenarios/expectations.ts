import type { Journey, ScenarioExpectation } from '@fingerpost/schema';
import { parsePounds } from '../forms/coerce-number';
import type { JourneyView } from '../view-types';

function show(value: unknown): string {
  return value === undefined ? 'not answered' : JSON.stringify(value);
}

function list(values: readonly string[]): string {
  return `[${values.join(', ')}]`;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) =>
    deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/** Lets a scenario write an expected answer as a resident would type it: "£1,250.50", "yes", "12". */
function asStored(expected: unknown, type: string | undefined): unknown {
  if (typeof expected !== 'string') return expected;
  const text = expected.trim();
  if (type === 'money') {
    const parsed = parsePounds(text);
    return 'pence' in parsed ? parsed.pence : expected;
  }
  if (type === 'number' && text !== '' && Number.isFinite(Number(text))) return Number(text);
  if (type === 'yesNo' && (text === 'yes' || text === 'no')) return text === 'yes';
  return expected;
}

function where(view: JourneyView): string {
  return `status ${view.status}, on "${view.step.id}"`;
}

function answerFailures(
  expected: Record<string, unknown>,
  answers: Readonly<Record<string, unknown>>,
  journey: Journey,
): string[] {
  const failures: string[] = [];
  for (const [field, want] of Object.entries(expected)) {
    const actual = answers[field];
    if (want === null) {
      if (actual !== undefined && actual !== null)
        failures.push(`answers.${field}: expected it not to be kept, but it is ${show(actual)}`);
      continue;
    }
    if (!deepEqual(asStored(want, journey.fields[field]?.type), actual))
      failures.push(`answers.${field}: expected ${JSON.stringify(want)} but it is ${show(actual)}`);
  }
  return failures;
}

/**
 * Compares the application's state with what a scenario expects; one message per difference,
 * each saying what was expected and what is so.
 * @example checkExpectation({ status: 'completed' }, run.view(), run.answers, journey) // ['status: expected "completed" but it is "inProgress" (on "contact")']
 */
export function checkExpectation(
  expect: ScenarioExpectation,
  view: JourneyView,
  answers: Readonly<Record<string, unknown>>,
  journey: Journey,
): string[] {
  const failures: string[] = [];
  if (expect.status !== undefined && expect.status !== view.status)
    failures.push(`status: expected "${expect.status}" but it is "${view.status}" (on "${view.step.id}")`);
  if (expect.step !== undefined && expect.step !== view.step.id)
    failures.push(
      `step: expected "${expect.step}" but the resident is on "${view.step.id}" (status ${view.status})`,
    );
  if (expect.outcome !== undefined && expect.outcome !== view.outcome?.kind) {
    failures.push(
      view.outcome
        ? `outcome: expected "${expect.outcome}" but it is "${view.outcome.kind}" (at "${view.step.id}")`
        : `outcome: expected "${expect.outcome}" but the application has not ended (${where(view)})`,
    );
  }
  const eligibility = expect.eligibility;
  if (eligibility) {
    const decided = view.eligibility;
    if (!decided) {
      failures.push(
        `eligibility: expected ${JSON.stringify(eligibility)} but no eligibility rule has decided (${where(view)})`,
      );
    } else {
      const because = `at "${decided.stepId}": ${decided.reason}`;
      if (eligibility.rule !== undefined && eligibility.rule !== decided.rule)
        failures.push(
          `eligibility.rule: expected "${eligibility.rule}" but "${decided.rule}" decided (${because})`,
        );
      if (eligibility.result !== undefined && eligibility.result !== decided.result)
        failures.push(
          `eligibility.result: expected "${eligibility.result}" but it is "${decided.result}" (rule "${decided.rule}" ${because})`,
        );
    }
  }
  if (expect.answers)
    failures.push(...answerFailures(expect.answers as Record<string, unknown>, answers, journey));
  if (expect.openTasks) {
    const open = view.tasks.filter((t) => t.status === 'open').map((t) => t.id);
    const want = [...expect.openTasks].sort();
    if (JSON.stringify([...open].sort()) !== JSON.stringify(want))
      failures.push(`openTasks: expected ${list(expect.openTasks)} but the open tasks are ${list(open)}`);
  }
  if (expect.amountToPay !== undefined) {
    const want = asStored(expect.amountToPay, 'money');
    const asked = view.step.payment?.amount;
    if (asked === undefined)
      failures.push(
        `amountToPay: expected ${JSON.stringify(expect.amountToPay)} but "${view.step.id}" is not a payment step`,
      );
    else if (asked !== want)
      failures.push(
        `amountToPay: expected ${JSON.stringify(expect.amountToPay)} but the step asks ${asked === null ? 'an amount that cannot be worked out' : `${asked}p`}`,
      );
  }
  return failures;
}
