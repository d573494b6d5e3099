import type { Text } from '@fingerpost/schema';
import type { ReportBuilder } from '../report';

/** A text from the source form in English and, when the source gives it, Welsh. */
export interface SourceText {
  en: string;
  cy?: string;
}

interface Registered {
  text: { en: string; cy?: string };
  path: string;
  fromSource: boolean;
}

const MAX_LISTED = 5;

/**
 * Every resident-facing text the import writes passes through here, so that the journey can be
 * made bilingual only when the whole source form is: a journey declaring Welsh must have Welsh
 * everywhere, so a partly translated form is imported in English and its Welsh reported dropped.
 */
export class TextRegistry {
  private readonly registered: Registered[] = [];
  private readonly objects = new Set<object>();

  /**
   * A Text for the journey from a source text, or undefined when the source text is empty.
   * `path` is where the text sits in the source form.
   */
  fromSource(text: SourceText | undefined, path: string): Text | undefined {
    if (!text || text.en.trim() === '') return undefined;
    return this.register(text, path, true);
  }

  /** A Text from a source text, or from `fallback` (English) when the source text is empty. */
  fromSourceOr(text: SourceText | undefined, path: string, fallback: string): Text {
    return this.fromSource(text, path) ?? this.register({ en: fallback.trim() || 'Untitled' }, path, true);
  }

  /** A text the importer writes itself, given in both languages. */
  builtIn(text: { en: string; cy: string }): Text {
    return this.register(text, '', false);
  }

  private register(source: SourceText, path: string, fromSource: boolean): Text {
    const text: { en: string; cy?: string } = { en: source.en.trim() };
    const welsh = source.cy?.trim();
    if (welsh) text.cy = welsh;
    this.registered.push({ text, path, fromSource });
    this.objects.add(text);
    return text;
  }

  /** True when the source gave Welsh for every one of its texts (and had at least one). */
  isFullyWelsh(): boolean {
    const source = this.registered.filter((r) => r.fromSource);
    return source.length > 0 && source.every((r) => r.text.cy !== undefined);
  }

  /**
   * Decides the journey's languages and rewrites every registered text in `value` for them:
   * `{ en, cy }` objects when bilingual, plain English strings otherwise.
   */
  finish<T>(value: T, report: ReportBuilder): { value: T; languages: [string, ...string[]] } {
    const welsh = this.isFullyWelsh();
    if (welsh) {
      report.mapped('', 'Welsh texts', 'every text has Welsh: the journey declares languages en and cy');
      return { value, languages: ['en', 'cy'] };
    }
    const withWelsh = this.registered.filter((r) => r.fromSource && r.text.cy !== undefined);
    if (withWelsh.length > 0) {
      const missing = this.registered.filter((r) => r.fromSource && r.text.cy === undefined);
      const listed = missing
        .slice(0, MAX_LISTED)
        .map((r) => r.path || '/')
        .join(', ');
      const more = missing.length > MAX_LISTED ? ` and ${missing.length - MAX_LISTED} more` : '';
      report.dropped(
        withWelsh[0]!.path,
        `Welsh texts (${withWelsh.length} of ${withWelsh.length + missing.length})`,
        `the form is only partly translated (no Welsh at ${listed}${more}); a journey that declares Welsh needs it for every text, so the journey is English only`,
      );
    }
    return { value: this.toEnglish(value) as T, languages: ['en'] };
  }

  private toEnglish(value: unknown): unknown {
    if (Array.isArray(value)) return value.map((v) => this.toEnglish(v));
    if (value === null || typeof value !== 'object') return value;
    if (this.objects.has(value)) return (value as { en: string }).en;
    const copy: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) copy[key] = this.toEnglish(child);
    return copy;
  }
}

/** Texts the importer writes itself, in English and Welsh. */
export const BUILT_IN = {
  checkAnswersTitle: {
    en: 'Check your answers before sending your application',
    cy: 'Gwiriwch eich atebion cyn anfon eich cais',
  },
  submittedTitle: { en: 'Application complete', cy: 'Cais wedi’i gwblhau' },
  exitTitle: { en: 'You cannot continue', cy: 'Ni allwch barhau' },
  noneOfTheAbove: { en: 'None of the above', cy: 'Dim un o’r uchod' },
  title: { en: 'Title', cy: 'Teitl' },
  firstName: { en: 'First name', cy: 'Enw cyntaf' },
  middleNames: { en: 'Middle names', cy: 'Enwau canol' },
  lastName: { en: 'Last name', cy: 'Cyfenw' },
  item: { en: 'item', cy: 'eitem' },
  confirm: { en: 'I confirm', cy: 'Rwy’n cadarnhau' },
} as const;
