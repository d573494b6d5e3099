import { navigate } from './router';

/** GOV.UK header with the service name, and a way to sign out. */
export function Header({ onSignOut }: { onSignOut: (() => void) | null }) {
  return (
    <header className="govuk-header designer-header" data-module="govuk-header">
      <div className="govuk-header__container govuk-width-container designer-width">
        <div className="govuk-header__logo">
          <a
            href="/designer/"
            className="govuk-header__link govuk-header__link--homepage"
            onClick={(event) => {
              event.preventDefault();
              navigate({ page: 'list' });
            }}
          >
            <span className="govuk-header__logotype-text designer-logotype">Fingerpost designer</span>
          </a>
        </div>
        {onSignOut ? (
          <div className="designer-header__actions">
            <button
              type="button"
              className="govuk-button govuk-button--inverse govuk-!-margin-bottom-0"
              onClick={onSignOut}
            >
              Sign out
            </button>
          </div>
        ) : null}
      </div>
    </header>
  );
}
