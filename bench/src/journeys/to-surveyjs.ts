import type { JourneySpec, QuestionSpec } from './description';

/** A SurveyJS question, as survey-core's `Model` reads it from JSON. */
export interface SurveyQuestionJson {
  type: 'text' | 'comment';
  name: string;
  title: string;
  isRequired: boolean;
  inputType?: 'number' | 'email';
  validators?: Array<Record<string, unknown>>;
}

export interface SurveyJson {
  title: string;
  pages: Array<{ name: string; title: string; visibleIf?: string; elements: SurveyQuestionJson[] }>;
}

function question(q: QuestionSpec): SurveyQuestionJson {
  const base = { name: q.name, title: q.label, isRequired: q.required };
  switch (q.kind) {
    case 'name':
      return {
        ...base,
        type: 'text',
        validators: [{ type: 'text', minLength: q.minLength, maxLength: q.maxLength }],
      };
    case 'note':
      return { ...base, type: 'comment', validators: [{ type: 'text', maxLength: q.maxLength }] };
    case 'email':
      return { ...base, type: 'text', inputType: 'email', validators: [{ type: 'email' }] };
    case 'age':
    case 'count':
      return {
        ...base,
        type: 'text',
        inputType: 'number',
        validators: [{ type: 'numeric', minValue: q.min, maxValue: q.max }],
      };
  }
}

/**
 * The description as SurveyJS JSON: one survey page per page, page conditions as `visibleIf`.
 * @example new Model(toSurveyJs(describeJourney(50))).pageCount // 50
 */
export function toSurveyJs(spec: JourneySpec): SurveyJson {
  return {
    title: spec.title,
    pages: spec.pages.map((page) => ({
      name: page.name,
      title: page.title,
      ...(page.showIf ? { visibleIf: `{${page.showIf.question}} >= ${page.showIf.atLeast}` } : {}),
      elements: page.questions.map(question),
    })),
  };
}
