import {
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { useMemo, useState } from 'react';
import { useEditor } from '../editor/editor-context';
import { useComments } from '../review/comments-context';
import { rerouteStep } from '../state/edits/reroute';
import type { StepKind } from '../state/edits/templates';
import { CheckboxField } from '../ui/CheckboxField';
import { LiveMessage } from '../ui/LiveMessage';
import { issueSelection } from '../validation/issue-target';
import { AnalyticsSummary } from './AnalyticsSummary';
import { JourneyMap } from './JourneyMap';
import { layoutJourney } from './layout';
import { routeOfDragId } from './RouteHandles';
import { StepPalette } from './StepPalette';
import { analyticsByStep, useAnalytics } from './use-analytics';

/** The journey map with its step palette, problem counts, the preview's route and analytics. */
export function JourneyMapPanel() {
  const { api, journey, state, dispatch, select, issues, previewRoute, readOnly, mode } = useEditor();
  const comments = useComments();
  const [message, setMessage] = useState('');
  const [showAnalytics, setShowAnalytics] = useState(false);
  const [shownVersion, setShownVersion] = useState<string | null>(null);
  const [comparedVersion, setComparedVersion] = useState('');
  const analytics = useAnalytics(api, journey.id, showAnalytics);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor),
  );
  const layout = state.present.document.layout;
  const selected = state.selection.kind === 'journey' ? null : state.selection.stepId;

  const problemsByStep = useMemo(() => {
    const counts = new Map<string, number>();
    for (const issue of issues) {
      const target = issueSelection(journey, issue.path);
      if (target.kind !== 'journey') counts.set(target.stepId, (counts.get(target.stepId) ?? 0) + 1);
    }
    return counts;
  }, [issues, journey]);

  const addStep = (kind: StepKind, after: string | null) => {
    dispatch({ type: 'step/add', kind, ...(after ? { after } : {}) });
    setMessage(`Added a step${after ? ` after ${after}` : ''}. Its properties are open.`);
  };

  const reroute = (stepId: string, index: number, to: string) => {
    const step = journey.steps.find((s) => s.id === stepId);
    const edge = layoutJourney(journey, layout).edges.filter((e) => e.from === stepId)[index];
    if (!step || !edge) return;
    if (to === stepId) {
      setMessage(`A step cannot lead to itself: the route still goes to ${edge.to}.`);
      return;
    }
    if (to === edge.to) return;
    dispatch({
      type: 'step/replace',
      stepId,
      step: rerouteStep(step, edge.at, to),
      label: `re-route ${stepId} to ${to}`,
    });
    setMessage(
      `The route from ${stepId}${edge.label ? ` (${edge.label})` : ''} now goes to ${to}, not ${edge.to}.`,
    );
  };

  const onDragEnd = ({ active, over, delta }: DragEndEvent) => {
    const id = String(active.id);
    if (id.startsWith('step-palette:')) {
      if (over && String(over.id).startsWith('drop:'))
        addStep(id.slice('step-palette:'.length) as StepKind, String(over.id).slice(5));
      return;
    }
    const route = routeOfDragId(id);
    if (route) {
      if (over && String(over.id).startsWith('drop:'))
        reroute(route.stepId, route.index, String(over.id).slice(5));
      return;
    }
    if (!id.startsWith('node:') || (delta.x === 0 && delta.y === 0)) return;
    const stepId = id.slice(5);
    const at = layoutJourney(journey, layout).positions[stepId];
    if (!at) return;
    dispatch({
      type: 'layout/move',
      stepId,
      position: { x: Math.max(0, at.x + delta.x), y: Math.max(0, at.y + delta.y) },
    });
    setMessage(`Moved ${stepId} on the map.`);
  };

  const shown =
    analytics.versions.find((v) => v.version === shownVersion) ??
    analytics.versions.find((v) => v.version === journey.version) ??
    analytics.versions.at(-1);
  const compared = analytics.versions.find((v) => v.version === comparedVersion);

  return (
    <DndContext sensors={sensors} onDragEnd={onDragEnd}>
      <div
        className={
          mode === 'reviewer' ? 'designer-map-panel designer-map-panel--review' : 'designer-map-panel'
        }
      >
        {mode === 'reviewer' ? null : (
          <StepPalette onAdd={(kind) => addStep(kind, selected)} disabled={readOnly} after={selected} />
        )}
        <div className="designer-map-panel__main">
          <div className="designer-map-panel__tools">
            {mode === 'reviewer' ? null : (
              <CheckboxField
                label="Show analytics from published versions"
                checked={showAnalytics}
                onChange={setShowAnalytics}
              />
            )}
            {readOnly ? null : (
              <button
                type="button"
                className="govuk-button govuk-button--secondary designer-small-button"
                onClick={() => dispatch({ type: 'layout/reset' })}
              >
                Tidy the map
              </button>
            )}
          </div>
          {showAnalytics ? (
            analytics.error ? (
              <p className="govuk-body">Analytics are not available: {analytics.error}</p>
            ) : analytics.loading ? (
              <p className="govuk-body">Loading analytics…</p>
            ) : (
              <AnalyticsSummary
                versions={analytics.versions}
                shown={shown}
                compared={compared}
                onShow={setShownVersion}
                onCompare={setComparedVersion}
              />
            )
          ) : null}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus (WCAG 2.1.1) */}
          <section className="designer-map-scroll" tabIndex={0} aria-label="Journey map">
            <JourneyMap
              journey={journey}
              layout={layout}
              selection={state.selection}
              problemsByStep={problemsByStep}
              {...(comments ? { commentsByStep: comments.openByStep } : {})}
              previewRoute={previewRoute}
              analytics={showAnalytics ? analyticsByStep(shown) : null}
              readOnly={readOnly}
              onSelect={(stepId) => select({ kind: 'step', stepId })}
            />
          </section>
        </div>
      </div>
      <LiveMessage message={message} />
    </DndContext>
  );
}
