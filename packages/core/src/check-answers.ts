import type { Field } from '@fingerpost/schema';
import type { CompiledStep } from './compile/compiled-journey';
import { formatAnswer, textFor } from './forms/index';
import type { AnswerView } from './view-types';

/**
 * Check your answers: every visible question on the answer pages of the route, in route order,
 * formatted for the resident ("Not provided" for optional questions left blank), each with the
 * page to change it on. `changeable` limits Change links (while more information is requested).
 */
export function checkAnswersRows(
  pages: readonly CompiledStep[],
  fields: Record<string, Field | undefined>,
  answers: Record<string, unknown>,
  today: string,
  language: string,
  changeable: (stepId: string) => boolean,
): AnswerView[] {
  const rows: AnswerView[] = [];
  for (const compiled of pages) {
    const step = compiled.step;
    const changeTarget = changeable(step.id) ? step.id : null;
    if (step.type === 'addAnother') {
      const field = fields[step.group];
      const value = answers[step.group] ?? [];
      const display = field ? formatAnswer(value, field, language) : String(value);
      rows.push({
        stepId: step.id,
        field: step.group,
        label: textFor(step.title, language),
        value,
        display,
        changeTarget,
      });
      continue;
    }
    if (step.type !== 'question' || !compiled.form) continue;
    const visible = new Set(compiled.form.visibleFields(answers, today));
    for (const component of step.components) {
      if (!visible.has(component.field)) continue;
      const field = fields[component.field];
      const value = answers[component.field] ?? null;
      const display = field ? formatAnswer(value, field, language) : String(value ?? '');
      rows.push({
        stepId: step.id,
        field: component.field,
        label: textFor(component.label, language),
        value,
        display,
        changeTarget,
      });
    }
  }
  return rows;
}
