import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { ReactNode } from 'react';
import { CANVAS_ID } from './drag-ids';

/** The page's questions in order: where palette items are dropped and questions are reordered. */
export function PageCanvas({ ids, title, children }: { ids: string[]; title: string; children: ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id: CANVAS_ID });
  return (
    <section
      ref={setNodeRef}
      className={isOver ? 'designer-canvas designer-canvas--over' : 'designer-canvas'}
      aria-labelledby="page-canvas-heading"
    >
      <h3 className="govuk-heading-s" id="page-canvas-heading">
        {title}
      </h3>
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol className="designer-canvas__list">{children}</ol>
      </SortableContext>
      {ids.length === 0 ? <p className="govuk-body designer-canvas__empty">Drop a question here.</p> : null}
    </section>
  );
}
