import { type Journey, type Step, stepSuccessors } from '@fingerpost/schema';
import type { Position } from '../state/editor-types';

export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 72;
export const COLUMN_GAP = 80;
export const ROW_GAP = 28;

/** One route on the map: from a step to another, with what decides it. */
export interface MapEdge {
  from: string;
  to: string;
  /** The condition or outcome that takes it ("approved", a rule's condition); null for the default route. */
  label: string | null;
  /** True when the route leads to a step that does not exist. */
  broken: boolean;
  /** Where the route's target sits in its step (to re-route it). */
  at: Array<string | number>;
}

export interface MapLayout {
  positions: Record<string, Position>;
  edges: MapEdge[];
  width: number;
  height: number;
}

function edgeLabel(step: Step, at: Array<string | number>, when: string | undefined): string | null {
  if (step.type === 'approval') return String(at[1]);
  if (step.type === 'eligibility') {
    if (at[0] === 'otherwise') return `otherwise: ${step.otherwise.result}`;
    const rule = step.rules[at[1] as number];
    return rule ? `${rule.result}: ${rule.when}` : null;
  }
  return when ?? null;
}

/**
 * Where each step goes on the map: columns by distance from the start (breadth first, so a branch's
 * routes sit side by side), steps nothing reaches in a last column, and any position the designer
 * chose by moving a step kept as it is.
 */
export function layoutJourney(journey: Journey, manual: Readonly<Record<string, Position>>): MapLayout {
  const byId = new Map(journey.steps.map((s) => [s.id, s]));
  const depth = new Map<string, number>();
  const queue: string[] = [];
  if (byId.has(journey.start)) {
    depth.set(journey.start, 0);
    queue.push(journey.start);
  }
  while (queue.length > 0) {
    const id = queue.shift()!;
    const step = byId.get(id)!;
    for (const edge of stepSuccessors(step)) {
      if (!byId.has(edge.to) || depth.has(edge.to)) continue;
      depth.set(edge.to, depth.get(id)! + 1);
      queue.push(edge.to);
    }
  }
  const lastColumn = Math.max(-1, ...depth.values()) + 1;
  const rows = new Map<number, number>();
  const positions: Record<string, Position> = {};
  for (const id of [...depth.keys(), ...journey.steps.map((s) => s.id).filter((id) => !depth.has(id))]) {
    if (positions[id]) continue;
    const column = depth.get(id) ?? lastColumn;
    const row = rows.get(column) ?? 0;
    rows.set(column, row + 1);
    positions[id] = manual[id] ?? {
      x: 24 + column * (NODE_WIDTH + COLUMN_GAP),
      y: 24 + row * (NODE_HEIGHT + ROW_GAP),
    };
  }
  const edges: MapEdge[] = journey.steps.flatMap((step) =>
    stepSuccessors(step).map((edge) => ({
      from: step.id,
      to: edge.to,
      label: edgeLabel(step, edge.at, edge.when),
      broken: !byId.has(edge.to),
      at: edge.at,
    })),
  );
  const all = Object.values(positions);
  return {
    positions,
    edges,
    width: Math.max(0, ...all.map((p) => p.x)) + NODE_WIDTH + 48,
    height: Math.max(0, ...all.map((p) => p.y)) + NODE_HEIGHT + 48,
  };
}
