export { answersSchema } from './answers-schema';
export * from './expressions';
export type * from './generated/journey';
export type {
  Action as ScenarioAction,
  Expectation as ScenarioExpectation,
  Scenario,
  ScenarioFile,
} from './generated/scenario';
export { reachableFrom, type StepEdge, stepSuccessors, stepsById } from './graph';
export {
  type AnswerPattern,
  AnswerPatternError,
  answerRegExp,
  compileAnswerPattern,
} from './patterns/answer-pattern';
export { type PatternProblem, patternProblem } from './patterns/pattern-problem';
export { JOURNEY_SCHEMA_ID, journeySchema, scenarioSchema } from './schemas';
export { closestName } from './suggest';
export { textIn, textLanguages } from './text';
export type { ValidationIssue, ValidationResult } from './validate/issue';
export { pointer } from './validate/issue';
export { journeyScope } from './validate/semantic/scope';
export { validateJourney } from './validate/validate-journey';
