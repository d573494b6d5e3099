import type { Component, Field, Journey, Step } from '@fingerpost/schema';
import type { ComponentKind, StepKind } from './edits/templates';

/** Where a step sits on the journey map, when the designer has moved it. */
export interface Position {
  x: number;
  y: number;
}

/** What undo and redo step through: the journey and the map positions the designer chose. */
export interface EditorDocument {
  journey: Journey;
  layout: Readonly<Record<string, Position>>;
}

/** What the side panel shows and the map highlights. */
export type Selection =
  | { kind: 'journey' }
  | { kind: 'step'; stepId: string }
  | { kind: 'component'; stepId: string; index: number };

/** A change to the journey or its layout: each is one step of undo. */
export type EditAction =
  | { type: 'journey/update'; change: Partial<Journey>; label?: string; coalesce?: string }
  | { type: 'step/add'; kind: StepKind; after?: string }
  | { type: 'step/remove'; stepId: string }
  | { type: 'step/rename'; from: string; to: string }
  | { type: 'step/replace'; stepId: string; step: Step; label?: string; coalesce?: string }
  | { type: 'step/move'; stepId: string; toIndex: number }
  | { type: 'component/add'; stepId: string; kind: ComponentKind; index: number }
  | { type: 'component/remove'; stepId: string; index: number }
  | { type: 'component/move'; stepId: string; from: number; to: number }
  | { type: 'component/moveToStep'; stepId: string; index: number; target: string }
  | { type: 'component/replace'; stepId: string; index: number; component: Component; coalesce?: string }
  | { type: 'component/changeKind'; stepId: string; index: number; kind: ComponentKind }
  | { type: 'field/rename'; from: string; to: string; group?: string }
  | { type: 'field/replace'; name: string; field: Field; group?: string; coalesce?: string }
  | { type: 'layout/move'; stepId: string; position: Position }
  | { type: 'layout/reset' }
  | { type: 'import'; journey: Journey };

export type EditorAction =
  | EditAction
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'load'; document: EditorDocument }
  | { type: 'select'; selection: Selection }
  | { type: 'saved'; journey: Journey };

export interface HistoryEntry {
  document: EditorDocument;
  /** What the change that made this document was, for "Undo add question page". */
  label: string;
}

export interface EditorState {
  past: HistoryEntry[];
  present: HistoryEntry;
  future: HistoryEntry[];
  selection: Selection;
  /** The journey as last saved (or loaded): unsaved changes are those since. */
  saved: Journey;
  /** Typing in one box makes one undo step: the box's key, while the designer stays in it. */
  coalescing: string | null;
}
