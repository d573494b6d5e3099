import type { ScenarioFile } from '@fingerpost/schema';
import { describe, expect, it } from 'vitest';
import { busPass } from '../explore/test-journeys.fixture';
import { checkScenarioFile } from './scenario-check';
import { validateScenarioFile } from './scenario-file';

function fileWith(actions: unknown[], expectation: unknown = { status: 'completed' }): unknown {
  return { journey: 'older-persons-bus-pass', scenarios: [{ name: 'One', actions, expect: expectation }] };
}

function errorsOf(value: unknown) {
  const checked = validateScenarioFile(value);
  return checked.ok ? [] : checked.errors.map((e) => `${e.path}: ${e.message}`);
}

describe('validating a scenario file against scenario.schema.json', () => {
  it('accepts a well-formed file', () => {
    const checked = validateScenarioFile(
      fileWith([
        { submit: 'date-of-birth', answers: { dateOfBirth: '1950-01-01' } },
        { decide: 'check-proof-of-age', decision: 'approve', role: 'travel-officer' },
        { advanceClock: 'P7D' },
        { expect: { openTasks: [] } },
      ]),
    );
    expect(checked.ok).toBe(true);
  });

  it('names the file-level problems by JSON Pointer', () => {
    expect(errorsOf({ journey: 'x' })).toEqual(['/: "scenarios" is missing']);
    expect(
      errorsOf({ journey: 'x', scenarios: [{ name: 'One', now: 'tomorrow', actions: [], expect: {} }] }),
    ).toEqual(['/scenarios/0/now: "tomorrow" is not a date-time such as 2026-03-02T09:00:00Z']);
    expect(errorsOf(fileWith([], { status: 'done' }))).toEqual([
      '/scenarios/0/expect/status: "done" is not allowed; use one of: inProgress, awaitingDecision, moreInformationRequested, completed',
    ]);
  });

  it('checks each action as the kind its key names, not against every alternative', () => {
    expect(
      errorsOf(fileWith([{ submit: 'a' }, { decide: 'check-proof-of-age', decision: 'accept' }])),
    ).toEqual([
      '/scenarios/0/actions/1: "role" is missing',
      '/scenarios/0/actions/1/decision: "accept" is not allowed; use one of: approve, reject, requestMoreInformation',
    ]);
    expect(errorsOf(fileWith([{ advanceClock: '7 days' }]))).toEqual([
      '/scenarios/0/actions/0/advanceClock: "7 days" is not an ISO 8601 duration such as P7D or PT48H',
    ]);
    expect(errorsOf(fileWith([{ submit: 'a', anwsers: {} }]))).toEqual([
      '/scenarios/0/actions/0/anwsers: unknown property "anwsers"; allowed here: submit, answers, expectErrors',
    ]);
    expect(errorsOf(fileWith([{ press: 'continue' }]))).toEqual([
      '/scenarios/0/actions/0: an action needs one of: submit, addItem, back, change, decide, advanceClock, feedback, withdraw, pay, expect',
    ]);
  });
});

describe('checking a scenario file against its journey', () => {
  const file = (actions: unknown[], expectation: unknown = {}) =>
    fileWith(actions, expectation) as ScenarioFile;

  it('finds nothing wrong with names the journey has, including a date posted in parts', () => {
    const errors = checkScenarioFile(
      busPass,
      file(
        [
          {
            submit: 'date-of-birth',
            answers: { 'dateOfBirth-day': '1', 'dateOfBirth-month': '2', 'dateOfBirth-year': '1950' },
          },
          { decide: 'check-proof-of-age', decision: 'approve', role: 'travel-officer' },
          { decide: 'nobody', decision: 'approve', role: 'mayor', expectError: 'task.unknown' },
        ],
        { eligibility: { rule: 'otherwise' }, answers: { passExpires: '2031-01-05' } },
      ),
    );
    expect(errors).toEqual([]);
  });

  it('names unknown steps, answers, tasks, roles, rules and fields, with a suggestion', () => {
    const errors = checkScenarioFile(
      busPass,
      file(
        [
          { submit: 'contakt' },
          { submit: 'contact', answers: { email: 'a@b.c' } },
          { decide: 'check-proof-of-age', decision: 'approve', role: 'officer' },
          { expect: { step: 'pass-aproved' } },
        ],
        { eligibility: { rule: 'pension' }, answers: { dob: '1950-01-01' }, openTasks: ['check-proof'] },
      ),
    );
    expect(errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      '/scenarios/0/actions/0/submit: There is no step "contakt" in the journey. Did you mean "contact"?',
      '/scenarios/0/actions/1/answers/email: "contact" does not ask "email"; it asks contactBy, emailAddress',
      '/scenarios/0/actions/2/role: There is no role "officer" in the journey',
      '/scenarios/0/actions/3/expect/step: There is no step "pass-aproved" in the journey. Did you mean "pass-approved"?',
      '/scenarios/0/expect/eligibility/rule: There is no eligibility rule "pension" in the journey',
      '/scenarios/0/expect/answers/dob: There is no field "dob" in the journey',
      '/scenarios/0/expect/openTasks/0: There is no task "check-proof" in the journey',
    ]);
  });

  it('refuses scenarios written for another journey or version', () => {
    const other = {
      journey: 'blue-badge',
      version: '2.0.0',
      scenarios: [{ name: 'x', actions: [], expect: {} }],
    } as ScenarioFile;
    expect(checkScenarioFile(busPass, other).map((e) => e.code)).toEqual([
      'scenario.wrong-journey',
      'scenario.wrong-version',
    ]);
  });
});
