import type { UiText } from '../ui-text';

/** GOV.UK back link: returns to the page the resident saw before. */
export function BackLink({ text, target, onBack }: { text: UiText; target: string; onBack: () => void }) {
  return (
    <a
      href={`#${target}`}
      className="govuk-back-link"
      onClick={(event) => {
        event.preventDefault();
        onBack();
      }}
    >
      {text.back}
    </a>
  );
}
