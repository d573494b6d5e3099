import { compileCurrent, useJourney } from '@fingerpost/react';
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { exampleJourney } from '../test/examples';
import { replayTo, routeTo } from './jump-to-step';

const journey = exampleJourney('report-missed-bin');

describe('jumping the preview to a page', () => {
  it('finds answers that reach a page and replays them through the engine', () => {
    const now = new Date('2026-03-04T10:00:00Z');
    const { result } = renderHook(() => useJourney(journey, { clock: () => now }));
    const target = journey.steps.find((s) => s.type === 'checkAnswers')!.id;
    const route = routeTo(compileCurrent(journey), target, now);
    expect(route?.steps).toContain(target);
    let replay: ReturnType<typeof replayTo> | undefined;
    act(() => {
      replay = replayTo(result.current, journey, route!, target);
    });
    expect(replay).toEqual({ reached: target, problem: null });
    expect(result.current.view.step.id).toBe(target);
    expect(result.current.view.answers.length).toBeGreaterThan(2);
  });

  it('says when no route reaches a step', () => {
    const unreachable = {
      ...journey,
      steps: [
        ...journey.steps,
        { id: 'orphan', type: 'end' as const, outcome: 'submitted' as const, title: 'Orphan' },
      ],
    };
    expect(
      routeTo(compileCurrent(unreachable as typeof journey), 'orphan', new Date('2026-03-04T10:00:00Z')),
    ).toBeNull();
  });
});
