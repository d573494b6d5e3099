import { describe, expect, it } from 'vitest';
import { blankJourney } from '../state/blank-journey';
import { exampleJourney } from '../test/examples';
import { layoutJourney } from './layout';

describe('layoutJourney', () => {
  it('puts steps in columns by their distance from the start', () => {
    const layout = layoutJourney(blankJourney({ id: 'p', title: 'P' }), {});
    const xs = ['your-name', 'check-answers', 'confirmation'].map((id) => layout.positions[id]?.x);
    expect(xs[0]).toBeLessThan(xs[1]!);
    expect(xs[1]).toBeLessThan(xs[2]!);
  });

  it('places every step of a real journey, each in its own place, with every route', () => {
    const journey = exampleJourney('blue-badge');
    const layout = layoutJourney(journey, {});
    expect(Object.keys(layout.positions).sort()).toEqual(journey.steps.map((s) => s.id).sort());
    const places = new Set(Object.values(layout.positions).map((p) => `${p.x},${p.y}`));
    expect(places.size).toBe(journey.steps.length);
    expect(layout.edges.some((e) => e.label !== null)).toBe(true);
    expect(layout.edges.every((e) => !e.broken)).toBe(true);
  });

  it('keeps positions the designer chose', () => {
    const layout = layoutJourney(blankJourney({ id: 'p', title: 'P' }), { confirmation: { x: 5, y: 600 } });
    expect(layout.positions.confirmation).toEqual({ x: 5, y: 600 });
    expect(layout.height).toBeGreaterThan(600);
  });

  it('marks a route to a missing step as broken and still places steps nothing reaches', () => {
    const journey = blankJourney({ id: 'p', title: 'P' });
    const broken = {
      ...journey,
      steps: [{ ...journey.steps[0]!, next: 'nowhere' }, ...journey.steps.slice(1)],
    } as typeof journey;
    const layout = layoutJourney(broken, {});
    expect(layout.edges.find((e) => e.from === 'your-name')).toMatchObject({ to: 'nowhere', broken: true });
    expect(layout.positions['check-answers']).toBeDefined();
  });
});
