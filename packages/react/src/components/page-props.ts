import type { FileUploader } from '../fields/file-reference';
import type { UiText } from '../ui-text';
import type { UseJourneyResult } from '../use-journey';

/** What every page is given: the running journey, the words in its language, and the file uploader. */
export interface PageProps {
  journey: UseJourneyResult;
  text: UiText;
  upload: FileUploader;
}
