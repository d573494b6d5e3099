import type { PageProps } from './page-props';

/** While caseworkers decide: the application is with them, and the reference to quote. */
export function AwaitingDecisionPage({ journey, text }: Omit<PageProps, 'upload'>) {
  const { view } = journey;
  return (
    <>
      <h1 className="govuk-heading-l">{text.awaitingTitle}</h1>
      {view.reference ? (
        <p className="govuk-body">
          {text.referenceNumber}: <strong>{view.reference}</strong>
        </p>
      ) : null}
      <p className="govuk-body">{text.awaitingBody}</p>
    </>
  );
}
