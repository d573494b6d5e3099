import { Component, type ReactNode } from 'react';

/** Shows what went wrong if the engine cannot run the draft, instead of losing the whole editor. */
export class PreviewBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (this.state.error) {
      return (
        <div className="govuk-error-summary" role="alert">
          <h2 className="govuk-error-summary__title">The preview cannot run this journey</h2>
          <div className="govuk-error-summary__body">
            <p className="govuk-body">{this.state.error.message}</p>
          </div>
        </div>
      );
    }
    return this.props.children;
  }
}
