import { htmlToText, markdownToText } from './plain-text';
import type { SourceComponent } from './source-component';
import type { SourceText } from './texts';

/** A content component's text as Fingerpost's plain paragraphs, and whether formatting was lost. */
export interface ContentText {
  text: SourceText;
  approximated?: string;
}

function mapText(text: SourceText, convert: (s: string) => string): SourceText {
  return { en: convert(text.en), ...(text.cy !== undefined ? { cy: convert(text.cy) } : {}) };
}

function join(parts: Array<SourceText | undefined>, separator: string): SourceText | undefined {
  const present = parts.filter((p): p is SourceText => p !== undefined && p.en.trim() !== '');
  if (present.length === 0) return undefined;
  const en = present.map((p) => p.en.trim()).join(separator);
  const welsh = present.every((p) => p.cy !== undefined && p.cy.trim() !== '');
  return welsh ? { en, cy: present.map((p) => p.cy!.trim()).join(separator) } : { en };
}

/**
 * The text of a Para, Html, Markdown, InsetText, Details, List or FlashCard component.
 * @example contentText({ type: 'Html', content: { en: '<p>Hello</p>' }, … }) // { text: { en: 'Hello' }, approximated: '…' }
 */
export function contentText(source: SourceComponent): ContentText | undefined {
  switch (source.type) {
    case 'Html': {
      if (!source.content) return undefined;
      const text = mapText(source.content, (s) => htmlToText(s).text);
      const changed = htmlToText(source.content.en).changed;
      return {
        text,
        ...(changed ? { approximated: 'HTML is shown as plain text: formatting is lost' } : {}),
      };
    }
    case 'Markdown': {
      if (!source.content) return undefined;
      const changed = markdownToText(source.content.en).changed;
      return {
        text: mapText(source.content, (s) => markdownToText(s).text),
        ...(changed ? { approximated: 'Markdown is shown as plain text: formatting is lost' } : {}),
      };
    }
    case 'Details': {
      const text = join(
        [source.title, source.content && mapText(source.content, (s) => htmlToText(s).text)],
        '\n\n',
      );
      return (
        text && { text, approximated: 'a "Details" reveal is shown as ordinary paragraphs, always open' }
      );
    }
    case 'InsetText': {
      const text = source.content && mapText(source.content, (s) => htmlToText(s).text);
      return text && { text, approximated: 'inset text is shown as an ordinary paragraph' };
    }
    case 'List':
    case 'FlashCard': {
      const items = (source.list?.items ?? []).map((item) => mapText(item.text, (s) => `• ${s}`));
      const text = join([source.title, join(items, '\n')], '\n\n');
      return text && { text, approximated: 'a list is shown as plain text with bullets' };
    }
    default: {
      const text = source.content && mapText(source.content, (s) => htmlToText(s).text);
      return text && { text };
    }
  }
}

export { join as joinTexts };
