import { normalisePostcode } from '@fingerpost/core';
import type { AddressLookupResult } from './types';

// One definition of a postcode's shape for the whole product: the forms module's.
export { normalisePostcode };

/** The message the postcode field shows, in the GOV.UK address pattern's words. */
export const INVALID_POSTCODE: AddressLookupResult = {
  ok: false,
  error: { code: 'address.invalid-postcode', message: 'Enter a real postcode' },
};
