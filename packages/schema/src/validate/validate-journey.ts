import type { Journey } from '../generated/journey';
import type { ValidationIssue, ValidationResult } from './issue';
import { componentsIssues } from './semantic/components';
import { expressionIssues } from './semantic/expressions';
import { reachabilityIssues } from './semantic/reachability';
import { referenceIssues } from './semantic/references';
import { translationIssues } from './semantic/translations';
import { structuralIssues } from './structural';

const SEMANTIC_CHECKS = [
  referenceIssues,
  reachabilityIssues,
  componentsIssues,
  expressionIssues,
  translationIssues,
];

/**
 * Checks a journey definition: first its shape against the JSON Schema, then its meaning
 * (references, reachability, expressions and their types, translations). Never throws.
 * @example
 * const result = validateJourney(JSON.parse(text));
 * if (!result.ok) for (const e of result.errors) console.log(`${e.path}: ${e.message}`);
 */
export function validateJourney(value: unknown): ValidationResult<Journey> {
  const structural = structuralIssues(value);
  if (structural.length > 0) return { ok: false, errors: structural };
  const journey = value as Journey;
  const errors: ValidationIssue[] = [];
  for (const check of SEMANTIC_CHECKS) {
    try {
      errors.push(...check(journey));
    } catch (error) {
      // A check that fails is a bug in Fingerpost, not in the journey: say so rather than crash.
      errors.push({
        code: 'validator.internal',
        path: '',
        message: `The validator failed in ${check.name}: ${String(error)}. Please report this as a Fingerpost bug`,
      });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, journey };
}
