import type { Journey } from '@fingerpost/schema';
import type { FieldProblem } from '../http/http-error';
import type { FileRecord, Storage } from '../storage/types';
import { UUID_PATTERN } from './ids';

const UUID = new RegExp(UUID_PATTERN);

/** The file fields a page asks: its components' fields of type file (for add-another, the group's). */
export function fileFieldsOf(journey: Journey, stepId: string): string[] {
  const step = journey.steps.find((s) => s.id === stepId);
  if (!step || (step.type !== 'question' && step.type !== 'addAnother')) return [];
  const group = step.type === 'addAnother' ? journey.fields[step.group] : undefined;
  const typeOf = (name: string) =>
    group?.type === 'group' ? group.fields[name]?.type : journey.fields[name]?.type;
  return step.components.map((c) => c.field).filter((name) => typeOf(name) === 'file');
}

/**
 * Replaces each file answer on the page with the stored file's own record, so an answer can only
 * name a file uploaded to this application, and its size and type are what was really uploaded.
 * Returns the answers to submit, or the problems (a file of another application reads as unknown).
 */
export async function resolveFileAnswers(
  storage: Storage,
  instanceId: string,
  fields: readonly string[],
  answers: Record<string, unknown>,
): Promise<{ ok: true; answers: Record<string, unknown> } | { ok: false; errors: FieldProblem[] }> {
  if (fields.length === 0) return { ok: true, answers };
  const resolved = { ...answers };
  const errors: FieldProblem[] = [];
  for (const field of fields) {
    const value = answers[field];
    if (value === undefined || value === null || value === '') continue;
    const id = typeof value === 'string' ? value : (value as { id?: unknown }).id;
    const stored: FileRecord | null =
      typeof id === 'string' && UUID.test(id) ? ((await storage.getFile(id))?.record ?? null) : null;
    if (!stored || stored.instanceId !== instanceId) {
      errors.push({ field, code: 'file.unknown', message: 'Upload the file to this application first' });
      continue;
    }
    resolved[field] = { id: stored.id, name: stored.name, size: stored.size, type: stored.type };
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, answers: resolved };
}
