import { arrayAt, isObject, type JsonObject, objectAt, scalarText, stringAt } from '../build/read';
import type { SourceText } from '../build/texts';

/**
 * GOV.UK Forms keeps one form document per language, with the same step ids and option values
 * in each. The importer takes one document, or a list of documents (English and Welsh) of the
 * same form, and reads each text in both.
 */
export interface GovukDocuments {
  english: JsonObject;
  /** Where the English document sits in the input (`""`, or `/0` in a list). */
  base: string;
  welsh?: JsonObject;
}

export function govukDocuments(input: unknown): GovukDocuments | { problem: string } {
  if (isObject(input)) return { english: input, base: '' };
  if (!Array.isArray(input)) return { problem: 'A GOV.UK Forms form document is a JSON object with "steps"' };
  const documents = input.filter(isObject);
  const index = documents.findIndex((d) => (stringAt(d, 'language') ?? 'en') === 'en');
  const english = documents[index];
  if (!english) return { problem: 'None of the form documents is in English ("language": "en")' };
  const welsh = documents.find((d) => stringAt(d, 'language') === 'cy');
  return { english, base: `/${input.indexOf(english)}`, ...(welsh ? { welsh } : {}) };
}

export interface GovukStep {
  id: string;
  pointer: string;
  raw: JsonObject;
  data: JsonObject;
  welshData?: JsonObject;
  /** The same step in the Welsh document (its routing conditions carry Welsh exit pages). */
  welshRaw?: JsonObject;
  nextStepId?: string;
}

/** The question steps in position order; a step's question lives in `data` (or on the step itself). */
export function govukSteps(documents: GovukDocuments): GovukStep[] {
  const welshById = new Map<string, JsonObject>();
  for (const step of arrayAt(documents.welsh, 'steps')) {
    const id = scalarText(isObject(step) ? step.id : undefined);
    if (id && isObject(step)) welshById.set(id, step);
  }
  const steps = arrayAt(documents.english, 'steps').flatMap(
    (step, i): Array<GovukStep & { position: number }> => {
      const id = scalarText(isObject(step) ? step.id : undefined);
      if (!isObject(step) || !id) return [];
      const next = scalarText(step.next_step_id);
      const welshRaw = welshById.get(id);
      const welshData = welshRaw && (objectAt(welshRaw, 'data') ?? welshRaw);
      return [
        {
          id,
          pointer: `${documents.base}/steps/${i}`,
          raw: step,
          data: objectAt(step, 'data') ?? step,
          ...(welshData ? { welshData } : {}),
          ...(welshRaw ? { welshRaw } : {}),
          ...(next ? { nextStepId: next } : {}),
          position: typeof step.position === 'number' ? step.position : i + 1,
        },
      ];
    },
  );
  return steps.sort((a, b) => a.position - b.position);
}

/** A text of a GOV.UK Forms document with its Welsh, when the Welsh document has it. */
export function govukText(english: unknown, welsh: unknown): SourceText | undefined {
  if (typeof english !== 'string' || english.trim() === '') return undefined;
  return typeof welsh === 'string' && welsh.trim() !== '' ? { en: english, cy: welsh } : { en: english };
}

/** The text at `key` of a step's question, in both languages. */
export function stepText(step: GovukStep, key: string): SourceText | undefined {
  return govukText(step.data[key], step.welshData?.[key]);
}

/** The `answer_settings` of a step, in both languages. */
export function answerSettings(step: GovukStep): { english: JsonObject; welsh: JsonObject | undefined } {
  return {
    english: objectAt(step.data, 'answer_settings') ?? {},
    welsh: objectAt(step.welshData, 'answer_settings'),
  };
}
