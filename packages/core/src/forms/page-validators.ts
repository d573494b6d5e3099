import type { ValidateFunction } from 'ajv';
import { ajv } from './ajv-instance';

type Schema = Record<string, unknown>;

/**
 * Page validators, compiled by ajv on first use and shared by pages of the same shape. Compiling a
 * validator costs about a millisecond, so compiling every page of a 5,000-page journey up front
 * dominated compile time while a resident only ever submits a few dozen of them. One set lives in
 * each compiled journey, so validators go when the journey version is dropped.
 * @example
 * const validators = new PageValidators();
 * const validate = validators.lazy({ type: 'object', properties: { age: { type: 'integer' } } });
 * validate()({ age: 3 }); // true
 */
export class PageValidators {
  private readonly byShape = new Map<string, ValidateFunction>();

  /** How many distinct validators have been compiled so far. */
  get compiled(): number {
    return this.byShape.size;
  }

  /**
   * A getter that compiles the schema on its first call and returns the same validator after.
   * The schema may be given as a function: it is then built on that first call too.
   */
  lazy(schema: Schema | (() => Schema)): () => ValidateFunction {
    let validate: ValidateFunction | null = null;
    return () => {
      validate ??= this.validatorFor(typeof schema === 'function' ? schema() : schema);
      return validate;
    };
  }

  private validatorFor(schema: Schema): ValidateFunction {
    // Page schemas are built by pageSchema in a fixed key order, so equal shapes give equal JSON.
    const shape = JSON.stringify(schema);
    let validate = this.byShape.get(shape);
    if (!validate) {
      validate = ajv.compile(schema);
      // ajv keeps every schema object it compiled; the validator is ours to keep, so let ajv forget it.
      ajv.removeSchema(schema);
      this.byShape.set(shape, validate);
    }
    return validate;
  }
}
