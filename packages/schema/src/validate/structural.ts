import type { ErrorObject, ValidateFunction } from 'ajv';
import { journeySchema } from '../schemas';
import { createAjv } from './ajv';
import { ajvMessage } from './ajv-messages';
import { pointer, type ValidationIssue } from './issue';

type Schema = Record<string, unknown>;
const defs = journeySchema.$defs as Record<string, Schema>;
let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  compiled ??= createAjv().compile(journeySchema);
  return compiled;
}

/**
 * A `oneOf` that failed reports every alternative's failures. Keep what helps: an alternative's
 * own complaint (a bad pattern, a bad property) when there is one; otherwise one message naming the
 * wanted shape.
 */
function withoutAlternativesNoise(errors: ErrorObject[]): ErrorObject[] {
  const oneOfPaths = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  const isNoise = (e: ErrorObject) =>
    e.keyword === 'oneOf' || (e.keyword === 'type' && oneOfPaths.has(e.instancePath));
  return errors.filter((e) => {
    if (e.keyword === 'type') return !oneOfPaths.has(e.instancePath);
    if (e.keyword !== 'oneOf') return true;
    const explained = errors.some(
      (other) =>
        !isNoise(other) &&
        (other.instancePath === e.instancePath || other.instancePath.startsWith(`${e.instancePath}/`)),
    );
    return !explained;
  });
}

function issuePath(error: ErrorObject): string {
  if (error.keyword === 'additionalProperties') {
    return error.instancePath + pointer(String(error.params.additionalProperty));
  }
  if (error.propertyName !== undefined) return error.instancePath + pointer(error.propertyName);
  return error.instancePath;
}

function toIssue(error: ErrorObject): ValidationIssue {
  const message =
    error.propertyName !== undefined
      ? `"${error.propertyName}" is not an allowed name here: ${ajvMessage(error, defs).replace(/^.*?: use /, 'use ')}`
      : ajvMessage(error, defs);
  return { code: `schema.${error.keyword}`, path: issuePath(error), message };
}

/** Checks a value against the journey JSON Schema; `[]` when it conforms. */
export function structuralIssues(value: unknown): ValidationIssue[] {
  const validate = validator();
  if (validate(value)) return [];
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'propertyNames');
  const seen = new Set<string>();
  return withoutAlternativesNoise(errors)
    .map(toIssue)
    .filter((issue) => {
      const key = `${issue.code}${issue.path}${issue.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
