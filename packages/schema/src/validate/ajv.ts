import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * One ajv instance for the format's schemas. `verbose` keeps each error's parent schema, which the
 * messages use to name what was expected; discriminators make a step's `type` pick its branch, so a
 * wrong step reports its own problems instead of nine failed alternatives.
 */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    discriminator: true,
    strict: true,
    strictRequired: false,
    strictTypes: false,
    strictTuples: false,
    allowUnionTypes: true,
  });
  addFormats(ajv);
  return ajv;
}
