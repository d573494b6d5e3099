import { between, seeded } from '../util/prng';
import { CONDITION_AGE, type PageSpec, type QuestionSpec } from './description';

/** A typed answer, as a resident means it; `undefined` is a question left blank. */
export type Answer = string | number | undefined;
export type PageAnswers = Record<string, Answer>;

/** How answers choose conditional pages: all shown, none shown, or each by a coin toss. */
export type PathChoice = 'all' | 'none' | 'mixed';

const NAMES = ['Ada Lovelace', 'Mary Seacole', 'Alan Turing', 'Rosalind Franklin', 'Tim Berners-Lee'];

function validAnswer(q: QuestionSpec, next: () => number, path: PathChoice, serial: number): Answer {
  switch (q.kind) {
    case 'name':
      return NAMES[serial % NAMES.length];
    case 'age': {
      const high = path === 'all' || (path === 'mixed' && next() < 0.5);
      return high ? between(next, CONDITION_AGE, 99) : between(next, 18, CONDITION_AGE - 1);
    }
    case 'email':
      return `resident.${serial}@example.com`;
    case 'note':
      return next() < 0.5 ? undefined : 'We have a dog that barks at visitors.';
    case 'count':
      return between(next, 1, 10);
  }
}

/**
 * Valid answers for every page of a journey, the same on every run for the same seed.
 * @example validAnswers(spec.pages, 'mixed', 7)['page-1'] // { p1Name: 'Mary Seacole', p1Age: 63, … }
 */
export function validAnswers(pages: PageSpec[], path: PathChoice, seed: number): Record<string, PageAnswers> {
  const next = seeded(seed);
  const byPage: Record<string, PageAnswers> = {};
  let serial = seed;
  for (const page of pages) {
    const answers: PageAnswers = {};
    for (const q of page.questions) answers[q.name] = validAnswer(q, next, path, serial++);
    byPage[page.name] = answers;
  }
  return byPage;
}

/** Answers that break one rule of one question, named for the report and for failures. */
export interface InvalidAnswers {
  label: string;
  answers: PageAnswers;
}

function breakages(q: QuestionSpec): Array<[string, Answer]> {
  const blank: Array<[string, Answer]> = q.required ? [['left blank', undefined]] : [];
  switch (q.kind) {
    case 'name':
      return [...blank, ['too short', 'A'], ['too long', 'B'.repeat((q.maxLength ?? 0) + 1)]];
    case 'note':
      return [['too long', 'C'.repeat((q.maxLength ?? 0) + 1)]];
    case 'email':
      return [...blank, ['not an email', 'not-an-email'], ['no domain', 'resident@']];
    case 'age':
    case 'count':
      return [
        ...blank,
        ['below minimum', (q.min ?? 0) - 1],
        ['above maximum', (q.max ?? 0) + 1],
        ['not a number', 'twelve'],
      ];
  }
}

/**
 * For each question of a page, answer sets that are valid except for one broken rule.
 * @example invalidAnswers(page, valid).map((i) => i.label) // ['p1Name left blank', 'p1Name too short', …]
 */
export function invalidAnswers(page: PageSpec, valid: PageAnswers): InvalidAnswers[] {
  return page.questions.flatMap((q) =>
    breakages(q).map(([label, value]) => ({
      label: `${q.name} ${label}`,
      answers: { ...valid, [q.name]: value },
    })),
  );
}

/** Answers as an HTML form posts them to Fingerpost: every value a string, blanks empty. */
export function asFormPost(answers: PageAnswers): Record<string, string> {
  const post: Record<string, string> = {};
  for (const [name, value] of Object.entries(answers)) post[name] = value === undefined ? '' : String(value);
  return post;
}

/** Whether the page is shown for these answers so far (the description's own reading). */
export function pageShown(page: PageSpec, answered: Record<string, Answer>): boolean {
  if (!page.showIf) return true;
  const value = answered[page.showIf.question];
  return typeof value === 'number' && value >= page.showIf.atLeast;
}
