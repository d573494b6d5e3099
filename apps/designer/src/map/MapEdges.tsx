import type { Position } from '../state/editor-types';
import { type MapEdge, NODE_HEIGHT, NODE_WIDTH } from './layout';

const truncate = (text: string, length: number) =>
  text.length > length ? `${text.slice(0, length - 1)}…` : text;

function pathBetween(from: Position, to: Position): string {
  const x1 = from.x + NODE_WIDTH;
  const y1 = from.y + NODE_HEIGHT / 2;
  const x2 = to.x;
  const y2 = to.y + NODE_HEIGHT / 2;
  const bend = Math.max(40, Math.abs(x2 - x1) / 2);
  return `M ${x1} ${y1} C ${x1 + bend} ${y1}, ${x2 - bend} ${y2}, ${x2} ${y2}`;
}

/** The routes between steps as arrows, each labelled with the condition or outcome that takes it. */
export function MapEdges({
  edges,
  positions,
  width,
  height,
}: {
  edges: readonly MapEdge[];
  positions: Readonly<Record<string, Position>>;
  width: number;
  height: number;
}) {
  // Two routes may join the same two steps (a condition and the default): count them apart.
  const seen = new Map<string, number>();
  return (
    <svg className="designer-map__edges" width={width} height={height} aria-hidden="true" focusable="false">
      <defs>
        <marker
          id="designer-arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" fill="#505a5f" />
        </marker>
      </defs>
      {edges.map((edge) => {
        const from = positions[edge.from];
        if (!from) return null;
        const to = positions[edge.to] ?? { x: from.x + NODE_WIDTH + 40, y: from.y + NODE_HEIGHT };
        const d = pathBetween(from, to);
        const midX = (from.x + NODE_WIDTH + to.x) / 2;
        const midY = (from.y + to.y + NODE_HEIGHT) / 2 - 4;
        const id = `${edge.from}>${edge.to}`;
        const nth = (seen.get(id) ?? 0) + 1;
        seen.set(id, nth);
        return (
          <g
            key={`${id}#${nth}`}
            className={edge.broken ? 'designer-edge designer-edge--broken' : 'designer-edge'}
          >
            <path d={d} markerEnd="url(#designer-arrow)" />
            {edge.label ? (
              <text x={midX} y={midY} textAnchor="middle">
                {truncate(edge.label, 28)}
              </text>
            ) : null}
            {edge.broken ? (
              <text x={to.x} y={to.y + NODE_HEIGHT / 2 + 16}>
                missing: {edge.to}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
