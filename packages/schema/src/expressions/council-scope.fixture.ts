/**
 * Shared by the tests: a data model drawn from real council services (Blue
 * Badge, free school meals, homelessness) and helpers to parse and compare trees.
 */
import type { ExprNode } from './ast';
import { evaluateExpression } from './evaluate';
import { parseExpression } from './parser';
import type { EvaluationResult, ExpressionScope } from './types';

export const councilScope: ExpressionScope = {
  fields: {
    fullName: { type: 'text' },
    email: { type: 'email' },
    postcode: { type: 'postcode' },
    dateOfBirth: { type: 'date' },
    moveInDate: { type: 'date' },
    noticeDate: { type: 'date' },
    tenancyStartDate: { type: 'date' },
    applicationDate: { type: 'date' },
    nationalInsuranceNumber: { type: 'text' },
    receivesPip: { type: 'yesNo' },
    isRenting: { type: 'yesNo' },
    pipMovingAroundPoints: { type: 'number' },
    pipPlanningJourneysPoints: { type: 'number' },
    noticeExpiryDate: { type: 'date' },
    isCareLeaver: { type: 'yesNo' },
    fleeingDomesticAbuse: { type: 'yesNo' },
    householdSize: { type: 'number' },
    weeklyHours: { type: 'number' },
    bedrooms: { type: 'number' },
    bedroomsNeeded: { type: 'number' },
    earnedIncome: { type: 'money' },
    monthlyRent: { type: 'money' },
    benefits: { type: 'multipleChoice', options: ['pip', 'dla', 'esa', 'universalCredit', 'pensionCredit'] },
    housingSituation: { type: 'singleChoice', options: ['rough', 'sofaSurfing', 'notice', 'safe'] },
    reasonForApplying: { type: 'longText' },
    homeAddress: { type: 'address' },
    proofOfBenefit: { type: 'file' },
    householdMembers: {
      type: 'group',
      fields: {
        name: { type: 'text' },
        age: { type: 'number' },
        dateOfBirth: { type: 'date' },
        relationship: { type: 'singleChoice', options: ['partner', 'child', 'parent', 'other'] },
        income: { type: 'money' },
        isPregnant: { type: 'yesNo' },
      },
    },
  },
};

/** Parses source that the test expects to be valid. */
export function parse(source: string): ExprNode {
  const result = parseExpression(source);
  if (!result.ok) throw new Error(`Unexpected parse error in ${source}: ${result.error.message}`);
  return result.ast;
}

/** Evaluates source against answers, with the council data model and a fixed today. */
export function run(
  source: string,
  answers: Record<string, unknown>,
  today = '2026-04-01',
): EvaluationResult {
  return evaluateExpression(parse(source), { answers, today, scope: councilScope });
}

/** The value of a successful evaluation; fails the test on an error. */
export function evaluated(
  source: string,
  answers: Record<string, unknown> = {},
  today = '2026-04-01',
): unknown {
  const result = run(source, answers, today);
  if (!result.ok) throw new Error(`Unexpected evaluation error in ${source}: ${result.error.message}`);
  return result.value;
}

/** A tree without its spans, for comparing structure. */
export function withoutSpans(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutSpans);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => key !== 'span')
      .map(([key, value]) => [key, withoutSpans(value)]),
  );
}
