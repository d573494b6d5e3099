import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useState } from 'react';
import { useEditor } from '../editor/editor-context';
import { moveTargets } from '../state/edits/components';
import { fieldsOfPage, type PageStep } from '../state/edits/journey-parts';
import { COMPONENT_KIND_NAMES, type ComponentKind } from '../state/edits/templates';
import { textIn } from '../state/text';
import { LiveMessage } from '../ui/LiveMessage';
import { pageAnnouncements, SCREEN_READER_INSTRUCTIONS } from './announcements';
import { ComponentCard } from './ComponentCard';
import { ComponentPalette } from './ComponentPalette';
import { CANVAS_ID, componentIds, paletteKind } from './drag-ids';
import { PageCanvas } from './PageCanvas';

/**
 * The page editor: drag questions from the palette onto the page and reorder them by dragging
 * (pointer or keyboard, with spoken announcements) or with the buttons on each question.
 */
export function PageEditor({ page }: { page: PageStep }) {
  const { journey, dispatch, state, select, readOnly, mode } = useEditor();
  const [dragging, setDragging] = useState<ComponentKind | null>(null);
  const [message, setMessage] = useState('');
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = componentIds(page.components);
  const fields = fieldsOfPage(journey, page);
  const labelOf = (id: string) => {
    const component = page.components[ids.indexOf(id)];
    return component ? textIn(component.label, 'en') || component.field : id;
  };
  const targets = moveTargets(journey, page.id).map((s) => ({
    id: s.id,
    label: textIn('title' in s ? s.title : undefined, 'en') || s.id,
  }));
  const selected =
    state.selection.kind === 'component' && state.selection.stepId === page.id ? state.selection.index : -1;

  const add = (kind: ComponentKind, index: number) => {
    dispatch({ type: 'component/add', stepId: page.id, kind, index });
    setMessage(
      `Added question ${index + 1}, ${COMPONENT_KIND_NAMES[kind].toLowerCase()}. Its properties are open.`,
    );
  };
  const move = (from: number, to: number) => {
    dispatch({ type: 'component/move', stepId: page.id, from, to });
    setMessage(`Moved "${labelOf(ids[from]!)}" to position ${to + 1} of ${ids.length}.`);
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragging(null);
    if (!over) return;
    const kind = paletteKind(active.id);
    const overIndex = over.id === CANVAS_ID ? ids.length : ids.indexOf(String(over.id));
    if (kind) {
      add(kind, overIndex < 0 ? ids.length : overIndex);
      return;
    }
    const from = ids.indexOf(String(active.id));
    const to = over.id === CANVAS_ID ? ids.length - 1 : overIndex;
    if (from >= 0 && to >= 0 && from !== to) dispatch({ type: 'component/move', stepId: page.id, from, to });
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      accessibility={{
        announcements: pageAnnouncements(ids, labelOf),
        screenReaderInstructions: { draggable: SCREEN_READER_INSTRUCTIONS },
      }}
      onDragStart={({ active }) => setDragging(paletteKind(active.id))}
      onDragCancel={() => setDragging(null)}
      onDragEnd={onDragEnd}
    >
      <div
        className={
          mode === 'reviewer' ? 'designer-page-editor designer-page-editor--review' : 'designer-page-editor'
        }
      >
        {mode === 'reviewer' ? null : (
          <ComponentPalette onAdd={(kind) => add(kind, page.components.length)} disabled={readOnly} />
        )}
        <PageCanvas
          ids={ids}
          title={`Questions on “${textIn('title' in page ? page.title : undefined, 'en') || page.id}”`}
        >
          {page.components.map((component, index) => (
            <ComponentCard
              key={ids[index]}
              id={ids[index]!}
              component={component}
              field={fields[component.field]}
              index={index}
              count={page.components.length}
              selected={index === selected}
              readOnly={readOnly}
              targets={targets}
              onSelect={() => select({ kind: 'component', stepId: page.id, index })}
              onMove={(to) => move(index, to)}
              onMoveToPage={(target) => {
                dispatch({ type: 'component/moveToStep', stepId: page.id, index, target });
                setMessage(`Moved "${labelOf(ids[index]!)}" to the page ${target}.`);
              }}
              onRemove={() => {
                dispatch({ type: 'component/remove', stepId: page.id, index });
                setMessage(`Removed "${labelOf(ids[index]!)}". Undo brings it back.`);
              }}
            />
          ))}
        </PageCanvas>
      </div>
      <DragOverlay dropAnimation={null}>
        {dragging ? (
          <div className="designer-palette__button designer-palette__button--overlay">
            {COMPONENT_KIND_NAMES[dragging]}
          </div>
        ) : null}
      </DragOverlay>
      <LiveMessage message={message} />
    </DndContext>
  );
}
