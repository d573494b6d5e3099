import type { Step } from '@fingerpost/schema';
import { useEditor } from '../editor/editor-context';

/** A copy without the keys whose value is undefined (a cleared optional text). */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Changes one step: `set` merges properties (undefined removes one). Each property's typing is one
 * undo step.
 */
export function useStepEdit<S extends Step>(step: S) {
  const { dispatch, journey } = useEditor();
  const set = (patch: Partial<S>, key: string) =>
    dispatch({
      type: 'step/replace',
      stepId: step.id,
      step: withoutUndefined({ ...step, ...patch }) as Step,
      coalesce: `${step.id}:${key}`,
      label: `change ${key} of ${step.id}`,
    });
  return { set, journey, languages: journey.languages as readonly string[] };
}
