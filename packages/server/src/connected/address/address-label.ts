import type { Address } from './types';

/** "Flat 2, 14 Fore Street, Heavitree, Exbridge, EX1 1AA": every part the resident would check. */
export function addressLabel(address: Omit<Address, 'label'>): string {
  return [address.line1, address.line2, address.town, address.postcode]
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .join(', ');
}

const order = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

/** In the order a resident scans for their home: 2 before 10, Flat 2 before Flat 10. */
export function sortAddresses(addresses: Address[]): Address[] {
  return [...addresses].sort((a, b) => order.compare(a.label, b.label));
}
