import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCsvAddressProvider } from './csv-provider';

const examples = fileURLToPath(new URL('../../../../../examples/addresses/addresses.csv', import.meta.url));
const provider = createCsvAddressProvider(examples);

describe('the example addresses file', () => {
  it('finds every address at a postcode however it is typed, in house-number order', async () => {
    const found = await provider.lookup(' ex11aa ');
    if (!found.ok) throw new Error(found.error.message);
    expect(found.addresses.map((a) => a.line1)).toEqual([
      '1 Fingerpost Lane',
      '2 Fingerpost Lane',
      '3 Fingerpost Lane',
      '5 Fingerpost Lane',
      '6 Fingerpost Lane',
      '7A Fingerpost Lane',
      '8 Fingerpost Lane',
      '10 Fingerpost Lane',
      '12 Fingerpost Lane',
      'Flat 1, 4 Fingerpost Lane',
      'Flat 2, 4 Fingerpost Lane',
      'Flat 3, 4 Fingerpost Lane',
    ]);
    expect(found.addresses[0]).toEqual({
      uprn: '990000000001',
      line1: '1 Fingerpost Lane',
      town: 'Exbridge',
      county: 'Devonshire',
      postcode: 'EX1 1AA',
      label: '1 Fingerpost Lane, Exbridge, EX1 1AA',
    });
  });

  it('keeps quoted commas and quotes, line 2 and Welsh characters', async () => {
    const market = await provider.lookup('EX1 1AB');
    expect(market.ok && market.addresses.map((a) => a.line1)).toContain('The "Old" Bakehouse, Market Square');
    const rural = await provider.lookup('EX4 9ZZ');
    expect(rural.ok && rural.addresses.find((a) => a.line1 === 'Rose Cottage')).toMatchObject({
      line2: 'Lower Combe',
      label: 'Rose Cottage, Lower Combe, Exbridge, EX4 9ZZ',
    });
    const welsh = await provider.lookup('cf10 1aa');
    expect(welsh.ok && welsh.addresses.map((a) => a.line1)).toContain('Fflat 1, Tŷ Gwyn, Heol y Castell');
  });

  it('holds about 40 addresses across its postcodes', async () => {
    const counts = await Promise.all(
      ['EX1 1AA', 'EX1 1AB', 'EX4 9ZZ', 'CF10 1AA'].map(async (p) => {
        const found = await provider.lookup(p);
        return found.ok ? found.addresses.length : 0;
      }),
    );
    expect(counts).toEqual([12, 10, 8, 10]);
  });

  it('finds nothing at a well-formed postcode it does not hold', async () => {
    expect(await provider.lookup('EX2 2BB')).toEqual({ ok: true, addresses: [] });
  });

  it.each(['EX1', 'not a postcode', '', 'EX1 1AAA'])('says "Enter a real postcode" for %j', async (typed) => {
    expect(await provider.lookup(typed)).toEqual({
      ok: false,
      error: { code: 'address.invalid-postcode', message: 'Enter a real postcode' },
    });
  });
});

describe('a broken addresses file', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'fingerpost-addresses-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('makes look-ups unavailable, and works once the file is there, without a restart', async () => {
    const file = join(dir, 'later.csv');
    const later = createCsvAddressProvider(file);
    expect(await later.lookup('EX1 1AA')).toMatchObject({
      ok: false,
      error: { code: 'address.unavailable', message: `Cannot read ${file}: ENOENT` },
    });
    await writeFile(file, 'line1,town,postcode\n1 New Road,Exbridge,ex1 1aa\n');
    expect(await later.lookup('EX1 1AA')).toMatchObject({ ok: true, addresses: [{ line1: '1 New Road' }] });
  });

  it('names the row that is wrong', async () => {
    const file = join(dir, 'bad-row.csv');
    await writeFile(file, 'line1,town,postcode\n1 New Road,Exbridge,EX1 1AA\n2 New Road,Exbridge,NOPE\n');
    expect(await createCsvAddressProvider(file).lookup('EX1 1AA')).toEqual({
      ok: false,
      error: {
        code: 'address.unavailable',
        message: `${file}: row 3 needs line1, town and a real postcode (it has "NOPE")`,
      },
    });
  });

  it('names missing columns and CSV mistakes', async () => {
    const noTown = join(dir, 'no-town.csv');
    await writeFile(noTown, 'line1,postcode\n1 New Road,EX1 1AA\n');
    expect(await createCsvAddressProvider(noTown).lookup('EX1 1AA')).toMatchObject({
      error: { message: `${noTown}: the first line must name the columns; missing town` },
    });
    const unclosed = join(dir, 'unclosed.csv');
    await writeFile(unclosed, 'line1,town,postcode\n"1 New Road,Exbridge,EX1 1AA\n');
    expect(await createCsvAddressProvider(unclosed).lookup('EX1 1AA')).toMatchObject({
      error: { code: 'address.unavailable', message: `${unclosed}: Line 2: a quoted field is never closed` },
    });
  });
});
