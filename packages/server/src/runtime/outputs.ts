import { evaluateExpression, type Journey, type OutputTrigger, parseExpression } from '@fingerpost/schema';
import type { NewEvent, NewOutboxItem } from '../storage/types';
import { type RandomBytes, uuid } from './ids';

/** What a completed action carries into the outbox. */
export interface OutputContext {
  journey: Journey;
  instanceId: string;
  reference: string | null;
  answers: Readonly<Record<string, unknown>>;
  /** The events the action produced: its triggers are read from them. */
  events: readonly NewEvent[];
  /** The application's events before this action (to tell whether a payment completes a submission). */
  earlier?: ReadonlyArray<Pick<NewEvent, 'type' | 'data'>>;
  /** The action left the application waiting on a payment step. */
  restsOnPayment?: boolean;
  at: string;
  today: string;
  random?: RandomBytes;
}

const paid = (event: Pick<NewEvent, 'type' | 'data'>) =>
  event.type === 'paymentSettled' && (event.data as { state?: string }).state === 'success';

/** Whether the latest submission is still waiting for the payment that follows it. */
function submissionAwaitingPayment(earlier: ReadonlyArray<Pick<NewEvent, 'type' | 'data'>>): boolean {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const event = earlier[i]!;
    if (paid(event)) return false;
    if (event.type === 'applicationSubmitted') return true;
  }
  return false;
}

/**
 * The triggers an action fires: 'submitted' when the resident sends the application (check your
 * answers) or, when a payment step follows check your answers, once that payment has succeeded;
 * and the outcome when the application ends (approved, rejected, ineligible, withdrawn, or
 * submitted for journeys that end on submission). Fired in the same write as the change.
 */
export function triggersOf(
  events: readonly NewEvent[],
  earlier: ReadonlyArray<Pick<NewEvent, 'type' | 'data'>> = [],
  restsOnPayment = false,
): Set<OutputTrigger> {
  const triggers = new Set<OutputTrigger>();
  for (const event of events) {
    if (event.type === 'applicationSubmitted' && !restsOnPayment) triggers.add('submitted');
    if (paid(event) && submissionAwaitingPayment(earlier)) triggers.add('submitted');
    if (event.type === 'completed') {
      const outcome = (event.data as { outcome?: string }).outcome;
      if (
        outcome === 'submitted' ||
        outcome === 'approved' ||
        outcome === 'rejected' ||
        outcome === 'ineligible' ||
        outcome === 'withdrawn'
      )
        triggers.add(outcome);
    }
  }
  return triggers;
}

function personalisation(
  expressions: Record<string, string | undefined>,
  context: OutputContext,
): Record<string, unknown> {
  const values: Record<string, unknown> = { reference: context.reference };
  for (const [name, source] of Object.entries(expressions)) {
    if (source === undefined) continue;
    const parsed = parseExpression(source);
    const result = parsed.ok
      ? evaluateExpression(parsed.ast, { answers: context.answers, today: context.today })
      : null;
    values[name] = result?.ok ? result.value : null;
  }
  return values;
}

/**
 * Outbox items for the journey's outputs this action triggers. A webhook carries the submission
 * (journey, instance, reference, outcome, answers); an email carries the Notify template, the
 * address from the `to` field and the evaluated personalisation. An email with no address given
 * (an optional question left blank) is not queued.
 */
export function outboxItems(context: OutputContext): NewOutboxItem[] {
  const triggers = triggersOf(context.events, context.earlier, context.restsOnPayment);
  if (triggers.size === 0) return [];
  const completed = context.events.find((e) => e.type === 'completed');
  const outcome = (completed?.data as { outcome?: string } | undefined)?.outcome ?? 'submitted';
  const items: NewOutboxItem[] = [];
  for (const output of context.journey.outputs ?? []) {
    if (!triggers.has(output.on ?? 'submitted')) continue;
    const base = {
      id: uuid(context.random),
      instanceId: context.instanceId,
      outputId: output.id,
      createdAt: context.at,
    };
    if (output.type === 'webhook') {
      items.push({
        ...base,
        kind: 'webhook',
        payload: {
          url: output.url,
          secretEnv: output.secretEnv ?? null,
          body: {
            event: output.on ?? 'submitted',
            journey: { id: context.journey.id, version: context.journey.version },
            instanceId: context.instanceId,
            reference: context.reference,
            outcome: completed ? outcome : null,
            at: context.at,
            answers: context.answers,
          },
        },
      });
      continue;
    }
    const to = context.answers[output.to];
    if (typeof to !== 'string' || to.trim() === '') continue;
    items.push({
      ...base,
      kind: 'email',
      payload: {
        templateId: output.templateId,
        emailAddress: to,
        reference: context.reference,
        personalisation: personalisation(output.personalisation ?? {}, context),
      },
    });
  }
  return items;
}
