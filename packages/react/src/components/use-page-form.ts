import type { ComponentView } from '@fingerpost/core';
import { type FormEvent, useCallback, useRef, useState } from 'react';
import type { FileReference } from '../fields/file-reference';
import { formInput } from '../form-input';
import type { UseJourneyResult } from '../use-journey';

/**
 * A page form's live state: which questions show as the resident answers (the engine's own `showIf`
 * evaluation), and the references of files chosen, to send with the typed answers.
 */
export function usePageForm(journey: UseJourneyResult, components: readonly ComponentView[]) {
  const [visible, setVisible] = useState<ReadonlySet<string>>(
    () => new Set(components.filter((c) => c.visible).map((c) => c.field)),
  );
  const files = useRef<Record<string, FileReference | null>>({});
  const conditional = components.some((c) => !c.visible) || components.length > 1;

  const onUploaded = useCallback((field: string, reference: FileReference | null) => {
    files.current[field] = reference;
  }, []);

  /** The form's answers, with each file question's newly chosen or already held file. */
  const read = useCallback(
    (form: HTMLFormElement): Record<string, unknown> => {
      const input = formInput(form);
      for (const component of components) {
        if (component.type !== 'file') continue;
        const chosen = files.current[component.field];
        input[component.field] = chosen === undefined ? (component.value ?? '') : (chosen ?? '');
      }
      return input;
    },
    [components],
  );

  const onChange = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      if (!conditional) return;
      const now = new Set(journey.visibleFields(read(event.currentTarget)));
      setVisible((before) =>
        before.size === now.size && [...now].every((f) => before.has(f)) ? before : now,
      );
    },
    [conditional, journey, read],
  );

  return { visible, onUploaded, read, onChange };
}
