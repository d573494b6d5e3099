import type { JourneyDraft } from './journey-draft';
import { isObject, type JsonObject } from './read';

/** Why a top-level setting of a source form has no place in a Fingerpost journey. */
const WHY: Record<string, string> = {
  fees: 'Fingerpost journeys have no payments yet; take payment in the case system',
  feeOptions: 'Fingerpost journeys have no payments yet',
  payApiKey: 'Fingerpost journeys have no payments yet; keys are never copied into a journey',
  paymentReferenceFormat:
    'Fingerpost journeys have no payments yet; the reference prefix is set with referencePrefix',
  feedback: 'Fingerpost asks for feedback itself (the journey\'s "feedback" settings)',
  phaseBanner: "the phase banner is the server's setting, not the journey's",
  authentication: "signing in is the server's concern, not the journey's",
  jwtKey: "signing in is the server's concern; keys are never copied into a journey",
  magicLinkConfig: "signing in is the server's concern, not the journey's",
  analytics: "analytics are the server's concern, not the journey's",
  metadata: 'metadata stays with the source system',
  payment_url: 'Fingerpost journeys have no payments yet; take payment in the case system',
  privacy_policy_url: "the privacy notice link is the server's setting, not the journey's",
  submission_email:
    'Fingerpost sends submissions to the council by webhook; email delivery to a team is set up in the server',
  submission_type:
    'Fingerpost sends submissions to the council by webhook; email delivery to a team is set up in the server',
  outputEmail:
    'Fingerpost sends submissions to the council by webhook; email delivery to a team is set up in the server',
  outputs:
    'Fingerpost sends submissions to the council by webhook; email delivery to a team is set up in the server',
  exitOptions: 'saving and leaving is handled by the Fingerpost server',
  toggle: 'feature toggles are not part of a journey',
  webhookHmacSharedKey:
    "keys are never copied into a journey; set the webhook secret in the server's environment",
  fileUploadHmacSharedKey: 'keys are never copied into a journey',
};

/**
 * Reports every top-level property of the source that the importer did not use, so the report
 * says exactly what was not carried over.
 */
export function reportUnusedTopLevel(
  source: JsonObject,
  used: ReadonlySet<string>,
  draft: JourneyDraft,
  base = '',
): void {
  for (const [key, value] of Object.entries(source)) {
    if (used.has(key) || value === undefined || value === null || value === '' || value === false) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (isObject(value) && Object.keys(value).length === 0) continue;
    draft.report.dropped(
      `${base}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`,
      `"${key}"`,
      WHY[key] ?? 'not part of the Fingerpost journey format',
    );
  }
}
