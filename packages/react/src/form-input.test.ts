import { describe, expect, it } from 'vitest';
import { formInput } from './form-input';

function formOf(html: string): HTMLFormElement {
  const form = document.createElement('form');
  form.innerHTML = html;
  return form;
}

describe('formInput', () => {
  it('reads text, the checked radio and ticked checkboxes as a posted form would', () => {
    const form = formOf(`
      <input name="fullName" value="Ada Lovelace">
      <input type="radio" name="colour" value="red"><input type="radio" name="colour" value="blue" checked>
      <input type="checkbox" name="benefits" value="pip" checked><input type="checkbox" name="benefits" value="uc">
      <input type="checkbox" name="benefits" value="none" checked>
      <select name="borough"><option value="north">N</option><option value="south" selected>S</option></select>
      <textarea name="story">Because</textarea>`);
    expect(formInput(form)).toEqual({
      fullName: 'Ada Lovelace',
      colour: 'blue',
      benefits: ['pip', 'none'],
      borough: 'south',
      story: 'Because',
    });
  });

  it('gives an empty list when no checkbox is ticked and leaves out unchosen radios and files', () => {
    const form = formOf(`
      <input type="checkbox" name="benefits" value="pip">
      <input type="radio" name="colour" value="red">
      <input type="file" name="evidence">`);
    expect(formInput(form)).toEqual({ benefits: [] });
  });
});
