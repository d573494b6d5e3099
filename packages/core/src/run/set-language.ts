import type { Moment } from '../clock';
import { type EngineError, engineError } from '../errors';
import { RESIDENT } from '../history';
import { currentStateOf, type RunCore } from './run-core';

/**
 * The resident changes language part way through: the run (its pages and the letters and emails
 * the council sends about it) uses the new one from now on. Recorded in the history; choosing the
 * language already in use changes nothing.
 */
export function setLanguage(core: RunCore, language: string, now: Moment): EngineError | null {
  const languages = core.compiled.journey.languages;
  if (!languages.includes(language))
    return engineError(
      'language.unsupported',
      `This journey is in ${languages.join(' and ')}, not "${language}"`,
    );
  if (language === core.language) return null;
  core.history.append(
    now.at,
    'languageChanged',
    RESIDENT,
    { from: core.language, to: language },
    currentStateOf(core),
  );
  core.language = language;
  return null;
}
