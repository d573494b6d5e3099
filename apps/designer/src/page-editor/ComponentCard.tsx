import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { Component, Field } from '@fingerpost/schema';
import { COMPONENT_KIND_NAMES, kindOf } from '../state/edits/templates';
import { textIn } from '../state/text';
import { MoveToPage } from './MoveToPage';

interface ComponentCardProps {
  id: string;
  component: Component;
  field: Field | undefined;
  index: number;
  count: number;
  selected: boolean;
  readOnly: boolean;
  targets: ReadonlyArray<{ id: string; label: string }>;
  onSelect: () => void;
  onMove: (to: number) => void;
  onMoveToPage: (stepId: string) => void;
  onRemove: () => void;
}

/**
 * A question on the page being edited. Its handle drags it (pointer or keyboard); the buttons do
 * the same without dragging: move up, move down, move to another page.
 */
export function ComponentCard(props: ComponentCardProps) {
  const { id, component, field, index, count, selected, readOnly, targets } = props;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({
      id,
      disabled: readOnly,
    });
  const label = textIn(component.label, 'en') || component.field;
  const kind = COMPONENT_KIND_NAMES[kindOf(component, field)];
  const style = { transform: CSS.Transform.toString(transform), transition };
  const first = index === 0;
  const last = index === count - 1;
  return (
    <li
      ref={setNodeRef}
      style={style}
      className={[
        'designer-card',
        selected ? 'designer-card--selected' : '',
        isDragging ? 'designer-card--dragging' : '',
      ].join(' ')}
      data-field={component.field}
    >
      <div className="designer-card__head">
        <button
          ref={setActivatorNodeRef}
          type="button"
          className="designer-card__handle"
          {...attributes}
          {...listeners}
          aria-label={`Reorder question ${index + 1}: ${label}`}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <button
          type="button"
          className="designer-card__select"
          onClick={props.onSelect}
          aria-pressed={selected}
        >
          <span className="designer-card__label">{label}</span>
          <span className="designer-card__meta">
            {kind} · {component.field}
            {component.optional ? ' · optional' : ''}
            {component.showIf ? ` · shown when ${component.showIf}` : ''}
          </span>
        </button>
      </div>
      {readOnly ? null : (
        <div className="designer-card__actions">
          <button
            type="button"
            className="govuk-button govuk-button--secondary designer-small-button"
            aria-disabled={first}
            aria-label={`Move up: ${label}`}
            onClick={() => !first && props.onMove(index - 1)}
          >
            Move up
          </button>
          <button
            type="button"
            className="govuk-button govuk-button--secondary designer-small-button"
            aria-disabled={last}
            aria-label={`Move down: ${label}`}
            onClick={() => !last && props.onMove(index + 1)}
          >
            Move down
          </button>
          <MoveToPage label={label} targets={targets} onMove={props.onMoveToPage} />
          <button
            type="button"
            className="govuk-button govuk-button--warning designer-small-button"
            aria-label={`Remove: ${label}`}
            onClick={props.onRemove}
          >
            Remove
          </button>
        </div>
      )}
    </li>
  );
}
