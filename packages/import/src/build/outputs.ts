import type { Output } from '@fingerpost/schema';
import type { ConditionField } from '../conditions/translate';
import type { JourneyDraft } from './journey-draft';
import { NameAllocator, slugFrom } from './names';

/** The outputs being written, with unique ids. */
export class OutputWriter {
  private readonly ids = new NameAllocator('-', 80);

  constructor(private readonly draft: JourneyDraft) {}

  webhook(name: string, url: string, path: string): void {
    if (!isWebAddress(url)) {
      this.draft.report.dropped(
        path,
        `webhook "${name}"`,
        `"${url}" is not a web address Fingerpost can send to`,
      );
      return;
    }
    const id = this.ids.take(slugFrom(name, 'webhook'));
    this.draft.outputs.push({ type: 'webhook', id, url });
    this.draft.report.mapped(
      path,
      `webhook "${name}"`,
      `webhook output "${id}" (set its signing secret with secretEnv)`,
    );
  }

  /**
   * A GOV.UK Notify email to the resident. `to` must be an email question; personalisation maps
   * template placeholders to questions, and placeholders naming no question are reported.
   */
  email(
    name: string,
    templateId: string,
    to: ConditionField | undefined,
    personalisation: Array<{ key: string; field: ConditionField | undefined }>,
    path: string,
  ): void {
    if (templateId.trim() === '') {
      this.draft.report.dropped(path, `Notify email "${name}"`, 'it has no Notify template id');
      return;
    }
    if (to?.type !== 'email') {
      this.draft.report.dropped(
        path,
        `Notify email "${name}"`,
        to
          ? `it is sent to "${to.name}", which is not an email address question`
          : 'the question it is sent to does not exist',
      );
      return;
    }
    const id = this.ids.take(slugFrom(name, 'email'));
    const output: Output = { type: 'email', id, templateId, to: to.name };
    const values: Record<string, string> = {};
    for (const { key, field } of personalisation) {
      if (field) values[key] = field.name;
      else
        this.draft.report.dropped(
          `${path}/personalisation`,
          `placeholder "${key}"`,
          'it names no question of the form',
        );
    }
    if (Object.keys(values).length > 0) output.personalisation = values;
    this.draft.outputs.push(output);
    this.draft.report.mapped(path, `Notify email "${name}"`, `email output "${id}" to "${to.name}"`);
  }
}

function isWebAddress(url: string): boolean {
  if (!/^https?:\/\//.test(url)) return false;
  try {
    new URL(url);
    return !/\s/.test(url);
  } catch {
    return false;
  }
}
