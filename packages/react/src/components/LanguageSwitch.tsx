const NAMES: Record<string, string> = { en: 'English', cy: 'Cymraeg' };

interface LanguageSwitchProps {
  languages: readonly string[];
  current: string;
  label: string;
  onChange: (language: string) => void;
}

/** GOV.UK language navigation between the journey's languages (English and Cymraeg). */
export function LanguageSwitch({ languages, current, label, onChange }: LanguageSwitchProps) {
  if (languages.length < 2) return null;
  return (
    <nav className="govuk-language-navigation" aria-label={label}>
      <ul className="govuk-language-navigation__list">
        {languages.map((language) => (
          <li className="govuk-language-navigation__list-item" key={language}>
            {language === current ? (
              <span className="govuk-language-navigation__text" aria-current="true" lang={language}>
                {NAMES[language] ?? language}
              </span>
            ) : (
              <a
                className="govuk-language-navigation__link"
                href={`#lang-${language}`}
                lang={language}
                hrefLang={language}
                onClick={(event) => {
                  event.preventDefault();
                  onChange(language);
                }}
              >
                {NAMES[language] ?? language}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
