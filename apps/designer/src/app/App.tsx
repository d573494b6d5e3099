import { useCallback, useMemo } from 'react';
import { DesignerApi } from '../api/designer-api';
import { JourneyListPage } from '../journeys/JourneyListPage';
import { ReviewPage } from '../review/ReviewPage';
import { EditorPage } from './EditorPage';
import { Header } from './Header';
import { useRoute } from './router';
import { SignIn } from './SignIn';
import { useDesignerToken } from './session';

/** The designer: sign in with a token, then the journey list or the editor for one version. */
export function App() {
  const [token, setToken] = useDesignerToken();
  const route = useRoute();
  const api = useMemo(() => (token ? new DesignerApi({ token }) : null), [token]);
  const signOut = useCallback(() => setToken(null), [setToken]);
  return (
    <>
      <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
        Skip to main content
      </a>
      <Header onSignOut={token && route.page !== 'review' ? signOut : null} />
      <div className="govuk-width-container designer-width">
        <main className="govuk-main-wrapper" id="main-content">
          {route.page === 'review' ? (
            <ReviewPage
              key={`${route.journeyId}@${route.version}`}
              journeyId={route.journeyId}
              version={route.version}
            />
          ) : !api ? (
            <SignIn onToken={setToken} />
          ) : route.page === 'editor' ? (
            <EditorPage
              key={`${route.journeyId}@${route.version}`}
              api={api}
              journeyId={route.journeyId}
              version={route.version}
              onUnauthorised={signOut}
            />
          ) : (
            <JourneyListPage api={api} onUnauthorised={signOut} />
          )}
        </main>
      </div>
    </>
  );
}
