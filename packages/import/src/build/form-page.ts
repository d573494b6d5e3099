import { type Component, type Field, formatExpression, type Text } from '@fingerpost/schema';
import { binaryNode, fieldNode, textNode } from '../conditions/fingerpost-nodes';
import type { ConditionField } from '../conditions/translate';
import { contentText, joinTexts } from './content-components';
import { type MappedInput, mapInput } from './form-components';
import type { JourneyDraft } from './journey-draft';
import { componentKind, type SourceComponent, whyNotCarried } from './source-component';
import type { SourceText } from './texts';

/** One question of a page, with where it came from. */
export interface PageInput {
  source: SourceComponent;
  mapped: MappedInput;
  /** The question it is revealed under, when it is one of a choice's conditional questions. */
  showIf?: string;
}

/** A page's components sorted into questions and content. */
export interface PageParts {
  inputs: PageInput[];
  content: SourceText | undefined;
}

/**
 * Maps a page's components: each question becomes a field of the data model (named by
 * `nameFor`), questions revealed under a choice follow it with a `showIf`, and content components
 * become the page's text. `onField` hears of every field, so conditions can refer to it.
 */
export function mapPageComponents(
  components: readonly SourceComponent[],
  nameFor: (component: SourceComponent) => string,
  onField: (component: SourceComponent, field: ConditionField) => void,
  draft: JourneyDraft,
  fields: Record<string, Field> = draft.fields,
): PageParts {
  const inputs: PageInput[] = [];
  const content: SourceText[] = [];
  let inputSeen = false;
  const addInput = (source: SourceComponent, showIf?: string) => {
    const name = nameFor(source);
    const mapped = mapInput(source, name, draft);
    if ('unsupported' in mapped) {
      draft.report.dropped(source.path, `${source.type} "${source.name}"`, mapped.unsupported);
      return;
    }
    fields[name] = mapped.field;
    onField(source, mapped.condition);
    inputs.push({ source, mapped, ...(showIf ? { showIf } : {}) });
    inputSeen = true;
    for (const { optionValue, component } of mapped.revealed) {
      const parent = fieldNode(mapped.condition.name);
      const option = textNode(optionValue);
      const condition =
        mapped.field.type === 'multipleChoice'
          ? binaryNode('in', option, parent)
          : binaryNode('=', parent, option);
      addInput(component, formatExpression(condition));
      draft.report.mapped(
        component.path,
        `${component.type} "${component.name}"`,
        `asked on the same page when "${optionValue}" is chosen`,
      );
    }
  };
  for (const source of components) {
    const kind = componentKind(source.type);
    if (kind === 'not-carried') {
      draft.report.dropped(source.path, `${source.type} "${source.name}"`, whyNotCarried(source.type));
    } else if (kind === 'content') {
      const text = contentText(source);
      if (!text) continue;
      content.push(text.text);
      const where = inputSeen ? '; it followed the questions and is now shown above them' : '';
      if (text.approximated || inputSeen)
        draft.report.approximated(
          source.path,
          `${source.type} component`,
          `${text.approximated ?? "shown as the page's introduction"}${where}`,
        );
      else draft.report.mapped(source.path, `${source.type} component`, 'shown as text on the page');
      if (typeof source.options.condition === 'string' && source.options.condition !== '')
        draft.report.approximated(
          `${source.path}/options/condition`,
          `condition "${source.options.condition}" on content`,
          'Fingerpost shows page text whatever the answers: the content is always shown',
        );
    } else {
      addInput(source);
    }
  }
  return { inputs, content: joinTexts(content, '\n\n') };
}

/** The components of a question page, in order, with `showIf` on revealed questions. */
export function pageComponents(parts: PageParts): Component[] {
  return parts.inputs.map(({ mapped, showIf }) => ({ ...mapped.component, ...(showIf ? { showIf } : {}) }));
}

/** The page heading: the page's title, else (for several questions) the first question's label. */
export function pageTitle(
  parts: PageParts,
  title: Text | undefined,
  sourcePath: string,
  draft: JourneyDraft,
): Text | undefined {
  if (title) return title;
  if (parts.inputs.length < 2) return undefined;
  draft.report.approximated(
    sourcePath,
    'page without a title',
    'it asks several questions: the first question is its heading',
  );
  return parts.inputs[0]!.mapped.component.label;
}
