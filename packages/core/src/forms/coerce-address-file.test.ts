import { describe, expect, it } from 'vitest';
import { formFor, inEnglish, inWelsh } from './council-journey.fixture';

describe('home address', () => {
  const form = formFor('address');

  it('reads the flat inputs of the HTML page and normalises the postcode', () => {
    const posted = {
      'homeAddress-line1': ' 10 Downing Street ',
      'homeAddress-line2': '',
      'homeAddress-town': 'London',
      'homeAddress-postcode': 'sw1a2aa',
    };
    expect(form.parse(posted, inEnglish())).toEqual({
      ok: true,
      values: { homeAddress: { line1: '10 Downing Street', town: 'London', postcode: 'SW1A 2AA' } },
      hidden: [],
    });
  });

  it('reads an object from JSON clients', () => {
    const homeAddress = {
      line1: '1 Castle Street',
      line2: 'Flat 2',
      town: 'Cardiff',
      county: 'Glamorgan',
      postcode: 'CF10 1BH',
    };
    expect(form.parse({ homeAddress }, inEnglish())).toMatchObject({ values: { homeAddress } });
  });

  it('asks for the whole address when nothing is entered', () => {
    expect(form.parse({}, inEnglish())).toMatchObject({
      errors: [{ field: 'homeAddress', code: 'required', message: 'Enter your home address' }],
    });
  });

  it('asks for each missing part in turn and keeps what was typed', () => {
    const noTown = { 'homeAddress-line1': '1 High Street', 'homeAddress-postcode': 'B33 8TH' };
    expect(form.parse(noTown, inEnglish())).toMatchObject({
      errors: [{ code: 'required', message: 'Enter town or city' }],
      raw: { homeAddress: { line1: '1 High Street', postcode: 'B33 8TH' } },
    });
    expect(form.parse({ homeAddress: { town: 'Leeds', postcode: 'LS1 1UR' } }, inWelsh())).toMatchObject({
      errors: [{ message: "Rhowch linell 1 y cyfeiriad, fel arfer yr adeilad a'r stryd" }],
    });
    expect(
      form.parse({ homeAddress: { line1: '1 High Street', town: 'Leeds', postcode: 'LS1' } }, inEnglish()),
    ).toMatchObject({
      errors: [{ code: 'format', message: 'Enter a real postcode' }],
    });
  });
});

describe('proof of benefits upload', () => {
  const form = formFor('proof');
  const letter = { id: 'file-1', name: 'award-letter.pdf', size: 180_000, type: 'application/pdf' };

  it('accepts a stored PDF under the size limit', () => {
    expect(form.parse({ proofOfBenefits: letter }, inEnglish())).toEqual({
      ok: true,
      values: { proofOfBenefits: letter },
      hidden: [],
    });
  });

  it('refuses a file over 2MB', () => {
    const big = { ...letter, size: 2048 * 1024 + 1 };
    expect(form.parse({ proofOfBenefits: big }, inEnglish())).toMatchObject({
      errors: [
        { field: 'proofOfBenefits', code: 'maxSizeKb', message: 'The selected file must be 2MB or smaller' },
      ],
    });
    expect(form.parse({ proofOfBenefits: big }, inWelsh())).toMatchObject({
      errors: [{ message: "Rhaid i'r ffeil a ddewiswyd fod yn 2MB neu'n llai" }],
    });
  });

  it('refuses a file of the wrong type, naming the allowed types', () => {
    const word = {
      ...letter,
      name: 'letter.docx',
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    };
    expect(form.parse({ proofOfBenefits: word }, inEnglish())).toMatchObject({
      errors: [{ code: 'accept', message: 'The selected file must be a JPG, PNG or PDF' }],
    });
    expect(form.parse({ proofOfBenefits: word }, inWelsh())).toMatchObject({
      errors: [{ message: "Rhaid i'r ffeil a ddewiswyd fod yn JPG, PNG neu PDF" }],
    });
  });

  it('asks for a file when none is given, and refuses a malformed reference', () => {
    expect(form.parse({}, inEnglish())).toMatchObject({
      errors: [{ code: 'required', message: 'Select a file with proof of your benefits' }],
    });
    expect(form.parse({ proofOfBenefits: { name: 'x.pdf' } }, inEnglish())).toMatchObject({
      errors: [{ code: 'format' }],
    });
  });
});
