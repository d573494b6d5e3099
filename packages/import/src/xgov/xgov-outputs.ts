import type { JourneyDraft } from '../build/journey-draft';
import { OutputWriter } from '../build/outputs';
import { arrayAt, type JsonObject, objectAt, stringAt } from '../build/read';
import type { ConditionField } from '../conditions/translate';

/**
 * XGovFormBuilder outputs: "notify" emails the resident through GOV.UK Notify and "webhook" posts
 * the submission, and both have Fingerpost equivalents; "email" (the whole submission to a fixed
 * address) and "sheets" do not. API keys are never copied.
 */
export function writeXgovOutputs(
  definition: JsonObject,
  byKey: ReadonlyMap<string, ConditionField>,
  draft: JourneyDraft,
): void {
  const writer = new OutputWriter(draft);
  const fieldFor = (name: string | undefined) => {
    if (!name) return undefined;
    return byKey.get(name) ?? [...byKey.entries()].find(([key]) => key.endsWith(`.${name}`))?.[1];
  };
  arrayAt(definition, 'outputs').forEach((output, i) => {
    const path = `/outputs/${i}`;
    const type = stringAt(output, 'type') ?? '';
    const name = stringAt(output, 'name') ?? stringAt(output, 'title') ?? type;
    const configuration = objectAt(output, 'outputConfiguration') ?? {};
    if (type === 'webhook') {
      writer.webhook(name, stringAt(configuration, 'url') ?? '', path);
    } else if (type === 'notify') {
      const personalisation = arrayAt(configuration, 'personalisation')
        .filter((key): key is string => typeof key === 'string')
        .map((key) => ({ key: key.split('.').pop()!, field: fieldFor(key) }));
      writer.email(
        name,
        stringAt(configuration, 'templateId') ?? '',
        fieldFor(stringAt(configuration, 'emailField')),
        personalisation,
        path,
      );
      if (configuration.apiKey !== undefined)
        draft.report.dropped(
          `${path}/outputConfiguration/apiKey`,
          'Notify API key',
          'keys are never copied into a journey; the server holds the Notify key',
        );
    } else if (type === 'email') {
      draft.report.dropped(
        path,
        `email output "${name}"`,
        'Fingerpost emails go to the resident; send submissions to a team with a webhook into the case system',
      );
    } else {
      draft.report.dropped(
        path,
        `${type || 'unknown'} output "${name}"`,
        'Fingerpost outputs are webhooks and Notify emails',
      );
    }
  });
}
