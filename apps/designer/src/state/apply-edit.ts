import type { Journey } from '@fingerpost/schema';
import type { EditAction, EditorDocument, Selection } from './editor-types';
import {
  addComponent,
  changeComponentKind,
  moveComponent,
  moveComponentToStep,
  removeComponent,
  updateComponent,
} from './edits/components';
import { renameField, renameGroupField, setField, setGroupField } from './edits/fields';
import { defaultTarget, insertStep, moveStep, removeStep, renameStep } from './edits/steps';
import { COMPONENT_KIND_NAMES, STEP_KIND_NAMES, stepFor } from './edits/templates';
import { uniqueFieldName, uniqueStepId } from './ids';

export interface EditResult {
  document: EditorDocument;
  label: string;
  /** Where the selection goes after the edit, when it should move. */
  selection?: Selection;
}

function withJourney(document: EditorDocument, journey: Journey): EditorDocument {
  return journey === document.journey ? document : { ...document, journey };
}

function renameKey<T>(record: Readonly<Record<string, T>>, from: string, to: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k === from ? to : k, v]));
}

function addStep(document: EditorDocument, action: Extract<EditAction, { type: 'step/add' }>): EditResult {
  const { journey } = document;
  const id = uniqueStepId(
    action.kind === 'end' ? 'outcome' : action.kind,
    new Set(journey.steps.map((s) => s.id)),
  );
  const field = uniqueFieldName(
    action.kind === 'addAnother' ? 'people' : 'answer',
    new Set(Object.keys(journey.fields)),
  );
  const role = journey.roles?.[0]?.id ?? 'caseworker';
  // Every placeholder route leads where the new step's place leads, so the journey stays connected.
  const previous = action.after ? journey.steps.find((s) => s.id === action.after) : undefined;
  const onward =
    (previous && defaultTarget(previous)) ?? journey.steps.find((s) => s.type === 'end')?.id ?? journey.start;
  let step = stepFor(action.kind, id, field, onward, role);
  const rejectedEnd = journey.steps.find((s) => s.type === 'end' && s.outcome === 'rejected');
  if (step.type === 'approval' && rejectedEnd)
    step = { ...step, next: { ...step.next, rejected: rejectedEnd.id } };
  let next = insertStep(journey, step, action.after);
  if (action.kind === 'question') next = setField(next, field, { type: 'text' });
  if (action.kind === 'addAnother')
    next = setField(next, field, { type: 'group', fields: { name: { type: 'text' } } });
  if (action.kind === 'approval' && !journey.roles?.some((r) => r.id === role)) {
    next = { ...next, roles: [...(journey.roles ?? []), { id: role, name: 'Caseworker' }] };
  }
  return {
    document: withJourney(document, next),
    label: `add ${STEP_KIND_NAMES[action.kind].toLowerCase()}`,
    selection: { kind: 'step', stepId: id },
  };
}

/**
 * Applies one edit to the document: the journey changes through the edit functions, which keep
 * every reference consistent (renames, removals), and the selection follows what was made.
 */
export function applyEdit(document: EditorDocument, action: EditAction): EditResult {
  const { journey } = document;
  switch (action.type) {
    case 'journey/update':
      return {
        document: withJourney(document, { ...journey, ...action.change }),
        label: action.label ?? 'change journey settings',
      };
    case 'step/add':
      return addStep(document, action);
    case 'step/remove': {
      if (!journey.steps.some((s) => s.id === action.stepId)) return { document, label: 'remove step' };
      const layout = { ...document.layout };
      delete layout[action.stepId];
      return {
        document: { journey: removeStep(journey, action.stepId), layout },
        label: `remove step ${action.stepId}`,
        selection: { kind: 'journey' },
      };
    }
    case 'step/rename':
      return {
        document: {
          journey: renameStep(journey, action.from, action.to),
          layout: renameKey(document.layout, action.from, action.to),
        },
        label: `rename step ${action.from}`,
        selection: { kind: 'step', stepId: action.to },
      };
    case 'step/replace': {
      const steps = journey.steps.map((s) => (s.id === action.stepId ? action.step : s));
      return {
        document: withJourney(document, { ...journey, steps: steps as Journey['steps'] }),
        label: action.label ?? `change step ${action.stepId}`,
      };
    }
    case 'step/move':
      return {
        document: withJourney(document, moveStep(journey, action.stepId, action.toIndex)),
        label: `move step ${action.stepId}`,
      };
    case 'component/add':
      return {
        document: withJourney(document, addComponent(journey, action.stepId, action.kind, action.index)),
        label: `add ${COMPONENT_KIND_NAMES[action.kind].toLowerCase()} question`,
        selection: { kind: 'component', stepId: action.stepId, index: action.index },
      };
    case 'component/remove':
      return {
        document: withJourney(document, removeComponent(journey, action.stepId, action.index)),
        label: 'remove question',
        selection: { kind: 'step', stepId: action.stepId },
      };
    case 'component/move':
      return {
        document: withJourney(document, moveComponent(journey, action.stepId, action.from, action.to)),
        label: 'move question',
        selection: { kind: 'component', stepId: action.stepId, index: action.to },
      };
    case 'component/moveToStep': {
      const moved = moveComponentToStep(journey, action.stepId, action.index, action.target);
      const target = moved.steps.find((s) => s.id === action.target);
      const index = target && 'components' in target ? target.components.length - 1 : 0;
      return {
        document: withJourney(document, moved),
        label: `move question to ${action.target}`,
        ...(moved !== journey
          ? { selection: { kind: 'component' as const, stepId: action.target, index } }
          : {}),
      };
    }
    case 'component/replace':
      return {
        document: withJourney(
          document,
          updateComponent(journey, action.stepId, action.index, () => action.component),
        ),
        label: 'change question',
      };
    case 'component/changeKind':
      return {
        document: withJourney(
          document,
          changeComponentKind(journey, action.stepId, action.index, action.kind),
        ),
        label: `make the question ${COMPONENT_KIND_NAMES[action.kind].toLowerCase()}`,
      };
    case 'field/rename':
      return {
        document: withJourney(
          document,
          action.group
            ? renameGroupField(journey, action.group, action.from, action.to)
            : renameField(journey, action.from, action.to),
        ),
        label: `rename answer ${action.from}`,
      };
    case 'field/replace':
      return {
        document: withJourney(
          document,
          action.group
            ? setGroupField(journey, action.group, action.name, action.field)
            : setField(journey, action.name, action.field),
        ),
        label: `change answer ${action.name}`,
      };
    case 'layout/move':
      return {
        document: { ...document, layout: { ...document.layout, [action.stepId]: action.position } },
        label: `move ${action.stepId} on the map`,
      };
    case 'layout/reset':
      return { document: { ...document, layout: {} }, label: 'tidy the map' };
    case 'import':
      return {
        document: { journey: action.journey, layout: {} },
        label: 'import',
        selection: { kind: 'journey' },
      };
  }
}
