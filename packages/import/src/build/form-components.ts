import type { ChoiceField, Component, FieldType, Option, ScalarField } from '@fingerpost/schema';
import type { ConditionField } from '../conditions/translate';
import { validationFor } from './form-validation';
import type { JourneyDraft } from './journey-draft';
import { optionValueFrom, optionValues } from './names';
import { htmlToText, markdownToText } from './plain-text';
import { booleanAt, stringAt } from './read';
import { humanise, type SourceComponent, type SourceListItem } from './source-component';
import { BUILT_IN, type SourceText } from './texts';

/** An XGovFormBuilder/DEFRA question, as a Fingerpost field and the component that asks it. */
export interface MappedInput {
  field: ScalarField | ChoiceField;
  component: Component;
  condition: ConditionField;
  /** Components revealed under an option, with the option value they depend on. */
  revealed: Array<{ optionValue: string; component: SourceComponent }>;
}

interface TypeRule {
  type: FieldType;
  widget?: Component['widget'];
  autocomplete?: string;
  /** Why the mapping is not exact, when it is not. */
  approximation?: string;
  pattern?: string;
}

const TIME_PATTERN = '([01]?[0-9]|2[0-3]):[0-5][0-9]';

const RULES: Record<string, TypeRule> = {
  TextField: { type: 'text' },
  MultilineTextField: { type: 'longText' },
  NumberField: { type: 'number' },
  YesNoField: { type: 'yesNo' },
  DatePartsField: { type: 'date' },
  DateField: { type: 'date' },
  MonthYearField: {
    type: 'date',
    approximation: 'Fingerpost dates have a day: the resident is asked for day, month and year',
  },
  DateTimeField: {
    type: 'date',
    approximation: 'Fingerpost asks for the date only; the time of day is not asked',
  },
  DateTimePartsField: {
    type: 'date',
    approximation: 'Fingerpost asks for the date only; the time of day is not asked',
  },
  TimeField: {
    type: 'text',
    pattern: TIME_PATTERN,
    approximation: 'Fingerpost has no time field: asked as text that must look like 14:30',
  },
  EmailAddressField: { type: 'email', autocomplete: 'email' },
  TelephoneNumberField: { type: 'phone', autocomplete: 'tel' },
  UkAddressField: { type: 'address' },
  WebsiteField: {
    type: 'text',
    pattern: 'https?://\\S+',
    approximation:
      'Fingerpost has no web address field: asked as text that must start with http:// or https://',
  },
  FileUploadField: { type: 'file' },
  RadiosField: { type: 'singleChoice', widget: 'radios' },
  SelectField: { type: 'singleChoice', widget: 'select' },
  AutocompleteField: {
    type: 'singleChoice',
    widget: 'select',
    approximation: 'Fingerpost has no autocomplete list: the choices are shown in a drop-down list',
  },
  CheckboxesField: { type: 'multipleChoice', widget: 'checkboxes' },
  DeclarationField: {
    type: 'multipleChoice',
    widget: 'checkboxes',
    approximation: 'asked as a single checkbox the resident must tick; the declaration text is its hint',
  },
  EastingNorthingField: { type: 'text', approximation: 'Fingerpost has no map fields: asked as text' },
  OsGridRefField: { type: 'text', approximation: 'Fingerpost has no map fields: asked as text' },
  NationalGridFieldNumberField: {
    type: 'text',
    approximation: 'Fingerpost has no map fields: asked as text',
  },
  LatLongField: { type: 'text', approximation: 'Fingerpost has no map fields: asked as text' },
};

/** Known `options` that the mapping uses; any other option is reported as not carried over. */
const USED_OPTIONS = new Set([
  'required',
  'optionalText',
  'autocomplete',
  'prefix',
  'maxWords',
  'condition',
  'maxDaysInPast',
  'maxDaysInFuture',
  'accept',
]);
const WIDTHS = new Set([
  '2',
  '3',
  '4',
  '5',
  '10',
  '20',
  '30',
  'one-quarter',
  'one-third',
  'one-half',
  'two-thirds',
  'full',
]);

/**
 * Maps one input component to a field of the data model and the question that asks it, or says
 * why it cannot be. `fieldName` has already been chosen (and made unique) by the importer.
 */
export function mapInput(
  source: SourceComponent,
  fieldName: string,
  draft: JourneyDraft,
): MappedInput | { unsupported: string } {
  const rule = RULES[source.type];
  if (!rule) return { unsupported: `Fingerpost has no "${source.type}" question type` };
  const { report, texts } = draft;
  const what = `${source.type} "${source.name}"`;
  let type = rule.type;
  if (type === 'number' && (stringAt(source.options, 'prefix') ?? '').trim() === '£') type = 'money';
  const label = texts.fromSourceOr(source.title, `${source.path}/title`, humanise(source.name));
  if (!source.title || source.title.en.trim() === '')
    report.approximated(`${source.path}/title`, what, `it has no title: labelled "${humanise(source.name)}"`);

  const component: Component = { field: fieldName, label };
  const hint = source.type === 'DeclarationField' ? declarationHint(source) : source.hint;
  const hintText = texts.fromSource(
    hint && plain(hint),
    `${source.path}/${source.type === 'DeclarationField' ? 'content' : 'hint'}`,
  );
  if (hintText) component.hint = hintText;
  if (booleanAt(source.options, 'required') === false) component.optional = true;
  if (rule.widget && type !== 'yesNo') component.widget = rule.widget;
  const autocomplete = stringAt(source.options, 'autocomplete') ?? rule.autocomplete;
  if (autocomplete) component.autocomplete = autocomplete;
  presentation(source, type, component, draft);
  Object.assign(component, validationFor(source, type, draft));
  if (rule.pattern) component.validation = { ...component.validation, pattern: rule.pattern };
  if (booleanAt(source.options, 'multiple') === true && type === 'file')
    report.approximated(
      `${source.path}/options/multiple`,
      'several files',
      'Fingerpost asks for one file per question',
    );
  const unused = Object.keys(source.options).filter(
    (k) => !USED_OPTIONS.has(k) && k !== 'multiple' && k !== 'classes',
  );
  if (unused.length > 0)
    report.dropped(
      `${source.path}/options`,
      `options ${unused.join(', ')}`,
      'presentation settings Fingerpost does not have',
    );

  const revealed: MappedInput['revealed'] = [];
  let field: ScalarField | ChoiceField;
  let optionMap: Map<string, string> | undefined;
  if (source.type === 'DeclarationField') {
    const option: Option = { value: 'confirmed', label: texts.builtIn(BUILT_IN.confirm) };
    field = { type: 'multipleChoice', options: [option] };
    optionMap = new Map([['true', 'confirmed']]);
  } else if (type === 'singleChoice' || type === 'multipleChoice') {
    const built = choiceOptions(source, draft);
    if ('unsupported' in built) return built;
    field = { type, options: built.options };
    optionMap = built.map;
    revealed.push(...built.revealed);
  } else {
    field = { type } as ScalarField;
  }
  if (rule.approximation) report.approximated(source.path, what, rule.approximation);
  else report.mapped(source.path, what, `asked as the ${type} field "${fieldName}"`);
  return {
    field,
    component,
    condition: { name: fieldName, type, ...(optionMap ? { options: optionMap } : {}) },
    revealed,
  };
}

function choiceOptions(
  source: SourceComponent,
  draft: JourneyDraft,
):
  | { options: [Option, ...Option[]]; map: Map<string, string>; revealed: MappedInput['revealed'] }
  | { unsupported: string } {
  const list = source.list;
  if (!list || list.items.length === 0)
    return { unsupported: `its list ${list ? `"${list.name}" has no items` : 'does not exist'}` };
  const values = optionValues();
  const map = new Map<string, string>();
  const options: Option[] = [];
  const revealed: MappedInput['revealed'] = [];
  const renamed: string[] = [];
  for (const item of list.items) {
    const key = String(item.value);
    if (map.has(key)) {
      draft.report.dropped(item.path, `list item "${key}"`, 'the list already has an item with this value');
      continue;
    }
    const value = values.take(optionValueFrom(key));
    if (value !== key) renamed.push(`${key} → ${value}`);
    map.set(key, value);
    const label = draft.texts.fromSourceOr(item.text, `${item.path}/text`, key || value);
    const option: Option = { value, label };
    const hint = draft.texts.fromSource(item.hint, `${item.path}/hint`);
    if (hint) option.hint = hint;
    options.push(option);
    if (item.condition) reportItemCondition(item, draft);
    for (const component of item.revealed) revealed.push({ optionValue: value, component });
  }
  draft.report.mapped(
    list.path,
    `list "${list.name}"`,
    `options of "${source.name}"${renamed.length > 0 ? ` (values written as Fingerpost needs them: ${renamed.join(', ')})` : ''}`,
  );
  return { options: options as [Option, ...Option[]], map, revealed };
}

function reportItemCondition(item: SourceListItem, draft: JourneyDraft): void {
  draft.report.approximated(
    `${item.path}/condition`,
    `condition "${item.condition}" on list item "${String(item.value)}"`,
    'Fingerpost options are always offered: the item is shown whatever the answers',
  );
}

/** The GOV.UK width classes XGovFormBuilder puts in `options.classes`, as Fingerpost widths. */
function presentation(
  source: SourceComponent,
  type: string,
  component: Component,
  draft: JourneyDraft,
): void {
  const classes = stringAt(source.options, 'classes') ?? '';
  const width = /govuk-input--width-(\d+)|govuk-!-width-([a-z-]+)/.exec(classes);
  const value = width?.[1] ?? width?.[2];
  if (
    value &&
    WIDTHS.has(value) &&
    !['singleChoice', 'multipleChoice', 'yesNo', 'address', 'file', 'date'].includes(type)
  )
    component.width = value as Component['width'];
  if (type === 'number') {
    const prefix = stringAt(source.options, 'prefix')?.trim();
    // Fingerpost prefixes are short symbols such as "£" or "kg"; a longer prefix belongs in the hint.
    if (prefix && prefix.length <= 3) component.prefix = prefix;
    else if (prefix)
      draft.report.dropped(
        `${source.path}/options/prefix`,
        `prefix "${prefix}"`,
        'Fingerpost prefixes are at most 3 characters',
      );
  }
}

function declarationHint(source: SourceComponent): SourceText | undefined {
  return source.content ?? source.hint;
}

/** Hints may be written in HTML (XGovFormBuilder) or Markdown (DEFRA): residents see plain text. */
function plain(text: SourceText): SourceText {
  const convert = (s: string) =>
    /[<*#[]/.test(s) ? (/<[a-z/]/i.test(s) ? htmlToText(s) : markdownToText(s)).text : s;
  return { en: convert(text.en), ...(text.cy !== undefined ? { cy: convert(text.cy) } : {}) };
}

export { plain as plainSourceText };
