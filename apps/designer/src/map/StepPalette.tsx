import { useDraggable } from '@dnd-kit/core';
import type { PointerEventHandler } from 'react';
import { STEP_KIND_NAMES, STEP_KINDS, type StepKind } from '../state/edits/templates';

function StepPaletteItem({
  kind,
  onAdd,
  disabled,
}: {
  kind: StepKind;
  onAdd: () => void;
  disabled: boolean;
}) {
  const { setNodeRef, listeners } = useDraggable({ id: `step-palette:${kind}`, disabled });
  return (
    <li>
      <button
        ref={setNodeRef}
        type="button"
        className="designer-palette__button"
        data-kind={kind}
        onClick={onAdd}
        onPointerDown={listeners?.onPointerDown as PointerEventHandler | undefined}
        disabled={disabled}
      >
        <span className="govuk-visually-hidden">Add </span>
        {STEP_KIND_NAMES[kind]}
      </button>
    </li>
  );
}

/**
 * The kinds of step: press one to add it after the selected step (or at the end), or drag it onto
 * a step on the map to add it after that step.
 */
export function StepPalette({
  onAdd,
  disabled,
  after,
}: {
  onAdd: (kind: StepKind) => void;
  disabled: boolean;
  after: string | null;
}) {
  return (
    <section className="designer-palette designer-palette--steps" aria-labelledby="step-palette-heading">
      <h3 className="govuk-heading-s" id="step-palette-heading">
        Add a step
      </h3>
      <p className="govuk-body-s">
        {after ? `Added after “${after}”.` : 'Added at the end.'} Or drag onto a step.
      </p>
      <ul className="designer-palette__list">
        {STEP_KINDS.map((kind) => (
          <StepPaletteItem key={kind} kind={kind} onAdd={() => onAdd(kind)} disabled={disabled} />
        ))}
      </ul>
    </section>
  );
}
