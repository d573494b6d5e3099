import type { JourneySnapshot } from '@fingerpost/core';
import { FingerpostJourney } from '@fingerpost/react';
import type { Journey } from '@fingerpost/schema';
import { useState } from 'react';
import { newReference } from './reference';

const SAVED = 'fingerpost-example-application';

function saved(): JourneySnapshot | undefined {
  try {
    const text = localStorage.getItem(SAVED);
    return text ? (JSON.parse(text) as JourneySnapshot) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A council's page around a journey: the GOV.UK header and width container, and the journey run
 * in the browser by @fingerpost/react. The application is saved in the browser after every page,
 * so a reload carries on where the resident was.
 */
export function App({ journey, clock }: { journey: Journey; clock?: () => Date }) {
  const [reference] = useState(() => newReference(journey.referencePrefix ?? 'REF'));
  const [snapshot] = useState(saved);
  return (
    <>
      <header className="govuk-header" data-module="govuk-header">
        <div className="govuk-header__container govuk-width-container">
          <span className="govuk-header__service-name">Example Council</span>
        </div>
      </header>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content">
          <FingerpostJourney
            journey={journey}
            reference={reference}
            {...(snapshot ? { snapshot } : {})}
            {...(clock ? { clock } : {})}
            onChange={(_, run) => localStorage.setItem(SAVED, JSON.stringify(run.snapshot()))}
          />
        </main>
      </div>
    </>
  );
}
