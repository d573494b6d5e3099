import type { Journey } from '@fingerpost/schema';
import type { StepAnalytics } from '../api/api-types';
import type { Position, Selection } from '../state/editor-types';
import { layoutJourney } from './layout';
import { MapEdges } from './MapEdges';
import { MapNode } from './MapNode';
import { RouteHandles } from './RouteHandles';
import { routesInWords, stepTitle } from './step-summary';

interface JourneyMapProps {
  journey: Journey;
  layout: Readonly<Record<string, Position>>;
  selection: Selection;
  problemsByStep: ReadonlyMap<string, number>;
  /** Open review comments per step. */
  commentsByStep?: ReadonlyMap<string, number>;
  previewRoute: readonly string[];
  analytics: ReadonlyMap<string, StepAnalytics> | null;
  readOnly: boolean;
  onSelect: (stepId: string) => void;
}

/** Every step and every route of the journey at once, laid out by distance from the start. */
export function JourneyMap(props: JourneyMapProps) {
  const { journey, selection, problemsByStep, previewRoute, analytics, readOnly } = props;
  const layout = layoutJourney(journey, props.layout);
  const selected = selection.kind === 'journey' ? null : selection.stepId;
  const byId = new Map(journey.steps.map((s) => [s.id, s]));
  return (
    <div className="designer-map" style={{ width: layout.width, height: layout.height }}>
      <MapEdges
        edges={layout.edges}
        positions={layout.positions}
        width={layout.width}
        height={layout.height}
      />
      <ol className="designer-map__nodes" aria-label="Steps of the journey">
        {journey.steps.map((step) => {
          const visit = previewRoute.indexOf(step.id);
          return (
            <MapNode
              key={step.id}
              step={step}
              position={layout.positions[step.id] ?? { x: 0, y: 0 }}
              isStart={step.id === journey.start}
              selected={step.id === selected}
              problems={problemsByStep.get(step.id) ?? 0}
              comments={props.commentsByStep?.get(step.id) ?? 0}
              visitOrder={visit >= 0 ? visit + 1 : null}
              analytics={analytics?.get(step.id) ?? null}
              routes={routesInWords(
                journey,
                layout.edges.filter((e) => e.from === step.id),
              )}
              readOnly={readOnly}
              onSelect={() => props.onSelect(step.id)}
            />
          );
        })}
      </ol>
      {selected && !readOnly && byId.has(selected) ? (
        <RouteHandles
          stepId={selected}
          stepName={stepTitle(byId.get(selected)!)}
          edges={layout.edges}
          positions={layout.positions}
          nameOf={(id) => (byId.has(id) ? stepTitle(byId.get(id)!) : id)}
        />
      ) : null}
    </div>
  );
}
