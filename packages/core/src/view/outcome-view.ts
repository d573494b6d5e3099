import type { Journey, Text } from '@fingerpost/schema';
import { textFor } from '../forms/index';
import type { HistoryEvent } from '../history';
import type { EligibilityRecord } from '../machine/context';
import type { EligibilityView, OutcomeView } from '../view-types';

const orNull = (text: Text | undefined, language: string) =>
  text === undefined ? null : textFor(text, language);

/** The eligibility rule that decided, with its reason in the resident's language. */
export function eligibilityView(
  journey: Journey,
  record: EligibilityRecord | null,
  language: string,
): EligibilityView | null {
  if (!record) return null;
  const step = journey.steps.find((s) => s.id === record.stepId);
  if (step?.type !== 'eligibility') return null;
  const rule = step.rules.find((r) => r.id === record.rule) ?? step.otherwise;
  return {
    stepId: record.stepId,
    result: record.result,
    rule: record.rule,
    reason: textFor(rule.reason, language),
  };
}

function automaticReason(history: readonly HistoryEvent[]): string | null {
  for (let i = history.length - 1; i >= 0; i--) {
    const event = history[i];
    if (event?.type === 'deadlinePassed' && event.data.action === 'decide') {
      return typeof event.data.reason === 'string' ? event.data.reason : null;
    }
    if (event?.type === 'decided') return typeof event.data.reason === 'string' ? event.data.reason : null;
  }
  return null;
}

/**
 * How the application ended: the end step's texts, with the reason: the eligibility rule's for an
 * ineligible outcome, the decision's reason for a rejection.
 */
export function outcomeView(
  journey: Journey,
  state: string,
  eligibility: EligibilityView | null,
  history: readonly HistoryEvent[],
  language: string,
): OutcomeView {
  const end = journey.steps.find((s) => s.id === state);
  if (end?.type !== 'end') {
    const title =
      language === 'cy' ? 'Rydych wedi tynnu’ch cais yn ôl' : 'You have withdrawn your application';
    return {
      kind: 'withdrawn',
      stepId: null,
      title,
      body: null,
      whatHappensNext: null,
      alternatives: null,
      contact: null,
      reason: null,
      rule: null,
    };
  }
  const byEligibility = end.outcome === 'ineligible' && eligibility !== null;
  return {
    kind: end.outcome,
    stepId: end.id,
    title: textFor(end.title, language),
    body: orNull(end.body, language),
    whatHappensNext: orNull(end.whatHappensNext, language),
    alternatives: orNull(end.alternatives, language),
    contact: orNull(end.contact, language),
    reason: byEligibility ? eligibility.reason : end.outcome === 'rejected' ? automaticReason(history) : null,
    rule: byEligibility ? eligibility.rule : null,
  };
}
