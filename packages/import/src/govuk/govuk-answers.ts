import type { ChoiceField, Component, Option, ScalarField, Text } from '@fingerpost/schema';
import { formatExpression } from '@fingerpost/schema';
import type { JourneyDraft } from '../build/journey-draft';
import { type NameAllocator, optionValueFrom, optionValues } from '../build/names';
import { markdownToText } from '../build/plain-text';
import { arrayAt, booleanAt, isObject, objectAt, scalarText, stringAt } from '../build/read';
import { BUILT_IN } from '../build/texts';
import { binaryNode, fieldNode, textNode } from '../conditions/fingerpost-nodes';
import { answerSettings, type GovukStep, govukText, stepText } from './govuk-source';

/** One GOV.UK Forms question as Fingerpost fields and the components that ask them. */
export interface GovukQuestion {
  fields: Record<string, ScalarField | ChoiceField>;
  components: [Component, ...Component[]];
  /** The page heading, when the question has several inputs or its own page heading. */
  title?: Text;
  intro?: Text;
  /** For selection questions: the field, and the source answer value → option value. */
  selection?: { field: string; values: Map<string, string>; multiple: boolean };
  /** Set for a repeatable question: the group its answers fill. */
  group?: string;
}

const NI_PATTERN = '[A-CEGHJ-PR-TW-Za-ceghj-pr-tw-z]{2} ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-Da-d]';
const NONE_OF_THE_ABOVE = 'none_of_the_above';

/**
 * Maps a question step by its `answer_type` and `answer_settings`. `names` hands out field names
 * (the journey's, or a group's for repeatable questions); `base` is the name the question suggests.
 */
export function mapGovukQuestion(
  step: GovukStep,
  base: string,
  names: NameAllocator,
  draft: JourneyDraft,
): GovukQuestion | { unsupported: string } {
  const { texts, report } = draft;
  const answerType = stringAt(step.data, 'answer_type') ?? '';
  const settings = answerSettings(step);
  const inputType = stringAt(settings.english, 'input_type');
  const question = stepText(step, 'question_text');
  if (!question) return { unsupported: 'the question has no question_text' };
  const label = texts.fromSource(question, `${step.pointer}/data/question_text`)!;
  const hintSource = stepText(step, 'hint_text');
  const hint = texts.fromSource(hintSource, `${step.pointer}/data/hint_text`);
  const optional = booleanAt(step.data, 'is_optional') === true;
  const what = `${answerType || 'unknown'} question`;
  const single = (
    type: ScalarField['type'],
    extra: Partial<Component> = {},
    note?: string,
  ): GovukQuestion => {
    const field = names.take(base);
    if (note) report.approximated(step.pointer, what, note);
    else report.mapped(step.pointer, what, `asked as the ${type} field "${field}"`);
    return {
      fields: { [field]: { type } },
      components: [
        { field, label, ...(hint ? { hint } : {}), ...(optional ? { optional: true } : {}), ...extra },
      ],
    };
  };
  switch (answerType) {
    case 'text':
      return single(inputType === 'long_text' ? 'longText' : 'text');
    case 'number':
      return single('number');
    case 'date':
      return single(
        'date',
        inputType === 'date_of_birth' ? { validation: { past: true }, autocomplete: 'bday' } : {},
      );
    case 'email':
      return single('email', { autocomplete: 'email' });
    case 'phone_number':
      return single('phone', { autocomplete: 'tel' });
    case 'organisation_name':
      return single('text', { autocomplete: 'organization' });
    case 'national_insurance_number':
      return single(
        'text',
        { validation: { pattern: NI_PATTERN } },
        'checked with a National Insurance number pattern (2 letters, 6 digits, A to D)',
      );
    case 'file':
      return single('file');
    case 'address': {
      const kinds = objectAt(settings.english, 'input_type');
      const international = booleanAt(kinds, 'international_address') === true;
      return single(
        'address',
        {},
        international
          ? 'Fingerpost addresses are UK addresses: international addresses cannot be given'
          : undefined,
      );
    }
    case 'name':
      return nameQuestion(step, base, names, label, hint, optional, draft);
    case 'selection':
      return selectionQuestion(step, base, names, label, hint, optional, draft);
    default:
      return { unsupported: `GOV.UK Forms has no answer type "${answerType}" that Fingerpost knows` };
  }
}

function nameQuestion(
  step: GovukStep,
  base: string,
  names: NameAllocator,
  label: Text,
  hint: Text | undefined,
  optional: boolean,
  draft: JourneyDraft,
): GovukQuestion {
  const settings = answerSettings(step).english;
  const inputType = stringAt(settings, 'input_type') ?? 'full_name';
  if (inputType === 'full_name' && booleanAt(settings, 'title_needed') !== true) {
    const field = names.take(base);
    draft.report.mapped(step.pointer, 'name question', `asked as the text field "${field}"`);
    return {
      fields: { [field]: { type: 'text', personalData: true } },
      components: [
        {
          field,
          label,
          ...(hint ? { hint } : {}),
          ...(optional ? { optional: true } : {}),
          autocomplete: 'name',
        },
      ],
    };
  }
  const parts: Array<{
    name: string;
    text: { en: string; cy: string };
    autocomplete: string;
    optional?: boolean;
  }> = [];
  if (booleanAt(settings, 'title_needed') === true)
    parts.push({ name: 'title', text: BUILT_IN.title, autocomplete: 'honorific-prefix', optional: true });
  if (inputType === 'full_name') parts.push({ name: base, text: { en: '', cy: '' }, autocomplete: 'name' });
  else {
    parts.push({ name: 'firstName', text: BUILT_IN.firstName, autocomplete: 'given-name' });
    if (inputType === 'first_middle_and_last_name')
      parts.push({
        name: 'middleNames',
        text: BUILT_IN.middleNames,
        autocomplete: 'additional-name',
        optional: true,
      });
    parts.push({ name: 'lastName', text: BUILT_IN.lastName, autocomplete: 'family-name' });
  }
  const fields: GovukQuestion['fields'] = {};
  const components = parts.map((part): Component => {
    const field = names.take(part.name);
    fields[field] = { type: 'text', personalData: true };
    const partLabel = part.text.en === '' ? label : draft.texts.builtIn(part.text);
    return {
      field,
      label: partLabel,
      autocomplete: part.autocomplete,
      ...(optional || part.optional ? { optional: true } : {}),
    };
  });
  draft.report.mapped(
    step.pointer,
    'name question',
    `asked as ${components.length} text fields on one page: ${Object.keys(fields).join(', ')}`,
  );
  return {
    fields,
    components: components as GovukQuestion['components'],
    title: label,
    ...(hint ? { intro: hint } : {}),
  };
}

function selectionQuestion(
  step: GovukStep,
  base: string,
  names: NameAllocator,
  label: Text,
  hint: Text | undefined,
  optional: boolean,
  draft: JourneyDraft,
): GovukQuestion | { unsupported: string } {
  const { english, welsh } = answerSettings(step);
  const multiple =
    stringAt(english, 'only_one_option') !== 'true' && booleanAt(english, 'only_one_option') !== true;
  const welshOptions = arrayAt(welsh, 'selection_options');
  const values = new Map<string, string>();
  const allocator = optionValues();
  const options: Option[] = [];
  const renamed: string[] = [];
  arrayAt(english, 'selection_options').forEach((option, i) => {
    const name = stringAt(option, 'name');
    if (!name?.trim()) return;
    const sourceValue = scalarText(isObject(option) ? option.value : undefined) ?? name;
    if (values.has(sourceValue)) return;
    const value = allocator.take(optionValueFrom(sourceValue));
    if (value !== sourceValue) renamed.push(`${sourceValue} → ${value}`);
    values.set(sourceValue, value);
    const welshName = stringAt(
      welshOptions.find((o) => scalarText(isObject(o) ? o.value : undefined) === sourceValue) ??
        welshOptions[i],
      'name',
    );
    options.push({
      value,
      label: draft.texts.fromSource(
        govukText(name, welshName),
        `${step.pointer}/data/answer_settings/selection_options/${i}/name`,
      )!,
    });
  });
  if (options.length === 0) return { unsupported: 'the selection question has no options' };
  const field = names.take(base);
  const components: Component[] = [];
  const none = allocator.take(NONE_OF_THE_ABOVE);
  if (optional) {
    // An optional selection question offers "None of the above" and must then be answered.
    values.set(NONE_OF_THE_ABOVE, none);
    options.push({
      value: none,
      label: draft.texts.builtIn(BUILT_IN.noneOfTheAbove),
      ...(multiple ? { exclusive: true } : {}),
    });
  }
  const many = options.length > 30 && !multiple;
  components.push({
    field,
    label,
    ...(hint ? { hint } : {}),
    widget: multiple ? 'checkboxes' : many ? 'select' : 'radios',
  });
  const fields: GovukQuestion['fields'] = {
    [field]: {
      type: multiple ? 'multipleChoice' : 'singleChoice',
      options: options as [Option, ...Option[]],
    },
  };
  const followUp = objectAt(english, 'none_of_the_above_question');
  const followUpText = govukText(
    stringAt(followUp, 'question_text'),
    stringAt(objectAt(welsh, 'none_of_the_above_question'), 'question_text'),
  );
  if (optional && followUpText) {
    const extra = names.take(`${base}Other`);
    fields[extra] = { type: 'text' };
    const chosen = multiple
      ? binaryNode('in', textNode(none), fieldNode(field))
      : binaryNode('=', fieldNode(field), textNode(none));
    components.push({
      field: extra,
      label: draft.texts.fromSource(
        followUpText,
        `${step.pointer}/data/answer_settings/none_of_the_above_question/question_text`,
      )!,
      showIf: formatExpression(chosen),
      ...(booleanAt(followUp, 'is_optional') === true ? { optional: true } : {}),
    });
  }
  const how = `asked as the ${multiple ? 'multipleChoice' : 'singleChoice'} field "${field}"${optional ? ' with "None of the above"' : ''}${renamed.length > 0 ? ` (values written as Fingerpost needs them: ${renamed.join(', ')})` : ''}`;
  if (many)
    draft.report.approximated(
      step.pointer,
      'selection question',
      `${how}; its ${options.length} options are a drop-down list rather than an autocomplete`,
    );
  else draft.report.mapped(step.pointer, 'selection question', how);
  return {
    fields,
    components: components as GovukQuestion['components'],
    ...(components.length > 1 ? { title: label } : {}),
    selection: { field, values, multiple },
  };
}

/** Guidance written in Markdown, shown as plain text above the question. */
export function guidanceText(step: GovukStep, draft: JourneyDraft): Text | undefined {
  const guidance = stepText(step, 'guidance_markdown');
  if (!guidance) return undefined;
  const converted = markdownToText(guidance.en);
  if (converted.changed)
    draft.report.approximated(
      `${step.pointer}/data/guidance_markdown`,
      'guidance',
      'Markdown is shown as plain text: formatting is lost',
    );
  else draft.report.mapped(`${step.pointer}/data/guidance_markdown`, 'guidance', 'shown above the question');
  return draft.texts.fromSource(
    { en: converted.text, ...(guidance.cy !== undefined ? { cy: markdownToText(guidance.cy).text } : {}) },
    `${step.pointer}/data/guidance_markdown`,
  );
}
