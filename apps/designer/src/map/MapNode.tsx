import { useDraggable, useDroppable } from '@dnd-kit/core';
import type { Step } from '@fingerpost/schema';
import type { StepAnalytics } from '../api/api-types';
import type { Position } from '../state/editor-types';
import { NODE_HEIGHT, NODE_WIDTH } from './layout';
import { stepKindName, stepTitle } from './step-summary';

interface MapNodeProps {
  step: Step;
  position: Position;
  isStart: boolean;
  selected: boolean;
  problems: number;
  /** Open review comments pinned to it or its questions. */
  comments: number;
  /** Its place on the preview's route (1 for the first page), or null when the preview has not been there. */
  visitOrder: number | null;
  analytics: StepAnalytics | null;
  routes: string;
  readOnly: boolean;
  onSelect: () => void;
}

const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)}%`);

/**
 * One step on the map. Selecting it opens its properties; its handle moves it on the map (by
 * pointer, or by keyboard: space, arrow keys, space); palette steps can be dropped on it.
 */
export function MapNode(props: MapNodeProps) {
  const { step, position, isStart, selected, problems, visitOrder, analytics, routes, readOnly } = props;
  const drag = useDraggable({ id: `node:${step.id}`, disabled: readOnly });
  const drop = useDroppable({ id: `drop:${step.id}` });
  const dx = drag.transform?.x ?? 0;
  const dy = drag.transform?.y ?? 0;
  const title = stepTitle(step);
  const classes = [
    'designer-node',
    `designer-node--${step.type}`,
    selected ? 'designer-node--selected' : '',
    drop.isOver ? 'designer-node--drop' : '',
    visitOrder !== null ? 'designer-node--visited' : '',
    problems > 0 ? 'designer-node--problem' : '',
  ].join(' ');
  return (
    <li
      ref={(element) => {
        drop.setNodeRef(element);
        drag.setNodeRef(element);
      }}
      className={classes}
      style={{ left: position.x + dx, top: position.y + dy, width: NODE_WIDTH, minHeight: NODE_HEIGHT }}
      data-step={step.id}
    >
      <button
        type="button"
        className="designer-node__select"
        onClick={props.onSelect}
        aria-pressed={selected}
        aria-describedby={`routes-${step.id}`}
      >
        <span className="designer-node__kind">
          {isStart ? 'Start · ' : ''}
          {stepKindName(step)}
        </span>
        <span className="designer-node__title">{title}</span>
        <span className="designer-node__id">{step.id}</span>
        {problems > 0 ? (
          <span className="designer-node__badge designer-node__badge--problem">
            {problems} problem{problems === 1 ? '' : 's'}
          </span>
        ) : null}
        {props.comments > 0 ? (
          <span className="designer-node__badge designer-node__badge--comments">
            {props.comments} open comment{props.comments === 1 ? '' : 's'}
          </span>
        ) : null}
        {visitOrder !== null ? (
          <span className="designer-node__badge">Preview: page {visitOrder}</span>
        ) : null}
      </button>
      <span className="govuk-visually-hidden" id={`routes-${step.id}`}>
        {routes}
      </span>
      {analytics ? (
        <p className="designer-node__analytics">
          {analytics.reached} reached · {percent(analytics.dropOffRate)} left
          {analytics.medianSeconds !== null ? ` · ${Math.round(analytics.medianSeconds)}s` : ''}
        </p>
      ) : null}
      {readOnly ? null : (
        <button
          ref={drag.setActivatorNodeRef}
          type="button"
          className="designer-node__handle"
          {...drag.attributes}
          {...drag.listeners}
          aria-label={`Move ${title} on the map`}
        >
          <span aria-hidden="true">✥</span>
        </button>
      )}
    </li>
  );
}
