import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClamdScanner } from '../connected/scanning/clamd-scanner';
import { eicarTestFile, findClamd, startTestClamd, type TestClamd } from '../connected/scanning/test-clamd';
import type { Scanner } from '../connected/scanning/types';
import { everyComponentJourney } from './every-component.fixture';
import { FormClient, type PagesHarness, pagesHarness } from './pages.fixture';

const J = '/every-component';

async function atTheUpload(h: PagesHarness, language = 'en'): Promise<FormClient> {
  const client = new FormClient(h.app);
  if (language !== 'en') await client.get(`${J}?lang=${language}`);
  await client.get(J);
  await client.post(J, {});
  const answers: Array<[string, Record<string, string | string[]>]> = [
    ['name', { fullName: 'Ceri Evans' }],
    ['contact', { contactBy: 'email', email: 'ceri@example.com' }],
    ['pets', { pets: 'none' }],
    ['car', { hasCar: 'no' }],
    [
      'household',
      { children: '0', rent: '500', 'moveDate-day': '1', 'moveDate-month': '1', 'moveDate-year': '2020' },
    ],
    ['where', { 'home-line1': '5 Church Street', 'home-town': 'Exampleton', 'home-postcode': 'EX3 4EF' }],
    ['postcode', {}],
    ['reason', { reason: 'Parking' }],
  ];
  for (const [step, fields] of answers) {
    expect((await client.post(`${J}/${step}`, fields)).location, step).not.toBe(`${J}/${step}`);
  }
  return client;
}

/** A PDF of about `bytes` bytes (the runtime looks at what a file really is). */
const pdf = (bytes: number, name = 'proof.pdf') =>
  new File(['%PDF-1.4\n', new Uint8Array(Math.max(0, bytes - 9)).fill(32)], name, {
    type: 'application/pdf',
  });

describe('file uploads', () => {
  let h: PagesHarness;
  beforeAll(async () => {
    h = await pagesHarness([everyComponentJourney()], { bodyLimit: 20 * 1024 * 1024 });
  });
  afterAll(() => h.close());

  it('refuses a file over the question’s limit', async () => {
    const client = await atTheUpload(h);
    const form = new FormData();
    form.append('proof', pdf(2049 * 1024));
    const page = await client.follow(await client.postMultipart(`${J}/proof`, form));
    expect(page.html).toContain('<a href="#proof">The selected file must be smaller than 2MB</a>');
  });

  it('refuses a file of a type the question does not take, by the engine’s check', async () => {
    const client = await atTheUpload(h);
    const form = new FormData();
    form.append('proof', new File(['GIF89a'], 'proof.gif', { type: 'image/gif' }));
    const page = await client.follow(await client.postMultipart(`${J}/proof`, form));
    expect(page.html).toMatch(/<a href="#proof">[^<]*(JPG|PDF)[^<]*<\/a>/);
  });

  it('keeps the file uploaded before when the input is left empty', async () => {
    const client = await atTheUpload(h);
    const form = new FormData();
    form.append('proof', pdf(100, 'first.pdf'));
    expect((await client.postMultipart(`${J}/proof`, form)).location).toBe(`${J}/check`);
    await client.get(`${J}/proof/change`);
    const again = await client.get(`${J}/proof`);
    expect(again.html).toContain('You have uploaded first.pdf');
    const empty = new FormData();
    empty.append('proof', new File([], ''));
    const check = await client.follow(await client.postMultipart(`${J}/proof`, empty));
    expect(check.html).toContain('first.pdf');
  });
});

describe('an upload over the app’s 1 MiB limit for other bodies', () => {
  it('reaches the page, which judges its size, rather than being cut off', async () => {
    const h = await pagesHarness([everyComponentJourney()]);
    try {
      const client = await atTheUpload(h);
      const form = new FormData();
      form.append('proof', pdf(1536 * 1024));
      const response = await client.postMultipart(`${J}/proof`, form);
      expect(response.status).not.toBe(413);
      expect(response.status).toBeLessThan(500);
    } finally {
      await h.close();
    }
  });
});

describe('an upload over the app’s upload limit', () => {
  it('gets the GOV.UK error page, not a problem document', async () => {
    const h = await pagesHarness([everyComponentJourney()]);
    try {
      const client = await atTheUpload(h);
      const form = new FormData();
      // Form uploads get the upload limit (10 MiB), not the 1 MiB limit of other bodies.
      form.append('proof', pdf(10 * 1024 * 1024 + 1));
      const refused = await client.postMultipart(`${J}/proof`, form);
      expect(refused.status).toBe(413);
      expect(refused.headers.get('content-type')).toContain('text/html');
      expect(refused.html).toContain('The file you chose is too big');
    } finally {
      await h.close();
    }
  });
});

/** Posts one file to the upload page and returns the message shown beside the input. */
async function refusal(client: FormClient, file: File): Promise<string> {
  const form = new FormData();
  form.append('proof', file);
  const page = await client.follow(await client.postMultipart(`${J}/proof`, form));
  expect(page.status).toBe(200);
  return (
    /<p id="proof-error" class="govuk-error-message">\s*<span[^>]*>[^<]*<\/span>\s*([^<]*)/
      .exec(page.html)?.[1]
      ?.trim() ?? ''
  );
}

const png = () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('a refused upload is explained in the resident’s language', () => {
  const unreachable: Scanner = createClamdScanner(
    { socketPath: '/nonexistent/clamd.ctl' },
    { timeoutMs: 1000 },
  );
  let h: PagesHarness;
  beforeAll(async () => {
    h = await pagesHarness([everyComponentJourney()], { bodyLimit: 20 * 1024 * 1024, scanner: unreachable });
  });
  afterAll(() => h.close());

  it('refuses the file, rather than failing or storing it unscanned, when the virus scanner cannot be reached', async () => {
    const english = await atTheUpload(h);
    expect(await refusal(english, pdf(100))).toBe('The selected file could not be uploaded – try again');
    const welsh = await atTheUpload(h, 'cy');
    expect(await refusal(welsh, pdf(100))).toBe(
      'Nid oedd modd uwchlwytho’r ffeil a ddewiswyd – rhowch gynnig arall arni',
    );
  });

  it('names the types the question takes, and what a misnamed file really is', async () => {
    const welsh = await atTheUpload(h, 'cy');
    const unknown = new File([new Uint8Array([0, 1, 2, 3, 4, 5])], 'proof.bin', {
      type: 'application/octet-stream',
    });
    expect(await refusal(welsh, unknown)).toBe('Rhaid i’r ffeil a ddewiswyd fod yn PDF neu JPG');
    const misnamed = new File([png()], 'payslip.pdf', { type: 'application/pdf' });
    expect(await refusal(welsh, misnamed)).toBe(
      'Enw’r ffeil a ddewiswyd yw “payslip.pdf” ond PNG ydyw. Dewiswch y ffeil gywir, neu ei chadw gyda’r math cywir',
    );
    const english = await atTheUpload(h);
    expect(await refusal(english, misnamed)).toBe(
      'The selected file is called “payslip.pdf” but it is a PNG. Choose the right file, or save it with the right type',
    );
    expect(await refusal(welsh, pdf(2049 * 1024))).toBe('Rhaid i’r ffeil a ddewiswyd fod yn llai na 2MB');
  });
});

describe.skipIf(findClamd() === undefined)('an upload with a virus, scanned by a real clamd', () => {
  let clamd: TestClamd;
  let h: PagesHarness;
  beforeAll(async () => {
    clamd = await startTestClamd();
    const scanner = createClamdScanner({ socketPath: clamd.socketPath }, { timeoutMs: 10_000 });
    h = await pagesHarness([everyComponentJourney()], { scanner });
  }, 30_000);
  afterAll(async () => {
    await h?.close();
    await clamd?.stop();
  });

  it('is refused with the message in English or Welsh', async () => {
    const virus = () => new File([eicarTestFile()], 'letter.txt', { type: 'text/plain' });
    expect(await refusal(await atTheUpload(h), virus())).toBe('The selected file contains a virus');
    expect(await refusal(await atTheUpload(h, 'cy'), virus())).toBe('Mae feirws yn y ffeil a ddewiswyd');
  });
});
