/**
 * One neutral description of a generated journey, turned into both a Fingerpost journey and a
 * SurveyJS survey, so both engines are measured on exactly the same pages, rules and conditions.
 */

export type QuestionKind = 'name' | 'age' | 'email' | 'note' | 'count';

export interface QuestionSpec {
  name: string;
  kind: QuestionKind;
  label: string;
  required: boolean;
  /** Text rules (characters). */
  minLength?: number;
  maxLength?: number;
  /** Number rules (inclusive). */
  min?: number;
  max?: number;
}

/** The page is shown only when the `age` question `question` was answered `atLeast` or more. */
export interface PageCondition {
  question: string;
  atLeast: number;
}

export interface PageSpec {
  name: string;
  title: string;
  questions: QuestionSpec[];
  showIf: PageCondition | null;
}

export interface JourneySpec {
  id: string;
  title: string;
  pages: PageSpec[];
}

export const KINDS: readonly QuestionKind[] = ['name', 'age', 'email', 'note', 'count'];

/** The age threshold conditional pages test; answers either side of it choose the path. */
export const CONDITION_AGE = 50;

function question(page: number, kind: QuestionKind): QuestionSpec {
  const name = `p${page}${kind[0]!.toUpperCase()}${kind.slice(1)}`;
  switch (kind) {
    case 'name':
      return { name, kind, label: `Full name (page ${page})`, required: true, minLength: 2, maxLength: 40 };
    case 'age':
      return { name, kind, label: `Age in years (page ${page})`, required: true, min: 0, max: 120 };
    case 'email':
      return { name, kind, label: `Email address (page ${page})`, required: true };
    case 'note':
      return {
        name,
        kind,
        label: `Anything else we should know (page ${page})`,
        required: false,
        maxLength: 200,
      };
    case 'count':
      return {
        name,
        kind,
        label: `People in your household (page ${page})`,
        required: true,
        min: 1,
        max: 10,
      };
  }
}

/**
 * Describes a journey of `pageCount` pages. With 5 questions a page every page asks all five
 * kinds; with 1 a page the kinds rotate. Every fifth page (20%) is shown only when the age asked
 * three pages earlier is 50 or more; those pages are never adjacent and never the dependency
 * of another condition, so every condition reads an answer that was always asked.
 * @example describeJourney(50, 5).pages.filter((p) => p.showIf).length // 10
 */
export function describeJourney(pageCount: number, questionsPerPage: 1 | 5 = 5): JourneySpec {
  const pages: PageSpec[] = [];
  for (let page = 1; page <= pageCount; page++) {
    const kinds = questionsPerPage === 5 ? KINDS : [KINDS[(page - 1) % KINDS.length]!];
    const conditional = page % 5 === 0 && page > 3;
    pages.push({
      name: `page-${page}`,
      title: `Page ${page} of the application`,
      questions: kinds.map((kind) => question(page, kind)),
      // Page p-3 asks 'age' in both layouts: (p-4) % 5 = 1 when p % 5 = 0.
      showIf: conditional ? { question: `p${page - 3}Age`, atLeast: CONDITION_AGE } : null,
    });
  }
  return {
    id: `generated-${pageCount}-pages-${questionsPerPage}q`,
    title: `A generated application of ${pageCount} pages`,
    pages,
  };
}
