import { type Dispatch, useEffect } from 'react';
import type { EditorAction } from '../state/editor-types';

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * Ctrl+Z (⌘Z) undoes and Ctrl+Shift+Z or Ctrl+Y redoes, except while typing in a box, where the
 * browser's own undo of the text applies.
 */
export function useUndoShortcuts(dispatch: Dispatch<EditorAction>, disabled: boolean): void {
  useEffect(() => {
    if (disabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || typing(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) dispatch({ type: 'undo' });
      else if ((key === 'z' && event.shiftKey) || key === 'y') dispatch({ type: 'redo' });
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [dispatch, disabled]);
}
