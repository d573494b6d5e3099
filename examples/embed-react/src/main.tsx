import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import { validateJourney } from '@fingerpost/schema';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import journey from '../../report-missed-bin/journey.json';
import { App } from './App';

// Never run a journey that does not validate: say what is wrong instead.
const checked = validateJourney(journey);
const root = createRoot(document.getElementById('root')!);
if (checked.ok) {
  root.render(
    <StrictMode>
      <App journey={checked.journey} />
    </StrictMode>,
  );
} else {
  root.render(<pre>{checked.errors.map((e) => `${e.path}: ${e.message}`).join('\n')}</pre>);
}
