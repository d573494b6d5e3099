import { useDraggable } from '@dnd-kit/core';
import type { PointerEventHandler } from 'react';
import { COMPONENT_KIND_NAMES, type ComponentKind } from '../state/edits/templates';
import { paletteId } from './drag-ids';

/**
 * One kind of question in the palette: drag it onto the page with a pointer, or press the button
 * to add it at the end of the page (the way for keyboards and single taps).
 */
export function PaletteItem({
  kind,
  onAdd,
  disabled,
}: {
  kind: ComponentKind;
  onAdd: () => void;
  disabled: boolean;
}) {
  const { setNodeRef, listeners, isDragging } = useDraggable({ id: paletteId(kind), disabled });
  return (
    <li
      className={
        isDragging ? 'designer-palette__item designer-palette__item--dragging' : 'designer-palette__item'
      }
    >
      <button
        ref={setNodeRef}
        type="button"
        className="designer-palette__button"
        onClick={onAdd}
        onPointerDown={listeners?.onPointerDown as PointerEventHandler | undefined}
        data-kind={kind}
      >
        <span aria-hidden="true" className="designer-palette__grip">
          ⠿
        </span>{' '}
        <span className="govuk-visually-hidden">Add </span>
        {COMPONENT_KIND_NAMES[kind]}
        <span className="govuk-visually-hidden"> question</span>
      </button>
    </li>
  );
}
