import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleJourney, FormClient, type PagesHarness, pagesHarness } from './pages.fixture';

const J = '/council-tax-single-person-discount';
const LIST = `${J}/other-adults`;
let h: PagesHarness;
beforeAll(async () => {
  h = await pagesHarness([exampleJourney('council-tax-single-person-discount')]);
});
afterAll(() => h.close());

async function atTheList(): Promise<FormClient> {
  const client = new FormClient(h.app);
  await client.get(J);
  await client.post(J, {});
  await client.post(`${J}/full-name`, { fullName: 'Sam Jones' });
  await client.post(`${J}/property-address`, {
    'propertyAddress-line1': '3 Mill Lane',
    'propertyAddress-town': 'Exampleton',
    'propertyAddress-postcode': 'EX2 3AB',
  });
  await client.post(`${J}/account-number`, {});
  await client.post(`${J}/applicant-disregard`, { applicantDisregard: 'none' });
  expect((await client.post(`${J}/anyone-else`, { anyoneElse: 'yes' })).location).toBe(LIST);
  return client;
}

describe('"add another" (MOJ add to a list)', () => {
  it('asks for the first item on the list page itself, keeping what was typed when it is refused', async () => {
    const client = await atTheList();
    const first = await client.get(LIST);
    expect(first.html).toContain(`action="${LIST}/add"`);
    const refused = await client.post(`${LIST}/add`, { fullName: 'Alex Jones' });
    expect(refused.location).toBe(`${LIST}/add`);
    const page = await client.follow(refused);
    expect(page.html).toContain('value="Alex Jones"');
    expect(page.html).toContain('<a href="#disregard">');
  });

  it('lists items with Change and Remove, and asks whether to add another', async () => {
    const client = await atTheList();
    expect(
      (await client.post(`${LIST}/add`, { fullName: 'Alex Jones', disregard: 'student' })).location,
    ).toBe(LIST);
    const list = await client.get(LIST);
    expect(list.html).toContain('Alex Jones');
    expect(list.html).toContain(`href="${LIST}/items/1"`);
    expect(list.html).toContain(`href="${LIST}/items/1/remove"`);
    expect(list.html).toContain('Do you need to add another adult?');
    const unanswered = await client.follow(await client.post(LIST, {}));
    expect(unanswered.html).toContain(
      '<a href="#add-another">Select yes if you need to add another adult</a>',
    );
    expect((await client.post(LIST, { _addAnother: 'yes' })).location).toBe(`${LIST}/add`);
  });

  it('changes an item, filled with its answers, and removes one after asking', async () => {
    const client = await atTheList();
    await client.post(`${LIST}/add`, { fullName: 'Alex Jones', disregard: 'student' });
    await client.post(`${LIST}/add`, { fullName: 'Bo Jones', disregard: 'carer' });
    const change = await client.get(`${LIST}/items/2`);
    expect(change.html).toContain('value="Bo Jones"');
    expect(change.html).toMatch(/value="carer" checked/);
    await client.post(`${LIST}/items/2`, { fullName: 'Bobbie Jones', disregard: 'carer' });
    const confirm = await client.get(`${LIST}/items/1/remove`);
    expect(confirm.html).toContain('Are you sure you want to remove Alex Jones?');
    const unanswered = await client.follow(await client.post(`${LIST}/items/1/remove`, {}));
    expect(unanswered.html).toContain('Select yes if you want to remove Alex Jones');
    await client.post(`${LIST}/items/1/remove`, { _remove: 'yes' });
    const list = await client.get(LIST);
    expect(list.html).toContain('Bobbie Jones');
    expect(list.html).not.toContain('Alex Jones');
    expect((await client.get(`${LIST}/items/9`)).location).toBe(LIST);
    expect((await client.post(LIST, { _addAnother: 'no' })).location).not.toBe(LIST);
  });
});
