import { readFile } from 'node:fs/promises';
import { addressLabel, sortAddresses } from './address-label';
import { parseCsv } from './csv';
import { INVALID_POSTCODE, normalisePostcode } from './postcode';
import type { Address, AddressLookupResult, AddressProvider } from './types';

const COLUMNS = ['uprn', 'line1', 'line2', 'town', 'county', 'postcode'] as const;
const REQUIRED = ['line1', 'town', 'postcode'] as const;

type Loaded = { ok: true; byPostcode: Map<string, Address[]> } | { ok: false; message: string };

/** Reads the file into addresses grouped by postcode, or says exactly what is wrong with it. */
export function readAddressCsv(text: string, file: string): Loaded {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, message: `${file}: ${parsed.error.message}` };
  const [header = [], ...rows] = parsed.rows;
  const names = header.map((name) => name.trim().toLowerCase());
  const missing = REQUIRED.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    return {
      ok: false,
      message: `${file}: the first line must name the columns; missing ${missing.join(', ')}`,
    };
  }
  const index = Object.fromEntries(COLUMNS.map((column) => [column, names.indexOf(column)]));
  const byPostcode = new Map<string, Address[]>();
  for (const [i, row] of rows.entries()) {
    const cell = (column: (typeof COLUMNS)[number]) => {
      const at = index[column] ?? -1;
      return at < 0 ? '' : (row[at] ?? '').trim();
    };
    const postcode = normalisePostcode(cell('postcode'));
    if (!postcode || !cell('line1') || !cell('town')) {
      return {
        ok: false,
        message: `${file}: row ${i + 2} needs line1, town and a real postcode (it has "${cell('postcode')}")`,
      };
    }
    const fields: Omit<Address, 'label'> = { line1: cell('line1'), town: cell('town'), postcode };
    if (cell('uprn')) fields.uprn = cell('uprn');
    if (cell('line2')) fields.line2 = cell('line2');
    if (cell('county')) fields.county = cell('county');
    const list = byPostcode.get(postcode) ?? [];
    list.push({ ...fields, label: addressLabel(fields) });
    byPostcode.set(postcode, list);
  }
  return { ok: true, byPostcode };
}

/**
 * An address provider over a CSV file (columns uprn, line1, line2, town, county, postcode), for
 * development and demonstrations without an Ordnance Survey key. The file is read on first use;
 * a file that is missing or malformed makes look-ups unavailable (so pages fall back to manual
 * entry) and is read again on the next look-up, so fixing it needs no restart.
 *
 * @example
 * const addresses = createCsvAddressProvider('examples/addresses/addresses.csv');
 * await addresses.lookup('ex1 1aa'); // { ok: true, addresses: [{ line1: '1 Fingerpost Lane', town: 'Exbridge', … }, …] }
 */
export function createCsvAddressProvider(file: string): AddressProvider {
  let loaded: Promise<Loaded> | undefined;
  const load = (): Promise<Loaded> => {
    loaded ??= readFile(file, 'utf8').then(
      (text) => readAddressCsv(text, file),
      (error: NodeJS.ErrnoException) => ({
        ok: false,
        message: `Cannot read ${file}: ${error.code ?? error.message}`,
      }),
    );
    return loaded;
  };
  return {
    async lookup(postcode: string): Promise<AddressLookupResult> {
      const normalised = normalisePostcode(String(postcode ?? ''));
      if (!normalised) return INVALID_POSTCODE;
      const data = await load();
      if (!data.ok) {
        loaded = undefined;
        return { ok: false, error: { code: 'address.unavailable', message: data.message } };
      }
      return { ok: true, addresses: sortAddresses(data.byPostcode.get(normalised) ?? []) };
    },
  };
}
