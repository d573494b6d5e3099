import type { AddAnotherStep, Field, Journey, QuestionStep } from '@fingerpost/schema';
import type { BoundComponent, QuestionFieldType } from './types';

/**
 * Thrown by `compilePageForm` when a page asks for a field the journey does not define. A journey
 * that passes the validator never causes it; the engine compiles pages only of validated journeys.
 */
export class FormCompileError extends Error {
  readonly code: 'unknownField' | 'notAGroup' | 'groupOnQuestionPage';
  readonly path: string;

  constructor(code: FormCompileError['code'], message: string, path: string) {
    super(message);
    this.name = 'FormCompileError';
    this.code = code;
    this.path = path;
  }
}

/** Joins each component of a page with its field: the journey's field, or the group's sub-field. */
export function bindComponents(step: QuestionStep | AddAnotherStep, journey: Journey): BoundComponent[] {
  const stepIndex = journey.steps.indexOf(step);
  const stepPath = stepIndex === -1 ? `steps[id=${step.id}]` : `/steps/${stepIndex}`;
  let fields: Readonly<Record<string, Field | undefined>> = journey.fields;
  if (step.type === 'addAnother') {
    const group = journey.fields[step.group];
    if (group?.type !== 'group') {
      throw new FormCompileError(
        'notAGroup',
        `Step "${step.id}" adds items to "${step.group}", which is not a group field. Define it in "fields" with type "group".`,
        `${stepPath}/group`,
      );
    }
    fields = group.fields;
  }
  return step.components.map((component, index) => {
    const field = fields[component.field];
    const path = `${stepPath}/components/${index}/field`;
    if (field === undefined) {
      throw new FormCompileError(
        'unknownField',
        `Step "${step.id}" asks for "${component.field}", which is not defined. Add it to the ${step.type === 'addAnother' ? `group "${step.group}"` : 'journey'} fields.`,
        path,
      );
    }
    if (field.type === 'group') {
      throw new FormCompileError(
        'groupOnQuestionPage',
        `Step "${step.id}" asks for the group "${component.field}" directly. Use an addAnother step for groups.`,
        path,
      );
    }
    return { name: component.field, type: field.type as QuestionFieldType, field, component };
  });
}
