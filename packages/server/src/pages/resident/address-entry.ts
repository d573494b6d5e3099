import type { ComponentView } from '@fingerpost/core';
import type { AddressEntry } from '../session/session';
import { sessionOf, updateSession } from '../session/session';
import type { AddressLookupLink } from '../view-models/field-parts';
import type { StepContext } from './step-frame';

/** The address questions on the page the resident is on that are found by postcode. */
export function lookupComponents(s: StepContext): ComponentView[] {
  if (!s.kit.options.addresses || s.view.step.type !== 'question') return [];
  return s.view.step.components.filter(
    (c) => c.type === 'address' && c.widget === 'addressLookup' && c.visible,
  );
}

export const findAddressPath = (s: StepContext, field: string) => `${s.base}/find-address/${field}`;

/** Where this browser is in finding the address of one question (nothing for another question). */
export function addressEntryOf(s: StepContext, field: string): AddressEntry | null {
  const entry = sessionOf(s.c).address;
  return entry && entry.base === s.base && entry.field === field ? entry : null;
}

export function setAddressEntry(s: StepContext, entry: Omit<AddressEntry, 'base'>): void {
  updateSession(s.c, (session) => {
    session.address = { base: s.base, ...entry };
  });
}

/** Once a page is sent, what was found for it has done its job (the engine holds the answer). */
export function forgetAddressEntry(s: StepContext): void {
  if (sessionOf(s.c).address?.base === s.base) {
    updateSession(s.c, (session) => {
      delete session.address;
    });
  }
}

const isRecord = (value: unknown) => typeof value === 'object' && value !== null;

/**
 * How the question page shows its postcode-found addresses: the components with a chosen address
 * filled in, the link back to the look-up for each, or the look-up page the resident must see first
 * (an address not yet answered, typed or chosen: GOV.UK's pattern asks the postcode first).
 */
export function addressLookupsOf(
  s: StepContext,
): { redirect: string } | { components: ComponentView[]; links: Map<string, AddressLookupLink> } {
  const links = new Map<string, AddressLookupLink>();
  const chosen = new Map<string, Record<string, string>>();
  for (const view of lookupComponents(s)) {
    const entry = addressEntryOf(s, view.field);
    const shown =
      entry?.manual || entry?.chosen || isRecord(view.value) || isRecord(view.raw) || view.error !== null;
    if (!shown) return { redirect: findAddressPath(s, view.field) };
    if (entry?.chosen) chosen.set(view.field, entry.chosen);
    links.set(view.field, {
      href: findAddressPath(s, view.field),
      notice: entry?.unavailable ? s.t.addressLookupUnavailable : null,
    });
  }
  const components = s.view.step.components.map((view) =>
    chosen.has(view.field) ? { ...view, raw: chosen.get(view.field) } : view,
  );
  return { components, links };
}
