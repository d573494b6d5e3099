import { startJourney } from '@fingerpost/core';
import type { Step } from '@fingerpost/schema';
import { describe, expect, it } from 'vitest';
import { importForm } from '../src/index';
import { fixture, imported, itemsAt } from './support/fixtures';
import type { Json } from './support/json';

const stepById = (steps: Step[], id: string) => steps.find((s) => s.id === id) as Json;

describe('GOV.UK Forms answer types', () => {
  const { journey, report } = imported('govuk-forms', fixture('govuk-forms', 'parking-permit-answer-types'));

  it('names fields and pages after their questions', () => {
    expect(journey.id).toBe('apply-for-a-residents-parking-permit');
    expect(journey.steps.map((s) => s.id).slice(0, 4)).toEqual([
      'name',
      'address',
      'date-of-birth',
      'email-address',
    ]);
    expect(Object.keys(journey.fields)).toContain('vehicleRegistrationNumber');
  });

  it('maps each answer type and its settings', () => {
    const types = Object.fromEntries(
      Object.entries(journey.fields).map(([name, field]) => [name, field!.type]),
    );
    expect(types).toMatchObject({
      title: 'text',
      firstName: 'text',
      lastName: 'text',
      address: 'address',
      dateOfBirth: 'date',
      emailAddress: 'email',
      phoneNumber: 'phone',
      nationalInsuranceNumber: 'text',
      permitNeed: 'singleChoice',
      vehicleRegistrationNumber: 'text',
      manyVehiclesRegisteredAddress: 'number',
      permitStart: 'date',
      parkingZonesNeed: 'multipleChoice',
      findOutAboutParking: 'singleChoice',
      findOutAboutParkingOther: 'text',
      organisationWork: 'text',
      anythingElseKnow: 'longText',
      uploadVehicleLogbookV5c: 'file',
      elseNamedVehicleLogbookList: 'group',
      registeredKeeperAddress: 'address',
      streetLive: 'singleChoice',
    });
    expect(stepById(journey.steps, 'date-of-birth').components[0]).toMatchObject({
      validation: { past: true },
      autocomplete: 'bday',
    });
    expect(stepById(journey.steps, 'phone-number').components[0].optional).toBe(true);
    expect(stepById(journey.steps, 'anything-else-know').components[0].optional).toBe(true);
  });

  it('asks a name in parts on one page, the title optional', () => {
    const name = stepById(journey.steps, 'name');
    expect(name.title).toBe('What is your name?');
    expect(name.components.map((c: Json) => [c.field, c.label, c.autocomplete, c.optional ?? false])).toEqual(
      [
        ['title', 'Title', 'honorific-prefix', true],
        ['firstName', 'First name', 'given-name', false],
        ['lastName', 'Last name', 'family-name', false],
      ],
    );
  });

  it('offers "None of the above" on optional selections, exclusive among checkboxes, with its follow-up question', () => {
    expect(journey.fields.parkingZonesNeed).toMatchObject({
      options: [
        { value: 'zone-a' },
        { value: 'zone-b' },
        { value: 'zone-c' },
        { value: 'none_of_the_above', label: 'None of the above', exclusive: true },
      ],
    });
    const heard = stepById(journey.steps, 'find-out-about-parking');
    expect(heard.components[0].optional).toBeUndefined();
    expect(heard.components[1]).toMatchObject({
      field: 'findOutAboutParkingOther',
      label: 'How else did you find out?',
      showIf: 'findOutAboutParking = "none_of_the_above"',
      optional: true,
    });
    expect(journey.fields.permitNeed).toMatchObject({
      options: [
        { value: 'resident' },
        { value: 'visitor' },
        { value: 'carer-permit', label: 'Carer permit' },
      ],
    });
  });

  it('uses a page heading and guidance as the page title and introduction', () => {
    expect(stepById(journey.steps, 'vehicle-registration-number')).toMatchObject({
      title: 'Your vehicle',
      intro:
        'You can only get a permit for a vehicle that is:\n\n• registered at your address\n• taxed\n\nRead the permit rules (https://www.example.gov.uk/permit-rules).',
    });
  });

  it('turns a repeatable question into an add-another list and long lists into a drop-down', () => {
    expect(stepById(journey.steps, 'else-named-vehicle-logbook')).toMatchObject({
      type: 'addAnother',
      group: 'elseNamedVehicleLogbookList',
    });
    expect(journey.fields.elseNamedVehicleLogbookList).toEqual({
      type: 'group',
      fields: { elseNamedVehicleLogbook: { type: 'text', personalData: true } },
    });
    expect(stepById(journey.steps, 'street-live').components[0].widget).toBe('select');
  });

  it('ends with check answers, the declaration, what happens next and the support contact', () => {
    expect(stepById(journey.steps, 'check-answers').declaration).toBe(
      'By submitting this application you confirm that the vehicle is kept at your address.',
    );
    expect(stepById(journey.steps, 'confirmation')).toMatchObject({
      whatHappensNext:
        'We will email you within 5 working days.\n\n• If we approve your application, we will post your permit.\n• If we need more information, we will contact you.',
      contact:
        'Email: parking@example.gov.uk\n\nPhone: 01632 960 123, Monday to Friday, 9am to 5pm\n\nOnline: Parking help (https://www.example.gov.uk/parking)',
    });
  });

  it('reports what it approximates and the platform settings it leaves out', () => {
    expect(itemsAt(report, '/steps/16').approximated[0]?.why).toMatch(/international addresses/);
    expect(itemsAt(report, '/steps/5').approximated[0]?.why).toMatch(/National Insurance/);
    expect(itemsAt(report, '/payment_url').dropped[0]?.why).toMatch(/payments/);
    expect(itemsAt(report, '/submission_email').dropped).toHaveLength(1);
    expect(report.dropped.map((i) => i.path)).not.toContain('/created_at');
  });
});

describe('GOV.UK Forms routing', () => {
  const { journey, report } = imported('govuk-forms', fixture('govuk-forms', 'bulky-waste-routing'));

  it('turns an exit page into an ineligible end', () => {
    expect(stepById(journey.steps, 'live-borough').next).toEqual([
      { when: 'liveBorough = "no"', goTo: 'you-cannot-use-this-service' },
      { goTo: 'need-collected' },
    ]);
    expect(stepById(journey.steps, 'you-cannot-use-this-service')).toEqual({
      id: 'you-cannot-use-this-service',
      type: 'end',
      outcome: 'ineligible',
      title: 'You cannot use this service',
      body: 'We only collect bulky waste from homes in the borough.\n\nContact your own council (https://www.gov.uk/find-local-council).',
    });
  });

  it('routes on an answer, skips at the end of a branch, and skips to check answers', () => {
    expect(stepById(journey.steps, 'need-collected').next).toEqual([
      { when: 'needCollected = "electrical-items"', goTo: 'fridge-or-freezer' },
      { goTo: 'many-items-of-furniture' },
    ]);
    expect(stepById(journey.steps, 'many-items-of-furniture').next).toBe('leave-items');
    expect(stepById(journey.steps, 'fridge-or-freezer').next).toEqual([
      { when: 'fridgeOrFreezer = "yes"', goTo: 'check-answers' },
      { goTo: 'leave-items' },
    ]);
    expect(stepById(journey.steps, 'hear-about-service').next[0]).toEqual({
      when: 'hearAboutService = "none_of_the_above"',
      goTo: 'check-answers',
    });
  });

  it('reports the routes GOV.UK Forms would never apply', () => {
    expect(itemsAt(report, '/steps/1/routing_conditions/1').dropped[0]?.why).toBe(
      "GOV.UK Forms only applies a page's first routing condition",
    );
    expect(itemsAt(report, '/steps/6/routing_conditions/0').dropped[0]?.why).toBe(
      'routes only apply to selection questions',
    );
  });
});

describe('GOV.UK Forms Welsh and problems', () => {
  it('imports the English and Welsh documents of a form as one bilingual journey', () => {
    const { journey } = imported('govuk-forms', fixture('govuk-forms', 'disabled-parking-bay-welsh'));
    expect(journey.languages).toEqual(['en', 'cy']);
    const run = startJourney(journey, { clock: () => new Date('2026-03-02T10:00:00Z'), language: 'cy' });
    expect(run.view().step.components[0]?.label).toBe('Oes gennych Fathodyn Glas?');
    expect(run.view().step.components[0]?.options.map((o) => o.label)).toEqual(['Oes', 'Nac oes']);
    const refused = run.submit(run.view().step.id, { [run.view().step.components[0]!.field]: 'no' });
    expect(refused.ok && refused.view.outcome).toMatchObject({
      kind: 'ineligible',
      title: 'Mae angen Bathodyn Glas arnoch yn gyntaf',
    });
  });

  it('imports English only, and says why, when a Welsh form comes without its Welsh document', () => {
    const [english] = fixture('govuk-forms', 'disabled-parking-bay-welsh');
    const { journey, report } = imported('govuk-forms', english);
    expect(journey.languages).toEqual(['en']);
    expect(itemsAt(report, '/available_languages').dropped[0]?.why).toMatch(
      /Welsh form document was not given/,
    );
  });

  it.each([
    ['a list without an English document', [{ language: 'cy', steps: [] }], 'import.not-a-form', ''],
    ['a document without steps', { name: 'Empty', steps: [] }, 'import.no-pages', '/steps'],
    [
      'a start page that is not a step',
      { start_page: 'zzz', steps: [{ id: 'a', data: { question_text: 'Q?', answer_type: 'text' } }] },
      'import.no-start',
      '/start_page',
    ],
  ])('refuses %s', (_, input, code, path) => {
    expect(importForm('govuk-forms', input)).toMatchObject({ ok: false, error: { code, path } });
  });
});
