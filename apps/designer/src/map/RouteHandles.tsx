import { useDraggable } from '@dnd-kit/core';
import type { Position } from '../state/editor-types';
import { type MapEdge, NODE_HEIGHT } from './layout';

/** The drag id of a route of a step: `route:<stepId>:<index among its routes>`. */
export const routeDragId = (stepId: string, index: number) => `route:${stepId}:${index}`;

/** Reads a route drag id back; null for anything else. */
export function routeOfDragId(id: string): { stepId: string; index: number } | null {
  const match = /^route:(.+):(\d+)$/.exec(id);
  return match ? { stepId: match[1]!, index: Number(match[2]) } : null;
}

function RouteHandle(props: { id: string; at: Position; label: string; offset: number }) {
  const drag = useDraggable({ id: props.id });
  const dx = drag.transform?.x ?? 0;
  const dy = drag.transform?.y ?? 0;
  return (
    <button
      ref={drag.setNodeRef}
      type="button"
      className={
        drag.isDragging ? 'designer-route-handle designer-route-handle--dragging' : 'designer-route-handle'
      }
      style={{ left: props.at.x - 26 + dx, top: props.at.y + NODE_HEIGHT / 2 - 11 + props.offset + dy }}
      aria-label={props.label}
      {...drag.attributes}
      {...drag.listeners}
    >
      <span aria-hidden="true">⇢</span>
    </button>
  );
}

/**
 * Handles at the ends of the selected step's routes: drag one onto another step to send that route
 * there (or, by keyboard: space, arrow keys, space). The step's properties do the same without
 * dragging ("Go to", "Otherwise go to").
 */
export function RouteHandles(props: {
  stepId: string;
  stepName: string;
  edges: readonly MapEdge[];
  positions: Readonly<Record<string, Position>>;
  nameOf: (stepId: string) => string;
}) {
  const routes = props.edges.filter((e) => e.from === props.stepId);
  const seen = new Map<string, number>();
  return (
    <div className="designer-route-handles">
      {routes.map((edge, index) => {
        const to = props.positions[edge.to];
        if (!to) return null;
        const nth = seen.get(edge.to) ?? 0;
        seen.set(edge.to, nth + 1);
        const which = edge.label ? `the route “${edge.label}”` : 'the route';
        return (
          <RouteHandle
            key={routeDragId(props.stepId, index)}
            id={routeDragId(props.stepId, index)}
            at={to}
            offset={nth * 24}
            label={`Re-route ${which} from ${props.stepName}, now to ${props.nameOf(edge.to)}: drag onto another step`}
          />
        );
      })}
    </div>
  );
}
