import { type Journey, type PaymentStep, validateJourney } from '@fingerpost/schema';
import { describe, expect, it } from 'vitest';
import { blankJourney } from '../blank-journey';
import { editorReducer, initialEditorState } from '../editor-reducer';
import type { EditorState } from '../editor-types';
import { exportJourney, importJourney } from '../import-export';
import { renameField } from './fields';
import { moneyLiteral, penceFromPounds, poundsFromPence } from './payment';

const journeyOf = (state: EditorState) => state.present.document.journey;
const paymentOf = (journey: Journey) => journey.steps.find((s): s is PaymentStep => s.type === 'payment')!;

/** A blank journey with a payment step added after check your answers, as the palette adds it. */
function withPayment(): EditorState {
  const journey = blankJourney({ id: 'garden-waste', title: 'Garden waste' });
  journey.fields.numberOfBins = { type: 'number' };
  const start = initialEditorState({ journey, layout: {} });
  return editorReducer(start, { type: 'step/add', kind: 'payment', after: 'check-answers' });
}

const setAmount = (state: EditorState, amount: number | string) =>
  editorReducer(state, {
    type: 'step/replace',
    stepId: paymentOf(journeyOf(state)).id,
    step: { ...paymentOf(journeyOf(state)), amount },
    label: 'change amount',
  });

describe('payment step edits', () => {
  it('adds a payment step after check your answers, leading where it led, with a price to change', () => {
    const state = withPayment();
    const journey = journeyOf(state);
    expect(journey.steps.map((s) => s.id)).toEqual([
      'your-name',
      'check-answers',
      'payment-1',
      'confirmation',
    ]);
    expect(journey.steps[1]).toMatchObject({ next: 'payment-1' });
    expect(paymentOf(journey)).toMatchObject({ type: 'payment', amount: 2500, next: 'confirmation' });
    expect(state.selection).toEqual({ kind: 'step', stepId: 'payment-1' });
    expect(validateJourney(journey).ok).toBe(true);
  });

  it('sets a fixed price typed in pounds, stored in pence', () => {
    const pence = penceFromPounds('£1,040.5');
    expect(pence).toBe(104050);
    const journey = journeyOf(setAmount(withPayment(), pence!));
    expect(paymentOf(journey).amount).toBe(104050);
    expect(validateJourney(journey).ok).toBe(true);
    expect(poundsFromPence(104050)).toBe('1040.50');
    expect(poundsFromPence(5200)).toBe('52');
  });

  it('refuses prices that are not money', () => {
    for (const typed of ['', 'abc', '52.505', '-3', '£', '1e3']) expect(penceFromPounds(typed)).toBeNull();
    expect(penceFromPounds(' 52 ')).toBe(5200);
  });

  it('sets the amount as a money expression, and the validator checks its type', () => {
    const priced = journeyOf(setAmount(withPayment(), 'if(numberOfBins = 2, £104, £52)'));
    expect(paymentOf(priced).amount).toBe('if(numberOfBins = 2, £104, £52)');
    expect(validateJourney(priced).ok).toBe(true);
    const wrong = validateJourney(journeyOf(setAmount(withPayment(), 'numberOfBins = 2')));
    expect(wrong.ok).toBe(false);
    if (!wrong.ok)
      expect(wrong.errors).toContainEqual(
        expect.objectContaining({ code: 'expression.type-mismatch', path: '/steps/2/amount' }),
      );
  });

  it('turns a fixed price into the expression that means the same', () => {
    expect(moneyLiteral(5250)).toBe('£52.50');
    const journey = journeyOf(setAmount(withPayment(), moneyLiteral(5250)));
    expect(validateJourney(journey).ok).toBe(true);
  });

  it('renames a field inside a payment amount', () => {
    const journey = journeyOf(setAmount(withPayment(), 'if(numberOfBins = 2, £104, £52)'));
    const renamed = renameField(journey, 'numberOfBins', 'bins');
    expect(paymentOf(renamed).amount).toBe('if(bins = 2, £104, £52)');
  });

  it('exports and imports a payment step unchanged, with either kind of amount', () => {
    for (const amount of [5250, 'if(numberOfBins = 2, £104, £52)']) {
      const journey = journeyOf(setAmount(withPayment(), amount));
      const text = exportJourney(journey);
      const imported = importJourney(text);
      expect(imported.ok && imported.journey).toEqual(journey);
      expect(imported.ok && paymentOf(imported.journey).amount).toBe(amount);
      expect(imported.ok && exportJourney(imported.journey)).toBe(text);
    }
  });
});
