/** One address, in the shape of the journey format's address answer plus what the look-up adds. */
export interface Address {
  /** Ordnance Survey's Unique Property Reference Number, when the source has one. */
  uprn?: string;
  line1: string;
  line2?: string;
  town: string;
  county?: string;
  /** Normalised: upper case, one space before the inward code ("EX1 1AA"). */
  postcode: string;
  /** One line for a select list: "Flat 2, 14 Fore Street, Exbridge, EX1 1AA". */
  label: string;
}

export type AddressErrorCode = 'address.unavailable' | 'address.invalid-postcode';

export type AddressLookupResult =
  | { ok: true; addresses: Address[] }
  | { ok: false; error: { code: AddressErrorCode; message: string } };

/**
 * Finds the addresses at a postcode. An empty list is a real answer (no addresses there);
 * address.unavailable means the look-up failed and the page must offer manual entry instead.
 */
export interface AddressProvider {
  lookup(postcode: string): Promise<AddressLookupResult>;
}
