import { describe, expect, it } from 'vitest';
import { addressFromDpa, titleCase } from './os-places-lines';

describe('titleCase', () => {
  it.each([
    ['FORE STREET', 'Fore Street'],
    ['NEWCASTLE UPON TYNE', 'Newcastle upon Tyne'],
    ['STOKE-ON-TRENT', 'Stoke-on-Trent'],
    ['THE OLD RECTORY', 'The Old Rectory'],
    ["ST JOHN'S ROAD", "St John's Road"],
    ["O'NEILL HOUSE", "O'Neill House"],
    ['FLAT 12A', 'Flat 12A'],
  ])('%s → %s', (from, to) => {
    expect(titleCase(from)).toBe(to);
  });
});

describe('addressFromDpa', () => {
  it('puts the number with the street and the post town as the town', () => {
    expect(
      addressFromDpa({
        UPRN: '100023336956',
        BUILDING_NUMBER: '10',
        THOROUGHFARE_NAME: 'DOWNING STREET',
        POST_TOWN: 'LONDON',
        POSTCODE: 'SW1A 2AA',
      }),
    ).toEqual({
      uprn: '100023336956',
      line1: '10 Downing Street',
      town: 'London',
      postcode: 'SW1A 2AA',
      label: '10 Downing Street, London, SW1A 2AA',
    });
  });

  it('puts the flat, building name and organisation before the street, and localities on line 2', () => {
    expect(
      addressFromDpa({
        ORGANISATION_NAME: 'EXBRIDGE TENANTS ASSOCIATION',
        SUB_BUILDING_NAME: 'FLAT 2',
        BUILDING_NAME: 'ROSE COURT',
        BUILDING_NUMBER: '14',
        DEPENDENT_THOROUGHFARE_NAME: 'MARKET MEWS',
        THOROUGHFARE_NAME: 'FORE STREET',
        DEPENDENT_LOCALITY: 'HEAVITREE',
        POST_TOWN: 'EXETER',
        POSTCODE: 'EX1 2AB',
      }),
    ).toMatchObject({
      line1: 'Exbridge Tenants Association, Flat 2, Rose Court, 14 Market Mews, Fore Street',
      line2: 'Heavitree',
      town: 'Exeter',
    });
  });

  it('treats a building "name" such as 12A as the number', () => {
    expect(
      addressFromDpa({
        BUILDING_NAME: '12A',
        THOROUGHFARE_NAME: 'HIGH STREET',
        POST_TOWN: 'CREDITON',
        POSTCODE: 'EX17 3AA',
      }),
    ).toMatchObject({ line1: '12A High Street' });
  });

  it('keeps a rural named house without a street, with its village on line 2', () => {
    expect(
      addressFromDpa({
        BUILDING_NAME: 'ROSE COTTAGE',
        DEPENDENT_LOCALITY: 'NEWTON ST CYRES',
        POST_TOWN: 'EXETER',
        POSTCODE: 'ex55aa',
      }),
    ).toEqual({
      line1: 'Rose Cottage',
      line2: 'Newton St Cyres',
      town: 'Exeter',
      postcode: 'EX5 5AA',
      label: 'Rose Cottage, Newton St Cyres, Exeter, EX5 5AA',
    });
  });

  it('puts a number with the village when there is no street', () => {
    expect(
      addressFromDpa({
        BUILDING_NUMBER: '3',
        DEPENDENT_LOCALITY: 'LOWER COMBE',
        POST_TOWN: 'EXETER',
        POSTCODE: 'EX5 5AB',
      }),
    ).toMatchObject({ line1: '3 Lower Combe' });
  });

  it('skips a record without a post town or a postcode', () => {
    expect(
      addressFromDpa({ BUILDING_NUMBER: '1', THOROUGHFARE_NAME: 'A ROAD', POSTCODE: 'EX1 1AA' }),
    ).toBeUndefined();
    expect(
      addressFromDpa({ BUILDING_NUMBER: '1', THOROUGHFARE_NAME: 'A ROAD', POST_TOWN: 'EXETER' }),
    ).toBeUndefined();
  });
});
