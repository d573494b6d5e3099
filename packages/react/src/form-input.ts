/**
 * What a page's form holds, as the engine reads a posted form: one key per input name, checkbox
 * groups as lists (empty when none is ticked), unchecked radios absent. File inputs are left out:
 * their references come from the uploader.
 * @example formInput(form) // { binType: 'recycling', 'collectionDate-day': '2', benefits: ['pip'] }
 */
export function formInput(form: HTMLFormElement): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const element of Array.from(form.elements)) {
    if (
      !(
        element instanceof HTMLInputElement ||
        element instanceof HTMLTextAreaElement ||
        element instanceof HTMLSelectElement
      )
    ) {
      continue;
    }
    const name = element.name;
    if (!name || element.disabled) continue;
    if (element instanceof HTMLInputElement) {
      if (element.type === 'file' || element.type === 'submit' || element.type === 'button') continue;
      if (element.type === 'checkbox') {
        const list = Array.isArray(input[name]) ? (input[name] as string[]) : [];
        if (element.checked) list.push(element.value);
        input[name] = list;
        continue;
      }
      if (element.type === 'radio') {
        if (element.checked) input[name] = element.value;
        continue;
      }
    }
    input[name] = element.value;
  }
  return input;
}
