import type { Journey } from '@fingerpost/schema';
import type { FileUploader } from '../fields/file-reference';
import { type UseJourneyOptions, useJourney } from '../use-journey';
import { JourneyScreen } from './JourneyScreen';

export interface FingerpostJourneyProps extends UseJourneyOptions {
  /** A valid journey definition (check it with validateJourney first). */
  journey: Journey;
  upload?: FileUploader;
  languageSwitch?: boolean;
}

/**
 * A whole journey in one component: runs it with useJourney and renders it with JourneyScreen.
 * @example
 * <FingerpostJourney journey={missedBin} reference="MB-7K3D-9Q2F" onChange={(view, run) => save(run.snapshot())} />
 */
export function FingerpostJourney({ journey, upload, languageSwitch, ...options }: FingerpostJourneyProps) {
  const running = useJourney(journey, options);
  return (
    <JourneyScreen
      journey={running}
      {...(upload ? { upload } : {})}
      {...(languageSwitch !== undefined ? { languageSwitch } : {})}
    />
  );
}
