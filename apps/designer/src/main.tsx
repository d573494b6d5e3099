import 'govuk-frontend-dist/govuk/govuk-frontend.min.css';
import './styles/designer.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

// GOV.UK Frontend styles some components differently once JavaScript runs; the designer always runs it.
document.body.classList.add('js-enabled', 'govuk-frontend-supported');

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
