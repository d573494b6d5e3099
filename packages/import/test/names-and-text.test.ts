import { describe, expect, it } from 'vitest';
import { fieldNameFrom, NameAllocator, optionValueFrom, questionWords, slugFrom } from '../src/build/names';
import { htmlToText, markdownToText } from '../src/build/plain-text';

describe('names for Fingerpost', () => {
  it.each([
    ['date_of-birth', 'dateOfBirth'],
    ['OzsABV', 'ozsABV'],
    ['2ndApplicant', 'field2ndApplicant'],
    ['in', 'inAnswer'],
    ['constructor', 'constructorAnswer'],
    ['Café name', 'cafeName'],
    ['', 'answer'],
  ])('field name from %j is %j', (source, name) => {
    expect(fieldNameFrom(source)).toBe(name);
  });

  it.each([
    ['/Your Details/', 'your-details'],
    ['/2nd-page', 'page-2nd-page'],
    ['residentReceipt', 'resident-receipt'],
    ['/', 'page'],
  ])('slug from %j is %j', (source, slug) => {
    expect(slugFrom(source)).toBe(slug);
  });

  it.each([
    ['Universal Credit', 'universal-credit'],
    ['140L', '140l'],
    ['none_of_the_above', 'none_of_the_above'],
    ['---', 'option'],
  ])('option value from %j is %j', (source, value) => {
    expect(optionValueFrom(source)).toBe(value);
  });

  it.each([
    ['What is your date of birth?', 'date of birth'],
    ['Do you live in the borough?', 'live borough'],
    ["What is the registered keeper's address?", 'registered keeper address'],
    ['How many items of furniture are there?', 'many items of furniture'],
  ])('names %j after %j', (question, words) => {
    expect(questionWords(question)).toBe(words);
  });

  it('hands out each name once, numbering repeats', () => {
    const names = new NameAllocator('-', 10);
    expect([names.take('page'), names.take('page'), names.take('page'), names.take('abcdefghij')]).toEqual([
      'page',
      'page-2',
      'page-3',
      'abcdefghij',
    ]);
    expect(names.take('abcdefghij')).toBe('abcdefgh-2');
  });
});

describe('plain text from HTML and Markdown', () => {
  it('keeps paragraphs, bullets and link addresses, and decodes entities', () => {
    expect(
      htmlToText(
        '<h2>Fees</h2><p>It costs &pound;10 &amp; takes <strong>3</strong> days.</p><ul><li>Card</li><li>Cash</li></ul><p>See <a href="https://x.gov.uk">our page</a>.</p>',
      ),
    ).toEqual({
      text: 'Fees\n\nIt costs £10 & takes 3 days.\n\n• Card\n• Cash\n\nSee our page (https://x.gov.uk).',
      changed: true,
    });
    expect(htmlToText('Plain words')).toEqual({ text: 'Plain words', changed: false });
  });

  it('keeps a blank line between a paragraph and a list', () => {
    expect(
      markdownToText('## Next\n\nYou need:\n\n* a photo\n- a bill\n\n**Bold** and [a link](https://x.gov.uk)')
        .text,
    ).toBe('Next\n\nYou need:\n\n• a photo\n• a bill\n\nBold and a link (https://x.gov.uk)');
  });
});
