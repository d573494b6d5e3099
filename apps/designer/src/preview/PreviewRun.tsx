import { compileCurrent, JourneyScreen, useJourney } from '@fingerpost/react';
import type { Journey } from '@fingerpost/schema';
import { useState } from 'react';
import { stepTitle } from '../map/step-summary';
import { SelectField } from '../ui/SelectField';
import { replayTo, routeTo } from './jump-to-step';
import { PreviewPayment } from './PreviewPayment';
import { previewPaymentId } from './preview-payment';
import { routeTaken } from './route-taken';

const JUMP_TARGETS = new Set([
  'question',
  'addAnother',
  'content',
  'checkAnswers',
  'feedback',
  'payment',
  'end',
]);

/**
 * The running preview, with a way to jump to any page: the route explorer finds answers that lead
 * there, and the preview replays them through the engine.
 */
export function PreviewRun({
  journey,
  language,
  onRoute,
}: {
  journey: Journey;
  language: string;
  onRoute: (route: string[]) => void;
}) {
  const running = useJourney(journey, {
    language,
    reference: `${journey.referencePrefix ?? 'FP'}-PREVIEW`,
    onChange: (view, run) => onRoute(routeTaken(journey, run.history(), view.step.id)),
    // The preview never takes money: Continue to payment pays at once with a made-up payment.
    takePayment: () => ({ paymentId: previewPaymentId(), state: 'success' }),
  });
  const targets = journey.steps.filter((s) => JUMP_TARGETS.has(s.type));
  const [target, setTarget] = useState(targets[0]?.id ?? '');
  const [message, setMessage] = useState('');
  const jump = () => {
    const route = routeTo(compileCurrent(journey), target, new Date());
    if (!route) {
      setMessage(`No route through the journey reaches ${target}.`);
      return;
    }
    const replay = replayTo(running, journey, route, target);
    setMessage(
      replay.problem
        ? `The preview could not reach ${target}: ${replay.problem}`
        : `Jumped to ${target} with sample answers, by ${route.steps.slice(0, route.steps.indexOf(target) + 1).join(' → ')}.`,
    );
  };
  return (
    <>
      <div className="designer-preview-tools">
        <SelectField
          label="Jump to a page"
          value={target}
          options={targets.map((s) => ({ value: s.id, label: `${stepTitle(s)} (${s.id})` }))}
          onChange={setTarget}
        />
        <button type="button" className="govuk-button govuk-button--secondary" onClick={jump}>
          Jump with sample answers
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => running.restart()}
        >
          Start again
        </button>
      </div>
      <p className="govuk-body" role="status">
        {message}
      </p>
      <PreviewPayment running={running} onResult={setMessage} />
      <section className="designer-preview" aria-label="Preview of the pages residents see">
        <JourneyScreen journey={running} languageSwitch={false} />
      </section>
    </>
  );
}
