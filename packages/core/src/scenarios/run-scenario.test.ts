import type { Scenario, ScenarioAction, ScenarioFile } from '@fingerpost/schema';
import { describe, expect, it } from 'vitest';
import { premisesLicence } from '../../test/fixtures/approvals';
import { busPass } from '../explore/test-journeys.fixture';
import { runScenario, runScenarioFile } from './run-scenario';

const TASK = 'check-proof-of-age';
const OFFICER = 'travel-officer';

const toCheckAnswers: ScenarioAction[] = [
  {
    submit: 'date-of-birth',
    answers: { 'dateOfBirth-day': '27', 'dateOfBirth-month': '3', 'dateOfBirth-year': '1950' },
  },
  { submit: 'lives-in-area', answers: { livesInArea: 'yes' } },
  { expect: { step: 'contact', eligibility: { result: 'eligible', rule: 'pension-age' } } },
  { submit: 'contact', answers: { contactBy: 'email', emailAddress: 'ann@example.com' } },
  { addItem: 'companions', answers: { name: 'Bob Smith' } },
  { submit: 'companions' },
];

const approved: Scenario = {
  name: 'A pensioner in the borough gets a pass',
  actions: [
    ...toCheckAnswers,
    { submit: 'check-answers' },
    { expect: { status: 'awaitingDecision', openTasks: [TASK] } },
    { decide: TASK, decision: 'approve', role: OFFICER, actor: 'officer-1' },
  ],
  expect: {
    status: 'completed',
    step: 'pass-approved',
    outcome: 'approved',
    answers: { emailAddress: 'ann@example.com', passExpires: '2031-01-05', livesInArea: 'yes' },
  },
};

function failuresOf(actions: ScenarioAction[], expectation: Scenario['expect'] = {}): string[] {
  return runScenario(busPass, { name: 'checking', actions, expect: expectation }).failures;
}

describe('a scenario that holds', () => {
  const result = runScenario(busPass, approved);

  it('passes, with no failures', () => {
    expect(result.failures).toEqual([]);
    expect(result.passed).toBe(true);
    expect(result.name).toBe('A pensioner in the borough gets a pass');
  });

  it('records the steps, edges and eligibility rules it went through', () => {
    expect(result.trace).toEqual([
      'date-of-birth',
      'lives-in-area',
      'check-eligibility',
      'contact',
      'companions',
      'check-answers',
      'officer-check',
      'pass-approved',
    ]);
    expect(result.eligibilityRules).toEqual(['check-eligibility/pension-age']);
    expect(result.transitions).toContainEqual(['lives-in-area', 'check-eligibility']);
    expect(result.transitions).toContainEqual(['check-eligibility', 'contact']);
    expect(result.transitions).toContainEqual(['officer-check', 'pass-approved']);
  });

  it('checks answers dropped when a change takes another branch', () => {
    const changed = failuresOf(
      [
        ...toCheckAnswers,
        { change: 'contact' },
        { submit: 'contact', answers: { contactBy: 'post' } },
        { expect: { step: 'check-answers' } },
      ],
      { answers: { emailAddress: null, contactBy: 'post' } },
    );
    expect(changed).toEqual([]);
  });

  it('runs on the clock the scenario gives', () => {
    const turning66: ScenarioAction[] = [
      { submit: 'date-of-birth', answers: { dateOfBirth: '1960-06-01' } },
      { submit: 'lives-in-area', answers: { livesInArea: true } },
    ];
    const onBirthday = runScenario(busPass, {
      name: 'on the birthday',
      now: '2026-06-01T09:00:00Z',
      actions: turning66,
      expect: { eligibility: { rule: 'pension-age' } },
    });
    expect(onBirthday.failures).toEqual([]);
    expect(failuresOf(turning66, { eligibility: { rule: 'pension-age' } })).toEqual([
      'expect: eligibility.rule: expected "pension-age" but "otherwise" decided (at "check-eligibility": You have not reached State Pension age yet.)',
    ]);
  });

  it('runs every scenario of a file', () => {
    const file: ScenarioFile = {
      journey: busPass.id,
      scenarios: [approved, { name: 'Wrong', actions: [], expect: { status: 'completed' } }],
    };
    expect(runScenarioFile(busPass, file).map((r) => [r.name, r.passed])).toEqual([
      ['A pensioner in the borough gets a pass', true],
      ['Wrong', false],
    ]);
  });
});

describe('a scenario that does not hold says what and where', () => {
  it('submitting a page the resident is not on stops the scenario', () => {
    expect(
      failuresOf([{ submit: 'lives-in-area', answers: { livesInArea: 'yes' } }, { back: true }], {
        status: 'completed',
      }),
    ).toEqual([
      'actions[0] (submit "lives-in-area"): expected to be on "lives-in-area" but the resident is on "date-of-birth" (the scenario stopped here: 1 later action and the expectations were not checked)',
    ]);
  });

  it('a page refused when no errors were expected', () => {
    expect(failuresOf([{ submit: 'date-of-birth', answers: { dateOfBirth: '2099-01-01' } }])).toEqual([
      'actions[0] (submit "date-of-birth"): the page was rejected: dateOfBirth: Your date of birth must be in the past (past) (the scenario stopped here: the expectations were not checked)',
    ]);
  });

  it('expected errors: exactly those fields and codes', () => {
    expect(
      failuresOf([
        { submit: 'date-of-birth', answers: {}, expectErrors: [{ field: 'dateOfBirth', code: 'required' }] },
      ]),
    ).toEqual([]);
    expect(
      failuresOf([
        { submit: 'date-of-birth', answers: {}, expectErrors: [{ field: 'dateOfBirth', code: 'past' }] },
      ]),
    ).toEqual([
      'actions[0] (submit "date-of-birth"): expected the errors [dateOfBirth: past] but got [dateOfBirth: required]',
    ]);
    expect(
      failuresOf([
        {
          submit: 'date-of-birth',
          answers: { dateOfBirth: '1950-01-01' },
          expectErrors: [{ field: 'dateOfBirth' }],
        },
      ]),
    ).toEqual([
      'actions[0] (submit "date-of-birth"): expected the page to be rejected with [dateOfBirth] but it was accepted and the resident moved on to "lives-in-area" (the scenario stopped here: the expectations were not checked)',
    ]);
  });

  it('each wrong expectation, with what is so instead', () => {
    const failures = failuresOf([...toCheckAnswers], {
      status: 'completed',
      step: 'officer-check',
      outcome: 'approved',
      eligibility: { result: 'ineligible', rule: 'outside-area' },
      answers: { contactBy: 'post', emailAddress: null, passExpires: '2031-01-05' },
      openTasks: [TASK],
    });
    expect(failures).toEqual([
      'expect: status: expected "completed" but it is "inProgress" (on "check-answers")',
      'expect: step: expected "officer-check" but the resident is on "check-answers" (status inProgress)',
      'expect: outcome: expected "approved" but the application has not ended (status inProgress, on "check-answers")',
      'expect: eligibility.rule: expected "outside-area" but "pension-age" decided (at "check-eligibility": You have reached State Pension age.)',
      'expect: eligibility.result: expected "ineligible" but it is "eligible" (rule "pension-age" at "check-eligibility": You have reached State Pension age.)',
      'expect: answers.contactBy: expected "post" but it is "email"',
      'expect: answers.emailAddress: expected it not to be kept, but it is "ann@example.com"',
      'expect: answers.passExpires: expected "2031-01-05" but it is not answered',
      `expect: openTasks: expected [${TASK}] but the open tasks are []`,
    ]);
  });

  it('a check part-way through is reported at its action, and the scenario goes on', () => {
    const failures = failuresOf(
      [{ expect: { step: 'contact' } }, { submit: 'date-of-birth', answers: { dateOfBirth: '1950-01-01' } }],
      {
        step: 'lives-in-area',
      },
    );
    expect(failures).toEqual([
      'actions[0] (expect): step: expected "contact" but the resident is on "date-of-birth" (status inProgress)',
    ]);
  });

  it('decisions: a refusal expected, a different refusal, or none', () => {
    const submitted: ScenarioAction[] = [...toCheckAnswers, { submit: 'check-answers' }];
    expect(
      failuresOf([
        ...submitted,
        { decide: TASK, decision: 'approve', role: 'manager', expectError: 'task.wrong-role' },
      ]),
    ).toEqual([]);
    expect(
      failuresOf([
        ...submitted,
        { decide: TASK, decision: 'approve', role: 'manager', expectError: 'task.closed' },
      ]),
    ).toEqual([
      `actions[7] (decide "${TASK}" approve as manager): expected the decision to be refused with "task.closed" but it was refused with "task.wrong-role": The manager role cannot decide "${TASK}"; it needs travel-officer`,
    ]);
    expect(
      failuresOf([
        ...submitted,
        { decide: TASK, decision: 'approve', role: OFFICER, expectError: 'task.wrong-role' },
      ]),
    ).toEqual([
      `actions[7] (decide "${TASK}" approve as travel-officer): expected the decision to be refused with "task.wrong-role" but it was accepted (the scenario stopped here: the expectations were not checked)`,
    ]);
    expect(
      failuresOf([
        ...submitted,
        { decide: TASK, decision: 'requestMoreInformation', role: OFFICER, pages: ['contact'] },
      ]),
    ).toEqual([
      `actions[7] (decide "${TASK}" requestMoreInformation as travel-officer): the decision was refused: Say what information the resident needs to give [task.comment-required] (the scenario stopped here: the expectations were not checked)`,
    ]);
  });
});

describe('moving the clock', () => {
  it('passes each deadline that falls due to the engine', () => {
    const result = runScenario(premisesLicence, {
      name: 'Deemed granted after 14 days',
      now: '2026-03-02T10:00:00Z',
      actions: [
        { submit: 'premises', answers: { premisesName: 'The Crown', fee: '£190.00' } },
        { submit: 'check' },
        { decide: 'finance-check', decision: 'approve', role: 'finance' },
        { advanceClock: 'P13D' },
        { expect: { status: 'awaitingDecision', openTasks: ['legal-check'] } },
        { advanceClock: 'P1D' },
      ],
      expect: { status: 'completed', outcome: 'approved', step: 'granted', answers: { fee: '£190.00' } },
    });
    expect(result.failures).toEqual([]);
    expect(result.transitions).toContainEqual(['sign-off', 'granted']);
  });

  it('marks a deadline with no automatic decision as passed, leaving the task open', () => {
    const failures = failuresOf(
      [
        ...toCheckAnswers,
        { submit: 'check-answers' },
        { advanceClock: 'P30D' },
        { decide: TASK, decision: 'reject', role: OFFICER },
      ],
      { outcome: 'rejected' },
    );
    expect(failures).toEqual([]);
  });

  it('says when a duration cannot be read', () => {
    expect(failuresOf([{ advanceClock: 'P1X' }])).toEqual([
      'actions[0] (advanceClock P1X): "P1X" is not an ISO 8601 duration such as P7D (the scenario stopped here: the expectations were not checked)',
    ]);
  });
});
