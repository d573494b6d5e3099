import { type ComponentView, normalisePostcode } from '@fingerpost/core';
import type { Context } from 'hono';
import type { Address, AddressLookupResult } from '../../connected/address/types';
import { HttpError } from '../../http/http-error';
import { fill } from '../i18n/texts';
import type { Kit } from '../kit';
import { renderPage } from '../render/page';
import { readForm, textField } from '../session/form-body';
import { setFlash } from '../session/session';
import { addressEntryOf, findAddressPath, lookupComponents, setAddressEntry } from './address-entry';
import { openStep } from './open-step';
import { flashErrors, type StepContext, saveLinkOf, stepChrome } from './step-frame';

// GOV.UK's "find an address" pattern, one question at a time, without JavaScript:
//   GET/POST {page}/find-address/{field}         the postcode (and building) to look up
//   GET/POST {page}/find-address/{field}/select  "Select an address", or "No address found"
//   GET      {page}/find-address/{field}/manual  type the address into the question page instead
// A look-up that fails sends the resident to the address inputs with a message: never a dead end.

type Found = { s: StepContext; view: ComponentView; kit: Kit };

async function openLookup(c: Context, kit: Kit, j: string, stepId: string, field: string) {
  const s = await openStep(c, kit, j, stepId);
  if (s instanceof Response) return s;
  const view = lookupComponents(s).find((candidate) => candidate.field === field);
  if (!view) throw new HttpError(404, 'not-found', `There is no address to find at ${c.req.path}`);
  return { s, view, kit } satisfies Found;
}

/** Asks the provider; a provider that breaks its promise never to throw counts as unavailable. */
async function lookup(kit: Kit, postcode: string): Promise<AddressLookupResult> {
  try {
    return await kit.options.addresses!.lookup(postcode);
  } catch (error) {
    return { ok: false, error: { code: 'address.unavailable', message: (error as Error).message } };
  }
}

/** The look-up failed: log why for the service team, and let the resident type the address. */
function typeInstead(f: Found, message: string): Response {
  const log = f.kit.options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  log(`fingerpost pages: address look-up unavailable for ${f.s.base}: ${message}`);
  setAddressEntry(f.s, { field: f.view.field, manual: true, unavailable: true });
  return f.s.c.redirect(f.s.base, 303);
}

export async function showFindAddress(c: Context, kit: Kit, j: string, stepId: string, field: string) {
  const f = await openLookup(c, kit, j, stepId, field);
  if (f instanceof Response) return f;
  const { s, view } = f;
  const entry = addressEntryOf(s, field);
  const typed = s.flash?.values ?? {};
  const error = (name: string) => s.flash?.errors?.find((e) => e.field === name)?.message;
  const postcodeError = error('postcode');
  const path = findAddressPath(s, field);
  return renderPage(c, kit, 'resident/find-address.njk', stepChrome(s, view.label, flashErrors(s, 'page')), {
    find: {
      action: path,
      legend: { text: view.label, isPageHeading: true, classes: 'govuk-fieldset__legend--l' },
      hint: view.hint,
      postcode: {
        id: 'postcode',
        name: 'postcode',
        label: { text: s.t.findAddressPostcode },
        autocomplete: 'postal-code',
        spellcheck: false,
        classes: 'govuk-input--width-10',
        value: typed.postcode ?? entry?.postcode ?? '',
        ...(postcodeError ? { errorMessage: { text: postcodeError } } : {}),
      },
      building: {
        id: 'building',
        name: 'building',
        label: { text: s.t.findAddressBuilding },
        classes: 'govuk-!-width-two-thirds',
        value: typed.building ?? entry?.building ?? '',
      },
      manual: `${path}/manual`,
    },
    form: { saveLink: saveLinkOf(s) },
  });
}

export async function submitFindAddress(c: Context, kit: Kit, j: string, stepId: string, field: string) {
  const body = await readForm(c, kit.options.maxUploadBytes);
  const f = await openLookup(c, kit, j, stepId, field);
  if (f instanceof Response) return f;
  const { s } = f;
  const path = findAddressPath(s, field);
  const postcode = textField(body, 'postcode').trim();
  const building = textField(body, 'building').trim();
  const refuse = (message: string) => {
    setFlash(c, {
      path,
      form: 'page',
      errors: [{ field: 'postcode', message }],
      values: { postcode, building },
    });
    return c.redirect(path, 303);
  };
  if (postcode === '') return refuse(s.t.findAddressPostcodeRequired);
  const normalised = normalisePostcode(postcode);
  if (!normalised) return refuse(s.t.findAddressPostcodeInvalid);
  const result = await lookup(kit, normalised);
  if (!result.ok) {
    if (result.error.code === 'address.invalid-postcode') return refuse(s.t.findAddressPostcodeInvalid);
    return typeInstead(f, result.error.message);
  }
  setAddressEntry(s, { field, postcode: normalised, ...(building ? { building } : {}) });
  return c.redirect(`${path}/select`, 303);
}

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);

/** The addresses with the building the resident gave, or all of them when none has it. */
function withBuilding(addresses: Address[], building: string | undefined): Address[] {
  if (!building) return addresses;
  const wanted = words(building);
  const matching = addresses.filter((address) => {
    const have = new Set(words(address.label));
    return wanted.every((word) => have.has(word));
  });
  return matching.length > 0 ? matching : addresses;
}

const optionValue = (address: Address, index: number) => address.uprn ?? `n${index}`;

/** The addresses found at the postcode held in the session, or the response that replaces them. */
async function found(f: Found): Promise<Address[] | Response> {
  const entry = addressEntryOf(f.s, f.view.field);
  if (!entry?.postcode) return f.s.c.redirect(findAddressPath(f.s, f.view.field), 303);
  const result = await lookup(f.kit, entry.postcode);
  if (!result.ok) return typeInstead(f, result.error.message);
  return result.addresses;
}

export async function showSelectAddress(c: Context, kit: Kit, j: string, stepId: string, field: string) {
  const f = await openLookup(c, kit, j, stepId, field);
  if (f instanceof Response) return f;
  const all = await found(f);
  if (all instanceof Response) return all;
  const { s } = f;
  const entry = addressEntryOf(s, field)!;
  const path = findAddressPath(s, field);
  const t = s.t;
  const at = { postcode: entry.postcode!, search: path, manual: `${path}/manual` };
  if (all.length === 0) {
    return renderPage(c, kit, 'resident/select-address.njk', stepChrome(s, t.noAddressFoundTitle, [], path), {
      notFound: {
        ...at,
        heading: t.noAddressFoundTitle,
        text: fill(t.noAddressFound, { postcode: entry.postcode! }),
      },
    });
  }
  const addresses = withBuilding(all, entry.building);
  const error = s.flash?.errors?.find((e) => e.field === 'address')?.message;
  const count =
    addresses.length === 1 ? t.addressesFoundOne : fill(t.addressesFound, { count: addresses.length });
  return renderPage(
    c,
    kit,
    'resident/select-address.njk',
    stepChrome(s, t.selectAddressTitle, flashErrors(s, 'page'), path),
    {
      select: {
        ...at,
        action: `${path}/select`,
        caption: fill(t.addressesAtPostcode, { postcode: entry.postcode! }),
        params: {
          id: 'address',
          name: 'address',
          label: { text: t.selectAddressTitle, isPageHeading: true, classes: 'govuk-label--l' },
          items: [
            { value: '', text: count, selected: true },
            ...addresses.map((address) => ({
              value: optionValue(address, all.indexOf(address)),
              text: address.label,
            })),
          ],
          ...(error ? { errorMessage: { text: error } } : {}),
        },
      },
      form: { saveLink: saveLinkOf(s) },
    },
  );
}

export async function submitSelectAddress(c: Context, kit: Kit, j: string, stepId: string, field: string) {
  const body = await readForm(c, kit.options.maxUploadBytes);
  const f = await openLookup(c, kit, j, stepId, field);
  if (f instanceof Response) return f;
  const all = await found(f);
  if (all instanceof Response) return all;
  const { s } = f;
  const value = textField(body, 'address');
  const address = all.find((candidate, index) => value !== '' && optionValue(candidate, index) === value);
  const path = `${findAddressPath(s, field)}/select`;
  if (!address) {
    setFlash(c, { path, form: 'page', errors: [{ field: 'address', message: s.t.selectAddressRequired }] });
    return c.redirect(path, 303);
  }
  const chosen: Record<string, string> = {
    line1: address.line1,
    town: address.town,
    postcode: address.postcode,
  };
  if (address.line2) chosen.line2 = address.line2;
  if (address.county) chosen.county = address.county;
  setAddressEntry(s, { ...addressEntryOf(s, field), field, chosen });
  return c.redirect(s.base, 303);
}

/** "Enter the address manually": the question page with its address inputs. */
export async function enterManually(c: Context, kit: Kit, j: string, stepId: string, field: string) {
  const f = await openLookup(c, kit, j, stepId, field);
  if (f instanceof Response) return f;
  setAddressEntry(f.s, { field, manual: true });
  return c.redirect(f.s.base, 303);
}
