import { describe, expect, it } from 'vitest';
import { exampleJourney } from '../test/examples';
import { issuePlace, issueSelection, pointerSegments } from './issue-target';

const journey = exampleJourney('report-missed-bin');

describe('issueSelection', () => {
  it('selects the question a problem on a component is about', () => {
    const step = journey.steps[1]!;
    expect(issueSelection(journey, '/steps/1/components/0/label')).toEqual({
      kind: 'component',
      stepId: step.id,
      index: 0,
    });
    expect(issuePlace(journey, '/steps/1/components/0/label')).toBe(`Step ${step.id}, question 1`);
  });

  it('selects the step for problems with its routes or texts', () => {
    expect(issueSelection(journey, '/steps/2/next')).toEqual({ kind: 'step', stepId: journey.steps[2]!.id });
  });

  it('selects the question that asks a field when the problem is in the data model', () => {
    expect(issueSelection(journey, '/fields/binType/options/0/label/cy')).toEqual({
      kind: 'component',
      stepId: 'which-bin',
      index: 0,
    });
  });

  it('falls back to the journey settings', () => {
    expect(issueSelection(journey, '/title/cy')).toEqual({ kind: 'journey' });
    expect(issueSelection(journey, '/steps/999')).toEqual({ kind: 'journey' });
  });

  it('unescapes pointer segments', () => {
    expect(pointerSegments('/a~1b/c~0d')).toEqual(['a/b', 'c~d']);
  });
});
